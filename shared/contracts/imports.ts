import { z } from 'zod';

/** The registry fields a spreadsheet column can be mapped to. */
export const IMPORT_FIELDS = [
  'nik',
  'ownerName',
  'gender',
  'birthPlace',
  'birthDate',
  'age',
  'phone',
  'krtp',
  'education',
  'householdSize',
  'address',
  'street',
  'rt',
  'rw',
  'rtRw',
  'kelurahan',
  'kecamatan',
  'businessName',
  'products',
  'kbli',
  'sector',
  'yearStarted',
  'workersTotal',
  'workersWomen',
  'workersMen',
  'monthlyTurnover',
  'annualTurnover',
  'weeklyTurnover',
  'dailyTurnover',
  'capital',
  'nib',
  'pirt',
  'halal',
  'bpom',
  'latitude',
  'longitude',
  'coordinates',
  'homeIndustry',
  'businessStatus',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_STATES = [
  'uploaded',
  'validating',
  'validated',
  'committing',
  'committed',
  'failed',
  'cancelled',
] as const;

/**
 * The order of day and month in a date column's dates written as numbers: day first as Indonesia writes
 * them (`dmy`), or month first (`mdy`), as a form or spreadsheet set to United States English exports them.
 */
export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];
const DateOrderField = z
  .enum(DATE_ORDERS)
  .describe(
    'Urutan tanggal berupa angka di kolom ini: dmy = hari/bulan/tahun (bawaan), mdy = bulan/hari/tahun',
  );

export const ColumnMapping = z
  .object({
    column: z.number().int().min(0).describe('Kolom ke- (mulai 0)'),
    header: z.string(),
    field: z.enum(IMPORT_FIELDS).nullable().describe('Isian registri; null = kolom tidak diimpor'),
    dateOrder: DateOrderField.optional(),
  })
  .meta({ id: 'ColumnMapping' });

export const ImportCounts = z
  .record(z.string(), z.number())
  .describe(
    'read, ok, warning, rejected, skipped; setelah disimpan: peopleNew, peopleLinked, businessesNew, …, peopleFilled, businessesFilled (data yang ada yang isian kosongnya diisi dari baris impor), linkedThroughIndex (1: dicocokkan lewat indeks pencocokan, 0: seluruh registri dimuat)',
  );

export const Import = z
  .object({
    id: z.number().int(),
    source: z.string().describe('Kantor/OPD asal data'),
    fileName: z.string(),
    fileType: z.enum(['xlsx', 'ods', 'csv']),
    sheets: z.array(
      z.object({
        index: z.number().int(),
        name: z.string(),
        hidden: z.boolean().describe('Lembar yang disembunyikan di buku kerja'),
        hasData: z
          .boolean()
          .describe(
            'Judul kolomnya memuat nama pemilik dan ada baris data di bawahnya (dilihat dari 40 baris pertama)',
          ),
      }),
    ),
    sheetIndex: z.number().int(),
    headerRow: z
      .number()
      .int()
      .nullable()
      .describe('Nomor baris judul kolom, seperti di aplikasi spreadsheet'),
    firstDataRow: z.number().int().nullable(),
    mapping: z.array(ColumnMapping),
    state: z.enum(IMPORT_STATES),
    mode: z.enum(['valid_rows', 'all_or_nothing']).nullable(),
    counts: ImportCounts,
    jobId: z.number().int().nullable(),
    progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
    error: z.string().nullable(),
    previousImport: z
      .object({ id: z.number().int(), at: z.string() })
      .nullable()
      .describe('Berkas yang sama sudah pernah disimpan: impor ulang tidak membuat data baru'),
    createdBy: z.string(),
    createdAt: z.string(),
    validatedAt: z.string().nullable(),
    committedAt: z.string().nullable(),
  })
  .meta({ id: 'Import' });
export type Import = z.infer<typeof Import>;

export const ImportList = z.object({ items: z.array(Import) }).meta({ id: 'ImportList' });

export const ImportUpload = z
  .object({
    file: z.any().describe('Berkas .xlsx, .ods atau .csv (maks. 50 MB)'),
    source: z.string().trim().min(2, 'Sebutkan kantor/OPD asal data.').max(120),
    sheet: z.coerce.number().int().min(0).optional().describe('Lembar yang diimpor (mulai 0)'),
  })
  .meta({ id: 'ImportUpload' });

export const ImportPatch = z
  .object({
    sheetIndex: z.number().int().min(0).optional(),
    mapping: z
      .array(
        z.object({
          column: z.number().int().min(0),
          field: z.enum(IMPORT_FIELDS).nullable(),
          dateOrder: DateOrderField.optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'ImportPatch' });

export const ImportCommit = z
  .object({
    mode: z
      .enum(['valid_rows', 'all_or_nothing'])
      .describe('valid_rows: baris yang ditolak tidak ikut; all_or_nothing: batal bila ada yang ditolak'),
  })
  .meta({ id: 'ImportCommit' });

export const RowIssue = z
  .object({
    severity: z.enum(['error', 'warning']),
    code: z.string(),
    message: z.string(),
    field: z.enum(IMPORT_FIELDS).optional(),
    column: z.number().int().optional(),
  })
  .meta({ id: 'RowIssue' });

export const SourceRow = z
  .object({
    sheetRow: z.number().int().describe('Nomor baris seperti di aplikasi spreadsheet'),
    status: z.enum(['ok', 'warning', 'rejected']),
    issues: z.array(RowIssue),
    cells: z.array(z.string()),
    personId: z.number().int().nullable(),
    businessId: z.number().int().nullable(),
  })
  .meta({ id: 'SourceRow' });

export const SourceRowQuery = z.object({
  status: z.enum(['ok', 'warning', 'rejected']).optional(),
  after: z.coerce.number().int().min(0).optional().describe('Baris sesudah nomor ini'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const SourceRowList = z
  .object({ items: z.array(SourceRow), nextAfter: z.number().int().nullable() })
  .meta({ id: 'SourceRowList' });

export const ImportPreview = z
  .object({
    headers: z.array(z.string()),
    rows: z.array(z.object({ sheetRow: z.number().int(), cells: z.array(z.string()) })),
  })
  .meta({ id: 'ImportPreview' });

export const ImportSource = z
  .object({ id: z.number().int(), name: z.string(), hasTemplate: z.boolean() })
  .meta({ id: 'ImportSource' });
export const ImportSourceList = z.object({ items: z.array(ImportSource) }).meta({ id: 'ImportSourceList' });
