// Which modules the output has and, for each, a key that changes whenever
// anything its text depends on changes. It never loads ts-morph, so a run
// whose modules are all in the memo prints nothing and loads no compiler.
// A resource module's inputs are gathered as a view: the resource, and the
// answers to every name and base-type lookup its printer makes; the printer
// reads only through the view (it throws on anything else), so the key
// covers all it reads.
import { createHash } from 'node:crypto';
import type { ApiModel, Diagnostic, EnumType, ResourceType } from '../model/types.js';
import { type BarrelContents, barrelContents } from './barrel-contents.js';
import { ancestors } from './inherited.js';
import { type TypeNames, assignNames, runtimeModule } from './naming.js';
import type { Templates } from './templates.js';

export interface EmitOptions {
  rootNamespace: string;
  templates: Templates;
  /** Enumerations also admit strings the docs do not list. */
  openEnums: boolean;
}

/** What a resource module may read: names and base types, by fully qualified name (undefined: not defined). */
export interface ResourceView {
  names: Map<string, TypeNames | undefined>;
  bases: Map<string, ResourceType | undefined>;
}

export type ModulePlan = { path: string; key: string } & (
  | { kind: 'resource'; resource: ResourceType; names: TypeNames; view: ResourceView }
  | { kind: 'enum'; type: EnumType; names: TypeNames }
  | { kind: 'barrel'; contents: BarrelContents }
  | { kind: 'runtime' }
);

export interface EmitPlan {
  modules: ModulePlan[];
  diagnostics: Diagnostic[];
}

export function planModules(model: ApiModel, options: EmitOptions): EmitPlan {
  const { byType, diagnostics } = assignNames(model, options.rootNamespace);
  const resources = new Map(model.resources.map((resource) => [resource.name, resource]));
  const hashOf = memoisedHash();
  const common = `${options.templates.banner}\0${options.openEnums}`;
  const modules: ModulePlan[] = [];
  for (const resource of model.resources) {
    const names = byType.get(resource.name);
    if (names === undefined) continue;
    const view = resourceView(resource, byType, resources);
    const key = keyOf(common, 'resource', hashOf(resource), hashOf(names), viewKey(view, hashOf));
    modules.push({ kind: 'resource', path: `${names.modulePath}.ts`, key, resource, names, view });
  }
  for (const type of model.enums) {
    const names = byType.get(type.name);
    if (names !== undefined) modules.push({ kind: 'enum', path: `${names.modulePath}.ts`, key: keyOf(common, 'enum', hashOf(type), hashOf(names)), type, names });
  }
  for (const contents of barrelContents([...byType.values()])) {
    const path = contents.folder === '' ? 'index.ts' : `${contents.folder}/index.ts`;
    modules.push({ kind: 'barrel', path, key: keyOf(common, 'barrel', JSON.stringify(contents)), contents });
  }
  modules.push({ kind: 'runtime', path: `${runtimeModule}.ts`, key: keyOf(common, 'runtime', options.templates.runtime) });
  return { modules, diagnostics };
}

function resourceView(resource: ResourceType, byType: Map<string, TypeNames>, resources: Map<string, ResourceType>): ResourceView {
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
  return { names, bases };
}

function viewKey(view: ResourceView, hashOf: (value: object) => string): string {
  const entries = (map: Map<string, object | undefined>) =>
    [...map].map(([name, value]) => `${name}=${value === undefined ? '-' : hashOf(value)}`).sort().join(',');
  return `${entries(view.names)};${entries(view.bases)}`;
}

function keyOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/** Hashes of model objects, each stringified once per plan. */
function memoisedHash(): (value: object) => string {
  const hashes = new Map<object, string>();
  return (value) => {
    let hash = hashes.get(value);
    if (hash === undefined) {
      hash = createHash('sha1').update(JSON.stringify(value)).digest('hex');
      hashes.set(value, hash);
    }
    return hash;
  };
}
