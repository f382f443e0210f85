// Reads the CSDL (OData metadata) into plain data: the ground truth the
// conformance checker compares the generator's model against. Only the
// conformance scripts read CSDL; the generator never does.
import { XMLParser } from 'fast-xml-parser';

export interface CsdlProperty {
  name: string;
  /** Qualified element type, e.g. `Edm.String` or `microsoft.graph.identitySet`. */
  type: string;
  collection: boolean;
  navigation: boolean;
}

export interface CsdlStructuredType {
  /** Fully qualified name, e.g. `microsoft.graph.callRecords.callRecord`. */
  name: string;
  kind: 'entity' | 'complex';
  baseType?: string;
  abstract: boolean;
  openType: boolean;
  properties: CsdlProperty[];
}

export interface CsdlEnum {
  name: string;
  members: string[];
}

export interface CsdlModel {
  /** Entity and complex types by fully qualified name (CSDL's spelling). */
  types: Record<string, CsdlStructuredType>;
  enums: Record<string, CsdlEnum>;
}

type XmlNode = Record<string, unknown>;

// These elements may occur once or many times; always read them as arrays.
const ARRAY_TAGS = new Set(['Schema', 'EntityType', 'ComplexType', 'EnumType', 'Property', 'NavigationProperty', 'Member']);

export function readCsdl(xmlText: string): CsdlModel {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseAttributeValue: false,
    removeNSPrefix: true,
    isArray: (tagName) => ARRAY_TAGS.has(tagName),
  });
  const root = parser.parse(xmlText) as XmlNode;
  const schemas = children(child(child(root, 'Edmx'), 'DataServices'), 'Schema');
  const aliases = schemaAliases(schemas);
  const model: CsdlModel = { types: {}, enums: {} };
  for (const schema of schemas) {
    const namespace = attribute(schema, 'Namespace');
    for (const node of children(schema, 'EntityType')) addType(model, readStructuredType(node, 'entity', namespace, aliases));
    for (const node of children(schema, 'ComplexType')) addType(model, readStructuredType(node, 'complex', namespace, aliases));
    for (const node of children(schema, 'EnumType')) {
      const name = `${namespace}.${attribute(node, 'Name')}`;
      model.enums[name] = { name, members: children(node, 'Member').map((member) => attribute(member, 'Name')) };
    }
  }
  return model;
}

function addType(model: CsdlModel, type: CsdlStructuredType): void {
  model.types[type.name] = type;
}

function readStructuredType(node: XmlNode, kind: CsdlStructuredType['kind'], namespace: string, aliases: Map<string, string>): CsdlStructuredType {
  const readProperty = (navigation: boolean) => (property: XmlNode): CsdlProperty => {
    const { type, collection } = parseTypeText(attribute(property, 'Type'), aliases);
    return { name: attribute(property, 'Name'), type, collection, navigation };
  };
  const type: CsdlStructuredType = {
    name: `${namespace}.${attribute(node, 'Name')}`,
    kind,
    abstract: attribute(node, 'Abstract') === 'true',
    openType: attribute(node, 'OpenType') === 'true',
    properties: [
      ...children(node, 'Property').map(readProperty(false)),
      ...children(node, 'NavigationProperty').map(readProperty(true)),
    ],
  };
  const baseType = attribute(node, 'BaseType');
  if (baseType !== '') type.baseType = qualify(baseType, aliases);
  return type;
}

/** `Collection(graph.x)` -> `{ type: 'microsoft.graph.x', collection: true }`. */
export function parseTypeText(text: string, aliases: ReadonlyMap<string, string>): { type: string; collection: boolean } {
  const match = /^Collection\((.*)\)$/.exec(text.trim());
  const inner = match?.[1] ?? text.trim();
  return { type: qualify(inner, aliases), collection: match !== null };
}

/** Replaces a schema alias prefix (`graph.x`) with its namespace. */
export function qualify(name: string, aliases: ReadonlyMap<string, string>): string {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return name;
  const namespace = aliases.get(name.slice(0, dot));
  return namespace === undefined ? name : `${namespace}.${name.slice(dot + 1)}`;
}

function schemaAliases(schemas: XmlNode[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const schema of schemas) {
    const alias = attribute(schema, 'Alias');
    if (alias !== '') aliases.set(alias, attribute(schema, 'Namespace'));
  }
  return aliases;
}

/**
 * A type's properties, its own and those it inherits through BaseType, base
 * first. A derived type redeclaring a name replaces the inherited one.
 */
export function allCsdlProperties(csdl: CsdlModel, typeName: string): CsdlProperty[] {
  const chain: CsdlStructuredType[] = [];
  const seen = new Set<string>();
  let current = csdl.types[typeName];
  while (current !== undefined && !seen.has(current.name)) {
    seen.add(current.name); // cycle-safe: a malformed BaseType loop stops here
    chain.unshift(current);
    current = current.baseType === undefined ? undefined : csdl.types[current.baseType];
  }
  const byName = new Map<string, CsdlProperty>();
  for (const type of chain) for (const property of type.properties) byName.set(property.name, property);
  return [...byName.values()];
}

/** The base type chain of a type, nearest first, without the type itself (cycle-safe). */
export function csdlBaseChain(csdl: CsdlModel, typeName: string): string[] {
  const chain: string[] = [];
  const seen = new Set<string>([typeName]);
  let base = csdl.types[typeName]?.baseType;
  while (base !== undefined && !seen.has(base)) {
    seen.add(base);
    chain.push(base);
    base = csdl.types[base]?.baseType;
  }
  return chain;
}

/** Case-insensitive lookup tables: the docs and file names do not keep CSDL's casing. */
export function lowerCaseIndex<T extends { name: string }>(entries: Record<string, T>): Map<string, T> {
  return new Map(Object.values(entries).map((entry) => [entry.name.toLowerCase(), entry]));
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  const value = node?.[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : undefined;
}

function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  return Array.isArray(value) ? (value.filter((entry) => typeof entry === 'object' && entry !== null) as XmlNode[]) : [];
}

function attribute(node: XmlNode, name: string): string {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : '';
}
