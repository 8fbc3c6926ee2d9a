import { Menu, PanelLeftClose, PanelLeftOpen, X } from 'lucide-react';
import { cn } from '../../lib/cn';
import { IconButton } from '../icon-button';
import { useSidebar } from './sidebar-context';

/** Collapses the docked sidebar; in the phone drawer it closes the drawer instead. */
export function SidebarCollapseButton({ className }: { className?: string }) {
  const { collapsed, setCollapsed, isMobile, setMobileOpen } = useSidebar();
  if (isMobile) {
    return (
      <IconButton
        label="Close menu"
        icon={<X />}
        tooltip={false}
        onClick={() => setMobileOpen(false)}
        className={className}
      />
    );
  }
  return (
    <IconButton
      label={collapsed ? 'Expand sidebar' : 'Collapse sidebar'}
      icon={collapsed ? <PanelLeftOpen /> : <PanelLeftClose />}
      tooltipSide="right"
      aria-expanded={!collapsed}
      onClick={() => setCollapsed(!collapsed)}
      className={className}
    />
  );
}

/** Opens the phone drawer; renders nothing from md up. */
export function SidebarMobileTrigger({ className }: { className?: string }) {
  const { isMobile, mobileOpen, setMobileOpen } = useSidebar();
  if (!isMobile) return null;
  return (
    <IconButton
      label="Open menu"
      icon={<Menu />}
      tooltip={false}
      aria-expanded={mobileOpen}
      aria-haspopup="dialog"
      onClick={() => setMobileOpen(true)}
      className={cn(className)}
    />
  );
}
