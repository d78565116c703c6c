import type { Payload, TaskConfig } from 'payload';
import { cmsSettings } from '../settings.js';
import { staleDocuments, type StaleDocument } from './stale.js';

/** An owner hears about one stale document at most this often. */
export const REMIND_EVERY_MS = 7 * 24 * 60 * 60 * 1000;

const documentId = (stale: StaleDocument) => `${stale.collection}:${stale.id}`;

function reminder(stale: StaleDocument, months: number): { subject: string; text: string } {
  const what = stale.collection === 'support-resources' ? 'stödinsatsen' : 'organisationen';
  const since = stale.verifiedAt ? `senast kontrollerad ${stale.verifiedAt.slice(0, 10)}` : 'aldrig kontrollerad';
  return {
    subject: `Värna: kontrollera ${what} "${stale.title}"`,
    text: [
      `Hej,`,
      '',
      `Du är ansvarig redaktör för ${what} "${stale.title}", ${since}. Uppgifter som är äldre än ${months} månader ska kontrolleras, så att invånare som söker hjälp når rätt.`,
      '',
      `Öppna den i Värnas redaktörsgränssnitt (/admin/collections/${stale.collection}/${stale.id}), kontrollera telefon, öppettider och webbadress, och ange dagens datum under "Senast kontrollerad".`,
      '',
      'Du får en påminnelse i veckan så länge den inte är kontrollerad.',
    ].join('\n'),
  };
}

/**
 * Sends each owner of a stale document a reminder, at most once a week per document (the last time is
 * kept in stale-reminders). Documents without an owner are only listed on the dashboard.
 */
export async function remindStaleOwners(
  payload: Payload,
  now: Date,
  months: number,
): Promise<{ reminded: number; skipped: number }> {
  let reminded = 0;
  let skipped = 0;
  for (const stale of await staleDocuments(payload, now, months)) {
    if (!stale.owner) continue;
    const { docs } = await payload.find({
      collection: 'stale-reminders',
      where: { document: { equals: documentId(stale) } },
      limit: 1,
      overrideAccess: true,
    });
    const last = docs[0];
    if (last && now.getTime() - Date.parse(last.sentAt) < REMIND_EVERY_MS) {
      skipped++;
      continue;
    }
    await payload.sendEmail({ to: stale.owner.email, ...reminder(stale, months) });
    const record = { document: documentId(stale), sentAt: now.toISOString(), to: stale.owner.email };
    if (last) await payload.update({ collection: 'stale-reminders', id: last.id, data: record, overrideAccess: true });
    else await payload.create({ collection: 'stale-reminders', data: record, overrideAccess: true });
    reminded++;
  }
  return { reminded, skipped };
}

/** Every morning: reminders to the owners of stale support resources and organisations, as a queued job with retries. */
export const remindStaleContentTask: TaskConfig<{
  input: Record<string, never>;
  output: { reminded: number; skipped: number };
}> = {
  slug: 'remindStaleContent',
  label: 'Remind owners of stale content',
  schedule: [{ cron: '0 0 6 * * *', queue: 'default' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ req }) => ({
    output: await remindStaleOwners(req.payload, new Date(), cmsSettings.staleAfterMonths()),
  }),
};
