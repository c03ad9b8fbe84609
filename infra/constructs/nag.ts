import { Stack, Validations } from 'aws-cdk-lib';
// The very function cdk-nag uses to spell a finding, so an acknowledgement cannot drift from what it matches.
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference';
import type { IConstruct } from 'constructs';

/** Acknowledges a cdk-nag finding on a construct and everything under it; the reason lands in the cloud assembly. */
export const acknowledge = (scope: IConstruct, id: string, reason: string) =>
  Validations.of(scope).acknowledge({ id, reason });

/** The AwsSolutions-IAM5 finding of one wildcard resource, as cdk-nag spells it: `<TableLogicalId.Arn>/index/*`. */
export const wildcardResourceFinding = (scope: IConstruct, resource: string) =>
  `AwsSolutions-IAM5[Resource::${flattenCfnReference(Stack.of(scope).resolve(resource))}]`;

/** The AwsSolutions-IAM5 finding of one wildcard action, such as `s3:GetObject*`. */
export const wildcardActionFinding = (action: string) => `AwsSolutions-IAM5[Action::${action}]`;
