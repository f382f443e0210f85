// Reads the YAML front matter fields the generator uses.
import { parseYaml } from './packages.js';
import { readSimpleMapping } from './simple-yaml.js';

export interface FrontMatter {
  docType?: string;
  title?: string;
  description?: string;
}

export function readFrontMatter(yamlText: string): FrontMatter {
  let fields: unknown = readSimpleMapping(yamlText);
  try {
    fields ??= parseYaml(yamlText);
  } catch {
    // Front matter is metadata for the docs site; a broken one costs us nothing
    // the page body does not also say.
    return {};
  }
  if (typeof fields !== 'object' || fields === null) return {};
  const record = fields as Record<string, unknown>;
  const result: FrontMatter = {};
  const docType = text(record['doc_type']);
  const title = text(record['title']);
  const description = text(record['description']);
  if (docType !== undefined) result.docType = docType;
  if (title !== undefined) result.title = title;
  if (description !== undefined) result.description = description;
  return result;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
