// The options of a run, documented once with their defaults and normalised
// once into the context the stages receive.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface Options {
  /** Folder of docs pages to read. Default `docs-input`. */
  input?: string;
  /** Folder the TypeScript is written to. Default `generated`. */
  output?: string;
  /** Namespace whose types go in the output root; its sub-namespaces become sub-folders. Default `microsoft.graph`. */
  rootNamespace?: string;
  /** Namespace of pages that state none. Default: the root namespace. */
  defaultNamespace?: string;
  /** Folder whose `banner.ts` / `runtime.ts` replace the built-in templates. */
  templates?: string;
  /** Enumerations also admit strings the docs do not list (`'a' | 'b' | (string & {})`). Default `false`. */
  openEnums?: boolean;
  /** Write the files to the output folder. Default `false` for `generate()`, `true` for the command. */
  write?: boolean;
  /** Folder relative paths are resolved against. Default `process.cwd()`. */
  cwd?: string;
  /**
   * Reuse parsed pages, printed modules and the last run's result from the cache folder. Default `true`
   * for `generate()` and the command; the cache is keyed by content and generator, so it is never stale.
   */
  cache?: boolean;
  /** The cache folder; safe to delete at any time. Default `node_modules/.cache/graph-docs-typegen` of the working directory's package. */
  cacheDir?: string;
  /** Threads that parse pages, the calling thread included. Default: one per core when enough pages need parsing; `0` or `1` parses on the calling thread alone. */
  workers?: number;
}

export interface Context {
  input: string;
  output: string;
  rootNamespace: string;
  defaultNamespace: string;
  templates?: string;
  openEnums: boolean;
  write: boolean;
  /** The cache folder, or undefined when the cache is off. */
  cacheDir?: string;
  workers?: number;
}

export const defaults = {
  input: 'docs-input',
  output: 'generated',
  rootNamespace: 'microsoft.graph',
} as const;

export function normaliseOptions(options: Options): Context {
  const cwd = options.cwd ?? process.cwd();
  const rootNamespace = options.rootNamespace ?? defaults.rootNamespace;
  const context: Context = {
    input: resolve(cwd, options.input ?? defaults.input),
    output: resolve(cwd, options.output ?? defaults.output),
    rootNamespace,
    defaultNamespace: options.defaultNamespace ?? rootNamespace,
    openEnums: options.openEnums ?? false,
    write: options.write ?? false,
  };
  if (options.templates !== undefined) context.templates = resolve(cwd, options.templates);
  if (options.cache ?? true) context.cacheDir = resolve(cwd, options.cacheDir ?? defaultCacheDir(cwd));
  if (options.workers !== undefined) context.workers = options.workers;
  return context;
}

/** `node_modules/.cache/graph-docs-typegen` beside the nearest package.json, as other build tools keep theirs. */
export function defaultCacheDir(cwd: string): string {
  let folder = resolve(cwd);
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  const root = existsSync(join(folder, 'package.json')) ? folder : resolve(cwd);
  return join(root, 'node_modules', '.cache', 'graph-docs-typegen');
}
