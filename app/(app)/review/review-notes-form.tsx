'use client';

import { SubmitButton } from '@/components/ui/button';
import { FieldErrors, FormMessage } from '@/components/ui/field';
import { TextareaField } from '@/components/ui/textarea-field';
import { useFormAction } from '@/components/ui/use-form-action';
import { saveReview } from './actions';

type Props = {
  year: number;
  summary: string;
  highlights: string[];
  candidates: string[];
  /** The year's achievements and the ones included now (all of them until the user picks). */
  achievements: { id: string; label: string }[];
  includedAchievementIds: string[];
};

/** The summary and highlights the user writes before exporting; saved with the year. */
export function ReviewNotesForm({
  year,
  summary,
  highlights,
  candidates,
  achievements,
  includedAchievementIds,
}: Props) {
  const form = useFormAction(saveReview, { summary });
  const picked = new Set(form.chosen('highlights', highlights));
  const pickedAchievements = new Set(form.chosen('achievementIds', includedAchievementIds));
  // Saved highlights stay pickable even when their source changed since.
  const choices = [...new Set([...highlights, ...candidates])];
  return (
    <form key={form.formKey} id={form.formId} action={form.formAction} noValidate className="space-y-4">
      <FormMessage message={form.message} />
      <input type="hidden" name="year" value={year} />
      <TextareaField
        name="summary"
        label="Summary"
        rows={5}
        hint="In your words: what this year meant for your path. It opens every export."
        defaultValue={form.value('summary')}
        errors={form.errors('summary')}
      />
      {achievements.length > 0 && (
        <fieldset
          className="space-y-2"
          aria-describedby={form.errors('achievementIds') ? 'field-achievementIds-error' : undefined}
        >
          <legend className="text-sm font-medium">Achievements to include</legend>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            All of the year’s achievements are included until you untick some; they lead the review and its downloads.
          </p>
          <input type="hidden" name="pickAchievements" value="1" />
          <ul className="space-y-1 rounded-lg border border-slate-200 p-2 dark:border-slate-700">
            {achievements.map((achievement) => (
              <li key={achievement.id}>
                <label className="flex min-h-11 items-start gap-2 py-1 text-sm break-words">
                  <input
                    type="checkbox"
                    name="achievementIds"
                    value={achievement.id}
                    defaultChecked={pickedAchievements.has(achievement.id)}
                    className="mt-1 h-4 w-4 shrink-0"
                  />
                  <span className="min-w-0">{achievement.label}</span>
                </label>
              </li>
            ))}
          </ul>
          <FieldErrors id="field-achievementIds-error" errors={form.errors('achievementIds')} />
        </fieldset>
      )}
      <fieldset
        className="space-y-2"
        aria-describedby={['highlights-source', form.errors('highlights') ? 'field-highlights-error' : '']
          .join(' ')
          .trim()}
      >
        <legend className="text-sm font-medium">Highlights to include</legend>
        <p id="highlights-source" className="text-sm text-slate-600 dark:text-slate-400">
          {choices.length === 0 ? 'None yet: they come' : 'They come'} from the “Highlight of the week” you wrote in
          your weekly updates of {year} and from the goals you achieved in {year}. The ones you tick go into the
          review’s downloads.
        </p>
        {choices.length > 0 && (
          <div
            className="max-h-80 overflow-y-auto rounded-lg border border-slate-200 p-2 dark:border-slate-700"
            tabIndex={0}
            role="region"
            aria-label="Highlights to pick from"
          >
            <ul className="space-y-1">
              {choices.map((choice) => (
                <li key={choice}>
                  <label className="flex min-h-11 items-start gap-2 py-1 text-sm">
                    <input
                      type="checkbox"
                      name="highlights"
                      value={choice}
                      defaultChecked={picked.has(choice)}
                      className="mt-1 h-4 w-4 shrink-0"
                    />
                    <span>{choice}</span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        )}
        <FieldErrors id="field-highlights-error" errors={form.errors('highlights')} />
      </fieldset>
      <SubmitButton pendingLabel="Saving…">Save summary and highlights</SubmitButton>
    </form>
  );
}
