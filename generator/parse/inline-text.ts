// Flattens inline markdown (a table cell, a paragraph) into text plus the links
// it holds, so later stages never see syntax-tree nodes. Code spans and
// emphasis keep their markers (they tell enum values and group labels apart,
// and read well in JSDoc); links keep only their text.
import type { Definition, Nodes, PhrasingContent } from 'mdast';
import type { InlineText, LinkMention } from '../model/types.js';

/** Link reference identifiers (normalised, as mdast stores them) to their URLs. */
export type Definitions = ReadonlyMap<string, string>;

/** Definitions are flow content: they only sit in these containers, never in a paragraph, heading or table. */
const flowContainers = new Set(['blockquote', 'list', 'listItem', 'footnoteDefinition']);

export function collectDefinitions(nodes: readonly Nodes[]): Map<string, string> {
  const definitions = new Map<string, string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'definition') addDefinition(definitions, node);
    else if (flowContainers.has(node.type) && 'children' in node) for (const child of node.children) visit(child);
  };
  for (const node of nodes) visit(node);
  return definitions;
}

function addDefinition(definitions: Map<string, string>, node: Definition): void {
  // The first definition of a label wins, as in CommonMark.
  if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
}

export function inlineText(nodes: readonly PhrasingContent[], definitions: Definitions): InlineText {
  const links: LinkMention[] = [];
  const raw = nodes.map((node) => phrasingText(node, definitions, links, true)).join('');
  return { text: collapseWhitespace(raw), links };
}

function phrasingText(node: PhrasingContent, definitions: Definitions, links: LinkMention[], marks: boolean): string {
  const inner = (): string =>
    'children' in node ? node.children.map((child) => phrasingText(child as PhrasingContent, definitions, links, marks)).join('') : '';
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
      // Code spans keep their backticks: they mark enum values and type names.
      return `\`${node.value}\``;
    case 'break':
      return ' ';
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value) ? ' ' : '';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'strong':
      return marks ? `**${inner()}**` : inner();
    case 'emphasis':
      return marks ? `*${inner()}*` : inner();
    case 'link':
    case 'linkReference': {
      const text = node.children.map((child) => phrasingText(child, definitions, links, false)).join('');
      const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
      if (url !== undefined) links.push({ text: collapseWhitespace(text), url });
      return text;
    }
    default:
      return inner();
  }
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
