import { SidebarItem, SidebarSection } from '@enox/ui';
import { Bot, ChartNoAxesColumn, Compass, Cpu, Settings } from 'lucide-react';
import { NavLink } from 'react-router';

const LINKS = [
  { to: '/agents', label: 'My agents', icon: <Bot /> },
  { to: '/explore', label: 'Explore', icon: <Compass /> },
  { to: '/models', label: 'Models', icon: <Cpu /> },
  { to: '/usage', label: 'Usage', icon: <ChartNoAxesColumn /> },
  { to: '/settings', label: 'Settings', icon: <Settings /> },
] as const;

/** The app's sections beside the chats. */
export function ShellNav() {
  return (
    <SidebarSection aria-label="Sections">
      {LINKS.map((link) => (
        <SidebarItem key={link.to} asChild icon={link.icon} label={link.label}>
          <NavLink to={link.to} />
        </SidebarItem>
      ))}
    </SidebarSection>
  );
}
