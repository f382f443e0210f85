// A JSON Schema equivalent to the generated guards, for ajv: the same
// primitives and formats (the runtime's own regular expressions), the same
// nullability, and `@odata.type` restricted to the type's family names.
import type { PrimitiveName, Property, TypeRef } from '../../generator/model/types.js';
import type { ModelIndex } from '../../test/support/instances.js';

type Schema = Record<string, unknown>;

/** The format names the schema uses; register each with the runtime's RegExp of the same key. */
export const formatNames = {
  dateTimeOffset: 'graph-date-time-offset', date: 'graph-date', timeOfDay: 'graph-time-of-day',
  duration: 'graph-duration', guid: 'graph-guid', base64: 'graph-base64',
} as const;

const integer = (minimum: number, maximum: number): Schema => ({ type: 'integer', minimum, maximum });
const formatted = (format: string): Schema => ({ type: 'string', format });

const primitives: Record<PrimitiveName, Schema> = {
  String: { type: 'string' }, Boolean: { type: 'boolean' }, Byte: integer(0, 255), SByte: integer(-128, 127),
  Int16: integer(-32768, 32767), Int32: integer(-2147483648, 2147483647), Int64: { type: 'integer' },
  Single: { type: 'number' }, Double: { type: 'number' }, Decimal: { type: 'number' },
  Guid: formatted(formatNames.guid), DateTimeOffset: formatted(formatNames.dateTimeOffset), Date: formatted(formatNames.date),
  TimeOfDay: formatted(formatNames.timeOfDay), Duration: formatted(formatNames.duration), Binary: formatted(formatNames.base64),
  Stream: { type: 'string' }, Json: {},
};

/** `{ $id, $defs }` with a definition for every resource reachable from `roots`. */
export function graphSchema(index: ModelIndex, roots: readonly string[], subtypesOf: (name: string) => readonly string[]): Schema {
  const defs: Record<string, Schema> = {};
  const pending = [...roots];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const resource = index.resources.get(name);
    if (resource === undefined || defs[name] !== undefined) continue;
    const names = [name, ...subtypesOf(name)].flatMap((typeName) => [typeName, `#${typeName}`]);
    const properties: Record<string, Schema> = { '@odata.type': { enum: names } };
    for (const property of index.properties(resource)) {
      properties[property.name] = propertySchema(property, index);
      if (property.type.kind === 'resource') pending.push(property.type.name);
    }
    defs[name] = { type: 'object', properties };
  }
  return { $id: 'graph', $defs: defs };
}

function propertySchema(property: Property, index: ModelIndex): Schema {
  const element = elementSchema(property.type, index);
  const schema = property.collection ? { type: 'array', items: element } : element;
  if (!property.nullable) return schema;
  if (typeof schema['type'] === 'string') return { ...schema, type: [schema['type'], 'null'] };
  if (Array.isArray(schema['enum'])) return { enum: [...schema['enum'], null] };
  return Object.keys(schema).length === 0 ? schema : { anyOf: [{ type: 'null' }, schema] };
}

function elementSchema(type: TypeRef, index: ModelIndex): Schema {
  if (type.kind === 'primitive') return primitives[type.name];
  if (type.kind === 'enum') return { enum: [...(index.enums.get(type.name) ?? [])] };
  if (type.kind === 'resource' && index.resources.has(type.name)) return { $ref: `graph#/$defs/${type.name}` };
  return {};
}
