import { attendeeOf } from '../../functions/data/entities/training-roll.js';
import { apiGatewayEvent, lambdaContext } from '../../functions/local/api-gateway-event.js';
import { expectedItems } from '../../functions/read-model/publish.js';
import { personOf } from '../../functions/training/context.js';
import { contractOperation } from '../support/contract.js';
import { benchTable, type TableBenchOptions } from './bench-table.js';

const day = 24 * 60 * 60 * 1000;
const departments = [
  'utbildning',
  'social',
  'kultur-fritid',
  'samhallsbyggnad',
  'vard-omsorg',
  'arbetsmarknad',
  'kommunledning',
  'teknik',
  'miljo',
  'ekonomi',
];
const districts = ['alby', 'fittja', 'hallunda-norsborg', 'tullinge', 'tumba', 'varsta'];
const targetGroups = ['CHILDREN', 'YOUTH', 'YOUNG_ADULTS', 'ADULTS', 'PARENTS', 'SENIORS', 'EVERYONE'];
const audiences = ['FIRST_LINE_STAFF', 'SPECIALISTS', 'MANAGERS', 'ALL_STAFF'] as const;

/**
 * A year of Botkyrka's prevention work in one table — `registrations` training registrations (25 per
 * training, four in five attended), `activities` published activities, the council's meetings, support
 * resources and approved associations — and the coordinator's PreventionReport for that year through the
 * handler: its time and the DynamoDB calls it makes, by operation.
 */
