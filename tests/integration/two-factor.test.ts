// Two-factor sign-in on a real database, with the clock passed in: setup and confirmation, sign-in with a code
// or a recovery code (each once), turning it off, the throttle, and one user never reaching another's.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { deleteAccount } from '@/db/queries/account/deletion';
import { exportAccount } from '@/db/queries/account/export';
import {
  countUnusedRecoveryCodes,
  disableTwoFactor,
  findEnabledTwoFactor,
  recordUsedStep,
  spendRecoveryCode,
} from '@/db/queries/auth/two-factor';
import { endAllSessions, keepSession } from '@/db/queries/auth/sessions';
import { recoveryCodes, twoFactor } from '@/db/schema';
import { currentSession, startSession } from '@/lib/server/auth/session-checks';
import type { ClientAddress } from '@/lib/auth/ip-address';
import { signInLimits } from '@/lib/auth/rate-limit';
import { signUpSchema } from '@/lib/auth/schema';
import { formatRecoveryCode, twoFactorMessages } from '@/lib/auth/two-factor-code';
import { twoFactorFields } from '@/lib/auth/two-factor-fields';
import { AppError } from '@/lib/errors';
import { authenticate } from '@/lib/server/auth/credentials';
import { changePassword } from '@/lib/server/auth/password-change';
import { findUserProfile } from '@/db/queries/account/users';
import { registerUser } from '../support/fixtures';
import { totpCodeAt } from '@/lib/server/auth/totp';
import {
  confirmTwoFactorSetup,
  makeNewRecoveryCodes,
  startTwoFactorSetup,
  turnOffTwoFactor,
  twoFactorStatus,
} from '@/lib/server/auth/two-factor';
import { hashRecoveryCode } from '@/lib/server/auth/two-factor-secrets';
import { describeOnEachDatabase } from '../support/database';

// The sealing key comes from the auth secret: a fixed one, so no secret file is written by the tests.
vi.hoisted(() => {
  process.env.AUTH_SECRET = 'integration-test auth secret for two-factor sign-in';
});

const password = 'the right passphrase';
const start = new Date('2026-11-26T10:00:05Z');
/** `steps` 30-second steps after the start: each a fresh code. */
const at = (steps: number, seconds = 0) => new Date(start.getTime() + steps * 30_000 + seconds * 1000);
let addressCounter = 0;
/** A fresh address per check, so only the tests about throttling meet it. */
const freshClient = (): ClientAddress => ({ address: `198.51.100.${++addressCounter}`, trusted: false });

async function newAccount(name: string) {
  const email = `${name}-${Date.now()}-${++addressCounter}@example.com`;
  const created = await registerUser(signUpSchema.parse({ email, password }));
  if (!created.ok) throw new Error('setup failed');
  return { id: created.userId, email };
}

type Account = Awaited<ReturnType<typeof newAccount>>;

