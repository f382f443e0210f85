import { describe, expect, it } from 'vitest';
import { progressBar } from '../../generator/cli/progress.js';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { written: string } {
  const stream = { isTTY, columns: 80, written: '', write(text: string) { stream.written += text; return true; } };
  return stream as unknown as NodeJS.WriteStream & { written: string };
}

describe('progress bar', () => {
  it('draws on a terminal and clears its line at the end', () => {
    const saved = process.env['CI'];
    delete process.env['CI'];
    try {
      const stream = fakeStream(true);
      const bar = progressBar(stream, true);
      bar.update({ stage: 'parse', done: 10, total: 20 });
      bar.clear();
      expect(stream.written).toBe(`\rparse    [${'#'.repeat(15)}${'.'.repeat(15)}] 10/20\r\u001b[2K`);
    } finally {
      if (saved !== undefined) process.env['CI'] = saved;
    }
  });

  it.each([
    ['output is not a terminal', false, undefined],
    ['CI is set', true, 'true'],
  ])('stays silent when %s', (_name, isTTY, ci) => {
    const saved = process.env['CI'];
    if (ci === undefined) delete process.env['CI'];
    else process.env['CI'] = ci;
    try {
      const stream = fakeStream(isTTY);
      const bar = progressBar(stream, true);
      bar.update({ stage: 'parse', done: 1, total: 2 });
      bar.clear();
      expect(stream.written).toBe('');
    } finally {
      if (saved === undefined) delete process.env['CI'];
      else process.env['CI'] = saved;
    }
  });
});
