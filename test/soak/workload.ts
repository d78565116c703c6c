/**
 * The soak's five kinds of work against `npm run dev`, each one step a call: public reads (the website's
 * operations, anonymous), staff reads (the intranet's, with staff, coordinator and association tokens),
 * registrations (new associations, training registrations, activities of approved associations), moderation
 * (the queue, then a decision naming the version seen) and an editor's publishes through the CMS.
 */
import { randomUUID } from 'node:crypto';
import { ensureDevIssuer, signDevToken } from '../../functions/local/dev-issuer.js';
import { loginAsEditor, SOAK_DOCUMENTS, type CmsEditor } from './cms-editor.js';
import { sendOperation, type GraphqlAnswer, type Transport } from './graphql-client.js';
import type { Outcome } from './outcome.js';
import { withCheckDigit } from '../support/organisation-number.js';
import type { Kind, Tally } from './tally.js';

const REQUEST_TIMEOUT_MS = 60_000;
const day = 24 * 60 * 60 * 1000;
const LOCALES = ['SV', 'EN', 'AR', 'FI', 'SO'];
const SEARCHES = ['våld', 'extremism', 'orolig', 'förening', 'stöd', 'läxhjälp', 'support', 'vald'];

type Variables = Record<string, unknown>;

interface Catalogue {
  supportSlugs: string[];
  situationSlugs: string[];
  districtSlugs: string[];
  departmentSlugs: string[];
  trainingIds: string[];
}

/** A soak run's state: what it found to read, and what it registered and decided on. */
interface State extends Catalogue {
  run: string;
  /** Where this run's organisation numbers start, so that a second run on the same data registers new ones. */
  seed: number;
  /** Association accounts whose association a soak moderator approved: they may submit activities. */
  approvedAccounts: string[];
  /** Queue items the soak decided or is deciding on: a queue read before the decision landed still lists them. */
  decided: Set<string>;
}

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length]!;

/** A valid association organisation number (third digit 2 or more, Luhn check digit), NNNNNN-NNNN, unique per `n`. */
function organisationNumber(seed: number, n: number): string {
  return withCheckDigit(`802${String((seed + n) % 1_000_000).padStart(6, '0')}`);
}

/** The trainings that take registrations in Värna now (others answer CONFLICT, as the contract says). */
async function openTrainings(ids: string[], seats: (id: string) => Promise<Record<string, unknown>>) {
  const open: string[] = [];
  for (const id of ids) {
    const { training } = (await seats(id)) as { training: { registrationOpen: boolean } | null };
    if (training?.registrationOpen) open.push(id);
  }
  return open;
}

export interface Workload {
  /** Runs one step of `kind`, recording each of its requests in the tally. */
  step: (kind: Kind, tally: Tally) => Promise<void>;
}

