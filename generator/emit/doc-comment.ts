// JSDoc text from docs prose.

/** Text safe inside a `/** ... *\/` comment. */
export function docText(text: string): string {
  return text.replace(/\*\//g, '*\\/').trim();
}

/** The docs of a declaration, or none when the text is empty. */
export function docs(...paragraphs: string[]): string[] {
  const text = paragraphs.map(docText).filter(Boolean).join('\n\n');
  return text === '' ? [] : [text];
}
