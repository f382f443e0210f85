// The programmatic API: `generate(options)` reads the docs, builds the model
// and the files, and writes them only when asked. `generateAsync` is the same
// run, loading the parser and the printer only when a stage has work to do.
import { formatDiagnostic, rules } from './diagnostics.js';
import { printModule } from './emit/print-module.js';
import { type Options, normaliseOptions } from './options.js';
import { parsePages } from './parse/parallel.js';
import { type GenerateResult, type Pipeline, type Stage, generateFolder, generatePages } from './pipeline.js';
import type { InputPage } from './read/input-files.js';

export type { GeneratedFile } from './emit/files-from-plan.js';
export type * from './model/types.js';
export type { Options } from './options.js';
export type { GenerateResult } from './pipeline.js';
export type { InputPage } from './read/input-files.js';
export { generateAsync } from './generate-async.js';
export { formatDiagnostic, rules };

/** Reads the input folder, builds the model and the files; writes them when `options.write` is set. */
export function generate(options: Options = {}): GenerateResult {
  return runSync(generateFolder(normaliseOptions(options)));
}

/** Builds the model and the files from pages already in memory; touches no file but the templates. */
export function generateFromPages(pages: readonly InputPage[], options: Options = {}): GenerateResult {
  return runSync(generatePages(pages, normaliseOptions({ ...options, cache: false })));
}

function runSync(pipeline: Pipeline): GenerateResult {
  for (let step = pipeline.next(undefined as unknown as Stage); ; ) {
    if (step.done) return step.value;
    step = pipeline.next(step.value.need === 'parser' ? parsePages : printModule);
  }
}
