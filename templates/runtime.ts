// The small runtime every generated type guard shares. Generated modules import
// it as a namespace (`import * as rt from './_runtime.js'`). Override it with a
// `runtime.ts` in your own templates folder. It uses only the ES5 library, so
// the output type-checks whatever `lib` a project sets.
//
// Each type has one generated checker, `checkX(value, context)`, that walks its
// properties with the helpers below and reports to a context. `isX` runs it in
// fast mode (stop at the first failure, record nothing); `validateX` and
// `assertX` run it again in collecting mode (every failure, with its path) only
// when the fast run failed, so a valid value costs the same everywhere.

/** Options of `validateX` and `assertX`. */
export interface GuardOptions {
  /**
   * Reject properties the type does not declare, unless the docs mark it an open type.
   * Instance annotations (`@odata.etag`, `name@odata.nextLink`) stay allowed. Default `false`.
   */
  strict?: boolean;
  /** How deeply objects may nest before the value fails as too deep. Default {@link defaultMaxDepth}. */
  maxDepth?: number;
}

/** Objects nested deeper than this fail: it keeps the call stack safe on hostile data. */
export const defaultMaxDepth = 500;

/** One reason a value is not of its type: where (`$.resultInfo.code`) and why. */
export interface Failure {
  path: string;
  message: string;
}

/** The error `assertX` throws: a TypeError that lists every failure. */
export interface GuardError extends TypeError {
  failures: Failure[];
}

/** A generated checker: true when `value` passed (in collecting mode: when the walk may go on). */
export type Check = (value: unknown, context: Context) => boolean;

/** What a resource's checker needs beyond its properties. */
export interface ResourceInfo {
  /** The TypeScript name, for messages. */
  label: string;
  /** The `@odata.type` names it accepts, with and without `#`: true for itself, false for a subtype. */
  names: { [name: string]: boolean };
  /** An open type admits undeclared properties even in strict mode. */
  open: boolean;
}

/** The state of one run of a checker. */
export interface Context {
  readonly collect: boolean;
  readonly strict: boolean;
  readonly maxDepth: number;
  depth: number;
  /** When `enter` declines to walk an object: whether it passed (a cycle) or failed. */
  verdict: boolean;
  /** The objects on the current path, and the types they are checked as: a repeated pair is a cycle. */
  readonly objects: unknown[];
  readonly types: ResourceInfo[];
  readonly path: (string | number)[];
  readonly failures: Failure[];
  /** Strict mode: the keys read from the objects on the path, and where each object's keys start. */
  readonly keys: string[];
  readonly keyStarts: number[];
}

/** `isX`: the fast run. */
export function test(value: unknown, check: Check): boolean {
  return run(value, check, createContext(false, undefined));
}

/** `validateX`: every failure, or none. */
export function validate(value: unknown, check: Check, options?: GuardOptions): Failure[] {
  if (run(value, check, createContext(false, options))) return [];
  const context = createContext(true, options);
  run(value, check, context);
  return context.failures;
}

/** `assertX`: throws a {@link GuardError} naming every failure. */
export function assert(value: unknown, check: Check, label: string, options?: GuardOptions): void {
  const failures = validate(value, check, options);
  if (failures.length === 0) return;
  const shown = failures.slice(0, 20).map((failure) => `  ${failure.path}: ${failure.message}`);
  if (failures.length > shown.length) shown.push(`  ... and ${failures.length - shown.length} more`);
  const error = new TypeError(`Value is not a ${label}:\n${shown.join('\n')}`) as GuardError;
  error.failures = failures;
  throw error;
}

function createContext(collect: boolean, options: GuardOptions | undefined): Context {
  const maxDepth = options !== undefined && options.maxDepth !== undefined ? options.maxDepth : defaultMaxDepth;
  return {
    collect, strict: options !== undefined && options.strict === true, maxDepth, depth: 0, verdict: false, objects: [], types: [], path: [], failures: [], keys: [], keyStarts: [],
  };
}

