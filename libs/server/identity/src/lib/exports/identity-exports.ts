import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  Clock,
  exportLocale,
  namesLanguage,
  labelIn,
  ParkAdmin,
  RespondsFile,
  ROLE_WORDS,
  SheetColumn,
  SheetSpec,
  sendWorkbook,
  TenantRoles,
  Words,
  writeWorkbook,
  XLSX_TYPE,
} from '@xinzhi/server-core';
import { actingUserLocale, TransactionRunner } from '@xinzhi/server-db';
import { EnterpriseScale, INDUSTRY_SECTIONS, Locale, ManufacturingType, Member, Tenant } from '@xinzhi/shared-contracts';
import { listMembers } from '../members/members.data';
import { listParkTenants } from '../tenants/tenants.data';

/** Rows of a member or tenant export at most. */
const EXPORT_MAX = 20000;

const MEMBER_STATUS_WORDS: Readonly<Record<Member['status'], Words>> = {
  active: { zh: '已加入', en: 'Active' },
  invited: { zh: '已邀请', en: 'Invited' },
};
const SCALE_WORDS: Readonly<Record<EnterpriseScale, Words>> = {
  micro: { zh: '微型', en: 'Micro' },
  small: { zh: '小型', en: 'Small' },
  medium: { zh: '中型', en: 'Medium' },
};
const MANUFACTURING_WORDS: Readonly<Record<ManufacturingType, Words>> = {
  discrete: { zh: '离散制造', en: 'Discrete manufacturing' },
  process: { zh: '流程制造', en: 'Process manufacturing' },
  none: { zh: '非制造业', en: 'Not manufacturing' },
};
const OWNER_STATUS_WORDS: Readonly<Record<Tenant['ownerStatus'], Words>> = {
  active: { zh: '已加入', en: 'Active' },
  invited: { zh: '已邀请', en: 'Invited' },
  none: { zh: '无', en: 'None' },
};

type MemberSheetRow = Record<
  'id' | 'email' | 'displayName' | 'role' | 'departmentName' | 'jobTitle' | 'status' | 'joinedAt',
  string | null
>;

const MEMBER_COLUMNS: ReadonlyArray<SheetColumn<MemberSheetRow>> = [
  { key: 'id', header: { zh: '编号', en: 'Key' }, width: 38 },
  { key: 'email', header: { zh: '邮箱', en: 'Email' }, width: 28 },
  { key: 'displayName', header: { zh: '姓名', en: 'Name' }, width: 16 },
  { key: 'departmentName', header: { zh: '部门', en: 'Department' }, width: 16 },
  { key: 'jobTitle', header: { zh: '职务', en: 'Job title' }, width: 16 },
  { key: 'role', header: { zh: '角色', en: 'Role' }, width: 16 },
  { key: 'status', header: { zh: '状态', en: 'Status' }, width: 10 },
  { key: 'joinedAt', header: { zh: '加入时间', en: 'Joined at' }, type: 'datetime', width: 17 },
];

/** The enterprise's members (and pending invitations), one row each. */
export function memberSheet(members: readonly Member[], locale: Locale): SheetSpec<MemberSheetRow> {
  return {
    name: { zh: '成员', en: 'Members' },
    columns: MEMBER_COLUMNS,
    rows: members.map((x) => ({
      id: x.id,
      email: x.email,
      displayName: x.displayName,
      departmentName: x.departmentName,
      jobTitle: x.jobTitle,
      role: labelIn(ROLE_WORDS, x.role, locale),
      status: labelIn(MEMBER_STATUS_WORDS, x.status, locale),
      joinedAt: x.joinedAt,
    })),
  };
}

interface TenantSheetRow {
  id: string;
  name: string;
  creditCode: string | null;
  industry: string;
  industryDivision: string;
  scale: string | null;
  region: string;
  emerging: string;
  manufacturingType: string | null;
  ownerEmail: string | null;
  ownerStatus: string | null;
  maturityLevel: number | null;
  assessedOn: string | null;
  createdAt: string;
}

