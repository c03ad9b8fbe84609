import { isProfile } from '../../../domain/identity/profile';
import { isActivated, type Person, type SchoolClass } from '../../../domain/people/person';
import { sortKeyOf } from '../../../domain/shared/text';
import { classKeys, personKeys } from '../../../infra/definitions/school-table';

/** A person as stored: their record, their keys, and the index attributes of the lists they belong to. */
export const toPersonItem = (person: Person) => ({
  ...personKeys.item(person.personId),
  ...personKeys.indexAttributes({
    personId: person.personId,
    sortName: sortKeyOf(`${person.lastName} ${person.firstName}`),
    classId: person.classId,
    activated: isActivated(person),
  }),
  entity: 'person',
  ...person,
});

export const fromPersonItem = (item: Record<string, unknown>): Person => ({
  personId: String(item.personId),
  firstName: String(item.firstName),
  lastName: String(item.lastName),
  profiles: ((item.profiles as string[] | undefined) ?? []).filter(isProfile),
  ...(typeof item.classId === 'string' && { classId: item.classId }),
  ...(typeof item.birthDate === 'string' && { birthDate: item.birthDate }),
  ...(typeof item.email === 'string' && { email: item.email }),
  ...(typeof item.phone === 'string' && { phone: item.phone }),
  ...(typeof item.username === 'string' && { username: item.username }),
  ...(typeof item.passwordSetAt === 'string' && { passwordSetAt: item.passwordSetAt }),
  version: Number(item.version ?? 1),
});

export const toClassItem = (schoolClass: SchoolClass) => ({
  ...classKeys.item(schoolClass.classId),
  ...classKeys.indexAttributes(schoolClass),
  entity: 'class',
  ...schoolClass,
});

export const fromClassItem = (item: Record<string, unknown>): SchoolClass => ({
  classId: String(item.classId),
  label: String(item.label),
  level: String(item.level),
});

/** The items that tie a person to the others: both directions of guardianship, teaching, profile membership. */
export const relationItems = (person: Person, links: { childIds?: string[]; classIdsTaught?: string[] }) => [
  ...(links.childIds ?? []).flatMap((childId) => [
    {
      ...personKeys.child(person.personId, childId),
      entity: 'guardianship',
      guardianId: person.personId,
      childId,
    },
    {
      ...personKeys.guardian(childId, person.personId),
      entity: 'guardianship',
      guardianId: person.personId,
      childId,
    },
  ]),
  ...(links.classIdsTaught ?? []).map((classId) => ({
    ...personKeys.teaches(person.personId, classId),
    entity: 'teaching',
    teacherId: person.personId,
    classId,
  })),
  ...person.profiles.map((profile) => ({
    ...personKeys.profileMember(profile, person.personId),
    entity: 'profile-member',
    personId: person.personId,
  })),
];
