// Where the corpus lives and how to turn it into the three inputs of
// compare(): the generator's model, the CSDL and the raw pages.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFromPages } from '../../generator/index.js';
import type { ApiModel } from '../../generator/model/types.js';
import type { RawPage } from './page-scan.js';

export interface CorpusPaths {
  /** The docs folder the generator reads. */
  docs: string;
  /** The CSDL, the oracle. */
  csdl: string;
}

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `../shared/corpus` from the project root, as the corpus README says. */
export const DEFAULT_CORPUS_DIR = resolve(PROJECT_ROOT, '..', 'shared', 'corpus');

export function corpusPaths(corpusDir: string): CorpusPaths {
  return {
    docs: join(corpusDir, 'graph-docs-2021-07', 'beta', 'resources'),
    csdl: join(corpusDir, 'graph-csdl-2021-07', 'beta.xml'),
  };
}

/** The paths that do not exist; empty when the corpus is complete. */
export function missingCorpusPaths(paths: CorpusPaths): string[] {
  return [paths.docs, paths.csdl].filter((path) => !existsSync(path));
}

/**
 * Every markdown page under the folder, path-sorted. The checker reads the
 * files itself rather than through the generator's reader, so a page the
 * generator skips still counts as documentation.
 */
export function readRawPages(folder: string): RawPage[] {
  const files: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current)) {
      const path = join(current, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.toLowerCase().endsWith('.md')) files.push(relative(folder, path).split(sep).join('/'));
    }
  };
  walk(folder);
  return files.sort().map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8') }));
}

/** The generator's model of the pages, built in-process through its public API. */
export function buildModel(pages: readonly RawPage[]): ApiModel {
  return generateFromPages(pages).model;
}
