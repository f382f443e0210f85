// Does a property's JSON representation agree with its table row? Only the
// JSON kind is compared (string, number, boolean, object, array): JSON blocks
// show examples and loose type names, so finer differences are not faults.
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, JsonProperty, JsonShape, PrimitiveName, Property, TypeRef } from '../model/types.js';
import { readTypeCell } from './type-cell.js';

type JsonKind = 'string' | 'number' | 'boolean' | 'object' | 'any';

const primitiveKind: Record<PrimitiveName, JsonKind> = {
  String: 'string', Guid: 'string', DateTimeOffset: 'string', Date: 'string', TimeOfDay: 'string', Duration: 'string',
  Binary: 'string', Stream: 'string', Boolean: 'boolean', Byte: 'number', SByte: 'number', Int16: 'number', Int32: 'number',
  Int64: 'number', Single: 'number', Double: 'number', Decimal: 'number', Json: 'any',
};

export function checkJsonAgreement(property: Property, json: JsonProperty, file: string, diagnostics: Diagnostic[]): void {
  const table = { kind: typeKind(property.type), collection: property.collection };
  const shown = shapeKind(json.shape);
  if (shown === undefined || table.kind === 'any' || shown.kind === 'any') return;
  if (table.kind === shown.kind && table.collection === shown.collection) return;
  diagnostics.push(diagnostic('property-type-conflict', file, json.position,
    `Property "${property.name}" is ${describe(table)} in the table but ${describe(shown)} in the JSON representation; followed the table.`));
}

function typeKind(type: TypeRef): JsonKind {
  if (type.kind === 'primitive') return primitiveKind[type.name];
  if (type.kind === 'enum') return 'string';
  return type.kind === 'resource' ? 'object' : 'any';
}

function shapeKind(shape: JsonShape): { kind: JsonKind; collection: boolean } | undefined {
  if (shape.kind === 'array') {
    const element = shape.element === undefined ? undefined : shapeKind(shape.element);
    return element === undefined || element.collection ? undefined : { kind: element.kind, collection: true };
  }
  if (shape.kind === 'null') return undefined;
  if (shape.kind === 'object') return { kind: shape.odataType?.toLowerCase().startsWith('edm.') ? 'any' : 'object', collection: false };
  if (shape.kind === 'string') {
    // "Int32", "Boolean": JSON blocks often name the type as a string.
    const cell = readTypeCell({ text: shape.text, links: [] });
    const kind = cell.target.kind === 'primitive' ? primitiveKind[cell.target.name] : 'string';
    return { kind, collection: cell.collection };
  }
  return { kind: shape.kind, collection: false };
}

function describe(side: { kind: JsonKind; collection: boolean }): string {
  if (side.collection) return `a collection of ${side.kind} values`;
  return side.kind === 'object' ? 'an object' : `a ${side.kind}`;
}
