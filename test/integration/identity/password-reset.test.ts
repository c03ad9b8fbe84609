import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { attemptLimits } from '#domain/identity/attempt-limits';
import { type CaughtMail, caughtMails } from '#infra/local/mail-catcher';
import { demoEmail, demoPassword } from '#infra/local/seed/people/demo-people';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

/**
 * « Mot de passe oublié » through the school's handlers, with cognito-local and the mail catcher both real: the
 * code is read from the mail as the person would read it.
 */
describe('password reset by e-mail', () => {
  let school: SchoolUnderTest;
  const mailCatcher = inject('mailCatcher');
  const newPassword = 'Nouveau-Preau-2026!';

  const askForCode = (username: string) =>
    school.anonymous('POST', '/api/session/forgot-password', { username });
  const reset = (body: { username: string; code: string; password: string }) =>
    school.anonymous('POST', '/api/session/reset-password', body);
  const signIn = (username: string, password: string) =>
    school.anonymous('POST', '/api/session', { username, password });

  /** The mails to `address` caught since `sinceSeconds`; every test file shares the catcher. */
  const mailsTo = async (address: string, sinceSeconds: number) =>
    (await caughtMails(mailCatcher)).filter(
      (mail: CaughtMail) => mail.destination.to.includes(address) && mail.at >= sinceSeconds,
    );
  const codeIn = (mail: CaughtMail | undefined) => /\b(\d{6})\b/.exec(mail?.body.text ?? '')?.[1];
  const nowSeconds = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'school' });
  });

  afterAll(async () => school?.stop());

  it('mails a code in French to the account’s address, which sets a new password to sign in with', async () => {
    // A session opened before, on a phone since lost: the new password ends it.
    const lostPhone = await school.as('eleve.demo');
    expect((await lostPhone('GET', '/api/me')).status).toBe(200);
    const since = nowSeconds();
    const asked = await askForCode('Eleve.Demo ');
    expect(asked.status).toBe(202);

    const [mail, ...others] = await mailsTo(demoEmail('eleve.demo'), since);
    expect(others).toEqual([]);
    expect(mail?.subject).toBe('Préau : votre code pour choisir un nouveau mot de passe');
    expect(mail?.body.text).toContain('Si vous n’avez rien demandé');
    const code = codeIn(mail);
    expect(code).toMatch(/^\d{6}$/);

    const wrongCode = await reset({
      username: 'eleve.demo',
      code: code === '000000' ? '111111' : '000000',
      password: newPassword,
    });
    expect(wrongCode.status).toBe(400);
    expect(wrongCode.body.error).toMatchObject({
      code: 'invalid_input',
      field: 'code',
      errors: [expect.objectContaining({ field: 'code', code: 'invalid_code' })],
    });

    const weak = await reset({ username: 'eleve.demo', code: code as string, password: 'courtmotdepasse' });
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatchObject({
      code: 'invalid_input',
      field: 'password',
      errors: [expect.objectContaining({ field: 'password', code: 'weak_password' })],
    });

    const done = await reset({ username: 'eleve.demo', code: code as string, password: newPassword });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ username: 'eleve.demo' });
    const ended = await lostPhone('GET', '/api/me');
    expect({ status: ended.status, code: ended.body?.error?.code }).toEqual({
      status: 401,
      code: 'session_ended',
    });

    expect((await signIn('eleve.demo', newPassword)).status).toBe(200);
    const personId = school.demoAccounts.find(({ username }) => username === 'eleve.demo')?.personId;
    const admin = await school.as('direction.demo');
    const [latest] = (await admin('GET', `/api/people/${personId}/changes`)).body.items;
    expect(latest).toMatchObject({
      what: 'password-reset',
      by: { personId },
      fields: [{ field: 'password' }],
    });
    expect((await signIn('eleve.demo', demoPassword)).status).toBe(401);
    const usedAgain = await reset({
      username: 'eleve.demo',
      code: code as string,
      password: 'Encore-Autre-2026!',
    });
    expect(usedAgain.body.error).toMatchObject({
      code: 'invalid_input',
      errors: [expect.objectContaining({ code: 'invalid_code' })],
    });
  });

  it('answers the same for an unknown identifier, and mails nothing', async () => {
    const since = nowSeconds();
    const known = await askForCode('parent.demo');
    const unknown = await askForCode('personne.inconnue');
    expect({ status: unknown.status, body: unknown.body }).toEqual({
      status: known.status,
      body: known.body,
    });
    expect(await mailsTo(demoEmail('personne.inconnue'), since)).toEqual([]);

    const resetUnknown = await reset({
      username: 'personne.inconnue',
      code: '123456',
      password: newPassword,
    });
    expect(resetUnknown.status).toBe(400);
    expect(resetUnknown.body.error).toMatchObject({
      code: 'invalid_input',
      field: 'code',
      errors: [expect.objectContaining({ field: 'code', code: 'invalid_code' })],
    });
  });

  it('limits the codes asked for one identifier, known or not, to a few a quarter hour', async () => {
    for (const username of ['vie-scolaire.demo', 'quelqu.un']) {
      const max = attemptLimits.resetRequestPerUsername.max;
      const answers = [];
      for (let index = 0; index <= max; index += 1) answers.push(await askForCode(username));
      expect(answers.slice(0, max).map(({ status }) => status)).toEqual(Array(max).fill(202));
      const refused = answers[max];
      expect(refused?.status).toBe(429);
      expect(refused?.body.error.code).toBe('too_many_attempts');
    }
  });
});
