// Prints modules, one after another (the drivers' printer, print-stage.ts,
// spreads them over threads).
import type { PrintModules } from './files-from-plan.js';
import { printModule } from './print-module.js';

export const printModules: PrintModules = (modules, options) => modules.map((module) => printModule(module, options));
