/** An instant as the admin shows it to Botkyrka's editors: Swedish notation, Swedish time. */
export const stockholmTime = (iso: string, style: Pick<Intl.DateTimeFormatOptions, 'dateStyle' | 'timeStyle'> = {}) =>
  new Date(iso).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', ...style });
