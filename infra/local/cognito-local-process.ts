import { resolve } from 'node:path';
import { loadConfig } from 'cognito-local/lib/server/config';
import { Router } from 'cognito-local/lib/server/Router';
import { createServer } from 'cognito-local/lib/server/server';
import { DateClock, LambdaService, MessagesService, TriggersService } from 'cognito-local/lib/services';
import { CognitoServiceFactoryImpl } from 'cognito-local/lib/services/cognitoService';
import { CryptoService } from 'cognito-local/lib/services/crypto';
import { StormDBDataStoreFactory } from 'cognito-local/lib/services/dataStore/stormDb';
import { MessageDeliveryService } from 'cognito-local/lib/services/messageDelivery/messageDelivery';
import { otp } from 'cognito-local/lib/services/otp';
import { JwtTokenGenerator } from 'cognito-local/lib/services/tokenGenerator';
import { UserPoolServiceFactoryImpl } from 'cognito-local/lib/services/userPoolService';
import pino from 'pino';
import { sesMessageSender } from './ses-message-sender';

/**
 * cognito-local as a child process of the local platform, built as its `createDefaultServer` builds it, with one
 * difference: its mails (the forgot-password code) go through the SES v2 API to the local mail catcher, as a pool
 * with an SES e-mail configuration sends them in AWS, instead of being printed. It keeps its pools under
 * PREAU_COGNITO_DIRECTORY; it, PORT, HOST and PREAU_MAIL_ENDPOINT come from the parent.
 */
const logger = pino({ level: 'warn' });
const ctx = { logger };
const configDirectory = resolve(process.env.PREAU_COGNITO_DIRECTORY ?? '.cognito');
const dataDirectory = resolve(configDirectory, 'db');

const config = await loadConfig(ctx, new StormDBDataStoreFactory(configDirectory));
const clock = new DateClock();
const dataStores = new StormDBDataStoreFactory(dataDirectory);
const cognito = await new CognitoServiceFactoryImpl(
  dataDirectory,
  dataStores,
  new UserPoolServiceFactoryImpl(clock, dataStores),
).create(ctx, config.UserPoolDefaults);
// No Lambda trigger is configured locally: the Lambda client is never called.
const triggers = new TriggersService(
  clock,
  cognito,
  new LambdaService(config.TriggerFunctions, {} as ConstructorParameters<typeof LambdaService>[1]),
  new CryptoService(config.KMSConfig),
);
const mailEndpoint = process.env.PREAU_MAIL_ENDPOINT;
if (!mailEndpoint) throw new Error('PREAU_MAIL_ENDPOINT is not set: the mail catcher’s URL');
const services = {
  clock,
  cognito,
  config,
  messages: new MessagesService(triggers, new MessageDeliveryService(sesMessageSender(mailEndpoint))),
  otp,
  tokenGenerator: new JwtTokenGenerator(clock, triggers, config.TokenConfig),
  triggers,
};
await createServer(
  Router(services),
  logger,
  {
    ...config.ServerConfig,
    port: Number(process.env.PORT),
    hostname: process.env.HOST ?? '127.0.0.1',
  },
  services,
).start();
