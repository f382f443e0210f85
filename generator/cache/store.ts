// The cache folder: JSON files written atomically (a temporary file renamed
// into place), read leniently (a missing, truncated or foreign file is a
// miss). Deleting the folder at any time only makes the next run slower.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
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
    const file = openSync(temporary, 'w');
    try {
      writeJsonInPieces(file, value);
    } finally {
      closeSync(file);
    }
    renameSync(temporary, path);
  } catch {
    // The cache is an optimisation: a read-only or full disk must not fail the run.
    rmSync(temporary, { force: true });
  }
}

/** Objects and arrays this deep are written member by member; deeper values whole. */
const piecewiseDepth = 3;
const flushAt = 1 << 20;

/**
 * The JSON text of `value`, as `JSON.stringify` writes it, written in pieces of about a megabyte:
 * a pack (every page's model, every module's text) never becomes one string of its whole size,
 * which at four times the corpus would cost hundreds of megabytes at once.
 */
export function writeJsonInPieces(file: number, value: unknown): void {
  let pending: string[] = [];
  let size = 0;
  const put = (text: string) => {
    pending.push(text);
    size += text.length;
    if (size >= flushAt) flush();
  };
  const flush = () => {
    writeSync(file, pending.join(''));
    pending = [];
    size = 0;
  };
  const write = (item: unknown, depth: number): void => {
    if (depth >= piecewiseDepth || item === null || typeof item !== 'object' || 'toJSON' in item) {
      put(JSON.stringify(item) ?? 'null');
      return;
    }
    if (Array.isArray(item)) {
      put('[');
      item.forEach((element, index) => {
        if (index > 0) put(',');
        write(element, depth + 1);
      });
      put(']');
      return;
    }
    put('{');
    let first = true;
    for (const [key, member] of Object.entries(item)) {
      // As JSON.stringify: members that have no JSON form are left out.
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
      put(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      write(member, depth + 1);
    }
    put('}');
  };
  write(value, 0);
  flush();
}
