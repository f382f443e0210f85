// Most blocks a page slice keeps are simple: tables of simple cells
// (simple-inline.ts), headings and one-line paragraphs of simple text. Where
// CommonMark leaves no doubt what such lines are, this module builds their
// node itself and the lines go to remark blank: remark's cost is per line,
// row and cell. No doubt means:
// - a heading: a heading segment of the block scan (`#` at column 1), its
//   text simple, no closing `#`s;
// - a paragraph: one line starting with a letter at column 1, a blank line
//   (or a block's end) before and a blank line after, its text simple;
// - a quote: the same, as `> ` at column 1 and a line starting with a
//   letter or `**` (a note: `> **Note:** ...`);
// - a table: the header starts a block, with a pipe at column 1 (not in a
//   list item or a quote), the next line is a delimiter row of as many
//   cells, every row starts with a pipe at column 1, a blank line (or the
//   page's end) follows the last row, and every cell is empty or simple.
// - a fenced code block, an HTML comment, the front matter: segments the
//   block scan found closed, at column 1, with an info string that is one
//   word or none, and front matter fences of exactly `---`.
// Anything else stays for remark. The caller blanks a block's lines only
// where what follows starts a block of its own (page-slice.ts).
import type { AlignType, Blockquote, Code, Heading, Html, Paragraph, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Segment } from './block-scan.js';
import { simpleCell, simpleInline } from './simple-inline.js';

/** A block built here: the 0-based lines it takes in the page (`end` excluded), and its node. */
export interface BuiltBlock {
  line: number;
  end: number;
  node: RootContent;
}

const cellSeparator = /(?<!\\)\|/;
const delimiterCell = /^[ \t]*:?-+:?[ \t]*$/;
const blank = /^[ \t]*$/;

/** Builds every simple block of a kept segment of the slice (`lines`: the slice's lines). */
export function buildSimpleBlocks(lines: readonly string[], segment: Segment): BuiltBlock[] {
  if (segment.kind === 'heading') {
    const heading = headingAt(lines[segment.start] ?? '', segment.start);
    return heading === undefined ? [] : [{ line: segment.start, end: segment.start + 1, node: heading }];
  }
  if (segment.kind !== 'text') return [];
  const blocks: BuiltBlock[] = [];
  for (let index = segment.start; index < segment.end; index += 1) {
    const startsBlock = index === segment.start || blank.test(lines[index - 1] ?? '');
    if (!startsBlock) continue;
    const table = tableAt(lines, index, segment.end);
    const block = table === undefined ? paragraphAt(lines, index) ?? quoteAt(lines, index) : { line: index, ...table };
    if (block === undefined) continue;
    blocks.push(block);
    index = block.end - 1;
  }
  return blocks;
}

/** The node of a fence, comment or front matter segment (`lines`: the page's lines), or undefined. */
export function buildClosedBlock(lines: readonly string[], segment: Segment): BuiltBlock | undefined {
  const { start, end } = segment;
  const body = lines.slice(start + 1, end - 1).join('\n');
  const position = { start: { line: start + 1, column: 1 }, end: { line: end, column: (lines[end - 1] ?? '').length + 1 } };
  let node: RootContent | undefined;
  if (segment.kind === 'comment') {
    const html: Html = { type: 'html', value: lines.slice(start, end).join('\n'), position };
    node = html;
  } else if (segment.kind === 'frontMatter') {
    if (lines[start] === '---' && lines[end - 1] === '---') node = { type: 'yaml', value: body, position };
  } else if (segment.kind === 'fence') {
    // One word or none after the fence: remark's lang; anything more (meta, escapes) is left to remark.
    const info = /^(?:`{3,}|~{3,})[ \t]*([\w+-]*)$/.exec(lines[start] ?? '');
    const lang = info?.[1];
    if (lang !== undefined) {
      const code: Code = { type: 'code', lang: lang === '' ? null : lang, meta: null, value: body, position };
      node = code;
    }
  }
  return node === undefined ? undefined : { line: start, end, node };
}

const atxHeading = /^(#{1,6})[ \t]+(.*)$/;

function headingAt(line: string, index: number): BuiltBlock['node'] | undefined {
  const match = atxHeading.exec(line);
  const text = (match?.[2] ?? '').replace(/[ \t]+$/, '');
  // A closing sequence of `#`s, or white space remark trims differently, is left to remark.
  if (match?.[1] === undefined || text === '' || text.endsWith('#') || /\s$/.test(text)) return undefined;
  const children = simpleInline(text);
  if (children === undefined) return undefined;
  const depth = match[1].length as Heading['depth'];
  return { type: 'heading', depth, children, position: { start: { line: index + 1, column: 1 }, end: { line: index + 1, column: line.length + 1 } } };
}

function paragraphAt(lines: readonly string[], index: number): BuiltBlock | undefined {
  const line = lines[index] ?? '';
  // A letter first: no block construct starts so; a blank line after: nothing can continue it.
  if (!/^[A-Za-z]/.test(line) || !blank.test(lines[index + 1] ?? '')) return undefined;
  const node = oneLineParagraph(line, index, 1);
  return node === undefined ? undefined : { line: index, end: index + 1, node };
}

function quoteAt(lines: readonly string[], index: number): BuiltBlock | undefined {
  const line = lines[index] ?? '';
  // `**` then a letter or `(` is no list item or thematic break; a blank line after: no lazy line continues it.
  if (!/^> (?:[A-Za-z]|\*\*[A-Za-z(])/.test(line) || !blank.test(lines[index + 1] ?? '')) return undefined;
  const paragraph = oneLineParagraph(line.slice(2), index, 3);
  if (paragraph === undefined) return undefined;
  const end = { line: index + 1, column: line.replace(/[ \t]+$/, '').length + 1 };
  const node: Blockquote = { type: 'blockquote', children: [paragraph], position: { start: { line: index + 1, column: 1 }, end } };
  return { line: index, end: index + 1, node };
}

/** A paragraph of one line's simple text starting at `column`, or undefined. */
function oneLineParagraph(line: string, index: number, column: number): Paragraph | undefined {
  const text = line.replace(/[ \t]+$/, '');
  const children = /\s$/.test(text) ? undefined : simpleInline(text);
  if (children === undefined) return undefined;
  return { type: 'paragraph', children, position: { start: { line: index + 1, column }, end: { line: index + 1, column: column + text.length } } };
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
    const nodes = simpleCell(cell);
    if (nodes === undefined) return undefined;
    children.push({ type: 'tableCell', children: nodes });
  }
  return { type: 'tableRow', children, position: { start: { line: line + 1, column: 1 }, end: { line: line + 1, column: length + 1 } } };
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

/** Puts the blocks built here among the top-level nodes remark made, in line order (positions already the page's). */
export function insertBlocks(tree: Root, blocks: readonly BuiltBlock[]): void {
  if (blocks.length === 0) return;
  const children: RootContent[] = [];
  let next = 0;
  for (const child of tree.children) {
    const line = child.position?.start.line ?? 0;
    while (next < blocks.length && (blocks[next] as BuiltBlock).line + 1 < line) children.push((blocks[next++] as BuiltBlock).node);
    children.push(child);
  }
  while (next < blocks.length) children.push((blocks[next++] as BuiltBlock).node);
  tree.children = children;
}
