import { describe, expect, it } from 'vitest';
import { columnTable } from '../../../src/render/html/html-parts.js';

describe('columnTable', () => {
  it('puts each column head over its cells, right-aligning number columns and escaping text', () => {
    const html = columnTable<{ name: string; rank: number }>(
      [
        { head: 'Rank', kind: 'num', cell: (row) => row.rank },
        { head: 'Entity', kind: 'entity', cell: (row) => row.name },
        { head: 'Note', cell: () => '' },
      ],
      [{ name: 'A & B', rank: 1 }],
    );
    expect(html).toBe(
      '<div class="scroll"><table><thead><tr><th scope="col" class="num">Rank</th>' +
        '<th scope="col">Entity</th><th scope="col">Note</th></tr></thead><tbody>' +
        '<tr><td class="num">1</td><td class="entity">A &amp; B</td><td></td></tr>' +
        '</tbody></table></div>',
    );
  });
});
