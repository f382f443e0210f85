// A print thread (print-stage.ts).
import { printAndStage } from './print-stage.js';
import { serveSharedWork } from './threads/serve-shared-work.js';

serveSharedWork(printAndStage);
