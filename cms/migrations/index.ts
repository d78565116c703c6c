import * as migration_20261126_113207_initial from './20261126_113207_initial.js';
import * as migration_20261126_124121_media_storage from './20261126_124121_media_storage.js';
import * as migration_20261126_234142_document_sync from './20261126_234142_document_sync.js';
import * as migration_20261127_023522_situations from './20261127_023522_situations.js';
import * as migration_20261127_052121_stale_content_owners from './20261127_052121_stale_content_owners.js';
import * as migration_20261202_095608_training_registration from './20261202_095608_training_registration.js';
import * as migration_20261207_140918_reports_for_bra from './20261207_140918_reports_for_bra.js';
import * as migration_20261207_152401_cms_user_invitations from './20261207_152401_cms_user_invitations.js';
import * as migration_20261207_183141_release_stale_sync_jobs from './20261207_183141_release_stale_sync_jobs.js';
import * as migration_20261207_211454_multi_tenant_municipalities from './20261207_211454_multi_tenant_municipalities.js';
import * as migration_20261208_005053_shared_trainings_national_content from './20261208_005053_shared_trainings_national_content.js';

export const migrations = [
  {
    up: migration_20261126_113207_initial.up,
    down: migration_20261126_113207_initial.down,
    name: '20261126_113207_initial',
  },
  {
    up: migration_20261126_124121_media_storage.up,
    down: migration_20261126_124121_media_storage.down,
    name: '20261126_124121_media_storage',
  },
  {
    up: migration_20261126_234142_document_sync.up,
    down: migration_20261126_234142_document_sync.down,
    name: '20261126_234142_document_sync',
  },
  {
    up: migration_20261127_023522_situations.up,
    down: migration_20261127_023522_situations.down,
    name: '20261127_023522_situations',
  },
  {
    up: migration_20261127_052121_stale_content_owners.up,
    down: migration_20261127_052121_stale_content_owners.down,
    name: '20261127_052121_stale_content_owners',
  },
  {
    up: migration_20261202_095608_training_registration.up,
    down: migration_20261202_095608_training_registration.down,
    name: '20261202_095608_training_registration',
  },
  {
    up: migration_20261207_140918_reports_for_bra.up,
    down: migration_20261207_140918_reports_for_bra.down,
    name: '20261207_140918_reports_for_bra',
  },
  {
    up: migration_20261207_152401_cms_user_invitations.up,
    down: migration_20261207_152401_cms_user_invitations.down,
    name: '20261207_152401_cms_user_invitations',
  },
  {
    up: migration_20261207_183141_release_stale_sync_jobs.up,
    down: migration_20261207_183141_release_stale_sync_jobs.down,
    name: '20261207_183141_release_stale_sync_jobs',
  },
  {
    up: migration_20261207_211454_multi_tenant_municipalities.up,
    down: migration_20261207_211454_multi_tenant_municipalities.down,
    name: '20261207_211454_multi_tenant_municipalities',
  },
  {
    up: migration_20261208_005053_shared_trainings_national_content.up,
    down: migration_20261208_005053_shared_trainings_national_content.down,
    name: '20261208_005053_shared_trainings_national_content'
  },
];
