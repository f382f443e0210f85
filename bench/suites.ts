// The benchmark suites `npm run bench` runs, in order. A suite prints its own
// figures (medians of several runs, ratios to its baseline).
import { runCodegenBench } from './codegen/index.js';
import { guardsSuite } from './guards.js';

export interface BenchSuite {
  name: string;
  description: string;
  run: () => Promise<void>;
}

export const suites: BenchSuite[] = [
  {
    name: 'codegen',
    description: 'the beta corpus cold, warm and after one page changed, at 1x, 2x and 4x, against a plain remark parse; consumer tsc cost',
    run: runCodegenBench,
  },
  guardsSuite,
];
