// Turns a module plan into files, printing only the modules a memo of
// earlier prints lacks. Loads no ts-morph itself: the printer is passed in.
import { compareText } from '../diagnostics.js';
import type { EmitOptions, ModulePlan } from './module-plan.js';

export interface GeneratedFile {
  /** Path relative to the output folder, with forward slashes. */
  path: string;
  text: string;
}

/** Printed module texts by module key. */
export type ModuleMemo = Map<string, string>;

export type PrintModule = (module: ModulePlan, options: EmitOptions) => string;

/** The modules of a plan whose text the memo lacks. */
export function unprintedModules(modules: readonly ModulePlan[], memo: ModuleMemo): ModulePlan[] {
  return modules.filter((module) => !memo.has(module.key));
}

/** The files of a plan; modules the memo lacks are printed with `print` and added to it. */
export function filesFromPlan(modules: readonly ModulePlan[], options: EmitOptions, memo: ModuleMemo, print?: PrintModule): GeneratedFile[] {
  const files = modules.map((module) => {
    let text = memo.get(module.key);
    if (text === undefined) {
      if (print === undefined) throw new Error(`graph-docs-typegen: module ${module.path} was never printed`);
      text = print(module, options);
      memo.set(module.key, text);
    }
    return { path: module.path, text };
  });
  return files.sort((a, b) => compareText(a.path, b.path));
}
