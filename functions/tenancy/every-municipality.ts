import type { Logger } from '@aws-lambda-powertools/logger';
import type { Db } from '../data/db.js';
import { DEFAULT_TENANT_NAME } from '../defaults.js';
import { listMunicipalities } from './registry.js';

/** A scheduled job that failed for some municipalities; the others were served. */
export class MunicipalitiesFailedError extends AggregateError {
  override name = 'MunicipalitiesFailedError';
  constructor(
    job: string,
    readonly failed: { tenant: string; error: unknown }[],
  ) {
    super(
      failed.map(({ error }) => error),
      `${job} failed for ${failed.map(({ tenant }) => tenant).join(', ')}`,
    );
  }
}

/**
 * Runs a scheduled job (a sweep, a retention or reminder run) for every municipality the deployment serves: the
 * stage's default, then the registry's (functions/tenancy/registry.ts), each once, read afresh at each run so that
 * a municipality created since is served. One at a time, so a run's load on the table stays that of one
 * municipality. A municipality whose job fails is logged and the others still run; the failures are thrown
 * together at the end, so that the schedule's failure shows (the Errors alarm, the dev server's log). A registry
 * that cannot be read fails the run too, after the default municipality's job.
 */
export async function forEveryMunicipality<Outcome>(
  context: { db: Db; defaultTenant: string; defaultName?: string; logger: Logger; job: string },
  /** The job for one municipality: its slug, and its name as residents read it (for what is written to them). */
  run: (tenant: string, name: string) => Promise<Outcome>,
): Promise<Map<string, Outcome>> {
  const { db, defaultTenant, logger, job } = context;
  const failed: { tenant: string; error: unknown }[] = [];
  const outcomes = new Map<string, Outcome>();
  const runFor = async (tenant: string, name: string) => {
    try {
      outcomes.set(tenant, await run(tenant, name));
    } catch (error) {
      // Any error: one municipality's broken data or outage must not keep the job from the others.
      logger.error(`${job} failed for a municipality`, { tenant, error: error as Error });
      failed.push({ tenant, error });
    }
  };
  await runFor(defaultTenant, context.defaultName ?? DEFAULT_TENANT_NAME);
  let others = new Map<string, string>();
  try {
    others = new Map((await listMunicipalities(db)).map((municipality) => [municipality.slug, municipality.name]));
  } catch (error) {
    logger.error(`${job}: the registry of municipalities could not be read`, { error: error as Error });
    failed.push({ tenant: '(registry)', error });
  }
  for (const [tenant, name] of others) if (tenant !== defaultTenant) await runFor(tenant, name);
  if (failed.length > 0) throw new MunicipalitiesFailedError(job, failed);
  return outcomes;
}

/** The numbers of every municipality's outcome added up (the schedule's one line of counts). */
export function totalOf<Outcome extends Record<string, number>>(
  outcomes: Map<string, Outcome>,
  zero: Outcome,
): Outcome {
  const total: Record<string, number> = { ...zero };
  for (const outcome of outcomes.values())
    for (const [name, count] of Object.entries(outcome)) total[name] = (total[name] ?? 0) + count;
  return total as Outcome;
}
