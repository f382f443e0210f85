// The print threads' worker module, and starting them ahead of the print
// stage. Loads no ts-morph: a driver that is about to parse many pages starts
// the print threads first, so they load ts-morph (~0.4 s) while the pages parse.
import { minModulesForPrintThreads, printThreadCount } from './emit/files-from-plan.js';
import { prestartHelpers, workerBeside } from './threads/shared-work.js';

export const printWorker = workerBeside(import.meta.url, 'print-stage-worker');

/**
 * Before parsing `pages` pages: a run that parses a thousand pages or more is
 * as good as cold and prints about as many modules, so its print threads
 * (all but the calling thread) are started now.
 */
export function prestartPrintThreads(pages: number, requested?: number): void {
  if (pages < minModulesForPrintThreads) return;
  prestartHelpers(printWorker, Math.max(0, printThreadCount(pages, requested) - 1));
}
