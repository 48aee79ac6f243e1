import { describe, expect, it } from 'vitest';
import { ECHO_MAX_CHARS, echoText } from '../../../src/core/findings/echo-text.js';
import { makeFinding } from '../../../src/core/findings/make-finding.js';

describe('echoText', () => {
  it('keeps text up to the cap unchanged', () => {
    const text = 'x'.repeat(ECHO_MAX_CHARS);
    expect(echoText(text)).toBe(text);
  });

  it('cuts longer text and says how long it was', () => {
    expect(echoText('Hà Nội mở rộng', 6)).toBe('Hà Nội… (14 characters)');
  });

  it('never cuts a surrogate pair in half', () => {
    const out = echoText(`${'a'.repeat(4)}😀tail`, 5);
    expect(out).toBe('aaaa… (10 characters)');
  });
});

describe('findings echo user text through echoText', () => {
  it('caps the value and every string argument', () => {
    const huge = '7'.repeat(1_000_000);
    const finding = makeFinding(
      'DATA_NOT_A_NUMBER',
      { value: huge },
      { file: 'a.xlsx', sheet: 'S', row: 2, column: 2 },
      { value: huge },
    );
    expect(finding.value).toBe(`${'7'.repeat(ECHO_MAX_CHARS)}… (1000000 characters)`);
    for (const v of Object.values(finding.args)) {
      if (typeof v === 'string') expect(v.length).toBeLessThan(ECHO_MAX_CHARS + 40);
    }
  });
});
