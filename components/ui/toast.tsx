'use client';

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { withToast, type Toast, type ToastTone } from './toast-queue';

type ShowToast = (text: string, tone?: ToastTone) => void;

const ToastContext = createContext<ShowToast>(() => {});

// Long enough to read a sentence after looking back from the keyboard or a slow page (WCAG 2.2.1 asks for
// time to read); a toast can always be dismissed sooner. At 4 s a busy machine's e2e run could miss one.
const shownForMs: Record<ToastTone, number> = { success: 8000, error: 12000 };

/** Saved / failed notices. The live regions exist from the first render so screen readers announce them. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(0);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);

  const show = useCallback<ShowToast>(
    (text, tone = 'success') => {
      const id = ++nextId.current;
      setToasts((all) => withToast(all, { id, tone, text }));
      window.setTimeout(() => dismiss(id), shownForMs[tone]);
    },
    [dismiss],
  );

  const value = useMemo(() => show, [show]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4 sm:items-end">
        <div role="status" aria-live="polite" className="contents">
          {toasts
            .filter((toast) => toast.tone === 'success')
            .map((toast) => (
              <ToastCard key={toast.id} toast={toast} onDismiss={dismiss} />
            ))}
        </div>
        <div role="alert" aria-live="assertive" className="contents">
          {toasts
            .filter((toast) => toast.tone === 'error')
            .map((toast) => (
              <ToastCard key={toast.id} toast={toast} onDismiss={dismiss} />
            ))}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

function ToastCard({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const tone =
    toast.tone === 'success'
      ? 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100'
      : 'border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100';
  return (
    <div
      className={`pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded-lg border px-4 py-3 shadow-lg ${tone}`}
    >
      <p className="flex-1 text-sm font-medium">{toast.text}</p>
      <button
        type="button"
        onClick={() => onDismiss(toast.id)}
        className="-m-1 rounded p-1 text-sm leading-none opacity-70 hover:opacity-100"
        aria-label="Dismiss notification"
      >
        ✕
      </button>
    </div>
  );
}

export function useToast(): ShowToast {
  return useContext(ToastContext);
}
