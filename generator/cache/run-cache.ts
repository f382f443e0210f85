// What the last run of one input/output/options combination produced: the
// run's result under a key of everything it depends on (a run with the same
// key returns it without parsing, resolving or printing; its model, when
// asked for, is resolved again from the page pack it names), the printed text of
// every module by module key (a changed run prints only new keys), and the
// stamps of the files written (a run skips reading files unchanged since).
import type { ModuleMemo } from '../emit/files-from-plan.js';
import type { Diagnostic } from '../model/types.js';
import type { FileStamp } from '../write/changed-files.js';
import { openShardedPack } from './sharded-pack.js';
import { type CacheStore, cacheFileName } from './store.js';

export interface RunRecord {
  key: string;
  pageCount: number;
  diagnostics: Diagnostic[];
  /** Resources and enums of the model, counted (the model itself is a pack of its own). */
  counts: ModelCounts;
  /** [path, module key, content hash of its text] of every file. */
  files: [string, string, string][];
  /** The identities of the module text shards written with the record (sharded-pack.ts). */
  moduleShards: string[];
  /** The identities of the page pack's shards the run's model was resolved from. */
  pageShards: string[];
}

export interface ModelCounts {
  resources: number;
  enums: number;
}

interface RunPack {
  fingerprint: string;
  run?: RunRecord;
}

export interface RunCache {
  /** The last run's record when its key is `key` and the module texts written with it are still there. */
  lastRun(key: string): RunRecord | undefined;
  /** Module texts by module key: the last run's (each read when first asked), and those set in this run. */
  modules(): CachedModules;
  /** The last run's text of one module (reads only the shard that holds it). */
  moduleText(key: string): string | undefined;
  /**
   * Saves the record (its `moduleShards` are filled in here) and the texts of its files' modules, after the
   * page pack it names; `textOf` is asked only for modules in shards that change.
   */
  save(run: Omit<RunRecord, 'moduleShards'>, textOf: (moduleKey: string) => string): void;
  stamps(): Record<string, FileStamp>;
  /** Saves the stamps of the files as written, unless they are the stamps read. */
  saveStamps(stamps: Record<string, FileStamp>): void;
}

/** Module texts by module key, as a print memo. */
export interface CachedModules extends ModuleMemo {
  /** The content hash of a module's text, when the last run's record has it (its text is then not read to hash it). */
  knownHash(key: string): string | undefined;
}

/**
 * The run record and the module texts (in shards) are apart, each read only
 * when needed: a run that changes nothing reads the record alone (the texts
 * are most of the bytes), and a session's first run builds anyway and needs
 * the texts alone. A record whose texts are not the ones written with it (a
 * run killed between the writes, a shard deleted) is no hit: each shard of
 * texts names the identity of its set of keys in its first bytes, and the
 * record lists them. No model is kept: a run that finds its result here and
 * is asked for the model resolves it again from the page pack the record
 * names, which spares every run that builds writing the model (7 MB at the
 * corpus' size).
 */
export function openRunCache(store: CacheStore, identity: readonly string[], output: string, fingerprint: string): RunCache {
  const runName = cacheFileName('run', ...identity);
  const modules = openShardedPack<string>(store, (shard) => cacheFileName(`modules-${shard.toString(16)}`, ...identity), fingerprint);
  const stampsName = cacheFileName('stamps', output);
  let runPack: RunPack | undefined;
  let readStamps: Record<string, FileStamp> | undefined;
  const loadRun = (): RunPack => {
    if (runPack === undefined) {
      const stored = store.read(runName) as RunPack | undefined;
      runPack = stored?.fingerprint === fingerprint && typeof stored.run === 'object' ? stored : { fingerprint };
    }
    return runPack;
  };
  return {
    lastRun(key) {
      const run = loadRun().run;
      return run?.key === key && Array.isArray(run.moduleShards) && modules.holds(run.moduleShards) ? run : undefined;
    },
    modules() {
      const run = loadRun().run;
      // The record lists the keys its shards hold; shards it was not written with are read whole.
      const listed = run !== undefined && Array.isArray(run.moduleShards) && modules.holds(run.moduleShards);
      const known = new Map(listed ? run.files.map(([, key, hash]) => [key, hash]) : []);
      const printed = listed ? new Map<string, string>() : modules.entries();
      return {
        has: (key) => printed.has(key) || known.has(key),
        get: (key) => printed.get(key) ?? (known.has(key) ? modules.get(key) : undefined),
        set: (key, text) => void printed.set(key, text),
        knownHash: (key) => known.get(key),
      };
    },
    moduleText: (key) => modules.get(key),
    save(run, textOf) {
      const moduleShards = modules.save([...new Set(run.files.map(([, key]) => key))], textOf);
      store.write(runName, { fingerprint, run: { ...run, moduleShards } } satisfies RunPack);
    },
    stamps: () => {
      const stored = store.read(stampsName) as { fingerprint?: string; stamps?: Record<string, FileStamp> } | undefined;
      readStamps = stored?.fingerprint === fingerprint && typeof stored.stamps === 'object' ? stored.stamps : {};
      return readStamps;
    },
    saveStamps: (stamps) => {
      if (readStamps !== undefined && sameStamps(readStamps, stamps)) return;
      store.write(stampsName, { fingerprint, stamps });
    },
  };
}

function sameStamps(a: Record<string, FileStamp>, b: Record<string, FileStamp>): boolean {
  const paths = Object.keys(a);
  if (paths.length !== Object.keys(b).length) return false;
  return paths.every((path) => {
    const [x, y] = [a[path], b[path]];
    return x !== undefined && y !== undefined && x[0] === y[0] && x[1] === y[1] && x[2] === y[2];
  });
}
