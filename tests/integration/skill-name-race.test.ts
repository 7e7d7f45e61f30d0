import { beforeAll, expect, it, vi } from 'vitest';
import { createSkill, listSkillsWithLevels } from '@/db/queries/career/skills';
import { parseSkillForm } from '@/lib/career/schema';
import { correctFieldsMessage, type ActionResult } from '@/lib/forms/result';
import { runFormAction } from '@/lib/server/actions/form-action';
import { describeOnEachDatabase } from '../support/database';
import { createTestUser } from '../support/fixtures';

// The signed-in user is the test's user; the rest is the real action path: parser, wrapper, query, index.
const session = vi.hoisted(() => ({ userId: '' }));
vi.mock('@/lib/server/auth/session', () => ({ requireUserId: () => Promise.resolve(session.userId) }));

function addSkill(name: string): Promise<ActionResult> {
  const form = new FormData();
  form.set('name', name);
  form.set('kind', 'technical');
  form.set('targetLevel', '4');
  return runFormAction(form, { user: 'id', parse: parseSkillForm }, async (skill, { user }) => {
    await createSkill(user.id, skill);
    return { ok: true, message: 'Skill added.' };
  });
}

describeOnEachDatabase('a skill name sent twice at once', () => {
  beforeAll(async () => {
    session.userId = await createTestUser('racer');
  });

  it('is kept once: the unique index refuses the second, and the form hears it beside the name', async () => {
    const answers = await Promise.all([addSkill('Kotlin'), addSkill('kotlin')]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    const refused = answers.find((answer) => !answer.ok);
    expect(refused).toMatchObject({
      ok: false,
      message: correctFieldsMessage,
      fieldErrors: { name: ['You already track a skill with this name.'] },
      values: { kind: 'technical', targetLevel: '4' },
    });
    expect(
      (await listSkillsWithLevels(session.userId, '2026-01-01')).filter(
        (skill) => skill.name.toLowerCase() === 'kotlin',
      ),
    ).toHaveLength(1);
  });

  it('is refused the same way when the first one was saved earlier', async () => {
    await createSkill(session.userId, { name: 'Terraform', kind: 'technical', targetLevel: 3 });
    expect(await addSkill('TERRAFORM')).toMatchObject({
      ok: false,
      fieldErrors: { name: ['You already track a skill with this name.'] },
    });
  });
});
