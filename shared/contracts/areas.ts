import { z } from 'zod';

export const Area = z
  .object({
    code: z.string().describe('Kode Kemendagri, mis. 35.73.01'),
    name: z.string(),
    level: z.number().int().describe('1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 kelurahan/desa'),
    parentCode: z.string().nullable(),
  })
  .meta({ id: 'Area' });

export const AreaWithCounts = Area.extend({
  microEnterprises: z.number().int(),
  homeIndustries: z.number().int(),
  homeIndustriesKrtp: z.number().int(),
}).meta({ id: 'AreaWithCounts' });

export const AreaListQuery = z.object({
  parent: z
    .string()
    .regex(/^\d{2}(\.\d{2}){0,2}$/)
    .optional()
    .describe('Kode induk; kosong = wilayah layanan'),
});

export const AreaTree = z
  .object({ region: Area, children: z.array(AreaWithCounts.extend({ children: z.array(AreaWithCounts) })) })
  .meta({ id: 'AreaTree' });

export type Area = z.infer<typeof Area>;
export type AreaWithCounts = z.infer<typeof AreaWithCounts>;
export type AreaTree = z.infer<typeof AreaTree>;
