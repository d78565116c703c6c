/** Defaults shared by the API, the CMS, `npm run dev` and the stacks: one place to change them. */

/** The municipality whose data the keys carry, unless VARNA_TENANT says another. */
export const DEFAULT_TENANT = 'botkyrka';

/** Its name in the words residents read (calendar titles, e-mail), unless VARNA_TENANT_NAME says another. */
export const DEFAULT_TENANT_NAME = 'Botkyrka';

/** Stockholm: the data stays in Sweden. */
export const DEFAULT_REGION = 'eu-north-1';
