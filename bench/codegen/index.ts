// The codegen benchmark: the beta corpus generated cold (empty cache, no
// output), warm (nothing changed) and after one page changed, each by the
// real command in a fresh process; one page changed in a long-lived session;
// the same at 2x and 4x the corpus; and in the same run the baseline, a plain
// single-threaded remark parse of every whole page, so every figure is also a
// ratio to it. Cases of one scale run round-robin, so a busy machine weighs on
// all of them alike. Then what the output costs a consumer's `tsc`.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureConsumers } from './consumer-cost.js';
import { copyCorpus } from './corpus-copies.js';
import { editedPage } from './edit.js';
import { type Figure, type Sample, figureOf, median, runMeasured } from './measure.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = resolve(projectRoot, '../shared/corpus/graph-docs-2021-07/beta/resources');
const changedPage = 'user.md';
const runs = Number(process.env['BENCH_RUNS'] ?? 5);
const scalingRuns = Number(process.env['BENCH_SCALING_RUNS'] ?? 3);
const tsx = import.meta.resolve('tsx');
const sessionEdits = Number(process.env['BENCH_SESSION_EDITS'] ?? 7);
const scalesToRun = (process.env['BENCH_SCALES'] ?? '1,2,4').split(',').map(Number);

interface ScaleFigures {
  scale: number;
  pages: number;
  baseline: Figure;
  cases: Figure[];
}

export function runCodegenBench(): Promise<void> {
  run();
  return Promise.resolve();
}

