// Bundles the CLI (which also runs the language server: `hrdocs lsp --stdio`) into one ESM file,
// server/dist/hrdocs.mjs. onnxruntime-node stays external: it ships native binaries.
// Usage: node esbuild.mjs [--watch] [--minify]
import { build, context } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const options = {
  entryPoints: [here('./src/cli/main.ts')],
  outfile: here('./dist/hrdocs.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['onnxruntime-node'],
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  legalComments: 'linked',
  // CommonJS dependencies (vscode-languageserver, vscode-jsonrpc, ...) call require() for Node
  // built-ins and read __filename; an ESM bundle has neither, so define them.
  banner: {
    js: [
      "import { createRequire as __hrdocsCreateRequire } from 'node:module';",
      "import { fileURLToPath as __hrdocsFileURLToPath } from 'node:url';",
      "import { dirname as __hrdocsDirname } from 'node:path';",
      'const require = __hrdocsCreateRequire(import.meta.url);',
      'const __filename = __hrdocsFileURLToPath(import.meta.url);',
      'const __dirname = __hrdocsDirname(__filename);',
    ].join('\n'),
  },
  logLevel: 'warning',
};

if (watch) {
  const ctx = await context(options);
  await ctx.watch();
  console.log('esbuild: watching src/ for changes');
} else {
  const result = await build({ ...options, metafile: true });
  const out = Object.entries(result.metafile.outputs).find(([f]) => f.endsWith('hrdocs.mjs'));
  if (out) console.log(`esbuild: dist/hrdocs.mjs ${(out[1].bytes / 1024).toFixed(0)} KiB`);
}
