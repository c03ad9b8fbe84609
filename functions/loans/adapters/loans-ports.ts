import { randomUUID } from 'node:crypto';
import { defaultLoanRules } from '#domain/loans/loan-rules';
import type { CataloguePorts, LoanPorts, LoansPorts } from '#domain/loans/loans-ports';
import { requireEnv } from '#functions/lib/env';
import { schoolFromEnvironment } from '#functions/lib/school-environment';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoInventory } from './dynamo-inventory';
import { dynamoLoans } from './dynamo-loans';
import { s3CatalogueFiles } from './s3-catalogue-files';

const tableName = requireEnv(functionEnvironment.tableName);
const school = schoolFromEnvironment();
const clock = { now: () => new Date() };

/** The ports of the instruments' handlers: this school's table, its directory, clock and ids. */
export const loansPorts: LoansPorts = {
  inventory: dynamoInventory(tableName),
  relations: directory,
  clock,
  newId: randomUUID,
  school: { schoolId: school.schoolId, name: school.name, timeZone: school.timeZone },
};

/** The catalogues' ports: the inventory, and the site bucket they are written to (lazily: few handlers write it). */
export const cataloguePorts = (): CataloguePorts => ({
  inventory: loansPorts.inventory,
  files: s3CatalogueFiles(requireEnv(functionEnvironment.siteBucket)),
  clock,
  school: { name: school.name, timeZone: school.timeZone },
});

// L1 loans
/** The loans' ports: the inventory's, the loans and their marks, the directory, and the school's rules of lending. */
export const loanPorts: LoanPorts = {
  ...loansPorts,
  loans: dynamoLoans(tableName),
  directory,
  rules: defaultLoanRules,
};
