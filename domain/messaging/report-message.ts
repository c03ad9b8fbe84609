import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { authorize, type Relations } from '#domain/identity/authorize';
import type { Person } from '#domain/people/person';
import { ConflictError, NotFoundError } from '#domain/shared/errors';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import { text } from '#domain/shared/text-input';
import { newEvent, type OutgoingEvent } from '#events/envelope';
import { messageReported, messageWithdrawn } from '#events/messaging/message-events';
import type { Muting } from './admit-sender';
import { writerTies } from './check-recipients';
import type { Message, MessageHead } from './message';
import type { TiesPort } from './who-may-write';

export const reportInputSchema = z.strictObject({ reason: text(500) });

/** A recipient's report of a message, for the school's administrators. */
export interface MessageReport {
  messageId: string;
  conversationId: string;
  reportedBy: string;
  reason: string;
  at: string;
}

/** A report as the administrators' list shows it: with the message's content, its sender and its reporter. */
export interface ReportView extends MessageReport {
  reporterName: string;
  message?: Pick<MessageHead, 'subject' | 'text' | 'senderId' | 'senderName' | 'sentAt' | 'withdrawn'>;
  senderMuted: boolean;
}

export interface ReportStore {
  /** Stores the report and its event in one write, unless this person reported this message already: false then. */
  add(report: MessageReport, event: OutgoingEvent): Promise<boolean>;
  /** The latest reports, newest first: one query. */
  latest(limit: number): Promise<MessageReport[]>;
  /**
   * Marks the message withdrawn (one write on the message, which every inbox reads its head from) with its event,
   * unless it was withdrawn already: false then, and no second event.
   */
  withdraw(messageId: string, by: string, at: string, event: OutgoingEvent): Promise<boolean>;
}

export interface SafetyPorts {
  relations: Relations;
  ties: TiesPort;
  messages: { get(messageId: string): Promise<Message | undefined> };
  heads(messageIds: readonly string[]): Promise<MessageHead[]>;
  reports: ReportStore;
  people(personIds: readonly string[]): Promise<Person[]>;
  mutings(): Promise<Muting[]>;
  clock: Clock;
  newId: IdGenerator;
  school: { schoolId: string };
}

const eventContext = (ports: SafetyPorts, at: string) => ({
  schoolId: ports.school.schoolId,
  newId: ports.newId,
  occurredAt: at,
});

/**
 * A recipient reports a message to the school's administrators.
 * 1. The reporter is still of the school, and received the message (to anyone else it does not exist: 404).
 * 2. One report per person and message (409 `already_reported`), stored with `MessageReported` in one write.
 */
export const reportMessage = async (
  actor: Actor,
  messageId: string,
  input: z.infer<typeof reportInputSchema>,
  ports: SafetyPorts,
): Promise<MessageReport> => {
  await writerTies(actor, ports.ties);
  const message = await ports.messages.get(messageId);
  if (!message?.recipientIds.includes(actor.personId)) throw new NotFoundError('message', messageId);
  const at = ports.clock.now().toISOString();
  const report: MessageReport = {
    messageId,
    conversationId: message.conversationId,
    reportedBy: actor.personId,
    reason: input.reason,
    at,
  };
  const event = newEvent(
    messageReported,
    { messageId, reportedBy: actor.personId, reason: input.reason },
    eventContext(ports, at),
  );
  if (!(await ports.reports.add(report, event)))
    throw new ConflictError('already_reported', 'You have already reported this message');
  return report;
};

/** The reports, newest first, each with the message's content, for the administrators (`messaging:moderate`). */
export const listReports = async (actor: Actor, ports: SafetyPorts): Promise<ReportView[]> => {
  await authorize(actor, 'messaging:moderate', { kind: 'school' }, ports.relations);
  const reports = await ports.reports.latest(100);
  const messageIds = [...new Set(reports.map(({ messageId }) => messageId))];
  const [heads, reporters, mutings] = await Promise.all([
    messageIds.length > 0 ? ports.heads(messageIds) : [],
    ports.people([...new Set(reports.map(({ reportedBy }) => reportedBy))]),
    ports.mutings(),
  ]);
  const headOf = new Map(heads.map((head) => [head.id, head]));
  const nameOf = new Map(
    reporters.map((person) => [person.personId, `${person.firstName} ${person.lastName}`]),
  );
  const muted = new Set(mutings.map(({ personId }) => personId));
  return reports.map((report) => {
    const head = headOf.get(report.messageId);
    return {
      ...report,
      reporterName: nameOf.get(report.reportedBy) ?? '',
      ...(head && {
        message: {
          subject: head.subject,
          text: head.text,
          senderId: head.senderId,
          senderName: head.senderName,
          sentAt: head.sentAt,
          withdrawn: head.withdrawn === true,
        },
      }),
      senderMuted: head ? muted.has(head.senderId) : false,
    };
  });
};

/**
 * An administrator withdraws a message from every inbox: one write on the message, whose head every inbox and
 * conversation reads (they show « Message retiré par l’établissement » instead of its text), and `MessageWithdrawn`.
 * Withdrawing it again changes nothing.
 */
export const withdrawMessage = async (actor: Actor, messageId: string, ports: SafetyPorts) => {
  await authorize(actor, 'messaging:moderate', { kind: 'school' }, ports.relations);
  const [head] = await ports.heads([messageId]);
  if (!head) throw new NotFoundError('message', messageId);
  const at = ports.clock.now().toISOString();
  const event = newEvent(messageWithdrawn, { messageId }, eventContext(ports, at));
  await ports.reports.withdraw(messageId, actor.personId, at, event);
  return { messageId, withdrawn: true };
};
