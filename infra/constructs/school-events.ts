import { Duration } from 'aws-cdk-lib';
import { type EventPattern, type IEventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { type EventRule, eventRules } from '../../events/rules';
import { constructIdOf } from './construct-id';
import { deadLetterQueue } from './dead-letter-queue';

export interface SchoolEventsProps {
  bus: IEventBus;
  functionOf: (handler: string) => IFunction;
}

/** The L2 type only renames `detailType`; EventBridge receives the pattern of `events/rules.ts` as written. */
const asEventPattern = ({ 'detail-type': detailType, ...pattern }: EventRule['pattern']) =>
  ({ ...pattern, ...(detailType === undefined ? {} : { detailType }) }) as EventPattern;

/** One EventBridge rule per entry of `events/rules.ts`, each target with retries and a dead-letter queue. */
export class SchoolEvents extends Construct {
  constructor(scope: Construct, id: string, { bus, functionOf }: SchoolEventsProps) {
    super(scope, id);

    for (const eventRule of eventRules) {
      const ruleId = constructIdOf(eventRule.name);
      const deadLetters = deadLetterQueue(
        this,
        `${ruleId}DeadLetters`,
        `the target of rule ${eventRule.name}`,
      );

      new Rule(this, ruleId, {
        eventBus: bus,
        // Rule names are unique per bus, and each school has its own bus.
        ruleName: eventRule.name,
        description: eventRule.description,
        eventPattern: asEventPattern(eventRule.pattern),
        targets: [
          new LambdaFunction(functionOf(eventRule.target.handler), {
            deadLetterQueue: deadLetters,
            retryAttempts: 8,
            maxEventAge: Duration.hours(2),
          }),
        ],
      });
    }
  }
}
