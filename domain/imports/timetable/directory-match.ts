/** What a name written in a timetable designates in the directory: one thing, several, or nothing. */
export type DirectoryMatch<T> = { found: T } | { ambiguous: T[] } | { unknown: true };

/** An index of things by every key they may be written as; a key two things share is ambiguous. */
export const matcherOf = <T>(things: readonly T[], keysOf: (thing: T) => readonly string[]) => {
  const byKey = new Map<string, T[]>();
  for (const thing of things) {
    for (const key of new Set(keysOf(thing))) byKey.set(key, [...(byKey.get(key) ?? []), thing]);
  }
  return (key: string): DirectoryMatch<T> => {
    const [first, ...others] = byKey.get(key) ?? [];
    if (first === undefined) return { unknown: true };
    return others.length === 0 ? { found: first } : { ambiguous: [first, ...others] };
  };
};
