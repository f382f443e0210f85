// JSDoc text from docs prose, wrapped so that no comment line runs long.

const lineWidth = 100;

/** Text safe inside a `/** ... *\/` comment. */
export function docText(text: string): string {
  return text.replace(/\*\//g, '*\\/').trim();
}

/**
 * The docs of a declaration, or none when the text is empty. `indent` is the
 * column the declaration starts at; paragraphs are wrapped to fit the line.
 */
export function docs(indent: number, ...paragraphs: string[]): string[] {
  const width = lineWidth - indent - 3;
  const text = paragraphs.map(docText).filter(Boolean).map((paragraph) => wrap(paragraph, width)).join('\n\n');
  return text === '' ? [] : [text];
}

/** Word-wraps each line of a paragraph; a word longer than the width keeps a line of its own. */
export function wrap(paragraph: string, width: number): string {
  return paragraph
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ').filter(Boolean)) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  lines.push(current);
  return lines.join('\n');
}

/** A JSDoc block written as text, for statements that structures cannot carry: one line when it fits. */
export function docBlock(text: string): string {
  const line = `/** ${docText(text)} */`;
  if (line.length <= lineWidth) return line;
  return `/**\n${wrap(docText(text), lineWidth - 3).split('\n').map((part) => ` * ${part}`).join('\n')}\n */`;
}
