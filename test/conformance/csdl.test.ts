// The conformance checker's own tests: small inline CSDL, pages and an
// ApiModel made by hand, so every figure can be worked out on paper.
import { describe, expect, it, vi } from 'vitest';
import type { ApiModel, Property, TypeRef } from '../../generator/model/types.js';
import { compare } from '../../scripts/conformance/compare.js';
import { allCsdlProperties, csdlBaseChain, parseTypeText, readCsdl } from '../../scripts/conformance/csdl.js';
import { documentedFromScans, findDocumentedTypes } from '../../scripts/conformance/documented.js';
import { buildConformanceReport, main } from '../../scripts/conformance/index.js';
import { enumExactness, ratio } from '../../scripts/conformance/metrics.js';
import { type MentionSource, type TypeDiff, mentionSource } from '../../scripts/conformance/type-diff.js';

const SOURCE = { file: 'test.md', line: 1, column: 1 };

const SCHEMA_XML = `<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="ns.main" Alias="m" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="level"><Member Name="low" Value="0" /><Member Name="high" Value="1" /></EnumType>
      <EntityType Name="base" Abstract="true"><Property Name="id" Type="Edm.String" /><Property Name="note" Type="Edm.String" /></EntityType>
      <ComplexType Name="thing" OpenType="true"><Property Name="size" Type="Edm.Int32" /></ComplexType>
      <EntityType Name="loopA" BaseType="m.loopB"><Property Name="a" Type="Edm.String" /></EntityType>
      <EntityType Name="loopB" BaseType="m.loopA"><Property Name="b" Type="Edm.String" /></EntityType>
    </Schema>
    <Schema Namespace="ns.sub" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="derived" BaseType="m.base">
        <Property Name="note" Type="m.level" />
        <Property Name="tags" Type="Collection(Edm.String)" />
        <Property Name="things" Type="Collection(m.thing)" />
        <Property Name="single" Type="ns.main.thing" />
        <NavigationProperty Name="peers" Type="Collection(ns.sub.derived)" ContainsTarget="true" />
      </EntityType>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>`;

