// Prints modules on several threads (threads/shared-work.ts): each worker
// loads ts-morph once and prints the modules it claims.
import { shareWork, workerBeside } from '../threads/shared-work.js';
import type { EmitOptions, ModulePlan } from './module-plan.js';
import { printModule } from './print-module.js';

export function printModules(modules: readonly ModulePlan[], options: EmitOptions, threads: number): string[] {
  return shareWork(modules, options, threads, workerBeside(import.meta.url, 'print-worker'), printModule);
}
