// Writes the output folder as a whole: files go to a fresh sibling folder that
// is swapped in at the end, so an interrupted run leaves the previous output
// intact and files of vanished pages disappear.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { GeneratedFile } from '../emit/index.js';
import { isInside } from '../read/input-files.js';

export class OutputFolderError extends Error {}

/** Refuses output folders that would overwrite the input or files the generator did not write. */
export function assertSafeOutputFolder(output: string, input: string, bannerFirstLine: string): void {
  if (isInside(output, input)) {
    throw new OutputFolderError(`The output folder ${output} contains the input folder ${input}; choose another output folder.`);
  }
  if (isInside(input, output)) {
    throw new OutputFolderError(`The output folder ${output} is inside the input folder ${input}; choose another output folder.`);
  }
  if (!existsSync(output)) return;
  if (!statSync(output).isDirectory()) throw new OutputFolderError(`The output path ${output} is not a folder.`);
  const foreign = listFiles(output).find((file) => !isGeneratedFile(join(output, file), bannerFirstLine));
  if (foreign !== undefined) {
    throw new OutputFolderError(
      `The output folder ${output} holds ${foreign}, which the generator did not write; refusing to replace the folder. Move the file or choose another output folder.`,
    );
  }
}

function isGeneratedFile(path: string, bannerFirstLine: string): boolean {
  return path.endsWith('.ts') && readFileSync(path, 'utf8').startsWith(bannerFirstLine);
}

/** What a write changed in the output folder, relative paths. */
export interface OutputChanges {
  /** New files and files whose content changed. */
  written: string[];
  /** Files of types that no longer exist. */
  removed: string[];
}

export function writeOutputFolder(output: string, files: readonly GeneratedFile[]): OutputChanges {
  recoverInterruptedWrite(output);
  const changes = outputChanges(output, files);
  const parent = dirname(output);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.${basename(output)}.tmp-${stamp}`);
  const previous = join(parent, `.${basename(output)}.old-${stamp}`);
  try {
    for (const file of files) {
      const path = join(staging, ...file.path.split('/'));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text);
    }
    if (existsSync(output)) renameSync(output, previous);
    renameSync(staging, output);
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(previous, { recursive: true, force: true });
  }
  return changes;
}

/**
 * A run killed mid-write leaves its staging folder behind, or (killed between
 * the two renames of the swap) the previous output under its old name only.
 * Put the previous output back, and clear the leftovers.
 */
export function recoverInterruptedWrite(output: string): void {
  const parent = dirname(output);
  if (!existsSync(parent)) return;
  const prefix = `.${basename(output)}.`;
  const leftovers = readdirSync(parent).filter((name) => name.startsWith(`${prefix}tmp-`) || name.startsWith(`${prefix}old-`)).sort();
  for (const name of leftovers) {
    const path = join(parent, name);
    if (name.startsWith(`${prefix}old-`) && !existsSync(output)) renameSync(path, output);
    else rmSync(path, { recursive: true, force: true });
  }
}

function outputChanges(output: string, files: readonly GeneratedFile[]): OutputChanges {
  const present = new Set(existsSync(output) ? listFiles(output) : []);
  const expected = new Set(files.map((file) => file.path));
  return {
    written: staleFiles(output, files).filter((file) => expected.has(file)),
    removed: [...present].filter((file) => !expected.has(file)).sort(),
  };
}

/** Files whose content on disk differs from what the docs give, plus files that should not be there. */
export function staleFiles(output: string, files: readonly GeneratedFile[]): string[] {
  const expected = new Map(files.map((file) => [file.path, file.text]));
  const present = existsSync(output) ? listFiles(output) : [];
  const differing = files
    .filter((file) => {
      const path = join(output, ...file.path.split('/'));
      return !existsSync(path) || readFileSync(path, 'utf8') !== file.text;
    })
    .map((file) => file.path);
  const extra = present.filter((file) => !expected.has(file));
  return [...differing, ...extra].sort();
}

/** Every file under a folder, relative, with forward slashes. */
export function listFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(path).map((file) => `${entry.name}/${file}`));
    else files.push(relative(folder, path).split(sep).join('/'));
  }
  return files.sort();
}
