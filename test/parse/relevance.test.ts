// The relevance rules decide what the slicer may drop; these pin the list rule
// (the fast-path test proves on whole pages that dropping changes no PageModel).
import { describe, expect, it } from 'vitest';
import { isInertText, isWholeList } from '../../generator/parse/relevance.js';

describe('a segment that is a whole list', () => {
  it.each([
    ['- derived from [x](x.md)\n- inherits from [y](y.md)'],
    ['1. one\n2. two\n\n   more of two'],
    ['* a\n  continued\n\n  after a blank line\n+ another list'],
    ['10) Namespace: microsoft.other'],
  ])('is a list: %j', (text) => {
    expect(isWholeList(text)).toBe(true);
  });

  it.each([
    ['a lazy continuation line', '- a\nNamespace: microsoft.lazy'],
    ['a line indented less than the item text', '- a\n Namespace: microsoft.lazy'],
    ['an empty item, which may end at the blank line', '-\n\n  Namespace: microsoft.empty'],
    ['a thematic break', '* * *\n  Namespace: microsoft.rule'],
    ['an item starting with indented code', '-     code\n      Namespace: microsoft.code'],
    ['a tab', '- a\n\tNamespace: microsoft.tab'],
    ['a no-break space, which is no indentation', '- a\n\u00a0 Namespace: microsoft.nbsp'],
    ['a paragraph first', 'Text\n- item'],
    ['a marker without a space', '-item'],
  ])('is no list with %s', (_, text) => {
    expect(isWholeList(text)).toBe(false);
  });

  it('is inert whatever words it holds, unless it defines a link or holds an annotation', () => {
    const context = { inSection: true, tablesCount: true, codeCounts: true };
    expect(isInertText('- Inherits from [base](base.md) &amp; more', context)).toBe(true);
    expect(isInertText('- see [b]\n\n  [b]: b.md', context)).toBe(false);
    expect(isInertText('- a\n  <!-- { "blockType": "resource" } -->', context)).toBe(false);
  });
});
