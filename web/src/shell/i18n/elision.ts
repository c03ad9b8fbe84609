/**
 * Whether French elides « de », « le », « que »… before a word: « d’Anaïs », « d’Hélène », « d’Yves », but « de Paul »,
 * « de Yasmine », « de 6e A ». A vowel (accented or not) elides; an h is taken as mute, as it is in nearly every
 * first name; a y elides before a consonant only. Messages select on it: `{nameElision, select, vowel {d’} other {de }}`.
 */
export type Elision = 'vowel' | 'consonant';

const vowels = /^[aeiouyœæ]/;

export const elisionOf = (word: string): Elision => {
  const letters = word
    .trim()
    .replace(/^[«"“‘'(\s\u00a0]+/, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  const [first, second = ''] = letters;
  if (first === 'y') return second && !vowels.test(second) ? 'vowel' : 'consonant';
  if (first === 'h') return 'vowel';
  return first !== undefined && vowels.test(first) ? 'vowel' : 'consonant';
};
