// Parse stage: one page's markdown in, one plain PageModel out.
import { diagnostic } from '../diagnostics.js';
import type { PageModel } from '../model/types.js';
import { applyLimits } from './limits.js';
import { pageFromTree } from './page.js';
import { parseMarkdown } from './processor.js';

export function parsePage(text: string, file: string): PageModel {
  const limited = applyLimits(text, file);
  try {
    if (limited.text === undefined) return withDiagnostics(pageFromTree({ type: 'root', children: [] }, file), limited.diagnostics);
    return withDiagnostics(pageFromTree(parseMarkdown(limited.text), file), limited.diagnostics);
  } catch (error) {
    // A page that breaks the parser must not break the run.
    const page = pageFromTree({ type: 'root', children: [] }, file);
    page.diagnostics.push(diagnostic('page-unreadable', file, { line: 1, column: 1 },
      `Could not parse the page (${error instanceof Error ? error.message : String(error)}); skipped it.`));
    return page;
  }
}

function withDiagnostics(page: PageModel, diagnostics: readonly PageModel['diagnostics'][number][]): PageModel {
  if (diagnostics.length > 0) page.diagnostics.unshift(...diagnostics);
  return page;
}
