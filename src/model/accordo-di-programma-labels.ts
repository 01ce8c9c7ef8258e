import type { FieldLabels } from "../core/zod-issues.js";

/**
 * The fields of the Accordo di Programma and of its organs as the Accordi name them (title, parties, articles,
 * signatories and adherents, capofila, duration and extensions, amendments, monitoring, the organs of the Piano di
 * Zona with their composition and rules). `">title"` is the Accordo's own title; a party's ISTAT code and the Ambito
 * are named as in the territory section.
 * @internal
 */
export const ACCORDO_DI_PROGRAMMA_LABELS: FieldLabels = {
  ">title": { it: "TITOLO DELL'ACCORDO", en: "title of the Accordo" },
  ambito: { it: "AMBITO TERRITORIALE", en: "Ambito" },
  istatCode: { it: "CODICE ISTAT", en: "ISTAT code" },
  articles: { it: "ARTICOLI DELL'ACCORDO", en: "articles" },
  "articles>title": { it: "TITOLO DELL'ARTICOLO", en: "title of the article" },
  "articles>number": { it: "NUMERO DELL'ARTICOLO", en: "number of the article" },
  parties: { it: "ENTI CITATI NELL'ACCORDO", en: "parties" },
  signatories: { it: "SOGGETTI SOTTOSCRITTORI", en: "signatories" },
  adherents: { it: "SOGGETTI ADERENTI", en: "adherents" },
  capofila: { it: "ENTE CAPOFILA", en: "lead body (ente capofila)" },
  period: { it: "DURATA", en: "period" },
  extensions: { it: "PROROGHE", en: "extensions" },
  amendment: { it: "MODIFICHE DELL'ACCORDO", en: "amendment rule" },
  adhesion: { it: "ADESIONE ALL'ACCORDO", en: "adhesion rule" },
  monitoring: { it: "MODALITÀ DI VERIFICA E MONITORAGGIO", en: "monitoring" },
  organs: { it: "ORGANI DI GESTIONE DEL PIANO DI ZONA", en: "governance organs" },
  attachedPlan: { it: "ALLEGATO: PIANO DI ZONA", en: "attached Piano di Zona" },
  "attachedPlan>title": { it: "ALLEGATO: PIANO DI ZONA", en: "attached Piano di Zona" },
  signedOn: { it: "DATA DI SOTTOSCRIZIONE", en: "date of signature" },
  approvals: { it: "ATTI DI APPROVAZIONE", en: "approval acts" },
  mandatoryContent: { it: "CONTENUTI OBBLIGATORI DELL'ACCORDO", en: "mandatory content of the Accordo" },
  // The organs.
  seats: { it: "COMPOSIZIONE", en: "composition" },
  functions: { it: "FUNZIONI", en: "functions" },
  presidency: { it: "PRESIDENZA", en: "presidency" },
  decisionRules: { it: "MODALITÀ DI VOTO E QUORUM", en: "voting and quorum rules" },
  presence: { it: "PRESENZA SETTIMANALE", en: "weekly presence" },
  staffing: { it: "DOTAZIONE ORGANICA", en: "staffing" },
};
