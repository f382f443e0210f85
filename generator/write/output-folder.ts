// The output folder's safety and its comparison with what the docs give.
// Writing happens in changed-files.ts.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFile } from '../emit/files-from-plan.js';
import { isInside } from '../read/input-files.js';
import { isBookkeeping } from './changed-files.js';

export class OutputFolderError extends Error {}

/**
 * Refuses output folders that would overwrite the input or files the
 * generator did not write, and returns the files the folder holds.
 * `isKnown` vouches for files without reading them (unchanged since this
 * generator wrote them).
 */
export function assertSafeOutputFolder(
  output: string, input: string, bannerFirstLine: string, isKnown: (file: string) => boolean = () => false,
): string[] {
  if (isInside(output, input)) {
    throw new OutputFolderError(`The output folder ${output} contains the input folder ${input}; choose another output folder.`);
  }
  if (isInside(input, output)) {
    throw new OutputFolderError(`The output folder ${output} is inside the input folder ${input}; choose another output folder.`);
  }
  if (!existsSync(output)) return [];
  if (!statSync(output).isDirectory()) throw new OutputFolderError(`The output path ${output} is not a folder.`);
  const files = listFiles(output);
  const foreign = files.find((file) => !isBookkeeping(file) && !isKnown(file) && !isGeneratedFile(join(output, file), bannerFirstLine));
  if (foreign !== undefined) {
    throw new OutputFolderError(
      `The output folder ${output} holds ${foreign}, which the generator did not write; refusing to replace the folder. Move the file or choose another output folder.`,
    );
  }
  return files;
}

function isGeneratedFile(path: string, bannerFirstLine: string): boolean {
  return path.endsWith('.ts') && readFileSync(path, 'utf8').startsWith(bannerFirstLine);
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
    // An entry's name is one path segment: relative to `folder` it is the name itself.
    if (entry.isDirectory()) files.push(...listFiles(join(folder, entry.name)).map((file) => `${entry.name}/${file}`));
    else files.push(entry.name);
  }
  return files.sort();
}
