// A resource's checker: one generated function that enters the object, makes
// one runtime call per property (own and inherited), and leaves it. It reads
// each property with a constant key, which V8 compiles to a fast load where a
// helper's `record[key]` would be a slow, megamorphic one. And the
// constant that tells the runtime the type's name, its subtypes and openness.
import type { FunctionDeclarationStructure } from 'ts-morph';
import type { ResourceType } from '../model/types.js';
import { docBlock, docs, wrap } from './doc-comment.js';
import { type ImportScope, importRuntime } from './import-scope.js';
import { type ResourceLookup, allProperties } from './inherited.js';
import { type TypeNames, quote } from './naming.js';
import { StructureKind } from './ts-morph.js';
import { type NamesOf, propertyCheck } from './type-expression.js';

export interface CheckContext {
  namesOf: NamesOf;
  lookup: ResourceLookup;
  subtypesOf: (name: string) => readonly string[];
  lenientNulls: boolean;
  openEnums: boolean;
}

const lineWidth = 100;

/** `const xInfo = rt.resourceInfo('X', ['ns.x', ...subtypes], ['key', ...] or undefined when open);` */
export function resourceInfoStatement(resource: ResourceType, names: TypeNames, scope: ImportScope, context: CheckContext): string {
  const typeNames = [resource.name, ...context.subtypesOf(resource.name)].map(quote);
  const keys = resource.openType ? undefined : allProperties(resource, context.lookup).map((property) => quote(property.name));
  const head = `const ${names.infoName} = ${importRuntime(scope, 'resourceInfo')}(`;
  const args = [quote(names.typeName), `[${typeNames.join(', ')}]`, keys === undefined ? 'undefined' : `[${keys.join(', ')}]`];
  const inline = `${head}${args.join(', ')});`;
  // Else one argument a line, and a long list fills its lines: names are short and many.
  const argument = (text: string) =>
    text.length <= lineWidth - 3 || !text.startsWith('[') ? `  ${text},` : `  [\n${wrap(text.slice(1, -1), lineWidth - 4).replace(/^/gm, '    ')},\n  ],`;
  const written = inline.length <= lineWidth ? inline : `${head}\n${args.map(argument).join('\n')}\n);`;
  return `${docBlock(`What the checker of {@link ${names.typeName}} needs: the \`@odata.type\` names and the properties it admits.`)}\n${written}`;
}

/**
 * Bigger checkers are split into parts of this many calls. V8 inlines helper calls into a function
 * up to a budget of bytecode per function: parts this small get all their calls inlined (a third
 * faster on types of a hundred properties). And a `&&` chain of thousands of calls would overflow
 * the TypeScript compiler's stack.
 */
const callsPerFunction = 24;

export function resourceCheck(resource: ResourceType, names: TypeNames, scope: ImportScope, context: CheckContext): FunctionDeclarationStructure[] {
  const calls = allProperties(resource, context.lookup).map((property) => propertyCheck(property, scope, context.namesOf, context));
  const contextType = importRuntime(scope, 'Context');
  const parts = calls.length <= callsPerFunction ? [] : chunks(calls, callsPerFunction).map((part, index): FunctionDeclarationStructure => ({
    kind: StructureKind.Function,
    name: `${names.infoName.replace(/Info$/, '')}Part${index + 1}`,
    parameters: [{ name: 'value', type: 'Record<string, unknown>' }, { name: 'context', type: contextType }],
    returnType: 'boolean',
    statements: [`return (\n${part.map((call) => `  ${call}`).join(' &&\n')}\n);`],
  }));
  const walked = parts.length > 0 ? parts.map((part) => `${part.name}(value, context)`) : calls;
  const leave = importRuntime(scope, 'leave');
  const walk = walked.length === 0 ? `${leave}(value, context, true)` : `${leave}(value, context, (\n${walked.map((call) => `  ${call}`).join(' &&\n')}\n))`;
  return [{
    kind: StructureKind.Function,
    name: names.checkName,
    isExported: true,
    docs: docs(0, `The checker of {@link ${names.typeName}}, which its guards share.`),
    parameters: [{ name: 'value', type: 'unknown' }, { name: 'context', type: contextType }],
    returnType: 'boolean',
    statements: [`return ${importRuntime(scope, 'enter')}(value, context, ${names.infoName}) ? ${walk} : context.verdict;`],
  }, ...parts];
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}
