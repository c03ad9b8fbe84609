import { type Actor, fullName } from '#domain/identity/actor';
import type { BatchDirectory } from '#domain/identity/issue-activation-codes';
import type { Person } from '#domain/people/person';
import { foldForComparison } from '#domain/shared/text';
import type { MessageAudience } from './message';
import type { MessageRecipients, RecipientOption, WritingDecision, WritingRules } from './message-ports';

/**
 * The default table of who may write to whom, on the directory, until H2's `who-may-write.ts` and its
 * school settings replace it in `functions/messaging/adapters/message-ports.ts`: staff and administrators write to
 * everyone and every list; teachers to their classes, their pupils' guardians, colleagues and staff; students to
 * their teachers, their class and staff; guardians to their children's teachers and staff. Nobody but staff
 * writes to a whole level or the whole school.
 */
type Directory = Pick<
  BatchDirectory,
  | 'person'
  | 'people'
  | 'guardiansOf'
  | 'childrenOf'
  | 'classesTaughtBy'
  | 'schoolClass'
  | 'schoolClasses'
  | 'studentsOf'
  | 'classesOfLevel'
  | 'withProfile'
  | 'teachesClass'
  | 'classesOf'
>;

const isStaff = (actor: Pick<Actor, 'profiles'>) =>
  actor.profiles.some((profile) => profile === 'staff' || profile === 'school-admin');
const isAdult = (person: Pick<Person, 'profiles'>) =>
  person.profiles.some((profile) => profile !== 'student' && profile !== 'guardian');

const refusal = (reason: string): WritingDecision => ({ allowed: false, reason });
const allowed: WritingDecision = { allowed: true };

export const directoryRecipients = (directory: Directory): MessageRecipients => {
  const active = (people: readonly Person[]) => people.filter((person) => person.status !== 'retired');
  const studentIdsOf = async (classId: string) =>
    active(await directory.studentsOf(classId)).map(({ personId }) => personId);
  const guardiansOfClass = async (classId: string) =>
    (await Promise.all((await studentIdsOf(classId)).map((id) => directory.guardiansOf(id)))).flat();
  const teachersOf = async (classId: string) => {
    const teachers = active(await directory.withProfile('teacher'));
    const teaching = await Promise.all(
      teachers.map((teacher) => directory.teachesClass(teacher.personId, classId)),
    );
    return teachers.filter((_, index) => teaching[index]).map(({ personId }) => personId);
  };
  const classesOfLevel = (level: string) => directory.classesOfLevel(level);
  const classLabel = async (classId: string) => (await directory.schoolClass(classId))?.label ?? classId;

  return {
    async membersOf(audience) {
      switch (audience.kind) {
        case 'person': {
          const person = await directory.person(audience.personId);
          return person && person.status !== 'retired' ? [person.personId] : [];
        }
        case 'class':
        case 'group':
          return studentIdsOf(audience.kind === 'class' ? audience.classId : audience.groupId);
        case 'class-guardians':
          return guardiansOfClass(audience.classId);
        case 'class-teachers':
          return teachersOf(audience.classId);
        case 'pupil-guardians':
          return directory.guardiansOf(audience.personId);
        case 'level':
          return (await Promise.all((await classesOfLevel(audience.level)).map(studentIdsOf))).flat();
        case 'level-guardians':
          return (await Promise.all((await classesOfLevel(audience.level)).map(guardiansOfClass))).flat();
        case 'staff':
          return active(await directory.withProfile('staff')).map(({ personId }) => personId);
        case 'school': {
          const everyone = await Promise.all(
            ['student', 'guardian', 'teacher', 'staff', 'planner', 'school-admin'].map((profile) =>
              directory.withProfile(profile),
            ),
          );
          return active(everyone.flat()).map(({ personId }) => personId);
        }
      }
    },
    async labelOf(audience) {
      switch (audience.kind) {
        case 'person': {
          const person = await directory.person(audience.personId);
          return person ? fullName(person) : '';
        }
        case 'class':
          return classLabel(audience.classId);
        case 'group':
          return classLabel(audience.groupId);
        case 'class-guardians':
          return `Parents · ${await classLabel(audience.classId)}`;
        case 'class-teachers':
          return `Professeurs · ${await classLabel(audience.classId)}`;
        case 'pupil-guardians': {
          const pupil = await directory.person(audience.personId);
          return `Parents de ${pupil ? fullName(pupil) : ''}`;
        }
        case 'level':
          return `Niveau ${audience.level}`;
        case 'level-guardians':
          return `Parents · niveau ${audience.level}`;
        case 'staff':
          return 'Personnels';
        case 'school':
          return 'Tout l’établissement';
      }
    },
  };
};

