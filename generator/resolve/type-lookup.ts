// Looking up what a type cell names: a link to a page, or a bare or qualified name.
import { diagnostic } from '../diagnostics.js';
import type { TypeRef } from '../model/types.js';
import { linkTarget } from './links.js';
import { primitiveNamed } from './primitives.js';
import type { PropertyTypeContext, PropertyTypeInput } from './property-type.js';
import { findByLink, findByName } from './type-index.js';
import type { CellTarget } from './type-cell.js';

export function lookUp(context: PropertyTypeContext, input: PropertyTypeInput, target: CellTarget): TypeRef | undefined {
  if (target.kind === 'link') return lookUpLink(context, input, target);
  if (target.kind === 'name') {
    const found = findByName(context.index, target.name, context.namespace);
    return found === undefined ? undefined : { kind: found.kind, name: found.name };
  }
  return undefined;
}

/** A link leads to a page; failing that, its text names the type. */
function lookUpLink(context: PropertyTypeContext, input: PropertyTypeInput, target: { url: string; text: string }): TypeRef | undefined {
  const { page, type } = findByLink(context.index, target.url, target.text, input.source.file);
  if (type !== undefined) return { kind: type.kind, name: type.name };
  const byText = findByName(context.index, target.text, context.namespace);
  const found: TypeRef | undefined = byText === undefined ? primitiveRef(target.text) : { kind: byText.kind, name: byText.name };
  if (found !== undefined && page === undefined && !/^https?:/i.test(target.url)) {
    context.diagnostics.push(diagnostic('link-unresolved', input.source.file, input.source,
      `Link "${target.url}" of property "${input.name}" leads to no page of the input; found the type by its name "${target.text}".`));
  }
  return found;
}

export function linkOutcome(context: PropertyTypeContext, input: PropertyTypeInput, url: string): string {
  const { page } = findByLink(context.index, url, '', input.source.file);
  if (page === undefined) return 'leads to no page of the input either';
  const anchor = linkTarget(url, input.source.file)?.anchor;
  if (anchor !== undefined && (page.enums.length > 0 || page.resource !== undefined)) {
    return `leads to ${page.page.file}, where no type matches #${anchor}`;
  }
  return `leads to ${page.page.file}, which defines no type`;
}

export function primitiveRef(text: string): TypeRef | undefined {
  const name = primitiveNamed(text);
  return name === undefined ? undefined : { kind: 'primitive', name };
}
