/**
 * What ElectroDB takes from the AWS SDK (the Document Client's commands and `unmarshall`) inside the Lambda
 * bundles. ElectroDB is CommonJS and requires @aws-sdk/lib-dynamodb itself; in an ES module bundle, a
 * require of an ES module makes esbuild wrap that module and everything it imports in lazy initialisers,
 * and the whole SDK was then parsed twice at every cold start (about 17 ms of it). So the bundle points
 * ElectroDB's require here (functions/build/esbuild-plugins.mjs) and functions/data/db.ts fills this object from
 * its own imports. It imports nothing, so being required wraps only itself. Unbundled, ElectroDB requires
 * the SDK as usual and this object goes unread.
 */
export const sdkForElectrodb: Record<string, unknown> = {};
