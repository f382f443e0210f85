// The corpus copied k times, for scaling figures: copy 1 is the corpus as it
// is; copy n sits in `copy-n/` with every type name (and the page file names
// built from them) suffixed `Cn`, in titles, annotations, links and type
// cells alike, so each copy resolves to its own types.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function copyCorpus(source: string, target: string, copies: number): void {
  cpSync(source, target, { recursive: true });
  const pages = readdirSync(source).filter((file) => file.endsWith('.md'));
  const texts = new Map(pages.map((file) => [file, readFileSync(join(source, file), 'utf8')]));
  const names = typeNames([...texts.values()]);
  for (let copy = 2; copy <= copies; copy += 1) {
    const folder = join(target, `copy-${copy}`);
    mkdirSync(folder, { recursive: true });
    const rename = (text: string) => text.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (word) => (names.has(word) ? `${word}C${copy}` : word));
    for (const [file, text] of texts) writeFileSync(join(folder, `${rename(file.slice(0, -3))}.md`), rename(text));
  }
}

/** Type names the pages define: titles, enum value headings, annotation types. */
function typeNames(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  const patterns = [
    /^# +`?([A-Za-z_]\w*)`? +(?:resource|enum|complex|entity)\b/gim,
    /^#{2,3} +`?([A-Za-z_]\w*)`? +values\b/gim,
    /"@odata\.type"\s*:\s*"#?microsoft\.graph\.(?:\w+\.)*(\w+)"/g,
  ];
  for (const text of texts) for (const pattern of patterns) for (const match of text.matchAll(pattern)) if (match[1]) names.add(match[1]);
  for (const reserved of ['microsoft', 'graph', 'String', 'string', 'Boolean', 'Int32', 'Int64']) names.delete(reserved);
  return names;
}
