// Parses pages on `workers` threads: the calling thread and worker threads,
// claiming pages from a shared counter. The run stays synchronous
// (Atomics.wait, receiveMessageOnPort), so `generate()` keeps its plain
// signature. Small batches parse on the calling thread alone, as starting a
// worker (loading remark) costs more than it saves.
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { PageModel } from '../model/types.js';
import type { InputPage } from '../read/input-files.js';
import { parsePage } from './index.js';
import type { WorkerInput, WorkerOutput } from './worker.js';

export function parsePages(pages: readonly InputPage[], workers: number): PageModel[] {
  if (workers < 2 || pages.length === 0) return pages.map((page) => parsePage(page.text, page.file));
  // This thread is one of the parsers: it claims pages like the workers do.
  const helpers = workers - 1;
  const flags = new Int32Array(new SharedArrayBuffer(4 * (1 + helpers)));
  const started = Array.from({ length: helpers }, (_, worker) => startWorker({ pages: [...pages], flags, worker }));
  const models: (PageModel | undefined)[] = new Array(pages.length);
  for (let index = Atomics.add(flags, 0, 1); index < pages.length; index = Atomics.add(flags, 0, 1)) {
    const page = pages[index] as InputPage;
    models[index] = parsePage(page.text, page.file);
  }
  for (const [worker, { port, thread }] of started.entries()) {
    waitUntilDone(flags, worker);
    const output = receiveMessageOnPort(port)?.message as WorkerOutput | undefined;
    void thread.terminate();
    if (output === undefined || 'error' in output) throw new Error(`graph-docs-typegen: a parse worker failed: ${output?.error ?? 'no result'}`);
    for (const [index, model] of output.parsed) models[index] = model;
  }
  return models.map((model, index) => model ?? parsePage(pages[index]?.text ?? '', pages[index]?.file ?? ''));
}

function startWorker(input: Omit<WorkerInput, 'port'>): { port: MessagePort; thread: Worker } {
  const { port1, port2 } = new MessageChannel();
  const thread = spawn({ ...input, port: port2 }, [port2]);
  thread.unref();
  return { port: port1, thread };
}

function waitUntilDone(flags: Int32Array, worker: number): void {
  // A worker that cannot even start would leave us waiting forever: give up
  // when no page was claimed for a minute.
  let claimed = Atomics.load(flags, 0);
  while (Atomics.load(flags, 1 + worker) === 0) {
    if (Atomics.wait(flags, 1 + worker, 0, 60_000) !== 'timed-out') continue;
    const now = Atomics.load(flags, 0);
    if (now === claimed) throw new Error('graph-docs-typegen: the parse workers stopped making progress');
    claimed = now;
  }
}

const youngGenerationMb = 96;

/** The worker module next to this one; from TypeScript sources (tests, tsx) it loads through tsx. */
function spawn(workerData: WorkerInput, transferList: MessagePort[]): Worker {
  const compiled = import.meta.url.endsWith('.js');
  const url = new URL(compiled ? './worker.js' : './worker.ts', import.meta.url);
  // A larger young generation: parsing allocates many short-lived tokens, and
  // fewer scavenges save CPU.
  const resourceLimits = { maxYoungGenerationSizeMb: youngGenerationMb };
  if (compiled) return new Worker(url, { workerData, transferList, resourceLimits });
  const tsx = new URL('../../node_modules/tsx/dist/esm/api/index.mjs', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData, transferList, resourceLimits });
}
