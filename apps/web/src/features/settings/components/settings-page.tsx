import { Button, PageHeader } from '@enox/ui';
import { KeyRound } from 'lucide-react';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { KeysSection } from './keys-section';
import { ProfileSection } from './profile-section';

/** `/settings`: profile and bring-your-own-key (`#keys`). */
export function SettingsPage() {
  const { hash } = useLocation();
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash]);
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
      <PageHeader
        title="Settings"
        actions={
          <Button asChild variant="secondary">
            <Link to="/settings/tokens">
              <KeyRound aria-hidden="true" />
              Access tokens
            </Link>
          </Button>
        }
      />
      <div className="mt-6 flex flex-col gap-4">
        <ProfileSection />
        <KeysSection />
      </div>
    </div>
  );
}
