// A helper thread (shared-work.ts): serves the jobs it is sent, each with the
// function of its stage, whose modules it loads on the first job that needs
// them, or at once for the stage it was started ahead of. A run prints after
// it parses: a helper done parsing loads the printer (ts-morph, ~0.4 s) while
// the calling thread resolves the model.
import { workerData } from 'node:worker_threads';
import { loadPrinterCode } from '../cache/compiled-code.js';
import { serveSharedWork } from './serve-shared-work.js';
import type { HelperStart } from './shared-work.js';

const start = workerData as HelperStart | null;

serveSharedWork({
  parse: async () => (await import('../parse/parallel.js')).parseInputPage,
  print: async () => {
    // ts-morph with the compiled code an earlier run kept, when told where (and kept for the next).
    if (start?.codeFolder !== undefined) loadPrinterCode(start.codeFolder, true);
    return (await import('../print-stage.js')).printAndStage;
  },
}, { parse: 'print' }, start?.stage);
