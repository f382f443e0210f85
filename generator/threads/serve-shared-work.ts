// The worker side of shared-work.ts: claims items from the shared counter,
// does the work, posts the results back and raises its done flag.
import { parentPort, workerData } from 'node:worker_threads';
import type { SharedWork, WorkerOutput } from './shared-work.js';

export function serveSharedWork<I, C, R>(work: (item: I, context: C) => R): void {
  if (parentPort === null) return;
  const { items, context, flags, worker, port } = workerData as SharedWork<I, C>;
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
