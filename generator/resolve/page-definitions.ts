// Which types a page defines: at most one resource (named by its annotation or
// its title) and any number of enumerations (one per enum table).
import type { EnumTable, PageModel, SourcePosition } from '../model/types.js';
import { qualify, splitQualifiedName } from './names.js';

export interface PageDefinitions {
  page: PageModel;
  namespace: string;
  resource?: { name: string; position: SourcePosition };
  enums: { name: string; table: EnumTable }[];
  /** Other pages that define the same resource; their rows add to this page's. */
  mergedPages: PageModel[];
}

const resourceTitle = /^`?([A-Za-z_][\w.]*)`?\s+(?:resource|complex|entity)(?:\s+type)?$|^`?([A-Za-z_][\w.]*)`?\s+type$/i;

export function pageDefinitions(page: PageModel, defaultNamespace: string): PageDefinitions {
  const annotated = page.resourceBlocks.find((block) => block.annotation?.odataType !== undefined)?.annotation;
  const namespace =
    page.namespace?.name ??
    (annotated?.odataType?.includes('.') ? splitQualifiedName(annotated.odataType).namespace : defaultNamespace);
  const enums = page.enumTables.map((table) => ({ name: qualify(table.name, namespace), table }));
  const definitions: PageDefinitions = { page, namespace, enums, mergedPages: [] };
  const resource = resourceDefinition(page, namespace, annotated?.odataType, enums);
  if (resource !== undefined) definitions.resource = resource;
  const [only] = enums;
  if (resource === undefined && enums.length === 1 && only !== undefined && only.table.description === '') {
    // An enum page: its prose describes its one enumeration.
    only.table = { ...only.table, description: page.summary };
  }
  return definitions;
}

function resourceDefinition(
  page: PageModel,
  namespace: string,
  odataType: string | undefined,
  enums: readonly { name: string }[],
): PageDefinitions['resource'] {
  const position = page.title?.position ?? { line: 1, column: 1 };
  if (odataType !== undefined) return { name: qualify(odataType, namespace), position };
  const titleName = titleTypeName(page);
  if (titleName === undefined) return undefined;
  const name = qualify(titleName, namespace);
  const holdsResource = page.properties.length > 0 || page.relationships.length > 0 || page.resourceBlocks.length > 0;
  const isEnumPage = /enum/i.test(page.docType ?? '') || enums.some((definition) => definition.name === name);
  return holdsResource || !isEnumPage ? { name, position } : undefined;
}

/** `recordOperation` from "recordOperation resource type". */
export function titleTypeName(page: PageModel): string | undefined {
  for (const title of [page.title?.text, page.frontMatterTitle]) {
    const match = resourceTitle.exec(title?.trim() ?? '');
    const name = match?.[1] ?? match?.[2];
    if (name !== undefined && !/^enum/i.test(name)) return name;
  }
  return undefined;
}
