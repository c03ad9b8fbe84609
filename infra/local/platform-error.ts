/** A problem a newcomer can fix, said in one sentence: printed as is, without a stack trace. */
export class LocalPlatformError extends Error {}
