// The config file: what users set every time. `graph-docs-typegen.config.json`
// in the working folder, or the `graph-docs-typegen` key of its package.json,
// or the file `--config` names. Paths in it are relative to the file's folder.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Options } from '../options.js';
import { UsageError } from './flags.js';

export const configFileName = 'graph-docs-typegen.config.json';
export const packageKey = 'graph-docs-typegen';

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === 'string' && value !== '';
const isBoolean: Check = (value) => typeof value === 'boolean';
const isStringList: Check = (value) => Array.isArray(value) && value.every(isString);

/** Every key a config may hold, with the check its value must pass and what it expects. */
const configKeys: Record<string, { check: Check; expects: string; path?: boolean }> = {
  input: { check: isString, expects: 'a folder path', path: true },
  output: { check: isString, expects: 'a folder path', path: true },
  include: { check: isStringList, expects: 'a list of globs' },
  exclude: { check: isStringList, expects: 'a list of globs' },
  rootNamespace: { check: isString, expects: 'a namespace' },
  defaultNamespace: { check: isString, expects: 'a namespace' },
  openEnums: { check: isBoolean, expects: 'true or false' },
  lenientNulls: { check: isBoolean, expects: 'true or false' },
  readonly: { check: isBoolean, expects: 'true or false' },
  guards: { check: isBoolean, expects: 'true or false' },
  writableSuffix: { check: isString, expects: 'a name suffix' },
  layout: { check: (value) => value === 'type' || value === 'namespace' || value === 'single', expects: '"type", "namespace" or "single"' },
  typePrefix: { check: (value) => typeof value === 'string' && /^[A-Za-z_$][\w$]*$/.test(value), expects: 'an identifier' },
  templates: { check: isString, expects: 'a folder path', path: true },
};

export interface LoadedConfig {
  /** Where the settings came from, for messages; undefined when there is no config. */
  source?: string;
  options: Options;
}

export function loadConfig(cwd: string, explicitPath?: string): LoadedConfig {
  if (explicitPath !== undefined) {
    const path = resolve(cwd, explicitPath);
    if (!existsSync(path)) throw new UsageError(`Config file ${explicitPath} does not exist.`);
    return { source: path, options: validate(readJson(path), path) };
  }
  const configPath = join(cwd, configFileName);
  if (existsSync(configPath)) return { source: configPath, options: validate(readJson(configPath), configPath) };
  const packagePath = join(cwd, 'package.json');
  if (existsSync(packagePath)) {
    const settings = readJson(packagePath);
    if (isRecord(settings) && settings[packageKey] !== undefined) {
      const source = `${packagePath} ("${packageKey}")`;
      return { source, options: validate(settings[packageKey], source, packagePath) };
    }
  }
  return { options: {} };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`Config file ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function validate(settings: unknown, source: string, file = source): Options {
  if (!isRecord(settings)) throw new UsageError(`${source}: the settings must be a JSON object.`);
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    const spec = configKeys[key];
    if (spec === undefined) {
      throw new UsageError(`${source}: unknown setting "${key}"${suggestion(key)}. Known settings: ${Object.keys(configKeys).join(', ')}.`);
    }
    if (!spec.check(value)) throw new UsageError(`${source}: "${key}" must be ${spec.expects}, not ${JSON.stringify(value)}.`);
    options[key] = spec.path === true ? resolve(dirname(file), value as string) : value;
  }
  return options as Options;
}

function suggestion(key: string): string {
  const close = Object.keys(configKeys).find((known) => known.toLowerCase() === key.toLowerCase() || editDistance(known, key) <= 2);
  return close === undefined ? '' : ` (did you mean "${close}"?)`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
