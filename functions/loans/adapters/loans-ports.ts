import { randomUUID } from 'node:crypto';
import type { CataloguePorts, LoanFormPorts, LoansPorts } from '#domain/loans/loans-ports';
import { requireEnv } from '#functions/lib/env';
import { schoolFromEnvironment } from '#functions/lib/school-environment';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoInventory } from './dynamo-inventory';
import { dynamoLoanForm, loanFiles } from './dynamo-loan-form';
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

// L2 loan form
/** The loan form's ports: the loans, the inventory, the directory (birth dates, names), the documents bucket. */
export const loanFormPorts: LoanFormPorts = {
  loans: dynamoLoanForm(tableName),
  inventory: loansPorts.inventory,
  people: directory,
  relations: directory,
  files: loanFiles(),
  clock,
  newId: randomUUID,
  school: loansPorts.school,
};
