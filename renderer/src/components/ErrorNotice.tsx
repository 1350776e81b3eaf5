/**
 * Shows a failure the way the counter staff should read it: the station's own
 * Vietnamese sentence when it said something specific, else our message for the
 * error code (in the screen's language), plus the field problems the station reported.
 */
import { errorCatalogue, type AppError } from '@contract';
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from './icons';

export function useErrorText(): (error: AppError) => string {
  const { tOptional, language } = useI18n();
  return (error) => {
    const ours = tOptional(`errors.${error.code}`);
    // The station's own sentence when it said something specific ("this file is not
    // a PDF", "already rated"), which our per-code text cannot know; in English the
    // code's text first, then the station's Vietnamese for the detail.
    const specific = error.messageVi !== errorCatalogue[error.code]?.vi ? error.messageVi : undefined;
    if (!specific) return ours ?? error.messageVi;
    return language === 'vi' || !ours ? specific : `${ours} (${specific})`;
  };
}

export function ErrorNotice({
  error,
  inlineFields = [],
  className = '',
}: {
  error: AppError | undefined;
  /** Fields whose problems the form already shows under the input; not repeated here. */
  inlineFields?: readonly string[];
  className?: string;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  if (!error) return null;
  const issues = (error.issues ?? []).filter((issue) => !inlineFields.includes(issue.path));
  return (
    <div className={`notice notice-error ${className}`} role="alert">
      <Icon name="alert" className="notice-icon" />
      <div>
        <p className="notice-title">{errorText(error)}</p>
        {issues.length > 0 && (
          <>
            <p>{t('errors.issuesTitle')}</p>
            <ul className="notice-issues">
              {issues.map((issue, index) => (
                <li key={`${issue.path}-${index}`}>
                  {issue.path ? <strong>{issue.path}: </strong> : null}
                  {issue.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

/** The issue messages for one field, for showing under its input. */
export function issuesFor(error: AppError | undefined, path: string): string | undefined {
  const messages = (error?.issues ?? []).filter((issue) => issue.path === path).map((issue) => issue.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}