/** `decided`: the school's own decision (H2's rules) where it replaces the default table, for the options too. */
export const defaultWritingRules = (
  directory: Directory,
  recipients: MessageRecipients,
  decided?: WritingRules['decide'],
): WritingRules => {
  /** The classes whose lists a writer may use, and the pupils whose guardians they may write to. */
  const reach = async (writer: Actor) => {
    const classIds = new Set<string>();
    const pupils = new Set<string>();
    if (writer.profiles.includes('teacher')) {
      for (const classId of await directory.classesTaughtBy(writer.personId)) classIds.add(classId);
    }
    if (writer.profiles.includes('student')) {
      for (const classId of await directory.classesOf(writer.personId)) classIds.add(classId);
    }
    if (writer.profiles.includes('guardian')) {
      for (const childId of await directory.childrenOf(writer.personId)) {
        pupils.add(childId);
        for (const classId of await directory.classesOf(childId)) classIds.add(classId);
      }
    }
    return { classIds, pupils };
  };

  const decideByDefault = async (writer: Actor, audience: MessageAudience): Promise<WritingDecision> => {
    if (isStaff(writer)) return allowed;
    const teacher = writer.profiles.includes('teacher');
    const { classIds } = await reach(writer);
    switch (audience.kind) {
      case 'level':
      case 'level-guardians':
      case 'school':
        return refusal('Only the school’s staff write to a whole level or the whole school');
      case 'staff':
        return allowed;
      case 'class':
      case 'group': {
        const classId = audience.kind === 'class' ? audience.classId : audience.groupId;
        const ownClass = writer.profiles.includes('student') || teacher;
        return ownClass && classIds.has(classId) ? allowed : refusal('This list is not one of your classes');
      }
      case 'class-guardians':
        return teacher && classIds.has(audience.classId)
          ? allowed
          : refusal('Only the class’s teachers and the staff write to its guardians');
      case 'class-teachers':
        return classIds.has(audience.classId) ? allowed : refusal('This list is not one of your classes');
      case 'pupil-guardians': {
        if (!teacher) return refusal('Only teachers and the staff write to a pupil’s guardians');
        const pupil = await directory.person(audience.personId);
        return pupil?.classId && classIds.has(pupil.classId)
          ? allowed
          : refusal('This pupil is not in one of your classes');
      }
      case 'person': {
        const person = await directory.person(audience.personId);
        if (!person) return refusal('Nobody to write to');
        if (isAdult(person)) return allowed;
        if (teacher && person.classId && classIds.has(person.classId)) return allowed;
        if (teacher && person.profiles.includes('guardian')) {
          const children = await directory.childrenOf(person.personId);
          const classes = (await Promise.all(children.map((child) => directory.classesOf(child)))).flat();
          if (classes.some((classId) => classIds.has(classId))) return allowed;
        }
        return refusal('You may not write to this person');
      }
    }
  };

  const decide = decided ?? decideByDefault;

  return {
    decide,
    async options(writer, query) {
      const { classIds } = await reach(writer);
      const lists: MessageAudience[] = [{ kind: 'staff' }];
      const classes = isStaff(writer)
        ? await directory.schoolClasses()
        : await directory.schoolClasses([...classIds]);
      const people: Person[] = [];
      for (const schoolClass of classes) {
        const classId = schoolClass.classId;
        const candidates: MessageAudience[] = [
          { kind: 'class', classId },
          { kind: 'class-guardians', classId },
          { kind: 'class-teachers', classId },
        ];
        for (const audience of candidates) {
          if ((await decide(writer, audience)).allowed) lists.push(audience);
        }
        if (writer.profiles.includes('teacher') && classIds.has(classId) && query.length > 0) {
          people.push(...(await directory.studentsOf(classId)));
        }
      }
      if (isStaff(writer)) {
        for (const level of [...new Set(classes.map(({ level }) => level))]) {
          lists.push({ kind: 'level', level }, { kind: 'level-guardians', level });
        }
        lists.push({ kind: 'school' });
      }
      if (query.length > 0) {
        for (const profile of ['teacher', 'staff', 'school-admin'])
          people.push(...(await directory.withProfile(profile)));
      }
      const folded = foldForComparison(query);
      const found = [...new Map(people.map((person) => [person.personId, person])).values()]
        .filter((person) => person.personId !== writer.personId && person.status !== 'retired')
        .filter((person) => folded.length > 0 && foldForComparison(fullName(person)).includes(folded))
        .slice(0, 20);
      const personal: MessageAudience[] = found.flatMap((person) =>
        person.profiles.includes('student') && writer.profiles.includes('teacher')
          ? [
              { kind: 'person', personId: person.personId },
              { kind: 'pupil-guardians', personId: person.personId },
            ]
          : [{ kind: 'person', personId: person.personId }],
      );
      const options: RecipientOption[] = [];
      for (const audience of [...lists, ...personal]) {
        options.push({ audience, label: await recipients.labelOf(audience) });
      }
      return options;
    },
  };
};
