import type { CollectionConfig } from 'payload';
import { isAdmin, isAdminField } from '../access/is-admin.js';
import { roles } from '../access/roles.js';
import { selfOrAdmin } from '../access/self-or-admin.js';
import { firstRegisterEndpoints } from '../auth/first-register.js';

export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: { useAsTitle: 'email', group: 'Settings' },
  access: { read: selfOrAdmin, create: isAdmin, update: selfOrAdmin, delete: isAdmin },
  endpoints: firstRegisterEndpoints(),
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['contributor'],
      options: roles.map((role) => ({ label: role, value: role })),
      // Only admins hand out roles; nobody promotes themselves.
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
  ],
};
