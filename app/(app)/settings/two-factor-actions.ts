'use server';

import { revalidatePath } from 'next/cache';
import {
  parseConfirmTwoFactorForm,
  parseNewRecoveryCodesForm,
  parseStartTwoFactorForm,
  parseTurnOffTwoFactorForm,
} from '@/lib/auth/two-factor-forms';
import type { ActionResult } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';
import { endOtherSessions } from '@/lib/server/auth/other-sessions';
import { requestClientAddress } from '@/lib/server/auth/password-change';
import {
  confirmTwoFactorSetup,
  makeNewRecoveryCodes,
  startTwoFactorSetup,
  turnOffTwoFactor,
  type TwoFactorSetup,
} from '@/lib/server/auth/two-factor';

/** Shows the key and QR code of a new, pending secret (answered this once; stored sealed). */
export async function startTwoFactorAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult<{ setup: TwoFactorSetup }>> {
  return runFormAction(formData, { user: 'profile', parse: parseStartTwoFactorForm }, async (input, { user }) => {
    const setup = await startTwoFactorSetup(user, input.password, await requestClientAddress());
    return { ok: true, message: 'Scan the code with your authenticator app.', setup };
  });
}

// Turning it on, making new codes and turning it off each end the account's other sessions and keep this
// one (docs/security.md "Two-factor sign-in").

export async function confirmTwoFactorAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  return runFormAction(formData, { user: 'id', parse: parseConfirmTwoFactorForm }, async (input, { user }) => {
    const recoveryCodes = await confirmTwoFactorSetup(user.id, input.code);
    await endOtherSessions(user.id);
    revalidatePath('/settings');
    return {
      ok: true,
      message: 'Two-factor sign-in is on. Other devices are signed out.',
      recoveryCodes,
    };
  });
}

export async function newRecoveryCodesAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  return runFormAction(formData, { user: 'profile', parse: parseNewRecoveryCodesForm }, async (input, { user }) => {
    const recoveryCodes = await makeNewRecoveryCodes(user, input.code, await requestClientAddress());
    await endOtherSessions(user.id);
    revalidatePath('/settings');
    return {
      ok: true,
      message: 'New recovery codes are ready; the old ones no longer work. Other devices are signed out.',
      recoveryCodes,
    };
  });
}

export async function turnOffTwoFactorAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runFormAction(formData, { user: 'profile', parse: parseTurnOffTwoFactorForm }, async (input, { user }) => {
    await turnOffTwoFactor(user, input, await requestClientAddress());
    await endOtherSessions(user.id);
    revalidatePath('/settings');
    return { ok: true, message: 'Two-factor sign-in is off. Other devices are signed out.' };
  });
}
