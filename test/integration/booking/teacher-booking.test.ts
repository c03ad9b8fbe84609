import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountKeys } from '#infra/definitions/school-table';
import { localCognitoClient } from '#infra/local/school-user-pool';
import { demoDirectory, demoPassword } from '#infra/local/seed/people/demo-people';
import { plusDays, todayInParis } from '../../support/dates';
import { localEndpointsOfThisFile } from '../../support/file-dynamodb';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];
type Answer = Awaited<ReturnType<Request>>;

const today = todayInParis();
/** The Monday of the week after this one, and the Mondays after it. */
const nextMonday = plusDays(today, 7 - ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
const mondayIn = (weeks: number) => plusDays(nextMonday, 7 * weeks);
const statuses = (answers: Answer[]) => answers.map(({ status }) => status).sort();

/**
 * Teachers book rooms for their own work within the rules the school sets for teachers: confirmed within them,
 * refused outside their rooms with a code the portal words, and the room's last slot or the week's hours held by
 * the database when two bookings arrive at once.
 */
describe('teachers booking rooms within the teachers’ rules', () => {
  let school: SchoolUnderTest;
  let planner: Request;
  let teacher: Request;
  let otherTeacher: Request;
  let rooms: { studio: string; classroom: string };

  const bookAs = (who: Request, placeId: string, date: string, start: string, end: string) =>
    who('POST', '/api/bookings', { placeId, date, start, end });

  /** A second teacher of the demo directory signs in, with an account made as the demo seed makes its own. */
  const signInOtherTeacher = async () => {
    const directory = demoDirectory(school.school);
    const withAccount = new Set(directory.accounts.map(({ personId }) => personId));
    const person = directory.people.find(
      ({ personId, profiles }) => profiles.includes('teacher') && !withAccount.has(personId),
    );
    if (!person) throw new Error('the demo directory has a single teacher');
    const username = 'prof.second';
    const cognito = localCognitoClient((await localEndpointsOfThisFile()).cognito);
    const { userPoolId } = school.userPool;
    const { User } = await cognito.send(
      new AdminCreateUserCommand({ UserPoolId: userPoolId, Username: username, MessageAction: 'SUPPRESS' }),
    );
    await cognito.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: userPoolId,
        Username: username,
        Password: demoPassword,
        Permanent: true,
      }),
    );
    cognito.destroy();
    const accountId = User?.Attributes?.find(({ Name }) => Name === 'sub')?.Value as string;
    for (const Item of [
      { ...accountKeys.username(username), entity: 'username', username, personId: person.personId },
      {
        ...accountKeys.account(accountId),
        entity: 'account',
        accountId,
        personId: person.personId,
        username,
      },
    ]) {
      await school.documents.send(new PutCommand({ TableName: school.tableName, Item }));
    }
    return school.as(username);
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'conservatoire' }, { signedInAs: 'planning.demo' });
    planner = school.request;
    teacher = await school.as('prof.demo');
    otherTeacher = await signInOtherTeacher();
    const create = async (name: string, kind: string) =>
      (
        await planner('POST', '/api/places', {
          name,
          kind,
          site: 'Site Jean-Jaurès',
          capacity: 8,
          bookable: true,
        })
      ).body.id as string;
    rooms = {
      studio: await create('Studio des enseignants', 'practice-room'),
      classroom: await create('Salle de cours ouverte', 'classroom'),
    };
    const rules = await planner('PUT', '/api/booking-rules', {
      rules: [
        {
          label: 'Cycle 1 : salles de cours',
          levels: ['Cycle 1'],
          placeKinds: ['classroom'],
          hoursPerWeek: 4,
          daysAhead: 60,
          windows: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], from: '07:00', to: '22:00' }],
        },
        {
          label: 'Enseignants : studios',
          audience: 'teachers',
          levels: [],
          placeKinds: ['practice-room'],
          hoursPerWeek: 2,
          maxMinutes: 90,
          daysAhead: 60,
          windows: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], from: '07:00', to: '22:00' }],
        },
      ],
    });
    expect(rules.status).toBe(200);
  });
  afterAll(() => school?.stop());

  it('confirms a teacher’s booking within the teachers’ rule, listed among their own bookings', async () => {
    const tuesday = plusDays(mondayIn(0), 1);
    const booked = await bookAs(teacher, rooms.studio, tuesday, '12:00', '13:00');
    expect(booked.status).toBe(201);

    const { body: mine } = await teacher('GET', '/api/bookings/mine');
    expect(mine.bookings).toEqual([
      expect.objectContaining({ placeName: 'Studio des enseignants', date: tuesday, start: '12:00' }),
    ]);
    const { body: options } = await teacher(
      'GET',
      `/api/bookings/options?date=${tuesday}&start=14:00&end=15:00`,
    );
    expect(options.rights).toBe(true);
    expect(options.week).toMatchObject({ bookedMinutes: 60, allowedMinutes: 120 });
    expect(options.items.map(({ id }: { id: string }) => id)).toEqual([rooms.studio]);
  });

  it('refuses a room outside the teachers’ rule with a clear code, asks a planner beyond its length', async () => {
    const wednesday = plusDays(mondayIn(1), 2);
    const classroom = await bookAs(teacher, rooms.classroom, wednesday, '10:00', '11:00');
    expect(classroom.status).toBe(403);
    expect(classroom.body.error).toMatchObject({ code: 'teacher_room_kind' });

    const tooLong = await bookAs(teacher, rooms.studio, wednesday, '10:00', '12:00');
    expect(tooLong.status).toBe(202);
    expect(tooLong.body.request.limits).toEqual([{ code: 'length', maxMinutes: 90 }]);

    // A student's rule opens classrooms to students, not to teachers; a guardian books nothing.
    const guardian = await school.as('parent.demo');
    expect((await bookAs(guardian, rooms.studio, wednesday, '08:00', '09:00')).status).toBe(403);
  });

  it('lets exactly one of two teachers through on the room’s last free slot', async () => {
    const thursday = plusDays(mondayIn(2), 3);
    const answers = await Promise.all([
      bookAs(teacher, rooms.studio, thursday, '17:00', '18:00'),
      bookAs(otherTeacher, rooms.studio, thursday, '17:00', '18:00'),
    ]);
    expect(statuses(answers)).toEqual([201, 409]);
    const { body: planning } = await planner(
      'GET',
      `/api/agenda/place/${rooms.studio}?from=${thursday}&to=${thursday}`,
    );
    expect(JSON.stringify(planning).match(/"activityId"/g)).toHaveLength(1);
  });

  it('holds a teacher’s weekly hours when their bookings arrive at once: the last hour goes to one', async () => {
    const friday = plusDays(mondayIn(3), 4);
    const answers = await Promise.all(
      ['09:00', '10:00', '11:00'].map((start) =>
        bookAs(
          otherTeacher,
          rooms.studio,
          friday,
          start,
          `${Number(start.slice(0, 2)) + 1}:00`.padStart(5, '0'),
        ),
      ),
    );
    expect(statuses(answers)).toEqual([201, 201, 202]);
    const pending = answers.find(({ status }) => status === 202);
    expect(pending?.body.request.limits).toEqual([{ code: 'hours', hoursPerWeek: 2 }]);
  });
});
