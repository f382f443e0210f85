// What the last run of one input/output/options combination produced: the
// run's result under a key of everything it depends on (a run with the same
// key returns it without parsing, resolving or printing), the printed text of
// every module by module key (a changed run prints only new keys), and the
// stamps of the files written (a run skips reading files unchanged since).
import type { ApiModel, Diagnostic } from '../model/types.js';
import type { FileStamp } from '../write/changed-files.js';
import { type CacheStore, cacheFileName } from './store.js';

export interface RunRecord {
  key: string;
  pageCount: number;
  model: ApiModel;
  diagnostics: Diagnostic[];
  /** [path, module key] of every file. */
  files: [string, string][];
}

interface RunPack {
  fingerprint: string;
  run?: RunRecord;
  modules: Record<string, string>;
}

export interface RunCache {
  /** The last run's record when its key is `key`. */
  lastRun(key: string): RunRecord | undefined;
  modules(): Map<string, string>;
  save(run: RunRecord, modules: ReadonlyMap<string, string>): void;
  stamps(): Record<string, FileStamp>;
  saveStamps(stamps: Record<string, FileStamp>): void;
}

export function openRunCache(store: CacheStore, identity: readonly string[], output: string, fingerprint: string): RunCache {
  const name = cacheFileName('run', ...identity);
  const stampsName = cacheFileName('stamps', output);
  let pack: RunPack | undefined;
  const load = (): RunPack => {
    if (pack === undefined) {
      const stored = store.read(name) as RunPack | undefined;
      pack = stored?.fingerprint === fingerprint && typeof stored.modules === 'object' ? stored : { fingerprint, modules: {} };
    }
    return pack;
  };
  return {
    lastRun: (key) => (load().run?.key === key ? load().run : undefined),
    modules: () => new Map(Object.entries(load().modules)),
    save(run, modules) {
      store.write(name, { fingerprint, run, modules: Object.fromEntries(modules) } satisfies RunPack);
    },
    stamps: () => {
      const stored = store.read(stampsName) as { fingerprint?: string; stamps?: Record<string, FileStamp> } | undefined;
      return stored?.fingerprint === fingerprint && typeof stored.stamps === 'object' ? stored.stamps : {};
    },
    saveStamps: (stamps) => store.write(stampsName, { fingerprint, stamps }),
  };
}
