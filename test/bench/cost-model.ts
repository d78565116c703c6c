import type { Prices } from './aws-prices.js';
import type { TenantCurvePoint } from './tenant-curve.js';

/**
 * The monthly AWS cost of a deployment (issue 32), for `npm run bench`'s section 9: what the bench measured (DynamoDB
 * calls per contract read, the handler's time, the cold start, the index build after a publish, the bytes stored per
 * municipality) times an assumed month's traffic, at AWS's published eu-north-1 prices (aws-prices.ts), plus what the
 * stacks deploy whatever the traffic (the CMS's database and NAT, the edge firewall, the alarms, the schedules).
 * Pure: no measurement here, so test/unit/cost-model.test.ts checks its arithmetic.
 */

const HOURS_PER_MONTH = 730;
const MINUTES_PER_MONTH = HOURS_PER_MONTH * 60;
const GB = 1024 ** 3;

/** A deployment's month: every volume is the whole deployment's (all its municipalities together). */
export interface Traffic {
  /** Municipalities on the deployment: each stores its own content (the table's bytes, its media) and is swept. */
  municipalities: number;
  /** Anonymous GraphQL reads at the edge: the public website's pages (persisted GETs). */
  publicReads: number;
  /** The share of them (and of the feeds) CloudFront answers from its cache, never reaching API Gateway or the Lambda. */
  edgeHitShare: number;
  /** Searches: all reach the Lambda (most queries are asked once). */
  searches: number;
  /** The intranet's and the association portal's reads: a token's answer is never cached. */
  signedInReads: number;
  /** Calendar subscriptions and open data (the feeds function), at the edge. */
  feedRequests: number;
  /** Training registrations, association applications, activities, moderation decisions. */
  registrations: number;
  /** Editors' publishes: each a read-model write, a search index rebuild and its webhooks. */
  publishes: number;
  /** E-mails the notifier sends (decisions, confirmations, reminders). */
  mails: number;
  /** Requests to the CMS admin (its own CloudFront and server function). */
  cmsRequests: number;
  /** Association accounts signing in during the month (Cognito's monthly active users). */
  associationUsers: number;
  /** The share of the API's invocations that start a new instance (a cold start, billed since August 2025). */
  coldStartShare: number;
}

/**
 * Botkyrka's month (about 97 000 inhabitants), assumed: Värna serves a part of the municipality's website (support
 * for worried relatives, the civil-society directory, the interreligious council, the association register and its
 * calendar), its intranet's guidance for first-line staff and the association portal.
 */
export const BOTKYRKA_TRAFFIC: Traffic = {
  municipalities: 1,
  // 40 000 page views of Värna's pages, three API reads each.
  publicReads: 120_000,
  // The API's answers live 5 s (+ 5 s stale): at a municipality's everyday pace few requests share an entry.
  edgeHitShare: 0.4,
  searches: 4_000,
  // About 600 first-line staff and 300 associations: 15 000 intranet and 5 000 portal reads.
  signedInReads: 20_000,
  feedRequests: 20_000,
  registrations: 400,
  publishes: 300,
  mails: 800,
  // About ten editors: 15 000 admin requests.
  cmsRequests: 15_000,
  associationUsers: 150,
  // A municipality's traffic leaves instances idle long enough to be reclaimed: one invocation in twenty starts one.
  coldStartShare: 0.05,
};

/** Sweden: all 290 municipalities, about 10.6 million inhabitants. */
export const SWEDEN = { municipalities: 290, inhabitants: 10_600_000 };
export const BOTKYRKA_INHABITANTS = 97_000;

/**
 * A deployment of `municipalities` whose traffic is Botkyrka's times `factor` (by population: Sweden's is
 * 10.6 M / 97 000 ≈ 109 times); storage and sweeps follow the municipalities, fixed costs neither.
 */
