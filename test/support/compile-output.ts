// Generated TypeScript as runnable JavaScript: every file transpiled on its own
// (as isolatedModules allows) into a temporary ESM folder, for tests and the
// benchmark to import the guards they check.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export interface CompiledOutput {
  folder: string;
  /** Imports one module of the output by its path without extension (`RecordOperation`, `callRecords/Endpoint`). */
  load: (modulePath: string) => Promise<Record<string, unknown>>;
}

export function compileOutput(files: readonly { path: string; text: string }[], label = 'output'): CompiledOutput {
  const folder = mkdtempSync(join(tmpdir(), `typegen-${label}-`));
  writeFileSync(join(folder, 'package.json'), '{"type":"module"}');
  for (const file of files) {
    const target = join(folder, file.path.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(target), { recursive: true });
    const { outputText } = ts.transpileModule(file.text, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    });
    writeFileSync(target, outputText);
  }
  const load = async (modulePath: string) => (await import(pathToFileURL(join(folder, `${modulePath}.js`)).href)) as Record<string, unknown>;
  return { folder, load };
}
