import type { Dictionary } from './dictionary';

/** 简体中文文案。键必须与英文词典完全一致（缺少或多出的键都会导致类型检查失败）。 */
export const zhCN: Dictionary = {
  'app.title': '新质 · 中小企业数字化转型平台',
  'app.skipToContent': '跳到主要内容',
  'app.tagline': '助力产业园区中小企业数字化转型',
  'app.copyright': '© {year} 新质',

  'nav.label': '主导航',
  'nav.toggleMenu': '展开或收起菜单',
  'nav.home': '首页',
  'nav.signIn': '登录',

  'language.label': '语言',

  'state.loading': '加载中…',
  'state.empty': '暂无数据',
  'state.error': '出了点问题，请稍后重试。',
  'state.retry': '重试',

  'notFound.pageTitle': '页面不存在',
  'notFound.message': '您访问的页面不存在或已被移动。',
  'notFound.backHome': '返回首页',

  'login.pageTitle': '登录',
  'login.heading': '登录新质平台',
  'login.intro': '请使用企业或园区管理员为您开通的账号登录。',
  'login.email': '邮箱',
  'login.emailPlaceholder': 'name@company.com',
  'login.password': '密码',
  'login.passwordPlaceholder': '{min}–{max} 个字符',
  'login.submit': '登录',
  'login.comingSoon': '在线登录功能即将上线，敬请期待。本次填写的信息未被提交。',
  'login.error.emailRequired': '请输入邮箱地址',
  'login.error.emailInvalid': '邮箱格式不正确，例如 name@company.com',
  'login.error.passwordRequired': '请输入密码',
  'login.error.passwordLength': '密码长度须为 {min}–{max} 个字符',

  'home.eyebrow': '以新质生产力赋能中小企业',
  'home.title': '让企业数字化转型有规划、可跟踪、见成效',
  'home.lead':
    '新质把企业的数字化转型作为一个完整项目来管理：目标与阶段、跨部门项目组、流程任务和关键绩效指标集中在一个平台上；产业园区也能随时掌握园内各企业的转型进展。',
  'home.signIn': '登录平台',
  'home.personas.heading': '为转型中的每一个角色而设计',
  'home.persona.leadership.title': '企业数字化转型领导小组',
  'home.persona.leadership.text':
    '设立转型项目并明确目标与阶段，组建跨部门项目组，设定带基线和目标值的关键绩效指标，审批激励方案，持续跟踪项目进展、健康度和数字化水平。',
  'home.persona.employee.title': '企业员工',
  'home.persona.employee.text':
    '查看“我的任务”，更新任务状态和完成进度，填报分配给自己的指标数据，随时了解个人的奖励、积分和培训记录。',
  'home.persona.park.title': '园区管理员',
  'home.persona.park.text':
    '引入并分类管理园区企业，在一张看板上掌握各企业的转型进展、健康度和数字化水平，按行业、区域和规模交叉分析，维护园区痛点矩阵和解决方案库。',

  'health.title': '系统状态',
  'health.refresh': '刷新',
  'health.loading': '正在检查系统状态…',
  'health.error': '无法连接服务器，请检查网络后重试。',
  'health.ok': '核心服务运行正常',
  'health.degraded': '部分服务不可用',
  'health.database': '数据库',
  'health.redis': 'Redis（缓存与队列）',
  'health.worker': '后台任务',
  'health.up': '正常',
  'health.down': '不可用',
  'health.latency': '{ms} 毫秒',
  'health.lastHeartbeat': '最近心跳：{time}',
  'health.noHeartbeat': '尚未收到心跳',
  'health.checkedAt': '检查时间：{time}',
  'health.version': '版本 {version}',
};
