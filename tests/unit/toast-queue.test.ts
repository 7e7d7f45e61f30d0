import { describe, expect, it } from 'vitest';
import { withToast, type Toast } from '@/components/ui/toast-queue';

const saved = (id: number): Toast => ({ id, tone: 'success', text: 'Saved.' });

describe('the toasts on screen', () => {
  it('shows a sentence said twice once, as its latest saying', () => {
    expect(withToast([saved(1)], saved(2))).toEqual([saved(2)]);
  });

  it('keeps different sentences, and the same words in another tone, apart', () => {
    const failed: Toast = { id: 2, tone: 'error', text: 'Saved.' };
    const other: Toast = { id: 3, tone: 'success', text: 'Goal deleted.' };
    expect(withToast(withToast([saved(1)], failed), other)).toEqual([saved(1), failed, other]);
  });

  it('shows at most three, the oldest giving way', () => {
    const shown = [1, 2, 3].map((id): Toast => ({ id, tone: 'success', text: `Toast ${id}` }));
    expect(withToast(shown, saved(4)).map((toast) => toast.id)).toEqual([2, 3, 4]);
  });
});