function run(value: unknown, check: Check, context: Context): boolean {
  try {
    const passed = check(value, context);
    return context.collect ? context.failures.length === 0 : passed;
  } catch (error) {
    // The depth limit keeps the stack safe; this covers a caller already deep in its own stack.
    if (!(error instanceof RangeError)) throw error;
    context.path.length = 0;
    return report(context, 'expected data the call stack can hold, got nesting too deep for it');
  }
}

/** The information a resource checker starts from: its label, its `@odata.type` names (itself first), openness. */
export function resourceInfo(label: string, names: readonly string[], open: boolean): ResourceInfo {
  const accepted: { [name: string]: boolean } = Object.create(null);
  for (let index = 0; index < names.length; index++) {
    accepted[names[index] as string] = index === 0;
    accepted[`#${names[index]}`] = index === 0;
  }
  return { label, names: accepted, open };
}

/**
 * Starts checking an object as `type`: true when its properties are to be walked (then
 * `leave` ends the walk); false when not, with `context.verdict` saying whether it passed.
 */
export function enter(value: unknown, context: Context, type: ResourceInfo): value is Record<string, unknown> {
  context.verdict = false;
  if (!isRecord(value)) return fail(context, `${type.label} object`, value);
  if (!watch(value, context, type)) return false;
  const named = value['@odata.type'];
  const kind = named === undefined ? true : typeof named === 'string' ? type.names[named] : undefined;
  if (kind === undefined) {
    failAt(context, '@odata.type', `expected the name of ${type.label} or of a subtype, got ${describe(named)}`);
    if (!context.collect) return false;
  }
  context.depth += 1;
  // Strict mode cannot judge the properties of a subtype it does not know: it skips the object.
  if (context.strict) context.keyStarts.push(type.open || kind === false ? -1 : context.keys.length);
  return true;
}

/** Ends the walk `enter` started; in strict mode, fails on undeclared properties. */
export function leave(value: Record<string, unknown>, context: Context): boolean {
  context.depth -= 1;
  if (!context.strict) return true;
  const start = context.keyStarts.pop() as number;
  const passed = start === -1 || closed(value, context, start);
  context.keys.length = Math.max(start, 0);
  return passed;
}

function closed(value: Record<string, unknown>, context: Context, start: number): boolean {
  const keys = Object.keys(value);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    if (key.indexOf('@') !== -1 || value[key] === undefined || context.keys.indexOf(key, start) !== -1) continue;
    failAt(context, key, 'no such property (strict mode)');
    if (!context.collect) return false;
  }
  return true;
}

/**
 * A pair (object, type) already on the path is a cycle: it passes, as the walk in progress
 * checks it (a cyclic graph must not loop). Data nested too deeply fails.
 */
function watch(value: Record<string, unknown>, context: Context, type: ResourceInfo): boolean {
  const depth = context.depth;
  for (let index = 0; index < depth; index++) {
    if (context.objects[index] === value && context.types[index] === type) {
      context.verdict = true;
      return false;
    }
  }
  if (context.depth >= context.maxDepth) return report(context, `expected at most ${context.maxDepth} nested objects (maxDepth), got more`);
  context.objects[depth] = value;
  context.types[depth] = type;
  return true;
}

/** A property: absent, or present with a value `check` accepts. */
export function prop(record: Record<string, unknown>, context: Context, key: string, check: Check): boolean {
  return property(record, context, key, check, false);
}

/** A nullable property: absent, null, or present with a value `check` accepts. */
export function propOrNull(record: Record<string, unknown>, context: Context, key: string, check: Check): boolean {
  return record[key] === null ? known(context, key) : property(record, context, key, check, false);
}

/** A collection: absent, or an array whose every element `check` accepts. */
export function array(record: Record<string, unknown>, context: Context, key: string, check: Check): boolean {
  return property(record, context, key, check, true);
}

/** A nullable collection: absent, null, or an array whose every element `check` accepts. */
export function arrayOrNull(record: Record<string, unknown>, context: Context, key: string, check: Check): boolean {
  return record[key] === null ? known(context, key) : property(record, context, key, check, true);
}

function known(context: Context, key: string): true {
  if (context.strict) context.keys.push(key);
  return true;
}

