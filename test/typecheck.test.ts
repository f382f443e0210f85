// The project's own code, its templates and generated/ type-check under the
// strict tsconfig; vitest alone would run code with type errors.
import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { projectRoot } from './support/paths.js';

it('type-checks the generator, templates, tests, scripts and generated/ under tsconfig.json', () => {
  const configPath = join(projectRoot, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  expect(config).toBeDefined();
  const program = ts.createProgram({ rootNames: config?.fileNames ?? [], options: config?.options ?? {} });
  const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file && diagnostic.start !== undefined
      ? `${diagnostic.file.fileName}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1}: `
      : '';
    return `${where}${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
  expect(errors).toEqual([]);
});
