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

/** A generated checker: true when `value` passed. */
export type Check = (value: unknown, context: Context) => boolean;

/** What a resource's checker needs beyond its properties. */
export interface ResourceInfo {
  /** The TypeScript name, for messages. */
  label: string;
  /** Its own `@odata.type` name, with and without `#`: the common case, compared first. */
  name: string;
  hashName: string;
  /** The `@odata.type` names it accepts, with and without `#`: true for itself, false for a subtype. */
  names: { [name: string]: boolean };
  /** The properties it declares, for strict mode; undefined for an open type, which admits any. */
  keys: { [key: string]: boolean } | undefined;
}

/**
 * A failure while its path is being built: each property helper the failure unwinds through adds
 * its key (so the fast path never tracks a path), down to the `level` it has reached.
 */
interface OpenFailure {
  steps: (string | number)[];
  level: number;
  message: string;
}

/** The state of one run of a checker. */
export interface Context {
  readonly collect: boolean;
  readonly strict: boolean;
  readonly maxDepth: number;
  depth: number;
  /** When `enter` declines to walk an object: whether it passed (a cycle) or failed. */
  verdict: boolean;
  /** The objects on the current path (the last is the one walked), and the types they are checked as. */
  readonly objects: unknown[];
  readonly types: ResourceInfo[];
  readonly failures: OpenFailure[];
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
  return context.failures.map((failure) => ({ path: pathText(failure.steps), message: failure.message }));
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
  const strict = options !== undefined && options.strict === true;
  return { collect, strict, maxDepth, depth: 0, verdict: false, objects: [], types: [], failures: [] };
}

function run(value: unknown, check: Check, context: Context): boolean {
  try {
    const passed = check(value, context);
    return context.collect ? context.failures.length === 0 : passed;
  } catch (error) {
    // The depth limit keeps the stack safe; this covers a caller already deep in its own stack.
    if (!(error instanceof RangeError)) throw error;
    context.failures.length = 0;
    context.depth = 0;
    return report(context, 'expected data the call stack can hold, got nesting too deep for it');
  }
}

/**
 * What a resource's checker starts from: its label, its `@odata.type` names (itself first, then its
 * subtypes), and the properties it declares, or `undefined` for an open type.
 */
export function resourceInfo(label: string, names: readonly string[], keys: readonly string[] | undefined): ResourceInfo {
  const accepted: { [name: string]: boolean } = Object.create(null);
  for (let index = 0; index < names.length; index++) {
    accepted[names[index] as string] = index === 0;
    accepted[`#${names[index]}`] = index === 0;
  }
  const name = names[0] as string;
  return { label, name, hashName: `#${name}`, names: accepted, keys: keys === undefined ? undefined : keySet(keys) };
}

function keySet(keys: readonly string[]): { [key: string]: boolean } {
  const set: { [key: string]: boolean } = Object.create(null);
  for (let index = 0; index < keys.length; index++) set[keys[index] as string] = true;
  return set;
}

/**
 * Starts checking an object as `type`: true when its properties are to be walked (then
 * `leave` ends the walk); false when not, with `context.verdict` saying whether it passed.
 * Between the two, `context.objects[context.depth - 1]` is the object walked.
 */
export function enter(value: unknown, context: Context, type: ResourceInfo): value is Record<string, unknown> {
  context.verdict = false;
  if (!isRecord(value)) return fail(context, `${type.label} object`, value);
  if (!watch(value, context, type)) return false;
  const named = value['@odata.type'];
  if (named !== undefined && named !== type.hashName && named !== type.name && (typeof named !== 'string' || type.names[named] === undefined)) {
    if (!context.collect) return false;
    report(context, `expected the name of ${type.label} or of a subtype, got ${describe(named)}`, '@odata.type');
  }
  context.depth += 1;
  return true;
}

/**
 * Ends the walk `enter` started, whatever its outcome (`passed`), so the depth stays true; in
 * strict mode, fails on undeclared properties. In collecting mode, it tells whether any failure
 * came from the walk.
 */
export function leave(value: Record<string, unknown>, context: Context, passed: boolean): boolean {
  const depth = (context.depth -= 1);
  if (context.strict && (passed || context.collect)) passed = closed(value, context, context.types[depth] as ResourceInfo) && passed;
  if (!context.collect) return passed;
  const last = context.failures[context.failures.length - 1];
  return last === undefined || last.level <= depth;
}

