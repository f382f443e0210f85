// A property that names an enumeration and also lists its values: the docs say
// the same thing twice, and sometimes differently.
import { diagnostic } from '../diagnostics.js';
import type { PropertyTypeContext, PropertyTypeInput } from './property-type.js';

/**
 * A property that names an enumeration and also lists values: the docs say the
 * same thing twice, and sometimes differently. The enumeration's own table is
 * kept (merging the lists measured worse against the service's real types).
 */
export function compareListedValues(context: PropertyTypeContext, input: PropertyTypeInput, enumName: string, listed: readonly string[]): void {
  const type = context.enums.byName.get(enumName);
  if (type === undefined) return;
  // Case alone does not make a conflict: pages often capitalise values in prose.
  const members = new Set(type.members.map((member) => member.name.toLowerCase()));
  const lowerListed = new Set(listed.map((value) => value.toLowerCase()));
  const extra = listed.filter((value) => !members.has(value.toLowerCase()) && value !== 'null');
  const unlisted = type.members.map((member) => member.name).filter((member) => !lowerListed.has(member.toLowerCase()));
  if (extra.length === 0 && unlisted.length === 0) return;
  const parts = [
    extra.length > 0 ? `lists ${codeList(extra)}, which it lacks` : '',
    unlisted.length > 0 ? `does not list ${codeList(unlisted)}` : '',
  ].filter(Boolean);
  context.diagnostics.push(diagnostic('enum-values-conflict', input.source.file, input.source,
    `Property "${input.name}" is typed as enumeration "${enumName}" but ${parts.join(' and ')}; kept the enumeration's members.`));
}

function codeList(values: readonly string[]): string {
  return values.map((value) => `\`${value}\``).join(', ');
}
