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
  /** The entry of `key`, if the pack holds it (its shard is read when first asked). */
  get(key: string): V | undefined;
  /** Every entry of the pack. */
  entries(): Map<string, V>;
  /**
   * Keeps exactly the entries of `keys` for the next run: writes the shards
   * whose set of keys changed, asking `valueOf` for their values alone (a run
   * that printed one module reads no other shard's texts). Gives the identity
   * of every shard's set of keys.
   */
  save(keys: readonly string[], valueOf: (key: string) => V): string[];
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
  const loaded: (Record<string, V> | undefined)[] = new Array(shardCount);
  /** The identity of each shard read, as its file gave it. */
  const loadedIdentity: (string | undefined)[] = new Array(shardCount);
  const shards = Array.from({ length: shardCount }, (_, shard) => shard);
  const entriesOf = (shard: number): Record<string, V> => {
    let entries = loaded[shard];
    if (entries === undefined) {
      const stored = store.read(name(shard)) as Shard<V> | undefined;
      const usable = stored?.fingerprint === fingerprint && typeof stored.entries === 'object';
      entries = usable ? stored.entries : {};
      loaded[shard] = entries;
      if (usable) loadedIdentity[shard] = stored.keys;
    }
    return entries;
  };
  const identityOnDisk = (shard: number) => {
    const header = store.readHeader(name(shard));
    return header?.['fingerprint'] === fingerprint ? header['keys'] : undefined;
  };
  return {
    get(key) {
      const entries = entriesOf(shardOf(key));
      return Object.hasOwn(entries, key) ? entries[key] : undefined;
    },
    entries: () => new Map(shards.flatMap((shard) => Object.entries(entriesOf(shard)))),
    save(keys, valueOf) {
      const byShard = shards.map((): string[] => []);
      for (const key of keys) byShard[shardOf(key)]?.push(key);
      return byShard.map((shardKeys, shard) => {
        // A shard read in this run with these very keys keeps its identity (working it out again costs more).
        const readIdentity = loadedIdentity[shard];
        const identity = readIdentity !== undefined && sameKeys(loaded[shard] ?? {}, shardKeys) ? readIdentity : keySetIdentity(shardKeys);
        if (identityOnDisk(shard) !== identity) {
          const entries = Object.fromEntries(shardKeys.map((key) => [key, valueOf(key)]));
          store.write(name(shard), { fingerprint, keys: identity, entries } satisfies Shard<V>);
        }
        return identity;
      });
    },
    holds: (identities) => identities.length === shardCount && shards.every((shard) => identityOnDisk(shard) === identities[shard]),
  };
}

/** Whether `entries` has exactly `keys`. */
function sameKeys(entries: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(entries).length === keys.length && keys.every((key) => Object.hasOwn(entries, key));
}

/**
 * The identity of a set of keys, whatever their order: their number and the
 * XOR of their first 128 bits. The keys are hashes, so two sets that differ
 * have the same identity only by a 2^-128 chance; no sorting, no hashing.
 */
function keySetIdentity(keys: readonly string[]): string {
  const xor = new Uint32Array(4);
  for (const key of keys) {
    const hex = hexKey.test(key) ? key : createHash('sha256').update(key).digest('hex');
    for (let word = 0; word < 4; word += 1) xor[word] = (xor[word] as number) ^ hexWord(hex, word * 8);
  }
  return `${keys.length}-${[...xor].map((word) => word.toString(16).padStart(8, '0')).join('')}`;
}

/** A key that is a hash already (a key that is not is hashed first). */
const hexKey = /^[0-9a-f]{32}/i;

/** The 32 bits of the eight hex digits at `start`, read without slicing the key. */
function hexWord(hex: string, start: number): number {
  let word = 0;
  for (let index = start; index < start + 8; index += 1) {
    const code = hex.charCodeAt(index) | 0x20; // lower case
    word = (word << 4) | (code <= 0x39 ? code - 0x30 : code - 0x57);
  }
  return word >>> 0;
}
