// One run, stage by stage, with the cache in front of each stage. Written as
// a generator that yields when it needs the parser or the printer, so the
// caller decides how they are loaded: `generate()` passes modules it
// imported, the command imports them only when a stage has work to do (a
// run with everything cached never loads remark or the TypeScript compiler).
import { createHash } from 'node:crypto';
import { existsSync, rmSync, statSync } from 'node:fs';
import { generatorFingerprint, hashText } from './cache/fingerprint.js';
import { type PageCache, openPageCache, pageKey, rememberedPageKey } from './cache/page-cache.js';
import { openPageStamps } from './cache/page-stamps.js';
import { type CachedModules, type ModelCounts, type RunCache, openRunCache } from './cache/run-cache.js';
import { type CacheStore, openCacheStore } from './cache/store.js';
import { compareDiagnostics, compareText } from './diagnostics.js';
import { type GeneratedFile, type ModuleMemo, type PrintModules, filesFromPlan, printThreadCount, unprintedModules } from './emit/files-from-plan.js';
import { type EmitOptions, type PlanMemo, createPlanMemo, planModules } from './emit/module-plan.js';
import { type Templates, loadTemplates } from './emit/templates.js';
import type { ApiModel, Diagnostic, PageModel } from './model/types.js';
import type { Context } from './options.js';
import { startPrinting } from './print-helpers.js';
import { abandonSharedWork } from './threads/shared-work.js';
import { type InputPage, type ReadMemo, createReadMemo, pathIn, readInputPages } from './read/input-files.js';
import { workerCount } from './parse/worker-count.js';
import { resolveApi } from './resolve/index.js';
import { type ResolveMemo, createResolveMemo } from './resolve/memo.js';
import { type FileStamp, type StagedFiles, applyJournal, isFreshFolder, matchesStamp, startStaging, writeChangedFiles } from './write/changed-files.js';
import { assertSafeOutputFolder } from './write/output-folder.js';
import { lazily } from './lazy-member.js';

export interface GenerateResult {
  /** The model; a run that found its result in the cache reads it from there when first asked. */
  model: ApiModel;
  /** Resources and enums of the model, counted. */
  counts: ModelCounts;
  files: GeneratedFile[];
  /** Every diagnostic of the run, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** Number of pages read. */
  pageCount: number;
  /** What writing changed in the output folder, when the run wrote. */
  changes?: OutputChanges;
}

/** Files of the output folder a run wrote (new or changed) and removed (their types are gone). */
export interface OutputChanges {
  written: number;
  removed: number;
}

export type ParsePages = (pages: readonly InputPage[], workers: number) => PageModel[];

/**
 * What the pipeline asks its driver for (the parser: for how many pages of how many the run has, on how many
 * threads if the options say; the printer: for how many modules), and gets back.
 */
export type StageRequest = { need: 'parser'; pages: number; runPages: number; workers?: number } | { need: 'printer'; modules: number };
export type Stage = ParsePages | PrintModules;
export type Pipeline = Generator<StageRequest, GenerateResult, Stage>;

/** What a session keeps in memory between runs, besides its cache store. */
export interface SessionMemo {
  resolve: ResolveMemo;
  plan: PlanMemo;
  read: ReadMemo;
  /** Keys of the pages read, which are the same objects while unchanged. */
  pageKeys: WeakMap<InputPage, string>;
  /** Content hashes of the last run's files by text (the same strings while unchanged). */
  fileHashes: Map<string, string>;
  /** Whether a run has built the model (and so filled the memos). */
  built: boolean;
}

export function createSessionMemo(): SessionMemo {
  return { resolve: createResolveMemo(), plan: createPlanMemo(), read: createReadMemo(), pageKeys: new WeakMap(), fileHashes: new Map(), built: false };
}

