// Type-checks generated files with the TypeScript compiler API, the way a
// user's strict ESM project would, and returns `file:line:column message` lines.
import { join } from 'node:path';
import ts from 'typescript';

export const userCompilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  noEmit: true,
  types: [],
};

/** The standard library's declaration files, parsed once per test process. */
const libraryFiles = new Map<string, ts.SourceFile | undefined>();

/** Type-checks in-memory files (path -> text) placed under a virtual ESM package. */
export function typeCheckFiles(files: ReadonlyMap<string, string>, options: ts.CompilerOptions = userCompilerOptions): string[] {
  const root = '/virtual-package';
  const byPath = new Map([...files].map(([path, text]) => [join(root, path), text]));
  byPath.set(join(root, 'package.json'), '{"type":"module"}');
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (path) => byPath.get(path) ?? readFile(path);
  host.fileExists = (path) => byPath.has(path) || ts.sys.fileExists(path);
  host.directoryExists = (path) => path === root || path.startsWith(`${root}/`) || ts.sys.directoryExists(path);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (path, language) => {
    const text = byPath.get(path);
    if (text !== undefined) return ts.createSourceFile(path, text, language, true);
    if (!libraryFiles.has(path)) libraryFiles.set(path, getSourceFile(path, language));
    return libraryFiles.get(path);
  };
  const rootNames = [...byPath.keys()].filter((path) => path.endsWith('.ts'));
  const program = ts.createProgram({ rootNames, options, host });
  return formatDiagnostics(ts.getPreEmitDiagnostics(program), root);
}

function formatDiagnostics(diagnostics: readonly ts.Diagnostic[], root: string): string[] {
  return diagnostics.map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const file = diagnostic.file.fileName.startsWith(root) ? diagnostic.file.fileName.slice(root.length + 1) : diagnostic.file.fileName;
    return `${file}:${line + 1}:${character + 1} ${message}`;
  });
}
