// Cache packs are written in pieces, never as one string of their whole size;
// the file must hold exactly what JSON.stringify would have written.
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJsonInPieces } from '../../generator/cache/store.js';

const folder = mkdtempSync(join(tmpdir(), 'typegen-store-'));

function written(value: unknown): string {
  const path = join(folder, 'value.json');
  const file = openSync(path, 'w');
  writeJsonInPieces(file, value);
  closeSync(file);
  return readFileSync(path, 'utf8');
}

describe('writing a pack in pieces', () => {
  it('writes what JSON.stringify writes, for any JSON value and objects with undefined members', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), fc.array(tie('node')), fc.dictionary(fc.string(), fc.oneof(tie('node'), fc.constant(undefined)))),
    })).node;
    fc.assert(fc.property(value, (item) => {
      expect(written(item)).toBe(JSON.stringify(item));
    }), { numRuns: 500 });
  });

  it('writes a pack larger than one piece whole', () => {
    const pack = { fingerprint: 'f', modules: Object.fromEntries(Array.from({ length: 3000 }, (_, index) => [`key${index}`, `text ${'x'.repeat(1000)} ${index}\n"é"`])) };
    expect(written(pack)).toBe(JSON.stringify(pack));
  });
});
