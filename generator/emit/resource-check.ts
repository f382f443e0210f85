// A resource's checker: one generated function that enters the object, makes
// one runtime call per property (own and inherited), and leaves it; and the
// constant that tells the runtime the type's name, its subtypes and openness.
import { type FunctionDeclarationStructure, StructureKind } from 'ts-morph';
import type { ResourceType } from '../model/types.js';
import { docs } from './doc-comment.js';
import { type ImportScope, importRuntime } from './import-scope.js';
import { type ResourceLookup, allProperties } from './inherited.js';
import { type TypeNames, quote } from './naming.js';
import { type NamesOf, elementCheck, propertyHelper } from './type-expression.js';

export interface CheckContext {
  namesOf: NamesOf;
  lookup: ResourceLookup;
  subtypesOf: (name: string) => readonly string[];
  lenientNulls: boolean;
}

const lineWidth = 100;

/** `const xInfo = rt.resourceInfo('X', ['ns.x', ...subtypes], open);` */
export function resourceInfoStatement(resource: ResourceType, names: TypeNames, scope: ImportScope, context: CheckContext): string {
  const typeNames = [resource.name, ...context.subtypesOf(resource.name)].map(quote);
  const call = (list: string) =>
    `const ${names.infoName} = ${importRuntime(scope, 'resourceInfo')}(${quote(names.typeName)}, ${list}, ${resource.openType});`;
  const inline = call(`[${typeNames.join(', ')}]`);
  const written = inline.length <= lineWidth ? inline : call(`[\n${typeNames.map((name) => `  ${name},\n`).join('')}]`);
  const subtypes = typeNames.length > 1 ? ' or one of its subtypes' : '';
  return `/** The checker's view of {@link ${names.typeName}}: \`@odata.type\` may name it${subtypes}. */\n${written}`;
}

export function resourceCheck(resource: ResourceType, names: TypeNames, scope: ImportScope, context: CheckContext): FunctionDeclarationStructure {
  const calls = allProperties(resource, context.lookup).map((property) => {
    const helper = propertyHelper(property, scope, context.lenientNulls);
    return `${helper}(value, context, ${quote(property.name)}, ${elementCheck(property.type, scope, context.namesOf)})`;
  });
  const walk = [...calls, `${importRuntime(scope, 'leave')}(value, context)`].map((call) => `  ${call}`).join(' &&\n');
  return {
    kind: StructureKind.Function,
    name: names.checkName,
    isExported: true,
    docs: docs(0, `Checks \`value\` as a {@link ${names.typeName}}, reporting to \`context\`: the core of the guards above.`),
    parameters: [{ name: 'value', type: 'unknown' }, { name: 'context', type: importRuntime(scope, 'Context') }],
    returnType: 'boolean',
    statements: [`return ${importRuntime(scope, 'enter')}(value, context, ${names.infoName}) ? (\n${walk}\n) : context.verdict;`],
  };
}
