import { ValidationError } from '#domain/shared/errors';

/**
 * The password rules of every school's user pool. The CDK stack configures Cognito with them, the activation
 * checks them first (so a refusal names the rule rather than quoting Cognito), and the portal ticks them off as
 * the person types.
 */
export const passwordPolicy = {
  minLength: 12,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: true,
} as const;

/** Cognito's own list of the characters that count as symbols. */
const symbols = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]/;

const rules = {
  length: {
    test: (password: string) => password.length >= passwordPolicy.minLength,
    reason: `must have at least ${passwordPolicy.minLength} characters`,
  },
  upper: {
    test: (password: string) => /\p{Lu}/u.test(password),
    reason: 'must contain an upper-case letter',
  },
  lower: { test: (password: string) => /\p{Ll}/u.test(password), reason: 'must contain a lower-case letter' },
  digit: { test: (password: string) => /\d/.test(password), reason: 'must contain a digit' },
  symbol: {
    test: (password: string) => symbols.test(password),
    reason: 'must contain a symbol such as ! ? # or %',
  },
  edges: {
    test: (password: string) => password.trim() === password,
    reason: 'must not start or end with a space',
  },
} as const;

export type PasswordRule = keyof typeof rules;

export const passwordRules = Object.keys(rules) as PasswordRule[];

export const unmetPasswordRules = (password: string): PasswordRule[] =>
  passwordRules.filter((rule) => !rules[rule].test(password));

export const checkPassword = (password: string) => {
  const [unmet] = unmetPasswordRules(password);
  if (unmet) throw new ValidationError('password', rules[unmet].reason, 'weak_password');
};
