import type { Profile } from '#domain/identity/profile';
import type { Person, PupilContact, SchoolClass } from '#domain/people/person';
import type { Tenant } from '#infra/tenants/tenant';
import { seededRandom } from '../random';

/** The password of every demo account: printed at start-up, never used outside the local platform. */
export const demoPassword = 'Demo-Preau-2026!';

/** The address of a demo account whose person has none: an example domain, which no mail reaches outside. */
export const demoEmail = (username: string) => `${username}@example.fr`;

export interface DemoAccount {
  username: string;
  profile: Profile;
  personId: string;
}

export interface DemoDirectory {
  classes: SchoolClass[];
  people: Person[];
  /** [guardianId, childId] */
  guardianships: [string, string][];
  /** [teacherId, classId] */
  teaching: [string, string][];
  /** One signed-in view per profile; the teacher is also a parent. */
  accounts: DemoAccount[];
}

const firstNames = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Inès',
  'Jade',
  'Louise',
  'Zoé',
  'Lina',
  'Emma',
  'Alice',
  'Rose',
  'Anna',
  'Lucas',
  'Hugo',
  'Louis',
  'Gabriel',
  'Arthur',
  'Jules',
  'Adam',
  'Raphaël',
  'Nathan',
  'Noah',
  'Théo',
  'Sacha',
  'Maël',
  'Yanis',
  'Ibrahim',
  'Aïcha',
  'Éloïse',
  'Côme',
  'Anaïs',
  'Noé',
  'Maëlys',
  'Kenza',
  'Timothée',
];
const adultFirstNames = [
  'Marie',
  'Nathalie',
  'Isabelle',
  'Sophie',
  'Sandrine',
  'Céline',
  'Karima',
  'Fatou',
  'Hélène',
  'Aurélie',
  'Philippe',
  'Nicolas',
  'Stéphane',
  'Christophe',
  'Karim',
  'David',
  'Olivier',
  'Jérôme',
  'Mamadou',
  'François',
];
const lastNames = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Benali',
  'Nguyen',
  'Diallo',
  'Da Silva',
  'Chevalier',
  "N'Diaye",
  'Le Gall',
  'Rousseau',
  'Blanc',
  'Guérin',
  'Muller',
];

/** Classes as each kind of school names them: divisions of a collège, groups of a conservatoire's cycles. */
const classesOf = (kind: Tenant['kind']): SchoolClass[] =>
  kind === 'school'
    ? ['6e', '5e', '4e', '3e'].flatMap((level) =>
        ['A', 'B'].map((group) => ({
          classId: `${level}${group}`.toLowerCase(),
          label: `${level} ${group}`,
          level,
        })),
      )
    : ['Cycle 1', 'Cycle 2', 'Cycle 3'].flatMap((level, index) =>
        ['A', 'B'].map((group) => ({
          classId: `fm${index + 1}${group}`.toLowerCase(),
          label: `Formation musicale ${index + 1}${group}`,
          level,
        })),
      );

const studentsPerClass = 24;

/**
 * Other contacts (SIECLE `RESP_LEGAL` 0: a grandparent, a neighbour) of one pupil in ten, so that the staff see
 * them on a pupil's record. Written after every draw of the generator, so the rest of the demo stays as it was.
 */
const giveContacts = (students: Person[]) =>
  students.forEach((student, index) => {
    if (index % 10 !== 3) return;
    const grandparent: PupilContact = {
      sourceId: `demo:contact:${index}`,
      firstName: adultFirstNames[index % adultFirstNames.length] as string,
      lastName: student.lastName,
      relationship: '30',
      phones: [{ kind: 'mobile', number: `06 12 34 ${String(10 + (index % 90)).padStart(2, '0')} 00` }],
    };
    const neighbour: PupilContact = {
      sourceId: `demo:contact:${index}:2`,
      firstName: adultFirstNames[(index + 5) % adultFirstNames.length] as string,
      lastName: lastNames[(index + 7) % lastNames.length] as string,
      relationship: '90',
      phones: [
        { kind: 'personal', number: `01 45 67 ${String(10 + (index % 90)).padStart(2, '0')} 00` },
        { kind: 'work', number: '01 40 00 00 00' },
      ],
    };
    student.contacts = index % 20 === 3 ? [grandparent, neighbour] : [grandparent];
  });

/** The stage's technical team, by post: régisseur général, lumière, son, two stagehands, an intermittent. */
export const demoTechnicians = [
  ['Thierry', 'Morel'],
  ['Nadia', 'Benali'],
  ['Julien', 'Roussel'],
  ['Karim', 'Lefèvre'],
  ['Paul', 'Girard'],
  ['Élodie', 'Marchand'],
] as const;

