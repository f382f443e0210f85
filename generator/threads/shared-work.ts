// Runs one function over a list on several threads: the calling thread and
// helper threads claim items one at a time from a shared counter (so a slow
// item never leaves a thread idle). The call stays synchronous
// (Atomics.wait, receiveMessageOnPort), so `generate()` keeps its plain
// signature. Every helper runs one worker module (stage-worker.ts), which
// serves every stage that runs on threads; a job names its stage, and a helper
// serves the jobs of one run in turn (a run's parse, then its print), so it is
// started once, ahead of its first job (`prestartHelpers`), and loads each
// stage's modules once.
import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';

/** The stages helper threads serve (stage-worker.ts). */
export type StageName = 'parse' | 'print';

/** What a helper started ahead of its work loads at once: a stage's modules (for printing, with ts-morph's compiled code kept in `codeFolder`). */
export interface HelperStart {
  stage: StageName;
  codeFolder?: string;
}

export interface SharedWork<I, C> {
  stage: StageName;
  items: I[];
  /** What every item's work reads besides the item (plain data, copied to each worker). */
  context: C;
  /** [0]: next unclaimed item; [1 + worker]: 1 when that worker is done. */
  flags: Int32Array;
  worker: number;
  port: MessagePort;
}

export type WorkerOutput<R> = { results: [number, R][] } | { error: string };

/**
 * Threads for `items` items: `requested` if given, else one per core when
 * there are at least `minItems`, with at least `perThread` items each.
 */
export function threadCount(items: number, minItems: number, perThread: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  return items >= minItems ? Math.min(availableParallelism(), Math.ceil(items / perThread)) : 0;
}

/**
 * `work(item, context)` for every item on `threads` threads, the calling
 * thread included; the helpers do the same work as `stage`.
 */
export function shareWork<I, C, R>(items: readonly I[], context: C, threads: number, stage: StageName, work: (item: I, context: C) => R): R[] {
  return finishSharedWork(startSharedWork(items, context, threads, stage), work);
}

/** Work handed to helper threads, which claim items from now on; the calling thread joins with `finishSharedWork`. */
export interface StartedWork<I, C> {
  items: readonly I[];
  context: C;
  flags: Int32Array;
  helpers: { port: MessagePort; thread: Worker }[];
  /** Set when the calling thread joins: from then on `finishSharedWork` takes care of the helpers, whatever fails. */
  joined: boolean;
}

/**
 * The first half of `shareWork`: the helpers (all threads but the calling
 * one) get the items now, so they work while the calling thread does
 * something else before it joins (loads its own modules, writes the cache).
 */
export function startSharedWork<I, C>(items: readonly I[], context: C, threads: number, stage: StageName): StartedWork<I, C> {
  const helpers = threads < 2 || items.length === 0 ? 0 : threads - 1;
  const flags = new Int32Array(new SharedArrayBuffer(4 * (1 + helpers)));
  const started = Array.from({ length: helpers }, (_, worker) => startWorker({ stage, items: [...items], context, flags, worker }));
  return { items, context, flags, helpers: started, joined: false };
}

/**
 * The second half of `shareWork`: the calling thread claims what is left, then takes the helpers' results.
 * Whatever fails, every helper is waited for first, and goes back to wait for the next job.
 */
export function finishSharedWork<I, C, R>(started: StartedWork<I, C>, work: (item: I, context: C) => R): R[] {
  const { items, context, flags, helpers } = started;
  started.joined = true;
  if (helpers.length === 0) return items.map((item) => work(item, context));
  const results: (R | undefined)[] = new Array(items.length);
  const done: boolean[] = new Array(items.length).fill(false);
  try {
    for (let index = Atomics.add(flags, 0, 1); index < items.length; index = Atomics.add(flags, 0, 1)) {
      results[index] = work(items[index] as I, context);
      done[index] = true;
    }
  } catch (error) {
    Atomics.store(flags, 0, items.length); // the helpers claim nothing more
    collectHelpers<R>(flags, helpers);
    throw error;
  }
  takeResults(collectHelpers<R>(flags, helpers), results, done);
  return results.map((result, index) => (done[index] ? (result as R) : work(items[index] as I, context)));
}

/**
 * Like `finishSharedWork`, but the calling thread claims no item: it waits for the helpers' results (it
 * has not loaded the work's modules, which the helpers have). An item no helper did is an error.
 */
export function finishByHelpers<I, C, R>(started: StartedWork<I, C>): R[] {
  const { items, flags, helpers } = started;
  started.joined = true;
  if (helpers.length === 0 && items.length > 0) throw new Error('graph-docs-typegen: no helper thread to do the work');
  const results: (R | undefined)[] = new Array(items.length);
  const done: boolean[] = new Array(items.length).fill(false);
  takeResults(collectHelpers<R>(flags, helpers), results, done);
  if (done.includes(false)) throw new Error('graph-docs-typegen: the worker threads left work undone');
  return results as R[];
}

