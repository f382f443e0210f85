// What in a page's raw text can matter to its PageModel. Each test is a
// superset of what the page walk reads (page.ts), checked on the markdown
// before rendering, so text that fails every test cannot change the model.

/** Heading text that makes tables or code blocks below it count (page.ts: onTable, enumTableName, onCode). */
const relevantHeading = /propert|relationship|member|value|enum|json/i;

/** Paragraph text the walk looks for anywhere: the Namespace line and inheritance phrases. */
const relevantWords = /namespace|inherit|deriv|subclass|subtype/i;

/** A character reference can spell any word, so text holding one is never judged by its words. */
const characterReference = /&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/;

/** `[label]: url` and `[^note]: text` definitions apply to the whole page. */
const definitionMark = ']:';

/** A line that may be a heading the scan did not split at: ATX with up to 3 spaces, or a setext underline. */
const headingLike = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)/m;

const codeLike = /^(?: {4}|\t|[ \t>]*(?:`{3}|~{3}))/m;
const tableLike = /\|/;
const blockquoteLike = /^ {0,3}>/m;

/** A docs-site include line alone (`[!INCLUDE [name](path)]`): no summary (page.ts: isProse), no namespace, no inheritance. */
const includeOnly = /^\s*\[!INCLUDE\s*\[[^\]\n]*\]\([^)\s]*\)\]\s*$/i;

export function isIncludeOnly(text: string): boolean {
  return includeOnly.test(text);
}

/** Whether text may hold a heading the scan did not see, so the walk's section is no longer known. */
export function mayHoldHeading(text: string): boolean {
  return headingLike.test(text);
}

export function isRelevantHeading(text: string): boolean {
  return relevantHeading.test(text) || text.includes('&');
}

export interface SegmentContext {
  /** Inside a `##` section (the walk's `state.section` is set). */
  inSection: boolean;
  /** The section or subsection heading could make tables count. */
  tablesCount: boolean;
  /** A code block here could be read: an annotation came earlier, or the section is about JSON. */
  codeCounts: boolean;
}

/** Whether dropping this text from the page leaves the PageModel as it is. */
export function isInertText(text: string, context: SegmentContext): boolean {
  if (text.includes(definitionMark) || text.includes('blockType')) return false;
  // The walk reads no list: whatever words a list holds, it can make no summary, namespace, table or note.
  if (isWholeList(text)) return true;
  if (characterReference.test(text)) return false;
  if (relevantWords.test(text) || headingLike.test(text)) return false;
  if (context.codeCounts && codeLike.test(text)) return false;
  if ((context.tablesCount || !context.inSection) && tableLike.test(text)) return false;
  return context.inSection || !blockquoteLike.test(text);
}

/**
 * Whether a segment certainly starts with a prose paragraph, which becomes the
 * page's summary if none came before: its first line starts with a letter,
 * and nothing makes that line a table header, a setext heading or the
 * Namespace line.
 */
export function startsWithProse(text: string): boolean {
  const body = text.replace(/^(?:[ \t]*\n)+/, '');
  return /^[A-Za-z]/.test(body) && !tableLike.test(body) && !headingLike.test(body) && !/namespace/i.test(body) && !characterReference.test(body);
}

const listItem = /^(?:[-*+]|\d{1,9}[.)])(?= |$)/;
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * Whether a segment (which starts a fresh block) is one or more top-level lists
 * and nothing else: each line is blank, starts a list item at column 1, or is
 * indented to the content of the item above it. A lazy continuation line, a
 * thematic break, an empty item or a tab (whose width depends on its column)
 * could end the list or start a top-level block, so any of them makes the
 * answer no.
 */
export function isWholeList(text: string): boolean {
  let contentColumn = -1;
  for (const line of text.split('\n')) {
    if (/^[ \t]*$/.test(line)) continue;
    if (/^[ ]*\t/.test(line) || thematicBreak.test(line)) return false;
    const marker = listItem.exec(line)?.[0];
    if (marker !== undefined) {
      const spaces = /^ */.exec(line.slice(marker.length))?.[0].length ?? 0;
      // An item with no text on its first line (it may end at the next blank line) or one starting
      // with indented code is left to remark.
      if (spaces > 4 || line.length === marker.length + spaces) return false;
      contentColumn = marker.length + spaces;
      continue;
    }
    if (contentColumn < 0 || (/^ */.exec(line)?.[0].length ?? 0) < contentColumn) return false;
  }
  return contentColumn >= 0;
}
