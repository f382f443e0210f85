// Starting the helper threads ahead of their stages, and handing them the
// modules to print. Loads no ts-morph: a driver about to parse many pages (or,
// its cache empty, about to read them) starts the helpers first (they parse
// beside it, then load ts-morph while the model resolves), and the pipeline
// hands them the modules before it loads ts-morph.
import { availableParallelism } from 'node:os';
import { type PrintModules, minModulesForPrintThreads, printThreadCount } from './emit/files-from-plan.js';
import type { EmitOptions, ModulePlan } from './emit/module-plan.js';
import { type StartedWork, finishByHelpers, prestartHelpers, startSharedWork, waitingHelpers } from './threads/shared-work.js';

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
 * Before reading the pages of a run that parses them all (its cache holds
 * none): its helpers start now and load the parser while this thread reads
 * the pages, so they parse from the first page on, and print after.
 */
export function prestartParseHelpers(requested?: number): void {
  const threads = requested ?? availableParallelism();
  if (threads < 2) return;
  prestartHelpers(threads - 1, { stage: 'parse' });
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

/**
 * Before parsing a few of a thousand pages or more (a run after an edit), for
 * a driver that loads ts-morph only when it must print (the command): the run
 * is about to print a few modules, so one helper loads ts-morph (with the
 * compiled code kept in `codeFolder`) on the other core while this thread
 * parses and resolves and plans every page (~0.5 s for the corpus), then
 * prints them (`printOnHelpers`). Not for a small run, whose resolving would
 * hide little of it, nor on one core, nor when asked for one thread.
 */
export function prestartPrinterHelper(pages: number, runPages: number, requested?: number, codeFolder?: string): void {
  if (pages >= minModulesForPrintThreads || runPages < minModulesForPrintThreads) return;
  if ((requested !== undefined && requested < 2) || availableParallelism() < 2) return;
  prestartHelpers(1, codeFolder === undefined ? { stage: 'print' } : { stage: 'print', codeFolder });
}

/** Whether helpers wait that can print without this thread (which then need not load ts-morph). */
export function canPrintOnHelpers(modules: number): boolean {
  return modules < minModulesForPrintThreads && waitingHelpers() > 0;
}

/** Prints on the waiting helpers alone: this thread waits for their texts. */
export const printOnHelpers: PrintModules = (modules, options, _threads, staging, started) =>
  finishByHelpers(started ?? startPrinting(modules, options, 1 + waitingHelpers(), staging));
