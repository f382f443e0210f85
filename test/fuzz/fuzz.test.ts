// The fuzz suite: real pages, mutated (truncated, lines lost or doubled,
// columns shuffled, JSON broken or huge, unclosed comments, NUL bytes, long
// lines, deep nesting, odd names), plus two pages defining one type and a
// cycle of base types. For every batch: no exception, well-formed diagnostics,
// and output that compiles under tsc --strict. Fixed seed in CI;
// FUZZ_RUNS=200 FUZZ_SEED=<n> npm test -- test/fuzz for a longer run.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { rules } from '../../generator/diagnostics.js';
import { type InputPage, generateFromPages } from '../../generator/index.js';
import { listFiles } from '../../generator/write/output-folder.js';
import { corpusPages, hasCorpus, projectRoot } from '../support/paths.js';
import { typeCheckFiles } from '../support/typescript.js';
import { type Mutation, mutations } from './mutations.js';

const runs = Number(process.env['FUZZ_RUNS'] ?? 20);
const seed = Number(process.env['FUZZ_SEED'] ?? 20261123);
const pagesPerBatch = 100;

/** Real pages to mutate: a fixed sample of the corpus, or the project's own pages without it. */
function seedPages(): InputPage[] {
  if (hasCorpus) {
    const files = readdirSync(corpusPages).filter((file) => file.endsWith('.md')).sort();
    return files.filter((_, index) => index % 15 === 0).map((file) => ({ file, text: readFileSync(join(corpusPages, file), 'utf8') }));
  }
  const folders = [join(projectRoot, 'docs-input'), ...readdirSync(join(projectRoot, 'test/fixtures')).map((name) => join(projectRoot, 'test/fixtures', name, 'input'))];
  return folders.flatMap((folder) => {
    try {
      return listFiles(folder).map((file) => ({ file: `${folder.split('/').slice(-2).join('-')}-${file}`, text: readFileSync(join(folder, file), 'utf8') }));
    } catch {
      return [];
    }
  });
}

const seeds = seedPages();

const batch = fc.array(fc.tuple(fc.nat(), mutations), { minLength: pagesPerBatch, maxLength: pagesPerBatch });

function batchPages(choices: [number, Mutation[]][]): InputPage[] {
  const pages = choices.map(([pick, changes], index) => {
    const source = seeds[pick % seeds.length] ?? { file: 'empty.md', text: '' };
    return { file: `m${index}-${source.file}`, text: changes.reduce((text, change) => change.apply(text), source.text) };
  });
  const twin = '# fuzzTwin resource type\n\n## Properties\n\n| Property | Type | Description |\n|--|--|--|\n| a | String | x |\n';
  pages.push(
    { file: 'twin-a.md', text: twin },
    { file: 'twin-b.md', text: twin.replace('| a |', '| b |') },
    { file: 'cycle-a.md', text: '# cycleA resource type\n\nInherits from [cycleB](cycle-b.md).\n' },
    { file: 'cycle-b.md', text: '# cycleB resource type\n\nInherits from [cycleA](cycle-a.md).\n' },
  );
  return pages;
}

it(`survives ${runs * pagesPerBatch} mutated pages: no exception, sound diagnostics, output that compiles`, () => {
  expect(seeds.length).toBeGreaterThan(20);
  fc.assert(
    fc.property(batch, (choices) => {
      const pages = batchPages(choices);
      const result = generateFromPages(pages);
      const files = new Set(pages.map((page) => page.file));
      for (const d of result.diagnostics) {
        expect(files.has(d.file), `diagnostic for an unknown file: ${d.file}`).toBe(true);
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(Object.keys(rules)).toContain(d.ruleId);
      }
      expect(result.diagnostics.some((d) => d.ruleId === 'inheritance-cycle')).toBe(true);
      expect(result.diagnostics.some((d) => d.ruleId === 'type-duplicate' && d.file === 'twin-b.md')).toBe(true);
      expect(typeCheckFiles(new Map(result.files.map((file) => [file.path, file.text]))).slice(0, 5)).toEqual([]);
    }),
    { seed, numRuns: runs, endOnFailure: true },
  );
});
