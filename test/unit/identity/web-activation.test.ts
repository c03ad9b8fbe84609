import { describe, expect, it } from 'vitest';
import { ApiError, ApiUnreachableError, createApi } from '#web/src/api';
import { checkActivationForm, describeActivationError } from '#web/src/identity/activation-form';
import { unmetRules } from '#web/src/identity/password-rules';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';

const french = createFormat(chooseLocale('fr-FR'));
const english = createFormat(chooseLocale('en-GB'));
const strong = 'Clé-de-sol-2026';

describe('the password rules of an activation', () => {
  it('names every rule a password still breaks', () => {
    expect(unmetRules(strong)).toEqual([]);
    expect(unmetRules('')).toEqual(['length', 'upper', 'lower', 'digit', 'symbol']);
    expect(unmetRules('court-A1')).toEqual(['length']);
    expect(unmetRules('tout-en-minuscules-1')).toEqual(['upper']);
    expect(unmetRules('TOUT-EN-MAJUSCULES-1')).toEqual(['lower']);
    expect(unmetRules('Sans-aucun-chiffre')).toEqual(['digit']);
    expect(unmetRules('SansSymbole2026xyz')).toEqual(['symbol']);
    expect(unmetRules(` ${strong}`)).toEqual(['edges']);
  });

  it('checks the form before sending it: code, rules, then the confirmation', () => {
    const form = { code: 'K7QM-3TZA-HX9P', password: strong, confirmation: strong };
    expect(checkActivationForm(form, french)).toBeUndefined();
    expect(checkActivationForm({ ...form, code: '  ' }, french)).toEqual({
      field: 'code',
      message: 'Saisissez le code de votre lettre d’activation.',
    });
    expect(
      checkActivationForm({ ...form, password: 'sansmajuscule', confirmation: 'sansmajuscule' }, french),
    ).toEqual({
      field: 'password',
      message:
        'Le mot de passe ne respecte pas encore ces règles : une lettre majuscule, un chiffre, un symbole comme ! ? # @.',
    });
    expect(checkActivationForm({ ...form, confirmation: 'Clé-de-sol-2025' }, english)).toEqual({
      field: 'confirmation',
      message: 'The two passwords differ.',
    });
    // Sent empty, it says everything at once and marks both fields, going to the first.
    expect(checkActivationForm({ code: '', password: '', confirmation: '' }, english)).toMatchObject({
      field: 'code',
      alsoOn: ['password'],
    });
  });

  it('explains a refusal of the API on the field at fault', () => {
    const badCode = new ApiError(400, 'code: invalid or expired', { code: 'invalid_input', field: 'code' });
    expect(describeActivationError(badCode, french)).toEqual({
      field: 'code',
      message:
        'Ce code n’est pas valide : il est inconnu, a déjà servi ou a expiré. Demandez un nouveau code à l’établissement.',
    });
    const weak = new ApiError(400, 'password: must contain a digit', {
      code: 'invalid_input',
      field: 'password',
      details: {
        errors: [{ field: 'password', code: 'weak_password', message: 'password: must contain a digit' }],
      },
    });
    expect(describeActivationError(weak, english)).toEqual({
      field: 'password',
      message: 'This password is refused: the password does not follow the rules shown',
    });
    expect(describeActivationError(new ApiUnreachableError('Failed to fetch'), french).message).toBe(
      'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.',
    );
  });
});

describe('the activation call', () => {
  it('sends the code and the password without any token, and reads the account opened', async () => {
    const sent: { path: string; init: RequestInit }[] = [];
    const api = createApi(async (path, init) => {
      sent.push({ path, init });
      return Response.json({ username: 'ines.martin', firstName: 'Inès', lastName: 'Martin' });
    });

    const account = await api.activate('K7QM-3TZA-HX9P', strong);

    expect(account).toEqual({ username: 'ines.martin', firstName: 'Inès', lastName: 'Martin' });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.path).toBe('/api/activation');
    expect(sent[0]?.init.method).toBe('POST');
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual({ code: 'K7QM-3TZA-HX9P', password: strong });
    expect(new Headers(sent[0]?.init.headers).get('authorization')).toBeNull();
  });

  it('keeps the field the API blames', async () => {
    const api = createApi(async () =>
      Response.json(
        { error: { code: 'invalid_input', message: 'code: invalid', field: 'code' } },
        { status: 400 },
      ),
    );
    await expect(api.activate('NOPE', strong)).rejects.toMatchObject({ status: 400, field: 'code' });
  });
});
