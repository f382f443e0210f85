// The grammar of a type cell:
//   cell      := "Collection(" target ")" | target (" collection")* | target " or " target
//   target    := link | primitive | name
//   qualifier := ", maximum size 20" | " (url)" | " resource" ... (ignored)
// Returns what the cell names; looking the name up is the type index's job.
import type { InlineText, PrimitiveName } from '../model/types.js';
import { primitiveNamed } from './primitives.js';

export type CellTarget =
  | { kind: 'primitive'; name: PrimitiveName }
  | { kind: 'link'; url: string; text: string }
  | { kind: 'name'; name: string }
  | { kind: 'empty' }
  | { kind: 'unknown'; text: string };

export interface TypeCell {
  target: CellTarget;
  collection: boolean;
  /** The cell offered alternatives ("A or B"); only the first was kept. */
  alternatives: boolean;
}

export function readTypeCell(cell: InlineText): TypeCell {
  let text = stripDecoration(cell.text);
  let collection = false;
  const wrapped = /^collection\s*\(\s*(.*?)\s*\)/i.exec(text) ?? /^(?:a\s+)?collection\s+of\s+(.+)$/i.exec(text);
  if (wrapped?.[1] !== undefined) {
    text = wrapped[1];
    collection = true;
  }
  const suffixed = /^(.*?)(?:\s+(?:collection|array|list))+\b/i.exec(text);
  if (suffixed?.[1] !== undefined && suffixed[1] !== '') {
    text = suffixed[1];
    collection = true;
  }
  const [first, ...rest] = text.split(/\s+or\s+/i);
  const target = cellTarget(stripQualifiers(first ?? ''), cell);
  return { target, collection, alternatives: rest.length > 0 };
}

function stripDecoration(text: string): string {
  return text.replace(/[`*]/g, '').replace(/\s+/g, ' ').trim();
}

/** Drops what follows the type: ", maximum size 20", " (url)", " resource". */
function stripQualifiers(text: string): string {
  return text
    .replace(/\s*\(.*$/, '')
    .replace(/\s*[,;].*$/, '')
    .replace(/\s+(?:resource|object|type|enum|enumeration|entity|complex type|value)s?$/i, '')
    .trim();
}

function cellTarget(text: string, cell: InlineText): CellTarget {
  if (text === '') return { kind: 'empty' };
  const primitive = primitiveNamed(text);
  if (primitive !== undefined) return { kind: 'primitive', name: primitive };
  const link = cell.links.find((candidate) => stripDecoration(candidate.text) === text) ?? singleLink(cell);
  if (link !== undefined) return { kind: 'link', url: link.url, text: stripDecoration(link.text) };
  const name = /^\[?([A-Za-z_][\w.]*)\]?$/.exec(text)?.[1];
  return name === undefined ? { kind: 'unknown', text } : { kind: 'name', name };
}

function singleLink(cell: InlineText): { url: string; text: string } | undefined {
  return cell.links.length === 1 ? cell.links[0] : undefined;
}
