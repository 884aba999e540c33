/**
 * English texts of the park administrator's oversight pages (dashboard, tenant summary,
 * cross-analysis, pain-point matrix, reports) and of showcases and peer benchmarks. They load with
 * those routes (`provideTranslations(PARK_DICTIONARIES)`), not with the shell. This dictionary
 * defines the keys; the Chinese one must have exactly these.
 */
export const parkEnUS = {
  'parkOversight.title': 'Park oversight',
};
