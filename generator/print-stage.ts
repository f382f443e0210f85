// The printer the drivers hand the pipeline: prints modules on several
// threads and, for an output folder written afresh, writes each file into its
// staging folder right after printing it, so writing (mostly time in the
// kernel) overlaps printing instead of following it.
import type { PrintModules } from './emit/files-from-plan.js';
import type { ModulePlan } from './emit/module-plan.js';
import { printModule } from './emit/print-module.js';
import { type PrintContext, startPrinting } from './print-helpers.js';
import { finishSharedWork } from './threads/shared-work.js';
import { stageFile } from './write/changed-files.js';

/** Prints on `threads` threads, or joins the print threads `started` has already set to work on the same modules. */
export const printStage: PrintModules = (modules, options, threads, staging, started) =>
  finishSharedWork(started ?? startPrinting(modules, options, threads, staging), printAndStage);

export function printAndStage(module: ModulePlan, { options, staging }: PrintContext): string {
  const text = printModule(module, options);
  if (staging !== undefined) stageFile(staging, module.path, text);
  return text;
}
