import { familyFeedIcs, familyFeedLabel, isItemFamily } from '#domain/loans/family-availability-ics';
import type { Activity } from '#domain/planning/activity';
import { NotFoundError } from '#domain/shared/errors';
import type { SharingPorts } from '#domain/sharing/sharing-ports';
import { batchGet } from '#functions/lib/batch-get';
import { requireEnv } from '#functions/lib/env';
import { log } from '#functions/lib/logger';
import { schoolFromEnvironment } from '#functions/lib/school-environment';
import { dynamoInventory } from '#functions/loans/adapters/dynamo-inventory';
import { dynamoLoans } from '#functions/loans/adapters/dynamo-loans';
import { directory } from '#functions/people/adapters/directory';
import { planningPorts } from '#functions/planning/adapters/planning-ports';
import { functionEnvironment } from '#infra/definitions/environment';
import { planningKeys } from '#infra/definitions/school-table';
import { dynamoFeeds } from './dynamo-feeds';
import { dynamoMiniSites } from './dynamo-mini-sites';
import { feedSigner } from './feed-signer';
import { s3SiteFiles } from './s3-site-files';

const tableName = requireEnv(functionEnvironment.tableName);
const school = schoolFromEnvironment();

/** The ports of the sharing handlers: the planning, the feeds and mini-sites, the site bucket, the signer. */
export const sharingPorts: SharingPorts = {
  planning: planningPorts,
  feeds: dynamoFeeds(tableName),
  sites: dynamoMiniSites(tableName),
  files: s3SiteFiles(requireEnv(functionEnvironment.siteBucket)),
  signFeed: feedSigner(),
  // L5: an instrument family's availability, from the loans' month marks.
  instrumentFamilies: {
    label: familyFeedLabel,
    async ics(family, calendarName) {
      if (!isItemFamily(family)) throw new NotFoundError('instrument-family', family);
      return familyFeedIcs(family, calendarName, {
        inventory: dynamoInventory(tableName),
        loans: dynamoLoans(tableName),
        clock: { now: () => new Date() },
        school: { schoolId: school.schoolId, name: school.name, timeZone: school.timeZone },
      });
    },
  },
  async activities(activityIds) {
    const items = await batchGet(tableName, activityIds.map(planningKeys.activity));
    return items.flatMap((item) => (item.activity ? [item.activity as Activity] : []));
  },
  school: { schoolId: school.schoolId, name: school.name, timeZone: school.timeZone, locale: school.locale },
  relations: directory,
  log: (level, message, detail) => log[level](message, detail),
};
