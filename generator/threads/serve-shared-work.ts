// The worker side of shared-work.ts: waits for its job, claims items from the
// shared counter, does the work, posts the results back and raises its done flag.
import { parentPort } from 'node:worker_threads';
import type { SharedWork, WorkerOutput } from './shared-work.js';

export function serveSharedWork<I, C, R>(work: (item: I, context: C) => R): void {
  parentPort?.once('message', (job: SharedWork<I, C>) => serveJob(job, work));
}

function serveJob<I, C, R>({ items, context, flags, worker, port }: SharedWork<I, C>, work: (item: I, context: C) => R): void {
  let output: WorkerOutput<R>;
  try {
    const results: [number, R][] = [];
    for (let index = Atomics.add(flags, 0, 1); index < items.length; index = Atomics.add(flags, 0, 1)) {
      results.push([index, work(items[index] as I, context)]);
    }
    output = { results };
  } catch (error) {
    output = { error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  port.postMessage(output);
  port.close();
  Atomics.store(flags, 1 + worker, 1);
  Atomics.notify(flags, 1 + worker);
}
