// A GFM table as plain rows of inline text; the property and enum readers
// interpret the columns.
import type { Table } from 'mdast';
import type { InlineText, SourcePosition } from '../model/types.js';
import { type Definitions, inlineText } from './inline-text.js';

export interface TableRows {
  /** Header cells, lower-cased and trimmed. */
  header: string[];
  rows: { cells: InlineText[]; position: SourcePosition }[];
  position: SourcePosition;
}

export function tableRows(table: Table, definitions: Definitions): TableRows {
  const [head, ...body] = table.children;
  const header = (head?.children ?? []).map((cell) => inlineText(cell.children, definitions).text.toLowerCase());
  const rows = body.map((row) => ({
    cells: row.children.map((cell) => inlineText(cell.children, definitions)),
    position: startOf(row),
  }));
  return { header, rows, position: startOf(table) };
}

/** Index of the first header cell that satisfies `accepts`, or -1. */
export function columnIndex(header: readonly string[], accepts: (cell: string) => boolean): number {
  return header.findIndex(accepts);
}

export function startOf(node: { position?: { start: { line: number; column: number } } | undefined }): SourcePosition {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
