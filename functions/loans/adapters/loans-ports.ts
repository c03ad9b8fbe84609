import { randomUUID } from 'node:crypto';
import type { CataloguePorts, LoansPorts } from '#domain/loans/loans-ports';
import type { PhotoPorts } from '#domain/loans/photos';
import { requireEnv } from '#functions/lib/env';
import { schoolFromEnvironment } from '#functions/lib/school-environment';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoInventory } from './dynamo-inventory';
import { s3CatalogueFiles } from './s3-catalogue-files';
import { s3PhotoFiles } from './s3-photo-files';

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
  photos: s3PhotoFiles(requireEnv(functionEnvironment.documentsBucket)),
  clock,
  school: { name: school.name, timeZone: school.timeZone },
});

/** The photos' ports: the inventory's, and the documents bucket (lazily: only the photos' handlers read it). */
export const photoPorts = (): PhotoPorts => ({
  ...loansPorts,
  photos: s3PhotoFiles(requireEnv(functionEnvironment.documentsBucket)),
});
