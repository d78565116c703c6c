import type { Plugin } from 'esbuild';

export declare const singleEsmCopies: Plugin;
export declare const withoutGraphOsPlugins: Plugin;
export declare const graphqlVersionProbe: Plugin;
export declare const schemaBuiltAhead: Plugin;
export declare const nodeCryptoHash: Plugin;
export declare const modelsCheckedInTests: Plugin;
export declare const lambdaCredentials: Plugin;
export declare const withoutEventStreams: Plugin;
declare const plugins: Plugin[];
export default plugins;
