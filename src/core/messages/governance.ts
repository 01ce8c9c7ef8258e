// Messages of governance: the rules of the Accordo di Programma and of its organs (who must sign, who may adhere,
// who decides and how). One exported constant per code (snake_case, as the code); the TSDoc line above each is its
// meaning in docs/errors.md. Findings carry their severity. Ids and names quoted from the input are cut to 64
// characters, so that a message stays short whatever the input holds.
import type { Labels } from "../labels.js";

// Echoes at most 64 characters of a value taken from the input.
function quoted(value: string): string {
  return value.length > 64 ? `${value.slice(0, 64)}…` : value;
}

/** An Accordo is checked against an Ambito other than its own. */
export const ambito_mismatch = {
  code: "ambito_mismatch",
  render: ({ accordo, ambito }: { accordo: string; ambito: string }) => ({
    en: `The Accordo belongs to "${quoted(accordo)}", not to "${quoted(ambito)}"`,
    it: `L'Accordo è dell'ambito «${quoted(accordo)}», non di «${quoted(ambito)}»`,
  }),
} as const;

/** A body asking to adhere already signs the Accordo (an answer of canAdhere). */
export const already_signatory = {
  code: "already_signatory",
  render: () => ({
    en: "The body already signs the Accordo",
    it: "L'ente è già sottoscrittore dell'Accordo",
  }),
} as const;

/** A body asking to adhere already adheres to the Accordo (an answer of canAdhere). */
export const already_adherent = {
  code: "already_adherent",
  render: () => ({
    en: "The body already adheres to the Accordo",
    it: "L'ente è già aderente all'Accordo",
  }),
} as const;

/** The Accordo has no adhesion rule, so no body may adhere (an answer of canAdhere). */
export const no_adhesion_rule = {
  code: "no_adhesion_rule",
  render: () => ({ en: "The Accordo admits no adherents", it: "L'Accordo non prevede soggetti aderenti" }),
} as const;

/** The body asking to adhere is of a kind the Accordo does not admit (an answer of canAdhere). */
export const kind_not_admitted = {
  code: "kind_not_admitted",
  render: ({ kind }: { kind: string }) => ({
    en: `The Accordo does not admit adherents of kind "${quoted(kind)}"`,
    it: `L'Accordo non ammette aderenti del tipo «${quoted(kind)}»`,
  }),
} as const;

/** An organ asked to decide has no quorum and majority rules. */
export const no_decision_rules = {
  code: "no_decision_rules",
  render: () => ({ en: "The organ has no voting rules", it: "L'organo non ha regole di voto" }),
} as const;

/** No seat of the organ asked to decide has a vote. */
export const no_voting_members = {
  code: "no_voting_members",
  render: () => ({
    en: "No seat of the organ has a vote",
    it: "Nessun componente dell'organo ha diritto di voto",
  }),
} as const;

/** A vote is cast by a seat that has no vote. */
export const not_a_voter = {
  code: "not_a_voter",
  render: ({ seat }: { seat: string }) => ({
    en: `"${quoted(seat)}" has no vote`,
    it: `«${quoted(seat)}» non ha diritto di voto`,
  }),
} as const;

/** A seat votes twice. */
export const duplicate_vote = {
  code: "duplicate_vote",
  render: ({ seat }: { seat: string }) => ({
    en: `"${quoted(seat)}" voted twice`,
    it: `«${quoted(seat)}» ha votato due volte`,
  }),
} as const;

/** A share of a voting rule is not a fraction with a denominator ≥ 1 and a numerator not above it. */
export const invalid_share = {
  code: "invalid_share",
  render: () => ({
    en: "A share is a fraction whose denominator is at least 1 and whose numerator does not exceed it",
    it: "Una quota è una frazione con denominatore almeno 1 e numeratore non superiore al denominatore",
  }),
} as const;

/** A vote is neither favorevole, contrario nor astenuto. */
export const invalid_vote = {
  code: "invalid_vote",
  render: () => ({
    en: "A vote is favorevole, contrario or astenuto",
    it: "Il voto è favorevole, contrario o astenuto",
  }),
} as const;

/** Votes weighted by population need the population of a seat's comune, and it is not known. */
export const missing_population = {
  code: "missing_population",
  render: ({ seat }: { seat: string }) => ({
    en: `No population is known for the seat "${quoted(seat)}": pass the Ambito with its comuni's populations`,
    it: `Manca la popolazione per il seggio «${quoted(seat)}»: indicare l'Ambito con la popolazione dei comuni`,
  }),
} as const;

