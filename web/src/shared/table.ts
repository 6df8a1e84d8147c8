/**
 * A data table with a caption, column headers and, in each row, a header cell naming the row: the form
 * every table of the workbench takes (a score's parts, where a precedent ranks, two records side by side).
 * It sits in its own scrolling box, so a wide table never widens the page.
 */
import { h } from './dom.ts';

type Cell = Node | string;

export function dataTable(caption: Cell, columns: Cell[], rows: { head: Cell; cells: Cell[] }[]): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, row.head),
            row.cells.map((c) => (c instanceof HTMLTableCellElement ? c : h('td', {}, c))),
          ),
        ),
      ),
    ),
  );
}
