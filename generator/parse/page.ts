// Walks the top level of one page and hands each construct to its reader.
// Sections are tracked by heading: a table means a property list under
// "Properties", navigation properties under "Relationships", and enumeration
// members under "### name values" or "## Members".
import type { Blockquote, Code, Heading, Html, Paragraph, Root, Table } from 'mdast';
import { diagnostic } from '../diagnostics.js';
import type { PageModel, ResourceBlock } from '../model/types.js';
import { readAnnotationComment } from './annotation-comment.js';
import { readEnumTable } from './enum-table.js';
import { readFrontMatter } from './front-matter.js';
import { type Definitions, collectDefinitions, inlineText } from './inline-text.js';
import { readJsonBlock } from './json-block.js';
import { isPropertyTable, readPropertyTable } from './property-table.js';
import { startOf, tableRows } from './table.js';

interface WalkState {
  page: PageModel;
  definitions: Definitions;
  section?: string;
  subsection?: string;
  /** An annotation still waiting for its JSON block. */
  pendingBlock?: ResourceBlock;
}

export function pageFromTree(tree: Root, file: string): PageModel {
  const page: PageModel = {
    file, summary: '', notes: [], inheritsFrom: [], properties: [], relationships: [], enumTables: [], resourceBlocks: [], diagnostics: [],
  };
  const state: WalkState = { page, definitions: collectDefinitions(tree.children) };
  for (const node of tree.children) {
    if (node.type === 'yaml') Object.assign(page, frontMatterFields(node.value));
    else if (node.type === 'heading') onHeading(state, node);
    else if (node.type === 'paragraph') onParagraph(state, node);
    else if (node.type === 'table') onTable(state, node);
    else if (node.type === 'html') onHtml(state, node);
    else if (node.type === 'code') onCode(state, node);
    else if (node.type === 'blockquote') onBlockquote(state, node);
  }
  return page;
}

function frontMatterFields(yamlText: string): Partial<PageModel> {
  const { docType, title, description } = readFrontMatter(yamlText);
  const fields: Partial<PageModel> = {};
  if (docType !== undefined) fields.docType = docType;
  if (title !== undefined) fields.frontMatterTitle = title;
  if (description !== undefined) fields.frontMatterDescription = description;
  return fields;
}

function onHeading(state: WalkState, node: Heading): void {
  const text = inlineText(node.children, state.definitions).text;
  if (node.depth === 1) {
    state.page.title ??= { text, position: startOf(node) };
    return;
  }
  if (node.depth === 2) {
    state.section = text.toLowerCase();
    delete state.subsection;
  } else {
    state.subsection = text;
  }
}

const namespaceLine = /^namespace:\s*([\w.]+)/i;
/** "Inherits from [x]", "is derived from [x]", "a subclass of [x]", "properties are inherited from [x]". */
const inheritancePhrase = /\b(?:inherits?|inherited|derived|derives|derived type|subclass|subtype)\s+(?:\w+\s+)?(?:from|of)\s+/gi;

function onParagraph(state: WalkState, node: Paragraph): void {
  const { text, links } = inlineText(node.children, state.definitions);
  const namespace = namespaceLine.exec(text);
  if (namespace?.[1] !== undefined && state.page.namespace === undefined) {
    state.page.namespace = { name: namespace[1].replace(/\.$/, ''), position: startOf(node) };
    return;
  }
  for (const phrase of text.matchAll(inheritancePhrase)) {
    // The base is the link right after the phrase, perhaps in bold.
    const after = text.slice(phrase.index + phrase[0].length).replace(/^[*_]+/, '');
    const link = links.find((candidate) => candidate.text !== '' && after.startsWith(candidate.text));
    if (link) state.page.inheritsFrom.push({ link, position: startOf(node) });
  }
  if (state.section === undefined && state.page.summary === '' && isProse(text)) state.page.summary = text;
}

