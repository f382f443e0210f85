// How many threads parse a batch (the calling thread and workers): one per
// core when the batch is large enough to pay for starting workers (each loads
// remark).
import { threadCount } from '../threads/shared-work.js';

/** Below this many pages one thread is faster than starting workers. */
export const minPagesForWorkers = 150;

/** `requested` if given, else one per core (at least 50 pages each) for batches of `minPagesForWorkers` or more. */
export function workerCount(pages: number, requested?: number): number {
  return threadCount(pages, minPagesForWorkers, 50, requested);
}
