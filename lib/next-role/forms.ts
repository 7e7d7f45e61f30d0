// The Next role page's forms: which example to copy, the profile file to import, the requirement a
// button acts on and a self-rating of an expectation. Ids that cannot name a row read as null, which the
// actions answer as a missing row.
import { exampleProfiles } from './examples';
import { maxProfileFileBytes, profileFileTooLarge } from './profile-file-limits';
import { roleProfileSchema, type RoleProfile } from './profile-schema';
import { expectationRatings } from './vocabulary';
import { formText, type FormParser } from '@/lib/forms/form';
import { isUuid } from '@/lib/ids';

const idOf = (formData: FormData, name: string) => {
  const id = formText(formData, name);
  return isUuid(id) ? id : null;
};

/** The example profile a form names by its slug, as the rules read it. */
export const parseExampleForm: FormParser<RoleProfile> = (formData) => {
  const example = exampleProfiles.find((candidate) => candidate.slug === formText(formData, 'example'));
  if (!example) return { success: false, fieldErrors: { example: ['Choose one of the example profiles.'] } };
  return { success: true, data: roleProfileSchema.parse(example.profile) };
};

export const chooseProfileFile = 'Choose a role profile file (.json).';

/** The uploaded profile file; what it holds is read by readRoleProfileFile. */
export const parseProfileFileForm: FormParser<File> = (formData) => {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return { success: false, fieldErrors: { file: [chooseProfileFile] } };
  if (file.size > maxProfileFileBytes) return { success: false, fieldErrors: { file: [profileFileTooLarge] } };
  return { success: true, data: file };
};

/** The target role a button acts on (make current, delete). */
export const parseRoleForm: FormParser<string | null> = (formData) => ({
  success: true,
  data: idOf(formData, 'roleId'),
});

/** The requirement a button acts on (turn its gap into a goal). */
export const parseRequirementForm: FormParser<string | null> = (formData) => ({
  success: true,
  data: idOf(formData, 'requirementId'),
});

export const chooseRating = 'Choose how often you meet this expectation.';

/** A self-rating of an expectation: one of the five words of the scale. */
export const parseExpectationRatingForm: FormParser<{ requirementId: string | null; rating: number }> = (formData) => {
  const rating = Number(formText(formData, 'rating'));
  if (!expectationRatings.some((entry) => entry.rating === rating))
    return { success: false, fieldErrors: { rating: [chooseRating] } };
  return { success: true, data: { requirementId: idOf(formData, 'requirementId'), rating } };
};