function onBlockquote(state: WalkState, node: Blockquote): void {
  if (state.section !== undefined) return;
  for (const child of node.children) {
    if (child.type !== 'paragraph') continue;
    const text = inlineText(child.children, state.definitions).text.replace(/^\[!\w+\]\s*/, '');
    if (text !== '') state.page.notes.push(text);
  }
}

function isProse(text: string): boolean {
  return text !== '' && !text.startsWith('[!') && !/^\[!?INCLUDE/i.test(text);
}

function onTable(state: WalkState, node: Table): void {
  const { page } = state;
  const table = tableRows(node, state.definitions);
  const enumName = enumTableName(state, table.header);
  if (enumName !== undefined) {
    const { members, diagnostics } = readEnumTable(table, page.file);
    page.enumTables.push({ name: enumName, description: '', members, position: table.position });
    page.diagnostics.push(...diagnostics);
    return;
  }
  const target = state.section?.includes('relationship')
    ? page.relationships
    : state.section?.includes('propert') ? page.properties : undefined;
  if (target === undefined) return;
  if (state.subsection !== undefined) {
    // "### Properties of a policy definition", "### Instance attributes": a
    // subsection describes something other than the type's own properties.
    page.diagnostics.push(diagnostic('table-columns', page.file, table.position,
      `Table under the subsection "${state.subsection}" describes something other than the type's properties; did not read it as a property list.`));
    return;
  }
  if (!isPropertyTable(table.header)) {
    page.diagnostics.push(diagnostic('table-columns', page.file, table.position,
      `Table "${table.header.join(' | ')}" has no Property and Type columns; did not read it as a property list.`));
    return;
  }
  const { rows, diagnostics } = readPropertyTable(table, page.file);
  target.push(...rows);
  page.diagnostics.push(...diagnostics);
}

const valuesHeading = /^`?([A-Za-z_][\w.]*)`?\s+(?:property\s+)?(?:values?|members|enum(?:eration)?(?:\s+values)?)$/i;

/** The enumeration a table lists, if it lists one. */
function enumTableName(state: WalkState, header: readonly string[]): string | undefined {
  const fromHeading = valuesHeading.exec(state.subsection ?? '') ?? valuesHeading.exec(state.section ?? '');
  if (fromHeading?.[1] !== undefined) return fromHeading[1];
  const memberHeader = header[0] === 'member' || header[0] === 'members';
  if (state.section === 'members' || (memberHeader && state.section === undefined)) return enumNameFromTitle(state.page);
  return undefined;
}

function enumNameFromTitle(page: PageModel): string | undefined {
  const title = page.title?.text ?? page.frontMatterTitle ?? '';
  const match = /^`?([A-Za-z_][\w.]*)`?(?:\s+enum(?:eration)?)?(?:\s+type)?(?:\s+values)?$/i.exec(title.trim());
  return match?.[1];
}

function onHtml(state: WalkState, node: Html): void {
  const { annotation, diagnostics } = readAnnotationComment(node.value, startOf(node), state.page.file);
  state.page.diagnostics.push(...diagnostics);
  if (annotation === undefined) return;
  const block: ResourceBlock = { annotation, position: annotation.position };
  state.page.resourceBlocks.push(block);
  state.pendingBlock = block;
}

const jsonLanguages = new Set(['json', 'jsonc', 'json5', 'javascript', 'js', 'http']);

function onCode(state: WalkState, node: Code): void {
  if (node.lang && !jsonLanguages.has(node.lang.toLowerCase())) return;
  const pending = state.pendingBlock;
  const inJsonSection = state.section?.includes('json') === true && state.page.resourceBlocks.length === 0;
  if (pending === undefined && !inJsonSection) return;
  const start = startOf(node);
  const { block, diagnostics } = readJsonBlock(node.value, { line: start.line + 1, column: start.column }, state.page.file);
  state.page.diagnostics.push(...diagnostics);
  if (pending !== undefined) {
    pending.json = block;
    delete state.pendingBlock;
  } else {
    state.page.resourceBlocks.push({ json: block, position: start });
  }
}
