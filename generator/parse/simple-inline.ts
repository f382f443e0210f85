// The phrasing nodes remark gives a table cell's (or a line's) text, for the
// few shapes most have: plain text (with underscores inside words), code
// spans, inline links, `**strong**` plain text and `<br>` line breaks, in a
// grammar narrow enough that CommonMark reads it one way only. Anything else
// (emphasis, escapes, entities, other HTML, references, titles, autolinks)
// gets undefined, and remark reads the text.
import type { Html, InlineCode, Link, PhrasingContent, Strong, Text } from 'mdast';

/** Text that is neither syntax nor an autolink literal: no escape, code, emphasis, bracket, HTML, entity, `!`, `~`, `@`, `^`. */
const plainRun = /[^\\`*_[\]<>&!~@^\u0000-\u001f\u007f]+/y;
/**
 * A code span of one backtick: no space at either end (remark would strip
 * one), nothing another construct could claim first, and no backtick right
 * after it (`` `a``b` `` is one span: a closing run must be as long as the opening one).
 */
const codeSpan = /`([^`\s[\]<>\\\u0000-\u001f\u007f](?:[^`[\]<>\\\u0000-\u001f\u007f]*[^`\s[\]<>\\\u0000-\u001f\u007f])?)`(?!`)/y;
/** `[text](destination)`: plain text, a destination of URL characters with no space, parenthesis, quote, `&` or `\`. */
const inlineLink = /\[([^\\`*_[\]<>&!~@^\u0000-\u001f\u007f]+)\]\(([\w\-.~:/?#@!$+,;=%]+)\)/y;
/**
 * `**text**` at the start or after a space, its text plain and without space
 * at either end, followed by the end, white space or `.,;:)`: the opening run
 * can only open, the closing one closes, and both are two asterisks long.
 */
const strongSpan = /\*\*([^\s\\`*_[\]<>&!~@^\u0000-\u001f\u007f](?:[^\\`*_[\]<>&!~@^\u0000-\u001f\u007f]*[^\s\\`*_[\]<>&!~@^\u0000-\u001f\u007f])?)\*\*(?=$|[ \t.,;:)])/y;
const autolinkLiteral = /https?:\/\/|www\./i;
/** `<br>`, `<br/>`, `<br />`: inline raw HTML (not at the start, where a line could begin an HTML block). */
const lineBreakTag = /<br ?\/?>/iy;
/** Underscores between two letters or digits can neither open nor close emphasis: they are text. */
const intrawordUnderscores = /_+(?=[A-Za-z0-9])/y;
const asciiAlphanumeric = /[A-Za-z0-9]/;

/**
 * The nodes of a table cell's raw text (between its pipes), trimmed of spaces
 * and tabs as remark trims it: none for an empty cell, undefined for one that
 * is not simple.
 */
export function simpleCell(cell: string): PhrasingContent[] | undefined {
  const text = cell.replace(/^[ \t]+|[ \t]+$/g, '');
  if (text === '') return [];
  // Other white space at an edge: remark's trimming and ours could differ.
  if (/^\s|\s$/.test(text)) return undefined;
  return simpleInline(text);
}

/** The nodes of `text` (a trimmed cell), or undefined when its shape is not one of the simple ones. */
export function simpleInline(text: string): PhrasingContent[] | undefined {
  const nodes: PhrasingContent[] = [];
  let at = 0;
  while (at < text.length) {
    const node = textAt(text, at) ?? underscoresAt(text, at) ?? codeAt(text, at) ?? linkAt(text, at) ?? strongAt(text, at) ?? lineBreakAt(text, at);
    if (node === undefined) return undefined;
    const last = nodes[nodes.length - 1];
    // remark gives one text node for text that only looked like syntax (`a_b`).
    if (last?.type === 'text' && node.node.type === 'text') last.value += node.node.value;
    else nodes.push(node.node);
    at = node.end;
  }
  return nodes.some((node) => node.type === 'text' && autolinkLiteral.test(node.value)) ? undefined : nodes;
}

interface Read {
  node: PhrasingContent;
  end: number;
}

function textAt(text: string, at: number): Read | undefined {
  plainRun.lastIndex = at;
  const match = plainRun.exec(text);
  if (match === null || autolinkLiteral.test(match[0])) return undefined;
  const node: Text = { type: 'text', value: match[0] };
  return { node, end: plainRun.lastIndex };
}

function codeAt(text: string, at: number): Read | undefined {
  codeSpan.lastIndex = at;
  const match = codeSpan.exec(text);
  if (match?.[1] === undefined) return undefined;
  const node: InlineCode = { type: 'inlineCode', value: match[1] };
  return { node, end: codeSpan.lastIndex };
}

function linkAt(text: string, at: number): Read | undefined {
  inlineLink.lastIndex = at;
  const match = inlineLink.exec(text);
  if (match?.[1] === undefined || match[2] === undefined || autolinkLiteral.test(match[1])) return undefined;
  const node: Link = { type: 'link', title: null, url: match[2], children: [{ type: 'text', value: match[1] }] };
  return { node, end: inlineLink.lastIndex };
}

function strongAt(text: string, at: number): Read | undefined {
  if (at > 0 && text[at - 1] !== ' ') return undefined;
  strongSpan.lastIndex = at;
  const match = strongSpan.exec(text);
  if (match?.[1] === undefined || autolinkLiteral.test(match[1])) return undefined;
  const node: Strong = { type: 'strong', children: [{ type: 'text', value: match[1] }] };
  return { node, end: strongSpan.lastIndex };
}

function underscoresAt(text: string, at: number): Read | undefined {
  if (at === 0 || !asciiAlphanumeric.test(text[at - 1] ?? '')) return undefined;
  intrawordUnderscores.lastIndex = at;
  const match = intrawordUnderscores.exec(text);
  if (match === null) return undefined;
  const node: Text = { type: 'text', value: match[0] };
  return { node, end: intrawordUnderscores.lastIndex };
}

function lineBreakAt(text: string, at: number): Read | undefined {
  if (at === 0) return undefined;
  lineBreakTag.lastIndex = at;
  const match = lineBreakTag.exec(text);
  if (match === null) return undefined;
  const node: Html = { type: 'html', value: match[0] };
  return { node, end: lineBreakTag.lastIndex };
}
