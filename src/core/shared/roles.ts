import { AppError } from './errors.ts';
import type { MemberRecord, Role } from './ports.ts';

const rank: Record<Role, number> = { member: 0, host: 1, coordinator: 2 };

/** True when the member's role is at least `role` (coordinator > host > member). */
export function hasRole(member: MemberRecord, role: Role): boolean {
  return rank[member.role] >= rank[role];
}

export function requireRole(member: MemberRecord, role: Role, action: string): void {
  if (!hasRole(member, role)) {
    throw new AppError(
      'FORBIDDEN',
      `Only a ${role} can ${action}. Ask a coordinator in your workspace to give you the ${role} role.`,
    );
  }
}

export function parseRole(text: string): Role | null {
  const t = text.trim().toLowerCase();
  return t === 'member' || t === 'host' || t === 'coordinator' ? t : null;
}
