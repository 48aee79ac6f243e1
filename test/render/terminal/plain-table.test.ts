import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { plainTable } from '../../../src/render/terminal/plain-table.js';

type Align = 'left' | 'right' | 'center';

/** cli-table3 itself, with the options plainTable has always used: the reference drawing. */
function byCliTable3(head: string[], rows: string[][], colAligns: Align[]): string {
  const table = new Table({
    head,
    colAligns,
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  table.push(...rows);
  return table.toString();
}

function drawn(head: string[], rows: string[][], colAligns: Align[]): string {
  const table = plainTable(head, colAligns);
  for (const row of rows) table.push(row);
  return table.toString();
}

/** A small deterministic generator, so a failure names its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = [
  'Xã số ',
  'Đồng Nai',
  '833,72',
  ' / 1.000',
  '83,4%',
  '—',
  '…',
  '█',
  '░',
  ' ',
  'Hạ tầng',
  'KT.QM.01',
  '"',
  'ư',
  'Ỹ',
  '‰',
  '·',
];
const ODD = ['\u001b[31mđỏ\u001b[39m', 'hai\ndòng', '中文', 'e\u0301', '😀', '\t', '\u200b'];

function text(next: () => number, odd: boolean): string {
  let out = '';
  const parts = Math.floor(next() * 4);
  for (let k = 0; k < parts; k++) out += PIECES[Math.floor(next() * PIECES.length)]!;
  if (odd) out += ODD[Math.floor(next() * ODD.length)]!;
  return out;
}

describe('plainTable', () => {
  it('draws exactly what cli-table3 draws, for plain cells and for cells left to cli-table3', () => {
    const aligns: Align[] = ['left', 'right', 'center'];
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const columns = 1 + Math.floor(next() * 6);
      const rowCount = Math.floor(next() * 5);
      const odd = seed % 3 === 0;
      const head = Array.from({ length: columns }, () => text(next, false) || 'H');
      const rows = Array.from({ length: rowCount }, () =>
        Array.from({ length: columns }, () => text(next, odd && next() < 0.3)),
      );
      const colAligns = Array.from(
        { length: seed % 5 === 0 ? columns - 1 : columns },
        () => aligns[Math.floor(next() * 3)]!,
      );
      expect(drawn(head, rows, colAligns), `seed ${seed}`).toBe(byCliTable3(head, rows, colAligns));
    }
  });

  it('draws a ranking-like table with borders, padding and alignment', () => {
    const text = drawn(
      ['Hạng', 'Đơn vị'],
      [
        ['1', 'Xã số 1393'],
        ['20', 'Xã số 7'],
      ],
      ['right', 'left'],
    );
    expect(text).toBe(
      [
        '┌──────┬────────────┐',
        '│ Hạng │ Đơn vị     │',
        '│    1 │ Xã số 1393 │',
        '│   20 │ Xã số 7    │',
        '└──────┴────────────┘',
      ].join('\n'),
    );
  });

  it('leaves ragged rows, an empty head and coloured cells to cli-table3, unchanged', () => {
    const cases: Array<[string[], string[][]]> = [
      [
        ['a', 'b'],
        [['1'], ['1', '2', '3']],
      ],
      [[], [['1', '2']]],
      [['a'], [['\u001b[1mđậm\u001b[22m']]],
    ];
    for (const [head, rows] of cases) {
      expect(drawn(head, rows, ['right'])).toBe(byCliTable3(head, rows, ['right']));
    }
  });
});
