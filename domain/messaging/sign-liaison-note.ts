import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { ConflictError, NotFoundError } from '#domain/shared/errors';
import type { LiaisonPorts } from './liaison-ports';

/**
 * A guardian signs a note they received, « Vu et signé », once: the conditional write of the store holds it when
 * two devices sign at the same instant. A note they did not receive does not exist for them.
 */
export const signLiaisonNote = async (noteId: string, actor: Actor, ports: LiaisonPorts) => {
  await authorize(
    actor,
    'messaging:liaison-sign',
    { kind: 'person', personId: actor.personId },
    ports.directory,
  );
  const outcome = await ports.notes.sign(noteId, actor.personId, ports.clock.now().toISOString());
  if (outcome === 'no-copy') throw new NotFoundError('liaison note', noteId);
  if ('alreadySignedAt' in outcome)
    throw new ConflictError('liaison_already_signed', `Signed already, at ${outcome.alreadySignedAt}`, {
      signedAt: outcome.alreadySignedAt,
    });
  return { noteId, signedAt: outcome.signed };
};
