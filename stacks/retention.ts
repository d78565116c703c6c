/**
 * How long the stages keep what they keep, in one place for the README's privacy section to cite (and for
 * the stack tests to hold the resources to). No SST globals here, so the tests can import it.
 */
export const retention = {
  /** The table can be restored to any second of the last 35 days (point-in-time recovery, DynamoDB's longest). */
  tablePointInTimeRecoveryDays: 35,
  /**
   * A media file's replaced or deleted versions, kept to undo a mistake and for a restore: as long as the table's
   * and the CMS database's backups reach back, so that a restore to any moment in them finds the files its
   * documents name; no longer, since a deleted file may hold personal data (minutes).
   */
  mediaNoncurrentVersionDays: 35,
  /** A multipart upload left unfinished is aborted (its parts deleted) after this. */
  mediaIncompleteUploadDays: 1,
  /**
   * The API's access log (API Gateway): a request's time, method, route (never its path: a personal calendar
   * link's path is its secret), status, latencies and source address, every stage alike.
   */
  apiAccessLogDays: 30,
  /**
   * The CMS database's automated backups (RDS): restorable to any second of the last 35 days, as the table is
   * (the register and the editorial content restore to the same moment; the read model is rebuilt from the CMS).
   * Erased data stays in them as long as in the table's backups, and a restore re-runs the erasures the same way.
   */
  cmsDatabaseBackupDays: 35,
} as const;