describe('readCsdl', () => {
  const csdl = readCsdl(SCHEMA_XML);

  it('keys types and enums by qualified name, with kind and flags', () => {
    expect(Object.keys(csdl.types).sort()).toEqual(['ns.main.base', 'ns.main.loopA', 'ns.main.loopB', 'ns.main.thing', 'ns.sub.derived']);
    expect(csdl.types['ns.main.base']).toMatchObject({ kind: 'entity', abstract: true, openType: false });
    expect(csdl.types['ns.main.thing']).toMatchObject({ kind: 'complex', abstract: false, openType: true });
    expect(csdl.enums['ns.main.level']).toEqual({ name: 'ns.main.level', members: ['low', 'high'] });
  });

  it('resolves schema aliases in base types and property types, also across schemas', () => {
    const derived = csdl.types['ns.sub.derived'];
    expect(derived?.baseType).toBe('ns.main.base');
    expect(derived?.properties.find((p) => p.name === 'things')?.type).toBe('ns.main.thing');
    expect(derived?.properties.find((p) => p.name === 'note')?.type).toBe('ns.main.level');
  });

  it('reads collections and navigation properties', () => {
    expect(csdl.types['ns.sub.derived']?.properties).toEqual([
      { name: 'note', type: 'ns.main.level', collection: false, navigation: false },
      { name: 'tags', type: 'Edm.String', collection: true, navigation: false },
      { name: 'things', type: 'ns.main.thing', collection: true, navigation: false },
      { name: 'single', type: 'ns.main.thing', collection: false, navigation: false },
      { name: 'peers', type: 'ns.sub.derived', collection: true, navigation: true },
    ]);
  });

  it.each([
    ['Edm.String', 'Edm.String', false],
    ['Collection(Edm.Int64)', 'Edm.Int64', true],
    ['m.thing', 'ns.main.thing', false],
    ['Collection(m.thing)', 'ns.main.thing', true],
    ['ns.main.thing', 'ns.main.thing', false],
    ['other.alias.x', 'other.alias.x', false],
  ])('parseTypeText(%s) is %s, collection %s', (text, type, collection) => {
    expect(parseTypeText(text, new Map([['m', 'ns.main']]))).toEqual({ type, collection });
  });

  it('adds inherited properties, base first, the derived declaration winning', () => {
    const properties = allCsdlProperties(csdl, 'ns.sub.derived');
    expect(properties.map((p) => p.name)).toEqual(['id', 'note', 'tags', 'things', 'single', 'peers']);
    expect(properties.find((p) => p.name === 'note')?.type).toBe('ns.main.level');
  });

  it('survives a BaseType cycle', () => {
    expect(allCsdlProperties(csdl, 'ns.main.loopA').map((p) => p.name).sort()).toEqual(['a', 'b']);
    expect(csdlBaseChain(csdl, 'ns.main.loopA')).toEqual(['ns.main.loopB']);
    expect(allCsdlProperties(csdl, 'ns.main.missing')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Which types the docs document, and where they mention property names.

const PAGES = [
  { file: 'entity.md', text: '# entity resource type\n\n| Property | Type |\n|:--|:--|\n|id|String|\n|createdAt|DateTimeOffset|\n' },
  {
    file: 'widget.md',
    text: [
      '# Widgets', '', 'Inherits from [entity](entity.md).', '',
      '| Property | Type | Description |', '|:--|:--|:--|',
      '| **name** | String | The name. |', '|`legacyCode`|String|Old.|',
      '<!--', '|secret|String|Commented out, so never shown.|', '-->', '',
      '<!-- {', '  "blockType": "resource",', '  "@odata.type": "#microsoft.graph.widget",', '  "@type.aka": "x.gizmo"', '}-->',
      '```json', '{ "size": 1, "History": [] }', '```',
    ].join('\n'),
  },
  { file: 'sub/part.md', text: '#  part resource type (deprecated)\n\nNamespace: microsoft.graph.SUB\n\n|label|String|\n' },
  { file: 'ghost.md', text: '# ghost resource type\n' },
  { file: 'overview.md', text: '# Working with widgets\n\n|Task|Method|\n' },
];

const SMALL_CSDL = readCsdl(`<edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
  <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
    <EntityType Name="entity"><Property Name="id" Type="Edm.String" /><Property Name="createdAt" Type="Edm.DateTimeOffset" /></EntityType>
    <EntityType Name="widget" BaseType="graph.entity"><Property Name="name" Type="Edm.String" /></EntityType>
  </Schema>
  <Schema Namespace="microsoft.graph.sub" xmlns="http://docs.oasis-open.org/odata/ns/edm">
    <EntityType Name="part" BaseType="graph.entity"><Property Name="label" Type="Edm.String" /></EntityType>
  </Schema>
</edmx:DataServices></edmx:Edmx>`);

describe('findDocumentedTypes', () => {
  const documented = findDocumentedTypes(PAGES, SMALL_CSDL);

  it('finds types by annotation or heading + Namespace line, in the CSDL spelling', () => {
    expect(Object.keys(documented.types)).toEqual(['microsoft.graph.entity', 'microsoft.graph.sub.part', 'microsoft.graph.widget']);
    expect(documented.types['microsoft.graph.sub.part']?.files).toEqual(['sub/part.md']);
    expect(documented.unknownNames).toEqual(['microsoft.graph.ghost']);
  });

  it('collects table first cells and JSON keys, but not commented-out rows', () => {
    const widget = documented.types['microsoft.graph.widget'];
    expect(widget?.mentioned).toEqual(expect.arrayContaining(['name', 'legacyCode', 'size', 'History']));
    expect(widget?.mentioned).not.toContain('secret');
  });

  it('splits base-page mentions by whether the page states the inheritance', () => {
    expect(documented.types['microsoft.graph.widget']?.mentionedOnBase).toEqual(['createdAt', 'id']);
    expect(documented.types['microsoft.graph.sub.part']?.mentionedOnBase).toEqual([]);
    expect(documented.types['microsoft.graph.sub.part']?.mentionedOnUnstatedBase).toEqual(['Property', 'createdAt', 'id']);
  });

  it.each<[string, string, MentionSource]>([
    ['microsoft.graph.widget', 'legacyCode', 'page'],
    ['microsoft.graph.widget', 'createdAt', 'base-page'],
    ['microsoft.graph.widget', 'history', 'other-case'],
    ['microsoft.graph.widget', 'secret', 'none'],
    ['microsoft.graph.sub.part', 'createdAt', 'unstated-base'],
    ['microsoft.graph.sub.part', 'label', 'page'],
  ])('%s.%s is mentioned: %s', (type, name, expected) => {
    const entry = documented.types[type];
    if (entry === undefined) throw new Error(`${type} is not documented`);
    expect(mentionSource(name, entry)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------
// The metrics, on a tiny world whose figures are worked out below.

const WORLD_CSDL = readCsdl(`<edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
  <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
    <EnumType Name="color"><Member Name="red" /><Member Name="green" /></EnumType>
    <EnumType Name="shape"><Member Name="round" /><Member Name="square" /></EnumType>
    <ComplexType Name="Json" />
    <EntityType Name="entity"><Property Name="id" Type="Edm.String" /></EntityType>
    <ComplexType Name="person"><Property Name="displayName" Type="Edm.String" /></ComplexType>
    <EntityType Name="part" BaseType="graph.entity">
      <Property Name="label" Type="Edm.String" /><Property Name="tint" Type="graph.color" />
    </EntityType>
    <EntityType Name="gadget" BaseType="graph.entity" />
    <EntityType Name="widget" BaseType="graph.entity">
      <Property Name="name" Type="Edm.String" /><Property Name="size" Type="Edm.Int32" />
      <Property Name="color" Type="graph.color" /><Property Name="tags" Type="Collection(Edm.String)" />
      <Property Name="owner" Type="graph.person" /><Property Name="misc" Type="graph.Json" />
      <Property Name="shape" Type="graph.shape" /><Property Name="legacyCode" Type="Edm.String" />
      <Property Name="hidden" Type="Edm.Boolean" />
      <NavigationProperty Name="parts" Type="Collection(graph.part)" />
      <NavigationProperty Name="history" Type="Collection(graph.part)" />
    </EntityType>
  </Schema>
</edmx:DataServices></edmx:Edmx>`);

function property(name: string, type: TypeRef, options: { collection?: boolean; navigation?: boolean } = {}): Property {
  const { collection = false, navigation = false } = options;
  return { name, type, collection, navigation, origin: 'table', deprecated: false, readOnly: false, nullable: true, description: '', source: SOURCE };
}

function resource(name: string, properties: Property[], baseType?: string): ApiModel['resources'][number] {
  const dot = name.lastIndexOf('.');
  const type = { name, namespace: name.slice(0, dot), shortName: name.slice(dot + 1), description: '', abstract: false, openType: false, properties, source: SOURCE };
  return baseType === undefined ? type : { ...type, baseType };
}

function enumType(name: string, members: string[]): ApiModel['enums'][number] {
  const dot = name.lastIndexOf('.');
  return {
    name, namespace: name.slice(0, dot), shortName: name.slice(dot + 1), description: '', origin: 'page', source: SOURCE,
    members: members.map((member) => ({ name: member, description: '' })),
  };
}

const string: TypeRef = { kind: 'primitive', name: 'String' };
const WORLD_MODEL: ApiModel = {
  diagnostics: [],
  enums: [enumType('microsoft.graph.color', ['green', 'red']), enumType('microsoft.graph.widgetShape', ['round'])],
  resources: [
    resource('microsoft.graph.entity', [property('id', string)]),
    resource('microsoft.graph.person', [property('displayName', string)]),
    // Another casing than the CSDL's: coverage matches names case-insensitively.
    resource('microsoft.graph.Part', [
      property('label', { kind: 'unknown', text: 'Strin' }),
      property('tint', { kind: 'enum', name: 'microsoft.graph.color' }),
    ], 'microsoft.graph.entity'),
    resource('microsoft.graph.widget', [
      property('name', string),
      property('size', { kind: 'primitive', name: 'Int64' }), // mistyped
      property('color', { kind: 'enum', name: 'microsoft.graph.color' }), // exact members
      property('tags', string), // mistyped: not a collection
      property('owner', { kind: 'resource', name: 'microsoft.graph.Person' }),
      property('misc', { kind: 'primitive', name: 'Json' }),
      property('shape', { kind: 'enum', name: 'microsoft.graph.widgetShape' }), // type ok, members not exact
      property('weight', { kind: 'primitive', name: 'Double' }), // not in the CSDL
      property('parts', { kind: 'resource', name: 'microsoft.graph.part' }, { collection: true, navigation: true }),
      property('related', { kind: 'resource', name: 'microsoft.graph.part' }, { navigation: true }), // not in the CSDL
    ], 'microsoft.graph.entity'),
  ],
};

const scan = (file: string, typeName: string, mentions: string[] = []) => ({ file, typeNames: [typeName], mentions, inheritanceWords: [] });
const WORLD_DOCUMENTED = documentedFromScans([
  scan('widget.md', 'microsoft.graph.widget', ['name', 'legacyCode', 'History']),
  scan('person.md', 'microsoft.graph.person'),
  scan('part.md', 'microsoft.graph.part'),
  scan('gadget.md', 'microsoft.graph.gadget'),
], WORLD_CSDL);

describe('compare', () => {
  const report = compare(WORLD_MODEL, WORLD_CSDL, WORLD_DOCUMENTED);

  it('counts coverage case-insensitively and lists the missing types', () => {
    expect(report.coverage.types).toEqual(ratio(3, 4));
    expect(report.coverage.missingTypes).toEqual(['microsoft.graph.gadget']);
  });

  // CSDL side: widget 12 (id + 9 structural + 2 nav), person 1, part 3 (id, label, tint) = 16, 2 of them nav.
  // Found: all but legacyCode, hidden (structural) and history (nav).
  // Model side: widget 11 (id + 8 structural + parts, related), person 1, part 3 = 15, 2 of them nav.
  // Extra: weight (structural) and related (nav).
  it.each([
    ['recall', 'structural', 12, 14],
    ['recall', 'navigation', 1, 2],
    ['recall', 'all', 13, 16],
    ['precision', 'structural', 12, 13],
    ['precision', 'navigation', 1, 2],
    ['precision', 'all', 13, 15],
  ] as const)('property %s, %s: %i / %i', (metric, part, hit, total) => {
    expect(report.properties[metric][part]).toEqual(ratio(hit, total));
  });

  // 13 matched. Primitive (incl. Json): widget id, name, size x, tags x, misc; person displayName; part id, label x.
  // Reference: owner (Person vs person), parts. Enum: color, shape (any name), tint. Collections: tags x, parts.
  it.each([
    ['all', 10, 13],
    ['primitive', 5, 8],
    ['reference', 2, 2],
    ['enum', 3, 3],
    ['other', 0, 0],
  ] as const)('type accuracy, %s: %i / %i', (kind, hit, total) => {
    expect(kind === 'all' ? report.typeAccuracy.all : report.typeAccuracy.byKind[kind]).toEqual(ratio(hit, total));
  });

  it('counts collection type accuracy over CSDL collections', () => {
    expect(report.typeAccuracy.collections).toEqual(ratio(1, 2));
  });

  it('measures enum exactness per property and per distinct CSDL enum', () => {
    // color twice (exact), shape once (widgetShape lacks "square").
    expect(report.enumExactness.properties).toEqual(ratio(2, 3));
    expect(report.enumExactness.enums).toEqual(ratio(1, 2));
  });

  it('ranks the worst types and explains each loss', () => {
    expect(report.worstTypes.map((type) => [type.name, type.score])).toEqual([['microsoft.graph.widget', 5], ['microsoft.graph.part', 1]]);
    const widget = report.worstTypes[0];
    expect(widget?.missing.map((p) => [p.name, p.mention])).toEqual([['legacyCode', 'page'], ['hidden', 'none'], ['history', 'other-case']]);
    expect(widget?.mistyped).toEqual([
      { name: 'size', modelType: 'Edm.Int64', csdlType: 'Edm.Int32' },
      { name: 'tags', modelType: 'Edm.String', csdlType: 'Collection(Edm.String)' },
    ]);
  });

  it('totals our bug vs the docs gap', () => {
    expect(report.losses).toEqual({ ourBug: 1, docsGap: 2, bySource: { page: 1, 'base-page': 0, 'unstated-base': 0, 'other-case': 1, none: 1 } });
  });
});

describe('metrics edge cases', () => {
  it('gives no percentage when there is nothing to count', () => {
    expect(ratio(0, 0)).toEqual({ hit: 0, total: 0, percent: null });
    expect(ratio(1, 4).percent).toBe(25);
  });

  it('counts a distinct enum as exact only when every property using it is', () => {
    const usage = (csdlEnum: string, exact: boolean) => ({
      name: 'p', navigation: false, modelNavigation: false, collection: false, csdlKind: 'enum' as const,
      csdlType: csdlEnum, modelType: 'enum x', typeEqual: true, enum: { csdlEnum, modelEnum: 'x', exact },
    });
    const diffs: TypeDiff[] = [
      { name: 't1', matched: [usage('e1', true), usage('e2', true)], missing: [], extra: [] },
      { name: 't2', matched: [usage('e1', false)], missing: [], extra: [] },
    ];
    expect(enumExactness(diffs)).toEqual({ properties: ratio(2, 3), enums: ratio(1, 2) });
  });
});

describe('CLI without a corpus', () => {
  it('prints a clear message and exits 0', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(main(['--corpus', '/nonexistent/corpus'])).toBe(0);
    expect(String(log.mock.calls[0]?.[0])).toMatch(/Conformance check skipped: no corpus at \/nonexistent\/corpus/);
    log.mockRestore();
  });

  it('refuses to build a report', () => {
    expect(() => buildConformanceReport('/nonexistent/corpus')).toThrow(/corpus is incomplete/);
  });
});
