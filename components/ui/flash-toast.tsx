'use client';

import { useEffect, useRef } from 'react';
import { useToast } from './toast';

/**
 * Shows a toast for something that happened before a redirect, then takes its parameter out of the URL so
 * a reload or a shared link does not say it again. The URL is tidied with
 * history.replaceState, which Next's router follows without fetching or rendering the page again: a
 * router.replace re-rendered it, and for a moment the page had no title (axe saw that under load).
 */
export function FlashToast({ message, param = 'saved' }: { message: string; param?: string }) {
  const toast = useToast();
  const shown = useRef(false);
  useEffect(() => {
    if (shown.current) return;
    shown.current = true;
    toast(message);
    const url = new URL(window.location.href);
    url.searchParams.delete(param);
    window.history.replaceState(window.history.state, '', url);
  }, [message, param, toast]);
  return null;
}
