import { describe, expect, it } from 'vitest';
import type { Actor } from '#domain/identity/actor';
import { deliverChunk } from '#domain/messaging/deliver-messages';
import {
  type InboxEntry,
  type Message,
  messageExpiry,
  repliesToOf,
  searchTermsOf,
  searchWordsOf,
} from '#domain/messaging/message';
import type { MessagePorts } from '#domain/messaging/message-ports';
import { countUnread, readConversation, readInbox } from '#domain/messaging/read-messages';
import {
  chunksOf,
  FirstMessagePendingError,
  replyToConversation,
  sendMessage,
  startFanOut,
} from '#domain/messaging/send-message';
import { NotFoundError, RefusedError } from '#domain/shared/errors';
import type { OutgoingEvent } from '#events/envelope';
import { linkedParts } from '#web/src/messaging/linked-parts';
import { inMemoryAttachments } from '../../support/in-memory-attachments';

const actor = (personId: string, profiles: Actor['profiles'] = ['teacher']): Actor => ({
  personId,
  username: personId,
  firstName: personId,
  lastName: 'Test',
  profiles,
});

/**
 * Messages in memory, the outbox relayed and the fan-out queue delivered at once (unless `relay` is off: then the
 * test runs the fan-out's step itself): the use cases without DynamoDB, the bus or SQS.
 */
const inMemoryMessaging = (
  lists: Record<string, string[]>,
  refused: ReadonlySet<string> = new Set(),
  { relay = true } = {},
) => {
  const messages = new Map<string, Message>();
  const entries = new Map<string, InboxEntry & { words: string }>();
  const events: OutgoingEvent[] = [];
  const keyOf = (entry: Pick<InboxEntry, 'personId' | 'messageId'>) => `${entry.personId}|${entry.messageId}`;
  let ids = 0;
  let writes = 0;
  const ports: MessagePorts = {
    messages: {
      async add(message, senderCopy, added) {
        messages.set(message.id, message);
        entries.set(keyOf(senderCopy), { ...senderCopy, words: searchWordsOf(message) });
        events.push(...added);
        if (relay && added.some(({ detailType }) => detailType === 'MessageSent'))
          await startFanOut(message.id, ports);
      },
      get: async (id) => messages.get(id),
      head: async (id) => messages.get(id),
      ofConversation: async (id) => [...messages.values()].filter((message) => message.conversationId === id),
      async keepRecipients(id, recipientIds) {
        const message = messages.get(id);
        if (!message) return [];
        if (!message.pending) return message.recipientIds;
        const { pending, ...resolved } = message;
        messages.set(id, { ...resolved, recipientIds });
        return recipientIds;
      },
    },
    inbox: {
      async page(personId) {
        const mine = [...entries.values()].filter((entry) => entry.personId === personId);
        return { entries: mine.sort((a, b) => b.sentAt.localeCompare(a.sentAt)) };
      },
      async search(personId, terms) {
        const mine = [...entries.values()].filter(
          (entry) => entry.personId === personId && terms.every((term) => entry.words.includes(term)),
        );
        return { entries: mine };
      },
      heads: async (ids) => ids.flatMap((id) => messages.get(id) ?? []),
      entriesOf: async (personId, of) =>
        of.flatMap((message) => entries.get(keyOf({ personId, messageId: message.id })) ?? []),
      async markRead(read, at) {
        for (const entry of read) {
          const stored = entries.get(keyOf(entry));
          if (stored) stored.readAt = at;
        }
      },
      unreadCount: async (personId) =>
        [...entries.values()].filter((e) => e.personId === personId && e.box === 'received' && !e.readAt)
          .length,
      async deliver(delivered, words, event) {
        const missing = delivered.filter((entry) => !entries.has(keyOf(entry)));
        for (const entry of missing) entries.set(keyOf(entry), { ...entry, words });
        writes += missing.length;
        if (!events.some((one) => one.detail.metadata.eventId === event.detail.metadata.eventId))
          events.push(event);
        return { written: missing.length };
      },
    },
    fanOut: {
      async send(chunks) {
        for (const chunk of chunks) await deliverChunk(chunk, ports);
      },
    },
    recipients: {
      membersOf: async (audience) => lists[JSON.stringify(audience)] ?? [],
      labelOf: async (audience) => audience.kind,
    },
    rules: {
      decide: async (_writer, audience) =>
        refused.has(audience.kind)
          ? {
              allowed: false,
              reason: 'only staff',
              error: new RefusedError('staff_only_audience', 'only staff'),
            }
          : { allowed: true },
      options: async () => [],
    },
    sendingLimit: { take: async () => undefined },
    attachments: inMemoryAttachments().ports,
    retentionDays: async () => 30,
    clock: { now: () => new Date(Date.UTC(2026, 11, 7, 8, 0, ids)) },
    newId: () => `id-${++ids}`,
    deliveryEventId: (messageId, chunk) => `delivered-${messageId}-${chunk}`,
    school: { schoolId: 'demo', timeZone: 'Europe/Paris' },
  };
  return { ports, messages, entries, events, writes: () => writes };
};

