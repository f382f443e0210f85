// Parsed pages by content: a page's PageModel is reused while the page's path
// and bytes and the generator are the same. One pack per input folder (in
// shards: sharded-pack.ts) holds the entries of its last run, so the cache
// never grows stale entries.
import type { PageModel } from '../model/types.js';
import type { InputPage } from '../read/input-files.js';
import { hashText } from './fingerprint.js';
import { openShardedPack, shardCount } from './sharded-pack.js';
import { type CacheStore, cacheFileName } from './store.js';

/** A page's key: its path and bytes (the pack is the generator's: see `fingerprint`). */
export function pageKey(page: InputPage): string {
  return hashText(page.file, page.text);
}

/** A page's key, worked out once per page object (a session's unchanged pages, and pages the command left unread, are the same objects). */
export function rememberedPageKey(keys: WeakMap<InputPage, string>, page: InputPage): string {
  let key = keys.get(page);
  if (key === undefined) {
    key = pageKey(page);
    keys.set(page, key);
  }
  return key;
}

export interface PageCache {
  /** The cached model of each page (by `pageKey`), or undefined. */
  lookUp(keys: readonly string[]): (PageModel | undefined)[];
  /** Keeps exactly these pages' models for the next run; gives the identities of the pack's shards (`holds` takes them). */
  save(keys: readonly string[], models: readonly PageModel[]): string[];
  /** Whether the pack on disk is still the one whose shard identities `save` gave. */
  holds(identities: readonly string[]): boolean;
}

/** The file of each shard of `inputFolder`'s page pack. */
export function pagePackFiles(inputFolder: string): string[] {
  return Array.from({ length: shardCount }, (_, shard) => pageShardFile(inputFolder, shard));
}

function pageShardFile(inputFolder: string, shard: number): string {
  return cacheFileName(`pages-${shard.toString(16)}`, inputFolder);
}

export function openPageCache(store: CacheStore, inputFolder: string, fingerprint: string): PageCache {
  const pack = openShardedPack<PageModel>(store, (shard) => pageShardFile(inputFolder, shard), fingerprint);
  return {
    lookUp: (keys) => keys.map((key) => pack.get(key)),
    save(keys, models) {
      const byKey = new Map(keys.map((key, index) => [key, models[index] as PageModel]));
      return pack.save([...byKey.keys()], (key) => byKey.get(key) as PageModel);
    },
    holds: (identities) => pack.holds(identities),
  };
}
