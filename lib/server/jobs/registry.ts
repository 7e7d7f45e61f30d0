// Every kind of background job this server runs: add each new definition here (docs/jobs.md).
import 'server-only';
import type { JobDefinition } from './define-job';
import { sendEmailChangeLink, sendEmailChangeNotice } from './send-email-change';
import { sendEmailVerification, sendSignUpAttempt } from './send-email-verification';
import { sendPasswordReset } from './send-password-reset';
import { sendReminder } from './send-reminder';

export const jobDefinitions: readonly JobDefinition[] = [
  sendPasswordReset,
  sendReminder,
  sendEmailVerification,
  sendSignUpAttempt,
  sendEmailChangeLink,
  sendEmailChangeNotice,
];
