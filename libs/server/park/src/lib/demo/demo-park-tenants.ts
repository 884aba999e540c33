import { BusinessArea, EnterpriseScale, ManufacturingType } from '@xinzhi/shared-contracts';

/**
 * About twenty more enterprises for the demo park (示范高新技术产业园), so the park's pages show
 * realistic spreads: industry sections, scales, regions, emerging and traditional, discrete, process
 * and non-manufacturing. Generated deterministically — fixed names (Chinese with an English gloss)
 * and a seeded PRNG for everything else — so every seed run produces the same rows. apps/api's seed
 * turns each into a tenant with an owner and a leader, a project with tasks, KPIs with readings, a
 * scored assessment and open pain points, through the features' own demo paths.
 */
export interface DemoParkTenant {
  key: string;
  name: string;
  creditCode: string;
  section: string;
  division: string;
  scale: EnterpriseScale;
  region: string;
  emerging: boolean;
  manufacturingType: ManufacturingType;
  /** The enterprise's two accounts: `owner@<key>.xinzhi.test` and `leader@<key>.xinzhi.test`. */
  people: Array<{ email: string; name: string; role: 'owner' | 'leader'; department: string; title: string }>;
  departments: string[];
  project: { name: string; goal: string; phase: 'plan' | 'implement' | 'evaluate'; startInDays: number; targetInDays: number };
  /** Whose demo KPIs and assessment answers it borrows (one of the hand-written demo enterprises). */
  profile: 'acme' | 'brightchem' | 'cloudway' | 'delta';
  /** The PRNG seed of its tasks. */
  taskSeed: number;
  painPoints: Array<{ title: string; businessArea: BusinessArea; severity: number }>;
}

/** mulberry32: a small, fast, seeded PRNG (deterministic across runs and platforms). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A unified social credit code (GB 32100) with its check character, from its first 17 characters. */
export function creditCode(first17: string): string {
  const sum = [...first17].reduce((s, c, i) => s + CODE_CHARS.indexOf(c) * CODE_WEIGHTS[i], 0);
  const check = (31 - (sum % 31)) % 31;
  return first17 + CODE_CHARS[check];
}

type Base = Pick<DemoParkTenant, 'key' | 'name' | 'section' | 'division' | 'manufacturingType' | 'emerging'> & { product: string };

/** The fixed enterprises: name (中文 English), GB/T 4754 section and division, kind of making, emerging or not. */
const BASES: Base[] = [
  {
    key: 'yunfan',
    name: '云帆精密机械',
    section: 'C',
    division: '34',
    manufacturingType: 'discrete',
    emerging: false,
    product: '数控机床',
  },
  {
    key: 'hengtong',
    name: '恒通汽车零部件',
    section: 'C',
    division: '36',
    manufacturingType: 'discrete',
    emerging: false,
    product: '汽车零部件',
  },
  {
    key: 'xinrui',
    name: '新锐电子',
    section: 'C',
    division: '39',
    manufacturingType: 'discrete',
    emerging: true,
    product: '电路板',
  },
  {
    key: 'lvyuan',
    name: '绿源新能源',
    section: 'C',
    division: '38',
    manufacturingType: 'discrete',
    emerging: true,
    product: '储能电池',
  },
  {
    key: 'jinghua',
    name: '晶华光电',
    section: 'C',
    division: '39',
    manufacturingType: 'discrete',
    emerging: true,
    product: '光学模组',
  },
  {
    key: 'huamei',
    name: '华美纺织',
    section: 'C',
    division: '17',
    manufacturingType: 'process',
    emerging: false,
    product: '面料',
  },
  {
    key: 'ruikang',
    name: '瑞康制药',
    section: 'C',
    division: '27',
    manufacturingType: 'process',
    emerging: true,
    product: '仿制药',
  },
  {
    key: 'jiahe',
    name: '嘉禾食品',
    section: 'C',
    division: '14',
    manufacturingType: 'process',
    emerging: false,
    product: '烘焙食品',
  },
  {
    key: 'tianrun',
    name: '天润新材料',
    section: 'C',
    division: '26',
    manufacturingType: 'process',
    emerging: true,
    product: '功能涂层',
  },
  {
    key: 'dongsheng',
    name: '东升塑业',
    section: 'C',
    division: '29',
    manufacturingType: 'process',
    emerging: false,
    product: '注塑件',
  },
  {
    key: 'shunda',
    name: '顺达物流',
    section: 'G',
    division: '54',
    manufacturingType: 'none',
    emerging: false,
    product: '城配',
  },
  {
    key: 'kuaiyun',
    name: '快运仓储',
    section: 'G',
    division: '59',
    manufacturingType: 'none',
    emerging: false,
    product: '仓储',
  },
  {
    key: 'zhiyun',
    name: '智云软件',
    section: 'I',
    division: '65',
    manufacturingType: 'none',
    emerging: true,
    product: '行业软件',
  },
  {
    key: 'shuzhi',
    name: '数智科技',
    section: 'I',
    division: '64',
    manufacturingType: 'none',
    emerging: true,
    product: '数据服务',
  },
  {
    key: 'huifeng',
    name: '汇丰商贸',
    section: 'F',
    division: '51',
    manufacturingType: 'none',
    emerging: false,
    product: '五金批发',
  },
  {
    key: 'meijia',
    name: '美家连锁',
    section: 'F',
    division: '52',
    manufacturingType: 'none',
    emerging: false,
    product: '家居零售',
  },
  {
    key: 'anjian',
    name: '安建工程',
    section: 'E',
    division: '48',
    manufacturingType: 'none',
    emerging: false,
    product: '厂房建设',
  },
  {
    key: 'boyan',
    name: '博研检测',
    section: 'M',
    division: '74',
    manufacturingType: 'none',
    emerging: true,
    product: '检验检测',
  },
  {
    key: 'qingshan',
    name: '青山环保',
    section: 'N',
    division: '77',
    manufacturingType: 'none',
    emerging: true,
    product: '污水处理',
  },
  {
    key: 'nongfeng',
    name: '农丰生态农业',
    section: 'A',
    division: '01',
    manufacturingType: 'none',
    emerging: false,
    product: '有机蔬菜',
  },
];

