// Lists and reads the pages of the input folder. Symbolic links that lead out
// of the folder are not followed.
import { type Stats, closeSync, fstatSync, openSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { compareText, diagnostic } from '../diagnostics.js';
import type { Diagnostic } from '../model/types.js';

export interface InputPage {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  text: string;
}

export interface InputPages {
  pages: InputPage[];
  diagnostics: Diagnostic[];
}

export interface PageSelection {
  /** Globs relative to the input folder; a page must match one. */
  include: readonly string[];
  /** Globs relative to the input folder; a page matching one is left out. */
  exclude: readonly string[];
}

const allPages: PageSelection = { include: ['**/*.md'], exclude: [] };

/**
 * What a long-lived session (or the cache, for the command: page-stamps.ts) remembers of the pages
 * read: a page whose size, times and inode are as they were is not read again. Only stamps taken
 * well after the page's last change are trusted: a write in the same clock tick as the read could
 * keep the times (as git does).
 */
export interface ReadMemo {
  pages: Map<string, { stamp: string; page: InputPage }>;
}

export function createReadMemo(): ReadMemo {
  return { pages: new Map() };
}

/** How long after its last change a page's stamp is trusted (times in milliseconds, to the microsecond). */
const settledMs = 2000;

export function readInputPages(inputFolder: string, selection: PageSelection = allPages, memo?: ReadMemo): InputPages {
  const root = realpathSync(inputFolder);
  const pages: InputPage[] = [];
  const diagnostics: Diagnostic[] = [];
  const selected = selectionFilter(selection);
  const remembered = new Map<string, { stamp: string; page: InputPage }>();
  for (const file of listMarkdownFiles(root, '', diagnostics).filter(selected)) {
    try {
      if (memo === undefined) {
        pages.push({ file, text: readFileSync(pathIn(root, file), 'utf8') });
        continue;
      }
      const { stamp, settled, page } = stampedPage(pathIn(root, file), file, memo);
      pages.push(page);
      if (settled) remembered.set(file, { stamp, page });
    } catch (error) {
      diagnostics.push(diagnostic('page-unreadable', file, { line: 1, column: 1 },
        `Could not read the page (${error instanceof Error ? error.message : String(error)}); skipped it.`));
    }
  }
  if (memo !== undefined) memo.pages = remembered;
  return { pages, diagnostics };
}

/** The page as the memo knows it when its stamp is the same; else read, stamped from the same open file. */
function stampedPage(path: string, file: string, memo: ReadMemo): { stamp: string; settled: boolean; page: InputPage } {
  const known = memo.pages.get(file);
  if (known !== undefined) {
    const stats = statSync(path);
    const stamp = pageStamp(stats);
    if (stamp === known.stamp) return { stamp, settled: isSettled(stats), page: known.page };
  }
  const descriptor = openSync(path, 'r');
  try {
    const stats = fstatSync(descriptor);
    return { stamp: pageStamp(stats), settled: isSettled(stats), page: { file, text: readFileSync(descriptor, 'utf8') } };
  } finally {
    closeSync(descriptor);
  }
}

function pageStamp(stats: Stats): string {
  return `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
}

function isSettled(stats: Stats): boolean {
  return Date.now() - Math.max(stats.mtimeMs, stats.ctimeMs) > settledMs;
}

function selectionFilter(selection: PageSelection): (file: string) => boolean {
  const included = picomatch([...selection.include]);
  const excluded = selection.exclude.length === 0 ? () => false : picomatch([...selection.exclude]);
  return (file) => included(file) && !excluded(file);
}

/** The pages under `root`, as paths relative to it with forward slashes (`prefix`: the folder listed, so relative). */
function listMarkdownFiles(root: string, prefix: string, diagnostics: Diagnostic[]): string[] {
  const files: string[] = [];
  const folder = prefix === '' ? root : pathIn(root, prefix);
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name));
  for (const entry of entries) {
    const file = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    const path = pathIn(root, file);
    if (entry.isSymbolicLink() && !isInside(root, realpathSync(path))) {
      diagnostics.push(diagnostic('page-unreadable', file, { line: 1, column: 1 },
        'The symbolic link leads out of the input folder; did not follow it.'));
      continue;
    }
    // Only a symbolic link (or an entry of unknown type) needs a stat to tell what it is.
    const known = entry.isFile() || entry.isDirectory();
    const stats = known ? entry : statSync(path);
    if (stats.isDirectory()) files.push(...listMarkdownFiles(root, file, diagnostics));
    else if (stats.isFile() && entry.name.toLowerCase().endsWith('.md')) files.push(file);
  }
  return files;
}

/**
 * The path of `file` (relative, forward slashes, which every platform's file functions take) in the
 * folder `root`, joined by hand: path.join normalises, and a session joins every page and output
 * file on every run.
 */
export function pathIn(root: string, file: string): string {
  return root.endsWith(sep) ? `${root}${file}` : `${root}${sep}${file}`;
}

export function isInside(parent: string, child: string): boolean {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith('..') && !path.startsWith(sep) && !/^[a-zA-Z]:/.test(path));
}
