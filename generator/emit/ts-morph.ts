// ts-morph's runtime values, required rather than imported: importing a
// CommonJS package from an ES module makes Node scan its source for named
// exports (~0.1 s for ts-morph), on every thread that prints.
import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof TsMorph;

export const StructureKind: typeof TsMorph.StructureKind = tsMorph.StructureKind;
export const printStructure: typeof TsMorph.printStructure = tsMorph.printStructure;
