import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { getSignedUrl } from '@aws-sdk/cloudfront-signer';
import type { FeedSigner } from '#domain/sharing/sharing-ports';
import { requireEnv } from '#functions/lib/env';
import { functionEnvironment } from '#infra/definitions/environment';
import { feedPath } from '#infra/definitions/school-buckets';

/**
 * Signs feed URLs with a canned policy, as CloudFront checks them against the school's trusted key group. The
 * private key is the school's secret in AWS (read once per instance); the local platform hands its own key.
 */
export const feedSigner = (): FeedSigner => {
  let privateKey: Promise<string> | undefined;
  return async (feedId, origin, expiresAt) => {
    privateKey ??= signingKey();
    return getSignedUrl({
      url: `${origin}/${feedPath(feedId)}`,
      keyPairId: requireEnv(functionEnvironment.feedKeyPairId),
      privateKey: await privateKey,
      dateLessThan: expiresAt,
    });
  };
};

const signingKey = async () => {
  const local = process.env[functionEnvironment.feedSigningKey];
  if (local) return local;
  const { SecretString } = await new SecretsManagerClient({}).send(
    new GetSecretValueCommand({ SecretId: requireEnv(functionEnvironment.feedSigningKeySecret) }),
  );
  if (!SecretString) throw new Error('The feed signing secret is empty');
  return SecretString;
};
