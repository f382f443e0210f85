// Simple headings, paragraphs and tables are built without remark only where
// CommonMark leaves no doubt; the nodes must be the ones remark builds (their
// starts included, and those of table rows, as the PageModel keeps them).
import type { RootContent, Table } from 'mdast';
import type { Segment } from '../../generator/parse/block-scan.js';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../generator/parse/processor.js';
import { buildSimpleBlocks } from '../../generator/parse/simple-blocks.js';

/** A table with only what the PageModel reads: cells' nodes, the starts of the table and its rows. */
function essentials(table: Table): unknown {
  const start = (node: { position?: { start: { line: number; column: number } } | undefined }) => [node.position?.start.line, node.position?.start.column];
  const withoutPositions = (value: unknown) => JSON.parse(JSON.stringify(value, (key, inner: unknown) => (key === 'position' ? undefined : inner))) as unknown;
  return { start: start(table), align: table.align, rows: table.children.map((row) => ({ start: start(row), cells: withoutPositions(row.children) })) };
}

function built(text: string): Table[] {
  const lines = text.split('\n');
  return buildSimpleBlocks(lines, { kind: 'text', start: 0, end: lines.length }).map((block) => block.node).filter((node): node is Table => node.type === 'table');
}

describe('buildSimpleBlocks: tables', () => {
  it.each([
    ['a table of simple cells', '| Property | Type | Description |\n|:--|--:|:-:|\n| id | String | The `id`. |\n| owner | [user](user.md) |  |\n| extra | a | b | c |'],
    ['a table after a blank line', 'Text.\n\n| a |\n| --- |\n| b |\n\nMore text.'],
    ['a header alone', '| a | b |\n|---|---|'],
  ])('builds %s as remark does', (_, text) => {
    const reference = parseMarkdown(text).children.filter((node): node is Table => node.type === 'table');
    expect(built(text).map(essentials)).toEqual(reference.map(essentials));
    expect(reference.length).toBe(1);
  });

  it.each([
    ['a header right after a paragraph line', 'Text.\n| a |\n|---|\n| b |'],
    ['a delimiter row of another size', '| a | b |\n|---|\n| c |'],
    ['a row without a leading pipe (perhaps a lazy row)', '| a |\n|---|\n| b |\nc'],
    ['an indented header', ' | a |\n |---|'],
    ['a cell remark must read', '| a |\n|---|\n| *b* |'],
    ['an escaped pipe', '| a |\n|---|\n| b \\| c |'],
  ])('leaves %s to remark', (_, text) => {
    expect(built(text)).toEqual([]);
  });

  it('leaves a table that runs to the end of its segment to remark, unless the page ends there', () => {
    const lines = ['| a |', '|---|', '| b |', '## Next'];
    expect(buildSimpleBlocks(lines, { kind: 'text', start: 0, end: 3 })).toEqual([]);
    expect(buildSimpleBlocks(lines.slice(0, 3), { kind: 'text', start: 0, end: 3 })).toHaveLength(1);
  });
});

/** A heading or paragraph with its start and its nodes, positions left out. */
function blockEssentials(node: RootContent): unknown {
  const { position, ...rest } = node;
  return { start: [position?.start.line, position?.start.column], ...(JSON.parse(JSON.stringify(rest, (key, inner: unknown) => (key === 'position' ? undefined : inner))) as object) };
}

function builtBlocks(text: string, kind: Segment['kind']): unknown[] {
  const lines = text.split('\n');
  return buildSimpleBlocks(lines, { kind, start: 0, end: lines.length }).map((block) => blockEssentials(block.node));
}

describe('buildSimpleBlocks: headings and paragraphs', () => {
  it.each([
    ['a heading', '## Properties', 'heading'],
    ['a heading with code and a link', '### `status` values of [x](x.md)', 'heading'],
    ['a one-line paragraph', 'Namespace: microsoft.graph', 'text'],
    ['a paragraph with a link', 'Inherits from [entity](entity.md).', 'text'],
    ['paragraphs between blank lines', 'One.\n\nTwo `x`.\n', 'text'],
    ['a note', '> **Note:** This type is [in preview](https://example.org/a?b=1); see `x`.', 'text'],
    ['a quote', '> Plain words.\n', 'text'],
  ] as const)('builds %s as remark does', (_, text, kind) => {
    const reference = parseMarkdown(text).children.map(blockEssentials);
    expect(builtBlocks(text, kind)).toEqual(reference);
  });

  it.each([
    ['a heading with a closing sequence', '# thing #', 'heading'],
    ['a heading remark must read', '# *emphasis*', 'heading'],
    ['a quote over two lines', '> [!NOTE]\n> A note.', 'text'],
    ['a quote whose text is indented', '>    **Note:** x', 'text'],
    ['a quote holding a list item', '> - item', 'text'],
    ['a quote a lazy line continues', '> **Note:** x\nmore', 'text'],
    ['an empty heading', '#', 'heading'],
    ['a paragraph over two lines', 'One\ntwo', 'text'],
    ['a line that may start a block', '1. item', 'text'],
    ['a paragraph remark must read', 'Some *emphasis*.', 'text'],
    ['a paragraph after a line of text', 'One\nTwo\n', 'text'],
  ] as const)('leaves %s to remark', (_, text, kind) => {
    expect(builtBlocks(text, kind)).toEqual([]);
  });
});
