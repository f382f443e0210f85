// A sharded pack rewrites only the shards whose keys changed, reads back what
// it saved, and tells whether the shards on disk are the ones it saved.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openShardedPack, shardCount, shardOf } from '../../generator/cache/sharded-pack.js';
import { type CacheStore, openCacheStore } from '../../generator/cache/store.js';

/** A store in a new folder that notes the names it writes. */
function recordingStore(writes: string[]): CacheStore {
  const store = openCacheStore(mkdtempSync(join(tmpdir(), 'typegen-shards-')));
  return { ...store, write: (name, value) => {
    writes.push(name);
    store.write(name, value);
  } };
}

const name = (shard: number) => `pack-${shard.toString(16)}.json`;
const entries = (keys: readonly string[]) => new Map(keys.map((key) => [key, `value of ${key}`]));
const valueOf = (key: string) => `value of ${key}`;

describe('a sharded pack', () => {
  it('puts a key in the shard of its first hex digit', () => {
    expect(shardOf('0abc')).toBe(0);
    expect(shardOf('f123')).toBe(15);
    expect(shardOf('A9')).toBe(10);
    expect(shardOf('zz')).toBe(0);
  });

  it('reads back what it saved, and writes again only the shards whose keys changed', () => {
    const writes: string[] = [];
    const store = recordingStore(writes);
    const keys = ['0a', '0b', '1c', '5d', 'fe'];
    const first = openShardedPack<string>(store, name, 'print-1').save(keys, valueOf);
    expect(first).toHaveLength(shardCount);
    expect(writes).toHaveLength(shardCount);
    expect(openShardedPack<string>(store, name, 'print-1').entries()).toEqual(entries(keys));

    writes.length = 0;
    const second = openShardedPack<string>(store, name, 'print-1').save(['0a', '0b', '1c', '5e', 'fe'], valueOf);
    expect(writes).toEqual([name(5)]);
    expect(second.filter((identity, shard) => identity !== first[shard])).toHaveLength(1);
    expect(openShardedPack<string>(store, name, 'print-1').holds(second)).toBe(true);
    expect(openShardedPack<string>(store, name, 'print-1').holds(first)).toBe(false);

    writes.length = 0;
    openShardedPack<string>(store, name, 'print-1').save(['0a', '0b', '1c', '5e', 'fe'], valueOf);
    expect(writes).toEqual([]);
  });

  it('asks for the values of the shards it writes alone', () => {
    const store = recordingStore([]);
    openShardedPack<string>(store, name, 'print-1').save(['0a', '1b', '1c'], valueOf);
    const asked: string[] = [];
    openShardedPack<string>(store, name, 'print-1').save(['0a', '1b', '1d'], (key) => {
      asked.push(key);
      return valueOf(key);
    });
    expect(asked).toEqual(['1b', '1d']);
    expect(openShardedPack<string>(store, name, 'print-1').entries()).toEqual(entries(['0a', '1b', '1d']));
  });

  it('is not read, nor trusted, by another generator', () => {
    const writes: string[] = [];
    const store = recordingStore(writes);
    const identities = openShardedPack<string>(store, name, 'print-1').save(['0a', '1b'], valueOf);
    const other = openShardedPack<string>(store, name, 'print-2');
    expect(other.entries().size).toBe(0);
    expect(other.holds(identities)).toBe(false);
  });

  it('no longer holds its identities when a shard is deleted', () => {
    const store = recordingStore([]);
    const identities = openShardedPack<string>(store, name, 'print-1').save(['0a', '1b'], valueOf);
    rmSync(join(store.folder, readdirSync(store.folder).find((file) => file === name(1)) as string));
    expect(openShardedPack<string>(store, name, 'print-1').holds(identities)).toBe(false);
    expect(openShardedPack<string>(store, name, 'print-1').entries()).toEqual(entries(['0a']));
  });
});
