import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { untranslatedHelp } from '../../src/cli/help/localise-help.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * Spec §11: every message the CLI prints itself — commander's usage errors, "cannot run", an
 * internal error, --help — follows --lang (or the configured lang); --help lists the global
 * options, two examples and the exit codes; FORCE_COLOR and --color force colour.
 */
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smartcity-lang-'));
  mkdirSync(join(dir, '.git'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string> = {}, tty = false) =>
  runCli(args, { cwd: dir, env, tty });

describe("commander's own errors, in both languages (exit 2)", () => {
  const cases: [string[], string, string][] = [
    [['--bogus'], 'Không có tuỳ chọn --bogus; xem --help.', 'Unknown option --bogus; see --help.'],
    [
      ['provinces', '--fromat', 'json'],
      'Không có tuỳ chọn --fromat; có phải --format?',
      'Unknown option --fromat; did you mean --format?',
    ],
    [
      ['nosuchcommand'],
      'Không có lệnh "nosuchcommand"; xem smartcity --help.',
      'Unknown command "nosuchcommand"; see smartcity --help.',
    ],
    [
      ['scor', 'x.csv'],
      'Không có lệnh "scor"; có phải score?',
      'Unknown command "scor"; did you mean score?',
    ],
    [['score'], 'Thiếu đối số <files>; xem --help.', 'Missing argument <files>; see --help.'],
    [
      ['indicators', 'check'],
      'Thiếu đối số <set>; xem --help.',
      'Missing argument <set>; see --help.',
    ],
    [
      ['provinces', '--set'],
      'Tuỳ chọn --set <id|path> cần một giá trị.',
      'The option --set <id|path> needs a value.',
    ],
    [
      ['provinces', '--era', '2020'],
      'Giá trị "2020" không hợp lệ cho --era; chọn một trong: 2025, pre-2025, all.',
      'Invalid value "2020" for --era; choose one of: 2025, pre-2025, all.',
    ],
    [
      ['provinces', 'extra'],
      'Quá nhiều đối số: cần 0, nhận 1; xem --help.',
      'Too many arguments: 0 expected, 1 given; see --help.',
    ],
  ];
  it.each(cases)('%j', async (args, vi, en) => {
    const inVi = await run(args);
    expect(inVi.exitCode).toBe(2);
    expect(inVi.stdout).toBe('');
    expect(inVi.stderr).toBe(`smartcity: ${vi}\n`);
    const inEn = await run(['--lang', 'en', ...args]);
    expect(inEn.exitCode).toBe(2);
    expect(inEn.stderr).toBe(`smartcity: ${en}\n`);
  });

  it('follows the lang of the project configuration', async () => {
    const sub = join(dir, 'configured');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'smartcity.config.yaml'), 'lang: en\n');
    const t = await runCli(['--bogus'], { cwd: sub });
    expect(t.stderr).toBe('smartcity: Unknown option --bogus; see --help.\n');
    const help = await runCli(['--help'], { cwd: sub });
    expect(help.stdout).toContain('Examples:');
    const flag = await runCli(['--bogus', '--lang', 'vi'], { cwd: sub });
    expect(flag.stderr).toBe('smartcity: Không có tuỳ chọn --bogus; xem --help.\n');
  });
});

/** Every command path, as typed. */
const COMMANDS = [
  [],
  ['score'],
  ['validate'],
  ['gaps'],
  ['template'],
  ['indicators'],
  ['indicators', 'check'],
  ['indicators', 'compile'],
  ['provinces'],
  ['sensitivity'],
];

describe('--help', () => {
  it('has Vietnamese for every description and two examples for every command', () => {
    const program = buildProgram({
      ctx: {} as never,
      setExitCode: () => {},
    });
    expect(untranslatedHelp(program)).toEqual([]);
  });

  it.each(COMMANDS)(
    '%j --help: options, global options, two examples, exit codes',
    async (...path) => {
      for (const lang of ['vi', 'en'] as const) {
        const t = await run([...path, '--help', '--lang', lang]);
        expect(t.exitCode).toBe(0);
        const out = t.stdout;
        const vi = lang === 'vi';
        expect(out).toMatch(vi ? /^Cách dùng: smartcity/ : /^Usage: smartcity/);
        if (path.length > 0) {
          expect(out).toContain(vi ? '\nTuỳ chọn chung:\n' : '\nGlobal Options:\n');
        }
        for (const flag of [
          '--set <id|path>',
          '--lang <lang>',
          '--no-color',
          '--config <path>',
          '--quiet',
        ]) {
          expect(out).toContain(flag);
        }
        const examples = out.split(vi ? '\nVí dụ:\n' : '\nExamples:\n')[1]?.split('\n\n')[0] ?? '';
        expect(examples.split('\n').filter((line) => line.startsWith('  smartcity '))).toHaveLength(
          2,
        );
        expect(out).toContain(vi ? '\nMã thoát:\n  0  thành công' : '\nExit codes:\n  0  success');
        expect(out).toMatch(vi ? /\n {2}3 {2}lỗi nội bộ/ : /\n {2}3 {2}internal error/);
      }
    },
  );
});

