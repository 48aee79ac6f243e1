// Build step (`npm run build`): bundles the CLI into dist/bin/ with esbuild. Start-up is most of
// a small run's time, and Node spends it resolving and compiling ~140 module files; one entry
// chunk plus lazy chunks per command and per output format (each `await import()` becomes a
// split point) loads only what the run needs. The library (dist/index.js, types) stays tsc's
// file-per-module output. Source maps let `--debug` print stack traces in the sources' terms.
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bin');
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: { main: join(root, 'src', 'cli', 'main.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'linked',
  // CommonJS dependencies (commander, csv-parse's sync build…) call require() for Node's own
  // modules; an ES module has no require, so every output file gets one.
  banner: {
    js: "import { createRequire as __smartcityRequire } from 'node:module'; const require = __smartcityRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
