// A type of many properties gets its checker in parts (small functions V8
// inlines the runtime calls into), and the parts behave as one checker.
import { describe, expect, it } from 'vitest';
import { generateFromPages } from '../../generator/index.js';
import { compileOutput } from '../support/compile-output.js';

const propertyCount = 60;
const kinds = ['String', 'Boolean', 'Int32'] as const;
const rows = Array.from({ length: propertyCount }, (_, index) => `| setting${index} | ${kinds[index % 3]} | Setting ${index}. |`);
const page = `---
title: "wideThing resource type"
doc_type: resourcePageType
---

# wideThing resource type

Namespace: microsoft.graph

A type with many settings.

## Properties

| Property | Type | Description |
|:--|:--|:--|
${rows.join('\n')}
`;

const { files } = generateFromPages([{ file: 'widething.md', text: page }]);
const text = files.find((file) => file.path === 'WideThing.ts')?.text ?? '';
const module = await compileOutput(files, 'wide').load('WideThing');
const isWideThing = module['isWideThing'] as (value: unknown) => boolean;
const validateWideThing = module['validateWideThing'] as (value: unknown) => { path: string; message: string }[];
const sample = (index: number) => (index % 3 === 0 ? 'text' : index % 3 === 1 ? true : 7);
const valid = Object.fromEntries(Array.from({ length: propertyCount }, (_, index) => [`setting${index}`, sample(index)]));

describe('a checker split into parts', () => {
  it('calls at most 24 helpers a function, every property once', () => {
    const parts = [...text.matchAll(/^function wideThingPart\d+\([^]*?^}/gm)].map((match) => match[0]);
    expect(parts).toHaveLength(3);
    for (const part of parts) expect((part.match(/rt\.\w+\(value\[/g) ?? []).length).toBeLessThanOrEqual(24);
    const checked = parts.flatMap((part) => [...part.matchAll(/value\['(\w+)'\]/g)].map((match) => match[1]));
    expect(checked.sort()).toEqual(Object.keys(valid).sort());
    expect(text).toMatch(/wideThingPart1\(value, context\) &&\n\s+wideThingPart2\(value, context\) &&\n\s+wideThingPart3\(value, context\)/);
  });

  it('accepts a valid value and finds a wrong property in any part', () => {
    expect(isWideThing(valid)).toBe(true);
    for (const index of [0, 23, 24, 47, 48, 59]) {
      const wrong = { ...valid, [`setting${index}`]: [] };
      expect(isWideThing(wrong), `setting${index}`).toBe(false);
      expect(validateWideThing(wrong).map((failure) => failure.path)).toEqual([`$.setting${index}`]);
    }
  });

  it('collects the failures of every part', () => {
    const wrong = { ...valid, setting1: 'yes', setting30: 30, setting59: 1.5 };
    expect(validateWideThing(wrong)).toEqual([
      { path: '$.setting1', message: 'expected boolean, got "yes"' },
      { path: '$.setting30', message: 'expected string, got 30' },
      { path: '$.setting59', message: 'expected integer, got 1.5' },
    ]);
  });
});
