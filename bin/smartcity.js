#!/usr/bin/env node
// A bug must never leave through Node's default exit 1: anything that escapes main is exit 3.
const internal = (error) => {
  process.stderr.write(
    `smartcity: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(3);
};
process.on('uncaughtException', internal);
process.on('unhandledRejection', internal);

// The CLI is an esbuild bundle (scripts/bundle-cli.ts); with --debug, stack traces are mapped
// back to the TypeScript sources through its source maps (off otherwise: mapping costs start-up).
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);

const { main } = await import('../dist/bin/main.js');
process.exitCode = await main(process.argv.slice(2));
