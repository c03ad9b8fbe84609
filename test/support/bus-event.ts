import { randomUUID } from 'node:crypto';
import type { EventBridgeEvent } from 'aws-lambda';
import { type EventContract, newEvent } from '#events/envelope';

/** An event of a contract as EventBridge hands it to a rule's target, built the way publishers build it. */
export const busEventOf = <Data>(
  contract: EventContract<Data>,
  data: Data,
  schoolId: string,
): EventBridgeEvent<string, unknown> => {
  const { source, detailType, detail } = newEvent(contract, data, {
    schoolId,
    newId: randomUUID,
    occurredAt: new Date().toISOString(),
  });
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': detailType,
    source,
    account: '000000000000',
    time: new Date().toISOString(),
    region: 'eu-west-3',
    resources: [],
    detail,
  };
};
