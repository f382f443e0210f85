// Limits that keep one page from stalling a run. The markdown parser spends
// minutes on lists nested thousands deep and seconds on megabyte lines, so a
// page is checked, and if need be cut down, before it is parsed. Real reference
// pages stay far below every limit (the largest beta page is 87 KB, its longest
// line 1.4 KB, its deepest nesting 4 levels).
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic } from '../model/types.js';

export const limits = {
  /** Pages larger than this are not parsed at all. */
  pageCharacters: 2_000_000,
  /** Longer lines are cut to this length. */
  lineCharacters: 50_000,
  /** Indentation beyond this many characters is removed outside code blocks: it only nests lists deeper. */
  indentCharacters: 24,
  /** Blockquote markers (`>`) beyond this many are removed. */
  quoteDepth: 16,
} as const;

export interface LimitedPage {
  /** The text to parse, or undefined when the page is too large to parse. */
  text?: string;
  diagnostics: Diagnostic[];
}

export function applyLimits(text: string, file: string): LimitedPage {
  if (text.length > limits.pageCharacters) {
    return {
      diagnostics: [diagnostic('page-too-large', file, { line: 1, column: 1 },
        `The page has ${text.length} characters, more than the ${limits.pageCharacters} a page may have; skipped it.`)],
    };
  }
  if (withinLimits(text)) return { text, diagnostics: [] };
  return limitLines(text, file);
}

/**
 * True when no line can need cutting: none longer than the limit, none indented
 * or quoted deeper (code blocks or not), which is every real page; found with
 * three scans of the whole text instead of three tests of every line.
 */
export function withinLimits(text: string): boolean {
  return !deepIndent.test(text) && !deepQuote.test(text) && longestLine(text) <= limits.lineCharacters;
}

const deepIndent = new RegExp(`^[ \\t]{${limits.indentCharacters + 1}}`, 'm');
const deepQuote = new RegExp(`^(?:[ \\t]*>){${limits.quoteDepth + 1}}`, 'm');

function longestLine(text: string): number {
  if (text.length <= limits.lineCharacters) return text.length;
  let longest = 0;
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('\n', start);
    const lineEnd = end < 0 ? text.length : end;
    longest = Math.max(longest, lineEnd - start);
    start = lineEnd + 1;
  }
  return longest;
}

/** The limits applied line by line (code blocks keep their indentation and quotes). */
export function limitLines(text: string, file: string): LimitedPage {
  const diagnostics: Diagnostic[] = [];
  const lines = text.split('\n');
  let changed = false;
  let inCode = false;
  lines.forEach((line, index) => {
    if (/^\s{0,3}(?:```|~~~)/.test(line)) inCode = !inCode;
    const limited = limitLine(line, inCode);
    if (limited === line) return;
    changed = true;
    lines[index] = limited;
    if (diagnostics.length === 0) {
      diagnostics.push(diagnostic('page-cut', file, { line: index + 1, column: 1 },
        `Line ${index + 1} is longer than ${limits.lineCharacters} characters or nested deeper than ` +
          `${limits.indentCharacters / 2} levels; cut it (and any like it) down before parsing.`));
    }
  });
  return { text: changed ? lines.join('\n') : text, diagnostics };
}

function limitLine(line: string, inCode: boolean): string {
  let limited = line.length > limits.lineCharacters ? line.slice(0, limits.lineCharacters) : line;
  if (inCode) return limited;
  const indent = /^[ \t]*/.exec(limited)?.[0].length ?? 0;
  if (indent > limits.indentCharacters) limited = limited.slice(indent - limits.indentCharacters);
  const quotes = /^(?:[ \t]*>)+/.exec(limited)?.[0] ?? '';
  const depth = quotes.split('>').length - 1;
  if (depth > limits.quoteDepth) limited = `${'>'.repeat(limits.quoteDepth)}${limited.slice(quotes.length)}`;
  return limited;
}
