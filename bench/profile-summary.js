// Summarises a .cpuprofile: self time per function (top N) and per package/file.
// Usage: node bench/profile-summary.js file.cpuprofile [N]
import { readFileSync } from 'node:fs';

const [file, n = '30'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0));
}
const perFn = new Map();
const perFile = new Map();
let total = 0;
for (const [id, us] of self) {
  const { callFrame: f } = byId.get(id);
  total += us;
  const where = f.url.replace(/^file:\/\/.*?\/(node_modules|dist|src)\//, '$1/');
  const key = `${f.functionName || '(anon)'} ${where}:${f.lineNumber + 1}`;
  perFn.set(key, (perFn.get(key) ?? 0) + us);
  const pkg =
    where.match(/node_modules\/((@[^/]+\/)?[^/]+)/)?.[1] ??
    (where.startsWith('dist/') ? where : where || f.functionName);
  perFile.set(pkg, (perFile.get(pkg) ?? 0) + us);
}
const show = (map, title) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(n)))
    console.log(`${(us / 1000).toFixed(1).padStart(9)} ms  ${k}`);
};
console.log(`total sampled: ${(total / 1000).toFixed(1)} ms`);
show(perFn, 'self time per function');
show(perFile, 'self time per package / file');
