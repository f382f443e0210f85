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
  const members = new Set(type.members.map((member) => member.name));
  const extra = listed.filter((value) => !members.has(value));
  const unlisted = [...members].filter((member) => !listed.includes(member));
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
