import { CfnOutput, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';

export const edgeShieldStackName = 'Preau-Edge-Shield';

/** Where the shield's ARN is kept (in us-east-1), and the CDK context key the school stacks read it from. */
export const edgeWebAclParameter = '/preau/edge/web-acl-arn';
export const edgeWebAclContextKey = 'preau:edgeWebAclArn';

/**
 * Sign-ins and activations a school's address may send in five minutes before the edge answers 429 itself: far
 * above what a whole school signs in at 8 o'clock behind one router, far below a flood. The real limits are the
 * school table's counters (`domain/identity/attempt-limits.ts`); this only keeps floods away from the functions.
 */
export const edgeShieldLimit = { requests: 3000, windowSeconds: 300 };

/** The public routes that check a secret or send a mail, counted by the shield. */
export const shieldedRoutes = [
  '/api/session',
  '/api/activation',
  '/api/session/forgot-password',
  '/api/session/reset-password',
];

const exactly = (field: CfnWebACL.FieldToMatchProperty, value: string): CfnWebACL.StatementProperty => ({
  byteMatchStatement: {
    fieldToMatch: field,
    positionalConstraint: 'EXACTLY',
    searchString: value,
    textTransformations: [{ priority: 0, type: 'NONE' }],
  },
});

/**
 * The authority's edge shield: one CloudFront web ACL that every school's distribution uses, hence in us-east-1
 * (WAF's CLOUDFRONT scope lives there). One web ACL for all schools bills one monthly fee, not one per school; its
 * rate-based rule counts each address for each school (the Host the viewer asked), so one school's crowd never
 * locks another school out.
 */
export class EdgeShieldStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, props: StackProps = {}) {
    super(scope, edgeShieldStackName, {
      description:
        "Préau: the authority's edge shield (WAF web ACL of the schools' CloudFront distributions)",
      ...props,
      env: { ...props.env, region: 'us-east-1' },
    });
    Tags.of(this).add('preau:scope', 'authority');

    const tooManyAttempts = 'too-many-attempts';
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: 'preau-edge-shield',
      // WAF takes only ASCII in a web ACL's description (CloudFormation's validator warns; the deployment fails).
      description: 'Preau: sign-in and activation attempts per address and school',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: {
        cloudWatchMetricsEnabled: true,
        sampledRequestsEnabled: true,
        metricName: 'preau-edge-shield',
      },
      // WAF prefixes custom headers with x-amzn-waf-, so the wait is said in the body, as the API says it.
      customResponseBodies: {
        [tooManyAttempts]: {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({
            error: {
              code: 'too_many_attempts',
              message: 'Too many attempts from this address: try again in 5 min',
              retryAfterSeconds: edgeShieldLimit.windowSeconds,
            },
          }),
        },
      },
      rules: [
        {
          name: 'sign-in-and-activation-per-address',
          priority: 0,
          action: {
            block: { customResponse: { responseCode: 429, customResponseBodyKey: tooManyAttempts } },
          },
          statement: {
            rateBasedStatement: {
              limit: edgeShieldLimit.requests,
              evaluationWindowSec: edgeShieldLimit.windowSeconds,
              aggregateKeyType: 'CUSTOM_KEYS',
              customKeys: [
                { ip: {} },
                { header: { name: 'host', textTransformations: [{ priority: 0, type: 'LOWERCASE' }] } },
              ],
              scopeDownStatement: {
                andStatement: {
                  statements: [
                    exactly({ method: {} }, 'POST'),
                    {
                      orStatement: {
                        statements: shieldedRoutes.map((path) => exactly({ uriPath: {} }, path)),
                      },
                    },
                  ],
                },
              },
            },
          },
          visibilityConfig: {
            cloudWatchMetricsEnabled: true,
            sampledRequestsEnabled: true,
            metricName: 'preau-sign-in-and-activation-per-address',
          },
        },
      ],
    });

    new StringParameter(this, 'WebAclArn', {
      parameterName: edgeWebAclParameter,
      description: "Préau: the web ACL of the schools' distributions",
      stringValue: this.webAcl.attrArn,
    });
    new CfnOutput(this, 'EdgeWebAclArn', {
      value: this.webAcl.attrArn,
      description: `Give it to the school stacks: npx cdk deploy … -c ${edgeWebAclContextKey}=<this ARN>`,
    });
  }
}

/** A CloudFront web ACL's ARN, as the school stacks accept it. */
export const isEdgeWebAclArn = (arn: string) =>
  /^arn:aws[\w-]*:wafv2:us-east-1:\d{12}:global\/webacl\/[\w-]+\/[\w-]+$/.test(arn);
