'use client';

import { useState } from 'react';
import { Button, SubmitButton } from '@/components/ui/button';
import { FormMessage, TextField } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import { makeCalendarLinkAction, turnOffCalendarFeedAction } from './calendar-actions';

function madeFeedPath(answer: object | undefined): string | undefined {
  return answer && 'feedPath' in answer && typeof answer.feedPath === 'string' ? answer.feedPath : undefined;
}

/**
 * The feed's link is shown once, right after it is made (only its hash is stored); later visits offer a new
 * link instead. The link form stays mounted whether the feed is on or off, so its answer survives the
 * refreshed page.
 */
export function CalendarFeedForms({ feedOn }: { feedOn: boolean }) {
  const link = useFormAction(makeCalendarLinkAction);
  const turnOff = useFormAction(turnOffCalendarFeedAction);
  const path = feedOn ? madeFeedPath(link.success) : undefined;
  return (
    <div className="space-y-4">
      {path ? (
        <FeedLink url={`${window.location.origin}${path}`} />
      ) : (
        feedOn && (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Your calendar feed is on. Its link is shown only once, when it is made; to add it to another calendar, make
            a new link (the old one then stops working).
          </p>
        )
      )}
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        <form key={link.formKey} id={link.formId} action={link.formAction} noValidate className="space-y-4">
          <FormMessage message={link.message} />
          <SubmitButton
            variant={feedOn ? 'secondary' : 'primary'}
            pendingLabel="Making the link…"
            className="w-full sm:w-auto"
          >
            {feedOn ? 'Make a new link' : 'Turn on the calendar feed'}
          </SubmitButton>
        </form>
        {feedOn && (
          <form key={turnOff.formKey} id={turnOff.formId} action={turnOff.formAction} noValidate className="space-y-4">
            <FormMessage message={turnOff.message} />
            <SubmitButton variant="secondary" pendingLabel="Turning off…" className="w-full sm:w-auto">
              Turn off
            </SubmitButton>
          </form>
        )}
      </div>
    </div>
  );
}

function FeedLink({ url }: { url: string }) {
  const [copied, setCopied] = useState<string>('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied.');
    } catch {
      setCopied('Could not copy: select the link and copy it yourself.');
    }
  }
  return (
    <div className="space-y-2">
      <TextField
        name="calendarFeedUrl"
        label="Calendar feed link"
        value={url}
        readOnly
        hint="Add it to your calendar app as a subscription (“From URL”). Shown only now."
        onFocus={(event) => event.currentTarget.select()}
      />
      <Button variant="secondary" onClick={() => void copy()} className="w-full sm:w-auto">
        Copy link
      </Button>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {copied}
      </p>
    </div>
  );
}
