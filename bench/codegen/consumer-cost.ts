// What the output costs its users: `tsc --noEmit` time and peak memory for a
// one-file consumer that imports the user resource and its guard from the
// generated folder, beside the same consumer on the official single-file
// typings of the beta API (which has no guards: the consumer checks by hand).
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Figure, figureOf, runMeasured } from './measure.js';

const compilerOptions = {
  target: 'ES2022', lib: ['ES2022'], module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: [], skipLibCheck: false,
};

export function measureConsumers(projectRoot: string, work: string, generated: string, runs: number): Figure[] {
  const ours = consumer(join(work, 'consumer-ours'), `import { isUser, type User } from '${join(generated, 'User.js')}';

export function displayName(value: unknown): string | undefined {
  if (!isUser(value)) return undefined;
  const user: User = value;
  return user.displayName ?? undefined;
}
`);
  const official = consumer(join(work, 'consumer-official'), `import type { User } from '@microsoft/microsoft-graph-types-beta';

export function displayName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const user = value as User;
  return user.displayName ?? undefined;
}
`);
  mkdirSync(join(official, 'node_modules/@microsoft'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules/@microsoft/microsoft-graph-types-beta'), join(official, 'node_modules/@microsoft/microsoft-graph-types-beta'));
  const tsc = join(projectRoot, 'node_modules/typescript/bin/tsc');
  const measure = (folder: string) => Array.from({ length: runs }, () => runMeasured(process.execPath, [tsc, '-p', folder], folder));
  return [figureOf('consumer of generated/ (User + isUser)', measure(ours)), figureOf('consumer of microsoft-graph-types-beta (User)', measure(official))];
}

function consumer(folder: string, source: string): string {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }, null, 2));
  writeFileSync(join(folder, 'consumer.ts'), source);
  return folder;
}
