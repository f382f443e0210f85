// What the command remembers of the input pages between runs, as a session
// does in memory (input-files.ts): each page's stamp (size, times, inode) and
// key. A page whose stamp is as it was is not read: its key stands for its
// text, which is read only if asked (its parsed model missing from the cache),
// and then must still have that key.
import { readFileSync } from 'node:fs';
import { lazily } from '../lazy-member.js';
import { type InputPage, type ReadMemo, pathIn } from '../read/input-files.js';
import { pageKey, rememberedPageKey } from './page-cache.js';
import { type CacheStore, cacheFileName } from './store.js';

export interface PageStamps {
  /** The pages of the last run, to hand to `readInputPages`: a page kept there was not read. */
  memo: ReadMemo;
  /** The key of every page the memo holds or `readInputPages` read. */
  keyOf(page: InputPage): string;
  /**
   * Saves the stamps of `pages` (those read in this run) unless they are the stamps loaded: the memo's
   * (which `readInputPages` trusts next time), else the loaded one, which no longer matches the page
   * (a page changed a moment ago is read again next time either way; keeping its old stamp spares a write).
   */
  save(pages: readonly InputPage[]): void;
}

/** [stamp, key] of each page by path. */
type StoredStamps = Record<string, [string, string]>;

/** The stamps another generator version saved are not read: how a key is made may have changed. */
export function openPageStamps(store: CacheStore, inputFolder: string, fingerprint: string): PageStamps {
  const name = cacheFileName('inputs', inputFolder);
  const stored = store.read(name) as { fingerprint?: string; stamps?: StoredStamps } | undefined;
  const loaded = stored?.fingerprint === fingerprint && typeof stored.stamps === 'object' && stored.stamps !== null ? stored.stamps : {};
  const keys = new WeakMap<InputPage, string>();
  const memo: ReadMemo = { pages: new Map() };
  for (const [file, entry] of Object.entries(loaded)) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') continue;
    const [stamp, key] = entry;
    const page = lazily({ file } as InputPage, 'text', () => textWithKey(inputFolder, file, key));
    keys.set(page, key);
    memo.pages.set(file, { stamp, page });
  }
  const keyOf = (page: InputPage) => rememberedPageKey(keys, page);
  return {
    memo,
    keyOf,
    save(pages) {
      const stamps: StoredStamps = {};
      for (const { file } of pages) {
        const known = memo.pages.get(file);
        const entry = known === undefined ? loaded[file] : [known.stamp, keyOf(known.page)] satisfies [string, string];
        if (entry !== undefined) stamps[file] = entry;
      }
      if (!sameStamps(loaded, stamps)) store.write(name, { fingerprint, stamps });
    },
  };
}

/** A page's text read after its stamp said it was unchanged: it must still be what its key says. */
function textWithKey(inputFolder: string, file: string, key: string): string {
  const text = readFileSync(pathIn(inputFolder, file), 'utf8');
  if (pageKey({ file, text }) !== key) throw new Error(`graph-docs-typegen: the page ${file} changed during the run; run again`);
  return text;
}

function sameStamps(a: StoredStamps, b: StoredStamps): boolean {
  const files = Object.keys(b);
  return files.length === Object.keys(a).length && files.every((file) => a[file]?.[0] === b[file]?.[0] && a[file]?.[1] === b[file]?.[1]);
}
