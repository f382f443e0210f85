// `generate()` for the command and build tools that can wait: the same run,
// but remark and ts-morph (the TypeScript compiler, ~0.5 s to load) are
// imported only when some page must be parsed or some module printed. A run
// about to parse many pages starts its print threads first; one about to parse
// a few (after an edit), a helper that loads ts-morph meanwhile and prints
// (print-helpers.ts), so the calling thread never loads it.
import { join } from 'node:path';
import { loadPrinterCode } from './cache/compiled-code.js';
import { minModulesForPrintThreads } from './emit/files-from-plan.js';
import { type Options, normaliseOptions } from './options.js';
import { type GenerateResult, type Stage, type StageRequest, generateFolder } from './pipeline.js';
import { canPrintOnHelpers, prestartPrintThreads, prestartPrinterHelper, printOnHelpers } from './print-helpers.js';
import { releaseHelpers } from './threads/shared-work.js';

export async function generateAsync(options: Options = {}): Promise<GenerateResult> {
  const context = normaliseOptions(options);
  const pipeline = generateFolder(context);
  try {
    for (let step = pipeline.next(undefined as unknown as Stage); ; ) {
      if (step.done) return step.value;
      step = pipeline.next(await loadStage(step.value, context.cacheDir));
    }
  } finally {
    releaseHelpers();
  }
}

async function loadStage(request: StageRequest, cacheDir: string | undefined): Promise<Stage> {
  const codeFolder = cacheDir === undefined ? undefined : join(cacheDir, 'compiled');
  if (request.need === 'printer') {
    // Helpers wait (one started after an edit to print, or those that parsed, which load ts-morph next): they print, this thread need not load it.
    if (canPrintOnHelpers(request.modules)) return printOnHelpers;
    // The compiled code is kept by runs that print a few modules: the runs after an edit, which come again.
    if (codeFolder !== undefined) loadPrinterCode(codeFolder, request.modules < minModulesForPrintThreads);
    return (await import('./print-stage.js')).printStage;
  }
  prestartPrintThreads(request.pages, request.workers);
  prestartPrinterHelper(request.pages, request.runPages, request.workers, codeFolder);
  return (await import('./parse/parallel.js')).parsePages;
}
