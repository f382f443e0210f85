// Table cells are most of what a page slice gives remark, and most cells are
// plain text, code spans and inline links (simple-inline.ts reads those
// alone). Such a cell goes to remark as a one-character stand-in, and the
// nodes read from its text are put into the tree afterwards. In a body row,
// neighbouring stand-ins share one cell (a row may have any number of cells;
// only the header must match the delimiter row), as remark's cost is per cell
// more than per character. Whatever does not come out as expected (a
// stand-in outside a cell, or fewer stand-ins than were put in) sends the page
// to the whole-page parse, so a wrong guess that a line is a table row can
// cost time, never a different tree. A body row of stand-ins alone is taken
// out of remark's text altogether (remark reads each row of a table alone, and
// its cost is per row) and put back into its table after the parse.
import type { Nodes, PhrasingContent, Root, Table, TableCell, TableRow } from 'mdast';
import { simpleCell } from './simple-inline.js';

/** A private-use character no docs page holds; a page that does holds no stand-ins. */
const standIn = '\uE000';

/** Lines that may be table rows: a pipe first, not indented as code. */
const rowStart = /^ {0,3}\|/;
/** The delimiter row (`|:--|---|`, with or without pipes at the ends) shapes the table: left as it is. */
const delimiterRow = /^[ \t:|-]*$/;
/** A pipe that separates cells: one not escaped by a backslash. */
const cellSeparator = /(?<!\\)\|/;

/** The phrasing nodes of every cell replaced by a stand-in, in document order. */
export type CellContents = PhrasingContent[][];

/** Replaces every simple cell of `lines` (in place) by a stand-in; gives the cells' nodes. */
export function standInSimpleCells(lines: string[]): CellContents {
  const contents: CellContents = [];
  if (lines.some((line) => line.includes(standIn))) return contents;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (!rowStart.test(line) || delimiterRow.test(line)) continue;
    // A line before a delimiter row may be a header: its cells keep their number.
    const next = lines[index + 1] ?? '';
    const header = delimiterRow.test(next) && next.includes('-');
    // cells[0] is the indentation before the first pipe; the rest are cell texts.
    const cells = line.split(cellSeparator);
    const kept = [cells[0] as string];
    for (let cell = 1; cell < cells.length; cell += 1) {
      const nodes = simpleCell(cells[cell] as string);
      // Empty cells stay as they are: remark gives them no node to stand in for.
      if (nodes === undefined || nodes.length === 0) kept.push(cells[cell] as string);
      else {
        const last = kept.length - 1;
        if (!header && last > 0 && isStandIns(kept[last] as string)) kept[last] += standIn;
        else kept.push(standIn);
        contents.push(nodes);
      }
    }
    lines[index] = kept.join('|');
  }
  return contents;
}

/** A body row that held simple cells alone, taken out of the text remark reads. */
export interface StandInRow {
  /** 0-based line of the page. */
  line: number;
  /** Spaces before its first pipe. */
  indent: number;
  /** Its stand-ins, one per cell. */
  cells: number;
}

/** A row of one cell of stand-ins, pipes at both ends, nothing after them. */
const standInRow = /^( {0,3})\|(\uE000+)\|$/;

/**
 * The body rows of `lines` (after `standInSimpleCells`) that hold stand-ins alone and follow a
 * line of their table (a row or the delimiter row), each noted in `removed`: the slice leaves them
 * out, and `restoreCells` puts them back after the row before them.
 */
export function takeOutStandInRows(lines: readonly string[], removed: Uint8Array): StandInRow[] {
  const rows: StandInRow[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const match = standInRow.exec(lines[index] as string);
    if (match === null) continue;
    const previous = lines[index - 1] as string;
    const next = lines[index + 1] ?? '';
    const followsItsTable = removed[index - 1] === 1 || rowStart.test(previous) || (previous.includes('-') && delimiterRow.test(previous));
    // A row before a delimiter row is the header of a table of its own.
    if (!followsItsTable || (next.includes('-') && delimiterRow.test(next))) continue;
    removed[index] = 1;
    rows.push({ line: index, indent: (match[1] as string).length, cells: (match[2] as string).length });
  }
  return rows;
}

function isStandIns(cell: string): boolean {
  return cell !== '' && [...cell].every((char) => char === standIn);
}

/**
 * Puts the nodes back, a cell of k stand-ins becoming k cells; false when a
 * stand-in came out anywhere but alone in a table cell. The cells put back
 * carry the position of the cell they came from (only rows' positions are read).
 */
export function restoreCells(tree: Root, contents: CellContents, rows: readonly StandInRow[] = []): boolean {
  if (contents.length === 0) return true;
  if (!putBackRows(tree, rows)) return false;
  let next = 0;
  const expand = (cell: TableCell): TableCell[] | undefined => {
    const only = cell.children.length === 1 ? cell.children[0] : undefined;
    if (only?.type !== 'text' || !isStandIns(only.value)) return undefined;
    return [...only.value].map((): TableCell => ({ type: 'tableCell', children: contents[next++] ?? [], position: cell.position }));
  };
  const visit = (node: Nodes): boolean => {
    if (node.type === 'tableRow') node.children = node.children.flatMap((cell) => expand(cell) ?? [cell]);
    if (holdsStandIn(node)) return false;
    return !('children' in node) || node.children.every(visit);
  };
  return visit(tree) && next === contents.length;
}

function holdsStandIn(node: Nodes): boolean {
  const fields = node as { value?: unknown; url?: unknown; title?: unknown; alt?: unknown };
  return [fields.value, fields.url, fields.title, fields.alt].some((field) => typeof field === 'string' && field.includes(standIn));
}

/**
 * Puts each row taken out back into the table that holds the line before it (lines as
 * `restoreLines` left them); false when no table holds that line (the guess that the row was a
 * body row of a table was wrong: the page is parsed whole).
 */
function putBackRows(tree: Root, rows: readonly StandInRow[]): boolean {
  if (rows.length === 0) return true;
  const tableAt = new Map<number, Table>();
  const note = (node: Nodes): void => {
    if (node.type === 'table') {
      const [head, ...body] = node.children;
      const headLine = head?.position?.start.line;
      if (headLine !== undefined) [headLine, headLine + 1].forEach((line) => tableAt.set(line, node));
      for (const row of body) if (row.position !== undefined) tableAt.set(row.position.start.line, node);
    } else if ('children' in node) node.children.forEach(note);
  };
  note(tree);
  for (const { line: pageLine, indent, cells } of rows) {
    const line = pageLine + 1;
    const table = tableAt.get(line - 1);
    if (table === undefined || tableAt.has(line)) return false;
    const position = { start: { line, column: indent + 1 }, end: { line, column: indent + cells + 3 } };
    const cell: TableCell = { type: 'tableCell', children: [{ type: 'text', value: standIn.repeat(cells), position }], position };
    const row: TableRow = { type: 'tableRow', children: [cell], position };
    const after = table.children.findIndex((child, index) => index > 0 && (child.position?.start.line ?? 0) > line);
    table.children.splice(after === -1 ? table.children.length : after, 0, row);
    tableAt.set(line, table);
  }
  return true;
}
