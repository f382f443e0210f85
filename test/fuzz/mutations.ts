// Mutations of real pages, each a pure function of the page text and a few
// random numbers, so that fast-check can shrink and replay them.
import fc from 'fast-check';

export type Mutation = { name: string; apply: (text: string) => string };

const oddNames = ['class', 'default', '__proto__', 'constructor', '@odata.etag', 'foo-bar', 'a.b.c', '😀emoji', '0start', 'has space', 'toString'];

function lines(text: string): string[] {
  return text.split('\n');
}

function at<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

const truncate = fc.nat().map((cut): Mutation => ({
  name: `truncate at ${cut}`, apply: (text) => text.slice(0, cut % (text.length + 1)),
}));

const deleteLines = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(([start, count]): Mutation => ({
  name: `delete ${count} lines at ${start}`,
  apply: (text) => { const all = lines(text); all.splice(start % (all.length + 1), count); return all.join('\n'); },
}));

const duplicateLines = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(([start, count]): Mutation => ({
  name: `duplicate ${count} lines at ${start}`,
  apply: (text) => {
    const all = lines(text);
    const from = start % (all.length + 1);
    all.splice(from, 0, ...all.slice(from, from + count));
    return all.join('\n');
  },
}));

/** Rotates the cells of every row of one table, header and delimiter row alike. */
const shuffleColumns = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 })).map(([pick, shift]): Mutation => ({
  name: `rotate the columns of table ${pick} by ${shift}`,
  apply: (text) => {
    const all = lines(text);
    const starts = all.flatMap((line, index) => (line.trim().startsWith('|') && !all[index - 1]?.trim().startsWith('|') ? [index] : []));
    const start = at(starts, pick);
    for (let index = start ?? all.length; index < all.length && all[index]?.trim().startsWith('|'); index += 1) {
      const cells = (all[index] ?? '').trim().replace(/^\||\|$/g, '').split('|');
      all[index] = `|${[...cells.slice(shift % cells.length), ...cells.slice(0, shift % cells.length)].join('|')}|`;
    }
    return all.join('\n');
  },
}));

const breakJson = fc.tuple(fc.nat(), fc.constantFrom('{', '}', '"', ',', ':', '[', '', '\\')).map(([where, junk]): Mutation => ({
  name: `break the JSON block at ${where} with "${junk}"`,
  apply: (text) => {
    const open = text.indexOf('```json');
    if (open === -1) return text;
    const close = text.indexOf('```', open + 7);
    const inside = open + 7 + (where % Math.max(1, (close === -1 ? text.length : close) - open - 7));
    return `${text.slice(0, inside)}${junk}${text.slice(inside + 1)}`;
  },
}));

const hugeJson = fc.integer({ min: 300, max: 1_200 }).map((count): Mutation => ({
  name: `a JSON block of ${count} properties`,
  apply: (text) => `${text}\n\n## JSON representation\n\n\`\`\`json\n{\n${Array.from({ length: count }, (_, i) => `  "p${i}": "String"`).join(',\n')}\n}\n\`\`\`\n`,
}));

const insertAtLine = (name: string, insert: (n: number) => string) =>
  fc.tuple(fc.nat(), fc.nat({ max: 1000 })).map(([line, n]): Mutation => ({
    name: `${name} at line ${line}`,
    apply: (text) => { const all = lines(text); all.splice(line % (all.length + 1), 0, insert(n)); return all.join('\n'); },
  }));

const unclosedComment = insertAtLine('an unclosed comment', () => '<!-- {"blockType": "resource", "@odata.type": "microsoft.graph.x"');
const badCharacters = insertAtLine('NUL bytes, replacement characters and lone surrogates', () => 'a\u0000b\uFFFD\uD800c\uDFFF|\u0000|');
const longLine = insertAtLine('a 200 KB line', (n) => `| long${n} | String | ${'x'.repeat(200_000)} |`);
const deepList = insertAtLine('a list nested 150 deep', () => Array.from({ length: 150 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n'));
const deepQuote = insertAtLine('a blockquote nested 150 deep', () => `${'>'.repeat(150)} deep`);

const oddPropertyName = fc.tuple(fc.nat(), fc.constantFrom(...oddNames)).map(([row, name]): Mutation => ({
  name: `rename a property to "${name}"`,
  apply: (text) => {
    const all = lines(text);
    const rows = all.flatMap((line, index) => (/^\|\s*[A-Za-z]\w*\s*\|/.test(line) && !/property|member|relationship/i.test(line) ? [index] : []));
    const index = at(rows, row);
    if (index !== undefined) all[index] = (all[index] ?? '').replace(/^\|\s*[A-Za-z]\w*\s*\|/, `| ${name} |`);
    return all.join('\n');
  },
}));

const oddTypeName = fc.constantFrom(...oddNames).map((name): Mutation => ({
  name: `retitle the type "${name}"`,
  apply: (text) => text.replace(/^# .*$/m, `# ${name} resource type`).replace(/"@odata\.type":\s*"[^"]*"/, `"@odata.type": "microsoft.graph.${name}"`),
}));

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  truncate, deleteLines, duplicateLines, shuffleColumns, breakJson, hugeJson, unclosedComment,
  badCharacters, longLine, deepList, deepQuote, oddPropertyName, oddTypeName,
);

/** One to three mutations applied in turn. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });
