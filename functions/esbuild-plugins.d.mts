import type { Plugin } from 'esbuild';

export declare const singleApolloServer: Plugin;
export declare const withoutGraphOsPlugins: Plugin;
declare const plugins: Plugin[];
export default plugins;
