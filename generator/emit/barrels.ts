// One `index.ts` per namespace folder: its types, and its sub-namespaces as
// `export * as name`.
import { posix } from 'node:path';
import { type StatementStructures, StructureKind } from 'ts-morph';
import { compareText } from '../diagnostics.js';
import { moduleSpecifier } from './import-scope.js';
import { type TypeNames, namespaceAlias } from './naming.js';

export interface BarrelModule {
  folder: string;
  statements: StatementStructures[];
}

export function barrelModules(allNames: readonly TypeNames[]): BarrelModule[] {
  const folders = new Set<string>(['']);
  for (const names of allNames) {
    for (let folder = names.folder; folder !== '' && folder !== '.'; folder = posix.dirname(folder)) folders.add(folder);
  }
  return [...folders].sort(compareText).map((folder) => ({ folder, statements: barrelStatements(folder, folders, allNames) }));
}

function barrelStatements(folder: string, folders: ReadonlySet<string>, allNames: readonly TypeNames[]): StatementStructures[] {
  const modules = allNames.filter((names) => names.folder === folder).map((names) => names.modulePath).sort(compareText);
  const children = [...folders].filter((child) => child !== '' && parentFolder(child) === folder).sort(compareText);
  return [
    ...modules.map((modulePath): StatementStructures => ({
      kind: StructureKind.ExportDeclaration, moduleSpecifier: moduleSpecifier(folder, modulePath),
    })),
    ...children.map((child): StatementStructures => ({
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: moduleSpecifier(folder, `${child}/index`),
      namespaceExport: namespaceAlias(posix.basename(child)),
    })),
  ];
}

function parentFolder(folder: string): string {
  const parent = posix.dirname(folder);
  return parent === '.' ? '' : parent;
}
