import { decideDelivery } from './decide-delivery';
import { defaultPreferences, type Notification, type NotificationDraft } from './notification';
import type { NotificationPorts, OutgoingNotification } from './notification-ports';
import { mailOf, wordsOf } from './notification-words';

/** At most this many recipients are written at once: a chunk of 100 takes ten rounds of DynamoDB calls. */
const parallelWrites = 10;

const inRounds = async <T, R>(items: readonly T[], size: number, run: (item: T) => Promise<R>) => {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size)
    results.push(...(await Promise.all(items.slice(start, start + size).map(run))));
  return results;
};

/**
 * Notifies the recipients of an event (a chunk of at most 100, as events carry them):
 * 1. read their choices, in one batch;
 * 2. for each, add the notification to their feed with its unread count and what will leave by mail, in one
 *    transaction that holds only once per event and person (a retried or repeated event notifies nobody twice);
 * 3. send at once what is to go now; what quiet hours hold waits in the outgoing queue for the morning.
 */
export const notifyPeople = async (draft: NotificationDraft, ports: NotificationPorts) => {
  const { recipientIds, ...what } = draft;
  const personIds = [...new Set(recipientIds)];
  const preferences = await ports.store.preferencesOf(personIds);
  const now = ports.clock.now();
  const added = await inRounds(personIds, parallelWrites, async (personId) => {
    const notification: Notification = {
      ...what,
      // A link to « my week » names the person it is for.
      link: what.link.replace('{personId}', encodeURIComponent(personId)),
      personId,
      receivedAt: now.toISOString(),
    };
    const delivery = decideDelivery(
      notification,
      preferences.get(personId) ?? defaultPreferences,
      now,
      ports.school.timeZone,
    );
    const releaseAt =
      delivery.way === 'send' ? now.toISOString() : delivery.way === 'hold' ? delivery.until : undefined;
    const isNew = await ports.store.add(notification, {
      outgoing: releaseAt,
      digest: delivery.way === 'digest',
    });
    return isNew && delivery.way === 'send' ? { notification, releaseAt: now.toISOString() } : undefined;
  });
  const toSend = added.filter((entry): entry is OutgoingNotification => entry !== undefined);
  await sendOutgoing(toSend, ports);
  return { notified: added.filter(Boolean).length, recipients: personIds.length };
};

/**
 * Mails and pushes each entry to its person, then removes it from the queue. An address that bounced is not used;
 * a person without an address or a device has the feed only. A failure leaves the entry queued for the next run.
 */
export const sendOutgoing = async (entries: readonly OutgoingNotification[], ports: NotificationPorts) => {
  if (entries.length === 0) return;
  const personIds = [...new Set(entries.map((entry) => entry.notification.personId))];
  const [contacts, devices] = await Promise.all([
    ports.recipients.contactsOf(personIds),
    ports.push.of(personIds),
  ]);
  const emails = [...contacts.values()].flatMap((contact) => (contact.email ? [contact.email] : []));
  const bounced = await ports.bounced.bouncedAmong(emails);
  await inRounds(entries, parallelWrites, async (entry) => {
    const { personId } = entry.notification;
    const email = contacts.get(personId)?.email;
    if (email && !bounced.has(email.toLowerCase())) {
      await ports.mailer.send({ to: email, ...mailOf(entry.notification, ports.school) });
    }
    const { title, line } = wordsOf(entry.notification);
    const payload = JSON.stringify({ title, body: line, url: entry.notification.link });
    for (const subscription of devices.get(personId) ?? []) {
      const result = await ports.pushSender.send(subscription, payload);
      if (result === 'gone') await ports.push.remove(personId, subscription.endpoint);
    }
    await ports.outgoing.sent(entry);
  });
};

/** What quiet hours held, sent once their time has come (the morning schedule, at 07:00). */
export const releaseHeld = async (ports: NotificationPorts) => {
  const due = await ports.outgoing.due(ports.clock.now().toISOString());
  await sendOutgoing(due, ports);
  return { sent: due.length };
};
