import { NextResponse, type NextRequest } from 'next/server.js';

/** Payload's language cookie: set by the account view when an editor picks a language. */
const LANGUAGE_COOKIE = 'payload-lng';

/** A document's edit view (or a new one), whose content locale the URL's `locale` names. */
const documentView = /^\/admin\/collections\/[^/]+\/[^/]+$/;

/**
 * The admin speaks Swedish, and writes Swedish, unless the editor chose otherwise:
 * - the admin's language: Payload would follow the browser's Accept-Language, and most machines (and
 *   every fresh profile) ask for English; an editor's own choice (the account view's cookie) stays;
 * - a document opens in Swedish: Payload would reopen it in whatever content locale the editor last
 *   used anywhere (an edit meant for Swedish once landed in the Finnish title). Picking another locale
 *   for the document puts it in the URL, which is then kept.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (documentView.test(pathname) && !searchParams.has('locale')) {
    const swedish = request.nextUrl.clone();
    swedish.searchParams.set('locale', 'sv');
    return NextResponse.redirect(swedish);
  }
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next();
  request.cookies.set(LANGUAGE_COOKIE, 'sv');
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(LANGUAGE_COOKIE, 'sv', { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 60 * 60 });
  return response;
}

export const config = { matcher: ['/admin/:path*'] };
