import { FieldError, PROBLEM_CODES, TemplateKpi } from '@xinzhi/shared-contracts';
import { isSceneKey } from '../scenes';

/**
 * What the request schemas cannot see in a solution (they check each field's shape, weights,
 * offsets and the price band): scenes must be scenes of the assessment, each named once; a template
 * KPI's target must differ from its baseline (else it is attained from the start); template task
 * titles and KPI names are unique within the solution, since adoption creates them side by side.
 */
export function catalogProblems(s: {
  scenes: Array<{ sceneId: string; toLevel: number }>;
  templateTasks: Array<{ title: string }>;
  templateKpis: TemplateKpi[];
}): FieldError[] {
  const problems: FieldError[] = [];
  const seenScenes = new Set<string>();
  s.scenes.forEach((scene, i) => {
    if (!isSceneKey(scene.sceneId))
      problems.push({
        field: `scenes.${i}.sceneId`,
        code: PROBLEM_CODES.oneOf,
        message: `scenes.${i}.sceneId names no scene of the assessment`,
      });
    else if (seenScenes.has(scene.sceneId))
      problems.push({ field: `scenes.${i}.sceneId`, code: PROBLEM_CODES.unique, message: `scenes.${i}.sceneId is listed twice` });
    seenScenes.add(scene.sceneId);
  });
  const seenTitles = new Set<string>();
  s.templateTasks.forEach((t, i) => {
    const key = t.title.trim().toLowerCase();
    if (seenTitles.has(key))
      problems.push({
        field: `templateTasks.${i}.title`,
        code: PROBLEM_CODES.unique,
        message: `templateTasks.${i}.title is used by another template task`,
      });
    seenTitles.add(key);
  });
  const seenKpis = new Set<string>();
  s.templateKpis.forEach((k, i) => {
    const key = k.name.trim().toLowerCase();
    if (seenKpis.has(key))
      problems.push({
        field: `templateKpis.${i}.name`,
        code: PROBLEM_CODES.unique,
        message: `templateKpis.${i}.name is used by another template KPI`,
      });
    seenKpis.add(key);
    if (k.target === k.baseline)
      problems.push({
        field: `templateKpis.${i}.target`,
        code: PROBLEM_CODES.invalid,
        message: `templateKpis.${i}.target must differ from its baseline`,
      });
  });
  return problems;
}
