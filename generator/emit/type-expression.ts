// How a property's type is written in an interface and checked in a guard.
import type { PrimitiveName, Property, TypeRef } from '../model/types.js';
import { type ImportScope, importCheck, importRuntime, importType, importValues } from './import-scope.js';
import { type TypeNames, quote } from './naming.js';

const primitiveType: Record<PrimitiveName, string> = {
  String: 'string', Boolean: 'boolean', Byte: 'number', SByte: 'number', Int16: 'number', Int32: 'number', Int64: 'number',
  Single: 'number', Double: 'number', Decimal: 'number', Guid: 'string', DateTimeOffset: 'string', Date: 'string',
  TimeOfDay: 'string', Duration: 'string', Binary: 'string', Stream: 'string', Json: 'unknown',
};

/** The runtime checker of each primitive; Stream content has no JSON form of its own, so any string. */
const primitiveCheck: Record<PrimitiveName, string> = {
  String: 'checkString', Boolean: 'checkBoolean', Byte: 'checkByte', SByte: 'checkSByte', Int16: 'checkInt16',
  Int32: 'checkInt32', Int64: 'checkInt64', Single: 'checkNumber', Double: 'checkNumber', Decimal: 'checkNumber',
  Guid: 'checkGuid', DateTimeOffset: 'checkDateTimeOffset', Date: 'checkDate', TimeOfDay: 'checkTimeOfDay',
  Duration: 'checkDuration', Binary: 'checkBinary', Stream: 'checkString', Json: 'checkJson',
};

export type NamesOf = (typeName: string) => TypeNames | undefined;

/** Whether a property admits null: the docs say so, or every property does (`lenientNulls`). */
export function admitsNull(property: Property, lenientNulls: boolean): boolean {
  return property.nullable || lenientNulls;
}

/** The TypeScript type of a property: `string`, `ResultInfo[]`, `OperationStatus | null`. */
export function propertyType(property: Property, scope: ImportScope, namesOf: NamesOf, lenientNulls: boolean): string {
  const element = elementType(property.type, scope, namesOf);
  const written = property.collection ? `${element}[]` : element;
  return admitsNull(property, lenientNulls) && element !== 'unknown' ? `${written} | null` : written;
}

function elementType(type: TypeRef, scope: ImportScope, namesOf: NamesOf): string {
  if (type.kind === 'primitive') return primitiveType[type.name];
  if (type.kind === 'unknown') return 'unknown';
  const names = namesOf(type.name);
  return names === undefined ? 'unknown' : importType(scope, names);
}

/** The checker of one element of a property's type; anything present passes where the type is unknown. */
export function elementCheck(type: TypeRef, scope: ImportScope, namesOf: NamesOf): string {
  if (type.kind === 'primitive') return importRuntime(scope, primitiveCheck[type.name]);
  const names = type.kind === 'unknown' ? undefined : namesOf(type.name);
  return names === undefined ? importRuntime(scope, 'checkJson') : importCheck(scope, names);
}

/** The runtime helper of a plain (single, not nullable) primitive property: one call, the test inline. */
const plainHelper: Record<PrimitiveName, string> = {
  String: 'string', Boolean: 'boolean', Byte: 'byte', SByte: 'sByte', Int16: 'int16', Int32: 'int32', Int64: 'int64',
  Single: 'number', Double: 'number', Decimal: 'number', Guid: 'guid', DateTimeOffset: 'dateTimeOffset', Date: 'date',
  TimeOfDay: 'timeOfDay', Duration: 'duration', Binary: 'binary', Stream: 'string', Json: 'json',
};

/**
 * The call that checks one property of `value`, the checker's whole work for it: a plain primitive or
 * enumeration property has a helper of its own (`rt.int32(value['size'], context, 'size')`); any other
 * goes through `prop`, `propOrNull`, `array` or `arrayOrNull` with its element's checker.
 */
export function propertyCheck(property: Property, scope: ImportScope, namesOf: NamesOf, options: { lenientNulls: boolean; openEnums: boolean }): string {
  const key = quote(property.name);
  const read = `value[${key}], context, ${key}`;
  if (!property.collection && !admitsNull(property, options.lenientNulls)) {
    const type = property.type;
    if (type.kind === 'primitive') return `${importRuntime(scope, plainHelper[type.name])}(${read})`;
    const names = type.kind === 'enum' ? namesOf(type.name) : undefined;
    if (names !== undefined && options.openEnums) return `${importRuntime(scope, 'string')}(${read})`;
    if (names !== undefined) return `${importRuntime(scope, 'member')}(${read}, ${importValues(scope, names)})`;
  }
  const name = property.collection ? 'array' : 'prop';
  const helper = importRuntime(scope, admitsNull(property, options.lenientNulls) ? `${name}OrNull` : name);
  return `${helper}(${read}, ${elementCheck(property.type, scope, namesOf)})`;
}
