// A resource's properties seen through its base types.
import type { Property, ResourceType } from '../model/types.js';

export type ResourceLookup = (name: string) => ResourceType | undefined;

/** The base chain, nearest first, stopping at a repeat so a cycle cannot loop. */
export function ancestors(resource: ResourceType, lookup: ResourceLookup): ResourceType[] {
  const chain: ResourceType[] = [];
  const seen = new Set([resource.name]);
  for (let base = next(resource, lookup); base !== undefined && !seen.has(base.name); base = next(base, lookup)) {
    seen.add(base.name);
    chain.push(base);
  }
  return chain;
}

function next(resource: ResourceType, lookup: ResourceLookup): ResourceType | undefined {
  return resource.baseType === undefined ? undefined : lookup(resource.baseType);
}

/** Every property an instance can carry: own ones first, then inherited ones not redeclared. */
export function allProperties(resource: ResourceType, lookup: ResourceLookup): Property[] {
  const byName = new Map<string, Property>();
  for (const type of [resource, ...ancestors(resource, lookup)]) {
    for (const property of type.properties) if (!byName.has(property.name)) byName.set(property.name, property);
  }
  return [...byName.values()];
}

/** Own properties that a base type also declares (with another type, or resolve would have dropped them). */
export function redeclaredNames(resource: ResourceType, lookup: ResourceLookup): string[] {
  const inherited = new Set(ancestors(resource, lookup).flatMap((base) => base.properties.map((property) => property.name)));
  return resource.properties.map((property) => property.name).filter((name) => inherited.has(name));
}
