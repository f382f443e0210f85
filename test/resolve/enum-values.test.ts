import { describe, expect, it } from 'vitest';
import { valuesFromDescription, valuesFromJsonString } from '../../generator/resolve/enum-values.js';

const fromDescription: [string, { given: string; want: string[] | undefined }][] = [
  ['code spans', { given: 'Possible values are: `low`, `medium`, `high`.', want: ['low', 'medium', 'high'] }],
  ['code spans without a colon', { given: 'Possible values are `default`, `long`. When set to default, ...', want: ['default', 'long'] }],
  ['"and" before the last', { given: 'Possible values are `none`, `shift` and `unknownFutureValue`. If more...', want: ['none', 'shift', 'unknownFutureValue'] }],
  ['"include"', { given: 'Possible values include `create`, `delete`, `patch` and `other`. Read-only.', want: ['create', 'delete', 'patch', 'other'] }],
  ['prose before', { given: 'Why the call ended. The possible values are: `a`, `b`.', want: ['a', 'b'] }],
  ['plain list', { given: 'Possible values are: low, mid, high. Default is low.', want: ['low', 'mid', 'high'] }],
  ['supported values', { given: 'Supported values are: `user`, `group`.', want: ['user', 'group'] }],
  ['a single code span', { given: 'Possible values are: `only`.', want: ['only'] }],
  ['values that are not identifiers', { given: 'Possible values are: 0 - `Not Ready`, 1 - `Ready`.', want: undefined }],
  ['prose, not a list', { given: 'Possible values are listed in the catalogue.', want: undefined }],
  ['a range', { given: 'Valid values 0 to 4294967295', want: undefined }],
  ['no phrase', { given: 'The status of the operation.', want: undefined }],
  ['duplicates kept once', { given: 'Possible values are: `a`, `b`, `a`.', want: ['a', 'b'] }],
];

const fromJson: [string, { given: string; want: string[] | undefined }][] = [
  ['a union', { given: 'notStarted | running | completed | failed', want: ['notStarted', 'running', 'completed', 'failed'] }],
  ['a union with quotes', { given: "'a' | 'b'", want: ['a', 'b'] }],
  ['a plain type', { given: 'String', want: undefined }],
  ['an example value', { given: 'Contoso | Fabrikam, Inc.', want: undefined }],
];

describe('valuesFromDescription', () => {
  it.each(fromDescription)('%s', (_name, { given, want }) => {
    expect(valuesFromDescription(given)).toEqual(want);
  });
});

describe('valuesFromJsonString', () => {
  it.each(fromJson)('%s', (_name, { given, want }) => {
    expect(valuesFromJsonString(given)).toEqual(want);
  });
});
