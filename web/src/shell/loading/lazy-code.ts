/**
 * Code loaded on demand (a module's pages, behind a dynamic `import()`): fetched once, when first asked for, and
 * kept; a failed fetch (a phone losing the network) is forgotten, so that asking again fetches again.
 */
export interface Lazy<T> {
  /** Starts the fetch if it has not started; the same promise for every caller until it fails. */
  load: () => Promise<T>;
  /** What was fetched, once it is there: a page of a module already loaded shows at once, with no « loading ». */
  loaded: () => T | undefined;
}

export const lazy = <T>(fetch: () => Promise<T>): Lazy<T> => {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  return {
    load: () => {
      pending ??= fetch().then(
        (fetched) => {
          value = fetched;
          return fetched;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => value,
  };
};
