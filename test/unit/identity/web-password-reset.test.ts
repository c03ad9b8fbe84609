import { describe, expect, it } from 'vitest';
import { ApiError, ApiUnreachableError } from '#web/src/api';
import { checkPasswordResetForm, describePasswordResetError } from '#web/src/identity/password-reset-form';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';

const french = createFormat(chooseLocale('fr-FR'));
const english = createFormat(chooseLocale('en-GB'));
const strong = 'Clé-de-sol-2026';

describe('the password reset form', () => {
  it('checks the form before sending it: code, rules, then the confirmation', () => {
    const form = { username: 'ines.martin', code: '482913', password: strong, confirmation: strong };
    expect(checkPasswordResetForm(form, french)).toBeUndefined();
    expect(checkPasswordResetForm({ ...form, code: ' ' }, french)).toEqual({
      field: 'code',
      message: 'Saisissez le code reçu par e-mail.',
    });
    expect(
      checkPasswordResetForm({ ...form, password: 'court', confirmation: 'court' }, english)?.field,
    ).toBe('password');
    expect(checkPasswordResetForm({ ...form, confirmation: 'autre' }, french)?.field).toBe('confirmation');
  });

  it('words each code of the API in French and English, on the field at fault', () => {
    const refusal = (code: string, field: string) =>
      new ApiError(400, `${field}: refused`, {
        code: 'invalid_input',
        field,
        details: { errors: [{ field, code, message: `${field}: refused` }] },
      });
    expect(describePasswordResetError(refusal('invalid_code', 'code'), french)).toEqual({
      field: 'code',
      message: 'Ce code n’est pas le bon. Vérifiez le dernier e-mail reçu, ou demandez un autre code.',
    });
    expect(describePasswordResetError(refusal('expired_code', 'code'), english)).toEqual({
      field: 'code',
      message: 'This code has expired. Ask for another one.',
    });
    expect(describePasswordResetError(refusal('weak_password', 'password'), french).field).toBe('password');
    const tooMany = new ApiError(429, 'Too many attempts', {
      code: 'too_many_attempts',
      details: { retryAfterSeconds: 300 },
    });
    expect(describePasswordResetError(tooMany, french).message).toBe(
      'Trop de tentatives. Par sécurité, réessayez dans 5 min.',
    );
    expect(describePasswordResetError(new ApiUnreachableError('down'), english).message).toBe(
      'The server does not answer. Check your connection, then try again.',
    );
  });
});
