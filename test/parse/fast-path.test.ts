// The fast parse path (slice the page, lean processor, fast front matter)
// must give exactly the PageModel of the reference path (the whole page
// through remark with all of GFM): on the corpus page by page, on every
// fixture page, and on generated pages built from the constructs that make
// slicing hard.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage, parsePageWhole } from '../../generator/parse/index.js';
import { parseMarkdown, parseMarkdownLean } from '../../generator/parse/processor.js';
import { readInputPages } from '../../generator/read/input-files.js';
import { corpusPages, hasCorpus, missing, projectRoot } from '../support/paths.js';

function fixturePages(): { file: string; text: string }[] {
  const folders = [join(projectRoot, 'docs-input')];
  for (const name of readdirSync(join(projectRoot, 'test/fixtures'))) {
    const input = join(projectRoot, 'test/fixtures', name, 'input');
    if (existsSync(input)) folders.push(input);
  }
  return folders.flatMap((folder) => readInputPages(folder).pages);
}

describe('the fast parse path', () => {
  it('gives the reference PageModel for every fixture page', () => {
    for (const page of fixturePages()) expect(parsePage(page.text, page.file), page.file).toEqual(parsePageWhole(page.text, page.file));
  });

  it.skipIf(!hasCorpus)(hasCorpus ? 'gives the reference PageModel for every corpus page' : missing(corpusPages), () => {
    const differing = readInputPages(corpusPages).pages
      .filter((page) => JSON.stringify(parsePage(page.text, page.file)) !== JSON.stringify(parsePageWhole(page.text, page.file)))
      .map((page) => page.file);
    expect(differing).toEqual([]);
  });

  it.each([
    // A table built without remark between a list item and an indented block: blanking it would join the two.
    ['table between a list and an indented block', 'Inherits from [base](base.md).\n<!-- {\n  "blockType": "resource",\n  "@odata.type": "microsoft.graph.thing"\n} -->\n'
      + '> quote\ncontinued lazily\n- [x] task\n<!-- a --> trailing\n| Property | Type | Description |\n|:--|:--|:--|\n| a | [b](b.md) | Read-only. |\n\n    | indented | code |\n'],
    ['table right after a heading, then a lazy line', '## Properties\n| Property | Type |\n|---|---|\n| id | String |\nname | String\n'],
    ['table after a paragraph line', '## Properties\nSome text.\n| Property | Type |\n|---|---|\n| id | String |\n'],
  ])('gives the reference PageModel for a %s', (_, text) => {
    expect(parsePage(text, 'page.md')).toEqual(parsePageWhole(text, 'page.md'));
  });

  it('gives the reference PageModel for generated pages', () => {
    fc.assert(fc.property(generatedPage, (text) => {
      expect(parsePage(text, 'page.md')).toEqual(parsePageWhole(text, 'page.md'));
    }), { numRuns: Number(process.env.RUNS ?? 400) });
  });
});

describe('the lean markdown processor', () => {
  it('builds the same tree, positions included, as remark with all of GFM', () => {
    const alphabet = fc.constantFrom(...'ab h:/w.@~^[]()*_`<>!|-#\\&;\n\n    x1'.split(''), 'https://', 'www.', '[^1]', '[x] ', '- ', '| a | b |\n|---|---|\n');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      expect(outcome(parseMarkdownLean, text)).toEqual(outcome(parseMarkdown, text));
    }), { numRuns: Number(process.env.RUNS ?? 1500) });
  });

  it('fails where remark with all of GFM fails', () => {
    // The development build of the GFM task list extension asserts on this text; the lean
    // processor hands it to the full one (it holds `[x]`), so it must fail alike.
    const text = '*\n[x] a';
    expect(outcome(parseMarkdownLean, text)).toEqual(outcome(parseMarkdown, text));
  });
});

/** The tree a processor builds, or the error it throws. */
function outcome(parse: (text: string) => unknown, text: string): { tree: unknown } | { error: string } {
  try {
    return { tree: parse(text) };
  } catch (error) {
    return { error: String(error) };
  }
}

