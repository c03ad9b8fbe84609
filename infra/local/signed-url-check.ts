import { createPublicKey, verify } from 'node:crypto';

const signingParameters = ['Expires', 'Signature', 'Key-Pair-Id'];

/**
 * What CloudFront checks before serving a path of a trusted key group, with a canned policy: the key is one of the
 * group's, the signature is the key's over the policy of this very URL (RSA-SHA1), and it has not expired. A
 * tampered path, a changed expiry or a key removed from the group fails.
 */
export const signedUrlHolds = (
  url: URL,
  trustedKeys: ReadonlyMap<string, string>,
  now: number = Date.now(),
): boolean => {
  const expires = url.searchParams.get('Expires');
  const signature = url.searchParams.get('Signature');
  const publicKey = trustedKeys.get(url.searchParams.get('Key-Pair-Id') ?? '');
  if (!expires || !signature || !publicKey || !/^\d+$/.test(expires)) return false;
  if (Number(expires) * 1000 <= now) return false;
  const resource = new URL(url);
  for (const name of signingParameters) resource.searchParams.delete(name);
  const policy = JSON.stringify({
    Statement: [
      { Resource: resource.toString(), Condition: { DateLessThan: { 'AWS:EpochTime': Number(expires) } } },
    ],
  });
  const bytes = Buffer.from(
    signature.replaceAll('-', '+').replaceAll('_', '=').replaceAll('~', '/'),
    'base64',
  );
  try {
    return verify('RSA-SHA1', Buffer.from(policy), createPublicKey(publicKey), bytes);
  } catch {
    return false;
  }
};
