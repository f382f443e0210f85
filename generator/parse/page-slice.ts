// Cuts a page down to what its PageModel can depend on. Dropped lines become
// blank, and each run of them one blank line; `lineOf` maps remark's
// positions back to the page's lines (columns never change).
// Sections like "## Methods" and inert prose disappear; the bodies of code
// blocks, HTML comments and the front matter are blanked too, as remark would
// only copy them, and their text is put back into the tree afterwards
// (restore-blocks.ts); so are simple table cells (cell-stand-ins.ts). Simple
// headings, paragraphs and tables are built without remark (simple-blocks.ts).
import { type Segment, indentWidth, scanBlocks } from './block-scan.js';
import { type CellContents, type StandInRow, standInSimpleCells, takeOutStandInRows } from './cell-stand-ins.js';
import { type BuiltBlock, buildClosedBlock, buildSimpleBlocks } from './simple-blocks.js';
import { type SegmentContext, isIncludeOnly, isInertText, isRelevantHeading, mayHoldHeading, startsWithProse } from './relevance.js';

/** A block whose body was blanked: remark's node at `line` gets `value` back. */
export interface BlankedBlock {
  /** 0-based line where the block starts. */
  line: number;
  type: 'code' | 'html' | 'yaml';
  value: string;
}

export interface PageSlice {
  /** The page with every line the model cannot use blanked, each run of such lines as one blank line. */
  text: string;
  blanked: BlankedBlock[];
  /** Nodes of the table cells replaced by a stand-in, in document order. */
  cells: CellContents;
  /** Rows of stand-ins alone, left out of `text` (cell-stand-ins.ts). */
  rows: StandInRow[];
  /** Blocks built without remark (simple-blocks.ts), their lines blank in `text`. */
  built: BuiltBlock[];
  /** The page's 0-based line of each line of `text`. */
  lineOf: number[];
}

/** The slice of a page, or undefined when the page must be parsed whole. */
export function slicePage(page: string): PageSlice | undefined {
  // Line ending and encoding oddities change what a line is; not worth the risk.
  if (/[\r\0]/.test(page) || page.startsWith('\uFEFF')) return undefined;
  const lines = page.split('\n');
  const segments = scanBlocks(lines);
  const dropped = droppedSegments(segments, lines);
  const out = [...lines];
  const blanked: BlankedBlock[] = [];
  // The lines this slice blanked (not those blank in the page): their runs collapse to one line.
  const cleared = new Uint8Array(lines.length);
  const blank = (start: number, end: number): void => {
    for (let index = start; index < end; index += 1) {
      out[index] = '';
      cleared[index] = 1;
    }
  };
  /** A closed block remark still reads: its body blank, put back after the parse. */
  const blankBody = (segment: Segment): void => {
    if (segment.kind === 'comment') {
      blank(segment.start, segment.end);
      emptyComment(out, segment);
      blanked.push({ line: segment.start, type: 'html', value: lines.slice(segment.start, segment.end).join('\n') });
      return;
    }
    blank(segment.start + 1, segment.end - 1);
    const type = segment.kind === 'fence' ? 'code' : 'yaml';
    blanked.push({ line: segment.start, type, value: lines.slice(segment.start + 1, segment.end - 1).join('\n') });
  };
  segments.forEach((segment, index) => {
    if (dropped[index]) blank(segment.start, segment.end);
  });
  const built: BuiltBlock[] = [];
  // Blank lines in place of a block must not join what came before with what follows (as for dropped blocks).
  const take = (block: BuiltBlock): boolean => {
    if (!startsFresh(out, block.end)) return false;
    blank(block.line, block.end);
    built.push(block);
    return true;
  };
  segments.forEach((segment, index) => {
    if (dropped[index]) return;
    if (segment.kind === 'fence' || segment.kind === 'frontMatter' || segment.kind === 'comment') {
      const block = buildClosedBlock(lines, segment);
      if (block === undefined || !take(block)) blankBody(segment);
    } else {
      for (const block of buildSimpleBlocks(out, segment)) take(block);
    }
  });
  const cells = standInSimpleCells(out);
  const removed = new Uint8Array(lines.length);
  const rows = cells.length === 0 ? [] : takeOutStandInRows(out, removed);
  const { kept, lineOf } = withoutBlankRuns(out, cleared, removed);
  return { text: kept.join('\n'), blanked, cells, rows, built, lineOf };
}

/** An empty comment in place of a blanked one: `<!---->`, or `<!--`, blank lines, `-->`. */
function emptyComment(lines: string[], segment: Segment): void {
  if (segment.end - segment.start === 1) lines[segment.start] = '<!---->';
  else {
    lines[segment.start] = '<!--';
    lines[segment.end - 1] = '-->';
  }
}

/**
 * Each run of lines the slice blanked becomes one blank line: remark's cost
 * is per line as much as per character, and a blank line ends a block as
 * well as many do. Blank lines of the page itself stay (they belong to code
 * or HTML blocks as often as not). Lines `removed` are left out (rows put back
 * after the parse). `lineOf` gives each kept line's line in the page.
 */
