import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The package as a user gets it: `npm pack`, the tarball unpacked into a fresh project's
 * node_modules/smartcity, then the CLI and every ```js example of docs/library.md run there.
 *
 * Not `npm install <tarball>`: that needs the registry (or a warm cache) for the dependencies,
 * which a test must not. The unpacked package gets this checkout's node_modules as its own, which
 * is where npm would have put the same dependencies; everything else — the `files` list, the
 * `exports` map, the bin, the bundled sets and fixtures — is exactly what the tarball holds.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let scratch = '';
let project = '';
let installed = '';
let packed: string[] = [];

function run(cmd: string, args: string[], cwd: string) {
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  return result;
}

beforeAll(() => {
  // `npm test` builds first; a focused run may not have (or have an older) dist/.
  if (!existsSync(join(ROOT, 'dist/index.js'))) {
    const built = run('npm', ['run', 'build'], ROOT);
    if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  }
  scratch = mkdtempSync(join(tmpdir(), 'smartcity-pack-'));
  // --ignore-scripts: `prepare` would build again; dist/ is already built from this checkout.
  const pack = run(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch],
    ROOT,
  );
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const [info] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
  packed = info.files.map((file) => file.path);

  project = join(scratch, 'project');
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'uses-smartcity', private: true, type: 'module' }),
  );
  const untar = run(
    'tar',
    ['-xzf', join(scratch, info.filename), '-C', join(project, 'node_modules')],
    ROOT,
  );
  if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
  installed = join(project, 'node_modules/smartcity');
  renameSync(join(project, 'node_modules/package'), installed);
  symlinkSync(join(ROOT, 'node_modules'), join(installed, 'node_modules'), 'dir');
  // The user's project has its own copies of the example data, as the docs say.
  mkdirSync(join(project, 'fixtures'));
  for (const name of ['dongnai.xlsx', 'dti-2022.csv']) {
    copyFileSync(join(installed, 'fixtures', name), join(project, 'fixtures', name));
  }
}, 120_000);

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

/** The ```js blocks of docs/library.md, in order. */
function docExamples(): string[] {
  const text = readFileSync(join(ROOT, 'docs/library.md'), 'utf8');
  return [...text.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

describe('the packed package', () => {
  it('holds the built library with its types, the bin, the sets and the example data', () => {
    for (const path of [
      'package.json',
      'LICENSE',
      'README.md',
      'bin/smartcity.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cli/main.js',
      'indicators/vn-smartcity-1.0.yaml',
      'fixtures/dongnai.xlsx',
    ]) {
      expect(packed).toContain(path);
    }
    expect(packed.filter((path) => path.startsWith('src/') || path.startsWith('test/'))).toEqual(
      [],
    );
  });

  it('runs the docs’ first example as is: it prints the total points', () => {
    const [first] = docExamples();
    writeFileSync(join(project, 'score.mjs'), first!);
    const result = run(process.execPath, ['score.mjs'], project);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('796.59\n');
  });

  it('runs every other example of the docs', () => {
    const [, thrown, write] = docExamples();
    writeFileSync(join(project, 'thrown.mjs'), thrown!);
    const error = run(process.execPath, ['thrown.mjs'], project);
    expect(error.status).toBe(0);
    expect(error.stderr).toMatch(
      /^RUN_INPUT_NOT_FOUND Không tìm thấy tệp .*no-such-file\.xlsx\.\n$/,
    );

    writeFileSync(join(project, 'write.mjs'), write!);
    const written = run(process.execPath, ['write.mjs'], project);
    expect(written.stderr).toBe('');
    expect(written.status).toBe(0);
    const json = JSON.parse(readFileSync(join(project, 'dti.report.json'), 'utf8')) as {
      indicatorSet: { id: string };
      entities: unknown[];
    };
    expect(json.indicatorSet.id).toBe('dti-2022');
    expect(json.entities.length).toBeGreaterThan(1);
    expect(readFileSync(join(project, 'dti.report.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('offers no deep imports: only the exports map', () => {
    const deep = run(
      process.execPath,
      ['--input-type=module', '-e', "await import('smartcity/dist/core/score/build-report.js')"],
      project,
    );
    expect(deep.status).not.toBe(0);
    expect(deep.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
    const version = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import p from 'smartcity/package.json' with { type: 'json' }; console.log(p.version)",
      ],
      project,
    );
    expect(version.stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    );
  });

  it('runs the CLI from the package', () => {
    const result = run(
      process.execPath,
      [
        join(installed, 'bin/smartcity.js'),
        'score',
        'fixtures/dongnai.xlsx',
        '--format',
        'json',
        '--no-export',
      ],
      project,
    );
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { entities: { points: number }[] };
    expect(report.entities[0]!.points.toFixed(2)).toBe('796.59');
  });
});
