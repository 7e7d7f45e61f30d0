'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useSyncExternalStore, useTransition, type FormEvent } from 'react';
import { buttonClasses } from '@/components/ui/button-classes';
import { cardClasses } from '@/components/ui/card';
import { SelectField } from '@/components/ui/select-field';
import type { GoalFilters } from '@/lib/goals/schema';
import { categoryLabels, goalCategories, goalStatuses, horizonLabels, statusLabels } from '@/lib/goals/vocabulary';

const subscribeNever = () => () => {};
const fieldBox = 'min-w-36 flex-1';

/** The filters as the address holds them: empty choices and the default order are left out. */
function filterQuery(form: HTMLFormElement): string {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string' || value === '' || (name === 'sort' && value === 'target-asc')) continue;
    query.set(name, value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/**
 * A plain GET form, so it works without JavaScript through its Apply button; once scripts run, each change
 * navigates at once (a history entry of its own, so back and forward restore the filter) and the button goes.
 */
export function GoalFiltersForm({ filters }: { filters: GoalFilters }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  function applyAtOnce(event: FormEvent<HTMLFormElement>) {
    const query = filterQuery(event.currentTarget);
    startTransition(() => router.push(`${pathname}${query}`, { scroll: false }));
  }

  return (
    <form
      method="get"
      onChange={applyAtOnce}
      aria-label="Filter goals"
      aria-busy={pending || undefined}
      className={cardClasses({ compact: true }, 'mb-6 flex flex-wrap items-end gap-4')}
    >
      <div className={fieldBox}>
        <SelectField name="horizon" label="Horizon" defaultValue={filters.horizon ?? ''}>
          <option value="">All</option>
          {(['short', 'long'] as const).map((horizon) => (
            <option key={horizon} value={horizon}>
              {horizonLabels[horizon]}
            </option>
          ))}
        </SelectField>
      </div>
      <div className={fieldBox}>
        <SelectField name="status" label="Status" defaultValue={filters.status ?? ''}>
          <option value="">All</option>
          {goalStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </SelectField>
      </div>
      <div className={fieldBox}>
        <SelectField name="category" label="Category" defaultValue={filters.category ?? ''}>
          <option value="">All</option>
          {goalCategories.map((category) => (
            <option key={category} value={category}>
              {categoryLabels[category]}
            </option>
          ))}
        </SelectField>
      </div>
      {/* The longest option must fit whole: this field never shrinks below its text. */}
      <div className="min-w-64 flex-[1.5]">
        <SelectField name="sort" label="Sort by (active goals first)" defaultValue={filters.sort}>
          <option value="target-asc">Target date, soonest first</option>
          <option value="target-desc">Target date, latest first</option>
          <option value="recent">Newest first</option>
        </SelectField>
      </div>
      <ApplyWithoutScript />
    </form>
  );
}

/**
 * The Apply button, for a page without JavaScript: it goes once scripts run. Its own component so that the
 * render which removes it after hydration is its alone, not the whole form's.
 */
function ApplyWithoutScript() {
  const scripted = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  if (scripted) return null;
  return (
    <button type="submit" className={buttonClasses('secondary', 'flex-none')}>
      Apply
    </button>
  );
}
