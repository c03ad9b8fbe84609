import type { Place } from '#domain/places/place';
import type { NewActivity, NewProject } from '#domain/planning/planning-input';
import type { SchoolCalendar } from '#domain/planning/school-calendar';
import { timeOf } from '#domain/shared/calendar/time-of-day';
import type { DemoDirectory } from '../people/demo-people';

/**
 * The demo conservatoire's school year, planned: the classes' formation musicale, each teacher's instrument
 * lessons, the orchestra, an opera production with its cast, the June exams and recitals, a rental of a hall.
 * No two activities share a place, a person or a class at the same time (a unit test checks it).
 */
export interface DemoPlanning {
  calendar: SchoolCalendar;
  projects: { key: string; project: NewProject; activities: Omit<NewActivity, 'acceptConflicts'>[] }[];
}

/** Holidays of the demo year: a school enters or imports its own academic zone's. */
export const demoCalendar: SchoolCalendar = {
  schoolYear: '2026-2027',
  start: '2026-09-07',
  end: '2027-06-26',
  openWeekdays: [1, 2, 3, 4, 5, 6],
  holidays: [
    { label: 'Vacances de la Toussaint', from: '2026-10-17', to: '2026-11-01' },
    { label: 'Vacances de Noël', from: '2026-12-19', to: '2027-01-03' },
    { label: 'Vacances d’hiver', from: '2027-02-13', to: '2027-02-28' },
    { label: 'Vacances de printemps', from: '2027-04-10', to: '2027-04-25' },
  ],
  closedDays: [{ date: '2027-05-07', label: 'Pont de l’Ascension' }],
  frenchPublicHolidays: true,
};

const instruments = [
  'piano',
  'violon',
  'violoncelle',
  'flûte',
  'clarinette',
  'trompette',
  'guitare',
  'chant',
];
const roles = [
  'Figaro',
  'Susanna',
  'Le Comte',
  'La Comtesse',
  'Chérubin',
  'Marcelline',
  'Bartolo',
  'Basilio',
];

