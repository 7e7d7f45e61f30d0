import type { Metadata } from 'next';
import { RoleProfileForm } from '@/components/next-role/role-profile-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireUserId } from '@/lib/server/auth/session';
import { saveRoleProfile } from '../actions';

export const metadata: Metadata = { title: 'Write a role profile' };

export default async function NewRoleProfilePage() {
  await requireUserId();
  return (
    <>
      <PageHeader
        title="Write a role profile"
        description="The role you aim at and what it asks for. Saved, it becomes your current target."
        trail={[{ href: '/next-role', label: 'Next role' }]}
      />
      <Card>
        <RoleProfileForm action={saveRoleProfile.bind(null, null)} initial={{}} submitLabel="Save the profile" />
      </Card>
    </>
  );
}
