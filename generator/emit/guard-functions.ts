// The three exported guards every checked type has, each a one-line call into
// the runtime with the type's checker: `isX` (fast, no options, so it can be
// passed to `Array.prototype.filter`), `validateX` and `assertX`.
import type { FunctionDeclarationStructure } from 'ts-morph';
import { docs } from './doc-comment.js';
import { type ImportScope, importRuntime } from './import-scope.js';
import { type TypeNames, quote } from './naming.js';
import { StructureKind } from './ts-morph.js';

export function guardFunctions(names: TypeNames, scope: ImportScope, isDoc: string): FunctionDeclarationStructure[] {
  const runtime = (name: string) => importRuntime(scope, name);
  const options = { name: 'options', type: runtime('GuardOptions'), hasQuestionToken: true };
  const value = { name: 'value', type: 'unknown' };
  return [
    {
      kind: StructureKind.Function, name: names.guardName, isExported: true, docs: docs(0, isDoc),
      parameters: [value], returnType: `value is ${names.typeName}`,
      statements: [`return ${runtime('test')}(value, ${names.checkName});`],
    },
    {
      kind: StructureKind.Function, name: names.validateName, isExported: true,
      docs: docs(0, `Every failure of \`value\` as a {@link ${names.typeName}}, with its path; none when it is one.`),
      parameters: [value, options], returnType: `${runtime('Failure')}[]`,
      statements: [`return ${runtime('validate')}(value, ${names.checkName}, options);`],
    },
    {
      kind: StructureKind.Function, name: names.assertName, isExported: true,
      docs: docs(0, `Throws a TypeError listing every failure unless \`value\` is a {@link ${names.typeName}}.`),
      parameters: [value, options], returnType: `asserts value is ${names.typeName}`,
      statements: [`${runtime('assert')}(value, ${names.checkName}, ${quote(names.typeName)}, options);`],
    },
  ];
}
