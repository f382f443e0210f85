// The printer the drivers hand the pipeline: prints modules on several
// threads and, for an output folder written afresh, writes each file into its
// staging folder right after printing it, so writing (mostly time in the
// kernel) overlaps printing instead of following it.
import type { PrintModules } from './emit/files-from-plan.js';
import type { EmitOptions, ModulePlan } from './emit/module-plan.js';
import { printModule } from './emit/print-module.js';
import { printWorker } from './print-helpers.js';
import { shareWork } from './threads/shared-work.js';
import { stageFile } from './write/changed-files.js';

export interface PrintContext {
  options: EmitOptions;
  /** The staging folder to write each printed file into, if any. */
  staging?: string;
}

export const printStage: PrintModules = (modules, options, threads, staging) => {
  const context: PrintContext = staging === undefined ? { options } : { options, staging };
  return shareWork(modules, context, threads, printWorker, printAndStage);
};

export function printAndStage(module: ModulePlan, { options, staging }: PrintContext): string {
  const text = printModule(module, options);
  if (staging !== undefined) stageFile(staging, module.path, text);
  return text;
}
