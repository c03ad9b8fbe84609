import type { PersonalDataChange } from '#domain/people/personal-data-change';
import { personKeys } from '#infra/definitions/school-table';

export const toChangeItem = (change: PersonalDataChange) => ({
  ...personKeys.change(change.personId, change.at, change.changeId),
  entity: 'personal-data-change',
  ...change,
});

export const fromChangeItem = (item: Record<string, unknown>): PersonalDataChange => ({
  changeId: String(item.changeId),
  personId: String(item.personId),
  at: String(item.at),
  by: item.by as PersonalDataChange['by'],
  what: item.what as PersonalDataChange['what'],
  fields: (item.fields as PersonalDataChange['fields']) ?? [],
});
