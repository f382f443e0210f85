// Base types: from the annotation's `baseType`, else from "Inherits from [x]"
// in the prose. Cycles are cut; a property a base already declares with the
// same type is declared once, on the base.
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, PageModel, Property, ResourceType, TypeRef } from '../model/types.js';
import { qualify } from './names.js';
import type { PageDefinitions } from './page-definitions.js';
import { type TypeIndex, findByLink, findByName } from './type-index.js';

export function findBaseType(definitions: PageDefinitions, index: TypeIndex, diagnostics: Diagnostic[]): string | undefined {
  for (const page of [definitions.page, ...definitions.mergedPages]) {
    const base = baseTypeOnPage(page, definitions, index, diagnostics);
    if (base !== null) return base;
  }
  return undefined;
}

/**
 * The base a page states: a name, `undefined` when the stated base is unknown,
 * `null` when the page states none. An annotation's `"baseType": null` is often
 * boilerplate, so prose that names a base still counts.
 */
function baseTypeOnPage(page: PageModel, definitions: PageDefinitions, index: TypeIndex, diagnostics: Diagnostic[]): string | undefined | null {
  const { namespace } = definitions;
  const annotation = page.resourceBlocks[0]?.annotation;
  if (typeof annotation?.baseType === 'string') {
    const found = findByName(index, qualify(annotation.baseType, namespace), namespace);
    if (found?.kind === 'resource') return found.name;
    diagnostics.push(diagnostic('base-unresolved', page.file, annotation.position,
      `Base type "${annotation.baseType}" is not defined by any page; left out \`extends\`.`));
    return undefined;
  }
  for (const mention of page.inheritsFrom) {
    const byLink = findByLink(index, mention.link.url, mention.link.text, page.file).type;
    const found = byLink ?? findByName(index, mention.link.text, namespace);
    if (found?.kind === 'resource' && found.name !== definitions.resource?.name) return found.name;
  }
  return null;
}

/** Cuts every base-type cycle at the type where the walk meets it again. */
export function cutInheritanceCycles(resources: Map<string, ResourceType>, diagnostics: Diagnostic[]): void {
  const done = new Set<string>();
  for (const start of [...resources.keys()].sort()) {
    const path: string[] = [];
    for (let current = resources.get(start); current !== undefined && !done.has(current.name); ) {
      if (path.includes(current.name)) {
        diagnostics.push(diagnostic('inheritance-cycle', current.source.file, current.source,
          `Base types form a cycle (${[...path.slice(path.indexOf(current.name)), current.name].join(' -> ')}); left out \`extends\` on ${current.name}.`));
        delete current.baseType;
        break;
      }
      path.push(current.name);
      current = current.baseType === undefined ? undefined : resources.get(current.baseType);
    }
    for (const name of path) done.add(name);
  }
}

/** All properties a type inherits, nearest base first. */
export function inheritedProperties(resource: ResourceType, resources: ReadonlyMap<string, ResourceType>): Map<string, Property> {
  const inherited = new Map<string, Property>();
  const visited = new Set<string>([resource.name]);
  for (let base = baseOf(resource, resources); base !== undefined && !visited.has(base.name); base = baseOf(base, resources)) {
    visited.add(base.name);
    for (const property of base.properties) if (!inherited.has(property.name)) inherited.set(property.name, property);
  }
  return inherited;
}

function baseOf(resource: ResourceType, resources: ReadonlyMap<string, ResourceType>): ResourceType | undefined {
  return resource.baseType === undefined ? undefined : resources.get(resource.baseType);
}

/**
 * The properties of `resource` that stay once those its bases declare are dropped: a property a
 * base declares with the same type, and one only a JSON block shows when a base declares it (its
 * table says more).
 */
export function keptProperties(resource: ResourceType, resources: ReadonlyMap<string, ResourceType>): Property[] {
  const inherited = inheritedProperties(resource, resources);
  if (inherited.size === 0) return resource.properties;
  return resource.properties.filter((property) => {
    const base = inherited.get(property.name);
    return base === undefined || !(sameType(base, property) || property.origin === 'json');
  });
}

function sameType(inherited: Property, own: Property): boolean {
  return inherited.collection === own.collection && typeText(inherited.type) === typeText(own.type);
}

function typeText(type: TypeRef): string {
  return type.kind === 'unknown' ? `unknown ${type.text}` : `${type.kind} ${type.name}`;
}
