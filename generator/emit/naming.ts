// Every name the output uses, decided in one place: type, guard and value-list
// names, file paths, and how property keys are written.
//
// The rule users can predict: a type `<root>.<sub>.<name>` (root namespace
// `microsoft.graph` by default) becomes the exported `Name` in the module
// `<sub>/Name.ts`; a type of another namespace `a.b.name` lives in `a/b/Name.ts`.
// Each namespace folder has an `index.ts` that re-exports its types and its
// sub-namespaces as `export * as sub`.
import { compareText, diagnostic } from '../diagnostics.js';
import type { ApiModel, Diagnostic, SourceRef } from '../model/types.js';

export interface TypeNames {
  /** The exported TypeScript type name, e.g. `RecordOperation`. */
  typeName: string;
  /** The exported guard, e.g. `isRecordOperation`. */
  guardName: string;
  /** The exported checker the guards share and other types' checkers call, e.g. `checkRecordOperation`. */
  checkName: string;
  /** The exported function listing every failure, e.g. `validateRecordOperation`. */
  validateName: string;
  /** The exported assertion, e.g. `assertRecordOperation`. */
  assertName: string;
  /** The module-local constant describing a resource to its checker, e.g. `recordOperationInfo`. */
  infoName: string;
  /** The exported value list of an enumeration, e.g. `operationStatusValues`. */
  valuesName: string;
  /** The request-body type of a resource without its read-only properties, e.g. `RecordOperationWritable`. */
  writableName: string;
  /** Module path without extension, relative to the output folder, e.g. `callRecords/Endpoint`. */
  modulePath: string;
  /** Folder of the module, '' for the output root. */
  folder: string;
  /** Prefix that tells this type apart from a same-named one of another namespace, e.g. `CallRecords`. */
  namespacePrefix: string;
}

export interface NameTable {
  byType: Map<string, TypeNames>;
  /** The `AnyX` discriminated union of each family base type (one with subtypes, or abstract). */
  byFamily: Map<string, TypeNames>;
  diagnostics: Diagnostic[];
}

/** The module of the guard runtime the guards share. */
export const runtimeModule = '_runtime';

/** File stems the output itself uses; a type with such a name gets a suffix. */
const reservedStems = new Set(['index', '_runtime']);

/**
 * How types are spread over modules: one module per type (`type`), one per
 * namespace (`namespace`, the namespace folder's `index.ts`), or all in one
 * `index.ts` (`single`, where types of other namespaces take the namespace
 * as a prefix: `CallRecordsEndpoint`).
 */
export type Layout = 'type' | 'namespace' | 'single';

export interface NamingOptions {
  rootNamespace: string;
  writableSuffix: string;
  layout?: Layout;
  /** Put before every type name (`Graph` makes `GraphUser`, `isGraphUser`). */
  typePrefix?: string;
}

/**
 * Names every type, then the `AnyX` union of every family base (`families`, by type name):
 * a union takes its name after the types, so a type the docs define never loses its name to one.
 */
export function assignNames(model: ApiModel, options: NamingOptions, families: ReadonlySet<string> = new Set()): NameTable {
  const byType = new Map<string, TypeNames>();
  const byFamily = new Map<string, TypeNames>();
  const diagnostics: Diagnostic[] = [];
  const takenPaths = new Set<string>();
  // Every name a folder's barrel exports must be unique there.
  const exported = new Set<string>();
  const take = (name: string, source: SourceRef, folder: string, base: string, what: string): string => {
    const derived = (typeName: string) => exportedNames(typeName, options.writableSuffix).map((exportName) => `${folder}/${exportName}`);
    let typeName = base;
    for (let suffix = 2; isTaken(typeName, folder, derived(typeName), takenPaths, exported); suffix += 1) typeName = `${base}${suffix}`;
    if (typeName !== base) {
      diagnostics.push(diagnostic('name-collision', source.file, source,
        `${what} "${name}" maps to the TypeScript name "${base}", which another type or file already uses; named it "${typeName}".`));
    }
    takenPaths.add(pathKey(folder, typeName));
    for (const exportName of derived(typeName)) exported.add(exportName);
    return typeName;
  };
  const types: { name: string; source: SourceRef }[] = [...model.resources, ...model.enums].sort((a, b) => compareText(a.name, b.name));
  const layout = options.layout ?? 'type';
  for (const { name, source } of types) {
    const { namespace, shortName } = splitName(name);
    const namespaceFolderPath = namespaceFolder(namespace, options.rootNamespace);
    // One file holds every namespace: the namespace's words go in front of the name.
    const folder = layout === 'single' ? '' : namespaceFolderPath;
    const inFront = layout === 'single' ? namespaceFolderPath.split('/').map(upperFirst).join('') : '';
    const namespacePrefix = pascalIdentifier(namespace.slice(namespace.lastIndexOf('.') + 1) || 'Root');
    const typeName = take(name, source, folder, pascalIdentifier(`${options.typePrefix ?? ''}${inFront}${upperFirst(shortName)}`), 'Type');
    byType.set(name, typeNames(typeName, folder, namespacePrefix, options.writableSuffix, layout));
  }
  for (const { name, source } of types.filter((type) => families.has(type.name))) {
    const names = byType.get(name);
    if (names === undefined) continue;
    const typeName = take(name, source, names.folder, `Any${names.typeName}`, 'The union of the family of type');
    byFamily.set(name, typeNames(typeName, names.folder, names.namespacePrefix, options.writableSuffix, layout));
  }
  return { byType, byFamily, diagnostics };
}

