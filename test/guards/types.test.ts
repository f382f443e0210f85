// Compile-time tests: the guards narrow, and what they narrow to is the
// interface (or the family's discriminated union), under the strict settings a
// user's project has.
import { expect, it } from 'vitest';
import { fixtureOutput } from '../support/fixture-output.js';
import { typeCheckFiles } from '../support/typescript.js';

const { files } = fixtureOutput('guards');

const usage = `
import {
  type AnyItem, type Document, type Folder, type Item, assertFolder, isAnyItem, isFolder, isItem, validateFolder,
} from './index.js';
import type { Failure } from './_runtime.js';

export function narrows(value: unknown): Folder | undefined {
  if (isFolder(value)) {
    const folder: Folder = value;
    const count: number | undefined = folder.childCount;
    const parent: Folder | null | undefined = folder.parent;
    return count === undefined && parent === undefined ? folder : undefined;
  }
  // @ts-expect-error: outside the guard, value is still unknown
  const notNarrowed: Folder = value;
  return notNarrowed;
}

export function asserts(value: unknown): Folder {
  assertFolder(value, { strict: true });
  return value;
}

export function filters(values: unknown[]): Folder[] {
  return values.filter(isFolder);
}

export function lists(value: unknown): Failure[] {
  return validateFolder(value, { maxDepth: 10 });
}

export function discriminates(value: unknown): string {
  if (!isAnyItem(value)) return 'none';
  const item: AnyItem = value;
  switch (item['@odata.type']) {
    case '#microsoft.graph.folder':
    case 'microsoft.graph.folder': {
      const folder: Folder = item;
      return String(folder.childCount);
    }
    case '#microsoft.graph.document':
    case 'microsoft.graph.document': {
      const document: Document = item;
      // @ts-expect-error: a document has no childCount
      return String(item.childCount ?? document.status);
    }
    case undefined: {
      const plain: Item = item;
      const tag: undefined = item['@odata.type'];
      return String(plain.id ?? tag);
    }
    default:
      return item['@odata.type'];
  }
}

export function subtypes(value: unknown): Item | undefined {
  return isItem(value) ? value : undefined;
}
`;

it('narrows with isX, assertX and filter, and discriminates AnyX by @odata.type', () => {
  const program = new Map(files.map((file) => [file.path, file.text]));
  program.set('usage.ts', usage);
  expect(typeCheckFiles(program)).toEqual([]);
});

it('rejects what the guards do not promise', () => {
  const program = new Map(files.map((file) => [file.path, file.text]));
  program.set('misuse.ts', `
import { isFolder, validateFolder } from './index.js';
declare const value: unknown;
if (isFolder(value)) { const count: string = value.childCount; }
validateFolder(value, { strict: 'yes' });
`);
  const errors = typeCheckFiles(program).map((error) => error.replace(/^misuse\.ts:(\d+):\d+ .*/s, 'misuse.ts:$1'));
  expect(errors).toEqual(['misuse.ts:4', 'misuse.ts:5']);
});
