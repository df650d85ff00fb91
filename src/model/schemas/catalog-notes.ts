import { z } from 'zod';

export const catalogIdSchema = z
  .strictObject({
    name: z.string().min(1).meta({ description: 'The catalog\'s name, e.g. 法治政府建设示范指标体系.' }),
    version: z.string().min(1).meta({ description: 'The catalog\'s version, e.g. 2021.1.' }),
  })
  .meta({ description: 'A catalog pinned by name and version.' });

const noteSchema = z
  .strictObject({
    note: z.string().min(1).optional().meta({ description: 'A note on the indicator (本地说明).' }),
    materials: z
      .record(z.string().regex(/^[1-9][0-9]?$/, 'a material number'), z.string().min(1))
      .optional()
      .meta({ description: 'Per material number, a note on that material (a local reading of it).' }),
  })
  .meta({ description: 'The organisation\'s notes on one indicator.' });

export const catalogNotesFileSchema = z
  .strictObject({
    catalog: catalogIdSchema.meta({ description: 'The catalog version these notes were written against (must be the pinned one).' }),
    indicators: z.record(z.string().min(1), noteSchema).default({}),
  })
  .meta({
    title: 'catalog-notes.yaml',
    description: 'Annotations of the pinned catalog by this organisation; the catalog text itself stays as printed.',
  });

export type CatalogNotesFile = z.infer<typeof catalogNotesFileSchema>;