/** Reads the input folder, generates, and writes when the context says so; uses the cache when it has a folder. */
export function* generateFolder(context: Context, sessionStore?: CacheStore, sessionMemo?: SessionMemo): Pipeline {
  const templates = loadTemplates(context.templates);
  const store = sessionStore ?? (context.cacheDir === undefined ? undefined : openCacheStore(context.cacheDir));
  const fingerprint = store === undefined ? '' : generatorFingerprint();
  const runs = store === undefined ? undefined : openRunCache(store, runIdentity(context), context.output, fingerprint);
  const pages = store === undefined ? undefined : openPageCache(store, context.input, fingerprint);
  const stamps = runs?.stamps() ?? {};
  const unchanged = new Set<string>();
  if (context.write && existsSync(context.output) && statSync(context.output).isDirectory()) applyJournal(context.output);
  const present = context.write
    ? assertSafeOutputFolder(context.output, context.input, firstLine(templates.banner), isStamped(context.output, stamps, unchanged))
    : [];
  const progress = context.onProgress ?? (() => {});
  // A session remembers the pages it read in memory; the command, in the cache.
  const pageStamps = sessionMemo === undefined && store !== undefined ? openPageStamps(store, context.input, fingerprint) : undefined;
  const input = readInputPages(context.input, context, sessionMemo?.read ?? pageStamps?.memo);
  const keyOf = sessionMemo !== undefined ? (page: InputPage) => rememberedPageKey(sessionMemo.pageKeys, page) : pageStamps?.keyOf ?? pageKey;
  const pageKeys = input.pages.map(keyOf);
  pageStamps?.save(input.pages);
  const runKey = hashText(fingerprint, JSON.stringify(input.diagnostics), ...runIdentity(context), ...templatesIdentity(templates), ...pageKeys);
  // A session's first run builds even when the cache holds the result: its memos are what make its later runs fast.
  const memosReady = sessionMemo === undefined || sessionMemo.built;
  const hashes = sessionMemo === undefined ? rememberedHashes({ fileHashes: new Map() }) : rememberedHashes(sessionMemo);
  const knownHashes = new WeakMap<GeneratedFile, string>();
  let result = runs === undefined || pages === undefined || !memosReady
    ? undefined
    : resultOfLastRun({ runs, pages, key: runKey, pageKeys, defaultNamespace: context.defaultNamespace, resolveMemo: sessionMemo?.resolve }, knownHashes);
  let staged: StagedFiles | undefined;
  let hashOfPath: (path: string) => string | undefined = () => undefined;
  if (result === undefined) {
    // A session holds its cache in memory: its files get their texts at once (a getter on each costs more there than it saves).
    const memo: CachedModules = runs === undefined ? uncachedModules() : { ...runs.modules(), readsOnDemand: sessionMemo === undefined };
    progress({ stage: 'parse', done: 0, total: input.pages.length });
    let models: PageModel[];
    let pageShards: string[] = [];
    let savePages = () => {};
    if (pages === undefined) models = yield* parseMissing(input.pages, [], context.workers);
    else {
      models = yield* parseMissing(input.pages, pages.lookUp(pageKeys), context.workers);
      savePages = () => void (pageShards = pages.save(pageKeys, models));
    }
    progress({ stage: 'resolve', done: input.pages.length, total: input.pages.length });
    // A fresh output folder is written beside it; the print threads write each file there as they print it.
    const staging = context.write && isFreshFolder(present) ? startStaging(context.output) : undefined;
    let built: Built;
    try {
      // The cache of pages is written while the print threads print.
      built = yield* build(models, context, templates, memo, input.diagnostics, sessionMemo, staging, savePages);
    } catch (error) {
      if (staging !== undefined) rmSync(staging, { recursive: true, force: true }); // nothing left beside the output
      throw error;
    }
    if (built.staged !== undefined) staged = built.staged;
    if (sessionMemo !== undefined) sessionMemo.built = true;
    result = built.result;
    // A module the last run printed has its hash in that run's record: its text is not read to hash it.
    const hashOfModule = (key: string) => memo.knownHash(key) ?? hashes(memo.get(key) ?? '');
    const keyByPath = new Map(built.keys);
    hashOfPath = (path) => {
      const key = keyByPath.get(path);
      return key === undefined ? undefined : hashOfModule(key);
    };
    if (runs !== undefined) {
      const files = built.keys.map(([path, key]): [string, string, string] => [path, key, hashOfModule(key)]);
      const run = { key: runKey, pageCount: result.pageCount, diagnostics: result.diagnostics, counts: result.counts, files, pageShards };
      runs.save(run, (key) => memo.get(key) ?? '');
    }
  }
  if (context.write) {
    progress({ stage: 'write', done: 0, total: result.files.length });
    const hashOf = (file: GeneratedFile) => knownHashes.get(file) ?? hashOfPath(file.path) ?? hashes(file.text);
    const written = writeChangedFiles(context.output, result.files, present, stamps, unchanged, hashOf, staged);
    runs?.saveStamps(written.stamps);
    result.changes = { written: written.written, removed: written.removed };
  }
  return result;
}

