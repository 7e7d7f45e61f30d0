'use client';

import { DataTable, type DataTableRow } from '@/components/ui/data-table';

/** A cell: its text, or its text in bold (a chart's headline value). */
export type PlainCell = string | { strong: string };

/**
 * A table as plain data (text only): a page can send its rows as a few strings each rather than as elements,
 * for the browser to draw once asked (components/ui/table-disclosure.tsx).
 */
export type PlainTable = {
  caption: string;
  columns: string[];
  rows: { key: string; header: string; cells: PlainCell[] }[];
  scrollLabel?: string;
  /** The row headers are free text that may be long (a skill's name): they wrap rather than stay on one line. */
  headersWrap?: boolean;
};

function rowsOf({ rows, headersWrap }: PlainTable): DataTableRow[] {
  return rows.map(({ key, header, cells }) => ({
    key,
    header: headersWrap ? <span className="whitespace-normal">{header}</span> : header,
    cells: cells.map((cell) => (typeof cell === 'string' ? cell : <strong key="strong">{cell.strong}</strong>)),
  }));
}

export function PlainDataTable({ table }: { table: PlainTable }) {
  return (
    <DataTable caption={table.caption} columns={table.columns} rows={rowsOf(table)} scrollLabel={table.scrollLabel} />
  );
}
