'use client';

import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

/**
 * False in the server's HTML and while React hydrates it, true from then on. A control whose work needs
 * JavaScript (a form action, a menu, a dialog) is disabled until then: on a slow phone, or a busy machine,
 * a tap before hydration would otherwise be lost without a word.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
