import { CreatePainPointRequestSchema } from '@xinzhi/shared-contracts';
import { isSceneKey, SCENE_KEYS } from '../scenes';
import { DEMO_CATALOG, DEMO_CATALOG_RIVERSIDE, DEMO_PAIN_POINTS } from './demo-catalog';
import { demoSolutionFields } from './demo-solutions';

describe('demo catalog', () => {
  it('holds at least 12 published solutions, one draft and one retired in the first park, two in the second', () => {
    const published = DEMO_CATALOG.filter((s) => s.status === 'published');
    expect(published.length).toBeGreaterThanOrEqual(12);
    expect(DEMO_CATALOG.filter((s) => s.status === 'draft')).toHaveLength(1);
    expect(DEMO_CATALOG.filter((s) => s.status === 'retired')).toHaveLength(1);
    expect(DEMO_CATALOG_RIVERSIDE).toHaveLength(2);
  });

  it('is stored as the API would accept it, with 2–5 template tasks and 1–2 KPIs per published solution', () => {
    for (const request of [...DEMO_CATALOG, ...DEMO_CATALOG_RIVERSIDE]) {
      const fields = demoSolutionFields(request);
      if (fields.status !== 'published') continue;
      expect({ name: fields.name, tasks: fields.templateTasks.length >= 2 && fields.templateTasks.length <= 5 }).toEqual({
        name: fields.name,
        tasks: true,
      });
      expect({ name: fields.name, kpis: fields.templateKpis.length >= 1 && fields.templateKpis.length <= 2 }).toEqual({
        name: fields.name,
        kpis: true,
      });
      expect(fields.scenes.length).toBeGreaterThan(0);
    }
  });

  it('covers most scenes of the assessment with published solutions', () => {
    const covered = new Set(DEMO_CATALOG.filter((s) => s.status === 'published').flatMap((s) => (s.scenes ?? []).map((x) => x.sceneId)));
    expect(covered.size).toBeGreaterThanOrEqual(SCENE_KEYS.length - 1);
  });

  it('gives each demo enterprise 2–4 valid pain points, one Acme proposal by an employee and one park record each', () => {
    for (const [key, points] of Object.entries(DEMO_PAIN_POINTS)) {
      expect({ key, ok: points.length >= 2 && points.length <= 4 }).toEqual({ key, ok: true });
      expect(points.some((p) => p.by === 'park')).toBe(true);
      for (const { by: _by, status: _status, ...request } of points) {
        expect(CreatePainPointRequestSchema.safeParse(request).success).toBe(true);
        if (request.sceneId) expect(isSceneKey(request.sceneId)).toBe(true);
      }
    }
    expect(DEMO_PAIN_POINTS['acme'].filter((p) => p.by === 'employee' && p.status === 'proposed')).toHaveLength(1);
  });
});
