import { InAppLink } from '@/components/ui/in-app-link';
import { buttonClasses } from '@/components/ui/button-classes';
import { CardSection } from '@/components/ui/card';
import type { FormAction } from '@/components/ui/use-form-action';
import { exampleProfiles } from '@/lib/next-role/examples';
import { ActionButtonForm, ProfileImportForm } from './role-forms';

/** Where a target comes from: a profile written from scratch, one of the example profiles, or a profile file. */
export function StartingPoints({ copyExample, importFile }: { copyExample: FormAction; importFile: FormAction }) {
  return (
    <div className="space-y-6">
      <CardSection
        id="write-your-own"
        title="Write your own"
        description="The title and level of the role you aim at, and what it asks for: skills, certifications, learning, experience, achievements and expectations, each weighed."
      >
        <InAppLink href="/next-role/new" className={buttonClasses('primary')}>
          Write a profile
        </InAppLink>
      </CardSection>
      <CardSection
        id="examples"
        title="Start from an example"
        description="Typical requirements of each role, written by us from common job descriptions. The copy is yours to change."
      >
        <ul className="grid grid-cols-1 gap-3 md:grid-cols-2">
          {exampleProfiles.map(({ slug, profile }) => (
            <li key={slug} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
              <h3 className="font-semibold">
                {profile.title}
                {profile.level && (
                  <span className="font-normal text-slate-600 dark:text-slate-400"> · {profile.level}</span>
                )}
              </h3>
              <p className="text-sm text-slate-700 dark:text-slate-300">{profile.summary}</p>
              <p className="text-sm text-slate-600 dark:text-slate-400">{profile.requirements.length} requirements</p>
              <div className="mt-auto">
                <ActionButtonForm
                  action={copyExample}
                  fields={{ example: slug }}
                  label="Use this profile"
                  pendingLabel="Copying…"
                />
              </div>
            </li>
          ))}
        </ul>
      </CardSection>
      <CardSection
        id="import"
        title="Import a profile file"
        description="A profile a mentor shared, or one you wrote in the documented format."
      >
        <ProfileImportForm action={importFile} />
      </CardSection>
    </div>
  );
}
