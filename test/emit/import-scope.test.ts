import { describe, expect, it } from 'vitest';
import { createImportScope, importDeclarations, importCheck, importRuntime, importType, moduleSpecifier } from '../../generator/emit/import-scope.js';
import type { TypeNames } from '../../generator/emit/naming.js';

const names = (modulePath: string, typeName: string, namespacePrefix: string): TypeNames => {
  const folder = modulePath.includes('/') ? modulePath.slice(0, modulePath.lastIndexOf('/')) : '';
  return {
    typeName, guardName: `is${typeName}`, valuesName: 'x', writableName: `${typeName}Writable`, checkName: `check${typeName}`,
    validateName: `validate${typeName}`, assertName: `assert${typeName}`, infoName: 'xInfo', modulePath, folder, namespacePrefix,
  };
};

describe('import scope', () => {
  it('aliases a type whose name the module already uses, keeping type and checker alike', () => {
    const self = names('callRecords/Endpoint', 'Endpoint', 'CallRecords');
    const scope = createImportScope(self, ['Endpoint', 'isEndpoint']);
    const root = names('Endpoint', 'Endpoint', 'Graph');
    expect(importType(scope, root)).toBe('GraphEndpoint');
    expect(importCheck(scope, root)).toBe('checkGraphEndpoint');
    expect(importRuntime(scope, 'isString')).toBe('rt.isString');
    expect(importDeclarations(scope)).toEqual([
      { kind: expect.any(Number), moduleSpecifier: '../_runtime.js', namespaceImport: 'rt' },
      {
        kind: expect.any(Number), isTypeOnly: false, moduleSpecifier: '../Endpoint.js',
        namedImports: [{ name: 'Endpoint', alias: 'GraphEndpoint', isTypeOnly: true }, { name: 'checkEndpoint', alias: 'checkGraphEndpoint', isTypeOnly: false }],
      },
    ]);
  });

  it('writes `import type` when only types are needed', () => {
    const scope = createImportScope(names('Car', 'Car', 'Graph'), ['Car', 'isCar']);
    importType(scope, names('Vehicle', 'Vehicle', 'Graph'));
    expect(importDeclarations(scope)).toEqual([
      { kind: expect.any(Number), isTypeOnly: true, moduleSpecifier: './Vehicle.js', namedImports: [{ name: 'Vehicle', isTypeOnly: false }] },
    ]);
  });

  it('tells apart two imported types of one name from different namespaces', () => {
    const scope = createImportScope(names('Meeting', 'Meeting', 'Graph'), ['Meeting', 'isMeeting']);
    expect(importType(scope, names('Endpoint', 'Endpoint', 'Graph'))).toBe('Endpoint');
    expect(importType(scope, names('callRecords/Endpoint', 'Endpoint', 'CallRecords'))).toBe('CallRecordsEndpoint');
    expect(importCheck(scope, names('callRecords/Endpoint', 'Endpoint', 'CallRecords'))).toBe('checkCallRecordsEndpoint');
  });

  it.each([
    ['', 'A', './A.js'],
    ['', 'sub/A', './sub/A.js'],
    ['sub', 'A', '../A.js'],
    ['sub', 'sub/A', './A.js'],
    ['a/b', 'c/D', '../../c/D.js'],
  ])('from "%s" to %s: %s', (from, to, want) => expect(moduleSpecifier(from, to)).toBe(want));
});
