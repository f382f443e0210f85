// Builds one resource type from its page: table rows, then properties that
// only the JSON representation shows.
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, JsonProperty, PageModel, Property, PropertyRow, ResourceType } from '../model/types.js';
import { checkJsonAgreement } from './json-agreement.js';
import { splitQualifiedName } from './names.js';
import type { PageDefinitions } from './page-definitions.js';
import { type PropertyTypeContext, resolvePropertyType } from './property-type.js';

export function buildResource(definitions: PageDefinitions, name: string, context: Omit<PropertyTypeContext, 'owner' | 'namespace'>): ResourceType {
  const { page } = definitions;
  const pages = [page, ...definitions.mergedPages];
  const { namespace, shortName } = splitQualifiedName(name);
  const block = page.resourceBlocks[0];
  const typeContext: PropertyTypeContext = { ...context, owner: name, namespace };
  const properties: Property[] = [];
  const seen = new Set<string>();
  for (const source of pages) {
    const json = jsonProperties(source);
    const onThisPage = new Set<string>();
    const rows = [...source.properties.map((row) => [row, false] as const), ...source.relationships.map((row) => [row, true] as const)];
    for (const [row, navigation] of rows) {
      if (onThisPage.has(row.name)) {
        context.diagnostics.push(diagnostic('property-duplicate', source.file, row.position,
          `Property "${row.name}" is listed more than once; kept the first row.`));
      }
      onThisPage.add(row.name);
      if (seen.has(row.name)) continue;
      seen.add(row.name);
      properties.push(propertyFromRow(typeContext, source.file, row, navigation, json.get(row.name)));
    }
  }
  respellFromJson(properties, pages, context.diagnostics);
  const known = new Set(properties.map((property) => property.name.toLowerCase()));
  for (const source of pages) {
    for (const property of jsonProperties(source).values()) {
      if (known.has(property.name.toLowerCase()) || property.name.startsWith('@')) continue;
      known.add(property.name.toLowerCase());
      properties.push(propertyFromJson(typeContext, source.file, property));
    }
  }
  const resource: ResourceType = {
    name, namespace, shortName,
    description: page.summary || page.frontMatterDescription || '',
    abstract: block?.annotation?.abstract ?? statesAbstract(page),
    openType: block?.annotation?.openType === true,
    properties,
    source: { file: page.file, ...(definitions.resource?.position ?? { line: 1, column: 1 }) },
  };
  return resource;
}

/**
 * A table and a JSON block that spell a property in different cases: the
 * camelCase spelling wins (OData names start in lower case, and pages slip
 * mostly into capitals), else the table's.
 */
function respellFromJson(properties: Property[], pages: readonly PageModel[], diagnostics: Diagnostic[]): void {
  const byLowerName = new Map(properties.map((property) => [property.name.toLowerCase(), property]));
  for (const source of pages) {
    for (const json of jsonProperties(source).values()) {
      const property = byLowerName.get(json.name.toLowerCase());
      if (property === undefined || property.name === json.name) continue;
      const useJson = /^[A-Z]/.test(property.name) && /^[a-z]/.test(json.name);
      diagnostics.push(diagnostic('property-name-case', source.file, json.position, useJson
        ? `The table spells property "${json.name}" as "${property.name}"; used the JSON representation's camelCase spelling.`
        : `The JSON representation spells property "${property.name}" as "${json.name}"; kept the table's spelling.`));
      if (useJson) property.name = json.name;
    }
  }
}

/** The JSON representation's properties of a page's defining block. */
function jsonProperties(page: PageModel): Map<string, JsonProperty> {
  return new Map((page.resourceBlocks[0]?.json?.properties ?? []).map((property) => [property.name, property]));
}

function propertyFromRow(
  context: PropertyTypeContext, file: string, row: PropertyRow, navigation: boolean, json: JsonProperty | undefined,
): Property {
  const source = { file, ...row.position };
  const description = row.description.text;
  const input = { name: row.name, cell: row.type, description, source, ...(json ? { json: json.shape } : {}) };
  const { type, collection, nullable } = resolvePropertyType(context, input);
  const property: Property = {
    name: row.name, type, collection, readOnly: isReadOnly(description), nullable: nullable === true || isNullable(description),
    navigation, origin: 'table', deprecated: row.deprecated === true || isDeprecated(description), description, source,
  };
  if (json !== undefined) checkJsonAgreement(property, json, file, context.diagnostics);
  return property;
}

function propertyFromJson(context: PropertyTypeContext, file: string, property: JsonProperty): Property {
  const source = { file, ...property.position };
  context.diagnostics.push(diagnostic('json-only-property', file, property.position,
    `Property "${property.name}" appears only in the JSON representation; typed it from the JSON value.`));
  const { type, collection } = resolvePropertyType(context, {
    name: property.name, cell: { text: '', links: [] }, description: '', json: property.shape, source,
  });
  return {
    name: property.name, type, collection, readOnly: false, nullable: false, navigation: false, origin: 'json', deprecated: false, description: '', source,
  };
}

/** "This is an abstract type.", "An abstract base class for ...", "This superclass is abstract". */
const abstractPhrase = /\bis (?:an? |the )?abstract\b|^an? abstract\b|\babstract base\b/i;

export function statesAbstract(page: PageModel): boolean {
  return [page.summary, page.frontMatterDescription ?? '', ...page.notes].some((text) => abstractPhrase.test(text));
}

/** "Deprecated. Use x instead.", "This property is deprecated". */
export function isDeprecated(description: string): boolean {
  return /^\W*deprecated\b|\b(?:is|are|has been|now) deprecated\b/i.test(description);
}

export function isReadOnly(description: string): boolean {
  return /\bread[- ]?only\b/i.test(description);
}

export function isNullable(description: string): boolean {
  return /\bnullable\b/i.test(description) && !/\b(?:not|non)[- ]?nullable\b/i.test(description);
}
