import type { Actor } from '#domain/identity/actor';
import { AccessDeniedError, ConflictError, NotFoundError } from '#domain/shared/errors';
import { ConcurrentChangeError, GroupFullError } from './group-errors';
import type { WorkGroupPorts } from './group-ports';
import { mayCreateGroups, requireAddable, requireManager, roleIn } from './group-rules';
import {
  type AddMembers,
  type GroupMember,
  type GroupSpace,
  maxGroupMembers,
  type NewWorkGroup,
  type WorkGroup,
} from './work-group';

/** The group of a member; to anyone else, no such group. */
export const requireMemberSpace = async (
  groupId: string,
  actor: Pick<Actor, 'personId'>,
  ports: WorkGroupPorts,
) => {
  const space = await ports.groups.space(groupId);
  if (!space || !roleIn(space, actor.personId)) throw new NotFoundError('work group', groupId);
  return space;
};

/** Checks that the actor may add these people (they exist, are active, and pupils are the actor's to add). */
const checkAddable = async (actor: Actor, personIds: readonly string[], ports: WorkGroupPorts) => {
  if (personIds.length === 0) return;
  const [people, classesTaught] = await Promise.all([
    ports.directory.people(personIds),
    actor.profiles.includes('teacher') ? ports.directory.classesTaughtBy(actor.personId) : [],
  ]);
  requireAddable(actor, personIds, people, new Set(classesTaught));
};

/**
 * A teacher, staff member or administrator creates a group: they manage it, with the managers they name; the
 * members they add must be theirs to add.
 */
export const createWorkGroup = async (input: NewWorkGroup, actor: Actor, ports: WorkGroupPorts) => {
  // 1. Only those who hold `messaging:create-group`.
  if (!mayCreateGroups(actor))
    throw new AccessDeniedError(actor.personId, 'messaging:create-group', 'school', false);
  // 2. Managers first: someone named both ways is a manager.
  const managerIds = [...new Set([actor.personId, ...input.managerIds])];
  const memberIds = [...new Set(input.memberIds)].filter((id) => !managerIds.includes(id));
  await checkAddable(actor, [...managerIds.slice(1), ...memberIds], ports);
  // 3. The group and its members, written together.
  const now = ports.clock.now().toISOString();
  const member = (personId: string, role: GroupMember['role']): GroupMember => ({
    personId,
    role,
    addedBy: actor.personId,
    addedAt: now,
  });
  const members = [
    ...managerIds.map((personId) => member(personId, 'manager')),
    ...memberIds.map((personId) => member(personId, 'member')),
  ];
  const group: WorkGroup = {
    id: ports.newId(),
    name: input.name,
    description: input.description,
    kind: input.kind,
    createdBy: actor.personId,
    memberCount: members.length,
    miniSite: { allowed: false },
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await ports.groups.create(group, members);
  return { group, members, documents: [], topics: [] } satisfies GroupSpace;
};

/** Tries again when a concurrent change (another addition) made the transaction fail, a little later each time. */
const attempts = 8;
const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** Math.min(attempt, 5)));

/** A manager adds people: those already members are left as they are; the cap holds whatever runs at once. */
export const addGroupMembers = async (
  groupId: string,
  input: AddMembers,
  actor: Actor,
  ports: WorkGroupPorts,
) => {
  for (let attempt = 1; ; attempt += 1) {
    const space = await requireMemberSpace(groupId, actor, ports);
    requireManager(space, actor);
    const present = new Set(space.members.map(({ personId }) => personId));
    const newIds = input.personIds.filter((personId) => !present.has(personId));
    await checkAddable(actor, newIds, ports);
    if (newIds.length === 0) return space;
    if (space.group.memberCount + newIds.length > maxGroupMembers)
      throw new GroupFullError(groupId, maxGroupMembers - space.group.memberCount);
    const now = ports.clock.now().toISOString();
    const members = newIds.map(
      (personId): GroupMember => ({ personId, role: input.role, addedBy: actor.personId, addedAt: now }),
    );
    const added = await ports.groups
      .addMembers(space.group, members)
      .then(() => true)
      .catch((error: unknown) => {
        if (error instanceof ConcurrentChangeError && attempt < attempts) return false;
        throw error;
      });
    if (!added) await pause(attempt);
    if (added) return ports.groups.space(groupId).then((read) => read ?? space);
  }
};

/** A member leaves, or a manager removes someone; a group keeps at least one manager. */
export const removeGroupMember = async (
  groupId: string,
  personId: string,
  actor: Actor,
  ports: WorkGroupPorts,
) => {
  const space = await requireMemberSpace(groupId, actor, ports);
  if (personId !== actor.personId) requireManager(space, actor);
  const role = roleIn(space, personId);
  if (!role) throw new NotFoundError('member', personId);
  const managers = space.members.filter((member) => member.role === 'manager');
  if (role === 'manager' && managers.length === 1)
    throw new ConflictError('last_manager', 'A group keeps at least one manager: name another first');
  await ports.groups.removeMember(space.group, personId);
};
