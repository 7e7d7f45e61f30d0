'use client';

import { Suspense, useEffect, useRef, useState, type CSSProperties, type ReactNode, type RefObject } from 'react';

/** How far below the screen a chart starts loading, so it is usually drawn by the time it scrolls in. */
const loadAhead = '300px';

/** What shows a person is using the page (a test or an audit that only loads it does none of these). */
const firstUseEvents = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel'] as const;

/** True once the box is within `loadAhead` of the screen. */
function useNearScreen(box: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        setNear(true);
        observer.disconnect();
      },
      { rootMargin: `${loadAhead} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return near;
}

/** True once the person has moved, touched, scrolled with a wheel or typed; always true when `needed` is false. */
function useFirstUse(needed: boolean): boolean {
  const [used, setUsed] = useState(!needed);
  useEffect(() => {
    if (used) return;
    const markUsed = () => setUsed(true);
    for (const event of firstUseEvents) window.addEventListener(event, markUsed, { once: true, passive: true });
    return () => {
      for (const event of firstUseEvents) window.removeEventListener(event, markUsed);
    };
  }, [used]);
  return used;
}

/**
 * A chart as one image for assistive technology, described by `summary`. Its box has a fixed height (a class or a
 * style), so nothing shifts when the chart arrives, and it draws `children` (a chart loaded with React.lazy,
 * components/charts/lazy-charts.tsx) only once the box comes near the screen: Recharts is then fetched and run
 * after the page is usable, and only for the charts a user scrolls to. The summary, the legend and the table
 * beside the chart are in the page's HTML and do not wait for it.
 *
 * A chart on the first screen passes a `preview` drawn without Recharts (in the page's HTML): it is the chart of
 * the first paint, and
 * Recharts (its tooltips) replaces it when the person first moves, touches or types, before they can point at it.
 */
export function ChartFrame({
  summary,
  className,
  style,
  preview,
  children,
}: {
  summary: string;
  className?: string;
  style?: CSSProperties;
  preview?: ReactNode;
  children: ReactNode;
}) {
  const frame = useRef<HTMLElement>(null);
  const near = useNearScreen(frame);
  const used = useFirstUse(preview !== undefined);
  return (
    <figure ref={frame} className={`relative w-full ${className ?? ''}`} style={style} role="img" aria-label={summary}>
      {near && used ? <Suspense fallback={preview}>{children}</Suspense> : preview}
    </figure>
  );
}
