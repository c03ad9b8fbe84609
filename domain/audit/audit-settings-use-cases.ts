import type { Actor } from '#domain/identity/actor';
import { authorize, type Relations } from '#domain/identity/authorize';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import { personParty } from './audit-entry';
import type { AuditSettings, AuditSettingsStore } from './audit-settings';

export interface AuditSettingsPorts {
  relations: Relations;
  settings: AuditSettingsStore;
  clock: Clock;
  newId: IdGenerator;
}

export const readAuditSettings = async (actor: Actor, ports: AuditSettingsPorts) => {
  await authorize(actor, 'audit:read', { kind: 'school' }, ports.relations);
  return ports.settings.get();
};

/** A new retention applies to entries recorded from now on; those recorded before keep their expiry. */
export const changeAuditSettings = async (
  actor: Actor,
  settings: AuditSettings,
  ports: AuditSettingsPorts,
) => {
  await authorize(actor, 'audit:configure', { kind: 'school' }, ports.relations);
  const before = await ports.settings.get();
  await ports.settings.put(settings, {
    entryId: ports.newId(),
    at: ports.clock.now().toISOString(),
    actor: personParty(actor.personId),
    action: 'audit.retention-changed',
    subject: { kind: 'school', id: 'audit-settings' },
    details: { before: before.retentionDays, after: settings.retentionDays },
  });
  return settings;
};
