// The request-body type of a resource: the docs say which properties the
// service sets itself (Read-only), and a client sends all the others.
import type { TypeAliasDeclarationStructure } from 'ts-morph';
import type { ResourceType } from '../model/types.js';
import { docs } from './doc-comment.js';
import { type ResourceLookup, allProperties } from './inherited.js';
import { type TypeNames, quote } from './naming.js';
import { StructureKind } from './ts-morph.js';

/** `XWritable = Omit<X, 'id' | ...>`, or nothing when no property is read-only. */
export function writableShape(resource: ResourceType, names: TypeNames, lookup: ResourceLookup): TypeAliasDeclarationStructure | undefined {
  const readOnly = allProperties(resource, lookup).filter((property) => property.readOnly).map((property) => quote(property.name));
  if (readOnly.length === 0) return undefined;
  return {
    kind: StructureKind.TypeAlias,
    name: names.writableName,
    isExported: true,
    docs: docs(0, `{@link ${names.typeName}} as a client sends it in a request body: without the properties the docs call read-only.`),
    type: `Omit<${names.typeName}, ${readOnly.join(' | ')}>`,
  };
}
