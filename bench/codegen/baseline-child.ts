// The baseline: a plain remark parse (remark-parse + remark-gfm +
// remark-frontmatter, as the generator parsed before this work) of every
// whole page of a folder (and its sub-folders), on one thread. Prints the parse time in seconds.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const folder = process.argv[2] ?? '';
const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md')).sort();
const texts = files.map((file) => readFileSync(join(folder, file), 'utf8'));
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const started = performance.now();
const cpu = process.cpuUsage();
for (const text of texts) processor.parse(text);
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - started) / 1000, cpuSeconds, pages: texts.length })}\n`);
