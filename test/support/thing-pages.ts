// Many small resource pages, for runs that must cross the thread thresholds
// (1,000 pages or modules) without the corpus.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A resource page `thing<index>` with one Int32 property. */
export function thingPage(index: number): string {
  return `# thing${index} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| size${index} | Int32 | Number ${index}. |\n`;
}

/** Writes `count` such pages into `folder`. */
export function writeThingPages(folder: string, count: number): void {
  for (let index = 0; index < count; index += 1) writeFileSync(join(folder, `thing${index}.md`), thingPage(index));
}
