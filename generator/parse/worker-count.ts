// How many threads parse a batch (the calling thread and workers). A worker
// costs ~0.4 s before it helps (it starts, loads remark, warms up, and its
// PageModels are copied back), and most pages now parse in well under a
// millisecond (most blocks are built without remark), so a worker pays only
// for thousands of pages: measured on 2 cores, the 2,934-page corpus parses
// faster on one thread, four times that a little faster on two.
import { threadCount } from '../threads/shared-work.js';

/** Below this many pages one thread is faster than starting workers. */
export const minPagesForWorkers = 5000;

/** `requested` if given, else one per core (at least 2,500 pages each) for batches of `minPagesForWorkers` or more. */
export function workerCount(pages: number, requested?: number): number {
  return threadCount(pages, minPagesForWorkers, 2500, requested);
}
