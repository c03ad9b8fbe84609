import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { authorize, type Relations } from '#domain/identity/authorize';
import type { Person } from '#domain/people/person';
import { NotFoundError } from '#domain/shared/errors';
import { text } from '#domain/shared/text-input';
import type { Muting } from './admit-sender';

export const muteInputSchema = z.strictObject({ reason: z.optional(text(500)) });

export interface MutingPorts {
  relations: Relations;
  people(personIds: readonly string[]): Promise<Person[]>;
  mutings: {
    mute(muting: Muting): Promise<void>;
    unmute(personId: string): Promise<void>;
    mutings(): Promise<Muting[]>;
  };
  clock: { now(): Date };
}

/** A muted person, as the administrators' page lists them: by name. */
export interface MutedPerson extends Muting {
  firstName: string;
  lastName: string;
}

/** An administrator mutes a person of the school: from now on, every send of theirs is refused (`muted`). */
export const muteSender = async (
  actor: Actor,
  personId: string,
  input: z.infer<typeof muteInputSchema>,
  ports: MutingPorts,
): Promise<Muting> => {
  await authorize(actor, 'messaging:moderate', { kind: 'school' }, ports.relations);
  const [person] = await ports.people([personId]);
  if (!person || person.status === 'retired') throw new NotFoundError('person', personId);
  const muting: Muting = {
    personId,
    mutedBy: actor.personId,
    mutedAt: ports.clock.now().toISOString(),
    ...(input.reason && { reason: input.reason }),
  };
  await ports.mutings.mute(muting);
  return muting;
};

export const unmuteSender = async (actor: Actor, personId: string, ports: MutingPorts) => {
  await authorize(actor, 'messaging:moderate', { kind: 'school' }, ports.relations);
  await ports.mutings.unmute(personId);
};

export const listMutedPeople = async (actor: Actor, ports: MutingPorts): Promise<MutedPerson[]> => {
  await authorize(actor, 'messaging:moderate', { kind: 'school' }, ports.relations);
  const mutings = await ports.mutings.mutings();
  const people = new Map(
    (await ports.people(mutings.map(({ personId }) => personId))).map((p) => [p.personId, p]),
  );
  return mutings.flatMap((muting) => {
    const person = people.get(muting.personId);
    return person ? [{ ...muting, firstName: person.firstName, lastName: person.lastName }] : [];
  });
};
