/*
 * A stand-in for winspool.drv, so the Windows print helper's C# runs under Mono on
 * Linux: the same entry points and calling shapes, recording what it is asked to
 * do. Behaviour comes from the environment:
 *   FAKE_WINSPOOL_LOG       file the calls are appended to, one per line
 *   FAKE_WINSPOOL_JOB       file the job's bytes are appended to
 *   FAKE_WINSPOOL_PRINTER   the one printer that exists (UTF-8)
 *   FAKE_WINSPOOL_CHUNK     at most this many bytes taken per WritePrinter call
 *   FAKE_WINSPOOL_FAIL      "document" or "write": that step fails
 *   FAKE_WINSPOOL_ERROR     the error the failing step leaves (default 1804)
 *   FAKE_WINSPOOL_ATTRIBUTES, FAKE_WINSPOOL_STATUS  what GetPrinterW reports
 * Mono reads a P/Invoke's last error from errno on Linux, so failures set errno.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef uint16_t wchar16;
typedef struct { wchar16 *docName; wchar16 *outputFile; wchar16 *datatype; } DocInfo1;
/* As winspool.h declares it, so the helper's offsets are checked against the compiler's layout. */
typedef struct {
  wchar16 *pServerName, *pPrinterName, *pShareName, *pPortName, *pDriverName, *pComment, *pLocation;
  void *pDevMode;
  wchar16 *pSepFile, *pPrintProcessor, *pDatatype, *pParameters;
  void *pSecurityDescriptor;
  uint32_t Attributes, Priority, DefaultPriority, StartTime, UntilTime, Status, cJobs, AveragePPM;
} PrinterInfo2;

static void *const theHandle = (void *)0x5150;

static long envNumber(const char *name, long fallback) {
  const char *value = getenv(name);
  return value && *value ? strtol(value, NULL, 10) : fallback;
}

/* UTF-16 to UTF-8, enough for printer and document names. */
static void utf8Of(const wchar16 *text, char *out, size_t size) {
  size_t n = 0;
  if (!text) { snprintf(out, size, "(null)"); return; }
  for (; *text && n + 4 < size; text++) {
    uint32_t c = *text;
    if (c >= 0xD800 && c <= 0xDBFF && text[1] >= 0xDC00 && text[1] <= 0xDFFF) { c = 0x10000 + ((c - 0xD800) << 10) + (text[1] - 0xDC00); text++; }
    if (c < 0x80) out[n++] = (char)c;
    else if (c < 0x800) { out[n++] = (char)(0xC0 | c >> 6); out[n++] = (char)(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) { out[n++] = (char)(0xE0 | c >> 12); out[n++] = (char)(0x80 | ((c >> 6) & 0x3F)); out[n++] = (char)(0x80 | (c & 0x3F)); }
    else { out[n++] = (char)(0xF0 | c >> 18); out[n++] = (char)(0x80 | ((c >> 12) & 0x3F)); out[n++] = (char)(0x80 | ((c >> 6) & 0x3F)); out[n++] = (char)(0x80 | (c & 0x3F)); }
  }
  out[n] = 0;
}

static void logLine(const char *format, ...) {
  const char *path = getenv("FAKE_WINSPOOL_LOG");
  FILE *file = path ? fopen(path, "a") : NULL;
  va_list args;
  if (!file) return;
  va_start(args, format);
  vfprintf(file, format, args);
  va_end(args);
  fputc('\n', file);
  fclose(file);
}

static int failing(const char *step) {
  const char *fail = getenv("FAKE_WINSPOOL_FAIL");
  if (!fail || strcmp(fail, step) != 0) return 0;
  errno = (int)envNumber("FAKE_WINSPOOL_ERROR", 1804);
  return 1;
}

int OpenPrinterW(const wchar16 *name, void **handle, void *defaults) {
  char utf8[512];
  const char *exists = getenv("FAKE_WINSPOOL_PRINTER");
  utf8Of(name, utf8, sizeof utf8);
  logLine("open %s", utf8);
  (void)defaults;
  if (!exists || strcmp(exists, utf8) != 0) { errno = 1801; return 0; }
  *handle = theHandle;
  return 1;
}

int ClosePrinter(void *handle) {
  logLine("close");
  return handle == theHandle;
}

uint32_t StartDocPrinterW(void *handle, uint32_t level, const DocInfo1 *doc) {
  char name[512], datatype[64];
  if (handle != theHandle || level != 1) { errno = 6; return 0; }
  utf8Of(doc->docName, name, sizeof name);
  utf8Of(doc->datatype, datatype, sizeof datatype);
  logLine("document %s", name);
  logLine("datatype %s", datatype);
  if (failing("document")) return 0;
  return 42;
}

int StartPagePrinter(void *handle) { logLine("page"); return handle == theHandle; }
int EndPagePrinter(void *handle) { logLine("end page"); return handle == theHandle; }
int EndDocPrinter(void *handle) { logLine("end document"); return handle == theHandle; }

int WritePrinter(void *handle, const void *bytes, uint32_t count, uint32_t *written) {
  long chunk = envNumber("FAKE_WINSPOOL_CHUNK", 0);
  uint32_t taken = chunk > 0 && (uint32_t)chunk < count ? (uint32_t)chunk : count;
  const char *path = getenv("FAKE_WINSPOOL_JOB");
  FILE *file;
  if (handle != theHandle) { errno = 6; return 0; }
  if (failing("write")) { *written = 0; return 0; }
  file = path ? fopen(path, "ab") : NULL;
  if (file) { fwrite(bytes, 1, taken, file); fclose(file); }
  logLine("write %lu", (unsigned long)taken);
  *written = taken;
  return 1;
}

int AbortPrinter(void *handle) { logLine("abort"); return handle == theHandle; }

int GetPrinterW(void *handle, uint32_t level, unsigned char *buffer, uint32_t size, uint32_t *needed) {
  PrinterInfo2 *info = (PrinterInfo2 *)buffer;
  if (handle != theHandle || level != 2) { errno = 6; return 0; }
  *needed = sizeof(PrinterInfo2);
  if (!buffer || size < sizeof(PrinterInfo2)) { errno = 122; return 0; }
  memset(info, 0, sizeof *info);
  info->Attributes = (uint32_t)envNumber("FAKE_WINSPOOL_ATTRIBUTES", 0);
  info->Status = (uint32_t)envNumber("FAKE_WINSPOOL_STATUS", 0);
  info->Priority = info->DefaultPriority = 1; /* neighbours that must not be read as Status */
  info->cJobs = 7;
  logLine("status");
  return 1;
}