/** Strict mode: every own property is declared, an annotation (`@odata.etag`), or undefined. */
function closed(value: Record<string, unknown>, context: Context, type: ResourceInfo): boolean {
  const named = value['@odata.type'];
  // The properties of a subtype the checker does not know are not judged here: `isAnyX` does.
  if (type.keys === undefined || (typeof named === 'string' && type.names[named] === false)) return true;
  const keys = Object.keys(value);
  let passed = true;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    if (key.indexOf('@') !== -1 || value[key] === undefined || type.keys[key] === true) continue;
    passed = false;
    if (!context.collect) break;
    report(context, 'no such property (strict mode)', key);
  }
  return passed;
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
  if (depth >= context.maxDepth) return report(context, `expected at most ${context.maxDepth} nested objects (maxDepth), got more`);
  context.objects[depth] = value;
  context.types[depth] = type;
  return true;
}

// The property helpers are the hot path: a valid value costs one call and no access to the
// context. The generated checker reads the property itself (`value['name']`, a constant key: V8
// makes that a fast load) and passes the key for messages. Anything else goes to `slowly`.

/** A property: absent, or present with a value `check` accepts. */
export function prop(value: unknown, context: Context, key: string, check: Check): boolean {
  return value === undefined || check(value, context) || slowly(value, context, key);
}

/** A nullable property: absent, null, or present with a value `check` accepts. */
export function propOrNull(value: unknown, context: Context, key: string, check: Check): boolean {
  return value === undefined || value === null || check(value, context) || slowly(value, context, key);
}

/** A collection: absent, or an array whose every element `check` accepts. */
export function array(value: unknown, context: Context, key: string, check: Check): boolean {
  return value === undefined || elements(value, context, check) || slowly(value, context, key);
}

/** A nullable collection: absent, null, or an array whose every element `check` accepts. */
export function arrayOrNull(value: unknown, context: Context, key: string, check: Check): boolean {
  return value === undefined || value === null || elements(value, context, check) || slowly(value, context, key);
}

/**
 * A property whose value failed (its checker, if given, has yet to record why). Fast mode: the
 * run fails, unless the value came from the prototype (`constructor`), which means absent.
 * Collecting mode: the key joins the paths of the failures, and the walk goes on.
 */
function slowly(value: unknown, context: Context, key: string, leaf?: Check): boolean {
  const depth = context.depth;
  const own = hasOwn(context.objects[depth - 1] as object, key);
  if (!context.collect) return !own;
  if (leaf !== undefined) leaf(value, context);
  return unwind(context, key, depth, own);
}

/** Adds `step` to the paths of the failures open beyond `level`; drops them when `keep` is false. */
function unwind(context: Context, step: string | number, level: number, keep: boolean): true {
  const failures = context.failures;
  let index = failures.length;
  while (index > 0 && (failures[index - 1] as OpenFailure).level > level) index -= 1;
  if (!keep) failures.length = index;
  for (; index < failures.length; index++) {
    const failure = failures[index] as OpenFailure;
    failure.steps.push(step);
    failure.level = level;
  }
  return true;
}

