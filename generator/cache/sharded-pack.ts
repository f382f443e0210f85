// Content-addressed entries (a key always stands for the same value: parsed
// pages by page content, module texts by module key) kept in sixteen files by
// the key's first hex digit, so that a run that changes a few entries rewrites
// the few files that hold them: one edited page rewrites a sixteenth of the
// page pack, not all of its 12 MB. Each file names its set of keys in its
// first bytes, so a run record can tell whether the files are still the ones
// it was written with without reading them.
import { createHash } from 'node:crypto';
import type { CacheStore } from './store.js';

export const shardCount = 16;

interface Shard<V> {
  fingerprint: string;
  /** The identity of the shard's set of keys (`keySetIdentity`). */
  keys: string;
  entries: Record<string, V>;
}

export interface ShardedPack<V> {
  /** Every entry of the pack (its shards are read when first asked). */
  entries(): Map<string, V>;
  /**
   * Keeps exactly `entries` for the next run: writes the shards whose set of
   * keys changed. Gives the identity of every shard's set of keys.
   */
  save(entries: ReadonlyMap<string, V>): string[];
  /** Whether every shard on disk has the identity given (as `save` gave them). */
  holds(identities: readonly string[]): boolean;
}

/** The shard of a key: its first hex digit. */
export function shardOf(key: string): number {
  const digit = Number.parseInt(key.charAt(0), 16);
  return Number.isNaN(digit) ? 0 : digit;
}

/** `name(shard)` names the file of each shard. */
export function openShardedPack<V>(store: CacheStore, name: (shard: number) => string, fingerprint: string): ShardedPack<V> {
  let loaded: Map<string, V> | undefined;
  const shards = Array.from({ length: shardCount }, (_, shard) => shard);
  const identityOnDisk = (shard: number) => {
    const header = store.readHeader(name(shard));
    return header?.['fingerprint'] === fingerprint ? header['keys'] : undefined;
  };
  return {
    entries() {
      if (loaded === undefined) {
        loaded = new Map();
        for (const shard of shards) {
          const stored = store.read(name(shard)) as Shard<V> | undefined;
          if (stored?.fingerprint !== fingerprint || typeof stored.entries !== 'object') continue;
          for (const [key, value] of Object.entries(stored.entries)) loaded.set(key, value);
        }
      }
      return loaded;
    },
    save(entries) {
      const byShard = shards.map((): [string, V][] => []);
      for (const entry of entries) byShard[shardOf(entry[0])]?.push(entry);
      return byShard.map((shardEntries, shard) => {
        const keys = keySetIdentity(shardEntries.map(([key]) => key));
        if (identityOnDisk(shard) !== keys) {
          store.write(name(shard), { fingerprint, keys, entries: Object.fromEntries(shardEntries) } satisfies Shard<V>);
        }
        return keys;
      });
    },
    holds: (identities) => identities.length === shardCount && shards.every((shard) => identityOnDisk(shard) === identities[shard]),
  };
}

/** A hash of a set of keys, whatever their order. */
function keySetIdentity(keys: readonly string[]): string {
  const hash = createHash('sha256');
  for (const key of [...keys].sort()) hash.update(key).update('\n');
  return hash.digest('hex').slice(0, 32);
}
