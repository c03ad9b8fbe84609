import { NotSignedInError } from '#domain/shared/errors';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import { entryOfSignIn } from './audit-entries';
import type { AuditRecorder } from './audit-entry';

export interface SignInTrailPorts {
  recorder: AuditRecorder;
  /** The person whose account a username is, if any. */
  personOfUsername(username: string): Promise<string | undefined>;
  clock: Clock;
  newId: IdGenerator;
}

/**
 * Signs in through the user pool, then records the outcome: a sign-in, or a refusal for a wrong username or
 * password. The pool holds no audit trail of this school's: the entry is written right after its answer, and a
 * sign-in whose entry cannot be written is not given its session.
 */
export const followSignIn = async <Session>(
  username: string,
  signIn: () => Promise<Session>,
  ports: SignInTrailPorts,
): Promise<Session> => {
  const record = async (outcome: 'signed-in' | 'failed') => {
    const personId = await ports.personOfUsername(username);
    const at = ports.clock.now().toISOString();
    await ports.recorder.record(entryOfSignIn(outcome, { personId, username }, ports.newId(), at));
  };
  let session: Session;
  try {
    session = await signIn();
  } catch (error) {
    if (error instanceof NotSignedInError) await record('failed');
    throw error;
  }
  await record('signed-in');
  return session;
};
