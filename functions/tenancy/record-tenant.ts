import type { DynamoDBRecord } from 'aws-lambda';
import { ElectroError } from 'electrodb';
import { slugPattern } from './request-tenant.js';

/** One access pattern's key conversions as ElectroDB offers them (`db.conversions.<entity>.byAccessPattern.<index>`). */
export interface KeyConversions<Composite> {
  fromKeys: { toComposite(keys: Record<string, string | number>): Composite };
  fromComposite: { toKeys(composite: Composite): Record<string, string | number> };
}

/**
 * The composite attributes (the municipality, and the id where the entity has one) of the item a stream record's
 * keys name, as ElectroDB parses the keys of the entity's table index; undefined when they name no such item of a
 * municipality: another entity's keys, keys that do not read back to the record's own (a tenant holding a `#`),
 * or a tenant that is no municipality's slug. A stream consumer serves the municipality of each record this way,
 * so a municipality created at run time is served without a redeploy.
 */
export function itemOfRecord<Composite extends { tenant: string }>(
  record: Pick<DynamoDBRecord, 'dynamodb'>,
  conversions: KeyConversions<Composite>,
): Composite | undefined {
  const pk = record.dynamodb?.Keys?.pk?.S;
  const sk = record.dynamodb?.Keys?.sk?.S;
  if (pk === undefined || sk === undefined) return undefined;
  let composite: Composite;
  try {
    composite = conversions.fromKeys.toComposite({ pk, sk });
  } catch (error) {
    // ElectroDB's "these are not this entity's keys".
    if (error instanceof ElectroError) return undefined;
    throw error;
  }
  if (typeof composite.tenant !== 'string' || !slugPattern.test(composite.tenant)) return undefined;
  const back = conversions.fromComposite.toKeys(composite);
  return back.pk === pk && back.sk === sk ? composite : undefined;
}
