// All enumerations of the API: those the pages define in tables, and those
// inferred from listed values. Identical value sets share one type: a listed
// set that equals a defined enumeration is that enumeration.
import type { EnumMember, EnumType, SourceRef } from '../model/types.js';
import { splitQualifiedName } from './names.js';

export interface EnumRegistry {
  byName: Map<string, EnumType>;
  /** Sorted member names joined by a newline -> enum name. */
  byValueSet: Map<string, string>;
  /** Lower-cased names taken by any type, enum or resource. */
  takenNames: Set<string>;
  /** Enumerations whose table lists `null`: a property of such a type may be null. */
  withNull: Set<string>;
}

export function createEnumRegistry(takenNames: Iterable<string>): EnumRegistry {
  return { byName: new Map(), byValueSet: new Map(), takenNames: new Set([...takenNames].map((name) => name.toLowerCase())), withNull: new Set() };
}

export function addEnum(registry: EnumRegistry, type: EnumType): void {
  registry.byName.set(type.name, type);
  registry.takenNames.add(type.name.toLowerCase());
  const key = valueSetKey(type.members.map((member) => member.name));
  if (!registry.byValueSet.has(key)) registry.byValueSet.set(key, type.name);
}

export interface InferredEnumRequest {
  /** The name to use when no enumeration with the same values exists. */
  preferredName: string;
  values: readonly string[];
  description: string;
  source: SourceRef;
}

/** The enumeration for a set of listed values: an existing one with the same set, or a new one. */
export function enumForValues(registry: EnumRegistry, request: InferredEnumRequest): string {
  const existing = registry.byValueSet.get(valueSetKey(request.values));
  if (existing !== undefined) return existing;
  const name = freeName(registry, request.preferredName);
  const { namespace, shortName } = splitQualifiedName(name);
  const members: EnumMember[] = request.values.map((value) => ({ name: value, description: '' }));
  addEnum(registry, { name, namespace, shortName, description: request.description, members, origin: 'inferred', source: request.source });
  return name;
}

function freeName(registry: EnumRegistry, preferred: string): string {
  if (!registry.takenNames.has(preferred.toLowerCase())) return preferred;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${preferred}${suffix}`;
    if (!registry.takenNames.has(candidate.toLowerCase())) return candidate;
  }
}

export function valueSetKey(values: readonly string[]): string {
  return [...new Set(values)].sort().join('\n');
}
