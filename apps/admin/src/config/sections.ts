import {
  Boxes,
  ChartColumn,
  LayoutDashboard,
  type LucideIcon,
  ScrollText,
  Server,
  Settings,
  Users,
} from 'lucide-react';

export interface AdminSection {
  /** Route path relative to the /admin basename. */
  path: string;
  label: string;
  icon: LucideIcon;
  /** One line about what the section is for (page subtitle and empty state). */
  description: string;
}

/** The console's sections, in sidebar order. Routes and navigation both read this list. */
export const ADMIN_SECTIONS = [
  {
    path: '/',
    label: 'Dashboard',
    icon: LayoutDashboard,
    description: 'How your Enox server is doing at a glance.',
  },
  {
    path: '/providers',
    label: 'Providers',
    icon: Server,
    description: 'Connect OpenAI-compatible and Google providers with platform API keys.',
  },
  {
    path: '/models',
    label: 'Models',
    icon: Boxes,
    description: 'Choose which models people can use, with their type, limits and token caps.',
  },
  {
    path: '/users',
    label: 'Users',
    icon: Users,
    description: 'See who has an account, promote administrators and set per-user limits.',
  },
  {
    path: '/usage',
    label: 'Usage',
    icon: ChartColumn,
    description: 'Requests per user and model, on the platform key and on their own keys.',
  },
  {
    path: '/audit',
    label: 'Audit',
    icon: ScrollText,
    description: 'A record of administrative changes: who changed what, and when.',
  },
  {
    path: '/settings',
    label: 'Settings',
    icon: Settings,
    description: 'Sign-up policy, default monthly limits and other server-wide options.',
  },
] as const satisfies readonly AdminSection[];

/** The section a pathname belongs to, if any. */
export function sectionForPath(pathname: string): AdminSection | undefined {
  return ADMIN_SECTIONS.find((section) =>
    section.path === '/'
      ? pathname === '/'
      : pathname === section.path || pathname.startsWith(`${section.path}/`),
  );
}
