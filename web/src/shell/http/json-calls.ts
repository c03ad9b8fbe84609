/** The signed-in calls an area's API functions are built on (see `createApi`). */
export type GetJson = <T>(path: string, signal?: AbortSignal) => Promise<T>;

/** A POST or PUT with a JSON body. */
export type SendJson = <T>(path: string, body: unknown) => Promise<T>;

export type DeleteJson = <T>(path: string) => Promise<T>;
