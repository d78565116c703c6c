import { NextResponse, type NextRequest } from 'next/server.js';

/** Payload's language cookie: set by the account view when an editor picks a language. */
const LANGUAGE_COOKIE = 'payload-lng';

/**
 * The admin speaks Swedish unless the editor chose otherwise. Payload would otherwise follow the
 * browser's Accept-Language, and most machines (and every fresh profile) ask for English. An editor's
 * own choice (English, in the account view) is a cookie that this leaves alone.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next();
  request.cookies.set(LANGUAGE_COOKIE, 'sv');
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(LANGUAGE_COOKIE, 'sv', { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 60 * 60 });
  return response;
}

export const config = { matcher: ['/admin/:path*'] };
