import { describe, expect, it } from 'vitest';
import { EU_NORTH_1, type Prices } from '../bench/aws-prices.js';
import {
  ASSUMED,
  BOTKYRKA_TRAFFIC,
  monthlyCost,
  scaleTraffic,
  swedenTraffic,
  type Measured,
  type Traffic,
} from '../bench/cost-model.js';

/** Every price 0 but those given: one line's arithmetic at a time. */
function pricesOnly(set: (prices: Prices) => void): Prices {
  const zero = (value: unknown): unknown =>
    typeof value === 'number'
      ? 0
      : Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, zero(inner)]));
  const prices = zero(EU_NORTH_1) as Prices;
  set(prices);
  return prices;
}

const measured: Measured = {
  anonymousRead: { calls: 2, readUnits: 1.5, ms: 10 },
  signedInRead: { calls: 4, readUnits: 3, ms: 30 },
  search: { calls: 3, readUnits: 2, ms: 20 },
  coldStartMs: 500,
  indexBuildMs: 1000,
  indexWriteUnits: 50,
  tableBytesPerMunicipality: 1024 ** 3 / 4,
  billedBytesPerMunicipality: 1024 ** 3 / 2,
};

const small: Traffic = {
  municipalities: 2,
  publicReads: 1000,
  edgeHitShare: 0.5,
  searches: 100,
  signedInReads: 200,
  feedRequests: 0,
  registrations: 10,
  publishes: 4,
  mails: 30,
  cmsRequests: 0,
  associationUsers: 10_500,
  coldStartShare: 0.1,
};
// A month of ten scheduled runs, so that the sums stay small enough to check by hand.
const assumed = { ...ASSUMED, scheduledRuns: 10 };
const item = (cost: ReturnType<typeof monthlyCost>, service: string) =>
  cost.lines.find((line) => line.service === service)!;

describe('the monthly AWS cost (npm run bench, section 9)', () => {
  it('multiplies the measured read units per read by the reads that reach the Lambda', () => {
    const cost = monthlyCost(
      small,
      measured,
      pricesOnly((prices) => (prices.dynamodb.readRequestUnitPerMillion = 2)),
      assumed,
    );
    // 500 public reads past the edge × 1.5 units + 100 searches × 2 + 200 signed-in × 3, and the assumed calls of one
    // unit each: 4 rebuilds × 20 + 10 scheduled runs × 2 municipalities.
    expect(item(cost, 'DynamoDB reads').quantity * 1e6).toBeCloseTo(750 + 200 + 600 + 80 + 20);
    expect(cost.total).toBeCloseTo((1650 / 1e6) * 2);
  });

  it('prices the writes, the storage and the backups', () => {
    const cost = monthlyCost(
      small,
      measured,
      pricesOnly((prices) => {
        prices.dynamodb.writeRequestUnitPerMillion = 1;
        prices.dynamodb.storageGbMonth = 0.25;
        prices.dynamodb.pitrGbMonth = 0.2;
      }),
      assumed,
    );
    // 4 publishes × (20 + 2 × 50) + 10 registrations × 10 + 30 mails × 2.
    expect(item(cost, 'DynamoDB writes').quantity * 1e6).toBeCloseTo(480 + 100 + 60);
    // Half a GB billed and a quarter stored per municipality, two municipalities.
    expect(item(cost, 'DynamoDB storage').cost).toBeCloseTo(1 * 0.25);
    expect(item(cost, 'DynamoDB point-in-time recovery').cost).toBeCloseTo(0.5 * 0.2);
    expect(cost.total).toBeCloseTo(640 / 1e6 + 0.25 + 0.1);
  });

  it("bills the API's time with its cold starts at the function's memory", () => {
    const cost = monthlyCost(
      small,
      measured,
      pricesOnly((prices) => (prices.lambda.x86GbSecond = 1)),
      assumed,
    );
    const api = (500 * 10 + 100 * 20 + 200 * 30 + 800 * 0.1 * 500) / 1000; // 1 GB
    const indexer = (2 * 4 * 1000) / 1000; // 2 GB
    const messages = (30 * assumed.mailMs + 4 * 2 * assumed.webhookMs) / 1000; // 1 GB
    const scheduled = (10 * (assumed.sweepBaseMs + 2 * assumed.dynamoCallMs)) / 1000; // 1 GB
    expect(item(cost, 'Lambda duration: API, indexer, jobs').quantity).toBeCloseTo(
      api + indexer + messages + scheduled,
    );
  });

  it('prices the fixed parts once, whatever the traffic', () => {
    const none = scaleTraffic(small, { factor: 0, municipalities: 0 });
    const cost = monthlyCost(none, measured, EU_NORTH_1, assumed);
    expect(item(cost, 'RDS PostgreSQL t4g.small Multi-AZ').cost).toBeCloseTo(730 * 2 * EU_NORTH_1.rds.t4gSmallHour);
    expect(item(cost, 'WAF web ACL and rules').cost).toBeCloseTo(5 + 3 * 1);
    expect(item(cost, 'Cognito users beyond the free tier').cost).toBe(0);
    expect(cost.total).toBeCloseTo(cost.lines.reduce((sum, line) => sum + line.cost, 0));
  });

  it('charges only the users beyond the free ten thousand', () => {
    const cost = monthlyCost(small, measured, EU_NORTH_1, assumed);
    expect(item(cost, 'Cognito users beyond the free tier').cost).toBeCloseTo(500 * 0.015);
  });

  it("keeps a municipality's reads at one price however many share the deployment", () => {
    const perMunicipality = (municipalities: number, service: string) =>
      item(
        monthlyCost(scaleTraffic(BOTKYRKA_TRAFFIC, { factor: municipalities, municipalities }), measured, EU_NORTH_1),
        service,
      ).cost / municipalities;
    for (const service of [
      'DynamoDB reads',
      'DynamoDB storage',
      'API Gateway HTTP API',
      'CloudFront HTTPS requests',
      'CloudFront Origin Shield',
    ])
      for (const municipalities of [3, 30, 290])
        expect(perMunicipality(municipalities, service)).toBeCloseTo(perMunicipality(1, service), 10);
  });

  it("scales Botkyrka's traffic by population to Sweden's", () => {
    const sweden = swedenTraffic();
    expect(sweden.municipalities).toBe(290);
    expect(sweden.publicReads / BOTKYRKA_TRAFFIC.publicReads).toBeCloseTo(10_600_000 / 97_000);
    expect(sweden.edgeHitShare).toBe(BOTKYRKA_TRAFFIC.edgeHitShare);
  });
});
