// One spelling per namespace. Pages sometimes spell a namespace in another
// case (`termstore` beside `termStore`); the spelling most pages use wins, so
// that the output has one folder per namespace on every file system.
import { compareText } from '../diagnostics.js';
import { splitQualifiedName } from './names.js';
import type { PageDefinitions } from './page-definitions.js';

export function unifyNamespaceSpelling(definitions: readonly PageDefinitions[]): void {
  const counts = new Map<string, Map<string, number>>();
  for (const entry of definitions) {
    const spellings = counts.get(entry.namespace.toLowerCase()) ?? new Map<string, number>();
    spellings.set(entry.namespace, (spellings.get(entry.namespace) ?? 0) + 1);
    counts.set(entry.namespace.toLowerCase(), spellings);
  }
  const canonical = new Map<string, string>();
  for (const [lower, spellings] of counts) {
    const [best] = [...spellings.entries()].sort(([a, countA], [b, countB]) => countB - countA || compareText(a, b));
    if (best !== undefined) canonical.set(lower, best[0]);
  }
  const respell = (name: string): string => {
    const { namespace, shortName } = splitQualifiedName(name);
    const spelling = canonical.get(namespace.toLowerCase());
    return spelling === undefined ? name : `${spelling}.${shortName}`;
  };
  for (const entry of definitions) {
    entry.namespace = canonical.get(entry.namespace.toLowerCase()) ?? entry.namespace;
    if (entry.resource !== undefined) entry.resource.name = respell(entry.resource.name);
    for (const definition of entry.enums) definition.name = respell(definition.name);
  }
}
