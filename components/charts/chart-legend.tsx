import type { ReactNode } from 'react';

export type ChartLegendItem = { key: string; label: string; mark: ReactNode };

/**
 * A chart's legend as plain HTML beside its figure: server-rendered, so it costs no script and does not shift
 * while the chart loads, and it can explain what the chart draws besides its series (markers, shaded spans).
 */
export function ChartLegend({ label, items }: { label: string; items: ChartLegendItem[] }) {
  return (
    <ul aria-label={label} className="chart-legend">
      {items.map((item) => (
        <li key={item.key}>
          <span aria-hidden="true">{item.mark}</span>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** A square of a series' colour. */
export function ColorSwatch({ color }: { color: string }) {
  return <span className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: color }} />;
}

/** A short stroke of a line series' colour. */
export function LineSwatch({ color }: { color: string }) {
  return <span className="inline-block h-0.5 w-4 rounded" style={{ backgroundColor: color }} />;
}

/** The symbol a chart draws at an event, in a text colour readable on either theme. */
export function SymbolMark({ symbol, className }: { symbol: string; className: string }) {
  return <span className={`text-sm leading-none font-semibold ${className}`}>{symbol}</span>;
}

/** Colours of the event markers, shared by the charts (SVG fill) and their legends (text class). */
export const markerStyles = {
  promotion: { symbol: '▲', fill: '#059669', text: 'text-emerald-700 dark:text-emerald-400', label: 'Promotion' },
  certification: { symbol: '★', fill: '#d97706', text: 'text-amber-700 dark:text-amber-400', label: 'Certification' },
} as const;

/** The compensation chart's line, kept here (not in the client chart module) so its server-side legend can read it. */
export const compensationLineColor = '#4f46e5';

/** The shade over months before the user joined: the chart's area fill, and its swatch in the legend. */
export const beforeJoiningShade = { fill: '#94a3b8', fillOpacity: 0.35 } as const;

export function ShadeSwatch() {
  return (
    <span
      className="inline-block h-3 w-5 rounded-sm border border-slate-400 dark:border-slate-500"
      style={{ backgroundColor: beforeJoiningShade.fill, opacity: 0.6 }}
    />
  );
}
