/** Known answers for the three escapers: HTML, Markdown and XML. */
import { describe, expect, it } from 'vitest';
import { comparePeriods } from '../compare/run-compare.js';
import { AFTER, BEFORE, writeTinyOrganisation } from '../compare/tiny-org.js';
import { formatComparisonMarkdown } from '../../src/present/comparison-markdown.js';
import { formatComparisonText } from '../../src/present/comparison-text.js';
import { escapeHtml } from '../../src/present/html/escape-html.js';
import { escapeMarkdown } from '../../src/present/markdown-escape.js';
import { xmlText } from '../../src/present/xml-text.js';

describe('the comparison text', async () => {
  const name = 'Gil\nSingle points of failure';
  const comparison = await comparePeriods(writeTinyOrganisation({ names: { g1: name } }), BEFORE, AFTER);

  it('keeps a name holding a line break on its line', () => {
    const lines = formatComparisonText(comparison).split('\n');
    expect(lines.some((line) => line.includes('Gil Single points of failure'))).toBe(true);
    expect(lines.filter((line) => line.startsWith('Single points of failure'))).toHaveLength(0);
  });
});

describe('escapeHtml', () => {
  it('turns markup into entities', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`"Quoted" O'Brien & Co`)).toBe('&quot;Quoted&quot; O&#39;Brien &amp; Co');
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('keeps other scripts and line breaks, and replaces control characters', () => {
    expect(escapeHtml('李小龍 العربية Łódź')).toBe('李小龍 العربية Łódź');
    expect(escapeHtml('a\nb\tc')).toBe('a\nb\tc');
    expect(escapeHtml('bell\u0007null\u0000')).toBe('bell\uFFFDnull\uFFFD');
    expect(escapeHtml('C1 csi\u009b2J nel\u0085')).toBe('C1 csi\uFFFD2J nel\uFFFD');
  });
});

describe('escapeMarkdown', () => {
  it('backslash-escapes markup, table pipes, HTML and entities', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeMarkdown('Pipe | Name')).toBe('Pipe \\| Name');
    expect(escapeMarkdown('*bold* _it_ [link](x) `code` ~~s~~')).toBe('\\*bold\\* \\_it\\_ \\[link\\](x) \\`code\\` \\~\\~s\\~\\~');
    expect(escapeMarkdown('&lt; #1 $x$ a@b \\')).toBe('\\&lt; \\#1 \\$x\\$ a\\@b \\\\');
  });

  it('puts everything on one line', () => {
    expect(escapeMarkdown('Line\nBreak\r\nand\rmore\ttab')).toBe('Line Break and more tab');
    expect(escapeMarkdown('bell\u0007')).toBe('bell\uFFFD');
  });

  it('replaces C1 control characters as HTML does, so a name cannot send a terminal code', () => {
    expect(escapeMarkdown('C1 csi\u009b2J nel\u0085 del\u007f')).toBe('C1 csi\uFFFD2J nel\uFFFD del\uFFFD');
  });

  it('breaks bare-URL autolinks but leaves decimals and dashes alone', () => {
    expect(escapeMarkdown('www.example.org and https://example.org')).toBe('www\\.example.org and https\\://example.org');
    expect(escapeMarkdown('-0.95 (E-I)')).toBe('-0.95 (E-I)');
    expect(escapeMarkdown('李小龍 العربية')).toBe('李小龍 العربية');
  });
});

describe('the comparison Markdown', async () => {
  const name = 'Gil $dev$ www.example.org\tTab';
  const comparison = await comparePeriods(writeTinyOrganisation({ names: { g1: name } }), BEFORE, AFTER);

  it('escapes names as the report does: no maths, link or tab', () => {
    const markdown = formatComparisonMarkdown(comparison);
    expect(markdown).toContain(`| ${escapeMarkdown(name)} |`);
    expect(markdown).toContain('| Gil \\$dev\\$ www\\.example.org Tab |');
    expect(markdown).not.toMatch(/\t|(?<!\\)\$/);
  });

  it('replaces control characters and keeps a paragraph from starting a list', () => {
    const markdown = formatComparisonMarkdown({ ...comparison, notes: ['- escape \u001b here', '2. second'] });
    expect(markdown).toContain('\n\n\\- escape \uFFFD here\n\n2\\. second\n');
    expect(markdown).not.toContain('\u001b');
  });
});

describe('xmlText', () => {
  it('escapes markup and keeps line breaks as character references', () => {
    expect(xmlText(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(xmlText('Line\nBreak\tTab\rCR')).toBe('Line&#10;Break&#9;Tab&#13;CR');
  });

  it('replaces characters XML 1.0 forbids, which would make the file unreadable', () => {
    expect(xmlText('a\u0001b\u001fc\uFFFEd\uD800e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(xmlText('😀 李小龍')).toBe('😀 李小龍');
  });
});
