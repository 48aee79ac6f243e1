import type { CommanderError } from 'commander';
import type { CodedArgs } from '../core/findings/finding-args.js';

/**
 * commander's own usage errors as catalogue codes, so they can be said in the `--lang` language
 * (spec §11). commander gives a code and an English sentence; the details (the option, the
 * suggestion) are taken from the sentence, whose wording commander keeps stable across releases
 * (test/cli/messages-lang.test.ts breaks if it changes). Anything not recognised is RUN_USAGE.
 */
export function usageError(error: CommanderError): CodedArgs {
  const message = error.message;
  const suggestion = /\(Did you mean (?:one of )?(.+?)\?\)/.exec(message)?.[1];
  switch (error.code) {
    case 'commander.unknownOption':
    case 'commander.unknownCommand': {
      const unknown = unknownName(error.code, message, suggestion);
      if (unknown === null) break;
      return unknown;
    }
    case 'commander.missingArgument': {
      const argument = quoted(/missing required argument '([^']*)'/, message);
      if (argument === null) break;
      return { code: 'RUN_MISSING_ARGUMENT', args: { argument } };
    }
    case 'commander.optionMissingArgument': {
      const flags = quoted(/option '([^']*)' argument missing/, message);
      if (flags === null) break;
      return { code: 'RUN_OPTION_MISSING_VALUE', args: { option: flags } };
    }
    case 'commander.invalidArgument': {
      const match =
        /option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/s.exec(
          message,
        );
      if (match === null) break;
      const option = match[1]!.split(/[ ,]/)[0]!;
      return { code: 'RUN_OPTION_CHOICE', args: { option, value: match[2]!, choices: match[3]! } };
    }
    case 'commander.conflictingOption': {
      const match = /option '([^' ]*)[^']*' cannot be used with option '([^' ]*)/.exec(message);
      if (match === null) break;
      return { code: 'RUN_OPTIONS_CONFLICT', args: { option: match[1]!, other: match[2]! } };
    }
    case 'commander.excessArguments': {
      const match = /Expected (\d+) arguments? but got (\d+)\./.exec(message);
      if (match === null) break;
      return { code: 'RUN_TOO_MANY_ARGUMENTS', args: { expected: match[1]!, count: match[2]! } };
    }
  }
  return { code: 'RUN_USAGE', args: {} };
}

/** An unknown option or command, with commander's "did you mean" when it has one. */
function unknownName(
  code: 'commander.unknownOption' | 'commander.unknownCommand',
  message: string,
  suggestion: string | undefined,
): CodedArgs | null {
  if (code === 'commander.unknownOption') {
    const option = quoted(/unknown option '([^']*)'/, message);
    if (option === null) return null;
    if (suggestion === undefined) return { code: 'RUN_UNKNOWN_OPTION', args: { option } };
    return { code: 'RUN_UNKNOWN_OPTION_SUGGEST', args: { option, suggestion } };
  }
  const command = quoted(/unknown command '([^']*)'/, message);
  if (command === null) return null;
  if (suggestion === undefined) return { code: 'RUN_UNKNOWN_COMMAND', args: { command } };
  return { code: 'RUN_UNKNOWN_COMMAND_SUGGEST', args: { command, suggestion } };
}

function quoted(pattern: RegExp, message: string): string | null {
  return pattern.exec(message)?.[1] ?? null;
}
