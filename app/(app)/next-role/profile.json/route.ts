import type { NextRequest } from 'next/server';
import { findTargetRole, profileOf } from '@/db/queries/next-role/target-roles';
import { isUuid } from '@/lib/ids';
import { roleProfileFile, roleProfileFileName } from '@/lib/next-role/profile-file';
import { requireUserId } from '@/lib/server/auth/session';

// A target role's profile as a file to share (docs/role-profile-format.md): `?role=<id>`. A role that is
// not the user's is answered as one that does not exist.
export async function GET(request: NextRequest): Promise<Response> {
  const userId = await requireUserId();
  const roleId = request.nextUrl.searchParams.get('role');
  const role = isUuid(roleId) ? await findTargetRole(userId, roleId) : undefined;
  if (!role) return new Response('That target role does not exist.', { status: 404 });
  return new Response(JSON.stringify(roleProfileFile(profileOf(role)), null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${roleProfileFileName(role.title)}"`,
      'Cache-Control': 'no-store',
    },
  });
}
