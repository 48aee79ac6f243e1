import { describe, expect, it } from 'vitest';
import { cellCoercers } from '../../../src/core/values/cell-coercers.js';
import { cellOf, indicatorOf } from './indicator-fixture.js';

describe('CellCoercer.remembered', () => {
  it('gives what coerce answered for a plain text cell, and nothing it has not seen', () => {
    const [coercer] = cellCoercers([indicatorOf('percent', [0, 100])], 'comma');
    expect(coercer!.remembered('64,1')).toBeUndefined();
    const coerced = coercer!.coerce(cellOf('64,1'));
    expect(coercer!.remembered('64,1')).toBe(coerced);
    expect(coercer!.remembered(null)).toBeUndefined();
    expect(coercer!.remembered(64.1)).toBeUndefined();
  });

  it('remembers no error: those are worked out afresh at their cell', () => {
    const [coercer] = cellCoercers([indicatorOf('percent', [0, 100])], 'comma');
    expect(coercer!.coerce(cellOf('abc')).kind).toBe('error');
    expect(coercer!.remembered('abc')).toBeUndefined();
  });
});
