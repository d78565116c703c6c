import { parse, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { publish } from '../functions/read-model/publish.js';
import { createTestApi, TENANT, type TestApi } from './support/api.js';
import { contractOperations, type ContractOperation } from './support/contract.js';
import { seedSample } from './support/seed.js';

/**
 * Every list the contract pages (`$first` and `$after`) pages the same way: walked two items at a time
 * by its `endCursor`, it gives exactly what one large page gives, in the same order, nothing lost or
 * repeated, and its last page says there is no next one.
 */
let api: TestApi;
const tokens: Record<string, string | undefined> = {};
const day = 24 * 60 * 60 * 1000;
const now = Date.now();

const variablesOf: Record<string, Record<string, unknown>> = {
  Activities: { from: new Date(now - day).toISOString(), to: new Date(now + 120 * day).toISOString() },
  CouncilMeetings: { from: new Date(now - 3 * 365 * day).toISOString() },
};

beforeAll(async () => {
  api = await createTestApi();
  await seedSample(api);
  // More of every kind than the example content has, so that each list runs over several pages.
  for (let index = 0; index < 5; index++) {
    const suffix = String(index).padStart(2, '0');
    await publish(api.db, TENANT, {
      type: 'organisation',
      key: `sida-org-${suffix}`,
      revision: 1,
      visibility: 'PUBLIC',
      name: `Sidorganisation ${suffix}`,
      kind: 'AUTHORITY',
    });
    await publish(api.db, TENANT, {
      type: 'supportResource',
      key: `sida-stod-${suffix}`,
      revision: 1,
      visibility: 'PUBLIC',
      title: { sv: `Sidstöd ${suffix}` },
      audiences: ['RELATIVES'],
    });
    const startsAt = new Date(now + (index + 1) * day).toISOString();
    await publish(api.db, TENANT, {
      type: 'councilMeeting',
      key: `sida-mote-${suffix}`,
      revision: 1,
      title: { sv: `Sidmöte ${suffix}` },
      startsAt,
    });
    await publish(api.db, TENANT, {
      type: 'training',
      key: `sida-utb-${suffix}`,
      revision: 1,
      visibility: 'INTERNAL',
      title: { sv: `Sidutbildning ${suffix}` },
      startsAt,
      audience: 'FIRST_LINE_STAFF',
    });
    const associationId = `sida-forening-${suffix}`;
    await api.db.entities.association
      .put({
        tenant: TENANT,
        id: associationId,
        accountId: `account-sida-${suffix}`,
        name: `Sidförening ${suffix}`,
        organisationNumber: `80240012${suffix}`,
        districts: ['alby'],
        status: 'APPROVED',
        version: 1,
        contactPerson: { name: 'Kontakt (exempel)', email: 'kontakt@example.org' },
        listOrder: `sidforening ${suffix}`,
        createdAt: new Date(now).toISOString(),
        updatedAt: new Date(now).toISOString(),
      })
      .go();
    const activityStart = new Date(now + (index + 2) * day);
    await api.db.entities.activity
      .put({
        tenant: TENANT,
        id: `sida-aktivitet-${suffix}`,
        associationId,
        title: `Sidaktivitet ${suffix}`,
        startsAt: activityStart.toISOString(),
        endsAt: new Date(activityStart.getTime() + 2 * 60 * 60 * 1000).toISOString(),
        district: 'alby',
        targetGroups: ['YOUTH'],
        status: 'PUBLISHED',
        createdAt: new Date(now).toISOString(),
        updatedAt: new Date(now).toISOString(),
      })
      .go();
  }
  tokens.staff = await api.token('staff');
});

/** The contract's operations that page: they declare `$first` and `$after`. */
const pagedOperations = (): ContractOperation[] =>
  contractOperations().filter((operation) => {
    const definition = parse(operation.source).definitions[0] as OperationDefinitionNode;
    const names = (definition.variableDefinitions ?? []).map((variable) => variable.variable.name.value);
    return operation.kind === 'query' && names.includes('first') && names.includes('after');
  });

describe('paging through every list of the contract', () => {
  it('finds the paged lists the contract has', () => {
    expect(
      pagedOperations()
        .map((operation) => operation.name)
        .sort(),
    ).toEqual(
      [
        'Activities',
        'Associations',
        'CouncilMeetings',
        'InternalContacts',
        'Organisations',
        'StaffSupportResources',
        'SupportResources',
        'Trainings',
      ].sort(),
    );
  });

  it.each(pagedOperations().map((operation) => [operation.name, operation] as const))(
    '%s: two at a time gives what one page gives',
    async (_, operation) => {
      const token = operation.file === 'intranet.graphql' ? tokens.staff : undefined;
      const read = async (first: number, after: string | null) => {
        const response = await api.graphql(
          operation.source,
          { ...variablesOf[operation.name], first, after },
          token ? { token } : {},
        );
        expect(response.body.errors, operation.name).toBeUndefined();
        const [connection] = Object.values(response.body.data!) as {
          edges: { node: unknown }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        }[];
        return connection!;
      };
      const whole = await read(100, null);
      expect(whole.pageInfo.hasNextPage).toBe(false);
      expect(whole.edges.length, `${operation.name} needs more than two pages of items`).toBeGreaterThan(4);

      const walked: unknown[] = [];
      let after: string | null = null;
      for (let page = 0; page < 100; page++) {
        const connection = await read(2, after);
        walked.push(...connection.edges.map((edge) => edge.node));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(walked).toEqual(whole.edges.map((edge) => edge.node));
    },
  );
});
