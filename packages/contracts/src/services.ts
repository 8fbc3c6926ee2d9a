import type { SetUserRoleInput } from './schemas/admin.js';
import type { LoginInput, RegisterInput, User } from './schemas/auth.js';

export interface SessionGrant {
  readonly user: User;
  readonly session: { readonly id: string; readonly expiresAt: Date };
}

export interface AuthService {
  register(input: RegisterInput, ip: string): Promise<SessionGrant>;
  login(input: LoginInput, ip: string): Promise<SessionGrant>;
  logout(sessionId: string): Promise<void>;
}

export interface AdminService {
  setUserRole(actor: User, input: SetUserRoleInput): Promise<User>;
}

/**
 * What the API needs from the server. The router only validates, checks the
 * caller's tier and delegates here; the server supplies the implementation.
 */
export interface Services {
  readonly auth: AuthService;
  readonly admin: AdminService;
}
