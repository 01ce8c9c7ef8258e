import type * as z from "zod";
import type { ErrorPath } from "../core/error.js";
import type { Labels } from "../core/labels.js";
import type { ParseResult } from "../core/result.js";
import type { ValidationIssue } from "../core/error.js";

/**
 * How each field is named on the official forms (D.G.R. XII/2167 scheda obiettivo, the Accordo di Programma and the
 * Piano di Zona), so that a validation message points to the box an Ufficio di Piano employee filled in. Keys are the
 * model's property names; the nearest labelled key of an issue's path names the field.
 */
export const FIELD_LABELS: Readonly<Record<string, Labels>> = {
  // Scheda obiettivo (the 26 fields of the D.G.R. XII/2167 form, in order).
  policyArea: { it: "AREA DI POLICY", en: "policy area" },
  leps: { it: "LEPS", en: "LEPS" },
  title: { it: "TITOLO INTERVENTO", en: "title of the intervention" },
  goals: { it: "QUALI OBIETTIVI VUOLE RAGGIUNGERE", en: "goals" },
  actions: { it: "AZIONI PROGRAMMATE", en: "planned actions" },
  target: { it: "TARGET", en: "target group" },
  budget: { it: "RISORSE ECONOMICHE PREVENTIVATE", en: "budgeted resources" },
  staff: { it: "RISORSE DI PERSONALE DEDICATE", en: "dedicated staff" },
  transversalAreas: {
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
  // Accordo di Programma.
  articles: { it: "ARTICOLI DELL'ACCORDO", en: "articles" },
  "articles>title": { it: "TITOLO DELL'ARTICOLO", en: "title of the article" },
  "articles>number": { it: "NUMERO DELL'ARTICOLO", en: "number of the article" },
  "lepsSchede>title": { it: "TITOLO INTERVENTO COLLEGATO AL LEPS", en: "title of the LEPS intervention" },
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
  signedOn: { it: "DATA DI SOTTOSCRIZIONE", en: "date of signature" },
  // Organs.
  members: { it: "COMPOSIZIONE", en: "composition" },
  functions: { it: "FUNZIONI", en: "functions" },
  presidency: { it: "PRESIDENZA", en: "presidency" },
  decisionRules: { it: "MODALITÀ DI VOTO E QUORUM", en: "voting and quorum rules" },
  presence: { it: "PRESENZA SETTIMANALE", en: "weekly presence" },
  staffing: { it: "DOTAZIONE ORGANICA", en: "staffing" },
  // Territory.
  comuni: { it: "COMUNI DELL'AMBITO", en: "comuni of the Ambito" },
  istatCode: { it: "CODICE ISTAT", en: "ISTAT code" },
  population: { it: "POPOLAZIONE", en: "population" },
  distretti: { it: "DISTRETTI SOCIOSANITARI", en: "health districts" },
  // Piano di Zona.
  ambito: { it: "AMBITO TERRITORIALE", en: "Ambito" },
  approvals: { it: "ATTI DI APPROVAZIONE", en: "approval acts" },
  previousEvaluation: {
    it: "VALUTAZIONE DEGLI OBIETTIVI DELLA PROGRAMMAZIONE PRECEDENTE",
    en: "evaluation of the previous programming",
  },
  objectives: { it: "OBIETTIVI DELLA PROGRAMMAZIONE", en: "objectives" },
  lepsSchede: { it: "SCHEDE LEPS", en: "LEPS forms" },
  indicators: { it: "INDICATORI", en: "indicators" },
};

type ZodIssue = z.core.$ZodIssue;

const TYPE_NAMES: Readonly<Record<string, Labels>> = {
  string: { it: "un testo", en: "text" },
  number: { it: "un numero", en: "a number" },
  boolean: { it: "sì/no (true/false)", en: "true or false" },
  array: { it: "un elenco", en: "a list" },
  object: { it: "un oggetto", en: "an object" },
};

function typeName(expected: string): Labels {
  return TYPE_NAMES[expected] ?? { it: expected, en: expected };
}

/**
 * The official name of the field an issue concerns: the nearest labelled key of its path, read first together with
 * the key that contains it ("articles>title") and then alone ("title").
 */
function fieldOf(path: ErrorPath, labels: Readonly<Record<string, Labels>>): Labels | undefined {
  const keys = path.filter((key): key is string => typeof key === "string");
  for (let index = keys.length - 1; index >= 0; index -= 1) {
    const key = keys[index] ?? "";
    const qualified = `${keys[index - 1] ?? ""}>${key}`;
    if (Object.hasOwn(labels, qualified)) return labels[qualified];
    if (Object.hasOwn(labels, key)) return labels[key];
  }
  return undefined;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

interface Described {
  readonly code: string;
  readonly path: ErrorPath;
  readonly en: string;
  readonly it: string;
}

function describeTooSmall(issue: z.core.$ZodIssueTooSmall): Pick<Described, "code" | "en" | "it"> {
  const minimum = String(issue.minimum);
  if (issue.origin === "array" || issue.origin === "set") {
    return issue.minimum === 1
      ? { code: "empty_list", en: "At least one item is required", it: "Serve almeno un elemento" }
      : {
          code: "too_few_items",
          en: `At least ${minimum} items are required`,
          it: `Servono almeno ${minimum} elementi`,
        };
  }
  if (issue.origin === "string") {
    return { code: "empty_text", en: "The text must not be empty", it: "Il testo non può essere vuoto" };
  }
  const bound = issue.inclusive ? "≥" : ">";
  return {
    code: "value_too_small",
    en: `The value must be ${bound} ${minimum}`,
    it: `Il valore deve essere ${bound} ${minimum}`,
  };
}

function describeTooBig(issue: z.core.$ZodIssueTooBig): Pick<Described, "code" | "en" | "it"> {
  const maximum = String(issue.maximum);
  if (issue.origin === "array" || issue.origin === "set") {
    return {
      code: "too_many_items",
      en: `At most ${maximum} items are allowed`,
      it: `Sono ammessi al massimo ${maximum} elementi`,
    };
  }
  const bound = issue.inclusive ? "≤" : "<";
  return {
    code: "value_too_large",
    en: `The value must be ${bound} ${maximum}`,
    it: `Il valore deve essere ${bound} ${maximum}`,
  };
}

function describeUnion(issue: z.core.$ZodIssueInvalidUnion): Pick<Described, "code" | "en" | "it"> {
  // A branch that failed on its type names what it expects; a custom branch (a Decimal instance) adds no name.
  const firsts = issue.errors.map((branch) => (branch.length === 1 ? branch[0] : undefined));
  const expected = firsts.flatMap((first) => (first?.code === "invalid_type" ? [first.expected] : []));
  const onlyTypes = firsts.every((first) => first?.code === "invalid_type" || first?.code === "custom");
  if (onlyTypes && expected.length > 0) {
    const names = [...new Set(expected)].map(typeName);
    return {
      code: "invalid_type",
      en: `Expected ${names.map((name) => name.en).join(" or ")}`,
      it: `Atteso ${names.map((name) => name.it).join(" o ")}`,
    };
  }
  return { code: "invalid_value", en: "The value is not valid", it: "Il valore non è valido" };
}

/** Describes one zod issue in the library's terms; unrecognized keys give one issue per key. */
function describe(issue: ZodIssue): Described[] {
  const path: ErrorPath = issue.path.filter((key): key is string | number => typeof key !== "symbol");
  switch (issue.code) {
    case "custom": {
      const params = issue.params as { pdzCode?: unknown; messageIt?: unknown } | undefined;
      if (typeof params?.pdzCode === "string" && typeof params.messageIt === "string") {
        return [{ code: params.pdzCode, path, en: issue.message, it: params.messageIt }];
      }
      return [{ code: "invalid_value", path, en: issue.message, it: "Il valore non è valido" }];
    }
    case "invalid_type": {
      // With `reportInput` the input is on the issue; without it, zod's own message still says what it received.
      const missing =
        "input" in issue ? issue.input === undefined : issue.message.endsWith("received undefined");
      if (missing) {
        return [
          { code: "required_field", path, en: "This field is required", it: "Il campo è obbligatorio" },
        ];
      }
      const name = typeName(issue.expected);
      return [{ code: "invalid_type", path, en: `Expected ${name.en}`, it: `Atteso ${name.it}` }];
    }
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        code: "unknown_field",
        path: [...path, key],
        en: `The field "${key}" is not part of the form`,
        it: `Il campo «${key}» non è previsto dal modulo`,
      }));
    case "invalid_value": {
      const values = issue.values.map((value) => JSON.stringify(value)).join(", ");
      return [
        {
          code: "invalid_option",
          path,
          en: `Not an allowed value (expected one of ${values})`,
          it: `Valore non ammesso (atteso uno tra ${values})`,
        },
      ];
    }
    case "too_small":
      return [{ path, ...describeTooSmall(issue) }];
    case "too_big":
      return [{ path, ...describeTooBig(issue) }];
    case "invalid_union":
      return [{ path, ...describeUnion(issue) }];
    case "invalid_format":
      return [
        {
          code: "invalid_format",
          path,
          en: "The text has the wrong format",
          it: "Il testo non ha il formato richiesto",
        },
      ];
    default:
      return [{ code: "invalid_value", path, en: "The value is not valid", it: "Il valore non è valido" }];
  }
}

