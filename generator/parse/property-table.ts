// Reads a Properties or Relationships table: Property | Type | Description, in
// any of the 2-4 column shapes the docs use.
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, InlineText, PropertyRow } from '../model/types.js';
import { type TableRows, columnIndex } from './table.js';

const empty: InlineText = { text: '', links: [] };

export interface PropertyTableResult {
  rows: PropertyRow[];
  diagnostics: Diagnostic[];
}

/** Whether a table's header makes it a property table (a name and a type column). */
export function isPropertyTable(header: readonly string[]): boolean {
  return propertyColumns(header) !== undefined;
}

export function readPropertyTable(table: TableRows, file: string): PropertyTableResult {
  const diagnostics: Diagnostic[] = [];
  const columns = propertyColumns(table.header);
  const rows: PropertyRow[] = [];
  if (columns === undefined) return { rows, diagnostics };
  for (const row of table.rows) {
    const nameCell = row.cells[columns.name]?.text ?? '';
    const name = propertyName(nameCell);
    const filled = row.cells.filter((cell) => cell.text !== '').length;
    if (filled <= 1 && /^\*\*.*\*\*$|^$/.test(nameCell.trim())) continue; // a **group label** row
    // `@odata.type`, `odata.type`, `@microsoft.graph.x`: a property name holds no dot.
    if (name !== undefined && (name.startsWith('@') || name.includes('.'))) {
      diagnostics.push(diagnostic('annotation-row', file, row.position,
        `Row "${name}" is an instance annotation, not a property; left it out of the type.`));
      continue;
    }
    if (name === undefined || filled <= 1) {
      diagnostics.push(diagnostic('row-invalid', file, row.position, name === undefined
        ? `Row has no property name in its first column ("${nameCell}"); skipped the row.`
        : `Row "${nameCell}" has no other cells (a line break inside the previous cell?); skipped the row.`));
      continue;
    }
    rows.push({
      name,
      ...(/\bdeprecated\b/i.test(nameCell) ? { deprecated: true } : {}),
      type: row.cells[columns.type] ?? empty,
      description: columns.description === -1 ? empty : (row.cells[columns.description] ?? empty),
      position: row.position,
    });
  }
  return { rows, diagnostics };
}

function propertyColumns(header: readonly string[]): { name: number; type: number; description: number } | undefined {
  const name = columnIndex(header, (cell) => /^(property|relationship|name)( name)?$/.test(cell));
  const type = columnIndex(header, (cell) => cell === 'type' || cell === 'data type');
  const description = columnIndex(header, (cell) => cell.startsWith('description'));
  return name === -1 || type === -1 ? undefined : { name, type, description };
}

/** The property name at the start of a cell: `id`, `**id**`, `@odata.type`, `id (deprecated)`. */
export function propertyName(cell: string): string | undefined {
  const match = /^[\s*_`"']*([@A-Za-z_$][\w.@$-]*)/.exec(cell);
  return match?.[1];
}
