import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createConversions, Service } from 'electrodb';
import { createActivityEntity } from './entities/activity.js';
import { createAssociationEntity } from './entities/association.js';
import { createCouncilMeetingEntity } from './entities/council-meeting.js';
import { createDistrictEntity } from './entities/district.js';
import { createDocumentRevisionEntity } from './entities/document-revision.js';
import { createOrganisationEntity } from './entities/organisation.js';
import { createPageEntity } from './entities/page.js';
import { createIdempotencyRecordEntity, createRateCounterEntity, createUniqueValueEntity } from './entities/register-guards.js';
import { createSupportResourceEntity } from './entities/support-resource.js';
import { createTrainingEntity } from './entities/training.js';

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

/** Every entity of the table, bound to one client and table. */
export function createDb(client: DynamoDBDocumentClient, table: string) {
  const config = { client, table };
  const entities = {
    supportResource: createSupportResourceEntity(config),
    organisation: createOrganisationEntity(config),
    councilMeeting: createCouncilMeetingEntity(config),
    training: createTrainingEntity(config),
    page: createPageEntity(config),
    district: createDistrictEntity(config),
    association: createAssociationEntity(config),
    activity: createActivityEntity(config),
    documentRevision: createDocumentRevisionEntity(config),
    uniqueValue: createUniqueValueEntity(config),
    idempotencyRecord: createIdempotencyRecordEntity(config),
    rateCounter: createRateCounterEntity(config),
  };
  // Conversions turn an item into the ElectroDB cursor of its position in an index (one per edge).
  const conversions = {
    supportResource: createConversions(entities.supportResource),
    organisation: createConversions(entities.organisation),
    councilMeeting: createConversions(entities.councilMeeting),
    training: createConversions(entities.training),
    association: createConversions(entities.association),
    activity: createConversions(entities.activity),
  };
  return { client, table, entities, conversions, service: new Service(entities, config) };
}

export type Db = ReturnType<typeof createDb>;
