// Every package the parse stage uses, in one module. The build bundles this
// module with those packages into one file (scripts/bundle-packages.ts): Node
// loads it in ~45 ms, where resolving, reading and compiling their ~170 ES
// modules one by one takes ~170 ms, paid by every run that parses a page (an
// edit's) and by every parse thread.
export { parse as parseJsonc, parseTree, printParseErrorCode } from 'jsonc-parser';
export type { Node as JsonNode, ParseError } from 'jsonc-parser';
export { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
export { gfmTable } from 'micromark-extension-gfm-table';
export { default as remarkFrontmatter } from 'remark-frontmatter';
export { default as remarkGfm } from 'remark-gfm';
export { default as remarkParse } from 'remark-parse';
export { type Processor, unified } from 'unified';
export { parse as parseYaml } from 'yaml';
