import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import type { DirectoryReader } from './directory-ports';
import type { DuplicateGroup } from './duplicate-guardians';
import { type PersonSummary, summaryOf } from './person';
import { classesById } from './read-person';

export interface DuplicateCandidate extends PersonSummary {
  email?: string;
  phone?: string;
  address?: string[];
  hasAccount: boolean;
  sourceIds: string[];
  children: PersonSummary[];
}

/** The groups to review, each record with what a person needs to decide: contacts, children, account. */
export const listDuplicateGuardians = async (
  actor: Actor,
  ports: { directory: DirectoryReader; duplicates: { list(): Promise<DuplicateGroup[]> } },
) => {
  await authorize(actor, 'directory:merge', { kind: 'school' }, ports.directory);
  const groups = await ports.duplicates.list();
  const people = new Map(
    (await ports.directory.people(groups.flatMap(({ personIds }) => personIds))).map((p) => [p.personId, p]),
  );
  const childIds = new Map(
    await Promise.all(
      [...people.keys()].map(async (id) => [id, await ports.directory.childrenOf(id)] as const),
    ),
  );
  const children = new Map(
    (await ports.directory.people([...childIds.values()].flat())).map((c) => [c.personId, c]),
  );
  const classes = await classesById(
    [...children.values()].flatMap(({ classId }) => classId ?? []),
    ports.directory,
  );
  return groups
    .map((group) => ({
      ...group,
      people: group.personIds.flatMap((personId): DuplicateCandidate[] => {
        const person = people.get(personId);
        if (!person || person.status === 'retired') return [];
        return [
          {
            ...summaryOf(person, classes),
            ...(person.email && { email: person.email }),
            ...(person.phone && { phone: person.phone }),
            ...(person.address && { address: person.address }),
            hasAccount: person.passwordSetAt !== undefined,
            sourceIds: person.sourceIds ?? [],
            children: (childIds.get(personId) ?? []).flatMap((id) => {
              const child = children.get(id);
              return child ? [summaryOf(child, classes)] : [];
            }),
          },
        ];
      }),
    }))
    .filter((group) => group.people.length > 1);
};