export function scaleTraffic(
  base: Traffic,
  {
    factor,
    municipalities,
    coldStartShare = base.coldStartShare,
  }: { factor: number; municipalities: number; coldStartShare?: number },
): Traffic {
  const volume = (value: number) => value * factor;
  return {
    municipalities,
    publicReads: volume(base.publicReads),
    edgeHitShare: base.edgeHitShare,
    searches: volume(base.searches),
    signedInReads: volume(base.signedInReads),
    feedRequests: volume(base.feedRequests),
    registrations: volume(base.registrations),
    publishes: volume(base.publishes),
    mails: volume(base.mails),
    cmsRequests: volume(base.cmsRequests),
    associationUsers: volume(base.associationUsers),
    coldStartShare,
  };
}

/** The national deployment: Botkyrka's traffic scaled by population, with busier (so warmer) instances. */
export const swedenTraffic = (base: Traffic = BOTKYRKA_TRAFFIC) =>
  scaleTraffic(base, {
    factor: SWEDEN.inhabitants / BOTKYRKA_INHABITANTS,
    municipalities: SWEDEN.municipalities,
    // A hundred times the traffic keeps instances warm: one invocation in a hundred.
    coldStartShare: 0.01,
  });

export interface MeasuredRead {
  calls: number;
  readUnits: number;
  ms: number;
}

/** What `npm run bench` measured, per request or per municipality. */
export interface Measured {
  /** The contract's anonymous reads: mean DynamoDB calls, read request units and median handler time (ms). */
  anonymousRead: MeasuredRead;
  /** The contract's reads with a token (intranet, portal, moderation). */
  signedInRead: MeasuredRead;
  /** A search asked for the first time on a warm instance. */
  search: MeasuredRead;
  /** The bundled handler's cold start (import and first answer), ms. */
  coldStartMs: number;
  /** A publish until its municipality's search index is rebuilt and stored, ms (the indexer's run). */
  indexBuildMs: number;
  /** Write request units of one municipality's stored search indexes (1 KB each, per chunk). */
  indexWriteUnits: number;
  /** The table's bytes per municipality (items as DynamoDB sizes them). */
  tableBytesPerMunicipality: number;
  /** As billed: with 100 bytes per item and the global indexes' copies. */
  billedBytesPerMunicipality: number;
}

/** The model's assumptions beyond the traffic: each priced line's "assumed" part. */
export const ASSUMED = {
  /** Read request units per DynamoDB call the bench did not measure (feeds, indexer, sweeps): up to 8 KB, eventually consistent. */
  readUnitsPerCall: 1,
  /** A publish's own writes: document and public copy in one transaction (2 units each, with the global indexes'
   *  copies), its revision guard, its change and the webhook deliveries to two endpoints. */
  writeUnitsPerPublish: 20,
  /** The indexer's reads of the read model per rebuild (a Query per type and scope). */
  indexerReadCalls: 20,
  /** A registration's transaction (the item, its guard, the roll), its audit record and its outbox message. */
  writeUnitsPerRegistration: 10,
  /** A mail's claim and sent marks. */
  writeUnitsPerMail: 2,
  /** A feed's DynamoDB calls and time (512 MB function). */
  feedCalls: 2,
  feedMs: 30,
  /** The notifier's send through SES, and a webhook delivery (two endpoints), per message. */
  mailMs: 150,
  webhookEndpoints: 2,
  webhookMs: 200,
  /** A scheduled run's own time, and one Query per municipality (the notifier's and the webhook sender's sweeps every
   *  minute, the hourly reminders, the daily retention job: each visits every municipality in turn). */
  sweepBaseMs: 30,
  dynamoCallMs: 6,
  scheduledRuns: 2 * MINUTES_PER_MONTH + HOURS_PER_MONTH + 30,
  /** The CMS's job runner every minute (1024 MB, waiting on the admin's server function, 2048 MB, which runs the queue)
   *  and an admin request on the server function. */
  cmsJobMs: 300,
  cmsRequestMs: 300,
  /** Response sizes at the edge (compressed): an API answer and an admin page or asset. */
  apiResponseKb: 4,
  cmsResponseKb: 40,
  /** Log bytes per Lambda invocation (JSON platform lines and the handler's) and per API Gateway access log line. */
  lambdaLogBytes: 1_000,
  accessLogBytes: 400,
  /** CloudWatch stores logs compressed to about this share; production keeps a year of them. */
  logCompression: 0.15,
  logMonthsKept: 12,
  /** The CMS's media (images, signed minutes, their replaced versions for 35 days) per municipality. */
  mediaGbPerMunicipality: 2,
  /** stacks/cms.ts: PostgreSQL on db.t4g.small, Multi-AZ in production, 20 GB gp3; one for every municipality. */
  cmsDatabaseGb: 20,
  /** stacks/cms.ts's VPC: SST's `nat: 'ec2'`, one t4g.nano per availability zone (two), an 8 GB root volume each. */
  natInstances: 2,
  natRootGb: 8,
  /** stacks/monitoring.ts's alarms; stacks/edge.ts's firewall rules (the rate limit and two AWS managed groups). */
  alarms: 13,
  firewallRules: 3,
  /** Aurora Serverless v2 instead of the RDS instance: its minimum capacity around the clock and its I/O. */
  auroraMinAcu: 0.5,
  auroraIoPerMonth: 20_000_000,
};
export type Assumptions = typeof ASSUMED;