const guardians = { kind: 'pupil-guardians', personId: 'pupil' } as const;

describe('sending a message', () => {
  it('resolves the lists when sent, leaves the sender out, and fills each inbox once', async () => {
    const memory = inMemoryMessaging({ [JSON.stringify(guardians)]: ['mum', 'dad', 'teacher'] });
    const sent = await sendMessage(
      { to: [guardians], subject: 'Sortie', text: 'Jeudi' },
      actor('teacher'),
      memory.ports,
    );
    expect(sent).toMatchObject({ recipientCount: null, repliesTo: 'all' });
    expect(memory.messages.get(sent.id)?.recipientIds).toEqual(['mum', 'dad']);
    expect(memory.messages.get(sent.id)?.pending).toBeUndefined();
    expect(memory.writes()).toBe(2);
    expect(memory.events.map(({ detailType }) => detailType)).toEqual(['MessageSent', 'MessageDelivered']);
  });

  it('refuses a list the writer may not write to, with its code, and stores nothing', async () => {
    const memory = inMemoryMessaging({ '{"kind":"school"}': ['a', 'b'] }, new Set(['school']));
    const sending = sendMessage(
      { to: [{ kind: 'school' }], subject: 'À tous', text: 'Bonjour' },
      actor('pupil', ['student']),
      memory.ports,
    );
    await expect(sending).rejects.toBeInstanceOf(RefusedError);
    await expect(sending).rejects.toMatchObject({ code: 'staff_only_audience' });
    expect(memory.messages.size).toBe(0);
    expect(memory.entries.size).toBe(0);
  });

  it('cuts 1,800 recipients in chunks of at most 100, one event each, and a chunk delivered again writes nothing', async () => {
    const everyone = Array.from({ length: 1800 }, (_, index) => `guardian-${index}`);
    const level = { kind: 'level-guardians', level: '6e' } as const;
    const memory = inMemoryMessaging({ [JSON.stringify(level)]: everyone });
    const sent = await sendMessage(
      { to: [level], subject: 'Rentrée', text: 'Bienvenue' },
      actor('staff', ['staff']),
      memory.ports,
    );
    expect(sent.repliesTo).toBe('sender');
    const chunks = chunksOf({ id: sent.id, recipientIds: everyone });
    expect(chunks).toHaveLength(18);
    expect(chunks.every(({ recipientIds }) => recipientIds.length <= 100)).toBe(true);
    expect(memory.writes()).toBe(1800);
    await deliverChunk(chunks[3] as (typeof chunks)[number], memory.ports);
    expect(memory.writes()).toBe(1800);
    expect(memory.events.filter(({ detailType }) => detailType === 'MessageDelivered')).toHaveLength(18);
  });
});

