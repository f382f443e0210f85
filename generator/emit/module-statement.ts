// A statement of a generated module: a ts-morph structure, or text for the few
// layouts structures cannot express (a multi-line array literal).
import type { StatementStructures } from 'ts-morph';

export type ModuleStatement = StatementStructures | string;
