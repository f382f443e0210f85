// Nothing outside the input folder is read: links that climb out or are
// absolute never open a file, and symbolic links leading out are not followed.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';

let work: string;
const secretPage = '# secret resource type\n\n## Properties\n\n| Property | Type | Description |\n|--|--|--|\n| password | String | Must never be read. |\n';

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'typegen-paths-'));
  mkdirSync(join(work, 'outside'));
  writeFileSync(join(work, 'outside', 'secret.md'), secretPage);
  mkdirSync(join(work, 'docs'));
});

describe('reading stays inside the input folder', () => {
  it('never follows links that climb out or are absolute', () => {
    writeFileSync(join(work, 'docs', 'page.md'), [
      '# page resource type', '', '## Properties', '', '| Property | Type | Description |', '|--|--|--|',
      '| a | [secret](../outside/secret.md) | Climbs out. |',
      '| b | [secret](../../../../../../../etc/passwd) | Climbs far out. |',
      `| c | [secret](${join(work, 'outside', 'secret.md')}) | Absolute. |`, '',
    ].join('\n'));
    const result = generate({ input: join(work, 'docs') });
    expect(result.model.resources.map((resource) => resource.name)).toEqual(['microsoft.graph.page']);
    expect(result.model.resources[0]?.properties.map((property) => property.type.kind)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['type-unresolved', 'type-unresolved', 'type-unresolved']);
  });

  it('does not follow symbolic links to files or folders outside', () => {
    symlinkSync(join(work, 'outside', 'secret.md'), join(work, 'docs', 'linked.md'));
    symlinkSync(join(work, 'outside'), join(work, 'docs', 'linked-folder'));
    writeFileSync(join(work, 'docs', 'inside.md'), '# inside resource type\n');
    const result = generate({ input: join(work, 'docs') });
    expect(result.model.resources.map((resource) => resource.name)).toEqual(['microsoft.graph.inside']);
    expect(result.diagnostics.map((d) => [d.file, d.ruleId])).toEqual([['linked-folder', 'page-unreadable'], ['linked.md', 'page-unreadable']]);
  });

  it('reads a page of invalid UTF-8 and NUL bytes without failing', () => {
    const bytes = Buffer.concat([Buffer.from('# broken resource type\n\n## Properties\n\n| Property | Type |\n|--|--|\n| a'), Buffer.from([0xff, 0xfe, 0x00, 0xc3]), Buffer.from(' | String |\n')]);
    writeFileSync(join(work, 'docs', 'bytes.md'), bytes);
    const result = generate({ input: join(work, 'docs') });
    expect(result.model.resources.map((resource) => resource.name)).toEqual(['microsoft.graph.broken']);
  });

  it('follows symbolic links that stay inside', () => {
    mkdirSync(join(work, 'docs', 'real'));
    writeFileSync(join(work, 'docs', 'real', 'inner.md'), '# inner resource type\n');
    symlinkSync(join(work, 'docs', 'real', 'inner.md'), join(work, 'docs', 'alias.md'));
    const result = generate({ input: join(work, 'docs') });
    expect(result.diagnostics.filter((d) => d.ruleId === 'page-unreadable')).toEqual([]);
  });
});