/** Puts the helpers' results in their places, noting each item done; a helper's failure is thrown. */
function takeResults<R>(outputs: readonly (WorkerOutput<R> | undefined)[], results: (R | undefined)[], done: boolean[]): void {
  for (const output of outputs) {
    if (output === undefined || 'error' in output) throw new Error(`graph-docs-typegen: a worker thread failed: ${output?.error ?? 'no result'}`);
    for (const [index, result] of output.results) {
      results[index] = result;
      done[index] = true;
    }
  }
}

/** Waits for every helper's output; a helper that answered waits for the next job, one that did not is stopped. */
function collectHelpers<R>(flags: Int32Array, helpers: StartedWork<unknown, unknown>['helpers']): (WorkerOutput<R> | undefined)[] {
  return helpers.map(({ port, thread }, worker) => {
    waitUntilDone(flags, worker);
    const output = receiveMessageOnPort(port)?.message as WorkerOutput<R> | undefined;
    port.close();
    if (output === undefined) void thread.terminate();
    else waiting.push(thread);
    return output;
  });
}

/**
 * Stops started work the calling thread has not joined: the helpers claim nothing more, and are waited
 * for (an item in hand may still write its file) and stopped.
 */
export function abandonSharedWork<I, C>({ items, flags, helpers, joined }: StartedWork<I, C>): void {
  if (joined) return;
  Atomics.store(flags, 0, items.length);
  for (const [worker, { port, thread }] of helpers.entries()) {
    waitUntilDone(flags, worker);
    port.close();
    void thread.terminate();
  }
}

function startWorker<I, C>(job: Omit<SharedWork<I, C>, 'port'>): { port: MessagePort; thread: Worker } {
  const { port1, port2 } = new MessageChannel();
  const thread = waiting.shift() ?? spawn();
  thread.postMessage({ ...job, port: port2 }, [port2]);
  return { port: port1, thread };
}

/** Helpers without a job: started ahead of their work, or done with the last. */
const waiting: Worker[] = [];

/**
 * Starts helpers now, up to `count` waiting, for the next work to use: they
 * start while this thread does other work (and, given `firstStage`, load that
 * stage's modules). Those no work takes are stopped by `releaseHelpers`.
 */
export function prestartHelpers(count: number, firstStage?: HelperStart): void {
  while (waiting.length < count) waiting.push(spawn(firstStage));
}

/** Stops the helpers that wait for work (drivers call it when their run ends). */
export function releaseHelpers(): void {
  for (const thread of waiting.splice(0)) void thread.terminate();
}

/** How many helpers wait for work; with `stage`, those not started ahead of another stage's work. */
export function waitingHelpers(stage?: StageName): number {
  return stage === undefined ? waiting.length : waiting.filter((thread) => (startedAhead.get(thread) ?? stage) === stage).length;
}

/** The stage each helper started ahead of its work was started for. */
const startedAhead = new WeakMap<Worker, StageName>();

function waitUntilDone(flags: Int32Array, worker: number): void {
  // A worker that cannot even start would leave us waiting forever: give up
  // when no item was claimed for a minute.
  let claimed = Atomics.load(flags, 0);
  while (Atomics.load(flags, 1 + worker) === 0) {
    if (Atomics.wait(flags, 1 + worker, 0, 60_000) !== 'timed-out') continue;
    const now = Atomics.load(flags, 0);
    if (now === claimed) throw new Error('graph-docs-typegen: the worker threads stopped making progress');
    claimed = now;
  }
}

const youngGenerationMb = 96;

const stageWorker = workerBeside(import.meta.url, 'stage-worker');

/** A helper, told which stage's modules to load before its first job, if any (stage-worker.ts). */
function spawn(start?: HelperStart): Worker {
  // A larger young generation: parsing and printing allocate many short-lived
  // objects, and fewer scavenges save CPU.
  const options = { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb }, workerData: start ?? null };
  const thread = stageWorker.pathname.endsWith('.js')
    ? new Worker(stageWorker, options)
    : new Worker(tsxBootstrap(stageWorker), { ...options, eval: true });
  thread.unref(); // a helper never keeps the process alive
  if (start !== undefined) startedAhead.set(thread, start.stage);
  return thread;
}

function tsxBootstrap(workerModule: URL): string {
  const tsx = new URL('../../node_modules/tsx/dist/esm/api/index.mjs', import.meta.url).href;
  return `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(workerModule.href)}); })`;
}

/** The URL of a worker module beside `callerUrl` (`import.meta.url`), compiled or from sources alike. */
export function workerBeside(callerUrl: string, baseName: string): URL {
  return new URL(`./${baseName}${callerUrl.endsWith('.js') ? '.js' : '.ts'}`, callerUrl);
}
