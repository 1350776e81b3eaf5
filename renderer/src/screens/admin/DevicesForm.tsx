/**
 * The device settings, saved together (the station takes the whole set at once):
 * ticket printer (none, USB-serial port or an OS print queue, and paper width),
 * the A4 printer queue, scanners (USB-serial or HID-POS) and the counter each one serves, the
 * folder a document scanner saves into (its files go to one counter's intake
 * form), and the public address printed in the ticket's QR code.
 */
import { useState, type FormEvent } from 'react';
import { AppError, type Counter, type DevicesStatus } from '@contract';
import { api } from '../../api/client';
import { useWrite } from '../../api/useWrite';
import { ErrorNotice, issuesFor } from '../../components/ErrorNotice';
import { Field, TextField } from '../../components/Field';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { baudRates, configOf, draftChanged, missingFields, newScannerDraft, paperWidths, scannerState, type BaudRate, type DevicesDraft, type PrinterKind, type ScannerDraft, type ScannerKind, type WidthDots } from './deviceDraft';
import { severityOf, stateLabels } from './deviceStates';
import { HidScannerPicker } from './HidScannerPicker';

const printerKinds = [
  { id: 'none', label: 'adminDevices.kindNone' },
  { id: 'serial', label: 'adminDevices.kindSerial' },
  { id: 'os', label: 'adminDevices.kindOs' },
] as const satisfies ReadonlyArray<{ id: PrinterKind; label: MessageKey }>;

