// `generate()` for the command and build tools that can wait: the same run,
// but remark and ts-morph (the TypeScript compiler, ~0.5 s to load) are
// imported only when some page must be parsed or some module printed.
import { type Options, normaliseOptions } from './options.js';
import { type GenerateResult, type Stage, type StageRequest, generateFolder } from './pipeline.js';

export async function generateAsync(options: Options = {}): Promise<GenerateResult> {
  const pipeline = generateFolder(normaliseOptions(options));
  for (let step = pipeline.next(undefined as unknown as Stage); ; ) {
    if (step.done) return step.value;
    step = pipeline.next(await loadStage(step.value));
  }
}

async function loadStage(request: StageRequest): Promise<Stage> {
  if (request.need === 'parser') return (await import('./parse/parallel.js')).parsePages;
  return (await import('./print-stage.js')).printStage;
}