describe('the fan-out, from the message sent', () => {
  const level = { kind: 'level-guardians', level: '6e' } as const;

  it('accepts a message without resolving its lists: stored pending with its lists and one MessageSent', async () => {
    const memory = inMemoryMessaging({ [JSON.stringify(level)]: ['mum', 'dad'] }, new Set(), {
      relay: false,
    });
    let resolved = 0;
    const membersOf = memory.ports.recipients.membersOf;
    memory.ports.recipients.membersOf = async (audience) => {
      resolved += 1;
      return membersOf(audience);
    };
    const sent = await sendMessage(
      { to: [level], subject: 'Rentrée', text: 'Bienvenue' },
      actor('staff', ['staff']),
      memory.ports,
    );
    expect(resolved).toBe(0);
    expect(sent.recipientCount).toBeNull();
    expect(memory.messages.get(sent.id)).toMatchObject({
      pending: true,
      recipientIds: [],
      audiences: [{ audience: level, label: 'level-guardians' }],
    });
    expect(memory.events.map(({ detailType }) => detailType)).toEqual(['MessageSent']);
    // The sender's copy is there at once.
    expect((await readInbox(actor('staff', ['staff']), {}, memory.ports)).items).toHaveLength(1);
    const forSender = await readConversation(sent.id, actor('staff', ['staff']), memory.ports);
    expect(forSender.recipientCount).toBeNull();

    expect(await startFanOut(sent.id, memory.ports)).toEqual({ recipientCount: 2 });
    expect(resolved).toBe(1);
    expect((await readConversation(sent.id, actor('staff', ['staff']), memory.ports)).recipientCount).toBe(2);
  });

  it('keeps the list resolved first: run again after the list changed, it queues the same recipients', async () => {
    const lists = { [JSON.stringify(level)]: ['mum', 'dad'] };
    const memory = inMemoryMessaging(lists, new Set(), { relay: false });
    const sent = await sendMessage(
      { to: [level], subject: 'Rentrée', text: 'Bienvenue' },
      actor('staff', ['staff']),
      memory.ports,
    );
    await startFanOut(sent.id, memory.ports);
    lists[JSON.stringify(level)] = ['mum', 'dad', 'newcomer'];
    expect(await startFanOut(sent.id, memory.ports)).toEqual({ recipientCount: 2 });
    expect(memory.messages.get(sent.id)?.recipientIds).toEqual(['mum', 'dad']);
    expect(memory.writes()).toBe(2);
  });

  it('is tried again when the queue fails, and delivers each copy once', async () => {
    const memory = inMemoryMessaging({ [JSON.stringify(level)]: ['mum', 'dad'] }, new Set(), {
      relay: false,
    });
    const sent = await sendMessage(
      { to: [level], subject: 'Rentrée', text: 'Bienvenue' },
      actor('staff', ['staff']),
      memory.ports,
    );
    const send = memory.ports.fanOut.send;
    memory.ports.fanOut.send = async () => {
      memory.ports.fanOut.send = send;
      throw new Error('queue unavailable');
    };
    await expect(startFanOut(sent.id, memory.ports)).rejects.toThrow('queue unavailable');
    expect(memory.messages.get(sent.id)?.recipientIds).toEqual(['mum', 'dad']);
    await startFanOut(sent.id, memory.ports);
    expect(memory.writes()).toBe(2);
    expect(await countUnread(actor('dad', ['guardian']), memory.ports)).toEqual({ unread: 1 });
  });

  it("waits for its conversation's list before a reply of its sender fans out", async () => {
    const memory = inMemoryMessaging({ [JSON.stringify(guardians)]: ['mum', 'dad'] }, new Set(), {
      relay: false,
    });
    const sent = await sendMessage(
      { to: [guardians], subject: 'Sortie', text: 'Jeudi' },
      actor('teacher'),
      memory.ports,
    );
    const reply = await replyToConversation(sent.id, 'Et vendredi', actor('teacher'), memory.ports);
    expect(reply.recipientCount).toBeNull();
    await expect(startFanOut(reply.id, memory.ports)).rejects.toBeInstanceOf(FirstMessagePendingError);
    await startFanOut(sent.id, memory.ports);
    expect(await startFanOut(reply.id, memory.ports)).toEqual({ recipientCount: 2 });
    const again = await replyToConversation(sent.id, 'Merci', actor('mum', ['guardian']), memory.ports);
    expect(again.recipientCount).toBe(2);
  });
});

