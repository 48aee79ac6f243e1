import { describe, expect, it } from 'vitest';
import { makeFinding } from '../../../src/core/findings/make-finding.js';
import { rejectInputs } from '../../../src/core/score/reject-inputs.js';

const error = makeFinding('DATA_NOT_A_NUMBER', { value: 'x' }, { file: 'b.csv' });
const warning = makeFinding('DATA_EVIDENCE_MISSING', { indicator: 'A.01' }, { file: 'c.csv' });
const inputs = [
  { file: 'a.csv', findings: [] },
  { file: 'b.csv', findings: [error] },
  { file: 'c.csv', findings: [warning] },
];

describe('rejectInputs (spec §7 --keep-going)', () => {
  it('rejects a file with an error whole and keeps the others in order', () => {
    const { kept, rejected } = rejectInputs(inputs, false);
    expect(kept).toEqual([0, 2]);
    expect(rejected).toEqual([{ file: 'b.csv', errors: 1, warnings: 0, findings: [error] }]);
  });

  it('under --strict a warning rejects too', () => {
    const { kept, rejected } = rejectInputs(inputs, true);
    expect(kept).toEqual([0]);
    expect(rejected.map((r) => [r.file, r.errors, r.warnings])).toEqual([
      ['b.csv', 1, 0],
      ['c.csv', 0, 1],
    ]);
  });
});
