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
  /** The exported value list of an enumeration, e.g. `operationStatusValues`. */
  valuesName: string;
  /** Module path without extension, relative to the output folder, e.g. `callRecords/Endpoint`. */
  modulePath: string;
  /** Folder of the module, '' for the output root. */
  folder: string;
  /** Prefix that tells this type apart from a same-named one of another namespace, e.g. `CallRecords`. */
  namespacePrefix: string;
}

export interface NameTable {
  byType: Map<string, TypeNames>;
  diagnostics: Diagnostic[];
}

/** The module of the guard runtime the guards share. */
export const runtimeModule = '_runtime';

/** File stems the output itself uses; a type with such a name gets a suffix. */
const reservedStems = new Set(['index', '_runtime']);

export function assignNames(model: ApiModel, rootNamespace: string): NameTable {
  const byType = new Map<string, TypeNames>();
  const diagnostics: Diagnostic[] = [];
  const takenPaths = new Set<string>();
  const types: { name: string; source: SourceRef }[] = [...model.resources, ...model.enums];
  for (const { name, source } of types.sort((a, b) => compareText(a.name, b.name))) {
    const { namespace, shortName } = splitName(name);
    const folder = namespaceFolder(namespace, rootNamespace);
    const base = pascalIdentifier(shortName);
    let typeName = base;
    for (let suffix = 2; takenPaths.has(pathKey(folder, typeName)) || reservedStems.has(typeName.toLowerCase()); suffix += 1) {
      typeName = `${base}${suffix}`;
    }
    if (typeName !== base) {
      diagnostics.push(diagnostic('name-collision', source.file, source,
        `Type "${name}" maps to the TypeScript name "${base}", which another type or file already uses; named it "${typeName}".`));
    }
    takenPaths.add(pathKey(folder, typeName));
    const modulePath = folder === '' ? typeName : `${folder}/${typeName}`;
    const namespacePrefix = pascalIdentifier(namespace.slice(namespace.lastIndexOf('.') + 1) || 'Root');
    byType.set(name, {
      typeName, guardName: `is${typeName}`, valuesName: `${lowerFirst(typeName)}Values`, modulePath, folder, namespacePrefix,
    });
  }
  return { byType, diagnostics };
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

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** A property key as written in an interface: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return isIdentifierName(name) ? name : quote(name);
}

/**
 * Keys that exist on every object (`constructor`, `__proto__`): a guard must
 * read them as own properties, or a plain object would seem to carry them.
 */
export function needsOwnAccess(name: string): boolean {
  return inheritedKeys.has(name);
}

const inheritedKeys = new Set(Object.getOwnPropertyNames(Object.prototype));

export function isIdentifierName(name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name);
}

/** A single-quoted string literal; JSON escaping covers control characters. */
export function quote(text: string): string {
  const escaped = JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${escaped}'`;
}
