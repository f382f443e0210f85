// The edit of the "one page changed" cases: one more word in the first
// property's description, different on every run so each run is a change.
export function editedPage(text: string, run: number): string {
  return text.replace(/(## Properties[\s\S]*?\n\|[^\n]*\|[^\n]*\n\|[^\n]*\n\|[^|\n]*\|[^|\n]*\|)([^|\n]*)/, `$1$2 Edit ${run}.`);
}
