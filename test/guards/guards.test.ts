// The guards of the `guards` fixture at work: deep checks, null apart from
// absent, `@odata.type` and the families, failures with their paths.
import { describe, expect, it } from 'vitest';
import { fixtureOutput } from '../support/fixture-output.js';

type Guard = (value: unknown) => boolean;
type Validate = (value: unknown, options?: { strict?: boolean; maxDepth?: number }) => { path: string; message: string }[];

const output = fixtureOutput('guards');
const folder = await output.load('Folder');
const document = await output.load('Document');
const item = await output.load('Item');
const anyItem = await output.load('AnyItem');
const bag = await output.load('Bag');
const isFolder = folder['isFolder'] as Guard;
const validateFolder = folder['validateFolder'] as Validate;
const isDocument = document['isDocument'] as Guard;
const validateDocument = document['validateDocument'] as Validate;
const isItem = item['isItem'] as Guard;
const validateItem = item['validateItem'] as Validate;
const isAnyItem = anyItem['isAnyItem'] as Guard;
const validateAnyItem = anyItem['validateAnyItem'] as Validate;
const isBag = bag['isBag'] as Guard;
const validateBag = bag['validateBag'] as Validate;
const assertFolder = folder['assertFolder'] as (value: unknown, options?: { strict?: boolean }) => void;

describe('primitives, as JSON carries them', () => {
  it.each([
    ['createdDateTime', ['2021-07-01T12:30:00Z', '2021-07-01T12:30:00.1234567+02:00', '2021-07-01T12:30Z', '2021-07-01t12:30:00z'],
      ['2021-07-01', '2021-07-01T12:30:00', '2021-13-01T00:00:00Z', '2021-07-01T24:00:00Z', '2021-07-01 12:30:00Z', 20210701]],
    ['publishedDate', ['2021-07-01', '0001-01-01'], ['2021-7-1', '2021-07-32', '2021-07-01T00:00:00Z', '']],
    ['reminderTime', ['12:30:00', '00:00', '23:59:59.1234567'], ['24:00:00', '12:60:00', '12:30:00Z', '1230']],
    ['readingTime', ['P1DT2H', 'PT0S', '-PT1.5S', 'P1Y2M3W4D', 'PT36H'], ['P', 'PT', 'P1DT', '1D', 'P1.5D', 'PT-1S']],
    ['revision', ['0a1b2c3d-0000-4000-8000-00000000ABCD'], ['0a1b2c3d00004000800000000000abcd', '{0a1b2c3d-0000-4000-8000-00000000abcd}', 'g0000000-0000-0000-0000-000000000000']],
    ['content', ['', 'R0lGODdh', 'YWJj', 'YWI=', 'YQ==', 'YQ', '-_-_'], ['YQ===', 'a', 'Y W=', '@@@@']],
    ['score', [0, -1.5, 1e300], ['1', Number.NaN, Number.POSITIVE_INFINITY, true]],
    ['isDraft', [true, false], ['true', 0, 'false']],
    ['priority', [0, 255], [-1, 256, 1.5, '1']],
    ['offset', [-128, 127], [-129, 128]],
    ['pages', [-32768, 32767], [-32769, 32768]],
    ['status', ['draft', 'published'], ['Draft', 'archived', 0]],
    ['extra', [null, 0, 'x', { any: [1] }], []],
  ] as const)('%s', (key, good, bad) => {
    for (const value of good) expect(isDocument({ [key]: value }), `${key}: ${JSON.stringify(value)}`).toBe(true);
    for (const value of bad) expect(isDocument({ [key]: value }), `${key}: ${String(value)}`).toBe(false);
  });

  it('takes Int32 and Int64 as integers, Int32 within its range', () => {
    expect([2147483647, -2147483648, 2147483648, 1.5].map((childCount) => isFolder({ childCount }))).toEqual([true, true, false, false]);
    expect([2 ** 53, -(2 ** 60), 1.5, '5'].map((size) => isFolder({ size }))).toEqual([true, true, false, false]);
    expect(validateFolder({ childCount: 2147483648 })).toEqual([
      { path: '$.childCount', message: 'expected integer (Int32 from -2147483648 to 2147483647), got 2147483648' },
    ]);
  });
});

