// The tests' free ports come from the same helper as the local commands' (functions/local/free-port.ts).
export { freePort } from '../../functions/local/free-port.js';
