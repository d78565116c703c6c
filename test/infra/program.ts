// What SST's CLI runs for a deploy: the platform's run() around the app's run().
import { run } from '../../.sst/platform/src/auto/run';
import config from '../../sst.config';

export const app = config.app;
export default () => run(config.run);
