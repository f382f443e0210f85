// Starting the print threads ahead of the print stage, and handing them their
// modules. Loads no ts-morph: a driver about to parse many pages starts the
// helpers first (they parse beside it, then load ts-morph while the model
// resolves), and the pipeline hands them the modules before it loads ts-morph.
import { minModulesForPrintThreads, printThreadCount } from './emit/files-from-plan.js';
import type { EmitOptions, ModulePlan } from './emit/module-plan.js';
import { type StartedWork, prestartHelpers, startSharedWork } from './threads/shared-work.js';

export interface PrintContext {
  options: EmitOptions;
  /** The staging folder to write each printed file into, if any. */
  staging?: string;
}

/** Modules the print threads print from now on; the printer (print-stage.ts) joins them. */
export type StartedPrint = StartedWork<ModulePlan, PrintContext>;

/**
 * Hands `modules` to the print threads (all of `threads` but the calling one)
 * at once: they print while the calling thread does other work before it
 * joins them (writes the cache, loads ts-morph).
 */
export function startPrinting(modules: readonly ModulePlan[], options: EmitOptions, threads: number, staging?: string): StartedPrint {
  return startSharedWork(modules, staging === undefined ? { options } : { options, staging }, threads, 'print');
}

/**
 * Before parsing `pages` pages: a run that parses a thousand pages or more is
 * as good as cold and prints about as many modules, so its print threads
 * (all but the calling thread) are started now.
 */
export function prestartPrintThreads(pages: number, requested?: number): void {
  if (pages < minModulesForPrintThreads) return;
  prestartHelpers(Math.max(0, printThreadCount(pages, requested) - 1));
}
