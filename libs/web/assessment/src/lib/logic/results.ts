import type {
  Assessment,
  AssessmentFramework,
  AssessmentGap,
  AssessmentStatus,
  BusinessArea,
  Locale,
  SceneGroup,
} from '@xinzhi/shared-contracts';
import { PAIN_POINT_DESCRIPTION_MAX } from '@xinzhi/shared-contracts';
import type { TranslationKey, TranslationParams } from '@xinzhi/web-core';
import { formatNumber, say } from './wizard';

/** A sentence by key and its values, worded by the translate pipe. */
export interface Wording {
  readonly key: TranslationKey;
  readonly params?: TranslationParams;
}

export const STATUS_LABELS: Readonly<Record<AssessmentStatus, TranslationKey>> = {
  draft: 'assessmentStatus.draft',
  submitted: 'assessmentStatus.submitted',
  scored: 'assessmentStatus.scored',
};

export const STATUS_COLORS: Readonly<Record<AssessmentStatus, string>> = {
  draft: 'default',
  submitted: 'processing',
  scored: 'success',
};

type Translate = (key: TranslationKey, params?: TranslationParams) => string;

/** Keys of the level words (the park's tenant list shows them too). */
const LEVEL_KEYS: readonly TranslationKey[] = [
  'maturityLevel.0',
  'maturityLevel.1',
  'maturityLevel.2',
  'maturityLevel.3',
  'maturityLevel.4',
];

/** "二级" / "Level 2"; 0 → "未定级" / "Not graded" (short, for tables and headings). */
export function levelShort(level: number, t: Translate): string {
  const key = LEVEL_KEYS[level];
  return key ? t(key) : t('maturityLevel.n', { level });
}

/** The level with the framework's name for it: "二级 · 规范级" / "Level 2 · Standardised". */
export function levelTitle(framework: Pick<AssessmentFramework, 'levelRules'>, level: number, locale: Locale, t: Translate): string {
  const rule = framework.levelRules.find((r) => r.level === level);
  const short = levelShort(level, t);
  const name = rule ? say(rule.name, locale) : '';
  if (!name || name === short) return short;
  // The framework's name may already begin with the level (MIIT: "二级 规范级").
  return name.startsWith(short) ? name : `${short} · ${name}`;
}

/** The rule that decided the level, in words (the thresholds of the level reached, or what level 1 would need). */
export function decidedByWording(
  framework: Pick<AssessmentFramework, 'levelRules'>,
  assessment: Pick<Assessment, 'decidedBy' | 'totalPoints'>,
  locale: Locale,
  t: Translate,
): Wording | null {
  const decided = assessment.decidedBy;
  if (!decided) return null;
  const points = formatNumber(assessment.totalPoints ?? 0, locale);
  if (decided.level === 0 || decided.minPoints === null) {
    const lowest = [...framework.levelRules].sort((a, b) => a.level - b.level)[0];
    if (!lowest) return { key: 'results.ruleNone', params: { points } };
    return {
      key: 'results.ruleNotGraded',
      params: {
        points,
        level: levelShort(lowest.level, t),
        minPoints: formatNumber(lowest.minPoints, locale),
        minScenes: lowest.minScenes,
        minConstraint: lowest.minConstraintScenes,
        scenes: decided.scenesAtLevel,
        constraint: decided.constraintScenesAtLevel,
      },
    };
  }
  return {
    key: 'results.rule',
    params: {
      level: levelShort(decided.level, t),
      n: decided.level,
      points,
      minPoints: formatNumber(decided.minPoints, locale),
      scenes: decided.scenesAtLevel,
      minScenes: decided.minScenes ?? 0,
      constraint: decided.constraintScenesAtLevel,
      minConstraint: decided.minConstraintScenes ?? 0,
    },
  };
}

/** One gap in words, e.g. "Q3 Devices networked: next “(20 %, 40 %]” earns +1.5" / "Raise 质量管理 from level 1 to 2 (constraint scene)". */
export function gapWording(framework: Pick<AssessmentFramework, 'dimensions' | 'scenes'>, gap: AssessmentGap, locale: Locale): Wording {
  if (gap.kind === 'item') {
    const item = framework.dimensions.flatMap((d) => d.items).find((i) => i.id === gap.itemId);
    const option = item?.options.find((o) => o.id === gap.toOptionId);
    return {
      key: 'gap.item',
      params: {
        code: item?.code ?? gap.itemId,
        question: item ? say(item.prompt, locale) : gap.itemId,
        option: option ? say(option.label, locale) : gap.toOptionId,
        gain: formatNumber(gap.gain, locale, 3),
      },
    };
  }
  const scene = framework.scenes.find((s) => s.id === gap.sceneId);
  return {
    key: gap.constraint ? 'gap.sceneConstraint' : 'gap.scene',
    params: { scene: scene ? say(scene.name, locale) : gap.sceneId, from: gap.fromLevel, to: gap.toLevel },
  };
}

