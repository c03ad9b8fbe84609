import type { FanOutQueue } from '#domain/messaging/message-ports';
import { queueSender } from '#functions/lib/queue-sender';
import { messageFanOutQueue } from '#infra/definitions/bus/messaging';

/** Chunks of recipients on the school's fan-out queue (SQS; locally the platform's queue), read when first used. */
export const sqsFanOut = (): FanOutQueue => {
  let sender: ReturnType<typeof queueSender> | undefined;
  return {
    send: (chunks) => {
      sender ??= queueSender(messageFanOutQueue);
      return sender.send(chunks);
    },
  };
};
