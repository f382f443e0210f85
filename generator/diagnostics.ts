// The catalog of diagnostic rules. Every message the generator gives names one
// of these rules; the README documents each with an example and a fix.
import type { Diagnostic, Severity, SourcePosition } from './model/types.js';

export const rules = {
  'page-not-a-type': { severity: 'info', summary: 'The page defines no resource or enumeration; it was skipped.' },
  'page-unreadable': { severity: 'error', summary: 'The page could not be read or parsed; it was skipped.' },
  'page-too-large': { severity: 'error', summary: 'A page is larger than a page may be; it was skipped.' },
  'page-cut': { severity: 'warning', summary: 'A page has longer lines or deeper nesting than the parser allows; they were cut down before parsing.' },
  'annotation-invalid': { severity: 'warning', summary: 'A resource annotation comment is not valid JSON; its fields were read as far as possible.' },
  'json-invalid': { severity: 'warning', summary: 'A JSON representation block is not valid JSON; the properties before the fault were kept.' },
  'table-columns': { severity: 'info', summary: 'A table in a Properties or Relationships section has no name and type columns, or sits in a subsection; it was not read as a property list.' },
  'annotation-row': { severity: 'info', summary: 'A table row names an instance annotation (`@odata.etag`, `@microsoft.graph.x`), not a property; it was left out.' },
  'row-invalid': { severity: 'warning', summary: 'A table row has no usable name; the row was skipped.' },
  'type-duplicate': { severity: 'warning', summary: 'Two pages define the same type; a resource is merged (the page named after it leads), an enumeration table with a resource\'s name is ignored.' },
  'type-unresolved': { severity: 'warning', summary: 'A type cell names no known type; the property was typed `unknown`.' },
  'type-alternatives': { severity: 'warning', summary: 'A type cell offers alternatives ("A or B"); the first was used.' },
  'link-unresolved': { severity: 'warning', summary: 'A link in a type cell leads to no page of the input; the link text was used as the type name.' },
  'property-duplicate': { severity: 'warning', summary: 'A property is listed twice on one page; the first row was kept.' },
  'property-type-conflict': { severity: 'warning', summary: 'The table and the JSON block disagree on the kind of a property; the table was followed, unless it says only String and the JSON shows more.' },
  'property-name-case': { severity: 'warning', summary: 'The JSON block spells a table property in another case; the table\'s spelling was kept.' },
  'json-only-property': { severity: 'info', summary: 'A property appears only in the JSON block; it was typed from the JSON value.' },
  'base-unresolved': { severity: 'warning', summary: 'The base type of a resource is not defined by any page; `extends` was left out.' },
  'inheritance-cycle': { severity: 'error', summary: 'Base types form a cycle; the cycle was cut at this type.' },
  'enum-merged': { severity: 'warning', summary: 'An enumeration is listed on several pages with different members; the lists were merged.' },
  'enum-values-conflict': { severity: 'warning', summary: 'A property typed as an enumeration lists values that differ from its members; the enumeration was kept.' },
  'enum-empty': { severity: 'warning', summary: 'An enumeration table has no members; no type was emitted for it.' },
  'name-collision': { severity: 'warning', summary: 'Two types map to one TypeScript name; the later one was renamed.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type RuleId = keyof typeof rules;

export function diagnostic(
  ruleId: RuleId,
  file: string,
  position: SourcePosition,
  message: string,
): Diagnostic {
  return { file, line: position.line, column: position.column, severity: rules[ruleId].severity, ruleId, message };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

/** `path:line:column: severity message [rule-id]`, the vfile convention. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.message} [${d.ruleId}]`;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
