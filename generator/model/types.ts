// The plain data that flows between the stages: parse -> resolve -> emit.
// Everything here is JSON-serialisable: no syntax-tree node and no ts-morph
// object ever crosses a stage boundary, so pages can be cached and parsed in
// worker threads.

/** A place in a docs page, 1-based like editors show it. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A place in a named docs page (path relative to the input folder). */
export interface SourceRef extends SourcePosition {
  file: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic extends SourceRef {
  severity: Severity;
  ruleId: string;
  message: string;
}

// ---------------------------------------------------------------------------
// Parse stage: what one page says, with positions, before any interpretation.

/** Text of a table cell or paragraph, with the links it holds. */
export interface InlineText {
  text: string;
  links: LinkMention[];
}

export interface LinkMention {
  text: string;
  /** The link destination; reference-style links are already resolved. */
  url: string;
}

export interface PropertyRow {
  name: string;
  /** The name cell marks the property deprecated (`name (deprecated)`). */
  deprecated?: boolean;
  type: InlineText;
  description: InlineText;
  position: SourcePosition;
}

export interface EnumMemberRow {
  name: string;
  /** The Value column where the table has one (numeric in the docs). */
  value?: string;
  description: string;
  position: SourcePosition;
}

export interface EnumTable {
  /** The enumeration's name as the heading gives it (`### name values`, `# name enum type`). */
  name: string;
  description: string;
  members: EnumMemberRow[];
  position: SourcePosition;
}

/** The `<!-- { "blockType": "resource", ... } -->` comment before a JSON block. */
export interface ResourceAnnotation {
  odataType?: string;
  /** `null` when the page says explicitly that there is no base type. */
  baseType?: string | null;
  openType?: boolean;
  abstract?: boolean;
  optionalProperties: string[];
  keyProperty?: string;
  position: SourcePosition;
}

/** The JSON shape of a value in a JSON representation block. */
export type JsonShape =
  | { kind: 'string'; text: string }
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'null' }
  | { kind: 'object'; odataType?: string }
  | { kind: 'array'; element?: JsonShape };

export interface JsonProperty {
  name: string;
  shape: JsonShape;
  position: SourcePosition;
}

export interface JsonBlock {
  properties: JsonProperty[];
  position: SourcePosition;
}

/** A resource definition: its annotation and the JSON block that follows it. */
export interface ResourceBlock {
  annotation?: ResourceAnnotation;
  json?: JsonBlock;
  position: SourcePosition;
}

export interface InheritanceMention {
  link: LinkMention;
  position: SourcePosition;
}

export interface PageModel {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  docType?: string;
  frontMatterTitle?: string;
  frontMatterDescription?: string;
  title?: { text: string; position: SourcePosition };
  namespace?: { name: string; position: SourcePosition };
  /** The first paragraph of prose between the title and the first section. */
  summary: string;
  /** Notes (`> [!NOTE]` blockquotes) between the title and the first section. */
  notes: string[];
  inheritsFrom: InheritanceMention[];
  properties: PropertyRow[];
  relationships: PropertyRow[];
  enumTables: EnumTable[];
  /** The first resource block is the definition; later ones are examples. */
  resourceBlocks: ResourceBlock[];
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------
// Resolve stage: the API the pages describe together.

export type PrimitiveName =
  | 'String'
  | 'Boolean'
  | 'Byte'
  | 'SByte'
  | 'Int16'
  | 'Int32'
  | 'Int64'
  | 'Single'
  | 'Double'
  | 'Decimal'
  | 'Guid'
  | 'DateTimeOffset'
  | 'Date'
  | 'TimeOfDay'
  | 'Duration'
  | 'Binary'
  | 'Stream'
  | 'Json';

export type TypeRef =
  | { kind: 'primitive'; name: PrimitiveName }
  | { kind: 'resource'; name: string }
  | { kind: 'enum'; name: string }
  | { kind: 'unknown'; text: string };

export interface Property {
  name: string;
  type: TypeRef;
  collection: boolean;
  readOnly: boolean;
  nullable: boolean;
  /** A navigation property (from a Relationships table). */
  navigation: boolean;
  /** Where the docs state it: a table row, or only the JSON representation. */
  origin: 'table' | 'json';
  /** The docs mark it deprecated. */
  deprecated: boolean;
  description: string;
  source: SourceRef;
}

export interface ResourceType {
  /** Fully qualified name, e.g. `microsoft.graph.recordOperation`. */
  name: string;
  namespace: string;
  shortName: string;
  description: string;
  baseType?: string;
  abstract: boolean;
  openType: boolean;
  properties: Property[];
  source: SourceRef;
}

export interface EnumMember {
  name: string;
  description: string;
}

export interface EnumType {
  name: string;
  namespace: string;
  shortName: string;
  description: string;
  members: EnumMember[];
  /** `page` when a docs page or table defines it, `inferred` when built from a property. */
  origin: 'page' | 'inferred';
  source: SourceRef;
}

export interface ApiModel {
  resources: ResourceType[];
  enums: EnumType[];
  diagnostics: Diagnostic[];
}
