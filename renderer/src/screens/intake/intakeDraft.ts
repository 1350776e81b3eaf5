/**
 * The intake form as data: who, which procedure, which papers (ticked as received,
 * with counts), which files, how many sets, and the notes. Turning it into the
 * station's `dossier.receive` input and catching the mistakes worth catching
 * before a round trip (the station checks everything again) happen here, free of
 * React, so they are tested on their own.
 */
import { AppError, type DossierIntake, type FieldIssue, type Procedure } from '@contract';
import { emptyPerson, isoDateOf, personInputOf, type PersonDraft } from './personDraft';

export interface DocumentDraft {
  /** Stable key for React and for linking attachments (component id, or `extra-n`). */
  key: string;
  componentId: number | null;
  name: string;
  mandatory: boolean;
  /** Ticked: the citizen handed this paper in. */
  received: boolean;
  originals: number;
  copies: number;
}

export interface AttachmentDraft {
  key: string;
  fileName: string;
  size: number;
  state: 'uploading' | 'stored' | 'failed';
  /** 0–1 while uploading when the transport can tell; null otherwise. */
  progress: number | null;
  sha256: string | null;
  /** The failure as the station or the network gave it, shown under the file. */
  error: AppError | null;
  /** Refused before sending (not a PDF or image, too large), in the screen's language. */
  localProblem: string | null;
  /** The paper this file is a scan of. */
  documentKey: string | null;
}

export interface IntakeDraft {
  applicant: PersonDraft;
  hasSubmitter: boolean;
  submitter: PersonDraft;
  procedure: Procedure | null;
  documents: DocumentDraft[];
  attachments: AttachmentDraft[];
  sets: number;
  summary: string;
  notes: string;
  resultDelivery: 0 | 1;
}

/** How the form's pieces change the draft: from the latest one, never a stale copy. */
export type IntakeUpdate = (change: (previous: IntakeDraft) => IntakeDraft) => void;

export function emptyIntake(): IntakeDraft {
  return {
    applicant: emptyPerson(),
    hasSubmitter: false,
    submitter: emptyPerson(),
    procedure: null,
    documents: [],
    attachments: [],
    sets: 1,
    summary: '',
    notes: '',
    resultDelivery: 0,
  };
}

/** The procedure's component checklist, nothing ticked yet, counts as the catalogue asks. */
export function documentsOf(procedure: Procedure): DocumentDraft[] {
  return procedure.components.map((component) => ({
    key: `component-${component.id}`,
    componentId: component.id,
    name: component.name,
    mandatory: component.mandatory,
    received: false,
    originals: component.originals,
    copies: component.copies,
  }));
}

/** A new procedure brings its own checklist; papers the officer added by hand stay. */
export function withProcedure(draft: IntakeDraft, procedure: Procedure | null): IntakeDraft {
  const extras = draft.documents.filter((document) => document.componentId === null);
  const documents = [...(procedure ? documentsOf(procedure) : []), ...extras];
  const keys = new Set(documents.map((document) => document.key));
  return {
    ...draft,
    procedure,
    documents,
    attachments: draft.attachments.map((file) => (file.documentKey && !keys.has(file.documentKey) ? { ...file, documentKey: null } : file)),
  };
}

export interface FeeLine {
  name: string;
  perSet: number;
  total: number;
}

/** Fees the citizen pays: the procedure's charged fees × sets (free ones are not charged). */
export function feesOf(procedure: Procedure | null, sets: number): { lines: FeeLine[]; total: number } {
  const lines = (procedure?.fees ?? []).filter((fee) => fee.amount > 0).map((fee) => ({ name: fee.name, perSet: fee.amount, total: fee.amount * sets }));
  return { lines, total: lines.reduce((sum, line) => sum + line.total, 0) };
}

/** Mandatory papers not ticked as received. */
export function missingMandatory(draft: IntakeDraft): DocumentDraft[] {
  return draft.documents.filter((document) => document.mandatory && !document.received);
}

export interface IntakeContext {
  requestId: string;
  ticketId: number | null;
  counterId: number | null;
}

/** The `dossier.receive` input: received papers only, each file linked to its paper's place in that list. */
export function intakeInputOf(draft: IntakeDraft, context: IntakeContext): DossierIntake {
  const documents = draft.documents.filter((document) => document.received);
  const indexOf = (key: string | null) => {
    const index = documents.findIndex((document) => document.key === key);
    return index < 0 ? null : index;
  };
  return {
    requestId: context.requestId,
    ticketId: context.ticketId,
    counterId: context.counterId,
    procedureId: draft.procedure?.id ?? 0,
    applicant: personInputOf(draft.applicant),
    submitter: draft.hasSubmitter ? personInputOf(draft.submitter) : null,
    documents: documents.map((document) => ({
      componentId: document.componentId,
      name: document.name.trim(),
      originals: document.originals,
      copies: document.copies,
    })),
    attachments: draft.attachments
      .filter((file) => file.state === 'stored' && file.sha256 !== null)
      .map((file) => ({ sha256: file.sha256!, fileName: file.fileName, documentIndex: indexOf(file.documentKey) })),
    sets: draft.sets,
    summary: draft.summary.trim() || null,
    notes: draft.notes.trim() || null,
    resultDelivery: draft.resultDelivery,
  };
}

export interface IntakeMessages {
  required: string;
  dateInvalid: string;
  idNumberInvalid: string;
  procedureMissing: string;
  uploading: string;
  documentNameMissing: string;
}

/**
 * Problems the form can see by itself, on the same paths the station uses for its
 * own (`applicant.fullName`, `procedureId`…), so both show under the same field.
 */
export function draftProblems(draft: IntakeDraft, messages: IntakeMessages): AppError | undefined {
  const issues: FieldIssue[] = [];
  const person = (prefix: 'applicant' | 'submitter', value: PersonDraft) => {
    if (!value.fullName.trim()) issues.push({ path: `${prefix}.fullName`, message: messages.required });
    if (isoDateOf(value.dateOfBirth) === 'invalid') issues.push({ path: `${prefix}.dateOfBirth`, message: messages.dateInvalid });
    const idNumber = value.idNumber.trim();
    if (idNumber !== '' && !/^\d{12}$/.test(idNumber)) issues.push({ path: `${prefix}.idNumber`, message: messages.idNumberInvalid });
  };
  person('applicant', draft.applicant);
  if (draft.hasSubmitter) person('submitter', draft.submitter);
  if (!draft.procedure) issues.push({ path: 'procedureId', message: messages.procedureMissing });
  // Paths count received papers only, as in the input the station checks.
  draft.documents
    .filter((document) => document.received)
    .forEach((document, index) => {
      if (!document.name.trim()) issues.push({ path: `documents.${index}.name`, message: messages.documentNameMissing });
    });
  if (draft.attachments.some((file) => file.state === 'uploading')) issues.push({ path: 'attachments', message: messages.uploading });
  if (issues.length === 0) return undefined;
  return new AppError('VALIDATION_FAILED', { detail: 'Intake form problems found in the renderer', issues });
}
