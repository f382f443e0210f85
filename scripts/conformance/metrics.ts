// The arithmetic over per-type diffs. Every figure is a Ratio so the report
// can always show the counts behind a percentage.
import type { CsdlTypeKind } from './type-match.js';
import { type MatchedProperty, type MentionSource, type TypeDiff, isOurBug } from './type-diff.js';

export interface Ratio {
  hit: number;
  total: number;
  /** hit / total * 100; null when there is nothing to count. */
  percent: number | null;
}

export interface SplitRatio {
  structural: Ratio;
  navigation: Ratio;
  all: Ratio;
}

export interface PropertyMetrics {
  /** CSDL properties (own + inherited) the model has, split by the CSDL's navigation flag. */
  recall: SplitRatio;
  /** Model properties (own + inherited) the CSDL has, split by the model's navigation flag. */
  precision: SplitRatio;
}

export interface TypeAccuracy {
  /** Matched properties whose model type equals the CSDL type. */
  all: Ratio;
  /** Split by the kind of the CSDL type. */
  byKind: Record<CsdlTypeKind, Ratio>;
  /** Matched properties whose CSDL type is a collection. */
  collections: Ratio;
}

export interface EnumExactness {
  /** Matched enum-typed properties whose model enum has exactly the CSDL members. */
  properties: Ratio;
  /** Distinct CSDL enums behind those properties; exact when every such property is. */
  enums: Ratio;
}

export interface Losses {
  /** Missing properties the page text mentions (exactly, on its page or a stated base type's page). */
  ourBug: number;
  /** Missing properties the docs never give a reader (see MentionSource). */
  docsGap: number;
  bySource: Record<MentionSource, number>;
}

export function ratio(hit: number, total: number): Ratio {
  return { hit, total, percent: total === 0 ? null : (hit / total) * 100 };
}

function count<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.reduce((sum, item) => sum + (test(item) ? 1 : 0), 0);
}

function split<T>(items: readonly T[], isNavigation: (item: T) => boolean, isHit: (item: T) => boolean): SplitRatio {
  const navigation = items.filter(isNavigation);
  const structural = items.filter((item) => !isNavigation(item));
  return {
    structural: ratio(count(structural, isHit), structural.length),
    navigation: ratio(count(navigation, isHit), navigation.length),
    all: ratio(count(items, isHit), items.length),
  };
}

export function propertyMetrics(diffs: readonly TypeDiff[]): PropertyMetrics {
  type Side = { navigation: boolean; found: boolean };
  const csdlSide: Side[] = diffs.flatMap((diff) => [
    ...diff.matched.map((property) => ({ navigation: property.navigation, found: true })),
    ...diff.missing.map((property) => ({ navigation: property.navigation, found: false })),
  ]);
  const modelSide: Side[] = diffs.flatMap((diff) => [
    ...diff.matched.map((property) => ({ navigation: property.modelNavigation, found: true })),
    ...diff.extra.map((property) => ({ navigation: property.navigation, found: false })),
  ]);
  const isNavigation = (item: Side) => item.navigation;
  const found = (item: Side) => item.found;
  return { recall: split(csdlSide, isNavigation, found), precision: split(modelSide, isNavigation, found) };
}

export function typeAccuracy(diffs: readonly TypeDiff[]): TypeAccuracy {
  const matched = diffs.flatMap((diff) => diff.matched);
  const equal = (property: MatchedProperty) => property.typeEqual;
  const ofKind = (kind: CsdlTypeKind) => {
    const properties = matched.filter((property) => property.csdlKind === kind);
    return ratio(count(properties, equal), properties.length);
  };
  const collections = matched.filter((property) => property.collection);
  return {
    all: ratio(count(matched, equal), matched.length),
    byKind: { primitive: ofKind('primitive'), reference: ofKind('reference'), enum: ofKind('enum'), other: ofKind('other') },
    collections: ratio(count(collections, equal), collections.length),
  };
}

export function enumExactness(diffs: readonly TypeDiff[]): EnumExactness {
  const pairs = diffs.flatMap((diff) => diff.matched.flatMap((property) => (property.enum === undefined ? [] : [property.enum])));
  const byEnum = new Map<string, boolean>();
  for (const pair of pairs) byEnum.set(pair.csdlEnum, (byEnum.get(pair.csdlEnum) ?? true) && pair.exact);
  return {
    properties: ratio(count(pairs, (pair) => pair.exact), pairs.length),
    enums: ratio(count([...byEnum.values()], (exact) => exact), byEnum.size),
  };
}

export function losses(diffs: readonly TypeDiff[]): Losses {
  const bySource: Record<MentionSource, number> = { page: 0, 'base-page': 0, 'unstated-base': 0, 'other-case': 0, none: 0 };
  let ourBug = 0;
  for (const diff of diffs) {
    for (const property of diff.missing) {
      bySource[property.mention] += 1;
      if (isOurBug(property.mention)) ourBug += 1;
    }
  }
  const total = Object.values(bySource).reduce((sum, value) => sum + value, 0);
  return { ourBug, docsGap: total - ourBug, bySource };
}
