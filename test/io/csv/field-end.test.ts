import { describe, expect, it } from 'vitest';
import { csvFieldEnd } from '../../../src/io/csv/csv-field-end.js';
import { csvRecordOverLimit } from '../../../src/io/csv/csv-record-limit.js';

const at = (text: string, pos = 0, delimiter = ','): number => {
  const bytes = Buffer.from(text, 'utf8');
  return csvFieldEnd(bytes, pos, bytes.length, Buffer.from(delimiter, 'utf8'));
};

describe('csvFieldEnd (csv-parse with relax_quotes)', () => {
  it.each([
    ['abc,d', 0, ',', 3],
    ['abc\r\nd', 0, ',', 3],
    ['abc\nd', 0, ',', 3],
    ['abc', 0, ',', 3],
    ['a,,b', 2, ',', 2],
    // Quoted: delimiters and line breaks inside are text, `""` is one quote.
    ['"a,b\nc",d', 0, ',', 7],
    ['"a""b",c', 0, ',', 6],
    // Text after a closing quote is text: the field runs to the next delimiter.
    ['"a"b,c', 0, ',', 4],
    // A quote not at the start of a field opens nothing.
    ['a"b,c"', 0, ',', 3],
    // A delimiter of several bytes ends the field only whole.
    ['a;b;;c', 0, ';;', 3],
    ['a;', 0, ';;', 2],
  ])('%j from %i with %j ends at %i', (text, pos, delimiter, expected) => {
    expect(at(text, pos, delimiter)).toBe(expected);
  });

  it.each([['"abc'], ['"a""'], ['"']])('%j: a quote never closed gives -1', (text) => {
    expect(at(text)).toBe(-1);
  });
});

describe('csvRecordOverLimit', () => {
  const over = (text: string, maxBytes: number, maxFields = 10) =>
    csvRecordOverLimit(Buffer.from(text, 'utf8'), 0, Buffer.from(','), maxBytes, maxFields);

  it.each([
    ['ab,c\nabcdef\n', 4, { start: 5, reason: 'bytes' }],
    ['ab,c\na,b,c\n', 4, { start: 5, reason: 'bytes' }],
    ['"a\nb",c\nd\n', 7, null],
    ['"a\nb",c\nd\n', 6, { start: 0, reason: 'bytes' }],
    // A quote never closed is csv-parse's to report, unless its text is already too long;
    // `""` escapes at the very end are not text.
    ['x,"abc', 6, null],
    ['x,"abcd', 5, { start: 0, reason: 'bytes' }],
    ['"ab""""', 3, null],
    ['"ab""""', 2, { start: 0, reason: 'bytes' }],
  ])('%j within %i bytes → %j', (text, maxBytes, expected) => {
    expect(over(text, maxBytes)).toEqual(expected);
  });

  it('counts fields, with a multi-line quoted field as one', () => {
    expect(over('a,b\n"x\ny",z\n', 100, 3)).toBeNull();
    expect(over('a,b\na,b,c,d\n', 100, 3)).toEqual({ start: 4, reason: 'fields' });
  });
});
