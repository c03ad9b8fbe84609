import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import type { DirectoryReader } from './directory-ports';
import type { PersonalDataChange } from './personal-data-change';

export interface ChangeReader {
  changesOf(personId: string): Promise<PersonalDataChange[]>;
}

/** The audit trail of a person's data, newest first. */
export const listChanges = async (
  actor: Actor,
  personId: string,
  ports: { directory: DirectoryReader; changes: ChangeReader },
) => {
  await authorize(actor, 'people:read-changes', { kind: 'person', personId }, ports.directory);
  return ports.changes.changesOf(personId);
};
