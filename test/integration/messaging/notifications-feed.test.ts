import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bookingAnsweredDraft } from '#domain/messaging/notification-drafts';
import { notifyPeople, releaseHeld } from '#domain/messaging/notify-people';
import { bookingRequestAnswered } from '#events/booking/booking-events';
import { newEvent } from '#events/envelope';
import { caughtMails } from '#infra/local/mail-catcher';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/** A booking answer reaches the student: in their feed once, counted, and mailed through SES (the mail catcher). */
describe('notifications', () => {
  let school: SchoolUnderTest;
  let student: Request;
  let guardian: Request;
  let studentId: string;
  let email: string;
  const mailCatcher = inject('mailCatcher');

  const answer = (eventId: string, date: string) =>
    newEvent(
      bookingRequestAnswered,
      {
        requestId: randomUUID(),
        studentId,
        placeId: 'place-1',
        date,
        start: '14:00',
        end: '15:00',
        version: 2,
        status: 'approved',
      },
      { schoolId: school.school.id, newId: () => eventId, occurredAt: new Date().toISOString() },
    );
  const put = (event: ReturnType<typeof answer>) =>
    school.putEvent({ source: event.source, detailType: event.detailType, detail: event.detail });
  const mailsTo = async (address: string, containing: string) =>
    (await caughtMails(mailCatcher)).filter(
      (mail) =>
        mail.destination.to.some((to) => to.includes(address)) && (mail.body.text ?? '').includes(containing),
    );

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'eleve.demo' });
    student = school.request;
    guardian = await school.as('parent.demo');
    studentId = school.demoAccounts.find(({ username }) => username === 'eleve.demo')?.personId as string;
    email = `eleve.demo@example.fr`;
    // Whatever the hour the test runs at: no quiet hours for this student.
    const { status } = await student('PUT', '/api/notifications/preferences', {
      choices: {
        message: 'immediately',
        liaison: 'immediately',
        course: 'immediately',
        booking: 'immediately',
        request: 'immediately',
        document: 'digest',
      },
      quietHours: false,
      quietWeekends: false,
    });
    expect(status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await school?.stop();
  });

  it('puts an event in the feed once, counts it, and mails it once, however often the bus delivers it', async () => {
    const event = answer(randomUUID(), '2031-05-14');
    put(event);
    put(event);
    put(event);
    await school.eventsDelivered();

    const unread = await student('GET', '/api/notifications/unread');
    expect(unread.body).toEqual({ unread: 1 });
    const feed = await student('GET', '/api/notifications');
    expect(feed.body.items).toMatchObject([
      { subject: 'booking-approved', unread: true, link: '/reservations' },
    ]);
    const mails = await mailsTo(email, 'mercredi 14 mai');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Réservation acceptée');
    expect(mails[0]?.from).toContain('École de test');
    expect(school.deadLetters).toEqual([]);

    // Nobody else sees it.
    expect((await guardian('GET', '/api/notifications')).body.items).toEqual([]);
  });

  it('marks one read, then all, and the count follows', async () => {
    put(answer(randomUUID(), '2031-05-15'));
    await school.eventsDelivered();
    const feed = (await student('GET', '/api/notifications')).body;
    expect(feed.unread).toBe(2);
    const [newest] = feed.items;
    const one = await student('POST', '/api/notifications/read', {
      notificationId: newest.notificationId,
      occurredAt: newest.occurredAt,
    });
    expect(one.body).toEqual({ unread: 1 });
    // Twice is once.
    await student('POST', '/api/notifications/read', {
      notificationId: newest.notificationId,
      occurredAt: newest.occurredAt,
    });
    expect((await student('GET', '/api/notifications/unread')).body).toEqual({ unread: 1 });

    expect((await student('POST', '/api/notifications/read-all')).body).toEqual({ unread: 0 });
    const after = (await student('GET', '/api/notifications')).body;
    expect(after.items.every((item: { unread: boolean }) => !item.unread)).toBe(true);
    const unknown = await student('POST', '/api/notifications/read', {
      notificationId: 'nope',
      occurredAt: new Date().toISOString(),
    });
    expect(unknown.status).toBe(404);
  });

  it('refuses a choice that is not one', async () => {
    const refused = await student('PUT', '/api/notifications/preferences', {
      choices: { message: 'sometimes' },
      quietHours: true,
      quietWeekends: true,
    });
    expect(refused.status).toBe(400);
  });

  it('holds a mail of the evening until 07:00, Paris time, then sends it (a clock the test sets)', async () => {
    const { notificationPorts } = await import('#functions/messaging/adapters/notification-ports');
    let now = new Date('2031-05-13T19:30:00Z'); // Tuesday 21:30 in Paris
    const ports = { ...notificationPorts(), clock: { now: () => now } };
    const guardianId = school.demoAccounts.find(({ username }) => username === 'parent.demo')
      ?.personId as string;
    const draft = {
      ...bookingAnsweredDraft(
        { eventId: randomUUID(), occurredAt: now.toISOString() },
        { studentId: guardianId, status: 'refused', date: '2031-05-20', start: '10:00', end: '11:00' },
      ),
    };

    await notifyPeople(draft, ports);
    expect(await mailsTo('@example.fr', 'mardi 20 mai')).toHaveLength(0);
    expect((await guardian('GET', '/api/notifications/unread')).body).toEqual({ unread: 1 });

    now = new Date('2031-05-14T04:59:00Z'); // 06:59
    await releaseHeld(ports);
    expect(await mailsTo('@example.fr', 'mardi 20 mai')).toHaveLength(0);

    now = new Date('2031-05-14T05:00:00Z'); // 07:00
    await releaseHeld(ports);
    expect(await mailsTo('@example.fr', 'mardi 20 mai')).toHaveLength(1);
  });

  it('stops mailing an address SES reports as bouncing', async () => {
    const { handler } = await import('#functions/messaging/record-mail-feedback');
    await handler(
      {
        version: '0',
        id: randomUUID(),
        'detail-type': 'Email Bounced',
        source: 'aws.ses',
        account: '000000000000',
        time: new Date().toISOString(),
        region: 'eu-west-3',
        resources: [],
        detail: {
          eventType: 'Bounce',
          bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: email }] },
        },
      },
      { awsRequestId: 'test' } as never,
    );
    put(answer(randomUUID(), '2031-06-18'));
    await school.eventsDelivered();

    expect((await student('GET', '/api/notifications/unread')).body).toEqual({ unread: 1 });
    expect(await mailsTo(email, 'mercredi 18 juin')).toHaveLength(0);
  });
  it('asks a guardian to sign a liaison note: in their feed, from its author, once', async () => {
    const staff = await school.as('vie-scolaire.demo');
    const child = (await guardian('GET', '/api/me')).body.children[0].personId as string;
    const before = (await guardian('GET', '/api/notifications/unread')).body.unread as number;
    const posted = await staff('POST', '/api/liaison-notes', {
      title: 'Réunion parents-professeurs',
      text: 'Jeudi à 18 h, en salle 12.',
      kind: 'reunion',
      to: { kind: 'pupil', personId: child },
    });
    expect(posted.status).toBe(201);
    await school.eventsDelivered();

    const feed = (await guardian('GET', '/api/notifications')).body;
    expect(feed.unread).toBe(before + 1);
    // The feed is in the order of the events' times (the held mail's test ran in 2031).
    const notes = feed.items.filter((item: { kind: string }) => item.kind === 'liaison');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      kind: 'liaison',
      subject: 'liaison-posted',
      params: { title: 'Réunion parents-professeurs' },
      link: `/carnet/${posted.body.id}`,
      unread: true,
    });
    expect(school.deadLetters).toEqual([]);
  });
});
