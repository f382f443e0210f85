// The cache folder: JSON files written atomically (a temporary file renamed
// into place), read leniently (a missing, truncated or foreign file is a
// miss). Deleting the folder at any time only makes the next run slower.
// The files are pure ASCII (other characters escaped), as V8 reads an ASCII
// file of megabytes as Latin-1 in a few milliseconds but decodes UTF-8 into a
// string twice the size at 5-10 ms a megabyte.
import { isAscii } from 'node:buffer';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheFormat, hashText } from './fingerprint.js';

export interface CacheStore {
  folder: string;
  read(name: string): unknown;
  write(name: string, value: unknown): void;
  /** The leading string members of a pack (its fingerprint, say), read without reading the rest; undefined when it is missing. */
  readHeader(name: string): Record<string, string> | undefined;
}

/** The folder of this cache format's files in `cacheDir`. */
export function cacheFolder(cacheDir: string): string {
  return join(cacheDir, `v${cacheFormat}`);
}

export function openCacheStore(cacheDir: string): CacheStore {
  const folder = cacheFolder(cacheDir);
  // The folders of older cache formats are never read again.
  for (let format = 1; format < cacheFormat; format += 1) rmSync(join(cacheDir, `v${format}`), { recursive: true, force: true });
  return {
    folder,
    read: (name) => readJson(join(folder, name)),
    write: (name, value) => writeJsonAtomically(join(folder, name), value),
    readHeader: (name) => readHeader(join(folder, name)),
  };
}

/** Header members are hashes and names: this many bytes hold them. */
const headerBytes = 1024;
const headerMember = /^[{,]"([A-Za-z]+)":"([^"\\]*)"/;

function readHeader(path: string): Record<string, string> | undefined {
  let text: string;
  try {
    const file = openSync(path, 'r');
    try {
      const bytes = Buffer.alloc(headerBytes);
      text = bytes.toString('latin1', 0, readSync(file, bytes, 0, headerBytes, 0));
    } finally {
      closeSync(file);
    }
  } catch {
    return undefined;
  }
  return headerOf(text);
}

/** The string members at the start of a JSON object's text, up to the first member that is not a string. */
function headerOf(text: string): Record<string, string> {
  const header: Record<string, string> = {};
  for (let rest = text, member = headerMember.exec(rest); member !== null; member = headerMember.exec(rest)) {
    header[member[1] as string] = member[2] as string;
    rest = rest.slice(member[0].length);
  }
  return header;
}

/** A file name for a set of things, e.g. the pages of one input folder. */
export function cacheFileName(kind: string, ...identity: string[]): string {
  return `${kind}-${hashText(...identity).slice(0, 24)}.json`;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(asciiOrUtf8(readFileSync(path)));
  } catch {
    return undefined;
  }
}

/** The text of `bytes`: read as Latin-1 when all are ASCII (the same text, read fast), else as UTF-8. */
function asciiOrUtf8(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

const beyondAscii = /[\u0080-\uffff]/g;

/** `json` with every character beyond ASCII written as its `\\uXXXX` escape, which JSON reads back as the same character. */
export function escapeBeyondAscii(json: string): string {
  return json.replace(beyondAscii, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
 * The JSON text of `value`, as `JSON.stringify` writes it but in ASCII, written in pieces of about a megabyte:
 * a pack (every page's model, every module's text) never becomes one string of its whole size,
 * which at four times the corpus would cost hundreds of megabytes at once.
 */
export function writeJsonInPieces(file: number, value: unknown): void {
  let pending: string[] = [];
  let size = 0;
  const put = (text: string) => {
    // Escaped piece by piece, and only pieces that need it: a regular expression over a megabyte that holds one such character is slow.
    pending.push(Buffer.byteLength(text, 'utf8') === text.length ? text : escapeBeyondAscii(text));
    size += text.length;
    if (size >= flushAt) flush();
  };
  const flush = () => {
    writeSync(file, pending.join(''), null, 'latin1');
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
