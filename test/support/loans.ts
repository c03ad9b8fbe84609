import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Loan } from '#domain/loans/loan';
import { loanRecord } from '#functions/loans/adapters/dynamo-loans';
import type { SchoolUnderTest } from './school-under-test';

/**
 * A loan written straight into the school's table, with its index attributes (by borrower, status and item), as
 * the loans' desk writes one: for the tests of what follows a loan (reminders, renewals) before the desk runs.
 */
export const putLoan = async (school: SchoolUnderTest, fields: Partial<Loan> & Pick<Loan, 'borrowerId'>) => {
  const at = new Date().toISOString();
  const loan: Loan = {
    loanId: randomUUID(),
    requestedBy: fields.borrowerId,
    startDate: '2025-09-01',
    endDate: '2026-06-30',
    bufferDays: 2,
    status: 'out',
    kind: 'free',
    reminders: [],
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
  await school.documents.send(new PutCommand({ TableName: school.tableName, Item: loanRecord(loan) }));
  return loan;
};
