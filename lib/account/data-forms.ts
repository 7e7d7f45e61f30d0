// The settings page's data forms: importing an export file, and deleting the account.
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { formParser, type FormParser } from '@/lib/forms/form';
import { accountExportSchema, describeImportProblems, type AccountExport } from './export-schema';
import { maxImportBytes } from './import-limits';

/** The chosen file, refused before it is read when it is missing or too large. */
export const parseImportForm: FormParser<File> = (formData) => {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0)
    return { success: false, fieldErrors: { file: ['Choose a .json file exported from Trajectory.'] } };
  if (file.size > maxImportBytes) return { success: false, fieldErrors: { file: ['The file is larger than 20 MB.'] } };
  return { success: true, data: file };
};

/** The export a file holds; an AppError for the file field says why it holds none. */
export function readExportFile(text: string): AccountExport {
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch {
    throw new AppError('invalid-input', 'The file is not valid JSON; it may be cut short or not an export.', 'file');
  }
  const parsed = accountExportSchema.safeParse(content);
  if (!parsed.success) throw new AppError('invalid-input', describeImportProblems(parsed.error), 'file');
  return parsed.data;
}

/** The confirmation of a deletion: the password, or for an account without one, its email address. */
export const parseAccountDeletionForm = formParser(
  ['password', 'email'],
  z.object({
    password: z.string().default(''),
    email: z.string().trim().toLowerCase().default(''),
  }),
);
