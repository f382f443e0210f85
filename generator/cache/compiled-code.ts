// ts-morph carries the TypeScript compiler, 9 MB of JavaScript: loading it
// costs ~0.45 s, half of it V8 compiling. V8 hands out what it compiled as
// bytes and takes them back for the same source, so a run that prints a few
// modules after an edit loads ts-morph ~0.1 s faster with the bytes an earlier
// run kept in the cache folder. (Node 22 keeps compiled code for every module,
// `module.enableCompileCache`; Node 20 does not.) The three files are loaded
// here, in the order they require each other, before ts-morph is imported.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

const require = createRequire(import.meta.url);

/** What loading a file came to. */
export type CodeLoad = 'from cache' | 'compiled' | 'loaded before';

/**
 * Loads ts-morph's CommonJS files with the compiled code kept in `folder`; when
 * `keep`, writes what was compiled afresh (~60 ms: a run that prints thousands of
 * modules leaves it to the small runs that come after). Gives how each file loaded;
 * none when ts-morph is laid out otherwise than this expects (it then loads as usual).
 */
export function loadPrinterCode(folder: string, keep: boolean): CodeLoad[] {
  let files: string[];
  try {
    files = printerFiles();
  } catch {
    return [];
  }
  return files.map((file) => loadFile(file, folder, keep));
}

/** The compiler, ts-morph's common part and ts-morph, each required by the next. */
function printerFiles(): string[] {
  const tsMorph = require.resolve('ts-morph');
  const common = createRequire(tsMorph).resolve('@ts-morph/common');
  const typescript = createRequire(common).resolve('./typescript');
  return [typescript, common, tsMorph];
}

function loadFile(file: string, folder: string, keep: boolean): CodeLoad {
  if (require.cache[file] !== undefined) return 'loaded before';
  const source = readFileSync(file, 'utf8');
  const codeFile = join(folder, `${basename(file, '.js')}.${codeKey(file)}.bin`);
  const cachedData = readIfPresent(codeFile);
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const module = new Module(file);
  module.filename = file;
  require.cache[file] = module;
  try {
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
    module.loaded = true;
  } catch (error) {
    delete require.cache[file];
    throw error;
  }
  const reused = cachedData !== undefined && script.cachedDataRejected !== true;
  if (!reused && keep) writeCode(codeFile, script.createCachedData());
  return reused ? 'from cache' : 'compiled';
}

/** The file by path, size and time, and the Node version and platform that compile it: V8 checks little more than the length. */
function codeKey(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return createHash('sha1').update(`${file}\0${size}\0${mtimeMs}\0${process.version}\0${process.arch}`).digest('hex').slice(0, 16);
}

function readIfPresent(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Writes atomically, and removes the same file's code for other versions; a failure only costs the next run the compiling. */
function writeCode(path: string, code: Buffer): void {
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const prefix = `${basename(path).replace(/\.[0-9a-f]+\.bin$/, '')}.`;
    for (const name of readdirSync(dirname(path))) {
      if (name.startsWith(prefix) && name !== basename(path)) rmSync(join(dirname(path), name), { force: true });
    }
    writeFileSync(temporary, code);
    renameSync(temporary, path);
  } catch {
    rmSync(temporary, { force: true });
  }
}
