// `npm run bench`: every benchmark suite, in one run, printing figures.
// Benchmarks measure; they never pass or fail. Run one suite with
// `npm run bench -- <name>`.
import { suites } from './suites.js';

const wanted = process.argv.slice(2);
for (const suite of suites) {
  if (wanted.length > 0 && !wanted.includes(suite.name)) continue;
  process.stdout.write(`\n== ${suite.name}: ${suite.description}\n`);
  await suite.run();
}
