// Instances of the model's types as JSON carries them, as fast-check
// arbitraries: the property tests check that guards accept them (and reject
// each single mutation of them); the benchmark samples them.
import fc from 'fast-check';
import { allProperties } from '../../generator/emit/inherited.js';
import type { ApiModel, PrimitiveName, Property, ResourceType, TypeRef } from '../../generator/model/types.js';

export interface InstanceOptions {
  /** How deeply resources nest; a resource-typed property deeper than this is left out. */
  maxDepth: number;
  /** Longest array generated. */
  maxArray: number;
  /** Generate navigation properties (Relationships) too; Graph returns them only when expanded. */
  navigation: boolean;
  /**
   * `some`: each property may be absent (every shape); `all`: every property generated is present,
   * as a service returns a type's properties: every instance of a type has one shape.
   */
  presence: 'some' | 'all';
}

export interface ModelIndex {
  resources: Map<string, ResourceType>;
  enums: Map<string, readonly string[]>;
  properties: (resource: ResourceType) => Property[];
}

export function indexModel(model: ApiModel): ModelIndex {
  const resources = new Map(model.resources.map((resource) => [resource.name, resource]));
  const enums = new Map(model.enums.map((type) => [type.name, type.members.map((member) => member.name)]));
  const cache = new Map<string, Property[]>();
  const properties = (resource: ResourceType): Property[] => {
    const known = cache.get(resource.name) ?? allProperties(resource, (name) => resources.get(name));
    cache.set(resource.name, known);
    return known;
  };
  return { resources, enums, properties };
}

const minute = 60_000;
const instant = fc.integer({ min: Date.UTC(1900, 0, 1) / minute, max: Date.UTC(2100, 0, 1) / minute })
  .chain((minutes) => fc.integer({ min: 0, max: minute - 1 }).map((millis) => new Date(minutes * minute + millis).toISOString()));
const offset = fc.constantFrom('Z', '+02:00', '-11:30', '+00:00');

const primitives: Record<PrimitiveName, fc.Arbitrary<unknown>> = {
  String: fc.string({ maxLength: 12 }),
  Boolean: fc.boolean(),
  Byte: fc.integer({ min: 0, max: 255 }),
  SByte: fc.integer({ min: -128, max: 127 }),
  Int16: fc.integer({ min: -32768, max: 32767 }),
  Int32: fc.integer(),
  Int64: fc.maxSafeInteger(),
  Single: fc.double({ noNaN: true, noDefaultInfinity: true }),
  Double: fc.double({ noNaN: true, noDefaultInfinity: true }),
  Decimal: fc.double({ noNaN: true, noDefaultInfinity: true }),
  Guid: fc.uuid(),
  DateTimeOffset: fc.tuple(instant, offset).map(([text, zone]) => `${text.slice(0, 23)}${zone}`),
  Date: instant.map((text) => text.slice(0, 10)),
  TimeOfDay: instant.map((text) => text.slice(11, 19)),
  Duration: fc.tuple(fc.boolean(), fc.nat(400), fc.nat(23), fc.nat(59)).map(([negative, days, hours, seconds]) =>
    `${negative ? '-' : ''}P${days}DT${hours}H${seconds}S`),
  Binary: fc.uint8Array({ maxLength: 12 }).map((bytes) => Buffer.from(bytes).toString('base64')),
  Stream: fc.string({ maxLength: 12 }),
  Json: fc.jsonValue({ maxDepth: 2 }),
};

/** The arbitrary of a resource's instances: every property optional, each nested resource too. */
export function instanceArbitrary(index: ModelIndex, typeName: string, options: InstanceOptions): fc.Arbitrary<Record<string, unknown>> {
  const cache = new Map<string, fc.Arbitrary<Record<string, unknown>>>();
  const resourceAt = (name: string, depth: number): fc.Arbitrary<Record<string, unknown>> => {
    const key = `${name}@${depth}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const resource = index.resources.get(name);
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    if (resource !== undefined) {
      shape['@odata.type'] = fc.constantFrom(`#${name}`, name);
      for (const property of index.properties(resource)) {
        const value = propertyArbitrary(property, depth);
        if (value !== undefined) shape[property.name] = value;
      }
    }
    const arbitrary = options.presence === 'all' ? fc.record(shape, { noNullPrototype: true }) : fc.record(shape, { requiredKeys: [] });
    cache.set(key, arbitrary);
    return arbitrary;
  };
  const elementArbitrary = (type: TypeRef, depth: number): fc.Arbitrary<unknown> | undefined => {
    if (type.kind === 'primitive') return primitives[type.name];
    if (type.kind === 'unknown') return fc.constant('anything');
    if (type.kind === 'enum') return fc.constantFrom(...(index.enums.get(type.name) ?? ['']));
    if (!index.resources.has(type.name)) return fc.constant('anything');
    return depth >= options.maxDepth ? undefined : resourceAt(type.name, depth + 1);
  };
  const propertyArbitrary = (property: Property, depth: number): fc.Arbitrary<unknown> | undefined => {
    if (property.navigation && !options.navigation) return undefined;
    const element = elementArbitrary(property.type, depth);
    if (element === undefined) return undefined;
    const value = property.collection ? fc.array(element, { maxLength: options.maxArray }) : element;
    return property.nullable ? fc.option(value, { nil: null, freq: 4 }) : value;
  };
  return resourceAt(typeName, 0);
}
