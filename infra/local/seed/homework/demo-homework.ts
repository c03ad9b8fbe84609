import type { SessionEntry } from '#domain/homework/homework';
import { agendaEntriesOf } from '#domain/planning/occurrences';
import type { Tenant } from '#infra/tenants/tenant';
import { demoDirectory } from '../people/demo-people';
import { demoYear } from '../planning/seed-demo-planning';

const lessons = [
  {
    content: 'Lecture de notes en clé de fa ; dictée rythmique à deux voix (croches pointées).',
    work: 'Lire les exercices 12 à 15 du cahier, en clé de fa, en battant la mesure.',
  },
  {
    content: 'Les intervalles : tierces majeures et mineures, chantées puis reconnues à l’oreille.',
    work: 'Chanter les tierces de la fiche et en écrire cinq sur la portée.',
  },
  {
    content: 'Analyse : le menuet de la Sonate K. 331 de Mozart, forme et cadences.',
    work: 'Écouter le menuet et repérer les deux cadences parfaites.',
  },
];

/**
 * A few written sessions of the demo conservatoire's book: the last two sessions of formation musicale of the demo
 * pupil's class and of the demo teacher's courses before `today`, each with its content and work, the last one's
 * due at the next session, so that « Pour demain » and the teacher's week have something to show.
 */
export const demoHomework = (
  school: Pick<Tenant, 'id' | 'kind' | 'timeZone'>,
  today: string,
): SessionEntry[] => {
  const directory = demoDirectory(school);
  const { calendar, projects, activities } = demoYear(school);
  const idOf = (username: string) =>
    directory.accounts.find((account) => account.username === username)?.personId;
  const pupilClass = directory.people.find((person) => person.personId === idOf('eleve.demo'))?.classId;
  const teacherId = idOf('prof.demo');
  const people = new Map(directory.people.map((person) => [person.personId, person]));
  const chosen = [
    activities.find((activity) => pupilClass !== undefined && activity.classIds.includes(pupilClass)),
    activities.find(
      (activity) =>
        teacherId !== undefined && activity.personIds.includes(teacherId) && activity.classIds.length > 0,
    ),
  ].filter((activity, index, all) => activity !== undefined && all.indexOf(activity) === index);
  return chosen.flatMap((activity) => {
    if (!activity) return [];
    const kind = projects.find((project) => project.id === activity.projectId)?.kind ?? 'course';
    const sessions = agendaEntriesOf(activity, kind, calendar, school.timeZone);
    const past = sessions.filter((session) => session.date <= today).slice(-2);
    const written = past.length > 0 ? past : sessions.slice(0, 2);
    const next = sessions[sessions.indexOf(written.at(-1) ?? (sessions[0] as never)) + 1];
    return written.map((occurrence, index): SessionEntry => {
      const teacherIds = occurrence.personIds.filter((id) => people.get(id)?.profiles.includes('teacher'));
      const author = people.get(teacherIds[0] ?? '') ?? { firstName: 'Professeur', lastName: '' };
      const lesson = lessons[index % lessons.length] as (typeof lessons)[number];
      const dueAt = index === written.length - 1 ? next : written[index + 1];
      return {
        session: {
          activityId: occurrence.activityId,
          seriesDate: occurrence.seriesDate,
          projectId: occurrence.projectId,
          title: occurrence.title,
          date: occurrence.date,
          start: occurrence.start,
          end: occurrence.end,
          classIds: occurrence.classIds,
          teacherIds,
        },
        content: lesson.content,
        links: [{ url: 'https://www.lumni.fr/', title: 'Lumni : vidéos de solfège' }],
        works: dueAt
          ? [
              {
                workId: `demo-${occurrence.activityId.slice(0, 8)}-${occurrence.seriesDate}`,
                text: lesson.work,
                dueDate: dueAt.date,
                dueSession: { activityId: dueAt.activityId, seriesDate: dueAt.seriesDate },
              },
            ]
          : [],
        version: 1,
        writtenBy: {
          personId: teacherIds[0] ?? 'demo',
          name: `${author.firstName} ${author.lastName}`.trim(),
        },
        writtenAt: `${occurrence.date}T18:00:00.000Z`,
      };
    });
  });
};
