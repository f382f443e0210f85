// Enumeration values stated in prose ("Possible values are: `a`, `b`.") or in a
// JSON representation string ("a | b | c").

const valuePhrase = /\b(?:possible|supported|valid|allowed|accepted)\s+values\b\s*(?:are|include|is)?\s*:?\s*/i;
const memberPattern = /^[A-Za-z_][\w.-]*$/;

/** The values a description lists after "Possible values are", if it lists identifiers. */
export function valuesFromDescription(description: string): string[] | undefined {
  const phrase = valuePhrase.exec(description);
  if (phrase === null) return undefined;
  const rest = description.slice(phrase.index + phrase[0].length);
  return rest.startsWith('`') ? codeSpanList(rest) : plainList(rest);
}

/**
 * `a`, `b` (the default), and `c` ... : consecutive code spans, each perhaps
 * followed by a remark in parentheses, joined by commas, "and", "or".
 */
function codeSpanList(text: string): string[] | undefined {
  const values: string[] = [];
  const item = /^`([^`]*)`(?:\s*\([^)]*\))?(?:\s*(?:,|\bor\b|\band\b)\s*)*/i;
  let rest = text;
  for (let match = item.exec(rest); match !== null; match = item.exec(rest)) {
    values.push((match[1] ?? '').trim());
    rest = rest.slice(match[0].length);
  }
  return acceptable(values, 1);
}

/** a, b, c. : a comma list up to the end of the sentence. */
function plainList(text: string): string[] | undefined {
  const sentence = /^(.*?)(?:\.(?:\s|$)|$)/.exec(text)?.[1] ?? '';
  const values = sentence
    .split(/\s*,\s*|\s+or\s+|\s+and\s+/i)
    .map((value) => value.trim().replace(/^\*+|\*+$/g, ''))
    .filter(Boolean);
  return acceptable(values);
}

/** `a | b | c` in a JSON representation block. */
export function valuesFromJsonString(text: string): string[] | undefined {
  if (!text.includes('|')) return undefined;
  const values = text.split('|').map((value) => value.trim().replace(/^["'`]|["'`]$/g, ''));
  return acceptable(values);
}

function acceptable(values: readonly string[], atLeast = 2): string[] | undefined {
  if (values.length < atLeast || !values.every((value) => memberPattern.test(value))) return undefined;
  return [...new Set(values)];
}
