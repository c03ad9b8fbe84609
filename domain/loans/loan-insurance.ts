import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { attachmentSchema } from '#domain/messaging/attachments';
import { looksLike } from '#domain/messaging/message-attachments';
import { ConflictError, NotFoundError, StaleVersionError, ValidationError } from '#domain/shared/errors';
import { idSchema } from '#domain/shared/input-types';
import type { Loan, LoanDocument } from './loan';
import type { LoanFormPorts } from './loans-ports';
import { loanForParty } from './read-loan-form';

/**
 * The insurance certificate of a loan: a PDF or a photo, 5 MB at most, uploaded by the borrower, a guardian or
 * staff through a signed form (S3 itself refuses another type or a larger file) to the loan's pending place in the
 * documents bucket; then recorded on the loan once it has arrived and its first bytes are of its type, and kept
 * under `loans/<loanId>/`. Staff, the borrower and their guardians download it through a short link.
 */
export const insuranceTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const maxInsuranceBytes = 5 * 1024 * 1024;

const uploadFields = {
  name: attachmentSchema.shape.name,
  contentType: z.enum(insuranceTypes, 'must be a PDF, a JPEG or a PNG'),
  size: z
    .int('must be a whole number')
    .check(z.gte(1, 'must not be empty'), z.lte(maxInsuranceBytes, 'must be at most 5 MB')),
};
export const insuranceUploadSchema = z.strictObject(uploadFields);
/** The upload to record, as declared, on the loan's version. */
export const insuranceRecordSchema = z.strictObject({
  ...uploadFields,
  id: idSchema,
  version: z.int('must be the version you read').check(z.gte(1, 'must be the version you read')),
});

const openStatuses: readonly Loan['status'][] = ['approved', 'signed', 'out'];

const openLoanForParty = async (loanId: string, actor: Actor, ports: LoanFormPorts) => {
  const party = await loanForParty(loanId, actor, ports);
  if (!openStatuses.includes(party.loan.status))
    throw new ConflictError('loan_closed', `Loan ${loanId} is ${party.loan.status}`);
  return party;
};

/** A signed form to upload the certificate, valid 15 minutes, for this one file. */
export const declareInsurance = async (
  loanId: string,
  input: z.output<typeof insuranceUploadSchema>,
  actor: Actor,
  ports: LoanFormPorts,
) => {
  await openLoanForParty(loanId, actor, ports);
  const document = { id: ports.newId(), ...input };
  return { document, upload: await ports.files.uploadForm(loanId, document) };
};

/**
 * Records an arrived upload as the loan's certificate: 409 `upload_missing` before it arrives, 400
 * `upload_mismatch` when it is not what was declared; on the loan's version.
 */
export const recordInsurance = async (
  loanId: string,
  input: z.output<typeof insuranceRecordSchema>,
  actor: Actor,
  ports: LoanFormPorts,
) => {
  const { loan } = await openLoanForParty(loanId, actor, ports);
  if (loan.version !== input.version) throw new StaleVersionError('loan', loanId, input.version);
  const file = await ports.files.uploaded(loanId, input.id);
  if (!file)
    throw new ConflictError('upload_missing', `The file ${input.name} has not arrived: upload it first`);
  if (
    file.size > Math.min(input.size, maxInsuranceBytes) ||
    file.contentType !== input.contentType ||
    !looksLike(input.contentType, file.head)
  )
    throw new ValidationError('id', `${input.name} differs from what was declared`, 'upload_mismatch');
  await ports.files.keep(loanId, input.id);
  const at = ports.clock.now().toISOString();
  const document: LoanDocument = {
    id: input.id,
    name: input.name,
    contentType: input.contentType,
    size: file.size,
    at,
    by: actor.personId,
  };
  const recorded: Loan = {
    ...loan,
    insuranceDocumentId: document.id,
    insuranceDocument: document,
    version: loan.version + 1,
    updatedAt: at,
  };
  await ports.loans.save(recorded, loan.version);
  return recorded;
};

/** A short link to the certificate, for staff, the borrower and their guardians. */
export const insuranceLink = async (loanId: string, actor: Actor, ports: LoanFormPorts) => {
  const { loan } = await loanForParty(loanId, actor, ports);
  if (!loan.insuranceDocument) throw new NotFoundError('insurance certificate', loanId);
  return {
    url: await ports.files.downloadUrl(loanId, loan.insuranceDocument),
    document: loan.insuranceDocument,
  };
};
