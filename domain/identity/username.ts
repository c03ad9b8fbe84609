import { keyOf } from '#domain/shared/text';

/**
 * The username a person signs in with: `prenom.nom`, lower case, ASCII letters, digits and hyphens, so that a child
 * can type it on any keyboard. Homonyms get a number: `marie.dupont2`.
 */
export const usernameCandidates = function* (person: { firstName: string; lastName: string }) {
  const base = `${keyOf(person.firstName) || 'compte'}.${keyOf(person.lastName) || 'preau'}`.slice(0, 60);
  yield base;
  for (let suffix = 2; ; suffix += 1) yield `${base}${suffix}`;
};
