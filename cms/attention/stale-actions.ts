import type { PayloadRequest } from 'payload';
import { canPublish } from '../access/roles.js';
import { TAKES_RESPONSIBILITY } from '../fields/common.js';
import { text, type Text } from '../i18n/labels.js';
import { staleCollections, type StaleCollection } from './stale.js';

/** The dashboard's actions on a stale item: "Kontrollerad nu" and "Jag ansvarar". */
export const staleActions = ['verify', 'own'] as const;
export type StaleAction = (typeof staleActions)[number];

/** A refused action: its HTTP status and what to tell the editor. */
export class StaleActionError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409,
    readonly said: Text,
  ) {
    super(said.en);
    this.name = 'StaleActionError';
  }
}

const isStaleCollection = (slug: string): slug is StaleCollection =>
  (staleCollections as readonly string[]).includes(slug);

/** "support-resources:12" as the dashboard names a document, or a clear refusal. */
export function staleDocumentOf(document: unknown): { collection: StaleCollection; id: string } {
  const [collection, id, ...rest] = typeof document === 'string' ? document.split(':') : [];
  if (!collection || !id || rest.length > 0 || !isStaleCollection(collection))
    throw new StaleActionError(
      400,
      text(
        'Ange dokumentet som "support-resources:<id>" eller "organisations:<id>".',
        'Name the document as "support-resources:<id>" or "organisations:<id>".',
      ),
    );
  return { collection, id };
}

/**
 * Marks a stale support resource or organisation verified today, or makes the signed-in editor its owner,
 * as that editor: a published save of the document as it is live (a version in its history, synced to
 * the API, which shows verifiedAt), through the same access rules as the edit view (editors and admins
 * publish). A document whose newest version is an unpublished draft is refused: saving the field would
 * publish that draft with it, so the editor sets the field in the edit view, where the draft is in sight.
 */
export async function actOnStale(
  req: PayloadRequest,
  document: unknown,
  action: unknown,
  now = new Date(),
): Promise<{ title: string; said: Text }> {
  if (!staleActions.includes(action as StaleAction))
    throw new StaleActionError(400, text('Ange action "verify" eller "own".', 'Send action "verify" or "own".'));
  const { collection, id } = staleDocumentOf(document);
  const user = req.user;
  if (!user || !canPublish(user))
    throw new StaleActionError(
      403,
      text(
        'Endast redaktörer och administratörer kontrollerar och tar ansvar för uppgifter.',
        'Only editors and admins verify details and take responsibility for them.',
      ),
    );
  const { payload } = req;
  const read = (draft: boolean) =>
    payload.findByID({ collection, id, draft, depth: 0, locale: 'sv', disableErrors: true, overrideAccess: true, req });
  const [live, newest] = await Promise.all([read(false), read(true)]);
  if (!live || !newest)
    throw new StaleActionError(404, text('Dokumentet finns inte längre.', 'The document no longer exists.'));
  const title = String(('title' in live ? live.title : live.name) ?? live.key);
  if (live._status !== 'published' || newest.updatedAt !== live.updatedAt)
    throw new StaleActionError(
      409,
      text(
        `"${title}" har ett utkast som inte är publicerat. Öppna dokumentet och ange uppgiften där, så följer den med när utkastet publiceras.`,
        `"${title}" has an unpublished draft. Open the document and set it there; it goes live with the draft.`,
      ),
    );
  await payload.update({
    collection,
    id,
    data: action === 'verify' ? { verifiedAt: now.toISOString() } : { owner: Number(user.id) },
    depth: 0,
    user,
    overrideAccess: false,
    req,
    // Taking responsibility is not a verification: the first publish's automatic one stays off (cms/fields/common.ts).
    ...(action === 'own' ? { context: { [TAKES_RESPONSIBILITY]: true } } : {}),
  });
  return {
    title,
    said:
      action === 'verify'
        ? text(`"${title}" är markerad som kontrollerad i dag.`, `"${title}" is marked verified today.`)
        : text(`Du är nu ansvarig redaktör för "${title}".`, `You are now the responsible editor of "${title}".`),
  };
}