export interface CostLine {
  service: string;
  quantity: number;
  unit: string;
  /** USD per `unit`. */
  price: number;
  cost: number;
}

export interface MonthlyCost {
  lines: CostLine[];
  total: number;
}

/** Function memory, GB, as the stacks give it (stacks/api.ts, search.ts, cms.ts; SST's default 1024 MB elsewhere). */
const MEMORY_GB = { graphql: 1, feeds: 0.5, searchIndexer: 2, scheduled: 1, cmsServer: 2, cmsJobRunner: 1 };

/** The month's cost, line by line: `measured` per request or municipality × `traffic` × `prices`. */
export function monthlyCost(
  traffic: Traffic,
  measured: Measured,
  prices: Prices,
  assumed: Assumptions = ASSUMED,
): MonthlyCost {
  const t = traffic;
  const lines: CostLine[] = [];
  const line = (service: string, quantity: number, unit: string, price: number) =>
    lines.push({ service, quantity, unit, price, cost: quantity * price });

  const publicToOrigin = t.publicReads * (1 - t.edgeHitShare);
  const feedsToOrigin = t.feedRequests * (1 - t.edgeHitShare);
  const graphqlInvocations = publicToOrigin + t.searches + t.signedInReads;
  const apiRequests = graphqlInvocations + feedsToOrigin;
  const edgeApiRequests = t.publicReads + t.searches + t.signedInReads + t.feedRequests;

  // DynamoDB: the measured read units per read (one unit per assumed call elsewhere), writes by what each event
  // writes, storage per municipality.
  const readUnits =
    publicToOrigin * measured.anonymousRead.readUnits +
    t.searches * measured.search.readUnits +
    t.signedInReads * measured.signedInRead.readUnits +
    (feedsToOrigin * assumed.feedCalls +
      t.publishes * assumed.indexerReadCalls +
      assumed.scheduledRuns * t.municipalities) *
      assumed.readUnitsPerCall;
  line('DynamoDB reads', readUnits / 1e6, 'million RRU', prices.dynamodb.readRequestUnitPerMillion);
  // The index's chunks are written, then marked to expire when the next build supersedes them (an update as large).
  const writeUnits =
    t.publishes * (assumed.writeUnitsPerPublish + 2 * measured.indexWriteUnits) +
    t.registrations * assumed.writeUnitsPerRegistration +
    t.mails * assumed.writeUnitsPerMail;
  line('DynamoDB writes', writeUnits / 1e6, 'million WRU', prices.dynamodb.writeRequestUnitPerMillion);
  line(
    'DynamoDB storage',
    (measured.billedBytesPerMunicipality * t.municipalities) / GB,
    'GB-month',
    prices.dynamodb.storageGbMonth,
  );
  line(
    'DynamoDB point-in-time recovery',
    (measured.tableBytesPerMunicipality * t.municipalities) / GB,
    'GB-month',
    prices.dynamodb.pitrGbMonth,
  );

  // Lambda: every invocation, and its memory × time (the API's with its share of cold starts).
  const scheduledInvocations = assumed.scheduledRuns + 2 * MINUTES_PER_MONTH; // + the CMS runner and the server it invokes
  // A publish wakes the indexer and the webhook sender; a mail the notifier.
  const invocations = apiRequests + 2 * t.publishes + t.mails + scheduledInvocations + t.cmsRequests;
  line('Lambda requests', invocations / 1e6, 'million', prices.lambda.requestsPerMillion);
  const apiSeconds =
    (publicToOrigin * measured.anonymousRead.ms +
      t.searches * measured.search.ms +
      t.signedInReads * measured.signedInRead.ms +
      graphqlInvocations * t.coldStartShare * measured.coldStartMs) /
    1000;
  const gbSeconds =
    MEMORY_GB.graphql * apiSeconds +
    (MEMORY_GB.feeds * feedsToOrigin * assumed.feedMs) / 1000 +
    (MEMORY_GB.searchIndexer * t.publishes * measured.indexBuildMs) / 1000 +
    (MEMORY_GB.scheduled * (t.mails * assumed.mailMs + t.publishes * assumed.webhookEndpoints * assumed.webhookMs)) /
      1000 +
    (MEMORY_GB.scheduled * assumed.scheduledRuns * (assumed.sweepBaseMs + t.municipalities * assumed.dynamoCallMs)) /
      1000;
  line('Lambda duration: API, indexer, jobs', gbSeconds, 'GB-second x86', prices.lambda.x86GbSecond);
  const cmsGbSeconds =
    (MEMORY_GB.cmsServer * (t.cmsRequests * assumed.cmsRequestMs + MINUTES_PER_MONTH * assumed.cmsJobMs) +
      MEMORY_GB.cmsJobRunner * MINUTES_PER_MONTH * assumed.cmsJobMs) /
    1000;
  line('Lambda duration: CMS admin, job runs', cmsGbSeconds, 'GB-second x86', prices.lambda.x86GbSecond);
  line('API Gateway HTTP API', apiRequests / 1e6, 'million', prices.apiGateway.httpRequestsPerMillion);

  // The edge: the API's distribution and the admin's.
  line(
    'CloudFront HTTPS requests',
    (edgeApiRequests + t.cmsRequests) / 1e4,
    '10 000',
    prices.cloudfront.httpsRequestsEuropePer10k,
  );
  line(
    'CloudFront transfer out',
    (edgeApiRequests * assumed.apiResponseKb + t.cmsRequests * assumed.cmsResponseKb) / 1024 / 1024,
    'GB',
    prices.cloudfront.transferOutEuropeGb,
  );
  line('CloudFront Origin Shield', apiRequests / 1e4, '10 000', prices.cloudfront.originShieldEuropePer10k);
  line(
    'CloudFront Functions',
    (edgeApiRequests + t.cmsRequests) / 1e6,
    'million',
    prices.cloudfront.functionsPerMillion,
  );
  line(
    'WAF web ACL and rules',
    1,
    `ACL + ${assumed.firewallRules} rules`,
    prices.waf.webAclMonth + assumed.firewallRules * prices.waf.ruleMonth,
  );
  line('WAF requests', edgeApiRequests / 1e6, 'million', prices.waf.requestsPerMillion);

  // The CMS: one database and one VPC for every municipality.
  line('RDS PostgreSQL t4g.small Multi-AZ', HOURS_PER_MONTH, 'hour', 2 * prices.rds.t4gSmallHour);
  line('RDS gp3 storage Multi-AZ', assumed.cmsDatabaseGb, 'GB-month', 2 * prices.rds.gp3GbMonth);
  line(
    'NAT instances (t4g.nano, IPv4, EBS)',
    assumed.natInstances,
    'instance-month',
    HOURS_PER_MONTH * (prices.ec2.t4gNanoHour + prices.ec2.publicIpv4Hour) +
      assumed.natRootGb * prices.ec2.ebsGp3GbMonth,
  );
  line('S3 media', t.municipalities * assumed.mediaGbPerMunicipality, 'GB-month', prices.s3.standardGbMonth);
  line('SES e-mail', t.mails / 1000, '1 000 mails', prices.ses.per1000Emails);
  line(
    'Cognito users beyond the free tier',
    Math.max(0, t.associationUsers - prices.cognito.freeMau),
    'MAU',
    prices.cognito.essentialsMau,
  );

  const logGb = (invocations * assumed.lambdaLogBytes + apiRequests * assumed.accessLogBytes) / GB;
  // Per GB ingested: its ingestion, and its storage compressed for as long as production keeps it.
  line(
    'CloudWatch logs (kept a year)',
    logGb,
    'GB',
    prices.cloudwatch.logsIngestedGb +
      assumed.logMonthsKept * assumed.logCompression * prices.cloudwatch.logsStoredGbMonth,
  );
  line('CloudWatch alarms', assumed.alarms, 'alarm', prices.cloudwatch.alarmMonth);

  return { lines, total: lines.reduce((sum, item) => sum + item.cost, 0) };
}

