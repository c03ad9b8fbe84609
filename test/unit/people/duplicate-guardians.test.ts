import { describe, expect, it } from 'vitest';
import type { Profile } from '#domain/identity/profile';
import { findDuplicateGuardians } from '#domain/people/duplicate-guardians';
import type { Person } from '#domain/people/person';

const guardian = (
  personId: string,
  firstName: string,
  lastName: string,
  extra: Partial<Person> = {},
): Person => ({
  personId,
  firstName,
  lastName,
  profiles: ['guardian' as Profile],
  version: 1,
  ...extra,
});

describe('duplicate guardians', () => {
  it('groups records with the same name, accents aside, that share an e-mail, a phone or an address', () => {
    const people = [
      guardian('a', 'Hélène', 'Lefèvre', { email: 'H.Lefevre@example.fr' }),
      guardian('b', 'Helene', 'LEFEVRE', { email: 'h.lefevre@example.fr ', phone: '06 12 34 56 78' }),
      guardian('c', 'Hélène', 'Lefèvre', { phone: '+33 6 12 34 56 78' }),
      guardian('d', 'Karim', 'Benali', { address: ['3 rue des Lilas', '75019 Paris'] }),
      guardian('e', 'Karim', 'Benali', { address: ['3, rue des lilas', '75019 PARIS'] }),
    ];
    expect(findDuplicateGuardians({ people }).map(({ personIds, shared }) => [personIds, shared])).toEqual([
      [
        ['a', 'b', 'c'],
        ['email', 'phone'],
      ],
      [['d', 'e'], ['address']],
    ]);
  });

  it('does not take two namesakes for one person when they share nothing else', () => {
    const people = [
      guardian('a', 'Marie', 'Martin', { email: 'marie.martin@example.fr' }),
      guardian('b', 'Marie', 'Martin', { email: 'mmartin@example.fr' }),
    ];
    expect(findDuplicateGuardians({ people })).toEqual([]);
  });

  it('leaves out retired records and people who are not guardians', () => {
    const people = [
      guardian('a', 'Paul', 'Roux', { email: 'p@example.fr' }),
      guardian('b', 'Paul', 'Roux', { email: 'p@example.fr', status: 'retired' }),
      { ...guardian('c', 'Paul', 'Roux', { email: 'p@example.fr' }), profiles: ['teacher' as Profile] },
    ];
    expect(findDuplicateGuardians({ people })).toEqual([]);
  });
});
