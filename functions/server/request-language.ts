import { AsyncLocalStorage } from 'node:async_hooks';
import type { MessageLanguage } from '../domain/said.js';

/**
 * The language of the request being answered, for the messages of its errors: formatError (Apollo's hook)
 * gets no context, and a Lambda instance or the dev server may answer several requests at once.
 */
const requestLanguageStore = new AsyncLocalStorage<MessageLanguage>();

export const inRequestLanguage = <T>(language: MessageLanguage, answer: () => T): T =>
  requestLanguageStore.run(language, answer);

/** The current request's message language; English outside a request. */
export const requestLanguage = (): MessageLanguage => requestLanguageStore.getStore() ?? 'en';
