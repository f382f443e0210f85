// The small runtime every generated type guard shares. Generated modules import
// it as a namespace (`import * as rt from './_runtime.js'`). Override it with a
// `runtime.ts` in your own templates folder. It uses only the ES5 library, so
// the output type-checks whatever `lib` a project sets.

/** A function that tells whether a value has type `T`. */
export type Guard<T> = (value: unknown) => value is T;

/** A JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property of a record; keys like `constructor` are not taken from the prototype. */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Absent, or present with the right type. */
export function optional<T>(value: unknown, guard: Guard<T>): boolean {
  return value === undefined || guard(value);
}

/** Absent, null, or present with the right type. */
export function optionalOrNull<T>(value: unknown, guard: Guard<T>): boolean {
  return value === undefined || value === null || guard(value);
}

/** Absent, or an array whose every element has the right type. */
export function optionalArray<T>(value: unknown, guard: Guard<T>): boolean {
  return value === undefined || isArrayOf(value, guard);
}

/** Absent, null, or an array whose every element has the right type. */
export function optionalArrayOrNull<T>(value: unknown, guard: Guard<T>): boolean {
  return value === undefined || value === null || isArrayOf(value, guard);
}

export function isArrayOf<T>(value: unknown, guard: Guard<T>): value is T[] {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!guard(element)) return false;
  return true;
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

export function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

/** Any finite JSON number (Single, Double, Decimal). */
export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value);
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return isInteger(value) && value >= min && value <= max;
}

export function isByte(value: unknown): value is number {
  return isIntegerIn(value, 0, 255);
}

export function isSByte(value: unknown): value is number {
  return isIntegerIn(value, -128, 127);
}

export function isInt16(value: unknown): value is number {
  return isIntegerIn(value, -32768, 32767);
}

export function isInt32(value: unknown): value is number {
  return isIntegerIn(value, -2147483648, 2147483647);
}

/** Int64 as JSON numbers carry it: an integer (beyond 2^53 precision is already lost). */
export function isInt64(value: unknown): value is number {
  return isInteger(value);
}

/** Date, time and identifier types travel as strings in JSON. */
export function isDateTimeOffset(value: unknown): value is string {
  return typeof value === 'string';
}

export function isDate(value: unknown): value is string {
  return typeof value === 'string';
}

export function isTimeOfDay(value: unknown): value is string {
  return typeof value === 'string';
}

export function isDuration(value: unknown): value is string {
  return typeof value === 'string';
}

export function isGuid(value: unknown): value is string {
  return typeof value === 'string';
}

/** Binary and Stream values travel as base64 strings. */
export function isBinary(value: unknown): value is string {
  return typeof value === 'string';
}

/** Untyped JSON: anything JSON can carry. */
export function isJson(value: unknown): value is unknown {
  return value !== undefined;
}

/** Whether a value is one of an enumeration's members. */
export function isMember(members: readonly string[], value: unknown): boolean {
  return typeof value === 'string' && members.indexOf(value) !== -1;
}
