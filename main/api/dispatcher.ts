/**
 * The one dispatcher behind both transports: authenticate → authorise → validate
 * input → call the service → validate output. Whatever happens, the caller gets a
 * CallReply, never an exception, and failures are typed AppErrors.
 */
import { z } from 'zod';
import {
  AppError,
  callRequestSchema,
  isMethodName,
  mayCall,
  methods,
  type CallReply,
  type CallRequest,
  type FieldIssue,
  type MethodName,
  type Methods,
  maxUploadBytes,
  storedAttachmentSchema,
  uploadRoles,
} from '@contract';
import { anonymous, type Principal } from '../services/auth/principal';
import type { Logger } from '../runtime/logger';

export type Transport = 'ipc' | 'http';

export interface CallContext {
  principal: Principal;
  transport: Transport;
}

export type Handler<M extends MethodName> = (
  input: z.output<Methods[M]['input']>,
  call: CallContext,
) => z.input<Methods[M]['output']> | Promise<z.input<Methods[M]['output']>>;

export type Handlers = { [M in MethodName]: Handler<M> };

export interface Dispatcher {
  dispatch(request: unknown, context: { transport: Transport }): Promise<CallReply>;
  /** Stores an attachment sent as raw bytes (HTTP upload or IPC upload channel). */
  upload(request: { fileName: unknown; bytes: unknown; token?: unknown }, context: { transport: Transport }): Promise<CallReply>;
  /** The principal of a token (for event filtering on sockets). */
  principalOf(token: string | undefined): Principal;
}

const vi = z.locales.vi();
const en = z.locales.en();

function issuesOf(error: z.ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((issue) => ({ path: prefix + issue.path.join('.'), message: issue.message }));
}

export function validationError(schema: z.ZodType, value: unknown, what: string): AppError | null {
  const result = schema.safeParse(value, { error: vi.localeError });
  if (result.success) return null;
  const english = schema.safeParse(value, { error: en.localeError });
  const detail = english.success ? what : `${what}: ${issuesOf(english.error).map((i) => `${i.path || '(root)'} ${i.message}`).join('; ')}`;
  return new AppError('VALIDATION_FAILED', { detail, issues: issuesOf(result.error) });
}

export type UploadHandler = (input: { fileName: string; bytes: Uint8Array }, call: CallContext) => unknown;

export function createDispatcher(options: {
  handlers: Handlers;
  upload: UploadHandler;
  resolveToken(token: string): Principal;
  logger: Logger;
  /** Runs calls that arrive together under one commit (the unit of work's group commit); absent: each alone. */
  group?: <T>(call: () => Promise<T>) => Promise<T>;
}): Dispatcher {
  const { handlers, logger } = options;

  function principalOf(token: string | undefined): Principal {
    return token ? options.resolveToken(token) : anonymous;
  }

  async function run(request: unknown, transport: Transport): Promise<unknown> {
    const envelope = callRequestSchema.safeParse(request);
    if (!envelope.success) throw new AppError('BAD_REQUEST', { detail: 'Call envelope must be {method, input, token?}' });
    const { method, input, token } = envelope.data as CallRequest;
    if (!isMethodName(method)) throw new AppError('UNKNOWN_METHOD', { detail: `Unknown method ${String(method).slice(0, 100)}` });
    const spec = methods[method];

    const principal = principalOf(token);
    if (!mayCall(principal.roles, spec.roles)) {
      throw new AppError(principal.user ? 'FORBIDDEN' : 'UNAUTHENTICATED', { detail: `${method} needs ${spec.roles.join('|')}` });
    }

    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) throw validationError(spec.input, input ?? {}, `Invalid input for ${method}`)!;

    const handler = handlers[method] as Handler<MethodName>;
    const output = await handler(parsed.data as never, { principal, transport });

    const checked = spec.output.safeParse(output);
    if (!checked.success) {
      logger.error('Service output failed validation', { method, issues: checked.error.issues.length });
      throw new AppError('OUTPUT_INVALID', { detail: `Output of ${method} failed validation` });
    }
    return checked.data;
  }

  function failure(error: unknown, method: string, transport: Transport, started: number): CallReply {
    const appError = error instanceof AppError ? error : new AppError('INTERNAL');
    if (!(error instanceof AppError)) {
      logger.error('Unexpected error in API call', { method, transport, error: (error as Error)?.name ?? 'unknown', message: (error as Error)?.message?.slice(0, 200) });
    } else if (appError.status >= 500) {
      logger.error('API call failed', { method, transport, code: appError.code, detail: appError.detail });
    } else {
      logger.info('API call refused', { method, transport, code: appError.code, ms: Math.round(performance.now() - started) });
    }
    return { ok: false, error: appError.toPayload() };
  }

  return {
    principalOf,
    async upload(request, { transport }) {
      const started = performance.now();
      try {
        if (typeof request.fileName !== 'string' || !(request.bytes instanceof Uint8Array)) {
          throw new AppError('BAD_REQUEST', { detail: 'Upload needs a file name and bytes' });
        }
        if (request.token !== undefined && typeof request.token !== 'string') throw new AppError('BAD_REQUEST', { detail: 'Token must be a string' });
        if (request.bytes.length > maxUploadBytes) throw new AppError('PAYLOAD_TOO_LARGE', { detail: 'Upload over the limit' });
        const principal = principalOf(request.token);
        if (!mayCall(principal.roles, uploadRoles)) {
          throw new AppError(principal.user ? 'FORBIDDEN' : 'UNAUTHENTICATED', { detail: 'Upload needs officer|admin' });
        }
        const result = storedAttachmentSchema.parse(await options.upload({ fileName: request.fileName, bytes: request.bytes }, { principal, transport }));
        return { ok: true, result };
      } catch (error) {
        return failure(error, 'upload', transport, started);
      }
    },
    async dispatch(request, { transport }) {
      const started = performance.now();
      const method = typeof (request as { method?: unknown })?.method === 'string' ? (request as { method: string }).method.slice(0, 100) : '?';
      try {
        const result = await (options.group ? options.group(() => run(request, transport)) : run(request, transport));
        return { ok: true, result };
      } catch (error) {
        return failure(error, method, transport, started);
      }
    },
  };
}
