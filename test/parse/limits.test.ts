// Pages that would stall the markdown parser are skipped or cut down first,
// with a diagnostic; nothing a page holds can hang a run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateFromPages } from '../../generator/index.js';
import { applyLimits, limitLines, limits, withinLimits } from '../../generator/parse/limits.js';

describe('page limits', () => {
  it('skips a page larger than the limit: a 4 MB list nested 2,000 deep', () => {
    const deep = Array.from({ length: 2000 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth} ${'y'.repeat(1000)}`).join('\n');
    const result = generateFromPages([{ file: 'deep.md', text: `# deep resource type\n\n${deep}\n` }]);
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity])).toContainEqual(['page-too-large', 'error']);
  });

  it('skips a page holding one 10 MB line', () => {
    const result = generateFromPages([{ file: 'long.md', text: `# long resource type\n\n${'z'.repeat(10_000_000)}\n` }]);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('page-too-large');
  });

  it('cuts long lines and deep nesting of a page within the size limit, and still reads its properties', () => {
    const deep = Array.from({ length: 400 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n');
    const text = `# cut resource type\n\n## Properties\n\n| Property | Type | Description |\n|--|--|--|\n| a | String | ${'x'.repeat(60_000)} |\n\n${deep}\n`;
    const result = generateFromPages([{ file: 'cut.md', text }]);
    expect(result.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['page-cut', 7]]);
    expect(result.model.resources[0]?.properties.map((property) => property.name)).toEqual(['a']);
  });

  it('leaves real pages alone: code blocks keep their indentation', () => {
    const text = `# ok resource type\n\n\`\`\`json\n{\n${' '.repeat(80)}"deep": "String"\n}\n\`\`\`\n`;
    expect(applyLimits(text, 'ok.md')).toEqual({ text, diagnostics: [] });
  });

  it('cuts blockquotes nested deeper than the limit', () => {
    const { text } = applyLimits(`${'>'.repeat(500)} deep`, 'q.md');
    expect(text).toBe(`${'>'.repeat(limits.quoteDepth)} deep`);
  });
});

describe('the whole-text check before the line-by-line limits', () => {
  const piece = fc.constantFrom(' ', '  ', '\t', '>', '> ', '```', '~~~', '\n', '\r\n', 'a', '- ', ' '.repeat(13), '>'.repeat(9), 'x'.repeat(20_000));

  it('passes a text only when cutting it line by line would change nothing', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
      const text = pieces.join('');
      if (withinLimits(text)) expect(limitLines(text, 'p.md')).toEqual({ text, diagnostics: [] });
      expect(applyLimits(text, 'p.md')).toEqual(limitLines(text, 'p.md'));
    }), { numRuns: 500 });
  });

  it('sends the text on to the line-by-line limits at one character past each limit', () => {
    expect(withinLimits(`a\n${' '.repeat(limits.indentCharacters)}b`)).toBe(true);
    expect(withinLimits(`a\n${' '.repeat(limits.indentCharacters + 1)}b`)).toBe(false);
    expect(withinLimits(`a\n${'> '.repeat(limits.quoteDepth)}b`)).toBe(true);
    expect(withinLimits(`a\n${'> '.repeat(limits.quoteDepth + 1)}b`)).toBe(false);
    expect(withinLimits(`a\n${'x'.repeat(limits.lineCharacters)}\nb`)).toBe(true);
    expect(withinLimits(`a\n${'x'.repeat(limits.lineCharacters + 1)}\nb`)).toBe(false);
  });
});
