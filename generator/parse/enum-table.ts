// Reads an enumeration table: Member | Value | Description, or Member alone,
// or Value | Description where the value is the member name.
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, EnumMemberRow } from '../model/types.js';
import { type TableRows, columnIndex } from './table.js';

export interface EnumTableResult {
  members: EnumMemberRow[];
  diagnostics: Diagnostic[];
}

export function readEnumTable(table: TableRows, file: string): EnumTableResult {
  const columns = enumColumns(table.header);
  const members: EnumMemberRow[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const row of table.rows) {
    const name = memberName(row.cells[columns.member]?.text ?? '');
    if (name === undefined) {
      if (row.cells.some((cell) => cell.text !== '')) {
        diagnostics.push(diagnostic('row-invalid', file, row.position,
          `Row has no member name ("${row.cells[columns.member]?.text ?? ''}"); skipped the row.`));
      }
      continue;
    }
    const member: EnumMemberRow = { name, description: row.cells[columns.description]?.text ?? '', position: row.position };
    const value = columns.value === -1 ? undefined : row.cells[columns.value]?.text;
    if (value) member.value = value;
    members.push(member);
  }
  return { members, diagnostics };
}

function enumColumns(header: readonly string[]): { member: number; value: number; description: number } {
  const named = columnIndex(header, (cell) => /^(member|name|enum)/.test(cell));
  const value = columnIndex(header, (cell) => cell.startsWith('value'));
  const description = columnIndex(header, (cell) => cell.startsWith('description'));
  if (named !== -1) return { member: named, value, description };
  // `| Value | Description |`: the value column holds the member names.
  return { member: value === -1 ? 0 : value, value: -1, description };
}

/** A member name is a single identifier-like word: `notStarted`, `iOS`, `Oauth2ClientId`. */
export function memberName(cell: string): string | undefined {
  const trimmed = cell.trim().replace(/^[`*_"']+|[`*_"']+$/g, '');
  return /^[A-Za-z_][\w.-]*$/.test(trimmed) ? trimmed : undefined;
}
