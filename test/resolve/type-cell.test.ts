import { describe, expect, it } from 'vitest';
import type { InlineText } from '../../generator/model/types.js';
import { type TypeCell, readTypeCell } from '../../generator/resolve/type-cell.js';

const cell = (text: string, links: InlineText['links'] = []): InlineText => ({ text, links });
const primitive = (name: string, collection = false): TypeCell =>
  ({ target: { kind: 'primitive', name }, collection, alternatives: false }) as TypeCell;
const named = (name: string, collection = false): TypeCell => ({ target: { kind: 'name', name }, collection, alternatives: false });
const linked = (text: string, url: string, collection = false, alternatives = false): TypeCell =>
  ({ target: { kind: 'link', text, url }, collection, alternatives });

// Every spelling below occurs in the beta reference pages.
const cases: [string, { given: InlineText; want: TypeCell }][] = [
  ['String', { given: cell('String'), want: primitive('String') }],
  ['lower-case string', { given: cell('string'), want: primitive('String') }],
  ['code span', { given: cell('`String`'), want: primitive('String') }],
  ['GUID', { given: cell('GUID'), want: primitive('Guid') }],
  ['Edm prefix', { given: cell('Edm.Int32'), want: primitive('Int32') }],
  ['Edm prefix in code, odd case', { given: cell('`Edm.dateTimeOffset`'), want: primitive('DateTimeOffset') }],
  ['int', { given: cell('int'), want: primitive('Int32') }],
  ['Integer', { given: cell('Integer'), want: primitive('Int32') }],
  ['numeric', { given: cell('numeric'), want: primitive('Double') }],
  ['datetime', { given: cell('datetime'), want: primitive('DateTimeOffset') }],
  ['bool in code', { given: cell('`bool`'), want: primitive('Boolean') }],
  ['Single', { given: cell('Single'), want: primitive('Single') }],
  ['TimeOfDay', { given: cell('TimeOfDay'), want: primitive('TimeOfDay') }],
  ['Stream', { given: cell('Stream'), want: primitive('Stream') }],
  ['Untyped JSON object', { given: cell('Untyped JSON object'), want: primitive('Json') }],
  ['Json', { given: cell('Json'), want: primitive('Json') }],
  ['qualifier after a comma', { given: cell('string, maximum size 20'), want: primitive('String') }],
  ['qualifier in parentheses', { given: cell('string (url)'), want: primitive('String') }],
  ['collection suffix', { given: cell('String collection'), want: primitive('String', true) }],
  ['Collection() wrapper', { given: cell('Collection(String)'), want: primitive('String', true) }],
  ['lower-case collection() wrapper', { given: cell('collection(string)'), want: primitive('String', true) }],
  ['doubled collection suffix', { given: cell('routingPolicy collection collection'), want: named('routingPolicy', true) }],
  ['bare name', { given: cell('riskLevel'), want: named('riskLevel') }],
  ['bare name collection', { given: cell('printColorMode collection'), want: named('printColorMode', true) }],
  ['qualified name', { given: cell('microsoft.graph.callRecords.modality collection'), want: named('microsoft.graph.callRecords.modality', true) }],
  ['brackets without a definition', { given: cell('[educationSynchronizationCustomization]'), want: named('educationSynchronizationCustomization') }],
  ['bold name', { given: cell('**dateTimeTimeZone**'), want: named('dateTimeTimeZone') }],
  ['link', { given: cell('identitySet', [{ text: 'identitySet', url: 'identityset.md' }]), want: linked('identitySet', 'identityset.md') }],
  ['link collection', {
    given: cell('mobileAppCategory collection', [{ text: 'mobileAppCategory', url: '../resources/intune-apps-mobileappcategory.md' }]),
    want: linked('mobileAppCategory', '../resources/intune-apps-mobileappcategory.md', true),
  }],
  ['link inside Collection()', {
    given: cell('Collection(columnDefinition)', [{ text: 'columnDefinition', url: 'columndefinition.md' }]),
    want: linked('columnDefinition', 'columndefinition.md', true),
  }],
  ['bold link text', { given: cell('**driveItem**', [{ text: '**driveItem**', url: 'driveitem.md' }]), want: linked('driveItem', 'driveitem.md') }],
  ['link then "resource"', { given: cell('itemAnalytics resource', [{ text: 'itemAnalytics', url: 'itemanalytics.md' }]), want: linked('itemAnalytics', 'itemanalytics.md') }],
  ['alternatives', {
    given: cell('organizerMeetingInfo or tokenMeetingInfo', [
      { text: 'organizerMeetingInfo', url: 'organizermeetinginfo.md' }, { text: 'tokenMeetingInfo', url: 'tokenmeetinginfo.md' },
    ]),
    want: linked('organizerMeetingInfo', 'organizermeetinginfo.md', false, true),
  }],
  ['empty', { given: cell(''), want: { target: { kind: 'empty' }, collection: false, alternatives: false } }],
  ['prose in the type column', {
    given: cell('Moment in time when the resource was created. DateTimeOffset'),
    want: { target: { kind: 'unknown', text: 'Moment in time when the resource was created. DateTimeOffset' }, collection: false, alternatives: false },
  }],
];

describe('readTypeCell', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(readTypeCell(given)).toEqual(want);
  });
});
