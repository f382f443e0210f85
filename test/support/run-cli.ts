// Runs the real command (the TypeScript source through tsx) in a folder.
import { spawn, spawnSync } from 'node:child_process';
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

export interface LiveCli {
  /** Everything the command printed so far. */
  output: () => { stdout: string; stderr: string };
  /** Resolves once the output satisfies `test`, or rejects after `timeoutMs`. */
  waitFor: (test: (output: { stdout: string; stderr: string }) => boolean, timeoutMs?: number) => Promise<void>;
  /** Sends SIGINT and resolves with the exit code. */
  stop: () => Promise<number | null>;
  /** Kills the process outright (SIGKILL) and resolves once it is gone. */
  kill: () => Promise<void>;
}

/** Starts the command without waiting for it to end (for --watch). */
export function startCli(args: readonly string[], cwd: string): LiveCli {
  const tsx = import.meta.resolve('tsx');
  const child = spawn(process.execPath, ['--import', tsx, join(projectRoot, 'generator/cli.ts'), ...args], {
    cwd, env: { ...process.env, NO_COLOR: '1' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const output = () => ({ stdout, stderr });
  return {
    output,
    waitFor: async (test, timeoutMs = 20_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!test(output())) {
        if (Date.now() > deadline) throw new Error(`timed out; stdout:\n${stdout}\nstderr:\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stop: () => {
      child.kill('SIGINT');
      return exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
