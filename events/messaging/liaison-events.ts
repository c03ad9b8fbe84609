import * as z from 'zod/mini';
import { defineEvent } from '#events/envelope';

/** School life's events come from one source, the module's. */
export const liaisonSource = 'preau.messaging';

/** A note and, at most, 100 of the guardians it concerns: a larger audience is told in one event per 100. */
const noteToGuardiansSchema = z.strictObject({
  noteId: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  title: z.string(),
  guardianIds: z.array(z.string()).check(z.minLength(1), z.maxLength(100)),
});

export const liaisonNotePosted = defineEvent({
  source: liaisonSource,
  detailType: 'LiaisonNotePosted',
  version: '1',
  description:
    'A teacher or the school posted a note in the liaison book to these guardians (one event per 100), to sign.',
  dataSchema: noteToGuardiansSchema,
});

export const liaisonNoteReminded = defineEvent({
  source: liaisonSource,
  detailType: 'LiaisonNoteReminded',
  version: '1',
  description:
    'The author of a liaison note reminded the guardians who have not signed it yet (one event per 100).',
  dataSchema: noteToGuardiansSchema,
});
