// The parse stage's packages, bundled into one file by the build, are the
// packages themselves: the same names, the same trees and values, and nothing
// left to import but Node's own modules.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as source from '../../generator/parse/packages.js';
import { bundlePackages } from '../../scripts/build/bundle-packages.js';

const page = [
  '---', 'title: "thing resource type"', 'doc_type: resourcePageType', '---', '', '# thing resource type', '',
  '## Properties', '', '| Property | Type | Description |', '|:---|:---|:---|', '| id | String | Read-only. See https://example.com. |', '',
  '~~gone~~ and [^1] and - [x] done', '', '```json', '{ "id": "String" // a comment', '}', '```', '',
].join('\n');

describe('the bundle of the parse packages', () => {
  let folder: string;
  let bundled: typeof source;
  let imports: string[];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'gdt-bundle-'));
    const output = join(folder, 'packages.js');
    imports = await bundlePackages(output);
    bundled = (await import(pathToFileURL(output).href)) as typeof source;
  }, 60_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('exports what the module of re-exports exports', () => {
    expect(Object.keys(bundled).sort()).toEqual(Object.keys(source).sort());
  });

  it('imports nothing but Node modules', () => {
    expect(imports.filter((path) => !isBuiltin(path))).toEqual([]);
  });

  it('parses markdown with every extension to the same tree', () => {
    const parse = (packages: typeof source) => packages.unified().use(packages.remarkParse).use(packages.remarkGfm)
      .use(packages.remarkFrontmatter, ['yaml']).parse(page);
    expect(parse(bundled)).toEqual(parse(source));
    const tablesOnly = (packages: typeof source) => {
      const processor = packages.unified().use(packages.remarkParse);
      const data = processor.data();
      data.micromarkExtensions = [packages.gfmTable()];
      data.fromMarkdownExtensions = [packages.gfmTableFromMarkdown()];
      return processor.parse(page);
    };
    expect(tablesOnly(bundled)).toEqual(tablesOnly(source));
  });

  it('reads YAML and JSON with comments to the same values and errors', () => {
    const yaml = 'title: "a: b"\nlist:\n  - 1\n  - two\n';
    expect(bundled.parseYaml(yaml)).toEqual(source.parseYaml(yaml));
    const json = '{ "a": [1, 2,], // note\n "b": { "c": nul } }';
    const read = (packages: typeof source) => {
      const errors: source.ParseError[] = [];
      const tree = packages.parseTree(json, errors, { allowTrailingComma: true });
      const value: unknown = packages.parseJsonc(json, [], { allowTrailingComma: true });
      return { tree, value, errors: errors.map((error) => packages.printParseErrorCode(error.error)) };
    };
    expect(read(bundled)).toEqual(read(source));
  });

  it('is what the build puts in the compiled parse stage', () => {
    const built = join(import.meta.dirname, '../../dist/generator/parse/packages.js');
    let text: string;
    try {
      text = readFileSync(built, 'utf8');
    } catch {
      expect.fail(`${built} is missing: run \`npm run build\` (npm ci runs it)`);
    }
    expect(text).toContain('createRequireOfBundle');
  });
});
