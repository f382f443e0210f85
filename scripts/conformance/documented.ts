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
  /**
   * Names mentioned only on the pages of CSDL base types that the docs state
   * (the page, or a stated base's page, says it inherits from them).
   */
  mentionedOnBase: string[];
  /** Names mentioned only on pages of CSDL base types the docs never state. */
  mentionedOnUnstatedBase: string[];
}

export interface DocumentedTypes {
  /** Keyed by the qualified CSDL name. */
  types: Record<string, DocumentedType>;
  /** Names pages claim to document that the CSDL has no entity or complex type for. */
  unknownNames: string[];
}

/** What all pages documenting one type say together. */
interface TypePages {
  files: Set<string>;
  mentions: Set<string>;
  inheritanceWords: Set<string>;
}

export function findDocumentedTypes(pages: readonly RawPage[], csdl: CsdlModel): DocumentedTypes {
  return documentedFromScans(pages.map(scanPage), csdl);
}

export function documentedFromScans(scans: readonly PageScan[], csdl: CsdlModel): DocumentedTypes {
  const csdlTypes = lowerCaseIndex(csdl.types);
  const byType = new Map<string, TypePages>();
  const unknown = new Set<string>();
  for (const scan of scans) {
    for (const claimed of scan.typeNames) {
      const type = csdlTypes.get(claimed.toLowerCase());
      if (type === undefined) {
        unknown.add(claimed);
        continue;
      }
      const entry = byType.get(type.name) ?? { files: new Set(), mentions: new Set(), inheritanceWords: new Set() };
      entry.files.add(scan.file);
      for (const mention of scan.mentions) entry.mentions.add(mention);
      for (const word of scan.inheritanceWords) entry.inheritanceWords.add(word);
      byType.set(type.name, entry);
    }
  }
  const types: Record<string, DocumentedType> = {};
  for (const name of [...byType.keys()].sort()) types[name] = documentedType(name, csdl, byType);
  return { types, unknownNames: [...unknown].sort() };
}

function documentedType(name: string, csdl: CsdlModel, byType: Map<string, TypePages>): DocumentedType {
  const own = byType.get(name)?.mentions ?? new Set<string>();
  const stated = new Set<string>();
  const unstated = new Set<string>();
  for (const { base, isStated } of baseStatements(name, csdl, byType)) {
    for (const mention of byType.get(base)?.mentions ?? []) (isStated ? stated : unstated).add(mention);
  }
  return {
    name,
    files: [...(byType.get(name)?.files ?? [])].sort(),
    mentioned: [...own].sort(),
    mentionedOnBase: [...stated].filter((mention) => !own.has(mention)).sort(),
    mentionedOnUnstatedBase: [...unstated].filter((mention) => !own.has(mention) && !stated.has(mention)).sort(),
  };
}

/**
 * Walks the CSDL base chain: a base is stated when the type's pages, or the
 * pages of a stated base nearer the type, name it in an inheritance line.
 * Without that statement a reader of the docs could not know the inheritance.
 */
function baseStatements(name: string, csdl: CsdlModel, byType: Map<string, TypePages>): { base: string; isStated: boolean }[] {
  const statedBy = [name];
  return csdlBaseChain(csdl, name).map((base) => {
    const isStated = statedBy.some((type) => namesType(byType.get(type)?.inheritanceWords, base));
    if (isStated) statedBy.push(base);
    return { base, isStated };
  });
}

function namesType(words: Set<string> | undefined, qualifiedName: string): boolean {
  if (words === undefined) return false;
  const lower = qualifiedName.toLowerCase();
  return words.has(lower) || words.has(lower.slice(lower.lastIndexOf('.') + 1));
}
