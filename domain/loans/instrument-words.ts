/**
 * How French names an instrument in a sentence: « le violoncelle 4/4 », « la flûte traversière », « l’alto ». A kind
 * is the school's free text, so its gender is read from its first noun: the feminine ones a conservatoire lends are
 * listed, every other noun is masculine (violon, alto, cor, saxophone, piano…). Messages select on both.
 */
const feminineNouns = new Set([
  'flute',
  'clarinette',
  'harpe',
  'guitare',
  'trompette',
  'contrebasse',
  'viole',
  'batterie',
  'timbale',
  'caisse',
  'cornemuse',
  'vielle',
  'mandoline',
  'cithare',
  'epinette',
  'sacqueboute',
  'bombarde',
  'chalemie',
  'musette',
  'trompe',
  'percussion',
  'enceinte',
  'table',
  'console',
  'camera',
]);

const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

export type InstrumentGender = 'feminine' | 'masculine';

export const genderOfKind = (kind: string): InstrumentGender => {
  const noun = folded(kind).split(/[\s/,-]+/)[0] ?? '';
  return feminineNouns.has(noun) ? 'feminine' : 'masculine';
};

/** Whether « le », « la » elide before the kind: a vowel or a mute h (« l’harmonium »). */
export const elisionOfKind = (kind: string): 'vowel' | 'consonant' =>
  /^[aeiouyh]/.test(folded(kind)) ? 'vowel' : 'consonant';

/** The kind as said inside a sentence: « Violoncelle 4/4 » → « violoncelle 4/4 » (a maker's capital kept after). */
export const kindInSentence = (kind: string) =>
  kind.trim().charAt(0).toLocaleLowerCase('fr') + kind.trim().slice(1);

/** « Le violoncelle 4/4 », « La flûte », « L’alto »: the article a sentence starts with, agreed and elided. */
export const withArticle = (kind: string) => {
  const article = elisionOfKind(kind) === 'vowel' ? 'L’' : genderOfKind(kind) === 'feminine' ? 'La ' : 'Le ';
  return `${article}${kindInSentence(kind)}`;
};
