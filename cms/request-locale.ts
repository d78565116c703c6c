import type { PayloadRequest } from 'payload';

/**
 * Runs a read that passes the save's own `req` (to stay in its transaction) with a locale of its own:
 * Payload switches the request's locale for such a read, which would redirect the rest of the save into
 * that locale. The request's locale and fallback are put back afterwards.
 */
export async function keepingRequestLocale<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req;
  try {
    return await read();
  } finally {
    req.locale = locale;
    req.fallbackLocale = fallbackLocale;
  }
}
