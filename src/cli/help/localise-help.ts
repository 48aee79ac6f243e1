import type { Command, Help, Option } from 'commander';
import type { Lang } from '../../core/findings/finding.js';
import { exitCodesHelp, HELP_EXAMPLES, HELP_VI } from './help-texts.js';

const TITLES_VI: Readonly<Record<string, string>> = {
  'Usage:': 'Cách dùng:',
  'Arguments:': 'Đối số:',
  'Options:': 'Tuỳ chọn:',
  'Global Options:': 'Tuỳ chọn chung:',
  'Commands:': 'Lệnh:',
};

/**
 * Makes every command's `--help` speak `lang` (spec §11): descriptions, headings and the
 * "(choices, default)" notes; the global options listed under each command; two examples and
 * the exit codes at the end. Runs once the program is built, so commands keep their English
 * descriptions where they are defined and this is the only place that knows Vietnamese help.
 */
export function localiseHelp(program: Command, lang: Lang): void {
  for (const { command, path } of commandsOf(program, '')) {
    if (lang === 'vi') translate(command, path);
    command.helpOption(
      '-h, --help',
      lang === 'vi' ? HELP_VI['--help'] : 'display help for command',
    );
    if (command.commands.length > 0) {
      command.helpCommand(
        'help [command]',
        lang === 'vi' ? HELP_VI.help : 'display help for command',
      );
    }
    command.configureHelp(helpConfiguration(lang));
    command.addHelpText('after', () =>
      `\n${examplesHelp(path, lang)}\n${exitCodesHelp(lang)}`.trimEnd(),
    );
  }
}

/** Keys of descriptions that have no Vietnamese (the help test keeps this empty). */
export function untranslatedHelp(program: Command): string[] {
  const missing: string[] = [];
  for (const { command, path } of commandsOf(program, '')) {
    const keys = [
      path,
      ...command.registeredArguments.map((arg) => `${prefix(path)}<${arg.name()}>`),
      ...command.options.map((option) => optionKey(path, option)),
    ];
    for (const key of keys) if (viText(key) === undefined) missing.push(key);
    if (HELP_EXAMPLES[path]?.length !== 2) missing.push(`${path} (examples)`);
  }
  return missing;
}

function* commandsOf(command: Command, path: string): Iterable<{ command: Command; path: string }> {
  yield { command, path };
  for (const sub of command.commands) yield* commandsOf(sub, `${prefix(path)}${sub.name()}`);
}

const prefix = (path: string) => (path === '' ? '' : `${path} `);

function optionKey(path: string, option: Option): string {
  const flag = option.long ?? option.short ?? '';
  return Object.hasOwn(HELP_VI, `${prefix(path)}${flag}`) ? `${prefix(path)}${flag}` : flag;
}

function viText(key: string): string | undefined {
  return Object.hasOwn(HELP_VI, key) ? HELP_VI[key] : undefined;
}

function translate(command: Command, path: string): void {
  const own = viText(path);
  if (own !== undefined) command.description(own);
  for (const arg of command.registeredArguments) {
    arg.description = viText(`${prefix(path)}<${arg.name()}>`) ?? arg.description;
  }
  for (const option of command.options) {
    option.description = viText(optionKey(path, option)) ?? option.description;
  }
}

function helpConfiguration(lang: Lang): Partial<Help> {
  return {
    showGlobalOptions: true,
    styleTitle: (title: string) => (lang === 'vi' ? (TITLES_VI[title] ?? title) : title),
    commandUsage: (cmd: Command) => usageWords(`${commandPath(cmd)} ${cmd.usage()}`, lang),
    subcommandTerm: (cmd: Command) => usageWords(`${cmd.name()} ${cmd.usage()}`, lang),
    optionDescription: (option: Option) => optionDescription(option, lang),
  };
}

/** commander's `[options]` and `[command]` placeholders, in the user's language. */
function usageWords(usage: string, lang: Lang): string {
  return lang === 'vi'
    ? usage.replace('[options]', '[tuỳ-chọn]').replace('[command]', '[lệnh]')
    : usage;
}

function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c !== null; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The description and, in the user's language, the choices and the default. */
function optionDescription(option: Option, lang: Lang): string {
  const notes: string[] = [];
  if (option.argChoices) {
    notes.push(`${lang === 'vi' ? 'chọn' : 'choices'}: ${option.argChoices.join(', ')}`);
  }
  if (option.defaultValue !== undefined && (option.required || option.optional)) {
    notes.push(`${lang === 'vi' ? 'mặc định' : 'default'}: ${String(option.defaultValue)}`);
  }
  return notes.length === 0 ? option.description : `${option.description} (${notes.join('; ')})`;
}

function examplesHelp(path: string, lang: Lang): string {
  const examples = HELP_EXAMPLES[path] ?? [];
  const lines = examples.map(([line, what]) => {
    const [vi, en] = what.split('|');
    return `  ${line}\n      ${lang === 'vi' ? vi : en}`;
  });
  return `${lang === 'vi' ? 'Ví dụ:' : 'Examples:'}\n${lines.join('\n')}\n`;
}
