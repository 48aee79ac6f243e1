import { describe, expect, it } from 'vitest';
import { findingMessage } from '../../../src/core/findings/format-finding.js';
import { makeFinding } from '../../../src/core/findings/make-finding.js';

describe('finding arguments are typed by their messages', () => {
  it('fills every placeholder of a message from the arguments its type requires', () => {
    const finding = makeFinding('FILE_TOO_LARGE', { sizeMb: 60, maxMb: 50 }, { file: 'a.csv' });
    expect(findingMessage(finding, 'en')).toBe(
      'The file is too large (60 MB, at most 50 MB). Split it or use --max-size.',
    );
  });

  it('refuses, at compile time, a finding whose message would have a gap', () => {
    // `npm run typecheck` fails if either line below stops being a type error.
    // @ts-expect-error maxMb is missing: the message would read "at most  MB".
    const missing = makeFinding('FILE_TOO_LARGE', { sizeMb: 60 });
    // @ts-expect-error a message argument cannot be null.
    const empty = makeFinding('FILE_TOO_LARGE', { sizeMb: 60, maxMb: null });
    expect([missing.code, empty.code]).toEqual(['FILE_TOO_LARGE', 'FILE_TOO_LARGE']);
  });

  it('does not take braces around other text for placeholders', () => {
    const finding = makeFinding('SET_EXPECTED_LOCALIZED', { field: 'title', value: '42' });
    expect(findingMessage(finding, 'en')).toContain('{ vi: "…", en: "…" }');
  });
});
