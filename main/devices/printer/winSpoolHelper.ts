/**
 * The Windows side of raw ticket printing: a small C# class that talks to the
 * print spooler (winspool.drv), compiled by Windows PowerShell's Add-Type when the
 * helper starts, so the app ships no native addon and no executable of its own.
 *
 * The helper is one long-lived process per printer (compiling takes a second or
 * two; a citizen at the kiosk should not wait for it on every ticket). It reads one
 * request per line on stdin and answers each with exactly one line on stdout:
 *
 *   print <base64 of the ESC/POS bytes>  →  ok | fail <step> <win32 error>
 *   status                               →  status <attributes> <status> | fail open <win32 error>
 *
 * The printer's name comes in the environment (MOTCUA_PRINTER_QUEUE), never in
 * the script text, so no name can change what the script does.
 *
 * The source keeps to C# 5: Windows PowerShell 5.1 compiles Add-Type code with
 * the .NET Framework's own compiler. The tests compile and run it under Mono
 * against a fake winspool library.
 */
import type { PrinterStatus } from './ticketPrinter';

export const winSpoolQueueVariable = 'MOTCUA_PRINTER_QUEUE';

export const winSpoolHelperSource = String.raw`using System;
using System.IO;
using System.Runtime.InteropServices;

namespace MotCua
{
    public static class RawPrintHelper
    {
        [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
        private class DocInfo1
        {
            [MarshalAs(UnmanagedType.LPWStr)] public string DocName;
            [MarshalAs(UnmanagedType.LPWStr)] public string OutputFile;
            [MarshalAs(UnmanagedType.LPWStr)] public string Datatype;
        }

        [DllImport("winspool.drv", EntryPoint = "OpenPrinterW", CharSet = CharSet.Unicode, SetLastError = true)]
        private static extern bool OpenPrinter(string printerName, out IntPtr printer, IntPtr defaults);

        [DllImport("winspool.drv", EntryPoint = "ClosePrinter", SetLastError = true)]
        private static extern bool ClosePrinter(IntPtr printer);

        [DllImport("winspool.drv", EntryPoint = "StartDocPrinterW", CharSet = CharSet.Unicode, SetLastError = true)]
        private static extern int StartDocPrinter(IntPtr printer, int level, [In] DocInfo1 docInfo);

        [DllImport("winspool.drv", EntryPoint = "EndDocPrinter", SetLastError = true)]
        private static extern bool EndDocPrinter(IntPtr printer);

        [DllImport("winspool.drv", EntryPoint = "StartPagePrinter", SetLastError = true)]
        private static extern bool StartPagePrinter(IntPtr printer);

        [DllImport("winspool.drv", EntryPoint = "EndPagePrinter", SetLastError = true)]
        private static extern bool EndPagePrinter(IntPtr printer);

        [DllImport("winspool.drv", EntryPoint = "WritePrinter", SetLastError = true)]
        private static extern bool WritePrinter(IntPtr printer, IntPtr bytes, int count, out int written);

        [DllImport("winspool.drv", EntryPoint = "AbortPrinter", SetLastError = true)]
        private static extern bool AbortPrinter(IntPtr printer);

        [DllImport("winspool.drv", EntryPoint = "GetPrinterW", SetLastError = true)]
        private static extern bool GetPrinter(IntPtr printer, int level, IntPtr buffer, int size, out int needed);

        public static int Main()
        {
            string name = Environment.GetEnvironmentVariable("${winSpoolQueueVariable}");
            TextReader input = Console.In;
            TextWriter output = Console.Out;
            string line;
            while ((line = input.ReadLine()) != null)
            {
                output.WriteLine(Answer(name, line));
                output.Flush();
            }
            return 0;
        }

        private static string Answer(string name, string line)
        {
            if (line == "status") return Status(name);
            if (!line.StartsWith("print ", StringComparison.Ordinal)) return "fail request 0";
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(line.Substring(6));
            }
            catch (FormatException)
            {
                return "fail request 0";
            }
            return Print(name, bytes);
        }

        private static string Failure(string step)
        {
            return "fail " + step + " " + Marshal.GetLastWin32Error();
        }

        private static string Print(string name, byte[] bytes)
        {
            IntPtr printer;
            if (!OpenPrinter(name, out printer, IntPtr.Zero)) return Failure("open");
            IntPtr buffer = Marshal.AllocHGlobal(Math.Max(bytes.Length, 1));
            try
            {
                Marshal.Copy(bytes, 0, buffer, bytes.Length);
                DocInfo1 doc = new DocInfo1();
                doc.DocName = "Một Cửa ticket";
                doc.Datatype = "RAW";
                // RAW: the spooler hands the bytes to the port untouched; the driver renders nothing.
                if (StartDocPrinter(printer, 1, doc) == 0) return Failure("document");
                if (!StartPagePrinter(printer))
                {
                    string pageFailure = Failure("page");
                    AbortPrinter(printer);
                    return pageFailure;
                }
                int offset = 0;
                while (offset < bytes.Length)
                {
                    int written;
                    if (!WritePrinter(printer, IntPtr.Add(buffer, offset), bytes.Length - offset, out written))
                    {
                        string writeFailure = Failure("write");
                        // Half a raster would leave the printer inside a command: drop the job instead of ending it.
                        AbortPrinter(printer);
                        return writeFailure;
                    }
                    if (written <= 0)
                    {
                        AbortPrinter(printer);
                        return "fail write 0";
                    }
                    offset += written;
                }
                string outcome = "ok";
                if (!EndPagePrinter(printer)) outcome = Failure("page");
                if (!EndDocPrinter(printer) && outcome == "ok") outcome = Failure("document");
                return outcome;
            }
            finally
            {
                Marshal.FreeHGlobal(buffer);
                ClosePrinter(printer);
            }
        }

        private static string Status(string name)
        {
            IntPtr printer;
            if (!OpenPrinter(name, out printer, IntPtr.Zero)) return Failure("open");
            try
            {
                int needed;
                GetPrinter(printer, 2, IntPtr.Zero, 0, out needed);
                if (needed <= 0) return Failure("status");
                IntPtr buffer = Marshal.AllocHGlobal(needed);
                try
                {
                    if (!GetPrinter(printer, 2, buffer, needed, out needed)) return Failure("status");
                    // PRINTER_INFO_2: 13 pointers, then Attributes, Priority, DefaultPriority, StartTime, UntilTime, Status.
                    int attributesAt = 13 * IntPtr.Size;
                    int attributes = Marshal.ReadInt32(buffer, attributesAt);
                    int status = Marshal.ReadInt32(buffer, attributesAt + 5 * 4);
                    return "status " + attributes + " " + status;
                }
                finally
                {
                    Marshal.FreeHGlobal(buffer);
                }
            }
            finally
            {
                ClosePrinter(printer);
            }
        }
    }
}
`;