/** A school's demo directory: the same on every machine, different for each school. */
export const demoDirectory = (school: Pick<Tenant, 'id' | 'kind'>): DemoDirectory => {
  const random = seededRandom(
    [...school.id].reduce((sum, character) => sum * 31 + character.charCodeAt(0), 7),
  );
  const classes = classesOf(school.kind);
  const people: Person[] = [];
  const guardianships: [string, string][] = [];
  const teaching: [string, string][] = [];
  const person = (firstName: string, lastName: string, profiles: Profile[], extra: Partial<Person> = {}) => {
    const created: Person = { personId: random.uuid(), firstName, lastName, profiles, version: 1, ...extra };
    people.push(created);
    return created;
  };
  const birthYear = (classIndex: number) => 2015 - Math.floor(classIndex / 2);

  let previousFamily: Person[] = [];
  classes.forEach((schoolClass, classIndex) => {
    for (let index = 0; index < studentsPerClass; index += 1) {
      const lastName = random.pick(lastNames);
      const month = String(random.integer(1, 12)).padStart(2, '0');
      const day = String(random.integer(1, 28)).padStart(2, '0');
      const student = person(random.pick(firstNames), lastName, ['student'], {
        classId: schoolClass.classId,
        birthDate: `${birthYear(classIndex)}-${month}-${day}`,
      });
      // About one student in eight is the younger sibling of a student met before, in another class.
      const family =
        random.chance(0.12) && previousFamily.length > 0
          ? previousFamily
          : [
              person(random.pick(adultFirstNames), lastName, ['guardian'], {
                email: `parent${people.length}@example.fr`,
                phone: `06 ${random.integer(10, 99)} ${random.integer(10, 99)} ${random.integer(10, 99)} ${random.integer(10, 99)}`,
              }),
              ...(random.chance(0.8)
                ? [person(random.pick(adultFirstNames), random.pick(lastNames), ['guardian'])]
                : []),
            ];
      for (const guardian of family) guardianships.push([guardian.personId, student.personId]);
      previousFamily = family;
    }
  });

  const teachers = Array.from({ length: Math.max(6, classes.length * 2) }, () =>
    person(random.pick(adultFirstNames), random.pick(lastNames), ['teacher'], { email: 'prof@example.fr' }),
  );
  teachers.forEach((teacher, index) => {
    for (let offset = 0; offset < 3; offset += 1) {
      const schoolClass = classes[(index + offset * 3) % classes.length];
      if (schoolClass && !teaching.some(([t, c]) => t === teacher.personId && c === schoolClass.classId)) {
        teaching.push([teacher.personId, schoolClass.classId]);
      }
    }
  });
  const staff = person('Sylvie', 'Caron', ['staff']);
  const planner = person('Bruno', 'Lemaire', ['planner']);
  const admin = person('Agnès', 'Fontaine', ['school-admin']);
  // A deputy without an account yet: the authority issues the codes of a school's administrators.
  person('Rachid', 'Haddad', ['school-admin']);
  const authority = person('Yves', 'Perrin', ['authority-admin']);

  const student = people.find(({ profiles }) => profiles.includes('student')) as Person;
  const guardianOfTwo = people.find(
    (candidate) =>
      candidate.profiles.includes('guardian') &&
      guardianships.filter(([guardianId]) => guardianId === candidate.personId).length >= 2,
  ) as Person;
  // The demo teacher is also a parent: their child is in a class they do not teach.
  const teacher = teachers[0] as Person;
  const taught = new Set(teaching.filter(([t]) => t === teacher.personId).map(([, c]) => c));
  const child = people.find(
    (candidate) => candidate.classId !== undefined && !taught.has(candidate.classId),
  ) as Person;
  teacher.profiles.push('guardian');
  guardianships.push([teacher.personId, child.personId]);

  giveContacts(people.filter(({ profiles }) => profiles.includes('student')));

  // The sales desk (hiring the halls out): made last, so that every other demo person keeps their id.
  const seller = person('Claire', 'Vasseur', ['sales']);
  // The technical team of the stage (issue 20: their contracts and shifts are `seed/time`), after the sales desk
  // for the same reason. No account: the planner plans their shifts; their own view comes with an account.
  for (const [firstName, lastName] of demoTechnicians) person(firstName, lastName, ['staff']);

  const accounts: DemoAccount[] = [
    { username: 'eleve.demo', profile: 'student', personId: student.personId },
    { username: 'parent.demo', profile: 'guardian', personId: guardianOfTwo.personId },
    { username: 'prof.demo', profile: 'teacher', personId: teacher.personId },
    { username: 'vie-scolaire.demo', profile: 'staff', personId: staff.personId },
    { username: 'planning.demo', profile: 'planner', personId: planner.personId },
    { username: 'ventes.demo', profile: 'sales', personId: seller.personId },
    { username: 'direction.demo', profile: 'school-admin', personId: admin.personId },
    { username: 'academie.demo', profile: 'authority-admin', personId: authority.personId },
  ];
  // Every demo account can try « Mot de passe oublié » locally: the code reaches the mail catcher.
  for (const { username, personId } of accounts) {
    const holder = people.find((candidate) => candidate.personId === personId);
    if (holder && !holder.email) holder.email = demoEmail(username);
  }
  return { classes, people, guardianships, teaching, accounts };
};
