import {
  activationSchema,
  batchScopeSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
  signInSchema,
} from '#domain/identity/credentials-input';
import { apiModule, del, type FunctionNeeds, get, post, read } from './route';

const sessions: FunctionNeeds = { table: 'readWrite', identity: 'sessions' };
/** Guesses are counted per address too (`domain/identity/attempt-limits.ts`): these read the viewer's. */
const signingIn: FunctionNeeds = { ...sessions, viewerAddress: 'read' };
const settingPassword: FunctionNeeds = { table: 'readWrite', identity: 'accounts', viewerAddress: 'read' };

// biome-ignore format: one line a route, the index of the module
export const identityRoutes = apiModule('identity', 'Signing in and out, account activation and its letters, who is signed in', [
  post('/api/session', 'identity/sign-in', { access: 'public', needs: signingIn, body: signInSchema, summary: 'Signs in with a username and a password: an access token, and the session cookie' }),
  post('/api/session/refresh', 'identity/refresh-session', { access: 'public', needs: sessions, summary: 'A new access token for the session in the cookie' }),
  del('/api/session', 'identity/sign-out', { access: 'public', needs: sessions, answers: [204], summary: 'Signs out: the session is revoked and its cookie cleared' }),
  post('/api/session/forgot-password', 'identity/request-password-reset', { access: 'public', needs: settingPassword, body: forgotPasswordSchema, answers: [202], summary: 'Mails a code to reset the password to the account\'s e-mail address, if it has one; the same answer for any username' }),
  post('/api/session/reset-password', 'identity/reset-password', { access: 'public', needs: settingPassword, body: resetPasswordSchema, summary: 'Sets a new password with the code the mail gave (errors invalid_code, expired_code, password_rules)' }),
  post('/api/activation', 'identity/activate-account', { access: 'public', needs: settingPassword, body: activationSchema, summary: 'Uses a one-time activation code to create an account (or set a new password)' }),
  get('/api/me', 'identity/get-me', { needs: read, summary: 'Who is signed in: name, profiles, own children, own classes' }),
  // A whole school at the start of the year: some two thousand codes, and a letter per family.
  post('/api/activation-batches', 'identity/create-activation-batch', { service: 'letters', needs: { table: 'readWrite', documents: 'readWrite' }, body: batchScopeSchema, answers: [201], timeoutSeconds: 29, summary: 'Issues activation codes to a class, a level or everyone without an account: CSV and PDF letters' }),
  get('/api/activation-batches/{batchId}', 'identity/get-activation-batch', { service: 'letters', needs: { table: 'read', documents: 'read' }, summary: 'A batch of activation codes, with fresh links to its documents' }),
]);
