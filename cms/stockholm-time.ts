/** An instant as the admin shows it to Botkyrka's editors: Swedish notation, Swedish time. */
export const stockholmTime = (iso: string, style: Pick<Intl.DateTimeFormatOptions, 'dateStyle' | 'timeStyle'> = {}) =>
  new Date(iso).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', ...style });

/** An instant to the minute, as the admin's dates read: `yyyy-MM-dd HH:mm`, Stockholm time. */
export const stockholmMinute = (iso: string) => stockholmTime(iso, { dateStyle: 'short', timeStyle: 'short' });
