// A session keeps pages, built resources, names and file hashes between runs.
// None of it may ever be stale: after each kind of edit, a session's run gives
// exactly what a run that remembers nothing gives, in memory and on disk.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type GenerateResult, type Options, createSession, generate, generateFromPages } from '../../generator/index.js';
import { readInputPages } from '../../generator/read/input-files.js';
import { listFiles } from '../../generator/write/output-folder.js';
import { corpusPages, hasCorpus, missing } from '../support/paths.js';

const page = (title: string, body: string) => `---\ntitle: "${title}"\n---\n\n# ${title}\n\nNamespace: microsoft.graph\n\n${body}\n`;
const table = (rows: string[]) => `| Property | Type | Description |\n|:--|:--|:--|\n${rows.join('\n')}`;

const pages: Record<string, string> = {
  'animal.md': page('animal resource type', `An animal.\n\n## Properties\n\n${table([
    '| name | String | What it is called. |',
    '| kind | [animalKind](animalkind.md) | What kind it is. |',
  ])}`),
  'dog.md': page('dog resource type', `A dog.\n\nInherits from [animal](animal.md).\n\n## Properties\n\n${table([
    '| name | String | What it is called. |',
    '| barkVolume | Int32 | How loud. |',
    '| mood | String | How it feels. Possible values are: `happy`, `sad`. |',
  ])}`),
  'cat.md': page('cat resource type', `A cat.\n\nInherits from [animal](animal.md).\n\n## Properties\n\n${table([
    '| temper | String | How it feels. Possible values are: `calm`, `cross`. |',
    '| owner | [person](person.md) | Who feeds it. |',
  ])}`),
  'person.md': page('person resource type', `A person.\n\n## Properties\n\n${table([
    '| pets | [animal](animal.md) collection | The animals it keeps. |',
    '| mood | String | How they feel. Possible values are: `happy`, `sad`. |',
  ])}`),
  'animalkind.md': page('animalKind enum type', 'Kinds of animal.\n\n## Members\n\n| Member | Description |\n|:--|:--|\n| mammal | Has fur. |\n| bird | Has feathers. |'),
};

let work: string;
let input: string;
let output: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'typegen-session-'));
  input = join(work, 'docs');
  output = join(work, 'out');
  mkdirSync(input);
  for (const [file, text] of Object.entries(pages)) writeFileSync(join(input, file), text);
});

/** The run of a generator that remembers nothing. */
function reference(folder: string, options: Options): GenerateResult {
  return generateFromPages(readInputPages(folder).pages, options);
}

function expectAsFresh(result: GenerateResult, folder: string, label: string, options: Options = {}): void {
  const fresh = reference(folder, options);
  expect(result.files.map((file) => file.path), label).toEqual(fresh.files.map((file) => file.path));
  expect(result.files.filter((file, index) => file.text !== fresh.files[index]?.text).map((file) => file.path), label).toEqual([]);
  expect(result.diagnostics, label).toEqual(fresh.diagnostics);
  expect(result.model, label).toEqual(fresh.model);
  const onDisk = Object.fromEntries(listFiles(output).map((file) => [file, readFileSync(join(output, file), 'utf8')]));
  expect(onDisk, label).toEqual(Object.fromEntries(fresh.files.map((file) => [file.path, file.text])));
}

