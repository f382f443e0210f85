// Parses pages on several threads (threads/shared-work.ts). Small batches
// parse on the calling thread alone, as starting a worker (loading remark)
// costs more than it saves.
import type { PageModel } from '../model/types.js';
import type { InputPage } from '../read/input-files.js';
import { shareWork } from '../threads/shared-work.js';
import { parsePage } from './index.js';

export function parsePages(pages: readonly InputPage[], threads: number): PageModel[] {
  return shareWork(pages, undefined, threads, 'parse', parseInputPage);
}

export function parseInputPage(page: InputPage): PageModel {
  return parsePage(page.text, page.file);
}
