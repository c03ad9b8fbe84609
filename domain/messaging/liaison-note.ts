import * as z from 'zod/mini';
import { idSchema } from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';

/** What a note is about: an outing, equipment to bring, a meeting, information, or something else. */
export const liaisonKinds = ['sortie', 'materiel', 'reunion', 'information', 'autre'] as const;
export type LiaisonKind = (typeof liaisonKinds)[number];

/** Whose guardians a note goes to: one pupil's, a class's, or a whole level's. */
export type LiaisonTarget =
  | { kind: 'pupil'; personId: string }
  | { kind: 'class'; classId: string }
  | { kind: 'level'; level: string };

/** A level as classes name it (« 6e », « Cycle 1 »): `#` refused, as it separates the parts of the table's keys. */
const levelSchema = z.string('must be a level').check(
  z.minLength(1, 'must not be empty'),
  z.maxLength(64, 'must be at most 64 characters'),
  z.refine((level) => !level.includes('#'), 'must not hold #'),
);

export const liaisonTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('pupil'), personId: idSchema }),
  z.strictObject({ kind: z.literal('class'), classId: idSchema }),
  z.strictObject({ kind: z.literal('level'), level: levelSchema }),
]);

export const newLiaisonNoteSchema = z.strictObject({
  title: text(120),
  /** Plain text: the portal shows it as text and makes its links clickable, never HTML. */
  text: text(4000),
  kind: z.enum(liaisonKinds, `must be one of ${liaisonKinds.join(', ')}`),
  to: liaisonTargetSchema,
});
export type NewLiaisonNote = z.output<typeof newLiaisonNoteSchema>;

export const liaisonListQuerySchema = z.strictObject({
  /** `received`: a guardian's or a student's notes; `written`: the notes one wrote. */
  view: z._default(z.enum(['received', 'written'], 'must be received or written'), 'received'),
});

/** A note of the liaison book, as its author and the school keep it. */
export interface LiaisonNote {
  id: string;
  title: string;
  text: string;
  kind: LiaisonKind;
  to: LiaisonTarget;
  /** What the note is addressed to, as the page says it: « 6e A », « niveau 6e », a pupil's name. */
  toLabel: string;
  author: { personId: string; name: string };
  postedAt: string;
  /** The guardians it went to, and how many signed (a counter the signatures add to). */
  guardianCount: number;
  signedCount: number;
  /** The day (in the school's zone) of its last reminder: one a day at most. */
  remindedOn?: string;
}

/** A guardian's copy of a note: one per guardian, where their « Vu et signé » is held. */
export interface LiaisonCopy {
  noteId: string;
  guardianId: string;
  title: string;
  text: string;
  kind: LiaisonKind;
  toLabel: string;
  author: { personId: string; name: string };
  postedAt: string;
  signedAt?: string;
}

export const copyOf = (note: LiaisonNote, guardianId: string): LiaisonCopy => ({
  noteId: note.id,
  guardianId,
  title: note.title,
  text: note.text,
  kind: note.kind,
  toLabel: note.toLabel,
  author: note.author,
  postedAt: note.postedAt,
});

/** The guardians whose copies a request writes itself; beyond, the bus's fan-out writes them. */
export const copiesWrittenInRequest = 100;

/** The most guardian ids an event carries: a larger audience is announced in several events. */
export const guardiansPerEvent = 100;

export const chunksOf = <T>(items: readonly T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
};