function run(): void {
  if (!existsSync(corpus)) {
    process.stdout.write(`skipped: ${corpus} is absent\n`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'graph-docs-typegen-bench-'));
  try {
    const scales: ScaleFigures[] = [];
    for (const scale of scalesToRun) {
      const input = join(work, `corpus-${scale}x`);
      copyCorpus(corpus, input, scale);
      scales.push(measureScale(input, join(work, `run-${scale}x`), scale, scale === 1 ? runs : scalingRuns, work));
      printScale(scales[scales.length - 1] as ScaleFigures);
    }
    printScaling(scales);
    // The consumers import the output of the first scale run (1x unless BENCH_SCALES leaves it out).
    const consumers = measureConsumers(projectRoot, work, join(work, `run-${scalesToRun[0] ?? 1}x`, 'out'), 3);
    printConsumers(consumers);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function measureScale(input: string, folder: string, scale: number, repetitions: number, work: string): ScaleFigures {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n'); // the output is ES modules
  const cli = (...extra: string[]) =>
    runMeasured(process.execPath, [join(projectRoot, 'dist/generator/cli.js'), input, '--out', 'out', '--cache-dir', 'cache', '-q', ...extra], folder);
  const page = join(input, changedPage);
  const original = readFileSync(page, 'utf8');
  const samples: Record<string, Sample[]> = { baseline: [], cold: [], warm: [], changed: [] };
  for (let run = 0; run < repetitions; run += 1) {
    // The last round's output and cache are moved aside, not deleted: on this machine's disk
    // (mounted with `discard`), creating files in the seconds after deleting thousands costs up
    // to 15 times the kernel time, which a cold run on a fresh clone never pays. The moved
    // folders go with the work folder at the end.
    moveAside(join(folder, 'cache'), work, `${scale}x-${run}-cache`);
    moveAside(join(folder, 'out'), work, `${scale}x-${run}-out`);
    samples['baseline']?.push(baseline(input));
    samples['cold']?.push(cli());
    samples['warm']?.push(cli());
    writeFileSync(page, editedPage(original, run));
    samples['changed']?.push(cli());
  }
  writeFileSync(page, original);
  cli(); // back to the unedited corpus, warm, for the session
  // The same number of edits at every scale: the first edits of a session are the slowest (its
  // code is not yet optimised), so medians of different counts would not compare.
  const session = sessionRuns(input, folder, sessionEdits);
  return {
    scale,
    pages: JSON.parse(samples['baseline']?.[0]?.stdout ?? '{}').pages as number,
    baseline: figureOf('plain remark parse, whole pages, 1 thread', samples['baseline'] ?? []),
    cases: [
      figureOf('cold: empty cache, no output (command)', samples['cold'] ?? []),
      figureOf('warm: nothing changed (command)', samples['warm'] ?? []),
      figureOf(`one page changed (command, fresh process)`, samples['changed'] ?? []),
      session,
    ],
  };
}

function moveAside(path: string, work: string, name: string): void {
  if (!existsSync(path)) return;
  mkdirSync(join(work, 'spent'), { recursive: true });
  renameSync(path, join(work, 'spent', name));
}

/** The baseline's own parse time (its process start and file reads are not counted), and its peak memory. */
function baseline(input: string): Sample {
  const sample = runMeasured(process.execPath, ['--import', tsx, join(projectRoot, 'bench/codegen/baseline-child.ts'), input], projectRoot);
  const { seconds, cpuSeconds } = JSON.parse(sample.stdout) as { seconds: number; cpuSeconds: number };
  return { ...sample, seconds, cpuSeconds };
}

function sessionRuns(input: string, folder: string, repetitions: number): Figure {
  const sample = runMeasured(process.execPath, ['--import', tsx, join(projectRoot, 'bench/codegen/session-child.ts'),
    projectRoot, input, join(folder, 'out'), join(folder, 'cache'), changedPage, String(repetitions)], projectRoot);
  const { seconds, cpuSeconds } = JSON.parse(sample.stdout) as { seconds: number[]; cpuSeconds: number[] };
  return { name: 'one page changed (long-lived session)', seconds: median(seconds), cpuSeconds: median(cpuSeconds), peakMiB: sample.peakMiB, runs: seconds.length };
}

function printScale({ scale, pages, baseline: base, cases }: ScaleFigures): void {
  const row = (figure: Figure) => `  ${figure.name.padEnd(46)} ${seconds(figure.seconds)} ${ratio(figure.seconds / base.seconds)}  ` +
    `${seconds(figure.cpuSeconds)} ${ratio(figure.cpuSeconds / base.cpuSeconds)}  ${figure.peakMiB.toFixed(0).padStart(5)} MiB  (median of ${figure.runs})\n`;
  process.stdout.write(`\n${`${scale}x corpus (${pages} pages)`.padEnd(48)} wall (median) ratio   CPU (median)  ratio  peak memory\n`);
  process.stdout.write(row(base));
  for (const figure of cases) process.stdout.write(row(figure));
}

const seconds = (value: number) => `${value.toFixed(3).padStart(8)} s`;
const ratio = (value: number) => `${value.toFixed(3).padStart(6)}x`;

function printScaling(scales: readonly ScaleFigures[]): void {
  const [one] = scales;
  if (one === undefined) return;
  process.stdout.write('\ncost per page relative to 1x (1.00 = linear)\n');
  for (const [index, name] of ['cold', 'warm', 'one page changed (command)', 'one page changed (session)'].entries()) {
    const perPage = (figures: ScaleFigures) => ((figures.cases[index]?.seconds ?? Number.NaN) / figures.pages);
    const cells = scales.map((figures) => `${figures.scale}x ${(perPage(figures) / perPage(one)).toFixed(2)}`);
    process.stdout.write(`  ${name.padEnd(28)} ${cells.join('   ')}\n`);
  }
}

function printConsumers(figures: readonly Figure[]): void {
  process.stdout.write('\nwhat the output costs a consumer: tsc --noEmit of one file\n');
  for (const figure of figures) {
    process.stdout.write(`  ${figure.name.padEnd(46)} ${figure.seconds.toFixed(2).padStart(6)} s  ${figure.peakMiB.toFixed(0).padStart(5)} MiB  (median of ${figure.runs})\n`);
  }
}