export function DevicesForm({
  status,
  counters,
  draft,
  onDraft,
  onSaved,
}: {
  status: DevicesStatus;
  counters: Counter[];
  draft: DevicesDraft;
  onDraft(draft: DevicesDraft): void;
  onSaved(status: DevicesStatus): void;
}) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(false);
  const change = (patch: Partial<DevicesDraft>) => {
    setSaved(false);
    onDraft({ ...draft, ...patch });
  };
  const changed = draftChanged(draft, status.config);

  const save = useWrite(
    async () => {
      onSaved(await api.call('devices.configure', configOf(draft, status.config)));
      setSaved(true);
    },
    {
      check: () => {
        const missing = missingFields(draft, t('fields.required'));
        return missing.length > 0 ? new AppError('VALIDATION_FAILED', { detail: 'Required device fields left empty (checked in the renderer)', issues: missing }) : undefined;
      },
    },
  );
  const { busy, error } = save;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };

  return (
    <form className="devices-form" onSubmit={submit} noValidate data-testid="devices-form">
      <div className="devices-columns">
        <section className="card">
          <h2 className="card-title">{t('adminDevices.ticketPrinterTitle')}</h2>
          <fieldset className="choices">
            <legend className="field-legend">{t('adminDevices.printerKind')}</legend>
            <div className="ops-segment">
              {printerKinds.map((kind) => (
                <label key={kind.id} className={`choice ${draft.printerKind === kind.id ? 'is-checked' : ''}`}>
                  <input type="radio" name="printerKind" value={kind.id} checked={draft.printerKind === kind.id} onChange={() => change({ printerKind: kind.id })} />
                  {t(kind.label)}
                </label>
              ))}
            </div>
          </fieldset>
          {draft.printerKind === 'serial' ? (
            <div className="ops-row">
              <TextField
                label={t('adminDevices.serialPath')}
                hint={t('adminDevices.serialPathHint')}
                value={draft.serialPath}
                onChange={(serialPath) => change({ serialPath })}
                name="ticketPrinter.path"
                spellCheck={false}
                autoCapitalize="none"
                problem={issuesFor(error, 'ticketPrinter.path')}
              />
              <BaudField value={draft.serialBaudRate} onChange={(serialBaudRate) => change({ serialBaudRate })} problem={issuesFor(error, 'ticketPrinter.baudRate')} />
            </div>
          ) : null}
          {draft.printerKind === 'os' ? (
            <TextField
              label={t('adminDevices.osQueue')}
              hint={t('adminDevices.osQueueHint')}
              value={draft.osQueue}
              onChange={(osQueue) => change({ osQueue })}
              name="ticketPrinter.queue"
              spellCheck={false}
              autoCapitalize="none"
              problem={issuesFor(error, 'ticketPrinter.queue')}
            />
          ) : null}
          {draft.printerKind !== 'none' ? (
            <Field label={t('adminDevices.paperWidth')} problem={issuesFor(error, 'ticketPrinter.widthDots')}>
              {(props) => (
                <select {...props} name="widthDots" value={draft.widthDots} onChange={(event) => change({ widthDots: Number(event.target.value) as WidthDots })}>
                  {paperWidths.map((width) => (
                    <option key={width.dots} value={width.dots}>
                      {t('adminDevices.paperWidthOption', { mm: width.millimetres, dots: width.dots })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <p className="muted">{t('adminDevices.printerNoneHint')}</p>
          )}
        </section>

        <section className="card">
          <h2 className="card-title">{t('adminDevices.documentPrinterTitle')}</h2>
          <TextField
            label={t('adminDevices.documentQueue')}
            optionalLabel={t('fields.optional')}
            value={draft.documentPrinterQueue}
            onChange={(documentPrinterQueue) => change({ documentPrinterQueue })}
            name="documentPrinterQueue"
            spellCheck={false}
            autoCapitalize="none"
            problem={issuesFor(error, 'documentPrinterQueue')}
          />
          <p className="notice notice-info">
            <Icon name="info" className="notice-icon" />
            {draft.documentPrinterQueue.trim() ? t('adminDevices.documentQueueSet') : t('adminDevices.documentQueueEmpty')}
          </p>
        </section>

        <ScannersCard draft={draft} counters={counters} live={status.scanners} error={error} onChange={(scanners) => change({ scanners })} />

        <ScanFolderCard draft={draft} counters={counters} saved={status.config.scanFolder} error={error} onChange={change} />

        <section className="card">
          <h2 className="card-title">{t('adminDevices.publicUrlTitle')}</h2>
          <TextField
            label={t('adminDevices.publicUrl')}
            optionalLabel={t('fields.optional')}
            hint={t('adminDevices.publicUrlHint')}
            placeholder="http://192.168.1.10:8686"
            value={draft.publicUrl}
            onChange={(publicUrl) => change({ publicUrl })}
            name="publicUrl"
            inputMode="url"
            spellCheck={false}
            autoCapitalize="none"
            problem={issuesFor(error, 'publicUrl')}
          />
          <div className="ops-effective" data-testid="tracking-base-url">
            <span className="card-label">{t('adminDevices.trackingNow')}</span>
            {status.trackingBaseUrl ? <code>{status.trackingBaseUrl}/t/…</code> : <span className="notice-inline-warning">{t('adminDevices.trackingNone')}</span>}
          </div>
        </section>
      </div>

      <div className={`devices-save-bar ${changed ? 'is-changed' : ''}`}>
        <ErrorNotice error={error} inlineFields={issuePaths(error)} className="devices-save-error" />
        {saved && !changed ? (
          <p className="notice notice-success" role="status">
            <Icon name="check" className="notice-icon" />
            {t('adminDevices.saved')}
          </p>
        ) : (
          <p className="muted">{changed ? t('adminDevices.unsaved') : t('adminDevices.noChanges')}</p>
        )}
        <button type="submit" className="button button-primary button-large" disabled={busy || !changed}>
          {busy ? t('admin.saving') : t('adminDevices.save')}
        </button>
      </div>
    </form>
  );
}

/** Field problems the form shows under their inputs (everything but the root). */
function issuePaths(error: AppError | undefined): string[] {
  return (error?.issues ?? []).map((issue) => issue.path).filter((path) => path !== '');
}

function BaudField({ value, onChange, problem, label }: { value: BaudRate; onChange(value: BaudRate): void; problem: string | undefined; label?: string }) {
  const { t } = useI18n();
  return (
    <Field label={label ?? t('adminDevices.baudRate')} problem={problem}>
      {(props) => (
        <select {...props} value={value} onChange={(event) => onChange(Number(event.target.value) as BaudRate)}>
          {baudRates.map((rate) => (
            <option key={rate} value={rate}>
              {rate}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

const scannerKinds: ReadonlyArray<{ id: ScannerKind; label: MessageKey }> = [
  { id: 'serial', label: 'adminDevices.scannerSerial' },
  { id: 'hid', label: 'adminDevices.scannerHid' },
];

function ScannersCard({
  draft,
  counters,
  live,
  error,
  onChange,
}: {
  draft: DevicesDraft;
  counters: Counter[];
  live: DevicesStatus['scanners'];
  error: AppError | undefined;
  onChange(scanners: ScannerDraft[]): void;
}) {
  const { t } = useI18n();
  const update = (key: number, patch: Partial<ScannerDraft>) => onChange(draft.scanners.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const add = () => onChange([...draft.scanners, newScannerDraft(Math.max(-1, ...draft.scanners.map((row) => row.key)) + 1)]);
  const sortedCounters = [...counters].sort((a, b) => a.number - b.number);

  return (
    <section className="card" data-testid="scanners">
      <div className="card-bar">
        <h2 className="card-title">{t('adminDevices.scannersTitle')}</h2>
        <button type="button" className="button button-small" onClick={add}>
          {t('adminDevices.addScanner')}
        </button>
      </div>
      {draft.scanners.length === 0 ? <p className="muted">{t('adminDevices.scannersNone')}</p> : null}
      {draft.scanners.map((row, index) => {
        const state = scannerState(row, live);
        return (
          <div key={row.key} className="scanner-row" data-kind={row.kind} data-testid="scanner-row">
            <Field label={t('adminDevices.scannerKind')} problem={issuesFor(error, `scanners.${index}.kind`)}>
              {(props) => (
                <select {...props} name={`scanners.${index}.kind`} value={row.kind} onChange={(event) => update(row.key, { kind: event.target.value as ScannerKind })}>
                  {scannerKinds.map((kind) => (
                    <option key={kind.id} value={kind.id}>
                      {t(kind.label)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {row.kind === 'serial' ? (
              <>
                <TextField
                  label={t('adminDevices.serialPath')}
                  value={row.path}
                  onChange={(path) => update(row.key, { path })}
                  name={`scanners.${index}.path`}
                  spellCheck={false}
                  autoCapitalize="none"
                  problem={issuesFor(error, `scanners.${index}.path`)}
                />
                <BaudField value={row.baudRate} onChange={(baudRate) => update(row.key, { baudRate })} problem={issuesFor(error, `scanners.${index}.baudRate`)} />
              </>
            ) : (
              <div className="scanner-row-usb">
                <TextField
                  label={t('adminDevices.usbId')}
                  optionalLabel={t('fields.optional')}
                  hint={t('adminDevices.usbIdHint')}
                  placeholder="0c2e:0b8f"
                  value={row.usbId}
                  onChange={(usbId) => update(row.key, { usbId })}
                  name={`scanners.${index}.usbId`}
                  spellCheck={false}
                  autoCapitalize="none"
                  problem={issuesFor(error, `scanners.${index}.usbId`)}
                />
                <HidScannerPicker chosen={row.usbId} onPick={(usbId) => update(row.key, { usbId })} />
              </div>
            )}
            <Field label={t('adminDevices.scannerCounter')} problem={issuesFor(error, `scanners.${index}.counterId`)}>
              {(props) => (
                <select
                  {...props}
                  value={row.counterId ?? ''}
                  onChange={(event) => update(row.key, { counterId: event.target.value ? Number(event.target.value) : null })}
                >
                  <option value="">{t('adminDevices.chooseCounter')}</option>
                  {sortedCounters.map((counter) => (
                    <option key={counter.id} value={counter.id}>
                      {counter.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="scanner-row-end">
              <span className={`device-chip is-${state ? severityOf(state.state) : 'unchecked'}`} title={state?.message ?? undefined}>
                {state ? t(stateLabels[state.state]) : t('adminDevices.notSavedYet')}
              </span>
              <button
                type="button"
                className="button button-small button-danger-outline"
                onClick={() => onChange(draft.scanners.filter((other) => other.key !== row.key))}
                aria-label={t('adminDevices.removeScannerLabel', { index: index + 1 })}
              >
                {t('adminDevices.removeScanner')}
              </button>
            </div>
            {state?.message ? <p className="scanner-row-message">{state.message}</p> : null}
          </div>
        );
      })}
      <p className="notice notice-warning">
        <Icon name="alert" className="notice-icon" />
        {t('adminDevices.wedgeWarning')}
      </p>
    </section>
  );
}

function ScanFolderCard({
  draft,
  counters,
  saved,
  error,
  onChange,
}: {
  draft: DevicesDraft;
  counters: Counter[];
  saved: DevicesStatus['config']['scanFolder'];
  error: AppError | undefined;
  onChange(patch: Partial<DevicesDraft>): void;
}) {
  const { t } = useI18n();
  const savedCounter = saved ? counters.find((counter) => counter.id === saved.counterId) : undefined;
  return (
    <section className="card" data-testid="scan-folder">
      <h2 className="card-title">{t('adminDevices.scanFolderTitle')}</h2>
      <p className="muted">{t('adminDevices.scanFolderIntro')}</p>
      <TextField
        label={t('adminDevices.scanFolderPath')}
        optionalLabel={t('fields.optional')}
        hint={t('adminDevices.scanFolderPathHint')}
        placeholder="/home/motcua/scan/quay-1"
        value={draft.scanFolderPath}
        onChange={(scanFolderPath) => onChange({ scanFolderPath })}
        name="scanFolder.path"
        spellCheck={false}
        autoCapitalize="none"
        problem={issuesFor(error, 'scanFolder.path')}
      />
      <Field label={t('adminDevices.scanFolderCounter')} problem={issuesFor(error, 'scanFolder.counterId')}>
        {(props) => (
          <select
            {...props}
            name="scanFolder.counterId"
            value={draft.scanFolderCounterId ?? ''}
            onChange={(event) => onChange({ scanFolderCounterId: event.target.value ? Number(event.target.value) : null })}
          >
            <option value="">{t('adminDevices.chooseCounter')}</option>
            {[...counters]
              .sort((a, b) => a.number - b.number)
              .map((counter) => (
                <option key={counter.id} value={counter.id}>
                  {counter.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <div className="ops-effective" data-testid="scan-folder-now">
        <span className="card-label">{t('adminDevices.scanFolderNow')}</span>
        {saved ? (
          <span>
            <code>{saved.path}</code> → {savedCounter?.name ?? t('adminDevices.scanFolderUnknownCounter', { id: saved.counterId })}
          </span>
        ) : (
          <span className="muted">{t('adminDevices.scanFolderNone')}</span>
        )}
      </div>
    </section>
  );
}
