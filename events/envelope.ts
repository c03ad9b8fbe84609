import * as z from 'zod/mini';

/** Every event travels on the school's bus as `detail = { metadata, data }`. */
export const metadataSchema = z.strictObject({
  eventId: z.string().check(z.minLength(1)),
  version: z.string().check(z.regex(/^\d+$/)),
  schoolId: z.string().check(z.minLength(1)),
  occurredAt: z.iso.datetime({ offset: true }),
});

export type EventMetadata = z.infer<typeof metadataSchema>;

export interface EventContract<Data> {
  source: string;
  detailType: string;
  version: string;
  description: string;
  dataSchema: z.ZodMiniType<Data>;
}

export interface EventEnvelope<Data> {
  metadata: EventMetadata;
  data: Data;
}

/** An event ready to be put on a bus: what a publisher needs and nothing else. */
export interface OutgoingEvent {
  source: string;
  detailType: string;
  detail: EventEnvelope<unknown>;
}

export const defineEvent = <Data>(contract: EventContract<Data>) => contract;

export const envelopeSchemaOf = <Data>(contract: EventContract<Data>) =>
  z.strictObject({ metadata: metadataSchema, data: contract.dataSchema });

export const toOutgoingEvent = <Data>(
  contract: EventContract<Data>,
  metadata: Omit<EventMetadata, 'version'>,
  data: Data,
): OutgoingEvent => ({
  source: contract.source,
  detailType: contract.detailType,
  detail: { metadata: { ...metadata, version: contract.version }, data },
});
