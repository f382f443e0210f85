import { describe, expect, it } from 'vitest';
import { assignNames, namespaceFolder, pascalIdentifier, propertyKey, quote } from '../../generator/emit/naming.js';
import type { ApiModel, EnumType, ResourceType } from '../../generator/model/types.js';

const source = { file: 'a.md', line: 1, column: 1 };
const resource = (name: string): ResourceType => {
  const dot = name.lastIndexOf('.');
  return { name, namespace: name.slice(0, dot), shortName: name.slice(dot + 1), description: '', abstract: false, openType: false, properties: [], source };
};
const enumType = (name: string): EnumType => {
  const dot = name.lastIndexOf('.');
  return { name, namespace: name.slice(0, dot), shortName: name.slice(dot + 1), description: '', members: [], origin: 'page', source };
};
const model = (resources: ResourceType[], enums: EnumType[] = []): ApiModel => ({ resources, enums, diagnostics: [] });

describe('pascalIdentifier', () => {
  it.each([
    ['recordOperation', 'RecordOperation'],
    ['iOSDevice', 'IOSDevice'],
    ['foo-bar', 'FooBar'],
    ['2fa', '_2fa'],
    ['user_flow', 'User_flow'],
    ['🙂', 'Unnamed'],
  ])('%s -> %s', (given, want) => expect(pascalIdentifier(given)).toBe(want));
});

describe('namespaceFolder', () => {
  it.each([
    ['microsoft.graph', ''],
    ['microsoft.graph.callRecords', 'callRecords'],
    ['Microsoft.Graph.termStore', 'termStore'],
    ['microsoft.graph.a.b', 'a/b'],
    ['contoso.api', 'contoso/api'],
  ])('%s -> "%s"', (given, want) => expect(namespaceFolder(given, 'microsoft.graph')).toBe(want));
});

describe('propertyKey and quote', () => {
  it.each([
    ['id', 'id'],
    ['class', 'class'],
    ['@odata.etag', "'@odata.etag'"],
    ['foo-bar', "'foo-bar'"],
    ["it's", "'it\\'s'"],
    ['line\nbreak', "'line\\nbreak'"],
  ])('%s -> %s', (given, want) => expect(propertyKey(given)).toBe(want));
  it('escapes backslashes and control characters', () => expect(quote('a\\b\u0001')).toBe("'a\\\\b\\u0001'"));
});

describe('assignNames', () => {
  it('puts namespaces in folders and derives every exported name from the type name', () => {
    const { byType, diagnostics } = assignNames(
      model([resource('microsoft.graph.endpoint'), resource('microsoft.graph.callRecords.endpoint')], [enumType('microsoft.graph.operationStatus')]),
      { rootNamespace: 'microsoft.graph', writableSuffix: 'Writable' },
    );
    expect(byType.get('microsoft.graph.callRecords.endpoint')).toEqual({
      typeName: 'Endpoint', guardName: 'isEndpoint', valuesName: 'endpointValues', writableName: 'EndpointWritable',
      checkName: 'checkEndpoint', validateName: 'validateEndpoint', assertName: 'assertEndpoint', infoName: 'endpointInfo',
      modulePath: 'callRecords/Endpoint', folder: 'callRecords', namespacePrefix: 'CallRecords',
    });
    expect(byType.get('microsoft.graph.operationStatus')).toMatchObject({ typeName: 'OperationStatus', valuesName: 'operationStatusValues', modulePath: 'OperationStatus' });
    expect(diagnostics).toEqual([]);
  });

  it('names the union of a family AnyX beside its head, after every type, so a type keeps its name', () => {
    const { byType, byFamily, diagnostics } = assignNames(
      model([resource('microsoft.graph.callRecords.endpoint'), resource('microsoft.graph.entity'), resource('microsoft.graph.anyEntity')]),
      { rootNamespace: 'microsoft.graph', writableSuffix: 'Writable' }, new Set(['microsoft.graph.callRecords.endpoint', 'microsoft.graph.entity']),
    );
    expect(byFamily.get('microsoft.graph.callRecords.endpoint')).toMatchObject({
      typeName: 'AnyEndpoint', guardName: 'isAnyEndpoint', checkName: 'checkAnyEndpoint', modulePath: 'callRecords/AnyEndpoint',
    });
    expect(byType.get('microsoft.graph.anyEntity')?.typeName).toBe('AnyEntity');
    expect(byFamily.get('microsoft.graph.entity')?.typeName).toBe('AnyEntity2');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['name-collision']);
  });

  it('renames the later of two types that map to one name or file, and says so', () => {
    const { byType, diagnostics } = assignNames(model([resource('microsoft.graph.foo-bar'), resource('microsoft.graph.fooBar'), resource('microsoft.graph.index')]), { rootNamespace: 'microsoft.graph', writableSuffix: 'Writable' });
    expect(byType.get('microsoft.graph.foo-bar')?.typeName).toBe('FooBar');
    expect(byType.get('microsoft.graph.fooBar')?.typeName).toBe('FooBar2');
    expect(byType.get('microsoft.graph.index')?.typeName).toBe('Index2');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['name-collision', 'name-collision']);
  });

  it('keeps every exported name unique in a folder: a type named like another type\'s request-body type is renamed', () => {
    const { byType } = assignNames(model([resource('microsoft.graph.car'), resource('microsoft.graph.carWritable')]), { rootNamespace: 'microsoft.graph', writableSuffix: 'Writable' });
    expect(byType.get('microsoft.graph.car')?.writableName).toBe('CarWritable');
    expect(byType.get('microsoft.graph.carWritable')?.typeName).toBe('CarWritable2');
  });
});
