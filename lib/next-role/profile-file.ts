// A role profile as a file to share (with a mentor, between accounts): its envelope, its size limit
// and the sentence a refused file gets. The format: docs/role-profile-format.md.
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { maxProfileFileBytes } from './profile-file-limits';
import { roleProfileSchema, type RoleProfile } from './profile-schema';

export const profileFileFormat = 'trajectory-role-profile';
export const profileFileVersion = 1;

export const roleProfileFileSchema = z.object({
  format: z.literal(profileFileFormat),
  version: z.literal(profileFileVersion),
  profile: roleProfileSchema,
});
export type RoleProfileFile = z.infer<typeof roleProfileFileSchema>;

export function roleProfileFile(profile: RoleProfile): RoleProfileFile {
  return { format: profileFileFormat, version: profileFileVersion, profile };
}

/** A file name from the role's title: "Team lead (support)" → "team-lead-support.role.json". */
export function roleProfileFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'role'}.role.json`;
}

export const roleProfileJsonSchema = () =>
  z.toJSONSchema(roleProfileFileSchema, { io: 'input', unrepresentable: 'any' });

const fieldName = (path: PropertyKey[]) =>
  path
    .filter((part) => part !== 'profile')
    .map((part) => (typeof part === 'number' ? `#${part + 1}` : String(part)))
    .join(' › ');

function describeProfileProblems(error: z.ZodError): string {
  const at = (field: string) => error.issues.some((issue) => issue.path.length === 1 && issue.path[0] === field);
  if (at('format') || error.issues.some((issue) => issue.path.length === 0))
    return 'This file is not a Trajectory role profile.';
  if (at('version'))
    return `This profile is in another version of the format; this app reads version ${profileFileVersion}.`;
  const problems = error.issues
    .slice(0, 3)
    .map((issue) => `${fieldName(issue.path) || 'the profile'}: ${issue.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `The profile was not imported. ${problems.join('; ')}${more}`;
}

/** The profile a file's text holds; an AppError for the file field says, naming the field, why it holds none. */
export function readRoleProfileFile(text: string): RoleProfile {
  if (new TextEncoder().encode(text).length > maxProfileFileBytes)
    throw new AppError('invalid-input', 'The file is larger than 256 KB; a role profile is much smaller.', 'file');
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch {
    throw new AppError(
      'invalid-input',
      'The file is not valid JSON; it may be cut short or not a role profile.',
      'file',
    );
  }
  const parsed = roleProfileFileSchema.safeParse(content);
  if (!parsed.success) throw new AppError('invalid-input', describeProfileProblems(parsed.error), 'file');
  return parsed.data.profile;
}
