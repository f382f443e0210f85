// The command imports remark and ts-morph (the TypeScript compiler, ~0.5 s to
// load) only when a stage has work for them: no static import chain may lead
// from the command's entry to them. A warm run depends on it.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.js';

const heavy = ['ts-morph', 'typescript', 'unified', 'remark-parse', 'remark-gfm', 'chokidar'];

/** Every module reachable from `entry` through static imports and re-exports, with the chain that reaches it. */
function staticImports(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const visit = (file: string, chain: string[]) => {
    if (reached.has(file)) return;
    reached.set(file, chain);
    const source = readFileSync(file, 'utf8');
    // `import type` and `export type` vanish from the compiled code; dynamic `import()` is lazy.
    for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)';/gm)) {
      const specifier = match[1] as string;
      const next = [...chain, file.slice(projectRoot.length + 1)];
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')), next);
      else if (!reached.has(specifier)) reached.set(specifier, next);
    }
  };
  visit(entry, []);
  return reached;
}

describe('the command', () => {
  it('reaches no parser, printer or watcher through static imports', () => {
    const reached = staticImports(resolve(projectRoot, 'generator/cli.ts'));
    expect(reached.size).toBeGreaterThan(20);
    const found = heavy.filter((name) => reached.has(name)).map((name) => `${name} via ${reached.get(name)?.join(' -> ')}`);
    expect(found).toEqual([]);
  });
});
