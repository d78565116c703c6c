import type { CollectionConfig } from 'payload';
import { isAdmin, isAdminField } from '../access/is-admin.js';
import { roles } from '../access/roles.js';
import { selfOrAdmin } from '../access/self-or-admin.js';
import { firstRegisterEndpoints } from '../auth/first-register.js';
import { inviteWithoutPassword, queueInvitation } from '../auth/invitation.js';
import { sessionCookie } from '../auth/session-cookie.js';
import { passwordResetHtml, passwordResetSubject } from '../auth/password-reset-mail.js';
import { enumOptions } from '../fields/common.js';
import { groups, text } from '../i18n/labels.js';
import { tenantsArrayField } from '@payloadcms/plugin-multi-tenant/fields';
import { creatorsTenants, isRegionalAdminField, keepRegionalRole } from '../tenancy/access.js';
import { MUNICIPALITIES } from '../tenancy/municipality.js';

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    cookies: sessionCookie(),
    // "Glömt lösenord?" in Swedish with English below, as the invitation (Payload's own is English only).
    forgotPassword: { generateEmailSubject: passwordResetSubject, generateEmailHTML: passwordResetHtml },
  },
  labels: { singular: text('Användare', 'User'), plural: text('Användare', 'Users') },
  admin: { useAsTitle: 'email', group: groups.settings },
  access: { read: selfOrAdmin, create: isAdmin, update: selfOrAdmin, delete: isAdmin },
  endpoints: firstRegisterEndpoints(),
  // A user created without a password is invited by e-mail to choose one (cms/auth/invitation.ts).
  hooks: { beforeOperation: [inviteWithoutPassword], afterChange: [queueInvitation] },
  fields: [
    { name: 'name', type: 'text' },
    // Not stored: on create, whether to invite the user by e-mail instead of an admin choosing their password.
    {
      name: 'invite',
      type: 'checkbox',
      virtual: true,
      access: { create: isAdminField, update: () => false },
      admin: { components: { Field: '/auth/InviteField.js#InviteField' } },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['contributor'],
      options: enumOptions(roles),
      // A set, not an order: no drag handle (a sortable chip is a button around its remove button, WCAG 4.1.2).
      admin: { isSortable: false },
      // Only admins hand out roles; nobody promotes themselves.
      access: { create: isAdminField, update: isAdminField },
      // Any admin hands out the other roles; only a regional admin the regional one.
      hooks: { beforeChange: [keepRegionalRole] },
      saveToJWT: true,
    },
    // The municipalities the user works in (issue 32): they see and edit those municipalities' content only.
    {
      ...tenantsArrayField({
        tenantsCollectionSlug: MUNICIPALITIES,
        arrayFieldAccess: { create: isRegionalAdminField, update: isRegionalAdminField },
      }),
      defaultValue: creatorsTenants,
    },
  ],
};