describe('replies and reading', () => {
  it('lets a recipient of a large list answer its sender only, which other recipients never see', async () => {
    const level = { kind: 'level-guardians', level: '6e' } as const;
    const memory = inMemoryMessaging({ [JSON.stringify(level)]: ['mum', 'dad', 'aunt'] });
    const sent = await sendMessage(
      { to: [level], subject: 'Rentrée', text: 'Bienvenue' },
      actor('staff', ['staff']),
      memory.ports,
    );
    await replyToConversation(sent.id, 'Merci !', actor('mum', ['guardian']), memory.ports);
    const forStaff = await readConversation(sent.id, actor('staff', ['staff']), memory.ports);
    expect(forStaff.messages.map(({ text }) => text)).toEqual(['Bienvenue', 'Merci !']);
    const forDad = await readConversation(sent.id, actor('dad', ['guardian']), memory.ports);
    expect(forDad.messages.map(({ text }) => text)).toEqual(['Bienvenue']);
    expect(forDad).toMatchObject({ replyReaches: 'sender' });
    expect(forDad.to).toBeUndefined();
  });

  it('hides a conversation from anyone outside it, reading or answering', async () => {
    const memory = inMemoryMessaging({ [JSON.stringify(guardians)]: ['mum'] });
    const sent = await sendMessage(
      { to: [guardians], subject: 'Mot', text: 'Privé' },
      actor('teacher'),
      memory.ports,
    );
    await expect(readConversation(sent.id, actor('stranger'), memory.ports)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      replyToConversation(sent.id, 'Moi ?', actor('stranger'), memory.ports),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('marks a conversation read as it opens, and finds messages by words, accents and case ignored', async () => {
    const memory = inMemoryMessaging({ [JSON.stringify(guardians)]: ['mum'] });
    const sent = await sendMessage(
      { to: [guardians], subject: 'Sortie au Musée', text: 'Rendez-vous à 9 h' },
      actor('teacher'),
      memory.ports,
    );
    const mum = actor('mum', ['guardian']);
    expect(await countUnread(mum, memory.ports)).toEqual({ unread: 1 });
    expect((await readInbox(mum, {}, memory.ports)).items).toMatchObject([
      { conversationId: sent.id, unread: true },
    ]);
    await readConversation(sent.id, mum, memory.ports);
    expect(await countUnread(mum, memory.ports)).toEqual({ unread: 0 });
    expect((await readInbox(mum, { q: 'MUSEE rendez' }, memory.ports)).items).toHaveLength(1);
    expect((await readInbox(mum, { q: 'piscine' }, memory.ports)).items).toHaveLength(0);
  });
});

describe('the rules of a message', () => {
  it('keeps replies to all within a class, to the sender beyond', () => {
    expect(repliesToOf([{ kind: 'class-guardians', classId: '6a' }])).toBe('all');
    expect(
      repliesToOf([
        { kind: 'class', classId: '6a' },
        { kind: 'class', classId: '6b' },
      ]),
    ).toBe('sender');
    expect(repliesToOf([{ kind: 'staff' }])).toBe('sender');
  });

  it('expires a message its retention after the end of its school year', () => {
    const expiry = messageExpiry(new Date('2026-12-07T08:00:00Z'), 'Europe/Paris', 30);
    expect(new Date(expiry * 1000).toISOString().slice(0, 10)).toBe('2027-09-30');
  });

  it('folds search terms as it folds the words of a message', () => {
    expect(searchTermsOf('  Élève  MUSÉE ')).toEqual(['eleve', 'musee']);
    expect(searchWordsOf({ subject: 'Œuvre', text: 'Été' })).toBe('oeuvre ete');
  });

  it('makes links of web addresses only, leaving any markup as text', () => {
    expect(linkedParts('Voir https://example.fr/a. <b>gras</b> javascript:alert(1)')).toEqual([
      'Voir ',
      { href: 'https://example.fr/a' },
      '. <b>gras</b> javascript:alert(1)',
    ]);
  });
});
