// Parse stage: one page's markdown in, one plain PageModel out.
import type { Root } from 'mdast';
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, PageModel } from '../model/types.js';
import { applyLimits } from './limits.js';
import { pageFromTree } from './page.js';
import { slicePage } from './page-slice.js';
import { parseMarkdown, parseMarkdownLean } from './processor.js';
import { restoreBlocks, restoreLines } from './restore-blocks.js';
import { restoreCells } from './cell-stand-ins.js';
import { insertBlocks } from './simple-blocks.js';

/** The fast path: remark sees only what the model can use (page-slice.ts). Same PageModel as `parsePageWhole`. */
export function parsePage(text: string, file: string): PageModel {
  return guarded(text, file, (limited) => {
    const slice = slicePage(limited);
    if (slice === undefined) return parseMarkdownLean(limited);
    // A page whose every kept block was built without remark leaves remark nothing to read.
    const tree: Root = /\S/.test(slice.text) ? parseMarkdownLean(slice.text) : { type: 'root', children: [] };
    restoreLines(tree, slice.lineOf);
    insertBlocks(tree, slice.built);
    return restoreBlocks(tree, slice.blanked) && restoreCells(tree, slice.cells, slice.rows) ? tree : parseMarkdown(limited);
  });
}

/** The reference path: the whole page through remark with all of GFM. */
export function parsePageWhole(text: string, file: string): PageModel {
  return guarded(text, file, parseMarkdown);
}

/** Limits first (a page must not stall the parser), then the parse; a page that breaks the parser does not break the run. */
function guarded(text: string, file: string, parse: (text: string) => ReturnType<typeof parseMarkdown>): PageModel {
  const limited = applyLimits(text, file);
  try {
    const tree = limited.text === undefined ? { type: 'root' as const, children: [] } : parse(limited.text);
    return withDiagnostics(pageFromTree(tree, file), limited.diagnostics);
  } catch (error) {
    const page = pageFromTree({ type: 'root', children: [] }, file);
    page.diagnostics.push(diagnostic('page-unreadable', file, { line: 1, column: 1 },
      `Could not parse the page (${error instanceof Error ? error.message : String(error)}); skipped it.`));
    return withDiagnostics(page, limited.diagnostics);
  }
}

function withDiagnostics(page: PageModel, diagnostics: readonly Diagnostic[]): PageModel {
  if (diagnostics.length > 0) page.diagnostics.unshift(...diagnostics);
  return page;
}
