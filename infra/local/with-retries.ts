/**
 * Calls `work` up to `attempts` times, waiting twice as long after each failure, as AWS retries an asynchronous
 * invocation or a stream batch. Resolves to undefined on success, or to the last error once every attempt failed.
 */
export const withRetries = async (work: () => Promise<void>, attempts: number, firstDelayMs: number) => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await work();
      return undefined;
    } catch (error) {
      if (attempt >= attempts) return error;
      await new Promise((resolve) => setTimeout(resolve, firstDelayMs * 2 ** (attempt - 1)));
    }
  }
};
