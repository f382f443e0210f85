// Puts the text of blanked code blocks, HTML comments and front matter back into the tree
// remark made of a page slice (page-slice.ts), and the page's line numbers.
import type { Nodes, Root } from 'mdast';
import type { BlankedBlock } from './page-slice.js';

/** False when a blanked block did not come out as the same top-level node: parse the page whole then. */
export function restoreBlocks(tree: Root, blocks: readonly BlankedBlock[]): boolean {
  const byLine = new Map<number, Root['children'][number]>();
  for (const node of tree.children) {
    const line = node.position?.start.line;
    if (line !== undefined && !byLine.has(line)) byLine.set(line, node);
  }
  for (const block of blocks) {
    const node = byLine.get(block.line + 1);
    if (node === undefined || node.type !== block.type || node.position?.start.column !== 1) return false;
    node.value = block.value;
  }
  return true;
}

/**
 * Gives every node the page's line numbers back (`lineOf`: the page's 0-based
 * line of each slice line). Offsets stay those of the slice; nothing reads them.
 */
export function restoreLines(tree: Nodes, lineOf: readonly number[]): void {
  const { position } = tree;
  if (position !== undefined) {
    position.start.line = (lineOf[position.start.line - 1] ?? position.start.line - 1) + 1;
    position.end.line = (lineOf[position.end.line - 1] ?? position.end.line - 1) + 1;
  }
  if ('children' in tree) for (const child of tree.children) restoreLines(child, lineOf);
}
