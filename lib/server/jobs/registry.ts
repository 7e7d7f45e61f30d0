// Every kind of background job this server runs: add each new definition here (docs/jobs.md).
import 'server-only';
import type { JobDefinition } from './define-job';
import { sendPasswordReset } from './send-password-reset';

export const jobDefinitions: readonly JobDefinition[] = [sendPasswordReset];
