import type { DuplicateGroup as FoundGroup } from '#domain/people/duplicate-guardians';
import type { DuplicateCandidate } from '#domain/people/list-duplicate-guardians';

export type { DuplicateCandidate } from '#domain/people/list-duplicate-guardians';

/** Guardian records that are probably one person, each with what a reviewer needs to choose the one to keep. */
export interface DuplicateGroup extends FoundGroup {
  people: DuplicateCandidate[];
}

export type SharedDetail = FoundGroup['shared'][number];

/** The body of `POST /api/duplicate-guardians/merge`. */
export interface GuardianMerge {
  keepId: string;
  mergeIds: string[];
}

/**
 * The record offered to keep: the one with an account, since accounts are never merged away and its owner must
 * keep signing in; else the first one.
 */
export const preselectedKeep = (group: DuplicateGroup): string =>
  (group.people.find(({ hasAccount }) => hasAccount) ?? group.people[0])?.personId ?? '';

/** Keeps one record and merges every other record of the group into it. */
export const mergeOf = (group: DuplicateGroup, keepId: string): GuardianMerge => ({
  keepId,
  mergeIds: group.people.map(({ personId }) => personId).filter((personId) => personId !== keepId),
});

/** Only one account may remain: a group with several cannot be merged as it is. */
export const hasSeveralAccounts = (group: DuplicateGroup) =>
  group.people.filter(({ hasAccount }) => hasAccount).length > 1;

/** The name a group goes by: its records share it, accents and case aside. */
export const groupName = (group: DuplicateGroup) => {
  const [first] = group.people;
  return first ? `${first.firstName} ${first.lastName}` : group.groupKey;
};

const foldAddress = (lines: readonly string[]) =>
  lines
    .join(' ')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Each detail as the API compares it: an e-mail whatever its case, a phone by its digits (+33 or 0). */
const comparable: Record<SharedDetail, (person: DuplicateCandidate) => string | undefined> = {
  email: ({ email }) => email?.trim().toLowerCase() || undefined,
  phone: ({ phone }) => phone?.replace(/\D/g, '').replace(/^33(?=\d{9}$)/, '0') || undefined,
  address: ({ address }) => (address?.length ? foldAddress(address) : undefined),
};

/**
 * Whether a record's detail is one that makes the group: another record holds the same. A group joined link by
 * link (an e-mail with one record, a phone with another) shares a detail without every record holding it.
 */
export const sharesDetail = (group: DuplicateGroup, person: DuplicateCandidate, detail: SharedDetail) => {
  if (!group.shared.includes(detail)) return false;
  const value = comparable[detail](person);
  return (
    value !== undefined &&
    group.people.some((other) => other.personId !== person.personId && comparable[detail](other) === value)
  );
};