/** Generates from pages already in memory, touching no file but the templates. */
export function* generatePages(pages: readonly InputPage[], context: Context): Pipeline {
  // One thread unless asked: this is the reference path the threaded and cached runs are tested against.
  const oneThread = { ...context, workers: context.workers ?? 0 };
  const models = yield* parseMissing(pages, [], oneThread.workers);
  return (yield* build(models, oneThread, loadTemplates(context.templates), new Map(), [])).result;
}

function* parseMissing(
  pages: readonly InputPage[], cached: readonly (PageModel | undefined)[], workers?: number,
): Generator<StageRequest, PageModel[], Stage> {
  const missing = pages.filter((_, index) => cached[index] === undefined);
  if (missing.length === 0) return cached as PageModel[];
  const request = { need: 'parser', pages: missing.length, runPages: pages.length } as const;
  const parse = (yield workers === undefined ? request : { ...request, workers }) as ParsePages;
  const parsed = parse(missing, workerCount(missing.length, workers));
  let next = 0;
  return pages.map((_, index) => cached[index] ?? (parsed[next++] as PageModel));
}

interface Built {
  result: GenerateResult;
  /** [path, module key] of every file. */
  keys: [string, string][];
  /** The files printed into `staging`, when build was given one. */
  staged?: StagedFiles;
}

/** Resolves, plans and prints; `whilePrinting` is called once the print threads have their work (before this thread prints). */
function* build(
  models: PageModel[], context: Context, templates: Templates, memo: ModuleMemo, extra: readonly Diagnostic[], sessionMemo?: SessionMemo,
  staging?: string, whilePrinting?: () => void,
): Generator<StageRequest, Built, Stage> {
  const resolved = resolveApi(models, { defaultNamespace: context.defaultNamespace }, sessionMemo?.resolve);
  const options = emitOptions(context, templates);
  const plan = planModules(resolved, options, sessionMemo?.plan);
  const diagnostics = [...resolved.diagnostics, ...plan.diagnostics, ...extra].sort(compareDiagnostics);
  const model = { ...resolved, diagnostics };
  const unprinted = unprintedModules(plan.modules, memo);
  const threads = printThreadCount(unprinted.length, context.workers);
  // The print threads start at once; this thread joins them when it has done its part and loaded the printer.
  const started = threads > 1 ? startPrinting(unprinted, options, threads, staging) : undefined;
  let files: GeneratedFile[];
  try {
    whilePrinting?.();
    const print = unprinted.length === 0 ? undefined : ((yield { need: 'printer', modules: unprinted.length }) as PrintModules);
    files = filesFromPlan(plan.modules, options, memo, print, context.workers, staging, started);
  } catch (error) {
    if (started !== undefined) abandonSharedWork(started); // before the caller removes the staging folder they write into
    throw error;
  }
  const keys = plan.modules.map((module): [string, string] => [module.path, module.key]);
  const counts = { resources: model.resources.length, enums: model.enums.length };
  const result = { model, counts, files, diagnostics, pageCount: models.length };
  return staging === undefined ? { result, keys } : { result, keys, staged: { folder: staging, paths: new Set(unprinted.map((module) => module.path)) } };
}

