import { InAppLink } from '@/components/ui/in-app-link';
import { buttonClasses } from '@/components/ui/button-classes';

export default function NotFound() {
  return (
    <main
      id="main"
      className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-4 text-center"
    >
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="text-slate-600 dark:text-slate-400">
        There is nothing here, or it is not yours to see. Check the address, or head back to your dashboard.
      </p>
      <InAppLink href="/dashboard" className={buttonClasses('primary')}>
        Back to dashboard
      </InAppLink>
    </main>
  );
}
