// Most property, relationship and enumeration tables are built of simple
// cells only (simple-inline.ts). Where CommonMark leaves no doubt that lines
// form such a table on their own, this module builds the table node itself
// and the lines go to remark blank: remark's cost is per row and per cell.
// No doubt means: the header starts a block (first line of a text segment,
// or after a blank line), starts with a pipe at column 1 (not in a list item
// or a quote), the next line is a delimiter row of as many cells, every row
// starts with a pipe at column 1, a blank line (or the page's end) follows
// the last row, and every cell is empty or simple. Anything else stays for
// remark, cell stand-ins and all.
import type { AlignType, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { simpleInline } from './simple-inline.js';

/** A table built here: the 0-based lines it takes in the page (`end` excluded), and its node. */
export interface BuiltTable {
  line: number;
  end: number;
  node: Table;
}

const cellSeparator = /(?<!\\)\|/;
const delimiterCell = /^[ \t]*:?-+:?[ \t]*$/;
const blank = /^[ \t]*$/;

/**
 * Builds every table of `lines[start, end)` (a kept text segment of the
 * slice) that needs no remark. The caller blanks the lines it takes (where
 * what follows starts a block of its own: see page-slice.ts).
 */
export function buildSimpleTables(lines: readonly string[], start: number, end: number): BuiltTable[] {
  const tables: BuiltTable[] = [];
  for (let index = start; index < end; index += 1) {
    const startsBlock = index === start || blank.test(lines[index - 1] ?? '');
    const table = startsBlock ? tableAt(lines, index, end) : undefined;
    if (table === undefined) continue;
    tables.push({ line: index, end: table.end, node: table.node });
    index = table.end - 1;
  }
  return tables;
}

function tableAt(lines: readonly string[], header: number, end: number): { node: Table; end: number } | undefined {
  const head = rowCells(lines[header] ?? '');
  const delimiter = rowCells(lines[header + 1] ?? '');
  if (head === undefined || delimiter === undefined || header + 1 >= end) return undefined;
  if (delimiter.length !== head.length || !delimiter.every((cell) => delimiterCell.test(cell))) return undefined;
  let last = header + 2;
  while (last < end && !blank.test(lines[last] ?? '')) last += 1;
  // The table must end at a blank line or the page's end, not at the segment's end (what follows may continue it).
  if (last === end && end < lines.length && !blank.test(lines[end] ?? '')) return undefined;
  const rows: TableRow[] = [];
  for (const line of [header, ...range(header + 2, last)]) {
    const cells = rowCells(lines[line] ?? '');
    const row = cells === undefined ? undefined : tableRow(cells, line, (lines[line] ?? '').length);
    if (row === undefined) return undefined;
    rows.push(row);
  }
  const lastLine = lines[last - 1] ?? '';
  const node: Table = {
    type: 'table', align: delimiter.map(alignOf), children: rows,
    position: { start: { line: header + 1, column: 1 }, end: { line: last, column: lastLine.length + 1 } },
  };
  return { node, end: last };
}

/** The cells' texts of a row that starts with a pipe at column 1, or undefined. */
function rowCells(line: string): string[] | undefined {
  if (!line.startsWith('|')) return undefined;
  const cells = line.split(cellSeparator).slice(1);
  if (cells.length > 0 && blank.test(cells[cells.length - 1] ?? '')) cells.pop();
  return cells.length === 0 ? undefined : cells;
}

function tableRow(cells: readonly string[], line: number, length: number): TableRow | undefined {
  const children: TableCell[] = [];
  for (const cell of cells) {
    const nodes = cellContent(cell);
    if (nodes === undefined) return undefined;
    children.push({ type: 'tableCell', children: nodes });
  }
  return { type: 'tableRow', children, position: { start: { line: line + 1, column: 1 }, end: { line: line + 1, column: length + 1 } } };
}

/** An empty cell has no nodes; a simple one the nodes remark would give; undefined for any other. */
function cellContent(cell: string): PhrasingContent[] | undefined {
  const text = cell.replace(/^[ \t]+|[ \t]+$/g, '');
  if (text === '') return [];
  // Other white space at an edge: remark's trimming and ours could differ.
  if (/^\s|\s$/.test(text)) return undefined;
  return simpleInline(text);
}

function alignOf(cell: string): AlignType {
  const text = cell.trim();
  const left = text.startsWith(':');
  const right = text.endsWith(':');
  return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset);
}

/** Puts the tables built here among the top-level nodes remark made, in line order (positions already the page's). */
export function insertTables(tree: Root, tables: readonly BuiltTable[]): void {
  if (tables.length === 0) return;
  const children: RootContent[] = [];
  let next = 0;
  for (const child of tree.children) {
    const line = child.position?.start.line ?? 0;
    while (next < tables.length && (tables[next] as BuiltTable).line + 1 < line) children.push((tables[next++] as BuiltTable).node);
    children.push(child);
  }
  while (next < tables.length) children.push((tables[next++] as BuiltTable).node);
  tree.children = children;
}
