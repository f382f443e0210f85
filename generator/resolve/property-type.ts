// The type of one property: its type cell read by the grammar, looked up in
// the type index, and turned into an enumeration where values are listed.
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, InlineText, JsonShape, PrimitiveName, SourceRef, TypeRef } from '../model/types.js';
import { type EnumRegistry, enumForValues } from './enum-registry.js';
import { valuesFromDescription, valuesFromJsonString } from './enum-values.js';
import { primitiveNamed } from './primitives.js';
import { type TypeIndex, findByLink, findByName } from './type-index.js';
import { type CellTarget, readTypeCell } from './type-cell.js';

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
}

export function resolvePropertyType(context: PropertyTypeContext, input: PropertyTypeInput): ResolvedType {
  const cell = readTypeCell(input.cell);
  if (cell.alternatives) {
    context.diagnostics.push(diagnostic('type-alternatives', input.source.file, input.source,
      `Type "${input.cell.text}" of property "${input.name}" offers alternatives; used the first.`));
  }
  const jsonValues = jsonEnumValues(input.json);
  const listed = valuesFromDescription(input.description) ?? jsonValues;
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

/**
 * A property that names an enumeration and also lists values: the docs say the
 * same thing twice, and sometimes differently. The enumeration's own table is
 * kept (merging the lists measured worse against the service's real types).
 */
function compareListedValues(context: PropertyTypeContext, input: PropertyTypeInput, enumName: string, listed: readonly string[]): void {
  const type = context.enums.byName.get(enumName);
  if (type === undefined) return;
  const members = new Set(type.members.map((member) => member.name));
  const extra = listed.filter((value) => !members.has(value));
  const unlisted = [...members].filter((member) => !listed.includes(member));
  if (extra.length === 0 && unlisted.length === 0) return;
  const parts = [
    extra.length > 0 ? `lists ${codeList(extra)}, which it lacks` : '',
    unlisted.length > 0 ? `does not list ${codeList(unlisted)}` : '',
  ].filter(Boolean);
  context.diagnostics.push(diagnostic('enum-values-conflict', input.source.file, input.source,
    `Property "${input.name}" is typed as enumeration "${enumName}" but ${parts.join(' and ')}; kept the enumeration's members.`));
}

function codeList(values: readonly string[]): string {
  return values.map((value) => `\`${value}\``).join(', ');
}

function listedOrPrimitive(context: PropertyTypeContext, input: PropertyTypeInput, name: PrimitiveName, listed: string[] | undefined): TypeRef {
  if (name !== 'String') return { kind: 'primitive', name };
  if (listed !== undefined) return inferredEnum(context, input, listed, `${context.owner}${pascal(input.name)}`);
  return moreSpecificJson(context, input) ?? { kind: 'primitive', name };
}

/**
 * `String` is the docs' placeholder type; a JSON value that is a boolean, a
 * number or a typed object says more, and wins.
 */
function moreSpecificJson(context: PropertyTypeContext, input: PropertyTypeInput): TypeRef | undefined {
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

function lookUp(context: PropertyTypeContext, input: PropertyTypeInput, target: CellTarget): TypeRef | undefined {
  if (target.kind === 'link') return lookUpLink(context, input, target);
  if (target.kind === 'name') {
    const found = findByName(context.index, target.name, context.namespace);
    return found === undefined ? undefined : { kind: found.kind, name: found.name };
  }
  return undefined;
}

/** A link leads to a page; failing that, its text names the type. */
function lookUpLink(context: PropertyTypeContext, input: PropertyTypeInput, target: { url: string; text: string }): TypeRef | undefined {
  const { page, type } = findByLink(context.index, target.url, target.text, input.source.file);
  if (type !== undefined) return { kind: type.kind, name: type.name };
  const byText = findByName(context.index, target.text, context.namespace);
  const found: TypeRef | undefined = byText === undefined ? primitiveRef(target.text) : { kind: byText.kind, name: byText.name };
  if (found !== undefined && page === undefined && !/^https?:/i.test(target.url)) {
    context.diagnostics.push(diagnostic('link-unresolved', input.source.file, input.source,
      `Link "${target.url}" of property "${input.name}" leads to no page of the input; found the type by its name "${target.text}".`));
  }
  return found;
}

function linkOutcome(context: PropertyTypeContext, input: PropertyTypeInput, url: string): string {
  const { page } = findByLink(context.index, url, '', input.source.file);
  return page === undefined ? 'leads to no page of the input either' : `leads to ${page.page.file}, which defines no type`;
}

function primitiveRef(text: string): TypeRef | undefined {
  const name = primitiveNamed(text);
  return name === undefined ? undefined : { kind: 'primitive', name };
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

function jsonEnumValues(shape: JsonShape | undefined): string[] | undefined {
  const scalar = shape?.kind === 'array' ? shape.element : shape;
  return scalar?.kind === 'string' ? valuesFromJsonString(scalar.text) : undefined;
}

function isJsonArray(shape: JsonShape | undefined): boolean {
  return shape?.kind === 'array';
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
