// Times guards over the same instances, rounds interleaved so that drift hits
// every contender alike, and prints medians and ratios.

export interface Contender {
  label: string;
  guard: (value: unknown) => boolean;
}

export interface Row {
  name: string;
  size: number;
  instances: number;
  /** Median nanoseconds per instance, by contender label. */
  timings: Map<string, number>;
}

const warmupRounds = 5;
const rounds = 21;

export function race(contenders: readonly Contender[], instances: readonly unknown[]): Map<string, number> {
  for (const { label, guard } of contenders) {
    for (const instance of instances) {
      if (guard(instance) !== true) throw new Error(`${label} rejects an instance every guard must accept: ${JSON.stringify(instance).slice(0, 300)}`);
    }
  }
  const samples = new Map(contenders.map(({ label }) => [label, [] as number[]]));
  for (let round = 0; round < warmupRounds + rounds; round += 1) {
    for (const { label, guard } of contenders) {
      const started = process.hrtime.bigint();
      let passed = 0;
      for (let repeat = 0; repeat < 5; repeat += 1) for (const instance of instances) if (guard(instance)) passed += 1;
      const elapsed = Number(process.hrtime.bigint() - started);
      if (passed !== instances.length * 5) throw new Error(`${label} changed its verdict`);
      if (round >= warmupRounds) samples.get(label)?.push(elapsed / (instances.length * 5));
    }
  }
  return new Map([...samples].map(([label, values]) => [label, median(values)]));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function printRows(rows: readonly Row[]): void {
  const width = Math.max(...rows.map((row) => `${row.name} (${row.size})`.length), 40) + 2;
  const line = (cells: string[]) => process.stdout.write(`${cells[0]?.padEnd(width)}${cells.slice(1).map((cell) => cell.padStart(10)).join('')}\n`);
  line(['type (properties)', 'isX ns', 'ajv ns', 'ajv/isX', 'hand ns', 'isX/hand']);
  const total = (label: string, subset = rows) => subset.reduce((sum, row) => sum + (row.timings.get(label) ?? 0) * row.instances, 0);
  for (const row of rows) {
    const [ours, ajv, hand] = ['isX', 'ajv', 'hand'].map((label) => row.timings.get(label));
    line([`${row.name} (${row.size})`, fixed(ours), fixed(ajv), ratio(ajv, ours), fixed(hand), ratio(ours, hand)]);
  }
  const withHand = rows.filter((row) => row.timings.has('hand'));
  line(['all ten: ajv time / isX time', '', '', ratio(total('ajv'), total('isX'))]);
  if (withHand.length > 0) line(['hand-written pair: isX time / hand time', '', '', '', '', ratio(total('isX', withHand), total('hand', withHand))]);
}

const fixed = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(0));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '-' : `${(a / b).toFixed(2)}x`);