/** Fragments of docs pages, chosen for the edges of the block scan and the relevance rules. */
const fragments = [
  '# thing resource type', '## Properties', '## Relationships', '## Methods', '## JSON representation', '### thing values',
  '## Members', '### Remarks', '## See also', '  ## Properties', 'Properties\n----------', 'Title\n=====', '---', '***',
  '| Property | Type | Description |\n|:--|:--|:--|\n| a | [b](b.md) | Read-only. |',
  '| Member | Value | Description |\n|--|--|--|\n| one | 0 | First. |', 'name | type\n--- | ---\nc | String',
  '| Method | Return type |\n|--|--|\n| [List](x.md) | [b][] collection |',
  'Namespace: microsoft.graph', 'Inherits from [base](base.md).', 'A plain paragraph.', 'Another paragraph\nover two lines.',
  '**Note:** bold start.', '[!INCLUDE [x](x.md)]', '> [!NOTE]\n> A note.', '- item one\n- item two', '- item\n  continued',
  '1. first\n2. second', '- item\n\n  indented after blank', '    indented code', '\tindented by tab',
  '<!-- {\n  "blockType": "resource",\n  "@odata.type": "microsoft.graph.thing"\n} -->', '<!-- { "blockType": "resource" } -->',
  '<!-- plain comment -->', '<!--\nmulti-line\ncomment\n-->', '<!-- a --> trailing', '<div>\n## Properties\n</div>', '<br>',
  '<pre>\n## Methods\n\n| a | b |\n</pre>', '<?php x ?>', '<!DOCTYPE html>', '<![CDATA[\nx\n]]>', '<!-->',
  '```json\n{ "id": "String" }\n```', '```\n## Properties\n```', '````\n```\n````', '```json\n{ "a": 1 }', '~~~\ncode\n~~~',
  '  ```\n  indented fence\n  ```', '- item\n  ```\n  fenced in list\n  ```', '```js `inline`', '[b]: b.md', '[b]:\n  b.md',
  '[^1]: footnote', 'see [b][] and [c]', 'text &amp; &#105;nherits', 'a@b.com and https://x.org', '~~struck~~', '- [x] task',
  'values: `a`, `b`', '|a|\n|-|', 'setext under\n-', '  two spaces in', '> quote\ncontinued lazily', '* star item',
  'x <!-- inline --> y',
  // Table rows whose simple cells go to remark as stand-ins (cell-stand-ins.ts), and lines that only look like rows.
  '| Property | Type | Description |\n|:--|:--|:--|\n| a | String | Plain text. |\n| b | [c](c.md) collection | Values: `x`, `y`. |',
  '| a |\n|---|\n| b | c | d |\n|  | e |\n| f', '| a | b | c | d |', '| x | y', '| a | b |\n| c | d |', 'text\n| a | b |\n|---|---|\n| c | d |',
  '  | a | b |\n  |---|---|\n  | c | d |', '- item\n  | a | b |\n  |---|---|\n  | c | d |', '> | a | b |\n> |---|---|\n> | c | d |',
  '```\n| a | b |\n```', '<pre>\n| a | b |\n</pre>', '    | indented | code |', '| a \\| b | c |', '| `a | b` | c |',
  '| a | *b* | c `d` e |\n| --- | --- | --- |\n| [f](g.md) | h | i |', '| a |\n|---|\n| \uE000 |',
  // Blocks built without remark (simple-blocks.ts), and what may join or end them.
  '# thing #', '#5 not a heading', '## `code` and [link](x.md)', 'Line one\n    indented after', 'Simple line.', 'x',
  '> **Note:** a note with [a link](x.md).', '> Plain quote.', '[!INCLUDE [beta](../includes/beta.md)]', '**Bold** start and **end**',
  '| a | b |\n|---|---|\n| c | d |\nlazy row', '| a | b |\n| --- |\n| c |', '|a|b|\n|:-:|--:|\n||x|\n|', '| a |\n|---|',
  '| Name | Value |\n|:---|:---|\n| one | `1` |\n| two | [2](two.md) |\n|  |  |',
  // Lists, which the walk never reads whatever words they hold (relevance.ts: isWholeList), and lines that end them.
  '- derived from [x](x.md)\n- inherits from [y](y.md)', '1) Namespace: microsoft.other', '- a\n Namespace: microsoft.lazy',
  '-\n\n  Namespace: microsoft.empty', '* * *\n  Namespace: microsoft.rule', '-     five spaces\n      Namespace: microsoft.code',
  '- a\n\n\n  Namespace: microsoft.far', '10. item &amp; inherits', '- a\n\u00a0Namespace: microsoft.nbsp', '+ a\n  > note in item\n> top note',
  '- item\n  ## Properties\n  | p | String | x |', '- a\n  subclass of [z](z.md)\n\tNamespace: microsoft.tab', '| a |\n|---|\n| b | c \\\\| d |', '<!-- {"blockType": "resource"} -->\n```json\n{ "b": true }\n```', 'derived from [x](x.md)', '',
];

const generatedPage = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(fc.constantFrom(...fragments), fc.constantFrom('\n', '\n\n', '\n\n\n')), { maxLength: 14 }),
  )
  .map(([frontMatter, parts]) => {
    const head = frontMatter ? '---\ntitle: "thing resource type"\ndoc_type: resourcePageType\n---\n' : '';
    return head + parts.map(([fragment, gap]) => fragment + gap).join('');
  });

describe('corpus-free sanity', () => {
  it('keeps the seed-like fixture page identical when read from disk', () => {
    const text = readFileSync(join(projectRoot, 'docs-input', 'recordoperation.md'), 'utf8');
    expect(parsePage(text, 'recordoperation.md')).toEqual(parsePageWhole(text, 'recordoperation.md'));
  });
});
