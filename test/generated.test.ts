// generated/ is committed and must be exactly what the generator makes from
// docs-input/; and it must compile under strict settings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/index.js';
import { listFiles } from '../generator/write/output-folder.js';
import { projectRoot } from './support/paths.js';
import { typeCheckFiles } from './support/typescript.js';

const generatedFolder = join(projectRoot, 'generated');
const result = generate({ input: join(projectRoot, 'docs-input'), cwd: projectRoot });

describe('generated/', () => {
  it('holds exactly the files the generator makes from docs-input/', () => {
    expect(listFiles(generatedFolder)).toEqual(result.files.map((file) => file.path));
  });

  it.each(result.files.map((file) => [file.path, file.text]))('%s is up to date (run `npm run generate`)', (path, text) => {
    expect(readFileSync(join(generatedFolder, path), 'utf8')).toBe(text);
  });

  it('comes from docs pages without a single diagnostic', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it('compiles under tsc --strict with isolatedModules and verbatimModuleSyntax', () => {
    expect(typeCheckFiles(new Map(result.files.map((file) => [file.path, file.text])))).toEqual([]);
  });

  it('shows every part of the output contract: inheritance, enums from pages and from listed values, guards', () => {
    const paths = result.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['index.ts', '_runtime.ts', 'RecordOperation.ts', 'OperationStatus.ts', 'RecordCompletionReason.ts']));
    const recordOperation = result.files.find((file) => file.path === 'RecordOperation.ts')?.text ?? '';
    expect(recordOperation).toContain('export interface RecordOperation extends CommsOperation {');
    expect(recordOperation).toContain('completionReason?: RecordCompletionReason;');
    expect(recordOperation).toContain('export function isRecordOperation(value: unknown): value is RecordOperation {');
  });
});
