// `npm run bench -- guards`: guard throughput on realistic objects of the ten
// largest resources of the beta corpus, against ajv with an equivalent compiled
// JSON Schema and against hand-written guards for two of them, in one run.
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { familyIndex } from '../generator/emit/families.js';
import { assignNames } from '../generator/emit/naming.js';
import { generate } from '../generator/index.js';
import { compileOutput } from '../test/support/compile-output.js';
import { indexModel, instanceArbitrary } from '../test/support/instances.js';
import { corpusPages, hasCorpus, missing } from '../test/support/paths.js';
import { formatNames, graphSchema } from './guards/json-schema.js';
import { handWrittenGuards } from './guards/hand-written.js';
import { type Contender, type Row, printRows, race } from './guards/race.js';
import type { BenchSuite } from './suites.js';

const instancesPerType = 300;
const seed = 20210701;

export const guardsSuite: BenchSuite = {
  name: 'guards',
  description: `isX vs ajv vs hand-written, ${instancesPerType} instances of each of the ten largest corpus resources`,
  run,
};

async function run(): Promise<void> {
  if (!hasCorpus) {
    process.stdout.write(`${missing(corpusPages)}\n`);
    return;
  }
  const { model, files } = generate({ input: corpusPages });
  const output = compileOutput(files, 'bench');
  const index = indexModel(model);
  const lookup = (name: string) => index.resources.get(name);
  const families = familyIndex(model.resources, lookup);
  const subtypesOf = (name: string) => families.subtypes.get(name) ?? [];
  const { byType } = assignNames(model, { rootNamespace: 'microsoft.graph', writableSuffix: 'Writable' });
  const largest = [...index.resources.values()]
    .map((resource) => ({ name: resource.name, size: index.properties(resource).length }))
    .sort((a, b) => b.size - a.size || (a.name < b.name ? -1 : 1))
    .slice(0, 10);
  const runtime = await output.load('_runtime');
  const ajv = new Ajv({ strict: false, allErrors: false });
  const formats = runtime['formats'] as Record<keyof typeof formatNames, RegExp>;
  for (const [key, name] of Object.entries(formatNames)) ajv.addFormat(name, formats[key as keyof typeof formatNames]);
  ajv.addSchema(graphSchema(index, largest.map((type) => type.name), subtypesOf));
  const hand = await handWrittenGuards(output);
  const rows: Row[] = [];
  for (const { name, size } of largest) {
    const names = byType.get(name);
    if (names === undefined) continue;
    const module = await output.load(names.modulePath);
    // As a service returns them: every structural property present (null where the docs allow it),
    // navigation properties left out (they come only when expanded), complex values three deep.
    const arbitrary = instanceArbitrary(index, name, { maxDepth: 3, maxArray: 3, navigation: false, presence: 'all' });
    const instances = fc.sample(arbitrary, { seed, numRuns: instancesPerType }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
    const validate = ajv.getSchema(`graph#/$defs/${name}`);
    if (validate === undefined) throw new Error(`ajv has no schema for ${name}`);
    const contenders: Contender[] = [
      { label: 'isX', guard: module[names.guardName] as (value: unknown) => boolean },
      { label: 'ajv', guard: (value) => validate(value) === true },
    ];
    const handGuard = hand[name];
    if (handGuard !== undefined) contenders.push({ label: 'hand', guard: handGuard });
    rows.push({ name: names.typeName, size, instances: instances.length, timings: race(contenders, instances) });
  }
  printRows(rows);
}