function property(record: Record<string, unknown>, context: Context, key: string, check: Check, many: boolean): boolean {
  const value = record[key];
  if (value === undefined) return true;
  if (context.strict) context.keys.push(key);
  // A failing value that is not an own property came from the prototype (`constructor`): absent.
  if (!context.collect) return (many ? elements(value, context, check) : check(value, context)) || !hasOwn(record, key);
  const failures = context.failures.length;
  context.path.push(key);
  if (!(many ? elements(value, context, check) : check(value, context)) && !hasOwn(record, key)) context.failures.length = failures;
  context.path.pop();
  return true;
}

function elements(value: unknown, context: Context, check: Check): boolean {
  if (!isArray(value)) return fail(context, 'array', value);
  for (let index = 0; index < value.length; index++) {
    if (!context.collect) {
      if (!check(value[index], context)) return false;
      continue;
    }
    context.path.push(index);
    check(value[index], context);
    context.path.pop();
  }
  return true;
}

/** A `@odata.type`-discriminated family: checks the value as the type it names, else as the base. */
export function dispatch(value: unknown, context: Context, base: Check, subtypes: { [name: string]: Check }): boolean {
  const named = isRecord(value) ? value['@odata.type'] : undefined;
  const name = typeof named === 'string' && named.charAt(0) === '#' ? named.slice(1) : named;
  const check = typeof name === 'string' && hasOwn(subtypes, name) ? subtypes[name] : undefined;
  return (check === undefined ? base : check)(value, context);
}

/** A value of a discriminated family that names its type. */
export type Tagged<T, Name extends string> = T & { '@odata.type': Name | `#${Name}` };

/** A value of a discriminated family that names no type: it is of the family's base type. */
export type Untagged<T> = T & { '@odata.type'?: undefined };

/** Records a failure (collecting mode) and returns false. */
export function fail(context: Context, expected: string, value: unknown): false {
  return context.collect ? report(context, `expected ${expected}, got ${describe(value)}`) : false;
}

function report(context: Context, message: string): false {
  if (context.collect) context.failures.push({ path: pathText(context.path), message });
  return false;
}

function failAt(context: Context, key: string, message: string): void {
  if (!context.collect) return;
  context.path.push(key);
  context.failures.push({ path: pathText(context.path), message });
  context.path.pop();
}

/** `$.resultInfo.code`, `$.values[2]`, `$['@odata.type']`: JSONPath, as normalized paths write it. */
function pathText(path: readonly (string | number)[]): string {
  let text = '$';
  for (let index = 0; index < path.length; index++) {
    const step = path[index];
    if (typeof step === 'number') text += `[${step}]`;
    else text += /^[A-Za-z_$][\w$]*$/.test(step as string) ? `.${step}` : `['${(step as string).replace(/[\\']/g, '\\$&')}']`;
  }
  return text;
}

/** A value as a failure message shows it: `"5"`, `1.5`, `null`, `an object`. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value !== 'object' || value === null) return typeof value === 'function' ? 'a function' : String(value);
  return isArray(value) ? 'an array' : 'an object';
}

// ---------------------------------------------------------------------------
// Primitives, as JSON carries them. `isX` answers; `checkX` also reports.

/** A JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !isArray(value);
}

function isArray(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

const year = '-?(?:[1-9][0-9]{3,}|0[0-9]{3})';
const calendarDate = `${year}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])`;
const clockTime = '(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]+)?)?';

/**
 * The string formats, as OData's JSON format writes them (seconds and fractions optional).
 * Exported so that other validators can be given exactly the same formats.
 */
export const formats = {
  /** `2021-07-01T12:30:00Z`, `2021-07-01T12:30:00.1234567+02:00`. */
  dateTimeOffset: new RegExp(`^${calendarDate}[Tt]${clockTime}(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$`),
  /** `2021-07-01`. */
  date: new RegExp(`^${calendarDate}$`),
  /** `12:30:00`, `12:30:00.0000000`. */
  timeOfDay: new RegExp(`^${clockTime}$`),
  /** ISO 8601 durations: `P1DT2H`, `PT0S`, `-PT1.5S`, `P1Y2M3W`. */
  duration: /^-?P(?=[0-9]|T[0-9])(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\.[0-9]+)?S)?)?$/,
  /** `0a1b2c3d-0000-4000-8000-00000000abcd`, any case. */
  guid: /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/,
  /** Base64, standard or URL-safe alphabet, padding optional. */
  base64: /^(?:[A-Za-z0-9+/_-]{4})*(?:[A-Za-z0-9+/_-]{2}(?:==)?|[A-Za-z0-9+/_-]{3}=?)?$/,
};