/** Sets up and confirms two-factor sign-in at step 0; answers the key the app holds and the recovery codes. */
async function turnOn(account: Account) {
  const setup = await startTwoFactorSetup(account, password, freshClient(), at(0));
  const key = setup.setupKey.replaceAll(' ', '');
  const codes = await confirmTwoFactorSetup(account.id, await totpCodeAt(key, at(0)), at(0));
  return { key, codes };
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describeOnEachDatabase('two-factor sign-in', () => {
  let ana: Account;
  let bob: Account;
  beforeAll(async () => {
    ana = await newAccount('ana-2fa');
    bob = await newAccount('bob-2fa');
  });

  describe('setting it up', () => {
    it('needs the current password, and keeps the new secret only sealed until a code confirms it', async () => {
      const wrong = await refusal(startTwoFactorSetup(ana, 'not my password', freshClient(), at(0)));
      expect(wrong.field).toBe(twoFactorFields.setupPassword);

      const setup = await startTwoFactorSetup(ana, password, freshClient(), at(0));
      const key = setup.setupKey.replaceAll(' ', '');
      expect(setup.setupKey).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
      expect(setup.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
      const [row] = await db().select().from(twoFactor).where(eq(twoFactor.userId, ana.id));
      expect(row?.pendingSecret).toBeTruthy();
      expect(row?.pendingSecret).not.toContain(key);
      expect(row?.enabledAt).toBeNull();
      expect(await twoFactorStatus(ana.id)).toEqual({ on: false });

      const wrongCode = await refusal(confirmTwoFactorSetup(ana.id, '000000', at(0)));
      expect(wrongCode.message).toBe(twoFactorMessages.wrongCode);
      expect(wrongCode.field).toBe(twoFactorFields.setupCode);

      const codes = await confirmTwoFactorSetup(ana.id, await totpCodeAt(key, at(0)), at(0));
      expect(codes).toHaveLength(10);
      expect(await twoFactorStatus(ana.id)).toEqual({ on: true, enabledAt: at(0), recoveryCodesLeft: 10 });
      const stored = await db().select().from(recoveryCodes).where(eq(recoveryCodes.userId, ana.id));
      expect(stored.map((code) => code.codeHash).sort()).toEqual(codes.map(hashRecoveryCode).sort());
      const [enabled] = await db().select().from(twoFactor).where(eq(twoFactor.userId, ana.id));
      expect(enabled?.secret).not.toContain(key);
      expect(enabled?.pendingSecret).toBeNull();
    });

    it('replaces a pending secret when setup starts again: the first key no longer confirms', async () => {
      const cyd = await newAccount('cyd-2fa');
      const first = await startTwoFactorSetup(cyd, password, freshClient(), at(0));
      const second = await startTwoFactorSetup(cyd, password, freshClient(), at(0));
      expect(second.setupKey).not.toBe(first.setupKey);
      const firstKeyCode = await totpCodeAt(first.setupKey.replaceAll(' ', ''), at(0));
      expect((await refusal(confirmTwoFactorSetup(cyd.id, firstKeyCode, at(0)))).message).toBe(
        twoFactorMessages.wrongCode,
      );
      await confirmTwoFactorSetup(cyd.id, await totpCodeAt(second.setupKey.replaceAll(' ', ''), at(0)), at(0));
      expect((await twoFactorStatus(cyd.id)).on).toBe(true);
    });
  });

  describe('signing in', () => {
    it('asks for a code after the right password, takes a fresh one once, and refuses it again', async () => {
      const dee = await newAccount('dee-2fa');
      const { key } = await turnOn(dee);
      expect(await authenticate({ email: dee.email, password: 'wrong passphrase' }, freshClient(), at(1))).toEqual({
        ok: false,
        reason: 'invalid',
      });
      expect(await authenticate({ email: dee.email, password }, freshClient(), at(1))).toEqual({
        ok: false,
        reason: 'code_required',
      });
      // The confirming code's step counts as used: it cannot sign in.
      const confirming = await totpCodeAt(key, at(0));
      expect(await authenticate({ email: dee.email, password, code: confirming }, freshClient(), at(0, 10))).toEqual({
        ok: false,
        reason: 'wrong_code',
      });
      const code = await totpCodeAt(key, at(2));
      const spaced = `${code.slice(0, 3)} ${code.slice(3)}`;
      expect(await authenticate({ email: dee.email, password, code: spaced }, freshClient(), at(2))).toEqual({
        ok: true,
        userId: dee.id,
      });
      expect(await authenticate({ email: dee.email, password, code }, freshClient(), at(2, 20))).toEqual({
        ok: false,
        reason: 'wrong_code',
      });
      // A code with the wrong password says nothing about the code.
      const next = await totpCodeAt(key, at(3));
      expect(await authenticate({ email: dee.email, password: 'nope nope', code: next }, freshClient(), at(3))).toEqual(
        { ok: false, reason: 'invalid' },
      );
    });

    it('accepts one code of two sign-ins racing with it', async () => {
      const eli = await newAccount('eli-2fa');
      const { key } = await turnOn(eli);
      const code = await totpCodeAt(key, at(4));
      const attempts = await Promise.all(
        Array.from({ length: 3 }, () => authenticate({ email: eli.email, password, code }, freshClient(), at(4))),
      );
      expect(attempts.filter((attempt) => attempt.ok)).toHaveLength(1);
    });

    it('takes each recovery code once, says how many are left, and new codes replace the old', async () => {
      const fay = await newAccount('fay-2fa');
      const { key, codes } = await turnOn(fay);
      const [first = '', second = ''] = codes;
      expect(
        await authenticate(
          { email: fay.email, password, code: formatRecoveryCode(first).toUpperCase() },
          freshClient(),
          at(1),
        ),
      ).toEqual({ ok: true, userId: fay.id, recoveryCodesLeft: 9 });
      expect(await authenticate({ email: fay.email, password, code: first }, freshClient(), at(1))).toEqual({
        ok: false,
        reason: 'wrong_recovery_code',
      });

      const fresh = await makeNewRecoveryCodes(fay, await totpCodeAt(key, at(2)), freshClient(), at(2));
      expect(await countUnusedRecoveryCodes(fay.id)).toBe(10);
      expect(await authenticate({ email: fay.email, password, code: second }, freshClient(), at(3))).toEqual({
        ok: false,
        reason: 'wrong_recovery_code',
      });
      expect(await authenticate({ email: fay.email, password, code: fresh[0] }, freshClient(), at(3))).toMatchObject({
        ok: true,
        recoveryCodesLeft: 9,
      });
      const refused = await refusal(makeNewRecoveryCodes(fay, '123456', freshClient(), at(4)));
      expect(refused.field).toBe(twoFactorFields.newCodesCode);
    });

    it('counts wrong codes toward the same throttle as wrong passwords', async () => {
      const gus = await newAccount('gus-2fa');
      const { key } = await turnOn(gus);
      const attacker: ClientAddress = { address: '203.0.113.66', trusted: false };
      const answers = [];
      for (let guess = 0; guess < signInLimits.maxFailuresPerAccountAndAddress; guess++) {
        answers.push(await authenticate({ email: gus.email, password, code: '000000' }, attacker, at(1)));
      }
      expect(answers.every((answer) => !answer.ok && answer.reason === 'wrong_code')).toBe(true);
      const right = await totpCodeAt(key, at(1));
      expect(await authenticate({ email: gus.email, password, code: right }, attacker, at(1))).toMatchObject({
        ok: false,
        reason: 'rate_limited',
      });
    });
  });

  describe('turning it off', () => {
    it('needs the password and a code, then sign-in needs only the password', async () => {
      const hal = await newAccount('hal-2fa');
      const { key, codes } = await turnOn(hal);
      const code = await totpCodeAt(key, at(1));
      const wrongPassword = await refusal(
        turnOffTwoFactor(hal, { password: 'not my password', code }, freshClient(), at(1)),
      );
      expect(wrongPassword.field).toBe(twoFactorFields.offPassword);
      const noCode = await refusal(turnOffTwoFactor(hal, { password, code: undefined }, freshClient(), at(1)));
      expect(noCode.field).toBe(twoFactorFields.offCode);
      const wrongRecovery = await refusal(
        turnOffTwoFactor(hal, { password, code: 'aaaa-aaaa-aaaa-aaaa' }, freshClient(), at(1)),
      );
      expect(wrongRecovery.message).toBe(twoFactorMessages.wrongRecoveryCode);
      expect((await twoFactorStatus(hal.id)).on).toBe(true);

      await turnOffTwoFactor(hal, { password, code: codes[3] }, freshClient(), at(1));
      expect(await twoFactorStatus(hal.id)).toEqual({ on: false });
      expect(await db().select().from(recoveryCodes).where(eq(recoveryCodes.userId, hal.id))).toEqual([]);
      expect(await authenticate({ email: hal.email, password }, freshClient(), at(2))).toEqual({
        ok: true,
        userId: hal.id,
      });
    });
  });

  describe('what asks for the current password while signed in', () => {
    it('takes the right password of an account with two-factor on, and refuses a wrong one', async () => {
      const kim = await newAccount('kim-2fa');
      await turnOn(kim);
      const user = await findUserProfile(kim.id);
      if (!user) throw new Error('no such user');

      const wrong = await refusal(
        changePassword(
          user,
          { currentPassword: 'not the password', newPassword: 'another long passphrase' },
          freshClient(),
        ),
      );
      expect(wrong.message).toBe('That is not your current password.');
      await changePassword(user, { currentPassword: password, newPassword: 'another long passphrase' }, freshClient());
      // The new password is the one sign-in takes now, with a code as before.
      expect(
        await authenticate({ email: kim.email, password: 'another long passphrase' }, freshClient(), at(8)),
      ).toEqual({
        ok: false,
        reason: 'code_required',
      });
    });
  });

  describe('sessions', () => {
    it('a kept session outlives the others ending, until every session ends again', async () => {
      const jo = await newAccount('jo-2fa');
      const here = await startSession(jo.id);
      const elsewhere = await startSession(jo.id);
      if (!here || !elsewhere) throw new Error('sessions should start');
      await endAllSessions(jo.id);
      await keepSession(jo.id, here.sid, at(-1));
      expect(await currentSession(here)).toEqual(here);
      expect(await currentSession(elsewhere)).toBeNull();
      // Another user cannot keep Jo's session, nor does keeping theirs touch it.
      await keepSession(bob.id, elsewhere.sid, at(-1));
      expect(await currentSession(elsewhere)).toBeNull();
      await endAllSessions(jo.id);
      expect(await currentSession(here)).toBeNull();
    });
  });

  describe('privacy', () => {
    it('keeps each user to their own secret and codes', async () => {
      const bobOn = await turnOn(bob);
      // Ana's account, with Bob's codes: nothing.
      const anaRow = await findEnabledTwoFactor(ana.id);
      expect(
        await authenticate(
          { email: ana.email, password, code: await totpCodeAt(bobOn.key, at(5)) },
          freshClient(),
          at(5),
        ),
      ).toEqual({ ok: false, reason: 'wrong_code' });
      expect(await authenticate({ email: ana.email, password, code: bobOn.codes[0] }, freshClient(), at(5))).toEqual({
        ok: false,
        reason: 'wrong_recovery_code',
      });
      // Queries named with Ana's id do not touch Bob's rows.
      expect(await spendRecoveryCode(ana.id, hashRecoveryCode(bobOn.codes[1] ?? ''), at(5))).toBe(false);
      expect(await recordUsedStep(ana.id, 1)).toBe(false);
      await disableTwoFactor(ana.id);
      expect(await countUnusedRecoveryCodes(bob.id)).toBe(10);
      expect((await twoFactorStatus(bob.id)).on).toBe(true);
      expect(anaRow).toBeDefined();
      // Bob's sealed secret copied into Ana's row does not open for her.
      const [bobRow] = await db().select().from(twoFactor).where(eq(twoFactor.userId, bob.id));
      await db()
        .insert(twoFactor)
        .values({ userId: ana.id, secret: bobRow?.secret, enabledAt: at(0) })
        .onConflictDoUpdate({ target: twoFactor.userId, set: { secret: bobRow?.secret, enabledAt: at(0) } });
      expect(
        await authenticate(
          { email: ana.email, password, code: await totpCodeAt(bobOn.key, at(6)) },
          freshClient(),
          at(6),
        ),
      ).toEqual({ ok: false, reason: 'wrong_code' });
      await disableTwoFactor(ana.id);
    });

    it('leaves secrets and codes out of the account export, and deletes them with the account', async () => {
      const ivy = await newAccount('ivy-2fa');
      const { key, codes } = await turnOn(ivy);
      const [row] = await db().select().from(twoFactor).where(eq(twoFactor.userId, ivy.id));
      const exported = JSON.stringify(await exportAccount(ivy.id));
      for (const secret of [key, row?.secret ?? key, ...codes, ...codes.map(hashRecoveryCode)])
        expect(exported).not.toContain(secret);
      expect(exported).not.toMatch(/recovery|two.?factor/i);

      expect(await deleteAccount(ivy.id)).toBe(true);
      expect(await db().select().from(twoFactor).where(eq(twoFactor.userId, ivy.id))).toEqual([]);
      expect(await db().select().from(recoveryCodes).where(eq(recoveryCodes.userId, ivy.id))).toEqual([]);
    });
  });
});
