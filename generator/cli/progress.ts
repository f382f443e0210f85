// A progress bar on a terminal; nothing at all when output goes to a file, a
// pipe or a CI log, which get the plain summary line only.
import type { Progress } from '../options.js';

export interface ProgressBar {
  update: (progress: Progress) => void;
  clear: () => void;
}

const silent: ProgressBar = { update: () => {}, clear: () => {} };

export function progressBar(stream: NodeJS.WriteStream, enabled: boolean): ProgressBar {
  if (!enabled || !stream.isTTY || isCi()) return silent;
  let lastDraw = 0;
  let drawn = false;
  return {
    update(progress) {
      const now = Date.now();
      if (now - lastDraw < 80 && progress.done < progress.total) return;
      lastDraw = now;
      drawn = true;
      stream.write(`\r${barLine(progress, Math.min(30, (stream.columns ?? 80) - 40))}`);
    },
    clear() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}

function barLine(progress: Progress, width: number): string {
  const fraction = progress.total === 0 ? 1 : progress.done / progress.total;
  const filled = Math.round(fraction * Math.max(width, 10));
  const bar = `${'#'.repeat(filled)}${'.'.repeat(Math.max(width, 10) - filled)}`;
  return `${progress.stage.padEnd(8)} [${bar}] ${progress.done}/${progress.total}`;
}

export function isCi(): boolean {
  return process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false';
}
