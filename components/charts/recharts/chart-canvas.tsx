import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/** Axis ticks every chart shares: small, and readable in light and dark. */
export const axisTicks = { tick: { fontSize: 12 }, className: 'fill-slate-600 dark:fill-slate-400' } as const;
export const gridLines = { strokeDasharray: '3 3', className: 'stroke-slate-200 dark:stroke-slate-700' } as const;

/** A Recharts chart filling the box its ChartFrame (components/charts/chart-frame.tsx) has reserved. */
export function ChartCanvas({ children }: { children: ReactElement }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      {children}
    </ResponsiveContainer>
  );
}
