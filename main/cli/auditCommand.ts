import { openDatabase } from '../db/connection';
import { auditRepository } from '../db/repositories/auditRepository';
import { verifyAuditChain } from '../services/audit/auditChain';
import { databasePath } from '../station/dataDir';
import { dataDirOption, parseOptions } from './args';
import { UsageError } from './cliError';

/** Exit 0 when the chain is intact, 1 when a row was altered (named in the output). */
export async function runAudit(argv: string[], say: (line: string) => void): Promise<number> {
  const [action, ...rest] = argv;
  if (action !== 'verify') throw new UsageError('audit needs "verify"');
  const { values } = parseOptions(rest, { data: { type: 'string' } });
  const db = openDatabase(databasePath(dataDirOption(values.data)), { readonly: true });
  try {
    const result = verifyAuditChain(auditRepository(db).iterate());
    say(JSON.stringify(result));
    say(
      result.intact
        ? `Nhật ký nguyên vẹn: ${result.checked} dòng. Audit chain intact.`
        : `Nhật ký bị thay đổi tại dòng ${result.firstBrokenSeq}. Audit chain broken at seq ${result.firstBrokenSeq}.`,
    );
    return result.intact ? 0 : 1;
  } finally {
    db.close();
  }
}
