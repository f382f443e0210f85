// A parse worker thread (parallel.ts).
import { serveSharedWork } from '../threads/serve-shared-work.js';
import { parseInputPage } from './parallel.js';

serveSharedWork(parseInputPage);
