// Compiled only by esbuild (build-program.mjs), against the SST platform that `npm run infra:install` lays out.
// The globals SST's CLI gives sst.config.ts and the stacks (as its generated program does).
import * as util from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import * as sst from '../../.sst/platform/src/components/index';
import { Link } from '../../.sst/platform/src/components/link';
import { $config } from '../../.sst/platform/src/config';
import { $transform, $asset } from '../../.sst/platform/src/components/component';

const $secrets = JSON.parse(process.env.SST_SECRETS || '{}');
const { output, apply, all, interpolate, concat, jsonParse, jsonStringify } = util;
const linkable = Link.linkable;
export {
  linkable as $linkable,
  output as $output,
  apply as $apply,
  all as $resolve,
  interpolate as $interpolate,
  concat as $concat,
  jsonParse as $jsonParse,
  jsonStringify as $jsonStringify,
  util as $util,
  $asset,
  $config,
  $transform,
  $secrets,
  sst,
  aws,
};
