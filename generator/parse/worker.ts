// A parse worker: claims pages one at a time from a shared counter (so a
// slow page never leaves the other workers idle), parses them, posts the
// PageModels back and raises its done flag.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import type { PageModel } from '../model/types.js';
import type { InputPage } from '../read/input-files.js';
import { parsePage } from './index.js';

export interface WorkerInput {
  pages: InputPage[];
  /** [0]: next unclaimed page; [1 + worker]: 1 when that worker is done. */
  flags: Int32Array;
  worker: number;
  port: MessagePort;
}

export type WorkerOutput = { parsed: [number, PageModel][] } | { error: string };

function run({ pages, flags, worker, port }: WorkerInput): void {
  let output: WorkerOutput;
  try {
    const parsed: [number, PageModel][] = [];
    for (let index = Atomics.add(flags, 0, 1); index < pages.length; index = Atomics.add(flags, 0, 1)) {
      const page = pages[index] as InputPage;
      parsed.push([index, parsePage(page.text, page.file)]);
    }
    output = { parsed };
  } catch (error) {
    output = { error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  port.postMessage(output);
  port.close();
  Atomics.store(flags, 1 + worker, 1);
  Atomics.notify(flags, 1 + worker);
}

if (parentPort !== null) run(workerData as WorkerInput);
