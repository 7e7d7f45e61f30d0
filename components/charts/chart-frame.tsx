import type { CSSProperties, ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/** Axis ticks every chart shares: small, and readable in light and dark. */
export const axisTicks = { tick: { fontSize: 12 }, className: 'fill-slate-600 dark:fill-slate-400' } as const;
export const gridLines = { strokeDasharray: '3 3', className: 'stroke-slate-200 dark:stroke-slate-700' } as const;

/**
 * A chart as one image for assistive technology, described by `summary`; its box has a fixed height
 * (a class or a style) so nothing shifts while it loads.
 */
export function ChartFrame({
  summary,
  className,
  style,
  children,
}: {
  summary: string;
  className?: string;
  style?: CSSProperties;
  children: ReactElement;
}) {
  return (
    <figure className={`w-full ${className ?? ''}`} style={style} role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </figure>
  );
}
