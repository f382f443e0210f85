// Simple table cells go to remark as stand-ins and come back as the nodes
// read from their text; a stand-in that lands anywhere but in a cell makes
// the restore fail, so the page is parsed whole.
import { describe, expect, it } from 'vitest';
import { restoreCells, standInSimpleCells, takeOutStandInRows } from '../../generator/parse/cell-stand-ins.js';
import { parseMarkdownLean } from '../../generator/parse/processor.js';
import { restoreLines } from '../../generator/parse/restore-blocks.js';
import { tableRows } from '../../generator/parse/table.js';

const s = '\uE000';

describe('standInSimpleCells', () => {
  it.each([
    ['a header keeps one cell per cell, a body row shares one', ['| a | b |', '|---|---|', '| c | d |'], [`|${s}|${s}|`, '|---|---|', `|${s}${s}|`]],
    ['cells remark must read stay, and split the runs', ['| a | *b* | c | d |'], [`|${s}| *b* |${s}${s}|`]],
    ['empty cells stay', ['| a |  | b'], [`|${s}|  |${s}`]],
    ['an escaped pipe is no separator', ['| a \\| b | c |'], [`| a \\| b |${s}|`]],
    ['lines that do not start with a pipe stay', ['a | b', '    | c |', '> | d |'], ['a | b', '    | c |', '> | d |']],
    ['a page holding the stand-in character keeps all its cells', ['| a |', `| ${s} |`], ['| a |', `| ${s} |`]],
  ])('%s', (_, lines, expected) => {
    const copy = [...lines];
    standInSimpleCells(copy);
    expect(copy).toEqual(expected);
  });
});

describe('restoreCells', () => {
  it('gives back the rows remark reads from the page itself', () => {
    const page = ['| Name | Type |', '|:--|:--|', '| id | String |', '| owner | [user](user.md) | Read-only, `x`. |', '| *bold* | Int32 |'];
    const lines = [...page];
    const contents = standInSimpleCells(lines);
    const tree = parseMarkdownLean(lines.join('\n'));
    expect(restoreCells(tree, contents)).toBe(true);
    const reference = parseMarkdownLean(page.join('\n'));
    const rows = (root: typeof tree) => (root.children[0]?.type === 'table' ? tableRows(root.children[0], new Map()).rows.map((row) => row.cells) : []);
    expect(rows(tree)).toEqual(rows(reference));
  });

  it.each([
    ['a row that is no table row (no delimiter row)', ['| a | b |', '| c | d |']],
    ['a header that does not match its delimiter row', ['| a | b | c |', '|---|---|', '| d |']],
  ])('fails for %s', (_, page) => {
    const lines = [...page];
    const contents = standInSimpleCells(lines);
    expect(contents.length).toBeGreaterThan(0);
    expect(restoreCells(parseMarkdownLean(lines.join('\n')), contents)).toBe(false);
  });
});

describe('rows of stand-ins alone', () => {
  /** The page as the slice gives it to remark: stand-ins in, rows of stand-ins alone out; then restored. */
  const sliced = (page: string[]) => {
    const lines = [...page];
    const contents = standInSimpleCells(lines);
    const removed = new Uint8Array(lines.length);
    const rows = takeOutStandInRows(lines, removed);
    const kept = lines.flatMap((line, index) => (removed[index] === 1 ? [] : [line]));
    const lineOf = lines.flatMap((_, index) => (removed[index] === 1 ? [] : [index]));
    const tree = parseMarkdownLean(kept.join('\n'));
    restoreLines(tree, lineOf);
    return { rows, kept, restored: restoreCells(tree, contents, rows), tree };
  };
  const rowsOf = (root: ReturnType<typeof parseMarkdownLean>) =>
    root.children[0]?.type === 'table' ? tableRows(root.children[0], new Map()).rows : [];

  it('are left out of what remark reads and put back where they were, with their lines and columns', () => {
    const page = ['| Name | Type | Description |', '|:--|:--|:--|', '| id | String | The key. |', '   | name | String | A name. |',
      '| owner | [user](user.md) | Read-only, *x*. |', '| size | Int64 | Bytes. |', '| kind | String | One of them. |'];
    const { rows, kept, restored, tree } = sliced(page);
    expect(rows.map((row) => [row.line, row.indent, row.cells])).toEqual([[2, 0, 3], [3, 3, 3], [5, 0, 3], [6, 0, 3]]);
    expect(kept).toHaveLength(3);
    expect(restored).toBe(true);
    expect(rowsOf(tree)).toEqual(rowsOf(parseMarkdownLean(page.join('\n'))));
  });

  it('stay when they are a header or follow no line of a table', () => {
    const { rows } = sliced(['| a |', '|---|', '', '| b |', '| *c* |', '|---|', '| d |']);
    expect(rows.map((row) => row.line)).toEqual([6]);
  });

  it('make the restore fail when no table holds the line before them', () => {
    const { rows, restored } = sliced(['<div>', '| *a* |', '| b |', '</div>']);
    expect(rows).toHaveLength(1);
    expect(restored).toBe(false);
  });
});
