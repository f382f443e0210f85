#!/usr/bin/env node
// The `graph-docs-typegen` command; see cli/main.ts for the exit codes.
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2));
