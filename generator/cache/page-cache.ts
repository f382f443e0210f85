// Parsed pages by content: a page's PageModel is reused while the page's path
// and bytes and the generator are the same. One pack file per input folder
// holds the entries of its last run, so the cache never grows stale entries.
import type { PageModel } from '../model/types.js';
import type { InputPage } from '../read/input-files.js';
import { hashText } from './fingerprint.js';
import { type CacheStore, cacheFileName } from './store.js';

interface PagePack {
  fingerprint: string;
  pages: Record<string, PageModel>;
}

/** A page's key: its path and bytes (the pack is the generator's: see `fingerprint`). */
export function pageKey(page: InputPage): string {
  return hashText(page.file, page.text);
}

export interface PageCache {
  /** The cached model of each page (by `pageKey`), or undefined. */
  lookUp(keys: readonly string[]): (PageModel | undefined)[];
  /** Keeps exactly these pages' models for the next run. */
  save(keys: readonly string[], models: readonly PageModel[]): void;
}

export function openPageCache(store: CacheStore, inputFolder: string, fingerprint: string): PageCache {
  const name = cacheFileName('pages', inputFolder);
  const pack = store.read(name) as PagePack | undefined;
  const cached = pack?.fingerprint === fingerprint && typeof pack.pages === 'object' ? pack.pages : {};
  return {
    lookUp: (keys) => keys.map((key) => (Object.hasOwn(cached, key) ? cached[key] : undefined)),
    save(keys, models) {
      const unchanged = keys.length === Object.keys(cached).length && keys.every((key) => Object.hasOwn(cached, key));
      if (unchanged) return;
      const entries: Record<string, PageModel> = {};
      keys.forEach((key, index) => { entries[key] = models[index] as PageModel; });
      store.write(name, { fingerprint, pages: entries } satisfies PagePack);
    },
  };
}
