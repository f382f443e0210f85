// How many threads parse a batch (the calling thread and helpers). Starting a
// helper for parsing alone costs ~0.4 s before it helps (it starts, loads
// remark, warms up, and its PageModels are copied back), and most pages parse
// in well under a millisecond, so a new helper pays only for thousands of
// pages. A run that will print thousands of modules has started its helpers
// before parsing (print-helpers.ts): those parse too, instead of waiting for
// the print stage (not a helper started to print a few modules after an edit,
// which is loading ts-morph meanwhile).
import { threadCount, waitingHelpers } from '../threads/shared-work.js';

/** Below this many pages one thread is faster than starting helpers for parsing alone. */
export const minPagesForWorkers = 5000;

/**
 * `requested` if given; else one per core (at least 2,500 pages each) for
 * batches of `minPagesForWorkers` or more; else the calling thread and the
 * helpers already started for the run.
 */
export function workerCount(pages: number, requested?: number): number {
  const count = threadCount(pages, minPagesForWorkers, 2500, requested);
  if (requested !== undefined || count > 1) return count;
  const ready = waitingHelpers('parse');
  return ready > 0 && pages > 0 ? 1 + ready : count;
}
