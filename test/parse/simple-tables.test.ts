// Tables of simple cells are built without remark only where CommonMark
// leaves no doubt; the nodes must be the ones remark builds (row and table
// starts included, as the PageModel keeps them).
import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../generator/parse/processor.js';
import { buildSimpleTables } from '../../generator/parse/simple-tables.js';

/** A table with only what the PageModel reads: cells' nodes, the starts of the table and its rows. */
function essentials(table: Table): unknown {
  const start = (node: { position?: { start: { line: number; column: number } } | undefined }) => [node.position?.start.line, node.position?.start.column];
  const withoutPositions = (value: unknown) => JSON.parse(JSON.stringify(value, (key, inner: unknown) => (key === 'position' ? undefined : inner))) as unknown;
  return { start: start(table), align: table.align, rows: table.children.map((row) => ({ start: start(row), cells: withoutPositions(row.children) })) };
}

function built(text: string): Table[] {
  const lines = text.split('\n');
  return buildSimpleTables(lines, 0, lines.length).map((table) => table.node);
}

describe('buildSimpleTables', () => {
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
    expect(buildSimpleTables(lines, 0, 3)).toEqual([]);
    expect(buildSimpleTables(lines.slice(0, 3), 0, 3)).toHaveLength(1);
  });
});
