// A helper thread (shared-work.ts): serves the jobs it is sent, each with the
// function of its stage, whose modules it loads on the first job that needs
// them. A run prints after it parses: a helper done parsing loads the printer
// (ts-morph, ~0.4 s) while the calling thread resolves the model.
import { serveSharedWork } from './serve-shared-work.js';

serveSharedWork({
  parse: async () => (await import('../parse/parallel.js')).parseInputPage,
  print: async () => (await import('../print-stage.js')).printAndStage,
}, { parse: 'print' });
