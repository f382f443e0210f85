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
import { assertSafeOutputFolder, writeOutputFolder } from './write/output-folder.js';

export type { GeneratedFile } from './emit/index.js';
export type * from './model/types.js';
export type { Options } from './options.js';
export type { InputPage } from './read/input-files.js';
export { formatDiagnostic, rules } from './diagnostics.js';

export interface GenerateResult {
  model: ApiModel;
  files: GeneratedFile[];
  /** Every diagnostic of the run, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** Number of pages read. */
  pageCount: number;
}

/** Reads the input folder, builds the model and the files; writes them when `options.write` is set. */
export function generate(options: Options = {}): GenerateResult {
  const context = normaliseOptions(options);
  const templates = loadTemplates(context.templates);
  if (context.write) assertSafeOutputFolder(context.output, context.input, firstLine(templates.banner));
  const input = readInputPages(context.input);
  const result = generateFromPages(input.pages, options);
  if (context.write) writeOutputFolder(context.output, result.files);
  return withDiagnostics(result, input.diagnostics);
}

/** Builds the model and the files from pages already in memory; touches no file but the templates. */
export function generateFromPages(pages: readonly InputPage[], options: Options = {}): GenerateResult {
  const context = normaliseOptions(options);
  const templates = loadTemplates(context.templates);
  const parsed = pages.map((page) => parsePage(page.text, page.file));
  const model = resolveApi(parsed, { defaultNamespace: context.defaultNamespace });
  const emitted = emitFiles(model, {
    rootNamespace: context.rootNamespace, templates, openEnums: context.openEnums, lenientNulls: context.lenientNulls,
  });
  return withDiagnostics({ model, files: emitted.files, diagnostics: [], pageCount: pages.length }, emitted.diagnostics);
}

function withDiagnostics(result: GenerateResult, extra: readonly Diagnostic[]): GenerateResult {
  const diagnostics = [...result.model.diagnostics, ...extra].sort(compareDiagnostics);
  return { ...result, model: { ...result.model, diagnostics }, diagnostics };
}

export function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
