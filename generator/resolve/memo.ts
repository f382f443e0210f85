// What a long-lived session keeps between resolutions: each resource as it was
// built, under a key made of everything its building can read (its pages, the
// names every page defines, the enumerations known when it was built), so a
// run after a one-page edit builds again only what that edit can change. A
// key that matches gives back the same object, which lets later stages keep
// their own work by object identity.
import { createHash } from 'node:crypto';
import type { Diagnostic, EnumType, PageModel, ResourceType } from '../model/types.js';
import type { EnumRegistry } from './enum-registry.js';
import type { PageDefinitions } from './page-definitions.js';

export interface ResolveMemo {
  /** PageModels are frozen and shared between runs: the same object means the same page. */
  pageIds: WeakMap<PageModel, number>;
  nextPageId: number;
  /** The last run's builds by key; each run keeps only its own. */
  builds: Map<string, ResourceBuild>;
  /** The last run's finished resources by name. */
  finished: Map<string, FinishedResource>;
  /** The last run's enumerations defined by pages, by name: an equal one is given back as the same object. */
  enums: Map<string, EnumType>;
}

/** One resource as built from its pages, before base types are checked for cycles and duplicates dropped. */
export interface ResourceBuild {
  resource: ResourceType;
  baseType: string | undefined;
  diagnostics: Diagnostic[];
  /** Enumerations inferred from listed values while building it, in the order they were added. */
  inferredEnums: EnumType[];
}

/** A resource as the model has it, and what made it so: the builds along its chain of bases. */
export interface FinishedResource {
  chain: ChainLink[];
  resource: ResourceType;
}

/** One resource of a chain of bases: its build, and its base type once cycles are cut. */
export interface ChainLink {
  build: ResourceBuild;
  baseType: string | undefined;
}

export function createResolveMemo(): ResolveMemo {
  return { pageIds: new WeakMap(), nextPageId: 0, builds: new Map(), finished: new Map(), enums: new Map() };
}

/** The names every page defines and where: what any lookup in the type index can see. */
export function indexSignature(definitions: readonly PageDefinitions[], defaultNamespace: string): string {
  const hash = createHash('sha1').update(defaultNamespace);
  for (const entry of definitions) {
    hash.update(`\0${entry.page.file}\0${entry.namespace}\0${entry.resource?.name ?? ''}\0${entry.enums.map(({ name }) => name).join(',')}`);
  }
  return hash.digest('hex');
}

/** The enumerations of the registry, their members and which admit null. */
export function registrySignature(registry: EnumRegistry): string {
  return hashOf(JSON.stringify([enumList([...registry.byName.values()]), [...registry.withNull].sort()]));
}

/** The registry's signature after a build added these enumerations to it. */
export function nextRegistrySignature(signature: string, added: readonly EnumType[]): string {
  return added.length === 0 ? signature : hashOf(`${signature}\0${JSON.stringify(enumList(added))}`);
}

/** The key of a resource's build: its name and definition, its pages by identity, and what it can look up. */
export function buildKey(memo: ResolveMemo, entry: PageDefinitions, name: string, index: string, registry: string): string {
  const pages = [entry.page, ...entry.mergedPages].map((page) => pageId(memo, page)).join(',');
  return `${name}\0${entry.namespace}\0${JSON.stringify(entry.resource)}\0${pages}\0${index}\0${registry}`;
}

function pageId(memo: ResolveMemo, page: PageModel): number {
  let id = memo.pageIds.get(page);
  if (id === undefined) {
    id = memo.nextPageId++;
    memo.pageIds.set(page, id);
  }
  return id;
}

function enumList(enums: readonly EnumType[]): [string, string, string[]][] {
  return enums.map((type) => [type.name, type.description, type.members.map((member) => member.name)]);
}

function hashOf(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
