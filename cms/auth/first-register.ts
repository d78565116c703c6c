import type { Endpoint } from 'payload';
import { cmsSettings } from '../settings.js';

/**
 * Payload lets whoever reaches a CMS without users register as its first admin. On the internet that is
 * whoever comes first, so outside local runs (VARNA_LOCAL) that route is closed: the first admin of a deployed
 * stage is created by `npm run cms:create-admin`. Declared before Payload's own endpoints, this one wins.
 */
const closedFirstRegister: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: () =>
    Response.json(
      { errors: [{ message: 'The first admin of this stage is created with `npm run cms:create-admin`, not here.' }] },
      { status: 403 },
    ),
};

/** The users collection's own endpoints for this run (read at start-up). */
export const firstRegisterEndpoints = (): Endpoint[] => (cmsSettings.isLocal() ? [] : [closedFirstRegister]);
