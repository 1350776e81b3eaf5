/**
 * "Mời đánh giá": opens the citizen-facing rating screen for this dossier (or
 * ticket) on the centre's rating window. Where no window can be opened, the
 * officer gets the address and code to key in on the tablet instead.
 */
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { openRatingScreen, ratingPath } from './ratingInvite';

export function RatingInviteButton({
  target,
  className = '',
}: {
  target: { dossierCode: string } | { ticketToken: string } | null;
  className?: string;
}) {
  const { t } = useI18n();
  const [fallback, setFallback] = useState(false);
  return (
    <>
      <button
        type="button"
        className={`button ${className}`}
        data-testid="invite-rating"
        onClick={() => {
          if (!openRatingScreen(target)) setFallback(true);
        }}
      >
        <Icon name="people" size={20} />
        {t('rating.invite')}
      </button>
      {fallback ? (
        <Dialog title={t('rating.invite')} onCancel={() => setFallback(false)}>
          <p>{t('rating.inviteFallback')}</p>
          <p className="rating-invite-address">{`${window.location.origin}${ratingPath(target)}`}</p>
          {target && 'dossierCode' in target ? <p className="saved-code">{target.dossierCode}</p> : null}
          <div className="actions dialog-actions">
            <button type="button" className="button" onClick={() => setFallback(false)}>
              {t('rating.close')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
