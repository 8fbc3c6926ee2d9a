import {
  Logo,
  SidebarBody,
  SidebarCollapseButton,
  SidebarFooter,
  SidebarHeader,
  SidebarItem,
  useSidebar,
} from '@enox/ui';
import { ArrowUpRight } from 'lucide-react';
import { Link, NavLink } from 'react-router';
import { ADMIN_SECTIONS } from '../../../config/sections';

export function AdminSidebar() {
  const { collapsed } = useSidebar();
  return (
    <>
      <SidebarHeader>
        {collapsed ? null : (
          <Link
            to="/"
            aria-label="Enox Admin dashboard"
            className="mr-auto flex items-center rounded-md max-md:min-h-11"
          >
            <Logo suffix="Admin" />
          </Link>
        )}
        <SidebarCollapseButton />
      </SidebarHeader>
      <SidebarBody>
        <nav
          aria-label="Admin sections"
          className={
            collapsed ? 'flex flex-col items-center gap-1' : 'flex w-full flex-col gap-0.5'
          }
        >
          {ADMIN_SECTIONS.map(({ path, label, icon: Icon }) => (
            <SidebarItem key={path} asChild icon={<Icon />} label={label}>
              <NavLink to={path} end={path === '/'} />
            </SidebarItem>
          ))}
        </nav>
      </SidebarBody>
      <SidebarFooter>
        <SidebarItem asChild icon={<ArrowUpRight />} label="Open Enox">
          <a href="/" />
        </SidebarItem>
      </SidebarFooter>
    </>
  );
}
