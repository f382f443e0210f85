// Same docs, same output: byte for byte, whatever order the pages come in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { type InputPage, generateFromPages } from '../../generator/index.js';
import { listFiles } from '../../generator/write/output-folder.js';
import { projectRoot } from '../support/paths.js';

const pages: InputPage[] = ['docs-input', 'test/fixtures/namespaces/input', 'test/fixtures/enum-sources/input', 'test/fixtures/inheritance/input']
  .flatMap((folder) => listFiles(join(projectRoot, folder)).map((file) => ({
    file: `${folder.split('/').pop()}/${file}`, text: readFileSync(join(projectRoot, folder, file), 'utf8'),
  })));

it('gives byte-identical output and diagnostics for pages read in any order', () => {
  const reference = generateFromPages(pages);
  fc.assert(
    fc.property(fc.shuffledSubarray(pages, { minLength: pages.length, maxLength: pages.length }), (shuffled) => {
      const result = generateFromPages(shuffled);
      expect(result.files).toEqual(reference.files);
      expect(result.diagnostics).toEqual(reference.diagnostics);
    }),
    { seed: 7, numRuns: 20 },
  );
});
