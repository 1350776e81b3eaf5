import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../main/services/audit/auditChain';
import { loginAs, seedDemoInto, testStation } from '../helpers/testStation';

describe('the audit log is a hash chain', () => {
  it('an untouched log verifies', async () => {
    const station = await testStation();
    await seedDemoInto(station);
    await loginAs(station, 'admin');
    const result = verifyAuditChain(station.services.repos.audit.iterate());
    expect(result.intact).toBe(true);
    expect(result.checked).toBeGreaterThanOrEqual(4);
    await station.close();
  });

  it('an edited row is named as the first broken one', async () => {
    const station = await testStation();
    await seedDemoInto(station);
    await loginAs(station, 'admin');
    station.services.db.prepare(`UPDATE audit_log SET details = '{"role":"admin"}' WHERE seq = 2`).run();
    expect(verifyAuditChain(station.services.repos.audit.iterate())).toMatchObject({ intact: false, firstBrokenSeq: 2 });
    await station.close();
  });

  it('a deleted row breaks the chain at the row after it', async () => {
    const station = await testStation();
    await seedDemoInto(station);
    await loginAs(station, 'admin');
    station.services.db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    expect(verifyAuditChain(station.services.repos.audit.iterate())).toMatchObject({ intact: false, firstBrokenSeq: 4 });
    await station.close();
  });

  it('a row re-hashed by hand still breaks the chain for the next row', async () => {
    const station = await testStation();
    await seedDemoInto(station);
    await loginAs(station, 'admin');
    station.services.db.prepare(`UPDATE audit_log SET hash = '${'f'.repeat(64)}' WHERE seq = 1`).run();
    expect(verifyAuditChain(station.services.repos.audit.iterate())).toMatchObject({ intact: false, firstBrokenSeq: 1 });
    await station.close();
  });
});
