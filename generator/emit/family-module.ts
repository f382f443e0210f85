// One module per family head (a type with subtypes, or an abstract one): the
// discriminated union `AnyX` of the family's types, tagged by `@odata.type`,
// and guards that check a value as the type its `@odata.type` names. It imports
// every subtype's checker, so it lives apart from X: only its users pay for it.
import type { TypeAliasDeclarationStructure } from 'ts-morph';
import type { ResourceType } from '../model/types.js';
import { guardFunctions } from './guard-functions.js';
import { docs } from './doc-comment.js';
import { type ImportScope, createImportScope, importCheck, importDeclarations, importRuntime, importType } from './import-scope.js';
import type { ModuleStatement } from './module-statement.js';
import { type TypeNames, quote } from './naming.js';
import { StructureKind } from './ts-morph.js';
import type { NamesOf } from './type-expression.js';

export interface FamilyModuleContext {
  namesOf: NamesOf;
  subtypesOf: (name: string) => readonly string[];
}

export function familyModule(head: ResourceType, family: TypeNames, context: FamilyModuleContext): ModuleStatement[] {
  const scope = createImportScope(family, familyOwnNames(family));
  const declarations = familyDeclarations(head, family, scope, context);
  return [...importDeclarations(scope), ...declarations];
}

/** The names a family union's declarations bind in their module. */
export function familyOwnNames(family: TypeNames): string[] {
  return [family.typeName, family.guardName, family.checkName, family.validateName, family.assertName, family.infoName];
}

/** A family union's declarations, importing what they need into `scope` (which may be shared). */
export function familyDeclarations(head: ResourceType, family: TypeNames, scope: ImportScope, context: FamilyModuleContext): ModuleStatement[] {
  const headNames = context.namesOf(head.name);
  const members = [head.name, ...context.subtypesOf(head.name)].flatMap((name) => {
    const names = context.namesOf(name);
    return names === undefined ? [] : [{ name, names }];
  });
  if (headNames === undefined) return [];
  const isDoc = `Type guard for {@link ${family.typeName}}: checks the value as the type its \`@odata.type\` names ` +
    `(as a {@link ${headNames.typeName}} when it names none), subtype properties included.`;
  const declarations: ModuleStatement[] = [
    unionAlias(family, headNames, members, scope),
    ...guardFunctions(family, scope, isDoc),
    subtypeTable(family, members.slice(1), scope),
    {
      kind: StructureKind.Function,
      name: family.checkName,
      isExported: true,
      docs: docs(0, `The checker of {@link ${family.typeName}}, which its guards share.`),
      parameters: [{ name: 'value', type: 'unknown' }, { name: 'context', type: importRuntime(scope, 'Context') }],
      returnType: 'boolean',
      statements: [`return ${importRuntime(scope, 'dispatch')}(value, context, ${importCheck(scope, headNames)}, ${family.infoName});`],
    },
  ];
  return declarations;
}

function unionAlias(
  family: TypeNames, head: TypeNames, members: readonly { name: string; names: TypeNames }[], scope: ImportScope,
): TypeAliasDeclarationStructure {
  const headType = importType(scope, head);
  const tagged = members.map(({ name, names }) => `${importRuntime(scope, 'Tagged')}<${importType(scope, names)}, ${quote(name)}>`);
  return {
    kind: StructureKind.TypeAlias,
    name: family.typeName,
    isExported: true,
    docs: [`A {@link ${head.typeName}} of any type its family knows, told apart by \`@odata.type\`: narrow one with\n` +
      "`switch (value['@odata.type'])`. A value that names no type is a plain " + `{@link ${head.typeName}}.`],
    type: (writer) => {
      for (const member of [`${importRuntime(scope, 'Untagged')}<${headType}>`, ...tagged]) writer.newLine().write(`| ${member}`);
    },
  };
}

/** The subtypes' checkers by `@odata.type` name (without `#`). */
function subtypeTable(family: TypeNames, subtypes: readonly { name: string; names: TypeNames }[], scope: ImportScope): string {
  const entries = subtypes.map(({ name, names }) => `  ${quote(name)}: ${importCheck(scope, names)},\n`).join('');
  const table = entries === '' ? '{}' : `{\n${entries}}`;
  return `/** The checker of each subtype, by the name \`@odata.type\` gives it. */\n` +
    `const ${family.infoName}: { [name: string]: ${importRuntime(scope, 'Check')} } = ${table};`;
}
