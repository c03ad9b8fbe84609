import { RefusedError } from '#domain/shared/errors';
import { type Audience, audienceId } from './audience';
import type { WriteRefusal } from './who-may-write';

/** The writer may not write to one of the recipients or lists they named (403), with the reason's code. */
export class WriteRefusedError extends RefusedError {
  constructor(
    readonly audience: Audience,
    reason: WriteRefusal,
  ) {
    super(reason, `You may not write to ${audienceId(audience)}: ${reason.replaceAll('_', ' ')}`);
    this.name = 'WriteRefusedError';
  }
}

/** A person who left the school no longer reads nor writes messages (403). */
export class LeftSchoolError extends RefusedError {
  constructor() {
    super('left_school', 'You have left the school: its messages are no longer yours');
    this.name = 'LeftSchoolError';
  }
}
