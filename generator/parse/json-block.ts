// Reads a ```json representation block into property names and value shapes.
// Tolerant: comments and trailing commas are common in the docs, and a broken
// block still yields the properties before the fault.
import { type JsonNode as Node, type ParseError, parseTree, printParseErrorCode } from './packages.js';
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, JsonBlock, JsonProperty, JsonShape, SourcePosition } from '../model/types.js';
import { positionInText } from './text-position.js';

export interface JsonBlockResult {
  block: JsonBlock;
  diagnostics: Diagnostic[];
}

export function readJsonBlock(text: string, contentStart: SourcePosition, file: string): JsonBlockResult {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const diagnostics = errors.slice(0, 1).map((error) =>
    diagnostic('json-invalid', file, positionInText(text, error.offset, contentStart),
      `JSON representation is not valid JSON (${printParseErrorCode(error.error)}); kept the properties before the fault.`),
  );
  const properties = root?.type === 'object' ? objectProperties(root, text, contentStart) : [];
  return { block: { properties, position: contentStart }, diagnostics };
}

function objectProperties(object: Node, text: string, contentStart: SourcePosition): JsonProperty[] {
  const properties: JsonProperty[] = [];
  for (const member of object.children ?? []) {
    const [key, value] = member.children ?? [];
    if (key?.type !== 'string' || typeof key.value !== 'string' || value === undefined) continue;
    properties.push({ name: key.value, shape: shapeOf(value), position: positionInText(text, key.offset, contentStart) });
  }
  return properties;
}

function shapeOf(node: Node): JsonShape {
  switch (node.type) {
    case 'string':
      return { kind: 'string', text: String(node.value) };
    case 'number':
      return { kind: 'number', integer: Number.isInteger(node.value) };
    case 'boolean':
      return { kind: 'boolean' };
    case 'array': {
      const first = node.children?.[0];
      return first === undefined ? { kind: 'array' } : { kind: 'array', element: shapeOf(first) };
    }
    case 'object':
      return objectShape(node);
    default:
      return { kind: 'null' };
  }
}

function objectShape(node: Node): JsonShape {
  for (const member of node.children ?? []) {
    const [key, value] = member.children ?? [];
    if (key?.value === '@odata.type' && value?.type === 'string' && typeof value.value === 'string') {
      return { kind: 'object', odataType: value.value.trim().replace(/^#/, '') };
    }
  }
  return { kind: 'object' };
}