/** The CMS database as Aurora Serverless v2 at its minimum capacity, instead of the RDS instance: a month's cost. */
export function auroraAlternative(prices: Prices, assumed: Assumptions = ASSUMED): number {
  return (
    assumed.auroraMinAcu * HOURS_PER_MONTH * prices.aurora.serverlessV2AcuHour +
    assumed.cmsDatabaseGb * prices.aurora.storageGbMonth +
    (assumed.auroraIoPerMonth / 1e6) * prices.aurora.ioPerMillion
  );
}

/** The measured figures from the tenant curve's point (its reads by whether they carry a token) and the cold start. */
export function measuredFrom(
  point: TenantCurvePoint,
  anonymousReads: ReadonlySet<string>,
  coldStartMs: number,
): Measured {
  const mean = (figures: TenantCurvePoint['reads']): MeasuredRead => ({
    calls: figures.reduce((sum, figure) => sum + figure.calls, 0) / figures.length,
    readUnits: figures.reduce((sum, figure) => sum + figure.readUnits, 0) / figures.length,
    ms: figures.reduce((sum, figure) => sum + figure.medianMs, 0) / figures.length,
  });
  return {
    anonymousRead: mean(point.reads.filter((read) => anonymousReads.has(read.name))),
    signedInRead: mean(point.reads.filter((read) => !anonymousReads.has(read.name))),
    search: { calls: point.searchCalls, readUnits: point.searchReadUnits, ms: point.searchFirstAskedMs },
    coldStartMs,
    indexBuildMs: point.indexBuildMs,
    indexWriteUnits: point.indexWriteUnits,
    tableBytesPerMunicipality: point.bytesPerTenant,
    billedBytesPerMunicipality: point.billedBytesPerTenant,
  };
}

