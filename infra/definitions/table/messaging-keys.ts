import { keyPrefixes } from './key-prefixes';

/**
 * School life in the school table: messages, the liaison book, work groups and notifications.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 */
export const messagingKeyPrefixes = keyPrefixes('messaging', {
  partitions: [
    // messages
    // liaison book
    // work groups
    // notifications
  ],
});
