// Runs one measured case in a child process and reads its wall time and peak
// memory (maximum resident set size, all threads) with /usr/bin/time.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Sample {
  seconds: number;
  /** User + system CPU seconds of the child and its threads. */
  cpuSeconds: number;
  /** Peak resident memory in MiB. */
  peakMiB: number;
  stdout: string;
}

const timeTool = '/usr/bin/time';

export function runMeasured(command: string, args: readonly string[], cwd: string): Sample {
  const started = performance.now();
  const wrapped = existsSync(timeTool) ? [timeTool, ['-f', 'peak-kb %M cpu %U %S', command, ...args]] as const : [command, args] as const;
  const result = spawnSync(wrapped[0], wrapped[1], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  }
  const usage = /peak-kb (\d+) cpu ([\d.]+) ([\d.]+)/.exec(result.stderr);
  return {
    seconds,
    cpuSeconds: usage === null ? Number.NaN : Number(usage[2]) + Number(usage[3]),
    peakMiB: usage?.[1] === undefined ? Number.NaN : Number(usage[1]) / 1024,
    stdout: result.stdout,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface Figure {
  name: string;
  seconds: number;
  cpuSeconds: number;
  peakMiB: number;
  runs: number;
}

export function figureOf(name: string, samples: readonly Omit<Sample, 'stdout'>[]): Figure {
  return {
    name,
    seconds: median(samples.map((s) => s.seconds)),
    cpuSeconds: median(samples.map((s) => s.cpuSeconds)),
    peakMiB: Math.max(...samples.map((s) => s.peakMiB)),
    runs: samples.length,
  };
}