function edit(file: string, change: (text: string) => string): void {
  const path = join(input, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the edit of ${file}`).not.toBe(before);
  writeFileSync(path, after);
}

describe('a session', () => {
  it.each([['type', false], ['single', true]] as const)('gives what a fresh run gives after every kind of edit (%s layout, warm cache: %s)', (layout, warm) => {
    // A session may start from a cache a command filled: its first run then builds from cached pages.
    if (warm) generate({ input, output, cacheDir: join(work, 'cache'), write: true, layout });
    const session = createSession({ input, output, cacheDir: join(work, 'cache'), write: true, layout });
    expectAsFresh(session.run(), input, 'first run', { layout });
    const edits: [string, () => void][] = [
      ['a description', () => edit('dog.md', (text) => text.replace('How loud.', 'How loud it barks.'))],
      ['an enumeration\'s members', () => edit('animalkind.md', (text) => text.replace('| bird | Has feathers. |', '| bird | Has feathers. |\n| fish | Has fins. |'))],
      ['listed values that now match another set', () => edit('cat.md', (text) => text.replace('`calm`, `cross`', '`happy`, `sad`'))],
      ['listed values that make a new set', () => edit('dog.md', (text) => text.replace('`happy`, `sad`', '`happy`, `sad`, `sleepy`'))],
      ['a property of a base type', () => edit('animal.md', (text) => text.replace('| name | String | What it is called. |', '| name | String | What it is called. |\n| age | Int32 | Years lived. |'))],
      ['a property a subtype repeats, removed from the base', () => edit('animal.md', (text) => text.replace('| name | String | What it is called. |\n', ''))],
      ['a base type', () => edit('cat.md', (text) => text.replace('Inherits from [animal](animal.md).', 'Inherits from [person](person.md).'))],
      ['an inheritance cycle', () => edit('person.md', (text) => text.replace('A person.', 'A person.\n\nInherits from [cat](cat.md).'))],
      ['a type renamed', () => edit('animal.md', (text) => text.replaceAll('animal resource type', 'creature resource type'))],
      ['a page renamed', () => renameSync(join(input, 'dog.md'), join(input, 'hound.md'))],
      ['a page deleted', () => rmSync(join(input, 'animalkind.md'))],
      ['a page added', () => writeFileSync(join(input, 'animalkind.md'), pages['animalkind.md'] ?? '')],
      ['a namespace respelled', () => edit('person.md', (text) => text.replace('Namespace: microsoft.graph', 'Namespace: Microsoft.Graph'))],
      // The last run's result, found again: its model is resolved from the pages the session holds.
      ['nothing changed', () => {}],
    ];
    for (const [label, change] of edits) {
      change();
      expectAsFresh(session.run(), input, label, { layout });
    }
  });

  it('reads a page again that changed without changing its size or modification time', () => {
    const session = createSession({ input, output, cacheDir: join(work, 'cache'), write: true });
    const path = join(input, 'dog.md');
    // A page last changed long ago: its stamp is trusted from now on.
    utimesSync(path, new Date(2020, 0, 1), new Date(2020, 0, 1));
    session.run();
    const { atime, mtime, size } = statSync(path);
    writeFileSync(path, readFileSync(path, 'utf8').replace('| barkVolume | Int32 |', '| barkVolume | Int64 |'));
    utimesSync(path, atime, mtime);
    expect(statSync(path).size).toBe(size);
    expectAsFresh(session.run(), input, 'same size and time');
    expect(readFileSync(join(output, 'Dog.ts'), 'utf8')).toContain("rt.int64(value['barkVolume']");
  });
});

describe('a session on the corpus', () => {
  it.skipIf(!hasCorpus)(hasCorpus ? 'gives what a fresh run gives after edits of widely used types' : missing(corpusPages), () => {
    cpSync(corpusPages, input, { recursive: true, force: true });
    for (const file of Object.keys(pages)) rmSync(join(input, file));
    const session = createSession({ input, output, cacheDir: join(work, 'cache'), write: true });
    session.run();
    const edits: [string, () => void][] = [
      ['a description of a large type', () => edit('user.md', (text) => text.replace('| aboutMe | String | A freeform', '| aboutMe | String | Edited. A freeform'))],
      ['the members of an enumeration', () => edit('enums.md', (text) => text.replace('|None|\n', '|None|\n|AddedMember|\n'))],
      ['the base of a type many inherit from', () => edit('directoryobject.md', (text) => text.replace(/^(Represents an Azure Active Directory object\..*)$/m, '$1\n\nInherits from [entity](entity.md).'))],
    ];
    for (const [label, change] of edits) {
      change();
      expectAsFresh(session.run(), input, label);
    }
  }, 600_000);
});
