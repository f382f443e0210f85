// A command run whose cache holds nothing of its pages parses them all: it
// starts its helpers before reading the pages, so they load the parser
// meanwhile. What tells such a run, and that its files are those of a run
// that starts no helper ahead.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generateAsync, parsesEveryPage } from '../../generator/generate-async.js';
import { generateFromPages } from '../../generator/index.js';
import { normaliseOptions } from '../../generator/options.js';
import { readInputPages } from '../../generator/read/input-files.js';
import { projectRoot } from '../support/paths.js';
import { writeThingPages } from '../support/thing-pages.js';

const work = mkdtempSync(join(tmpdir(), 'typegen-parse-ahead-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));


it('tells a run that parses every page by its cache holding no parsed page of the input, and writes what a run without helpers gives', { timeout: 120_000 }, async () => {
  const input = join(work, 'docs-input');
  cpSync(join(projectRoot, 'docs-input'), input, { recursive: true });
  writeThingPages(input, 1000);
  const options = { input, output: join(work, 'generated'), cacheDir: join(work, 'cache'), write: true };
  expect(parsesEveryPage(normaliseOptions(options))).toBe(true);
  expect(parsesEveryPage(normaliseOptions({ ...options, cache: false }))).toBe(false); // no cache: nothing tells

  const first = await generateAsync({ ...options, workers: 2 });
  expect(parsesEveryPage(normaliseOptions(options))).toBe(false);
  expect(parsesEveryPage(normaliseOptions({ ...options, input: join(work, 'other') }))).toBe(true);

  const reference = generateFromPages(readInputPages(input).pages);
  const texts = (files: readonly { path: string; text: string }[]) => Object.fromEntries(files.map((file) => [file.path, file.text]));
  expect(texts(first.files)).toEqual(texts(reference.files));
  expect(first.diagnostics).toEqual(reference.diagnostics);
});