describe('objects, arrays and null', () => {
  it('accepts missing properties, @odata annotations and, by default, unknown ones', () => {
    expect(isFolder({})).toBe(true);
    expect(isFolder({ '@odata.etag': 'W/"1"', 'children@odata.nextLink': 'https://x', unknown: { deep: 1 } })).toBe(true);
  });

  it('keeps null apart from absent: null only where the docs say Nullable', () => {
    expect(isFolder({ parent: null, children: null })).toBe(true);
    expect(isFolder({ childCount: null })).toBe(false);
    expect(isFolder({ documents: null })).toBe(false);
    expect(isFolder({ tags: ['a', null] })).toBe(false);
  });

  it('rejects what is not an object, and a non-array where an array belongs', () => {
    expect([null, [], 'folder', 1, undefined].map(isFolder)).toEqual([false, false, false, false, false]);
    expect(isFolder({ tags: 'a' })).toBe(false);
    expect(isFolder({ children: {} })).toBe(false);
  });

  it('checks nested objects and array elements deeply', () => {
    expect(isFolder({ children: [{ childCount: 1 }, { children: [{ documents: [{ status: 'review' }] }] }] })).toBe(true);
    expect(isFolder({ children: [{ childCount: 1 }, { children: [{ documents: [{ status: 'gone' }] }] }] })).toBe(false);
  });

  it('reads a key every object inherits (`constructor`) only as an own property', () => {
    expect(isBag({})).toBe(true);
    expect(isBag({ constructor: 'x' })).toBe(true);
    expect(isBag({ constructor: 5 })).toBe(false);
    expect(validateBag({ constructor: 5 })).toEqual([{ path: '$.constructor', message: 'expected string, got 5' }]);
  });
});

describe('@odata.type and families', () => {
  it('accepts the type and its subtypes, with or without #, and nothing else', () => {
    expect(isItem({ '@odata.type': '#microsoft.graph.item' })).toBe(true);
    expect(isItem({ '@odata.type': 'microsoft.graph.folder' })).toBe(true);
    expect(isItem({ '@odata.type': '#microsoft.graph.document' })).toBe(true);
    expect(isFolder({ '@odata.type': '#microsoft.graph.document' })).toBe(false);
    expect(isFolder({ '@odata.type': '#microsoft.graph.item' })).toBe(false);
    expect(isFolder({ '@odata.type': '#microsoft.graph.unknown' })).toBe(false);
    expect(isFolder({ '@odata.type': 5 })).toBe(false);
    expect(validateFolder({ '@odata.type': '#microsoft.graph.document' })).toEqual([
      { path: "$['@odata.type']", message: 'expected the name of Folder or of a subtype, got "#microsoft.graph.document"' },
    ]);
  });

  it('checks nested values against their declared type, @odata.type included', () => {
    expect(isFolder({ children: [{ '@odata.type': '#microsoft.graph.folder' }] })).toBe(true);
    expect(isFolder({ children: [{ '@odata.type': '#microsoft.graph.document' }] })).toBe(false);
  });

  it('AnyX checks a value as the type its @odata.type names, X as only what X declares', () => {
    const badFolder = { '@odata.type': '#microsoft.graph.folder', childCount: 'many' };
    expect(isItem(badFolder)).toBe(true);
    expect(isAnyItem(badFolder)).toBe(false);
    expect(validateAnyItem(badFolder)).toEqual([{ path: '$.childCount', message: 'expected integer, got "many"' }]);
    expect(isAnyItem({ '@odata.type': '#microsoft.graph.document', status: 'draft' })).toBe(true);
    expect(isAnyItem({ id: 'x' })).toBe(true);
    expect(isAnyItem({ '@odata.type': '#microsoft.graph.person' })).toBe(false);
    expect(isAnyItem({ '@odata.type': 'constructor' })).toBe(false);
  });
});

