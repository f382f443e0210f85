// A print worker thread (print-modules.ts).
import { serveSharedWork } from '../threads/serve-shared-work.js';
import { printModule } from './print-module.js';

serveSharedWork(printModule);
