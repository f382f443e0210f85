// Emit stage: the API model in, the text of every output file out. Dumb and
// deterministic: structures are built in bulk and printed once, sorted. A
// memo of printed modules (by module-plan.ts keys) lets later runs print only
// what changed.
import type { ApiModel, Diagnostic } from '../model/types.js';
import { type GeneratedFile, type ModuleMemo, filesFromPlan } from './files-from-plan.js';
import { type EmitOptions, planModules } from './module-plan.js';
import { printModules } from './print-modules.js';

export type { GeneratedFile, ModuleMemo } from './files-from-plan.js';
export type { EmitOptions } from './module-plan.js';

export interface EmitResult {
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
}

export function emitFiles(model: ApiModel, options: EmitOptions, memo: ModuleMemo = new Map()): EmitResult {
  const plan = planModules(model, options);
  return { files: filesFromPlan(plan.modules, options, memo, printModules), diagnostics: plan.diagnostics };
}