/** Where the last run's result is, and what its model is resolved from. */
interface LastRun {
  runs: RunCache;
  pages: PageCache;
  key: string;
  pageKeys: readonly string[];
  defaultNamespace: string;
  /** A session's: its unchanged pages resolve from memory. */
  resolveMemo: ResolveMemo | undefined;
}

/**
 * The last run's result, when it had the same key and the page pack it names
 * is still there. Its file texts are read from the cache, and its model
 * resolved from the cached pages, when first asked for: a run that finds every
 * file as it wrote it needs neither (the file hashes, noted in `knownHashes`, say so).
 */
function resultOfLastRun({ runs, pages, key, pageKeys, defaultNamespace, resolveMemo }: LastRun, knownHashes: WeakMap<GeneratedFile, string>): GenerateResult | undefined {
  const run = runs.lastRun(key);
  if (run === undefined || !Array.isArray(run.pageShards) || !pages.holds(run.pageShards)) return undefined;
  const textOf = (moduleKey: string): string => {
    const text = runs.moduleText(moduleKey);
    if (text === undefined) throw new Error('graph-docs-typegen: the cache changed during the run; run again');
    return text;
  };
  const files = run.files.map(([path, moduleKey, hash]) => {
    const file = lazily({ path } as GeneratedFile, 'text', () => textOf(moduleKey));
    knownHashes.set(file, hash);
    return file;
  }).sort((a, b) => compareText(a.path, b.path));
  const result = { counts: run.counts, files, diagnostics: run.diagnostics, pageCount: run.pageCount } as Omit<GenerateResult, 'model'>;
  return lazily(result as GenerateResult, 'model', (): ApiModel => {
    const models = pages.lookUp(pageKeys);
    if (models.includes(undefined)) throw new Error('graph-docs-typegen: the cache changed during the run; run again');
    return { ...resolveApi(models as PageModel[], { defaultNamespace }, resolveMemo), diagnostics: run.diagnostics };
  });
}

function emitOptions(context: Context, templates: Templates): EmitOptions {
  const options: EmitOptions = {
    rootNamespace: context.rootNamespace, templates, openEnums: context.openEnums, lenientNulls: context.lenientNulls,
    readonly: context.readonly, guards: context.guards, writableSuffix: context.writableSuffix, layout: context.layout,
  };
  if (context.typePrefix !== undefined) options.typePrefix = context.typePrefix;
  return options;
}

/** A print memo with nothing printed before (a run without a cache). */
function uncachedModules(): CachedModules {
  const printed = new Map<string, string>();
  return { has: (key) => printed.has(key), get: (key) => printed.get(key), set: (key, text) => void printed.set(key, text), knownHash: () => undefined };
}

/** The options that shape the output, which with the input folder name a run. */
function runIdentity(context: Context): string[] {
  const { templates: _templates, ...shaping } = emitOptions(context, { banner: '', runtime: '' });
  return [context.input, context.output, context.defaultNamespace, JSON.stringify(shaping), JSON.stringify([context.include, context.exclude])];
}

function templatesIdentity(templates: Templates): string[] {
  return [templates.banner, templates.runtime];
}

/** A file is known to be the generator's when it is as the generator last wrote it (same size and time); noted in `unchanged`. */
function isStamped(output: string, stamps: Record<string, FileStamp>, unchanged: Set<string>): (file: string) => boolean {
  return (file) => {
    const stamp = stamps[file];
    const known = stamp !== undefined && matchesStamp(pathIn(output, file), stamp);
    if (known) unchanged.add(file);
    return known;
  };
}

/** Content hashes that remember the last run's: a Map keyed by a string it has seen finds it at once. */
function rememberedHashes(memo: Pick<SessionMemo, 'fileHashes'>): (text: string) => string {
  const previous = memo.fileHashes;
  memo.fileHashes = new Map();
  return (text) => {
    const hash = previous.get(text) ?? memo.fileHashes.get(text) ?? contentHash(text);
    memo.fileHashes.set(text, hash);
    return hash;
  };
}

function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
