// The helper side of shared-work.ts: takes its jobs one after another, claims
// items from each job's shared counter, does the work, posts the results back
// and raises its done flag.
import { parentPort } from 'node:worker_threads';
import type { SharedWork, StageName, WorkerOutput } from './shared-work.js';

/** A stage's work, on the items and context its jobs carry. */
type Work = (item: never, context: never) => unknown;

/**
 * Serves jobs with the work `stages` load; after a job of a stage that `next`
 * names a follower for, loads the follower's modules while no job is waiting.
 * The modules of `first`, if given, are loaded at once, before any job comes.
 */
export function serveSharedWork(stages: Record<StageName, () => Promise<Work>>, next: Partial<Record<StageName, StageName>> = {}, first?: StageName): void {
  const loaded = new Map<StageName, Promise<Work>>();
  const load = (stage: StageName) => {
    let work = loaded.get(stage);
    if (work === undefined) {
      work = stages[stage]();
      loaded.set(stage, work);
    }
    return work;
  };
  let previous = first === undefined ? Promise.resolve() : load(first).then(() => {}, () => {}); // a failure shows when a job needs it
  parentPort?.on('message', (job: SharedWork<unknown, unknown>) => {
    previous = previous.then(() => load(job.stage)).then((work) => serveJob(job, work), (error: unknown) => finish(job, { error: describe(error) }));
    const follower = next[job.stage];
    if (follower !== undefined) previous = previous.then(() => load(follower)).then(() => {}, () => {}); // a failure shows when a job needs it
  });
}

function serveJob({ items, context, flags, worker, port }: SharedWork<unknown, unknown>, work: Work): void {
  let output: WorkerOutput<unknown>;
  try {
    const results: [number, unknown][] = [];
    for (let index = Atomics.add(flags, 0, 1); index < items.length; index = Atomics.add(flags, 0, 1)) {
      results.push([index, work(items[index] as never, context as never)]);
    }
    output = { results };
  } catch (error) {
    output = { error: describe(error) };
  }
  finish({ flags, worker, port }, output);
}

function finish({ flags, worker, port }: Pick<SharedWork<unknown, unknown>, 'flags' | 'worker' | 'port'>, output: WorkerOutput<unknown>): void {
  port.postMessage(output);
  port.close();
  Atomics.store(flags, 1 + worker, 1);
  Atomics.notify(flags, 1 + worker);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}
