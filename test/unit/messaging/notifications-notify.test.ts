import { describe, expect, it } from 'vitest';
import { recordMailFeedback } from '#domain/messaging/mail-feedback';
import { defaultPreferences, type Notification } from '#domain/messaging/notification';
import { groupDigests } from '#domain/messaging/notification-digest';
import {
  activityMovedDraft,
  bookingAnsweredDraft,
  formRequestChangedDraft,
  groupDocumentSharedDraft,
  liaisonNoteDraft,
  messageDeliveredDraft,
  peopleOfActivity,
} from '#domain/messaging/notification-drafts';
import { wordsOf } from '#domain/messaging/notification-words';
import { notifyPeople, releaseHeld } from '#domain/messaging/notify-people';
import { readFeed } from '#domain/messaging/read-notifications';
import { sendDigests } from '#domain/messaging/send-digests';
import { inMemoryNotifications } from '../../support/in-memory-notifications';

const contacts = {
  'student-1': { name: 'Léa Martin', email: 'lea@example.fr' },
  'student-2': { name: 'Hugo Petit', email: 'hugo@example.fr' },
};

const answered = (eventId: string, status: 'approved' | 'refused' = 'approved') =>
  bookingAnsweredDraft(
    { eventId, occurredAt: '2026-12-08T09:00:00Z' },
    { studentId: 'student-1', status, date: '2026-12-10', start: '14:00', end: '15:00' },
  );

describe('notifying the people an event concerns', () => {
  it('puts a booking answer in the student’s feed, counts it unread, and mails it in the day', async () => {
    const memory = inMemoryNotifications({ now: () => new Date('2026-12-08T09:00:01Z'), contacts });

    await notifyPeople(answered('event-1'), memory.ports);

    const feed = await readFeed('student-1', undefined, memory.ports.store);
    expect(feed.unread).toBe(1);
    expect(feed.items).toMatchObject([{ subject: 'booking-approved', link: '/reservations', unread: true }]);
    expect(memory.mails).toHaveLength(1);
    expect(memory.mails[0]).toMatchObject({ to: 'lea@example.fr', subject: 'Réservation acceptée' });
    expect(memory.mails[0]?.text).toContain('jeudi 10 décembre, 14:00–15:00, est acceptée');
    expect(memory.outgoing.size).toBe(0);
  });

  it('notifies each person once per event, however often and however concurrently the event comes', async () => {
    const memory = inMemoryNotifications({ now: () => new Date('2026-12-08T09:00:01Z'), contacts });

    await Promise.all(Array.from({ length: 8 }, () => notifyPeople(answered('event-1'), memory.ports)));
    await notifyPeople(answered('event-1'), memory.ports);

    expect((await readFeed('student-1', undefined, memory.ports.store)).items).toHaveLength(1);
    expect(memory.unread.get('student-1')?.count).toBe(1);
    expect(memory.mails).toHaveLength(1);
  });

  it('holds the mail of the evening until 07:00, and sends it then', async () => {
    let now = new Date('2026-12-08T20:30:00Z'); // 21:30 in Paris
    const memory = inMemoryNotifications({ now: () => now, contacts });

    await notifyPeople(answered('event-1'), memory.ports);
    expect(memory.mails).toHaveLength(0);
    expect(memory.unread.get('student-1')?.count).toBe(1);

    now = new Date('2026-12-09T05:59:00Z'); // 06:59
    await releaseHeld(memory.ports);
    expect(memory.mails).toHaveLength(0);

    now = new Date('2026-12-09T06:00:00Z'); // 07:00
    await releaseHeld(memory.ports);
    expect(memory.mails.map((mail) => mail.to)).toEqual(['lea@example.fr']);
    await releaseHeld(memory.ports);
    expect(memory.mails).toHaveLength(1);
  });

  it('mails nothing to an address that bounced, and nothing to one who chose « rien »', async () => {
    const memory = inMemoryNotifications({ now: () => new Date('2026-12-08T09:00:01Z'), contacts });
    await recordMailFeedback(
      {
        eventType: 'Bounce',
        bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'LEA@example.fr' }] },
      },
      '2026-12-08T08:00:00Z',
      memory.ports.bounced,
    );
    await notifyPeople(answered('event-1'), memory.ports);
    expect(memory.mails).toHaveLength(0);

    await memory.ports.store.savePreferences('student-2', {
      ...defaultPreferences,
      choices: { ...defaultPreferences.choices, request: 'none' },
    });
    await notifyPeople(
      formRequestChangedDraft(
        { eventId: 'event-2', occurredAt: '2026-12-08T09:00:00Z' },
        { requestId: 'r1', submitterId: 'student-2', state: 'done', change: 'state', byPersonId: 'staff-1' },
      ),
      memory.ports,
    );
    expect(memory.mails).toHaveLength(0);
    expect(memory.unread.get('student-2')?.count).toBe(1);
  });

  it('does not mark an address for a transient bounce', async () => {
    const memory = inMemoryNotifications({ now: () => new Date(), contacts });
    const marked = await recordMailFeedback(
      {
        eventType: 'Bounce',
        bounce: { bounceType: 'Transient', bouncedRecipients: [{ emailAddress: 'lea@example.fr' }] },
      },
      '2026-12-08T08:00:00Z',
      memory.ports.bounced,
    );
    expect(marked).toBe(0);
  });

  it('tells the people of a moved course, its class’s students too, at once when it is tomorrow', async () => {
    const now = new Date('2026-12-08T21:00:00Z'); // Tuesday 22:00: quiet
    const memory = inMemoryNotifications({ now: () => now, contacts });
    const data = {
      activityId: 'a1',
      title: 'Formation musicale',
      concerned: { personIds: ['teacher-1'], classIds: ['class-1'] },
      from: { date: '2026-12-09', start: '10:00' },
      to: { date: '2026-12-11', start: '10:00' },
    };
    const people = await peopleOfActivity(data, async () => ['student-1', 'student-2']);
    const draft = activityMovedDraft(
      { eventId: 'e', occurredAt: now.toISOString() },
      data,
      people,
      now,
      'Europe/Paris',
    );

    await notifyPeople(draft, memory.ports);

    expect(people).toEqual(['teacher-1', 'student-1', 'student-2']);
    expect(draft.urgent).toBe(true);
    expect(memory.mails.map((mail) => mail.to).sort()).toEqual(['hugo@example.fr', 'lea@example.fr']);
    expect(memory.feed.get(`student-1#${now.toISOString()}#e`)?.link).toBe(
      '/planning/semaine/person/student-1?date=2026-12-11',
    );
  });

  it('tells nobody of a change the submitter made themself', () => {
    const draft = formRequestChangedDraft(
      { eventId: 'e', occurredAt: '2026-12-08T09:00:00Z' },
      {
        requestId: 'r1',
        submitterId: 'student-2',
        state: 'submitted',
        change: 'comment',
        byPersonId: 'student-2',
      },
    );
    expect(draft.recipientIds).toEqual([]);
  });
});

