// The one way to write a server action behind a form: resolve the signed-in user, parse the form,
// run the action's body, and answer with an ActionResult the form can show. docs/architecture.md.
import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { UserProfile } from '@/db/queries/account/users';
import { unavailabilityCode } from '@/db/unavailable';
import { AppError } from '@/lib/errors';
import type { ParsedForm } from '@/lib/forms/form';
import {
  appErrorFailure,
  databaseUnavailableMessage,
  failure,
  fieldsRefused,
  unexpectedFailureMessage,
  type ActionResult,
  type ActionSuccess,
  type RefusalMessage,
} from '@/lib/forms/result';
import { requireUser, requireUserId } from '@/lib/server/auth/session';
import { logger } from '@/lib/server/log/logger';

/** Who may send the form: a signed-in user with their profile, a signed-in user's id, or anyone. */
type UserNeed = 'profile' | 'id' | 'anyone';

type SignedIn<Need extends UserNeed> = Need extends 'profile' ? UserProfile : Need extends 'id' ? { id: string } : null;

type FormActionSpec<Need extends UserNeed, Input> = {
  user: Need;
  /** The area's form parser; it may use what the signed-in user knows (their time zone, their week). */
  parse: (formData: FormData, user: SignedIn<Need>) => ParsedForm<Input>;
  /** The sentence above the form when fields are refused; correctFieldsMessage if not given. */
  refusal?: RefusalMessage;
};

type FormActionBody<Need extends UserNeed, Input, T extends object> = (
  input: Input,
  context: { user: SignedIn<Need>; formData: FormData },
) => Promise<ActionSuccess<T>>;

async function signedIn<Need extends UserNeed>(need: Need): Promise<SignedIn<Need>> {
  // A visitor who is not signed in is redirected to sign-in before anything is read.
  const user = need === 'profile' ? await requireUser() : need === 'id' ? { id: await requireUserId() } : null;
  return user as SignedIn<Need>;
}

/**
 * Runs a form's action. Fields refused by the parser, and an AppError thrown by the body or the data
 * layer, come back as an ActionFailure carrying what the user typed; so does a database out of reach, with
 * "Not saved … try again"; Next's redirect and notFound pass through; anything else is logged once and
 * answered with a sentence saying nothing was saved.
 */
export async function runFormAction<Need extends UserNeed, Input, T extends object = object>(
  formData: FormData,
  spec: FormActionSpec<Need, Input>,
  body: FormActionBody<Need, Input, T>,
): Promise<ActionResult<T>> {
  try {
    const user = await signedIn(spec.user);
    const parsed = spec.parse(formData, user);
    if (!parsed.success) return fieldsRefused(parsed.fieldErrors, formData, spec.refusal);
    return await body(parsed.data, { user, formData });
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError) return appErrorFailure(error, formData, spec.refusal);
    const unavailable = unavailabilityCode(error);
    if (unavailable) {
      logger().warn({ code: unavailable }, 'a form action was not saved: the database could not be reached');
      return failure(databaseUnavailableMessage, formData);
    }
    logger().error({ err: error }, 'a form action failed');
    return failure(unexpectedFailureMessage, formData);
  }
}
