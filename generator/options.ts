// The options of a run, documented once with their defaults and normalised
// once into the context the stages receive.
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface Options {
  /** Folder of docs pages to read. Default `docs-input`. */
  input?: string;
  /** Folder the TypeScript is written to. Default `generated`. */
  output?: string;
  /** Globs (relative to the input folder) of the pages to read. Default `['**\/*.md']`. */
  include?: string[];
  /** Globs (relative to the input folder) of pages to leave out. Default none. */
  exclude?: string[];
  /** Mark properties the docs call read-only `readonly`. Default `true`. */
  readonly?: boolean;
  /** Emit type guards (`isX`) and the runtime they share. Default `true`. */
  guards?: boolean;
  /** Suffix of the request-body type of a resource with read-only properties. Default `Writable`. */
  writableSuffix?: string;
  /** Put before every type name, e.g. `Graph` for `GraphUser` and `isGraphUser`. Default none. */
  typePrefix?: string;
  /**
   * How types are spread over files: `type` (one module per type; a consumer pays only for what it
   * imports), `namespace` (each namespace folder's `index.ts` holds its types) or `single` (one
   * `index.ts`; types of sub-namespaces take the namespace as a prefix). Default `type`.
   */
  layout?: 'type' | 'namespace' | 'single';
  /** Namespace whose types go in the output root; its sub-namespaces become sub-folders. Default `microsoft.graph`. */
  rootNamespace?: string;
  /** Namespace of pages that state none. Default: the root namespace. */
  defaultNamespace?: string;
  /** Folder whose `banner.ts` / `runtime.ts` replace the built-in templates. */
  templates?: string;
  /** Enumerations also admit strings the docs do not list (`'a' | 'b' | (string & {})`). Default `false`. */
  openEnums?: boolean;
  /**
   * Every property admits null, in its interface (`| null`) and in its guard, whatever the docs
   * say: for services that return null where the docs do not say Nullable. Default `false`.
   */
  lenientNulls?: boolean;
  /** Write the files to the output folder. Default `false` for `generate()`, `true` for the command. */
  write?: boolean;
  /** Folder relative paths are resolved against. Default `process.cwd()`. */
  cwd?: string;
  /** Called as the run advances, for progress displays. */
  onProgress?: (progress: Progress) => void;
  /**
   * Reuse parsed pages, printed modules and the last run's result from the cache folder. Default `true`
   * for `generate()` and the command; the cache is keyed by content and generator, so it is never stale.
   */
  cache?: boolean;
  /** The cache folder; safe to delete at any time. Default `node_modules/.cache/graph-docs-typegen` of the working directory's package. */
  cacheDir?: string;
  /**
   * Threads that parse pages and print modules, the calling thread included. Default: one per core when
   * enough pages need parsing (5,000) or modules printing (1,000); `0` or `1` does all on the calling thread.
   * A run that parses 1,000 pages or more starts its print threads before parsing, so they load ts-morph meanwhile.
   */
  workers?: number;
}

export interface Progress {
  stage: 'parse' | 'resolve' | 'emit' | 'write';
  done: number;
  total: number;
}

export interface Context {
  input: string;
  output: string;
  include: string[];
  exclude: string[];
  readonly: boolean;
  guards: boolean;
  writableSuffix: string;
  typePrefix?: string;
  layout: 'type' | 'namespace' | 'single';
  rootNamespace: string;
  defaultNamespace: string;
  templates?: string;
  openEnums: boolean;
  lenientNulls: boolean;
  write: boolean;
  /** The cache folder, or undefined when the cache is off. */
  cacheDir?: string;
  onProgress?: (progress: Progress) => void;
  workers?: number;
}

export const defaults = {
  input: 'docs-input',
  output: 'generated',
  include: ['**/*.md'],
  exclude: [],
  readonly: true,
  guards: true,
  writableSuffix: 'Writable',
  layout: 'type',
  rootNamespace: 'microsoft.graph',
  openEnums: false,
  lenientNulls: false,
} as const;

export function normaliseOptions(options: Options): Context {
  const cwd = options.cwd ?? process.cwd();
  const rootNamespace = options.rootNamespace ?? defaults.rootNamespace;
  const context: Context = {
    input: resolve(cwd, options.input ?? defaults.input),
    output: resolve(cwd, options.output ?? defaults.output),
    include: options.include ?? [...defaults.include],
    exclude: options.exclude ?? [...defaults.exclude],
    readonly: options.readonly ?? defaults.readonly,
    guards: options.guards ?? defaults.guards,
    writableSuffix: options.writableSuffix ?? defaults.writableSuffix,
    layout: options.layout ?? defaults.layout,
    rootNamespace,
    defaultNamespace: options.defaultNamespace ?? rootNamespace,
    openEnums: options.openEnums ?? defaults.openEnums,
    lenientNulls: options.lenientNulls ?? defaults.lenientNulls,
    write: options.write ?? false,
  };
  if (options.templates !== undefined) context.templates = resolve(cwd, options.templates);
  if (options.typePrefix !== undefined) context.typePrefix = options.typePrefix;
  if (options.onProgress !== undefined) context.onProgress = options.onProgress;
  if (options.cache ?? true) context.cacheDir = resolve(cwd, options.cacheDir ?? defaultCacheDir(cwd));
  if (options.workers !== undefined) context.workers = options.workers;
  return context;
}

/**
 * `node_modules/.cache/graph-docs-typegen` beside the nearest package.json, as
 * other build tools keep theirs. Outside any package, a folder of the system's
 * temporary directory named after the working folder: the tool never creates
 * a `node_modules` of its own in a user's folder.
 */
export function defaultCacheDir(cwd: string): string {
  let folder = resolve(cwd);
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  if (existsSync(join(folder, 'package.json'))) return join(folder, 'node_modules', '.cache', 'graph-docs-typegen');
  const name = createHash('sha1').update(resolve(cwd)).digest('hex').slice(0, 16);
  return join(tmpdir(), `graph-docs-typegen-cache-${name}`);
}
