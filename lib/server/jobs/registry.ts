// Every kind of background job this server runs: add each new definition here (docs/jobs.md).
import 'server-only';
import type { JobDefinition } from './define-job';
import { sendPasswordReset } from './send-password-reset';
import { sendReminder } from './send-reminder';

export const jobDefinitions: readonly JobDefinition[] = [sendPasswordReset, sendReminder];
