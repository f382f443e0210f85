// Every flag of the command, declared once: parsing, `--help` and the README
// table all come from this list.
import { parseArgs } from 'node:util';
import type { Options } from '../options.js';
import { defaults } from '../options.js';

export class UsageError extends Error {}

export type OutputFormat = 'text' | 'json';

/** What the command line asked for: generation options plus how to run and report. */
export interface CliFlags {
  options: Options;
  check: boolean;
  watch: boolean;
  format: OutputFormat;
  quiet: boolean;
  verbose: boolean;
  strict: boolean;
  maxWarnings?: number;
  config?: string;
  help: boolean;
}

interface FlagSpec {
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  value?: string;
  description: string;
  defaultText?: string;
}

export const flagSpecs: readonly FlagSpec[] = [
  { name: 'out', short: 'o', type: 'string', value: 'DIR', description: 'output folder, replaced as a whole', defaultText: defaults.output },
  { name: 'watch', short: 'w', type: 'boolean', description: 'regenerate whenever a page in the input folder changes' },
  { name: 'check', type: 'boolean', description: 'write nothing; exit 1 and list the files that differ from what the docs give' },
  { name: 'config', short: 'c', type: 'string', value: 'FILE', description: 'config file', defaultText: 'graph-docs-typegen.config.json, or the "graph-docs-typegen" key of package.json' },
  { name: 'include', type: 'string', multiple: true, value: 'GLOB', description: 'read only pages matching GLOB (relative to the input; repeatable)', defaultText: '**/*.md' },
  { name: 'exclude', type: 'string', multiple: true, value: 'GLOB', description: 'leave out pages matching GLOB (repeatable)' },
  { name: 'root-namespace', type: 'string', value: 'NS', description: 'namespace whose types go in the output root', defaultText: defaults.rootNamespace },
  { name: 'open-enums', type: 'boolean', description: "enumerations also admit strings the docs do not list ('a' | 'b' | (string & {}))", defaultText: 'closed' },
  { name: 'layout', type: 'string', value: 'type|namespace|single', description: 'one module per type, per namespace, or one file', defaultText: 'type' },
  { name: 'type-prefix', type: 'string', value: 'NAME', description: 'put NAME before every type name (Graph: GraphUser, isGraphUser)' },
  { name: 'lenient-nulls', type: 'boolean', description: 'every property admits null, in its type and its guard', defaultText: 'null only where the docs say Nullable' },
  { name: 'templates', type: 'string', value: 'DIR', description: 'folder whose banner.ts / runtime.ts replace the built-in templates' },
  { name: 'cache-dir', type: 'string', value: 'DIR', description: 'cache of parsed pages and printed modules; safe to delete', defaultText: 'node_modules/.cache/graph-docs-typegen' },
  { name: 'no-cache', type: 'boolean', description: 'parse, resolve and print everything afresh' },
  { name: 'format', type: 'string', value: 'text|json', description: 'how to print diagnostics and the summary', defaultText: 'text' },
  { name: 'max-warnings', type: 'string', value: 'N', description: 'exit 1 when there are more than N warnings' },
  { name: 'strict', type: 'boolean', description: 'exit 1 on any warning' },
  { name: 'quiet', short: 'q', type: 'boolean', description: 'print errors only' },
  { name: 'verbose', short: 'v', type: 'boolean', description: 'print infos too (skipped pages, JSON-only properties, ...)' },
  { name: 'help', short: 'h', type: 'boolean', description: 'show this help' },
];

export function readFlags(argv: readonly string[]): CliFlags & { input?: string } {
  const parseOptions = Object.fromEntries(flagSpecs.map((spec) => [spec.name, {
    type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}),
  }]));
  const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: parseOptions });
  if (positionals.length > 1) throw new UsageError(`Expected one input folder, got ${positionals.length}: ${positionals.join(' ')}`);
  const text = (name: string) => values[name] as string | undefined;
  const list = (name: string) => values[name] as string[] | undefined;
  const flag = (name: string) => values[name] === true;
  const options: Options = {};
  if (positionals[0] !== undefined) options.input = positionals[0];
  assign(options, 'output', text('out'));
  assign(options, 'include', list('include'));
  assign(options, 'exclude', list('exclude'));
  assign(options, 'rootNamespace', text('root-namespace'));
  assign(options, 'templates', text('templates'));
  assign(options, 'typePrefix', text('type-prefix'));
  const layout = text('layout');
  if (layout !== undefined) options.layout = layoutOf(layout);
  assign(options, 'cacheDir', text('cache-dir'));
  if (flag('no-cache')) options.cache = false;
  if (flag('open-enums')) options.openEnums = true;
  if (flag('lenient-nulls')) options.lenientNulls = true;
  const flags: CliFlags = {
    options, check: flag('check'), watch: flag('watch'), format: outputFormat(text('format')),
    quiet: flag('quiet'), verbose: flag('verbose'), strict: flag('strict'), help: flag('help'),
  };
  const maxWarnings = text('max-warnings');
  if (maxWarnings !== undefined) flags.maxWarnings = warningLimit(maxWarnings);
  assign(flags, 'config', text('config'));
  if (flags.check && flags.watch) throw new UsageError('--check and --watch cannot be combined.');
  return flags;
}

function assign<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function layoutOf(value: string): NonNullable<Options['layout']> {
  if (value === 'type' || value === 'namespace' || value === 'single') return value;
  throw new UsageError(`--layout must be type, namespace or single, not "${value}".`);
}

function outputFormat(value: string | undefined): OutputFormat {
  if (value === undefined || value === 'text' || value === 'json') return value ?? 'text';
  throw new UsageError(`--format must be text or json, not "${value}".`);
}

function warningLimit(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not "${value}".`);
  return Number(value);
}

export function usageText(): string {
  const rows = flagSpecs.map((spec) => {
    const name = `${spec.short ? `-${spec.short}, ` : '    '}--${spec.name}${spec.value ? ` ${spec.value}` : ''}`;
    const description = spec.defaultText ? `${spec.description} (default: ${spec.defaultText})` : spec.description;
    return `  ${name.padEnd(28)}${description}`;
  });
  return [
    'Usage: graph-docs-typegen [INPUT_DIR] [options]',
    '',
    'Reads API reference pages (Microsoft Graph docs conventions) from INPUT_DIR and',
    'writes TypeScript interfaces, enumerations and type guards.',
    '',
    'Arguments:',
    `  ${'INPUT_DIR'.padEnd(28)}folder of .md pages (default: ${defaults.input})`,
    '',
    'Options (flags override the config file, which overrides the defaults):',
    ...rows,
    '',
    'Exit codes: 0 success, 1 error diagnostics, too many warnings, or --check found',
    'differences, 2 bad usage or config, 3 internal error.',
  ].join('\n');
}
