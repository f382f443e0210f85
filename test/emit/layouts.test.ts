// The three layouts give the same guards: per type, per namespace (whose
// modules import each other), and one file.
import { describe, expect, it } from 'vitest';
import { fixtureOutput } from '../support/fixture-output.js';

const meeting = {
  here: { address: 'a' },
  there: { userAgent: { headerValue: 'h' }, network: { address: 'b' }, modality: 'audio', platform: 'web' },
};
const badMeeting = { ...meeting, there: { ...meeting.there, modality: 'smell' } };

describe.each([
  ['type', 'Meeting', 'callRecords/Endpoint', 'isEndpoint'],
  ['namespace', 'index', 'callRecords/index', 'isEndpoint'],
  ['single', 'index', 'index', 'isCallRecordsEndpoint'],
] as const)('the %s layout', (layout, meetingModule, endpointModule, endpointGuard) => {
  const output = fixtureOutput('layout-namespace', { layout });

  it('checks nested types across namespaces', async () => {
    const module = await output.load(meetingModule);
    const isMeeting = module['isMeeting'] as (value: unknown) => boolean;
    const validateMeeting = module['validateMeeting'] as (value: unknown) => { path: string }[];
    expect(isMeeting(meeting)).toBe(true);
    expect(isMeeting(badMeeting)).toBe(false);
    expect(validateMeeting(badMeeting).map((failure) => failure.path)).toEqual(['$.there.modality']);
  });

  it('exports the sub-namespace type under its layout\'s name', async () => {
    const module = await output.load(endpointModule);
    expect(typeof module[endpointGuard]).toBe('function');
  });
});
