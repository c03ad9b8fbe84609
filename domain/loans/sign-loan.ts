import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import {
  AccessDeniedError,
  ConflictError,
  NotFoundError,
  RefusedError,
  StaleVersionError,
  ValidationError,
} from '#domain/shared/errors';
import { text } from '#domain/shared/text-input';
import type { Loan } from './loan';
import { insuranceRequired } from './loan-contract';
import type { LoanFormPorts } from './loans-ports';
import { isMinor, itemOfLoan, loanForParty } from './read-loan-form';

/** A drawn signature is a small PNG: 150 KB at most once decoded (a phone's canvas, scaled, weighs 10 to 40). */
export const maxSignatureBytes = 150 * 1024;
const pngPrefix = 'data:image/png;base64,';
const pngMagic = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export const signatureInputSchema = z.strictObject({
  /** The signer's name as they type it: required, the drawing is not (a keyboard-only signer types only). */
  typedName: text(120),
  drawing: z.optional(
    z
      .string()
      .check(
        z.maxLength(pngPrefix.length + Math.ceil((maxSignatureBytes * 4) / 3) + 4, 'must be at most 150 KB'),
      ),
  ),
  version: z.int('must be the version you read').check(z.gte(1, 'must be the version you read')),
});
export type SignatureInput = z.output<typeof signatureInputSchema>;

/** The drawing must be a PNG data URL whose bytes are a PNG's. */
const decoded = (base64: string) => {
  try {
    return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
};
const checkDrawing = (drawing: string) => {
  const bytes = drawing.startsWith(pngPrefix) ? decoded(drawing.slice(pngPrefix.length)) : undefined;
  if (!bytes || bytes.length > maxSignatureBytes || !pngMagic.every((byte, index) => bytes[index] === byte))
    throw new ValidationError(
      'drawing',
      'must be a PNG image (data:image/png;base64,…)',
      'signature_not_png',
    );
};

/**
 * The borrower signs their loan's form on screen, or a guardian does for a minor; the time is recorded.
 * 1. who: the borrower when of age (18 by the directory's birth date, in the school's zone), a guardian of the
 *    borrower when not (403 `minor_signs_through_guardian`, `adult_signs_own_form`); a stranger's loan is 404;
 * 2. the loan is approved (409 `loan_not_signable`) and at the version read (412);
 * 3. the insurance certificate is there when the rules need it (409 `insurance_required`: a rental, an item worth
 *    €1,000 or more);
 * 4. the signature (typed name, drawing) and the move to `signed`, on condition of the version.
 */
export const signLoan = async (loanId: string, input: SignatureInput, actor: Actor, ports: LoanFormPorts) => {
  const { loan, keeper } = await loanForParty(loanId, actor, ports);
  if (keeper && actor.personId !== loan.borrowerId) {
    // Staff read every form; signing is the borrower's or their guardian's.
    await authorize(
      actor,
      'loans:sign',
      { kind: 'person', personId: loan.borrowerId },
      ports.relations,
    ).catch(() => {
      throw new AccessDeniedError(actor.personId, 'loans:sign', `loan ${loanId}`, false);
    });
  }
  if (input.drawing) checkDrawing(input.drawing);
  const borrower = await ports.people.person(loan.borrowerId);
  if (!borrower) throw new NotFoundError('person', loan.borrowerId);
  const now = ports.clock.now();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ports.school.timeZone }).format(now);
  const minor = isMinor(borrower, today);
  const role = actor.personId === loan.borrowerId ? 'borrower' : 'guardian';
  if (minor && role === 'borrower')
    throw new RefusedError('minor_signs_through_guardian', 'A minor’s form is signed by a guardian');
  if (!minor && role === 'guardian')
    throw new RefusedError('adult_signs_own_form', 'An adult borrower signs their own form');
  if (loan.status !== 'approved')
    throw new ConflictError(
      'loan_not_signable',
      `Loan ${loanId} is ${loan.status}: only an approved loan is signed`,
    );
  if (loan.version !== input.version) throw new StaleVersionError('loan', loanId, input.version);
  const item = await itemOfLoan(loan, ports);
  if (insuranceRequired(loan, item) && !loan.insuranceDocumentId)
    throw new ConflictError('insurance_required', 'Upload the insurance certificate before signing');
  const at = now.toISOString();
  const signed: Loan = {
    ...loan,
    status: 'signed',
    signature: {
      personId: actor.personId,
      role,
      typedName: input.typedName,
      ...(input.drawing && { drawing: input.drawing }),
      at,
    },
    version: loan.version + 1,
    updatedAt: at,
  };
  await ports.loans.save(signed, loan.version);
  return signed;
};
