// The generator's ApiModel against the CSDL, over the types the docs
// document: one plain-data report, no printing.
import type { ApiModel } from '../../generator/model/types.js';
import type { CsdlModel } from './csdl.js';
import type { DocumentedTypes } from './documented.js';
import {
  type EnumExactness, type Losses, type PropertyMetrics, type Ratio, type TypeAccuracy,
  enumExactness, losses, propertyMetrics, ratio, typeAccuracy,
} from './metrics.js';
import { findResource, indexModel } from './model-index.js';
import { type MissingProperty, type TypeDiff, diffType } from './type-diff.js';

export interface Coverage {
  /** Documented types the model has (qualified name, case-insensitive) / documented types. */
  types: Ratio;
  missingTypes: string[];
  /** Names pages claim to document that the CSDL lacks (not counted anywhere else). */
  documentedNamesNotInCsdl: string[];
}

export interface MistypedProperty {
  name: string;
  modelType: string;
  csdlType: string;
}

export interface WorstType {
  name: string;
  /** missing.length + mistyped.length */
  score: number;
  missing: MissingProperty[];
  mistyped: MistypedProperty[];
}

export interface ConformanceReport {
  coverage: Coverage;
  properties: PropertyMetrics;
  typeAccuracy: TypeAccuracy;
  enumExactness: EnumExactness;
  worstTypes: WorstType[];
  losses: Losses;
}

export const WORST_TYPE_COUNT = 25;

export function compare(model: ApiModel, csdl: CsdlModel, documented: DocumentedTypes): ConformanceReport {
  const index = indexModel(model);
  const all = Object.values(documented.types);
  const present = all.filter((type) => findResource(index, type.name) !== undefined);
  const presentNames = new Set(present.map((type) => type.name));
  const diffs = present.map((type) => diffType(csdl, index, type));
  return {
    coverage: {
      types: ratio(present.length, all.length),
      missingTypes: all.filter((type) => !presentNames.has(type.name)).map((type) => type.name),
      documentedNamesNotInCsdl: documented.unknownNames,
    },
    properties: propertyMetrics(diffs),
    typeAccuracy: typeAccuracy(diffs),
    enumExactness: enumExactness(diffs),
    worstTypes: worstTypes(diffs, WORST_TYPE_COUNT),
    losses: losses(diffs),
  };
}

/** The types with the most missing + mistyped properties, worst first (ties by name). */
export function worstTypes(diffs: readonly TypeDiff[], limit: number): WorstType[] {
  return diffs
    .map((diff): WorstType => {
      const mistyped = diff.matched
        .filter((property) => !property.typeEqual)
        .map(({ name, modelType, csdlType }) => ({ name, modelType, csdlType }));
      return { name: diff.name, score: diff.missing.length + mistyped.length, missing: diff.missing, mistyped };
    })
    .filter((type) => type.score > 0)
    .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit);
}
