'use client';

import { PageError } from '@/components/shell/page-error';

// A page failed outside the signed-in shell, or the shell itself did (it reads the signed-in user).
export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4">
      <PageError error={error} retry={retry} />
    </main>
  );
}