/** An Ambito of several comuni has no Assemblea dei Sindaci. */
export const missing_assemblea_dei_sindaci = {
  code: "missing_assemblea_dei_sindaci",
  severity: "error",
  render: ({ comuni }: { comuni: number }) => ({
    en: `An Ambito of ${String(comuni)} comuni needs an Assemblea dei Sindaci`,
    it: `Un Ambito di ${String(comuni)} comuni richiede un'Assemblea dei Sindaci`,
  }),
} as const;

/** A one-comune Ambito declares an Assemblea dei Sindaci (its council decides). */
export const assemblea_in_single_comune_ambito = {
  code: "assemblea_in_single_comune_ambito",
  severity: "warning",
  render: () => ({
    en: "A one-comune Ambito has no Assemblea dei Sindaci: its council decides",
    it: "Un Ambito monocomunale non prevede l'Assemblea dei Sindaci: decide il Comune",
  }),
} as const;

/** A comune of the Ambito has no mayor's seat in the Assemblea dei Sindaci. */
export const assemblea_missing_mayor = {
  code: "assemblea_missing_mayor",
  severity: "error",
  render: ({ comune }: { comune: string }) => ({
    en: `The Assemblea has no seat for the mayor of ${quoted(comune)}`,
    it: `Nell'Assemblea manca il Sindaco di ${quoted(comune)}`,
  }),
} as const;

/** A mayor's seat in the Assemblea does not admit a delegate ("o loro delegati"). */
export const mayor_seat_not_delegable = {
  code: "mayor_seat_not_delegable",
  severity: "warning",
  render: ({ comune }: { comune: string }) => ({
    en: `The mayor of ${quoted(comune)} cannot send a delegate`,
    it: `Il Sindaco di ${quoted(comune)} non può farsi rappresentare da un delegato`,
  }),
} as const;

/** The Tavolo del Terzo Settore is not presided by the Assemblea's president or a delegate. */
export const tavolo_terzo_settore_presidency = {
  code: "tavolo_terzo_settore_presidency",
  severity: "error",
  render: () => ({
    en: "The Tavolo del Terzo Settore must be presided by the Assemblea's president or a delegate",
    it: "Il Tavolo del Terzo Settore è presieduto dal Presidente dell'Assemblea dei Sindaci o suo delegato",
  }),
} as const;

/** The composition of the organs could not be checked: the Accordo or the Ambito cannot be read, or do not match. */
export const organ_composition_not_checked = {
  code: "organ_composition_not_checked",
  severity: "error",
  render: ({ reason }: { reason: Labels }) => ({
    en: `The composition of the organs could not be checked: ${reason.en}`,
    it: `Non è stato possibile verificare la composizione degli organi: ${reason.it}`,
  }),
} as const;

// ── The Accordo as printed (issue 12): what the audit of an Accordo reports ──

/** A party that must sign the Accordo (a comune of the Ambito, its ATS or its ASST) does not sign it. */
export const signatory_missing = {
  code: "signatory_missing",
  severity: "error",
  render: ({ name }: { name: string }) => ({
    en: `${quoted(name)} does not sign the Accordo`,
    it: `${quoted(name)} non sottoscrive l'Accordo`,
  }),
} as const;

/** The Accordo as printed gives no list of signatories. */
export const signatories_not_stated = {
  code: "signatories_not_stated",
  severity: "info",
  render: () => ({
    en: "The document does not list the Accordo's signatories",
    it: "Il documento non elenca i soggetti sottoscrittori dell'Accordo",
  }),
} as const;

/** A party is listed both among the signatories and among the adherents of the Accordo. */
export const adherent_signs = {
  code: "adherent_signs",
  severity: "error",
  render: ({ name }: { name: string }) => ({
    en: `${quoted(name)} is listed both as a signatory and as an adherent`,
    it: `${quoted(name)} è indicato sia tra i sottoscrittori sia tra gli aderenti`,
  }),
} as const;

/** An adherent is of a kind of body that the Accordo's adhesion rule does not admit (or the Accordo admits none). */
export const adherent_kind_not_admitted = {
  code: "adherent_kind_not_admitted",
  severity: "warning",
  render: ({ name, kind }: { name: string; kind: string }) => ({
    en: `${quoted(name)} adheres, but the Accordo admits no adherents of kind "${quoted(kind)}"`,
    it: `${quoted(name)} aderisce, ma l'Accordo non ammette aderenti del tipo «${quoted(kind)}»`,
  }),
} as const;

/** The lead body (ente capofila) of the Accordo as printed is not stated. */
export const capofila_not_stated = {
  code: "capofila_not_stated",
  severity: "info",
  render: () => ({
    en: "The document does not state the Accordo's lead body (ente capofila)",
    it: "Il documento non indica l'ente capofila dell'Accordo",
  }),
} as const;

