// One run of the command: generate (or check), report, and decide the exit code.
import { generateAsync } from '../generate-async.js';
import type { GenerateResult } from '../pipeline.js';
import { type Options, defaults } from '../options.js';
import { staleFiles } from '../write/output-folder.js';
import type { CliFlags } from './flags.js';
import { progressBar } from './progress.js';
import { type Report, countSeverity, diagnosticsText, reportJson, summaryText } from './report.js';

export interface RunStreams {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** Generates once (or checks), loading the parser and printer only when the cache lacks something. */
export async function runOnce(options: Options, flags: CliFlags, streams: RunStreams, outputLabel: string): Promise<number> {
  const started = performance.now();
  const bar = progressBar(streams.stderr, flags.format === 'text' && !flags.quiet);
  // A handled Ctrl-C runs only between synchronous steps, and writing the
  // output is one: the folder is never left half-written.
  const onInterrupt = () => {
    bar.clear();
    streams.stderr.write('graph-docs-typegen: interrupted\n');
    process.exit(130);
  };
  process.on('SIGINT', onInterrupt);
  let result: GenerateResult;
  try {
    result = await generateAsync({ ...options, write: !flags.check, onProgress: bar.update });
  } finally {
    process.off('SIGINT', onInterrupt);
    bar.clear();
  }
  return finish(result, options, flags, streams, outputLabel, started);
}

/** Reports a run and gives its exit code. */
export function finish(
  result: GenerateResult, options: Options, flags: CliFlags, streams: RunStreams, outputLabel: string, started: number,
): number {
  const differs = flags.check ? staleFiles(options.output ?? defaults.output, result.files) : undefined;
  const report = buildReport(result, flags, outputLabel, (performance.now() - started) / 1000, differs);
  printReport(report, flags, streams);
  return report.exitCode;
}

export function buildReport(
  result: GenerateResult, flags: CliFlags, output: string, seconds: number, differs: string[] | undefined,
): Report {
  const { diagnostics } = result;
  const summary = {
    pages: result.pageCount, resources: result.counts.resources, enums: result.counts.enums,
    files: result.files.length, written: result.changes?.written ?? 0, removed: result.changes?.removed ?? 0,
    output, seconds,
    errors: countSeverity(diagnostics, 'error'), warnings: countSeverity(diagnostics, 'warning'), infos: countSeverity(diagnostics, 'info'),
  };
  const report: Report = { diagnostics, summary, exitCode: 0 };
  if (differs !== undefined) report.differs = differs;
  report.exitCode = exitCode(report, flags);
  return report;
}

/** 1 for errors, for warnings beyond what --strict / --max-warnings allow, or for --check differences. */
export function exitCode(report: Report, flags: Pick<CliFlags, 'strict' | 'maxWarnings'>): number {
  const { errors, warnings } = report.summary;
  if (errors > 0) return 1;
  if (flags.strict && warnings > 0) return 1;
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) return 1;
  return (report.differs?.length ?? 0) > 0 ? 1 : 0;
}

export function printReport(report: Report, flags: CliFlags, streams: RunStreams): void {
  if (flags.format === 'json') {
    streams.stdout.write(reportJson(report));
    return;
  }
  streams.stderr.write(diagnosticsText(report.diagnostics, (severity) =>
    severity === 'error' || (!flags.quiet && (severity === 'warning' || flags.verbose))));
  if (report.differs !== undefined) {
    for (const file of report.differs) streams.stdout.write(`differs: ${report.summary.output}/${file}\n`);
    streams.stdout.write(report.differs.length === 0
      ? `${report.summary.output} is up to date with the docs\n`
      : `${report.differs.length} files in ${report.summary.output} differ from what the docs give; run the generator\n`);
    return;
  }
  if (!flags.quiet) streams.stdout.write(summaryText(report.summary));
  const limit = flags.strict ? 0 : flags.maxWarnings;
  if (limit !== undefined && report.summary.warnings > limit && report.summary.errors === 0) {
    streams.stderr.write(`graph-docs-typegen: ${report.summary.warnings} warnings, more than the ${limit} allowed\n`);
  }
}