function typeNames(typeName: string, folder: string, namespacePrefix: string, writableSuffix: string, layout: Layout): TypeNames {
  const stem = layout === 'type' ? typeName : 'index';
  return {
    typeName, guardName: `is${typeName}`, valuesName: `${lowerFirst(typeName)}Values`, writableName: `${typeName}${writableSuffix}`,
    checkName: `check${typeName}`, validateName: `validate${typeName}`, assertName: `assert${typeName}`,
    infoName: `${lowerFirst(typeName)}Info`,
    modulePath: folder === '' ? stem : `${folder}/${stem}`, folder, namespacePrefix,
  };
}

/** The names a type's module may export: type, guards, value list, request-body type. */
function exportedNames(typeName: string, writableSuffix: string): string[] {
  return [
    typeName, `is${typeName}`, `check${typeName}`, `validate${typeName}`, `assert${typeName}`,
    `${lowerFirst(typeName)}Values`, `${typeName}${writableSuffix}`,
  ];
}

function isTaken(typeName: string, folder: string, names: readonly string[], takenPaths: ReadonlySet<string>, exported: ReadonlySet<string>): boolean {
  return takenPaths.has(pathKey(folder, typeName)) || reservedStems.has(typeName.toLowerCase()) || names.some((name) => exported.has(name));
}

function pathKey(folder: string, typeName: string): string {
  // Case-insensitive, so the output also works on case-insensitive file systems.
  return `${folder}/${typeName}`.toLowerCase();
}

function splitName(name: string): { namespace: string; shortName: string } {
  const dot = name.lastIndexOf('.');
  return { namespace: dot === -1 ? '' : name.slice(0, dot), shortName: name.slice(dot + 1) };
}

/** `microsoft.graph.callRecords` -> `callRecords`; `contoso.api` -> `contoso/api`. */
export function namespaceFolder(namespace: string, rootNamespace: string): string {
  const lowerNamespace = namespace.toLowerCase();
  const lowerRoot = rootNamespace.toLowerCase();
  let relative = namespace;
  if (lowerNamespace === lowerRoot) relative = '';
  else if (lowerNamespace.startsWith(`${lowerRoot}.`)) relative = namespace.slice(rootNamespace.length + 1);
  return relative.split('.').filter(Boolean).map(camelIdentifier).join('/');
}

/** The identifier a namespace folder is re-exported as: `callRecords`. */
export function namespaceAlias(folderSegment: string): string {
  return camelIdentifier(folderSegment);
}

/** `recordOperation` -> `RecordOperation`; `foo-bar` -> `FooBar`; `2fa` -> `_2fa`. */
export function pascalIdentifier(name: string): string {
  const words = name.split(/[^A-Za-z0-9_$]+/).filter(Boolean);
  const joined = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  if (joined === '') return 'Unnamed';
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

function camelIdentifier(name: string): string {
  return lowerFirst(pascalIdentifier(name));
}

function upperFirst(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** A property key as written in an interface: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return isIdentifierName(name) ? name : quote(name);
}

export function isIdentifierName(name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name);
}

/** A single-quoted string literal; JSON escaping covers control characters. */
export function quote(text: string): string {
  const escaped = JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${escaped}'`;
}