const REGIONS = ['苏州工业园区', '苏州高新区', '昆山市', '吴江区', '相城区'];
const SCALES: EnterpriseScale[] = ['micro', 'small', 'small', 'medium'];
const PHASES: DemoParkTenant['project']['phase'][] = ['plan', 'implement', 'implement', 'evaluate'];

/** Pain points to pick from, by business area (title 中文 English). */
const PAINS: Array<[BusinessArea, string]> = [
  ['production', '设备停机原因不清'],
  ['production', '排产靠经验'],
  ['warehousing_logistics', '库存账实不符'],
  ['warehousing_logistics', '发货错漏'],
  ['sales_marketing', '客户信息分散'],
  ['procurement', '采购比价靠人工'],
  ['finance', '成本核算滞后'],
  ['hr', '技能底数不清'],
  ['rnd_design', '图纸版本混乱'],
  ['service', '售后响应慢'],
  ['management', '经营数据靠月报'],
];

/** The demo park's generated enterprises (same list every time). */
export function demoParkTenants(seed = 20261207): DemoParkTenant[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  return BASES.map((b, i) => {
    const scale = SCALES[i % SCALES.length];
    const region = pick(REGIONS);
    const profile: DemoParkTenant['profile'] =
      b.manufacturingType === 'discrete'
        ? 'acme'
        : b.manufacturingType === 'process'
          ? rand() < 0.5
            ? 'brightchem'
            : 'delta'
          : 'cloudway';
    const painCount = 1 + Math.floor(rand() * 3);
    const start = i * 7 + 1;
    const pains = Array.from({ length: painCount }, (_, k) => PAINS[(start + k * 3) % PAINS.length]);
    const startInDays = -30 - Math.floor(rand() * 150);
    const serial = String(100000 + i * 7919).slice(-6);
    return {
      key: b.key,
      name: b.name,
      creditCode: creditCode(`913205${String(10 + (i % 80)).padStart(2, '0')}MA1Y${serial}`.slice(0, 17)),
      section: b.section,
      division: b.division,
      scale,
      region,
      emerging: b.emerging,
      manufacturingType: b.manufacturingType,
      departments: ['总经办'],
      people: [
        {
          email: `owner@${b.key}.xinzhi.test`,
          name: `${b.name} 负责人`,
          role: 'owner',
          department: '总经办',
          title: '总经理',
        },
        {
          email: `leader@${b.key}.xinzhi.test`,
          name: `${b.name} 数字化负责人`,
          role: 'leader',
          department: '总经办',
          title: '数字化负责人',
        },
      ],
      project: {
        name: `${b.name} 数字化转型`,
        goal: `${b.product}：提升效率、质量与交付。`,
        phase: pick(PHASES),
        startInDays,
        targetInDays: startInDays + 270 + Math.floor(rand() * 120),
      },
      profile,
      taskSeed: 1000 + i,
      painPoints: pains.map(([businessArea, title]) => ({ businessArea, title, severity: 1 + Math.floor(rand() * 5) })),
    };
  });
}
