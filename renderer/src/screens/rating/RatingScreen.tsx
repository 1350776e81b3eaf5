/**
 * The citizen rates the visit, anonymously, on a second monitor, a tablet or the
 * kiosk: the receipt's code (typed, scanned, or passed by the counter as
 * `?ma=<code>` / `?ve=<ticket token>`), five criteria with three big buttons
 * each, an optional comment, thanks. One rating per visit: the station refuses a
 * second one and the screen says so kindly. Left alone for 30 seconds, any step
 * goes back to the start.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useWrite } from '../../api/useWrite';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { navigate, usePlace } from '../../router/router';
import { KioskHeader } from '../kiosk/KioskHeader';
import { useIdle } from '../kiosk/useIdle';
import { RatingFace } from './RatingFaces';
import {
  completeScores,
  ratingCriteria,
  ratingLevels,
  ratingTargetOf,
  ratingTargetOfSearch,
  type RatingCriterion,
  type RatingLevel,
  type RatingScores,
  type RatingTarget,
} from './ratingTarget';

const idleResetMs = 30_000;

type Step =
  | { kind: 'identify'; notice: 'notFound' | 'invalid' | null }
  | { kind: 'rate'; target: RatingTarget }
  | { kind: 'thanks' }
  | { kind: 'already' };

export function RatingScreen() {
  const { t } = useI18n();
  const place = usePlace();
  const [step, setStep] = useState<Step>(() => {
    const target = ratingTargetOfSearch(place.search);
    return target ? { kind: 'rate', target } : { kind: 'identify', notice: null };
  });
  const [entered, setEntered] = useState('');
  const [scores, setScores] = useState<RatingScores>({});
  const [comment, setComment] = useState('');
  const send = useWrite(
    async (target: RatingTarget, complete: Record<RatingCriterion, RatingLevel>) => {
      await api.call('rating.submit', { ...target, scores: complete, comment: comment.trim() || null }, { anonymous: true });
      setStep({ kind: 'thanks' });
    },
    {
      // Refusals a citizen can act on get their own step; the rate step shows the rest.
      onError: (error) => {
        if (error.code === 'CONFLICT') setStep({ kind: 'already' });
        else if (error.code === 'NOT_FOUND') setStep({ kind: 'identify', notice: 'notFound' });
      },
    },
  );
  const { busy: sending, error, setError } = send;

  const restart = () => {
    setStep({ kind: 'identify', notice: null });
    setEntered('');
    setScores({});
    setComment('');
    setError(undefined);
    // The next citizen must not rate the previous one's dossier by reloading.
    if (place.search.has('ma') || place.search.has('ve')) navigate('/danh-gia', { replace: true });
    window.scrollTo(0, 0);
  };

  useIdle(
    idleResetMs,
    () => {
      if (sending) return;
      if (step.kind === 'identify' && entered === '' && step.notice === null) return;
      restart();
    },
    step,
  );

  const identify = (event: FormEvent) => {
    event.preventDefault();
    const target = ratingTargetOf(entered);
    if (!target) return setStep({ kind: 'identify', notice: 'invalid' });
    setScores({});
    setComment('');
    setError(undefined);
    setStep({ kind: 'rate', target });
  };

  const submit = (target: RatingTarget) => {
    const complete = completeScores(scores);
    if (complete) void send.run(target, complete);
  };

  return (
    <div className="kiosk-page rating-page" data-step={step.kind} data-testid="rating-screen" onContextMenu={(event) => event.preventDefault()}>
      <KioskHeader />

      <main className="rating-body">
        {step.kind === 'identify' ? (
          <form className="rating-identify" onSubmit={identify} data-testid="rating-identify">
            <h2 className="rating-title">{t('rating.welcome')}</h2>
            <p className="rating-lead">{t('rating.identifyPrompt')}</p>
            <input
              className="rating-code-input"
              type="text"
              value={entered}
              onChange={(event) => setEntered(event.target.value)}
              placeholder={t('rating.codePlaceholder')}
              aria-label={t('rating.codeLabel')}
              autoComplete="off"
              spellCheck={false}
              autoFocus
            />
            {step.notice ? (
              <p className="rating-problem" role="alert">
                {t(step.notice === 'notFound' ? 'rating.notFound' : 'rating.invalidCode')}
              </p>
            ) : null}
            <button type="submit" className="rating-primary" disabled={!entered.trim()}>
              {t('rating.continue')}
            </button>
            <p className="rating-hint">
              <Icon name="ticket" size={28} />
              {t('rating.scanHint')}
            </p>
          </form>
        ) : step.kind === 'rate' ? (
          <form
            className="rating-form"
            onSubmit={(event) => {
              event.preventDefault();
              void submit(step.target);
            }}
            data-testid="rating-form"
          >
            <h2 className="rating-title">{t('rating.title')}</h2>
            <p className="rating-lead">
              {'dossierCode' in step.target ? t('rating.forDossier', { code: step.target.dossierCode }) : t('rating.forTicket')}
            </p>
            <div className="rating-criteria">
              {ratingCriteria.map((criterion) => (
                <fieldset key={criterion} className="rating-criterion" data-criterion={criterion}>
                  <legend className="rating-criterion-name">{t(`rating.criteria.${criterion}`)}</legend>
                  <div className="rating-levels">
                    {ratingLevels.map((level) => {
                      const chosen = scores[criterion] === level;
                      return (
                        <button
                          key={level}
                          type="button"
                          className={`rating-level is-${level} ${chosen ? 'is-chosen' : ''}`}
                          aria-pressed={chosen}
                          onClick={() => setScores((previous) => ({ ...previous, [criterion]: level }))}
                        >
                          <RatingFace level={level} />
                          <span>{t(`rating.levels.${level}`)}</span>
                        </button>
                      );
                    })}
                  </div>
                </fieldset>
              ))}
            </div>
            <label className="rating-comment">
              <span>
                {t('rating.comment')} <span className="field-optional">({t('fields.optional')})</span>
              </span>
              <textarea rows={3} maxLength={1000} value={comment} onChange={(event) => setComment(event.target.value)} />
            </label>
            <ErrorNotice error={error} />
            <div className="rating-submit-row">
              <button type="button" className="rating-secondary" onClick={restart}>
                {t('rating.cancel')}
              </button>
              <button type="submit" className="rating-primary" disabled={sending || completeScores(scores) === null} data-testid="rating-submit">
                {sending ? t('rating.sending') : t('rating.submit')}
              </button>
            </div>
            {completeScores(scores) === null ? <p className="rating-hint-small">{t('rating.chooseAll')}</p> : null}
          </form>
        ) : (
          <section className={`rating-end ${step.kind === 'already' ? 'is-already' : 'is-thanks'}`} data-testid={`rating-${step.kind}`} role="status">
            <span className="rating-end-icon">
              <Icon name={step.kind === 'already' ? 'info' : 'check'} size={96} />
            </span>
            <h2 className="rating-title">{step.kind === 'already' ? t('rating.alreadyTitle') : t('rating.thanksTitle')}</h2>
            <p className="rating-lead">{step.kind === 'already' ? t('rating.alreadyBody') : t('rating.thanksBody')}</p>
            <button type="button" className="rating-primary" onClick={restart}>
              {t('rating.done')}
            </button>
          </section>
        )}
      </main>
      <footer className="rating-footer">{t('rating.footer')}</footer>
    </div>
  );
}
