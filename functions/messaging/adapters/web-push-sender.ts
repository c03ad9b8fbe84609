import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import webPush from 'web-push';
import type { PushSender } from '#domain/messaging/notification-ports';
import { requireEnv } from '#functions/lib/env';
import { functionEnvironment } from '#infra/definitions/environment';

export interface PushKeys {
  publicKey: string;
  privateKey: string;
}

let keys: Promise<PushKeys> | undefined;

/** The school's VAPID key pair: a secret in AWS (read once per instance), the local platform's own locally. */
export const pushKeys = () => {
  keys ??= (async () => {
    const local = process.env[functionEnvironment.pushKeys];
    if (local) return JSON.parse(local) as PushKeys;
    const { SecretString } = await new SecretsManagerClient({}).send(
      new GetSecretValueCommand({ SecretId: requireEnv(functionEnvironment.pushKeysSecret) }),
    );
    if (!SecretString) throw new Error('The push keys secret is empty');
    return JSON.parse(SecretString) as PushKeys;
  })();
  return keys;
};

/** Pushes through the browser's push service, signed with the school's VAPID keys; a push lives a day at most. */
export const webPushSender = (contact: string): PushSender => ({
  async send(subscription, payload) {
    const { publicKey, privateKey } = await pushKeys();
    try {
      await webPush.sendNotification({ endpoint: subscription.endpoint, keys: subscription.keys }, payload, {
        vapidDetails: { subject: `mailto:${contact}`, publicKey, privateKey },
        TTL: 86_400,
      });
      return 'sent';
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 404 || status === 410) return 'gone';
      throw error;
    }
  },
});