/** The task a gap becomes: its title, a description that says where it came from, and its business area. */
export function gapTaskDraft(
  framework: Pick<AssessmentFramework, 'dimensions' | 'scenes'>,
  gap: AssessmentGap,
  assessmentTitle: string,
  locale: Locale,
  t: Translate,
): { title: string; description: string; businessArea: BusinessArea } {
  const wording = gapWording(framework, gap, locale);
  const sentence = t(wording.key, wording.params);
  if (gap.kind === 'item') {
    const item = framework.dimensions.flatMap((d) => d.items).find((i) => i.id === gap.itemId);
    const option = item?.options.find((o) => o.id === gap.toOptionId);
    const title = t('gapTask.itemTitle', { code: item?.code ?? gap.itemId, option: option ? say(option.label, locale) : gap.toOptionId });
    return {
      title: clip(title, 200),
      description: t('gapTask.fromGap', { gap: sentence, assessment: assessmentTitle }),
      businessArea: gap.businessArea,
    };
  }
  const scene = framework.scenes.find((s) => s.id === gap.sceneId);
  const target = scene?.levels.find((l) => l.level === gap.toLevel);
  const title = t('gapTask.sceneTitle', { scene: scene ? say(scene.name, locale) : gap.sceneId, to: gap.toLevel });
  const description = [t('gapTask.fromGap', { gap: sentence, assessment: assessmentTitle }), target ? say(target.plain, locale) : '']
    .filter(Boolean)
    .join('\n\n');
  return { title: clip(title, 200), description, businessArea: gap.businessArea };
}

/** The pain point a gap is recorded as: worded like its task, the scene for scene gaps, and a suggested severity. */
export interface GapPainDraft {
  readonly title: string;
  readonly description: string;
  readonly businessArea: BusinessArea;
  readonly sceneId: string | null;
  /** 1–5: 4 for a constraint scene, else 3. */
  readonly severity: number;
}

export function gapPainDraft(
  framework: Pick<AssessmentFramework, 'dimensions' | 'scenes'>,
  gap: AssessmentGap,
  assessmentTitle: string,
  locale: Locale,
  t: Translate,
): GapPainDraft {
  const task = gapTaskDraft(framework, gap, assessmentTitle, locale, t);
  return {
    title: task.title,
    description: clip(task.description, PAIN_POINT_DESCRIPTION_MAX),
    businessArea: task.businessArea,
    sceneId: gap.kind === 'scene' ? gap.sceneId : null,
    severity: gap.kind === 'scene' && gap.constraint ? 4 : 3,
  };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** One row of the scene grid: the scene, its level, and which of levels 1–4 it reaches. */
export interface SceneRow {
  readonly id: string;
  readonly name: string;
  readonly group: string;
  readonly constraint: boolean;
  readonly level: number;
  readonly cells: readonly boolean[];
}

/** The scene grid grouped like the framework (16 scenes × levels 1–4 for MIIT). */
export function sceneGrid(
  framework: Pick<AssessmentFramework, 'scenes' | 'sceneGroups'>,
  levels: readonly { sceneId: string; level: number }[],
  locale: Locale,
): { group: SceneGroup; name: string; rows: SceneRow[] }[] {
  const byId = new Map(levels.map((l) => [l.sceneId, l.level]));
  return framework.sceneGroups
    .map((group) => ({
      group,
      name: say(group.name, locale),
      rows: framework.scenes
        .filter((s) => s.group === group.id)
        .map((scene) => {
          const level = byId.get(scene.id) ?? 0;
          return {
            id: scene.id,
            name: say(scene.name, locale),
            group: group.id,
            constraint: scene.constraint,
            level,
            cells: scene.levels.map((l) => level >= l.level),
          };
        }),
    }))
    .filter((g) => g.rows.length > 0);
}

/** Signed change for the comparison ("+2.5", "−1", "±0"). */
export function signed(delta: number, locale: Locale): string {
  if (delta === 0) return '±0';
  const text = formatNumber(Math.abs(delta), locale, 2);
  return delta > 0 ? `+${text}` : `−${text}`;
}

export function deltaDirection(delta: number): 'up' | 'down' | 'same' {
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
}
