// Threads that share a list of work: started when the work comes, or ahead of
// it (prestarted, loading their modules meanwhile); either way the results are
// those of one thread. A helper done with one job waits for the next, and the
// helpers that wait are stopped by releaseHelpers.
import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { parseInputPage, parsePages } from '../../generator/parse/parallel.js';
import {
  abandonSharedWork, finishByHelpers, finishSharedWork, prestartHelpers, releaseHelpers, shareWork, startSharedWork, waitingHelpers,
} from '../../generator/threads/shared-work.js';
import { workerCount } from '../../generator/parse/worker-count.js';

const pages = Array.from({ length: 40 }, (_, index) => ({
  file: `type${index}.md`,
  text: `# type${index} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| p${index} | String | Number ${index}. |\n`,
}));

afterEach(() => releaseHelpers());

describe('shared work', () => {
  it('gives the one-thread results on two threads started with the work', () => {
    expect(parsePages(pages, 2)).toEqual(pages.map((page) => parseInputPage(page)));
  });

  it('hands the work to a prestarted helper, which waits for the next job when done', () => {
    prestartHelpers(1);
    expect(waitingHelpers()).toBe(1);
    const started = startSharedWork(pages, undefined, 2, 'parse');
    expect(waitingHelpers()).toBe(0);
    expect(finishSharedWork(started, parseInputPage)).toEqual(pages.map((page) => parseInputPage(page)));
    expect(waitingHelpers()).toBe(1);
    releaseHelpers();
    expect(waitingHelpers()).toBe(0);
  });

  it('starts the helpers the waiting ones do not cover, and serves jobs in turn on the same helpers', () => {
    prestartHelpers(1);
    expect(parsePages(pages, 3)).toEqual(pages.map((page) => parseInputPage(page)));
    expect(waitingHelpers()).toBe(2);
    prestartHelpers(2);
    expect(waitingHelpers()).toBe(2);
    expect(parsePages(pages, 2)).toEqual(pages.map((page) => parseInputPage(page)));
    expect(waitingHelpers()).toBe(2);
  });

  it('reports a stage that fails on a helper as an error of the calling thread', () => {
    const started = startSharedWork([{ file: 'broken.md', text: null }], undefined, 2, 'parse');
    // The helper claims the one item while this thread waits, then fails on it.
    const deadline = Date.now() + 60_000;
    while (Atomics.load(started.flags, 1) === 0 && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    expect(() => finishSharedWork(started, parseInputPage as never)).toThrow(/a worker thread failed/);
  });

  it('takes every helper back to wait for the next job when one fails', () => {
    const items = [...pages, { file: 'broken.md', text: null }, ...pages];
    const started = startSharedWork(items, undefined, 3, 'parse');
    // The helpers claim every item while this thread waits; one of them fails on the broken one.
    const deadline = Date.now() + 60_000;
    while ((Atomics.load(started.flags, 1) === 0 || Atomics.load(started.flags, 2) === 0) && Date.now() < deadline) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
    expect(() => finishSharedWork(started, parseInputPage as never)).toThrow(/a worker thread failed/);
    expect(waitingHelpers()).toBe(2);
    expect(shareWork(pages, undefined, 3, 'parse', parseInputPage)).toEqual(pages.map((page) => parseInputPage(page)));
  });

  it('when the calling thread fails, stops the helpers claiming and takes them back before it throws', () => {
    const many = Array.from({ length: 50 }, () => pages).flat();
    const started = startSharedWork(many, undefined, 2, 'parse');
    expect(() => finishSharedWork(started, () => {
      throw new Error('failed here');
    })).toThrow('failed here');
    expect(Atomics.load(started.flags, 1)).toBe(1);
    expect(Atomics.load(started.flags, 0)).toBeGreaterThanOrEqual(many.length);
    expect(waitingHelpers()).toBe(1);
    // The caller's clean-up after the failure leaves the helper, already taken back, to serve the next job.
    abandonSharedWork(started);
    expect(waitingHelpers()).toBe(1);
    expect(shareWork(pages, undefined, 2, 'parse', parseInputPage)).toEqual(pages.map((page) => parseInputPage(page)));
  });

  it('parses on the helpers a run has started for its print stage, and starts none for a small batch itself', () => {
    expect(workerCount(pages.length)).toBe(0);
    prestartHelpers(1);
    expect(workerCount(pages.length)).toBe(2);
    expect(workerCount(pages.length, 1)).toBe(1);
    expect(shareWork(pages, undefined, workerCount(pages.length), 'parse', parseInputPage)).toEqual(pages.map((page) => parseInputPage(page)));
  });

  it('lets started work go on in the helpers before the calling thread joins, with the same results', () => {
    const started = startSharedWork(pages, undefined, 2, 'parse');
    // The helper alone claims every page while this thread waits.
    const deadline = Date.now() + 60_000;
    while (Atomics.load(started.flags, 0) < pages.length && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    expect(Atomics.load(started.flags, 0)).toBeGreaterThanOrEqual(pages.length);
    expect(finishSharedWork(started, parseInputPage)).toEqual(pages.map((page) => parseInputPage(page)));
  });

  it('stops abandoned work: the helpers claim nothing more and have finished when it returns', () => {
    const many = Array.from({ length: 50 }, () => pages).flat();
    const started = startSharedWork(many, undefined, 2, 'parse');
    abandonSharedWork(started);
    expect(Atomics.load(started.flags, 1)).toBe(1);
    const output = receiveMessageOnPort(started.helpers[0]?.port as MessagePort)?.message as { results: unknown[] };
    // The helper was still starting when the work was abandoned: it did a few pages at most, not the lot.
    expect(output.results.length).toBeLessThan(many.length / 2);
  });

  it('leaves the work to the helpers alone when the calling thread has not loaded it, with the same results', () => {
    prestartHelpers(1, { stage: 'parse' });
    const started = startSharedWork(pages, undefined, 2, 'parse');
    expect(finishByHelpers(started)).toEqual(pages.map((page) => parseInputPage(page)));
    expect(waitingHelpers()).toBe(1);
    expect(() => finishByHelpers(startSharedWork(pages, undefined, 1, 'parse'))).toThrow('no helper thread');
  });

  it('does not parse a small batch on a helper started ahead of printing', () => {
    prestartHelpers(1, { stage: 'print' });
    expect(waitingHelpers()).toBe(1);
    expect(waitingHelpers('parse')).toBe(0);
    expect(waitingHelpers('print')).toBe(1);
    expect(workerCount(pages.length)).toBe(0);
    prestartHelpers(2);
    expect(waitingHelpers('parse')).toBe(1);
    expect(workerCount(pages.length)).toBe(2);
  });

  it('does started work on the calling thread alone when it has one thread', () => {
    const started = startSharedWork(pages, undefined, 1, 'parse');
    expect(started.helpers).toHaveLength(0);
    expect(finishSharedWork(started, parseInputPage)).toEqual(pages.map((page) => parseInputPage(page)));
  });
});
