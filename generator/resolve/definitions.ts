// When several pages define one type. A resource defined twice is merged: the
// page named after the type leads (else the one with more rows), the others
// add the properties it lacks. An enumeration listed twice is merged member by
// member. A name used for both a resource and an enumeration keeps the resource.
import { posix } from 'node:path';
import { compareText, diagnostic } from '../diagnostics.js';
import type { Diagnostic, EnumTable, PageModel } from '../model/types.js';
import { splitQualifiedName } from './names.js';
import type { PageDefinitions } from './page-definitions.js';

export function mergeDefinitions(all: PageDefinitions[], diagnostics: Diagnostic[]): PageDefinitions[] {
  for (const entry of all) {
    if (entry.resource === undefined && entry.enums.length === 0) {
      diagnostics.push(diagnostic('page-not-a-type', entry.page.file, entry.page.title?.position ?? { line: 1, column: 1 },
        'The page defines no resource or enumeration (no "resource type" title, annotation, property or enum table); skipped it.'));
    }
  }
  const resourceFiles = mergeResources(all, diagnostics);
  mergeEnums(all, resourceFiles, diagnostics);
  return all;
}

/** Merges resources defined on several pages; returns the page of every resource by lower-cased name. */
function mergeResources(all: PageDefinitions[], diagnostics: Diagnostic[]): Map<string, string> {
  const groups = new Map<string, PageDefinitions[]>();
  for (const entry of all) {
    if (entry.resource === undefined) continue;
    const key = entry.resource.name.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const files = new Map<string, string>();
  for (const [key, group] of groups) {
    const [lead, ...others] = [...group].sort(byLeadership);
    if (lead === undefined) continue;
    files.set(key, lead.page.file);
    for (const other of others) {
      lead.mergedPages.push(other.page);
      diagnostics.push(diagnostic('type-duplicate', other.page.file, other.resource?.position ?? { line: 1, column: 1 },
        `Type "${lead.resource?.name ?? key}" is also defined by ${lead.page.file}; merged the properties this page adds into that definition.`));
      delete other.resource;
    }
  }
  return files;
}

/** The page named after its type leads; then the page with more rows; then path order. */
function byLeadership(a: PageDefinitions, b: PageDefinitions): number {
  return namedAfterType(b) - namedAfterType(a) || rowCount(b.page) - rowCount(a.page) || compareText(a.page.file, b.page.file);
}

function namedAfterType(entry: PageDefinitions): number {
  const { namespace, shortName } = splitQualifiedName(entry.resource?.name ?? '');
  const stem = posix.basename(entry.page.file).toLowerCase().replace(/\.md$/, '');
  const namespaceWord = namespace.slice(namespace.lastIndexOf('.') + 1).toLowerCase();
  return stem === shortName.toLowerCase() || stem === `${namespaceWord}-${shortName.toLowerCase()}` ? 1 : 0;
}

function rowCount(page: PageModel): number {
  return page.properties.length + page.relationships.length;
}

function mergeEnums(all: PageDefinitions[], resourceFiles: ReadonlyMap<string, string>, diagnostics: Diagnostic[]): void {
  const first = new Map<string, { file: string; definition: { table: EnumTable } }>();
  for (const entry of all) {
    entry.enums = entry.enums.filter((definition) => {
      const key = definition.name.toLowerCase();
      const resourceFile = resourceFiles.get(key);
      if (resourceFile !== undefined) {
        diagnostics.push(diagnostic('type-duplicate', entry.page.file, definition.table.position,
          `Enumeration "${definition.name}" has the name of a resource defined by ${resourceFile}; kept the resource and ignored this table.`));
        return false;
      }
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, { file: entry.page.file, definition });
        return true;
      }
      mergeEnumTable(earlier, definition, entry.page.file, diagnostics);
      return false;
    });
  }
}

/** Adds the members and descriptions a later table has to the first table of the same enumeration. */
function mergeEnumTable(
  first: { file: string; definition: { table: EnumTable } }, later: { name: string; table: EnumTable }, file: string, diagnostics: Diagnostic[],
): void {
  const { table } = first.definition;
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
  // A new table: the PageModel's own stays as parsed (it may be cached).
  first.definition.table = { ...table, members: [...members, ...added], description: table.description || later.table.description };
}
