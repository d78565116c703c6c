import {
  headersWithCors,
  restoreVersionOperation,
  type CollectionSlug,
  type Endpoint,
  type PayloadRequest,
  type RequiredDataFromCollectionSlug,
  type TypedLocale,
} from 'payload';
import { dataFields, loadRestore } from './restore-plan.js';
import { isRestoreScope, restoredMessage } from './restore-words.js';

/** One of the config's locales, from which Payload generates TypedLocale. */
const isConfiguredLocale = (code: string | undefined, locales: string[]): code is TypedLocale =>
  code !== undefined && locales.includes(code);

const answer = (req: PayloadRequest, body: unknown, status = 200) =>
  Response.json(body, { status, headers: headersWithCors({ headers: new Headers(), req }) });

/**
 * Replaces Payload's "restore this version" (POST /api/{collection}/versions/{id}; a collection's own
 * endpoints are matched before Payload's): the version comes back as a new draft, so a restore never
 * changes what is live by itself, and it never drops a translation unasked.
 *
 * `?locale=<code>&scope=locale` (the default; the locale defaults to the request's, i.e. the language the
 * admin edits): only that language's texts come from the version, and every other language and the
 * fields shared by all languages keep the newest draft's content. `scope=all`: the whole version, every
 * language. The answer's message is in the admin's language (Swedish unless the editor chose English).
 */
export const restoreVersionAsDraft: Endpoint = {
  path: '/versions/:id',
  method: 'post',
  handler: async (req) => {
    const slug = req.routeParams?.collection;
    const collection = typeof slug === 'string' ? req.payload.collections[slug as CollectionSlug] : undefined;
    const id = req.routeParams?.id;
    if (!collection || typeof id !== 'string') return answer(req, { errors: [{ message: 'Not Found' }] }, 404);
    const language = req.i18n?.language;
    const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : [];
    const scope = req.searchParams?.get('scope') ?? 'locale';
    const locale = req.searchParams?.get('locale') ?? req.locale ?? locales[0];
    if (!isRestoreScope(scope))
      return answer(
        req,
        { errors: [{ message: 'scope is "locale" (one language, the default) or "all" (every language).' }] },
        400,
      );
    // The one language restored (scope=locale).
    const restoredLocale = scope === 'locale' && isConfiguredLocale(locale, locales) ? locale : undefined;
    if (scope === 'locale' && !restoredLocale)
      return answer(
        req,
        { errors: [{ message: `locale is one of ${locales.join(', ')} when only one language is restored.` }] },
        400,
      );

    const slugName = collection.config.slug as CollectionSlug;
    const loaded = await loadRestore(req.payload, slugName, id, req.user);
    if (scope === 'all') {
      const doc = await restoreVersionOperation({ id, collection, depth: 0, draft: true, req, overrideAccess: false });
      return answer(req, { doc, message: restoredMessage(scope, locale!, loaded.writtenAt, language) });
    }
    const data: Record<string, unknown> = { _status: 'draft' };
    for (const name of dataFields(collection.config.fields).localized) {
      const value = loaded.version[name];
      data[name] =
        (value && typeof value === 'object' ? (value as Record<string, unknown>)[locale!] : undefined) ?? null;
    }
    // A draft save in that one locale: Payload lays it over the newest draft, whose other locales stay. The
    // fields are named by the config and read from a version in every locale (`locale: 'all'`), a document
    // that Payload's generated types cannot describe: to them this is the collection's data by name only.
    const doc = await req.payload.update({
      collection: slugName,
      id: loaded.parent,
      locale: restoredLocale,
      fallbackLocale: false,
      draft: true,
      data: data as Partial<RequiredDataFromCollectionSlug<CollectionSlug>>,
      depth: 0,
      overrideAccess: false,
      req,
    });
    return answer(req, { doc, message: restoredMessage(scope, locale!, loaded.writtenAt, language) });
  },
};
