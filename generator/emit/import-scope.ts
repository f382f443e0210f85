// The imports of one generated module. Names that would clash with the
// module's own exports or with another import are aliased with their
// namespace (`Endpoint` from the root becomes `GraphEndpoint`).
import { posix } from 'node:path';
import type { ImportDeclarationStructure } from 'ts-morph';
import { compareText } from '../diagnostics.js';
import { type TypeNames, runtimeModule } from './naming.js';
import { StructureKind } from './ts-morph.js';

export { runtimeModule };
const runtimeNamespace = 'rt';

interface ImportedName {
  name: string;
  alias: string;
  typeOnly: boolean;
}

export interface ImportScope {
  folder: string;
  modulePath: string;
  /** Local names already bound in the module, by what they mean. */
  bound: Map<string, string>;
  imports: Map<string, Map<string, ImportedName>>;
  usesRuntime: boolean;
}

export function createImportScope(self: TypeNames, ownNames: readonly string[]): ImportScope {
  return createModuleScope(self.modulePath, self.folder, ownNames);
}

/** The scope of a module that may hold several types: `ownNames` are every name they bind. */
export function createModuleScope(modulePath: string, folder: string, ownNames: readonly string[]): ImportScope {
  const bound = new Map(ownNames.map((name) => [name, `${modulePath}#${name}`]));
  return { folder, modulePath, bound, imports: new Map(), usesRuntime: false };
}

/** The local name of another type's interface or enum type. */
export function importType(scope: ImportScope, target: TypeNames): string {
  if (target.modulePath === scope.modulePath) return target.typeName;
  return importName(scope, target.modulePath, target.typeName, localAlias(scope, target), true);
}

/** The local name of another type's checker, which a checker calls for a property of that type. */
export function importCheck(scope: ImportScope, target: TypeNames): string {
  if (target.modulePath === scope.modulePath) return target.checkName;
  return importName(scope, target.modulePath, target.checkName, `check${localAlias(scope, target)}`, false);
}

/** The local name of an enumeration's list of members, which a checker passes to the runtime. */
export function importValues(scope: ImportScope, target: TypeNames): string {
  if (target.modulePath === scope.modulePath) return target.valuesName;
  const alias = localAlias(scope, target);
  return importName(scope, target.modulePath, target.valuesName, valuesOf(alias), false);
}

/**
 * A helper of the shared runtime. The runtime is imported as a namespace so
 * its helper names can never clash with a generated type or guard name.
 */
export function importRuntime(scope: ImportScope, name: string): string {
  scope.usesRuntime = true;
  return `${runtimeNamespace}.${name}`;
}

/** The names a type brings into a module that imports it under `alias`. */
const importedForms = (alias: string): string[] => [alias, `is${alias}`, `check${alias}`, valuesOf(alias)];

/** `GraphStatus` -> `graphStatusValues`, as naming spells a value list. */
const valuesOf = (alias: string): string => `${alias.charAt(0).toLowerCase()}${alias.slice(1)}Values`;

/** A local name for another type, free for every form it brings (`Name`, `isName`, ...), reserved once chosen. */
function localAlias(scope: ImportScope, target: TypeNames): string {
  const meaning = `${target.modulePath}#${target.typeName}`;
  const isFree = (candidate: string): boolean =>
    importedForms(candidate).every((name) => {
      const bound = scope.bound.get(name);
      return bound === undefined || bound === meaning;
    });
  let alias = [target.typeName, `${target.namespacePrefix}${target.typeName}`].find(isFree);
  for (let number = 2; alias === undefined; number += 1) {
    const candidate = `${target.namespacePrefix}${target.typeName}${number}`;
    if (isFree(candidate)) alias = candidate;
  }
  for (const name of importedForms(alias)) scope.bound.set(name, meaning);
  return alias;
}

function importName(scope: ImportScope, modulePath: string, name: string, alias: string, typeOnly: boolean): string {
  const names = scope.imports.get(modulePath) ?? new Map<string, ImportedName>();
  scope.imports.set(modulePath, names);
  const existing = names.get(name);
  if (existing !== undefined) {
    existing.typeOnly &&= typeOnly;
    return existing.alias;
  }
  names.set(name, { name, alias, typeOnly });
  return alias;
}

export function importDeclarations(scope: ImportScope): ImportDeclarationStructure[] {
  const runtime: ImportDeclarationStructure[] = scope.usesRuntime
    ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: moduleSpecifier(scope.folder, runtimeModule), namespaceImport: runtimeNamespace }]
    : [];
  return [...runtime, ...namedImportDeclarations(scope)];
}

function namedImportDeclarations(scope: ImportScope): ImportDeclarationStructure[] {
  return [...scope.imports.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([modulePath, names]) => {
      const imported = [...names.values()].sort((a, b) => compareText(a.name, b.name));
      // `import type { X }` when nothing is needed at run time, so no empty import survives compilation.
      const typeOnly = imported.every((name) => name.typeOnly);
      return {
        kind: StructureKind.ImportDeclaration,
        isTypeOnly: typeOnly,
        moduleSpecifier: moduleSpecifier(scope.folder, modulePath),
        namedImports: imported.map(({ name, alias, typeOnly: typeOnlyName }) => ({
          name, isTypeOnly: typeOnlyName && !typeOnly, ...(alias === name ? {} : { alias }),
        })),
      };
    });
}

/** `./X.js`, `../X.js`, `./sub/X.js`: ESM specifiers relative to the importing folder. */
export function moduleSpecifier(fromFolder: string, modulePath: string): string {
  const relative = posix.relative(fromFolder || '.', modulePath);
  return `${relative.startsWith('.') ? relative : `./${relative}`}.js`;
}
