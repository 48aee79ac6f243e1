import { describe, expect, it } from 'vitest';
import { SharedValues } from '../../../src/core/bind/shared-values.js';

describe('SharedValues', () => {
  it('gives one object per distinct value, without evidence or note', () => {
    const shared = new SharedValues();
    const a = shared.of(64.1);
    expect(a).toEqual({ value: 64.1, evidence: null, note: null });
    expect(shared.of(64.1)).toBe(a);
    expect(shared.of(true)).toBe(shared.of(true));
    expect(shared.of(1)).not.toBe(shared.of(true));
    expect(shared.of(null)).toEqual({ value: null, evidence: null, note: null });
  });

  it('keeps -0 and 0 apart, whichever comes first', () => {
    const shared = new SharedValues();
    expect(Object.is(shared.of(0).value, 0)).toBe(true);
    expect(Object.is(shared.of(-0).value, -0)).toBe(true);
    expect(Object.is(shared.of(0).value, 0)).toBe(true);
  });
});
