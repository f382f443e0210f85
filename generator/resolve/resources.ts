// Builds one resource type from its page: table rows, then properties that
// only the JSON representation shows.
import { diagnostic } from '../diagnostics.js';
import type { JsonProperty, Property, PropertyRow, ResourceType } from '../model/types.js';
import { splitQualifiedName } from './names.js';
import type { PageDefinitions } from './page-definitions.js';
import { type PropertyTypeContext, resolvePropertyType } from './property-type.js';

export function buildResource(definitions: PageDefinitions, name: string, context: Omit<PropertyTypeContext, 'owner' | 'namespace'>): ResourceType {
  const { page } = definitions;
  const { namespace, shortName } = splitQualifiedName(name);
  const block = page.resourceBlocks[0];
  const json = new Map((block?.json?.properties ?? []).map((property) => [property.name, property]));
  const typeContext: PropertyTypeContext = { ...context, owner: name, namespace };
  const properties: Property[] = [];
  const seen = new Set<string>();
  const rows = [...page.properties.map((row) => [row, false] as const), ...page.relationships.map((row) => [row, true] as const)];
  for (const [row, navigation] of rows) {
    if (seen.has(row.name)) {
      context.diagnostics.push(diagnostic('property-duplicate', page.file, row.position,
        `Property "${row.name}" is listed more than once; kept the first row.`));
      continue;
    }
    seen.add(row.name);
    properties.push(propertyFromRow(typeContext, page.file, row, navigation, json.get(row.name)));
  }
  for (const property of json.values()) {
    if (seen.has(property.name) || property.name.startsWith('@')) continue;
    seen.add(property.name);
    properties.push(propertyFromJson(typeContext, page.file, property));
  }
  const resource: ResourceType = {
    name, namespace, shortName,
    description: page.summary || page.frontMatterDescription || '',
    abstract: block?.annotation?.abstract === true,
    openType: block?.annotation?.openType === true,
    properties,
    source: { file: page.file, ...(definitions.resource?.position ?? { line: 1, column: 1 }) },
  };
  return resource;
}

function propertyFromRow(
  context: PropertyTypeContext, file: string, row: PropertyRow, navigation: boolean, json: JsonProperty | undefined,
): Property {
  const source = { file, ...row.position };
  const description = row.description.text;
  const input = { name: row.name, cell: row.type, description, source, ...(json ? { json: json.shape } : {}) };
  const { type, collection } = resolvePropertyType(context, input);
  return { name: row.name, type, collection, readOnly: isReadOnly(description), nullable: isNullable(description), navigation, description, source };
}

function propertyFromJson(context: PropertyTypeContext, file: string, property: JsonProperty): Property {
  const source = { file, ...property.position };
  context.diagnostics.push(diagnostic('json-only-property', file, property.position,
    `Property "${property.name}" appears only in the JSON representation; typed it from the JSON value.`));
  const { type, collection } = resolvePropertyType(context, {
    name: property.name, cell: { text: '', links: [] }, description: '', json: property.shape, source,
  });
  return { name: property.name, type, collection, readOnly: false, nullable: false, navigation: false, description: '', source };
}

export function isReadOnly(description: string): boolean {
  return /\bread[- ]?only\b/i.test(description);
}

export function isNullable(description: string): boolean {
  return /\bnullable\b/i.test(description) && !/\b(?:not|non)[- ]?nullable\b/i.test(description);
}
