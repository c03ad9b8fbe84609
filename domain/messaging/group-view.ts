import type { Actor } from '#domain/identity/actor';
import type { PersonVisibility } from '#domain/identity/person-visibility';
import type { Person } from '#domain/people/person';
import type { WorkGroupPorts } from './group-ports';
import { roleIn } from './group-rules';
import type { GroupPost, GroupSpace, MemberRole } from './work-group';

/**
 * What a member reads of a group. People are named only to readers who may see them (`person-visibility.ts`): a
 * pupil the reader may not see is counted among the members, and shown as « a member » beside a post or a document.
 */
export interface PersonRef {
  personId: string;
  firstName: string;
  lastName: string;
}

/** Names the people of one answer, each only if the reader may see them; one read of the directory. */
export const namesFor = async (actor: Actor, personIds: Iterable<string>, ports: WorkGroupPorts) => {
  const ids = [...new Set(personIds)];
  const [people, visibility] = await Promise.all([ports.directory.people(ids), ports.visibility(actor, ids)]);
  return namer(people, visibility);
};

const namer = (people: readonly Person[], visibility: PersonVisibility) => {
  const byId = new Map(people.map((person) => [person.personId, person]));
  return (personId: string): PersonRef | null => {
    const person = byId.get(personId);
    if (!person || !visibility.sees(personId)) return null;
    return { personId, firstName: person.firstName, lastName: person.lastName };
  };
};

const byName = (a: PersonRef, b: PersonRef) =>
  a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr');

export const groupView = async (space: GroupSpace, actor: Actor, ports: WorkGroupPorts) => {
  const { group } = space;
  const documents = space.documents.filter((document) => document.state === 'shared');
  const name = await namesFor(
    actor,
    [
      ...space.members.map(({ personId }) => personId),
      ...documents.map(({ uploadedBy }) => uploadedBy),
      ...space.topics.map(({ startedBy }) => startedBy),
    ],
    ports,
  );
  const named = space.members.flatMap((member) => {
    const person = name(member.personId);
    return person ? [{ ...person, role: member.role }] : [];
  });
  return {
    group,
    role: roleIn(space, actor.personId) as MemberRole,
    members: named.sort(byName),
    /** Members the reader may not see (pupils of other classes): counted, never named. */
    unnamedMembers: space.members.length - named.length,
    documents: documents
      .map(({ state: _state, ...document }) => ({ ...document, uploadedBy: name(document.uploadedBy) }))
      .sort((a, b) => (b.sharedAt ?? '').localeCompare(a.sharedAt ?? '')),
    /** Newest activity first. */
    topics: space.topics
      .map((topic) => ({ ...topic, startedBy: name(topic.startedBy) }))
      .sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt)),
  };
};

export const postsView = async (posts: readonly GroupPost[], actor: Actor, ports: WorkGroupPorts) => {
  const name = await namesFor(
    actor,
    posts.map(({ authorId }) => authorId),
    ports,
  );
  return posts.map(({ authorId, ...post }) => ({ ...post, author: name(authorId) }));
};
