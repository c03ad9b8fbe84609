/** Environment variables a school's functions receive, in AWS (set by the CDK stack) and locally alike. */
export const functionEnvironment = {
  schoolId: 'SCHOOL_ID',
  schoolName: 'SCHOOL_NAME',
  schoolKind: 'SCHOOL_KIND',
  timeZone: 'SCHOOL_TIME_ZONE',
  locale: 'SCHOOL_LOCALE',
  /** The establishment's UAI, which the files it imports must name; unset for a school without one. */
  schoolUai: 'SCHOOL_UAI',
  /** The school's address and signatory as JSON, `{ address?, signatory? }`, for its letters; unset without. */
  schoolLetterhead: 'SCHOOL_LETTERHEAD',
  /** The school as a seller, JSON `{ legalStatus, seller }` (issue 18's invoices); unset for a school that sells nothing. */
  schoolSeller: 'SCHOOL_SELLER',
  tableName: 'TABLE_NAME',
  busName: 'BUS_NAME',
  documentsBucket: 'DOCUMENTS_BUCKET',
  siteBucket: 'SITE_BUCKET',
  userPoolId: 'USER_POOL_ID',
  userPoolClientId: 'USER_POOL_CLIENT_ID',
  /** The CloudFront public key that checks feed URLs, and where its private key is (a secret in AWS). */
  feedKeyPairId: 'FEED_KEY_PAIR_ID',
  feedSigningKeySecret: 'FEED_SIGNING_KEY_SECRET',
  /** Locally only: the private key itself, as the local platform made it. */
  feedSigningKey: 'FEED_SIGNING_KEY',
  /** Notifications: the address mails come from (the school's `mailFrom`, or the authority's), in the school's name. */
  mailFrom: 'MAIL_FROM',
  /** The SES configuration set whose event destination reports bounces and complaints; unset locally. */
  mailConfigurationSet: 'MAIL_CONFIGURATION_SET',
  /** The portal's address, for the links of mails. */
  portalUrl: 'PORTAL_URL',
  /** The secret holding the school's VAPID key pair for web push, as JSON `{ publicKey, privateKey }`. */
  pushKeysSecret: 'PUSH_KEYS_SECRET',
  /** Locally only: the VAPID key pair itself, as the local platform made it. */
  pushKeys: 'PUSH_KEYS',
  /**
   * The school's origin secret, which the distribution sends the API in `x-origin-verify`: the functions that count
   * attempts per address trust the viewer's address only beside it. In AWS a dynamic reference to a secret generated
   * at deploy (never in the template); locally a value the local server makes at each start.
   */
  originVerify: 'ORIGIN_VERIFY',
  /** The function's name (`api/places`) as the service of its log lines; unset locally, where one process runs all. */
  serviceName: 'POWERTOOLS_SERVICE_NAME',
} as const;

/** Physical names used by the local platform, where no CloudFormation generates them. */
export const localResourceNames = (schoolId: string) => ({
  table: `preau-${schoolId}`,
  bus: `preau-${schoolId}`,
  documentsBucket: `preau-${schoolId}-documents`,
  siteBucket: `preau-${schoolId}-site`,
  /** A work queue of the school (`infra/definitions/queues.ts`), by its name. */
  queue: (queueName: string) => `preau-${schoolId}-${queueName}`,
});

export interface SchoolIdentity {
  id: string;
  displayName: string;
  kind: string;
  timeZone: string;
  locale: string;
  uai?: string;
  address?: string[];
  signatory?: { name: string; title: string };
  legalStatus?: string;
  seller?: Record<string, unknown>;
}

export interface SchoolResourceNames {
  table: string;
  bus: string;
  documentsBucket: string;
  siteBucket: string;
}

/** The school's user pool and the client its web app signs in with. */
export interface SchoolIdentityNames {
  userPoolId: string;
  userPoolClientId: string;
}

/** Who the function serves: every function of a school gets these, in AWS and locally. */
export const schoolIdentityEnvironment = (school: SchoolIdentity) => ({
  [functionEnvironment.schoolId]: school.id,
  [functionEnvironment.schoolName]: school.displayName,
  [functionEnvironment.schoolKind]: school.kind,
  [functionEnvironment.timeZone]: school.timeZone,
  [functionEnvironment.locale]: school.locale,
  ...(school.uai !== undefined && { [functionEnvironment.schoolUai]: school.uai }),
  ...((school.address || school.signatory) && {
    [functionEnvironment.schoolLetterhead]: JSON.stringify({
      address: school.address,
      signatory: school.signatory,
    }),
  }),
  ...(school.legalStatus !== undefined &&
    school.seller !== undefined && {
      [functionEnvironment.schoolSeller]: JSON.stringify({
        legalStatus: school.legalStatus,
        seller: school.seller,
      }),
    }),
});

/**
 * Locally, one process serves all the functions of a school, so it holds every resource name. In AWS a function
 * gets only the names its needs declare (infra/constructs/bind.ts): test/infra/school-stacks.test.ts loads each
 * bundle with exactly its stack's variables, so a handler reading an undeclared name fails there.
 */
export const schoolFunctionEnvironment = (
  school: SchoolIdentity,
  names: SchoolResourceNames,
  identity: SchoolIdentityNames,
) => ({
  ...schoolIdentityEnvironment(school),
  [functionEnvironment.tableName]: names.table,
  [functionEnvironment.busName]: names.bus,
  [functionEnvironment.documentsBucket]: names.documentsBucket,
  [functionEnvironment.siteBucket]: names.siteBucket,
  [functionEnvironment.userPoolId]: identity.userPoolId,
  [functionEnvironment.userPoolClientId]: identity.userPoolClientId,
});