/**
 * Turns zod issues into the library's {@link ValidationIssue}s: a stable code, the path, and messages in English and
 * Italian that begin with the official name of the field ("RISORSE ECONOMICHE PREVENTIVATE: l'importo deve essere
 * ≥ 0"). The input is never echoed in a message. `rootLabels` names the top-level fields of a model where the shared
 * table would mislead (">title" is the Accordo's title, not the TITOLO INTERVENTO of a scheda).
 */
export function toValidationIssues(
  issues: readonly ZodIssue[],
  rootLabels: Readonly<Record<string, Labels>> = {},
): ValidationIssue[] {
  const labels = { ...FIELD_LABELS, ...rootLabels };
  return issues.flatMap(describe).map(({ code, path, en, it }) => {
    const field = fieldOf(path, labels);
    return field === undefined
      ? { code, path, message: en, messageIt: it }
      : {
          code,
          path,
          message: `${field.it} (${field.en}): ${lowerFirst(en)}`,
          messageIt: `${field.it}: ${lowerFirst(it)}`,
        };
  });
}

/**
 * Validates `input` with `schema` without throwing and without touching zod's global configuration: the data, or
 * every issue as a {@link ValidationIssue}. Inputs are reported to the mapper (to tell a missing field from a wrong
 * one) but never copied into a message.
 */
export function safeParseToResult<S extends z.ZodType>(
  schema: S,
  input: unknown,
  rootLabels: Readonly<Record<string, Labels>> = {},
): ParseResult<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: toValidationIssues(result.error.issues, rootLabels) };
}
