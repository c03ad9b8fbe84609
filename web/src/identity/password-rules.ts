/**
 * The password rules of the school's user pool, from the domain (the API checks them again): ticked off here as
 * the person types, so that a refusal is explained before the form is sent.
 */
export {
  type PasswordRule,
  passwordRules,
  unmetPasswordRules as unmetRules,
} from '#domain/identity/password-policy';
