// The size a role profile file may have, apart from its schema so the browser's import form can check it before
// sending without loading zod.

export const maxProfileFileBytes = 256 * 1024;

export const profileFileTooLarge = 'The file is larger than 256 KB; a role profile is much smaller.';
