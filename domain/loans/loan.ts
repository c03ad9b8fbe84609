/**
 * A loan of an instrument: asked for by a pupil, a guardian for their child or a teacher (an item, or « any viola
 * 4/4 »), decided by staff with the school's rules, held over its span plus buffer days through day marks guarded by
 * conditions (as the planning's resource-days), signed on screen, handed over, returned and checked.
 *
 * The moves between statuses are in `loanMoves`: nothing else changes a loan's status.
 */
import type { ItemCondition, ItemFamily } from './item-values';

export const loanStatuses = [
  /** Asked for; staff have not decided. */
  'requested',
  /** Nothing fits yet: on the waiting list of its family and kind, in priority order. */
  'waitlisted',
  /** Granted: the item is held over the span and its buffer days; the form is to be signed. */
  'approved',
  /** The form is signed by the borrower (or their guardian): ready to hand over. */
  'signed',
  /** Handed over: the item is « en prêt jusqu’au » the end date. */
  'out',
  /** Back, its condition checked. */
  'returned',
  'refused',
  'cancelled',
] as const;
export type LoanStatus = (typeof loanStatuses)[number];

/** Which status may follow which; one table, checked by `decide-loan.ts`. */
export const loanMoves: Record<LoanStatus, readonly LoanStatus[]> = {
  requested: ['approved', 'waitlisted', 'refused', 'cancelled'],
  waitlisted: ['approved', 'refused', 'cancelled'],
  approved: ['signed', 'cancelled'],
  signed: ['out', 'cancelled'],
  out: ['returned'],
  returned: [],
  refused: [],
  cancelled: [],
};

/** The statuses whose item is held in the day marks. */
export const holdingStatuses: readonly LoanStatus[] = ['approved', 'signed', 'out'];

/** A free loan is a prêt à usage (Code civil, art. 1875); with a fee it is a rental (louage, art. 1709). */
export type LoanKind = 'free' | 'rental';

export interface LoanSignature {
  /** Who signed: the borrower, or the guardian for a minor. */
  personId: string;
  role: 'borrower' | 'guardian';
  /** The name as typed on screen, and the drawn signature (a PNG data URL), kept with the contract. */
  typedName: string;
  drawing?: string;
  at: string;
}

export interface LoanReturn {
  at: string;
  by: string;
  condition: ItemCondition;
  notes?: string;
  /** The servicing ticket opened when the check found something. */
  servicingTicketId?: string;
}

/** A file of a loan in the documents bucket (the insurance certificate), as uploaded and checked. */
export interface LoanDocument {
  id: string;
  name: string;
  contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
  size: number;
  at: string;
  by: string;
}

/** The conditions from the best to the worst: a return worse than the hand-over suggests servicing. */
export const conditionsFromBest: readonly ItemCondition[] = ['new', 'good', 'fair', 'poor', 'out-of-order'];

/** Words in a return's notes that tell of damage (« rayure », « fissure », « cassé »…), without accents. */
const damageWords =
  /(rayur|raye|fissur|felur|fele|casse|cabos|bris|abim|decoll|dommag|fendu|tordu|manqu|scratch|crack|broken|dented|damage)/i;

/**
 * Whether a return suggests a servicing ticket: the condition worse than when the item went out, or notes telling
 * of damage. Staff decide (« Ouvrir une fiche d’entretien »); an item back out of order always goes to servicing.
 */
export const servicingSuggested = (before: ItemCondition, after: ItemCondition, notes = '') =>
  conditionsFromBest.indexOf(after) > conditionsFromBest.indexOf(before) ||
  damageWords.test(notes.normalize('NFD').replace(/\p{Diacritic}/gu, ''));

export interface LoanReminder {
  /** 1: the borrower; 2: their guardians; 3: staff. */
  step: 1 | 2 | 3;
  at: string;
}

/** L3: « je renouvelle » or « je rends », on a renewal the yearly campaign asked for. */
export interface RenewalAnswer {
  answer: 'renew' | 'return';
  by: string;
  at: string;
}

export interface Loan {
  loanId: string;
  /** In its own series, once approved: « P2026-0001 ». */
  number?: string;
  /** The person the item is lent to (a pupil or a teacher). */
  borrowerId: string;
  /** Who asked: the borrower, a guardian for their child, or staff for someone. */
  requestedBy: string;
  /** The item asked for or given; absent while « any » request waits for one. */
  itemId?: string;
  /** The family of the item asked for or given: the desk reads its availability. */
  family?: ItemFamily;
  /** The kind of the item asked for or given (« Violoncelle 4/4 »), for lists that read no item. */
  itemKind?: string;
  /** A pupil who never borrowed: first on the waiting list. */
  firstLoan?: boolean;
  /** What was asked for when any item of a kind would do. */
  wanted?: { family: ItemFamily; kind: string };
  /** Dates in the school's zone, inclusive: `YYYY-MM-DD`. */
  startDate: string;
  endDate: string;
  /** Days held before and after the span (transport, checking, servicing). */
  bufferDays: number;
  status: LoanStatus;
  kind: LoanKind;
  /** In euro cents. */
  feeCents?: number;
  depositCents?: number;
  /** The insurance certificate, uploaded to the documents bucket. */
  insuranceDocumentId?: string;
  /** A renewal continues this loan (the yearly campaign). */
  renews?: string;
  /** Why: the requester's words. */
  note?: string;
  decision?: { by: string; at: string; reason?: string };
  signature?: LoanSignature;
  handedOutAt?: string;
  returned?: LoanReturn;
  depositReturnedAt?: string;
  // L2 loan form
  /** The insurance certificate as uploaded (its id is `insuranceDocumentId`): name, type, size, who and when. */
  insuranceDocument?: LoanDocument;
  /** Who recorded the deposit's return. */
  depositReturnedBy?: string;
  reminders: LoanReminder[];
  /** L3: the borrower's (or a guardian's) answer to a renewal of the yearly campaign. */
  renewalAnswer?: RenewalAnswer;
  version: number;
  createdAt: string;
  updatedAt: string;
}
