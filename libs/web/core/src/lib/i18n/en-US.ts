/**
 * English texts. This dictionary defines the set of translation keys: every other language must have
 * exactly these keys (see `Dictionary`). Placeholders are written `{name}` and filled by `t(key, params)`.
 */
export const enUS = {
  'app.title': 'Xinzhi · SME Digital Transformation',
  'app.skipToContent': 'Skip to main content',
  'app.tagline': 'Digital transformation for small and medium-sized enterprises in industrial parks',
  'app.copyright': '© {year} Xinzhi',

  'nav.label': 'Main navigation',
  'nav.toggleMenu': 'Show or hide the menu',
  'nav.home': 'Home',
  'nav.signIn': 'Sign in',

  'language.label': 'Language',

  'state.loading': 'Loading…',
  'state.empty': 'Nothing here yet',
  'state.error': 'Something went wrong. Please try again.',
  'state.retry': 'Try again',

  'notFound.pageTitle': 'Page not found',
  'notFound.message': 'The page you are looking for does not exist or has been moved.',
  'notFound.backHome': 'Back to home',

  'login.pageTitle': 'Sign in',
  'login.heading': 'Sign in to Xinzhi',
  'login.intro': 'Use the account that your company or park administrator created for you.',
  'login.email': 'Email',
  'login.emailPlaceholder': 'name@company.com',
  'login.password': 'Password',
  'login.passwordPlaceholder': '{min} to {max} characters',
  'login.submit': 'Sign in',
  'login.comingSoon': 'Online sign-in is coming soon. Your details were not sent anywhere.',
  'login.error.emailRequired': 'Please enter your email address.',
  'login.error.emailInvalid': 'Please enter a valid email address, such as name@company.com.',
  'login.error.passwordRequired': 'Please enter your password.',
  'login.error.passwordLength': 'The password must be {min} to {max} characters long.',

  'home.eyebrow': 'New quality productive forces for SMEs',
  'home.title': 'Digital transformation your enterprise can plan, track and prove',
  'home.lead':
    'Xinzhi runs an SME’s digital transformation as a managed project: goals and phases, cross-department teams, process tasks and KPIs in one place. Industrial parks see the progress of all their enterprises at a glance.',
  'home.signIn': 'Sign in',
  'home.personas.heading': 'Built for everyone involved in the transformation',
  'home.persona.leadership.title': 'SME leadership group',
  'home.persona.leadership.text':
    'Set up the transformation project with its goals and phases, form cross-department teams, set KPIs with baselines and targets, approve incentives, and follow progress, project health and digital maturity over time.',
  'home.persona.employee.title': 'Employees',
  'home.persona.employee.text':
    'See your own tasks, update their status and progress, record the KPI readings assigned to you, and keep track of your awards, points and training record.',
  'home.persona.park.title': 'Park administrators',
  'home.persona.park.text':
    'Onboard and classify the enterprises in your park, see every tenant’s progress, health and maturity level on one dashboard, compare by industry, region and scale, and curate the park’s pain-point matrix and solution catalog.',

  'health.title': 'System status',
  'health.refresh': 'Refresh',
  'health.loading': 'Checking system status…',
  'health.error': 'Could not reach the server. Check your connection and try again.',
  'health.ok': 'All core services are running',
  'health.degraded': 'Some services are unavailable',
  'health.database': 'Database',
  'health.redis': 'Redis (cache and queues)',
  'health.worker': 'Background worker',
  'health.up': 'Running',
  'health.down': 'Unavailable',
  'health.latency': '{ms} ms',
  'health.lastHeartbeat': 'Last heartbeat {time}',
  'health.noHeartbeat': 'No heartbeat received yet',
  'health.checkedAt': 'Checked {time}',
  'health.version': 'Version {version}',
} satisfies Record<string, string>;