function elements(value: unknown, context: Context, check: Check): boolean {
  if (!isArray(value)) return fail(context, 'array', value);
  let passed = true;
  for (let index = 0; index < value.length; index++) {
    if (check(value[index], context)) continue;
    if (!context.collect) return false;
    passed = false;
    // Elements sit between their array's depth and the next: half a level.
    unwind(context, index, context.depth + 0.5, true);
  }
  return passed;
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

/** Records a failure at the current object, or at its property `key`; its path grows as it unwinds. */
function report(context: Context, message: string, key?: string): false {
  if (context.collect) context.failures.push({ steps: key === undefined ? [] : [key], level: context.depth + 1, message });
  return false;
}

/** `$.resultInfo.code`, `$.values[2]`, `$['@odata.type']` (JSONPath, as normalized paths write it) from steps innermost first. */
function pathText(steps: readonly (string | number)[]): string {
  let text = '$';
  for (let index = steps.length - 1; index >= 0; index--) {
    const step = steps[index];
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
// Primitives and enumeration members, as JSON carries them. For each: `checkX`, a checker for
// arrays and nullable properties; and `x`, the helper for a plain property of that type, which
// tests inline and so costs one call (the hot path of most properties).

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
const dateTimeOffsetFormat = new RegExp(`^${calendarDate}[Tt]${clockTime}(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$`);
const dateFormat = new RegExp(`^${calendarDate}$`);
const timeOfDayFormat = new RegExp(`^${clockTime}$`);
const durationFormat = /^-?P(?=[0-9]|T[0-9])(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\.[0-9]+)?S)?)?$/;
const guidFormat = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
const base64Format = /^(?:[A-Za-z0-9+/_-]{4})*(?:[A-Za-z0-9+/_-]{2}(?:==)?|[A-Za-z0-9+/_-]{3}=?)?$/;

/**
 * The string formats, as OData's JSON format writes them (seconds and fractions optional), exported
 * so that other validators can be given exactly the same ones.
 */
export const formats = {
  /** `2021-07-01T12:30:00Z`, `2021-07-01T12:30:00.1234567+02:00`. */
  dateTimeOffset: dateTimeOffsetFormat,
  /** `2021-07-01`. */
  date: dateFormat,
  /** `12:30:00`, `12:30:00.0000000`. */
  timeOfDay: timeOfDayFormat,
  /** ISO 8601 durations: `P1DT2H`, `PT0S`, `-PT1.5S`, `P1Y2M3W`. */
  duration: durationFormat,
  /** `0a1b2c3d-0000-4000-8000-00000000abcd`, any case. */
  guid: guidFormat,
  /** Base64, standard or URL-safe alphabet, padding optional. */
  base64: base64Format,
};

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** An integral number; Int64 beyond 2^53 has already lost precision in JSON.parse. */
function isInteger(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return isInteger(value) && value >= min && value <= max;
}

function failInteger(context: Context, value: unknown, range: string): false {
  return fail(context, isInteger(value) ? `integer (${range})` : 'integer', value);
}

/** Whether a value is one of an enumeration's members. */
export function isMember(members: readonly string[], value: unknown): boolean {
  return typeof value === 'string' && members.indexOf(value) !== -1;
}

export function checkString(value: unknown, context: Context): boolean {
  return typeof value === 'string' || fail(context, 'string', value);
}
export function string(value: unknown, context: Context, key: string): boolean {
  return value === undefined || (typeof value === 'string') || slowly(value, context, key, checkString);
}

export function checkBoolean(value: unknown, context: Context): boolean {
  return typeof value === 'boolean' || fail(context, 'boolean', value);
}
export function boolean(value: unknown, context: Context, key: string): boolean {
  return value === undefined || (typeof value === 'boolean') || slowly(value, context, key, checkBoolean);
}

/** Any finite JSON number (Single, Double, Decimal). */
export function checkNumber(value: unknown, context: Context): boolean {
  return (typeof value === 'number' && isFinite(value)) || fail(context, 'number', value);
}
export function number(value: unknown, context: Context, key: string): boolean {
  return value === undefined || (typeof value === 'number' && isFinite(value)) || slowly(value, context, key, checkNumber);
}

export function checkByte(value: unknown, context: Context): boolean {
  return isIntegerIn(value, 0, 255) || failInteger(context, value, 'Byte from 0 to 255');
}
export function byte(value: unknown, context: Context, key: string): boolean {
  return value === undefined || (isIntegerIn(value, 0, 255)) || slowly(value, context, key, checkByte);
}

export function checkSByte(value: unknown, context: Context): boolean {
  return isIntegerIn(value, -128, 127) || failInteger(context, value, 'SByte from -128 to 127');
}
export function sByte(value: unknown, context: Context, key: string): boolean {
  return value === undefined || (isIntegerIn(value, -128, 127)) || slowly(value, context, key, checkSByte);
}

export function checkInt16(value: unknown, context: Context): boolean {
  return isIntegerIn(value, -32768, 32767) || failInteger(context, value, 'Int16 from -32768 to 32767');
}
export function int16(value: unknown, context: Context, key: string): boolean {
  return value === undefined || (isIntegerIn(value, -32768, 32767)) || slowly(value, context, key, checkInt16);
}

/** Int32: `(value | 0) === value` holds exactly for the integers of its range. */
export function checkInt32(value: unknown, context: Context): boolean {
  return (typeof value === 'number' && (value | 0) === value) || failInteger(context, value, 'Int32 from -2147483648 to 2147483647');
}
export function int32(value: unknown, context: Context, key: string): boolean {
  return value === undefined || (typeof value === 'number' && (value | 0) === value) || slowly(value, context, key, checkInt32);
}

export function checkInt64(value: unknown, context: Context): boolean {
  return isInteger(value) || fail(context, 'integer', value);
}
export function int64(value: unknown, context: Context, key: string): boolean {
  return value === undefined || (isInteger(value)) || slowly(value, context, key, checkInt64);
}

export function checkGuid(value: unknown, context: Context): boolean {
  return (typeof value === 'string' && guidFormat.test(value)) || fail(context, 'Guid string (8-4-4-4-12 hex digits)', value);
}
export function guid(value: unknown, context: Context, key: string): boolean {
  return value === undefined || (typeof value === 'string' && guidFormat.test(value)) || slowly(value, context, key, checkGuid);
}

export function checkDateTimeOffset(value: unknown, context: Context): boolean {
  return (typeof value === 'string' && dateTimeOffsetFormat.test(value)) || fail(context, 'DateTimeOffset string (2021-07-01T12:30:00Z)', value);
}
export function dateTimeOffset(value: unknown, context: Context, key: string): boolean {
  return value === undefined || (typeof value === 'string' && dateTimeOffsetFormat.test(value)) ||
    slowly(value, context, key, checkDateTimeOffset);
}

export function checkDate(value: unknown, context: Context): boolean {
  return (typeof value === 'string' && dateFormat.test(value)) || fail(context, 'Date string (2021-07-01)', value);
}
export function date(value: unknown, context: Context, key: string): boolean {
  return value === undefined || (typeof value === 'string' && dateFormat.test(value)) || slowly(value, context, key, checkDate);
}

export function checkTimeOfDay(value: unknown, context: Context): boolean {
  return (typeof value === 'string' && timeOfDayFormat.test(value)) || fail(context, 'TimeOfDay string (12:30:00)', value);
}
export function timeOfDay(value: unknown, context: Context, key: string): boolean {
  return value === undefined || (typeof value === 'string' && timeOfDayFormat.test(value)) ||
    slowly(value, context, key, checkTimeOfDay);
}

export function checkDuration(value: unknown, context: Context): boolean {
  return (typeof value === 'string' && durationFormat.test(value)) || fail(context, 'Duration string (ISO 8601, P1DT2H)', value);
}
export function duration(value: unknown, context: Context, key: string): boolean {
  return value === undefined || (typeof value === 'string' && durationFormat.test(value)) ||
    slowly(value, context, key, checkDuration);
}

/** Binary travels as base64. */
export function checkBinary(value: unknown, context: Context): boolean {
  return (typeof value === 'string' && base64Format.test(value)) || fail(context, 'base64 string', value);
}
export function binary(value: unknown, context: Context, key: string): boolean {
  return value === undefined || (typeof value === 'string' && base64Format.test(value)) || slowly(value, context, key, checkBinary);
}

/** Untyped JSON, and types the docs do not define: anything present. */
export function checkJson(value: unknown, context: Context): boolean {
  return value !== undefined || fail(context, 'a value', value);
}
export function json(_value: unknown, _context: Context, _key: string): boolean {
  return true;
}

/** An enumeration's member, for an enumeration's checker; the message lists the first few. */
export function checkMember(value: unknown, context: Context, members: readonly string[]): boolean {
  if (typeof value === 'string' && members.indexOf(value) !== -1) return true;
  const listed = members.slice(0, 8).map((name) => JSON.stringify(name)).join(', ');
  return fail(context, `one of ${listed}${members.length > 8 ? `, ... (${members.length} members)` : ''}`, value);
}

/** A plain property holding an enumeration's member. */
export function member(value: unknown, context: Context, key: string, members: readonly string[]): boolean {
  if (value === undefined) return true;
  // A loop beats `indexOf` on these short lists: no builtin call.
  if (typeof value === 'string') for (let index = 0; index < members.length; index++) if (members[index] === value) return true;
  return memberSlowly(value, context, key, members);
}

// Apart from `member`: a closure over `members` there would cost `member` a context object per call.
function memberSlowly(value: unknown, context: Context, key: string, members: readonly string[]): boolean {
  return slowly(value, context, key, (element, inner) => checkMember(element, inner, members));
}
