import { Foundation1764201600000 } from './1764201600000-foundation';
import { Identity1764288000000 } from './1764288000000-identity';
import { Projects1764374400000 } from './1764374400000-projects';
import { Progress1764460800000 } from './1764460800000-progress';
import { Kpis1764547200000 } from './1764547200000-kpis';
import { Trends1764633600000 } from './1764633600000-trends';
import { Incentives1764720000000 } from './1764720000000-incentives';
import { IncentiveFacts1764808200000 } from './1764808200000-incentive-facts';
import { Assessment1764894600000 } from './1764894600000-assessment';
import { PainPointsAndSolutions1764981000000 } from './1764981000000-pain-points-and-solutions';
import { Adoptions1764981600000 } from './1764981600000-adoptions';
import { ParkRollups1765068000000 } from './1765068000000-park-rollups';
import { Surveys1765069000000 } from './1765069000000-surveys';
import { Showcases1765070000000 } from './1765070000000-showcases';
import { Benchmarks1765070100000 } from './1765070100000-benchmarks';
import { KpiCorrections1765156000000 } from './1765156000000-kpi-corrections';
import { NotificationKinds1765156100000 } from './1765156100000-notification-kinds';
import { LastContext1765156200000 } from './1765156200000-last-context';
import { SessionsArchive1765156300000 } from './1765156300000-sessions-archive';
import { AuditFilters1765156400000 } from './1765156400000-audit-filters';
import { Imports1765242000000 } from './1765242000000-imports';

/** Every migration, in order. The only place the schema changes (never `synchronize`). */
export const MIGRATIONS = [
  Foundation1764201600000,
  Identity1764288000000,
  Projects1764374400000,
  Progress1764460800000,
  Kpis1764547200000,
  Trends1764633600000,
  Incentives1764720000000,
  IncentiveFacts1764808200000,
  Assessment1764894600000,
  PainPointsAndSolutions1764981000000,
  Adoptions1764981600000,
  ParkRollups1765068000000,
  Surveys1765069000000,
  Showcases1765070000000,
  Benchmarks1765070100000,
  KpiCorrections1765156000000,
  NotificationKinds1765156100000,
  LastContext1765156200000,
  SessionsArchive1765156300000,
  AuditFilters1765156400000,
  Imports1765242000000,
];
