// How a property's type is written in an interface and checked in a guard.
import type { PrimitiveName, Property, TypeRef } from '../model/types.js';
import { type ImportScope, importGuard, importRuntime, importType } from './import-scope.js';
import type { TypeNames } from './naming.js';

const primitiveType: Record<PrimitiveName, string> = {
  String: 'string', Boolean: 'boolean', Byte: 'number', SByte: 'number', Int16: 'number', Int32: 'number', Int64: 'number',
  Single: 'number', Double: 'number', Decimal: 'number', Guid: 'string', DateTimeOffset: 'string', Date: 'string',
  TimeOfDay: 'string', Duration: 'string', Binary: 'string', Stream: 'string', Json: 'unknown',
};

const primitiveGuard: Record<PrimitiveName, string> = {
  String: 'isString', Boolean: 'isBoolean', Byte: 'isByte', SByte: 'isSByte', Int16: 'isInt16', Int32: 'isInt32',
  Int64: 'isInt64', Single: 'isNumber', Double: 'isNumber', Decimal: 'isNumber', Guid: 'isGuid',
  DateTimeOffset: 'isDateTimeOffset', Date: 'isDate', TimeOfDay: 'isTimeOfDay', Duration: 'isDuration',
  Binary: 'isBinary', Stream: 'isBinary', Json: 'isJson',
};

export type NamesOf = (typeName: string) => TypeNames | undefined;

/** The TypeScript type of a property: `string`, `ResultInfo[]`, `OperationStatus | null`. */
export function propertyType(property: Property, scope: ImportScope, namesOf: NamesOf): string {
  const element = elementType(property.type, scope, namesOf);
  const written = property.collection ? `${element}[]` : element;
  return property.nullable && element !== 'unknown' ? `${written} | null` : written;
}

function elementType(type: TypeRef, scope: ImportScope, namesOf: NamesOf): string {
  if (type.kind === 'primitive') return primitiveType[type.name];
  if (type.kind === 'unknown') return 'unknown';
  const names = namesOf(type.name);
  return names === undefined ? 'unknown' : importType(scope, names);
}

/** The guard of one element of a property's type, or undefined when anything goes. */
export function elementGuard(type: TypeRef, scope: ImportScope, namesOf: NamesOf): string | undefined {
  if (type.kind === 'primitive') return importRuntime(scope, primitiveGuard[type.name]);
  if (type.kind === 'unknown') return undefined;
  const names = namesOf(type.name);
  return names === undefined ? undefined : importGuard(scope, names);
}

/** The runtime helper that checks a property given its element guard. */
export function propertyCheckHelper(property: Property, scope: ImportScope): string {
  const name = property.collection ? 'optionalArray' : 'optional';
  return importRuntime(scope, property.nullable ? `${name}OrNull` : name);
}
