import { keyOf } from '#domain/shared/text';
import type { DirectoryState } from './directory-state';
import type { Person } from './person';

/** Guardians who are probably one person: the same name, and an e-mail, a phone or an address in common. */
export interface DuplicateGroup {
  /** Stable while the group is the same: the folded name and the shared detail. */
  groupKey: string;
  personIds: string[];
  /** What the records share besides the name, as shown to whoever reviews them. */
  shared: ('email' | 'phone' | 'address')[];
}

const phoneKey = (phone?: string) => {
  const digits = phone?.replace(/\D/g, '').replace(/^33(?=\d{9}$)/, '0');
  return digits && digits.length >= 9 ? digits : undefined;
};

const details = (person: Person) => ({
  email: person.email?.trim().toLowerCase() || undefined,
  phone: phoneKey(person.phone),
  address: person.address?.length ? keyOf(person.address.join(' ')) : undefined,
});

/**
 * Finds duplicate guardians: siblings imported with their parent twice, two imports, accents typed differently.
 * Same folded name is not enough (two Marie Martin do exist): they must also share a contact detail.
 */
export const findDuplicateGuardians = (state: Pick<DirectoryState, 'people'>): DuplicateGroup[] => {
  const byName = new Map<string, Person[]>();
  for (const person of state.people) {
    if (!person.profiles.includes('guardian') || person.status === 'retired') continue;
    const name = keyOf(`${person.firstName} ${person.lastName}`);
    byName.set(name, [...(byName.get(name) ?? []), person]);
  }
  const groups: DuplicateGroup[] = [];
  for (const [name, namesakes] of byName) {
    if (namesakes.length < 2) continue;
    for (const group of linkedBySharedDetail(namesakes)) {
      const shared = (['email', 'phone', 'address'] as const).filter((detail) => {
        const values = group.map((person) => details(person)[detail]).filter(Boolean);
        return values.length >= 2 && new Set(values).size < values.length;
      });
      const personIds = group.map(({ personId }) => personId).sort();
      groups.push({ groupKey: `${name}#${personIds[0]}`, personIds, shared });
    }
  }
  return groups.sort((a, b) => a.groupKey.localeCompare(b.groupKey));
};

/** Namesakes joined when any two share a detail, transitively: A shares an email with B, B a phone with C. */
const linkedBySharedDetail = (namesakes: Person[]) => {
  const groupOf = new Map<string, Set<Person>>();
  const join = (a: Person, b: Person) => {
    const merged = new Set([...(groupOf.get(a.personId) ?? [a]), ...(groupOf.get(b.personId) ?? [b])]);
    for (const person of merged) groupOf.set(person.personId, merged);
  };
  const seen = new Map<string, Person>();
  for (const person of namesakes) {
    for (const [detail, value] of Object.entries(details(person))) {
      if (!value) continue;
      const other = seen.get(`${detail}:${value}`);
      if (other) join(other, person);
      else seen.set(`${detail}:${value}`, person);
    }
  }
  return [...new Set(groupOf.values())].map((group) => [...group]);
};
