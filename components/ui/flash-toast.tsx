'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { useToast } from './toast';

/** Shows a toast for something that happened before a redirect, then tidies the URL. */
export function FlashToast({ message }: { message: string }) {
  const toast = useToast();
  const router = useRouter();
  const pathname = usePathname();
  const shown = useRef(false);
  useEffect(() => {
    if (shown.current) return;
    shown.current = true;
    toast(message);
    router.replace(pathname, { scroll: false });
  }, [message, pathname, router, toast]);
  return null;
}
