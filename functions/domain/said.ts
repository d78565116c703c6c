/**
 * A message to a person in the two languages the API answers in: Swedish for a request that asks for it
 * (`Accept-Language: sv`, as a Swedish browser sends), English otherwise. Error codes never change with it.
 */
export interface Said {
  sv: string;
  en: string;
}

/** The languages messages are written in; content has more (functions/domain/locale.ts). */
export type MessageLanguage = keyof Said;

/** The language of `Accept-Language`'s first known choice by its weight: Swedish or English (the default). */
export function messageLanguageOf(acceptLanguage: string | undefined): MessageLanguage {
  const choices = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().toLowerCase().split(';');
      const weight = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
      return { language: tag.split('-')[0]!, weight: weight === undefined ? 1 : Number(weight), index };
    })
    .filter(({ language, weight }) => (language === 'sv' || language === 'en') && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return (choices[0]?.language as MessageLanguage | undefined) ?? 'en';
}
