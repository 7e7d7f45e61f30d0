// The toasts on screen, as a plain list: kept apart from the React provider so its rules are tested alone.

export type ToastTone = 'success' | 'error';
export type Toast = { id: number; tone: ToastTone; text: string };

/** At most this many at once: older ones give way. */
const maxShown = 3;

/**
 * The list with `toast` added. A toast saying the same thing in the same tone is taken out first, so a
 * sentence said twice (a form saved twice in a row, a notice shown again by a remounted page) is one toast,
 * shown for its full time from the latest saying, never two identical cards stacked.
 */
export function withToast(shown: readonly Toast[], toast: Toast): Toast[] {
  const others = shown.filter((old) => old.text !== toast.text || old.tone !== toast.tone);
  return [...others.slice(-(maxShown - 1)), toast];
}
