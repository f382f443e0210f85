// The cache is never stale: through the real command, a page edited, renamed
// or deleted, and a new generator version, all give what an uncached run
// gives; cached and parallel runs give what the uncached single-threaded
// path gives; an interrupted write is completed by the next run.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSession, generate, generateFromPages } from '../../generator/index.js';
import { cacheFormat } from '../../generator/cache/fingerprint.js';
import { readInputPages } from '../../generator/read/input-files.js';
import { journalName } from '../../generator/write/changed-files.js';
import { listFiles } from '../../generator/write/output-folder.js';
import { corpusPages, hasCorpus, missing, projectRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'typegen-cache-'));
  cpSync(join(projectRoot, 'docs-input'), join(work, 'docs-input'), { recursive: true });
});

/** Every file of a folder with its text. */
function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(listFiles(folder).map((file) => [file, readFileSync(join(folder, file), 'utf8')]));
}

/** Runs the command with the cache, and without it into another folder; returns both outputs. */
function cachedAndFresh(cli?: string): { cached: Record<string, string>; fresh: Record<string, string> } {
  const cached = runCli(['--cache-dir', 'cache', '-q'], work, cli);
  expect(cached.stderr).toBe('');
  expect(runCli(['--no-cache', '--out', 'fresh', '-q'], work, cli).status).toBe(0);
  return { cached: snapshot(join(work, 'generated')), fresh: snapshot(join(work, 'fresh')) };
}

