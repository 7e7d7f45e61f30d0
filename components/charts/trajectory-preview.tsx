import { beforeJoiningShade, markerStyles } from './chart-legend';
import type { FactorSeries, TrajectoryChartPoint, TrajectoryMarker } from './recharts/trajectory-chart';

/**
 * The trajectory chart drawn without Recharts, so the dashboard’s first paint shows it (in the HTML): the same
 * stacked factor areas, grid, markers and shade in the plot box Recharts uses (components/charts/recharts/
 * trajectory-chart.tsx: 44 px of axis on the left, 16 px of margin right and top, 30 px of axis below). The
 * Recharts chart replaces it, in the same place, once the user first moves, touches or types (ChartFrame).
 * Straight segments stand in for Recharts' curves; the labels are HTML, since a stretched SVG would distort text.
 */
export function TrajectoryPreview({
  points,
  factors,
  markers,
  joinedMonth,
}: {
  points: TrajectoryChartPoint[];
  factors: FactorSeries[];
  markers: TrajectoryMarker[];
  joinedMonth: string | null;
}) {
  const last = Math.max(1, points.length - 1);
  const xOf = (month: string) => {
    const index = points.findIndex((point) => point.month === month);
    return index < 0 ? null : (index / last) * 100;
  };
  const valueOf = (point: TrajectoryChartPoint, key: string) => {
    const value = point[key];
    return typeof value === 'number' ? value : 0;
  };
  // A tenth of a unit is under a pixel at any size the chart is drawn; the floats' full digits were a tenth of
  // the dashboard's HTML, sent twice.
  const at = (x: number, y: number) => `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
  // Each factor's band: from the sum of the factors below it to that sum plus its own contribution.
  const bands = factors.map((factor, layer) => {
    const below = (point: TrajectoryChartPoint) =>
      factors.slice(0, layer).reduce((sum, lower) => sum + valueOf(point, lower.key), 0);
    const top = points.map((point, index) =>
      at((index / last) * 1000, 100 - below(point) - valueOf(point, factor.key)),
    );
    const bottom = points.map((point, index) => at((index / last) * 1000, 100 - below(point))).reverse();
    return { factor, outline: [...top, ...bottom].join(' ') };
  });
  const shadeEnd = joinedMonth === null ? null : xOf(joinedMonth);
  const labelled = [...new Set([0, Math.round(last / 3), Math.round((2 * last) / 3), last])].filter(
    (index) => index < points.length,
  );
  const axisText = 'absolute text-xs whitespace-nowrap text-slate-600 dark:text-slate-400';
  return (
    <div aria-hidden="true" className="absolute top-4 right-4 bottom-[30px] left-11">
      <svg
        viewBox="0 0 1000 100"
        preserveAspectRatio="none"
        className="absolute inset-0 h-full w-full overflow-visible"
      >
        {shadeEnd !== null && shadeEnd > 0 && (
          <rect x={0} y={0} width={shadeEnd * 10} height={100} {...beforeJoiningShade} />
        )}
        {[0, 25, 50, 75, 100].map((value) => (
          <line
            key={value}
            x1={0}
            x2={1000}
            y1={100 - value}
            y2={100 - value}
            strokeDasharray="3 3"
            vectorEffect="non-scaling-stroke"
            className="stroke-slate-200 dark:stroke-slate-700"
          />
        ))}
        {bands.map(({ factor, outline }) => (
          <polygon
            key={factor.key}
            points={outline}
            fill={factor.color}
            fillOpacity={0.55}
            stroke={factor.color}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {markers.map((marker) => {
          const x = xOf(marker.month);
          return x === null ? null : (
            <line
              key={`${marker.kind}-${marker.month}-${marker.label}`}
              x1={x * 10}
              x2={x * 10}
              y1={0}
              y2={100}
              stroke={markerStyles[marker.kind].fill}
              strokeDasharray="4 2"
              vectorEffect="non-scaling-stroke"
            />
          );
        })}
      </svg>
      {shadeEnd !== null && shadeEnd > 0 && (
        <span className="absolute top-1 left-1 text-xs text-slate-800 dark:text-slate-100">Before you joined</span>
      )}
      {markers.map((marker) => {
        const x = xOf(marker.month);
        return x === null ? null : (
          <span
            key={`${marker.kind}-${marker.month}-${marker.label}`}
            className="absolute -top-4 -translate-x-1/2 text-xs leading-4"
            style={{ left: `${x}%`, color: markerStyles[marker.kind].fill }}
          >
            {markerStyles[marker.kind].symbol}
          </span>
        );
      })}
      {[0, 25, 50, 75, 100].map((value) => (
        <span
          key={value}
          className={`${axisText} right-[calc(100%+8px)] -translate-y-1/2`}
          style={{ top: `${100 - value}%` }}
        >
          {value}
        </span>
      ))}
      {labelled.map((index) => (
        <span
          key={index}
          className={`${axisText} top-[calc(100%+8px)] ${index === last ? '-translate-x-full' : index === 0 ? '' : '-translate-x-1/2'}`}
          style={{ left: `${(index / last) * 100}%` }}
        >
          {points[index]?.label}
        </span>
      ))}
    </div>
  );
}
