#!/usr/bin/python3
"""Writes the undeclared-identifier test corpus: three fictional agency IMRs with planted names
the example case never lists, one identifier-free control report, their LibreOffice re-saves and
manifest.json. Run by hand (python3 standard library only, plus soffice and pdfinfo on PATH):

    /usr/bin/python3 tests/data/undeclared/make_reports.py

The .docx files it writes are deterministic (fixed zip timestamps, fixed rsids). The .lo.docx
files are whatever LibreOffice writes; their zip timestamps are normalised, nothing else.
"""
import hashlib, json, os, re, shutil, subprocess, sys, tempfile, zipfile
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

from content import DOCS  # the reports' text, with the planted identifiers marked

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
CASE_DIR = 'examples/adult-x-review'
CASE_YAML = os.path.join(ROOT, CASE_DIR, 'case.yaml')

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
NS_DECL = ('xmlns:w="%s" xmlns:r="%s" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"' % (W, R))
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

CATEGORIES = {
    'tp': 'titled-person', 'p': 'person', 'rel': 'relation-given-name',
    'gds': 'given-name-declared-surname', 'inst': 'institution', 'st': 'street',
    'veh': 'vehicle-registration', 'soc': 'social-handle',
}
TITLES = ['Detective Chief Inspector', 'Detective Superintendent', 'Detective Inspector',
          'Detective Sergeant', 'Detective Constable', 'Police Constable', 'Det Supt',
          'Superintendent', 'Inspector', 'Sergeant', 'Councillor', 'Nurse', 'Sgt', 'DCI', 'DS',
          'DC', 'PC', 'DI', 'Dr', 'Mrs', 'Mr', 'Ms', 'Miss', 'Mx']
PART_OF = {'body': 'word/document.xml', 'table': 'word/document.xml', 'header': 'word/header1.xml',
           'footer': 'word/footer1.xml', 'footnote': 'word/footnotes.xml',
           'comment': 'word/comments.xml'}
DECLARED_SURNAMES = {'Hartley', 'Whitlock'}
# Generic words of street and institution names, and the case's own town and force names: a
# planted name may contain them ("Northbrook Sixth Form College", "Ferrier Road"); every other
# word of a planted identifier must be absent from case.yaml.
GENERIC = {'St', 'Road', 'Close', 'School', 'Primary', 'Medical', 'Practice', 'Health', 'Centre',
           'Community', 'Children’s', 'Northbrook', 'Westshire', 'High', 'Street', 'Way', 'Lane',
           'Court', 'Avenue', 'Terrace', 'Crescent', 'Drive', 'Walk', 'Academy', 'Nursery',
           'Surgery', 'Hospital', 'College', 'Infant', 'Sixth', 'Form'}
TOKEN = re.compile(r'\[\[(.+?)\]\]|\{(fn|cs|ce)(\d+)\}')


def rsid_list(name, n=12):
    out = []
    for i in range(n):
        h = hashlib.sha1(('%s/%d' % (name, i)).encode()).hexdigest().upper()
        out.append('00' + h[:6])
    return sorted(set(out))


def rpr(flags):
    if not flags:
        return ''
    s = ''
    if flags.get('style'):
        s += '<w:rStyle w:val="%s"/>' % flags['style']
    if flags.get('b'):
        s += '<w:b/><w:bCs/>'
    if flags.get('i'):
        s += '<w:i/><w:iCs/>'
    if flags.get('noProof'):
        s += '<w:noProof/>'
    if flags.get('sz'):
        s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (flags['sz'], flags['sz'])
    if flags.get('lang'):
        s += '<w:lang w:val="%s"/>' % flags['lang']
    return '<w:rPr>%s</w:rPr>' % s if s else ''


def t(text):
    sp = ' xml:space="preserve"' if text != text.strip() or '  ' in text else ''
    return '<w:t%s>%s</w:t>' % (sp, escape(text))


def plain(markup):
    """The text a markup string shows (planted markers and references removed)."""
    return TOKEN.sub(lambda m: m.group(1).split('|')[0].replace('/', '') if m.group(1) else '', markup)


