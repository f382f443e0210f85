// One module per enumeration: a string-literal union, the list of its values
// and a guard. Closed by default; open enumerations also admit any other
// string (`'a' | 'b' | (string & {})`, which keeps editor completion), for
// users who prefer tolerance to services that add values.
import type { FunctionDeclarationStructure, WriterFunction } from 'ts-morph';
import type { EnumType } from '../model/types.js';
import { docs } from './doc-comment.js';
import { type ImportScope, createImportScope, importDeclarations, importRuntime } from './import-scope.js';
import type { ModuleStatement } from './module-statement.js';
import { type TypeNames, quote } from './naming.js';
import { StructureKind } from './ts-morph.js';

export interface EnumModuleOptions {
  open: boolean;
  /** Emit the guard and the checker. */
  guards: boolean;
}

export function enumModule(type: EnumType, names: TypeNames, options: EnumModuleOptions): ModuleStatement[] {
  const scope = createImportScope(names, enumOwnNames(names));
  const declarations = enumDeclarations(type, names, scope, options);
  return [...importDeclarations(scope), ...declarations];
}

/** The names an enumeration's declarations bind in their module. */
export function enumOwnNames(names: TypeNames): string[] {
  return [names.typeName, names.guardName, names.valuesName, names.checkName];
}

/** An enumeration's declarations, importing what they need into `scope` (which may be shared). */
export function enumDeclarations(type: EnumType, names: TypeNames, scope: ImportScope, options: EnumModuleOptions): ModuleStatement[] {
  const members = type.members.map((member) => quote(member.name));
  const guards = options.guards ? [enumGuard(names, scope, options), enumCheck(names, scope, options)] : [];
  return [
    {
      kind: StructureKind.TypeAlias,
      name: names.typeName,
      isExported: true,
      docs: docs(0, type.description, memberList(type)),
      type: unionText(options.open ? [...members, '(string & {})'] : members, names),
    },
    valueList(members, names),
    ...guards,
  ];
}

function enumGuard(names: TypeNames, scope: ImportScope, options: EnumModuleOptions): FunctionDeclarationStructure {
  const check = options.open ? `${importRuntime(scope, 'isString')}(value)` : `${importRuntime(scope, 'isMember')}(${names.valuesName}, value)`;
  return {
    kind: StructureKind.Function,
    name: names.guardName,
    isExported: true,
    docs: [options.open
      ? `Type guard for {@link ${names.typeName}}: true for any string, as the enumeration is open.`
      : `Type guard for {@link ${names.typeName}}: true for one of its members.`],
    parameters: [{ name: 'value', type: 'unknown' }],
    returnType: `value is ${names.typeName}`,
    statements: [`return ${check};`],
  };
}

/** The checker the checkers of resources call for a property of this enumeration. */
function enumCheck(names: TypeNames, scope: ImportScope, options: EnumModuleOptions): FunctionDeclarationStructure {
  const statement = options.open
    ? `return ${importRuntime(scope, 'checkString')}(value, context);`
    : `return ${importRuntime(scope, 'checkMember')}(value, context, ${names.valuesName});`;
  return {
    kind: StructureKind.Function,
    name: names.checkName,
    isExported: true,
    docs: docs(0, `The checker of {@link ${names.typeName}}, which the guards of types holding one call.`),
    parameters: [{ name: 'value', type: 'unknown' }, { name: 'context', type: importRuntime(scope, 'Context') }],
    returnType: 'boolean',
    statements: [statement],
  };
}

const lineWidth = 100;

/** `'a' | 'b'` on one line when it fits, else one member a line. */
function unionText(members: readonly string[], names: TypeNames): WriterFunction {
  return (writer) => {
    const inline = members.join(' | ');
    if (`export type ${names.typeName} = ${inline};`.length <= lineWidth) {
      writer.write(inline);
      return;
    }
    // The writer indents continuation lines of a statement by itself.
    for (const member of members) writer.newLine().write(`| ${member}`);
  };
}

/** The exported list of values; written as text, as structures cannot lay out a multi-line array. */
function valueList(members: readonly string[], names: TypeNames): string {
  const statement = (list: string) => `export const ${names.valuesName} = ${list} as const satisfies readonly ${names.typeName}[];`;
  const inline = statement(`[${members.join(', ')}]`);
  const written = inline.length <= lineWidth ? inline : statement(`[\n${members.map((member) => `  ${member},\n`).join('')}]`);
  return `/** Every member of {@link ${names.typeName}}, in the order the docs list them. */\n${written}`;
}

function memberList(type: EnumType): string {
  const described = type.members.filter((member) => member.description !== '');
  return described.map((member) => `- \`${member.name}\`: ${member.description}`).join('\n');
}
