// After `tsc`: replaces the compiled `generator/parse/packages.js` (a module
// of re-exports) with one file holding it and the packages it re-exports, so
// that a parsing thread loads one module instead of ~170. Run by `npm run
// build`; where it cannot run, the compiled re-exports work as they are.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Compiled, this file is dist/scripts/build/bundle-packages.js; from source (the tests), scripts/build/bundle-packages.ts.
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), import.meta.url.endsWith('.js') ? '../../..' : '../..');
export const packagesModule = join(projectRoot, 'generator/parse/packages.ts');

/** Writes the bundle of the parse stage's packages to `output`; gives the modules it still imports (Node's own alone). */
export async function bundlePackages(output: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [packagesModule],
    outfile: output,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The packages' ES module builds (jsonc-parser's default entry is a UMD one that requires its parts at run time).
    mainFields: ['module', 'main'],
    // Some CommonJS parts (yaml's) require Node's modules, which an ES module bundle gets through `createRequire`.
    banner: { js: "import { createRequire as createRequireOfBundle } from 'node:module';\nconst require = createRequireOfBundle(import.meta.url);" },
    legalComments: 'eof',
    logLevel: 'warning',
    metafile: true,
  });
  return Object.values(metafile.outputs).flatMap((bundle) => bundle.imports.map((imported) => imported.path));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const output = join(projectRoot, 'dist/generator/parse/packages.js');
  await bundlePackages(output);
  // The compiled module's source map describes the file replaced.
  rmSync(`${output}.map`, { force: true });
}
