// Parse stage: one page's markdown in, one plain PageModel out.
import { diagnostic } from '../diagnostics.js';
import type { PageModel } from '../model/types.js';
import { pageFromTree } from './page.js';
import { slicePage } from './page-slice.js';
import { parseMarkdown, parseMarkdownLean } from './processor.js';
import { restoreBlocks } from './restore-blocks.js';

/** The fast path: remark sees only what the model can use (page-slice.ts). Same PageModel as `parsePageWhole`. */
export function parsePage(text: string, file: string): PageModel {
  return guarded(file, () => {
    const slice = slicePage(text);
    if (slice === undefined) return parseMarkdownLean(text);
    const tree = parseMarkdownLean(slice.text);
    return restoreBlocks(tree, slice.blanked) ? tree : parseMarkdown(text);
  });
}

/** The reference path: the whole page through remark with all of GFM. */
export function parsePageWhole(text: string, file: string): PageModel {
  return guarded(file, () => parseMarkdown(text));
}

function guarded(file: string, parse: () => ReturnType<typeof parseMarkdown>): PageModel {
  try {
    return pageFromTree(parse(), file);
  } catch (error) {
    // A page that breaks the parser must not break the run.
    const page = pageFromTree({ type: 'root', children: [] }, file);
    page.diagnostics.push(diagnostic('page-unreadable', file, { line: 1, column: 1 },
      `Could not parse the page (${error instanceof Error ? error.message : String(error)}); skipped it.`));
    return page;
  }
}
