import { maxGroupMembers } from './work-group';

/** A group holds `maxGroupMembers` people: the table refused to count more. */
export class GroupFullError extends Error {
  readonly code = 'group_full';
  constructor(
    readonly groupId: string,
    readonly room: number,
  ) {
    super(`The group holds at most ${maxGroupMembers} members: room for ${room} more`);
    this.name = 'GroupFullError';
  }
}

/** Another request changed the group meanwhile (its count, a member): read it again and retry. */
export class ConcurrentChangeError extends Error {
  constructor(readonly groupId: string) {
    super(`The group ${groupId} changed meanwhile`);
    this.name = 'ConcurrentChangeError';
  }
}
