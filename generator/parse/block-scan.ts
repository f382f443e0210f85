// A cheap, conservative line scan of a page's top-level block structure, so
// the parser can hand remark only the parts the model needs. It marks a
// boundary only where CommonMark certainly starts a fresh top-level block:
// an ATX heading or a fence at column 1, an HTML block of types 1-5, a
// non-indented line after a blank line (a list item there is a top-level
// item, of a new list or of the list before it), and the line after a
// heading, fence or closed HTML block. Anything it cannot be
// sure of (an indented fence or HTML start, an unclosed fence) ends the scan:
// the rest of the page becomes one opaque segment that is always kept.

export type SegmentKind = 'frontMatter' | 'heading' | 'fence' | 'comment' | 'html' | 'text' | 'opaque';

export interface Segment {
  kind: SegmentKind;
  /** First line, 0-based. */
  start: number;
  /** Line after the last one. */
  end: number;
  /** Heading depth (1-6), for headings. */
  depth?: number;
}

const blankLine = /^[ \t]*$/;
const atxHeading = /^(#{1,6})(?:[ \t]|$)/;
const fenceOpen = /^(`{3,}|~{3,})(.*)$/;
const frontMatterFence = /^---[ \t]*$/;

export function scanBlocks(lines: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let index = frontMatterEnd(lines);
  if (index === -1) return [{ kind: 'opaque', start: 0, end: lines.length }];
  if (index > 0) segments.push({ kind: 'frontMatter', start: 0, end: index });
  let segmentStart = index;
  let fresh = true; // the next non-blank line starts a new block
  let inHtmlUntilBlank = false;
  const close = (at: number): void => {
    if (at > segmentStart) segments.push({ kind: 'text', start: segmentStart, end: at });
    segmentStart = at;
  };
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (blankLine.test(line)) {
      inHtmlUntilBlank = false;
      fresh = true;
      continue;
    }
    if (inHtmlUntilBlank) continue;
    const indent = indentWidth(line);
    if (indent >= 1 && indent <= 3 && /^[ ]{1,3}(?:`{3}|~{3}|<)/.test(line)) {
      // A fence or an HTML block that may be top-level or inside a list item:
      // what follows cannot be told apart without a real parse.
      segments.push({ kind: 'opaque', start: segmentStart, end: lines.length });
      return segments;
    }
    if (indent > 0) {
      fresh = false;
      continue;
    }
    const heading = atxHeading.exec(line);
    if (heading) {
      close(index);
      segments.push({ kind: 'heading', start: index, end: index + 1, depth: heading[1]?.length ?? 1 });
      segmentStart = index + 1;
      fresh = true;
      continue;
    }
    const closed = closedBlockEnd(lines, index);
    if (closed === 'unsure') {
      segments.push({ kind: 'opaque', start: segmentStart, end: lines.length });
      return segments;
    }
    if (closed !== undefined) {
      close(index);
      segments.push({ kind: closed.kind, start: index, end: closed.end });
      segmentStart = closed.end;
      index = closed.end - 1;
      fresh = true;
      continue;
    }
    if (line.startsWith('<')) {
      // HTML types 6 and 7 (or not HTML at all) run to the next blank line.
      if (fresh) close(index);
      inHtmlUntilBlank = true;
    } else if (fresh) {
      close(index);
    }
    fresh = false;
  }
  close(lines.length);
  return segments;
}

/** The line after the front matter, 0 without one, -1 when it is never closed. */
function frontMatterEnd(lines: readonly string[]): number {
  if (!frontMatterFence.test(lines[0] ?? '')) return 0;
  for (let index = 1; index < lines.length; index += 1) {
    if (frontMatterFence.test(lines[index] ?? '')) return index + 1;
  }
  return -1;
}

/**
 * A fence or an HTML block of types 1-5 starting at column 1 of `index`: the
 * kind and the line after its end; 'unsure' when it never ends or its end
 * overlaps its start.
 */
function closedBlockEnd(lines: readonly string[], index: number): { kind: SegmentKind; end: number } | 'unsure' | undefined {
  const line = lines[index] ?? '';
  const fence = fenceOpen.exec(line);
  if (fence?.[1] !== undefined) {
    const marker = fence[1];
    // A backtick fence's info string holds no backtick; otherwise it is inline code.
    if (marker.startsWith('`') && (fence[2] ?? '').includes('`')) return undefined;
    const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
    const end = findLine(lines, index + 1, (candidate) => closing.test(candidate));
    return end === -1 ? 'unsure' : { kind: 'fence', end: end + 1 };
  }
  const html = htmlEndMarker(line);
  if (html === undefined) return undefined;
  if (html === 'unsure') return 'unsure';
  const end = line.slice(html.from).toLowerCase().includes(html.marker)
    ? index
    : findLine(lines, index + 1, (candidate) => candidate.toLowerCase().includes(html.marker));
  if (end === -1) return 'unsure';
  return { kind: html.marker === '-->' ? 'comment' : 'html', end: end + 1 };
}

function findLine(lines: readonly string[], from: number, accepts: (line: string) => boolean): number {
  for (let index = from; index < lines.length; index += 1) if (accepts(lines[index] ?? '')) return index;
  return -1;
}

/** CommonMark HTML block start conditions 1-5 and the string that ends each. */
function htmlEndMarker(line: string): { marker: string; from: number } | 'unsure' | undefined {
  if (!line.startsWith('<')) return undefined;
  if (line.startsWith('<!--')) return /^<!---?>/.test(line) ? 'unsure' : { marker: '-->', from: 4 };
  if (line.startsWith('<?')) return line.startsWith('<?>') ? 'unsure' : { marker: '?>', from: 2 };
  if (line.startsWith('<![CDATA[')) return { marker: ']]>', from: 9 };
  if (/^<![A-Za-z]/.test(line)) return { marker: '>', from: 2 };
  const raw = /^<(pre|script|style|textarea)(?:[ \t>]|$)/i.exec(line);
  return raw?.[1] === undefined ? undefined : { marker: `</${raw[1].toLowerCase()}>`, from: 1 };
}

/** Columns of leading whitespace, with tab stops of 4. */
export function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width += 1;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}