export async function prepareWorkload(options: { apiUrl: string; cmsUrl: string; dataDir: string }): Promise<Workload> {
  const keys = await ensureDevIssuer(options.dataDir);
  const tokens = new Map<string, Promise<string>>();
  const token = (role: string, sub: string) => {
    const key = `${role}:${sub}`;
    if (!tokens.has(key))
      tokens.set(key, signDevToken(keys, { role, sub, name: `Soak ${sub}`, email: `${sub}@example.org` }));
    return tokens.get(key)!;
  };
  const call = (name: string, variables: Variables, transport: Transport, bearer?: string) =>
    sendOperation({ apiUrl: options.apiUrl, name, variables, token: bearer, transport, timeoutMs: REQUEST_TIMEOUT_MS });

  const answer = async (name: string, variables: Variables, bearer?: string) => {
    const { outcome, data } = await call(name, variables, 'plain-post', bearer);
    if (outcome.kind !== 'ok') throw new Error(`Preparing the soak: ${name} answered ${JSON.stringify(outcome)}`);
    return data!;
  };
  const staff = await token('staff', 'soak-staff');
  // The dev issuer of this data folder must be the one the API trusts, or every staff call would be refused.
  const viewer = await answer('MyTrainings', {}, staff);
  if (!viewer.viewer) throw new Error('The API did not take the soak’s staff token (another data folder?)');
  const slugs = (connection: unknown) =>
    ((connection as { edges: { node: { slug: string } }[] }).edges ?? []).map((edge) => edge.node.slug);
  const catalogue: Catalogue = {
    supportSlugs: slugs((await answer('SupportResources', { first: 100 })).supportResources),
    situationSlugs: ((await answer('Situations', {})).situations as { slug: string }[]).map((s) => s.slug),
    districtSlugs: ((await answer('Districts', {})).districts as { slug: string }[]).map((d) => d.slug),
    departmentSlugs: ((await answer('Departments', {}, staff)).departments as { slug: string }[]).map((d) => d.slug),
    trainingIds: await openTrainings(
      ((await answer('Trainings', { first: 100 }, staff)).trainings as { edges: { node: { id: string } }[] }).edges.map(
        (edge) => edge.node.id,
      ),
      (id) => answer('TrainingSeats', { id }, staff),
    ),
  };
  for (const [name, list] of Object.entries(catalogue))
    if ((list as unknown[]).length === 0) throw new Error(`Preparing the soak: no ${name} in the example content`);
  const editor: CmsEditor = await loginAsEditor(options.cmsUrl, REQUEST_TIMEOUT_MS);
  const state: State = {
    ...catalogue,
    run: Date.now().toString(36),
    seed: Math.floor(Math.random() * 1_000_000),
    approvedAccounts: [],
    decided: new Set(),
  };

  /** Sends one operation and records it; hands back its answer for the steps that go on from it. */
  const timed = async (
    tally: Tally,
    kind: Kind,
    name: string,
    variables: Variables,
    transport: Transport,
    bearer?: string,
  ): Promise<GraphqlAnswer> => {
    const started = performance.now();
    const result = await call(name, variables, transport, bearer);
    tally.record(kind, name, result.outcome, performance.now() - started);
    return result;
  };
  // Two in three reads by hash as GETs (the website's Apollo Client), the third as a plain POST with the text.
  const readTransport = (n: number): Transport => (n % 3 === 2 ? 'plain-post' : 'persisted-get');

  const publicRead = (tally: Tally, n: number) => {
    const locale = pick(LOCALES, n >> 2);
    const reads: [string, Variables][] = [
      ['SupportResources', { locale, first: 20 }],
      ['SupportResource', { slug: pick(state.supportSlugs, n), locale }],
      ['Organisations', { locale, first: 20 }],
      ['CouncilMeetings', { locale, from: new Date(Date.now() - 90 * day).toISOString(), first: 20 }],
      ['Associations', { first: 20 }],
      [
        'Activities',
        { from: new Date(Date.now() - 7 * day).toISOString(), to: new Date(Date.now() + 60 * day).toISOString() },
      ],
      ['Page', { slug: SOAK_DOCUMENTS[0].key, locale }],
      ['Districts', { locale }],
      ['Search', { query: pick(SEARCHES, n >> 1), locale, first: 10 }],
      ['Situations', { locale }],
      ['Situation', { slug: pick(state.situationSlugs, n), locale, openNowFirst: n % 2 === 0 }],
    ];
    const [name, variables] = pick(reads, n);
    return timed(tally, 'public read', name, variables, readTransport(n));
  };

  const staffRead = async (tally: Tally, n: number) => {
    const reads: [string, Variables, Promise<string>][] = [
      ['InternalContacts', { first: 20 }, token('staff', 'soak-staff')],
      ['StaffSupportResources', { first: 20 }, token('staff', 'soak-staff')],
      ['Trainings', { first: 20 }, token('staff', 'soak-staff')],
      ['TrainingSeats', { id: pick(state.trainingIds, n) }, token('staff', 'soak-staff')],
      ['MyTrainings', {}, token('staff', `soak-staff-${state.run}-${n % 50}`)],
      ['Departments', {}, token('staff', 'soak-staff')],
      ['TrainingParticipants', { id: pick(state.trainingIds, n) }, token('coordinator', 'soak-coordinator')],
      [
        'PreventionReport',
        { from: new Date(Date.now() - 365 * day).toISOString(), to: new Date().toISOString() },
        token('coordinator', 'soak-coordinator'),
      ],
      ['MyAssociation', {}, token('association', pick(['account-unga-i-alby', 'account-fittja-dialog'], n))],
    ];
    const [name, variables, bearer] = pick(reads, n);
    await timed(tally, 'staff read', name, variables, readTransport(n), await bearer);
  };

  /** Which account registered which association (from RegisterAssociation's answers). */
  const accounts = new Map<string, string>();
  const registration = async (tally: Tally, n: number) => {
    const id = `${state.run}-${n}`;
    const which = n % 3;
    if (which === 0) {
      const input = {
        name: `Soakföreningen ${id}`,
        organisationNumber: organisationNumber(state.seed, n),
        description: 'En förening som en soak-körning registrerade.',
        districts: [pick(state.districtSlugs, n)],
        email: `info-${id}@example.org`,
        website: 'https://soak.example.org',
        contactPerson: { name: `Kontakt ${id}`, email: `kontakt-${id}@example.org`, phone: '+46 70 000 00 00' },
        idempotencyKey: randomUUID(),
      };
      const account = `soak-account-${id}`;
      const { data } = await timed(
        tally,
        'registration',
        'RegisterAssociation',
        { input },
        'persisted-post',
        await token('association', account),
      );
      const registered = data?.registerAssociation as { id: string } | undefined;
      if (registered) accounts.set(registered.id, account);
    } else if (which === 1 || state.approvedAccounts.length === 0) {
      const variables = {
        trainingId: pick(state.trainingIds, n),
        department: pick(state.departmentSlugs, n),
        idempotencyKey: randomUUID(),
      };
      await timed(
        tally,
        'registration',
        'RegisterForTraining',
        variables,
        'persisted-post',
        await token('staff', `soak-staff-${id}`),
      );
    } else {
      // Each approved account submits a few (the register limits an account's submissions an hour).
      const account = pick(state.approvedAccounts, n);
      const start = new Date(Date.now() + (7 + (n % 30)) * day);
      const input = {
        title: `Läxhjälp ${id}`,
        description: 'Öppen läxhjälp (soak).',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 60 * 60 * 1000).toISOString(),
        location: { name: 'Biblioteket', address: 'Exempeltorget 1' },
        district: pick(state.districtSlugs, n),
        targetGroups: ['YOUTH'],
        languages: ['sv'],
        registrationUrl: 'https://soak.example.org/anmalan',
        idempotencyKey: randomUUID(),
      };
      await timed(
        tally,
        'registration',
        'SubmitActivity',
        { input },
        'persisted-post',
        await token('association', account),
      );
    }
  };

  interface QueueItem {
    id: string;
    version: number;
    contactPerson?: unknown;
  }
  const moderation = async (tally: Tally, n: number) => {
    const moderator = await token('moderator', 'soak-moderator');
    const { data, outcome } = await timed(
      tally,
      'moderation',
      'ModerationQueue',
      { first: 50 },
      'persisted-get',
      moderator,
    );
    if (outcome.kind !== 'ok' || !data) return;
    const nodes = (key: string) =>
      ((data[key] as { edges: { node: QueueItem }[] }).edges ?? []).map((edge) => edge.node);
    const free = (item: QueueItem) => !state.decided.has(item.id);
    // Only what the soak registered: the example content's queue stays as a person left it.
    const associations = nodes('pendingAssociations').filter(
      (item) => free(item) && (item as { name?: string }).name?.startsWith('Soakföreningen'),
    );
    const activities = nodes('submittedActivities').filter(
      (item) => free(item) && (item as { title?: string }).title?.startsWith('Läxhjälp '),
    );
    const item = associations[0] ?? activities[0];
    if (!item) return;
    state.decided.add(item.id);
    const approve = n % 4 !== 3;
    const expectedVersion = item.version;
    if (associations[0] === item) {
      const name = approve ? 'ApproveAssociation' : 'RejectAssociation';
      const variables = approve
        ? { id: item.id, expectedVersion }
        : { id: item.id, expectedVersion, reason: 'Stadgar saknas (soak).' };
      const decided = await timed(tally, 'moderation', name, variables, 'persisted-post', moderator);
      const account = accounts.get(item.id);
      if (approve && decided.outcome.kind === 'ok' && account) state.approvedAccounts.push(account);
    } else {
      const name = approve ? 'PublishActivity' : 'RejectActivity';
      const variables = approve
        ? { id: item.id, expectedVersion }
        : { id: item.id, expectedVersion, reason: 'Fel datum (soak).' };
      await timed(tally, 'moderation', name, variables, 'persisted-post', moderator);
    }
  };

  const publish = async (tally: Tally, n: number) => {
    const document = pick(SOAK_DOCUMENTS, n);
    const started = performance.now();
    const outcome: Outcome = await editor.publish(document, `Soak ${state.run} ${n}`);
    tally.record('publish', `CMS ${document.collection}`, outcome, performance.now() - started);
  };

  const counters = new Map<Kind, number>();
  return {
    step: async (kind, tally) => {
      const n = counters.get(kind) ?? 0;
      counters.set(kind, n + 1);
      if (kind === 'public read') await publicRead(tally, n);
      else if (kind === 'staff read') await staffRead(tally, n);
      else if (kind === 'registration') await registration(tally, n);
      else if (kind === 'moderation') await moderation(tally, n);
      else await publish(tally, n);
    },
  };
}
