import { htmlEscape as esc } from './html-escape.js';

/** A section of the report; `page`: printed from the top of a new A4 page. */
export function section(id: string, heading: string, content: string, page = true): string {
  return `<section id="${id}"${page ? ' class="page"' : ''}><h2>${esc(heading)}</h2>\n${content}\n</section>`;
}

/** A chart with its caption. */
export function figure(caption: string, svg: string, className = ''): string {
  return `<figure${className === '' ? '' : ` class="${className}"`}><figcaption>${esc(caption)}</figcaption>${svg}</figure>`;
}

/** Key figures as a two-column list. */
export function figures(rows: readonly [string, string][]): string {
  return `<dl class="figures">${rows.map(([dt, dd]) => `<dt>${esc(dt)}</dt><dd>${esc(dd)}</dd>`).join('')}</dl>`;
}

/** A column head; `{ num }` is right-aligned like its numbers. */
type Head = string | { num: string };

/** A table that scrolls sideways on a narrow screen rather than squeezing its names. */
export function table(heads: readonly Head[], rows: string): string {
  const th = heads
    .map((head) =>
      typeof head === 'string'
        ? `<th scope="col">${esc(head)}</th>`
        : `<th scope="col" class="num">${esc(head.num)}</th>`,
    )
    .join('');
  return `<div class="scroll"><table><thead><tr>${th}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

/**
 * A table column: its head and what each row shows under it, side by side so the two cannot
 * drift apart. `num` right-aligns head and cells; `entity` gives the cells an entity name's width.
 */
export interface Column<T> {
  head: string;
  kind?: 'num' | 'entity';
  cell: (row: T) => string | number;
}

/** A table of `rows`, one `<tr>` each, laid out by `columns`. */
export function columnTable<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const heads = columns.map((column) =>
    column.kind === 'num' ? { num: column.head } : column.head,
  );
  const cells = (row: T): string =>
    columns
      .map(({ kind, cell }) => {
        const attribute = kind === undefined ? '' : ` class="${kind}"`;
        return `<td${attribute}>${esc(String(cell(row)))}</td>`;
      })
      .join('');
  return table(heads, rows.map((row) => `<tr>${cells(row)}</tr>`).join(''));
}
