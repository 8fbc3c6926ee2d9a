import { describe, expect, it } from 'vitest';
import { ADMIN_SECTIONS, sectionForPath } from './sections';

describe('admin sections', () => {
  it('lists the console sections in sidebar order', () => {
    expect(ADMIN_SECTIONS.map((section) => section.label)).toEqual([
      'Dashboard',
      'Providers',
      'Models',
      'Users',
      'Usage',
      'Audit',
      'Settings',
    ]);
  });

  it('finds the section of a path, including nested pages', () => {
    expect(sectionForPath('/models')?.label).toBe('Models');
    expect(sectionForPath('/users/u_123')?.label).toBe('Users');
    expect(sectionForPath('/')?.label).toBe('Dashboard');
  });

  it('does not confuse sections that share a prefix, nor claim unknown paths', () => {
    expect(sectionForPath('/usage-report')).toBeUndefined();
    expect(sectionForPath('/nope')).toBeUndefined();
  });
});
