// One module per enumeration: a string-literal union, the list of its values
// and a guard.
import { StructureKind, VariableDeclarationKind, type WriterFunction } from 'ts-morph';
import type { EnumType } from '../model/types.js';
import { docs } from './doc-comment.js';
import type { ModuleStatement } from './module-statement.js';
import { type TypeNames, quote } from './naming.js';

export function enumModule(type: EnumType, names: TypeNames): ModuleStatement[] {
  const members = type.members.map((member) => quote(member.name));
  const setName = `${names.valuesName.replace(/Values$/, '')}Set`;
  return [
    {
      kind: StructureKind.TypeAlias,
      name: names.typeName,
      isExported: true,
      docs: docs(type.description, memberList(type)),
      type: unionText(members),
    },
    valueList(members, names),
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: setName, type: 'ReadonlySet<unknown>', initializer: `new Set(${names.valuesName})` }],
    },
    {
      kind: StructureKind.Function,
      name: names.guardName,
      isExported: true,
      docs: [`Whether a value is a member of {@link ${names.typeName}}.`],
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `value is ${names.typeName}`,
      statements: [`return ${setName}.has(value);`],
    },
  ];
}

const lineWidth = 100;

/** `'a' | 'b'` on one line when it fits, else one member a line. */
function unionText(members: readonly string[]): WriterFunction {
  return (writer) => {
    const inline = members.join(' | ');
    if (inline.length <= lineWidth - 20) {
      writer.write(inline);
      return;
    }
    // The writer indents continuation lines of a statement by itself.
    for (const member of members) writer.newLine().write(`| ${member}`);
  };
}

/** The exported list of values; written as text, as structures cannot lay out a multi-line array. */
function valueList(members: readonly string[], names: TypeNames): string {
  const inline = `[${members.join(', ')}]`;
  const list = inline.length <= lineWidth - 40 ? inline : `[\n${members.map((member) => `  ${member},\n`).join('')}]`;
  return [
    `/** Every member of {@link ${names.typeName}}, in the order the docs list them. */`,
    `export const ${names.valuesName} = ${list} as const satisfies readonly ${names.typeName}[];`,
  ].join('\n');
}

function memberList(type: EnumType): string {
  const described = type.members.filter((member) => member.description !== '');
  return described.map((member) => `- \`${member.name}\`: ${member.description}`).join('\n');
}
