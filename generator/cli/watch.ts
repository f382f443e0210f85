// `--watch`: regenerate whenever a page changes, print what was written and
// the diagnostics, and keep going whatever a half-saved page holds.
import { relative } from 'node:path';
import { type FSWatcher, watch } from 'chokidar';
import { defaults, type Options } from '../options.js';
import type { CliFlags } from './flags.js';
import { createSession } from '../session.js';
import { type RunStreams, finish } from './run.js';

/** How long to wait after the last change before regenerating, so a burst of saves is one run. */
const settleMilliseconds = 120;

export function runWatch(options: Options, flags: CliFlags, streams: RunStreams, labels: { input: string; output: string }): Promise<number> {
  const input = options.input ?? defaults.input;
  // A session keeps parsed pages and printed modules in memory: a save costs
  // one page's parse and the modules it changes.
  const session = createSession({ ...options, write: true });
  const regenerate = (why: string): void => {
    if (why !== '') streams.stdout.write(`\n${why}\n`);
    try {
      const started = performance.now();
      finish(session.run(), options, flags, streams, labels.output, started);
    } catch (error) {
      // A failed run (an unsafe output folder, a bug) must not end the watch.
      streams.stderr.write(`graph-docs-typegen: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  };
  regenerate('');
  const watcher = watch(input, {
    ignoreInitial: true,
    // Wait until a save is complete: editors write files in several steps.
    awaitWriteFinish: { stabilityThreshold: 60, pollInterval: 20 },
  });
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  watcher.on('all', (event, path) => {
    if (!path.toLowerCase().endsWith('.md')) return;
    changed.add(`${event} ${relative(input, path)}`);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const why = `changes: ${[...changed].sort().join(', ')}`;
      changed.clear();
      regenerate(why);
    }, settleMilliseconds);
  });
  watcher.on('ready', () => streams.stdout.write(`watching ${labels.input} for changes (Ctrl-C to stop)\n`));
  return untilStopped(watcher, () => clearTimeout(timer));
}

function untilStopped(watcher: FSWatcher, cleanUp: () => void): Promise<number> {
  return new Promise((resolve) => {
    const stop = () => {
      cleanUp();
      void watcher.close().then(() => resolve(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
