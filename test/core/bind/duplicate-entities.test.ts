import { describe, expect, it } from 'vitest';
import { duplicateEntities } from '../../../src/core/bind/duplicate-entities.js';
import { selectEntities } from '../../../src/core/bind/select-entities.js';
import type { Dataset, EntityData } from '../../../src/core/table/dataset.js';

const entity = (
  file: string,
  label: string,
  code: string | null,
  year: number | null = 2025,
): EntityData => ({
  label,
  province: code === null ? null : { code, name: label },
  year,
  source: { file, sheet: null },
  values: new Map(),
});
const dataset = (...entities: EntityData[]): Dataset => ({
  layout: 'long',
  entities,
  findings: [],
});

describe('duplicateEntities (spec §7)', () => {
  it('flags the later file and drops its entity; the earlier one is untouched', () => {
    const first = dataset(entity('a/dn.csv', 'Đồng Nai', '75'));
    const [a, b, c] = duplicateEntities([
      first,
      dataset(entity('b/dn.csv', 'Đồng Nai', '75')),
      dataset(entity('c.csv', 'Hà Nội', '01')),
    ]);
    expect(a).toBe(first);
    expect(b!.entities).toEqual([]);
    expect(b!.findings.map((f) => [f.code, f.file, f.args.other])).toEqual([
      ['DATA_DUPLICATE_ENTITY', 'b/dn.csv', 'a/dn.csv'],
    ]);
    expect(c!.entities).toHaveLength(1);
  });

  it('keys labels (no code) folded, and keeps different years apart', () => {
    const [, b, c] = duplicateEntities([
      dataset(entity('a.csv', 'Phường Bến Nghé', null)),
      dataset(entity('b.csv', 'PHUONG BEN NGHE', null)),
      dataset(entity('c.csv', 'Phường Bến Nghé', null, 2024)),
    ]);
    expect(b!.findings).toHaveLength(1);
    expect(c!.findings).toHaveLength(0);
  });
});

describe('selectEntities (spec §6)', () => {
  const data = [
    dataset(
      entity('n.csv', 'Đồng Nai', '75'),
      entity('n.csv', 'Hà Nội', '01'),
      entity('n.csv', 'Hồ Chí Minh', '79'),
    ),
  ];

  it('keeps the named units, by name, code or alias', () => {
    const selection = selectEntities(data, ['dong nai', '01', 'Sài Gòn']);
    expect(selection.kind).toBe('ok');
    if (selection.kind === 'ok') expect(selection.datasets[0]!.entities).toHaveLength(3);
    const one = selectEntities(data, ['Đồng Nai']);
    if (one.kind === 'ok')
      expect(one.datasets[0]!.entities.map((e) => e.label)).toEqual(['Đồng Nai']);
  });

  it('a name that matches nothing gives the closest labels', () => {
    expect(selectEntities(data, ['Dong Na'])).toEqual({
      kind: 'no-match',
      name: 'Dong Na',
      suggestions: ['Đồng Nai'],
    });
  });

  it('a merged pre-2025 name names its successor', () => {
    expect(selectEntities(data, ['Bình Phước'])).toMatchObject({
      kind: 'merged',
      successor: { code: '75', name: 'Đồng Nai' },
    });
  });
});
