// The rule catalog, the code and the README agree: every rule is raised
// somewhere, and every rule is documented.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagSpecs } from '../generator/cli/flags.js';
import { formatDiagnostic, rules } from '../generator/diagnostics.js';
import { projectRoot } from './support/paths.js';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const code = sourceFiles(join(projectRoot, 'generator'))
  .filter((file) => !file.endsWith('diagnostics.ts'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const ruleIds = Object.keys(rules);

describe('diagnostic rules', () => {
  it.each(ruleIds)('%s is raised by the generator', (ruleId) => {
    expect(code).toContain(`'${ruleId}'`);
  });

  it.each(ruleIds)('%s is documented in the README with its severity, an example and a fix', (ruleId) => {
    const severity = rules[ruleId as keyof typeof rules].severity;
    const section = readme.split(`### \`${ruleId}\` (${severity})\n`)[1]?.split('\n### ')[0] ?? '';
    expect(section).toMatch(new RegExp(`^\\S+:\\d+:\\d+: ${severity} .+ \\[${ruleId}\\]$`, 'm'));
    expect(section).toMatch(/^Fix: .+/m);
  });

  it('documents no rule the generator does not have', () => {
    const documented = [...readme.matchAll(/^### `([a-z-]+)` \((?:error|warning|info)\)$/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual([...ruleIds].sort());
  });

  it('formats a diagnostic in the vfile convention', () => {
    expect(formatDiagnostic({ file: 'a.md', line: 3, column: 7, severity: 'warning', ruleId: 'type-unresolved', message: 'Oops.' }))
      .toBe('a.md:3:7: warning Oops. [type-unresolved]');
  });
});

describe('the README', () => {
  it.each(flagSpecs.map((spec) => spec.name))('documents the flag --%s', (name) => {
    expect(readme).toContain(`--${name}`);
  });
});
