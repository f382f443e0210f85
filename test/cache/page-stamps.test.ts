// The command does not read a page whose size, times and inode are as the last
// run saw them (its key stands for its text), and reads every other page: the
// cache of stamps is never stale.
import { cpSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatorFingerprint } from '../../generator/cache/fingerprint.js';
import { openPageStamps } from '../../generator/cache/page-stamps.js';
import { openCacheStore } from '../../generator/cache/store.js';
import { generateFromPages } from '../../generator/index.js';
import { normaliseOptions } from '../../generator/options.js';
import { generateFolder } from '../../generator/pipeline.js';
import { type InputPage, readInputPages } from '../../generator/read/input-files.js';
import { runStages } from '../../generator/session.js';
import { projectRoot } from '../support/paths.js';

/** Whether the page's text is still unread (a getter that reads it when asked). */
function unread(page: InputPage): boolean {
  return Object.getOwnPropertyDescriptor(page, 'text')?.get !== undefined;
}

const pastTime = 1_700_000_000;
let work: string;
let input: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'typegen-stamps-'));
  input = join(work, 'docs-input');
  cpSync(join(projectRoot, 'docs-input'), input, { recursive: true });
  // Whole seconds, which an edit can set again exactly (a file's own times have nanoseconds).
  utimesSync(join(input, 'resultinfo.md'), pastTime, pastTime);
  // A stamp is trusted only once the page has been still for 2 s (a write within the same clock tick could keep its times).
  await new Promise((resolve) => setTimeout(resolve, 2100));
});

describe('stamps of the input pages', () => {
  const stampsOf = (fingerprint = generatorFingerprint()) => openPageStamps(openCacheStore(join(work, 'cache')), input, fingerprint);
  const context = () => normaliseOptions({ input, output: join(work, 'generated'), cacheDir: join(work, 'cache'), write: true });

  it('spare reading the pages a run saw as they are, and read a page edited in place with its size and times kept', () => {
    runStages(generateFolder(context()));
    const warm = readInputPages(input, undefined, stampsOf().memo);
    expect(warm.pages.length).toBeGreaterThan(5);
    expect(warm.pages.filter(unread)).toHaveLength(warm.pages.length);

    const page = join(input, 'resultinfo.md');
    const before = statSync(page);
    const edited = readFileSync(page, 'utf8').replace('| subcode  | Int32  |', '| subcode  | Int64  |');
    expect(edited.length).toBe(before.size);
    writeFileSync(page, edited);
    utimesSync(page, pastTime, pastTime); // the size and times as they were: the inode's change time tells
    expect([statSync(page).size, statSync(page).mtimeMs, statSync(page).ino]).toEqual([before.size, before.mtimeMs, before.ino]);
    const afterEdit = readInputPages(input, undefined, stampsOf().memo);
    expect(afterEdit.pages.filter((candidate) => !unread(candidate)).map((candidate) => candidate.file)).toEqual(['resultinfo.md']);

    const run = runStages(generateFolder(context()));
    expect(run.files).toEqual(generateFromPages(readInputPages(input).pages).files);
    expect(run.files.find((file) => file.path === 'ResultInfo.ts')?.text).toContain("rt.int64(value['subcode']");
  });

  it('fail a run whose unread page changed after its stamp was trusted, rather than read it under its old key', () => {
    runStages(generateFolder(context()));
    const pages = readInputPages(input, undefined, stampsOf().memo).pages;
    const page = pages.find((candidate) => candidate.file === 'operationstatus.md') as InputPage;
    expect(unread(page)).toBe(true);
    const path = join(input, 'operationstatus.md');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nOne more line.\n`);
    expect(() => page.text).toThrow(/operationstatus\.md changed during the run; run again/);
  });

  it('are not taken from another generator version', () => {
    runStages(generateFolder(context()));
    expect(stampsOf().memo.pages.size).toBeGreaterThan(0);
    expect(stampsOf('another version').memo.pages.size).toBe(0);
  });
});
