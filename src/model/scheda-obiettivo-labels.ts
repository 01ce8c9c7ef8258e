import type { FieldLabels } from "../core/zod-issues.js";
import { RESULT_TARGET_LABELS } from "./result-target-labels.js";

/**
 * The fields of the scheda obiettivo (SCHEDA DESCRIZIONE NUOVI OBIETTIVI, D.G.R. XII/2167) as the form names them, so
 * that a validation message points to the box an Ufficio di Piano employee filled in: the area of policy and the
 * LEPS, then the form's 26 questions in order. The LEPS schede of the Piano answer the same questions.
 * @internal
 */
export const SCHEDA_OBIETTIVO_LABELS: FieldLabels = {
  code: { it: "CODICE DELL'OBIETTIVO", en: "code of the objective" },
  heading: { it: "INTESTAZIONE DELLA SCHEDA", en: "heading of the scheda" },
  form: { it: "MODELLO DI SCHEDA", en: "form of the scheda" },
  policyArea: { it: "AREA DI POLICY", en: "policy area" },
  policyAreaBasis: { it: "FONTE DELL'AREA DI POLICY", en: "basis of the policy area" },
  leps: { it: "LEPS", en: "LEPS" },
  lepsPrinted: { it: "LEPS (come stampati)", en: "LEPS as printed" },
  priority: { it: "PRIORITARIO", en: "priority" },
  staffPositions: { it: "RISORSE DI PERSONALE (posizioni)", en: "staff positions" },
  title: { it: "TITOLO INTERVENTO", en: "title of the intervention" },
  goals: { it: "QUALI OBIETTIVI VUOLE RAGGIUNGERE", en: "goals" },
  actions: { it: "AZIONI PROGRAMMATE", en: "planned actions" },
  target: { it: "TARGET", en: "target group" },
  budget: { it: "RISORSE ECONOMICHE PREVENTIVATE", en: "budgeted resources" },
  staff: { it: "RISORSE DI PERSONALE DEDICATE", en: "dedicated staff" },
  transversal: {
    it: "L'OBIETTIVO È TRASVERSALE ED INTEGRATO CON ALTRE AREE DI POLICY?",
    en: "transversal policy areas",
  },
  keyPoints: { it: "INDICARE I PUNTI CHIAVE DELL'INTERVENTO", en: "key points" },
  asstInAnalysis: {
    it: "PREVEDE IL COINVOLGIMENTO DI ASST NELL'ANALISI DEL BISOGNO E NELLA PROGRAMMAZIONE?",
    en: "ASST involved in needs analysis and programming",
  },
  asstInDelivery: {
    it: "PREVEDE IL COINVOLGIMENTO DI ASST NELLA REALIZZAZIONE DELL'INTERVENTO E AZIONI CONGIUNTE AMBITO-ASST?",
    en: "ASST involved in delivery",
  },
  cooperationWithOtherAmbiti: {
    it: "L'INTERVENTO È REALIZZATO IN COOPERAZIONE CON ALTRI AMBITI?",
    en: "cooperation with other Ambiti",
  },
  continuity: {
    it: "È IN CONTINUITÀ CON LA PROGRAMMAZIONE PRECEDENTE?",
    en: "continuity with the previous programming",
  },
  newService: { it: "L'OBIETTIVO PREVEDE LA DEFINIZIONE DI UN NUOVO SERVIZIO?", en: "new service" },
  premialProject: {
    it: "L'OBIETTIVO È IN CONTINUITÀ E/O RAPPRESENTA IL POTENZIAMENTO DI UN PROGETTO PREMIALE?",
    en: "link to a premial project",
  },
  coProgrammed: {
    it: "L'INTERVENTO È FORMALMENTE CO-PROGRAMMATO CON IL TERZO SETTORE?",
    en: "formally co-programmed with the Third Sector",
  },
  coDesigned: {
    it: "L'INTERVENTO È FORMALMENTE CO-PROGETTATO CON IL TERZO SETTORE?",
    en: "formally co-designed with the Third Sector",
  },
  thirdSectorInvolvement: {
    it: "SPECIFICARE LE MODALITÀ DI COINVOLGIMENTO DEL TERZO SETTORE",
    en: "how the Third Sector is involved",
  },
  otherActors: {
    it: "L'INTERVENTO PREVEDE IL COINVOLGIMENTO DI ALTRI ATTORI DELLA RETE TERRITORIALE?",
    en: "other actors of the local network",
  },
  needs: { it: "QUESTO INTERVENTO A QUALE/I BISOGNO/I RISPONDE?", en: "needs addressed" },
  needKind: {
    it: "IL BISOGNO RILEVATO ERA GIÀ STATO AFFRONTATO O È UN NUOVO BISOGNO?",
    en: "consolidated or new need",
  },
  preventionKind: {
    it: "L'OBIETTIVO È DI TIPO PROMOZIONALE/PREVENTIVO O RIPARATIVO?",
    en: "promotional/preventive or remedial",
  },
  innovation: { it: "L'OBIETTIVO PRESENTA MODELLI INNOVATIVI?", en: "innovative models" },
  digitalisation: {
    it: "L'OBIETTIVO PRESENTA DEGLI ASPETTI INERENTI ALLA DIGITALIZZAZIONE?",
    en: "digitalisation",
  },
  processIndicators: {
    it: "QUALI MODALITÀ ORGANIZZATIVE, OPERATIVE E DI EROGAZIONE SONO ADOTTATE?",
    en: "process indicators",
  },
  outputIndicators: { it: "QUALI RISULTATI VUOLE RAGGIUNGERE?", en: "output indicators" },
  outcomeIndicators: { it: "QUALE IMPATTO DOVREBBE AVERE L'INTERVENTO?", en: "outcome indicators" },
  ...RESULT_TARGET_LABELS,
};
