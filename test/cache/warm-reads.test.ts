// A run that finds its result in the cache and every output file as it wrote
// it reads the run record and the stamps alone: the module texts and the
// model (most of the cache's bytes) are read only when the caller asks, and
// a text needed again reads only the shard that holds it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { type CacheStore, openCacheStore } from '../../generator/cache/store.js';
import { generateFromPages } from '../../generator/index.js';
import { normaliseOptions } from '../../generator/options.js';
import { generateFolder } from '../../generator/pipeline.js';
import { readInputPages } from '../../generator/read/input-files.js';
import { runStages } from '../../generator/session.js';
import { projectRoot } from '../support/paths.js';

/** The cache store, noting the kind of every pack read whole (`run`, `modules`, ...). */
function countingStore(folder: string, reads: string[]): CacheStore {
  const store = openCacheStore(folder);
  return { ...store, read: (name) => {
    reads.push(name.split('-')[0] as string);
    return store.read(name);
  } };
}

/** The kinds of pack read, once each (module texts are in shards). */
function kinds(reads: readonly string[]): string[] {
  return [...new Set(reads)].sort();
}

it('reads neither module texts nor parsed pages when nothing changed, and reads them when asked (the model is resolved from the pages)', () => {
  const work = mkdtempSync(join(tmpdir(), 'typegen-warm-'));
  const input = join(work, 'docs-input');
  cpSync(join(projectRoot, 'docs-input'), input, { recursive: true });
  const context = normaliseOptions({ input, output: join(work, 'generated'), cacheDir: join(work, 'cache'), write: true });
  const reference = generateFromPages(readInputPages(input).pages);
  const reads: string[] = [];
  runStages(generateFolder(context, countingStore(context.cacheDir as string, reads)));
  reads.length = 0;
  const warm = runStages(generateFolder(context, countingStore(context.cacheDir as string, reads)));
  expect(warm.changes).toEqual({ written: 0, removed: 0 });
  expect(kinds(reads)).toEqual(['inputs', 'run', 'stamps']);
  expect(warm.counts).toEqual({ resources: reference.model.resources.length, enums: reference.model.enums.length });
  expect(warm.files).toEqual(reference.files);
  expect(warm.model).toEqual(reference.model);
  expect(kinds(reads)).toEqual(['inputs', 'modules', 'pages', 'run', 'stamps']);

  // A file changed behind the generator's back: its text is needed, and written again.
  const file = join(work, 'generated', 'ResultInfo.ts');
  writeFileSync(file, `${readFileSync(file, 'utf8')}// changed\n`);
  reads.length = 0;
  const repaired = runStages(generateFolder(context, countingStore(context.cacheDir as string, reads)));
  expect(repaired.changes).toEqual({ written: 1, removed: 0 });
  expect(kinds(reads)).toEqual(['inputs', 'modules', 'run', 'stamps']);
  expect(reads.filter((kind) => kind === 'modules')).toHaveLength(1); // the one shard that holds its text
  expect(readFileSync(file, 'utf8')).toBe(reference.files.find((generated) => generated.path === 'ResultInfo.ts')?.text);
});

it('after one page changed, reads the pages but only the module shards it writes again', () => {
  const work = mkdtempSync(join(tmpdir(), 'typegen-edit-'));
  const input = join(work, 'docs-input');
  cpSync(join(projectRoot, 'docs-input'), input, { recursive: true });
  const context = normaliseOptions({ input, output: join(work, 'generated'), cacheDir: join(work, 'cache'), write: true });
  runStages(generateFolder(context, countingStore(context.cacheDir as string, [])));
  const page = join(input, 'resultinfo.md');
  writeFileSync(page, readFileSync(page, 'utf8').replace('The result code.', 'The result code, as a number.'));
  const reads: string[] = [];
  const edited = runStages(generateFolder(context, countingStore(context.cacheDir as string, reads)));
  expect(edited.changes?.written).toBeGreaterThan(0);
  const shardsRead = reads.filter((kind) => kind === 'modules').length;
  expect(shardsRead).toBeGreaterThan(0);
  expect(shardsRead).toBeLessThanOrEqual(2); // the shard its old text was in and the shard of its new one
  expect(edited.files).toEqual(generateFromPages(readInputPages(input).pages).files);
});
