// Fully qualified type names: `microsoft.graph.callRecords.endpoint`.

export interface QualifiedName {
  namespace: string;
  shortName: string;
}

/** Qualifies a bare name with a namespace; a dotted name is taken as qualified. */
export function qualify(name: string, namespace: string): string {
  const clean = name.trim().replace(/^#/, '');
  return clean.includes('.') ? clean : `${namespace}.${clean}`;
}

export function splitQualifiedName(name: string): QualifiedName {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? { namespace: '', shortName: name } : { namespace: name.slice(0, dot), shortName: name.slice(dot + 1) };
}

export function shortNameOf(name: string): string {
  return splitQualifiedName(name).shortName;
}
