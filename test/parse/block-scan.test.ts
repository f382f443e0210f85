// The block scan splits only where CommonMark certainly starts a fresh
// top-level block (blank lines stay with the block before them), and gives up (an opaque rest) where it cannot be sure.
import { describe, expect, it } from 'vitest';
import { scanBlocks } from '../../generator/parse/block-scan.js';

const kinds = (text: string) => scanBlocks(text.split('\n')).map((s) => `${s.kind}@${s.start}-${s.end}`);

describe('scanBlocks', () => {
  it.each([
    ['front matter, headings, a paragraph', '---\nt: x\n---\n# a\n\ntext', ['frontMatter@0-3', 'heading@3-4', 'text@4-5', 'text@5-6']],
    ['a fence hides headings', '## a\n```\n## b\n```\nafter', ['heading@0-1', 'fence@1-4', 'text@4-5']],
    ['an HTML comment block', '<!-- {\n## x\n} -->\ntext', ['comment@0-3', 'text@3-4']],
    ['a new block after a blank line', 'one\n\ntwo', ['text@0-2', 'text@2-3']],
    // A list item at column 1 after a blank line is a top-level item (of a new list or the list before it).
    ['a list item after a blank line starts a block', '- a\n\n- b', ['text@0-2', 'text@2-3']],
    ['HTML of type 6 runs to the blank line', '<div>\n## x\n\nafter', ['text@0-3', 'text@3-4']],
    ['an indented fence makes its block and the rest opaque', 'a\n\n- b\n  ```\n## c\n', ['text@0-2', 'opaque@2-6']],
    ['an indented fence after a paragraph line makes the paragraph opaque too', 'a\n- b\n  ```\n## c\n', ['opaque@0-5']],
    ['an unclosed fence makes the rest opaque', '# a\n```\ncode', ['heading@0-1', 'opaque@1-3']],
    ['unclosed front matter makes the page opaque', '---\nt: x\n', ['opaque@0-3']],
  ])('%s', (_name, text, want) => {
    expect(kinds(text)).toEqual(want);
  });
});
