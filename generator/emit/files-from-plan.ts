// Turns a module plan into files, printing only the modules a memo of
// earlier prints lacks. Loads no ts-morph itself: the printer is passed in.
import { compareText } from '../diagnostics.js';
import { lazily } from '../lazy-member.js';
import type { StartedPrint } from '../print-helpers.js';
import { threadCount } from '../threads/shared-work.js';
import type { EmitOptions, ModulePlan } from './module-plan.js';

export interface GeneratedFile {
  /** Path relative to the output folder, with forward slashes. */
  path: string;
  text: string;
}

/** Printed module texts by module key (a Map will do). */
export interface ModuleMemo {
  has(key: string): boolean;
  get(key: string): string | undefined;
  set(key: string, text: string): void;
  /** The texts are read from disk when asked (run-cache.ts): files made from the memo read theirs only when asked. */
  readsOnDemand?: boolean;
}

/**
 * Prints modules on `threads` threads (0 or 1: the calling thread alone); with
 * `staging`, also writes each file there (a fresh output folder's staging folder).
 * `started`: the same modules, already handed to the print threads (print-helpers.ts).
 */
export type PrintModules = (
  modules: readonly ModulePlan[], options: EmitOptions, threads: number, staging?: string, started?: StartedPrint,
) => string[];

/**
 * Threads that print `modules` modules: `requested` if given, else one per core
 * for 1,000 modules or more (a worker loads ts-morph, ~0.4 s, before it prints).
 */
export function printThreadCount(modules: number, requested?: number): number {
  return threadCount(modules, minModulesForPrintThreads, 500, requested);
}

/** Below this many modules one thread prints faster than starting workers. */
export const minModulesForPrintThreads = 1000;

/** The modules of a plan whose text the memo lacks. */
export function unprintedModules(modules: readonly ModulePlan[], memo: ModuleMemo): ModulePlan[] {
  return modules.filter((module) => !memo.has(module.key));
}

/**
 * The files of a plan; modules the memo lacks are printed with `print` (all in
 * one call, passed `staging` and `started`, which holds them if given) and added to it.
 */
export function filesFromPlan(
  modules: readonly ModulePlan[], options: EmitOptions, memo: ModuleMemo, print?: PrintModules, threads?: number, staging?: string,
  started?: StartedPrint,
): GeneratedFile[] {
  const unprinted = unprintedModules(modules, memo);
  if (unprinted.length > 0) {
    if (print === undefined) throw new Error(`graph-docs-typegen: module ${unprinted[0]?.path} was never printed`);
    const texts = print(unprinted, options, printThreadCount(unprinted.length, threads), staging, started);
    unprinted.forEach((module, index) => memo.set(module.key, texts[index] as string));
  }
  // From a memo that reads from disk, a file's text is read when first asked: a run that finds a file as it wrote it never needs it.
  const files = memo.readsOnDemand === true
    ? modules.map((module) => lazily({ path: module.path } as GeneratedFile, 'text', () => textOf(memo, module)))
    : modules.map((module) => ({ path: module.path, text: textOf(memo, module) }));
  return files.sort((a, b) => compareText(a.path, b.path));
}

function textOf(memo: ModuleMemo, module: ModulePlan): string {
  const text = memo.get(module.key);
  if (text === undefined) throw new Error(`graph-docs-typegen: the printed text of ${module.path} is no longer in the cache; run again`);
  return text;
}
