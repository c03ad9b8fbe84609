import type { PupilMark, Register } from '#domain/attendance/register';
import { registerIdOf } from '#domain/attendance/register';
import { agendaEntriesOf } from '#domain/planning/occurrences';
import type { Tenant } from '#infra/tenants/tenant';
import { demoDirectory } from '../people/demo-people';
import { demoYear } from '../planning/seed-demo-planning';

/**
 * The demo school's roll call of `today`, at `now`: the registers of the courses already started (a class's, or an
 * individual lesson's), taken by
 * their teacher a few minutes in, with a pupil absent here and one late there (the same pupil absent from one course
 * and present at the next, for vie scolaire's list); one course in three is left not taken, so that the live day
 * shows registers missing.
 */
export const demoAttendance = (
  school: Pick<Tenant, 'id' | 'kind' | 'timeZone'>,
  today: string,
  now: Date,
) => {
  const directory = demoDirectory(school);
  const { calendar, projects, activities } = demoYear(school);
  const people = new Map(directory.people.map((person) => [person.personId, person]));
  const isStudent = (personId: string) => people.get(personId)?.profiles.includes('student') === true;
  const started = activities
    .filter((activity) => activity.classIds.length > 0 || activity.personIds.some(isStudent))
    .flatMap((activity) => {
      const kind = projects.find((project) => project.id === activity.projectId)?.kind ?? 'course';
      if (kind !== 'course') return [];
      return agendaEntriesOf(activity, kind, calendar, school.timeZone).filter(
        (entry) => entry.date === today && Date.parse(entry.startsAt) <= now.getTime(),
      );
    })
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.activityId.localeCompare(b.activityId));
  const registers: Register[] = [];
  started.forEach((entry, index) => {
    if (index % 3 === 2) return;
    const teacherIds = entry.personIds.filter((id) => people.get(id)?.profiles.includes('teacher'));
    const inPersonPupilIds = entry.personIds.filter(isStudent);
    const pupils = directory.people
      .filter(
        (person) =>
          person.profiles.includes('student') &&
          ((person.classId !== undefined && entry.classIds.includes(person.classId)) ||
            (person.groupIds ?? []).some((id) => entry.classIds.includes(id)) ||
            inPersonPupilIds.includes(person.personId)),
      )
      .sort(
        (a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr'),
      );
    if (pupils.length === 0 || teacherIds.length === 0) return;
    const marks: PupilMark[] = pupils.map(({ personId, firstName, lastName }, at) => {
      if (at === (index * 7 + 3) % pupils.length && at !== 0)
        return { personId, firstName, lastName, mark: 'absent' };
      if (index % 2 === 0 && at === (index * 5 + 2) % pupils.length && at !== 0)
        return { personId, firstName, lastName, mark: 'late', minutes: 10 };
      return { personId, firstName, lastName, mark: 'present' };
    });
    registers.push({
      registerId: registerIdOf(entry),
      session: {
        activityId: entry.activityId,
        seriesDate: entry.seriesDate,
        projectId: entry.projectId,
        title: entry.title,
        date: entry.date,
        start: entry.start,
        end: entry.end,
        startsAt: entry.startsAt,
        endsAt: entry.endsAt,
        classIds: entry.classIds,
        teacherIds,
        inPersonPupilIds,
      },
      pupils: marks,
      version: 1,
      takenBy: teacherIds[0] as string,
      takenAt: new Date(Date.parse(entry.startsAt) + 5 * 60_000).toISOString(),
    });
  });
  // A pupil with two courses today misses the first and comes to the next: vie scolaire asks where they were.
  const twice = registers
    .flatMap((register) => register.pupils.map((pupil) => pupil.personId))
    .find((personId, at, all) => all.indexOf(personId) !== at);
  if (twice) {
    const theirs = registers.filter((register) => register.pupils.some((pupil) => pupil.personId === twice));
    theirs.forEach((register, at) => {
      register.pupils = register.pupils.map((pupil) =>
        pupil.personId === twice
          ? {
              personId: pupil.personId,
              firstName: pupil.firstName,
              lastName: pupil.lastName,
              mark: at === 0 ? 'absent' : 'present',
            }
          : pupil,
      );
    });
  }
  return registers;
};
