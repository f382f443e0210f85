// When a model property's type "equals" the CSDL property's type. The model
// speaks in docs terms (PrimitiveName, resource/enum names), the CSDL in
// qualified Edm/namespace names; these rules translate between the two.
import type { EnumType, Property } from '../../generator/model/types.js';
import type { CsdlEnum, CsdlModel, CsdlProperty } from './csdl.js';

/** `reference` is an entity or complex type; `other` is a name the CSDL does not define. */
export type CsdlTypeKind = 'primitive' | 'reference' | 'enum' | 'other';

/** Graph's untyped JSON: a `microsoft.graph.Json` complex type with no properties, or Edm.Untyped. */
export function isJsonType(csdlType: string): boolean {
  return csdlType === 'Edm.Untyped' || csdlType.toLowerCase() === 'microsoft.graph.json';
}

export function csdlTypeKind(csdl: CsdlModel, csdlType: string): CsdlTypeKind {
  // Json counts as primitive: the model (rightly) has it as a primitive.
  if (csdlType.startsWith('Edm.') || isJsonType(csdlType)) return 'primitive';
  if (csdl.enums[csdlType] !== undefined) return 'enum';
  if (csdl.types[csdlType] !== undefined) return 'reference';
  return 'other';
}

export function typeMatches(model: Property, csdlProperty: CsdlProperty, csdl: CsdlModel): boolean {
  if (model.collection !== csdlProperty.collection) return false;
  const type = model.type;
  switch (type.kind) {
    case 'primitive':
      return type.name === 'Json' ? isJsonType(csdlProperty.type) : csdlProperty.type === `Edm.${type.name}`;
    case 'resource':
      return type.name.toLowerCase() === csdlProperty.type.toLowerCase();
    case 'enum':
      // Any enum name will do: docs often name the enum differently.
      return csdl.enums[csdlProperty.type] !== undefined;
    case 'unknown':
      return false;
  }
}

/** Exactly the same member names (case-sensitive, order ignored). */
export function enumMembersEqual(model: EnumType | undefined, csdl: CsdlEnum): boolean {
  if (model === undefined) return false;
  const modelMembers = new Set(model.members.map((member) => member.name));
  const csdlMembers = new Set(csdl.members);
  return modelMembers.size === csdlMembers.size && [...csdlMembers].every((member) => modelMembers.has(member));
}

/** The model type written the CSDL way, for reports. */
export function describeModelType(property: Property): string {
  const type = property.type;
  let text: string;
  switch (type.kind) {
    case 'primitive':
      text = type.name === 'Json' ? 'Json' : `Edm.${type.name}`;
      break;
    case 'resource':
      text = type.name;
      break;
    case 'enum':
      text = `enum ${type.name}`;
      break;
    case 'unknown':
      text = `unknown "${type.text}"`;
      break;
  }
  return property.collection ? `Collection(${text})` : text;
}

export function describeCsdlType(property: CsdlProperty): string {
  return property.collection ? `Collection(${property.type})` : property.type;
}
