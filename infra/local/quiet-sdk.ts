import { quietSdkOnNode20 } from './local-aws';

/**
 * Imported first by `npm start`, before any module that creates an SDK client as it loads (the functions' shared
 * clients, which the seed reaches): Lambda runs Node 22, this machine may run Node 20, on which the SDK warns.
 */
Object.assign(process.env, quietSdkOnNode20);
