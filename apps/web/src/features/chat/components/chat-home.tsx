import { EmptyState } from '@enox/ui';
import { Sparkles } from 'lucide-react';
import { useSignedInUser } from '../../../lib/auth';

/** A fresh chat before the first message. The composer mounts below the column. */
export function ChatHome() {
  const user = useSignedInUser();
  const firstName = user.name.trim().split(/\s+/u)[0] ?? user.name;
  return (
    <div className="flex flex-1 flex-col">
      <div className="mx-auto flex w-full max-w-3xl flex-1 flex-col items-center justify-center px-4">
        <EmptyState
          data-testid="chat-empty"
          headingLevel="h1"
          icon={<Sparkles className="text-accent-text" />}
          title="Start a conversation"
          description={`Hi ${firstName}. Ask anything, draft and summarise, or create images, video and speech with the models on this server.`}
        />
      </div>
    </div>
  );
}
