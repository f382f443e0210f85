// Every single mutation of a valid instance that its guard must reject: a wrong
// primitive, a value outside an enumeration, a wrong `@odata.type`, null where
// the docs do not allow it, a non-array where an array belongs, a bad element
// inside an array. Each says the path `validateX` must name.
import type { PrimitiveName, Property, TypeRef } from '../../generator/model/types.js';
import type { ModelIndex } from './instances.js';

export interface Mutation {
  kind: string;
  /** The path `validateX` names for it, as the runtime writes paths. */
  path: string;
  apply: () => void;
  undo: () => void;
}

const wrongPrimitive: Record<PrimitiveName, unknown> = {
  String: 12345, Stream: 12345, Boolean: 'true', Byte: 256, SByte: 1.5, Int16: 40000, Int32: 2147483648, Int64: 1.5,
  Single: '1', Double: '1', Decimal: '1', Guid: 'not a guid', DateTimeOffset: '2021-07-01 12:00', Date: '2021-7-1',
  TimeOfDay: '25:00:00', Duration: 'P1DT', Binary: 'not base64!', Json: undefined,
};

export function mutationsOf(index: ModelIndex, typeName: string, instance: Record<string, unknown>): Mutation[] {
  const found: Mutation[] = [];
  walkResource(index, typeName, instance, '$', found);
  return found;
}

function set(target: Record<string, unknown> | unknown[], key: string | number, value: unknown, kind: string, path: string): Mutation {
  const record = target as Record<string | number, unknown>;
  const had = Object.prototype.hasOwnProperty.call(record, key);
  const before = record[key];
  return {
    kind, path,
    apply: () => { record[key] = value; },
    undo: () => {
      if (had) record[key] = before;
      else delete record[key];
    },
  };
}

function walkResource(index: ModelIndex, typeName: string, object: Record<string, unknown>, path: string, found: Mutation[]): void {
  const resource = index.resources.get(typeName);
  if (resource === undefined) return;
  found.push(set(object, '@odata.type', '#microsoft.graph.notAType', 'wrong @odata.type', `${path}['@odata.type']`));
  for (const property of index.properties(resource)) {
    const value = object[property.name];
    if (value === undefined || value === null) continue;
    const at = `${path}${step(property.name)}`;
    if (!property.nullable && !admitsAnything(index, property.type)) found.push(set(object, property.name, null, 'null where not nullable', at));
    if (property.collection) walkCollection(index, property, value as unknown[], at, object, found);
    else walkValue(index, property.type, value, at, (wrong, kind) => set(object, property.name, wrong, kind, at), found);
  }
}

function walkCollection(index: ModelIndex, property: Property, list: unknown[], path: string, owner: Record<string, unknown>, found: Mutation[]): void {
  found.push(set(owner, property.name, { 0: list[0] }, 'not an array', path));
  list.forEach((element, position) => {
    const at = `${path}[${position}]`;
    walkValue(index, property.type, element, at, (wrong, kind) => set(list, position, wrong, `bad element: ${kind}`, at), found);
  });
}

function walkValue(
  index: ModelIndex, type: TypeRef, value: unknown, path: string, replace: (wrong: unknown, kind: string) => Mutation, found: Mutation[],
): void {
  if (type.kind === 'primitive' && wrongPrimitive[type.name] !== undefined) found.push(replace(wrongPrimitive[type.name], `wrong ${type.name}`));
  if (type.kind === 'enum' && index.enums.has(type.name)) found.push(replace('notAMember', 'outside the enumeration'));
  if (type.kind === 'resource' && index.resources.has(type.name)) {
    found.push(replace('not an object', 'not an object'));
    walkResource(index, type.name, value as Record<string, unknown>, path, found);
  }
}

/** Json, and types the docs do not define: any value, null included. */
function admitsAnything(index: ModelIndex, type: TypeRef): boolean {
  if (type.kind === 'primitive') return type.name === 'Json';
  if (type.kind === 'enum') return !index.enums.has(type.name);
  return type.kind === 'unknown' || !index.resources.has(type.name);
}

/** `.name` or `['odd name']`, as the runtime writes a path step. */
export function step(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `['${key.replace(/[\\']/g, '\\$&')}']`;
}
