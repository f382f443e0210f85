// One module per resource: its interface and its type guard.
import {
  type FunctionDeclarationStructure, type InterfaceDeclarationStructure, type PropertySignatureStructure,
  type StatementStructures, StructureKind,
} from 'ts-morph';
import type { Property, ResourceType } from '../model/types.js';
import { docs } from './doc-comment.js';
import { type ImportScope, createImportScope, importDeclarations, importRuntime, importType } from './import-scope.js';
import { type ResourceLookup, allProperties, redeclaredNames } from './inherited.js';
import { type TypeNames, needsOwnAccess, propertyKey, quote } from './naming.js';
import { writableShape } from './writable-shape.js';
import { type NamesOf, elementGuard, propertyCheckHelper, propertyType } from './type-expression.js';

export interface ResourceModuleContext {
  namesOf: NamesOf;
  lookup: ResourceLookup;
  /** Mark read-only properties `readonly`. */
  readonly: boolean;
  guards: boolean;
}

export function resourceModule(resource: ResourceType, names: TypeNames, context: ResourceModuleContext): StatementStructures[] {
  const scope = createImportScope(names, [names.typeName, names.guardName, names.writableName]);
  const declarations: StatementStructures[] = [resourceInterface(resource, names, scope, context)];
  const writable = writableShape(resource, names, context.lookup);
  if (writable !== undefined) declarations.push(writable);
  if (context.guards) declarations.push(...resourceGuard(resource, names, scope, context));
  return [...importDeclarations(scope), ...declarations];
}

function resourceInterface(
  resource: ResourceType, names: TypeNames, scope: ImportScope, context: ResourceModuleContext,
): InterfaceDeclarationStructure {
  const structure: InterfaceDeclarationStructure = {
    kind: StructureKind.Interface,
    name: names.typeName,
    isExported: true,
    docs: docs(0, resource.description),
    properties: resource.properties.map((property) => propertySignature(property, scope, context)),
  };
  const base = resource.baseType === undefined ? undefined : context.namesOf(resource.baseType);
  if (base !== undefined) {
    const baseName = importType(scope, base);
    const redeclared = redeclaredNames(resource, context.lookup);
    // A property redeclared with another type would break `extends`; omit it from the base.
    structure.extends = [redeclared.length === 0 ? baseName : `Omit<${baseName}, ${redeclared.map(quote).join(' | ')}>`];
  }
  return structure;
}

function propertySignature(property: Property, scope: ImportScope, context: ResourceModuleContext): PropertySignatureStructure {
  return {
    kind: StructureKind.PropertySignature,
    name: propertyKey(property.name),
    type: propertyType(property, scope, context.namesOf),
    hasQuestionToken: true,
    isReadonly: context.readonly && property.readOnly,
    docs: docs(2, property.description, property.deprecated ? '@deprecated The docs mark this property deprecated.' : ''),
  };
}

/** TypeScript stops analysing a function body with thousands of branches; bigger guards are split. */
const checksPerFunction = 250;

function resourceGuard(
  resource: ResourceType, names: TypeNames, scope: ImportScope, context: ResourceModuleContext,
): FunctionDeclarationStructure[] {
  const isRecord = `${importRuntime(scope, 'isRecord')}(value)`;
  const checks = allProperties(resource, context.lookup).flatMap((property) => {
    const guard = elementGuard(property.type, scope, context.namesOf);
    if (guard === undefined) return [];
    const key = quote(property.name);
    const read = needsOwnAccess(property.name) ? `${importRuntime(scope, 'own')}(value, ${key})` : `value[${key}]`;
    return [`${propertyCheckHelper(property, scope)}(${read}, ${guard})`];
  });
  const guard: FunctionDeclarationStructure = {
    kind: StructureKind.Function,
    name: names.guardName,
    isExported: true,
    docs: docs(0, `Type guard for {@link ${names.typeName}}: true for an object whose present properties have their documented types.`),
    parameters: [{ name: 'value', type: 'unknown' }],
    returnType: `value is ${names.typeName}`,
  };
  if (checks.length <= checksPerFunction) return [{ ...guard, statements: guardStatements(isRecord, checks) }];
  const parts = chunks(checks, checksPerFunction).map((part, index): FunctionDeclarationStructure => ({
    kind: StructureKind.Function,
    name: `${names.valuesName.replace(/Values$/, '')}Properties${index + 1}`,
    parameters: [{ name: 'value', type: 'Record<string, unknown>' }],
    returnType: 'boolean',
    statements: [...part.map((check) => `if (!${check}) return false;`), 'return true;'],
  }));
  return [{ ...guard, statements: [`return ${isRecord} && ${parts.map((part) => `${part.name}(value)`).join(' && ')};`] }, ...parts];
}

/** One statement per property, not one long `&&` chain, which overflows the compiler's stack. */
function guardStatements(isRecord: string, checks: readonly string[]): string[] {
  if (checks.length === 0) return [`return ${isRecord};`];
  return [`if (!${isRecord}) return false;`, ...checks.map((check) => `if (!${check}) return false;`), 'return true;'];
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}
