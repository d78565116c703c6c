import { gzipSync } from 'node:zlib';
import { locales, type LocaleCode } from '../../functions/domain/locale.js';
import type { Config } from '../../functions/config.js';
import { createDb, createDocumentClient } from '../../functions/data/db.js';
import { apiGatewayEvent, lambdaContext } from '../../functions/local/api-gateway-event.js';
import { ensureTable } from '../../functions/local/dynamodb-local.js';
import { expectedItems } from '../../functions/read-model/publish.js';
import { searchablesOf, searchDocumentOf } from '../../functions/search/documents.js';
import { forgetSearchIndexes } from '../../functions/search/index-cache.js';
import { rebuildSearchIndexes } from '../../functions/search/indexer.js';
import { searchContentChanged, searchPointerOf } from '../../functions/search/version.js';
import { buildSearchIndex, loadSearchIndex, type SearchIndex } from '../../functions/search/search-index.js';
import { loadStoredSearchIndex } from '../../functions/search/index-store.js';
import { createApiHandler } from '../../functions/server/api.js';
import { contractOperation } from '../support/contract.js';

/** Words to write generated documents with, per locale (enough to give the index a realistic vocabulary). */
const vocabulary = {
  sv: 'stöd samtal anhöriga oro våld extremism unga föräldrar skola fritid rådgivning kris hjälp trygghet förening kommun polis socialtjänst dialog tro'.split(
    ' ',
  ),
  en: 'support talk relatives worry violence extremism young parents school leisure advice crisis help safety association municipality police social dialogue faith'.split(
    ' ',
  ),
  fi: 'tuki keskustelu omaiset huoli väkivalta ääriliike nuoret vanhemmat koulu vapaa-aika neuvonta kriisi apu turvallisuus yhdistys kunta poliisi sosiaalitoimi'.split(
    ' ',
  ),
  ar: 'دعم حوار أقارب قلق عنف تطرف شباب آباء مدرسة ترفيه نصيحة أزمة مساعدة أمان جمعية بلدية شرطة'.split(' '),
  so: 'taageero wadahadal qaraabo walwal rabshad xagjirnimo dhallinyaro waalid dugsi nasasho talo xiisad caawimo nabadgelyo urur degmo booliis'.split(
    ' ',
  ),
};

