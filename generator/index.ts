// The programmatic API: `generate(options)` reads the docs, builds the model
// and the files, and writes them only when asked.
import { compareDiagnostics } from './diagnostics.js';
import { type GeneratedFile, emitFiles } from './emit/index.js';
import { loadTemplates } from './emit/templates.js';
import type { ApiModel, Diagnostic } from './model/types.js';
import { type Options, normaliseOptions } from './options.js';
import { parsePage } from './parse/index.js';
import { type InputPage, readInputPages } from './read/input-files.js';
import { resolveApi } from './resolve/index.js';
import { type OutputChanges, assertSafeOutputFolder, writeOutputFolder } from './write/output-folder.js';

export type { GeneratedFile } from './emit/index.js';
export type * from './model/types.js';
export type { Options } from './options.js';
export type { InputPage } from './read/input-files.js';
export type { OutputChanges } from './write/output-folder.js';
export type { Progress } from './options.js';
export { formatDiagnostic, rules } from './diagnostics.js';

export interface GenerateResult {
  model: ApiModel;
  files: GeneratedFile[];
  /** Every diagnostic of the run, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** Number of pages read. */
  pageCount: number;
  /** What writing changed in the output folder, when `write` was set. */
  changes?: OutputChanges;
}

/** Reads the input folder, builds the model and the files; writes them when `options.write` is set. */
export function generate(options: Options = {}): GenerateResult {
  const context = normaliseOptions(options);
  const templates = loadTemplates(context.templates);
  if (context.write) assertSafeOutputFolder(context.output, context.input, firstLine(templates.banner));
  const input = readInputPages(context.input, context);
  const result = withDiagnostics(generateFromPages(input.pages, options), input.diagnostics);
  if (context.write) {
    options.onProgress?.({ stage: 'write', done: 0, total: result.files.length });
    result.changes = writeOutputFolder(context.output, result.files);
  }
  return result;
}

/** Builds the model and the files from pages already in memory; touches no file but the templates. */
export function generateFromPages(pages: readonly InputPage[], options: Options = {}): GenerateResult {
  const context = normaliseOptions(options);
  const templates = loadTemplates(context.templates);
  const report = options.onProgress ?? (() => {});
  const parsed = pages.map((page, index) => {
    if (index % 50 === 0) report({ stage: 'parse', done: index, total: pages.length });
    return parsePage(page.text, page.file);
  });
  report({ stage: 'resolve', done: 0, total: 1 });
  const model = resolveApi(parsed, { defaultNamespace: context.defaultNamespace });
  report({ stage: 'emit', done: 0, total: 1 });
  const emitted = emitFiles(model, { ...context, templates });
  return withDiagnostics({ model, files: emitted.files, diagnostics: [], pageCount: pages.length }, emitted.diagnostics);
}

function withDiagnostics(result: GenerateResult, extra: readonly Diagnostic[]): GenerateResult {
  const diagnostics = [...result.model.diagnostics, ...extra].sort(compareDiagnostics);
  return { ...result, model: { ...result.model, diagnostics }, diagnostics };
}

export function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
