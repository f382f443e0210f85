// What a JSON representation block says about a property's type.
import { diagnostic } from '../diagnostics.js';
import type { JsonShape, TypeRef } from '../model/types.js';
import type { PropertyTypeContext, PropertyTypeInput } from './property-type.js';
import { valuesFromJsonString } from './enum-values.js';
import { findByName } from './type-index.js';
import { readTypeCell } from './type-cell.js';
import { primitiveRef } from './type-lookup.js';

/**
 * `String` is the docs' placeholder type; a JSON value that is a boolean, a
 * number or a typed object says more, and wins.
 */
export function moreSpecificJson(context: PropertyTypeContext, input: PropertyTypeInput): TypeRef | undefined {
  const shape = input.json?.kind === 'array' ? input.json.element : input.json;
  if (shape === undefined || !(shape.kind === 'boolean' || shape.kind === 'number' || (shape.kind === 'object' && shape.odataType !== undefined))) {
    return undefined;
  }
  const shown = typeOfJsonShape(context, shape);
  if (shown === undefined || (shown.kind === 'primitive' && (shown.name === 'String' || shown.name === 'Json'))) return undefined;
  context.diagnostics.push(diagnostic('property-type-conflict', input.source.file, input.source,
    `Property "${input.name}" is a String in the table but the JSON representation shows ${describeRef(shown)}; followed the JSON, which says more.`));
  return shown;
}

function describeRef(type: TypeRef): string {
  return type.kind === 'primitive' ? type.name : type.kind === 'unknown' ? 'an unknown type' : `${type.kind} ${type.name}`;
}

/** The type a JSON representation value shows: `"String"`, `0`, `{"@odata.type": ...}`. */
export function typeOfJsonShape(context: PropertyTypeContext, shape: JsonShape): TypeRef | undefined {
  switch (shape.kind) {
    case 'string': {
      const cell = readTypeCell({ text: shape.text, links: [] }).target;
      if (cell.kind === 'primitive') return { kind: 'primitive', name: cell.name };
      const found = cell.kind === 'name' ? findByName(context.index, cell.name, context.namespace) : undefined;
      return found === undefined ? { kind: 'primitive', name: 'String' } : { kind: found.kind, name: found.name };
    }
    case 'number':
      return { kind: 'primitive', name: shape.integer ? 'Int32' : 'Double' };
    case 'boolean':
      return { kind: 'primitive', name: 'Boolean' };
    case 'object': {
      if (shape.odataType === undefined) return { kind: 'primitive', name: 'Json' };
      const found = findByName(context.index, shape.odataType, context.namespace);
      return found === undefined ? primitiveRef(shape.odataType) : { kind: found.kind, name: found.name };
    }
    case 'array':
      return shape.element === undefined ? undefined : typeOfJsonShape(context, shape.element);
    default:
      return undefined;
  }
}

export function jsonEnumValues(shape: JsonShape | undefined): string[] | undefined {
  const scalar = shape?.kind === 'array' ? shape.element : shape;
  return scalar?.kind === 'string' ? valuesFromJsonString(scalar.text) : undefined;
}

export function isJsonArray(shape: JsonShape | undefined): boolean {
  return shape?.kind === 'array';
}
