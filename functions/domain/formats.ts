/** Text formats shared by the CMS's fields, the read model and the register's input rules. */
export const formats = {
  slug: {
    pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    message: 'must be a slug: lower-case letters, digits and single hyphens',
  },
  phone: { pattern: /^\+?[0-9 ()-]{5,20}$/, message: 'must be a phone number' },
  languageCode: { pattern: /^[a-z]{2}$/, message: 'must be an ISO 639-1 code such as "sv"' },
} as const;
