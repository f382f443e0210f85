// Resolve stage: the pages together become one API model. This is where the
// knowledge lives; every rule that drops or guesses leaves a diagnostic.
import { compareDiagnostics, compareText, diagnostic } from '../diagnostics.js';
import type { ApiModel, Diagnostic, EnumTable, EnumType, PageModel, ResourceType } from '../model/types.js';
import { addEnum, createEnumRegistry } from './enum-registry.js';
import { cutInheritanceCycles, dropInheritedDuplicates, findBaseType } from './inheritance.js';
import { splitQualifiedName } from './names.js';
import { unifyNamespaceSpelling } from './namespaces.js';
import { type PageDefinitions, pageDefinitions } from './page-definitions.js';
import { buildResource } from './resources.js';
import { buildTypeIndex } from './type-index.js';

export interface ResolveOptions {
  /** The namespace of pages that state none. */
  defaultNamespace: string;
}

export function resolveApi(pages: readonly PageModel[], options: ResolveOptions): ApiModel {
  const diagnostics: Diagnostic[] = pages.flatMap((page) => page.diagnostics);
  const sorted = [...pages].sort((a, b) => compareText(a.file, b.file));
  const all = sorted.map((page) => pageDefinitions(page, options.defaultNamespace));
  unifyNamespaceSpelling(all);
  const definitions = keepFirstDefinitions(all, diagnostics);
  const index = buildTypeIndex(definitions, options.defaultNamespace);
  const registry = createEnumRegistry([...index.byName.values()].map((type) => type.name));
  for (const type of definedEnums(definitions, diagnostics)) addEnum(registry, type);
  const resources = new Map<string, ResourceType>();
  const owners = definitions.filter((entry) => entry.resource !== undefined);
  for (const entry of owners.sort((a, b) => compareText(a.resource?.name ?? '', b.resource?.name ?? ''))) {
    const name = entry.resource?.name ?? '';
    const resource = buildResource(entry, name, { index, enums: registry, diagnostics });
    const baseType = findBaseType(entry, index, diagnostics);
    if (baseType !== undefined) resource.baseType = baseType;
    resources.set(name, resource);
  }
  cutInheritanceCycles(resources, diagnostics);
  dropInheritedDuplicates(resources);
  return {
    resources: [...resources.values()].sort((a, b) => compareText(a.name, b.name)),
    enums: [...registry.byName.values()].sort((a, b) => compareText(a.name, b.name)),
    diagnostics: diagnostics.sort(compareDiagnostics),
  };
}

/**
 * Keeps the first definition of every type name (pages in path order) and says
 * so for the rest; an enumeration listed on several pages is merged instead.
 */
function keepFirstDefinitions(all: PageDefinitions[], diagnostics: Diagnostic[]): PageDefinitions[] {
  const firstDefinition = new Map<string, { file: string; table?: EnumTable }>();
  for (const entry of all) {
    const { page } = entry;
    if (entry.resource === undefined && entry.enums.length === 0) {
      diagnostics.push(diagnostic('page-not-a-type', page.file, page.title?.position ?? { line: 1, column: 1 },
        'The page defines no resource or enumeration (no "resource type" title, annotation, property or enum table); skipped it.'));
      continue;
    }
    if (entry.resource !== undefined) {
      const key = entry.resource.name.toLowerCase();
      if (firstDefinition.has(key)) {
        diagnostics.push(duplicateDiagnostic(entry.resource.name, page.file, entry.resource.position, firstDefinition));
        delete entry.resource;
      } else {
        firstDefinition.set(key, { file: page.file });
      }
    }
    entry.enums = entry.enums.filter((definition) => {
      const first = firstDefinition.get(definition.name.toLowerCase());
      if (first === undefined) {
        firstDefinition.set(definition.name.toLowerCase(), { file: page.file, table: definition.table });
        return true;
      }
      if (first.table === undefined) diagnostics.push(duplicateDiagnostic(definition.name, page.file, definition.table.position, firstDefinition));
      else mergeEnumTable(first, definition, page.file, diagnostics);
      return false;
    });
  }
  return all;
}

/** Adds the members and descriptions a later table has to the first table of the same enumeration. */
function mergeEnumTable(first: { file: string; table?: EnumTable }, later: { name: string; table: EnumTable }, file: string, diagnostics: Diagnostic[]): void {
  const table = first.table;
  if (table === undefined) return;
  const members = table.members.map((member) => {
    const twin = later.table.members.find((candidate) => candidate.name === member.name);
    return member.description === '' && twin !== undefined ? { ...member, description: twin.description } : member;
  });
  const added = later.table.members.filter((member) => !table.members.some((known) => known.name === member.name));
  const missing = table.members.filter((member) => !later.table.members.some((known) => known.name === member.name));
  if (added.length > 0 || missing.length > 0) {
    diagnostics.push(diagnostic('enum-merged', file, later.table.position,
      `Enumeration "${later.name}" is also listed in ${first.file} with other members; merged the two lists.`));
  }
  // Mutated in place: the first definition's page entry holds this same table object.
  Object.assign(table, { members: [...members, ...added], description: table.description || later.table.description });
}

function duplicateDiagnostic(
  name: string, file: string, position: { line: number; column: number }, firstDefinition: Map<string, { file: string }>,
): Diagnostic {
  const first = firstDefinition.get(name.toLowerCase())?.file ?? '';
  return diagnostic('type-duplicate', file, position, `Type "${name}" is already defined by ${first}; kept that definition and ignored this one.`);
}

function definedEnums(definitions: readonly PageDefinitions[], diagnostics: Diagnostic[]): EnumType[] {
  const enums: EnumType[] = [];
  for (const { page, enums: tables } of definitions) {
    for (const { name, table } of tables) {
      if (table.members.length === 0) {
        diagnostics.push(diagnostic('enum-empty', page.file, table.position, `Enumeration "${name}" lists no members; emitted no type for it.`));
        continue;
      }
      const { namespace, shortName } = splitQualifiedName(name);
      enums.push({
        name, namespace, shortName,
        description: table.description,
        members: uniqueMembers(table.members),
        origin: 'page',
        source: { file: page.file, ...table.position },
      });
    }
  }
  return enums;
}

function uniqueMembers(rows: EnumType['members']): EnumType['members'] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.name) && seen.add(row.name)).map(({ name, description }) => ({ name, description }));
}
