'use client';

import { Suspense, useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

/** How far below the screen a chart starts loading, so it is usually drawn by the time it scrolls in. */
const loadAhead = '300px';

/**
 * A chart as one image for assistive technology, described by `summary`. Its box has a fixed height (a class or a
 * style), so nothing shifts when the chart arrives, and it draws `children` (a chart loaded with React.lazy,
 * components/charts/lazy-charts.tsx) only once the box comes near the screen: Recharts is then fetched and run
 * after the page is usable, and only for the charts a user scrolls to. The summary, the legend and the table
 * beside the chart are in the page's HTML and do not wait for it.
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
  children: ReactNode;
}) {
  const frame = useRef<HTMLElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const box = frame.current;
    if (!box) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        setNear(true);
        observer.disconnect();
      },
      { rootMargin: `${loadAhead} 0px` },
    );
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  return (
    <figure ref={frame} className={`w-full ${className ?? ''}`} style={style} role="img" aria-label={summary}>
      {near && <Suspense>{children}</Suspense>}
    </figure>
  );
}