class Doc:
    def __init__(self, spec):
        self.spec = spec
        self.name = spec['file']
        self.rsids = rsid_list(self.name)
        self.root_rsid = self.rsids[0]
        self.k = 0
        self.bm = 0
        self.where = 'body'
        self.planted = []
        self.footnotes = []
        self.comments = []
        self.nonsplit = 0
        self.splits = 0
        self.words = 0

    def rsid(self):
        self.k += 1
        return self.rsids[(self.k * 7) % len(self.rsids)]

    def run(self, text, flags=None, rs=None):
        return '<w:r w:rsidR="%s">%s%s</w:r>' % (rs or self.rsid(), rpr(flags), t(text))

    def runs(self, markup, flags=None):
        flags = flags or {}
        out = []
        buf = []
        shown = ''
        pos = 0
        rs = self.rsid()

        def flush():
            if buf:
                out.append(self.run(''.join(buf), flags, rs))
                buf.clear()
        for m in TOKEN.finditer(markup):
            pre = markup[pos:m.start()]
            buf.append(pre)
            shown += pre
            pos = m.end()
            if m.group(2) == 'fn':
                flush()
                out.append('<w:r w:rsidR="%s"><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                           '<w:footnoteReference w:id="%s"/></w:r>' % (self.rsid(), m.group(3)))
                continue
            if m.group(2) == 'cs':
                flush()
                out.append('<w:commentRangeStart w:id="%s"/>' % m.group(3))
                continue
            if m.group(2) == 'ce':
                flush()
                out.append('<w:commentRangeEnd w:id="%s"/><w:r w:rsidR="%s"><w:rPr><w:rStyle '
                           'w:val="CommentReference"/></w:rPr><w:commentReference w:id="%s"/></w:r>'
                           % (m.group(3), self.rsid(), m.group(3)))
                continue
            fields = m.group(1).split('|')
            pieces = fields[0].split('/')
            text = ''.join(pieces)
            cat = CATEGORIES[fields[1]]
            after = plain(markup[pos:])
            feats = self.features(cat, text, shown, after)
            split = len(pieces) > 1
            if split:
                flush()
                style = ['proof', 'rsid', 'bookmark', 'format'][self.splits % 4]
                self.splits += 1
                feats.append('split:' + style)
                out.extend(self.split_runs(pieces, flags, style))
            else:
                self.nonsplit += 1
                if self.nonsplit % 3 == 0 and cat not in ('vehicle-registration', 'social-handle'):
                    flush()
                    out.append('<w:proofErr w:type="spellStart"/>')
                    out.append(self.run(text, flags))
                    out.append('<w:proofErr w:type="spellEnd"/>')
                    rs = self.rsid()
                else:
                    buf.append(text)
            shown += text
            self.planted.append({'text': text, 'category': cat, 'where': self.where,
                                 'split': split, 'features': feats})
        buf.append(markup[pos:])
        flush()
        self.words += len(plain(markup).split())
        return ''.join(out)

    def split_runs(self, pieces, flags, style):
        out = []
        if style in ('proof', 'format'):
            out.append('<w:proofErr w:type="spellStart"/>')
        for i, piece in enumerate(pieces):
            f = dict(flags)
            if style == 'format' and i % 2 == 1:
                f['noProof'] = True
                f['lang'] = 'en-US'
            if style == 'bookmark' and i == 1:
                self.bm += 1
                out.append('<w:bookmarkStart w:id="%d" w:name="_Hlk%d"/>'
                           % (self.bm, 130000000 + int(hashlib.sha1((self.name + str(self.bm)).encode()).hexdigest()[:6], 16)))
            out.append(self.run(piece, f))
        if style == 'bookmark':
            out.append('<w:bookmarkEnd w:id="%d"/>' % self.bm)
        if style in ('proof', 'format'):
            out.append('<w:proofErr w:type="spellEnd"/>')
        return out

    def features(self, cat, text, before, after):
        feats = []
        b = before.rstrip()
        if cat == 'titled-person':
            for ti in TITLES:
                if re.search(r'(^|[^\w])%s$' % re.escape(ti), b):
                    feats.append('title:' + ti)
                    break
            else:
                raise SystemExit('no title before %r' % text)
        if cat == 'relation-given-name':
            feats.append('relation:' + b.split()[-1])
        if cat == 'street' and re.search(r'\d+[A-Za-z]?$', b):
            feats.append('house-number')
        if cat == 'vehicle-registration' and ' ' not in text:
            feats.append('no-space')
        if after.startswith('’s') or after.startswith("'s"):
            feats.append('possessive')
        if '-' in text:
            feats.append('hyphenated')
        if "'" in text or '’' in text:
            feats.append('apostrophe')
        if any(ord(c) > 127 and c.isalpha() for c in text):
            feats.append('diacritics')
        if text.isupper() and cat not in ('vehicle-registration', 'social-handle'):
            feats.append('capitals')
        return feats

    def p(self, markup, style=None, align=None, flags=None, keep=False, spacing=None):
        ppr = ''
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if keep:
            ppr += '<w:keepNext/>'
        if spacing:
            ppr += spacing
        if align:
            ppr += '<w:jc w:val="%s"/>' % align
        rsp = self.rsid()
        return ('<w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">%s%s</w:p>'
                % (rsp, rsp, rsp, '<w:pPr>%s</w:pPr>' % ppr if ppr else '', self.runs(markup, flags)))

    def table(self, rows, widths):
        g = ''.join('<w:gridCol w:w="%d"/>' % w for w in widths)
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
               'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>' % g]
        saved, self.where = self.where, 'table'
        for i, row in enumerate(rows):
            rs = self.rsid()
            out.append('<w:tr w:rsidR="%s" w:rsidTr="%s">' % (rs, rs))
            if i == 0:
                out.append('<w:trPr><w:tblHeader/></w:trPr>')
            for w, cell in zip(widths, row):
                out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>' % w)
                out.append(self.p(cell, spacing='<w:spacing w:after="0"/>', flags={'b': True} if i == 0 else None))
                out.append('</w:tc>')
            out.append('</w:tr>')
        out.append('</w:tbl>')
        self.where = saved
        return ''.join(out)

    def footnote(self, markup):
        fid = len(self.footnotes) + 1
        saved, self.where = self.where, 'footnote'
        rs = self.rsid()
        body = ('<w:footnote w:id="%d"><w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s"><w:pPr>'
                '<w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>'
                '</w:rPr><w:footnoteRef/></w:r>%s</w:p></w:footnote>'
                % (fid, rs, rs, rs, self.runs(' ' + markup)))
        self.where = saved
        self.footnotes.append(body)
        return '{fn%d}' % fid

    def comment(self, markup, author='Helen Ashworth', initials='HA'):
        cid = len(self.comments)
        # Word writes w:date on every comment (LibreOffice writes an invalid one when it is missing)
        date = '2023-%02d-%02dT%02d:%02d:00Z' % (6 + cid % 3, 5 + 3 * cid, 9 + cid, (17 * cid) % 60)
        saved, self.where = self.where, 'comment'
        rs = self.rsid()
        body = ('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p w:rsidR="%s" w:rsidRDefault="%s" '
                'w:rsidP="%s"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle '
                'w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>%s</w:p></w:comment>'
                % (cid, escape(author), date, initials, rs, rs, rs, self.runs(markup)))
        self.where = saved
        self.comments.append(body)
        return cid

    # ---- parts -------------------------------------------------------------------------------
    def header_xml(self, markup):
        self.where = 'header'
        x = self.p(markup, style='Header', align='center', flags={'sz': 18})
        x = self.p('OFFICIAL-SENSITIVE', style='Header', align='center', flags={'b': True}) + x
        self.where = 'body'
        return XML_HEAD + '<w:hdr %s>%s</w:hdr>' % (NS_DECL, x)

    def footer_xml(self, markup):
        self.where = 'footer'
        rs = self.rsid()
        fld = lambda instr, shown: (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>%s</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>' % (instr, shown))
        page = ('<w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s"><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
                '<w:r><w:t xml:space="preserve">OFFICIAL-SENSITIVE      Page </w:t></w:r>%s<w:r><w:t xml:space="preserve"> of </w:t></w:r>%s</w:p>'
                % (rs, rs, rs, fld('PAGE', '1'), fld('NUMPAGES', '1')))
        x = self.p(markup, style='Footer', align='center', flags={'sz': 16}) + page
        self.where = 'body'
        return XML_HEAD + '<w:ftr %s>%s</w:ftr>' % (NS_DECL, x)

    def document_xml(self, blocks):
        sect = ('<w:sectPr w:rsidR="%s"><w:headerReference w:type="default" r:id="rId8"/>'
                '<w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
                'w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>'
                % self.root_rsid)
        return XML_HEAD + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS_DECL, ''.join(blocks), sect)

    def footnotes_xml(self):
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s"><w:pPr>'
               '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s"><w:pPr>'
               '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               % ((self.root_rsid,) * 6))
        return XML_HEAD + '<w:footnotes %s>%s%s</w:footnotes>' % (NS_DECL, sep, ''.join(self.footnotes))

    def comments_xml(self):
        return XML_HEAD + '<w:comments %s>%s</w:comments>' % (NS_DECL, ''.join(self.comments))

    def settings_xml(self):
        rs = ''.join('<w:rsid w:val="%s"/>' % r for r in self.rsids if r != self.root_rsid)
        return XML_HEAD + (
            '<w:settings %s><w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/>'
            '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '</w:compat><w:rsids><w:rsidRoot w:val="%s"/><w:rsid w:val="%s"/>%s</w:rsids>'
            '<w:themeFontLang w:val="en-GB"/><w:shapeDefaults/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
            '</w:settings>' % (NS_DECL, self.root_rsid, self.root_rsid, rs))


