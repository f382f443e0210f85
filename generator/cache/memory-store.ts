// The cache of a long-lived process (a watch mode, a session): what was read
// or written stays in memory, so a run after a one-page edit reads no pack
// from disk; writes reach the disk after the run returns (coalesced), since
// the cache is only an optimisation. Values are frozen: a run that tried to
// change a cached PageModel or model would throw instead of corrupting the
// next run.
import type { CacheStore } from './store.js';

export function memoryStore(disk: CacheStore | undefined): CacheStore {
  const memory = new Map<string, unknown>();
  const pending = new Map<string, unknown>();
  const flush = () => {
    for (const [name, value] of pending) disk?.write(name, value);
    pending.clear();
  };
  return {
    folder: disk?.folder ?? '',
    read(name) {
      if (!memory.has(name)) memory.set(name, deepFreeze(disk?.read(name)));
      return memory.get(name);
    },
    readHeader(name) {
      if (!memory.has(name)) return disk?.readHeader(name);
      const value = memory.get(name);
      if (typeof value !== 'object' || value === null) return undefined;
      const header: Record<string, string> = {};
      for (const [key, member] of Object.entries(value)) {
        if (typeof member !== 'string') break;
        header[key] = member;
      }
      return header;
    },
    write(name, value) {
      memory.set(name, deepFreeze(value));
      if (pending.size === 0 && disk !== undefined) setImmediate(flush);
      pending.set(name, value);
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
