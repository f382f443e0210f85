import { describe, expect, it } from 'vitest';
import { type LinkTarget, linkTarget } from '../../generator/resolve/links.js';

const cases: [string, { url: string; from: string; want: LinkTarget | undefined }][] = [
  ['sibling page', { url: 'resultinfo.md', from: 'recordoperation.md', want: { path: 'resultinfo.md', baseName: 'resultinfo.md' } }],
  ['case is ignored', { url: 'ResultInfo.md', from: 'a.md', want: { path: 'resultinfo.md', baseName: 'resultinfo.md' } }],
  ['up and back into resources', { url: '../resources/identityset.md', from: 'user.md', want: { path: '../resources/identityset.md', baseName: 'identityset.md' } }],
  ['nested folder', { url: '../identityset.md', from: 'sub/user.md', want: { path: 'identityset.md', baseName: 'identityset.md' } }],
  ['anchor', { url: 'enums.md#callType-values', from: 'a.md', want: { path: 'enums.md', baseName: 'enums.md', anchor: 'calltype-values' } }],
  ['same-page anchor', { url: '#status-values', from: 'a.md', want: { path: 'a.md', baseName: 'a.md', anchor: 'status-values' } }],
  ['site link without extension', {
    url: 'https://docs.microsoft.com/graph/api/resources/user?view=graph-rest-beta', from: 'a.md',
    want: { path: 'graph/api/resources/user.md', baseName: 'user.md' },
  }],
  ['mail link', { url: 'mailto:someone@example.com', from: 'a.md', want: undefined }],
  ['empty', { url: '', from: 'a.md', want: undefined }],
];

describe('linkTarget', () => {
  it.each(cases)('%s', (_name, { url, from, want }) => {
    expect(linkTarget(url, from)).toEqual(want);
  });
});
