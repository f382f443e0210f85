// Runs the real command (the TypeScript source through tsx) in a folder.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './paths.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `cli` defaults to this project's command; the cache tests run a copy of the project. */
export function runCli(args: readonly string[], cwd: string, cli = join(projectRoot, 'generator/cli.ts')): CliRun {
  // tsx is resolved here, not from the folder the command runs in.
  const tsx = import.meta.resolve('tsx');
  const result = spawnSync(process.execPath, ['--import', tsx, cli, ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
