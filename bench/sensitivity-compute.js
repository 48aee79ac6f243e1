// The compute of `smartcity sensitivity` alone (spec §10: 34 × 50 × 1,000 runs in well under a
// second of compute): reads and scores the input once, then times sensitivityAnalysis
// in-process, 1,000 runs. Prints {"cold": ms, "warm": ms, "cpu": ms}: the first call's wall time
// (what one CLI run pays, JIT warm-up included), the median wall time of the next four, and the
// first call's CPU time (a busy machine stretches wall times, much less CPU time).
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadScorable } from '../dist/cli/commands/score-run.js';
import { processContext } from '../dist/cli/context.js';
import { sensitivityAnalysis } from '../dist/core/sensitivity/sensitivity-analysis.js';
import { expandInputs } from '../dist/io/files/expand-inputs.js';

const [file, set] = process.argv.slice(2);
const deps = { ctx: processContext(), setExitCode: () => {} };
const globals = { set: set && resolve(set), lang: 'vi', color: false, quiet: true, debug: false };
const input = {
  province: null,
  provinces: [],
  year: null,
  sheet: null,
  encoding: 'auto',
  decimal: 'auto',
  missing: null,
  strict: false,
  minCoverage: null,
  recursive: false,
  maxSize: 50,
};
const expanded = await expandInputs([file], { cwd: process.cwd() });
const loaded = await loadScorable(deps, globals, input, expanded);
if (loaded === null) process.exit(1);
const options = { runs: 1000, seed: 1, weights: 0.25, perturb: 'indicators', missingAlt: false };
const times = [];
let cpu = 0;
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  sensitivityAnalysis(loaded.report, options);
  times.push(performance.now() - start);
  if (i === 0) cpu = process.cpuUsage(cpuStart).user / 1000;
}
const warm = times.slice(1).sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({ cold: Math.round(times[0]), warm: Math.round((warm[1] + warm[2]) / 2), cpu: Math.round(cpu) })}\n`,
);