/** The Accordo as printed states no period of validity. */
export const accordo_period_not_stated = {
  code: "accordo_period_not_stated",
  severity: "info",
  render: () => ({
    en: "The document does not state the Accordo's period of validity",
    it: "Il documento non indica la durata dell'Accordo",
  }),
} as const;

/** The Accordo's period ends before it starts. */
export const accordo_period_reversed = {
  code: "accordo_period_reversed",
  severity: "error",
  render: () => ({
    en: "The Accordo's period ends before it starts",
    it: "La durata dell'Accordo termina prima di iniziare",
  }),
} as const;

/** The Accordo's period (before any extension) starts before or ends after the triennium of its Piano di Zona. */
export const accordo_period_outside_triennium = {
  code: "accordo_period_outside_triennium",
  severity: "warning",
  render: ({ from, to }: { from: string; to: string }) => ({
    en: `The Accordo's period lies outside the triennium ${from} – ${to}`,
    it: `La durata dell'Accordo esce dal triennio ${from} – ${to}`,
  }),
} as const;

/** An extension ("proroga") of the Accordo does not move its end date forward. */
export const extension_does_not_extend = {
  code: "extension_does_not_extend",
  severity: "error",
  render: () => ({
    en: "The extension does not move the Accordo's end date forward",
    it: "La proroga non sposta in avanti la scadenza dell'Accordo",
  }),
} as const;

/** An extension comes from a kind of body that the Accordo does not empower to extend it. */
export const extension_by_unempowered_body = {
  code: "extension_by_unempowered_body",
  severity: "warning",
  render: ({ kind }: { kind: string }) => ({
    en: `The Accordo does not empower a body of kind "${quoted(kind)}" to extend it`,
    it: `L'Accordo non prevede proroghe disposte da un ente del tipo «${quoted(kind)}»`,
  }),
} as const;

/** The Accordo as printed states no rule for amending it. */
export const amendment_rule_not_stated = {
  code: "amendment_rule_not_stated",
  severity: "info",
  render: () => ({
    en: "The document does not state how the Accordo is amended",
    it: "Il documento non indica come si modifica l'Accordo",
  }),
} as const;

/** Neither a signature date, nor an approval act, nor the adoption of the attached Piano is stated. */
export const no_approval_act = {
  code: "no_approval_act",
  severity: "warning",
  render: () => ({
    en: "No act of approval is stated: no signature date, no approval, no adoption of the Piano",
    it: "Non è indicato alcun atto di approvazione: né data di sottoscrizione, né approvazione, né adozione del Piano",
  }),
} as const;

/** The Accordo could not be checked: it, its Ambito or the options cannot be read, or the Ambito is another. */
export const accordo_not_checked = {
  code: "accordo_not_checked",
  severity: "error",
  render: ({ reason }: { reason: Labels }) => ({
    en: `The Accordo could not be checked: ${reason.en}`,
    it: `Non è stato possibile verificare l'Accordo: ${reason.it}`,
  }),
} as const;

/** A figure compared across Ambiti is not printed by the document (an answer of compareAmbiti). */
export const figure_not_printed = {
  code: "figure_not_printed",
  render: ({ figure }: { figure: Labels }) => ({
    en: `The document does not print the ${figure.en}`,
    it: `Il documento non riporta ${figure.it}`,
  }),
} as const;

/** A figure compared across Ambiti comes from the Accordo, and no Accordo was given (an answer of compareAmbiti). */
export const no_accordo_given = {
  code: "no_accordo_given",
  render: ({ figure }: { figure: Labels }) => ({
    en: `No Accordo was given, so the ${figure.en} is not known`,
    it: `Non è stato fornito l'Accordo: ${figure.it} non è noto`,
  }),
} as const;

/** Some comuni of an Ambito have no population, so the Ambito's total is not known (an answer of compareAmbiti). */
export const population_missing = {
  code: "population_missing",
  render: ({ missing, total }: { missing: number; total: number }) => ({
    en: `${String(missing)} of ${String(total)} comuni have no population`,
    it: `${String(missing)} comuni su ${String(total)} sono privi della popolazione`,
  }),
} as const;

/** The comuni of an Ambito give their population at different dates, so no total is summed (an answer of compareAmbiti). */
export const population_dates_differ = {
  code: "population_dates_differ",
  render: ({ dates }: { dates: string }) => ({
    en: `The comuni give their population at different dates (${quoted(dates)})`,
    it: `I comuni riportano la popolazione a date diverse (${quoted(dates)})`,
  }),
} as const;