function withoutBlankRuns(lines: readonly string[], cleared: Uint8Array, removed: Uint8Array): { kept: string[]; lineOf: number[] } {
  const kept: string[] = [];
  const lineOf: number[] = [];
  lines.forEach((line, index) => {
    if (removed[index] === 1) return;
    if (cleared[index] === 1 && line === '' && index > 0 && cleared[index - 1] === 1 && lines[index - 1] === '') return;
    kept.push(line);
    lineOf.push(index);
  });
  return { kept, lineOf };
}

interface WalkState {
  section: string;
  subsection: string;
  inSection: boolean;
  annotationSeen: boolean;
  summarySettled: boolean;
  /** A kept segment may hold a heading (setext, indented): the section is unknown until the next `##`. */
  sectionUnknown: boolean;
}

function droppedSegments(segments: readonly Segment[], lines: readonly string[]): boolean[] {
  const dropped = segments.map(() => false);
  const textOf = (segment: Segment) => lines.slice(segment.start, segment.end).join('\n');
  const state: WalkState = { section: '', subsection: '', inSection: false, annotationSeen: false, summarySettled: false, sectionUnknown: false };
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index] as Segment;
    const text = textOf(segment);
    if (segment.kind === 'heading' && segment.depth === 2) {
      const regionEnd = droppableRegionEnd(segments, index, textOf, state.annotationSeen);
      if (regionEnd !== undefined) {
        for (let inner = index; inner < regionEnd; inner += 1) dropped[inner] = true;
        index = regionEnd - 1;
        continue;
      }
    }
    if (segment.kind === 'heading') onHeading(state, segment, text);
    else if (segment.kind === 'text' || segment.kind === 'comment' || segment.kind === 'html') dropped[index] = isDroppable(state, segment, text);
    if (text.includes('blockType')) state.annotationSeen = true;
    if (segment.kind !== 'heading' && !dropped[index] && mayHoldHeading(text)) state.sectionUnknown = true;
  }
  keepUnsafeRuns(segments, lines, dropped);
  return dropped;
}

function onHeading(state: WalkState, segment: Segment, text: string): void {
  if (segment.depth === 2) {
    state.section = text;
    state.subsection = '';
    state.inSection = true;
    state.sectionUnknown = false;
  } else if ((segment.depth ?? 1) > 2) {
    state.subsection = text;
  }
}

function isDroppable(state: WalkState, segment: Segment, text: string): boolean {
  if (!state.inSection && !state.summarySettled) {
    // Before the first section the first prose paragraph is the summary; an include line is none.
    if (segment.kind === 'text' && isIncludeOnly(text)) return isInertText(text, { inSection: false, tablesCount: true, codeCounts: true });
    if (segment.kind === 'text' && startsWithProse(text)) state.summarySettled = true;
    return false;
  }
  const context: SegmentContext = {
    inSection: state.inSection,
    tablesCount: state.sectionUnknown || isRelevantHeading(state.section) || isRelevantHeading(state.subsection),
    codeCounts: state.sectionUnknown || state.annotationSeen || /json/i.test(state.section),
  };
  return isInertText(text, context);
}

/**
 * A `##` section whose headings name nothing the model reads and whose
 * content is inert drops whole, up to the next `##` heading or the end.
 * Returns the index after it, or undefined when it must stay.
 */
function droppableRegionEnd(
  segments: readonly Segment[], start: number, textOf: (segment: Segment) => string, annotationSeen: boolean,
): number | undefined {
  const context: SegmentContext = { inSection: true, tablesCount: false, codeCounts: annotationSeen };
  let end = start + 1;
  for (; end < segments.length; end += 1) {
    const segment = segments[end] as Segment;
    if (segment.kind === 'heading' && (segment.depth ?? 1) <= 2) break;
  }
  const next = segments[end];
  if (next !== undefined && next.depth !== 2) return undefined; // a `#` heading after it would inherit its section
  for (let index = start; index < end; index += 1) {
    const segment = segments[index] as Segment;
    const text = textOf(segment);
    if (segment.kind === 'heading' ? isRelevantHeading(text) : !isInertRegionPart(segment, text, context)) return undefined;
  }
  return end;
}

function isInertRegionPart(segment: Segment, text: string, context: SegmentContext): boolean {
  if (segment.kind === 'opaque' || segment.kind === 'frontMatter') return false;
  if (segment.kind === 'fence') return !context.codeCounts;
  return isInertText(text, context);
}

/**
 * Blank lines in place of dropped blocks could join what came before with
 * what comes after (a list item continued by an indented line, two indented
 * code blocks). A run of dropped segments stays dropped only when the next
 * non-blank line starts a fresh block anyway, or nothing before it is open.
 */
function keepUnsafeRuns(segments: readonly Segment[], lines: readonly string[], dropped: boolean[]): void {
  const closedKinds = new Set(['heading', 'fence', 'comment', 'html', 'frontMatter']);
  for (let index = 0; index < segments.length; index += 1) {
    if (!dropped[index]) continue;
    let end = index;
    while (dropped[end + 1]) end += 1;
    const after = (segments[end] as Segment).end;
    const previous = segments[index - 1];
    const safe = startsFresh(lines, after) || previous === undefined || closedKinds.has(previous.kind);
    if (!safe) for (let inner = index; inner <= end; inner += 1) dropped[inner] = false;
    index = end;
  }
}

function startsFresh(lines: readonly string[], from: number): boolean {
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (/^[ \t]*$/.test(line)) continue;
    return indentWidth(line) === 0 && !/^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(line);
  }
  return true;
}
