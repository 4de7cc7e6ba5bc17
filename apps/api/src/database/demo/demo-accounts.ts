import type { Role } from '@boussole/domain';

/** The demo accounts of DESIGN §5; all share the password below, in demo mode only. */
export const DEMO_PASSWORD = 'Boussole-Demo-2025';

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  unit?: string;
  region?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@boussole.test', name: 'Claire Dubois', role: 'admin' },
  { email: 'direction@boussole.test', name: 'Hélène Marchand', role: 'director' },
  { email: 'pf@boussole.test', name: 'Julien Moreau', role: 'project_manager', unit: 'PF' },
  { email: 'rh@boussole.test', name: 'Sophie Lefèvre', role: 'project_manager', unit: 'RH' },
  { email: 'r@boussole.test', name: 'Thomas Girard', role: 'project_manager', unit: 'R' },
  { email: 'q@boussole.test', name: 'Nadia Benali', role: 'project_manager', unit: 'Q' },
  { email: 'n@boussole.test', name: 'Antoine Roux', role: 'project_manager', unit: 'N' },
  { email: 'dns@boussole.test', name: 'Élodie Fontaine', role: 'project_manager', unit: 'DNS' },
  { email: 'ars-idf@boussole.test', name: 'Karim Haddad', role: 'ars_liaison', region: '11' },
  { email: 'ars-bretagne@boussole.test', name: 'Maëlle Le Goff', role: 'ars_liaison', region: '53' },
  { email: 'ars-reunion@boussole.test', name: 'Jean-Paul Hoarau', role: 'ars_liaison', region: '04' },
  { email: 'lecture@boussole.test', name: 'Louis Bernard', role: 'viewer' },
];
