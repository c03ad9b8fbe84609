import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { feedKeysDirectory, feedSecretName } from '#infra/constructs/feed-keys';
import { loadRegistry } from './registry';

/**
 * `npm run feed-key -- <school>`: a new key pair for a school's feed links. The public key joins the school's
 * trusted key group at the next deployment and signs from then on; the private key goes to the school's secret,
 * never to git. Links signed by an older key keep working until its `.pem` is deleted and the stack deployed.
 */
const [schoolId] = process.argv.slice(2);
const school = loadRegistry().schools.find(({ id }) => id === schoolId);
if (!school) {
  console.error(`Usage: npm run feed-key -- <school id of infra/tenants/registry.json>`);
  process.exit(1);
}
const { privateKey, publicKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
mkdirSync(feedKeysDirectory(school.id), { recursive: true });
writeFileSync(join(feedKeysDirectory(school.id), `${stamp}.pem`), publicKey);
const privateDirectory = resolve(import.meta.dirname, '../../.feed-keys');
mkdirSync(privateDirectory, { recursive: true, mode: 0o700 });
const privateFile = join(privateDirectory, `${school.id}-${stamp}.pem`);
writeFileSync(privateFile, privateKey, { mode: 0o600 });
console.log(`Public key: infra/tenants/feed-keys/${school.id}/${stamp}.pem (commit it).`);
console.log(
  `Private key: ${privateFile} (git ignores it). Store it in the school's secret, then delete the file:`,
);
console.log(
  `  aws secretsmanager put-secret-value --secret-id ${feedSecretName(school.id)} --secret-string file://${privateFile}`,
);
console.log(
  `  (the first time: aws secretsmanager create-secret --name ${feedSecretName(school.id)} --secret-string …)`,
);
console.log(
  'Then deploy the school stack, and give people their links again (GET /api/feeds/{id} signs with the new key).',
);
