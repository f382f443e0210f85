// A fixture's docs pages, generated and compiled to JavaScript, for tests that
// run its guards.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Options, generateFromPages } from '../../generator/index.js';
import { listFiles } from '../../generator/write/output-folder.js';
import { type CompiledOutput, compileOutput } from './compile-output.js';
import { projectRoot } from './paths.js';

export function fixtureOutput(name: string, options: Options = {}): CompiledOutput & { files: { path: string; text: string }[] } {
  const input = join(projectRoot, 'test/fixtures', name, 'input');
  const pages = listFiles(input).map((file) => ({ file, text: readFileSync(join(input, file), 'utf8') }));
  const { files } = generateFromPages(pages, options);
  return { ...compileOutput(files, name), files };
}
