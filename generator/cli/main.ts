// The command: flags and config -> options -> one run, a check, or a watch ->
// exit code. Exit codes:
//   0  success (warnings allowed, unless --strict or --max-warnings says otherwise)
//   1  an error-level diagnostic (the other pages are still generated), more
//      warnings than allowed, or --check found generated files that differ
//   2  bad usage: unknown flag, bad config, missing input folder, unsafe output folder
//   3  internal error (a bug: please report it with the page that caused it)
//   130 interrupted (Ctrl-C), after any write in progress completed
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { type Options, defaults } from '../options.js';
import { OutputFolderError } from '../write/output-folder.js';
import { loadConfig } from './config-file.js';
import { type CliFlags, UsageError, readFlags, usageText } from './flags.js';
import { type RunStreams, runOnce } from './run.js';

export async function main(argv: readonly string[], streams: RunStreams = process): Promise<number> {
  try {
    const flags = readFlags(argv);
    if (flags.help) {
      streams.stdout.write(`${usageText()}\n`);
      return 0;
    }
    const cwd = process.cwd();
    const config = loadConfig(cwd, flags.config);
    // Flags override the config file, which overrides the defaults.
    const options: Options = { ...config.options, ...flags.options };
    const input = resolve(cwd, options.input ?? defaults.input);
    if (!existsSync(input) || !statSync(input).isDirectory()) {
      throw new UsageError(`Input folder ${options.input ?? defaults.input} does not exist or is not a folder.`);
    }
    const outputLabel = displayPath(cwd, options.output ?? defaults.output);
    const run = { ...options, input, output: resolve(cwd, options.output ?? defaults.output) };
    if (!flags.watch) return await runOnce(run, flags, streams, outputLabel);
    // Watch mode holds a session, which loads remark and ts-morph up front; a single run loads them only when it must.
    const { runWatch } = await import('./watch.js');
    return await runWatch(run, flags, streams, { input: displayPath(cwd, input), output: outputLabel });
  } catch (error) {
    return failure(error, streams);
  }
}

function displayPath(cwd: string, path: string): string {
  const shown = relative(cwd, resolve(cwd, path));
  return shown === '' ? '.' : shown.startsWith('..') ? resolve(cwd, path) : shown;
}

function failure(error: unknown, streams: RunStreams): number {
  const known = error instanceof UsageError || error instanceof OutputFolderError || isParseArgsError(error);
  streams.stderr.write(`graph-docs-typegen: ${error instanceof Error ? error.message : String(error)}\n`);
  if (known) {
    streams.stderr.write('Run with --help for usage.\n');
    return 2;
  }
  if (error instanceof Error && error.stack) streams.stderr.write(`${error.stack}\n`);
  return 3;
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

export type { CliFlags };
