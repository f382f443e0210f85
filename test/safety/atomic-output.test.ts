// A run killed at any moment leaves the previous output whole: generation
// writes a fresh sibling folder and swaps it in; the next run clears what the
// killed one left behind.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { listFiles, recoverInterruptedWrite } from '../../generator/write/output-folder.js';
import { projectRoot } from '../support/paths.js';
import { runCli, startCli } from '../support/run-cli.js';

function snapshot(folder: string): Map<string, string> {
  return new Map(listFiles(folder).map((file) => [file, readFileSync(join(folder, file), 'utf8')]));
}

/** A docs folder big enough that a run takes a few seconds: docs-input plus many generated pages. */
function bigDocs(work: string, variant: string): void {
  cpSync(join(projectRoot, 'docs-input'), join(work, 'docs'), { recursive: true });
  for (let index = 0; index < 800; index += 1) {
    writeFileSync(join(work, 'docs', `thing${index}.md`), [
      `# thing${index} resource type`, '', `A thing, variant ${variant}.`, '', '## Properties', '',
      '| Property | Type | Description |', '|--|--|--|', '| name | String | The name. |', `| rank | Int32 | Rank ${variant}. |`, '',
    ].join('\n'));
  }
}

it('keeps the previous output whole when a run is killed at any moment', async () => {
  const work = mkdtempSync(join(tmpdir(), 'typegen-kill-'));
  bigDocs(work, 'one');
  const started = Date.now();
  expect(runCli(['docs'], work).status).toBe(0);
  const runMilliseconds = Date.now() - started;
  const before = snapshot(join(work, 'generated'));
  bigDocs(work, 'two');
  const expected = new Map(generate({ input: join(work, 'docs') }).files.map((file) => [file.path, file.text]));
  const outcomes: string[] = [];
  // Kill late in the run, when it is writing and swapping, at several moments.
  for (const fraction of [0.6, 0.8, 0.9, 0.97]) {
    const cli = startCli(['docs'], work);
    await new Promise((resolve) => setTimeout(resolve, fraction * runMilliseconds));
    await cli.kill();
    const after = snapshot(join(work, 'generated'));
    // Either untouched, or (when the run got through the swap) wholly the new output.
    const untouched = after.get('Thing0.ts')?.includes('variant one') === true;
    expect(after).toEqual(untouched ? before : expected);
    outcomes.push(untouched ? 'old' : 'new');
  }
  expect(outcomes).toContain('old');
  expect(runCli(['docs'], work).status).toBe(0);
  expect(readdirSync(work).sort()).toEqual(['docs', 'generated']);
  expect(readFileSync(join(work, 'generated', 'Thing0.ts'), 'utf8')).toContain('variant two');
});

it('puts the previous output back when a run was killed between the two renames of the swap', () => {
  const work = mkdtempSync(join(tmpdir(), 'typegen-swap-'));
  cpSync(join(projectRoot, 'generated'), join(work, 'generated'), { recursive: true });
  renameSync(join(work, 'generated'), join(work, '.generated.old-1-2'));
  cpSync(join(projectRoot, 'generated'), join(work, '.generated.tmp-1-2'), { recursive: true });
  recoverInterruptedWrite(join(work, 'generated'));
  expect(readdirSync(work)).toEqual(['generated']);
  expect(existsSync(join(work, 'generated', 'RecordOperation.ts'))).toBe(true);
});