/** Text a person reads, without what is the same in every language (names, flags, paths). */
function prose(text: string): string {
  return (
    text
      .split('\n')
      .filter((line) => !/^\s*smartcity /.test(line))
      // The first column of --help (flags, argument and command names) is syntax, not prose.
      .map((line) => line.replace(/^ {2}\S.*? {2,}/, ''))
      .join('\n')
      .replace(/"[^"\n]*"/g, ' ')
      .replace(/<[^>\n]*>/g, ' ')
      .replace(/(^|\s)-{1,2}[\w-]+/g, ' ')
      .replace(/\b[A-Z][A-Z0-9_]{2,}\b/g, ' ')
      .replace(/\S*[./]\S*/g, ' ')
  );
}

const ENGLISH =
  /\b(the|not|found|unknown|options?|invalid|missing|file|errors?|arguments?|commands?|display|help|usage|default|choices|see|did you mean|expected|cannot|internal|needs|value)\b/i;
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

describe('no message in the wrong language', () => {
  const runs: string[][] = [
    ...COMMANDS.map((path) => [...path, '--help']),
    ['--bogus'],
    ['score'],
    ['nosuch'],
    ['scor'],
    ['provinces', '--set'],
    ['provinces', 'extra'],
    ['provinces', '--era', 'x'],
    ['validate', 'missing.csv'],
    ['score', 'missing.csv', '--set', 'no-such-set'],
    ['provinces', '--config', 'missing.yaml'],
    ['indicators', 'NO.SUCH.CODE'],
    ['gaps', 'missing.csv', '--top', '0'],
  ];
  it.each(runs)('%j', async (...args) => {
    const vi = await run(args);
    expect(prose(vi.stdout + vi.stderr)).not.toMatch(ENGLISH);
    const en = await run(['--lang', 'en', ...args]);
    expect(prose(en.stdout + en.stderr)).not.toMatch(VIETNAMESE);
  });

  it('the checks can fail', () => {
    expect(prose('smartcity: Unknown option --bogus')).toMatch(ENGLISH);
    expect(prose('smartcity: Không có tuỳ chọn')).toMatch(VIETNAMESE);
  });
});

describe('colour: --color, --no-color, FORCE_COLOR, NO_COLOR, terminal', () => {
  const ESC = '\u001b[';
  const cases: [string, string[], Record<string, string>, boolean, boolean][] = [
    ['a terminal', [], {}, true, true],
    ['not a terminal', [], {}, false, false],
    ['--color, not a terminal', ['--color'], {}, false, true],
    ['--no-color on a terminal', ['--no-color'], {}, true, false],
    ['the last of --color and --no-color', ['--color', '--no-color'], {}, false, false],
    ['FORCE_COLOR=1, not a terminal', [], { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR (empty), not a terminal', [], { FORCE_COLOR: '' }, false, true],
    ['FORCE_COLOR=0 on a terminal', [], { FORCE_COLOR: '0' }, true, false],
    ['NO_COLOR on a terminal', [], { NO_COLOR: '1' }, true, false],
    ['FORCE_COLOR over NO_COLOR', [], { FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    ['--no-color over FORCE_COLOR', ['--no-color'], { FORCE_COLOR: '1' }, true, false],
    ['--color over NO_COLOR', ['--color'], { NO_COLOR: '1' }, false, true],
  ];
  it.each(cases)('%s', async (_what, flags, env, tty, coloured) => {
    const t = await run(['provinces', ...flags], env, tty);
    expect(t.exitCode).toBe(0);
    expect(t.stdout.includes(ESC)).toBe(coloured);
  });
});
