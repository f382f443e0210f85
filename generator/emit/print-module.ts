// Prints one planned module with ts-morph: imports as one block, re-exports
// as one block, then every declaration apart, separated by a blank line.
import type { StructureKind as Kind, WriterFunction } from 'ts-morph';
import { barrelStatements } from './barrels.js';
import { enumDeclarations, enumModule, enumOwnNames } from './enum-module.js';
import { familyDeclarations, familyModule, familyOwnNames } from './family-module.js';
import { type ImportScope, createModuleScope, importDeclarations } from './import-scope.js';
import type { EmitOptions, MemberPlan, ModulePlan, ResourceView } from './module-plan.js';
import type { ModuleStatement } from './module-statement.js';
import { type ResourceModuleContext, resourceDeclarations, resourceModule, resourceOwnNames } from './resource-module.js';
import { StructureKind, printStructure } from './ts-morph.js';

export function printModule(module: ModulePlan, options: EmitOptions): string {
  const { banner, runtime } = options.templates;
  switch (module.kind) {
    case 'group':
      return printStatements(banner, groupStatements(module, options));
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

/** Several types sharing one module and one set of imports, then the sub-namespaces it re-exports. */
function groupStatements(module: Extract<ModulePlan, { kind: 'group' }>, options: EmitOptions): ModuleStatement[] {
  const modulePath = module.path.replace(/\.ts$/, '');
  const ownNames = module.members.flatMap((member) =>
    member.kind === 'resource' ? resourceOwnNames(member.names) : member.kind === 'family' ? familyOwnNames(member.family) : enumOwnNames(member.names));
  const scope = createModuleScope(modulePath, module.folder, ownNames);
  const declarations = module.members.flatMap((member) => memberDeclarations(member, scope, options));
  const reexports = barrelStatements({ folder: module.folder, modules: [], children: module.children });
  return [...importDeclarations(scope), ...reexports, ...declarations];
}

function memberDeclarations(member: MemberPlan, scope: ImportScope, options: EmitOptions): ModuleStatement[] {
  switch (member.kind) {
    case 'resource':
      return resourceDeclarations(member.resource, member.names, scope, viewContext(member.view, options));
    case 'family':
      return familyDeclarations(member.head, member.family, scope, viewContext(member.view, options));
    case 'enum':
      return enumDeclarations(member.type, member.names, scope, { open: options.openEnums, guards: options.guards });
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
  const isKind = (kind: Kind) => (statement: ModuleStatement) => typeof statement !== 'string' && statement.kind === kind;
  const isImport = isKind(StructureKind.ImportDeclaration);
  const isExport = isKind(StructureKind.ExportDeclaration);
  const declarations = statements.filter((statement) => !isImport(statement) && !isExport(statement));
  const groups = [statements.filter(isImport), statements.filter(isExport), ...declarations.map((statement) => [statement])];
  // One print for the whole module, the groups apart by one blank line: a print costs a new writer and
  // printer factory, which for a module of many declarations cost more than the printing itself.
  const separated = groups.filter((group) => group.length > 0).flatMap((group, index) => (index === 0 ? group : [blankLine, ...group]));
  const printed = printStructure({ kind: StructureKind.SourceFile, statements: separated }, printOptions).trim();
  return `${banner}\n${printed.replace(/[ \t]+$/gm, '')}\n`;
}

const blankLine: WriterFunction = (writer) => {
  writer.blankLineIfLastNot();
};

const printOptions = { indentNumberOfSpaces: 2, useSingleQuote: true } as const;