const amount = (value: number) =>
  value >= 1e6
    ? `${(value / 1e6).toFixed(1)} M`
    : value >= 1e4
      ? `${(value / 1e3).toFixed(0)} k`
      : value >= 10
        ? value.toFixed(0)
        : value.toFixed(2);
const dollars = (value: number) => `$${value >= 100 ? value.toFixed(0) : value.toFixed(2)}`;

/** Section 9's cost table: Botkyrka's line items beside Sweden's, the totals and what they rest on (26 lines). */
export function costReport(botkyrka: MonthlyCost, sweden: MonthlyCost, measured: Measured, prices: Prices): string[] {
  const t = BOTKYRKA_TRAFFIC;
  const perMunicipality = sweden.total / SWEDEN.municipalities;
  const rdsCost = botkyrka.lines
    .filter((item) => item.service.startsWith('RDS'))
    .reduce((sum, item) => sum + item.cost, 0);
  const figures = (read: MeasuredRead) =>
    `${read.calls.toFixed(1)} calls = ${read.readUnits.toFixed(1)} RRU, ${read.ms.toFixed(1)} ms`;
  const rows = botkyrka.lines.map((item, index) => {
    const national = sweden.lines[index]!;
    const price = `$${item.price < 0.01 ? item.price.toPrecision(3) : item.price.toFixed(item.price < 1 ? 4 : 2)}/${item.unit}`;
    return `  ${item.service.padEnd(37)} ${price.padEnd(36)} ${`${amount(item.quantity)} → ${dollars(item.cost)}`.padEnd(20)} ${amount(national.quantity)} → ${dollars(national.cost)}`;
  });
  return [
    `Monthly AWS cost in USD at eu-north-1's on-demand prices as published for 2026 (test/bench/aws-prices.ts; check before budgeting; no free tier counted): cost = measured DynamoDB calls per read (their read request units, as DynamoDB Local reports them) × assumed reads × on-demand price, + measured ms × the stacks' memory × GB-second price, + measured bytes per municipality × municipalities × GB-month price, + assumed volumes × price, + what runs whatever the traffic (the CMS's one database and NAT, the firewall, alarms, schedules)`,
    `  measured (the curve's last point; means over the contract's reads): ${figures(measured.anonymousRead)} per anonymous read, ${figures(measured.signedInRead)} signed in, ${figures(measured.search)} a new search, cold start ${Math.round(measured.coldStartMs)} ms, index build ${Math.round(measured.indexBuildMs)} ms and ${measured.indexWriteUnits} WRU, ${(measured.billedBytesPerMunicipality / 1024 / 1024).toFixed(1)} MB billed per municipality`,
    `  assumed (test/bench/cost-model.ts), Botkyrka (97 000 inhabitants) a month: ${amount(t.publicReads)} public reads (${t.edgeHitShare * 100} % from CloudFront's cache), ${amount(t.searches)} searches, ${amount(t.signedInReads)} signed-in reads, ${amount(t.feedRequests)} feed requests, ${t.registrations} registrations, ${t.publishes} publishes, ${t.mails} mails, ${amount(t.cmsRequests)} CMS requests, ${t.coldStartShare * 100} % cold; Sweden: ${SWEDEN.municipalities} municipalities, that traffic × ${(SWEDEN.inhabitants / BOTKYRKA_INHABITANTS).toFixed(0)} (10.6 M / 97 000 inhabitants), 1 % cold, storage × ${SWEDEN.municipalities}, one CMS database`,
    `  ${'line item'.padEnd(37)} ${'price'.padEnd(36)} ${'Botkyrka (1)'.padEnd(20)} Sweden (${SWEDEN.municipalities})`,
    ...rows,
    `  ${'total a month'.padEnd(74)} ${dollars(botkyrka.total).padEnd(20)} ${dollars(sweden.total)} (${dollars(perMunicipality)} per municipality)`,
    `  the CMS database as Aurora Serverless v2 instead (${ASSUMED.auroraMinAcu} ACU minimum, ${ASSUMED.cmsDatabaseGb} GB, ${ASSUMED.auroraIoPerMonth / 1e6} M I/O): ${dollars(auroraAlternative(prices))} a month against the RDS instance's ${dollars(rdsCost)}`,
  ];
}
