// A run killed at any moment never leaves a half-written file, and loses
// nothing: every file is written whole under a temporary name and renamed into
// place through a journal, which the next run completes before anything else.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { normaliseOptions } from '../../generator/options.js';
import { parsePages } from '../../generator/parse/parallel.js';
import { type Stage, generateFolder } from '../../generator/pipeline.js';
import { journalName } from '../../generator/write/changed-files.js';
import { listFiles } from '../../generator/write/output-folder.js';
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

it('leaves every file whole, the old or the new, when a run is killed at any moment; the next run completes it', async () => {
  const work = mkdtempSync(join(tmpdir(), 'typegen-kill-'));
  const cache = ['--cache-dir', join(work, '.cache')];
  bigDocs(work, 'one');
  const started = Date.now();
  expect(runCli(['docs', ...cache], work).status).toBe(0);
  const runMilliseconds = Date.now() - started;
  const before = snapshot(join(work, 'generated'));
  bigDocs(work, 'two');
  const expected = new Map(generate({ input: join(work, 'docs'), cache: false }).files.map((file) => [file.path, file.text]));
  for (const fraction of [0.6, 0.8, 0.9, 0.97]) {
    const cli = startCli(['docs', '--no-cache'], work);
    await new Promise((resolve) => setTimeout(resolve, fraction * runMilliseconds));
    await cli.kill();
    const after = snapshot(join(work, 'generated'));
    const journal = after.has(journalName);
    for (const [file, text] of after) {
      if (file === journalName || /\.tmp-\d+$/.test(file)) continue;
      // Whole files only: each is exactly its old or its new text.
      expect([before.get(file), expected.get(file)]).toContain(text);
    }
    // Without a journal to complete, the folder is wholly the old output or wholly the new one.
    if (!journal) expect([...after.keys()].filter((file) => !/\.tmp-\d+$/.test(file)).sort()).toEqual([...before.keys()].sort());
  }
  expect(runCli(['docs', ...cache], work).status).toBe(0);
  expect(snapshot(join(work, 'generated'))).toEqual(expected);
  expect(readdirSync(work).sort()).toEqual(['.cache', 'docs', 'generated']);
});

it('leaves nothing beside a fresh output folder when printing fails', () => {
  const work = mkdtempSync(join(tmpdir(), 'typegen-staging-'));
  cpSync(join(projectRoot, 'docs-input'), join(work, 'docs-input'), { recursive: true });
  const context = normaliseOptions({ input: join(work, 'docs-input'), output: join(work, 'out'), cache: false, write: true });
  const pipeline = generateFolder(context);
  const drive = () => {
    for (let step = pipeline.next(undefined as unknown as Stage); !step.done;) {
      step = pipeline.next(step.value.need === 'parser' ? parsePages : () => {
        throw new Error('printer broke');
      });
    }
  };
  expect(drive).toThrow('printer broke');
  expect(readdirSync(work)).toEqual(['docs-input']);
});
