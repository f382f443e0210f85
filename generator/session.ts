// A generator that stays loaded between runs, for watch modes and build tool
// plugins: parsed pages, built resources, printed modules and the last result
// stay in memory, so a run after one page changed parses one page, builds its
// resources and prints what changed.
import { memoryStore } from './cache/memory-store.js';
import { openCacheStore } from './cache/store.js';
import { type Options, normaliseOptions } from './options.js';
import { parsePages } from './parse/parallel.js';
import { prestartPrintThreads } from './print-helpers.js';
import { printStage } from './print-stage.js';
import { releaseHelpers } from './threads/shared-work.js';
import { type GenerateResult, type Pipeline, type Stage, createSessionMemo, generateFolder } from './pipeline.js';

export interface Session {
  /**
   * Reads the input folder again and generates (and writes, when the options say so) what
   * changed. The model and diagnostics it returns are frozen: they are the session's cache.
   */
  run(): GenerateResult;
}

export function createSession(options: Options = {}): Session {
  const context = normaliseOptions(options);
  const store = memoryStore(context.cacheDir === undefined ? undefined : openCacheStore(context.cacheDir));
  const memo = createSessionMemo();
  return { run: () => runStages(generateFolder(context, store, memo)) };
}

/** Drives a pipeline with the parser and printer loaded up front. */
export function runStages(pipeline: Pipeline): GenerateResult {
  try {
    for (let step = pipeline.next(undefined as unknown as Stage); ; ) {
      if (step.done) return step.value;
      const request = step.value;
      if (request.need === 'parser') prestartPrintThreads(request.pages, request.workers);
      step = pipeline.next(request.need === 'parser' ? parsePages : printStage);
    }
  } finally {
    releaseHelpers();
  }
}
