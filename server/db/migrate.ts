import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as m0001 from './migrations/0001_registry.ts';
import * as m0002 from './migrations/0002_business_counts.ts';
import * as m0003 from './migrations/0003_accounts_audit.ts';
import * as m0004 from './migrations/0004_privacy.ts';
import * as m0005 from './migrations/0005_api_tokens.ts';
import * as m0006 from './migrations/0006_imports_linkage.ts';
import * as m0007 from './migrations/0007_counts_per_statement.ts';
import * as m0008 from './migrations/0008_assessments.ts';
import * as m0009 from './migrations/0009_roadmap.ts';
import * as m0010 from './migrations/0010_programmes.ts';
import * as m0011 from './migrations/0011_exports.ts';
import * as m0012 from './migrations/0012_visits.ts';
import * as m0013 from './migrations/0013_market_leads.ts';
import * as m0014 from './migrations/0014_exhibitions.ts';
import * as m0015 from './migrations/0015_catalogue.ts';
import * as m0016 from './migrations/0016_count_history.ts';
import * as m0017 from './migrations/0017_participant_withdrawn_at.ts';
import * as m0018 from './migrations/0018_dashboard_figures.ts';
import * as m0019 from './migrations/0019_linkage_index.ts';
import * as m0020 from './migrations/0020_source_row_links.ts';
import * as m0021 from './migrations/0021_figure_spans.ts';
import * as m0023 from './migrations/0023_linkage_prepared.ts';
import * as m0024 from './migrations/0024_count_days_cover.ts';
import * as m0025 from './migrations/0025_staged_records.ts';
import * as m0026 from './migrations/0026_linkage_reprepare.ts';
import * as m0027 from './migrations/0027_linkage_nicknames.ts';
import * as m0028 from './migrations/0028_linkage_owner_named.ts';
import * as m0029 from './migrations/0029_staged_json.ts';
import * as m0030 from './migrations/0030_commit_triggers_always.ts';
import * as m0031 from './migrations/0031_review_scored_at.ts';
import * as m0032 from './migrations/0032_history_distinct.ts';
import * as m0033 from './migrations/0033_linkage_glued_address.ts';
import * as m0034 from './migrations/0034_history_reopen.ts';
import * as m0035 from './migrations/0035_linkage_glued_capitals.ts';
import * as m0036 from './migrations/0036_linkage_filler_slips.ts';
import * as m0037 from './migrations/0037_linkage_houses.ts';
import * as m0038 from './migrations/0038_linkage_kinds.ts';
import * as m0039 from './migrations/0039_linkage_doubled_fillers.ts';
import * as m0040 from './migrations/0040_linkage_estates.ts';
import * as m0041 from './migrations/0041_linkage_trades.ts';
import * as m0042 from './migrations/0042_linkage_business_words.ts';
import * as m0043 from './migrations/0043_linkage_product_words.ts';
import * as m0044 from './migrations/0044_linkage_owner_gender.ts';
import * as m0045 from './migrations/0045_linkage_knitting.ts';
import * as m0046 from './migrations/0046_linkage_kbli_products.ts';
import * as m0047 from './migrations/0047_linkage_owner_born.ts';
import * as m0048 from './migrations/0048_linkage_kbli_trade.ts';
import * as m0049 from './migrations/0049_linkage_hamlets.ts';
import * as m0050 from './migrations/0050_permits_nib_per_owner.ts';
import * as m0051 from './migrations/0051_linkage_javanese_products.ts';
import * as m0052 from './migrations/0052_linkage_hamlet_terms.ts';
import * as m0053 from './migrations/0053_linkage_gang_slash.ts';
import * as m0054 from './migrations/0054_linkage_lingkungan.ts';
import * as m0055 from './migrations/0055_linkage_sumatran_products.ts';
import * as m0056 from './migrations/0056_linkage_business_sector.ts';

// Listed explicitly, in order: a landed migration is never edited, only followed by a new one.
const migrations: Record<string, Migration> = {
  '0001_registry': m0001,
  '0002_business_counts': m0002,
  '0003_accounts_audit': m0003,
  '0004_privacy': m0004,
  '0005_api_tokens': m0005,
  '0006_imports_linkage': m0006,
  '0007_counts_per_statement': m0007,
  '0008_assessments': m0008,
  '0009_roadmap': m0009,
  '0010_programmes': m0010,
  '0011_exports': m0011,
  '0012_visits': m0012,
  '0013_market_leads': m0013,
  '0014_exhibitions': m0014,
  '0015_catalogue': m0015,
  '0016_count_history': m0016,
  '0017_participant_withdrawn_at': m0017,
  '0018_dashboard_figures': m0018,
  '0019_linkage_index': m0019,
  '0020_source_row_links': m0020,
  '0021_figure_spans': m0021,
  '0023_linkage_prepared': m0023,
  '0024_count_days_cover': m0024,
  '0025_staged_records': m0025,
  '0026_linkage_reprepare': m0026,
  '0027_linkage_nicknames': m0027,
  '0028_linkage_owner_named': m0028,
  '0029_staged_json': m0029,
  '0030_commit_triggers_always': m0030,
  '0031_review_scored_at': m0031,
  '0032_history_distinct': m0032,
  '0033_linkage_glued_address': m0033,
  '0034_history_reopen': m0034,
  '0035_linkage_glued_capitals': m0035,
  '0036_linkage_filler_slips': m0036,
  '0037_linkage_houses': m0037,
  '0038_linkage_kinds': m0038,
  '0039_linkage_doubled_fillers': m0039,
  '0040_linkage_estates': m0040,
  '0041_linkage_trades': m0041,
  '0042_linkage_business_words': m0042,
  '0043_linkage_product_words': m0043,
  '0044_linkage_owner_gender': m0044,
  '0045_linkage_knitting': m0045,
  '0046_linkage_kbli_products': m0046,
  '0047_linkage_owner_born': m0047,
  '0048_linkage_kbli_trade': m0048,
  '0049_linkage_hamlets': m0049,
  '0050_permits_nib_per_owner': m0050,
  '0051_linkage_javanese_products': m0051,
  '0052_linkage_hamlet_terms': m0052,
  '0053_linkage_gang_slash': m0053,
  '0054_linkage_lingkungan': m0054,
  '0055_linkage_sumatran_products': m0055,
  '0056_linkage_business_sector': m0056,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Applies every pending migration; throws with the failing migration's name on error. */
// biome-ignore lint/suspicious/noExplicitAny: the migrator works on any schema
export async function migrate(db: Kysely<any>): Promise<string[]> {
  // Migrations of work merged side by side may land with a lower number after a higher one has run on a
  // database; they touch separate tables, so a pending lower one is applied rather than refused.
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'schema_migrations',
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`Migrasi ${failed?.migrationName ?? ''} gagal: ${String(error)}`, { cause: error });
  }
  return (results ?? []).map((r) => r.migrationName);
}