describe('the cache through the command', () => {
  it('follows an edited page', () => {
    expect(runCli(['--cache-dir', 'cache'], work).status).toBe(0);
    const page = join(work, 'docs-input', 'resultinfo.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('| subcode  | Int32  |', '| subcode  | Int64  |'));
    const { cached, fresh } = cachedAndFresh();
    expect(cached).toEqual(fresh);
    expect(cached['ResultInfo.ts']).toContain("rt.int64(value['subcode']");
  });

  it('follows a renamed page and a deleted page', () => {
    expect(runCli(['--cache-dir', 'cache'], work).status).toBe(0);
    renameSync(join(work, 'docs-input', 'resultinfo.md'), join(work, 'docs-input', 'result-info.md'));
    let outputs = cachedAndFresh();
    expect(outputs.cached).toEqual(outputs.fresh);
    rmSync(join(work, 'docs-input', 'recordoperation.md'));
    outputs = cachedAndFresh();
    expect(outputs.cached).toEqual(outputs.fresh);
    expect(existsSync(join(work, 'generated', 'RecordOperation.ts'))).toBe(false);
  });

  it('rebuilds when a run record has lost its module texts or parsed pages, or the texts their record', () => {
    expect(runCli(['--cache-dir', 'cache'], work).status).toBe(0);
    const folder = join(work, 'cache', `v${cacheFormat}`);
    for (const kind of ['modules-', 'pages-', 'run-']) {
      expect(readdirSync(folder).some((name) => name.startsWith(kind)), kind).toBe(true);
      for (const name of readdirSync(folder)) if (name.startsWith(kind)) rmSync(join(folder, name));
      rmSync(join(work, 'generated'), { recursive: true });
      const { cached, fresh } = cachedAndFresh();
      expect(cached).toEqual(fresh);
    }
  });

  it('rebuilds when the module texts or the parsed pages beside a run record are another run\'s (a run killed between its writes)', () => {
    const input = join(work, 'docs-input');
    const page = join(input, 'resultinfo.md');
    const original = readFileSync(page, 'utf8');
    const edit = () => writeFileSync(page, original.replace('| subcode  | Int32  |', '| subcode  | Int64  |'));
    for (const kind of ['modules-', 'pages-']) {
      const cacheDir = join(work, `cache-${kind}`);
      const folder = join(cacheDir, `v${cacheFormat}`);
      /** The pack's files (the module texts are in shards) with their bytes. */
      const packOf = () => readdirSync(folder).filter((name) => name.startsWith(kind)).map((name) => [name, readFileSync(join(folder, name))] as const);
      writeFileSync(page, original);
      generate({ input, cacheDir });
      const older = packOf();
      edit();
      generate({ input, cacheDir });
      expect(packOf()).not.toEqual(older);
      for (const [name, bytes] of older) writeFileSync(join(folder, name), bytes); // the edited pages' record, the original pages' pack
      const result = generate({ input, cacheDir });
      const reference = generateFromPages(readInputPages(input).pages);
      expect(result.files, kind).toEqual(reference.files);
      expect(result.model, kind).toEqual(reference.model);
      expect(result.files.find((file) => file.path === 'ResultInfo.ts')?.text).toContain("rt.int64(value['subcode']");
    }
  });

  it('is not read by another generator version', () => {
    // A copy of the project whose version can be bumped.
    const project = join(work, 'project');
    for (const part of ['generator', 'templates', 'package.json']) cpSync(join(projectRoot, part), join(project, part), { recursive: true });
    symlinkSync(join(projectRoot, 'node_modules'), join(project, 'node_modules'));
    const cli = join(project, 'generator/cli.ts');
    expect(runCli(['--cache-dir', 'cache'], work, cli).status).toBe(0);
    poisonCachedPage(join(work, 'cache'), 'resultinfo.md');
    expect(runCli(['--cache-dir', 'cache', '-q'], work, cli).status).toBe(0);
    expect(readFileSync(join(work, 'generated', 'ResultInfo.ts'), 'utf8')).toContain('poisoned'); // the cache is used...
    const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { version: string };
    writeFileSync(join(project, 'package.json'), JSON.stringify({ ...manifest, version: `${manifest.version}-next` }));
    const { cached, fresh } = cachedAndFresh(cli); // ...but not by another version
    expect(cached).toEqual(fresh);
    expect(cached['ResultInfo.ts']).not.toContain('poisoned');
  });

  it('completes an interrupted write and removes its leftovers', () => {
    expect(runCli(['--cache-dir', 'cache'], work).status).toBe(0);
    const expected = snapshot(join(work, 'generated'));
    // A run that died after its journal (so its temporary files are whole generated files): a rename
    // pending; and a stray temporary file of a run that died before its journal.
    writeFileSync(join(work, 'generated', '.ResultInfo.ts.tmp-1'), `${expected['ResultInfo.ts']}// an older version\n`);
    writeFileSync(join(work, 'generated', '.Other.ts.tmp-2'), 'stray');
    writeFileSync(join(work, 'generated', journalName), JSON.stringify({ renames: [['.ResultInfo.ts.tmp-1', 'ResultInfo.ts']], removals: [] }));
    const run = runCli(['--cache-dir', 'cache'], work);
    expect(run.stderr).toBe('');
    expect(snapshot(join(work, 'generated'))).toEqual(expected);
  });

  it('still refuses a generated file replaced by the user, though the cache knows it', () => {
    expect(runCli(['--cache-dir', 'cache'], work).status).toBe(0);
    writeFileSync(join(work, 'generated', 'ResultInfo.ts'), 'my own file\n');
    const run = runCli(['--cache-dir', 'cache'], work);
    expect(run.status).toBe(2);
    expect(readFileSync(join(work, 'generated', 'ResultInfo.ts'), 'utf8')).toBe('my own file\n');
  });
});

/** Renames a property in the cached PageModel of a page, and drops the run record so the page cache is read. */
function poisonCachedPage(cacheDir: string, file: string): void {
  const folder = join(cacheDir, `v${cacheFormat}`);
  for (const name of readdirSync(folder)) {
    if (name.startsWith('run-')) rmSync(join(folder, name));
    if (!name.startsWith('pages-')) continue;
    const pack = JSON.parse(readFileSync(join(folder, name), 'utf8')) as { entries: Record<string, { file: string; properties: { name: string }[] }> };
    for (const page of Object.values(pack.entries)) if (page.file === file && page.properties[0]) page.properties[0].name = 'poisoned';
    writeFileSync(join(folder, name), JSON.stringify(pack));
  }
}

describe('cached and parallel runs', () => {
  const fixtureInputs = () => [join(projectRoot, 'docs-input'), ...readdirSync(join(projectRoot, 'test/fixtures'))
    .map((name) => join(projectRoot, 'test/fixtures', name, 'input')).filter((folder) => existsSync(folder))];

  it('give the uncached single-threaded output for every fixture', () => {
    for (const input of fixtureInputs()) {
      const reference = generateFromPages(readInputPages(input).pages);
      const cacheDir = join(work, 'cache');
      for (const options of [{ cache: false, workers: 2 }, { cacheDir }, { cacheDir }]) {
        const result = generate({ input, ...options });
        expect(result.files, input).toEqual(reference.files);
        expect(result.diagnostics).toEqual(reference.diagnostics);
      }
    }
  });

  it.skipIf(!hasCorpus)(hasCorpus ? 'give the uncached single-threaded output for the corpus' : missing(corpusPages), () => {
    const reference = generateFromPages(readInputPages(corpusPages).pages);
    const cacheDir = join(work, 'cache');
    for (const options of [{ cacheDir, workers: 2 }, { cacheDir }]) {
      const result = generate({ input: corpusPages, ...options });
      expect(result.files.length).toBe(reference.files.length);
      expect(result.files.filter((file, index) => file.text !== reference.files[index]?.text).map((file) => file.path)).toEqual([]);
      expect(result.model).toEqual(reference.model);
    }
    // A fresh output folder, its files written by two print threads as they print them.
    const output = join(work, 'fresh', 'out');
    const written = generate({ input: corpusPages, output, cache: false, workers: 2, write: true });
    expect(written.changes).toEqual({ written: reference.files.length, removed: 0 });
    const onDisk = listFiles(output).sort();
    expect(onDisk).toEqual(reference.files.map((file) => file.path).sort());
    expect(reference.files.filter((file) => readFileSync(join(output, file.path), 'utf8') !== file.text).map((file) => file.path)).toEqual([]);
    expect(readdirSync(join(work, 'fresh'))).toEqual(['out']);
  });
});

describe('a session', () => {
  it('follows edits between runs, in memory and on disk, as an uncached run would', () => {
    const input = join(work, 'docs-input');
    const output = join(work, 'generated');
    const session = createSession({ input, output, cacheDir: join(work, 'cache'), write: true });
    session.run();
    const page = join(input, 'resultinfo.md');
    for (const type of ['Int64', 'Double']) {
      writeFileSync(page, readFileSync(page, 'utf8').replace(/\| subcode {2}\| \w+ +\|/, `| subcode  | ${type}  |`));
      const result = session.run();
      const reference = generateFromPages(readInputPages(input).pages);
      expect(result.files).toEqual(reference.files);
      expect(snapshot(output)).toEqual(Object.fromEntries(reference.files.map((file) => [file.path, file.text])));
    }
    expect(readFileSync(join(output, 'ResultInfo.ts'), 'utf8')).toContain('subcode?: number');
  });
});
