import type { AwardBasis } from '@xinzhi/shared-contracts';
import { interpolate, type TranslationKey, type TranslationParams } from '@xinzhi/web-core';
import { incentivesEnUS, incentivesZhCN } from '@xinzhi/web-incentives-i18n';
import { explainAward, type ExplainedAward } from './explanation';

const zh = (key: TranslationKey, params?: TranslationParams) => interpolate((incentivesZhCN as Record<string, string>)[key] ?? key, params);
const en = (key: TranslationKey, params?: TranslationParams) => interpolate((incentivesEnUS as Record<string, string>)[key] ?? key, params);

const award = (title: string, amount: number, unit: 'cny' | 'points', basis: AwardBasis): ExplainedAward => ({
  reason: { title },
  amount,
  unit,
  basis,
});

describe('how an award was earned, in the user’s language', () => {
  describe('from the facts the API computed it from', () => {
    it('words a weighted task bonus', () => {
      const a = award('Connect the CNC machines (MES)', 600, 'cny', {
        trigger: 'task_done',
        achievedOn: '2026-11-20',
        weight: 3,
        rate: 200,
        scaled: true,
      });
      expect(explainAward(a, 'zh-CN', zh)).toBe('任务“Connect the CNC machines (MES)”（权重 3）于 2026年11月20日 完成：3 × ¥200 = ¥600');
      expect(explainAward(a, 'en-US', en)).toBe('Task “Connect the CNC machines (MES)” (weight 3) done on Nov 20, 2026: 3 × ¥200 = ¥600');
    });

    it('words a flat task award in points', () => {
      const a = award('设备联网', 1500, 'points', { trigger: 'task_done', achievedOn: '2026-05-02', weight: 4, rate: 1500, scaled: false });
      expect(explainAward(a, 'zh-CN', zh)).toBe('任务“设备联网”于 2026年5月2日 完成：1,500 分');
    });

    it('words KPI awards for the owner and for the owner’s team', () => {
      const owner: AwardBasis = {
        trigger: 'kpi_target_reached',
        achievedOn: '2026-06-30',
        kpiName: '设备联网率',
        target: 80,
        value: 82.5,
        kpiUnit: '%',
        as: 'kpi_owner',
        teams: null,
      };
      expect(explainAward(award('设备联网率', 1000, 'cny', owner), 'zh-CN', zh)).toBe(
        'KPI“设备联网率”于 2026年6月30日 以 82.5 达到目标值 80 %，作为 KPI 负责人：¥1,000',
      );
      const team: AwardBasis = { ...owner, as: 'team_member', teams: '数据组' };
      expect(explainAward(award('设备联网率', 1000, 'cny', team), 'zh-CN', zh)).toBe(
        'KPI“设备联网率”于 2026年6月30日 以 82.5 达到目标值 80 %，作为 KPI 负责人所在团队“数据组”的成员：¥1,000',
      );
    });

    it('words a team award', () => {
      const a = award('质量改进组', 50, 'points', { trigger: 'team_all_done', achievedOn: '2026-03-01', tasks: 4 });
      expect(explainAward(a, 'en-US', en)).toBe('Team “质量改进组” finished all 4 of its tasks on Mar 1, 2026: 50 pts');
      expect(explainAward(a, 'zh-CN', zh)).toBe('团队“质量改进组”于 2026年3月1日 完成了全部 4 项任务：50 分');
    });
  });
});
