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
import { createConversions, type Conversions, type Entity, type EntityConfiguration } from 'electrodb';
import { describedTypes, type DescribedType } from '../content-types/described.js';
import { createActivityEntity } from './entities/activity.js';
import { createAssociationEntity } from './entities/association.js';
import { createCalendarTokenEntity } from './entities/calendar-token.js';
import { createCouncilMeetingEntity } from './entities/council-meeting.js';
import { createDescribedEntity } from './entities/described.js';
import { createDepartmentEntity } from './entities/department.js';
import { createDistrictEntity } from './entities/district.js';
import { createDocumentKeyEntity } from './entities/document-key.js';
import { createDocumentRevisionEntity } from './entities/document-revision.js';
import { createOrganisationEntity } from './entities/organisation.js';
import {
  createIdempotencyRecordEntity,
  createRateCounterEntity,
  createUniqueValueEntity,
} from './entities/register-guards.js';
import { createRegisterDecisionEntity } from './entities/register-decision.js';
import { createNotificationEntity } from './entities/notification.js';
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
 * An object whose properties are built on first use. A Lambda instance answering one read needs one or two
 * of the entities; building an ElectroDB entity validates and parses its whole model, so the rest wait.
 */
function builtOnFirstUse<T extends Record<string, () => unknown>>(
  factories: T,
): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const built = new Map<string, unknown>();
  const target = {};
  for (const [name, factory] of Object.entries(factories)) {
    Object.defineProperty(target, name, {
      enumerable: true,
      get: () => {
        if (!built.has(name)) built.set(name, factory());
        return built.get(name);
      },
    });
  }
  return target as { readonly [K in keyof T]: ReturnType<T[K]> };
}

type ConversionsOf<E> = E extends Entity<infer A, infer F, infer C, infer S> ? Conversions<A, F, C, S> : never;

/** The entity of each described content type (content-types/described.ts), by its type's name. */
const describedEntityFactories = (config: EntityConfiguration) =>
  Object.fromEntries(
    describedTypes.map((description) => [description.type, () => createDescribedEntity(description, config)]),
  ) as {
    [Type in DescribedType['type']]: () => ReturnType<
      typeof createDescribedEntity<Extract<DescribedType, { type: Type }>>
    >;
  };

/** Every entity of the table: one line per entity file, and those of the described content types. */
const entityFactories = (config: EntityConfiguration) => ({
  ...describedEntityFactories(config),
  supportResource: () => createSupportResourceEntity(config),
  organisation: () => createOrganisationEntity(config),
  councilMeeting: () => createCouncilMeetingEntity(config),
  training: () => createTrainingEntity(config),
  district: () => createDistrictEntity(config),
  department: () => createDepartmentEntity(config),
  association: () => createAssociationEntity(config),
  activity: () => createActivityEntity(config),
  documentRevision: () => createDocumentRevisionEntity(config),
  documentKey: () => createDocumentKeyEntity(config),
  uniqueValue: () => createUniqueValueEntity(config),
  idempotencyRecord: () => createIdempotencyRecordEntity(config),
  rateCounter: () => createRateCounterEntity(config),
  registerDecision: () => createRegisterDecisionEntity(config),
  notification: () => createNotificationEntity(config),
  searchVersion: () => createSearchVersionEntity(config),
  searchIndexChunk: () => createSearchIndexChunkEntity(config),
  trainingRegistration: () => createTrainingRegistrationEntity(config),
  trainingRoll: () => createTrainingRollEntity(config),
  trainingRegistrant: () => createTrainingRegistrantEntity(config),
  calendarToken: () => createCalendarTokenEntity(config),
  webhookChange: () => createWebhookChangeEntity(config),
  webhookDelivery: () => createWebhookDeliveryEntity(config),
});

/** Every entity of the table, bound to one client and table. */
export function createDb(client: DynamoDBDocumentClient, table: string) {
  const config = { client, table };
  const entities = builtOnFirstUse(entityFactories(config));
  type EntityName = keyof typeof entities;

  // Conversions turn an item into the ElectroDB cursor of its position in an index (one per edge).
  const conversions = builtOnFirstUse(
    Object.fromEntries(
      Object.keys(entities).map((name) => [name, () => createConversions(entities[name as EntityName] as never)]),
    ) as {
      [Name in EntityName]: () => ConversionsOf<(typeof entities)[Name]>;
    },
  );
  return { client, table, entities, conversions };
}

export type Db = ReturnType<typeof createDb>;
