// The whole beta reference corpus through the generator: no crash, an
// interface for every resource page, and output that compiles with zero errors.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GenerateResult, generate } from '../../generator/index.js';
import { compare } from '../../scripts/conformance/compare.js';
import { readRawPages } from '../../scripts/conformance/corpus.js';
import { readCsdl } from '../../scripts/conformance/csdl.js';
import { findDocumentedTypes } from '../../scripts/conformance/documented.js';
import { corpusCsdl, corpusPages, hasCorpus, hasCsdl, missing } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { typeCheckFiles } from '../support/typescript.js';

describe.skipIf(!hasCorpus)(hasCorpus ? 'the beta corpus' : missing(corpusPages), () => {
  let result: GenerateResult;

  it('generates without a crash or an error-level diagnostic', () => {
    result = generate({ input: corpusPages });
    expect(result.pageCount).toBe(2934);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([]);
  });

  it('writes an interface for every resource page', () => {
    // Resource pages found by a plain scan of the text, not by the generator's parser.
    const resourcePages = scanResourcePages();
    const definedBy = new Set(result.model.resources.map((resource) => resource.source.file));
    const duplicates = new Set(result.diagnostics.filter((d) => d.ruleId === 'type-duplicate').map((d) => d.file));
    const withoutType = resourcePages.filter((file) => !definedBy.has(file) && !duplicates.has(file));
    expect(withoutType).toEqual([]);
    expect(resourcePages.length).toBeGreaterThan(2250);
    // The shared runtime declares interfaces of its own (GuardOptions, Failure); it is no resource module.
    const modules = result.files.filter((file) => file.path !== '_runtime.ts');
    const interfaces = modules.filter((file) => /^export interface /m.test(file.text)).length;
    expect(interfaces).toBe(result.model.resources.length);
  });

  it('keeps the figures it reached: types, enumerations, properties', () => {
    const properties = result.model.resources.reduce((sum, resource) => sum + resource.properties.length, 0);
    const unknown = result.model.resources.flatMap((resource) => resource.properties).filter((property) => property.type.kind === 'unknown').length;
    expect(result.model.resources.length).toBeGreaterThanOrEqual(2357);
    expect(result.model.enums.length).toBeGreaterThanOrEqual(930);
    expect(properties).toBeGreaterThanOrEqual(14_000);
    expect(unknown).toBeLessThanOrEqual(15);
  });

  it.skipIf(!hasCsdl)(hasCsdl ? 'matches the CSDL at least as well as it did' : missing(corpusCsdl), () => {
    // The CSDL is an oracle here only: the generator never reads it.
    const csdl = readCsdl(readFileSync(corpusCsdl, 'utf8'));
    const report = compare(result.model, csdl, findDocumentedTypes(readRawPages(corpusPages), csdl));
    const figures = {
      coverage: report.coverage.types.percent,
      recall: report.properties.recall.all.percent,
      precision: report.properties.precision.all.percent,
      typeAccuracy: report.typeAccuracy.all.percent,
      enumPropertiesExact: report.enumExactness.properties.percent,
      enumsExact: report.enumExactness.enums.percent,
    };
    // Floors: raise them as the generator improves, never lower them.
    expect(figures.coverage).toBeGreaterThanOrEqual(99.9);
    expect(figures.recall).toBeGreaterThanOrEqual(96.6);
    expect(figures.precision).toBeGreaterThanOrEqual(98.6);
    expect(figures.typeAccuracy).toBeGreaterThanOrEqual(98.4);
    expect(figures.enumPropertiesExact).toBeGreaterThanOrEqual(90);
    expect(figures.enumsExact).toBeGreaterThanOrEqual(85.5);
    expect(report.losses.ourBug).toBeLessThanOrEqual(5);
  });

  it('emits TypeScript that compiles under tsc --strict with zero errors', () => {
    const errors = typeCheckFiles(new Map(result.files.map((file) => [file.path, file.text])));
    expect(errors.slice(0, 20)).toEqual([]);
  });
});

/** Pages with a `# x resource type` heading or a resource annotation. */
function scanResourcePages(): string[] {
  return readdirSync(corpusPages)
    .filter((file) => file.endsWith('.md'))
    .filter((file) => {
      const text = readFileSync(join(corpusPages, file), 'utf8');
      return /^# +\S+ resource type\s*$/m.test(text) || /"blockType"\s*:\s*"resource"/.test(text);
    })
    .sort();
}

describe.skipIf(!hasCorpus)(hasCorpus ? 'the command on the beta corpus' : missing(corpusPages), () => {
  it('works with the configuration flags, then checks its own output', () => {
    const work = mkdtempSync(join(tmpdir(), 'typegen-corpus-cli-'));
    const flags = ['--out', 'types', '--layout', 'namespace', '--open-enums', '--exclude', 'intune-*', '--cache-dir', '.cache'];
    const run = runCli([corpusPages, ...flags, '--format', 'json', '--max-warnings', '100000'], work);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.exitCode).toBe(0);
    const kept = readdirSync(corpusPages).filter((file) => file.endsWith('.md') && !file.startsWith('intune-')).length;
    expect(report.summary.pages).toBe(kept);
    expect(report.summary.written).toBe(report.summary.files);
    expect(readFileSync(join(work, 'types', 'callRecords', 'index.ts'), 'utf8')).toContain('export interface CallRecord ');
    const check = runCli([corpusPages, ...flags, '--check', '--quiet'], work);
    expect(check.status).toBe(0);
  });
});
