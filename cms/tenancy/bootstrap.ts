import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite';
import type { Payload } from 'payload';
import { SKIP_API_REGISTRY } from '../collections/municipalities.js';
import { defaultMunicipality, defaultMunicipalitySlug, MUNICIPALITIES, type MunicipalityRef } from './municipality.js';

/** The tables of the collections whose documents belong to a municipality, and whether they keep versions. */
export const tenantTables = [
  { table: 'support_resources', versions: true },
  { table: 'organisations', versions: true },
  { table: 'council_meetings', versions: true },
  { table: 'trainings', versions: true },
  { table: 'districts', versions: true },
  { table: 'departments', versions: true },
  { table: 'pages', versions: true },
  { table: 'situations', versions: true },
  { table: 'media', versions: false },
  { table: 'report_analyses', versions: false },
] as const;

/** A municipality's name from its slug, for the stage's default one created without a name (`botkyrka` → Botkyrka). */
const nameFromSlug = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' ');

/**
 * The deployment's default municipality, created when missing (Botkyrka unless VARNA_TENANT says otherwise): the
 * municipality of everything written before issue 32 and of every userless write. Not written to the API's registry:
 * the API serves its stage's default municipality without an item.
 */
export async function ensureDefaultMunicipality(payload: Payload): Promise<MunicipalityRef> {
  const found = await defaultMunicipality(payload);
  if (found) return found;
  const slug = defaultMunicipalitySlug();
  const created = await payload.create({
    collection: MUNICIPALITIES,
    data: { name: nameFromSlug(slug), slug, kind: 'municipality', default: true },
    overrideAccess: true,
    context: { [SKIP_API_REGISTRY]: true },
  });
  return { id: created.id, slug: created.slug };
}

/**
 * A local SQLite database from before issue 32 (it pushes its schema, so no migration backfills it): every document,
 * version and user without a municipality gets the default one, as the PostgreSQL migration does. Written beside
 * Payload's hooks: a document keeps its versions and is not synced again, since its read model already is the default
 * municipality's.
 */
export async function backfillLocalTenants(payload: Payload, municipality: MunicipalityRef): Promise<void> {
  const db = (payload.db as unknown as SQLiteAdapter).drizzle;
  const id = municipality.id;
  for (const { table, versions } of tenantTables) {
    await db.run(sql`UPDATE ${sql.identifier(table)} SET tenant_id = ${id} WHERE tenant_id IS NULL`);
    if (versions)
      await db.run(
        sql`UPDATE ${sql.identifier(`_${table}_v`)} SET version_tenant_id = ${id} WHERE version_tenant_id IS NULL`,
      );
  }
  await db.run(
    sql`INSERT INTO users_tenants (_order, _parent_id, id, tenant_id)
        SELECT 1, users.id, lower(hex(randomblob(12))), ${id} FROM users
        WHERE NOT EXISTS (SELECT 1 FROM users_tenants WHERE users_tenants._parent_id = users.id)`,
  );
}
