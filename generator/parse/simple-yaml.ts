// A fast reader for the front matter most pages have: one `key: value` per
// line, values plain or quoted without escapes. It returns undefined for
// anything else (nesting, escapes, block scalars, numbers, booleans, repeated
// keys), which the full YAML parser then reads; where it answers, it answers
// exactly what the YAML parser would.

const keyLine = /^([A-Za-z_][\w.-]*):(?:[ ]+(.*))?$/;
const doubleQuoted = /^"([^"\\]*)"[ ]*$/;
const singleQuoted = /^'((?:[^']|'')*)'[ ]*$/;
/** Plain scalars that start like an indicator, a number, or a null or boolean word. */
const notPlainString = /^(?:[-?:,[\]{}#&*!|>'"%@`.+\d~]|(?:null|true|false)$)/i;

export function readSimpleMapping(text: string): Record<string, string | null> | undefined {
  const fields: Record<string, string | null> = {};
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const match = keyLine.exec(line);
    const key = match?.[1];
    if (key === undefined || Object.hasOwn(fields, key) || key === '__proto__') return undefined;
    const value = scalar(match?.[2] ?? '');
    if (value === undefined) return undefined;
    fields[key] = value;
  }
  return fields;
}

function scalar(raw: string): string | null | undefined {
  if (/\t/.test(raw)) return undefined;
  if (raw.trim() === '') return null;
  const quoted = doubleQuoted.exec(raw)?.[1] ?? singleQuoted.exec(raw)?.[1]?.replace(/''/g, "'");
  if (quoted !== undefined) return quoted;
  const plain = raw.trim();
  if (notPlainString.test(plain) || /:(?: |$)| #/.test(plain)) return undefined;
  return plain;
}
