// Property tests over every resource of the beta corpus output (fast-check,
// fixed seeds): instances built from the model pass their guard; each single
// mutation of them fails it, and `validateX` names the mutated path. Subtype
// instances pass their base's guard, siblings' fail, and `isAnyX` checks what
// `@odata.type` names.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { familyIndex } from '../../generator/emit/families.js';
import { type TypeNames, assignNames } from '../../generator/emit/naming.js';
import { generate } from '../../generator/index.js';
import type { ApiModel } from '../../generator/model/types.js';
import { compileOutput } from '../support/compile-output.js';
import { type InstanceOptions, type ModelIndex, indexModel, instanceArbitrary } from '../support/instances.js';
import { mutationsOf } from '../support/mutations.js';
import { typeCheckFiles } from '../support/typescript.js';
import { corpusPages, hasCorpus, missing } from '../support/paths.js';

type Guard = (value: unknown) => boolean;
type Validate = (value: unknown) => { path: string; message: string }[];
interface Guards { is: Guard; validate: Validate }

const seed = 20210701;
const runsPerType = 5;
const mutationsPerInstance = 100;
const instances: InstanceOptions = { maxDepth: 2, maxArray: 2, navigation: true, presence: 'some' };

describe.skipIf(!hasCorpus)(hasCorpus ? 'guards of the whole beta corpus' : missing(corpusPages), () => {
  let model: ApiModel;
  let index: ModelIndex;
  let subtypes: Map<string, string[]>;
  let files: { path: string; text: string }[];
  let typeNames: Map<string, TypeNames>;
  const guards = new Map<string, Guards>();
  const familyGuards = new Map<string, Guards>();

  beforeAll(async () => {
    const result = generate({ input: corpusPages });
    model = result.model;
    index = indexModel(model);
    const families = familyIndex(model.resources, (name) => index.resources.get(name));
    subtypes = families.subtypes;
    const { byType, byFamily } = assignNames(model, { rootNamespace: 'microsoft.graph', writableSuffix: 'Writable' }, families.heads);
    files = result.files;
    typeNames = byType;
    const output = compileOutput(result.files, 'corpus');
    const load = async (names: TypeNames): Promise<Guards> => {
      const module = await output.load(names.modulePath);
      return { is: module[names.guardName] as Guard, validate: module[names.validateName] as Validate };
    };
    for (const resource of model.resources) {
      const names = byType.get(resource.name);
      if (names !== undefined) guards.set(resource.name, await load(names));
      const family = byFamily.get(resource.name);
      if (family !== undefined) familyGuards.set(resource.name, await load(family));
    }
  });

  it('passes instances built from the model, and fails each single mutation at its path', () => {
    const problems: string[] = [];
    let mutations = 0;
    for (const resource of model.resources) {
      const guard = guards.get(resource.name);
      if (guard === undefined) continue;
      fc.assert(fc.property(instanceArbitrary(index, resource.name, instances), (instance) => {
        if (!guard.is(instance)) problems.push(`${resource.name}: rejects ${JSON.stringify(guard.validate(instance))}`);
        const found = mutationsOf(index, resource.name, instance);
        const every = Math.max(1, Math.ceil(found.length / mutationsPerInstance));
        for (const mutation of found.filter((_, position) => position % every === 0)) {
          mutation.apply();
          mutations += 1;
          const accepted = guard.is(instance);
          const paths = guard.validate(instance).map((failure) => failure.path);
          mutation.undo();
          if (accepted || !paths.includes(mutation.path)) {
            problems.push(`${resource.name}: ${mutation.kind} at ${mutation.path}: ${accepted ? 'accepted' : `failures at ${paths.join(', ')}`}`);
          }
        }
      }), { seed, numRuns: runsPerType });
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(mutations).toBeGreaterThan(150_000);
    process.stdout.write(`checked ${mutations} mutations of the instances of ${guards.size} resources\n`);
  });

  it("passes a subtype's instance in its base's guard, and fails a sibling's", () => {
    const problems: string[] = [];
    for (const [head, members] of subtypes) {
      const headGuard = guards.get(head);
      const headProperties = new Map(index.properties(index.resources.get(head)!).map((property) => [property.name, property]));
      for (const member of members) {
        const [instance] = fc.sample(instanceArbitrary(index, member, { ...instances, maxDepth: 1 }), { seed, numRuns: 1 });
        if (instance === undefined || headGuard === undefined) continue;
        // A property the subtype redeclares with another type is not the base's (`Omit<Base, 'p'>`).
        for (const property of index.properties(index.resources.get(member)!)) {
          const declared = headProperties.get(property.name);
          if (declared !== undefined && JSON.stringify([declared.type, declared.collection, declared.nullable]) !==
            JSON.stringify([property.type, property.collection, property.nullable])) delete instance[property.name];
        }
        instance['@odata.type'] = `#${member}`;
        if (!headGuard.is(instance)) problems.push(`${head} rejects its subtype ${member}: ${JSON.stringify(headGuard.validate(instance))}`);
        const sibling = [...subtypes.keys()].find((other) => other !== head && !members.includes(other) && !(subtypes.get(other) ?? []).includes(member)
          && index.resources.get(other)?.baseType === index.resources.get(member)?.baseType);
        if (sibling !== undefined && guards.get(sibling)?.is(instance)) problems.push(`${sibling} accepts its sibling ${member}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('AnyX checks a value as the type its @odata.type names, and fails the mutations of that type', () => {
    const problems: string[] = [];
    for (const [head, family] of familyGuards) {
      for (const member of [head, ...(subtypes.get(head) ?? [])]) {
        const [instance] = fc.sample(instanceArbitrary(index, member, { ...instances, maxDepth: 1 }), { seed, numRuns: 1 });
        if (instance === undefined) continue;
        instance['@odata.type'] = `#${member}`;
        if (!family.is(instance)) problems.push(`Any ${head} rejects ${member}: ${JSON.stringify(family.validate(instance))}`);
        for (const mutation of mutationsOf(index, member, instance).filter((found) => found.kind !== 'wrong @odata.type').slice(0, 5)) {
          mutation.apply();
          const paths = family.validate(instance).map((failure) => failure.path);
          const accepted = family.is(instance);
          mutation.undo();
          if (accepted || !paths.includes(mutation.path)) problems.push(`Any ${head} as ${member}: ${mutation.kind} at ${mutation.path}`);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('agrees with the interfaces: a value the guard accepts is assignable to X (compile time)', () => {
    const lines: string[] = [];
    for (const resource of model.resources) {
      const names = typeNames.get(resource.name);
      const [instance] = fc.sample(instanceArbitrary(index, resource.name, { ...instances, maxDepth: 1 }), { seed, numRuns: 1 });
      if (names === undefined || instance === undefined || guards.get(resource.name)?.is(instance) !== true) continue;
      // Annotations are no interface's properties; an object literal may not name them.
      const literal = JSON.stringify(instance, (key, value: unknown) => (key === '@odata.type' ? undefined : value));
      lines.push(`import type { ${names.typeName} as T${lines.length} } from './${names.modulePath}.js';`);
      lines.push(`export const v${lines.length - 1}: T${lines.length - 1} = ${literal};`);
    }
    expect(lines.length).toBe(2 * model.resources.length);
    const program = new Map(files.map((file) => [file.path, file.text]));
    program.set('accepted.ts', lines.join('\n'));
    expect(typeCheckFiles(program).slice(0, 10)).toEqual([]);
  });
});
