// Maps an offset inside an embedded text (a comment, a code block) back to the
// page, so diagnostics point at the exact line and column.
import type { SourcePosition } from '../model/types.js';

export function positionInText(text: string, offset: number, start: SourcePosition): SourcePosition {
  let line = start.line;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  const column = offset - lineStart + (line === start.line ? start.column : 1);
  return { line, column };
}
