// Resolve stage: the pages together become one API model. This is where the
// knowledge lives; every rule that drops or guesses leaves a diagnostic.
import { compareDiagnostics, compareText, diagnostic } from '../diagnostics.js';
import type { ApiModel, Diagnostic, EnumType, PageModel, ResourceType } from '../model/types.js';
import { type EnumRegistry, addEnum, createEnumRegistry } from './enum-registry.js';
import { cutInheritanceCycles, findBaseType, keptProperties } from './inheritance.js';
import { splitQualifiedName } from './names.js';
import { unifyNamespaceSpelling } from './namespaces.js';
import { mergeDefinitions } from './definitions.js';
import { type PageDefinitions, pageDefinitions } from './page-definitions.js';
import { type ChainLink, type FinishedResource, type ResolveMemo, type ResourceBuild, buildKey, indexSignature, nextRegistrySignature, registrySignature } from './memo.js';
import { buildResource } from './resources.js';
import { type TypeIndex, buildTypeIndex } from './type-index.js';

export interface ResolveOptions {
  /** The namespace of pages that state none. */
  defaultNamespace: string;
}

/**
 * Resolves the pages into the model. With a memo (a session's), resources whose inputs did not
 * change since the memo's last run are not built again, and come back as the same objects.
 */
export function resolveApi(pages: readonly PageModel[], options: ResolveOptions, memo?: ResolveMemo): ApiModel {
  const diagnostics: Diagnostic[] = pages.flatMap((page) => page.diagnostics);
  const sorted = [...pages].sort((a, b) => compareText(a.file, b.file));
  const all = sorted.map((page) => pageDefinitions(page, options.defaultNamespace));
  unifyNamespaceSpelling(all);
  const definitions = mergeDefinitions(all, diagnostics);
  const index = buildTypeIndex(definitions, options.defaultNamespace);
  const registry = createEnumRegistry([...index.byName.values()].map((type) => type.name));
  const definedBefore = memo?.enums;
  if (memo !== undefined) memo.enums = new Map();
  for (const defined of definedEnums(definitions, diagnostics)) {
    // A `null` row says properties of the type may be null; it is not a value.
    if (defined.members.some((member) => member.name === 'null')) {
      registry.withNull.add(defined.name);
      defined.members = defined.members.filter((member) => member.name !== 'null');
    }
    const last = definedBefore?.get(defined.name);
    const type = last !== undefined && sameEnum(last, defined) ? last : defined;
    memo?.enums.set(type.name, type);
    if (type.members.length > 0) addEnum(registry, type);
    else diagnostics.push(diagnostic('enum-empty', type.source.file, type.source, `Enumeration "${type.name}" lists no members but \`null\`; emitted no type for it.`));
  }
  const owners = definitions.filter((entry) => entry.resource !== undefined);
  const { resources, builds } = buildResources(owners, options.defaultNamespace, definitions, index, registry, diagnostics, memo);
  cutInheritanceCycles(resources, diagnostics);
  dropInheritedDuplicates(resources, builds, memo);
  return {
    resources: [...resources.values()].sort((a, b) => compareText(a.name, b.name)),
    enums: [...registry.byName.values()].sort((a, b) => compareText(a.name, b.name)),
    diagnostics: diagnostics.sort(compareDiagnostics),
  };
}

/**
 * Every resource built from its definition, its base type set. With a memo, a build whose key
 * (everything it reads) is the memo's is not done again: its diagnostics and inferred
 * enumerations are replayed.
 */
function buildResources(
  owners: readonly PageDefinitions[], defaultNamespace: string, definitions: readonly PageDefinitions[],
  index: TypeIndex, registry: EnumRegistry, diagnostics: Diagnostic[], memo: ResolveMemo | undefined,
): { resources: Map<string, ResourceType>; builds: Map<string, ResourceBuild> } {
  const resources = new Map<string, ResourceType>();
  const builds = new Map<string, ResourceBuild>();
  const keyed = new Map<string, ResourceBuild>();
  const indexKey = memo === undefined ? '' : indexSignature(definitions, defaultNamespace);
  let registryKey = memo === undefined ? '' : registrySignature(registry);
  for (const entry of [...owners].sort((a, b) => compareText(a.resource?.name ?? '', b.resource?.name ?? ''))) {
    const name = entry.resource?.name ?? '';
    let build: ResourceBuild | undefined;
    if (memo !== undefined) {
      const key = buildKey(memo, entry, name, indexKey, registryKey);
      build = memo.builds.get(key);
      if (build !== undefined) for (const type of build.inferredEnums) addEnum(registry, type);
      build ??= buildWithEffects(entry, name, index, registry);
      registryKey = nextRegistrySignature(registryKey, build.inferredEnums);
      keyed.set(key, build);
    } else build = buildWithEffects(entry, name, index, registry);
    builds.set(name, build);
    diagnostics.push(...build.diagnostics);
    resources.set(name, build.baseType === undefined ? build.resource : { ...build.resource, baseType: build.baseType });
  }
  if (memo !== undefined) memo.builds = keyed;
  return { resources, builds };
}

