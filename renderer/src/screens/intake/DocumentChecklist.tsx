/**
 * The procedure's papers, ticked as the citizen hands them in, with how many
 * originals and copies; mandatory ones are marked, and papers outside the
 * catalogue can be added by name.
 */
import type { AppError } from '@contract';
import { issuesFor } from '../../components/ErrorNotice';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { CountInput } from './CountInput';
import type { AttachmentDraft, DocumentDraft } from './intakeDraft';

export function DocumentChecklist({
  documents,
  attachments,
  error,
  onChange,
}: {
  documents: readonly DocumentDraft[];
  attachments: readonly AttachmentDraft[];
  error: AppError | undefined;
  onChange(documents: DocumentDraft[]): void;
}) {
  const { t } = useI18n();
  const update = (key: string, change: Partial<DocumentDraft>) =>
    onChange(documents.map((document) => (document.key === key ? { ...document, ...change } : document)));
  const addExtra = () => {
    const used = new Set(documents.map((document) => document.key));
    let n = 1;
    while (used.has(`extra-${n}`)) n += 1;
    onChange([...documents, { key: `extra-${n}`, componentId: null, name: '', mandatory: false, received: true, originals: 0, copies: 1 }]);
  };

  // The station numbers received papers only; find each row's number for its complaints.
  let sentIndex = -1;
  const rows = documents.map((document) => {
    if (document.received) sentIndex += 1;
    const path = document.received ? `documents.${sentIndex}` : null;
    return { document, path };
  });
  const allTicked = documents.length > 0 && documents.every((document) => document.received);

  return (
    <div className="checklist" data-testid="document-checklist">
      <table className="table checklist-table">
        <thead>
          <tr>
            <th className="checklist-tick">
              <input
                type="checkbox"
                aria-label={t('intake.documents.tickAll')}
                checked={allTicked}
                disabled={documents.length === 0}
                onChange={(event) => onChange(documents.map((document) => ({ ...document, received: event.target.checked })))}
              />
            </th>
            <th>{t('intake.documents.name')}</th>
            <th className="num">{t('intake.documents.originals')}</th>
            <th className="num">{t('intake.documents.copies')}</th>
            <th className="num">{t('intake.documents.files')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ document, path }) => {
            const files = attachments.filter((file) => file.documentKey === document.key).length;
            const problem = path ? [issuesFor(error, `${path}.name`), issuesFor(error, `${path}.originals`), issuesFor(error, `${path}.copies`)].filter(Boolean).join(' ') : '';
            return (
              <tr key={document.key} className={`checklist-row ${document.received ? 'is-received' : ''}`} data-document={document.name}>
                <td className="checklist-tick">
                  <input
                    type="checkbox"
                    checked={document.received}
                    aria-label={document.name || t('intake.documents.extraName')}
                    onChange={(event) => update(document.key, { received: event.target.checked })}
                  />
                </td>
                <td>
                  {document.componentId === null ? (
                    <div className="checklist-extra">
                      <input
                        type="text"
                        className="checklist-extra-name"
                        value={document.name}
                        placeholder={t('intake.documents.extraName')}
                        aria-label={t('intake.documents.extraName')}
                        onChange={(event) => update(document.key, { name: event.target.value })}
                      />
                      <button
                        type="button"
                        className="button button-small button-danger-outline"
                        onClick={() => onChange(documents.filter((other) => other.key !== document.key))}
                      >
                        {t('intake.documents.remove')}
                      </button>
                    </div>
                  ) : (
                    <span className="checklist-name">{document.name}</span>
                  )}
                  {document.mandatory ? <span className="badge badge-mandatory">{t('intake.documents.mandatory')}</span> : null}
                  {problem ? <p className="field-problem">{problem}</p> : null}
                </td>
                <td className="num">
                  <CountInput
                    value={document.originals}
                    label={`${t('intake.documents.originals')}: ${document.name}`}
                    onChange={(originals) => update(document.key, { originals })}
                  />
                </td>
                <td className="num">
                  <CountInput
                    value={document.copies}
                    label={`${t('intake.documents.copies')}: ${document.name}`}
                    onChange={(copies) => update(document.key, { copies })}
                  />
                </td>
                <td className="num">
                  {files > 0 ? (
                    <span className="badge badge-blue">
                      <Icon name="document" size={14} />
                      {files}
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" className="button button-small" onClick={addExtra}>
          {t('intake.documents.addExtra')}
        </button>
      </div>
    </div>
  );
}
