// Writes only the files whose bytes change, and removes generated files that
// are no longer wanted, with the guarantees of a whole-folder swap:
//   1. every changed file is first written whole to a temporary name beside
//      its target (`.Name.ts.tmp-<pid>`), which no TypeScript tooling picks up;
//   2. a journal listing the renames and removals is written atomically
//      (`.graph-docs-typegen-journal.json` in the output folder);
//   3. the renames and removals are applied and the journal removed.
// A run interrupted before step 2 leaves the old output untouched (plus
// temporary files the next run deletes); one interrupted after it is
// completed by the next run before anything else. An output folder that holds
// no generated file yet is written whole beside it and renamed into place.
// Files the generator did not write are never touched: the caller refuses
// such folders first.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { GeneratedFile } from '../emit/files-from-plan.js';

export const journalName = '.graph-docs-typegen-journal.json';
const temporaryPattern = /^\..+\.tmp-\d+$/;

interface Journal {
  renames: [string, string][];
  removals: string[];
}

/** Size, modification time and content hash of a file as last written; lets a run skip reading it. */
export type FileStamp = [size: number, mtimeMs: number, hash: string];

export interface WriteOutcome {
  written: number;
  removed: number;
  /** Stamps of every wanted file as it is now on disk. */
  stamps: Record<string, FileStamp>;
}

/** Whether a file in the output folder is the generator's own bookkeeping (journal, temporary file). */
export function isBookkeeping(path: string): boolean {
  const name = basename(path);
  return name === journalName || temporaryPattern.test(name);
}

/**
 * `stamps` are the files as last written; `unchanged` the stamped files already
 * checked against their stamp in this run (by the folder's safety check, after
 * `applyJournal` completed any interrupted run).
 */
export function writeChangedFiles(
  output: string, files: readonly GeneratedFile[], present: readonly string[],
  stamps: Record<string, FileStamp>, unchanged: ReadonlySet<string>, hashOf: (file: GeneratedFile) => string, staged?: StagedFiles,
): WriteOutcome {
  const existing = new Set(present);
  const folders = new Set<string>();
  if (isFreshFolder(present)) {
    writeFreshFolder(output, files, folders, staged);
    return { written: files.length, removed: 0, stamps: Object.fromEntries(files.map((file) => [file.path, stampOf(output, file.path, hashOf(file))])) };
  }
  const wanted = new Set(files.map((file) => file.path));
  const newStamps: Record<string, FileStamp> = {};
  const changed: GeneratedFile[] = [];
  for (const file of files) {
    const hash = hashOf(file);
    const stamp = stamps[file.path];
    const asStamped = stamp !== undefined && stamp[2] === hash && (unchanged.has(file.path) || matchesStamp(join(output, file.path), stamp));
    if (asStamped) newStamps[file.path] = stamp;
    else if (!hasText(output, file, existing)) changed.push(file);
  }
  const removals = present.filter((path) => !wanted.has(path) && !isBookkeeping(path));
  for (const path of present.filter(isBookkeeping)) rmSync(join(output, path), { force: true });
  if (changed.length > 0 || removals.length > 0) {
    const journal: Journal = { renames: changed.map((file) => [stage(output, file, folders), file.path]), removals };
    writeFileSync(join(output, `${journalName}.tmp-${process.pid}`), JSON.stringify(journal));
    renameSync(join(output, `${journalName}.tmp-${process.pid}`), join(output, journalName));
    applyJournal(output);
  }
  for (const file of files) newStamps[file.path] ??= stampOf(output, file.path, hashOf(file));
  return { written: changed.length, removed: removals.length, stamps: newStamps };
}

/** Whether an output folder holds no generated file yet (so it is written whole, beside it). */
export function isFreshFolder(present: readonly string[]): boolean {
  return present.every(isBookkeeping);
}

/** Files already written into the staging folder of a fresh output folder, while they were printed. */
export interface StagedFiles {
  folder: string;
  paths: ReadonlySet<string>;
}

/** The staging folder of a fresh output folder, empty, for files written as they are printed. */
export function startStaging(output: string): string {
  mkdirSync(dirname(output), { recursive: true });
  clearStaleStaging(output);
  const staging = stagingFolder(output);
  mkdirSync(staging, { recursive: true });
  return staging;
}

function stagingFolder(output: string): string {
  return join(dirname(output), `.${basename(output)}.tmp-${process.pid}`);
}

/** Writes one file into a staging folder (a print thread does, right after printing it). */
export function stageFile(staging: string, path: string, text: string): void {
  const target = join(staging, path);
  // Its folder is there for all but the first file of each: written first, made only when missing.
  try {
    writeFileSync(target, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

/**
 * An output folder with no generated file yet is written whole beside it and
 * renamed into place: one rename, and nothing half-written is ever visible.
 * Files staged while they were printed are not written again.
 */
function writeFreshFolder(output: string, files: readonly GeneratedFile[], folders: Set<string>, staged?: StagedFiles): void {
  const staging = staged?.folder ?? startStaging(output);
  try {
    for (const file of files) {
      if (staged?.paths.has(file.path) === true) continue;
      ensureFolder(join(staging, dirname(file.path)), folders);
      writeFileSync(join(staging, file.path), file.text);
    }
    rmSync(output, { recursive: true, force: true }); // holds nothing but bookkeeping files
    renameSync(staging, output);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** A run killed while writing a fresh folder leaves it beside the output: remove such leftovers. */
export function clearStaleStaging(output: string): void {
  const prefix = `.${basename(output)}.tmp-`;
  const parent = dirname(output);
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    if (name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length))) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function ensureFolder(folder: string, made: Set<string>): void {
  if (made.has(folder)) return;
  mkdirSync(folder, { recursive: true });
  made.add(folder);
}

/** Whether a file is as a stamp says, by size and modification time. */
export function matchesStamp(path: string, stamp: FileStamp): boolean {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats !== undefined && stats.size === stamp[0] && stats.mtimeMs === stamp[1];
}

function hasText(output: string, file: GeneratedFile, existing: ReadonlySet<string>): boolean {
  const path = join(output, file.path);
  return (existing.has(file.path) || existsSync(path)) && readFileSync(path, 'utf8') === file.text;
}

/** Completes an interrupted run's renames and removals, if its journal is there. */
export function applyJournal(output: string): void {
  const path = join(output, journalName);
  if (!existsSync(path)) return;
  const journal = JSON.parse(readFileSync(path, 'utf8')) as Journal;
  for (const [temporary, target] of journal.renames) {
    if (existsSync(join(output, temporary))) renameSync(join(output, temporary), join(output, target));
  }
  for (const removal of journal.removals) {
    rmSync(join(output, removal), { force: true });
    removeEmptyFolders(output, dirname(removal));
  }
  rmSync(path);
}

function stage(output: string, file: GeneratedFile, folders: Set<string>): string {
  const target = join(output, file.path);
  ensureFolder(dirname(target), folders);
  const temporary = join(dirname(file.path), `.${basename(file.path)}.tmp-${process.pid}`).split('\\').join('/');
  writeFileSync(join(output, temporary), file.text);
  return temporary;
}

function stampOf(output: string, path: string, hash: string): FileStamp {
  const stats = statSync(join(output, path));
  return [stats.size, stats.mtimeMs, hash];
}

function removeEmptyFolders(output: string, folder: string): void {
  for (let current = folder; current !== '.' && current !== ''; current = dirname(current)) {
    const path = join(output, current);
    if (!existsSync(path) || readdirSync(path).length > 0) return;
    rmdirSync(path);
  }
}
