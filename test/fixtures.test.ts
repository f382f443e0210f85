// Fixture tests: a folder of docs pages in (`input/`, plus pages named in
// `sources.json`, run with `options.json`), the exact model, diagnostics and
// TypeScript out. `UPDATE=1 npx vitest run test/fixtures.test.ts` rewrites the
// expectations; review the diff before committing it.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../generator/diagnostics.js';
import { type InputPage, type Options, generateFromPages } from '../generator/index.js';
import { listFiles } from '../generator/write/output-folder.js';
import { projectRoot } from './support/paths.js';
import { typeCheckFiles } from './support/typescript.js';

const fixturesFolder = join(projectRoot, 'test/fixtures');
const update = process.env['UPDATE'] === '1';
const runtimeFile = '_runtime.ts';

interface FixtureCase {
  name: string;
  folder: string;
  pages: InputPage[];
  /** Options of the run, from `options.json` when the case has one. */
  options: Options;
  /** Pages named in `sources.json` that are not on this machine. */
  missing: string[];
}

function readCase(name: string): FixtureCase {
  const folder = join(fixturesFolder, name);
  const inputFolder = join(folder, 'input');
  const pages = existsSync(inputFolder)
    ? listFiles(inputFolder).map((file) => ({ file, text: readFileSync(join(inputFolder, file), 'utf8') }))
    : [];
  const sourcesFile = join(folder, 'sources.json');
  const sources: string[] = existsSync(sourcesFile) ? JSON.parse(readFileSync(sourcesFile, 'utf8')) : [];
  const missing = sources.filter((source) => !existsSync(resolve(projectRoot, source)));
  for (const source of sources.filter((source) => !missing.includes(source))) {
    pages.push({ file: source.split('/').pop() ?? source, text: readFileSync(resolve(projectRoot, source), 'utf8') });
  }
  const optionsFile = join(folder, 'options.json');
  const options: Options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
  return { name, folder, pages, options, missing };
}

function expectFile(path: string, actual: string): void {
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `missing expectation ${path}; run with UPDATE=1 and review`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const cases = readdirSync(fixturesFolder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => readCase(entry.name));

describe.each(cases)('fixture $name', (fixture) => {
  if (fixture.missing.length > 0) {
    it.skip(`skipped: ${fixture.missing.join(', ')} absent on this machine`, () => {});
    return;
  }
  const result = generateFromPages(fixture.pages, fixture.options);

  it('builds the expected model', () => {
    expectFile(join(fixture.folder, 'model.json'), `${JSON.stringify(result.model, null, 2)}\n`);
  });

  it('reports the expected diagnostics', () => {
    expectFile(join(fixture.folder, 'messages.txt'), result.diagnostics.map(formatDiagnostic).join('\n') + '\n');
  });

  it('emits the expected TypeScript', () => {
    const outputFolder = join(fixture.folder, 'output');
    const emitted = result.files.filter((file) => file.path !== runtimeFile);
    if (update) rmSync(outputFolder, { recursive: true, force: true });
    for (const file of emitted) expectFile(join(outputFolder, file.path), file.text);
    if (!update) expect(listFiles(outputFolder)).toEqual(emitted.map((file) => file.path));
  });

  it('emits TypeScript that compiles under strict settings', () => {
    expect(typeCheckFiles(new Map(result.files.map((file) => [file.path, file.text])))).toEqual([]);
  });
});
