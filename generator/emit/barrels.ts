// One `index.ts` per namespace folder: its types, and its sub-namespaces as
// `export * as name`.
import { posix } from 'node:path';
import type { StatementStructures } from 'ts-morph';
import type { BarrelContents } from './barrel-contents.js';
import { moduleSpecifier } from './import-scope.js';
import { namespaceAlias } from './naming.js';
import { StructureKind } from './ts-morph.js';

export function barrelStatements({ folder, modules, children }: BarrelContents): StatementStructures[] {
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