export async function measurePreventionReport(
  options: TableBenchOptions & { token: string; registrations: number; activities: number },
) {
  const { db, apiHandler } = await benchTable(options, 'varna-bench-report');
  const tenant = options.config.tenant;
  const to = new Date(Math.floor(Date.now() / day) * day);
  const from = new Date(to.getTime() - 365 * day);
  const at = (share: number) => new Date(from.getTime() + share * 365 * day).toISOString();
  const put = (entity: keyof typeof db.entities, items: unknown[]) =>
    (db.entities[entity] as any).put(items).go({ concurrency: 4 });
  /** Editorial documents of one type, as the read model holds them once published (their first revision). */
  const putPublished = (
    type: 'district' | 'department' | 'training' | 'councilMeeting' | 'supportResource',
    docs: ({ key: string } & Record<string, unknown>)[],
  ) =>
    put(
      type,
      docs
        .map((doc) => expectedItems(tenant, { ...doc, type, revision: 1 }).items)
        .flatMap((items) => [items.staff, ...(items.public ? [items.public] : [])]),
    );

  await putPublished(
    'district',
    districts.map((key) => ({ key, name: { sv: key } })),
  );
  await putPublished(
    'department',
    departments.map((key) => ({
      key,
      name: { sv: key },
      trainingTargets: audiences.map((audience) => ({ audience, count: 100 })),
    })),
  );
  const perTraining = 25;
  const trainings = Math.ceil(options.registrations / perTraining);
  await putPublished(
    'training',
    Array.from({ length: trainings }, (_, index) => ({
      key: `bench-training-${index}`,
      visibility: 'INTERNAL',
      title: { sv: `Utbildning ${index}` },
      startsAt: at((index + 0.5) / trainings),
      endsAt: new Date(Date.parse(at((index + 0.5) / trainings)) + 3 * 60 * 60 * 1000).toISOString(),
      audience: audiences[index % audiences.length],
      capacity: perTraining,
    })),
  );
  // The registrations, and each training's roll as attendance recording leaves it (4 in 5 came).
  const registrations = Array.from({ length: options.registrations }, (_, index) => {
    const training = Math.floor(index / perTraining);
    const subject = `staff-${index % 4000}`;
    const registeredAt = new Date(Date.parse(at((training + 0.5) / trainings)) - 14 * day).toISOString();
    return {
      tenant,
      trainingKey: `bench-training-${training}`,
      ticket: `${registeredAt}~${String(index).padStart(6, '0')}`,
      subject,
      person: personOf(options.config.cursorSecret, tenant, subject),
      name: `Person ${index}`,
      email: `person-${index}@example.org`,
      department: departments[index % departments.length]!,
      status: 'REGISTERED' as const,
      attended: index % 5 !== 0,
      registeredAt,
      updatedAt: registeredAt,
    };
  });
  await put('trainingRegistration', registrations);
  const rolls = new Map<string, string[]>();
  for (const registration of registrations)
    if (registration.attended)
      rolls.set(registration.trainingKey, [...(rolls.get(registration.trainingKey) ?? []), attendeeOf(registration)]);
  await Promise.all(
    [...rolls].map(([trainingKey, attendees]) =>
      db.entities.trainingRoll.update({ tenant, trainingKey }).add({ registered: perTraining, attendees }).go(),
    ),
  );
  await put(
    'activity',
    Array.from({ length: options.activities }, (_, index) => ({
      tenant,
      id: `bench-activity-${index}`,
      associationId: `bench-association-${index % 150}`,
      title: `Aktivitet ${index}`,
      startsAt: at((index + 0.5) / options.activities),
      endsAt: new Date(Date.parse(at((index + 0.5) / options.activities)) + 2 * 60 * 60 * 1000).toISOString(),
      district: districts[index % districts.length],
      targetGroups: [targetGroups[index % targetGroups.length]!],
      status: 'PUBLISHED' as const,
      createdAt: from.toISOString(),
      updatedAt: from.toISOString(),
    })),
  );
  await putPublished(
    'councilMeeting',
    Array.from({ length: 12 }, (_, index) => ({
      key: `bench-meeting-${index}`,
      visibility: 'PUBLIC',
      title: { sv: `Möte ${index}` },
      startsAt: at((index + 0.5) / 12),
      meetingStatus: 'HELD',
      minutes: null,
    })),
  );
  await putPublished(
    'supportResource',
    Array.from({ length: 120 }, (_, index) => ({
      key: `bench-resource-${index}`,
      visibility: index % 4 === 0 ? 'INTERNAL' : 'PUBLIC',
      title: { sv: `Stöd ${index}` },
      preventionLevel: (['GENERAL', 'SPECIFIC', 'INDIVIDUAL'] as const)[index % 3],
      ...(index % 5 === 0 ? {} : { verifiedAt: at(index / 120) }),
    })),
  );
  await put(
    'association',
    Array.from({ length: 150 }, (_, index) => ({
      tenant,
      id: `bench-association-${index}`,
      accountId: `bench-account-${index}`,
      name: `Förening ${index}`,
      organisationNumber: `802000-${String(index).padStart(4, '0')}`,
      districts: [districts[index % districts.length]!],
      status: 'APPROVED' as const,
      version: 1,
      contactPerson: { name: 'Kontakt', email: 'kontakt@example.org' },
      listOrder: `forening ${index}`,
      approvedAt: at(index / 150),
      createdAt: from.toISOString(),
      updatedAt: from.toISOString(),
    })),
  );

  const handler = apiHandler();
  const ask = async () => {
    options.counter.reset();
    const started = performance.now();
    const result = await handler(
      apiGatewayEvent({
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        body: JSON.stringify({
          query: contractOperation('PreventionReport'),
          variables: { from: from.toISOString(), to: to.toISOString() },
        }),
      }),
      lambdaContext('bench'),
    );
    const elapsed = performance.now() - started;
    const answer = JSON.parse(result.body ?? '{}') as {
      errors?: unknown;
      data?: { preventionReport: { trainingsHeld: number; participantsTrained: number; activitiesPublished: number } };
    };
    if (answer.errors) throw new Error(`PreventionReport failed: ${JSON.stringify(answer.errors)}`);
    const calls = [...options.counter.calls];
    return { elapsed, calls, report: answer.data!.preventionReport };
  };
  await ask(); // the handler's first request (schema, clients) is not the report's cost
  const runs = [];
  for (let run = 0; run < 5; run++) runs.push(await ask());
  const times = runs.map((run) => run.elapsed).sort((a, b) => a - b);
  const byOperation = (calls: string[]) =>
    Object.fromEntries(
      [...new Set(calls)].map((operation) => [operation, calls.filter((call) => call === operation).length]),
    );
  return {
    trainings,
    registrations: registrations.length,
    activities: options.activities,
    medianMs: times[2]!,
    maxMs: times[4]!,
    calls: runs[0]!.calls.length,
    byOperation: byOperation(runs[0]!.calls),
    report: runs[0]!.report,
  };
}