/** Builds a resource and finds its base, noting the diagnostics and the enumerations it added. */
function buildWithEffects(entry: PageDefinitions, name: string, index: TypeIndex, registry: EnumRegistry): ResourceBuild {
  const diagnostics: Diagnostic[] = [];
  const enumsBefore = registry.byName.size;
  const resource = buildResource(entry, name, { index, enums: registry, diagnostics });
  const baseType = findBaseType(entry, index, diagnostics);
  const inferredEnums = registry.byName.size === enumsBefore ? [] : [...registry.byName.values()].slice(enumsBefore);
  return { resource, baseType, diagnostics, inferredEnums };
}

/**
 * Drops the properties a base already declares (see `keptProperties`), with a new object where
 * any were dropped. What a resource keeps depends only on the builds along its chain of bases:
 * with a memo, where that chain is as in the last run, the last run's finished object is used.
 */
function dropInheritedDuplicates(resources: Map<string, ResourceType>, builds: ReadonlyMap<string, ResourceBuild>, memo: ResolveMemo | undefined): void {
  const finished = new Map<string, FinishedResource>();
  for (const resource of resources.values()) {
    const chain = memo === undefined ? [] : buildChain(resource, resources, builds);
    const last = memo?.finished.get(resource.name);
    const same = last !== undefined && last.chain.length === chain.length &&
      last.chain.every((link, index) => link.build === chain[index]?.build && link.baseType === chain[index]?.baseType);
    let kept = same ? last.resource : resource;
    if (!same) {
      const properties = keptProperties(resource, resources);
      if (properties.length !== resource.properties.length) kept = { ...resource, properties };
    }
    finished.set(resource.name, { chain, resource: kept });
  }
  for (const [name, { resource }] of finished) resources.set(name, resource);
  if (memo !== undefined) memo.finished = finished;
}

/** The builds of a resource and of its bases, nearest first, as far as the chain goes. */
function buildChain(resource: ResourceType, resources: ReadonlyMap<string, ResourceType>, builds: ReadonlyMap<string, ResourceBuild>): ChainLink[] {
  const chain: ChainLink[] = [];
  const seen = new Set<string>();
  for (let current: ResourceType | undefined = resource; current !== undefined && !seen.has(current.name); ) {
    seen.add(current.name);
    chain.push({ build: builds.get(current.name) as ResourceBuild, baseType: current.baseType });
    current = current.baseType === undefined ? undefined : resources.get(current.baseType);
  }
  return chain;
}

function sameEnum(a: EnumType, b: EnumType): boolean {
  return a.name === b.name && a.namespace === b.namespace && a.shortName === b.shortName && a.description === b.description &&
    a.origin === b.origin && a.source.file === b.source.file && a.source.line === b.source.line && a.source.column === b.source.column &&
    a.members.length === b.members.length &&
    a.members.every((member, index) => member.name === b.members[index]?.name && member.description === b.members[index]?.description);
}

function definedEnums(definitions: readonly PageDefinitions[], diagnostics: Diagnostic[]): EnumType[] {
  const enums: EnumType[] = [];
  for (const { page, enums: tables } of definitions) {
    for (const { name, table } of tables) {
      if (table.members.length === 0) {
        diagnostics.push(diagnostic('enum-empty', page.file, table.position, `Enumeration "${name}" lists no members; emitted no type for it.`));
        continue;
      }
      const { namespace, shortName } = splitQualifiedName(name);
      enums.push({
        name, namespace, shortName,
        description: table.description,
        members: uniqueMembers(table.members),
        origin: 'page',
        source: { file: page.file, ...table.position },
      });
    }
  }
  return enums;
}

function uniqueMembers(rows: EnumType['members']): EnumType['members'] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.name) && seen.add(row.name)).map(({ name, description }) => ({ name, description }));
}
