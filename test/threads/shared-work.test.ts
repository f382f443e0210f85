// Threads that share a list of work: started when the work comes, or ahead of
// it (prestarted, loading their modules meanwhile); either way the results are
// those of one thread, and a prestarted thread no work took is stopped.
import { afterEach, describe, expect, it } from 'vitest';
import { parseInputPage, parsePages } from '../../generator/parse/parallel.js';
import { prestartHelpers, releaseHelpers, waitingHelpers, workerBeside } from '../../generator/threads/shared-work.js';

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
});
