import { districtSchema } from '../../data/entities/district.js';
import { supportResourceSchema } from '../../data/entities/support-resource.js';
import { localeCode } from '../../domain/locale.js';
import { localize, localizeAll } from '../../content-types/localize.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';
import { preventionReport as report } from '../../training/report.js';

// preventionReport: counts for BRÅ from trainings, the council, the register and the support resources (training/report.ts)
export const preventionReport: NonNullable<QueryResolvers['preventionReport']> = async (
  _,
  { from, to, locale },
  context,
) => {
  const language = localeCode(locale);
  const model = await report(context, from, to);
  return {
    ...model,
    activitiesByDistrict: model.activitiesByDistrict.map((entry) => ({
      ...entry,
      district: localize(districtSchema, entry.district, language),
    })),
    staleSupportResources: localizeAll(supportResourceSchema, model.staleSupportResources, language),
  };
};
