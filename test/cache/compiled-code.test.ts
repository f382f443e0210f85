// ts-morph loaded with compiled code kept in the cache folder: the first load
// compiles (and keeps the code only when asked), the next takes the code back,
// damaged code is compiled again, and ts-morph prints the same either way.
// Each load runs in a fresh process: a loaded module stays loaded.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.js';

interface ChildLoad {
  loads: string[];
  printed: string;
}

function loadInFreshProcess(folder: string, keep: boolean): ChildLoad {
  const module = pathToFileURL(join(projectRoot, 'generator/cache/compiled-code.ts')).href;
  const script = [
    `const { loadPrinterCode } = await import(${JSON.stringify(module)});`,
    `const loads = loadPrinterCode(${JSON.stringify(folder)}, ${String(keep)});`,
    "const { StructureKind, printStructure } = await import('ts-morph');",
    "const printed = printStructure({ kind: StructureKind.Interface, name: 'User', isExported: true, properties: [{ name: 'id', type: 'string' }] });",
    'process.stdout.write(JSON.stringify({ loads, printed }));',
  ].join('\n');
  const result = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e', script], {
    cwd: projectRoot, encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the child failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as ChildLoad;
}

const printedUser = 'export interface User {\n    id: string;\n}';

describe('compiled code of ts-morph', () => {
  it('is kept when asked, taken back by the next load, and prints the same', () => {
    const folder = mkdtempSync(join(tmpdir(), 'typegen-code-'));
    const first = loadInFreshProcess(folder, true);
    expect(first).toEqual({ loads: ['compiled', 'compiled', 'compiled'], printed: printedUser });
    expect(readdirSync(folder).map((name) => name.replace(/\.[0-9a-f]{16}\.bin$/, '')).sort()).toEqual(['ts-morph', 'ts-morph-common', 'typescript']);
    expect(loadInFreshProcess(folder, false)).toEqual({ loads: ['from cache', 'from cache', 'from cache'], printed: printedUser });
  });

  it('is not kept unless asked', () => {
    const folder = mkdtempSync(join(tmpdir(), 'typegen-code-'));
    expect(loadInFreshProcess(folder, false).loads).toEqual(['compiled', 'compiled', 'compiled']);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('compiles again where the kept code is damaged, and keeps the new code', () => {
    const folder = mkdtempSync(join(tmpdir(), 'typegen-code-'));
    loadInFreshProcess(folder, true);
    const damaged = readdirSync(folder).find((name) => name.startsWith('typescript.')) as string;
    writeFileSync(join(folder, damaged), 'not code');
    expect(loadInFreshProcess(folder, true)).toEqual({ loads: ['compiled', 'from cache', 'from cache'], printed: printedUser });
    expect(loadInFreshProcess(folder, false).loads).toEqual(['from cache', 'from cache', 'from cache']);
  });
});
