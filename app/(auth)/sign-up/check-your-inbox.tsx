import Link from 'next/link';

/** What a sign-up answers, whatever became of it: where the link went and what to do if it does not come. */
export function CheckYourInbox({ answer }: { answer: string }) {
  return (
    <section aria-labelledby="check-your-inbox" className="space-y-4">
      <h2 id="check-your-inbox" className="text-xl font-semibold">
        Check your inbox
      </h2>
      <p
        role="status"
        className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900"
      >
        {answer}
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Already confirmed?{' '}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300">
          Sign in
        </Link>
      </p>
    </section>
  );
}
