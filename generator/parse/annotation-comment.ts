// Reads the `<!-- { "blockType": "resource", ... } -->` comment that precedes a
// JSON representation block.
import { type ParseError, parseJsonc, printParseErrorCode } from './packages.js';
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, ResourceAnnotation, SourcePosition } from '../model/types.js';
import { positionInText } from './text-position.js';

const commentPattern = /<!--([\s\S]*?)-->/;

export interface AnnotationResult {
  /** Present when the comment is a resource annotation. */
  annotation?: ResourceAnnotation;
  diagnostics: Diagnostic[];
}

export function readAnnotationComment(html: string, position: SourcePosition, file: string): AnnotationResult {
  const match = commentPattern.exec(html);
  const body = match?.[1];
  if (body === undefined || !body.trim().startsWith('{') || !/"blockType"\s*:\s*"resource"/.test(body)) {
    return { diagnostics: [] };
  }
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(body, errors, { allowTrailingComma: true });
  const bodyStart = positionInText(html, (match?.index ?? 0) + 4, position);
  const diagnostics = errors.slice(0, 1).map((error) =>
    diagnostic('annotation-invalid', file, positionInText(body, error.offset, bodyStart),
      `Resource annotation is not valid JSON (${printParseErrorCode(error.error)}); read what precedes the fault.`),
  );
  return { annotation: annotationFields(isRecord(value) ? value : {}, position), diagnostics };
}

function annotationFields(fields: Record<string, unknown>, position: SourcePosition): ResourceAnnotation {
  const annotation: ResourceAnnotation = { optionalProperties: stringList(fields['optionalProperties']), position };
  const odataType = fields['@odata.type'] ?? fields['@type'];
  if (typeof odataType === 'string' && odataType.trim()) annotation.odataType = odataType.trim().replace(/^#/, '');
  const baseType = fields['baseType'];
  if (baseType === null) annotation.baseType = null;
  else if (typeof baseType === 'string' && baseType.trim()) annotation.baseType = baseType.trim().replace(/^#/, '');
  const openType = flag(fields['openType']);
  if (openType !== undefined) annotation.openType = openType;
  const abstract = flag(fields['abstract'] ?? fields['isAbstract']);
  if (abstract !== undefined) annotation.abstract = abstract;
  if (typeof fields['keyProperty'] === 'string') annotation.keyProperty = fields['keyProperty'];
  return annotation;
}

/** `true`, or `"true"` as pages sometimes write it. */
function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return undefined;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
