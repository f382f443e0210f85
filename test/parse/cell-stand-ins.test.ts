// Simple table cells go to remark as stand-ins and come back as the nodes
// read from their text; a stand-in that lands anywhere but in a cell makes
// the restore fail, so the page is parsed whole.
import { describe, expect, it } from 'vitest';
import { restoreCells, standInSimpleCells } from '../../generator/parse/cell-stand-ins.js';
import { parseMarkdownLean } from '../../generator/parse/processor.js';
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
