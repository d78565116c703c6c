/**
 * The CMS's roles: admin (users and settings), editor (create, edit, publish), contributor (drafts only), coordinator
 * (the Reports view: the safety coordinator and the support function), regional admin (an add-on: every municipality
 * of the deployment, issue 32; it also holds the roles it uses there).
 */
export const roles = ['admin', 'editor', 'contributor', 'coordinator', 'regional-admin'] as const;
export type Role = (typeof roles)[number];

/** A signed-in user as Payload hands it to access functions and hooks (or nobody). */
type MaybeUser = object | null | undefined;

const rolesOf = (user: MaybeUser): readonly unknown[] => {
  const value = user && 'roles' in user ? (user as { roles?: unknown }).roles : undefined;
  return Array.isArray(value) ? value : [];
};

export const hasRole = (user: MaybeUser, ...wanted: Role[]) =>
  rolesOf(user).some((role) => (wanted as readonly unknown[]).includes(role));

/** Who may publish, unpublish and delete editorial content. */
export const canPublish = (user: MaybeUser) => hasRole(user, 'admin', 'editor');

/** Who works in every municipality of the deployment (the multi-tenant plugin's all-tenants user). */
export const isRegionalAdmin = (user: MaybeUser) => hasRole(user, 'regional-admin');
