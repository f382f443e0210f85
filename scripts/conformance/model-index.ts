// Lookups into the generator's ApiModel: types by name (case-insensitively,
// as the docs do not keep one casing) and properties through `baseType`.
import type { ApiModel, EnumType, Property, ResourceType } from '../../generator/model/types.js';

export interface ModelIndex {
  resources: Map<string, ResourceType>;
  enums: Map<string, EnumType>;
}

export function indexModel(model: ApiModel): ModelIndex {
  return {
    resources: new Map(model.resources.map((resource) => [resource.name.toLowerCase(), resource])),
    enums: new Map(model.enums.map((type) => [type.name.toLowerCase(), type])),
  };
}

export function findResource(index: ModelIndex, name: string): ResourceType | undefined {
  return index.resources.get(name.toLowerCase());
}

export function findEnum(index: ModelIndex, name: string): EnumType | undefined {
  return index.enums.get(name.toLowerCase());
}

/**
 * A resource's properties, its own and those inherited through the model's
 * `baseType` chain, base first; a derived type's property replaces an
 * inherited one of the same name. Cycle-safe.
 */
export function allModelProperties(index: ModelIndex, name: string): Property[] {
  const chain: ResourceType[] = [];
  const seen = new Set<string>();
  let current = findResource(index, name);
  while (current !== undefined && !seen.has(current.name.toLowerCase())) {
    seen.add(current.name.toLowerCase());
    chain.unshift(current);
    current = current.baseType === undefined ? undefined : findResource(index, current.baseType);
  }
  const byName = new Map<string, Property>();
  for (const type of chain) for (const property of type.properties) byName.set(property.name, property);
  return [...byName.values()];
}
