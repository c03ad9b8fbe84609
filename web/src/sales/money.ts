const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const englishEuros = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });

/** An amount in cents as the reader writes it: « 1 234,50 € » in French. */
export const money = (cents: number, localeTag = 'fr-FR') =>
  (localeTag.startsWith('fr') ? euros : englishEuros).format(cents / 100);

/** Cents from what a person types: « 1 234,50 », « 45 », « 45.5 »; undefined when it is not an amount. */
export const centsOf = (typed: string): number | undefined => {
  const compact = typed.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d{1,2})?$/.test(compact)) return undefined;
  return Math.round(Number(compact) * 100);
};

/** Cents as a field shows them for editing: « 45,50 ». */
export const typedOf = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');
