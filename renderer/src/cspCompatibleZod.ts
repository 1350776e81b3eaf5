/**
 * zod speeds up object parsing by compiling code with `new Function`, which our
 * CSP (no 'unsafe-eval') forbids: the probe alone logs a CSP violation. The
 * renderer parses little, so it runs zod without the compiler. Imported first.
 */
import { config } from 'zod';

config({ jitless: true });
