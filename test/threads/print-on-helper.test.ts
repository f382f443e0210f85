// A command run that parses a few of a thousand pages or more (after an edit)
// starts one helper that loads ts-morph while the calling thread parses,
// resolves and plans, and prints the modules there: the calling thread never
// loads ts-morph, and the files are those of a run that remembers nothing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generateAsync } from '../../generator/generate-async.js';
import { readInputPages } from '../../generator/read/input-files.js';
import { listFiles } from '../../generator/write/output-folder.js';
import { projectRoot } from '../support/paths.js';
import { writeThingPages } from '../support/thing-pages.js';
import { runCli } from '../support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'typegen-print-helper-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));


/** Files of the TypeScript compiler or ts-morph this thread has loaded. */
function printerFilesLoaded(): string[] {
  return Object.keys(createRequire(import.meta.url).cache).filter((path) => /[\\/](ts-morph|typescript|@ts-morph)[\\/]/.test(path));
}

it('prints an edit\'s modules on a helper, loading no ts-morph on the calling thread, and writes what a fresh run gives', { timeout: 120_000 }, async () => {
  const input = join(work, 'docs-input');
  const output = join(work, 'generated');
  cpSync(join(projectRoot, 'docs-input'), input, { recursive: true });
  writeThingPages(input, 1000);
  const options = { input, output, cacheDir: join(work, 'cache'), write: true };
  // The first run in a process of its own: it prints on this thread too.
  expect(runCli([input, '--out', output, '--cache-dir', options.cacheDir, '-q'], work).status).toBe(0);
  const page = join(input, 'resultinfo.md');
  writeFileSync(page, readFileSync(page, 'utf8').replace('The result code.', 'The result code, as a number.'));
  const edited = await generateAsync(options);
  expect(edited.changes?.written).toBeGreaterThan(0);
  expect(printerFilesLoaded()).toEqual([]);

  // The reference run prints on this thread (and so loads ts-morph) only now.
  const { generateFromPages } = await import('../../generator/index.js');
  const reference = generateFromPages(readInputPages(input).pages);
  expect(printerFilesLoaded()).not.toEqual([]);
  const texts = (files: readonly { path: string; text: string }[]) => Object.fromEntries(files.map((file) => [file.path, file.text]));
  expect(texts(edited.files)).toEqual(texts(reference.files));
  expect(Object.fromEntries(listFiles(output).map((path) => [path, readFileSync(join(output, path), 'utf8')]))).toEqual(texts(reference.files));
});
