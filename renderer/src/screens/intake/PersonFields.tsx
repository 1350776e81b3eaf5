/**
 * The fields of one person on the intake form. Fields filled from the CCCD carry
 * "đã xác thực từ CCCD" until the officer edits them. A complete ID number typed
 * by hand is looked up on the station; a known citizen is offered to fill the rest.
 */
import { useEffect, useState } from 'react';
import type { AppError, Person } from '@contract';
import { api } from '../../api/client';
import { issuesFor } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { dateInputOf, editedPerson, personFromRecord, type PersonDraft, type PersonField } from './personDraft';

const labels: Record<PersonField, MessageKey> = {
  idNumber: 'intake.person.idNumber',
  oldIdNumber: 'intake.person.oldIdNumber',
  fullName: 'intake.person.fullName',
  dateOfBirth: 'intake.person.dateOfBirth',
  gender: 'intake.person.gender',
  address: 'intake.person.address',
  phone: 'intake.person.phone',
  email: 'intake.person.email',
};

export function PersonFields({
  prefix,
  person,
  onChange,
  error,
}: {
  /** `applicant` or `submitter`: the station's issue paths start with it. */
  prefix: 'applicant' | 'submitter';
  person: PersonDraft;
  onChange(person: PersonDraft): void;
  error: AppError | undefined;
}) {
  const { t } = useI18n();
  const [known, setKnown] = useState<Person | null>(null);
  const idNumber = person.idNumber.trim();
  const fromCard = person.verified.includes('idNumber');

  // A full ID number typed by hand: does the station know this citizen already?
  useEffect(() => {
    setKnown(null);
    if (!/^\d{12}$/.test(idNumber) || fromCard) return;
    let live = true;
    const timer = setTimeout(() => {
      api.call('citizen.byIdNumber', { idNumber }).then(
        (record) => live && setKnown(record),
        () => undefined,
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [idNumber, fromCard]);

  const offer = known && !matchesRecord(person, known) ? known : null;

  const field = (name: PersonField, options: { wide?: boolean; inputMode?: 'numeric' | 'tel' | 'email'; placeholder?: string } = {}) => {
    const verified = person.verified.includes(name);
    return (
      <div className={`intake-field ${options.wide ? 'is-wide' : ''} ${verified ? 'is-verified' : ''}`} key={name}>
        <Field label={t(labels[name])} problem={issuesFor(error, `${prefix}.${name}`)}>
          {(props) =>
            name === 'gender' ? (
              <select {...props} value={person.gender} onChange={(event) => onChange(editedPerson(person, 'gender', event.target.value))} data-field={name}>
                <option value="">{t('intake.person.genderUnknown')}</option>
                <option value="male">{t('intake.person.male')}</option>
                <option value="female">{t('intake.person.female')}</option>
              </select>
            ) : (
              <input
                {...props}
                type="text"
                value={person[name]}
                inputMode={options.inputMode}
                placeholder={options.placeholder}
                autoComplete="off"
                spellCheck={false}
                data-field={name}
                onChange={(event) => onChange(editedPerson(person, name, event.target.value))}
              />
            )
          }
        </Field>
        {verified ? (
          <span className="verified-mark" data-testid={`verified-${prefix}-${name}`}>
            <Icon name="shield" size={14} />
            {t('intake.verifiedFromCard')}
          </span>
        ) : null}
      </div>
    );
  };

  return (
    <div className="intake-person" data-person={prefix}>
      <div className="intake-person-grid">
        {field('idNumber', { inputMode: 'numeric', placeholder: t('intake.person.idNumberPlaceholder') })}
        {field('oldIdNumber', { inputMode: 'numeric' })}
        {field('dateOfBirth', { placeholder: t('intake.person.datePlaceholder') })}
        {field('fullName', { wide: true })}
        {field('gender')}
        {field('address', { wide: true })}
        {field('phone', { inputMode: 'tel' })}
        {field('email', { inputMode: 'email' })}
      </div>
      {offer ? (
        <div className="notice notice-info known-citizen" role="status" data-testid={`known-${prefix}`}>
          <Icon name="user" className="notice-icon" />
          <div className="known-citizen-text">
            <p className="notice-title">{t('intake.knownCitizen', { name: offer.fullName })}</p>
            <p>
              {[offer.dateOfBirth ? t('intake.knownBorn', { date: dateInputOf(offer.dateOfBirth) }) : null, offer.address, offer.phone]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </div>
          <button type="button" className="button button-small" onClick={() => onChange(personFromRecord(offer, person))}>
            {t('intake.fillFromRecord')}
          </button>
        </div>
      ) : null}
      {person.fromCard ? null : person.verified.length > 0 ? (
        <p className="muted intake-card-edited">{t('intake.cardEdited')}</p>
      ) : null}
    </div>
  );
}

/** Whether the form already shows what the record says (nothing to offer). */
function matchesRecord(person: PersonDraft, record: Person): boolean {
  return (
    person.fullName.trim() === record.fullName &&
    person.dateOfBirth === dateInputOf(record.dateOfBirth) &&
    (person.address.trim() || null) === record.address &&
    (record.phone === null || person.phone.trim() === record.phone)
  );
}
