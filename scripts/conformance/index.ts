// Conformance checker CLI: builds the generator's model from the docs corpus
// in-process and compares it with the CSDL the docs describe.
//   npx tsx scripts/conformance/index.ts [--json] [--corpus DIR]
// DIR is the corpus root (holding graph-docs-2021-07/ and graph-csdl-2021-07/).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConformanceReport, compare } from './compare.js';
import { DEFAULT_CORPUS_DIR, buildModel, corpusPaths, missingCorpusPaths, readRawPages } from './corpus.js';
import { readCsdl } from './csdl.js';
import { findDocumentedTypes } from './documented.js';
import { formatReport } from './report-text.js';

export { compare } from './compare.js';
export type { ConformanceReport } from './compare.js';
export { allCsdlProperties, readCsdl } from './csdl.js';
export type { CsdlModel } from './csdl.js';
export { findDocumentedTypes } from './documented.js';
export { DEFAULT_CORPUS_DIR, buildModel, corpusPaths, missingCorpusPaths, readRawPages } from './corpus.js';
export { formatReport } from './report-text.js';

/** The whole check on a corpus folder; throws when the corpus is incomplete. */
export function buildConformanceReport(corpusDir: string = DEFAULT_CORPUS_DIR): ConformanceReport {
  const paths = corpusPaths(corpusDir);
  const missing = missingCorpusPaths(paths);
  if (missing.length > 0) throw new Error(`The corpus is incomplete; missing ${missing.join(', ')}`);
  const pages = readRawPages(paths.docs);
  const csdl = readCsdl(readFileSync(paths.csdl, 'utf8'));
  return compare(buildModel(pages), csdl, findDocumentedTypes(pages, csdl));
}

interface CliOptions {
  json: boolean;
  corpusDir: string;
}

function parseArguments(args: readonly string[]): CliOptions {
  const options: CliOptions = { json: false, corpusDir: DEFAULT_CORPUS_DIR };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--corpus' && args[i + 1] !== undefined) options.corpusDir = resolve(args[(i += 1)] ?? '');
    else if (arg?.startsWith('--corpus=') === true) options.corpusDir = resolve(arg.slice('--corpus='.length));
    else throw new Error(`Unknown argument "${arg ?? ''}". Usage: index.ts [--json] [--corpus DIR]`);
  }
  return options;
}

export function main(args: readonly string[]): number {
  let options: CliOptions;
  try {
    options = parseArguments(args);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const missing = missingCorpusPaths(corpusPaths(options.corpusDir));
  if (missing.length > 0) {
    // Not an error: the corpus is optional test data.
    console.log(`Conformance check skipped: no corpus at ${options.corpusDir} (missing ${missing.join(', ')}).`);
    return 0;
  }
  const report = buildConformanceReport(options.corpusDir);
  console.log(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
