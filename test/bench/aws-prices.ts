/**
 * AWS's published on-demand prices in eu-north-1 (Europe, Stockholm), where sst.config.ts deploys every stage, in
 * USD (AWS's currency), for the services the stacks deploy (stacks/*.ts) and `npm run bench` prices (section 9,
 * test/bench/cost-model.ts). Written down as published for eu-north-1, 2026 (taken 2026-12-07, from AWS's pricing
 * pages named beside each; this machine has no internet, so they were not re-read for this commit): check them
 * before budgeting. No free tier is counted (the always-free allowances are the whole AWS account's, and another
 * workload may use them), except Cognito's first 10 000 monthly users, which are its price's first tier.
 */
export interface Prices {
  dynamodb: {
    /** On-demand, Standard table class: per million write request units (1 KB each; a transactional write is 2). */
    writeRequestUnitPerMillion: number;
    /** Per million read request units (4 KB strongly consistent; an eventually consistent read is half). */
    readRequestUnitPerMillion: number;
    /** Storage per GB-month: items and their global indexes' copies, 100 bytes of overhead per item each. */
    storageGbMonth: number;
    /** Point-in-time recovery (continuous backups) per GB-month of the table's size. */
    pitrGbMonth: number;
    /** Streams read request units per 100 000: free when Lambda's triggers read the stream, as all of Värna's do. */
    streamsReadRequestUnitsPer100k: number;
  };
  lambda: {
    requestsPerMillion: number;
    /** Duration per GB-second, x86_64: the stacks set no architecture, and SST's default is x86_64. */
    x86GbSecond: number;
    /** arm64's, for comparison (the CMS's image optimiser, which SST builds for arm64, is not priced: unused). */
    armGbSecond: number;
  };
  apiGateway: {
    /** HTTP API (stacks/api.ts's ApiGatewayV2), per million requests (first 300 million a month). */
    httpRequestsPerMillion: number;
  };
  cloudfront: {
    /** Data transfer out to the internet, Europe, per GB (first 10 TB a month). */
    transferOutEuropeGb: number;
    /** HTTPS requests, Europe, per 10 000. */
    httpsRequestsEuropePer10k: number;
    /** Origin Shield (stacks/edge.ts, in eu-north-1: priced as Europe) per 10 000 requests that reach it. */
    originShieldEuropePer10k: number;
    /** CloudFront Functions (the origin filter; the admin's allow-list) per million invocations. */
    functionsPerMillion: number;
  };
  waf: {
    /** The API's edge firewall (stacks/edge.ts): per web ACL and per rule a month, and per million requests. */
    webAclMonth: number;
    ruleMonth: number;
    requestsPerMillion: number;
  };
  rds: {
    /** RDS for PostgreSQL, on demand, Single-AZ, per instance-hour (Multi-AZ: twice). */
    t4gMicroHour: number;
    t4gSmallHour: number;
    /** General Purpose gp3 storage per GB-month, Single-AZ (Multi-AZ: twice). */
    gp3GbMonth: number;
  };
  aurora: {
    /** Aurora PostgreSQL Serverless v2 (Standard), per ACU-hour: the alternative to the RDS instance. */
    serverlessV2AcuHour: number;
    storageGbMonth: number;
    ioPerMillion: number;
  };
  ec2: {
    /** The VPC's NAT (stacks/cms.ts: `nat: 'ec2'`, SST's fck-nat on t4g.nano, one per availability zone, two zones). */
    t4gNanoHour: number;
    /** Each NAT instance's public IPv4 address, per hour. */
    publicIpv4Hour: number;
    /** Its root volume, gp3, per GB-month. */
    ebsGp3GbMonth: number;
  };
  s3: {
    /** The CMS's media bucket (stacks/storage.ts), S3 Standard per GB-month (first 50 TB). */
    standardGbMonth: number;
  };
  ses: {
    /** Outbound e-mail (stacks/notifications.ts), per 1 000 messages. */
    per1000Emails: number;
  };
  cognito: {
    /** The association accounts' user pool (stacks/auth.ts), Essentials tier (the default), per monthly active user. */
    essentialsMau: number;
    /** The first monthly active users of the Essentials and Lite tiers are free. */
    freeMau: number;
  };
  cloudwatch: {
    /** Logs ingested (Lambda's JSON logs, API Gateway's access log) per GB. */
    logsIngestedGb: number;
    /** Logs stored per GB-month (compressed; production keeps them a year). */
    logsStoredGbMonth: number;
    /** A standard-resolution metric alarm a month (stacks/monitoring.ts). */
    alarmMonth: number;
  };
}

export const EU_NORTH_1: Prices = {
  dynamodb: {
    // https://aws.amazon.com/dynamodb/pricing/on-demand/ (after the November 2024 reduction), eu-north-1, 2026.
    writeRequestUnitPerMillion: 0.6675,
    readRequestUnitPerMillion: 0.1335,
    storageGbMonth: 0.267,
    pitrGbMonth: 0.214,
    streamsReadRequestUnitsPer100k: 0.0214,
  },
  lambda: {
    // https://aws.amazon.com/lambda/pricing/, eu-north-1, 2026 (first 6 billion GB-seconds a month).
    requestsPerMillion: 0.2,
    x86GbSecond: 0.0000166667,
    armGbSecond: 0.0000133334,
  },
  apiGateway: {
    // https://aws.amazon.com/api-gateway/pricing/ (HTTP APIs), eu-north-1, 2026.
    httpRequestsPerMillion: 1.11,
  },
  cloudfront: {
    // https://aws.amazon.com/cloudfront/pricing/ (pay as you go, Europe & Israel), 2026.
    transferOutEuropeGb: 0.085,
    httpsRequestsEuropePer10k: 0.012,
    originShieldEuropePer10k: 0.009,
    functionsPerMillion: 0.1,
  },
  waf: {
    // https://aws.amazon.com/waf/pricing/, 2026 (AWS's own managed rule groups cost only their rule's month).
    webAclMonth: 5,
    ruleMonth: 1,
    requestsPerMillion: 0.6,
  },
  rds: {
    // https://aws.amazon.com/rds/postgresql/pricing/, eu-north-1, on demand, 2026.
    t4gMicroHour: 0.017,
    t4gSmallHour: 0.034,
    gp3GbMonth: 0.121,
  },
  aurora: {
    // https://aws.amazon.com/rds/aurora/pricing/ (Aurora Standard, Serverless v2), eu-north-1, 2026.
    serverlessV2AcuHour: 0.13,
    storageGbMonth: 0.11,
    ioPerMillion: 0.22,
  },
  ec2: {
    // https://aws.amazon.com/ec2/pricing/on-demand/ (Linux), https://aws.amazon.com/vpc/pricing/ (public IPv4),
    // https://aws.amazon.com/ebs/pricing/, eu-north-1, 2026.
    t4gNanoHour: 0.0043,
    publicIpv4Hour: 0.005,
    ebsGp3GbMonth: 0.0836,
  },
  s3: {
    // https://aws.amazon.com/s3/pricing/, eu-north-1, 2026.
    standardGbMonth: 0.023,
  },
  ses: {
    // https://aws.amazon.com/ses/pricing/, 2026.
    per1000Emails: 0.1,
  },
  cognito: {
    // https://aws.amazon.com/cognito/pricing/ (Essentials), 2026.
    essentialsMau: 0.015,
    freeMau: 10_000,
  },
  cloudwatch: {
    // https://aws.amazon.com/cloudwatch/pricing/, eu-north-1, 2026.
    logsIngestedGb: 0.5,
    logsStoredGbMonth: 0.03,
    alarmMonth: 0.1,
  },
};
