// `generate()` for the command and build tools that can wait: the same run,
// but remark and ts-morph (the TypeScript compiler, ~0.5 s to load) are
// imported only when some page must be parsed or some module printed. A run
// whose cache holds nothing of its pages starts its helpers before it reads
// them (they load remark meanwhile, and parse from the first page on); one
// about to parse many pages starts its print threads first; one about to parse
// a few (after an edit), a helper that loads ts-morph meanwhile and prints
// (print-helpers.ts), so the calling thread never loads it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPrinterCode } from './cache/compiled-code.js';
import { pagePackFiles } from './cache/page-cache.js';
import { cacheFolder } from './cache/store.js';
import { minModulesForPrintThreads } from './emit/files-from-plan.js';
import { type Context, type Options, normaliseOptions } from './options.js';
import { type GenerateResult, type Stage, type StageRequest, generateFolder } from './pipeline.js';
import { canPrintOnHelpers, prestartParseHelpers, prestartPrintThreads, prestartPrinterHelper, printOnHelpers } from './print-helpers.js';
import { releaseHelpers } from './threads/shared-work.js';

export async function generateAsync(options: Options = {}): Promise<GenerateResult> {
  const context = normaliseOptions(options);
  if (parsesEveryPage(context)) prestartParseHelpers(context.workers);
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

/** Whether the cache holds no parsed page of the input folder. */
export function parsesEveryPage({ cacheDir, input }: Context): boolean {
  return cacheDir !== undefined && !pagePackFiles(input).some((file) => existsSync(join(cacheFolder(cacheDir), file)));
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
