import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { exampleProfiles } from '@/lib/next-role/examples';
import { goalForGap, longTermGoalForRole } from '@/lib/next-role/gap-goal';
import {
  readRoleProfileFile,
  roleProfileFile,
  roleProfileFileName,
  roleProfileJsonSchema,
} from '@/lib/next-role/profile-file';
import { roleProfileSchema } from '@/lib/next-role/profile-schema';
import { readinessOn } from '@/lib/next-role/readiness';

const refusal = (text: string) => {
  try {
    readRoleProfileFile(text);
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, field: error.field };
    throw error;
  }
  throw new Error('the file was accepted');
};
const teamLead = () => {
  const example = exampleProfiles.find((entry) => entry.slug === 'team-lead-customer-support');
  if (!example) throw new Error('the team lead example is missing');
  return roleProfileSchema.parse(example.profile);
};

describe('example profiles', () => {
  it('ship at least the five the product names, each meeting the profile rules', () => {
    expect(exampleProfiles.map((example) => example.profile.title)).toEqual([
      'Team lead',
      'Customer experience strategist',
      'Senior data analyst',
      'Engineering manager',
      'School principal',
    ]);
    for (const example of exampleProfiles) expect(roleProfileSchema.safeParse(example.profile).error).toBeUndefined();
  });
});

describe('a role profile file', () => {
  it('reads back what was exported', () => {
    const profile = teamLead();
    expect(readRoleProfileFile(JSON.stringify(roleProfileFile(profile)))).toEqual(profile);
  });
  it('is refused when it is not JSON, not a profile, or of another version', () => {
    expect(refusal('{"format": "trajectory-role-profile", ')).toEqual({
      message: 'The file is not valid JSON; it may be cut short or not a role profile.',
      field: 'file',
    });
    expect(refusal('{"format": "trajectory-account", "version": 2}').message).toBe(
      'This file is not a Trajectory role profile.',
    );
    expect(refusal(JSON.stringify({ ...roleProfileFile(teamLead()), version: 2 })).message).toBe(
      'This profile is in another version of the format; this app reads version 1.',
    );
  });
  it('names the bad field of a refused profile', () => {
    const file = roleProfileFile(teamLead());
    const requirements = file.profile.requirements.map((requirement, index) =>
      index === 1 ? { ...requirement, weight: 12 } : requirement,
    );
    expect(refusal(JSON.stringify({ ...file, profile: { ...file.profile, requirements } })).message).toBe(
      'The profile was not imported. requirements › #2 › weight: Give a weight from 0 to 10.',
    );
  });
  it('refuses weights that sum to zero', () => {
    const file = roleProfileFile(teamLead());
    const requirements = file.profile.requirements.map((requirement) => ({ ...requirement, weight: 0 }));
    expect(refusal(JSON.stringify({ ...file, profile: { ...file.profile, requirements } })).message).toBe(
      'The profile was not imported. requirements: Give at least one requirement a weight above zero.',
    );
  });
  it('refuses a file larger than a profile could be before reading it', () => {
    const file = roleProfileFile(teamLead());
    const huge = JSON.stringify({ ...file, padding: 'x'.repeat(300 * 1024) });
    expect(refusal(huge).message).toBe('The file is larger than 256 KB; a role profile is much smaller.');
  });
  it('is named after the role', () => {
    expect(roleProfileFileName('Team lead (Customer support)')).toBe('team-lead-customer-support.role.json');
    expect(roleProfileFileName('Líder de equipo')).toBe('lider-de-equipo.role.json');
    expect(roleProfileFileName('💼')).toBe('role.role.json');
  });
  it('is described by the JSON Schema published in docs/role-profile.schema.json', () => {
    const published: unknown = JSON.parse(
      fs.readFileSync(path.join(process.cwd(), 'docs', 'role-profile.schema.json'), 'utf8'),
    );
    // When this fails, regenerate it as scripts/role-profile-schema.ts says.
    expect(published).toEqual(roleProfileJsonSchema());
  });
});

describe('a gap turned into a goal', () => {
  const profile = teamLead();
  const tracked = profile.requirements.map((requirement, index) => ({
    key: String(index),
    requirement,
    selfRatings: [],
    goals: [],
  }));
  const record = {
    skills: [{ name: 'Coaching', kind: 'soft' as const, assessments: [{ assessedOn: '2026-01-01', level: 2 }] }],
    certifications: [],
    education: [],
    positions: [],
    achievements: [],
  };
  const readiness = readinessOn(tracked, record, '2026-11-26');

  it('a skill gap becomes a short-term skill goal from the current level to the one required', () => {
    const coaching = readiness.gaps.find(
      (gap) => gap.requirement.type === 'skill' && gap.requirement.skill === 'Coaching',
    );
    if (!coaching) throw new Error('no skill gap');
    expect(goalForGap(coaching, profile.title, 2)).toMatchObject({
      title: 'Reach Competent in Coaching',
      category: 'skill',
      targetKind: 'numeric',
      startValue: 2,
      targetValue: 3,
      unit: 'level',
    });
  });
  it('serves a long-term goal named after the role', () => {
    expect(longTermGoalForRole(profile.title)).toMatchObject({ title: 'Become Team lead', category: 'advancement' });
  });
  it('a certification gap becomes a goal to earn it', () => {
    const certification = readiness.gaps.find((gap) => gap.requirement.type === 'certification');
    if (!certification) throw new Error('no certification gap');
    expect(goalForGap(certification, profile.title, null)).toMatchObject({
      title: 'Earn ITIL 4 Foundation',
      category: 'certification',
      targetKind: 'done',
    });
  });
});
