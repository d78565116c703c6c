import { api, feedsFunction, graphqlFunction } from './api';
import { stageConfig } from './config';
import { cms, jobRunner } from './cms';
import { notifierOnStream, notifierStreamFailures, notifierSweep } from './notifications';
import { searchIndexer, searchIndexerStreamFailures } from './search';
import { webhookStreamFailures } from './webhooks';

/** Alarms to an SNS topic whose e-mail subscribers are configured per stage (stacks/config.ts). */
export const alarmTopic = new sst.aws.SnsTopic('Alarms');

// SST's SnsTopic.subscribe() takes a Lambda handler (an address there became a function to build), and it has
// no e-mail subscriber: SNS's own subscription, which AWS confirms by a mail to the address.
export const alarmEmailSubscriptions = stageConfig.alarmEmails.map(
  (email, index) =>
    new aws.sns.TopicSubscription(`AlarmEmail${index}`, { topic: alarmTopic.arn, protocol: 'email', endpoint: email }),
);

/** An alarm to the topic; no data counts as fine unless the alarm says otherwise (a silence alarm). */
const alarm = (name: string, args: Omit<aws.cloudwatch.MetricAlarmArgs, 'alarmActions' | 'okActions'>) =>
  new aws.cloudwatch.MetricAlarm(name, {
    treatMissingData: 'notBreaching',
    ...args,
    alarmActions: [alarmTopic.arn],
    okActions: [alarmTopic.arn],
  });

export const api5xxAlarm = alarm('Api5xxAlarm', {
  alarmDescription: 'The GraphQL API answered with server errors (5xx).',
  namespace: 'AWS/ApiGateway',
  metricName: '5xx',
  dimensions: { ApiId: api.nodes.api.id },
  statistic: 'Sum',
  period: 300,
  evaluationPeriods: 1,
  threshold: 5,
  comparisonOperator: 'GreaterThanOrEqualToThreshold',
});

/** An alarm on one of a Lambda's own metrics, at the first occurrence in five minutes. */
const lambdaAlarm = (
  name: string,
  functionName: $util.Input<string>,
  metricName: 'Errors' | 'Throttles',
  alarmDescription: string,
) =>
  alarm(name, {
    alarmDescription,
    namespace: 'AWS/Lambda',
    metricName,
    dimensions: { FunctionName: functionName },
    statistic: 'Sum',
    period: 300,
    evaluationPeriods: 1,
    threshold: 1,
    comparisonOperator: 'GreaterThanOrEqualToThreshold',
  });

export const lambdaErrorsAlarm = lambdaAlarm(
  'GraphqlErrorsAlarm',
  graphqlFunction.name,
  'Errors',
  'The GraphQL Lambda failed invocations.',
);
export const lambdaThrottlesAlarm = lambdaAlarm(
  'GraphqlThrottlesAlarm',
  graphqlFunction.name,
  'Throttles',
  'The GraphQL Lambda was throttled.',
);
export const feedsErrorsAlarm = lambdaAlarm(
  'FeedsErrorsAlarm',
  feedsFunction.name,
  'Errors',
  'The feeds Lambda (calendars, open data) failed invocations.',
);
export const searchIndexerErrorsAlarm = lambdaAlarm(
  'SearchIndexerErrorsAlarm',
  searchIndexer.nodes.function.name,
  'Errors',
  'The search indexer failed: search may not find the latest publications until the next change.',
);
export const notifierErrorsAlarm = lambdaAlarm(
  'NotifierErrorsAlarm',
  notifierOnStream.nodes.function.name,
  'Errors',
  'The notifier failed: associations may not hear of decisions.',
);
export const notifierSweepErrorsAlarm = lambdaAlarm(
  'NotifierSweepErrorsAlarm',
  notifierSweep.nodes.job.name,
  'Errors',
  'The notifier sweep failed: e-mail to associations is not retried.',
);

/**
 * A stream record set aside after its retries (stacks/storage.ts's streamSubscriber): its report waits in the
 * function's on-failure queue. One report is one too many: a search that may miss a change, a mail left to the
 * sweep, a webhook no frontend will hear of until an operator replays the change (README, "Stream failures").
 */
