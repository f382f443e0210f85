// The programmatic API: `generate(options)` reads the docs, builds the model
// and the files, and writes them only when asked.
import { compareDiagnostics } from './diagnostics.js';
import { type GeneratedFile, emitFiles } from './emit/index.js';
import { loadTemplates } from './emit/templates.js';
import type { ApiModel, Diagnostic } from './model/types.js';
import { type Options, normaliseOptions } from './options.js';
import { parsePage } from './parse/index.js';
import { readInputPages } from './read/input-files.js';
import { resolveApi } from './resolve/index.js';
import { assertSafeOutputFolder, writeOutputFolder } from './write/output-folder.js';

export type { GeneratedFile } from './emit/index.js';
export type * from './model/types.js';
export type { Options } from './options.js';
export { formatDiagnostic, rules } from './diagnostics.js';

export interface GenerateResult {
  model: ApiModel;
  files: GeneratedFile[];
  /** Every diagnostic of the run, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** Number of pages read. */
  pageCount: number;
}

export function generate(options: Options = {}): GenerateResult {
  const context = normaliseOptions(options);
  const templates = loadTemplates(context.templates);
  if (context.write) assertSafeOutputFolder(context.output, context.input, firstLine(templates.banner));
  const input = readInputPages(context.input);
  const pages = input.pages.map((page) => parsePage(page.text, page.file));
  const model = resolveApi(pages, { defaultNamespace: context.defaultNamespace });
  const emitted = emitFiles(model, { rootNamespace: context.rootNamespace, templates });
  if (context.write) writeOutputFolder(context.output, emitted.files);
  const diagnostics = [...input.diagnostics, ...model.diagnostics, ...emitted.diagnostics].sort(compareDiagnostics);
  return { model: { ...model, diagnostics }, files: emitted.files, diagnostics, pageCount: input.pages.length };
}

export function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
