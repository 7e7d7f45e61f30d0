// Feedback entries as cards: when, from whom, praise or development area, the words, and the skills.
import { InAppLink } from '@/components/ui/in-app-link';
import { Badge } from '@/components/ui/badge';
import { cardClasses } from '@/components/ui/card';
import { dateLabel } from '@/lib/dates/calendar';
import {
  feedbackKindLabels,
  feedbackRelationLabels,
  type FeedbackKind,
  type FeedbackRelation,
} from '@/lib/feedback/vocabulary';

type FeedbackCard = {
  id: string;
  receivedOn: string;
  fromName: string;
  relation: FeedbackRelation;
  kind: FeedbackKind;
  text: string;
  skills: { id: string; name: string }[];
};

export function FeedbackList({ entries, headingLevel = 3 }: { entries: FeedbackCard[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className={cardClasses({ compact: true })}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Heading className="min-w-0 font-semibold">
              <InAppLink href={`/career/feedback/${entry.id}`} className="break-words hover:underline">
                {entry.fromName}
              </InAppLink>
              <span className="font-normal text-slate-600 dark:text-slate-400">
                {' '}
                · {feedbackRelationLabels[entry.relation]} · {dateLabel(entry.receivedOn)}
              </span>
            </Heading>
            <Badge tone={entry.kind === 'praise' ? 'success' : 'warning'}>{feedbackKindLabels[entry.kind]}</Badge>
          </div>
          <p className="mt-2 whitespace-pre-line break-words text-slate-800 dark:text-slate-200">{entry.text}</p>
          {entry.skills.length > 0 && (
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
              Skills:{' '}
              {entry.skills.map((skill, index) => (
                <span key={skill.id}>
                  {index > 0 && ', '}
                  <InAppLink href={`/career/skills/${skill.id}`} className="underline">
                    {skill.name}
                  </InAppLink>
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
