import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/run-bin.js';
import { tempFolder } from '../helpers/temp-folder.js';

/**
 * The composite action (action.yml) run as GitHub runs it, as far as that works offline: each
 * step's `run` script under `bash --noprofile --norc -eo pipefail` (what `shell: bash` means on a
 * runner), its `env` and `working-directory` with the `${{ … }}` expressions filled in, the
 * fixture folder as the workspace and this checkout as `github.action_path` — what `uses: ./`
 * gives. The validate step runs the real built CLI; the install step runs with a stand-in `npm`
 * that records its commands, since `npm ci` needs the registry and would replace node_modules.
 */

interface Step {
  name: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

interface Action {
  inputs: Record<string, { required?: boolean; default?: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const step = (name: string) => action.runs.steps.find((s) => s.name === name)!;

const workspace = tempFolder('smartcity-action-', {
  scope: 'file',
  copy: {
    'example-set.yaml': 'data/example-set.yaml',
    'submissions/quang-ninh.csv': 'data/quang-ninh.csv',
  },
  setup: (dir) => {
    writeFileSync(join(dir, 'submissions/bad.csv'), 'Mã chỉ số,Giá trị\nHT.01,60\nDV.02,nhiều\n');
    // Only a warning: fractions where the set expects percents.
    writeFileSync(join(dir, 'submissions/ca-mau.csv'), 'Mã chỉ số,Giá trị\nHT.01,"0,85"\n');
  },
});
const scratch = tempFolder('smartcity-action-tools-', { scope: 'file' });

/** `${{ inputs.x }}` and `${{ github.action_path }}`, as the runner fills them in. */
function expand(text: string, context: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
    const value = context[name];
    if (value === undefined) throw new Error(`action.yml uses an unknown expression: ${name}`);
    return value;
  });
}

interface StepRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runStep(
  s: Step,
  inputs: Record<string, string>,
  options: { actionPath?: string; env?: Record<string, string>; path?: string } = {},
): StepRun {
  const context: Record<string, string> = { 'github.action_path': options.actionPath ?? ROOT };
  for (const [name, input] of Object.entries(action.inputs)) {
    context[`inputs.${name}`] = inputs[name] ?? input.default ?? '';
  }
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(s.env ?? {})) env[name] = expand(value, context);
  const script = scratch.at('step.sh');
  writeFileSync(script, s.run);
  const cwd = s['working-directory'] ? expand(s['working-directory'], context) : workspace.dir;
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: options.path ?? `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? scratch.dir,
      ...env,
      ...options.env,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** An executable stand-in on PATH. */
function tool(folder: string, name: string, body: string): string {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, name), `#!/bin/sh\n${body}\n`);
  chmodSync(join(folder, name), 0o755);
  return folder;
}

describe('action.yml', () => {
  it('is a composite action with the inputs files, set, strict and args', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['files', 'set', 'strict', 'args']);
    expect(action.inputs.files!.required).toBe(true);
    expect(action.runs.steps.map((s) => [s.name, s.shell])).toEqual([
      ['Install smartcity', 'bash'],
      ['Validate', 'bash'],
    ]);
    // Inputs reach the scripts through env only: an expression inside `run` could inject code.
    for (const s of action.runs.steps) expect(s.run).not.toContain('${{');
  });

  it('installs from its own checkout: npm ci, then one build', () => {
    const log = scratch.at('npm.log');
    const bin = tool(scratch.at('fake-npm'), 'npm', `echo "$PWD|$*" >> '${log}'`);
    const run = runStep(
      step('Install smartcity'),
      {},
      {
        path: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`,
      },
    );
    expect(run.status).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe(
      `${ROOT.replace(/\/$/, '')}|ci --ignore-scripts --no-audit --no-fund --loglevel=error\n` +
        `${ROOT.replace(/\/$/, '')}|run build --silent\n`,
    );
  });

  it('stops with an annotation on a Node.js older than 20.19', () => {
    const bin = scratch.at('old-node');
    tool(bin, 'node', 'exit 1');
    tool(bin, 'npm', 'echo npm ran');
    const run = runStep(step('Install smartcity'), {}, { path: `${bin}:/usr/bin:/bin` });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error title=smartcity::smartcity needs Node\.js 20\.19/m);
    expect(run.stdout).not.toContain('npm ran');
  });

  it('passes inputs as arguments: patterns unexpanded, nothing run from an input', () => {
    const fake = scratch.at('fake-action');
    mkdirSync(join(fake, 'bin'), { recursive: true });
    writeFileSync(
      join(fake, 'bin/smartcity.js'),
      'process.stdout.write(JSON.stringify(process.argv.slice(2)));',
    );
    const run = runStep(
      step('Validate'),
      {
        files: 'submissions/*.csv  other.xlsx\nthird/\n$(touch pwned) `touch pwned`;',
        strict: 'true',
        args: '--lang en --year 2025',
      },
      { actionPath: fake },
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      'validate',
      'submissions/*.csv',
      'other.xlsx',
      'third/',
      '$(touch',
      'pwned)',
      '`touch',
      'pwned`;',
      '--format',
      'github',
      '--strict',
      '--lang',
      'en',
      '--year',
      '2025',
    ]);
    expect(existsSync(workspace.at('pwned'))).toBe(false);
    const withSet = runStep(
      step('Validate'),
      { files: 'a.csv', set: 'my set.yaml' },
      { actionPath: fake },
    );
    expect(JSON.parse(withSet.stdout)).toEqual([
      'validate',
      'a.csv',
      '--format',
      'github',
      '--set',
      'my set.yaml',
    ]);
  });

  it('runs validate: annotations, the summary table and exit 1 on an error', () => {
    const summary = scratch.at('summary.md');
    const run = runStep(
      step('Validate'),
      {
        files: 'submissions/quang-ninh.csv\nsubmissions/bad.csv',
        set: 'example-set.yaml',
        args: '--lang en',
      },
      { env: { GITHUB_STEP_SUMMARY: summary } },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(
      '::error file=submissions/bad.csv,line=3,col=2,title=DATA_NOT_A_NUMBER::The value "nhiều" is not a number.\n',
    );
    const table = readFileSync(summary, 'utf8');
    expect(table).toContain('| File | Entities | Errors | Warnings | Result |\n');
    expect(table).toContain('| submissions/quang-ninh.csv | 1 | 0 | 0 | ✅ valid |\n');
    expect(table).toContain('| submissions/bad.csv | 1 | 1 | 1 | ❌ invalid |\n');
    expect(table).toContain('| **Total: 2** | **2** | **1** | **1** | **❌ invalid** |\n');
  });

  it('a warning passes, and fails with strict: "true"', () => {
    const inputs = { files: 'submissions/ca-mau.csv', set: 'example-set.yaml' };
    const plain = runStep(step('Validate'), inputs);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(
      /^::warning file=submissions\/ca-mau\.csv,line=2,col=2,title=DATA_LOOKS_LIKE_FRACTION::/m,
    );
    const strict = runStep(step('Validate'), { ...inputs, strict: 'true' });
    expect(strict.status).toBe(1);
  });
});
