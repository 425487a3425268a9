import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** int8 columns are parsed to numbers by the connection. */
type Int8 = ColumnType<number, number | bigint, number | bigint>;

export type CatalogueConsentsTable = {
  id: Generated<number>;
  business_id: number;
  text_version: string;
  channel: string;
  recorded_by: string;
  recorded_at: Generated<Timestamp>;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
};

export type ProductsTable = {
  id: Generated<number>;
  business_id: number;
  name: string;
  description: string | null;
  category: string;
  price_min: Int8 | null;
  price_max: Int8 | null;
  search_text: string;
  version: Generated<number>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
};

export type ProductPhotosTable = {
  product_id: number;
  n: number;
  content_type: 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
  bytes: Uint8Array;
  thumb_width: number;
  thumb_height: number;
  thumb: Uint8Array;
};

/** The view of published businesses: the one publication rule (see migration 0015). */
export type CataloguePublicBusinessesView = {
  id: number;
  name: string;
  kelurahan_code: string;
  kecamatan_code: string;
  owner_phone: string | null;
  published_at: Date;
};

export type CatalogueTables = {
  catalogue_consents: CatalogueConsentsTable;
  products: ProductsTable;
  product_photos: ProductPhotosTable;
  catalogue_public_businesses: CataloguePublicBusinessesView;
};
