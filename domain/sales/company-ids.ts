/**
 * The French identifiers of a client: SIREN (9 digits) and SIRET (14 digits) carry a Luhn key; the
 * intra-community VAT number is FR + a 2-digit key + the SIREN, the key being (12 + 3 × (SIREN mod 97)) mod 97.
 * La Poste's establishments are the known exception to the Luhn key: their SIREN is 356000000 and their SIRETs
 * have digits that sum to a multiple of 5 instead.
 */

const laPosteSiren = '356000000';

/** The Luhn check: from the right, every second digit doubled (minus 9 above 9), the sum a multiple of 10. */
export const luhnValid = (digits: string) => {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
};

/** Spaces and dots people type between the groups of digits: 123 456 789, 123.456.789. */
export const compactId = (value: string) => value.replace(/[\s.\u00a0\u202f-]/g, '').toUpperCase();

export const isSiren = (value: string) =>
  /^\d{9}$/.test(value) && (value === laPosteSiren || luhnValid(value));

export const isSiret = (value: string) => {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith(laPosteSiren)) {
    const sum = [...value].reduce((total, digit) => total + Number(digit), 0);
    return sum % 5 === 0 || luhnValid(value);
  }
  return luhnValid(value);
};

/** The key of a French VAT number for a SIREN: two digits. */
export const vatKeyOf = (siren: string) => String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');

/** The French VAT number of a SIREN: FR + key + SIREN. */
export const vatNumberOf = (siren: string) => `FR${vatKeyOf(siren)}${siren}`;

/** Whether a French VAT number is well formed and its key matches its SIREN. */
export const isFrenchVatNumber = (value: string) => {
  const match = /^FR(\d{2})(\d{9})$/.exec(value);
  return match !== null && vatKeyOf(match[2] as string) === match[1];
};
