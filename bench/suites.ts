// The benchmark suites `npm run bench` runs, in order. A suite prints its own
// figures (medians of several runs, ratios to its baseline).
import { guardsSuite } from './guards.js';

export interface BenchSuite {
  name: string;
  description: string;
  run: () => Promise<void>;
}

export const suites: BenchSuite[] = [guardsSuite];
