// The type of one property: its type cell read by the grammar, looked up in
// the type index, and turned into an enumeration where values are listed.
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, InlineText, JsonShape, PrimitiveName, SourceRef, TypeRef } from '../model/types.js';
import { type EnumRegistry, enumForValues } from './enum-registry.js';
import { valuesFromDescription } from './enum-values.js';
import { isJsonArray, jsonEnumValues, moreSpecificJson, typeOfJsonShape } from './json-type.js';
import { compareListedValues } from './listed-values.js';
import type { TypeIndex } from './type-index.js';
import { readTypeCell } from './type-cell.js';
import { linkOutcome, lookUp } from './type-lookup.js';

export interface PropertyTypeContext {
  index: TypeIndex;
  enums: EnumRegistry;
  diagnostics: Diagnostic[];
  /** The resource that owns the property, fully qualified. */
  owner: string;
  namespace: string;
}

export interface PropertyTypeInput {
  name: string;
  cell: InlineText;
  description: string;
  /** The same property's value in the JSON representation, if shown. */
  json?: JsonShape;
  source: SourceRef;
}

export interface ResolvedType {
  type: TypeRef;
  collection: boolean;
  /** The docs list `null` among the values, or the enumeration has a `null` member. */
  nullable?: boolean;
}

export function resolvePropertyType(context: PropertyTypeContext, input: PropertyTypeInput): ResolvedType {
  const resolved = resolveType(context, input);
  const listsNull = (valuesFromDescription(input.description) ?? jsonEnumValues(input.json) ?? []).includes('null');
  const enumHasNull = resolved.type.kind === 'enum' && context.enums.withNull.has(resolved.type.name);
  return listsNull || enumHasNull ? { ...resolved, nullable: true } : resolved;
}

function resolveType(context: PropertyTypeContext, input: PropertyTypeInput): ResolvedType {
  const cell = readTypeCell(input.cell);
  if (cell.alternatives) {
    context.diagnostics.push(diagnostic('type-alternatives', input.source.file, input.source,
      `Type "${input.cell.text}" of property "${input.name}" offers alternatives; used the first.`));
  }
  // `null` in a list of values says the property may be null; it is not a member.
  const listed = withoutNull(valuesFromDescription(input.description) ?? jsonEnumValues(input.json));
  const target = cell.target;
  if (target.kind === 'primitive') {
    return { type: listedOrPrimitive(context, input, target.name, listed), collection: cell.collection };
  }
  if (target.kind === 'empty') return { type: fromJsonOrUnknown(context, input, listed), collection: isJsonArray(input.json) };
  const found = lookUp(context, input, target);
  if (found !== undefined) {
    if (found.kind === 'enum' && listed !== undefined) compareListedValues(context, input, found.name, listed);
    return { type: found, collection: cell.collection };
  }
  const typeName = target.kind === 'link' ? target.text : target.kind === 'name' ? target.name : undefined;
  if (listed !== undefined && typeName !== undefined && /^[A-Za-z_][\w.]*$/.test(typeName)) {
    // The docs name an enumeration no page defines, and list its values.
    return { type: inferredEnum(context, input, listed, qualifyIn(context, typeName)), collection: cell.collection };
  }
  const where = target.kind === 'link' ? ` (its link "${target.url}" ${linkOutcome(context, input, target.url)})` : '';
  context.diagnostics.push(diagnostic('type-unresolved', input.source.file, input.source,
    `Type "${input.cell.text}" of property "${input.name}" names no type defined in the docs${where}; typed it \`unknown\`.`));
  return { type: { kind: 'unknown', text: input.cell.text }, collection: cell.collection };
}

function withoutNull(values: string[] | undefined): string[] | undefined {
  const members = values?.filter((value) => value !== 'null');
  return members === undefined || members.length === 0 ? undefined : members;
}

function listedOrPrimitive(context: PropertyTypeContext, input: PropertyTypeInput, name: PrimitiveName, listed: string[] | undefined): TypeRef {
  if (name !== 'String') return { kind: 'primitive', name };
  if (listed !== undefined) return inferredEnum(context, input, listed, `${context.owner}${pascal(input.name)}`);
  return moreSpecificJson(context, input) ?? { kind: 'primitive', name };
}

function fromJsonOrUnknown(context: PropertyTypeContext, input: PropertyTypeInput, listed: string[] | undefined): TypeRef {
  if (listed !== undefined) return inferredEnum(context, input, listed, `${context.owner}${pascal(input.name)}`);
  const shape = input.json?.kind === 'array' ? input.json.element : input.json;
  const fromJson = shape === undefined ? undefined : typeOfJsonShape(context, shape);
  if (fromJson !== undefined) return fromJson;
  context.diagnostics.push(diagnostic('type-unresolved', input.source.file, input.source,
    `Property "${input.name}" has no type; typed it \`unknown\`.`));
  return { kind: 'unknown', text: '' };
}

function inferredEnum(context: PropertyTypeContext, input: PropertyTypeInput, values: readonly string[], preferredName: string): TypeRef {
  const owner = context.owner.slice(context.owner.lastIndexOf('.') + 1);
  const description = `The values the docs list for \`${owner}.${input.name}\`.`;
  const name = enumForValues(context.enums, { preferredName, values, description, source: input.source });
  return { kind: 'enum', name };
}

function qualifyIn(context: PropertyTypeContext, name: string): string {
  return name.includes('.') ? name : `${context.namespace}.${name}`;
}

export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
