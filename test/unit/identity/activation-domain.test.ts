import { describe, expect, it } from 'vitest';
import { familiesOf } from '#domain/identity/activation-batch';
import {
  hashActivationCode,
  newActivationCode,
  normalizeActivationCode,
} from '#domain/identity/activation-code';
import { checkPassword } from '#domain/identity/password-policy';
import { usernameCandidates } from '#domain/identity/username';
import type { Person } from '#domain/people/person';

const person = (personId: string, lastName: string, student = false): Person => ({
  personId,
  firstName: personId,
  lastName,
  profiles: [student ? 'student' : 'guardian'],
  version: 1,
});

describe('activation codes', () => {
  it('are 12 characters in three groups, without look-alike letters, different each time', () => {
    const codes = Array.from({ length: 500 }, newActivationCode);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}(?:-[2-9A-HJKMNP-TV-Z]{4}){2}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('forgive case, spaces and dashes when typed, and hash to the same value', () => {
    expect(normalizeActivationCode(' k7qm 3tza-hx9p ')).toBe('K7QM3TZAHX9P');
    expect(hashActivationCode('k7qm-3tza-hx9p')).toBe(hashActivationCode('K7QM3TZAHX9P'));
    expect(hashActivationCode('K7QM-3TZA-HX9P')).not.toContain('K7QM');
  });
});

describe('the password rules', () => {
  it.each([
    ['Court-1!', 'must have at least 12 characters'],
    ['SANSMINUSCULE-1', 'must contain a lower-case letter'],
    ['sansmajuscule-1', 'must contain an upper-case letter'],
    ['Sans-Chiffre-ici', 'must contain a digit'],
    ['SansSymbole2026', 'must contain a symbol such as ! ? # or %'],
  ])('refuse %s: %s', (password, reason) => {
    expect(() => checkPassword(password)).toThrow(`password: ${reason}`);
  });

  it('accept a long password with accents', () => {
    expect(() => checkPassword('Élève-de-6e-A!')).not.toThrow();
  });
});

describe('usernames', () => {
  it('are prenom.nom in plain ASCII, with a number for homonyms', () => {
    const candidates = usernameCandidates({ firstName: 'Éloïse', lastName: "N'Diaye Le Gall" });
    expect([candidates.next().value, candidates.next().value]).toEqual([
      'eloise.n-diaye-le-gall',
      'eloise.n-diaye-le-gall2',
    ]);
  });
});

describe('letters by family', () => {
  it('put a guardian, their children and the co-guardians in one letter, others alone, by the pupil’s name', () => {
    const people = [
      person('marie', 'Dupont'),
      person('paul', 'Martin'),
      person('leo', 'Dupont', true),
      person('zoe', 'Dupont', true),
      person('ines', 'Benali', true),
      person('karim', 'Benali'),
      person('sylvie', 'Caron'),
    ];
    const childrenOf = new Map([
      ['marie', ['leo', 'zoe']],
      ['paul', ['zoe']],
      ['karim', ['ines']],
    ]);
    const families = familiesOf({ people, childrenOf }).map((family) =>
      family.map(({ personId }) => personId),
    );
    expect(families).toEqual([['karim', 'ines'], ['sylvie'], ['marie', 'paul', 'leo', 'zoe']]);
  });
});
