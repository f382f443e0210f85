// One module per resource: its interface, its guards and its checker.
import type { InterfaceDeclarationStructure, PropertySignatureStructure } from 'ts-morph';
import type { Property, ResourceType } from '../model/types.js';
import { docs } from './doc-comment.js';
import { guardFunctions } from './guard-functions.js';
import { type ImportScope, createImportScope, importDeclarations, importType } from './import-scope.js';
import { redeclaredNames } from './inherited.js';
import type { ModuleStatement } from './module-statement.js';
import { type TypeNames, propertyKey, quote } from './naming.js';
import { type CheckContext, resourceCheck, resourceInfoStatement } from './resource-check.js';
import { StructureKind } from './ts-morph.js';
import { propertyType } from './type-expression.js';
import { writableShape } from './writable-shape.js';

export interface ResourceModuleContext extends CheckContext {
  /** Mark read-only properties `readonly`. */
  readonly: boolean;
  /** Emit the guards and the checker. */
  guards: boolean;
}

export function resourceModule(resource: ResourceType, names: TypeNames, context: ResourceModuleContext): ModuleStatement[] {
  const scope = createImportScope(names, resourceOwnNames(names));
  const declarations = resourceDeclarations(resource, names, scope, context);
  return [...importDeclarations(scope), ...declarations];
}

/** The names a resource's declarations bind in their module. */
export function resourceOwnNames(names: TypeNames): string[] {
  return [names.typeName, names.guardName, names.checkName, names.validateName, names.assertName, names.infoName, names.writableName];
}

/** A resource's declarations, importing what they need into `scope` (which may be shared with other types). */
export function resourceDeclarations(resource: ResourceType, names: TypeNames, scope: ImportScope, context: ResourceModuleContext): ModuleStatement[] {
  const isDoc = `Type guard for {@link ${names.typeName}}: its present properties, nested ones too, and \`@odata.type\` are as documented.`;
  const writable = writableShape(resource, names, context.lookup);
  const declarations: ModuleStatement[] = [
    resourceInterface(resource, names, scope, context),
    ...(writable === undefined ? [] : [writable]),
    ...(context.guards
      ? [...guardFunctions(names, scope, isDoc), resourceInfoStatement(resource, names, scope, context), ...resourceCheck(resource, names, scope, context)]
      : []),
  ];
  return declarations;
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
    type: propertyType(property, scope, context.namesOf, context.lenientNulls),
    hasQuestionToken: true,
    isReadonly: context.readonly && property.readOnly,
    docs: docs(2, property.description, property.deprecated ? '@deprecated The docs mark this property deprecated.' : ''),
  };
}
