const maxLength = 40;

/** Letters that do not decompose into a base letter and an accent. */
const ligatures: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

const slugOf = (label: string) =>
  label
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => ligatures[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');

/**
 * The id of a field, made from its label as the API wants it ([a-z0-9-], 40 at most): « Mise en place » gives
 * `mise-en-place`. A number keeps it apart from the ids already taken in the form.
 */
export const fieldIdOf = (label: string, taken: readonly string[] = []) => {
  const base = slugOf(label) || 'champ';
  if (!taken.includes(base)) return base;
  for (let number = 2; ; number += 1) {
    const suffix = `-${number}`;
    const candidate = `${base.slice(0, maxLength - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.includes(candidate)) return candidate;
  }
};

export const isFieldId = (id: string) => /^[a-z0-9-]{1,40}$/.test(id);
