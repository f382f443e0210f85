#!/usr/bin/env node
// The `graph-docs-typegen` command; see cli/main.ts for the exit codes.
import { setFlagsFromString } from 'node:v8';
import { main } from './cli/main.js';

// A command run lasts seconds: optimising every function that gets warm costs
// more compiler time (on the same cores) than the optimised code saves. A
// function is optimised after ~9x the default work (cold run: CPU -15%, wall -10%).
setFlagsFromString('--interrupt-budget=600000');

process.exitCode = await main(process.argv.slice(2));