/** Windows PowerShell compiles the helper and runs it; its exit code is the helper's. */
export function winSpoolHelperScript(): string {
  return [
    "$ErrorActionPreference = 'Stop'",
    "$ProgressPreference = 'SilentlyContinue'",
    // Uncaught errors would reach stderr as CLIXML; the station wants one plain line.
    'try {',
    "Add-Type -TypeDefinition @'",
    winSpoolHelperSource,
    "'@",
    '} catch {',
    '  [Console]::Error.WriteLine($_.Exception.Message)',
    '  exit 1',
    '}',
    'exit [MotCua.RawPrintHelper]::Main()',
  ].join('\n');
}

/** `-EncodedCommand` takes the script as base64 of its UTF-16LE text: no quoting on the command line. */
export function encodedPowerShellCommand(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}

/** The command that starts the helper for one printer. */
export function winSpoolHelperCommand(queue: string, systemRoot = process.env.SystemRoot ?? 'C:\\Windows'): { command: string; args: string[]; env: Record<string, string> } {
  return {
    // By full path: not whatever `powershell.exe` comes first on PATH.
    command: `${systemRoot}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe`,
    args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encodedPowerShellCommand(winSpoolHelperScript())],
    env: { [winSpoolQueueVariable]: queue },
  };
}

/** PRINTER_INFO_2 flags (winspool.h) that say the printer cannot print now. */
const printerStatus = {
  paused: 0x1,
  error: 0x2,
  paperJam: 0x8,
  paperOut: 0x10,
  paperProblem: 0x40,
  offline: 0x80,
  notAvailable: 0x1000,
  userIntervention: 0x100000,
  doorOpen: 0x400000,
} as const;
const workOfflineAttribute = 0x400;

/**
 * What the spooler knows of a printer. Many USB thermal printers report nothing
 * back to Windows, so "ready" means the queue takes jobs, not that there is paper.
 */
export function spoolerPrinterStatus(attributes: number, status: number): PrinterStatus {
  if (status & printerStatus.paperOut) return 'paper_out';
  if (attributes & workOfflineAttribute) return 'offline';
  const cannotPrint = printerStatus.paused | printerStatus.error | printerStatus.paperJam | printerStatus.paperProblem | printerStatus.offline | printerStatus.notAvailable | printerStatus.userIntervention | printerStatus.doorOpen;
  return status & cannotPrint ? 'offline' : 'ready';
}
