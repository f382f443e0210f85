// The markdown processors. `parseMarkdown` is the reference: CommonMark + GFM
// + YAML front matter, as every page was always parsed. `parseMarkdownLean`
// gives the same tree faster by leaving out the GFM extensions a text cannot
// use: footnotes need `[^`, strikethrough `~`, task list items `[ ]`/`[x]`,
// and autolink literals `www.`, `http://`, `https://` or `@` in plain text.
// The last is checked on the lean tree: the characters of a literal autolink
// would stay in a text node there (and guessed from the text first, so that a
// page that has one is not parsed twice).
import type { Nodes, Root } from 'mdast';
import { type Processor, gfmTable, gfmTableFromMarkdown, remarkFrontmatter, remarkGfm, remarkParse, unified } from './packages.js';

const full = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const lean = unified().use(remarkParse).use(gfmTablesOnly).use(remarkFrontmatter, ['yaml']).freeze();

export function parseMarkdown(text: string): Root {
  return full.parse(text);
}

export function parseMarkdownLean(text: string): Root {
  if (/\[\^|~|\[[\s xX]\]/.test(text) || autolinkStart.test(withoutLinkTargets(text))) return full.parse(text);
  const tree = lean.parse(text);
  return mayHoldAutolinkLiteral(tree) ? full.parse(text) : tree;
}

/**
 * The text without what cannot hold an autolink literal: link destinations `](...)` and HTML
 * comments. What still has `https://`, `www.` or `@` most likely holds one, and goes to the full
 * parser at once instead of being parsed twice; the check on the lean tree stays for the rest.
 */
function withoutLinkTargets(text: string): string {
  return text.replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '](x)').replace(/<!--[^]*?-->/g, '');
}

/** GFM tables alone, registered as remark-gfm registers all of GFM. */
function gfmTablesOnly(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const autolinkStart = /https?:\/\/|www\.|@/i;

function mayHoldAutolinkLiteral(node: Nodes): boolean {
  if (node.type === 'text') return autolinkStart.test(node.value);
  if ((node.type === 'image' || node.type === 'imageReference') && autolinkStart.test(node.alt ?? '')) return true;
  return 'children' in node && node.children.some(mayHoldAutolinkLiteral);
}
