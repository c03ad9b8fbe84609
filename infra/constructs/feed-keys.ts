import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations } from 'aws-cdk-lib';
import { KeyGroup, PublicKey } from 'aws-cdk-lib/aws-cloudfront';
import { type ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { Tenant } from '#infra/tenants/tenant';

/** Public keys of each school's feed links: `infra/tenants/feed-keys/<school>/<date>.pem`, the newest signs. */
export const feedKeysDirectory = (schoolId: string) =>
  join(import.meta.dirname, '../tenants/feed-keys', schoolId);

export const feedSecretName = (schoolId: string) => `preau/${schoolId}/feed-signing-key`;

export interface FeedPublicKey {
  name: string;
  pem: string;
}

/** A school's public keys, oldest first: the last one signs. */
export const feedPublicKeysOf = (schoolId: string): FeedPublicKey[] => {
  const directory = feedKeysDirectory(schoolId);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((file) => file.endsWith('.pem'))
    .sort()
    .map((file) => ({ name: file.replace(/\.pem$/, ''), pem: readFileSync(join(directory, file), 'utf8') }));
};

/**
 * The trusted key group of a school's feeds and the secret holding the private key of the newest public key.
 * Rotating: `npm run feed-key -- <school>` adds a key and prints how to store its private key; links signed by
 * an older key keep working until its file is deleted, which kills them.
 */
export class FeedKeys extends Construct {
  readonly keyGroup?: KeyGroup;
  readonly activeKey?: PublicKey;
  readonly secret: ISecret;

  constructor(
    scope: Construct,
    id: string,
    { school, publicKeys = feedPublicKeysOf(school.id) }: { school: Tenant; publicKeys?: FeedPublicKey[] },
  ) {
    super(scope, id);
    this.secret = Secret.fromSecretNameV2(this, 'SigningKey', feedSecretName(school.id));
    if (publicKeys.length === 0) {
      Annotations.of(this).addWarningV2(
        'preau:no-feed-key',
        `${school.id} has no feed signing key: calendar feeds are off until \`npm run feed-key -- ${school.id}\``,
      );
      return;
    }
    const keys = publicKeys.map(
      ({ name, pem }) =>
        new PublicKey(this, name, { encodedKey: pem, comment: `Preau ${school.id}: feed links (${name})` }),
    );
    this.activeKey = keys.at(-1);
    this.keyGroup = new KeyGroup(this, 'KeyGroup', {
      items: keys,
      comment: `Preau ${school.id}: feed links`,
    });
  }
}
