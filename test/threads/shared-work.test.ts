// Threads that share a list of work: started when the work comes, or ahead of
// it (prestarted, loading their modules meanwhile); either way the results are
// those of one thread, and a prestarted thread no work took is stopped.
import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { parseInputPage, parsePages } from '../../generator/parse/parallel.js';
import {
  abandonSharedWork, finishSharedWork, prestartHelpers, releaseHelpers, startSharedWork, waitingHelpers, workerBeside,
} from '../../generator/threads/shared-work.js';

const parseWorker = workerBeside(new URL('../../generator/parse/parallel.ts', import.meta.url).href, 'worker');

const pages = Array.from({ length: 40 }, (_, index) => ({
  file: `type${index}.md`,
  text: `# type${index} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| p${index} | String | Number ${index}. |\n`,
}));

afterEach(() => releaseHelpers());

describe('shared work', () => {
  it('gives the one-thread results on two threads started with the work', () => {
    expect(parsePages(pages, 2)).toEqual(pages.map((page) => parseInputPage(page)));
  });

  it('hands the work to a prestarted thread, which leaves the waiting list', () => {
    prestartHelpers(parseWorker, 1);
    expect(waitingHelpers(parseWorker)).toBe(1);
    expect(parsePages(pages, 2)).toEqual(pages.map((page) => parseInputPage(page)));
    expect(waitingHelpers(parseWorker)).toBe(0);
  });

  it('starts the threads a prestart did not cover, and leaves unused prestarted ones to releaseHelpers', () => {
    prestartHelpers(parseWorker, 1);
    expect(parsePages(pages, 3)).toEqual(pages.map((page) => parseInputPage(page)));
    prestartHelpers(parseWorker, 2);
    expect(parsePages(pages, 2)).toEqual(pages.map((page) => parseInputPage(page)));
    expect(waitingHelpers(parseWorker)).toBe(1);
    releaseHelpers();
    expect(waitingHelpers(parseWorker)).toBe(0);
  });

  it('lets started work go on in the helpers before the calling thread joins, with the same results', () => {
    const started = startSharedWork(pages, undefined, 2, parseWorker);
    // The helper alone claims every page while this thread waits.
    const deadline = Date.now() + 60_000;
    while (Atomics.load(started.flags, 0) < pages.length && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    expect(Atomics.load(started.flags, 0)).toBeGreaterThanOrEqual(pages.length);
    expect(finishSharedWork(started, parseInputPage)).toEqual(pages.map((page) => parseInputPage(page)));
  });

  it('stops abandoned work: the helpers claim nothing more and have finished when it returns', () => {
    const many = Array.from({ length: 50 }, () => pages).flat();
    const started = startSharedWork(many, undefined, 2, parseWorker);
    abandonSharedWork(started);
    expect(Atomics.load(started.flags, 1)).toBe(1);
    const output = receiveMessageOnPort(started.helpers[0]?.port as MessagePort)?.message as { results: unknown[] };
    // The helper was still starting when the work was abandoned: it did a few pages at most, not the lot.
    expect(output.results.length).toBeLessThan(many.length / 2);
  });

  it('does started work on the calling thread alone when it has one thread', () => {
    const started = startSharedWork(pages, undefined, 1, parseWorker);
    expect(started.helpers).toHaveLength(0);
    expect(finishSharedWork(started, parseInputPage)).toEqual(pages.map((page) => parseInputPage(page)));
  });
});
