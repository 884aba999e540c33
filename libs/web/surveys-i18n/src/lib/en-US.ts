/**
 * English texts of park surveys (the park's builder and results, the tenant's answering page). They
 * load with those routes (`provideTranslations(SURVEYS_DICTIONARIES)`). This dictionary defines the
 * keys; the Chinese one must have exactly these.
 */
export const surveysEnUS = {
  'surveys.title': 'Surveys',
};
