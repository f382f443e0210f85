// --watch end to end: edit a page and see its file change; break a page and
// see a diagnostic while the rest stays intact; half-written saves do no harm.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../support/paths.js';
import { startCli } from '../support/run-cli.js';

it('regenerates on every change and keeps running through broken pages', async () => {
  const work = mkdtempSync(join(tmpdir(), 'typegen-watch-'));
  cpSync(join(projectRoot, 'docs-input'), join(work, 'docs-input'), { recursive: true });
  const cli = startCli(['--watch'], work);
  try {
    await cli.waitFor(({ stdout }) => stdout.includes('watching docs-input for changes'));
    const resultInfo = join(work, 'docs-input', 'resultinfo.md');
    const generated = join(work, 'generated', 'ResultInfo.ts');
    expect(readFileSync(generated, 'utf8')).toContain("rt.int32(value['subcode']");

    writeFileSync(resultInfo, readFileSync(resultInfo, 'utf8').replace('| subcode  | Int32  |', '| subcode  | Int64  |'));
    await cli.waitFor(() => readFileSync(generated, 'utf8').includes("rt.int64(value['subcode']"));
    await cli.waitFor(({ stdout }) => /changes: change resultinfo\.md\n.*1 written/s.test(stdout));

    // A page saved half-way, then broken for good: a diagnostic, and every other file stays.
    writeFileSync(join(work, 'docs-input', 'half.md'), '# half resource type\n\n## Properties\n\n| Property | Type |\n|--|--|\n| a | Str');
    writeFileSync(join(work, 'docs-input', 'half.md'), '# half resource type\n\n## Properties\n\n| Property | Type |\n|--|--|\n| a | phantomType |\n');
    await cli.waitFor(({ stderr }) => stderr.includes('half.md:7:1: warning Type "phantomType"'));
    expect(readFileSync(join(work, 'generated', 'RecordOperation.ts'), 'utf8')).toContain('export interface RecordOperation');
    await cli.waitFor(() => readFileSync(join(work, 'generated', 'Half.ts'), 'utf8').includes('a?: unknown;'));
  } finally {
    expect(await cli.stop()).toBe(0);
  }
});
