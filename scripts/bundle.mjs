// `npm run build`, second step: bundle the compiled bot (dist/src) into dist/bot, so `npm start`
// loads a handful of files instead of hundreds of modules (most of a cold start was module loading).
// Each surface stays its own chunk, loaded only when configured. The chart worker is a second entry,
// dist/bot/chart-worker.js beside the chunks, where the pool looks for it. Packages with native parts,
// workers or files found at run time stay outside the bundle and load from node_modules.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bot', { recursive: true, force: true });

await build({
  entryPoints: ['dist/src/main.js', 'dist/src/format/chart/chart-worker.js'],
  outdir: 'dist/bot',
  // every file flat in dist/bot: the pool (in a chunk) finds ./chart-worker.js beside itself
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: [
    '@slack/bolt', 'discord.js', '@modelcontextprotocol/sdk', 'redis',
    '@resvg/resvg-wasm', '@embedpdf/fonts-tc', 'opencc-js', 'tsx',
  ],
  // bundled CommonJS packages (pino, the rate limiter) require Node's built-ins by name
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  logLevel: 'warning',
});
