// A plain line scan of one raw docs page, deliberately independent of the
// generator's markdown parser: the oracle must not share the code it checks.

export interface RawPage {
  /** Path relative to the resources folder. */
  file: string;
  text: string;
}

export interface PageScan {
  file: string;
  /** Type names the page claims to document, qualified as the page writes them. */
  typeNames: string[];
  /** Every table row's first cell and every JSON key on the page, as written. */
  mentions: string[];
  /**
   * Lower-cased words of the lines that speak of inheritance ("Inherits from
   * [x]", "A subclass of [x]", ...) and the annotation's `"baseType"`: the base
   * types the page states.
   */
  inheritanceWords: string[];
}

const DEFAULT_NAMESPACE = 'microsoft.graph';
// `# x resource type`, also `# x complex type`, `# x entity type` and `# x resource`.
const HEADING = /^#\s+`?([A-Za-z_][\w.]*)`?\s+(?:resource(?:\s+type)?|complex\s+type|entity\s+type)\b/i;
const NAMESPACE_LINE = /^\s*Namespace:\s*([\w.]+)/i;
const COMMENT = /<!--([\s\S]*?)-->/g;
const RESOURCE_BLOCK = /"blockType"\s*:\s*"resource"/;
const ANNOTATED_TYPE = /"@(?:odata\.)?type"\s*:\s*"#?([\w.]+)"/;
const ANNOTATED_BASE = /"baseType"\s*:\s*"#?([\w.]+)"/;
const JSON_KEY = /"([^"\\]+)"\s*:/g;
const IDENTIFIER = /^@?[A-Za-z_][\w.@-]*$/;
// The ways pages say a type extends another: "Inherits from [x]", "A subclass of [x]", ...
const INHERITANCE_LINE = /inherit|derive|subclass|subtype|\btype of\b|based on|extends/i;
const WORD = /[A-Za-z_][\w.]*/g;

export function scanPage(page: RawPage): PageScan {
  const annotations = resourceAnnotations(page.text);
  // A reader never sees what the docs commented out (tables, headings): skip it.
  const lines = withoutComments(page.text).split(/\r?\n/);
  const names = new Set<string>(firstMatches(annotations, ANNOTATED_TYPE));
  const heading = headingType(lines);
  if (heading !== undefined) names.add(heading.includes('.') ? heading : `${pageNamespace(lines)}.${heading}`);
  const bases = firstMatches(annotations, ANNOTATED_BASE).map((name) => name.toLowerCase());
  return {
    file: page.file,
    typeNames: [...names],
    mentions: [...mentionedNames(lines)],
    inheritanceWords: [...new Set([...inheritanceWords(lines), ...bases])].sort(),
  };
}

/** The bodies of `<!-- { "blockType": "resource", ... } -->` comments. */
function resourceAnnotations(text: string): string[] {
  return [...text.matchAll(COMMENT)].map((match) => match[1] ?? '').filter((body) => RESOURCE_BLOCK.test(body));
}

/** The first match of the pattern in each annotation: its own key, not `"@type.aka"` or a nested one. */
function firstMatches(annotations: string[], pattern: RegExp): string[] {
  return annotations.flatMap((body) => {
    const name = pattern.exec(body)?.[1];
    return name === undefined ? [] : [name];
  });
}

/** Blanks out HTML comments, keeping line breaks so lines stay where they were. */
function withoutComments(text: string): string {
  return text.replace(COMMENT, (comment) => comment.replace(/[^\n]/g, ''));
}

function inheritanceWords(lines: string[]): string[] {
  const words = new Set<string>();
  for (const line of lines.filter((text) => INHERITANCE_LINE.test(text))) {
    for (const match of line.matchAll(WORD)) words.add(match[0].toLowerCase().replace(/\.$/, ''));
  }
  return [...words];
}

function headingType(lines: string[]): string | undefined {
  for (const line of lines) {
    const match = HEADING.exec(line);
    if (match?.[1] !== undefined) return match[1];
  }
  return undefined;
}

function pageNamespace(lines: string[]): string {
  for (const line of lines) {
    const match = NAMESPACE_LINE.exec(line);
    if (match?.[1] !== undefined) return match[1];
  }
  return DEFAULT_NAMESPACE;
}

/** First cells of table rows outside code, and keys inside code fences. */
function mentionedNames(lines: string[]): Set<string> {
  const names = new Set<string>();
  let inFence = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      for (const match of line.matchAll(JSON_KEY)) if (match[1] !== undefined) names.add(match[1]);
      continue;
    }
    const cell = firstCell(line);
    if (cell !== undefined) names.add(cell);
  }
  return names;
}

/** The first cell of a table row as a bare identifier, or undefined. */
function firstCell(line: string): string | undefined {
  if (!line.includes('|')) return undefined;
  const raw = line.trim().replace(/^\|/, '').split(/(?<!\\)\|/)[0] ?? '';
  const text = raw
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](url) -> text
    .replace(/\*\*|`|\\/g, '')
    .trim();
  const word = text.split(/\s+/)[0] ?? '';
  return IDENTIFIER.test(word) ? word : undefined;
}
