import { readStored, writeStored } from './browser-storage';

/** What a chat needs to show and use its agent. */
export interface AgentRef {
  id: string;
  name: string;
  username: string;
  modelId: string;
}

const KEY = 'enox.known-agents';
const MAX = 50;

function isAgentRef(value: unknown): value is AgentRef {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['id', 'name', 'username', 'modelId'].every((k) => typeof v[k] === 'string');
}

function readAll(): AgentRef[] {
  return (
    readStored(KEY, (value) => (Array.isArray(value) ? value.filter(isAgentRef) : undefined)) ?? []
  );
}

/**
 * Agents this browser has chatted with, so a chat can show its agent's name
 * after a reload (the API finds agents by username, chats only know the id).
 */
export function rememberAgent(agent: AgentRef): void {
  const rest = readAll().filter((known) => known.id !== agent.id);
  writeStored(
    KEY,
    [
      { id: agent.id, name: agent.name, username: agent.username, modelId: agent.modelId },
      ...rest,
    ].slice(0, MAX),
  );
}

export function knownAgent(id: string): AgentRef | undefined {
  return readAll().find((agent) => agent.id === id);
}

const CHAT_KEY = 'enox.chat-agents';

/** Remembers which agent a chat was started with. */
export function rememberChatAgent(chatId: string, agentId: string): void {
  const map =
    readStored(CHAT_KEY, (value) =>
      typeof value === 'object' && value !== null ? (value as Record<string, string>) : undefined,
    ) ?? {};
  const entries = Object.entries({ ...map, [chatId]: agentId }).slice(-200);
  writeStored(CHAT_KEY, Object.fromEntries(entries));
}

export function chatAgentId(chatId: string): string | undefined {
  const map = readStored(CHAT_KEY, (value) =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined,
  );
  const id = map?.[chatId];
  return typeof id === 'string' ? id : undefined;
}
