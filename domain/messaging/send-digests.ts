import { digestMayGo } from './decide-delivery';
import { defaultPreferences } from './notification';
import { groupDigests } from './notification-digest';
import type { NotificationPorts } from './notification-ports';
import { digestMailOf } from './notification-words';

/**
 * The daily digest: one mail per person gathering what they chose to read once a day, by kind. A person in their
 * quiet weekend gets theirs on Monday; an address that bounced gets nothing (the feed still shows all).
 */
export const sendDigests = async (ports: NotificationPorts) => {
  const now = ports.clock.now();
  const digests = groupDigests(await ports.outgoing.digestWaiting());
  const personIds = digests.map((digest) => digest.personId);
  const [preferences, contacts] = await Promise.all([
    ports.store.preferencesOf(personIds),
    ports.recipients.contactsOf(personIds),
  ]);
  const emails = [...contacts.values()].flatMap((contact) => (contact.email ? [contact.email] : []));
  const bounced = await ports.bounced.bouncedAmong(emails);
  let sent = 0;
  for (const digest of digests) {
    if (!digestMayGo(preferences.get(digest.personId) ?? defaultPreferences, now, ports.school.timeZone))
      continue;
    const email = contacts.get(digest.personId)?.email;
    if (email && !bounced.has(email.toLowerCase())) {
      await ports.mailer.send({ to: email, ...digestMailOf(digest, ports.school) });
      sent += 1;
    }
    await ports.outgoing.digestSent(digest.sections.flatMap((section) => section.notifications));
  }
  return { sent };
};
