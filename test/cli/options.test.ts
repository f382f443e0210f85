// The command's configuration: config file, package.json key, flag
// precedence, page selection, JSON diagnostics and warning limits.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

let work: string;
const brokenPage = '# loose resource type\n\n## Properties\n\n| Property | Type | Description |\n|--|--|--|\n| ghost | phantomType | No page defines its type. |\n';

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'typegen-options-'));
  cpSync(join(projectRoot, 'docs-input'), join(work, 'docs'), { recursive: true });
});

const writeConfig = (settings: object) => writeFileSync(join(work, 'graph-docs-typegen.config.json'), JSON.stringify(settings));

describe('configuration', () => {
  it('reads input and output from the config file, relative to it', () => {
    writeConfig({ input: 'docs', output: 'types', openEnums: true });
    const run = runCli([], work);
    expect(run.status).toBe(0);
    expect(readFileSync(join(work, 'types', 'OperationStatus.ts'), 'utf8')).toContain("| (string & {});");
  });

  it('reads the "graph-docs-typegen" key of package.json when there is no config file', () => {
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'x', 'graph-docs-typegen': { input: 'docs', output: 'from-package' } }));
    expect(runCli([], work).status).toBe(0);
    expect(existsSync(join(work, 'from-package', 'RecordOperation.ts'))).toBe(true);
  });

  it('lets flags override the config file', () => {
    writeConfig({ input: 'docs', output: 'types' });
    expect(runCli(['--out', 'flagged'], work).status).toBe(0);
    expect(existsSync(join(work, 'flagged', 'RecordOperation.ts'))).toBe(true);
    expect(existsSync(join(work, 'types'))).toBe(false);
  });

  it('takes another config file with --config', () => {
    writeFileSync(join(work, 'other.json'), JSON.stringify({ input: 'docs', output: 'other-out', readonly: false, guards: false }));
    expect(runCli(['--config', 'other.json'], work).status).toBe(0);
    const text = readFileSync(join(work, 'other-out', 'CommsOperation.ts'), 'utf8');
    expect(text).not.toContain('readonly ');
    expect(text).not.toContain('export function isCommsOperation');
    expect(existsSync(join(work, 'other-out', '_runtime.ts'))).toBe(false);
  });

  it('puts the type prefix before every type name, from the config or the flag', () => {
    writeConfig({ input: 'docs', output: 'types', typePrefix: 'Graph' });
    expect(runCli([], work).status).toBe(0);
    const text = readFileSync(join(work, 'types', 'GraphRecordOperation.ts'), 'utf8');
    expect(text).toContain('export interface GraphRecordOperation extends GraphCommsOperation {');
    expect(text).toContain('export function isGraphRecordOperation(');
    expect(runCli(['--type-prefix', 'Api', '--out', 'api'], work).status).toBe(0);
    expect(existsSync(join(work, 'api', 'ApiResultInfo.ts'))).toBe(true);
  });

  it.each([
    ['an unknown setting, with a suggestion', { outpt: 'x' }, 'unknown setting "outpt" (did you mean "output"?)'],
    ['a value of the wrong type', { openEnums: 'yes' }, '"openEnums" must be true or false, not "yes"'],
    ['settings that are not an object', ['docs'], 'the settings must be a JSON object'],
  ])('exits 2 on a bad config: %s', (_name, settings, message) => {
    writeConfig(settings);
    const run = runCli(['docs'], work);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('reads only the pages --include selects and leaves out what --exclude names', () => {
    const run = runCli(['docs', '--include', 'record*.md', '--include', 'result*.md', '--exclude', 'recordoperation.md'], work);
    expect(run.stdout).toMatch(/^1 pages -> 1 resources/);
  });
});

describe('reporting', () => {
  beforeEach(() => writeFileSync(join(work, 'docs', 'loose.md'), brokenPage));

  it('prints diagnostics and a summary as one JSON document with --format json', () => {
    const run = runCli(['docs', '--format', 'json'], work);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.diagnostics).toEqual([expect.objectContaining({
      file: 'loose.md', line: 7, column: 1, severity: 'warning', ruleId: 'type-unresolved',
    })]);
    expect(report.summary).toMatchObject({ pages: 8, resources: 6, errors: 0, warnings: 1 });
    expect(report.exitCode).toBe(0);
  });

  it('groups text diagnostics by file in the vfile convention', () => {
    const run = runCli(['docs'], work);
    expect(run.stderr).toBe('loose.md:7:1: warning Type "phantomType" of property "ghost" names no type defined in the docs; typed it `unknown`. [type-unresolved]\n');
  });

  it.each([
    ['--strict', ['--strict'], 1],
    ['--max-warnings 0', ['--max-warnings', '0'], 1],
    ['--max-warnings 1', ['--max-warnings', '1'], 0],
  ])('fails the build on warnings with %s', (_name, args, status) => {
    const run = runCli(['docs', ...args], work);
    expect(run.status).toBe(status);
    if (status === 1) expect(run.stderr).toContain('1 warnings, more than the 0 allowed');
  });

  it('rejects a bad --max-warnings and --check with --watch', () => {
    expect(runCli(['docs', '--max-warnings', 'many'], work).status).toBe(2);
    expect(runCli(['docs', '--check', '--watch'], work).status).toBe(2);
  });
});
