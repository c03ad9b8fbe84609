import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { Tenant } from '#infra/tenants/tenant';
import { acknowledge } from './nag';

/**
 * The school's origin secret: a random value Secrets Manager generates at the first deploy, which the distribution
 * adds to every request it sends the API (`x-origin-verify`) and the functions that count attempts per address
 * compare with theirs. Both get it as a dynamic reference, resolved by CloudFormation at deploy: the value is in
 * no template, no cloud assembly, no repository.
 */
export class OriginVerify extends Construct {
  /** `{{resolve:secretsmanager:…}}`: what the distribution's origin header and the functions' environment hold. */
  readonly value: string;

  constructor(scope: Construct, id: string, { school }: { school: Tenant }) {
    super(scope, id);
    const secret = new Secret(this, 'Secret', {
      description: `Préau ${school.id}: the value CloudFront sends the API, by which the API knows a request came through it`,
      // Letters and digits only: a header's value, compared whole.
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    this.value = secret.secretValue.unsafeUnwrap();
    acknowledge(
      secret,
      'AwsSolutions-SMG4',
      'No scheduled rotation: CloudFormation resolves the value into the distribution and the functions at deploy, so ' +
        'a rotation outside a deploy would part them. It guards no data: it only proves a request came through ' +
        'CloudFront, so that the viewer address CloudFront writes is trusted for the per-address attempt limits ' +
        '(without it they count the source address). Replaced by a deploy when needed (README, Deploy to AWS).',
    );
  }
}
