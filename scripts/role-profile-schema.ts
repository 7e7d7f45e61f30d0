// Prints the JSON Schema of role profile files, generated from the rules in lib/next-role.
// Regenerate docs/role-profile.schema.json after changing them:
//   npx tsx scripts/role-profile-schema.ts > docs/role-profile.schema.json && npx prettier --write docs/role-profile.schema.json
import { roleProfileJsonSchema } from '@/lib/next-role/profile-file';

process.stdout.write(`${JSON.stringify(roleProfileJsonSchema(), null, 2)}\n`);
