// Every spelling of a primitive type the docs use, mapped to its EDM name.
import type { PrimitiveName } from '../model/types.js';

const spellings: Record<PrimitiveName, readonly string[]> = {
  String: ['string', 'str', 'text', 'url', 'uri', 'etag', 'char', 'character'],
  Boolean: ['boolean', 'bool'],
  Byte: ['byte'],
  SByte: ['sbyte'],
  Int16: ['int16', 'short'],
  Int32: ['int32', 'int', 'integer'],
  Int64: ['int64', 'long'],
  Single: ['single', 'float'],
  Double: ['double', 'number', 'numeric', 'real'],
  Decimal: ['decimal'],
  Guid: ['guid', 'uuid'],
  DateTimeOffset: ['datetimeoffset', 'datetime', 'timestamp'],
  Date: ['date'],
  TimeOfDay: ['timeofday', 'time'],
  Duration: ['duration', 'timespan'],
  Binary: ['binary', 'base64', 'base64binary', 'base64url', 'byte[]', 'bytes'],
  Stream: ['stream'],
  Json: ['json', 'untyped', 'any', 'untyped json', 'untyped json object', 'json object', 'untypedjson', 'object'],
};

const byLowerCase = new Map<string, PrimitiveName>(
  Object.entries(spellings).flatMap(([name, words]) => words.map((word) => [word, name as PrimitiveName] as const)),
);

/** The primitive a type name means (`String`, `Edm.Int32`, `GUID`, `datetime`), if any. */
export function primitiveNamed(name: string): PrimitiveName | undefined {
  const key = name.trim().toLowerCase().replace(/^edm\./, '');
  return byLowerCase.get(key);
}
