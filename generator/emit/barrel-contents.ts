// What each namespace folder's `index.ts` re-exports, as plain data: the
// modules in the folder and its sub-folders.
import { posix } from 'node:path';
import { compareText } from '../diagnostics.js';
import type { TypeNames } from './naming.js';

export interface BarrelContents {
  folder: string;
  /** Module paths of the folder's types, sorted. */
  modules: string[];
  /** Sub-folders, sorted. */
  children: string[];
}

export function barrelContents(allNames: readonly TypeNames[]): BarrelContents[] {
  const folders = new Set<string>(['']);
  for (const names of allNames) {
    for (let folder = names.folder; folder !== '' && folder !== '.'; folder = posix.dirname(folder)) folders.add(folder);
  }
  return [...folders].sort(compareText).map((folder) => ({
    folder,
    modules: allNames.filter((names) => names.folder === folder).map((names) => names.modulePath).sort(compareText),
    children: [...folders].filter((child) => child !== '' && parentFolder(child) === folder).sort(compareText),
  }));
}

function parentFolder(folder: string): string {
  const parent = posix.dirname(folder);
  return parent === '.' ? '' : parent;
}
