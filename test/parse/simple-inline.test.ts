// The simple reader of table cells must give exactly the nodes remark gives
// the same cell, or decline: on chosen cases and on random cells built from
// the characters that make inline markdown hard.
import fc from 'fast-check';
import type { PhrasingContent, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../generator/parse/processor.js';
import { simpleInline } from '../../generator/parse/simple-inline.js';

/** The cell's nodes as remark with all of GFM reads them, positions left out. */
function remarkCell(text: string): PhrasingContent[] | undefined {
  const table = parseMarkdown(`| h |\n|---|\n| ${text} |\n`).children[0];
  if (table?.type !== 'table') return undefined;
  return withoutPositions((table as Table).children[1]?.children[0]?.children ?? []);
}

function withoutPositions<T>(nodes: T): T {
  return JSON.parse(JSON.stringify(nodes, (key, value: unknown) => (key === 'position' ? undefined : value))) as T;
}

describe('simpleInline', () => {
  it.each([
    ['String', [{ type: 'text', value: 'String' }]],
    ['String collection', [{ type: 'text', value: 'String collection' }]],
    ['[user](user.md)', [{ type: 'link', title: null, url: 'user.md', children: [{ type: 'text', value: 'user' }] }]],
    ['Possible values: `a`, `b`.', [
      { type: 'text', value: 'Possible values: ' }, { type: 'inlineCode', value: 'a' }, { type: 'text', value: ', ' },
      { type: 'inlineCode', value: 'b' }, { type: 'text', value: '.' },
    ]],
    ['**Note:** see [x](x.md).', [
      { type: 'strong', children: [{ type: 'text', value: 'Note:' }] }, { type: 'text', value: ' see ' },
      { type: 'link', title: null, url: 'x.md', children: [{ type: 'text', value: 'x' }] }, { type: 'text', value: '.' },
    ]],
    ['See [x (y)](../resources/x.md#z) for more', [
      { type: 'text', value: 'See ' }, { type: 'link', title: null, url: '../resources/x.md#z', children: [{ type: 'text', value: 'x (y)' }] },
      { type: 'text', value: ' for more' },
    ]],
    ['a<br>b', [{ type: 'text', value: 'a' }, { type: 'html', value: '<br>' }, { type: 'text', value: 'b' }]],
    ['One. <br/>Two <BR />', [
      { type: 'text', value: 'One. ' }, { type: 'html', value: '<br/>' }, { type: 'text', value: 'Two ' }, { type: 'html', value: '<BR />' },
    ]],
    ['the some_name__here property', [{ type: 'text', value: 'the some_name__here property' }]],
    ['`a_b` or x_y', [{ type: 'inlineCode', value: 'a_b' }, { type: 'text', value: ' or x_y' }]],
  ])('reads %j as remark does', (text, nodes) => {
    expect(simpleInline(text)).toEqual(nodes);
    expect(remarkCell(text)).toEqual(nodes);
  });

  it.each([
    '*em*', '_em_', 'a \\| b', '&amp;', '<br>', 'x <b>y</b>', '![img](a.png)', '[ref]', '[ref][]', '[a](b "title")',
    '[a](b c)', '[a](<b>)', '[a](b(c))', '[a]', 'a]', '` a `', '``a``', '`a', 'https://example.com', 'www.example.com',
    'a@b.com', '~~x~~', 'a_', '_a', 'a _b', 'a_ b', 'é_a', 'a<br  >', 'a<br/ >', 'a<brx>', '<br>a', 'a_b_www.x.org', 'www._a', '**a**b', 'a**b**', '** a**', '**a **', '***a***', '**a*', '**[a](b)**', '[^1]', '[https://x](y)', '[a](é)', '[a](b&c)', '`a`b`', '`a``b`', '[`a`](b)',
  ])('declines %j', (text) => {
    expect(simpleInline(text)).toBeUndefined();
  });

  it('gives the nodes remark gives, or declines, for random cells', () => {
    const char = fc.constantFrom(...'aB .:()`[]*_\\&<>!~@^#"\'%-/=\u00a0\té;,'.split(''), '**', 'amp;', 'http://', 'www.', 'x.md',
      '_', '__', 'a_b', '<br>', '<br/>', '<br />', '<BR>', '<br', 'br>');
    const run = fc.array(char, { maxLength: 5 }).map((chars) => chars.join(''));
    const word = fc.constantFrom('String', 'values', 'a', 'Read-only.', '$filter', ' ', ', ');
    const token = fc.oneof(
      word, run,
      run.map((inner) => `\`${inner}\``),
      fc.oneof(word, run).map((inner) => `**${inner}**`),
      fc.tuple(fc.oneof(word, run), fc.oneof(fc.constantFrom('user.md', '../resources/x.md#y', 'https://e.org/a?b=c'), run))
        .map(([text, url]) => `[${text}](${url})`),
    );
    let accepted = 0;
    fc.assert(fc.property(fc.array(token, { minLength: 1, maxLength: 6 }), (tokens) => {
      const text = tokens.join('').replace(/^[ \t]+|[ \t]+$/g, '');
      const nodes = simpleInline(text);
      if (nodes === undefined || text === '' || /^\s|\s$/.test(text)) return;
      accepted += 1;
      expect(nodes).toEqual(remarkCell(text));
    }), { numRuns: Number(process.env.RUNS ?? 3000) });
    // The property says something only if many cells are simple ones.
    expect(accepted).toBeGreaterThan(Number(process.env.RUNS ?? 3000) / 10);
  });

  it('gives the nodes remark gives, or declines, for random cells of words, underscores and line breaks', () => {
    const piece = fc.constantFrom('a', 'B7', 'name', ' ', '.', '(', ')', '-', '_', '__', '<br>', '<br/>', '<br />', '`x`', '**b**', '*', 'é');
    let accepted = 0;
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
      const text = pieces.join('').replace(/^[ \t]+|[ \t]+$/g, '');
      const nodes = simpleInline(text);
      if (nodes === undefined || text === '') return;
      accepted += 1;
      expect(nodes).toEqual(remarkCell(text));
    }), { numRuns: Number(process.env.RUNS ?? 3000) });
    expect(accepted).toBeGreaterThan(Number(process.env.RUNS ?? 3000) / 10);
  });
});

