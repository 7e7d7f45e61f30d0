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

// Below sm each row stacks: its header (on a line of its own when more than one value follows), then each
// value after its column's name, leaving out empty ones, so nothing scrolls sideways on a phone. The name is a
// pseudo-element with empty alternative text (`/ ''`): the cell's accessible name and text stay the value
// alone, and the column header, still there for screen readers, names it. The explicit roles keep the table
// semantics that some browsers drop once a table is no longer displayed as one.
const stackedCell =
  "max-sm:p-0 max-sm:empty:hidden max-sm:[overflow-wrap:anywhere] max-sm:before:mr-1.5 max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)_/_''] dark:max-sm:before:text-slate-400";

/** A table of records: a real table from sm up, label–value rows on phones. */
export function DataTable({ caption, columns, rows, scrollLabel }: Props) {
  const valueHeadings = columns.slice(1);
  const headerLine = valueHeadings.length > 1 ? 'max-sm:basis-full' : '';
  const table = (
    <table role="table" className="w-full text-left text-sm max-sm:block">
      <caption className="sr-only">{caption}</caption>
      <thead
        role="rowgroup"
        className={`max-sm:sr-only ${scrollLabel ? 'sm:sticky sm:top-0 bg-white dark:bg-slate-900' : ''}`}
      >
        <tr role="row" className="border-b border-slate-200 dark:border-slate-700">
          {columns.map((heading) => (
            <th key={heading} role="columnheader" scope="col" className="py-2 pr-4 last:pr-0">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup" className="max-sm:block">
        {rows.map((row) => (
          <tr
            key={row.key}
            role="row"
            className="border-b border-slate-100 align-top dark:border-slate-800 max-sm:flex max-sm:flex-wrap max-sm:gap-x-4 max-sm:gap-y-1 max-sm:py-2"
          >
            <th
              role="rowheader"
              scope="row"
              className={`py-2 pr-4 font-normal sm:whitespace-nowrap ${headerLine} max-sm:p-0 max-sm:font-semibold max-sm:[overflow-wrap:anywhere]`}
            >
              {row.header}
            </th>
            {row.cells.map((cell, index) => (
              <td
                key={valueHeadings[index] ?? index}
                role="cell"
                data-label={valueHeadings[index]}
                className={`py-2 pr-4 last:pr-0 ${stackedCell}`}
              >
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
