import { CardSection } from '@/components/ui/card';
import { FlashToast } from '@/components/ui/flash-toast';
import type { UserProfile } from '@/db/queries/account/users';
import { usableTimeZone } from '@/lib/dates/time-zones';
import type { TwoFactorStatus } from '@/lib/server/auth/two-factor';
import { TwoFactorForms, type TwoFactorView } from './two-factor-forms';

/** Settings → Two-factor sign-in: for accounts that sign in with a password (docs/security.md). */
export function TwoFactorSection({
  user,
  status,
  signedInWithRecoveryCode,
}: {
  user: UserProfile;
  status: TwoFactorStatus;
  signedInWithRecoveryCode: boolean;
}) {
  const view: TwoFactorView = status.on
    ? {
        on: true,
        since: status.enabledAt.toLocaleDateString('en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: usableTimeZone(user.timeZone),
        }),
        recoveryCodesLeft: status.recoveryCodesLeft,
      }
    : { on: false };
  return (
    <CardSection id="two-factor" title="Two-factor sign-in" className="max-w-xl">
      {signedInWithRecoveryCode && status.on && (
        <FlashToast
          message={`You signed in with a recovery code; ${status.recoveryCodesLeft} left. Make new ones if you are running low.`}
          param="twoFactor"
        />
      )}
      <TwoFactorForms view={view} accountEmail={user.email} />
    </CardSection>
  );
}