STYLES = XML_HEAD + '''<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="2F5496"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="240" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
</w:styles>''' % NS_DECL

CONTENT_TYPES = XML_HEAD + '''<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'''

ROOT_RELS = XML_HEAD + '''<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''

DOC_RELS = XML_HEAD + '''<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>'''


def core_xml(title, creator):
    # No dcterms:created/modified: they would put precise dates in the package.
    return XML_HEAD + ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                       'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                       'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                       '<dc:title>%s</dc:title><dc:subject></dc:subject><dc:creator>%s</dc:creator><cp:keywords></cp:keywords>'
                       '<dc:description></dc:description><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>4</cp:revision>'
                       '</cp:coreProperties>' % (escape(title), escape(creator), escape(creator)))


def app_xml(pages, words, chars, company):
    return XML_HEAD + ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
                       '<TotalTime>0</TotalTime><Pages>%d</Pages><Words>%d</Words><Characters>%d</Characters>'
                       '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>%d</Lines>'
                       '<Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company>%s</Company><LinksUpToDate>false</LinksUpToDate>'
                       '<CharactersWithSpaces>%d</CharactersWithSpaces><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
                       '<AppVersion>16.0000</AppVersion></Properties>'
                       % (pages, words, chars, chars // 60, chars // 400, escape(company), chars + words))


def write_zip(path, parts):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode('utf-8') if isinstance(data, str) else data)


def build(spec):
    d = Doc(spec)
    blocks = spec['build'](d)
    header = d.header_xml(spec['header'])
    footer = d.footer_xml(spec['footer'])
    document = d.document_xml(blocks)
    for i in range(len(d.comments)):
        for tag in ('commentRangeStart', 'commentRangeEnd', 'commentReference'):
            assert document.count('<w:%s w:id="%d"/>' % (tag, i)) == 1, (spec['file'], tag, i)
    for i in range(1, len(d.footnotes) + 1):
        assert document.count('<w:footnoteReference w:id="%d"/>' % i) == 1, (spec['file'], 'footnote', i)
    assert len(d.footnotes) >= 2 and len(d.comments) >= 2, spec['file']
    parts = [('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', ROOT_RELS),
             ('word/document.xml', document), ('word/_rels/document.xml.rels', DOC_RELS),
             ('word/styles.xml', STYLES), ('word/settings.xml', d.settings_xml()),
             ('word/header1.xml', header), ('word/footer1.xml', footer),
             ('word/footnotes.xml', d.footnotes_xml()), ('word/comments.xml', d.comments_xml()),
             ('docProps/core.xml', core_xml(spec['title'], spec['creator'])),
             ('docProps/app.xml', app_xml(spec['pages_hint'], d.words, d.words * 6, spec['creator']))]
    write_zip(os.path.join(HERE, spec['file']), parts)
    return d


# ---- checks ---------------------------------------------------------------------------------
def para_texts(xml_bytes, where=None):
    """Concatenated w:t text of each paragraph of a part; where='body'/'table' keeps paragraphs
    outside/inside tables."""
    root = ET.fromstring(xml_bytes)
    out = []

    def walk(el, in_tbl):
        if el.tag == '{%s}p' % W:
            if where is None or (where == 'table') == in_tbl:
                out.append(''.join(x.text or '' for x in el.iter('{%s}t' % W)))
            return
        for kid in el:
            walk(kid, in_tbl or el.tag == '{%s}tbl' % W)
    walk(root, False)
    return out


def part_names(z, where):
    names = z.namelist()
    if where in ('header', 'footer'):
        return [n for n in names if re.fullmatch(r'word/%s\d*\.xml' % where, n)]
    return [PART_OF[where]]


def wordy(text):
    return r'(?<!\w)%s(?!\w)' % re.escape(text)


def count_uncovered(paras, text, longer):
    n = 0
    for s in paras:
        covered = set()
        for L in longer:
            for m in re.finditer(wordy(L), s):
                covered.update(range(m.start(), m.end()))
        for m in re.finditer(wordy(text), s):
            if m.start() not in covered:
                n += 1
    return n


def check_planted(path, planted, exact_count):
    problems = []
    with zipfile.ZipFile(path) as z:
        cache = {}
        for where in PART_OF:
            cache[where] = []
            for n in part_names(z, where):
                if n in z.namelist():
                    cache[where] += para_texts(z.read(n), where if where in ('body', 'table') else None)
        texts = {p['text'] for p in planted}
        for where in PART_OF:
            joined = '\n'.join(cache[where])
            wanted = {}
            for p in planted:
                if p['where'] == where:
                    wanted[p['text']] = wanted.get(p['text'], 0) + 1
            for text, k in wanted.items():
                if text not in joined or not re.search(wordy(text), joined):
                    problems.append('%s: %r not in %s' % (path, text, where))
                    continue
                longer = [x for x in texts if text in x and x != text]
                found = count_uncovered(cache[where], text, longer)
                if exact_count and found != k:
                    problems.append('%s: %r occurs %d times in %s, listed %d' % (path, text, found, where, k))
                elif found < k:
                    problems.append('%s: %r occurs %d times in %s, listed %d' % (path, text, found, where, k))
            # nor may a word of a planted name show up unlisted (a surname or given name alone)
            if exact_count:
                for p in planted:
                    if p['category'] not in ('titled-person', 'person', 'given-name-declared-surname'):
                        continue
                    for w in p['text'].split():
                        if w in DECLARED_SURNAMES or w in texts or len(w) < 3:
                            continue
                        cover = [x for x in texts if w in x and x != w]
                        if sum(count_uncovered([s], w, cover) for s in cache[where]):
                            problems.append('%s: %r unlisted in %s' % (path, w, where))
            # a planted text must not show up unlisted in another place either
            for text in texts:
                if text not in wanted and count_uncovered(cache[where], text, [x for x in texts if text in x and x != text]):
                    problems.append('%s: %r occurs unlisted in %s' % (path, text, where))
    return problems


def check_case_words(planted):
    yaml = open(CASE_YAML, encoding='utf-8').read()
    low = yaml.lower()
    problems = []
    for p in planted:
        if re.search(wordy(p['text'].lower()), low):
            problems.append('planted %r is in case.yaml' % p['text'])
        for w in re.split(r'[\s/]+', p['text']):
            w = w.strip('.,;:()')
            if not w or w in GENERIC or (p['category'] == 'given-name-declared-surname' and w in DECLARED_SURNAMES):
                continue
            if re.search(r'(?<![\w’\'-])%s(?![\w’\'-])' % re.escape(w.lower()), low):
                problems.append('word %r of planted %r is in case.yaml' % (w, p['text']))
    return problems


def all_text(path):
    with zipfile.ZipFile(path) as z:
        return '\n'.join('\n'.join(para_texts(z.read(n))) for n in z.namelist()
                         if re.fullmatch(r'word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml', n))


def soffice(args, outdir):
    prof = tempfile.mkdtemp(prefix='lo_profile_')
    try:
        subprocess.run(['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--norestore']
                       + args + ['--outdir', outdir], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=300)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def pdf_pages(docx, tmp):
    soffice(['--convert-to', 'pdf', docx], tmp)
    pdf = os.path.join(tmp, os.path.splitext(os.path.basename(docx))[0] + '.pdf')
    info = subprocess.run(['pdfinfo', pdf], check=True, capture_output=True, text=True).stdout
    os.remove(pdf)
    return int(re.search(r'^Pages:\s+(\d+)', info, re.M).group(1))


def lo_resave(docx, out, tmp):
    sub = os.path.join(tmp, 'lo')
    os.makedirs(sub, exist_ok=True)
    soffice(['--convert-to', 'docx', docx], sub)
    produced = os.path.join(sub, os.path.basename(docx))
    with zipfile.ZipFile(produced) as zin:
        parts = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    write_zip(out, parts)  # same content, fixed timestamps
    os.remove(produced)


def main():
    problems = []
    entries = []
    tmp = tempfile.mkdtemp(prefix='undeclared_')
    try:
        all_planted = []
        for spec in DOCS:
            d = build(spec)
            path = os.path.join(HERE, spec['file'])
            if spec['control']:
                if d.planted:
                    problems.append('%s: control document has planted identifiers' % spec['file'])
            problems += check_planted(path, d.planted, exact_count=True)
            all_planted += d.planted
            lo = spec['file'].replace('.docx', '.lo.docx')
            lo_path = os.path.join(HERE, lo)
            lo_resave(path, lo_path, tmp)
            problems += check_planted(lo_path, d.planted, exact_count=False)
            for f, p in ((spec['file'], path), (lo, lo_path)):
                entries.append({'file': f, 'pages': pdf_pages(p, tmp), 'control': spec['control'],
                                'planted': d.planted})
        problems += check_case_words(all_planted)
        texts = {p['text'] for p in all_planted}
        for spec in DOCS:
            if spec['control']:
                for f in (spec['file'], spec['file'].replace('.docx', '.lo.docx')):
                    body = all_text(os.path.join(HERE, f))
                    problems += ['%s: control contains planted %r' % (f, x) for x in texts if re.search(wordy(x), body)]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    manifest = {'case': CASE_DIR, 'documents': entries}
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write('\n')
    for p in problems:
        print('PROBLEM', p)
    by_cat, by_where, split = {}, {}, 0
    for e in entries:
        if e['file'].endswith('.lo.docx'):
            continue
        for p in e['planted']:
            by_cat[p['category']] = by_cat.get(p['category'], 0) + 1
            by_where[p['where']] = by_where.get(p['where'], 0) + 1
            split += p['split']
        print('%-40s pages=%d planted=%d' % (e['file'], e['pages'], len(e['planted'])))
    print('categories', by_cat)
    print('where', by_where)
    print('split', split)
    assert not problems, '%d problems' % len(problems)


if __name__ == '__main__':
    sys.path.insert(0, HERE)
    main()
