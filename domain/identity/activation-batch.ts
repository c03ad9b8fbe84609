import type { Person } from '#domain/people/person';

export const activationScopes = ['class', 'level', 'not-activated', 'school-admins'] as const;

/** Whom a batch of activation codes is for. */
export type BatchScope =
  | { scope: 'class'; classId: string }
  | { scope: 'level'; level: string }
  | { scope: 'not-activated' }
  | { scope: 'school-admins' };

/** A batch as the table keeps it: what it covered, and where its documents are. */
export interface ActivationBatch {
  batchId: string;
  scope: BatchScope;
  createdAt: string;
  expiresAt: string;
  createdBy: string;
  accounts: number;
  letters: number;
}

/** The people of a batch, with the family links among them: guardian → their children in the batch. */
export interface BatchPeople {
  people: Person[];
  childrenOf: ReadonlyMap<string, readonly string[]>;
}

/**
 * Groups people into letters, one per family: a guardian, their children, and the other guardians of those
 * children end up together (siblings with a shared parent too). Anyone without family links gets a letter alone.
 */
export const familiesOf = ({ people, childrenOf }: BatchPeople): Person[][] => {
  const parent = new Map(people.map(({ personId }) => [personId, personId]));
  const root = (id: string): string => {
    const up = parent.get(id) ?? id;
    if (up === id) return id;
    const top = root(up);
    parent.set(id, top);
    return top;
  };
  for (const [guardianId, children] of childrenOf) {
    for (const childId of children) {
      if (parent.has(guardianId) && parent.has(childId)) parent.set(root(childId), root(guardianId));
    }
  }
  const families = new Map<string, Person[]>();
  for (const person of people) {
    const family = families.get(root(person.personId)) ?? [];
    family.push(person);
    families.set(root(person.personId), family);
  }
  return [...families.values()].map(byRoleThenName).sort((a, b) => compareFamilies(a, b));
};

const roleRank = (person: Person) => (person.profiles.includes('student') ? 1 : 0);

const byName = (a: Person, b: Person) =>
  a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr');

const byRoleThenName = (family: Person[]) => family.sort((a, b) => roleRank(a) - roleRank(b) || byName(a, b));

/** Letters in the order of the first student's name, so a class's letters come in register order. */
const compareFamilies = (a: Person[], b: Person[]) => {
  const first = (family: Person[]) => family.find((person) => roleRank(person) === 1) ?? family[0];
  const [left, right] = [first(a), first(b)];
  return left && right ? byName(left, right) : 0;
};
