// Prints one planned module with ts-morph: imports as one block, re-exports
// as one block, then every declaration apart, separated by a blank line.
import { StructureKind, printStructure } from 'ts-morph';
import { barrelStatements } from './barrels.js';
import { enumModule } from './enum-module.js';
import { familyModule } from './family-module.js';
import type { EmitOptions, ModulePlan, ResourceView } from './module-plan.js';
import type { ModuleStatement } from './module-statement.js';
import { type ResourceModuleContext, resourceModule } from './resource-module.js';

export function printModule(module: ModulePlan, options: EmitOptions): string {
  const { banner, runtime } = options.templates;
  switch (module.kind) {
    case 'resource':
      return printStatements(banner, resourceModule(module.resource, module.names, viewContext(module.view, options)));
    case 'family':
      return printStatements(banner, familyModule(module.head, module.family, viewContext(module.view, options)));
    case 'enum':
      return printStatements(banner, enumModule(module.type, module.names, { open: options.openEnums, guards: options.guards }));
    case 'barrel':
      return printStatements(banner, barrelStatements(module.contents));
    case 'runtime':
      return `${banner}\n${runtime}`;
  }
}

/** Lookups that answer only from the view, so a module can never read what its key does not cover. */
function viewContext(view: ResourceView, options: EmitOptions): ResourceModuleContext {
  const answer = <T>(map: Map<string, T>, name: string): T => {
    if (!map.has(name)) throw new Error(`graph-docs-typegen: emit read "${name}", which the module plan did not gather`);
    return map.get(name) as T;
  };
  return {
    namesOf: (name) => answer(view.names, name),
    lookup: (name) => answer(view.bases, name),
    subtypesOf: (name) => answer(view.subtypes, name),
    lenientNulls: options.lenientNulls,
    openEnums: options.openEnums,
    readonly: options.readonly,
    guards: options.guards,
  };
}

function printStatements(banner: string, statements: ModuleStatement[]): string {
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