describe('the daily digest', () => {
  const notification = (personId: string, kind: Notification['kind'], occurredAt: string): Notification => ({
    notificationId: `${personId}-${occurredAt}`,
    personId,
    kind,
    subject: kind === 'document' ? 'document-shared' : 'booking-approved',
    params: { name: 'Partition.pdf', groupName: 'Chorale', date: '2026-12-10', start: '14:00', end: '15:00' },
    link: '/',
    occurredAt,
    receivedAt: occurredAt,
    urgent: false,
  });

  it('groups what waits by person, then by kind in a fixed order, newest first', () => {
    const digests = groupDigests([
      notification('b', 'document', '2026-12-08T08:00:00Z'),
      notification('a', 'document', '2026-12-08T08:00:00Z'),
      notification('a', 'booking', '2026-12-08T09:00:00Z'),
      notification('a', 'document', '2026-12-08T10:00:00Z'),
    ]);
    expect(digests.map((digest) => [digest.personId, digest.count])).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
    expect(digests[0]?.sections.map((section) => section.kind)).toEqual(['booking', 'document']);
    expect(digests[0]?.sections[1]?.notifications.map((one) => one.occurredAt)).toEqual([
      '2026-12-08T10:00:00Z',
      '2026-12-08T08:00:00Z',
    ]);
  });

  it('is mailed once on a weekday afternoon and kept over a quiet weekend', async () => {
    let now = new Date('2026-12-12T16:00:00Z'); // Saturday 17:00
    const memory = inMemoryNotifications({ now: () => now, contacts });
    const shared = (eventId: string) => ({
      notificationId: eventId,
      occurredAt: '2026-12-12T10:00:00Z',
      kind: 'document' as const,
      subject: 'document-shared' as const,
      params: { name: 'Partition.pdf', groupName: 'Chorale' },
      link: '/groupes/g1',
      urgent: false,
      recipientIds: ['student-1'],
    });
    await notifyPeople(shared('e1'), memory.ports);
    await notifyPeople(shared('e2'), memory.ports);

    await sendDigests(memory.ports);
    expect(memory.mails).toHaveLength(0);

    now = new Date('2026-12-14T16:00:00Z'); // Monday 17:00
    await sendDigests(memory.ports);
    await sendDigests(memory.ports);
    expect(memory.mails).toHaveLength(1);
    expect(memory.mails[0]?.subject).toBe('Votre résumé du jour : 2 notifications');
    expect(memory.mails[0]?.text).toContain('« Partition.pdf » a été partagé dans le groupe Chorale.');
  });
});

describe('school life’s events', () => {
  const facts = { eventId: 'e1', occurredAt: '2026-12-08T09:00:00Z' };

  it('tell a message’s recipients, not its sender', () => {
    const draft = messageDeliveredDraft(facts, {
      conversationId: 'c1',
      senderId: 'teacher-1',
      senderName: 'Claire Dubois',
      subject: 'Sortie au musée',
      recipientIds: ['guardian-1', 'teacher-1', 'guardian-2'],
    });
    expect(draft).toMatchObject({
      kind: 'message',
      link: '/messagerie/c1',
      recipientIds: ['guardian-1', 'guardian-2'],
    });
    expect(wordsOf(draft).title).toBe('Nouveau message de Claire Dubois');
  });

  it('ask the guardians to sign a liaison note, and remind them', () => {
    const data = {
      noteId: 'n1',
      authorName: 'Claire Dubois',
      title: 'Sortie au musée',
      guardianIds: ['g1', 'g2'],
    };
    expect(liaisonNoteDraft(facts, data, false)).toMatchObject({
      kind: 'liaison',
      subject: 'liaison-posted',
      link: '/carnet/n1',
      recipientIds: ['g1', 'g2'],
    });
    expect(wordsOf(liaisonNoteDraft(facts, data, true)).line).toBe(
      'Claire Dubois vous rappelle de signer « Sortie au musée ».',
    );
  });

  it('tell a work group’s members of a document, not the one who shared it', () => {
    const draft = groupDocumentSharedDraft(facts, {
      groupId: 'g1',
      groupName: 'Chorale',
      name: 'Partition.pdf',
      sharedBy: 'p1',
      memberIds: ['p1', 'p2'],
    });
    expect(draft).toMatchObject({ kind: 'document', link: '/groupes/g1', recipientIds: ['p2'] });
  });
});
