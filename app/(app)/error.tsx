'use client';

import { InAppLink } from '@/components/ui/in-app-link';
import { buttonClasses } from '@/components/ui/button-classes';
import { PageError } from '@/components/shell/page-error';

// A page of the signed-in area failed: the shell and its navigation stay, so the user can retry or go
// elsewhere.
export default function SignedInError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <PageError error={error} retry={retry}>
      <InAppLink href="/dashboard" className={buttonClasses('secondary')}>
        Back to dashboard
      </InAppLink>
    </PageError>
  );
}
