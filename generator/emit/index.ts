// Emit stage: the API model in, the text of every output file out. Dumb and
// deterministic: structures are built in bulk and printed once, sorted.
import { StructureKind, printStructure } from 'ts-morph';
import { compareText } from '../diagnostics.js';
import type { ApiModel, Diagnostic, ResourceType } from '../model/types.js';
import { barrelModules } from './barrels.js';
import { enumModule } from './enum-module.js';
import { familyIndex } from './families.js';
import { familyModule } from './family-module.js';
import type { ModuleStatement } from './module-statement.js';
import { runtimeModule } from './import-scope.js';
import { assignNames } from './naming.js';
import { resourceModule } from './resource-module.js';
import type { Templates } from './templates.js';

export interface GeneratedFile {
  /** Path relative to the output folder, with forward slashes. */
  path: string;
  text: string;
}

export interface EmitOptions {
  rootNamespace: string;
  templates: Templates;
  /** Enumerations also admit strings the docs do not list. */
  openEnums: boolean;
  /** Mark read-only properties `readonly`. */
  readonly: boolean;
  /** Emit type guards and the runtime they share. */
  guards: boolean;
  /** Suffix of the request-body type of resources with read-only properties. */
  writableSuffix: string;
  /** Put before every type name. */
  typePrefix?: string;
  /** Every property admits null, in its type and in its guard. */
  lenientNulls: boolean;
}

export interface EmitResult {
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
}

export function emitFiles(model: ApiModel, options: EmitOptions): EmitResult {
  const resources = new Map<string, ResourceType>(model.resources.map((resource) => [resource.name, resource]));
  const lookup = (name: string) => resources.get(name);
  const families = familyIndex(model.resources, lookup);
  const { byType, byFamily, diagnostics } = assignNames(model, options, families.heads);
  const namesOf = (name: string) => byType.get(name);
  const subtypesOf = (name: string) => families.subtypes.get(name) ?? [];
  const context = {
    namesOf, lookup, subtypesOf, lenientNulls: options.lenientNulls, openEnums: options.openEnums,
    readonly: options.readonly, guards: options.guards,
  };
  const modules: { path: string; statements: ModuleStatement[] }[] = [];
  for (const resource of model.resources) {
    const names = byType.get(resource.name);
    if (names) modules.push({ path: `${names.modulePath}.ts`, statements: resourceModule(resource, names, context) });
    const family = byFamily.get(resource.name);
    // The family union is tagged with the runtime's helper types: it comes with the guards.
    if (family && options.guards) modules.push({ path: `${family.modulePath}.ts`, statements: familyModule(resource, family, context) });
  }
  for (const type of model.enums) {
    const names = byType.get(type.name);
    if (names) modules.push({ path: `${names.modulePath}.ts`, statements: enumModule(type, names, { open: options.openEnums, guards: options.guards }) });
  }
  for (const barrel of barrelModules([...byType.values(), ...(options.guards ? byFamily.values() : [])])) {
    modules.push({ path: barrel.folder === '' ? 'index.ts' : `${barrel.folder}/index.ts`, statements: barrel.statements });
  }
  const files = modules.map(({ path, statements }) => ({ path, text: printModule(options.templates.banner, statements) }));
  if (options.guards) files.push({ path: `${runtimeModule}.ts`, text: `${options.templates.banner}\n${options.templates.runtime}` });
  return { files: files.sort((a, b) => compareText(a.path, b.path)), diagnostics };
}

/** Imports as one block, re-exports as one block, then every declaration apart, separated by a blank line. */
function printModule(banner: string, statements: ModuleStatement[]): string {
  const isKind = (kind: StructureKind) => (statement: ModuleStatement) => typeof statement !== 'string' && statement.kind === kind;
  const isImport = isKind(StructureKind.ImportDeclaration);
  const isExport = isKind(StructureKind.ExportDeclaration);
  const declarations = statements.filter((statement) => !isImport(statement) && !isExport(statement));
  const groups = [statements.filter(isImport), statements.filter(isExport), ...declarations.map((statement) => [statement])];
  const printed = groups
    .filter((group) => group.length > 0)
    .map((group) => printStructure({ kind: StructureKind.SourceFile, statements: group }, printOptions).trim())
    .map((text) => text.replace(/[ \t]+$/gm, ''));
  return `${banner}\n${printed.join('\n\n')}\n`;
}

const printOptions = { indentNumberOfSpaces: 2, useSingleQuote: true } as const;
