/**
 * The business scenes of the assessment frameworks that pain points and solutions may name (the
 * MIIT table's sixteen; the spec holds this list to the framework document).
 */
export const SCENE_KEYS = [
  'product_design',
  'process_design',
  'marketing',
  'after_sales',
  'scheduling',
  'production_control',
  'quality',
  'equipment',
  'safety',
  'energy',
  'purchasing',
  'warehousing',
  'finance',
  'hr',
  'office',
  'decision',
] as const;

export const isSceneKey = (key: string): boolean => (SCENE_KEYS as readonly string[]).includes(key);