describe('cycles and depth', () => {
  it('passes a valid cyclic object graph: a folder in its own children, a person and their documents', () => {
    const root: Record<string, unknown> = { childCount: 1 };
    root['children'] = [root];
    root['parent'] = root;
    expect(isFolder(root)).toBe(true);
    const person: Record<string, unknown> = { displayName: 'Ada' };
    const paper = { status: 'draft', owner: person };
    person['documents'] = [paper];
    person['favorite'] = { documents: [paper], parent: root };
    expect(isDocument(paper)).toBe(true);
    expect(validateDocument(paper)).toEqual([]);
  });

  it('fails a cyclic graph with one bad value, and names its path', () => {
    const root: Record<string, unknown> = { childCount: 1 };
    root['children'] = [root, { childCount: 'x' }];
    expect(isFolder(root)).toBe(false);
    expect(validateFolder(root)).toEqual([{ path: '$.children[1].childCount', message: 'expected integer, got "x"' }]);
  });

  it('fails 100,000-deep data with a clear failure at maxDepth, never overflowing the stack', () => {
    let deep: Record<string, unknown> = {};
    for (let level = 0; level < 100_000; level += 1) deep = { parent: deep };
    expect(isFolder(deep)).toBe(false);
    const failures = validateFolder(deep);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.path).toBe(`$${'.parent'.repeat(500)}`);
    expect(failures[0]?.message).toBe('expected at most 500 nested objects (maxDepth), got more');
    expect(validateFolder(deep, { maxDepth: 200_000 })).toEqual([
      { path: '$', message: 'expected data the call stack can hold, got nesting too deep for it' },
    ]);
  });

  it('passes data as deep as maxDepth allows', () => {
    let deep: Record<string, unknown> = {};
    for (let level = 1; level < 500; level += 1) deep = { children: [deep] };
    expect(isFolder(deep)).toBe(true);
    expect(validateFolder(deep, { maxDepth: 10 })[0]?.message).toBe('expected at most 10 nested objects (maxDepth), got more');
  });
});

describe('validate and assert', () => {
  it('lists every failure with its path', () => {
    const value = { childCount: '5', tags: ['a', 1], children: [{}, { size: 1.5, documents: [{ revision: 'r' }] }] };
    expect(validateFolder(value)).toEqual([
      { path: '$.childCount', message: 'expected integer, got "5"' },
      { path: '$.children[1].size', message: 'expected integer, got 1.5' },
      { path: '$.children[1].documents[0].revision', message: 'expected Guid string (8-4-4-4-12 hex digits), got "r"' },
      { path: '$.tags[1]', message: 'expected string, got 1' },
    ]);
    expect(validateFolder({ childCount: 1 })).toEqual([]);
  });

  it('asserts with a TypeError that lists the failures', () => {
    expect(() => assertFolder({ childCount: 1 })).not.toThrow();
    let thrown: unknown;
    try {
      assertFolder({ childCount: '5' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toBe('Value is not a Folder:\n  $.childCount: expected integer, got "5"');
    expect((thrown as { failures: unknown[] }).failures).toHaveLength(1);
  });
});

describe('strict mode', () => {
  it('rejects undeclared properties, keeps annotations, and skips open types', () => {
    expect(validateFolder({ childCount: 1, color: 'red', '@odata.etag': 'x', 'children@odata.count': 2 }, { strict: true })).toEqual([
      { path: '$.color', message: 'no such property (strict mode)' },
    ]);
    expect(validateFolder({ children: [{ depth: 1 }] }, { strict: true })).toEqual([
      { path: '$.children[0].depth', message: 'no such property (strict mode)' },
    ]);
    expect(validateFolder({ childCount: 1, parent: null, size: undefined }, { strict: true })).toEqual([]);
    expect(validateBag({ label: 'x', anything: 1 }, { strict: true })).toEqual([]);
  });

  it('leaves a subtype instance to its family guard, which knows its properties', () => {
    const folderValue = { '@odata.type': '#microsoft.graph.folder', childCount: 1 };
    expect(validateItem(folderValue, { strict: true })).toEqual([]);
    expect(validateAnyItem({ ...folderValue, color: 1 }, { strict: true })).toEqual([{ path: '$.color', message: 'no such property (strict mode)' }]);
  });
});

describe('lenient nulls (a generation option)', async () => {
  const lenient = fixtureOutput('lenient-nulls', { lenientNulls: true });
  const isSetting = (await lenient.load('Setting'))['isSetting'] as Guard;

  it('accepts null for every property, not for array elements', () => {
    expect(isSetting({ name: null, values: null, fallback: null, anything: null })).toBe(true);
    expect(isSetting({ values: [null] })).toBe(false);
  });
});