const TENANT_COLUMNS: ReadonlyArray<SheetColumn<TenantSheetRow>> = [
  { key: 'id', header: { zh: '编号', en: 'Key' }, width: 38 },
  { key: 'name', header: { zh: '企业名称', en: 'Name' }, width: 28 },
  { key: 'creditCode', header: { zh: '统一社会信用代码', en: 'Credit code' }, width: 22 },
  { key: 'industry', header: { zh: '行业门类', en: 'Industry section' }, width: 20 },
  { key: 'industryDivision', header: { zh: '行业大类', en: 'Industry division' }, width: 12 },
  { key: 'scale', header: { zh: '规模', en: 'Scale' }, width: 10 },
  { key: 'region', header: { zh: '地区', en: 'Region' }, width: 14 },
  { key: 'emerging', header: { zh: '新兴/传统', en: 'Emerging / traditional' }, width: 14 },
  { key: 'manufacturingType', header: { zh: '制造类型', en: 'Manufacturing type' }, width: 18 },
  { key: 'ownerEmail', header: { zh: '负责人邮箱', en: 'Owner email' }, width: 28 },
  { key: 'ownerStatus', header: { zh: '负责人状态', en: 'Owner status' }, width: 12 },
  { key: 'maturityLevel', header: { zh: '成熟度等级', en: 'Maturity level' }, type: 'number', width: 12 },
  { key: 'assessedOn', header: { zh: '评估日期', en: 'Assessed on' }, type: 'date', width: 12 },
  { key: 'createdAt', header: { zh: '入驻时间', en: 'Registered at' }, type: 'datetime', width: 17 },
];

/** The park's tenant register, one row per enterprise. */
export function tenantSheet(tenants: readonly Tenant[], locale: Locale): SheetSpec<TenantSheetRow> {
  const zh = locale === 'zh-CN';
  return {
    name: { zh: '企业', en: 'Tenants' },
    columns: TENANT_COLUMNS,
    rows: tenants.map((t) => ({
      id: t.id,
      name: t.name,
      creditCode: t.creditCode,
      industry: INDUSTRY_SECTIONS[t.industrySection]
        ? zh
          ? INDUSTRY_SECTIONS[t.industrySection].zh
          : INDUSTRY_SECTIONS[t.industrySection].en
        : t.industrySection,
      industryDivision: t.industryDivision,
      scale: labelIn(SCALE_WORDS, t.scale, locale),
      region: t.region,
      emerging: t.emerging ? (zh ? '新兴' : 'Emerging') : zh ? '传统' : 'Traditional',
      manufacturingType: labelIn(MANUFACTURING_WORDS, t.manufacturingType, locale),
      ownerEmail: t.ownerEmail,
      ownerStatus: labelIn(OWNER_STATUS_WORDS, t.ownerStatus, locale),
      maturityLevel: t.maturityLevel,
      assessedOn: t.assessedOn,
      createdAt: t.createdAt,
    })),
  };
}

@ApiTags('members')
@Controller()
export class MembersExportController {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  @Get('members.xlsx')
  @TenantRoles('owner', 'leader', 'team_lead')
  @ApiOperation({
    summary: 'The enterprise’s members and pending invitations as an Excel workbook (whoever may list members); key column first',
  })
  @RespondsFile(XLSX_TYPE, 'The workbook')
  async exportMembers(
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { members, locale } = await this.tx.run(async (m) => ({
      members: await listMembers(m, null, EXPORT_MAX),
      locale: exportLocale(acceptLanguage, namesLanguage(acceptLanguage) ? null : await actingUserLocale(m)),
    }));
    const body = await writeWorkbook([memberSheet(members, locale)], locale);
    return sendWorkbook(reply, 'members', `${locale === 'zh-CN' ? '成员' : 'members'}-${this.clock.today()}`, body);
  }

  @Get('park/tenants.xlsx')
  @ParkAdmin()
  @ApiOperation({ summary: 'The park’s tenant register as an Excel workbook (park administrators); key column first' })
  @RespondsFile(XLSX_TYPE, 'The workbook')
  async exportTenants(
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { tenants, locale } = await this.tx.run(async (m) => ({
      tenants: await listParkTenants(m, null, EXPORT_MAX),
      locale: exportLocale(acceptLanguage, namesLanguage(acceptLanguage) ? null : await actingUserLocale(m)),
    }));
    const body = await writeWorkbook([tenantSheet(tenants, locale)], locale);
    return sendWorkbook(reply, 'tenants', `${locale === 'zh-CN' ? '园区企业' : 'park-tenants'}-${this.clock.today()}`, body);
  }
}
