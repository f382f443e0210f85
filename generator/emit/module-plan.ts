// Which modules the output has and, for each, a key that changes whenever
// anything its text depends on changes. It never loads ts-morph, so a run
// whose modules are all in the memo prints nothing and loads no compiler.
// A resource or family module's inputs are gathered as a view: the answers to
// every name, base-type and subtype lookup its printer makes; the printer
// reads only through the view (it throws on anything else), so the key
// covers all it reads.
import { createHash } from 'node:crypto';
import type { ApiModel, Diagnostic, EnumType, ResourceType } from '../model/types.js';
import { type BarrelContents, barrelContents } from './barrel-contents.js';
import { familyIndex } from './families.js';
import { ancestors } from './inherited.js';
import { type Layout, type NameTable, type TypeNames, assignNames, runtimeModule } from './naming.js';
import type { Templates } from './templates.js';

export interface EmitOptions {
  rootNamespace: string;
  templates: Templates;
  /** Enumerations also admit strings the docs do not list. */
  openEnums: boolean;
  /** Every property admits null, in its type and in its guard. */
  lenientNulls: boolean;
  /** Mark read-only properties `readonly`. */
  readonly: boolean;
  /** Emit type guards, the family unions and the runtime they share. */
  guards: boolean;
  /** Suffix of the request-body type of resources with read-only properties. */
  writableSuffix: string;
  /** Put before every type name. */
  typePrefix?: string;
  /** One module per type (default), per namespace, or one for everything. */
  layout?: Layout;
}

/** What a resource or family module may read, by fully qualified name (undefined: not defined). */
export interface ResourceView {
  names: Map<string, TypeNames | undefined>;
  bases: Map<string, ResourceType | undefined>;
  subtypes: Map<string, readonly string[]>;
}

/** A type's part of a module: its declarations and what they read. */
export type MemberPlan = { path: string; key: string } & (
  | { kind: 'resource'; resource: ResourceType; names: TypeNames; view: ResourceView }
  | { kind: 'family'; head: ResourceType; family: TypeNames; view: ResourceView }
  | { kind: 'enum'; type: EnumType; names: TypeNames }
);

export type ModulePlan =
  | MemberPlan
  | ({ path: string; key: string } & (
    | { kind: 'barrel'; contents: BarrelContents }
    /** Several types in one module (the namespace and single layouts), and the sub-namespaces it re-exports. */
    | { kind: 'group'; folder: string; members: MemberPlan[]; children: string[] }
    | { kind: 'runtime' }
  ));

export interface EmitPlan {
  modules: ModulePlan[];
  diagnostics: Diagnostic[];
}

/**
 * What a session keeps between plans: hashes of model objects (valid only while those objects are
 * never changed: a session's are frozen), and the last names assigned, with what they came from.
 */
export interface PlanMemo {
  hashes: WeakMap<object, string>;
  names?: { key: string; table: NameTable };
  /** The last plan's modules of each resource (its own and its family's), with what they were planned from. */
  resources: Map<string, ResourcePlans>;
}

/**
 * A resource's modules read the resource, its ancestors, the names table and its subtypes' names:
 * while all are the same objects (and the options the same), so are the modules.
 */
interface ResourcePlans {
  resource: ResourceType;
  ancestors: readonly ResourceType[];
  table: NameTable;
  subtypes: string;
  common: string;
  plans: MemberPlan[];
}

export function createPlanMemo(): PlanMemo {
  return { hashes: new WeakMap(), resources: new Map() };
}

export function planModules(model: ApiModel, options: EmitOptions, memo: PlanMemo = createPlanMemo()): EmitPlan {
  const resources = new Map(model.resources.map((resource) => [resource.name, resource]));
  const families = familyIndex(model.resources, (name) => resources.get(name));
  const table = namesOf(model, options, families.heads, memo);
  const { byType, byFamily, diagnostics } = table;
  const subtypesOf = (name: string) => families.subtypes.get(name) ?? [];
  const hashOf = memoisedHash(memo.hashes);
  const { templates, ...shaping } = options;
  const common = `${templates.banner}\0${JSON.stringify(shaping)}`;
  const modules: MemberPlan[] = [];
  const resourcePlansNow = new Map<string, ResourcePlans>();
  for (const resource of model.resources) {
    const names = byType.get(resource.name);
    if (names === undefined) continue;
    const chain = ancestors(resource, (name) => resources.get(name));
    const subtypes = subtypesOf(resource.name).join(',');
    const last = memo.resources.get(resource.name);
    const same = last !== undefined && last.resource === resource && last.table === table && last.common === common &&
      last.subtypes === subtypes && last.ancestors.length === chain.length && last.ancestors.every((base, index) => base === chain[index]);
    const plans = same ? last.plans : resourcePlans(resource, names, table, { resources, subtypesOf, hashOf, common, guards: options.guards });
    modules.push(...plans);
    resourcePlansNow.set(resource.name, same ? last : { resource, ancestors: chain, table, subtypes, common, plans });
  }
  memo.resources = resourcePlansNow;
  for (const type of model.enums) {
    const names = byType.get(type.name);
    if (names !== undefined) modules.push({ kind: 'enum', path: `${names.modulePath}.ts`, key: keyOf(common, 'enum', hashOf(type), hashOf(names)), type, names });
  }
  const exported = [...byType.values(), ...(options.guards ? byFamily.values() : [])];
  const barrels = barrelContents(exported);
  const planned: ModulePlan[] = (options.layout ?? 'type') === 'type' ? [...modules, ...barrelPlans(barrels, common)] : groupPlans(modules, barrels, common);
  if (options.guards) planned.push({ kind: 'runtime', path: `${runtimeModule}.ts`, key: keyOf(common, 'runtime', templates.runtime) });
  return { modules: planned, diagnostics };
}

