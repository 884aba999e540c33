import type { AwardStatus, BusinessArea, Role, TaskStatus, TechnologyType } from '@xinzhi/shared-contracts';
import type { Words } from './sheet-writer';

/** Business areas as the web names them, for workbooks. */
export const BUSINESS_AREA_WORDS: Readonly<Record<BusinessArea, Words>> = {
  procurement: { zh: '采购', en: 'Procurement' },
  rnd_design: { zh: '研发设计', en: 'R&D and design' },
  production: { zh: '生产制造', en: 'Production' },
  warehousing_logistics: { zh: '仓储物流', en: 'Warehousing and logistics' },
  sales_marketing: { zh: '销售营销', en: 'Sales and marketing' },
  service: { zh: '售后服务', en: 'Service' },
  finance: { zh: '财务管理', en: 'Finance' },
  hr: { zh: '人力资源', en: 'Human resources' },
  management: { zh: '经营管理', en: 'Management' },
};

/** Technology types as the web names them, for workbooks. */
export const TECHNOLOGY_TYPE_WORDS: Readonly<Record<TechnologyType, Words>> = {
  big_data: { zh: '大数据', en: 'Big data' },
  cloud_computing: { zh: '云计算', en: 'Cloud computing' },
  artificial_intelligence: { zh: '人工智能', en: 'Artificial intelligence' },
  internet_of_things: { zh: '物联网', en: 'Internet of Things' },
  technology_convergence: { zh: '技术融合', en: 'Technology convergence' },
};

/** Task statuses as the web names them, for workbooks. */
export const TASK_STATUS_WORDS: Readonly<Record<TaskStatus, Words>> = {
  todo: { zh: '待办', en: 'To do' },
  in_progress: { zh: '进行中', en: 'In progress' },
  blocked: { zh: '受阻', en: 'Blocked' },
  done: { zh: '已完成', en: 'Done' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

/** Roles as the web names them, for workbooks. */
export const ROLE_WORDS: Readonly<Record<Role, Words>> = {
  owner: { zh: '企业负责人', en: 'Owner' },
  leader: { zh: '领导小组成员', en: 'Leadership group' },
  team_lead: { zh: '项目组组长', en: 'Team lead' },
  employee: { zh: '员工', en: 'Employee' },
  park_admin: { zh: '园区管理员', en: 'Park administrator' },
  operator: { zh: '平台运营', en: 'Platform operator' },
};

/** Award statuses, for workbooks. */
export const AWARD_STATUS_WORDS: Readonly<Record<AwardStatus, Words>> = {
  proposed: { zh: '待审批', en: 'Proposed' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  paid: { zh: '已发放', en: 'Paid' },
};