const streamFailuresAlarm = (name: string, queue: sst.aws.Queue, alarmDescription: string) =>
  alarm(name, {
    alarmDescription,
    namespace: 'AWS/SQS',
    metricName: 'ApproximateNumberOfMessagesVisible',
    dimensions: { QueueName: queue.nodes.queue.name },
    statistic: 'Maximum',
    period: 300,
    evaluationPeriods: 1,
    threshold: 0,
    comparisonOperator: 'GreaterThanThreshold',
  });

export const searchIndexerStreamFailuresAlarm = streamFailuresAlarm(
  'SearchIndexerStreamFailuresAlarm',
  searchIndexerStreamFailures,
  'The search indexer set stream records aside after its retries: search may miss a change until the next one.',
);
export const notifierStreamFailuresAlarm = streamFailuresAlarm(
  'NotifierStreamFailuresAlarm',
  notifierStreamFailures,
  'The notifier set stream records aside after its retries: an outbox message it could not read (the sweep sends the rest).',
);
export const webhookStreamFailuresAlarm = streamFailuresAlarm(
  'WebhookStreamFailuresAlarm',
  webhookStreamFailures,
  'The webhook sender set stream records aside after its retries: a change no frontend hears of until it is replayed.',
);

/** Payload logs a failed job run ("Error running task") and the sync job its own failures; a metric filter on the admin's logs counts them. */
export const failedJobsFilter = new aws.cloudwatch.LogMetricFilter('FailedPublishJobsFilter', {
  logGroupName: cms.nodes.server!.nodes.logGroup.apply((group) => group!.name),
  pattern: '?"Error running task" ?"Read-model sync failed"',
  metricTransformation: { namespace: 'Varna/Cms', name: 'FailedPublishJobs', value: '1', defaultValue: '0' },
});

export const failedJobsAlarm = alarm('FailedPublishJobsAlarm', {
  alarmDescription: 'A CMS publish job failed: a document may not have reached the API.',
  namespace: 'Varna/Cms',
  metricName: 'FailedPublishJobs',
  statistic: 'Sum',
  period: 300,
  evaluationPeriods: 1,
  threshold: 1,
  comparisonOperator: 'GreaterThanOrEqualToThreshold',
});

/** The CMS's job runner (the cron Lambda, functions/handlers/cms-jobs.ts): it throws when the admin refuses or cannot run the queue. */
const jobRunnerName = jobRunner.nodes.function.name;

export const jobRunnerErrorsAlarm = alarm('CmsJobsErrorsAlarm', {
  alarmDescription:
    'The CMS job runner failed twice in five minutes: publishes and scheduled changes may not reach the API.',
  namespace: 'AWS/Lambda',
  metricName: 'Errors',
  dimensions: { FunctionName: jobRunnerName },
  statistic: 'Sum',
  period: 300,
  evaluationPeriods: 1,
  threshold: 2,
  comparisonOperator: 'GreaterThanOrEqualToThreshold',
});

/** Silence is a failure too: a disabled schedule or a runner that never finishes sends no error at all. */
export const jobRunnerSilentAlarm = alarm('CmsJobsSilentAlarm', {
  alarmDescription: 'The CMS job runner has not completed a run in ten minutes.',
  metricQueries: [
    {
      id: 'runs',
      metric: {
        namespace: 'AWS/Lambda',
        metricName: 'Invocations',
        dimensions: { FunctionName: jobRunnerName },
        period: 600,
        stat: 'Sum',
      },
    },
    {
      id: 'failures',
      metric: {
        namespace: 'AWS/Lambda',
        metricName: 'Errors',
        dimensions: { FunctionName: jobRunnerName },
        period: 600,
        stat: 'Sum',
      },
    },
    { id: 'completed', expression: 'runs - FILL(failures, 0)', label: 'Completed runs', returnData: true },
  ],
  evaluationPeriods: 1,
  threshold: 1,
  comparisonOperator: 'LessThanThreshold',
  treatMissingData: 'breaching',
});