interface PlanContext {
  resources: Map<string, ResourceType>;
  subtypesOf: (name: string) => readonly string[];
  hashOf: (value: object) => string;
  common: string;
  guards: boolean;
}

/** A resource's module and, for a family base, its family's module. */
function resourcePlans(resource: ResourceType, names: TypeNames, table: NameTable, context: PlanContext): MemberPlan[] {
  const { resources, subtypesOf, hashOf, common } = context;
  const view = resourceView(resource, table.byType, resources, subtypesOf);
  const plans: MemberPlan[] = [{ kind: 'resource', path: `${names.modulePath}.ts`, key: keyOf(common, 'resource', hashOf(resource), hashOf(names), viewKey(view, hashOf)), resource, names, view }];
  const family = context.guards ? table.byFamily.get(resource.name) : undefined;
  if (family !== undefined) {
    const members = familyView(resource, table.byType, subtypesOf);
    plans.push({ kind: 'family', path: `${family.modulePath}.ts`, key: keyOf(common, 'family', resource.name, hashOf(family), viewKey(members, hashOf)), head: resource, family, view: members });
  }
  return plans;
}

/** The names of every type; the same objects as last time when the types and options are the same. */
function namesOf(model: ApiModel, options: EmitOptions, families: ReadonlySet<string>, memo: PlanMemo): NameTable {
  // Names depend on the types' names, the families, the naming options; collisions' messages on the sources.
  const types = [...model.resources, ...model.enums].map(({ name, source }) => `${name}@${source.file}:${source.line}:${source.column}`);
  const key = JSON.stringify([options.rootNamespace, options.writableSuffix, options.layout, options.typePrefix, [...families].sort(), types]);
  if (memo.names?.key !== key) memo.names = { key, table: assignNames(model, options, families) };
  return memo.names.table;
}

function barrelPlans(barrels: readonly BarrelContents[], common: string): ModulePlan[] {
  return barrels.map((contents) => ({
    kind: 'barrel', path: contents.folder === '' ? 'index.ts' : `${contents.folder}/index.ts`,
    key: keyOf(common, 'barrel', JSON.stringify(contents)), contents,
  }));
}

/** The namespace and single layouts: every folder's `index.ts` holds its types and re-exports its sub-folders. */
function groupPlans(members: readonly MemberPlan[], barrels: readonly BarrelContents[], common: string): ModulePlan[] {
  const byPath = new Map<string, MemberPlan[]>();
  for (const member of members) byPath.set(member.path, [...(byPath.get(member.path) ?? []), member]);
  return barrels.map((contents): ModulePlan => {
    const path = contents.folder === '' ? 'index.ts' : `${contents.folder}/index.ts`;
    const grouped = byPath.get(path) ?? [];
    const key = keyOf(common, 'group', ...grouped.map((member) => member.key), ...contents.children);
    return { kind: 'group', path, key, folder: contents.folder, members: grouped, children: contents.children };
  });
}

function resourceView(
  resource: ResourceType, byType: Map<string, TypeNames>, resources: Map<string, ResourceType>, subtypesOf: (name: string) => readonly string[],
): ResourceView {
  const bases = new Map<string, ResourceType | undefined>();
  const chain = ancestors(resource, (name) => {
    bases.set(name, resources.get(name));
    return resources.get(name);
  });
  const names = new Map<string, TypeNames | undefined>();
  if (resource.baseType !== undefined) names.set(resource.baseType, byType.get(resource.baseType));
  for (const type of [resource, ...chain]) {
    for (const property of type.properties) {
      if (property.type.kind === 'resource' || property.type.kind === 'enum') names.set(property.type.name, byType.get(property.type.name));
    }
  }
  return { names, bases, subtypes: new Map([[resource.name, subtypesOf(resource.name)]]) };
}

/** A family module reads the names of its head and of every subtype. */
function familyView(head: ResourceType, byType: Map<string, TypeNames>, subtypesOf: (name: string) => readonly string[]): ResourceView {
  const members = [head.name, ...subtypesOf(head.name)];
  return {
    names: new Map(members.map((name) => [name, byType.get(name)])),
    bases: new Map(),
    subtypes: new Map([[head.name, subtypesOf(head.name)]]),
  };
}

function viewKey(view: ResourceView, hashOf: (value: object) => string): string {
  const entries = (map: Map<string, object | undefined>) =>
    [...map].map(([name, value]) => `${name}=${value === undefined ? '-' : hashOf(value)}`).sort().join(',');
  return `${entries(view.names)};${entries(view.bases)};${entries(view.subtypes)}`;
}

function keyOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/** Hashes of model objects, each stringified once. */
function memoisedHash(hashes: WeakMap<object, string>): (value: object) => string {
  return (value) => {
    let hash = hashes.get(value);
    if (hash === undefined) {
      hash = createHash('sha1').update(JSON.stringify(value)).digest('hex');
      hashes.set(value, hash);
    }
    return hash;
  };
}
