// Cache packs are written in pieces, never as one string of their whole size;
// the file must hold exactly what JSON.stringify would have written, with
// every character beyond ASCII escaped, and read back as the same value.
import { isAscii } from 'node:buffer';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeBeyondAscii, openCacheStore, writeJsonInPieces } from '../../generator/cache/store.js';

const folder = mkdtempSync(join(tmpdir(), 'typegen-store-'));

function written(value: unknown): string {
  const path = join(folder, 'value.json');
  const file = openSync(path, 'w');
  writeJsonInPieces(file, value);
  closeSync(file);
  const bytes = readFileSync(path);
  expect(isAscii(bytes)).toBe(true);
  return bytes.toString('latin1');
}

/** Any text: every code point, lone surrogates too. */
const anyText = fc.string({ unit: 'binary' });

describe('writing a pack in pieces', () => {
  it('writes what JSON.stringify writes in ASCII, for any JSON value and objects with undefined members, and reads back the same value', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), anyText, fc.array(tie('node')),
        fc.dictionary(anyText, fc.oneof(tie('node'), fc.constant(undefined)))),
    })).node;
    fc.assert(fc.property(value, (item) => {
      const text = written(item);
      expect(text).toBe(escapeBeyondAscii(JSON.stringify(item)));
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(item)));
    }), { numRuns: 500 });
  });

  it('writes a pack larger than one piece whole', () => {
    const pack = { fingerprint: 'f', modules: Object.fromEntries(Array.from({ length: 3000 }, (_, index) => [`key${index}`, `text ${'x'.repeat(1000)} ${index}\n"é" \u{1F600} \u00a0`])) };
    const text = written(pack);
    expect(text).toContain('\\u00e9');
    expect(JSON.parse(text)).toEqual(pack);
  });
});

describe('the cache store', () => {
  it('reads back what it wrote, characters beyond ASCII included', () => {
    const store = openCacheStore(mkdtempSync(join(tmpdir(), 'typegen-store-')));
    const value = { text: 'caf\u00e9 \u201cquoted\u201d \u{1F600} \ud800 end', list: ['\u00a0', 'plain'] };
    store.write('pack.json', value);
    expect(isAscii(readFileSync(join(store.folder, 'pack.json')))).toBe(true);
    expect(store.read('pack.json')).toEqual(value);
  });

  it('reads a UTF-8 file that holds characters beyond ASCII as UTF-8', () => {
    const store = openCacheStore(mkdtempSync(join(tmpdir(), 'typegen-store-')));
    store.write('pack.json', {});
    writeFileSync(join(store.folder, 'pack.json'), JSON.stringify({ text: 'caf\u00e9 \u201cquoted\u201d' }), 'utf8');
    expect(store.read('pack.json')).toEqual({ text: 'caf\u00e9 \u201cquoted\u201d' });
  });
});
