// Resolve stage: the pages together become one API model. This is where the
// knowledge lives; every rule that drops or guesses leaves a diagnostic.
import { compareDiagnostics, compareText, diagnostic } from '../diagnostics.js';
import type { ApiModel, Diagnostic, EnumType, PageModel, ResourceType } from '../model/types.js';
import { addEnum, createEnumRegistry } from './enum-registry.js';
import { cutInheritanceCycles, dropInheritedDuplicates, findBaseType } from './inheritance.js';
import { splitQualifiedName } from './names.js';
import { unifyNamespaceSpelling } from './namespaces.js';
import { mergeDefinitions } from './definitions.js';
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
  const definitions = mergeDefinitions(all, diagnostics);
  const index = buildTypeIndex(definitions, options.defaultNamespace);
  const registry = createEnumRegistry([...index.byName.values()].map((type) => type.name));
  for (const type of definedEnums(definitions, diagnostics)) {
    // A `null` row says properties of the type may be null; it is not a value.
    if (type.members.some((member) => member.name === 'null')) {
      registry.withNull.add(type.name);
      type.members = type.members.filter((member) => member.name !== 'null');
    }
    if (type.members.length > 0) addEnum(registry, type);
    else diagnostics.push(diagnostic('enum-empty', type.source.file, type.source, `Enumeration "${type.name}" lists no members but \`null\`; emitted no type for it.`));
  }
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
