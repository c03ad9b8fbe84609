import { createHash, randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import * as z from 'zod/mini';
import { calendarDateSchema } from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';

/**
 * The client's link to a sent quote: no account, an unguessable token (256 random bits) of which the table keeps
 * only the hash. The link opens the quote and its agreement while the quote is `sent` and not expired, and takes
 * one answer: the first accept or refuse holds (a conditional write), any later one is refused.
 */
export interface Offer {
  tokenHash: string;
  quoteId: string;
  /** The instant the link and the hold end: the end of the quote's validity (or of its hold, if earlier). */
  expiresAt: string;
  status: 'open' | 'answered';
  answer?: OfferAnswer;
  createdAt: string;
}

/** What the client said, when, and the name they typed as their signature. */
export interface OfferAnswer {
  decision: 'accepted' | 'refused';
  name: string;
  at: string;
  reason?: string;
}

export const newOfferToken = () => randomBytes(32).toString('base64url');
export const hashOfferToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The portal's public page of an offer: what the sales staff send the client. */
export const offerPath = (token: string) => `/devis/${token}`;

/** A token as a path parameter: what `newOfferToken` makes, nothing else reaches the table. */
export const offerTokenSchema = z
  .string('must be a link token')
  .check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'must be a link token'));

/**
 * Sending a quote: with `hold`, its slots are held in the planning as options until `holdUntil` (the validity
 * date by default, never after it).
 */
export const sendQuoteInputSchema = z.strictObject({
  hold: z.boolean('must be true or false'),
  holdUntil: z.optional(calendarDateSchema),
});
export type SendQuoteInput = z.infer<typeof sendQuoteInputSchema>;

/** The client's answer: the name they sign with, and for a refusal a reason if they give one. */
export const offerAnswerInputSchema = z.strictObject({
  name: text(120),
  reason: z.optional(text(1000)),
});
export type OfferAnswerInput = z.infer<typeof offerAnswerInputSchema>;

/** The end of a day in the school's zone, as an instant: a quote valid until the 20th is valid all that day. */
export const endOfDayInstant = (date: string, zone: string) =>
  DateTime.fromISO(date, { zone }).plus({ days: 1 }).toUTC().toISO() as string;
