// One documented type, model vs CSDL: which properties match (and whether
// their types agree), which are missing (and whether the page mentioned
// them), which the model has that the CSDL does not. Property names match
// exactly: a name in the wrong case is a wrong TypeScript property.
import type { Property } from '../../generator/model/types.js';
import { type CsdlModel, type CsdlProperty, allCsdlProperties } from './csdl.js';
import type { DocumentedType } from './documented.js';
import { type ModelIndex, allModelProperties, findEnum } from './model-index.js';
import { type CsdlTypeKind, csdlTypeKind, describeCsdlType, describeModelType, enumMembersEqual, typeMatches } from './type-match.js';

/**
 * Where the docs mention a missing property. The generator lost it (our bug)
 * for `page` (the type's own page, exact spelling) and `base-page` (the page
 * of a base type the docs state). The docs' gap otherwise: `unstated-base`
 * (only on a base type's page, but no page says it inherits from that type),
 * `other-case` (only in another casing) and `none` (never mentioned).
 */
export type MentionSource = 'page' | 'base-page' | 'unstated-base' | 'other-case' | 'none';

export function isOurBug(source: MentionSource): boolean {
  return source === 'page' || source === 'base-page';
}

export interface MatchedProperty {
  name: string;
  /** The CSDL's flag; recall splits by it. */
  navigation: boolean;
  /** The model's flag; precision splits by it. */
  modelNavigation: boolean;
  collection: boolean;
  csdlKind: CsdlTypeKind;
  csdlType: string;
  modelType: string;
  typeEqual: boolean;
  /** Set when both sides are enums. */
  enum?: { csdlEnum: string; modelEnum: string; exact: boolean };
}

export interface MissingProperty {
  name: string;
  navigation: boolean;
  csdlType: string;
  mention: MentionSource;
  /** The model's property of the same name in another casing, if any. */
  modelSpelling?: string;
}

export interface ExtraProperty {
  name: string;
  navigation: boolean;
  modelType: string;
}

export interface TypeDiff {
  /** CSDL's qualified name. */
  name: string;
  matched: MatchedProperty[];
  missing: MissingProperty[];
  extra: ExtraProperty[];
}

export function diffType(csdl: CsdlModel, index: ModelIndex, documented: DocumentedType): TypeDiff {
  const csdlProperties = allCsdlProperties(csdl, documented.name);
  const modelProperties = allModelProperties(index, documented.name);
  const modelByName = new Map(modelProperties.map((property) => [property.name, property]));
  const csdlNames = new Set(csdlProperties.map((property) => property.name));
  const diff: TypeDiff = { name: documented.name, matched: [], missing: [], extra: [] };
  for (const property of csdlProperties) {
    const model = modelByName.get(property.name);
    if (model !== undefined) diff.matched.push(matchedProperty(csdl, index, model, property));
    else diff.missing.push(missingProperty(property, documented, modelProperties));
  }
  for (const property of modelProperties) {
    if (!csdlNames.has(property.name)) {
      diff.extra.push({ name: property.name, navigation: property.navigation, modelType: describeModelType(property) });
    }
  }
  return diff;
}

function matchedProperty(csdl: CsdlModel, index: ModelIndex, model: Property, property: CsdlProperty): MatchedProperty {
  const matched: MatchedProperty = {
    name: property.name,
    navigation: property.navigation,
    modelNavigation: model.navigation,
    collection: property.collection,
    csdlKind: csdlTypeKind(csdl, property.type),
    csdlType: describeCsdlType(property),
    modelType: describeModelType(model),
    typeEqual: typeMatches(model, property, csdl),
  };
  const csdlEnum = csdl.enums[property.type];
  if (csdlEnum !== undefined && model.type.kind === 'enum') {
    const exact = enumMembersEqual(findEnum(index, model.type.name), csdlEnum);
    matched.enum = { csdlEnum: csdlEnum.name, modelEnum: model.type.name, exact };
  }
  return matched;
}

function missingProperty(property: CsdlProperty, documented: DocumentedType, modelProperties: Property[]): MissingProperty {
  const missing: MissingProperty = {
    name: property.name,
    navigation: property.navigation,
    csdlType: describeCsdlType(property),
    mention: mentionSource(property.name, documented),
  };
  const lower = property.name.toLowerCase();
  const other = modelProperties.find((candidate) => candidate.name.toLowerCase() === lower);
  if (other !== undefined) missing.modelSpelling = other.name;
  return missing;
}

export function mentionSource(name: string, documented: DocumentedType): MentionSource {
  if (documented.mentioned.includes(name)) return 'page';
  if (documented.mentionedOnBase.includes(name)) return 'base-page';
  if (documented.mentionedOnUnstatedBase.includes(name)) return 'unstated-base';
  const lower = name.toLowerCase();
  const all = [...documented.mentioned, ...documented.mentionedOnBase, ...documented.mentionedOnUnstatedBase];
  return all.some((mention) => mention.toLowerCase() === lower) ? 'other-case' : 'none';
}
