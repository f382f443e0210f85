// What the generator is, as a hash: its own code, its version, the versions
// of the packages it depends on and the cache format. Every cache key
// includes it, so a cache written by another generator is never read.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the layout of cached data changes. */
export const cacheFormat = 3;

/** Computed once a process: the code that runs is the code loaded, whatever happens to its files later. */
let fingerprintOfThisProcess: string | undefined;

export function generatorFingerprint(): string {
  fingerprintOfThisProcess ??= fingerprintOfInstalledCode();
  return fingerprintOfThisProcess;
}

function fingerprintOfInstalledCode(): string {
  const codeFolder = dirname(dirname(fileURLToPath(import.meta.url)));
  const packageFolder = findPackageFolder(codeFolder);
  const hash = createHash('sha256').update(`cache-format ${cacheFormat}\n`);
  const manifest = JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8')) as {
    version?: string; dependencies?: Record<string, string>;
  };
  hash.update(`version ${manifest.version ?? ''}\n`);
  for (const name of Object.keys(manifest.dependencies ?? {}).sort()) hash.update(`dependency ${name} ${installedVersion(packageFolder, name)}\n`);
  for (const file of codeFiles(codeFolder)) hash.update(`file ${file}\n`).update(readFileSync(join(codeFolder, file)));
  return hash.digest('hex');
}

/** The generator's own source or compiled files, relative to its folder, sorted. */
function codeFiles(folder: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(folder, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...codeFiles(folder, path));
    else if (/\.(?:ts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

function findPackageFolder(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'templates'))) return folder;
    if (dirname(folder) === folder) throw new Error('graph-docs-typegen: cannot find its package.json');
  }
}

/** The version of a dependency as installed, looked up the way Node finds it. */
function installedVersion(packageFolder: string, name: string): string {
  for (let folder = packageFolder; ; folder = dirname(folder)) {
    const path = join(folder, 'node_modules', name, 'package.json');
    if (existsSync(path)) return (JSON.parse(readFileSync(path, 'utf8')) as { version?: string }).version ?? '?';
    if (dirname(folder) === folder) return 'missing';
  }
}

export function hashText(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}
