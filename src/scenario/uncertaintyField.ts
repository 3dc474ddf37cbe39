import { z } from 'zod';

// TODO(lead): swap for distributionDocumentSchema from src/uncertainty once it lands.
export const distributionDocument = z.looseObject({ type: z.string() });
