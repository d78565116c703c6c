import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { createConversions, type Conversions, type Entity, type EntityConfiguration, type Schema } from 'electrodb';
import { describedTypes, type DescribedType } from '../content-types/described.js';
import { createActivityEntity } from './entities/activity.js';
import { createAssociationEntity } from './entities/association.js';
import { createCalendarTokenEntity } from './entities/calendar-token.js';
import { createCouncilMeetingEntity } from './entities/council-meeting.js';
import { createDescribedEntity } from './entities/described.js';
import { createDepartmentEntity } from './entities/department.js';
import { createDistrictEntity } from './entities/district.js';
import { createDocumentKeyEntity } from './entities/document-key.js';
import { createDocumentPreviewEntity } from './entities/document-preview.js';
import { createDocumentRevisionEntity } from './entities/document-revision.js';
import { createOrganisationEntity } from './entities/organisation.js';
import {
  createIdempotencyRecordEntity,
  createRateCounterEntity,
  createUniqueValueEntity,
} from './entities/register-guards.js';
import { createRegisterDecisionEntity } from './entities/register-decision.js';
import { createNotificationEntity } from './entities/notification.js';
import { createMunicipalityEntity } from './entities/municipality.js';
import { createSearchIndexChunkEntity } from './entities/search-index-chunk.js';
import { createSearchVersionEntity } from './entities/search-version.js';
import { createSupportResourceEntity } from './entities/support-resource.js';
import { createTrainingEntity } from './entities/training.js';
import { createTrainingRegistrationEntity } from './entities/training-registration.js';
import { createTrainingRollEntity } from './entities/training-roll.js';
import { createTrainingRegistrantEntity } from './entities/training-registrant.js';
import { createWebhookChangeEntity } from './entities/webhook-change.js';
import { createWebhookDeliveryEntity } from './entities/webhook-delivery.js';
import { sdkForElectrodb } from './electrodb-sdk.js';

// What ElectroDB's client sends and reads (electrodb/src/client.js), for the bundles: see electrodb-sdk.ts.
Object.assign(sdkForElectrodb, {
  GetCommand,
  PutCommand,
  UpdateCommand,
  DeleteCommand,
  BatchWriteCommand,
  BatchGetCommand,
  ScanCommand,
  QueryCommand,
  TransactWriteCommand,
  TransactGetCommand,
  unmarshall,
});

export interface DynamoSettings {
  tableName: string;
  region: string;
  /** DynamoDB Local's address; unset in AWS. */
  endpoint?: string | undefined;
}

export function createDocumentClient(settings: DynamoSettings): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: settings.region,
    ...(settings.endpoint
      ? { endpoint: settings.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
    maxAttempts: 3,
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/**
 * One entity of the table and its conversions (an item → the ElectroDB cursor of its position in an index, one
 * per edge), each built on first use. A Lambda instance answering one read needs one or two of the entities;
 * building an ElectroDB entity validates and parses its whole model, so the rest wait. Typed per entity: there
 * createConversions infers the entity's own types, which it cannot from the union of every entity.
 */
function builtOnFirstUse<A extends string, F extends string, C extends string, S extends Schema<A, F, C>>(
  create: () => Entity<A, F, C, S>,
) {
  let entity: Entity<A, F, C, S> | undefined;
  let conversions: Conversions<A, F, C, S> | undefined;
  const built = () => (entity ??= create());
  return { entity: built, conversions: () => (conversions ??= createConversions(built())) };
}

type BuiltOnFirstUse<E> =
  E extends Entity<infer A, infer F, infer C, infer S>
    ? { entity: () => E; conversions: () => Conversions<A, F, C, S> }
    : never;

/** The entity of each described content type (content-types/described.ts), by its type's name. */
const describedEntities = (config: EntityConfiguration) =>
  Object.fromEntries(
    describedTypes.map((description) => [
      description.type,
      builtOnFirstUse(() => createDescribedEntity(description, config)),
    ]),
  ) as {
    [Type in DescribedType['type']]: BuiltOnFirstUse<
      ReturnType<typeof createDescribedEntity<Extract<DescribedType, { type: Type }>>>
    >;
  };

/** Every entity of the table: one line per entity file, and those of the described content types. */
const entityFactories = (config: EntityConfiguration) => ({
  ...describedEntities(config),
  supportResource: builtOnFirstUse(() => createSupportResourceEntity(config)),
  organisation: builtOnFirstUse(() => createOrganisationEntity(config)),
  councilMeeting: builtOnFirstUse(() => createCouncilMeetingEntity(config)),
  training: builtOnFirstUse(() => createTrainingEntity(config)),
  district: builtOnFirstUse(() => createDistrictEntity(config)),
  department: builtOnFirstUse(() => createDepartmentEntity(config)),
  association: builtOnFirstUse(() => createAssociationEntity(config)),
  activity: builtOnFirstUse(() => createActivityEntity(config)),
  documentRevision: builtOnFirstUse(() => createDocumentRevisionEntity(config)),
  documentKey: builtOnFirstUse(() => createDocumentKeyEntity(config)),
  documentPreview: builtOnFirstUse(() => createDocumentPreviewEntity(config)),
  uniqueValue: builtOnFirstUse(() => createUniqueValueEntity(config)),
  idempotencyRecord: builtOnFirstUse(() => createIdempotencyRecordEntity(config)),
  rateCounter: builtOnFirstUse(() => createRateCounterEntity(config)),
  registerDecision: builtOnFirstUse(() => createRegisterDecisionEntity(config)),
  notification: builtOnFirstUse(() => createNotificationEntity(config)),
  searchVersion: builtOnFirstUse(() => createSearchVersionEntity(config)),
  searchIndexChunk: builtOnFirstUse(() => createSearchIndexChunkEntity(config)),
  trainingRegistration: builtOnFirstUse(() => createTrainingRegistrationEntity(config)),
  trainingRoll: builtOnFirstUse(() => createTrainingRollEntity(config)),
  trainingRegistrant: builtOnFirstUse(() => createTrainingRegistrantEntity(config)),
  calendarToken: builtOnFirstUse(() => createCalendarTokenEntity(config)),
  webhookChange: builtOnFirstUse(() => createWebhookChangeEntity(config)),
  webhookDelivery: builtOnFirstUse(() => createWebhookDeliveryEntity(config)),
  municipality: builtOnFirstUse(() => createMunicipalityEntity(config)),
});

/** One part of every entry, by the entry's name: a getter, so that reading it builds that entry's part alone. */
function partOf<T extends Record<string, Record<P, () => unknown>>, P extends string>(
  entries: T,
  part: P,
): { readonly [K in keyof T]: ReturnType<T[K][P]> } {
  const target = {};
  for (const [name, entry] of Object.entries(entries)) {
    Object.defineProperty(target, name, { enumerable: true, get: entry[part] });
  }
  return target as { readonly [K in keyof T]: ReturnType<T[K][P]> };
}

/** Every entity of the table, bound to one client and table, with their conversions. */
export function createDb(client: DynamoDBDocumentClient, table: string) {
  const entries = entityFactories({ client, table });
  return { client, table, entities: partOf(entries, 'entity'), conversions: partOf(entries, 'conversions') };
}

export type Db = ReturnType<typeof createDb>;
