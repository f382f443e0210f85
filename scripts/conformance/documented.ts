// Which CSDL entity/complex types the docs document, and which property names
// their pages mention at all. Built from the page scans and the CSDL only, so
// it can say "the page never said it" without trusting the generator.
import { type CsdlModel, csdlBaseChain, lowerCaseIndex } from './csdl.js';
import { type PageScan, type RawPage, scanPage } from './page-scan.js';

export interface DocumentedType {
  /** Qualified name in CSDL's spelling. */
  name: string;
  /** The pages that document it. */
  files: string[];
  /** Names the type's own pages mention (table first cells, JSON keys), as written. */
  mentioned: string[];
  /** Names mentioned on the pages of its CSDL base types only, as written. */
  mentionedOnBase: string[];
}

export interface DocumentedTypes {
  /** Keyed by the qualified CSDL name. */
  types: Record<string, DocumentedType>;
  /** Names pages claim to document that the CSDL has no entity or complex type for. */
  unknownNames: string[];
}

export function findDocumentedTypes(pages: readonly RawPage[], csdl: CsdlModel): DocumentedTypes {
  return documentedFromScans(pages.map(scanPage), csdl);
}

export function documentedFromScans(scans: readonly PageScan[], csdl: CsdlModel): DocumentedTypes {
  const csdlTypes = lowerCaseIndex(csdl.types);
  const files = new Map<string, Set<string>>();
  const mentions = new Map<string, Set<string>>();
  const unknown = new Set<string>();
  for (const scan of scans) {
    for (const claimed of scan.typeNames) {
      const type = csdlTypes.get(claimed.toLowerCase());
      if (type === undefined) {
        unknown.add(claimed);
        continue;
      }
      addAll(files, type.name, [scan.file]);
      addAll(mentions, type.name, scan.mentions);
    }
  }
  const types: Record<string, DocumentedType> = {};
  for (const name of [...files.keys()].sort()) {
    const own = mentions.get(name) ?? new Set<string>();
    // Inherited properties are documented on the base type's page.
    const onBase = new Set(csdlBaseChain(csdl, name).flatMap((base) => [...(mentions.get(base) ?? [])]));
    types[name] = {
      name,
      files: [...(files.get(name) ?? [])].sort(),
      mentioned: [...own].sort(),
      mentionedOnBase: [...onBase].filter((mention) => !own.has(mention)).sort(),
    };
  }
  return { types, unknownNames: [...unknown].sort() };
}

function addAll(map: Map<string, Set<string>>, key: string, values: readonly string[]): void {
  const set = map.get(key) ?? new Set<string>();
  for (const value of values) set.add(value);
  map.set(key, set);
}