function isFormatted(value: unknown, format: RegExp): value is string {
  return typeof value === 'string' && format.test(value);
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

/** An integral number; Int64 beyond 2^53 has already lost precision in JSON.parse. */
export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return isInteger(value) && value >= min && value <= max;
}

export function isDateTimeOffset(value: unknown): value is string {
  return isFormatted(value, formats.dateTimeOffset);
}

export function isGuid(value: unknown): value is string {
  return isFormatted(value, formats.guid);
}

/** Whether a value is one of an enumeration's members. */
export function isMember(members: readonly string[], value: unknown): boolean {
  return typeof value === 'string' && members.indexOf(value) !== -1;
}

export function checkString(value: unknown, context: Context): boolean {
  return typeof value === 'string' || fail(context, 'string', value);
}

export function checkBoolean(value: unknown, context: Context): boolean {
  return typeof value === 'boolean' || fail(context, 'boolean', value);
}

export function checkNumber(value: unknown, context: Context): boolean {
  return isNumber(value) || fail(context, 'number', value);
}

export function checkByte(value: unknown, context: Context): boolean {
  return isIntegerIn(value, 0, 255) || failInteger(context, value, 'Byte from 0 to 255');
}

export function checkSByte(value: unknown, context: Context): boolean {
  return isIntegerIn(value, -128, 127) || failInteger(context, value, 'SByte from -128 to 127');
}

export function checkInt16(value: unknown, context: Context): boolean {
  return isIntegerIn(value, -32768, 32767) || failInteger(context, value, 'Int16 from -32768 to 32767');
}

export function checkInt32(value: unknown, context: Context): boolean {
  return isIntegerIn(value, -2147483648, 2147483647) || failInteger(context, value, 'Int32 from -2147483648 to 2147483647');
}

export function checkInt64(value: unknown, context: Context): boolean {
  return isInteger(value) || fail(context, 'integer', value);
}

function failInteger(context: Context, value: unknown, range: string): false {
  return fail(context, isInteger(value) ? `integer (${range})` : 'integer', value);
}

export function checkGuid(value: unknown, context: Context): boolean {
  return isFormatted(value, formats.guid) || fail(context, 'Guid string (8-4-4-4-12 hex digits)', value);
}

export function checkDateTimeOffset(value: unknown, context: Context): boolean {
  return isFormatted(value, formats.dateTimeOffset) || fail(context, 'DateTimeOffset string (2021-07-01T12:30:00Z)', value);
}

export function checkDate(value: unknown, context: Context): boolean {
  return isFormatted(value, formats.date) || fail(context, 'Date string (2021-07-01)', value);
}

export function checkTimeOfDay(value: unknown, context: Context): boolean {
  return isFormatted(value, formats.timeOfDay) || fail(context, 'TimeOfDay string (12:30:00)', value);
}

export function checkDuration(value: unknown, context: Context): boolean {
  return isFormatted(value, formats.duration) || fail(context, 'Duration string (ISO 8601, P1DT2H)', value);
}

/** Binary travels as base64. */
export function checkBinary(value: unknown, context: Context): boolean {
  return isFormatted(value, formats.base64) || fail(context, 'base64 string', value);
}

/** Untyped JSON, and types the docs do not define: anything present. */
export function checkJson(value: unknown, context: Context): boolean {
  return value !== undefined || fail(context, 'a value', value);
}

/** An enumeration's member; the message lists the first few. */
export function member(value: unknown, context: Context, members: readonly string[]): boolean {
  if (typeof value === 'string' && members.indexOf(value) !== -1) return true;
  const listed = members.slice(0, 8).map((name) => JSON.stringify(name)).join(', ');
  return fail(context, `one of ${listed}${members.length > 8 ? `, ... (${members.length} members)` : ''}`, value);
}
