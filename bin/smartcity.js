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

// A reader that stops early (`smartcity validate … | head`) closes the pipe: the rest of the
// output has nowhere to go, which is the reader's choice, not a failure of the run. The run ends
// as it would have, with its own exit code; anything else going wrong with stdout is still a bug.
let stdoutClosed = false;
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE' || stdoutClosed) {
    stdoutClosed = true;
    return;
  }
  internal(error);
});

// The CLI is an esbuild bundle (scripts/bundle-cli.ts); with --debug, stack traces are mapped
// back to the TypeScript sources through its source maps (off otherwise: mapping costs start-up).
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);

const { main, outputCommitted } = await import('../dist/bin/main.js');
const code = await main(process.argv.slice(2));
if (outputCommitted()) {
  // A report is in place: a stop signal must not turn it into a failed run during Node's own
  // teardown, which restores the signals' default action. process.exit skips that teardown;
  // stdout and stderr are flushed first (they can be asynchronous pipes).
  const flushed = (stream) => new Promise((resolve) => stream.write('', resolve));
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}
process.exitCode = code;
