import type { ActingContext } from '@xinzhi/shared-contracts';
import type { TranslationKey } from '@xinzhi/web-core';

export interface NavItem {
  readonly id: string;
  readonly path: string;
  readonly icon: string;
  readonly label: TranslationKey;
  /** Highlight only on exactly this URL. */
  readonly exact?: boolean;
}

const HOME: NavItem = { id: 'home', path: '/', icon: 'home', label: 'nav.home', exact: true };
const SIGN_IN: NavItem = { id: 'login', path: '/login', icon: 'login', label: 'nav.signIn' };
const PROFILE: NavItem = { id: 'profile', path: '/profile', icon: 'user', label: 'nav.profile' };

/**
 * The side menu for who is signed in and where they act: only pages the context and role may use
 * (the API refuses the rest anyway, and the route guards send such visits home).
 */
export function navigationFor(signedIn: boolean, context: ActingContext | null): readonly NavItem[] {
  if (!signedIn) return [HOME, SIGN_IN];
  switch (context?.type) {
    case 'tenant': {
      const items: NavItem[] = [
        { id: 'workspace', path: '/workspace', icon: 'home', label: 'nav.workspace' },
        { id: 'projects', path: '/projects', icon: 'project', label: 'nav.projects' },
        { id: 'my-tasks', path: '/my-tasks', icon: 'check-square', label: 'nav.myTasks' },
        { id: 'my-awards', path: '/me/awards', icon: 'gift', label: 'nav.myAwards' },
        { id: 'my-training', path: '/me/training', icon: 'book', label: 'nav.myTraining' },
        // Everyone: owners and leaders run assessments, members answer the steps assigned to them.
        { id: 'assessments', path: '/assessments', icon: 'radar-chart', label: 'nav.assessments' },
        // Everyone: owners and leaders record pain points and adopt solutions, members propose pain points and browse.
        // (Icons the shell already draws, so the initial bundle does not grow.)
        { id: 'pain-points', path: '/pain-points', icon: 'exclamation-circle', label: 'nav.painPoints' },
        { id: 'solutions', path: '/solutions', icon: 'shop', label: 'nav.solutions' },
        // Everyone browses the park's showcases (样板间); owners and leaders also see their own consent and the peer benchmark.
        { id: 'showcases', path: '/showcases', icon: 'project', label: 'nav.showcases' },
      ];
      if (context.role === 'owner' || context.role === 'leader') {
        items.push(
          { id: 'my-showcase', path: '/showcase', icon: 'home', label: 'nav.myShowcase' },
          { id: 'benchmarks', path: '/benchmarks', icon: 'radar-chart', label: 'nav.benchmarks' },
        );
      }
      // Award queue, schemes, leaderboard, skills matrix and training records: the incentive pages' own tabs.
      // Owners and leaders: incentive pages, and the park's surveys they answer for the enterprise.
      if (context.role === 'owner' || context.role === 'leader')
        items.push(
          { id: 'incentives', path: '/incentives', icon: 'trophy', label: 'nav.incentives' },
          { id: 'surveys', path: '/surveys', icon: 'file-search', label: 'nav.surveys' },
        );
      if (context.role === 'owner' || context.role === 'leader' || context.role === 'team_lead') {
        items.push(
          { id: 'members', path: '/members', icon: 'team', label: 'nav.members' },
          { id: 'departments', path: '/departments', icon: 'apartment', label: 'nav.departments' },
        );
      }
      if (context.role === 'owner') items.push({ id: 'audit', path: '/audit', icon: 'file-search', label: 'nav.audit' });
      return [...items, PROFILE];
    }
    case 'park':
      return [
        { id: 'park-dashboard', path: '/park/dashboard', icon: 'home', label: 'nav.parkDashboard' },
        { id: 'park-tenants', path: '/park/tenants', icon: 'shop', label: 'nav.parkTenants' },
        { id: 'park-solutions', path: '/park/solutions', icon: 'book', label: 'nav.parkSolutions' },
        { id: 'park-pain-points', path: '/park/pain-points', icon: 'exclamation-circle', label: 'nav.parkPainPoints' },
        { id: 'park-demand', path: '/park/demand', icon: 'file-search', label: 'nav.parkDemand' },
        { id: 'park-analysis', path: '/park/analysis', icon: 'apartment', label: 'nav.parkAnalysis' },
        { id: 'park-pain-point-matrix', path: '/park/pain-point-matrix', icon: 'radar-chart', label: 'nav.parkPainPointMatrix' },
        { id: 'park-surveys', path: '/park/surveys', icon: 'check-square', label: 'nav.parkSurveys' },
        { id: 'park-showcases', path: '/park/showcases', icon: 'trophy', label: 'nav.parkShowcases' },
        PROFILE,
      ];
    case 'platform':
      return [
        { id: 'platform-parks', path: '/platform/parks', icon: 'bank', label: 'nav.platformParks' },
        { id: 'platform-queues', path: '/platform/queues', icon: 'bars', label: 'nav.platformQueues' },
        PROFILE,
      ];
    default:
      return [PROFILE];
  }
}
