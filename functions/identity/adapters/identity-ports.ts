import { functionEnvironment } from '../../../infra/definitions/environment';
import { requireEnv } from '../../lib/env';
import { cognitoAccounts } from './cognito-accounts';
import { cognitoSessions } from './cognito-sessions';

/** The school's user pool, as the identity handlers use it. */
export const sessions = () => cognitoSessions(requireEnv(functionEnvironment.userPoolClientId));
export const accounts = () => cognitoAccounts(requireEnv(functionEnvironment.userPoolId));
