// Finds the type a name or a link means, among the types the pages define.
import { posix } from 'node:path';
import { compareText } from '../diagnostics.js';
import type { PageDefinitions } from './page-definitions.js';
import { linkTarget } from './links.js';
import { shortNameOf, splitQualifiedName } from './names.js';

export type TypeKind = 'resource' | 'enum';

export interface IndexedType {
  name: string;
  kind: TypeKind;
}

export interface TypeIndex {
  byName: ReadonlyMap<string, IndexedType>;
  byShortName: ReadonlyMap<string, readonly IndexedType[]>;
  byPath: ReadonlyMap<string, PageDefinitions>;
  byBaseName: ReadonlyMap<string, readonly PageDefinitions[]>;
  defaultNamespace: string;
}

/** Builds the index from the kept definitions (duplicates already removed). */
export function buildTypeIndex(pages: readonly PageDefinitions[], defaultNamespace: string): TypeIndex {
  const byName = new Map<string, IndexedType>();
  const byPath = new Map<string, PageDefinitions>();
  const byBaseName = new Map<string, PageDefinitions[]>();
  for (const definitions of pages) {
    const path = definitions.page.file.toLowerCase();
    byPath.set(path, definitions);
    pushTo(byBaseName, posix.basename(path), definitions);
    for (const { name } of definitions.enums) byName.set(name.toLowerCase(), { name, kind: 'enum' });
    if (definitions.resource) byName.set(definitions.resource.name.toLowerCase(), { name: definitions.resource.name, kind: 'resource' });
  }
  const byShortName = new Map<string, IndexedType[]>();
  for (const type of [...byName.values()].sort((a, b) => compareText(a.name, b.name))) {
    pushTo(byShortName, shortNameOf(type.name).toLowerCase(), type);
  }
  return { byName, byShortName, byPath, byBaseName, defaultNamespace };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A bare or qualified name, preferring the asking page's namespace, then the default one. */
export function findByName(index: TypeIndex, name: string, fromNamespace: string): IndexedType | undefined {
  const exact = index.byName.get(name.toLowerCase());
  if (exact !== undefined) return exact;
  const { namespace, shortName } = splitQualifiedName(name);
  const candidates = index.byShortName.get(shortName.toLowerCase()) ?? [];
  if (namespace !== '' && candidates.length > 0) {
    // `graph.x` or a mistyped namespace: trust the short name only when it is unambiguous.
    return candidates.length === 1 ? candidates[0] : undefined;
  }
  return (
    candidates.find((type) => splitQualifiedName(type.name).namespace === fromNamespace) ??
    candidates.find((type) => splitQualifiedName(type.name).namespace === index.defaultNamespace) ??
    candidates[0]
  );
}

export interface LinkLookup {
  /** The page the link leads to, if it is one of the input pages. */
  page?: PageDefinitions;
  type?: IndexedType;
}

/** The type a link means: the page it leads to, narrowed by anchor or link text. */
export function findByLink(index: TypeIndex, url: string, text: string, fromFile: string): LinkLookup {
  const target = linkTarget(url, fromFile);
  if (target === undefined) return {};
  const sameName = index.byBaseName.get(target.baseName) ?? [];
  const page = index.byPath.get(target.path) ?? (sameName.length === 1 ? sameName[0] : undefined);
  if (page === undefined) return {};
  const type = typeOnPage(page, text, target.anchor);
  return type === undefined ? { page } : { page, type };
}

function typeOnPage(page: PageDefinitions, text: string, anchor: string | undefined): IndexedType | undefined {
  const wanted = text.toLowerCase();
  const enumMatch = page.enums.find(({ name }) => {
    const short = shortNameOf(name).toLowerCase();
    return anchor === `${short}-values` || anchor === short || (anchor === undefined && short === wanted);
  });
  if (enumMatch !== undefined) return { name: enumMatch.name, kind: 'enum' };
  if (page.resource !== undefined) return { name: page.resource.name, kind: 'resource' };
  const only = page.enums.length === 1 ? page.enums[0] : page.enums.find(({ name }) => shortNameOf(name).toLowerCase() === wanted);
  return only === undefined ? undefined : { name: only.name, kind: 'enum' };
}
