import type { RegisterDecisionResolvers } from '../graphql/types.generated.js';

// The stored record's fields as they are; who acted is stored as the token's subject.
export const RegisterDecision: RegisterDecisionResolvers = {
  actor: (record) => record.actorSubject,
  fromStatus: (record) => record.fromStatus ?? null,
  reason: (record) => record.reason ?? null,
  activityId: (record) => record.activityId ?? null,
  activityTitle: (record) => record.activityTitle ?? null,
};
