// One page changed, in a long-lived process (a watch mode, a build tool's
// plugin): a session generates once, then, for each edit of the page, writes
// the page and regenerates to files on disk. Prints the time of each
// regeneration in seconds, wall and CPU.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { editedPage } from './edit.js';

const [projectRoot = '', input = '', output = '', cacheDir = '', page = '', runs = '5'] = process.argv.slice(2);
const api = (await import(pathToFileURL(join(projectRoot, 'dist/generator/index.js')).href)) as typeof import('../../generator/index.js');
const session = api.createSession({ input, output, cacheDir, write: true });
session.run();
const path = join(input, page);
const original = readFileSync(path, 'utf8');
const seconds: number[] = [];
const cpuSeconds: number[] = [];
for (let run = 0; run < Number(runs); run += 1) {
  writeFileSync(path, editedPage(original, run));
  const started = performance.now();
  const cpu = process.cpuUsage();
  session.run();
  const used = process.cpuUsage(cpu);
  seconds.push((performance.now() - started) / 1000);
  cpuSeconds.push((used.user + used.system) / 1e6);
}
writeFileSync(path, original);
process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds })}\n`);

