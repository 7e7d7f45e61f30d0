import type { ReactNode } from 'react';

export type DataTableRow = {
  key: string;
  /**
   * What the row is about (a week, a month, a skill): the row's header cell. From sm up it stays on one line, as
   * a date should; free text that may be long goes in an element with `whitespace-normal`.
   */
  header: ReactNode;
  /** One value for each column after the first. */
  cells: ReactNode[];
};

type Props = {
  /** Read by screen readers and used as the table's accessible name. */
  caption: string;
  /** The column headings; the first one heads the row headers. */
  columns: string[];
  rows: DataTableRow[];
  /**
   * From sm up, a long table scrolls in a box of its own under a sticky header row; this names the box for
   * keyboard users. On phones the stacked rows take the page's own scrolling: a box of rows taller than their
   * cells would cut the last row (and its buttons) in half.
   */
  scrollLabel?: string;
};

/**
 * A table of records: a real table from sm up, label–value rows on phones. Its look is the `data-table` class
 * (app/globals.css) rather than utilities on every cell: a chart's table can have hundreds of cells, and each
 * cell's classes were sent twice, in the HTML and in the React payload.
 */
export function DataTable({ caption, columns, rows, scrollLabel }: Props) {
  const valueHeadings = columns.slice(1);
  const table = (
    <table role="table" className="data-table" data-stacked-header={valueHeadings.length > 1 ? 'line' : undefined}>
      <caption className="sr-only">{caption}</caption>
      <thead role="rowgroup" className={scrollLabel ? 'sm:sticky sm:top-0 bg-white dark:bg-slate-900' : undefined}>
        <tr role="row">
          {columns.map((heading) => (
            <th key={heading} role="columnheader" scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((row) => (
          <tr key={row.key} role="row">
            <th role="rowheader" scope="row">
              {row.header}
            </th>
            {row.cells.map((cell, index) => (
              <td key={valueHeadings[index] ?? index} role="cell" data-label={valueHeadings[index]}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!scrollLabel) return table;
  return (
    <div className="sm:max-h-96 sm:overflow-auto" tabIndex={0} role="region" aria-label={scrollLabel}>
      {table}
    </div>
  );
}
