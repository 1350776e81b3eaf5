import { AppError, type User, type UserRole } from '@contract';
import type { Repositories } from '../../db/repositories';
import { withoutHash } from '../../db/repositories/userRepository';
import type { Actor } from '../actor';
import { hashPassword } from '../auth/passwordHash';
import type { UnitOfWork } from '../unitOfWork';

export interface UserService {
  list(): User[];
  create(actor: Actor, input: { username: string; fullName: string; role: UserRole; password: string }): Promise<User>;
  /** Deactivating ends the user's sessions; nobody deactivates themself or the last active admin. */
  setActive(actor: Actor, input: { userId: number; active: boolean }): User;
}

export function userService(repos: Repositories, uow: UnitOfWork): UserService {
  return {
    list: (): User[] => repos.users.list().map(withoutHash),

    async create(actor: Actor, input: { username: string; fullName: string; role: UserRole; password: string }): Promise<User> {
      if (repos.users.byUsername(input.username)) {
        throw new AppError('CONFLICT', { message: `Tên đăng nhập "${input.username}" đã được dùng.`, detail: 'Username taken' });
      }
      const passwordHash = await hashPassword(input.password);
      return uow.run(actor, (ctx) => {
        if (ctx.repos.users.byUsername(input.username)) {
          throw new AppError('CONFLICT', { message: `Tên đăng nhập "${input.username}" đã được dùng.`, detail: 'Username taken' });
        }
        const id = ctx.repos.users.insert({ ...input, passwordHash }, ctx.now);
        ctx.audit('user.create', 'user', id, { role: input.role });
        return withoutHash(ctx.repos.users.byId(id)!);
      });
    },

    setActive(actor: Actor, input: { userId: number; active: boolean }): User {
      return uow.run(actor, (ctx) => {
        const user = ctx.repos.users.byId(input.userId);
        if (!user) throw new AppError('NOT_FOUND', { message: 'Không tìm thấy tài khoản.', detail: 'User not found' });
        if (!input.active && actor.kind === 'user' && actor.userId === user.id) {
          throw new AppError('CONFLICT', { message: 'Bạn không thể tự khóa tài khoản của mình.', detail: 'Cannot deactivate self' });
        }
        if (!input.active && user.role === 'admin' && user.active && ctx.repos.users.activeAdminCount() <= 1) {
          throw new AppError('CONFLICT', {
            message: 'Phải còn ít nhất một tài khoản quản trị đang hoạt động.',
            detail: 'Cannot deactivate the last active admin',
          });
        }
        ctx.repos.users.setActive(user.id, input.active, ctx.now);
        if (!input.active) ctx.repos.sessions.revokeAllOf(user.id, ctx.now);
        ctx.audit(input.active ? 'user.activate' : 'user.deactivate', 'user', user.id);
        return withoutHash(ctx.repos.users.byId(user.id)!);
      });
    },
  };
}
