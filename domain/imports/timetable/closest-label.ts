import { keyOf, sortKeyOf } from '#domain/shared/text';

/**
 * The label nearest to what was written, to suggest when nothing matches: « 5eme C » → « 5e C ». Only labels a
 * few keystrokes away count (at most 2, or half the length of what was written), so a suggestion is plausible.
 */
export const closestLabel = (written: string, labels: readonly string[]): string | undefined => {
  const key = keyOf(written);
  const limit = Math.max(2, Math.floor(key.length / 2));
  const ranked = labels
    .map((label) => ({ label, distance: editDistance(key, keyOf(label)) }))
    .filter(({ distance }) => distance <= limit)
    .sort((a, b) => a.distance - b.distance || sortKeyOf(a.label).localeCompare(sortKeyOf(b.label)));
  return ranked[0]?.label;
};

/** Levenshtein distance: insertions, deletions and substitutions of one character. */
const editDistance = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
};
