// The hand-written parts of the output: the file banner and the guard runtime.
// They are real `.ts` files in `templates/`, type-checked with the project; a
// user's templates folder may override either.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Templates {
  /** The comment lines every generated file starts with. */
  banner: string;
  /** The source of the shared guard runtime. */
  runtime: string;
}

export function loadTemplates(overrideFolder?: string): Templates {
  const builtIn = builtInTemplatesFolder();
  const read = (file: string): string => {
    const override = overrideFolder === undefined ? undefined : join(overrideFolder, file);
    return readFileSync(override !== undefined && existsSync(override) ? override : join(builtIn, file), 'utf8');
  };
  return { banner: leadingComment(read('banner.ts')), runtime: read('runtime.ts') };
}

/** The leading `//` comment lines of a banner template (the `export {}` only makes it a module). */
export function leadingComment(source: string): string {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const comment = lines.slice(0, Math.max(0, lines.findIndex((line) => !line.startsWith('//'))));
  return `${comment.join('\n')}\n`;
}

/** The `templates/` folder of this package, from the source tree or from `dist/`. */
function builtInTemplatesFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'templates', 'runtime.ts'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('graph-docs-typegen: cannot find its templates folder');
    folder = parent;
  }
  return join(folder, 'templates');
}
