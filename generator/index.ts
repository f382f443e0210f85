// The programmatic API: `generate(options)` reads the docs, builds the model
// and the files, and writes them only when asked. `generateAsync` is the same
// run, loading the parser and the printer only when a stage has work to do;
// `createSession` keeps everything in memory between runs.
import { formatDiagnostic, rules } from './diagnostics.js';
import { type Options, normaliseOptions } from './options.js';
import { type GenerateResult, generateFolder, generatePages } from './pipeline.js';
import type { InputPage } from './read/input-files.js';
import { runStages } from './session.js';

export type { GeneratedFile } from './emit/files-from-plan.js';
export type * from './model/types.js';
export type { Options } from './options.js';
export type { GenerateResult, OutputChanges } from './pipeline.js';
export type { Progress } from './options.js';
export type { InputPage } from './read/input-files.js';
export { generateAsync } from './generate-async.js';
export { type Session, createSession } from './session.js';
export { formatDiagnostic, rules };

/** Reads the input folder, builds the model and the files; writes them when `options.write` is set. */
export function generate(options: Options = {}): GenerateResult {
  return runStages(generateFolder(normaliseOptions(options)));
}

/** Builds the model and the files from pages already in memory; touches no file but the templates. */
export function generateFromPages(pages: readonly InputPage[], options: Options = {}): GenerateResult {
  return runStages(generatePages(pages, normaliseOptions({ ...options, cache: false })));
}
