import { describe, expect, it } from 'vitest';
import { apiErrorCodes } from '#domain/error-codes';
import { ApiError, ApiUnreachableError } from '#web/src/api';
import { apiErrorText, apiErrorWords, fieldProblemText } from '#web/src/shell/http/api-error-words';
import { failureReason } from '#web/src/shell/http/failure-reason';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';
import { en, fr } from '#web/src/shell/i18n/messages';

const french = createFormat(chooseLocale('fr-FR'));
const english = createFormat(chooseLocale('en-GB'));

/** An answer of the API as `readJson` reads it. */
const refusal = (status: number, error: Record<string, unknown>) => {
  const { code, field, message, ...details } = error;
  return new ApiError(status, String(message ?? ''), {
    code: code as string,
    field: field as string,
    details,
  });
};

describe('the words of the API’s error codes', () => {
  const codes = Object.values(apiErrorCodes).flat();

  it('words every code the API answers, in French and in English', () => {
    const unworded = (words: Record<string, string>) =>
      codes.filter(
        (code) => typeof words[code] !== 'string' || words[code].trim() === '' || words[code] === code,
      );
    expect(codes.length).toBeGreaterThan(50);
    expect(unworded(apiErrorWords(fr))).toEqual([]);
    expect(unworded(apiErrorWords(en))).toEqual([]);
  });

  it('says each code in its own French, not in the English one', () => {
    const frWords = apiErrorWords(fr);
    const enWords = apiErrorWords(en);
    expect(codes.filter((code) => frWords[code] === enWords[code])).toEqual([]);
    // French typography: apostrophes are typographic, as in every text of the portal.
    expect(codes.filter((code) => frWords[code]?.includes("'"))).toEqual([]);
  });
});

describe('a refusal of the API in the reader’s words', () => {
  it('never shows the API’s English message in the French portal', () => {
    const denied = refusal(403, {
      code: 'forbidden',
      message: 'planning:read on school is not among your rights',
    });
    expect(failureReason(denied, french)).toBe('vos droits ne le permettent pas');
    expect(french.pageLoadError(failureReason(denied, french))).toBe(
      'Impossible de charger cette page : vos droits ne le permettent pas',
    );
    expect(failureReason(denied, english)).toBe('your rights do not allow it');
  });

  it('names the field at fault by its label when the page gives it, and its bound', () => {
    const tooLong = refusal(400, {
      code: 'invalid_input',
      field: 'name',
      message: 'name: Too big: expected string to have <=120 characters',
      errors: [{ field: 'name', code: 'too_long', message: 'name: …', limit: 120 }],
    });
    expect(apiErrorText(tooLong, french, { name: 'Nom' })).toBe(
      '«\u00a0Nom\u00a0» : trop long : 120 au plus',
    );
    expect(apiErrorText(tooLong, english, { name: 'Name' })).toBe('“Name”: too long: at most 120');
    // Without a label, it does not show the API's path of the field.
    expect(apiErrorText(tooLong, french)).toBe('une valeur saisie n’est pas valable');
  });

  it('words a module’s own refusal from its code, even on a field', () => {
    expect(
      apiErrorText(refusal(409, { code: 'own_activity', message: 'You already have « Solfège »' }), french),
    ).toBe('vous avez déjà une activité sur ce créneau');
    const usedCode = refusal(400, {
      code: 'invalid_input',
      field: 'code',
      message: 'code: is not valid, already used or expired',
      errors: [{ field: 'code', code: 'code_unusable', message: 'code: …' }],
    });
    expect(apiErrorText(usedCode, french)).toMatch(/^ce code n’est pas valable/);
  });

  it('says a refusal by its status when its code is unknown or missing', () => {
    expect(apiErrorText(refusal(401, { message: 'Unauthorized' }), french)).toBe(
      'la connexion est nécessaire : connectez-vous',
    );
    expect(apiErrorText(refusal(404, { code: 'a_code_of_tomorrow', message: 'Gone' }), french)).toBe(
      'ce que vous cherchez n’existe pas ou ne vous est pas ouvert',
    );
    expect(apiErrorText(refusal(418, {}), french)).toBe('erreur 418');
    expect(failureReason(new ApiUnreachableError('fetch failed'), french)).toBe('le serveur ne répond pas');
  });

  it('reads a 400 of an API that named one field only', () => {
    const older = refusal(400, {
      code: 'invalid_input',
      field: 'capacity',
      message: 'capacity: must not be negative',
    });
    expect(apiErrorText(older, french, { capacity: 'Capacité' })).toBe(
      '«\u00a0Capacité\u00a0» : valeur non valable',
    );
  });

  it('says a problem beside its field, with or without its bound', () => {
    expect(fieldProblemText({ field: 'answers.x', code: 'required' }, french)).toBe('à remplir');
    expect(fieldProblemText({ field: 'answers.x', code: 'too_long', limit: 2000 }, french)).toBe(
      'trop long : 2\u202f000 au plus',
    );
    expect(fieldProblemText({ field: 'answers.x', code: 'too_long' }, french)).toBe('trop long');
    expect(fieldProblemText({ field: 'answers.x', code: 'too_long' }, english)).toBe('too long');
    expect(fieldProblemText({ field: 'x', code: 'a_code_of_tomorrow' }, english)).toBe('not a valid value');
  });
});
