import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RoleProfileForm } from '@/components/next-role/role-profile-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { editOf, findTargetRole } from '@/db/queries/next-role/target-roles';
import { isUuid } from '@/lib/ids';
import { roleProfileFormValues } from '@/lib/next-role/profile-form';
import { requireUserId } from '@/lib/server/auth/session';
import { saveRoleProfile } from '../../actions';

export const metadata: Metadata = { title: 'Edit a role profile' };

export default async function EditRoleProfilePage({ params }: { params: Promise<{ roleId: string }> }) {
  const userId = await requireUserId();
  const { roleId } = await params;
  const role = isUuid(roleId) ? await findTargetRole(userId, roleId) : undefined;
  if (!role) notFound();
  return (
    <>
      <PageHeader
        title={`Edit ${role.title}`}
        description="Ratings and goals of the requirements you keep stay with them."
        trail={[{ href: '/next-role', label: 'Next role' }]}
      />
      <Card>
        <RoleProfileForm
          action={saveRoleProfile.bind(null, role.id)}
          initial={roleProfileFormValues(editOf(role))}
          version={String(role.version)}
          submitLabel="Save changes"
        />
      </Card>
    </>
  );
}
