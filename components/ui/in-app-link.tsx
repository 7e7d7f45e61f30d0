'use client';

import { useRouter } from 'next/navigation';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * A link to a page of the app, followed by the router without reloading, as `next/link` does, without its
 * prefetching and pending state: drawn on the server for every link of a page, `next/link`'s hooks were 1–3 %
 * of a page's server time (docs/performance.md, item 74), and the prefetch of a page that renders per request
 * fetched next to nothing ahead. A click with a modifier key or another button, or on a link opened elsewhere
 * or downloaded, is the browser's (a new tab, a new window, a download).
 */
export function InAppLink({ href, onClick, ...rest }: Props) {
  const router = useRouter();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!isPlainClick(event)) return;
    event.preventDefault();
    router.push(href);
  };
  return <a href={href} {...rest} onClick={follow} />;
}

/** A click the app follows itself: the main button, no modifier key, on a link opened in place. */
export function isPlainClick(event: MouseEvent<HTMLAnchorElement>) {
  const target = event.currentTarget.getAttribute('target');
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey &&
    (!target || target === '_self') &&
    !event.currentTarget.hasAttribute('download')
  );
}
