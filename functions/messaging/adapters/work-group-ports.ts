import { randomBytes, randomUUID } from 'node:crypto';
import type { WorkGroupPorts } from '#domain/messaging/group-ports';
import { requireEnv } from '#functions/lib/env';
import { schoolFromEnvironment } from '#functions/lib/school-environment';
import { directory } from '#functions/people/adapters/directory';
import { visibilityFor } from '#functions/planning/adapters/person-visibility-ports';
import { s3SiteFiles } from '#functions/sharing/adapters/s3-site-files';
import { functionEnvironment } from '#infra/definitions/environment';
import { attachmentFiles } from './attachment-files';
import { dynamoWorkGroups } from './dynamo-work-groups';

/** The work groups' ports, composed once: the school's table, its documents bucket, the directory. */
export const workGroupPorts: WorkGroupPorts = {
  groups: dynamoWorkGroups(requireEnv(functionEnvironment.tableName)),
  files: attachmentFiles('work-groups'),
  directory,
  visibility: visibilityFor,
  site: s3SiteFiles(requireEnv(functionEnvironment.siteBucket)),
  clock: { now: () => new Date() },
  newId: randomUUID,
  newToken: () => randomBytes(16).toString('base64url'),
  school: schoolFromEnvironment(),
};
