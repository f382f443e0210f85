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
}

interface ModulesPack {
  fingerprint: string;
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

/**
 * The run record and the module texts are two files, read only when asked: a
 * session's first run builds anyway and needs the texts alone, not the last
 * model (at 4x the corpus ~45 MB of JSON). A record whose module texts are
 * missing (a run killed between the two writes) is no hit: every module key it
 * lists must have its text.
 */
export function openRunCache(store: CacheStore, identity: readonly string[], output: string, fingerprint: string): RunCache {
  const runName = cacheFileName('run', ...identity);
  const modulesName = cacheFileName('modules', ...identity);
  const stampsName = cacheFileName('stamps', output);
  let runPack: RunPack | undefined;
  let modulesPack: ModulesPack | undefined;
  const loadRun = (): RunPack => {
    if (runPack === undefined) {
      const stored = store.read(runName) as RunPack | undefined;
      runPack = stored?.fingerprint === fingerprint && typeof stored.run === 'object' ? stored : { fingerprint };
    }
    return runPack;
  };
  const loadModules = (): ModulesPack => {
    if (modulesPack === undefined) {
      const stored = store.read(modulesName) as ModulesPack | undefined;
      modulesPack = stored?.fingerprint === fingerprint && typeof stored.modules === 'object' ? stored : { fingerprint, modules: {} };
    }
    return modulesPack;
  };
  return {
    lastRun: (key) => (loadRun().run?.key === key ? loadRun().run : undefined),
    modules: () => new Map(Object.entries(loadModules().modules)),
    save(run, modules) {
      store.write(modulesName, { fingerprint, modules: Object.fromEntries(modules) } satisfies ModulesPack);
      store.write(runName, { fingerprint, run } satisfies RunPack);
    },
    stamps: () => {
      const stored = store.read(stampsName) as { fingerprint?: string; stamps?: Record<string, FileStamp> } | undefined;
      return stored?.fingerprint === fingerprint && typeof stored.stamps === 'object' ? stored.stamps : {};
    },
    saveStamps: (stamps) => store.write(stampsName, { fingerprint, stamps }),
  };
}
