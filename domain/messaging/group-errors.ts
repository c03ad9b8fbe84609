import { ConflictError } from '#domain/shared/errors';
import { maxGroupMembers } from './work-group';

/** A group holds `maxGroupMembers` people: the table refused to count more (409 `group_full`, with the room left). */
export class GroupFullError extends ConflictError {
  constructor(
    readonly groupId: string,
    readonly room: number,
  ) {
    super('group_full', `The group holds at most ${maxGroupMembers} members: room for ${room} more`, {
      room,
    });
    this.name = 'GroupFullError';
  }
}

/** Another request changed the group meanwhile (its count, a member): read it again and retry; 409 `busy` at last. */
export class ConcurrentChangeError extends ConflictError {
  constructor(readonly groupId: string) {
    super('busy', `The group ${groupId} changed meanwhile: try again`);
    this.name = 'ConcurrentChangeError';
  }
}
