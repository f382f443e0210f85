import { describe, expect, it } from 'vitest';
import { docs, wrap } from '../../generator/emit/doc-comment.js';

describe('doc comments', () => {
  it('escapes a comment terminator', () => expect(docs(0, 'a */ b')).toEqual(['a *\\/ b']));
  it('gives no docs for empty text', () => expect(docs(0, '', ' ')).toEqual([]));
  it('joins paragraphs with a blank line', () => expect(docs(0, 'one', 'two')).toEqual(['one\n\ntwo']));
  it('wraps at the width and keeps long words whole', () => {
    expect(wrap('aaa bbb ccc', 7)).toBe('aaa bbb\nccc');
    expect(wrap('https://example.com/a/very/long/address x', 10)).toBe('https://example.com/a/very/long/address\nx');
  });
});
