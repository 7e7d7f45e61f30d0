'use client';

import { useState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage, TextField } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import { twoFactorFields } from '@/lib/auth/two-factor-fields';
import { CopyButton } from './copy-button';
import { RecoveryCodes } from './recovery-codes';
import {
  confirmTwoFactorAction,
  newRecoveryCodesAction,
  startTwoFactorAction,
  turnOffTwoFactorAction,
} from './two-factor-actions';

export type TwoFactorView = { on: false } | { on: true; since: string; recoveryCodesLeft: number };

type Setup = { setupKey: string; qrCode: string };

function setupOf(answer: object | undefined): Setup | undefined {
  if (!answer || !('setup' in answer) || typeof answer.setup !== 'object' || answer.setup === null) return undefined;
  const { setup } = answer;
  return 'setupKey' in setup &&
    'qrCode' in setup &&
    typeof setup.setupKey === 'string' &&
    typeof setup.qrCode === 'string'
    ? { setupKey: setup.setupKey, qrCode: setup.qrCode }
    : undefined;
}

function codesOf(answer: object | undefined): string[] | undefined {
  if (!answer || !('recoveryCodes' in answer) || !Array.isArray(answer.recoveryCodes)) return undefined;
  return answer.recoveryCodes.filter((code): code is string => typeof code === 'string');
}

type Answers = [object | undefined, object | undefined, object | undefined, object | undefined];
type Shown = { answers: Answers; setup?: Setup; codes?: string[] };

/** After an answer: a setup shows its key; confirming it or making new codes shows the codes; turning off, nothing. */
function nextShown(shown: Shown, answers: Answers): Shown {
  const [started, confirmed, madeCodes, turnedOff] = answers;
  const changed = (index: number) => answers[index] !== shown.answers[index];
  const next: Shown = { answers, setup: shown.setup, codes: shown.codes };
  if (changed(0)) next.setup = setupOf(started);
  const codes = (changed(1) && codesOf(confirmed)) || (changed(2) && codesOf(madeCodes));
  if (codes) next.codes = codes;
  if (changed(1) && codes) next.setup = undefined;
  if (changed(3) && turnedOff) return { answers };
  return next;
}

const codeHint = 'The 6-digit code your app shows now, or one of your recovery codes.';

/**
 * Every form of the section stays mounted across the page's refresh after an answer, so what an answer shows
 * once (the setup key, the recovery codes) survives it; each new answer replaces what the last one showed.
 */
export function TwoFactorForms({ view, accountEmail }: { view: TwoFactorView; accountEmail: string }) {
  const start = useFormAction(startTwoFactorAction);
  const confirm = useFormAction(confirmTwoFactorAction);
  const newCodes = useFormAction(newRecoveryCodesAction);
  const turnOff = useFormAction(turnOffTwoFactorAction);
  // What the answers showed, kept until the next answer of any form replaces it: React's "state from
  // changed values" pattern, compared during render rather than in an effect.
  const answers: Answers = [start.success, confirm.success, newCodes.success, turnOff.success];
  const [shown, setShown] = useState<Shown>({ answers });
  if (answers.some((answer, index) => answer !== shown.answers[index])) setShown(nextShown(shown, answers));
  const { setup, codes: shownCodes } = shown;

  if (view.on) {
    return (
      <div className="space-y-6">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <strong>On</strong> since {view.since}. {view.recoveryCodesLeft}{' '}
          {view.recoveryCodesLeft === 1 ? 'recovery code' : 'recovery codes'} left.
        </p>
        {shownCodes && <RecoveryCodes codes={shownCodes} accountEmail={accountEmail} />}
        <form key={newCodes.formKey} id={newCodes.formId} action={newCodes.formAction} noValidate className="space-y-4">
          <h3 className="font-semibold">Make new recovery codes</h3>
          <FormMessage message={newCodes.message} />
          <TextField
            name={twoFactorFields.newCodesCode}
            label="Code"
            autoComplete="one-time-code"
            hint={`${codeHint} The old recovery codes stop working.`}
            errors={newCodes.errors(twoFactorFields.newCodesCode)}
          />
          <SubmitButton variant="secondary" pendingLabel="Making codes…">
            Make new recovery codes
          </SubmitButton>
        </form>
        <form key={turnOff.formKey} id={turnOff.formId} action={turnOff.formAction} noValidate className="space-y-4">
          <h3 className="font-semibold">Turn off two-factor sign-in</h3>
          <FormMessage message={turnOff.message} />
          <TextField
            type="password"
            name={twoFactorFields.offPassword}
            label="Password"
            autoComplete="current-password"
            errors={turnOff.errors(twoFactorFields.offPassword)}
          />
          <TextField
            name={twoFactorFields.offCode}
            label="Code"
            autoComplete="one-time-code"
            hint={codeHint}
            errors={turnOff.errors(twoFactorFields.offCode)}
          />
          <SubmitButton variant="danger" pendingLabel="Turning off…">
            Turn off
          </SubmitButton>
        </form>
      </div>
    );
  }

  if (setup) {
    return (
      <div className="space-y-4">
        <ol className="list-decimal space-y-4 pl-5 text-sm">
          <li className="space-y-2">
            <p>Scan this QR code with your authenticator app (Google Authenticator, 1Password, Authy…).</p>
            {/* eslint-disable-next-line @next/next/no-img-element -- an SVG made on the server, in a data: URL */}
            <img
              src={setup.qrCode}
              alt="QR code to add Trajectory to your authenticator app"
              width={200}
              height={200}
              className="rounded-md border border-slate-300 bg-white dark:border-slate-600"
            />
          </li>
          <li className="space-y-2">
            <p>Or type this key into the app:</p>
            <p className="rounded-md bg-slate-100 px-3 py-2 text-base break-words dark:bg-slate-800">
              <code>{setup.setupKey}</code>
            </p>
            <CopyButton text={setup.setupKey.replaceAll(' ', '')} label="Copy key" copiedMessage="Key copied." />
          </li>
          <li>Enter the code the app shows.</li>
        </ol>
        <form key={confirm.formKey} id={confirm.formId} action={confirm.formAction} noValidate className="space-y-4">
          <FormMessage message={confirm.message} />
          <TextField
            name={twoFactorFields.setupCode}
            label="Code from the app"
            autoComplete="one-time-code"
            inputMode="numeric"
            errors={confirm.errors(twoFactorFields.setupCode)}
          />
          <SubmitButton pendingLabel="Checking…">Turn on two-factor sign-in</SubmitButton>
        </form>
      </div>
    );
  }

  return (
    <form key={start.formKey} id={start.formId} action={start.formAction} noValidate className="space-y-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Off. When it is on, signing in takes your password and a code from an authenticator app on your phone.
      </p>
      <FormMessage message={start.message} />
      <TextField
        type="password"
        name={twoFactorFields.setupPassword}
        label="Password"
        autoComplete="current-password"
        hint="Your current password, to start setting it up."
        errors={start.errors(twoFactorFields.setupPassword)}
      />
      <SubmitButton variant="secondary" pendingLabel="Checking…">
        Turn on
      </SubmitButton>
    </form>
  );
}
