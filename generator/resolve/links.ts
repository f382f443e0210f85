// Where a link in a page points, as a page path of the input folder. Links are
// only ever looked up among the pages already read: a link never makes the
// generator open a file.
import { posix } from 'node:path';

export interface LinkTarget {
  /** Lower-cased page path relative to the input folder, e.g. `resources/resultinfo.md`. */
  path: string;
  /** Lower-cased base name, for links that leave the folder the pages were read from. */
  baseName: string;
  /** Lower-cased fragment without `#`, e.g. `calltype-values`. */
  anchor?: string;
}

export function linkTarget(url: string, fromFile: string): LinkTarget | undefined {
  const [beforeAnchor = '', anchor] = url.trim().split('#', 2);
  const pathPart = (beforeAnchor.split('?', 1)[0] ?? '').replace(/^https?:\/\/[^/]+/i, '');
  if (pathPart === '' && anchor !== undefined) {
    return withAnchor({ path: fromFile.toLowerCase(), baseName: posix.basename(fromFile).toLowerCase() }, anchor);
  }
  if (pathPart === '' || /^[a-z][a-z0-9+.-]*:/i.test(pathPart)) return undefined;
  const withExtension = /\.md$/i.test(pathPart) ? pathPart : `${pathPart}.md`;
  const joined = withExtension.startsWith('/')
    ? withExtension.slice(1)
    : posix.join(posix.dirname(fromFile), withExtension);
  const path = posix.normalize(decodeURIComponentSafe(joined)).toLowerCase();
  return withAnchor({ path, baseName: posix.basename(path) }, anchor);
}

function withAnchor(target: LinkTarget, anchor: string | undefined): LinkTarget {
  return anchor ? { ...target, anchor: anchor.toLowerCase() } : target;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
