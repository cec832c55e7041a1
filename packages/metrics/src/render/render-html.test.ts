import { describe, expect, it } from 'vitest';
import { buildReport } from '../report/build-report.js';
import { caseRecord, many } from '../test-support/records.js';
import { renderHtml } from './render-html.js';

describe('renderHtml', () => {
  const records = [
    ...many(12, { referralDate: '2025-02-01', localAuthorityArea: 'Derby City Council' }),
    ...many(2, { referralDate: '2025-02-01', ageGroupAtExploitation: 'child' }),
    caseRecord({ referralDate: '2025-02-01', localAuthorityArea: '<script>alert(1)</script>' as never }),
  ];
  const html = renderHtml(
    buildReport(records, {
      period: '2025-Q1',
      title: 'Report for "Derby" & <Derbyshire>',
      populations: { 'Derby City Council': 260_000 },
    }),
  );

  it('is one self-contained page: no scripts and nothing fetched from anywhere', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\bsrc=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/@import/i);
    // Links are only to the page's own sections; the only address is the SVG namespace.
    for (const [, target] of html.matchAll(/href="([^"]*)"/g)) expect(target?.startsWith('#')).toBe(true);
    const addresses = [...html.matchAll(/https?:\/\/[^\s"<]+/g)].map((match) => match[0]);
    expect(new Set(addresses)).toEqual(new Set(['http://www.w3.org/2000/svg']));
  });

  it('escapes every piece of text from the report', () => {
    expect(html).toContain('<title>Report for &quot;Derby&quot; &amp; &lt;Derbyshire&gt;</title>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)</script>');
  });

  it('gives every chart a title and description and a table of the same figures after it', () => {
    const charts = [
      ...html.matchAll(
        /<svg[^>]*aria-labelledby="([^"]+)"[^>]*>\n<title id="([^"]+)">([^<]+)<\/title>\n<desc id="([^"]+)">([^<]+)<\/desc>/g,
      ),
    ];
    const svgs = html.match(/<svg/g) ?? [];
    expect(charts.length).toBe(svgs.length);
    expect(svgs.length).toBeGreaterThan(15);
    for (const [, labelledBy, titleId, , descId, description] of charts) {
      expect(labelledBy).toBe(`${titleId} ${descId}`);
      expect(description?.length).toBeGreaterThan(20);
    }
    expect(new Set(charts.map((chart) => chart[2])).size).toBe(charts.length);
    const figures = html.split('<figure>').slice(1);
    for (const figure of figures) expect(figure).toMatch(/<\/figure>\n<table>/);
    expect(html).toContain('role="img"');
  });

  it('shows suppressed cells as [c] with the reason, and describes them to screen readers as suppressed', () => {
    expect(html).toContain('<abbr title="Suppressed (primary)">[c]</abbr>');
    expect(html).toMatch(/<desc id="[^"]+">[^<]*Child \(17 or under\): suppressed/);
  });

  it('states statuses in words as well as colour', () => {
    const withMeasures = renderHtml(
      buildReport(many(20, { referralDate: '2025-02-01' }), {
        period: '2025-Q1',
        measures: [
          {
            id: 'referrals' as never,
            description: 'Referrals',
            metricId: 'referrals.nrm.count' as never,
            direction: 'increase',
            source: 'computed',
          },
        ],
      }),
    );
    expect(withMeasures).toContain('<strong class="tag on-track">On track</strong>');
  });
});
