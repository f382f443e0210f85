// Every package the parse stage uses, in one module. The build bundles this
// module with those packages into one file (scripts/build/bundle-packages.ts):
// importing the parse stage takes ~60 ms with it, ~170 ms when Node resolves,
// reads and compiles the packages' ~170 ES modules one by one, paid by every
// run that parses a page (an edit's) and by every parse thread.
export { parse as parseJsonc, parseTree, printParseErrorCode } from 'jsonc-parser';
export type { Node as JsonNode, ParseError } from 'jsonc-parser';
export { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
export { gfmTable } from 'micromark-extension-gfm-table';
export { default as remarkFrontmatter } from 'remark-frontmatter';
export { default as remarkGfm } from 'remark-gfm';
export { default as remarkParse } from 'remark-parse';
export { type Processor, unified } from 'unified';
export { parse as parseYaml } from 'yaml';
