import * as z from 'zod/mini';

/** Text someone types: trimmed, not empty, and bounded, with the reasons the API gives back. */
export const text = (max: number) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'must not be empty'),
      z.maxLength(max, `must be at most ${max} characters`),
    );