/** A deterministic pseudo-random sequence, so that every run indexes the same corpus. */
const random = (seed: number) => () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vi', 'sa', 'de', 'ho', 'ja', 'pe', 'ki', 'mo', 'la', 'su'];
/** 2,000 made-up words per locale beside the domain's own, so that a term is in some documents, not all. */
const fillers = (locale: string) => {
  const next = random(locale.charCodeAt(0) * 31 + locale.charCodeAt(1));
  return Array.from({ length: 2000 }, () =>
    Array.from({ length: 2 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join(''),
  );
};
const fillerWords = Object.fromEntries(Object.keys(vocabulary).map((locale) => [locale, fillers(locale)])) as Record<
  keyof typeof vocabulary,
  string[]
>;

/** Mostly everyday words (Zipf-like: a few common, many rare), one in eight a word of the domain. */
function sentence(locale: keyof typeof vocabulary, next: () => number, length: number) {
  return Array.from({ length }, () => {
    if (next() < 0.125) return vocabulary[locale][Math.floor(next() * vocabulary[locale].length)];
    return fillerWords[locale][Math.floor(fillerWords[locale].length * next() ** 3)];
  }).join(' ');
}

function generatedDocument(index: number) {
  const next = random(index + 1);
  const localized = (length: number) =>
    Object.fromEntries(
      Object.keys(vocabulary).map((locale) => [locale, sentence(locale as keyof typeof vocabulary, next, length)]),
    );
  return {
    type: 'supportResource' as const,
    key: `bench-${String(index).padStart(5, '0')}`,
    revision: 1,
    visibility: 'PUBLIC' as const,
    title: localized(6),
    summary: localized(20),
    body: Object.fromEntries(Object.entries(localized(60)).map(([locale, body]) => [locale, `<p>${body}</p>`])),
  };
}

const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;

const tableName = 'varna-bench-search';
const settingsOf = (config: Config, dynamoEndpoint: string) => ({
  ...config.dynamo,
  endpoint: dynamoEndpoint,
  tableName,
});

/**
 * The corpus: `count` generated support resources in five locales, written to the read model; the build
 * time of the five locales' indexes (read model read once) and the Swedish index's size; then the
 * indexer's run after a change, which stores the indexes that instances load.
 */
export async function prepareSearchCorpus(options: { config: Config; dynamoEndpoint: string; count: number }) {
  await ensureTable(options.dynamoEndpoint, tableName);
  const db = createDb(createDocumentClient(settingsOf(options.config, options.dynamoEndpoint)), tableName);
  const tenant = options.config.tenant;
  const items = Array.from(
    { length: options.count },
    (_, index) => expectedItems(tenant, generatedDocument(index)).items,
  );
  await db.entities.supportResource
    .put(items.flatMap((copies) => [copies.staff, copies.public!]) as any[])
    .go({ concurrency: 4 });

  const buildStarted = performance.now();
  const searchables = await searchablesOf(db, tenant, 'public', new Date());
  const read = performance.now() - buildStarted;
  const documents = searchables.map(searchDocumentOf);
  const indexes = new Map(locales.map((locale) => [locale, buildSearchIndex(documents, locale)]));
  const built = performance.now() - buildStarted;
  const json = indexes.get('sv')!.serialize();

  await searchContentChanged(db, tenant);
  const indexerStarted = performance.now();
  const outcome = await rebuildSearchIndexes(db, tenant, new Date());
  const indexerMs = performance.now() - indexerStarted;
  if (!('built' in outcome)) throw new Error(`The indexer built nothing: ${JSON.stringify(outcome)}`);
  return {
    documents: searchables.length,
    readMs: read,
    buildMs: built,
    indexerMs,
    indexBytes: json.length,
    storedBytes: gzipSync(json).length,
  };
}

/**
 * What one API instance (a process holding only the handler, as a Lambda instance does) sees on the
 * prepared corpus: a cold instance's first search (loading the stored index of its locale, then the
 * query), warm searches once it holds its indexes (popular queries repeated, each also asked for its first
 * time), queries asked for the first time, and the index's own query time.
 */
export async function measureSearchInstance(options: { config: Config; dynamoEndpoint: string; warmRuns: number }) {
  const settings = settingsOf(options.config, options.dynamoEndpoint);
  const handler = createApiHandler({ ...options.config, dynamo: settings });
  const queries: [string, string][] = [
    ['stöd till anhöriga', 'SV'],
    ['extremism unga', 'SV'],
    ['vald', 'SV'],
    ['kriisi apu', 'FI'],
    ['تطرف الشباب', 'AR'],
    ['walwal dhallinyaro', 'SO'],
    ['worry parents', 'EN'],
    ['samtl', 'SV'],
    ['polis', 'SV'],
  ];
  const searchOnce = async (query: string, locale = 'SV') => {
    const started = performance.now();
    const result = await handler(
      apiGatewayEvent({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: contractOperation('Search'), variables: { query, locale, first: 10 } }),
      }),
      lambdaContext('bench'),
    );
    const elapsed = performance.now() - started;
    const answer = JSON.parse(result.body ?? '{}') as { errors?: unknown; data?: { search: { totalCount: number } } };
    if (answer.errors || !answer.data?.search.totalCount)
      throw new Error(`Search "${query}" failed or found nothing: ${result.body}`);
    return elapsed;
  };
  await searchOnce('stöd'); // the handler's own first request (schema, clients) is not the search's cost
  const cold: number[] = [];
  for (const [query, locale] of queries.slice(0, 5)) {
    forgetSearchIndexes();
    cold.push(await searchOnce(query, locale));
  }
  // A warm instance holds its indexes and has answered searches before: each locale's index is loaded, and
  // the code is compiled hot, by 100 one-word searches that are not among the measured queries.
  for (let run = 0; run < 100; run++) {
    const locale = locales[run % locales.length]!;
    await searchOnce(
      vocabulary[locale][Math.floor(run / locales.length) % vocabulary[locale].length]!,
      locale.toUpperCase(),
    );
  }
  const warm: number[] = [];
  const byQuery = new Map<string, number[]>();
  for (let run = 0; run < options.warmRuns; run++) {
    const [query, locale] = queries[run % queries.length]!;
    const elapsed = await searchOnce(query, locale);
    warm.push(elapsed);
    byQuery.set(query, [...(byQuery.get(query) ?? []), elapsed]);
  }
  // Queries asked for the first time (no remembered answer): two words of the domain, in every pairing.
  const firstAsked: number[] = [];
  const pairs = vocabulary.sv.flatMap((first, i) => vocabulary.sv.slice(i + 1).map((second) => `${first} ${second}`));
  for (const query of pairs.slice(0, options.warmRuns)) firstAsked.push(await searchOnce(query));
  // The index's own query time, without the handler and DynamoDB, on the stored indexes.
  const db = createDb(createDocumentClient(settings), tableName);
  const { built } = await searchPointerOf(db, options.config.tenant);
  const indexes = new Map<LocaleCode, SearchIndex>();
  for (const locale of locales) {
    const json = await loadStoredSearchIndex(db, {
      tenant: options.config.tenant,
      scope: 'public',
      locale,
      version: built!,
    });
    indexes.set(locale, loadSearchIndex(json!, locale));
  }
  const inIndex: number[] = [];
  for (let run = 0; run < options.warmRuns; run++) {
    const [query, locale] = queries[run % queries.length]!;
    const index = indexes.get(locale.toLowerCase() as LocaleCode)!;
    const started = performance.now();
    index.search(`${query} ${run}`, null); // a new query each time: the index's work, not its memory
    inIndex.push(performance.now() - started);
  }
  return {
    indexP50Ms: percentile(inIndex, 0.5),
    indexP95Ms: percentile(inIndex, 0.95),
    coldMedianMs: percentile(cold, 0.5),
    warmP50Ms: percentile(warm, 0.5),
    warmP95Ms: percentile(warm, 0.95),
    firstAskedCount: firstAsked.length,
    firstAskedP50Ms: percentile(firstAsked, 0.5),
    firstAskedP95Ms: percentile(firstAsked, 0.95),
    /** Each query's warm median: the slowest shows where a p95 comes from. */
    warmByQuery: Object.fromEntries(
      [...byQuery].map(([query, times]) => [query, Number(percentile(times, 0.5).toFixed(1))]),
    ),
  };
}
