#!/usr/bin/env node
// The command: flags -> generate -> report -> exit code.
//   0  success (warnings allowed)
//   1  a page had an error-level diagnostic (the other pages are still
//      generated), or --check found generated files that differ from the docs
//   2  bad usage: unknown flag, missing input folder, unsafe output folder
//   3  internal error (a bug: please report it with the page that caused it)
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { formatDiagnostic } from './diagnostics.js';
import { generateAsync } from './generate-async.js';
import { defaults } from './options.js';
import { OutputFolderError, staleFiles } from './write/output-folder.js';

// Parsing allocates many short-lived objects: a larger young generation saves
// ~5% of a cold run's CPU in garbage collection (the parse workers get the same).
setFlagsFromString('--max-semi-space-size=32');

const usage = `Usage: graph-docs-typegen [INPUT_DIR] [options]

Reads API reference pages (Microsoft Graph docs conventions) from INPUT_DIR and
writes TypeScript interfaces, enumerations and type guards.

Arguments:
  INPUT_DIR                 folder of .md pages (default: ${defaults.input})

Options:
  -o, --out DIR             output folder, replaced as a whole (default: ${defaults.output})
      --check               write nothing; exit 1 and list the files that differ
                            when the output folder is not what the docs give
      --root-namespace NS   namespace whose types go in the output root
                            (default: ${defaults.rootNamespace})
      --templates DIR       folder with banner.ts / runtime.ts overriding the built-in templates
      --open-enums          enumerations also admit strings the docs do not list
                            ('a' | 'b' | (string & {})); default: closed unions
      --cache-dir DIR       cache folder, safe to delete
                            (default: node_modules/.cache/graph-docs-typegen)
      --no-cache            parse, resolve and print everything afresh
  -q, --quiet               print errors only
  -h, --help                show this help

Exit codes: 0 success, 1 error diagnostics or --check found differences,
2 bad usage, 3 internal error.`;

interface Flags {
  input: string;
  out: string;
  check: boolean;
  quiet: boolean;
  rootNamespace?: string;
  templates?: string;
  openEnums: boolean;
  cache: boolean;
  cacheDir?: string;
}

function readFlags(argv: string[]): Flags | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      check: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      'root-namespace': { type: 'string' },
      templates: { type: 'string' },
      'open-enums': { type: 'boolean' },
      'cache-dir': { type: 'string' },
      'no-cache': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length > 1) throw new UsageError(`Expected one input folder, got ${positionals.length}: ${positionals.join(' ')}`);
  const flags: Flags = {
    input: positionals[0] ?? defaults.input,
    out: values.out ?? defaults.output,
    check: values.check ?? false,
    quiet: values.quiet ?? false,
    openEnums: values['open-enums'] ?? false,
    cache: !(values['no-cache'] ?? false),
  };
  if (values['cache-dir'] !== undefined) flags.cacheDir = values['cache-dir'];
  if (values['root-namespace'] !== undefined) flags.rootNamespace = values['root-namespace'];
  if (values.templates !== undefined) flags.templates = values.templates;
  return flags;
}

class UsageError extends Error {}

async function run(argv: string[]): Promise<number> {
  const flags = readFlags(argv);
  if (flags === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (!existsSync(flags.input) || !statSync(flags.input).isDirectory()) {
    throw new UsageError(`Input folder ${flags.input} does not exist or is not a folder.`);
  }
  const started = performance.now();
  const result = await generateAsync({
    input: flags.input,
    output: flags.out,
    write: !flags.check,
    openEnums: flags.openEnums,
    cache: flags.cache,
    ...(flags.cacheDir === undefined ? {} : { cacheDir: flags.cacheDir }),
    ...(flags.rootNamespace === undefined ? {} : { rootNamespace: flags.rootNamespace }),
    ...(flags.templates === undefined ? {} : { templates: flags.templates }),
  });
  const shown = result.diagnostics.filter((d) => (flags.quiet ? d.severity === 'error' : d.severity !== 'info'));
  for (const d of shown) process.stderr.write(`${formatDiagnostic(d)}\n`);
  const count = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).length;
  const errors = count('error');
  if (flags.check) return reportCheck(flags.out, result.files, errors);
  if (!flags.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stdout.write(
      `${result.pageCount} pages -> ${result.model.resources.length} resources, ${result.model.enums.length} enumerations, ` +
        `${result.files.length} files in ${flags.out} (${seconds} s); ${errors} errors, ${count('warning')} warnings, ${count('info')} infos\n`,
    );
  }
  return errors > 0 ? 1 : 0;
}

function reportCheck(out: string, files: Parameters<typeof staleFiles>[1], errors: number): number {
  const stale = staleFiles(out, files);
  for (const file of stale) process.stdout.write(`differs: ${out}/${file}\n`);
  process.stdout.write(stale.length === 0 ? `${out} is up to date with the docs\n` : `${stale.length} files in ${out} differ from what the docs give; run the generator\n`);
  return stale.length > 0 || errors > 0 ? 1 : 0;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  const known = error instanceof UsageError || error instanceof OutputFolderError || isParseArgsError(error);
  process.stderr.write(`graph-docs-typegen: ${error instanceof Error ? error.message : String(error)}\n`);
  if (known) process.stderr.write('Run with --help for usage.\n');
  process.exitCode = known ? 2 : 3;
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
