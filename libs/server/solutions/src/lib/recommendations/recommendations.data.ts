import { EntityManager } from 'typeorm';
import { Row, selectRows } from '@xinzhi/server-db';
import { RecommendationFacts } from './ranking';

/**
 * The acting tenant's facts a recommendation is ranked against: its open pain points, the scene
 * levels of its latest scored assessment, its industry section and scale. Null without a tenant row.
 */
export async function recommendationFacts(m: EntityManager): Promise<RecommendationFacts | null> {
  const [tenant] = await selectRows<Row<'tenants', 'industry_section' | 'scale'>>(
    m,
    'SELECT industry_section, scale FROM tenants WHERE id = app_tenant_id()',
  );
  if (!tenant) return null;
  const painPoints = await selectRows<Row<'pain_points', 'id' | 'title' | 'business_area' | 'scene_id' | 'severity'>>(
    m,
    `SELECT id, title, business_area, scene_id, severity FROM pain_points WHERE status = 'open' ORDER BY id`,
  );
  const levels = await selectRows<{ scene_id: string; level: number }>(
    m,
    `SELECT sl->>'sceneId' AS scene_id, (sl->>'level')::int AS level
       FROM (SELECT a.result FROM assessments a WHERE a.status = 'scored'
              ORDER BY a.assessed_on DESC, a.scored_at DESC, a.id DESC LIMIT 1) latest
       CROSS JOIN LATERAL jsonb_array_elements(latest.result->'sceneLevels') sl`,
  );
  return {
    industrySection: tenant.industry_section,
    scale: tenant.scale,
    painPoints: painPoints.map((p) => ({
      id: p.id,
      title: p.title,
      businessArea: p.business_area,
      sceneId: p.scene_id,
      severity: p.severity,
    })),
    sceneLevels: levels.map((l) => ({ sceneId: l.scene_id, level: l.level })),
  };
}
