/** The job queue of read-model syncs (publish/unpublish into the API's DynamoDB table). */
export const SYNC_QUEUE = 'read-model';
