/** A problem a newcomer can fix, said in one sentence: printed as is, without a stack trace. */
export class LocalPlatformError extends Error {}

/**
 * How long an emulator may take to answer after its process started. The process's exit is what says it failed;
 * this only bounds a hang, and is wide because a JVM starting beside a test run on a busy 2-core machine is slow.
 */
export const startupLimitMs = 120_000;
