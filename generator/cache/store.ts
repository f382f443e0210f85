// The cache folder: JSON files written atomically (a temporary file renamed
// into place), read leniently (a missing, truncated or foreign file is a
// miss). Deleting the folder at any time only makes the next run slower.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheFormat, hashText } from './fingerprint.js';

export interface CacheStore {
  folder: string;
  read(name: string): unknown;
  write(name: string, value: unknown): void;
}

export function openCacheStore(cacheDir: string): CacheStore {
  const folder = join(cacheDir, `v${cacheFormat}`);
  return {
    folder,
    read: (name) => readJson(join(folder, name)),
    write: (name, value) => writeJsonAtomically(join(folder, name), value),
  };
}

/** A file name for a set of things, e.g. the pages of one input folder. */
export function cacheFileName(kind: string, ...identity: string[]): string {
  return `${kind}-${hashText(...identity).slice(0, 24)}.json`;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function writeJsonAtomically(path: string, value: unknown): void {
  const temporary = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, path);
  } catch {
    // The cache is an optimisation: a read-only or full disk must not fail the run.
    rmSync(temporary, { force: true });
  }
}
