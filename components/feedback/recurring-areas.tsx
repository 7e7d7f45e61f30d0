// The development areas named in two or more feedback entries (lib/feedback/recurring.ts).
import { InAppLink } from '@/components/ui/in-app-link';
import { dateLabel } from '@/lib/dates/calendar';
import type { RecurringArea } from '@/lib/feedback/recurring';

export function RecurringAreas({ areas }: { areas: RecurringArea[] }) {
  if (areas.length === 0)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        No development area has come up in more than one piece of feedback.
      </p>
    );
  return (
    <ul className="space-y-1">
      {areas.map((area) => (
        <li key={area.skillId} className="text-slate-800 dark:text-slate-200">
          <InAppLink href={`/career/skills/${area.skillId}`} className="font-semibold underline">
            {area.name}
          </InAppLink>
          : named in {area.entries} feedback entries, {dateLabel(area.firstOn)} to {dateLabel(area.lastOn)}
        </li>
      ))}
    </ul>
  );
}