export const demoPlanning = (directory: DemoDirectory, places: readonly Place[]): DemoPlanning => {
  const ofKind = (kind: Place['kind']) => places.filter((place) => place.kind === kind);
  const [classrooms, practiceRooms, rehearsalRooms, halls, venues] = [
    ofKind('classroom'),
    ofKind('practice-room'),
    ofKind('rehearsal-room'),
    ofKind('concert-hall'),
    ofKind('off-site-venue'),
  ];
  const teachers = directory.people.filter((person) => person.profiles.includes('teacher'));
  const students = directory.people.filter((person) => person.profiles.includes('student'));
  const weekdayOfClass = new Map(
    directory.classes.map((schoolClass, index) => [schoolClass.classId, 1 + (index % 5)]),
  );
  const year = { from: demoCalendar.start, until: demoCalendar.end, exceptions: [] };
  const weekly = (weekday: number, start: string, end: string) => ({
    kind: 'weekly' as const,
    weekday,
    start,
    end,
    ...year,
  });
  const id = (list: readonly { id: string }[], index: number) =>
    (list[index % list.length] as { id: string }).id;

  const formationMusicale = directory.classes.map((schoolClass, index) => {
    const teacher = directory.teaching.find(([, classId]) => classId === schoolClass.classId)?.[0] as string;
    return {
      key: `fm-${schoolClass.classId}`,
      project: course(
        schoolClass.label,
        'Formation musicale',
        [{ personId: teacher, role: 'professeur' }],
        [schoolClass.classId],
      ),
      activities: [
        {
          title: schoolClass.label,
          schedule: weekly(weekdayOfClass.get(schoolClass.classId) as number, '17:00', '18:30'),
          placeIds: [id(classrooms, index)],
          personIds: [teacher],
          classIds: [schoolClass.classId],
          equipmentIds: [],
        },
      ],
    };
  });

  // Each teacher teaches an instrument on one day, eight half-hour lessons from 13:00 in their own studio;
  // pupils come on a day their formation musicale does not take.
  const withoutLessons = new Set(students.map((student) => student.personId));
  const lessons = teachers.map((teacher, index) => {
    const instrument = instruments[index % instruments.length] as string;
    const weekday = 1 + (index % 6);
    const pupils = students
      .filter(
        (student) =>
          withoutLessons.has(student.personId) && weekdayOfClass.get(student.classId as string) !== weekday,
      )
      .slice(0, 8)
      .map((student) => student.personId);
    for (const personId of pupils) withoutLessons.delete(personId);
    return {
      key: `lessons-${index}`,
      project: course(
        `Classe de ${instrument} — ${teacher.firstName} ${teacher.lastName}`,
        instrument,
        [
          { personId: teacher.personId, role: 'professeur' },
          ...pupils.map((personId) => ({ personId, role: 'élève' })),
        ],
        [],
      ),
      activities: pupils.map((personId, lesson) => ({
        title: `Cours de ${instrument}`,
        schedule: weekly(weekday, timeOf(13 * 60 + lesson * 30), timeOf(13 * 60 + (lesson + 1) * 30)),
        placeIds: [id(practiceRooms, index)],
        personIds: [teacher.personId, personId],
        classIds: [],
        equipmentIds: [],
      })),
    };
  });

  const conductor = teachers.at(-1)?.personId as string;
  const orchestraMembers = students.slice(-30).map((student) => student.personId);
  const orchestra = {
    key: 'orchestra',
    project: {
      kind: 'internal' as const,
      name: 'Orchestre symphonique des élèves',
      description: 'Répétitions hebdomadaires du samedi matin ; concert de fin d’année à la Grande salle.',
      status: 'confirmed' as const,
      members: [
        { personId: conductor, role: 'chef d’orchestre' },
        ...orchestraMembers.map((personId) => ({ personId, role: 'musicien' })),
      ],
      classIds: [],
    },
    activities: [
      {
        title: 'Répétition d’orchestre',
        schedule: weekly(6, '10:00', '12:30'),
        placeIds: [id(halls, 0)],
        personIds: [conductor, ...orchestraMembers],
        classIds: [],
        equipmentIds: [],
      },
      {
        title: 'Concert de fin d’année',
        schedule: { kind: 'once' as const, date: '2027-06-19', start: '18:00', end: '20:30' },
        placeIds: [id(halls, 0)],
        personIds: [conductor, ...orchestraMembers],
        classIds: [],
        equipmentIds: [],
      },
    ],
  };

  const director = teachers[0]?.personId as string;
  const cast = students
    .slice(-40, -32)
    .map((student, index) => ({ personId: student.personId, role: roles[index] as string }));
  const castIds = [director, ...cast.map(({ personId }) => personId)];
  const production = {
    key: 'figaro',
    project: {
      kind: 'production' as const,
      name: 'Les Noces de Figaro',
      description:
        'Opéra de Mozart par les élèves du cycle 3 : répétitions le vendredi soir, deux représentations au Théâtre municipal.',
      status: 'confirmed' as const,
      members: [{ personId: director, role: 'mise en scène' }, ...cast],
      classIds: [],
    },
    activities: [
      {
        title: 'Répétition — Les Noces de Figaro',
        schedule: {
          kind: 'weekly' as const,
          weekday: 5,
          start: '18:30',
          end: '21:00',
          from: '2027-01-08',
          until: '2027-05-28',
          exceptions: [],
        },
        placeIds: [id(rehearsalRooms, 0)],
        personIds: castIds,
        classIds: [],
        equipmentIds: [],
      },
      ...['2027-06-04', '2027-06-05'].map((date) => ({
        title: 'Représentation — Les Noces de Figaro',
        schedule: { kind: 'once' as const, date, start: '20:00', end: '22:30' },
        placeIds: [id(venues, 1)],
        personIds: castIds,
        classIds: [],
        equipmentIds: [],
      })),
    ],
  };

  const jury = teachers.slice(1, 4).map((teacher) => teacher.personId);
  const exams = {
    key: 'exams',
    project: {
      kind: 'exam' as const,
      name: 'Examens de fin de cycle',
      description: 'Jury de trois professeurs ; programme libre de 10 minutes et une pièce imposée.',
      status: 'confirmed' as const,
      members: jury.map((personId) => ({ personId, role: 'jury' })),
      classIds: [],
    },
    activities: ['2027-06-14', '2027-06-15', '2027-06-16'].map((date) => ({
      title: 'Examen de fin de cycle',
      schedule: { kind: 'once' as const, date, start: '09:00', end: '12:00' },
      placeIds: [id(halls, 1)],
      personIds: jury,
      classIds: [],
      equipmentIds: [],
    })),
  };

  const rental = {
    key: 'rental',
    project: {
      kind: 'external' as const,
      name: 'Location — Festival de jazz du quartier',
      description:
        'Location de l’auditorium à l’association Jazz en Seine ; régie son assurée par le conservatoire.',
      status: 'confirmed' as const,
      members: [],
      classIds: [],
    },
    activities: [
      {
        title: 'Festival de jazz (location)',
        schedule: { kind: 'once' as const, date: '2027-03-20', start: '14:00', end: '23:00' },
        placeIds: [id(halls, 2)],
        personIds: [],
        classIds: [],
        equipmentIds: [],
      },
    ],
  };

  // The piano and violin classes' end-of-cycle recitals, which their teachers and pupils prepare together (and
  // ask the stage crew for what they need). Last in the list, so that the other projects keep their ids.
  const recitalMembers = lessons.slice(0, 2).flatMap(({ project }) =>
    project.members.map(({ personId, role }) => ({
      personId,
      role: role === 'professeur' ? 'professeur' : 'candidat',
    })),
  );
  const recitals = {
    key: 'recitals',
    project: {
      kind: 'exam' as const,
      name: 'Récitals de fin de cycle — piano et violon',
      description: 'Récital public de 20 minutes par candidat, devant le jury, à l’Auditorium.',
      status: 'confirmed' as const,
      members: recitalMembers,
      classIds: [],
    },
    activities: [
      {
        title: 'Récitals de fin de cycle',
        schedule: { kind: 'once' as const, date: '2027-06-17', start: '09:00', end: '12:00' },
        placeIds: [id(halls, 1)],
        personIds: recitalMembers.map(({ personId }) => personId),
        classIds: [],
        equipmentIds: [],
      },
    ],
  };

  return {
    calendar: demoCalendar,
    projects: [...formationMusicale, ...lessons, orchestra, production, exams, rental, recitals],
  };
};

const course = (
  name: string,
  subject: string,
  members: NewProject['members'],
  classIds: string[],
): NewProject => ({
  kind: 'course',
  name,
  description: '',
  status: 'confirmed',
  members,
  classIds,
  subject,
});
