import { stringify } from 'csv-stringify/sync';
import { stockholmMinute } from '../stockholm-time.js';
import type { Participants } from './participants-data.js';
import { words } from './words.js';

/**
 * The roll and the waiting list as CSV for spreadsheets, in the tab's order: semicolon-separated with a byte
 * order mark and Swedish headers, as Excel in Swedish settings opens it (as the reports' CSV).
 */
export function participantsCsv({ roll, waitlist }: Participants): string {
  const rows: (string | number)[][] = [
    [
      words.name.sv,
      words.email.sv,
      words.department.sv,
      words.registeredAt.sv,
      words.status.sv,
      words.position.sv,
      words.attended.sv,
    ],
    ...[...roll, ...waitlist].map((person) => [
      person.name ?? words.anonymised.sv,
      person.email ?? '',
      person.departmentName,
      stockholmMinute(person.registeredAt),
      person.waitlistPosition === null ? words.registered.sv : words.waiting.sv,
      person.waitlistPosition ?? '',
      person.waitlistPosition === null ? (person.attended ? words.yes.sv : words.no.sv) : '',
    ]),
  ];
  return stringify(rows, { delimiter: ';', bom: true, record_delimiter: '\r\n' });
}
