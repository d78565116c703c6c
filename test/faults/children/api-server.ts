/**
 * The API as `npm run dev` serves it (the Lambda handler behind the local HTTP front), in a process the fault
 * suite kills: prints `LISTENING <port>` once it answers.
 */
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../../functions/config.js';
import { createLocalApiServer } from '../../../functions/local/http-server.js';
import { createApiHandler } from '../../../functions/server/api.js';

const config = loadConfig(process.env);
const server = createLocalApiServer(createApiHandler(config), config.maxBodyBytes);
server.listen(0, '127.0.0.1', () => console.log(`LISTENING ${(server.address() as AddressInfo).port}`));
