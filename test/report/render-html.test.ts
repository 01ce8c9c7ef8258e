import { describe, expect, it } from "vitest";
import {
  GALLARATE_EVALUATION_2021_2023,
  SEBINO_AMBITO_AGE_STRUCTURE_2024,
} from "../../src/datasets/index.js";
import {
  demographyDocument,
  evaluationDocument,
  renderHtml,
  type ReportDocument,
} from "../../src/report/index.js";
import { codeOf, DOCUMENT_CODES, expectCodeOrValid, HOSTILE_VALUES, parseXml, SAMPLE } from "./_support.js";

// What a self-contained page must not hold: scripts, links or loads of anything outside it.
const EXTERNAL = [/<script/i, /\ssrc=/i, /\shref=/i, /url\(/i, /@import/i, /<link/i, /<iframe/i, /<img/i];

function withoutSvgNamespace(html: string): string {
  return html.replaceAll('xmlns="http://www.w3.org/2000/svg"', "");
}

describe("renderHtml", () => {
  const page = renderHtml(SAMPLE);

  it("writes a whole page that declares its language and charset", () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="it">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(page.endsWith("</body>\n</html>")).toBe(true);
    expect(page).toContain("<title>Spesa sociale &lt;2022&gt; &amp; altro</title>");
  });

  it("is self-contained: inline style, no script, no external resource", () => {
    for (const document of [SAMPLE, evaluationDocument(GALLARATE_EVALUATION_2021_2023)]) {
      const html = withoutSvgNamespace(renderHtml(document));
      for (const pattern of EXTERNAL) expect(html).not.toMatch(pattern);
      expect(html).not.toContain("http");
      expect(html).toContain("<style>");
    }
  });

  it("escapes every text", () => {
    const hostile: ReportDocument = {
      ...SAMPLE,
      title: '<script>alert("x")</script>',
      blocks: [{ kind: "note", text: "<img src=x onerror=alert(1)>" }],
    };
    const html = renderHtml(hostile);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("marks numbers and bands for the style", () => {
    expect(page).toContain('<th scope="col" class="num">Spesa</th>');
    expect(page).toContain('<td class="num">8.208.518,00\u00A0€</td>');
    expect(page).toContain('<td class="band band-buono">buono</td>');
    expect(page).toContain('<td class="band band-xy">altro</td>');
  });

  it("draws pyramids and bars inline, and shows other charts by their data", () => {
    const report = demographyDocument(SEBINO_AMBITO_AGE_STRUCTURE_2024);
    const html = renderHtml(report);
    expect(html).toContain('<figure id="pdz-chart-pyramid">\n<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain("<figcaption><strong>Piramide dell&#39;età al 1° gennaio 2024</strong>.");
  });

  it("as a fragment, is well-formed XML (every element closed, every text escaped)", () => {
    for (const document of [
      SAMPLE,
      evaluationDocument(GALLARATE_EVALUATION_2021_2023, { language: "en" }),
      demographyDocument(SEBINO_AMBITO_AGE_STRUCTURE_2024),
    ]) {
      const fragment = renderHtml(document, { fragment: true });
      expect(fragment.startsWith(`<div class="pdz-report" lang="${document.language}">`)).toBe(true);
      expect(() => parseXml(fragment, "text/xml")).not.toThrow();
    }
  });

  it("scopes its style to the report's root element", () => {
    const style = /<style>\n([\s\S]*?)\n<\/style>/.exec(page)?.[1] ?? "";
    for (const rule of style.split("\n")) expect(rule.startsWith(".pdz-report")).toBe(true);
  });

  it("refuses options of the wrong type", () => {
    expect(codeOf(() => renderHtml(SAMPLE, { fragment: 1 } as never))).toBe("invalid_type");
    expect(codeOf(() => renderHtml(SAMPLE, 5 as never))).toBe("invalid_type");
  });

  it.each(HOSTILE_VALUES)("answers %s with a page or a documented code", (_name, value) => {
    expectCodeOrValid(() => renderHtml(value as never), DOCUMENT_CODES);
    expectCodeOrValid(() => renderHtml(SAMPLE, value as never), DOCUMENT_CODES);
    expectCodeOrValid(() => renderHtml(SAMPLE, { fragment: value } as never), DOCUMENT_CODES);
  });
});
