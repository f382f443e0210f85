// The fast front matter reader answers exactly what the YAML parser answers,
// or not at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSimpleMapping } from '../../generator/parse/simple-yaml.js';

describe('readSimpleMapping', () => {
  it.each([
    ['plain and quoted values', 'title: "user resource type"\ndoc_type: resourcePageType\nms.prod: \'users\'', {
      title: 'user resource type', doc_type: 'resourcePageType', 'ms.prod': 'users',
    }],
    ['an empty value is null', 'author:\ntitle: x', { author: null, title: 'x' }],
    ['comments and blank lines', '# note\n\ntitle: a b  ', { title: 'a b' }],
    ['doubled single quotes', "title: 'it''s'", { title: "it's" }],
  ])('reads %s', (_name, text, want) => {
    expect(readSimpleMapping(text)).toEqual(want);
    expect(readSimpleMapping(text)).toEqual(parse(text));
  });

  it.each([
    ['a nested value', 'a:\n  b: c'], ['an escape', 'title: "a\\"b"'], ['a number', 'ms.date: 2021-07-01'],
    ['a boolean', 'draft: true'], ['a repeated key', 'a: b\na: c'], ['a comment after a value', 'a: b # c'],
    ['a colon inside a value', 'a: b: c'], ['a list', '- a'], ['a block scalar', 'a: |\n  b'],
  ])('leaves %s to the YAML parser', (_name, text) => {
    expect(readSimpleMapping(text)).toBeUndefined();
  });

  it('agrees with the YAML parser wherever it answers', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9 :#'"\-.,!?&*@`[\]{}|>%~\\]{0,12}$/);
    const line = fc.oneof(
      fc.tuple(fc.constantFrom('title', 'doc_type', 'ms.prod', 'a-b'), fc.constantFrom('', ' ', '  '), word).map(([k, s, v]) => `${k}:${s}${v}`),
      fc.constantFrom('', '# comment', '  indented: x', 'title: "quoted"', "title: 'single'"),
    );
    fc.assert(fc.property(fc.array(line, { maxLength: 5 }), (lines) => {
      const text = lines.join('\n');
      const simple = readSimpleMapping(text);
      if (simple === undefined) return;
      let full: unknown;
      try {
        full = parse(text) ?? {};
      } catch {
        full = 'throws';
      }
      expect({ ...(simple as object) }).toEqual(full);
    }), { numRuns: 3000 });
  });
});
