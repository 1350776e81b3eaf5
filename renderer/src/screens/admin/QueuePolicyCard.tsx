/**
 * The rule every counter follows when it calls the next number, written out for
 * the administrator with the two figures that tune it: after K priority calls in
 * a row at a counter, a regular ticket that has waited M minutes goes next. The
 * station applies a change from the next call on.
 */
import { useState, type FormEvent } from 'react';
import type { QueuePolicyView } from '@contract';
import { api } from '../../api/client';
import { useMethod } from '../../api/hooks';
import { useWrite } from '../../api/useWrite';
import { ErrorNotice, issuesFor } from '../../components/ErrorNotice';
import { TextField } from '../../components/Field';
import { Icon } from '../../components/icons';
import { emptyFieldsError } from '../../components/requiredFields';
import { useI18n } from '../../i18n/I18nProvider';

interface Draft {
  maxConsecutivePriority: string;
  normalMaxWaitMinutes: string;
}

const fieldNames = ['maxConsecutivePriority', 'normalMaxWaitMinutes'] as const;

function draftOf(policy: QueuePolicyView): Draft {
  return { maxConsecutivePriority: String(policy.maxConsecutivePriority), normalMaxWaitMinutes: String(policy.normalMaxWaitMinutes) };
}

export function QueuePolicyCard() {
  const { t } = useI18n();
  const policy = useMethod('queue.policy', {});
  /** What the admin typed; until then the form shows what the station holds. */
  const [edits, setEdits] = useState<Draft>();
  const [saved, setSaved] = useState(false);
  const save = useWrite(
    async (draft: Draft) => {
      const next = await api.call('queue.setPolicy', {
        maxConsecutivePriority: Number(draft.maxConsecutivePriority),
        normalMaxWaitMinutes: Number(draft.normalMaxWaitMinutes),
      });
      policy.replace(next);
      setEdits(undefined);
      setSaved(true);
    },
    { check: (draft) => emptyFieldsError({ ...draft }, fieldNames, t('fields.required')) },
  );
  const { busy, error } = save;

  const loaded = policy.data;
  if (!loaded) {
    return (
      <section className="card" data-testid="queue-policy">
        <h2 className="card-title">{t('admin.queuePolicy.title')}</h2>
        {policy.error ? <ErrorNotice error={policy.error} /> : <p className="muted">{t('app.loading')}</p>}
      </section>
    );
  }

  const draft = edits ?? draftOf(loaded);
  const change = (key: keyof Draft) => (value: string) => {
    setSaved(false);
    setEdits({ ...draft, [key]: value });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run(draft);
  };

  const changed = JSON.stringify(draft) !== JSON.stringify(draftOf(loaded));

  return (
    <section className="card queue-policy" data-testid="queue-policy">
      <div>
        <h2 className="card-title">{t('admin.queuePolicy.title')}</h2>
        <p className="muted">{t('admin.queuePolicy.intro')}</p>
      </div>
      <ol className="policy-rules" data-testid="queue-policy-rules">
        <li>{t('admin.queuePolicy.rulePriority')}</li>
        <li>{t('admin.queuePolicy.ruleOrder')}</li>
        <li data-testid="queue-policy-starvation">
          {loaded.maxConsecutivePriority === 0
            ? t('admin.queuePolicy.ruleStarvationOff')
            : t('admin.queuePolicy.ruleStarvation', { k: loaded.maxConsecutivePriority, m: loaded.normalMaxWaitMinutes })}
        </li>
      </ol>
      <form className="policy-form" onSubmit={submit} noValidate>
        <div className="ops-row">
          <TextField
            label={t('admin.queuePolicy.maxConsecutive')}
            hint={t('admin.queuePolicy.maxConsecutiveHint')}
            type="number"
            inputMode="numeric"
            min={0}
            max={20}
            step={1}
            value={draft.maxConsecutivePriority}
            onChange={change('maxConsecutivePriority')}
            name="maxConsecutivePriority"
            problem={issuesFor(error, 'maxConsecutivePriority')}
          />
          <TextField
            label={t('admin.queuePolicy.normalMaxWait')}
            hint={t('admin.queuePolicy.normalMaxWaitHint')}
            type="number"
            inputMode="numeric"
            min={0}
            max={240}
            step={1}
            value={draft.normalMaxWaitMinutes}
            onChange={change('normalMaxWaitMinutes')}
            name="normalMaxWaitMinutes"
            problem={issuesFor(error, 'normalMaxWaitMinutes')}
          />
        </div>
        <ErrorNotice error={error} inlineFields={fieldNames} />
        <div className="policy-save">
          {saved && !changed ? (
            <p className="notice notice-success" role="status">
              <Icon name="check" className="notice-icon" />
              {t('admin.queuePolicy.saved')}
            </p>
          ) : null}
          <button type="submit" className="button button-primary" disabled={busy || !changed}>
            {busy ? t('admin.saving') : t('admin.queuePolicy.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
