// `generate()` for the command and build tools that can wait: the same run,
// but remark and ts-morph (the TypeScript compiler, ~0.5 s to load) are
// imported only when some page must be parsed or some module printed. A run
// about to parse many pages starts its print threads first (print-helpers.ts).
import { type Options, normaliseOptions } from './options.js';
import { type GenerateResult, type Stage, type StageRequest, generateFolder } from './pipeline.js';
import { prestartPrintThreads } from './print-helpers.js';
import { releaseHelpers } from './threads/shared-work.js';

export async function generateAsync(options: Options = {}): Promise<GenerateResult> {
  const pipeline = generateFolder(normaliseOptions(options));
  try {
    for (let step = pipeline.next(undefined as unknown as Stage); ; ) {
      if (step.done) return step.value;
      step = pipeline.next(await loadStage(step.value));
    }
  } finally {
    releaseHelpers();
  }
}

async function loadStage(request: StageRequest): Promise<Stage> {
  if (request.need === 'printer') return (await import('./print-stage.js')).printStage;
  prestartPrintThreads(request.pages, request.workers);
  return (await import('./parse/parallel.js')).parsePages;
}
