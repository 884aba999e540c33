import { DataSource } from 'typeorm';
import { ActorContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { EnterpriseScale, ManufacturingType, TenantRole } from '@xinzhi/shared-contracts';
import { newSecret } from '../tokens';
import { hashPassword } from '../users/passwords';
import {
  addDemoMember,
  addDemoParkAdmin,
  ensureDemoDepartment,
  insertDemoPark,
  insertDemoTenant,
  insertOperator,
  isTenantMember,
  parkIdByName,
  parkTenantIdByName,
  userIdByEmail,
} from './demo.data';

/** Every demo account's password. */
export const DEMO_PASSWORD = 'Xinzhi-Demo-2026';

export interface DemoPerson {
  email: string;
  name: string;
  role: TenantRole;
  department: string;
  title: string;
}
export interface DemoTenant {
  key: string;
  name: string;
  park: 'demo' | 'riverside';
  creditCode: string;
  section: string;
  division: string;
  scale: EnterpriseScale;
  region: string;
  emerging: boolean;
  manufacturingType: ManufacturingType;
  departments: string[];
  people: DemoPerson[];
}

const PARKS = {
  demo: {
    name: '示范高新技术产业园',
    region: '江苏省苏州市',
    admin: { email: 'park.admin@xinzhi.test', name: '周园' },
  },
  riverside: {
    name: '滨江生态园',
    region: '浙江省杭州市',
    admin: { email: 'park2.admin@xinzhi.test', name: '钱江' },
  },
} as const;

const p = (email: string, name: string, role: TenantRole, department: string, title: string): DemoPerson => ({
  email,
  name,
  role,
  department,
  title,
});

export const DEMO_TENANTS: DemoTenant[] = [
  {
    key: 'acme',
    name: 'Acme Precision Machining',
    park: 'demo',
    creditCode: '91320500MA1XK8AC3L',
    section: 'C',
    division: '34',
    scale: 'small',
    region: '苏州工业园区',
    emerging: false,
    manufacturingType: 'discrete',
    departments: ['总经办', '生产部', '研发部', '采购部', '销售部', '财务部', '信息部'],
    people: [
      p('owner@acme.xinzhi.test', '王建国', 'owner', '总经办', '总经理'),
      p('leader@acme.xinzhi.test', '李娜', 'leader', '总经办', '数字化转型负责人'),
      p('lead@acme.xinzhi.test', '张伟', 'team_lead', '生产部', '生产主管'),
      p('employee@acme.xinzhi.test', '陈静', 'employee', '生产部', '工艺工程师'),
      p('liu.yang@acme.xinzhi.test', '刘洋', 'employee', '研发部', '结构设计师'),
      p('zhao.lei@acme.xinzhi.test', '赵磊', 'employee', '采购部', '采购专员'),
      p('sun.li@acme.xinzhi.test', '孙丽', 'employee', '销售部', '销售经理'),
      p('zhou.qiang@acme.xinzhi.test', '周强', 'team_lead', '信息部', '信息化主管'),
      p('wu.min@acme.xinzhi.test', '吴敏', 'employee', '财务部', '会计'),
      p('zheng.hao@acme.xinzhi.test', '郑浩', 'employee', '生产部', '设备维护员'),
    ],
  },
  {
    key: 'brightchem',
    name: 'Brightchem Coatings',
    park: 'demo',
    creditCode: '91320500MA1YB7BC2K',
    section: 'C',
    division: '26',
    scale: 'medium',
    region: '苏州高新区',
    emerging: false,
    manufacturingType: 'process',
    departments: ['总经办', '生产部', '质量部', '研发部', '仓储物流部', '销售部', '安全环保部'],
    people: [
      p('owner@brightchem.xinzhi.test', '黄志明', 'owner', '总经办', '董事长'),
      p('leader@brightchem.xinzhi.test', '林晓燕', 'leader', '总经办', '副总经理'),
      p('lead@brightchem.xinzhi.test', '马俊', 'team_lead', '生产部', '车间主任'),
      p('employee@brightchem.xinzhi.test', '何婷', 'employee', '质量部', '质检员'),
      p('gao.fei@brightchem.xinzhi.test', '高飞', 'employee', '研发部', '配方工程师'),
      p('luo.jie@brightchem.xinzhi.test', '罗杰', 'employee', '仓储物流部', '仓库主管'),
      p('xu.ying@brightchem.xinzhi.test', '徐莹', 'employee', '销售部', '客户经理'),
      p('hu.bin@brightchem.xinzhi.test', '胡斌', 'team_lead', '安全环保部', '安环主管'),
      p('deng.chao@brightchem.xinzhi.test', '邓超', 'employee', '生产部', '操作工'),
    ],
  },
  {
    key: 'cloudway',
    name: 'Cloudway Logistics Services',
    park: 'demo',
    creditCode: '91320500MA1YC6CW1J',
    section: 'G',
    division: '59',
    scale: 'micro',
    region: '苏州工业园区',
    emerging: true,
    manufacturingType: 'none',
    departments: ['运营部', '客服部', '技术部'],
    people: [
      p('owner@cloudway.xinzhi.test', '杨帆', 'owner', '运营部', '创始人'),
      p('employee@cloudway.xinzhi.test', '谢雨', 'employee', '运营部', '调度员'),
      p('feng.kai@cloudway.xinzhi.test', '冯凯', 'employee', '技术部', '开发工程师'),
      p('cao.xue@cloudway.xinzhi.test', '曹雪', 'employee', '客服部', '客服专员'),
    ],
  },
  {
    key: 'delta',
    name: 'Delta Foods',
    park: 'riverside',
    creditCode: '91330100MA2DF5DF0H',
    section: 'C',
    division: '14',
    scale: 'small',
    region: '杭州钱塘区',
    emerging: false,
    manufacturingType: 'process',
    departments: ['生产部', '质量部', '销售部'],
    people: [
      p('owner@delta.xinzhi.test', '沈海', 'owner', '生产部', '总经理'),
      p('employee@delta.xinzhi.test', '韩梅', 'employee', '质量部', '食品安全员'),
      p('pan.tao@delta.xinzhi.test', '潘涛', 'employee', '生产部', '班组长'),
      p('tang.yu@delta.xinzhi.test', '唐宇', 'employee', '销售部', '渠道经理'),
    ],
  },
];

/** Ids of what the identity seed made, for the seeds of later features (projects, tasks, KPIs…). */
export interface DemoDirectory {
  operatorId: string;
  parks: Record<'demo' | 'riverside', string>;
  tenants: Record<
    string,
    { id: string; departments: Record<string, string>; people: Record<string, { userId: string; role: TenantRole; departmentId: string }> }
  >;
}

const ctx = (over: Partial<ActorContext>): ActorContext => ({
  requestId: 'seed',
  userId: null,
  tenantId: null,
  parkId: null,
  role: null,
  platformOperator: false,
  ...over,
});

/**
 * Loads the demo park idempotently through the product's own paths: parks in the platform
 * context, tenants in their park's, invitations accepted through `invitation_accept`. Only the
 * platform operator, whom no invitation can create, is inserted with the owner role.
 */
export async function seedDemoIdentity(owner: DataSource, tx: TransactionRunner, log: (line: string) => void): Promise<DemoDirectory> {
  const hash = await hashPassword(DEMO_PASSWORD);
  await insertOperator(owner.manager, 'operator@xinzhi.test', '平台运营', hash);
  const operatorId = (await tx.runAs(ctx({}), (m) => userIdByEmail(m, 'operator@xinzhi.test'))) as string;

  const parks = {} as DemoDirectory['parks'];
  for (const [key, park] of Object.entries(PARKS) as Array<[keyof typeof PARKS, (typeof PARKS)[keyof typeof PARKS]]>) {
    parks[key] = await tx.runAs(ctx({ platformOperator: true, userId: operatorId }), async (m) => {
      const id = (await parkIdByName(m, park.name)) ?? (await insertDemoPark(m, park.name, park.region));
      if (!(await userIdByEmail(m, park.admin.email))) {
        await addDemoParkAdmin(m, id, park.admin, newSecret().hash, hash);
        log(`park ${park.name}: administrator ${park.admin.email}`);
      }
      return id;
    });
  }

  const tenants: DemoDirectory['tenants'] = {};
  for (const t of DEMO_TENANTS) tenants[t.key] = await ensureDemoTenant(tx, parks[t.park], t, hash, log);
  log(
    `demo identity ready: ${DEMO_TENANTS.length} enterprises, ${DEMO_TENANTS.reduce((n, t) => n + t.people.length, 0)} employees, 2 parks`,
  );
  return { operatorId, parks, tenants };
}

/**
 * One demo enterprise of a park with its departments and people, unless it is there already (by
 * name; people by e-mail). Other demos add enterprises through here (e.g. the park's generated ones).
 */
export async function ensureDemoTenant(
  tx: TransactionRunner,
  parkId: string,
  t: Omit<DemoTenant, 'park'>,
  passwordHash: string,
  log: (line: string) => void,
): Promise<DemoDirectory['tenants'][string]> {
  const tenantId = await tx.runAs(ctx({ parkId }), async (m) => {
    const found = await parkTenantIdByName(m, t.name);
    if (found) return found;
    const id = await insertDemoTenant(m, { ...t, showcase: false }); // derived from an owner's showcase consent
    log(`tenant ${t.name}`);
    return id;
  });
  const entry = { id: tenantId, departments: {} as Record<string, string>, people: {} as DemoDirectory['tenants'][string]['people'] };
  await tx.runAs(ctx({ tenantId }), async (m) => {
    for (const name of t.departments) {
      entry.departments[name] = await ensureDemoDepartment(m, name);
    }
    for (const person of t.people) {
      let userId = await userIdByEmail(m, person.email);
      if (!userId || !(await isTenantMember(m, userId))) {
        const departmentId = entry.departments[person.department];
        userId = (await addDemoMember(m, { ...person, departmentId }, newSecret().hash, passwordHash)).user_id;
      }
      entry.people[person.email] = { userId: userId as string, role: person.role, departmentId: entry.departments[person.department] };
    }
  });
  return entry;
}
