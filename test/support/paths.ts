// Where the tests find the project and the shared corpus.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedFolder = resolve(projectRoot, '../shared');
export const corpusPages = join(sharedFolder, 'corpus/graph-docs-2021-07/beta/resources');
export const corpusCsdl = join(sharedFolder, 'corpus/graph-csdl-2021-07/beta.xml');
export const seedsFolder = join(sharedFolder, 'seeds');

export const hasCorpus = existsSync(corpusPages);
export const hasSeeds = existsSync(seedsFolder);
export const hasCsdl = existsSync(corpusCsdl);

/** The message a skipped suite gives, so a run without the corpus says why it tested less. */
export function missing(path: string): string {
  return `skipped: ${path} is absent (the shared corpus is not on this machine)`;
}
