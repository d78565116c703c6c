import type { MutationResolvers } from '../graphql/types.generated.js';
import * as activities from '../register/activities.js';
import * as associations from '../register/associations.js';
import type { RegisterContext } from '../register/context.js';
import type { Context } from '../server/context.js';

/** The register's mutations: thin adapters over functions/register, which the CMS's moderation view calls too. */
const register = (context: Context): RegisterContext => ({ db: context.db, tenant: context.tenant, viewer: context.viewer, now: context.now });

export const mutations: MutationResolvers = {
  registerAssociation: (_, { input }, context) => associations.registerAssociation(register(context), input),
  updateAssociation: (_, { id, expectedVersion, input }, context) => associations.updateAssociation(register(context), id, expectedVersion, input),
  approveAssociation: (_, { id }, context) => associations.approveAssociation(register(context), id),
  rejectAssociation: (_, { id, reason }, context) => associations.rejectAssociation(register(context), id, reason),
  suspendAssociation: (_, { id, reason }, context) => associations.suspendAssociation(register(context), id, reason),
  approveAssociationChange: (_, { id }, context) => associations.approveAssociationChange(register(context), id),
  rejectAssociationChange: (_, { id, reason }, context) => associations.rejectAssociationChange(register(context), id, reason),
  submitActivity: (_, { input }, context) => activities.submitActivity(register(context), input),
  cancelActivity: (_, { id }, context) => activities.cancelActivity(register(context), id),
  publishActivity: (_, { id }, context) => activities.publishActivity(register(context), id),
  rejectActivity: (_, { id, reason }, context) => activities.rejectActivity(register(context), id, reason),
};
