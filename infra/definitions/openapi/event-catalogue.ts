import { type $ZodType, toJSONSchema } from 'zod/v4/core';
import { eventCatalog } from '#events/catalog';
import { type EventContract, envelopeSchemaOf, metadataSchema } from '#events/envelope';

/** What travels on the bus: the output side of a schema, as the publisher wrote it. */
const eventJsonSchema = (schema: $ZodType) => {
  const { $schema: _dialect, ...json } = toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return json;
};

/**
 * The event catalogue for other tools: every event a school publishes on its bus, with its source, detail-type,
 * version and JSON Schemas (draft 2020-12) of its data and of the `{ metadata, data }` envelope it travels in
 * (EventBridge's `detail`).
 */
export const eventCatalogueDocument = () => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Préau events',
  description:
    "Events on a school's EventBridge bus: `source` and `detail-type` as below, `detail` the envelope " +
    '`{ metadata, data }`; a new version of an event is a new `version`, published beside the old one.',
  metadata: eventJsonSchema(metadataSchema),
  events: (eventCatalog as readonly EventContract<unknown>[]).map((contract) => ({
    source: contract.source,
    detailType: contract.detailType,
    version: contract.version,
    description: contract.description,
    dataSchema: eventJsonSchema(contract.dataSchema),
    envelopeSchema: eventJsonSchema(envelopeSchemaOf(contract)),
  })),
});
