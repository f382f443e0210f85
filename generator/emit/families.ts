// Inheritance seen from the top: the known subtypes of every resource, from the
// base types the docs give. A guard accepts an `@odata.type` naming its type or
// one of these; a type with subtypes (or an abstract one) heads a family that
// gets a discriminated union.
import { compareText } from '../diagnostics.js';
import type { ResourceType } from '../model/types.js';
import { type ResourceLookup, ancestors } from './inherited.js';

export interface Families {
  /** Every resource's subtypes, direct and indirect, sorted by name; absent for a type without any. */
  subtypes: Map<string, string[]>;
  /** The types that head a family: those with subtypes, and abstract ones. */
  heads: Set<string>;
}

export function familyIndex(resources: readonly ResourceType[], lookup: ResourceLookup): Families {
  const subtypes = new Map<string, string[]>();
  for (const resource of resources) {
    for (const base of ancestors(resource, lookup)) {
      const list = subtypes.get(base.name) ?? [];
      list.push(resource.name);
      subtypes.set(base.name, list);
    }
  }
  for (const list of subtypes.values()) list.sort(compareText);
  const heads = new Set(resources.filter((resource) => resource.abstract || subtypes.has(resource.name)).map((resource) => resource.name));
  return { subtypes, heads };
}
