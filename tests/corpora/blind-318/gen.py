#!/usr/bin/env python3
"""Blind corpus: one person's AWS Training and Certification cases as seen through
her mail setup (company Microsoft 365 mailbox forwarding to Gmail, a Mailman team
list, replies from either mailbox) plus the unrelated mail and spoofs around them.

Run:  python3 gen.py      (writes NNN-msg.eml / NNN-msg.json and README.md next to this file)
Standard library only; output is deterministic.
"""
import base64
import hashlib
import io
import json
import os
import re
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- people / ids
ME_P = 'haruka.morimoto.k@gmail.com'
ME_C = 'h-morimoto@kitanami-sys.co.jp'
ME_EN = 'Haruka Morimoto'
ME_JA = '森本 遥'
SAEKI = 't-saeki@kitanami-sys.co.jp'
SAEKI_JA = '佐伯 拓真'
TC = 'aws-cs-trainingcertification-form@amazon.com'
TC_NAME = 'AWS Training and Certification'
CONSOLE = 'no-reply-aws@amazon.com'
LIST = 'cloud-cert@lists.kitanami-sys.co.jp'
LISTHOST = 'lists.kitanami-sys.co.jp'
CID_OLD = 'AWS02771940'   # company certification account
CID_NEW = 'AWS11853027'   # personal certification account

CASE_A = '174184920300518'   # merge, form case (15 digits)
CASE_C = '174186966000231'   # duplicate form submission (15 digits)
CASE_D = '14385560217'       # name correction, Japanese (11 digits)
CASE_E = '174408150001187'   # console case, voucher after merge
CASE_B = '174099000600412'   # console billing case (not T&C)
AWS_ACCT = '482190337615'    # 12-digit AWS account id (not a case id)

SUBJ_FORM = '[AWS Training and Certification Form Submission] - account-assistance'


# ---------------------------------------------------------------- small helpers
def h64(seed, n):
    out = ''
    i = 0
    while len(out) < n:
        out += base64.b64encode(hashlib.sha256(f'{seed}/{i}'.encode()).digest()).decode().rstrip('=')
        i += 1
    return out[:n]


def hx(seed, n):
    out = ''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f'{seed}#{i}'.encode()).hexdigest()
        i += 1
    return out[:n]


def alnum(seed, n, upper=True):
    s = re.sub('[^A-Za-z0-9]', '', h64(seed, n * 2))[:n]
    return s.upper() if upper else s


def wrap(s, first=60, width=72, ind='\t'):
    parts = [s[:first]]
    s = s[first:]
    while s:
        parts.append(s[:width])
        s = s[width:]
    return ('\n' + ind).join(parts)


def utc(y, mo, d, hh, mm, ss=0):
    return datetime(y, mo, d, hh, mm, ss, tzinfo=timezone.utc)


def fdate(dt, off=0):
    return format_datetime(dt.astimezone(timezone(timedelta(hours=off))))


def pdate(dt):
    if dt >= utc(2025, 3, 9, 10, 0):
        return fdate(dt, -7) + ' (PDT)'
    return fdate(dt, -8) + ' (PST)'


def ehdr(s, cs='utf-8'):
    if s.isascii():
        return s
    return Header(s, cs).encode()


def ehdr_b(s, cs='utf-8'):
    """Exchange Online style: whole header as base64 encoded-words."""
    c = Charset(cs)
    c.header_encoding = BASE64
    return Header(s, c).encode()


def eaddr(name, addr, cs='utf-8'):
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset=cs)


def sec(dt, s):
    return dt + timedelta(seconds=s)


# ---------------------------------------------------------------- MIME parts
def _cs(name, enc):
    c = Charset(name)
    if enc == 'qp':
        c.body_encoding = QP
    elif enc == 'b64':
        c.body_encoding = BASE64
    else:
        c.body_encoding = None
    return c


def T(text, sub='plain', cs='utf-8', enc='qp'):
    p = MIMEText(text, sub, _cs(cs, enc))
    return p


def ALT(text, html, cs='utf-8', enc='qp', enc_html=None, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary)
    for p in (T(text, 'plain', cs, enc), T(html, 'html', cs, enc_html or enc)):
        del p['MIME-Version']
        m.attach(p)
    return m


def MIXED(parts, boundary=None):
    m = MIMEMultipart('mixed', boundary=boundary)
    for p in parts:
        if 'MIME-Version' in p:
            del p['MIME-Version']
        m.attach(p)
    return m


def ser(part):
    b = io.BytesIO()
    BytesGenerator(b, mangle_from_=False, maxheaderlen=0).flatten(part)
    return b.getvalue()


def build(hdrs, part, crlf=False):
    if not any(x.lower().startswith('mime-version:') for x in hdrs) and 'MIME-Version' not in part:
        part['MIME-Version'] = '1.0'
    for x in hdrs:
        assert x.isascii(), x
    data = ('\n'.join(hdrs) + '\n').encode('ascii') + ser(part)
    data = data.replace(b'\r\n', b'\n')
    if crlf:
        data = data.replace(b'\n', b'\r\n')
    return data


# ---------------------------------------------------------------- header pieces
def dkim(d, s, dt, seed, hh, c='relaxed/simple', bits=2048):
    b = h64(seed + d + 'b', 342 if bits == 2048 else 170)
    return (f'DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={s}; d={d}; t={int(dt.timestamp())};\n'
            f'\th={hh};\n\tbh={h64(seed + d + "bh", 43)}=;\n\tb={wrap(b, 58)}')


def dkb(seed, d):
    return h64(seed + d + 'b', 8)


def ses_msgid(seed, region='us-west-2'):
    return (f'010101{hx(seed, 10)}-{hx(seed + "1", 8)}-{hx(seed + "2", 4)}-{hx(seed + "3", 4)}-'
            f'{hx(seed + "4", 4)}-{hx(seed + "5", 12)}-000000@{region}.amazonses.com')


def gmail_msgid(seed):
    return f'CA{alnum(seed + "g1", 6, False)}+{alnum(seed + "g2", 30, False)}@mail.gmail.com'


def outlook_msgid(seed):
    box = 'TYCPR01MB' + str(10000 + int(hx(seed, 4), 16) % 9000)
    return f'{box}{alnum(seed, 24)}@{box}.jpnprd01.prod.outlook.com'


def gmail_block(dt, rcpt, mailfrom, host, ip, ar_lines, seed, arc_i=1, spf_res='pass'):
    """Headers Gmail adds on delivery (top of the stored message)."""
    t = int(dt.timestamp())
    ar = ';\n'.join('       ' + a for a in ar_lines)
    if spf_res == 'pass':
        spf = (f'pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) '
               f'client-ip={ip};')
    elif spf_res == 'softfail':
        spf = (f'softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as '
               f'permitted sender) client-ip={ip};')
    else:
        spf = (f'fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) '
               f'client-ip={ip};')
    cv = 'none' if arc_i == 1 else 'pass'
    return [
        f'Delivered-To: {rcpt}',
        f'Received: by 2002:a05:{hx(seed + "r1", 4)}:{hx(seed + "r2", 3)}:b0:{hx(seed + "r3", 3)}:'
        f'{hx(seed + "r4", 4)}:{hx(seed + "r5", 4)} with SMTP id {alnum(seed + "sid", 12, False).lower()};\n'
        f'        {pdate(sec(dt, 2))}',
        f'ARC-Seal: i={arc_i}; a=rsa-sha256; t={t}; cv={cv};\n        d=google.com; s=arc-20240605;\n'
        f'        b={wrap(h64(seed + "as", 342), 62, 70, "        ")}',
        f'ARC-Message-Signature: i={arc_i}; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
        f'        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n'
        f'        bh={h64(seed + "abh", 43)}=;\n        fh={h64(seed + "fh", 43)}=;\n'
        f'        b={wrap(h64(seed + "amb", 342), 62, 70, "        ")}',
        f'ARC-Authentication-Results: i={arc_i}; mx.google.com;\n{ar}',
        f'Return-Path: <{mailfrom}>',
        f'Received: from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id '
        f'{alnum(seed + "esm", 20, False)}.{int(hx(seed + "q", 3), 16) % 900 + 100}.{t % 10000000}\n'
        f'        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n'
        f'        {pdate(dt)}',
        f'Received-SPF: {spf}',
        f'Authentication-Results: mx.google.com;\n{ar}',
    ]


def srs(seed):
    return f'bounces+SRS={alnum(seed + "srs", 5, False)}=V{alnum(seed, 1)}@kitanami-sys.co.jp'


MS_OUT = [('mail-tycjpn01on2117.outbound.protection.outlook.com', '40.107.114.117'),
          ('mail-os0jpn01on2129.outbound.protection.outlook.com', '40.107.113.129'),
          ('mail-tyzapc01on2096.outbound.protection.outlook.com', '40.107.117.96')]


def ms_fwd_block(dt_in, dt_out, client_host, client_ip, mailfrom, ms_ar, seed, arc_prev_i=0,
                 arc_aar=None, scl='1', extra=None):
    """Headers Exchange Online leaves on a message it accepted for the company mailbox and
    then redirected to Gmail by an inbox rule (everything between Gmail's block and the
    previous hop)."""
    i = arc_prev_i + 1
    cv = 'none' if i == 1 else 'pass'
    tin = fdate(dt_in, 0)
    tout = fdate(dt_out, 0)
    aar = arc_aar or ms_ar.replace('(sender IP is', '(sender ip is')
    fe = 'TY2PEPF0000AB8' + str(int(hx(seed, 2), 16) % 10)
    box = 'TYCPR01MB' + str(11000 + int(hx(seed + 'b', 3), 16) % 900)
    box2 = 'OS3PR01MB' + str(10000 + int(hx(seed + 'c', 3), 16) % 900)
    L = [
        f'ARC-Seal: i={i}; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv={cv};\n'
        f' b={wrap(h64(seed + "msas", 342), 64, 76, " ")}',
        f'ARC-Message-Signature: i={i}; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n'
        f' s=arcselector10001;\n'
        f' h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n'
        f' bh={h64(seed + "msbh", 43)}=;\n b={wrap(h64(seed + "msamb", 342), 64, 76, " ")}',
        f'ARC-Authentication-Results: i={i}; mx.microsoft.com 1; {aar}',
        f'Received: from {box2}.jpnprd01.prod.outlook.com (2603:1096:604:{hx(seed + "v6", 3)}::{hx(seed + "v7", 2)}) by\n'
        f' {box}.jpnprd01.prod.outlook.com (2603:1096:400:{hx(seed + "v8", 3)}::{hx(seed + "v9", 1)}) with\n'
        f' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8534.{int(hx(seed, 2), 16)}; {tout}',
        f'X-MS-Exchange-Inbox-Rules-Loop: {ME_C}',
        f'X-MS-Exchange-Organization-SCL: {scl}',
        f'X-MS-Exchange-Organization-AuthAs: Anonymous',
        f'X-MS-Exchange-Organization-AuthSource: {fe}.apcprd03.prod.outlook.com',
        f'X-MS-Exchange-CrossTenant-OriginalArrivalTime: {dt_in.strftime("%d %b %Y %H:%M:%S.%f")[:-3]} (UTC)',
        f'Received: from {fe}.apcprd03.prod.outlook.com (2603:1096:404:8000::{hx(seed + "v10", 2)}) by\n'
        f' {box2}.jpnprd01.prod.outlook.com (2603:1096:604:{hx(seed + "v6", 3)}::{hx(seed + "v7", 2)}) with Microsoft SMTP Server\n'
        f' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8534.{int(hx(seed, 2), 16)}; {fdate(sec(dt_in, 1), 0)}',
    ]
    if extra:
        L += extra
    L += [
        f'Authentication-Results: {ms_ar}',
        f'Received-SPF: {"Pass" if "spf=pass" in ms_ar else "Fail"} (protection.outlook.com: domain of {mailfrom.split("@")[-1]}\n'
        f' {"designates" if "spf=pass" in ms_ar else "does not designate"} {client_ip} as permitted sender)\n'
        f' receiver=protection.outlook.com; client-ip={client_ip}; helo={client_host};',
        f'Received: from {client_host} ({client_ip}) by\n {fe}.mail.protection.outlook.com ({"10.167.243." + str(int(hx(seed + "ip", 2), 16) % 250)}) with Microsoft SMTP\n'
        f' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8534.{int(hx(seed, 2), 16)}\n via Frontend Transport; {tin}',
    ]
    return L


# gateway banner (Exchange transport rule: subject tag + body disclaimer)
BANNER_T = ('[社外] 社外から届いたメールです / This message came from outside Kitanami Systems.\n'
            '差出人に心当たりのない場合、リンクや添付ファイルを開かないでください。\n'
            'Do not open links or attachments unless you know the sender.\n'
            '----------------------------------------------------------------\n\n')
BANNER_H = ('<table border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100%">'
            '<tr><td style="background:#FFEB9C;border:1px solid #9C6500;padding:4px 8px;'
            'font-family:Meiryo,Arial,sans-serif;font-size:9pt;color:#3F2A00">'
            '<b>[社外]</b> 社外から届いたメールです / This message came from outside Kitanami Systems.<br>'
            '差出人に心当たりのない場合、リンクや添付ファイルを開かないでください。'
            ' Do not open links or attachments unless you know the sender.</td></tr></table><br>\n')


def bt(text):
    return BANNER_T + text


def bh(html):
    m = re.search(r'<body[^>]*>', html, re.I)
    if m:
        return html[:m.end()] + '\n' + BANNER_H + html[m.end():]
    return BANNER_H + html


def tag_subject(s):
    return '[社外] ' + s


# Mailman 3 list copy pieces
def list_headers(seed, mailfrom_orig, post_dt):
    mh = alnum(seed + 'mih', 32)
    return [
        f'Message-ID-Hash: {mh}',
        f'X-Message-ID-Hash: {mh}',
        f'X-MailFrom: {mailfrom_orig}',
        'X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; loop; banned-address; emergency;\n'
        ' member-moderation; nonmember-moderation; administrivia; max-size; no-subject; digests',
        'X-Mailman-Version: 3.3.9',
        'Precedence: list',
        'List-Id: "Cloud certification team" <cloud-cert.lists.kitanami-sys.co.jp>',
        f'Archived-At: <https://{LISTHOST}/archives/list/{LIST}/message/{mh}/>',
        f'List-Archive: <https://{LISTHOST}/archives/list/{LIST}/>',
        f'List-Help: <mailto:cloud-cert-request@{LISTHOST}?subject=help>',
        f'List-Owner: <mailto:cloud-cert-owner@{LISTHOST}>',
        f'List-Post: <mailto:{LIST}>',
        f'List-Subscribe: <mailto:cloud-cert-join@{LISTHOST}>',
        f'List-Unsubscribe: <mailto:cloud-cert-leave@{LISTHOST}>',
    ]


LIST_FOOTER = ('_______________________________________________\n'
               f'cloud-cert mailing list -- {LIST}\n'
               f'To unsubscribe send an email to cloud-cert-leave@{LISTHOST}\n')


def list_trace(dt, client_host, client_ip, seed, lar, arc_aar):
    """Headers the list server (Postfix + Mailman 3, OpenARC) leaves: ARC i=1, Received."""
    t = int(dt.timestamp())
    qid = '4Z' + alnum(seed + 'qid', 11, False)
    return [
        f'ARC-Seal: i=1; a=rsa-sha256; d={LISTHOST}; s=arc2024; t={t}; cv=none;\n'
        f'\tb={wrap(h64(seed + "las", 170), 60)}',
        f'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d={LISTHOST}; s=arc2024;\n'
        f'\tt={t}; h=from:reply-to:subject:date:message-id:to:cc:mime-version:content-type;\n'
        f'\tbh={h64(seed + "labh", 43)}=;\n\tb={wrap(h64(seed + "lamb", 170), 60)}',
        f'ARC-Authentication-Results: i=1; {LISTHOST}; {arc_aar}',
        f'Received: from mail.{LISTHOST} (localhost [127.0.0.1])\n\tby mail.{LISTHOST} (Postfix) with ESMTP id {qid};\n'
        f'\t{fdate(sec(dt, 3), 9)}',
        f'Authentication-Results: mail.{LISTHOST};\n\t{lar}',
        f'Received: from {client_host} ({client_host} [{client_ip}])\n'
        f'\tby mail.{LISTHOST} (Postfix) with ESMTPS id 4Z{alnum(seed + "qid2", 11, False)}\n'
        f'\tfor <{LIST}>; {fdate(dt, 9)}',
    ]


LIST_IP = '160.16.211.87'
LIST_HELO = f'mail.{LISTHOST}'

SES_W = ('a27-12.smtp-out.us-west-2.amazonses.com', '54.240.27.12')
SES_W2 = ('a27-41.smtp-out.us-west-2.amazonses.com', '54.240.27.41')
SES_E = ('a8-33.smtp-out.amazonses.com', '54.240.8.33')

MS_AR_AWS = ('spf=pass (sender IP is {ip})\n smtp.mailfrom=us-west-2.amazonses.com; dkim=pass (signature was verified)\n'
             ' header.d=amazon.com;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=pass action=none\n'
             ' header.from=amazon.com;compauth=pass reason=100')
MS_AAR_AWS = ('spf=pass (sender ip is\n {ip}) smtp.rcpttodomain=gmail.com\n smtp.mailfrom=us-west-2.amazonses.com; '
              'dmarc=pass (p=quarantine sp=quarantine\n pct=100) action=none header.from=amazon.com; dkim=pass (signature was\n'
              ' verified) header.d=amazon.com; dkim=pass (signature was verified)\n header.d=amazonses.com; arc=none')


def g_ar_fwd_aws(seed, sseed, mf, ip):
    """Gmail results for a genuine AWS mail redirected by the company tenant (banner broke DKIM)."""
    return [
        'arc=pass (i=1 spf=pass spfdomain=us-west-2.amazonses.com dkim=pass dkdomain=amazon.com dkim=pass '
        'dkdomain=amazonses.com dmarc=pass fromdomain=amazon.com)',
        f'dkim=neutral (body hash did not verify) header.i=@amazon.com header.s=amazoncorp2 header.b={dkb(sseed, "amazon.com")}',
        f'dkim=neutral (body hash did not verify) header.i=@amazonses.com header.s=7v7vs6w47njt4pimodk5mmttbegzsi6n '
        f'header.b={dkb(sseed, "amazonses.com")}',
        f'spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom="{mf}"',
        'dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com',
    ]


def g_ar_aws(seed, mf, ip, ses_dom='us-west-2.amazonses.com'):
    return [
        f'dkim=pass header.i=@amazon.com header.s=amazoncorp2 header.b={dkb(seed, "amazon.com")}',
        f'dkim=pass header.i=@amazonses.com header.s=7v7vs6w47njt4pimodk5mmttbegzsi6n header.b={dkb(seed, "amazonses.com")}',
        f'spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}',
        'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com',
    ]


def ses_mailfrom(msgid):
    return msgid


def aws_dkims(dt, seed, region='us-west-2'):
    hh = 'From:To:Cc:Subject:Date:Message-ID:In-Reply-To:References:MIME-Version:Content-Type'
    return [dkim('amazon.com', 'amazoncorp2', dt, seed, hh),
            dkim('amazonses.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n', dt, seed,
                 'Subject:From:To:Date:Mime-Version:Content-Type:References:Message-Id:Feedback-ID', bits=1024)]


def aws_core(dt, frm, to, subject, msgid, seed, cc=None, inrep=None, refs=None, reply_to=None,
             subject_raw=None, date_off=0, region='us-west-2', extra=None):
    L = aws_dkims(dt, seed, region)
    L.append(f'From: {frm}')
    if reply_to:
        L.append(f'Reply-To: {reply_to}')
    L.append(f'To: {to}')
    if cc:
        L.append(f'Cc: {cc}')
    L.append(f'Subject: {subject_raw or ehdr(subject)}')
    if inrep:
        L.append(f'In-Reply-To: <{inrep}>')
    if refs:
        L.append('References: ' + '\n '.join(f'<{r}>' for r in refs))
    L.append(f'Date: {fdate(dt, date_off)}')
    L.append(f'Message-ID: <{msgid}>')
    if extra:
        L += extra
    L.append(f'Feedback-ID: ::1.{region}.{h64(seed + "fb", 43)}=:AmazonSES')
    L.append(f'X-SES-Outgoing: {dt.strftime("%Y.%m.%d")}-{SES_W[1] if region == "us-west-2" else SES_E[1]}')
    return L


# ---------------------------------------------------------------- registry
MSGS = []


def add(kind, reply, case, cands, what, hard, data):
    assert kind in KINDS, kind
    assert len(data) < 15000, (len(MSGS) + 1, len(data))
    MSGS.append(dict(kind=kind, needs_reply=reply, case=case, candidate_ids=cands,
                     what=what, hard=hard, data=data))


KINDS = ['acknowledgement', 'confirmation_request', 'info_request', 'on_hold', 'closing_notice',
         'resolved', 'survey', 'badge', 'certification', 'user_reply', 'case_update', 'suspicious',
         'unrelated']


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.rstrip('\n').split('\n')) + '\n'


def html_wrap(inner, title=''):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{title}</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            f'{inner}\n</body></html>\n')


def p2h(text):
    """Very small text->html for Gmail/agent HTML parts."""
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>' + para.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


def gmail_html(text, quoted_html=''):
    body = '<div dir="ltr">' + p2h(text).replace('<p>', '<div>').replace('</p>', '</div><div><br></div>') + '</div>'
    return body + quoted_html + '\n'


# ---------------------------------------------------------------- route helpers
def g_spf(mf, ip):
    return f'spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom="{mf}"'


def route_fwd(n, seed, dt_in, dt_out, client, mailfrom, ms_ar, ms_aar, g_ar_fn, scl='1', arc_prev_i=0,
              extra=None):
    """Company tenant accepted the mail, inbox rule redirected it to Gmail.
    g_ar_fn(srs_mailfrom, outbound_ip) -> list of Gmail Authentication-Results items."""
    host, ip = MS_OUT[n % 3]
    mf = srs(seed)
    g = gmail_block(sec(dt_out, 2), ME_P, mf, host, ip, g_ar_fn(mf, ip), seed, arc_i=arc_prev_i + 2)
    m = ms_fwd_block(dt_in, dt_out, client[0], client[1], mailfrom, ms_ar, seed, arc_prev_i=arc_prev_i,
                     arc_aar=ms_aar, scl=scl, extra=extra)
    return g + m


def ms_ar_list(from_dom):
    return (f'spf=pass (sender IP is {LIST_IP})\n smtp.mailfrom={LISTHOST}; dkim=fail (body hash did not verify)\n'
            f' header.d={"amazon.com" if from_dom == LISTHOST else from_dom};dmarc=pass action=none\n header.from={from_dom};compauth=pass reason=100')


def ms_aar_list(from_dom, orig_dom):
    return (f'spf=pass (sender ip is\n {LIST_IP}) smtp.rcpttodomain=gmail.com smtp.mailfrom={LISTHOST};\n'
            f' dmarc=pass (p=none sp=none pct=100) action=none header.from={from_dom};\n'
            f' dkim=fail (body hash did not verify) header.d={orig_dom}; arc=pass (0 oda=0\n'
            f' ltdi=0 spf=[1,1,smtp.mailfrom={orig_dom}] dkim=[1,1,header.d={orig_dom}]\n'
            f' dmarc=[1,1,header.from={orig_dom}])')


def g_ar_list(from_dom, dmarc_txt):
    def f(mf, ip):
        return [f'arc=pass (i=2 spf=pass spfdomain={LISTHOST} dmarc=pass fromdomain={from_dom})',
                g_spf(mf, ip),
                f'dmarc={dmarc_txt} header.from={from_dom}']
    return f


def route_list(n, seed, dt_post, dt_out, orig_client, lar, larc, from_dom, orig_dom):
    """Mailman list (ARC i=1) -> company tenant (i=2, banner, inbox-rule redirect) -> Gmail (i=3)."""
    dt_in = sec(dt_post, 4)
    dm = 'pass (p=NONE sp=NONE dis=NONE)'  # SRS envelope at kitanami-sys.co.jp aligns (relaxed) with both From domains
    top = route_fwd(n, seed, dt_in, dt_out, (LIST_HELO, LIST_IP), f'cloud-cert-bounces@{LISTHOST}',
                    ms_ar_list(from_dom), ms_aar_list(from_dom, orig_dom), g_ar_list(from_dom, dm),
                    arc_prev_i=1)
    return top + list_trace(dt_post, orig_client[0], orig_client[1], seed, lar, larc)


def route_direct(seed, dt, mailfrom, client, g_ar, rcpt=ME_P, spf_res='pass'):
    return gmail_block(dt, rcpt, mailfrom, client[0], client[1], g_ar, seed, spf_res=spf_res)


def aws_html(text, sig_logo=True):
    head = ('<table width="100%" cellpadding="0" cellspacing="0" style="max-width:640px"><tr><td style="padding:12px 0">'
            '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" '
            'alt="AWS" width="60"></td></tr><tr><td style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5">')
    tail = '</td></tr></table>'
    return html_wrap(head + p2h(text) + tail if sig_logo else p2h(text))


def outlook_hdrs(seed, dt, frm, to, subject, msgid, cc=None, inrep=None, refs=None, lang='ja-JP', topic=None):
    ti = base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()
    L = [dkim('kitanami-sys.co.jp', 'selector1', dt, seed,
              'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck',
              c='relaxed/relaxed', bits=1024),
         f'From: {frm}', f'To: {to}']
    if cc:
        L.append(f'CC: {cc}')
    L += [f'Subject: {ehdr(subject)}', f'Thread-Topic: {ehdr(re.sub(r"^(RE|Re|FW|Fw|Fwd): ?", "", topic or subject))}',
          f'Thread-Index: {ti}', f'Date: {fdate(dt, 0)}', f'Message-ID: <{msgid}>']
    if refs:
        L.append('References: ' + '\n '.join(f'<{r}>' for r in refs))
    if inrep:
        L.append(f'In-Reply-To: <{inrep}>')
    L += [f'Accept-Language: ja-JP, en-US', f'Content-Language: {lang}', 'X-MS-Has-Attach:',
          'X-MS-TNEF-Correlator:', 'msip_labels:']
    return L


def outlook_alt(text, html_inner, seed, cs_enc='b64'):
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face {font-family:游ゴシック; panose-1:2 11 4 0 0 0 0 0 0 0;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0mm; font-size:10.5pt; font-family:游ゴシック;}\n'
            '--></style>\n</head>\n<body lang="JA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + html_inner + '\n</div>\n</body>\n</html>\n')
    return ALT(text, html, 'utf-8', cs_enc, boundary=f'_000_{seed[:4].upper()}{alnum(seed, 30)}_')


def t2o(text):
    """text -> Outlook MsoNormal paragraphs"""
    out = []
    for l in text.rstrip('\n').split('\n'):
        e = l.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
        out.append(f'<p class="MsoNormal">{e if e else "<o:p>&nbsp;</o:p>"}</p>')
    return '\n'.join(out)


def wrap_list_body(part, seed):
    """Mailman adds its footer: plain text gets it appended, multipart gets a footer part."""
    foot = T(LIST_FOOTER, 'plain', 'us-ascii', '7bit')
    return MIXED([part, foot], boundary=f'===============   {hx(seed, 19)}=='.replace(' ', ''))


# ================================================================ the mailbox, in arrival order
def m001():
    n, seed = 1, 'm001'
    dt = utc(2025, 2, 14, 3, 12, 40)
    gg = 'jawsug-sapporo@googlegroups.com'
    bnc = f'jawsug-sapporo+bncBDK{alnum(seed + "bnc", 40, False)}@googlegroups.com'
    g_ar = [f'dkim=pass header.i=@googlegroups.com header.s=20230601 header.b={h64(seed, 8)}',
            'arc=pass (i=2 spf=pass spfdomain=hokuden-soft.co.jp dkim=pass dkdomain=hokuden-soft.co.jp '
            'dmarc=pass fromdomain=hokuden-soft.co.jp)',
            f'spf=pass (google.com: domain of {bnc} designates 209.85.220.69 as permitted sender) smtp.mailfrom={bnc}',
            'dmarc=pass (p=NONE sp=QUARANTINE dis=NONE arc=pass) header.from=googlegroups.com']
    L = route_direct(seed, dt, bnc, ('mail-sor-f69.google.com', '209.85.220.69'), g_ar)
    L += [dkim('googlegroups.com', '20230601', dt, seed,
               'list-unsubscribe:list-subscribe:list-archive:list-help:list-post:list-id:mailing-list:precedence:'
               'reply-to:x-original-authentication-results:x-original-sender:mime-version:message-id:date:subject:to:from',
               c='relaxed/relaxed'),
          f'Sender: {gg}',
          f'X-BeenThere: {gg}',
          f'Received: by 2002:a05:6214:{hx(seed, 4)}:b0:6e6:{hx(seed + "z", 4)}:{hx(seed + "y", 3)} with SMTP id '
          f'{alnum(seed + "s", 12, False).lower()}-{hx(seed + "w", 4)}ls{hx(seed + "v", 6)}-prod-gmail;\n {pdate(sec(dt, -30))}',
          f'From: {eaddr(chr(39) + "太田 健二" + chr(39) + " via JAWS-UG 札幌", gg)}',
          f'To: {eaddr("JAWS-UG 札幌", gg)}',
          f'Subject: {ehdr("[jawsug-sapporo] 3月勉強会(3/22 土)のお知らせとLT募集")}',
          f'Date: {fdate(sec(dt, -35), 9)}',
          f'Message-ID: <{outlook_msgid(seed)}>',
          f'X-Original-Sender: k-ota@hokuden-soft.co.jp',
          'X-Original-Authentication-Results: gmr-mx.google.com;\n       dkim=pass header.i=@hokuden-soft.co.jp '
          f'header.s=selector2 header.b={h64(seed + "o", 8)};\n       arc=pass (i=1 spf=pass spfdomain=hokuden-soft.co.jp '
          'dkim=pass dkdomain=hokuden-soft.co.jp dmarc=pass fromdomain=hokuden-soft.co.jp);\n       spf=pass '
          '(google.com: domain of k-ota@hokuden-soft.co.jp designates 40.107.114.92 as permitted sender) '
          'smtp.mailfrom=k-ota@hokuden-soft.co.jp;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=hokuden-soft.co.jp',
          f'Reply-To: {eaddr("太田 健二", "k-ota@hokuden-soft.co.jp")}',
          'Precedence: list',
          f'Mailing-list: list {gg}; contact jawsug-sapporo+owners@googlegroups.com',
          'List-ID: <jawsug-sapporo.googlegroups.com>',
          'X-Spam-Checked-In-Group: k-ota@hokuden-soft.co.jp',
          'List-Post: <https://groups.google.com/group/jawsug-sapporo/post>, <mailto:jawsug-sapporo@googlegroups.com>',
          'List-Help: <https://groups.google.com/support/>, <mailto:jawsug-sapporo+help@googlegroups.com>',
          'List-Archive: <https://groups.google.com/group/jawsug-sapporo',
          'List-Subscribe: <https://groups.google.com/group/jawsug-sapporo/subscribe>, <mailto:jawsug-sapporo+subscribe@googlegroups.com>',
          f'List-Unsubscribe: <mailto:googlegroups-manage+{int(hx(seed, 10), 16) % 10**12}+unsubscribe@googlegroups.com>,\n'
          ' <https://groups.google.com/group/jawsug-sapporo/subscribe>']
    text = ('JAWS-UG 札幌のみなさま\n\n運営の太田です。3月の勉強会のご案内です。\n\n'
            '日時: 2025年3月22日(土) 13:30〜17:00\n会場: 札幌駅前のコワーキングスペース(詳細は connpass をご覧ください)\n'
            'テーマ: AWS 認定と学習コミュニティ\n\n'
            'LT 枠がまだ 2 つ空いています。「転職のときに AWS 認定アカウントをどう引き継いだか」のような\n'
            '小ネタでも大歓迎です。話してみたい方は、このスレッドに返信するか、私宛てに直接ご連絡ください。\n\n'
            '申し込みは connpass からお願いします。\nhttps://jawsug-sapporo.connpass.com/event/34\u200b5120/\n\n'
            '太田\n\n--\n'
            'このメールは Google グループのグループ「JAWS-UG 札幌」に登録しているユーザーに送られています。\n'
            'このグループから退会し、グループからのメールの配信を停止するには jawsug-sapporo+unsubscribe@googlegroups.com にメールを送信してください。\n'
            f'このディスカッションをウェブ上で閲覧するには https://groups.google.com/d/msgid/jawsug-sapporo/{outlook_msgid(seed).replace("@", "%40")} にアクセスしてください。\n')
    text = text.replace('\u200b', '')
    add('unrelated', False, None, [],
        'JAWS-UG community Google Group announcement (From rewritten "\'name\' via group")',
        'list-rewritten From like the team list; mentions moving a certification account and invites replies',
        build(L, T(text, 'plain', 'utf-8', 'b64')))


def m002():
    n, seed = 2, 'm002'
    dt = utc(2025, 2, 17, 22, 40, 11)
    mid = ses_msgid(seed, 'us-east-1')
    mf = mid.replace('us-east-1.amazonses.com', 'amazonses.com')
    g_ar = [f'dkim=pass header.i=@skillbuilder.aws header.s=ses1 header.b={h64(seed, 8)}',
            f'dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b={h64(seed + "x", 8)}',
            f'spf=pass (google.com: domain of {mf} designates 54.240.8.33 as permitted sender) smtp.mailfrom={mf}',
            'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=skillbuilder.aws']
    L = route_direct(seed, sec(dt, 3), mf, SES_E, g_ar)
    L += [dkim('skillbuilder.aws', 'ses1', dt, seed, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'),
          'From: AWS Skill Builder <no-reply@skillbuilder.aws>', f'To: {ME_P}',
          'Subject: Your AWS Skill Builder receipt (Order SB-7731-20250217)',
          f'Date: {fdate(dt)}', f'Message-ID: <{mid}>',
          f'Feedback-ID: 1.us-east-1.{h64(seed, 43)}=:AmazonSES']
    text = ('AWS Skill Builder\n\nHi Haruka,\n\nThanks for your purchase. Here is your receipt.\n\n'
            'Order number:      SB-7731-20250217\nPlan:              Individual subscription (monthly)\n'
            'Billing period:    Feb 18, 2025 - Mar 17, 2025\nAmount:            USD 29.00\n'
            'Tax:               USD 2.90\nTotal charged:     USD 31.90\nPayment method:    Visa ending in 4412\n\n'
            'Your subscription renews automatically. You can cancel at any time from Account > Subscription.\n\n'
            'Questions about this charge? Visit https://skillbuilder.aws/support\n\n'
            'Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210\n'
            'This message was sent to haruka.morimoto.k@gmail.com. This is a transactional email.\n')
    html = html_wrap('<div style="max-width:600px;margin:auto"><h2 style="color:#232f3e">AWS Skill Builder</h2>'
                     '<p>Hi Haruka,</p><p>Thanks for your purchase. Here is your receipt.</p>'
                     '<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb">'
                     '<tr><td>Order number</td><td>SB-7731-20250217</td></tr>'
                     '<tr><td>Plan</td><td>Individual subscription (monthly)</td></tr>'
                     '<tr><td>Billing period</td><td>Feb 18, 2025 &ndash; Mar 17, 2025</td></tr>'
                     '<tr><td>Amount</td><td>USD 29.00</td></tr><tr><td>Tax</td><td>USD 2.90</td></tr>'
                     '<tr><td><b>Total charged</b></td><td><b>USD 31.90</b></td></tr>'
                     '<tr><td>Payment method</td><td>Visa ending in 4412</td></tr></table>'
                     '<p>Your subscription renews automatically. You can cancel at any time from Account &gt; Subscription.</p>'
                     '<p style="font-size:12px;color:#687078">Questions about this charge? Visit '
                     '<a href="https://skillbuilder.aws/support">skillbuilder.aws/support</a><br>'
                     'Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p></div>')
    add('unrelated', False, None, [], 'Skill Builder subscription receipt',
        'genuine AWS training mail with order numbers; not a case', build(L, ALT(text, html, boundary='----=_Part_1840223_118265339.1739832011204')))


def cert_expiry_bodies():
    text = ('AWS Certification\n\nHello Haruka Morimoto,\n\n'
            'Your AWS Certified Solutions Architect - Associate certification will expire on May 19, 2025 '
            '(90 days from today).\n\n'
            'Candidate ID: AWS02771940\nValidation number: 7HQ4LJ2CKFE1QKS3\n\n'
            'To keep it active, pass the current exam or a higher-level exam in the same path before the '
            'expiration date. A recertification discount may be available on the Benefits page of your '
            'AWS Certification Account.\n\nRecertification policy: https://aws.amazon.com/certification/recertification/\n\n'
            'Sincerely,\nAWS Certification\n\n'
            'This email was sent to h-morimoto@kitanami-sys.co.jp because it is the notification address on your '
            'AWS Certification Account. Please do not reply to this email.\n')
    html = html_wrap('<div style="max-width:600px"><p style="font-size:18px;color:#232f3e"><b>AWS Certification</b></p>'
                     '<p>Hello Haruka Morimoto,</p><p>Your <b>AWS Certified Solutions Architect - Associate</b> certification '
                     'will expire on <b>May 19, 2025</b> (90 days from today).</p>'
                     '<p>Candidate ID: AWS02771940<br>Validation number: 7HQ4LJ2CKFE1QKS3</p>'
                     '<p>To keep it active, pass the current exam or a higher-level exam in the same path before the expiration '
                     'date. A recertification discount may be available on the Benefits page of your AWS Certification Account.</p>'
                     '<p><a href="https://aws.amazon.com/certification/recertification/">Recertification policy</a></p>'
                     '<p>Sincerely,<br>AWS Certification</p><p style="font-size:11px;color:#777">This email was sent to '
                     'h-morimoto@kitanami-sys.co.jp because it is the notification address on your AWS Certification Account. '
                     'Please do not reply to this email.</p></div>')
    return text, html


def m003():
    n, seed = 3, 'm003'
    dt = utc(2025, 2, 18, 14, 5, 2)
    cl = ('mta-07.certmetrics.com', '198.21.6.117')
    mf = 'bounce-7720183@certmetrics.com'
    ms_ar = (f'spf=pass (sender IP is {cl[1]})\n smtp.mailfrom=certmetrics.com; dkim=pass (signature was verified)\n'
             ' header.d=certmetrics.com;dmarc=pass action=none\n header.from=certmetrics.com;compauth=pass reason=100')
    ms_aar = (f'spf=pass (sender ip is\n {cl[1]}) smtp.rcpttodomain=gmail.com smtp.mailfrom=certmetrics.com;\n'
              ' dmarc=pass (p=none sp=none pct=100) action=none header.from=certmetrics.com;\n'
              ' dkim=pass (signature was verified) header.d=certmetrics.com; arc=none')

    def gar(mfx, ip):
        return ['arc=pass (i=1 spf=pass spfdomain=certmetrics.com dkim=pass dkdomain=certmetrics.com dmarc=pass '
                'fromdomain=certmetrics.com)',
                f'dkim=neutral (body hash did not verify) header.i=@certmetrics.com header.s=k1 header.b={h64(seed, 8)}',
                g_spf(mfx, ip), 'dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com']
    L = route_fwd(n, seed, sec(dt, 2), sec(dt, 5), cl, mf, ms_ar, ms_aar, gar)
    text, html = cert_expiry_bodies()
    L += [dkim('certmetrics.com', 'k1', dt, seed, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'),
          'From: AWS Certification <do-not-reply@certmetrics.com>', f'To: {ME_C}',
          f'Subject: {ehdr_b(tag_subject("Your AWS Certified Solutions Architect - Associate expires in 90 days"))}',
          f'Date: {fdate(dt)}', f'Message-ID: <{hx(seed, 24)}.{int(dt.timestamp())}@certmetrics.com>',
          'X-Mailer: CertMetrics Notify']
    add('certification', False, None, [CID_OLD], 'CertMetrics expiry reminder to the company address, redirected to Gmail',
        'company-forward route (ARC, banner, tagged encoded subject); certification notice not part of a case',
        build(L, ALT(bt(text), bh(html), boundary=f'b1_{hx(seed, 32)}')))


def m004():
    n, seed = 4, 'm004'
    dt = utc(2025, 2, 19, 5, 31, 7)
    mid = ses_msgid(seed)
    L = route_direct(seed, sec(dt, 2), mid, SES_W, g_ar_aws(seed, mid, SES_W[1]))
    L += aws_core(dt, f'{TC_NAME} <{TC}>', ME_P, f'RE:[CASE {CASE_D}] {SUBJ_FORM}', mid, seed)
    text = (f'{ME_JA} 様\n\n'
            'AWS トレーニングと認定 カスタマーサービスへのお問い合わせ、誠にありがとうございます。\n'
            f'いただいた内容はケース {CASE_D} として登録いたしました。\n\n'
            '担当者から通常 1 営業日以内にご連絡いたします。調査が必要な内容の場合は、もう少しお時間を\n'
            'いただくことがございます。\n'
            '同じご用件でフォームを再送信されますと、別のケースとして扱われ回答が遅れる原因となります。\n'
            '追加でお伝えになりたいことがある場合は、このメールにそのままご返信ください。\n\n'
            '■ 受付内容\n'
            f'ケース ID        : {CASE_D}\n'
            'お問い合わせタイプ : 認定\n'
            'その他の詳細      : 認定プロフィールの更新\n'
            f'AWS 候補 ID      : {CID_NEW}\n'
            'お問い合わせ内容  :\n'
            '  認定アカウントを作成した際、氏名を漢字で登録してしまいました。証明書やバッジに\n'
            '  ローマ字で表示されるよう、氏名の表記を修正していただけますか。\n\n'
            'AWS トレーニングと認定 カスタマーサービス\n'
            'https://aws.amazon.com/training/\n')
    add('acknowledgement', False, CASE_D, [CID_NEW], 'Case D (11-digit) acknowledgement in Japanese, ISO-2022-JP',
        'JIS encoding; "reply to this mail if you want to add something" is conditional; echoes the form with a candidate ID',
        build(L, T(text, 'plain', 'iso-2022-jp', '7bit')))


D_REQ_TEXT = (f'{ME_JA} 様\n\n'
              'お世話になっております。AWS トレーニングと認定 カスタマーサービスの中村でございます。\n'
              f'ケース {CASE_D}、認定アカウントの氏名表記の件でご連絡いたしました。\n\n'
              '認定アカウントのお名前は、試験当日に提示いただく身分証明書の表記と一致している必要がございます。\n'
              'そのため、表記を変更する前に、ご本人様であることを確認させていただいております。\n\n'
              'お手数をおかけいたしますが、次の 2 点について、本メールへのご返信にてお知らせいただけますでしょうか。\n\n'
              '  1. ご登録住所の国および都道府県\n'
              '  2. 証明書への記載を希望されるお名前(パスポート等と同じローマ字表記)\n\n'
              'ご確認のほど、よろしくお願いいたします。\n\n'
              '中村\nAWS トレーニングと認定 カスタマーサービス\n')


def m005():
    n, seed = 5, 'm005'
    dt = utc(2025, 2, 20, 5, 3, 44)
    mid = ses_msgid(seed)
    L = route_direct(seed, sec(dt, 2), mid, SES_W2, g_ar_aws(seed, mid, SES_W2[1]))
    L += aws_core(dt, f'{TC_NAME} <{TC}>', ME_P, f'RE: [CASE {CASE_D}] {SUBJ_FORM}', mid, seed,
                  inrep=ses_msgid('m004'), refs=[ses_msgid('m004')], date_off=9)
    add('info_request', True, CASE_D, [], 'Case D: agent asks (keigo) for prefecture and romanised name before changing it',
        'Shift_JIS base64; request phrased 〜いただけますでしょうか after an explanation; "RE: [CASE" with a space',
        build(L, T(D_REQ_TEXT, 'plain', 'shift_jis', 'b64')))


D_REPLY_TEXT = ('中村様\n\nご連絡ありがとうございます。森本です。\nご質問の件、以下のとおりです。\n\n'
                '1. 日本・北海道\n2. HARUKA MORIMOTO(名: HARUKA / 姓: MORIMOTO)\n\n'
                f'対象の認定アカウントの候補IDは {CID_NEW} です。\nお手数ですが、よろしくお願いいたします。\n\n森本 遥\n')


def m006():
    seed = 'm006'
    dt = utc(2025, 2, 20, 13, 41, 9)
    q_hdr = f'2025年2月20日(木) 14:03 {TC_NAME} <{TC}>:'
    text = D_REPLY_TEXT + '\n' + q_hdr + '\n\n' + quote(D_REQ_TEXT)
    html = gmail_html(D_REPLY_TEXT, '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                      + q_hdr.replace('<', '&lt;').replace('>', '&gt;') + '<br></div><blockquote class="gmail_quote" '
                      'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                      + p2h(D_REQ_TEXT) + '</blockquote></div>')
    L = ['MIME-Version: 1.0', f'Date: {fdate(dt, 9)}',
         f'References: <{ses_msgid("m004")}>\n <{ses_msgid("m005")}>',
         f'In-Reply-To: <{ses_msgid("m005")}>', f'Message-ID: <{gmail_msgid(seed)}>',
         f'Subject: RE: [CASE {CASE_D}] {SUBJ_FORM}',
         f'From: {eaddr(ME_JA, ME_P)}', f'To: {TC_NAME} <{TC}>']
    part = ALT(text, html, 'utf-8', 'b64', boundary='000000000000' + hx(seed, 16))
    del part['MIME-Version']
    add('user_reply', False, CASE_D, [CID_NEW], 'Owner answers case D from Gmail (sent copy), Japanese',
        'Gmail 「…:」 quote header over the quoted request; own text carries the candidate ID',
        build(L, part))


def m007():
    n, seed = 7, 'm007'
    dt = utc(2025, 2, 21, 2, 15, 30)
    cl = ('mx0b-00123f01.pphosted.com', '148.163.159.41')
    mf = 'pearsonvuecustomerservice@pearson.com'
    ms_ar = (f'spf=pass (sender IP is {cl[1]})\n smtp.mailfrom=pearson.com; dkim=pass (signature was verified)\n'
             ' header.d=pearson.com;dmarc=pass action=none\n header.from=pearson.com;compauth=pass reason=100')
    ms_aar = (f'spf=pass (sender ip is\n {cl[1]}) smtp.rcpttodomain=gmail.com smtp.mailfrom=pearson.com;\n'
              ' dmarc=pass (p=reject sp=reject pct=100) action=none header.from=pearson.com;\n'
              ' dkim=pass (signature was verified) header.d=pearson.com; arc=none')

    def gar(mfx, ip):
        return ['arc=pass (i=1 spf=pass spfdomain=pearson.com dkim=pass dkdomain=pearson.com dmarc=pass fromdomain=pearson.com)',
                f'dkim=neutral (body hash did not verify) header.i=@pearson.com header.s=pps1 header.b={h64(seed, 8)}',
                g_spf(mfx, ip), 'dmarc=pass (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=pearson.com']
    L = route_fwd(n, seed, sec(dt, 2), sec(dt, 6), cl, mf, ms_ar, ms_aar, gar)
    text = ('Pearson VUE\n\nDear Haruka Morimoto,\n\nThank you for scheduling your exam with Pearson VUE. '
            'Please keep this confirmation for your records.\n\n'
            'Exam:                AWS Certified Security - Specialty (SCS-C02)\n'
            'Language:            English\n'
            'Appointment:         Saturday, March 8, 2025, 10:00 AM JST\n'
            'Delivery:            Test center - Sapporo Kita 8-jo Test Center\n'
            'Registration ID:     412883907\n'
            f'Candidate ID:        {CID_OLD}\n\n'
            'Bring one valid, government-issued ID with a photo and signature. The name on the ID must match the '
            'name on your appointment.\n\n'
            'To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the '
            'appointment.\n\nPearson VUE\n\nThis is an automated message. Replies are not monitored.\n')
    html = html_wrap('<div style="max-width:620px"><p><b style="color:#003057;font-size:20px">Pearson | VUE</b></p>'
                     + p2h(text.split('\n', 2)[2]).replace('\n', '') + '</div>')
    L += [dkim('pearson.com', 'pps1', dt, seed, 'From:To:Subject:Date:Message-ID'),
          'From: Pearson VUE <pearsonvuecustomerservice@pearson.com>', f'To: {ME_C}',
          f'Subject: {ehdr_b(tag_subject("Pearson VUE Confirmation of Booking"))}',
          f'Date: {fdate(dt)}', f'Message-ID: <{hx(seed, 20)}@pvue-notify.pearson.com>']
    add('unrelated', False, None, [CID_OLD], 'Pearson VUE booking confirmation to the company address, redirected',
        'exam vendor mail with 9-digit registration ID and a candidate ID; not a case',
        build(L, ALT(bt(text), bh(html), boundary=f'----=_Part_{hx(seed, 6)}')))


def m008():
    n, seed = 8, 'm008'
    dt = utc(2025, 2, 24, 1, 22, 51)
    mid = ses_msgid(seed)
    L = route_direct(seed, sec(dt, 2), mid, SES_W, g_ar_aws(seed, mid, SES_W[1]))
    L += aws_core(dt, f'{TC_NAME} <{TC}>', ME_P, f'RE: [CASE {CASE_D}] {SUBJ_FORM}', mid, seed,
                  inrep=gmail_msgid('m006'), refs=[ses_msgid('m004'), ses_msgid('m005'), gmail_msgid('m006')],
                  date_off=9)
    text = (f'{ME_JA} 様\n\n'
            'いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの中村です。\n'
            'ご回答いただき、ありがとうございました。\n\n'
            f'認定アカウント({CID_NEW})のお名前を「HARUKA MORIMOTO」に変更いたしました。\n'
            'これから発行される証明書およびデジタルバッジには新しい表記が使われます。すでにお持ちの証明書は、\n'
            '認定アカウントの「認定」ページから改めてダウンロードしていただけます。\n\n'
            '本件についてご不明な点がございましたら、このメールにご返信ください。\n\n'
            '中村\nAWS トレーニングと認定 カスタマーサービス\n\n'
            '-----Original Message-----\n'
            f'From: {ME_JA} <{ME_P}>\nSent: 2025/02/20 22:41\n'
            f'Subject: RE: [CASE {CASE_D}] {SUBJ_FORM}\n\n' + quote(D_REPLY_TEXT, '> ') +
            '\n> -----Original Message-----\n' + quote(D_REQ_TEXT, '> > '))
    add('resolved', False, CASE_D, [CID_NEW], 'Case D: name changed; quotes the earlier request and the reply',
        'ISO-2022-JP; closing 〜がございましたら is conditional; quoted history contains the old ask (いただけますでしょうか)',
        build(L, T(text, 'plain', 'iso-2022-jp', '7bit')))


def m009():
    n, seed = 9, 'm009'
    dt = utc(2025, 2, 25, 16, 0, 12)
    mf = f'bounce+{hx(seed, 12)}@qemailserver.com'
    g_ar = [f'dkim=pass header.i=@qemailserver.com header.s=qualtrics header.b={h64(seed, 8)}',
            f'spf=pass (google.com: domain of {mf} designates 162.247.216.84 as permitted sender) smtp.mailfrom={mf}',
            'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=qemailserver.com']
    L = route_direct(seed, sec(dt, 2), mf, ('smtp-out-84.qemailserver.com', '162.247.216.84'), g_ar)
    sv = f'https://amazon.qualtrics.com/jfe/form/SV_3kT0wQmD9aVh2pE?Q_DL={alnum(seed, 20, False)}&case={CASE_D}'
    L += [dkim('qemailserver.com', 'qualtrics', dt, seed, 'From:Reply-To:To:Subject:Date:Message-ID:MIME-Version'),
          f'From: {TC_NAME} <noreply@qemailserver.com>', 'Reply-To: noreply@qemailserver.com', f'To: {ME_P}',
          f'Subject: How was your recent support experience? (Case {CASE_D})',
          f'Date: {fdate(dt)}', f'Message-ID: <{hx(seed, 32)}@qemailserver.com>',
          'X-Qualtrics-Distribution: EMD_8bQd2vY1XK0mP7r']
    text = (f'Hello {ME_EN},\n\n'
            f'You recently worked with AWS Training and Certification Customer Service on case {CASE_D}. '
            'We would like to know how it went. The survey has three questions and takes about two minutes.\n\n'
            f'Start the survey: {sv}\n\n'
            'Your answers go to the team that handled your case and help us improve. The survey closes in 14 days.\n\n'
            'AWS Training and Certification\n\n'
            'This survey is run on behalf of Amazon Web Services by Qualtrics. Unsubscribe: '
            'https://amazon.qualtrics.com/CP/Register.php?OptOut=true\n')
    html = html_wrap(f'<div style="max-width:560px"><p>Hello {ME_EN},</p><p>You recently worked with AWS Training and '
                     f'Certification Customer Service on case {CASE_D}. We would like to know how it went.</p>'
                     '<p><b>How satisfied were you with the support you received?</b></p><table><tr>'
                     + ''.join(f'<td><a href="{sv}&amp;Q1={i}" style="display:inline-block;padding:8px 12px;background:#ff9900;'
                               f'color:#000;text-decoration:none">{i}</a></td>' for i in range(1, 6)) +
                     '</tr></table><p style="font-size:12px;color:#687078">1 = very dissatisfied, 5 = very satisfied. The '
                     'survey closes in 14 days.</p><p style="font-size:11px;color:#999">This survey is run on behalf of Amazon Web '
                     'Services by Qualtrics. <a href="https://amazon.qualtrics.com/CP/Register.php?OptOut=true">Unsubscribe</a></p></div>')
    add('survey', False, CASE_D, [], 'Satisfaction survey for case D sent through Qualtrics',
        'survey vendor domain (qemailserver.com) with AWS display name: legitimate survey, not a spoof',
        build(L, ALT(text, html, boundary=f'_----------=_{int(dt.timestamp())}{hx(seed, 6)}')))


CONSOLE_FOOT = ('\n\nYour feedback helps us get better - use the links at the end of this message to rate this reply.\n\n'
                'Best regards,\n{agent}\nAmazon Web Services\n\n'
                '===================================================================\n\n'
                'To see this case or reply to it, sign in to the AWS Support Center:\n'
                'https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en\n\n'
                '*Note: this e-mail comes from an address that cannot accept incoming e-mails. Please answer through '
                'the link above, in the AWS Support Center.*\n\n'
                '===================================================================\n\n'
                'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of '
                'Amazon.com, Inc. or its affiliates.\n')


def console_mail(seed, dt, subject, text, inrep=None, refs=None):
    mid = ses_msgid(seed, 'email')
    mid = mid.replace('@email.amazonses.com', '@email.amazonses.com')
    mf = mid
    g_ar = g_ar_aws(seed, mf, SES_E[1])
    L = route_direct(seed, sec(dt, 2), mf, SES_E, g_ar)
    L += aws_core(dt, f'Amazon Web Services <{CONSOLE}>', ME_P, subject, mid, seed, inrep=inrep, refs=refs,
                  region='us-east-1')
    return L, mid


def m010():
    seed = 'm010'
    dt = utc(2025, 3, 3, 8, 20, 6)
    text = ('Dear AWS customer,\n\n'
            f'A new support case, {CASE_B}, was created for you in the AWS Support Center.\n\n'
            'Case summary\n'
            f'Case ID: {CASE_B}\nSubject: Unexpected charge on February invoice\nSeverity: General guidance\n'
            f'Account: {AWS_ACCT}\nCategory: Account and billing\n'
            'Correspondence: The February invoice shows USD 41.18 for "EC2 - Other" in ap-northeast-1. I do not '
            'remember creating anything there. Can you tell me what it is?\n\n'
            'An AWS Support engineer will review the case and write back to you. You can add details at any time in '
            'the Support Center.\n\n'
            'Sincerely,\nAmazon Web Services\n\n'
            f'https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=en\n\n'
            '*Note: this e-mail comes from an address that cannot accept incoming e-mails.*\n')
    L, mid = console_mail(seed, dt, f'Amazon Web Services: New Support case: {CASE_B}', text)
    add('unrelated', False, CASE_B, [], 'Support Center billing case opened (not Training and Certification)',
        'same sender and subject shape as a T&C console case; topic is an AWS invoice',
        build(L, T(text, 'plain', 'utf-8', '7bit')))


def m011():
    seed = 'm011'
    dt = utc(2025, 3, 4, 19, 47, 33)
    text = ('Hello,\n\nThanks for your patience while I looked at your account.\n\n'
            'The USD 41.18 comes from a NAT gateway (nat-0a4f19c2e7d3b8a51) that has been running in ap-northeast-1 '
            'since January 27, together with the data it processed. NAT gateways are billed per hour whether or not '
            'traffic passes through them.\n\n'
            'Could you confirm whether this NAT gateway was created on purpose, for example by a CloudFormation '
            'stack or a tutorial? If it is no longer needed, deleting it stops further charges; once you have done '
            'that, I can look at whether a one-time billing adjustment is possible.'
            + CONSOLE_FOOT.format(agent='Kenta F.', case=CASE_B) +
            f'\nRate this reply: https://console.aws.amazon.com/support/rating?caseId={CASE_B}&rating=5\n')
    L, mid = console_mail(seed, dt, f'RE:[CASE {CASE_B}] Unexpected charge on February invoice [AWS ID {AWS_ACCT}]', text,
                          inrep=ses_msgid('m010', 'email'), refs=[ses_msgid('m010', 'email')])
    add('unrelated', False, CASE_B, [], 'Billing console case: engineer asks a question (answer in Support Center)',
        'a real AWS support request with "Could you confirm", but not a Training and Certification case; 12-digit AWS ID in subject',
        build(L, T(text, 'plain', 'utf-8', 'qp')))


def m012():
    seed = 'm012'
    dt = utc(2025, 3, 6, 11, 2, 15)
    mid = ses_msgid(seed, 'us-east-1')
    mf = mid
    g_ar = [f'dkim=pass header.i=@signin.aws header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b={h64(seed, 8)}',
            f'dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b={h64(seed + "s", 8)}',
            f'spf=pass (google.com: domain of {mf} designates 54.240.8.33 as permitted sender) smtp.mailfrom={mf}',
            'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=signin.aws']
    L = route_direct(seed, sec(dt, 2), mf, SES_E, g_ar)
    L += [dkim('signin.aws', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug', dt, seed, 'Subject:From:To:Date:Mime-Version:Content-Type:Message-Id'),
          'From: AWS Builder ID <no-reply@signin.aws>', f'To: {ME_P}', 'Subject: Verify your AWS Builder ID email address',
          f'Date: {fdate(dt)}', f'Message-ID: <{mid}>']
    text = ('Verify your AWS Builder ID email address\n\n'
            'Someone is signing in to AWS Builder ID with this email address. Enter this verification code to continue:\n\n'
            '    581204\n\n'
            'The code expires in 10 minutes. If you did not try to sign in, you can ignore this message; no one can '
            'get into your account without the code.\n\nAmazon Web Services\n')
    html = html_wrap('<h2>Verify your AWS Builder ID email address</h2><p>Someone is signing in to AWS Builder ID with '
                     'this email address. Enter this verification code to continue:</p><p style="font-size:28px;'
                     'letter-spacing:4px"><b>581204</b></p><p>The code expires in 10 minutes. If you did not try to sign in, '
                     'you can ignore this message.</p><p>Amazon Web Services</p>')
    add('unrelated', False, None, [], 'Builder ID one-time code',
        '6-digit code, real AWS sign-in mail, nothing to do with the case',
        build(L, ALT(text, html, boundary=f'----=_Part_{hx(seed, 7)}_{int(dt.timestamp())}')))


ME_OUT = ('mail-tycjpn01on2105.outbound.protection.outlook.com', '40.107.114.105')


def list_lar_kitanami(seed, sender):
    return (f'dkim=pass (2048-bit key; unprotected) header.d=kitanami-sys.co.jp header.i=@kitanami-sys.co.jp '
            f'header.a=rsa-sha256 header.s=selector1 header.b={dkb(seed, "kitanami-sys.co.jp")};\n'
            f'\tdmarc=pass (p=none dis=none) header.from=kitanami-sys.co.jp;\n'
            f'\tspf=pass (mail.{LISTHOST}: domain of {sender} designates {ME_OUT[1]} as permitted sender) '
            f'smtp.mailfrom={sender}')


def list_larc_kitanami(seed, sender):
    return (f'dkim=pass header.d=kitanami-sys.co.jp header.s=selector1 header.b={dkb(seed, "kitanami-sys.co.jp")};\n'
            f'\tdmarc=pass (policy=none) header.from=kitanami-sys.co.jp;\n'
            f'\tspf=pass (mail.{LISTHOST}: domain of {sender} designates {ME_OUT[1]} as permitted sender) '
            f'smtp.mailfrom={sender}')


def list_lar_aws(seed, mf):
    return (f'dkim=pass (2048-bit key; unprotected) header.d=amazon.com header.i=@amazon.com header.a=rsa-sha256 '
            f'header.s=amazoncorp2 header.b={dkb(seed, "amazon.com")};\n'
            f'\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b={dkb(seed, "amazonses.com")};\n'
            f'\tdmarc=pass (p=quarantine dis=none) header.from=amazon.com;\n'
            f'\tspf=pass (mail.{LISTHOST}: domain of {mf} designates {SES_W[1]} as permitted sender) smtp.mailfrom={mf}')


def list_larc_aws(seed, mf):
    return (f'dkim=pass header.d=amazon.com header.s=amazoncorp2 header.b={dkb(seed, "amazon.com")};\n'
            f'\tdkim=pass header.d=amazonses.com header.b={dkb(seed, "amazonses.com")};\n'
            f'\tdmarc=pass (policy=quarantine) header.from=amazon.com;\n\tspf=pass smtp.mailfrom={mf}')


def kitanami_list_post(n, seed, dt, dt_out, frm_name, frm, to, subject, text, html_inner, cc=None, inrep=None,
                       refs=None, lang='ja-JP'):
    """A colleague's / the owner's Outlook mail as it comes back through the list and the company redirect."""
    L = route_list(n, seed, sec(dt, 3), dt_out, ME_OUT, list_lar_kitanami(seed, frm), list_larc_kitanami(seed, frm),
                   'kitanami-sys.co.jp', 'kitanami-sys.co.jp')
    mid = outlook_msgid(seed)
    subj = tag_subject('[cloud-cert] ' + subject)
    L += outlook_hdrs(seed, dt, eaddr(frm_name, frm), to, subj, mid, cc=cc, inrep=inrep, refs=refs, lang=lang, topic=subject)
    L += list_headers(seed, frm, dt)
    enc = 'qp' if sum(ord(c) > 127 for c in text) < len(text) // 8 else 'b64'
    part = T(bt(text) + '\n' + LIST_FOOTER, 'plain', 'utf-8', enc)   # Outlook set to plain-text format
    return build(L, part), mid


POST13 = ('チームのみなさま\n\n森本です。お伝えしているとおり、3月31日付で退職いたします。\n\n'
          f'AWS 認定は会社アドレスの認定アカウント({CID_OLD})で取得しているため、退職前に個人アドレスの\n'
          'アカウントへ統合してもらうよう、AWS に依頼するつもりです。\n'
          '当社は APN パートナーなので、Partner Central 側で紐付けの解除が必要になるかもしれません。\n'
          '佐伯さん、その際はご協力をお願いできますでしょうか。\n\n'
          'AWS とのやりとりは、必要に応じてこのリストも CC に入れて共有します。\n\n'
          '森本\nクラウドインテグレーション部\n')


def m013():
    dt = utc(2025, 3, 10, 0, 30, 12)
    data, _ = kitanami_list_post(13, 'm013', dt, sec(dt, 40), ME_JA, ME_C, f'cloud-cert <{LIST}>',
                                 '認定アカウントの移行について(3月末で退職します)', POST13, POST13)
    add('user_reply', False, None, [CID_OLD], 'Owner\'s own post to the team list (company Outlook), back through the list and the redirect',
        'written by the owner but arrives with list headers, external banner and ARC i=3; mentions merge plans, no case yet',
        data)


def m014():
    dt = utc(2025, 3, 10, 2, 5, 41)
    body = ('森本さん\n\n佐伯です。了解しました。\nPartner Central の管理者は私なので、AWS から連絡が来たらすぐ対応します。\n'
            '紐付けの解除は Partner Central の「認定」画面から申請できるはずです。\n\n'
            '退職まで残りわずかですが、よろしくお願いします。\n\n佐伯\n\n'
            '________________________________\n'
            f'差出人: {ME_JA} <{ME_C}>\n送信日時: 2025年3月10日 9:30\n宛先: cloud-cert <{LIST}>\n'
            '件名: [cloud-cert] 認定アカウントの移行について(3月末で退職します)\n\n' + POST13)
    data, _ = kitanami_list_post(14, 'm014', dt, sec(dt, 31), SAEKI_JA, SAEKI, f'cloud-cert <{LIST}>',
                                 'RE: 認定アカウントの移行について(3月末で退職します)', body, body,
                                 inrep=outlook_msgid('m013'), refs=[outlook_msgid('m013')])
    add('unrelated', False, None, [], 'Colleague (partner alliance lead) answers on the team list',
        'colleague mail about the merge plan, Japanese Outlook quote header (差出人/送信日時); quoted text has a candidate ID',
        data)


A_ACK_TEXT = ('Hello Haruka,\n\n'
              'Thank you for reaching out to AWS Training and Certification Customer Service. Your request has been '
              f'logged as case {CASE_A}.\n\n'
              'We normally respond within one business day. Some requests need research with other teams and take '
              'longer; if so, we will keep you informed on this case.\n\n'
              'To avoid delays, don\'t submit the contact form again for the same request. If you need to add '
              'something, reply to this email and keep the case number in the subject line.\n\n'
              'A copy of what you sent us:\n\n'
              f'Case ID: {CASE_A}\nName: {ME_EN}\nContact email: {ME_C}\nAWS Candidate ID: {CID_OLD}\n'
              'Inquiry type: Certification\nAdditional details: Account Merge\nHow can we help you?:\n'
              'Use case: I am leaving Kitanami Systems on March 31 and want to keep my certifications afterwards.\n'
              f'Email addresses I have used: {ME_C} (company, {CID_OLD}), {ME_P} (personal, {CID_NEW})\n'
              f'Email address to keep on file: {ME_P}\n\n'
              'Sincerely,\nAWS Training and Certification Customer Service\n')


def m015():
    n, seed = 15, 'm015'
    dt = utc(2025, 3, 13, 7, 0, 5)
    mid = ses_msgid(seed)
    L = route_fwd(n, seed, sec(dt, 2), sec(dt, 9), SES_W, mid, MS_AR_AWS.format(ip=SES_W[1]),
                  MS_AAR_AWS.format(ip=SES_W[1]), lambda mf, ip: g_ar_fwd_aws(seed, seed, mf, ip))
    L += aws_core(dt, f'{TC_NAME} <{TC}>', ME_C, '', mid, seed,
                  subject_raw=ehdr_b(tag_subject(f'RE:[CASE {CASE_A}] {SUBJ_FORM}')))
    add('acknowledgement', False, CASE_A, [CID_OLD, CID_NEW],
        'Case A (15-digit) acknowledgement to the company address, redirected to Gmail by the inbox rule',
        'subject tag makes the whole subject a base64 encoded-word (case token inside it); DKIM broken by the banner (dmarc=fail) but ARC '
        'from the own tenant shows pass; "reply to add something" is conditional; echo of the form holds two candidate IDs',
        build(L, ALT(bt(A_ACK_TEXT), bh(aws_html(A_ACK_TEXT)), enc='qp', boundary=f'----=_Part_{hx(seed, 7)}_{int(dt.timestamp())}')))


def m016():
    seed = 'm016'
    dt = utc(2025, 3, 13, 12, 41, 3)
    mid = ses_msgid(seed)
    L = route_direct(seed, sec(dt, 2), mid, SES_W2, g_ar_aws(seed, mid, SES_W2[1]))
    L += aws_core(dt, f'{TC_NAME} <{TC}>', ME_P, f'RE:[CASE {CASE_C}] {SUBJ_FORM}', mid, seed)
    rows = [('Case ID', CASE_C), ('Inquiry type', 'Certification'), ('Additional details', 'Account Merge'),
            ('Contact email', ME_P),
            ('Description', 'I am leaving my company at the end of March. Please move my certifications from my '
                            'work address h-morimoto@kitanami-sys.co.jp to this Gmail address.')]
    html = html_wrap('<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #eaeded">'
                     '<tr><td style="background:#232f3e;color:#fff;padding:14px 20px;font-size:16px">AWS Training and Certification</td></tr>'
                     '<tr><td style="padding:20px">'
                     '<p>Hi,</p><p>We have received your message and opened case <b>' + CASE_C + '</b>. '
                     'A member of our team usually responds within 24 hours.</p>'
                     '<p>Have you already contacted us about this? Then there is no need to write again&nbsp;&ndash; '
                     'a second case for the same question means a slower answer.</p>'
                     '<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">'
                     + ''.join(f'<tr><td style="border:1px solid #d5dbdb;background:#f2f3f3;width:160px">{k}</td>'
                               f'<td style="border:1px solid #d5dbdb">{v}</td></tr>' for k, v in rows) +
                     '</table><p>Regards,<br>AWS Training and Certification Customer Service</p></td></tr></table>')
    add('acknowledgement', False, CASE_C, [], 'Second form submission from Gmail opens duplicate case C (HTML-only)',
        'HTML-only with a table; rhetorical question "Have you already contacted us?" is not a request',
        build(L, T(html, 'html', 'utf-8', 'qp')))


C_CONF_TEXT = ('Hi Haruka,\n\n'
               'My name is Olena and I am looking after your request to combine your AWS Certification accounts.\n\n'
               'I searched our records for the addresses you mentioned and found these two profiles:\n\n'
               f' - {ME_P} - candidate ID {CID_NEW}, created February 2025, no exam history\n'
               f' - {ME_C} - candidate ID {CID_OLD}, three active certifications, linked to an AWS Partner '
               'Network company profile\n\n'
               'Before I go further: can you confirm that both of these belong to you, and that the Gmail address '
               'is the one you would like to keep? A short reply to this email is enough.\n\n'
               'Thanks,\nOlena P.\nAWS Training and Certification Customer Service\n')


def m017():
    seed = 'm017'
    dt = utc(2025, 3, 13, 22, 58, 20)
    mid = ses_msgid(seed)
    L = route_direct(seed, sec(dt, 2), mid, SES_W, g_ar_aws(seed, mid, SES_W[1]))
    L += aws_core(dt, f'{TC_NAME} <{TC}>', ME_P, f'RE:[CASE {CASE_C}] {SUBJ_FORM}', mid, seed,
                  inrep=ses_msgid('m016'), refs=[ses_msgid('m016')])
    add('confirmation_request', True, CASE_C, [CID_NEW, CID_OLD],
        'Duplicate case C: agent lists both profiles in prose and asks to confirm ownership and which to keep',
        'no "Account #1/#2" layout; the ask is a question; on the duplicate case (owner later asks to close it)',
        build(L, ALT(C_CONF_TEXT, aws_html(C_CONF_TEXT, False), boundary=f'----=_Part_{hx(seed, 7)}')))


C_CLOSE_REQ = ('Hi Olena,\n\n'
               'Sorry for the confusion - I sent the form twice. This is the same request as case '
               f'{CASE_A}, which I opened this morning from my company address. Could you close this one and keep '
               f'everything on {CASE_A}?\n\n'
               'Yes, both accounts are mine, but I would rather continue on the original case so nothing gets mixed up.\n\n'
               'Thanks,\nHaruka Morimoto\n')


def m018():
    seed = 'm018'
    dt = utc(2025, 3, 14, 0, 12, 47)
    qh = f'On Fri, Mar 14, 2025 at 7:58\u202fAM {TC_NAME} <{TC}> wrote:'
    text = C_CLOSE_REQ + '\n' + qh + '\n\n' + quote(C_CONF_TEXT)
    html = gmail_html(C_CLOSE_REQ, '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                      + qh.replace('<', '&lt;').replace('>', '&gt;') + '<br></div><blockquote class="gmail_quote" '
                      'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                      + p2h(C_CONF_TEXT) + '</blockquote></div>')
    L = ['MIME-Version: 1.0', f'Date: {fdate(dt, 9)}', f'References: <{ses_msgid("m016")}>\n <{ses_msgid("m017")}>',
         f'In-Reply-To: <{ses_msgid("m017")}>', f'Message-ID: <{gmail_msgid(seed)}>',
         f'Subject: Re: RE:[CASE {CASE_C}] {SUBJ_FORM}', f'From: {ME_EN} <{ME_P}>', f'To: {TC_NAME} <{TC}>']
    part = ALT(text, html, 'utf-8', 'qp', boundary='000000000000' + hx(seed, 16))
    del part['MIME-Version']
    add('user_reply', False, CASE_C, [], 'Owner asks support to close the duplicate case C (Gmail sent copy)',
        'own mail containing "Could you close this one"; mentions the other case number in text; quoted confirmation request below',
        build(L, part))


def m019():
    n, seed = 19, 'm019'
    dt = utc(2025, 3, 14, 1, 3, 0)
    mid = ses_msgid(seed, 'us-east-1')
    ms_ar = (f'spf=pass (sender IP is {SES_E[1]})\n smtp.mailfrom=marketing.amazonses.com; dkim=pass (signature was verified)\n'
             ' header.d=amazon.com;dmarc=pass action=none\n header.from=amazon.com;compauth=pass reason=100')
    ms_aar = (f'spf=pass (sender ip is\n {SES_E[1]}) smtp.rcpttodomain=gmail.com smtp.mailfrom=marketing.amazonses.com;\n'
              ' dmarc=pass (p=quarantine sp=quarantine pct=100) action=none header.from=amazon.com;\n'
              ' dkim=pass (signature was verified) header.d=amazon.com; arc=none')

    def gar(mf, ip):
        return ['arc=pass (i=1 spf=pass spfdomain=marketing.amazonses.com dkim=pass dkdomain=amazon.com dmarc=pass fromdomain=amazon.com)',
                f'dkim=neutral (body hash did not verify) header.i=@amazon.com header.s=amazoncorp2 header.b={dkb(seed, "amazon.com")}',
                g_spf(mf, ip), 'dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com']
    L = route_fwd(n, seed, sec(dt, 3), sec(dt, 11), SES_E, mid, ms_ar, ms_aar, gar, scl='1')
    L += [dkim('amazon.com', 'amazoncorp2', dt, seed, 'From:To:Subject:Date:Message-ID:List-Unsubscribe'),
          f'From: {eaddr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")}', f'To: {ME_C}',
          f'Subject: {ehdr_b(tag_subject("【AWS Summit Japan 2025】参加登録の受付を開始しました"))}',
          f'Date: {fdate(dt)}', f'Message-ID: <{mid}>',
          'List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html?mkt_tok=MTEyLVRaTS03NjYAAAGZ>',
          'List-Unsubscribe-Post: List-Unsubscribe=One-Click']
    html = html_wrap('<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;'
                     'padding:24px;color:#fff;font-size:22px">AWS Summit Japan 2025</td></tr><tr><td style="padding:20px">'
                     '<p>森本 遥 様</p><p>AWS Summit Japan 2025 の参加登録の受付を開始しました。今年は 2 日間、基調講演と '
                     '150 以上のセッションをお届けします。AWS 認定資格をお持ちの方向けの認定者ラウンジもご用意しています。</p>'
                     '<p style="text-align:center"><a href="https://pages.awscloud.com/summit-japan-2025.html" style="background:#ff9900;'
                     'color:#000;padding:12px 24px;text-decoration:none">今すぐ登録する</a></p><p style="font-size:11px;color:#777">'
                     'このメールは AWS からのご案内を希望された方にお送りしています。配信停止は<a href="https://pages.awscloud.com/'
                     'unsubscribe.html">こちら</a>。アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1</p></td></tr></table>')
    add('unrelated', False, None, [], 'AWS marketing (Summit Japan) to the company address, redirected; HTML-only Japanese',
        'real amazon.com sender with dmarc=fail after the banner; mentions certification holders',
        build(L, T(bh(html), 'html', 'utf-8', 'b64')))


A_APN_TEXT = ('Hello,\n\n'
              f'One more detail for case {CASE_A}: my company certification account ({CID_OLD}) is shared with the AWS '
              'Partner Network profile of Kitanami Systems. Our partner alliance lead, Takuma Saeki, reads the '
              'cloud-cert list I have copied here and can help from the partner side if anything is needed.\n\n'
              'Best regards,\nHaruka Morimoto\nKitanami Systems, Cloud Integration Dept.\n')


def m020():
    dt = utc(2025, 3, 14, 1, 40, 18)
    qh = (f'From: {TC_NAME} <{TC}>\nSent: Thursday, March 13, 2025 4:00 PM\nTo: {ME_JA} <{ME_C}>\n'
          f'Subject: {tag_subject(f"RE:[CASE {CASE_A}] {SUBJ_FORM}")}\n\n')
    body = A_APN_TEXT + '\n' + qh + BANNER_T + A_ACK_TEXT
    data, _ = kitanami_list_post(20, 'm020', dt, sec(dt, 52), ME_JA, ME_C, f'{TC_NAME} <{TC}>',
                                 f'RE: [社外] RE:[CASE {CASE_A}] {SUBJ_FORM}', body, body,
                                 cc=f'cloud-cert <{LIST}>', inrep=ses_msgid('m015'), refs=[ses_msgid('m015')], lang='en-US')
    add('user_reply', False, CASE_A, [CID_OLD],
        'Owner adds APN detail to case A from the company mailbox, cc the team list; copy arrives through list + redirect',
        'own reply; subject carries two tags ([社外] twice, [cloud-cert]); Outlook quote contains the banner and the ack',
        data)


def m021():
    seed = 'm021'
    dt = utc(2025, 3, 14, 9, 26, 55)
    mid = ses_msgid(seed)
    L = route_direct(seed, sec(dt, 2), mid, SES_W, g_ar_aws(seed, mid, SES_W[1]))
    L += aws_core(dt, f'{TC_NAME} <{TC}>', ME_P, f'RE:[CASE {CASE_C}] {SUBJ_FORM}', mid, seed,
                  inrep=gmail_msgid('m018'), refs=[ses_msgid('m016'), ses_msgid('m017'), gmail_msgid('m018')])
    text = ('Hi Haruka,\n\nThanks for letting me know, and no problem at all.\n\n'
            f'I have closed case {CASE_C} as a duplicate and added a note to case {CASE_A} with what you told me, '
            'so the colleague handling it can see it. Nothing else is needed from you on this case; all further '
            f'updates will come on {CASE_A}.\n\n'
            'Best,\nOlena P.\nAWS Training and Certification Customer Service\n\n'
            '-----Original Message-----\n' + quote(C_CLOSE_REQ))
    add('case_update', False, CASE_C, [], 'Duplicate case C closed and linked to case A',
        'says "closed" but it is a duplicate closure (not resolution, not a closing notice); names both case numbers',
        build(L, T(text, 'plain', 'utf-8', '7bit')))


def aws_via_list(n, seed, dt, dt_out, to, cc, subject, part, inrep=None, refs=None):
    """A support mail sent To/Cc the team list, as the list (From munged) and the redirect deliver it."""
    mid = ses_msgid(seed)
    L = route_list(n, seed + 'L', sec(dt, 2), dt_out, SES_W, list_lar_aws(seed, mid), list_larc_aws(seed, mid),
                   LISTHOST, 'amazon.com')
    L += aws_core(dt, f'"{TC_NAME} via cloud-cert" <{LIST}>', to, '', mid, seed, cc=cc, inrep=inrep, refs=refs,
                  reply_to=f'{TC_NAME} <{TC}>',
                  subject_raw=ehdr_b(tag_subject('[cloud-cert] ' + subject)))
    L += list_headers(seed, mid, dt)
    return build(L, wrap_list_body(part, seed)), mid


def aws_via_fwd(n, seed, dt, dt_out, to, subject, part, cc=None, inrep=None, refs=None, client=SES_W, subj_cs='utf-8'):
    mid = ses_msgid(seed)
    L = route_fwd(n, seed, sec(dt, 2), dt_out, client, mid, MS_AR_AWS.format(ip=client[1]),
                  MS_AAR_AWS.format(ip=client[1]), lambda mf, ip: g_ar_fwd_aws(seed, seed, mf, ip))
    L += aws_core(dt, f'{TC_NAME} <{TC}>', to, '', mid, seed, cc=cc, inrep=inrep, refs=refs,
                  subject_raw=ehdr_b(tag_subject(subject), subj_cs))
    return L, mid


A_HOLD_TEXT = ('Hello Haruka,\n\nThank you for the additional information.\n\n'
               f'I have reviewed both certification accounts. The one registered to {ME_C} is associated with the AWS '
               'Partner Network organization of Kitanami Systems. While that association is in place we are not able to '
               'merge the account into another one: its certifications count toward the partner\'s records, and the '
               'partner has to release them first.\n\n'
               'I have sent a request to the partner administrator on file. Once they remove the association in AWS '
               'Partner Central, we can continue. Your case stays open in the meantime and I will check on it every few days.\n\n'
               'One thing that would help on our side: what will your last working day at Kitanami Systems be? If the '
               'partner does not respond, we can still proceed after that date.\n\n'
               'Kind regards,\nMariela G.\nAWS Training and Certification Customer Service\n')


def a_hold_part(seed, banner=False):
    qh = (f'\n________________________________\nFrom: {ME_JA} <{ME_C}>\nSent: Friday, March 14, 2025 1:40 AM\n'
          f'To: {TC_NAME} <{TC}>\nCc: cloud-cert <{LIST}>\nSubject: RE: [社外] RE:[CASE {CASE_A}] {SUBJ_FORM}\n\n')
    text = A_HOLD_TEXT + qh + A_APN_TEXT
    return T(bt(text) if banner else text, 'plain', 'utf-8', 'qp')


def m022():
    dt = utc(2025, 3, 14, 23, 10, 2)
    data, _ = aws_via_list(22, 'm022', dt, sec(dt, 48), ME_C, f'cloud-cert <{LIST}>',
                           f'RE:[CASE {CASE_A}] {SUBJ_FORM}', a_hold_part('m022', banner=True),
                           inrep=outlook_msgid('m020'), refs=[ses_msgid('m015'), outlook_msgid('m020')])
    add('on_hold', True, CASE_A,
        [], 'Case A on hold: old account tied to the APN partner; agent also asks for the last working day. List copy.',
        'From rewritten to "... via cloud-cert" with Reply-To amazon.com; question buried at the end of a hold notice; '
        'list footer part; quoted history has a candidate ID', data)


def m023():
    n, seed = 23, 'm022'
    dt = utc(2025, 3, 14, 23, 10, 2)
    L, mid = aws_via_fwd(n, seed + 'F', dt, sec(dt, 71), ME_C, f'RE:[CASE {CASE_A}] {SUBJ_FORM}', None,
                         cc=f'cloud-cert <{LIST}>', inrep=outlook_msgid('m020'), refs=[ses_msgid('m015'), outlook_msgid('m020')])
    # same message (same Message-ID) as the list copy: fix the id
    L = [x.replace(ses_msgid(seed + 'F'), ses_msgid(seed)) for x in L]
    p2 = a_hold_part(seed, banner=True)
    add('on_hold', True, CASE_A, [], 'The same hold notice as delivered To the company address, redirected to Gmail',
        'second copy of one message (same Message-ID) by another route; still needs a reply', build(L, p2))


def m024():
    seed = 'm024'
    dt = utc(2025, 3, 15, 3, 0, 0)
    mf = f'bounce-{hx(seed, 10)}@mail.techweekly.jp'
    g_ar = [f'dkim=pass header.i=@techweekly.jp header.s=tw1 header.b={h64(seed, 8)}',
            f'spf=pass (google.com: domain of {mf} designates 153.127.40.22 as permitted sender) smtp.mailfrom={mf}',
            'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=techweekly.jp']
    L = route_direct(seed, dt, mf, ('mail.techweekly.jp', '153.127.40.22'), g_ar)
    L += [dkim('techweekly.jp', 'tw1', dt, seed, 'From:To:Subject:Date:Message-ID:List-Unsubscribe'),
          f'From: {eaddr("Tech Weekly JP", "news@techweekly.jp")}', f'To: {ME_P}',
          f'Subject: {ehdr("Tech Weekly JP #412: クラウド認定の更新ルール変更、GitHub Actions の料金改定 ほか")}',
          f'Date: {fdate(dt, 9)}', f'Message-ID: <{hx(seed, 16)}.{int(dt.timestamp())}@techweekly.jp>',
          'List-Unsubscribe: <https://techweekly.jp/unsubscribe?u=8f31c2>', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click']
    text = ('Tech Weekly JP #412  2025/03/15\n\n'
            '■ 今週のトピック\n'
            '1. 主要クラウドの認定資格、更新(再認定)ルールの違いを整理する\n'
            '   有効期限が近い資格をどう管理するか、各社の再認定ポリシーを比較しました。\n'
            '2. GitHub Actions のホストランナー料金が改定\n'
            '3. 転職時に忘れがちな「アカウントの引き継ぎ」チェックリスト\n'
            '   会社のメールアドレスで登録したサービスは、退職前に個人アドレスへ移しておきましょう。\n\n'
            '■ イベント\n・3/22 JAWS-UG 札幌 ・3/27 Cloud Native Meetup Tokyo\n\n'
            'ご意見・ご感想はこのメールへの返信でお寄せください。\n'
            '配信停止: https://techweekly.jp/unsubscribe?u=8f31c2\n')
    add('unrelated', False, None, [], 'Japanese tech newsletter',
        'talks about certification renewal and moving accounts before leaving a job; invites replies',
        build(L, T(text, 'plain', 'utf-8', 'b64')))


A_LASTDAY_TEXT = ('Hello Mariela,\n\nThank you for the explanation.\n\n'
                  'My last working day at Kitanami Systems is March 31, 2025, and the company mailbox will be shut down '
                  'a few weeks after that. Takuma Saeki, our partner administrator, has seen your request and will '
                  'remove the association in Partner Central this week.\n\n'
                  f'After March 31, please write to my personal address, {ME_P}.\n\n'
                  'Best regards,\nHaruka Morimoto\nKitanami Systems, Cloud Integration Dept.\n')


def m025():
    dt = utc(2025, 3, 17, 0, 48, 30)
    qh = (f'From: {TC_NAME} <{TC}>\nSent: Saturday, March 15, 2025 8:10 AM\nTo: {ME_JA} <{ME_C}>\n'
          f'Cc: cloud-cert <{LIST}>\nSubject: [社外] RE:[CASE {CASE_A}] {SUBJ_FORM}\n\n')
    body = A_LASTDAY_TEXT + '\n' + qh + BANNER_T + A_HOLD_TEXT
    data, _ = kitanami_list_post(25, 'm025', dt, sec(dt, 37), ME_JA, ME_C, f'{TC_NAME} <{TC}>',
                                 f'RE: [社外] RE:[CASE {CASE_A}] {SUBJ_FORM}', body, body,
                                 cc=f'cloud-cert <{LIST}>', inrep=ses_msgid('m022'),
                                 refs=[ses_msgid('m015'), outlook_msgid('m020'), ses_msgid('m022')], lang='en-US')
    add('user_reply', False, CASE_A, [], 'Owner answers the last-day question from the company mailbox (list copy)',
        'own reply through list + redirect; quoted hold notice below still contains the question', data)


def m026():
    dt = utc(2025, 3, 17, 6, 30, 9)
    body = ('各位(cc: 森本さん)\n\n佐伯です。\nAWS からの依頼を受けて、Partner Central で森本さんの認定の紐付けを解除しました。\n'
            'パートナー側の認定者数は 14 名 → 13 名になります。反映までは最大 48 時間かかるそうです。\n\n'
            'AWS 側のケースは森本さんが対応中なので、こちらからは特に連絡していません。\n\n佐伯\nアライアンス推進室\n')
    data, _ = kitanami_list_post(26, 'm026', dt, sec(dt, 44), SAEKI_JA, SAEKI, f'cloud-cert <{LIST}>',
                                 'Partner Central 紐付け解除済み(森本さん分)', body, body)
    add('unrelated', False, None, [], 'Colleague reports on the list that he released the partner link',
        'about the case but written by a colleague to the team only; no case number', data)


def m027():
    seed = 'm027'
    dt = utc(2025, 3, 18, 10, 14, 51)
    fake = 'lists.kitanami-systems.com'
    mf = f'cloud-cert-bounces@{fake}'
    g_ar = [f'dkim=pass header.i=@{fake} header.s=default header.b={h64(seed, 8)}',
            f'spf=pass (google.com: domain of {mf} designates 185.213.155.40 as permitted sender) smtp.mailfrom={mf}',
            f'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={fake}']
    L = route_direct(seed, dt, mf, (f'mail.{fake}', '185.213.155.40'), g_ar)
    mh = alnum(seed, 32)
    L += [dkim(fake, 'default', dt, seed, 'From:Reply-To:To:Subject:Date:Message-ID'),
          f'Received: from localhost (localhost [127.0.0.1])\n\tby mail.{fake} (Postfix) with ESMTP id 7C1A2E0F3B\n\tfor <{ME_P}>; {fdate(sec(dt, -4), 0)}',
          f'From: "{TC_NAME} via cloud-cert" <cloud-cert@{fake}>',
          f'Reply-To: {TC_NAME} <aws-cs-trainingcertification-form@amazon-certsupport.com>',
          f'To: {ME_P}', f'Subject: [cloud-cert] RE:[CASE {CASE_A}] {SUBJ_FORM}',
          f'Date: {fdate(sec(dt, -10), 0)}', f'Message-ID: <{hx(seed, 20)}@amazon-certsupport.com>',
          f'X-Mailman-Version: 3.3.9', 'Precedence: list',
          f'List-Id: <cloud-cert.{fake}>', f'List-Post: <mailto:cloud-cert@{fake}>',
          f'List-Unsubscribe: <mailto:cloud-cert-leave@{fake}>', f'Message-ID-Hash: {mh}']
    text = ('Hello Haruka,\n\n'
            f'Your partner administrator has asked us to release the association on the certification account {ME_C}. '
            'To complete the release, the account holder has to re-verify the AWS Builder ID linked to that address '
            'within 24 hours:\n\n'
            f'https://builder-id.aws-partner-release.com/verify?case={CASE_A}&u=h-morimoto\n\n'
            'If the verification is not completed in time, the merge request will be cancelled and your certifications '
            'will stay with the partner organization.\n\n'
            'Kind regards,\nMariela G.\nAWS Training and Certification Customer Service\n'
            '_______________________________________________\n'
            f'cloud-cert mailing list -- cloud-cert@{fake}\n'
            f'To unsubscribe send an email to cloud-cert-leave@{fake}\n')
    add('suspicious', False, None, [], 'Spoof imitating the team-list route: lookalike list domain, real case number scraped from the list archive',
        'looks like a list copy ("via cloud-cert", list footer, [cloud-cert] tag) and quotes the real case ID; '
        'authentication passes for the lookalike domain; Reply-To amazon-certsupport.com; credential link',
        build(L, T(text, 'plain', 'us-ascii', '7bit')))


def m028():
    n, seed = 28, 'm028'
    dt = utc(2025, 3, 19, 16, 52, 14)
    text = ('Hi Haruka,\n\n'
            f'Good news on case {CASE_A}: the partner administrator at Kitanami Systems has removed the link between '
            'your certification account and their AWS Partner Network profile, so the hold on your request is lifted.\n\n'
            'I am now preparing the merge. Before anything is merged, one of us will write to you with the exact '
            'account details to check. There is nothing you need to do until then.\n\n'
            'Thanks for your patience,\nTomasz K.\nAWS Training and Certification Customer Service\n')
    L, mid = aws_via_fwd(n, seed, dt, sec(dt, 8), ME_C, f'RE:[CASE {CASE_A}] {SUBJ_FORM}', None,
                         inrep=outlook_msgid('m025'), refs=[ses_msgid('m015'), ses_msgid('m022'), outlook_msgid('m025')])
    add('case_update', False, CASE_A, [], 'Case A: hold lifted, merge being prepared (company address, redirected)',
        'announces a future request ("one of us will write to you") but asks nothing now',
        build(L, ALT(bt(text), bh(aws_html(text)), boundary=f'----=_Part_{hx(seed, 7)}')))


def m029():
    n, seed = 29, 'm029'
    dt = utc(2025, 3, 21, 2, 0, 33)
    host, ip = MS_OUT[n % 3]
    mf = srs(seed)
    g_ar = ['arc=pass (i=1)',
            f'dkim=pass header.i=@kitanami-sys.co.jp header.s=selector1 header.b={dkb(seed, "kitanami-sys.co.jp")}',
            g_spf(mf, ip), 'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=kitanami-sys.co.jp']
    L = gmail_block(sec(dt, 6), ME_P, mf, host, ip, g_ar, seed, arc_i=2)
    L += [f'ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={wrap(h64(seed + "a", 342), 64, 76, " ")}',
          f'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;\n'
          f' bh={h64(seed + "bh", 43)}=;\n b={wrap(h64(seed + "b", 342), 64, 76, " ")}',
          'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none',
          f'X-MS-Exchange-Inbox-Rules-Loop: {ME_C}', 'X-MS-Exchange-Organization-AuthAs: Internal',
          'X-MS-Exchange-Organization-AuthSource: TYCPR01MB11412.jpnprd01.prod.outlook.com',
          'X-MS-Exchange-Organization-SCL: -1',
          f'Received: from TYCPR01MB11412.jpnprd01.prod.outlook.com ([fe80::5d1c:91ab:2e0f:7a44]) by\n'
          f' TYCPR01MB11412.jpnprd01.prod.outlook.com ([fe80::5d1c:91ab:2e0f:7a44%4]) with mapi id\n 15.20.8534.034; {fdate(dt)}',
          dkim('kitanami-sys.co.jp', 'selector1', dt, seed, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version', c='relaxed/relaxed'),
          f'From: {eaddr("情報システム部 ヘルプデスク", "it-helpdesk@kitanami-sys.co.jp")}',
          f'To: {eaddr(ME_JA, ME_C)}',
          f'Subject: {ehdr("【重要】退職に伴うメールボックス停止と自動転送の終了について")}',
          f'Date: {fdate(dt)}', f'Message-ID: <{outlook_msgid(seed)}>', 'Accept-Language: ja-JP, en-US',
          'Content-Language: ja-JP', 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:']
    text = ('森本 遥 さん\n\n情報システム部ヘルプデスクです。\n退職に伴うアカウントの取り扱いについてお知らせします。\n\n'
            '・最終出社日: 2025年3月31日\n・メールボックスの受信停止: 2025年4月30日\n'
            '・現在設定されている受信トレイルール(個人アドレスへのリダイレクト)は、4月30日の停止と同時に動作しなくなります。\n\n'
            '外部サービスに会社のメールアドレスを登録している場合は、4月30日までに登録先の変更をお済ませください。\n'
            '本メールへの返信は不要です。ご不明な点はヘルプデスク(内線 2200)までお問い合わせください。\n\n'
            '情報システム部 ヘルプデスク\n')
    add('unrelated', False, None, [], 'IT helpdesk: company mailbox stops on April 30, redirect ends',
        'internal mail (no banner, DKIM intact, dmarc=pass) redirected; explains why later case mail to the company address matters',
        build(L, outlook_alt(text, t2o(text), seed)))


A_DEST_TEXT = ('Hi Haruka,\n\n'
               f'Thank you for your patience while we prepared the merge on case {CASE_A}.\n\n'
               f'The account you are keeping is registered to {ME_P}, and our process requires the final go-ahead for a '
               'merge to come from the address of the account that remains. So far every message on this case has come '
               f'from {ME_C}, which belongs to the account that will be closed when the merge runs.\n\n'
               f'For that reason we need you to reply to this email from {ME_P}. A one-line message is enough; once it '
               'arrives, a colleague will send you the account details to confirm.\n\n'
               'Regards,\nTomasz K.\nAWS Training and Certification Customer Service\n')


def m030():
    n, seed = 30, 'm030'
    dt = utc(2025, 3, 24, 17, 35, 40)
    html = html_wrap('<div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">' + p2h(A_DEST_TEXT) +
                     '<p style="font-size:11px;color:#879596">Amazon Web Services, Inc. is an affiliate of Amazon.com, '
                     'Inc.</p></div>')
    L, mid = aws_via_fwd(n, seed, dt, sec(dt, 7), ME_C, f'RE:[CASE {CASE_A}] {SUBJ_FORM}', None,
                         inrep=ses_msgid('m028'), refs=[ses_msgid('m015'), ses_msgid('m022'), ses_msgid('m028')])
    add('info_request', True, CASE_A, [], 'Case A: support needs the go-ahead sent from the personal (destination) address; HTML-only, redirected',
        'the request ("we need you to reply ... from <address>") comes after two paragraphs of explanation; HTML-only QP',
        build(L, T(bh(html), 'html', 'utf-8', 'qp')))


A_FROMGMAIL_TEXT = ('Hello Tomasz,\n\n'
                    'I am writing from my personal address as you asked. Please use haruka.morimoto.k@gmail.com for '
                    'this case from now on.\n\nBest regards,\nHaruka Morimoto\n')


def m031():
    seed = 'm031'
    dt = utc(2025, 3, 24, 23, 20, 5)
    qh = f'On Tue, Mar 25, 2025 at 2:35\u202fAM {TC_NAME} <{TC}> wrote:'
    qtext = BANNER_T + A_DEST_TEXT
    text = A_FROMGMAIL_TEXT + '\n' + qh + '\n\n' + quote(qtext)
    html = gmail_html(A_FROMGMAIL_TEXT, '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                      + qh.replace('<', '&lt;').replace('>', '&gt;') + '<br></div><blockquote class="gmail_quote" '
                      'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                      + BANNER_H + p2h(A_DEST_TEXT) + '</blockquote></div>')
    subj = f'Re: [社外] RE:[CASE {CASE_A}] {SUBJ_FORM}'
    L = ['MIME-Version: 1.0', f'Date: {fdate(dt, 9)}',
         f'References: <{ses_msgid("m015")}> <{ses_msgid("m022")}>\n <{ses_msgid("m028")}> <{ses_msgid("m030")}>',
         f'In-Reply-To: <{ses_msgid("m030")}>', f'Message-ID: <{gmail_msgid(seed)}>',
         f'Subject: {ehdr(subj)}', f'From: {ME_EN} <{ME_P}>', f'To: {TC_NAME} <{TC}>',
         f'Cc: cloud-cert <{LIST}>']
    part = ALT(text, html, 'utf-8', 'qp', boundary='000000000000' + hx(seed, 16))
    del part['MIME-Version']
    add('user_reply', False, CASE_A, [], 'Owner writes from Gmail as asked (sent copy), cc the team list',
        'reply to the redirected copy: subject keeps the company tag and the quote contains the external banner',
        build(L, part))


A_CONF_ROWS = [('Login email', ME_P, ME_C), ('Training notification email', ME_P, ME_C),
               ('Certification notification email', ME_P, ME_C), ('Candidate ID', CID_NEW, CID_OLD),
               ('Certifications', 'none', '3 active (SAA, DVA, SCS)')]
A_CONF_INTRO = ('Hi Haruka,\n\nThanks for writing from your personal address. I have reviewed the two certification '
                'accounts on this case; please check the details below carefully.')
A_CONF_ASK = ('If both accounts are yours, please reply to this email confirming that Account #2 should be merged into '
              'Account #1. Everything from Account #2 (exam history, certifications, benefits) will move to Account #1, '
              'and Account #2 will be closed. A merge cannot be reversed, so if anything in the table is not right, '
              'tell me before confirming.')
A_CONF_TEXT = (A_CONF_INTRO + '\n\n' + 'Account #1\n' + ''.join(f'{k}: {a}\n' for k, a, b in A_CONF_ROWS) +
               '\nAccount #2\n' + ''.join(f'{k}: {b}\n' for k, a, b in A_CONF_ROWS) + '\n' + A_CONF_ASK +
               '\n\nThank you,\nDevansh R.\nAWS Training and Certification Customer Service\n')


def a_conf_html():
    tab = ('<style>table.acc{border-collapse:collapse;font-size:13px} table.acc td,table.acc th{border:1px solid #aab7b8;'
           'padding:6px}</style><table class="acc"><tr><th></th><th>Account #1</th><th>Account #2</th></tr>'
           + ''.join(f'<tr><td>{k}</td><td>{a}</td><td>{b}</td></tr>' for k, a, b in A_CONF_ROWS) + '</table>')
    hist = ('<div style="border-left:2px solid #ccc;padding-left:8px;color:#555;margin-top:24px">'
            f'<p><b>From:</b> {ME_EN} &lt;{ME_P}&gt;<br><b>Sent:</b> Monday, March 24, 2025 11:20 PM<br>'
            f'<b>Subject:</b> Re: [社外] RE:[CASE {CASE_A}] {SUBJ_FORM}</p>' + p2h(A_FROMGMAIL_TEXT) +
            '</div>')
    return html_wrap(p2h(A_CONF_INTRO) + tab + p2h(A_CONF_ASK) +
                     '<p>Thank you,<br>Devansh R.<br>AWS Training and Certification Customer Service</p>' + hist)


def m032():
    seed = 'm032'
    dt = utc(2025, 3, 25, 18, 5, 12)
    mid = ses_msgid(seed)
    L = route_direct(seed, sec(dt, 2), mid, SES_W, g_ar_aws(seed, mid, SES_W[1]))
    L += aws_core(dt, f'{TC_NAME} <{TC}>', ME_P, f'RE:[CASE {CASE_A}] {SUBJ_FORM}', mid, seed,
                  cc=f'cloud-cert <{LIST}>', inrep=gmail_msgid('m031'),
                  refs=[ses_msgid('m015'), ses_msgid('m030'), gmail_msgid('m031')])
    add('confirmation_request', True, CASE_A, [CID_NEW, CID_OLD],
        'Case A: HTML-only table Account #1 / Account #2, asks to confirm the merge into Account #1',
        'HTML-only; IDs sit in table cells; the owner\'s previous message quoted (HTML) below',
        build(L, T(a_conf_html(), 'html', 'utf-8', 'qp')))


def m033():
    dt = utc(2025, 3, 25, 18, 5, 12)
    data, _ = aws_via_list(33, 'm032', dt, sec(dt, 63), ME_P, f'cloud-cert <{LIST}>', f'RE:[CASE {CASE_A}] {SUBJ_FORM}',
                           T(bh(a_conf_html()), 'html', 'utf-8', 'qp'), inrep=gmail_msgid('m031'),
                           refs=[ses_msgid('m015'), ses_msgid('m030'), gmail_msgid('m031')])
    add('confirmation_request', True, CASE_A, [CID_NEW, CID_OLD],
        'List copy of the same confirmation request (From rewritten, list footer, banner, redirect)',
        'duplicate by a second route; HTML-only part inside multipart/mixed with the list footer part', data)


def m034():
    seed = 'm034'
    dt = utc(2025, 3, 25, 20, 30, 44)
    mf = f'noreply-{hx(seed, 8)}@github.com'
    g_ar = [f'dkim=pass header.i=@github.com header.s=pf2023 header.b={h64(seed, 8)}',
            f'spf=pass (google.com: domain of {mf} designates 192.30.252.207 as permitted sender) smtp.mailfrom={mf}',
            'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com']
    L = route_direct(seed, dt, mf, ('out-24.smtp.github.com', '192.30.252.207'), g_ar)
    mid = f'kitanami-oss/terraform-aws-landingzone/pull/412/issue_event/{int(hx(seed, 8), 16)}@github.com'
    L += [dkim('github.com', 'pf2023', dt, seed, 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe'),
          f'Date: {fdate(dt, -7)}', 'From: Takuma Saeki <notifications@github.com>',
          'Reply-To: kitanami-oss/terraform-aws-landingzone <reply+AB3KQ7FZ6XNRWYV2QJ5D4W6GIPZFVEVBNHHKGQ6FRY@reply.github.com>',
          f'To: kitanami-oss/terraform-aws-landingzone <terraform-aws-landingzone@noreply.github.com>',
          f'Cc: Haruka Morimoto <{ME_P}>, Mention <mention@noreply.github.com>',
          f'Message-ID: <{mid}>', 'In-Reply-To: <kitanami-oss/terraform-aws-landingzone/pull/412@github.com>',
          'References: <kitanami-oss/terraform-aws-landingzone/pull/412@github.com>',
          'Subject: Re: [kitanami-oss/terraform-aws-landingzone] Merge account baseline modules into one (PR #412)',
          'List-ID: kitanami-oss/terraform-aws-landingzone <terraform-aws-landingzone.kitanami-oss.github.com>',
          'List-Archive: https://github.com/kitanami-oss/terraform-aws-landingzone',
          'List-Unsubscribe: <mailto:unsub+AB3KQ7FZ6XNRWYV2QJ5D4W6@reply.github.com>,\n <https://github.com/notifications/unsubscribe/AB3KQ7FZ6XNRWYV2QJ5D4W6>',
          'X-GitHub-Sender: tsaeki-kitanami', 'X-GitHub-Recipient: hmorimoto-k', 'X-GitHub-Reason: mention',
          'X-GitHub-Notify-Platform: newsies']
    text = ('Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\n'
            'https://github.com/kitanami-oss/terraform-aws-landingzone/pull/412#event-16834470121\n'
            'You are receiving this because you were mentioned.\n\nMessage ID: <' + mid + '>\n')
    html = ('<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/kitanami-oss/terraform-aws-landingzone/pull/412">#412</a> '
            'into main.</p>\n\n<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly, <a '
            'href="https://github.com/kitanami-oss/terraform-aws-landingzone/pull/412#event-16834470121">view it on GitHub</a>.<br />'
            'You are receiving this because you were mentioned.</p>\n')
    add('unrelated', False, None, [], 'GitHub: "Merged #412 into main" (PR about merging modules)',
        'the word "merged" and "merge account" in the subject; a colleague as display name',
        build(L, ALT(text, html, boundary=f'--==_mimepart_{hx(seed, 13)}_{int(dt.timestamp()) % 100000}')))


def m035():
    n, seed = 35, 'm035'
    dt = utc(2025, 3, 26, 4, 12, 9)
    cl = ('mail.certverify-mail.com', '91.215.85.147')
    mf = 'notice@certverify-mail.com'
    ms_ar = (f'spf=pass (sender IP is {cl[1]})\n smtp.mailfrom=certverify-mail.com; dkim=pass (signature was verified)\n'
             ' header.d=certverify-mail.com;dmarc=fail action=quarantine\n header.from=amazon.com;compauth=fail reason=000')
    ms_aar = (f'spf=pass (sender ip is\n {cl[1]}) smtp.rcpttodomain=gmail.com smtp.mailfrom=certverify-mail.com;\n'
              ' dmarc=fail (p=quarantine sp=quarantine pct=100) action=quarantine\n header.from=amazon.com; dkim=pass '
              '(signature was verified)\n header.d=certverify-mail.com; arc=none')

    def gar(mfx, ip):
        return ['arc=pass (i=1 spf=pass spfdomain=certverify-mail.com dkim=pass dkdomain=certverify-mail.com dmarc=fail '
                'fromdomain=amazon.com)',
                f'dkim=neutral (body hash did not verify) header.i=@certverify-mail.com header.s=s1 header.b={h64(seed, 8)}',
                g_spf(mfx, ip), 'dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com']
    extra = ['X-MS-Exchange-Organization-Rules-Execution-History: Allow amazon.com notifications (SCL -1)|External sender banner']
    L = route_fwd(n, seed, sec(dt, 2), sec(dt, 6), cl, mf, ms_ar, ms_aar, gar, scl='-1', extra=extra)
    L += [dkim('certverify-mail.com', 's1', dt, seed, 'From:To:Subject:Date:Message-ID'),
          f'From: {TC_NAME} <{TC}>', f'To: {ME_C}',
          f'Subject: {ehdr_b(tag_subject(f"RE:[CASE {CASE_A}] Action required before your accounts are merged"))}',
          f'Date: {fdate(dt)}', f'Message-ID: <{hx(seed, 24)}@certverify-mail.com>',
          f'References: <{ses_msgid("m030")}>']
    text = ('Hello,\n\n'
            f'Before we finalise the merge on case {CASE_A}, our security team must verify ownership of the '
            'partner-linked account. Because the account belongs to a corporate domain, the check is done with your '
            'company Microsoft 365 sign-in.\n\n'
            f'Verify ownership: https://aws-training-certification.account-verify.net/merge/{CASE_A}\n\n'
            'If the check is not completed within 12 hours the merge request is cancelled and a new case has to be '
            'opened.\n\nAWS Training and Certification Customer Service\n')
    html = html_wrap(p2h(text).replace(f'https://aws-training-certification.account-verify.net/merge/{CASE_A}',
                                       f'<a href="https://aws-training-certification.account-verify.net/merge/{CASE_A}">'
                                       'Verify ownership now</a>'))
    add('suspicious', False, None, [], 'Spoof of amazon.com that reached the company mailbox (allow-listed) and was redirected like real case mail',
        'same route as genuine case mail (banner, ARC from the own tenant, dmarc=fail at Gmail); only the sealed '
        'ARC-Authentication-Results / compauth show the original failed DMARC; asks for Microsoft 365 credentials',
        build(L, ALT(bt(text), bh(html), boundary=f'=_{hx(seed, 24)}')))


A_CONFIRMED_TEXT = ('Hello Devansh,\n\nYes, both accounts are mine. Please go ahead and merge Account #2 '
                    f'({CID_OLD}) into Account #1, and keep {ME_P} as my address.\n\nThank you,\nHaruka\n')


def m036():
    seed = 'm036'
    dt = utc(2025, 3, 26, 9, 44, 31)
    qh = f'On Wed, Mar 26, 2025 at 3:05\u202fAM {TC_NAME} <{TC}> wrote:'
    text = A_CONFIRMED_TEXT + '\n' + qh + '\n\n' + quote(A_CONF_TEXT)
    html = gmail_html(A_CONFIRMED_TEXT, '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                      + qh.replace('<', '&lt;').replace('>', '&gt;') + '<br></div><blockquote class="gmail_quote" '
                      'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                      + re.sub(r'(?s)^.*<body[^>]*>|</body>.*$', '', a_conf_html()) + '</blockquote></div>')
    L = ['MIME-Version: 1.0', f'Date: {fdate(dt, 9)}',
         f'References: <{ses_msgid("m015")}> <{ses_msgid("m030")}>\n <{gmail_msgid("m031")}> <{ses_msgid("m032")}>',
         f'In-Reply-To: <{ses_msgid("m032")}>', f'Message-ID: <{gmail_msgid(seed)}>',
         f'Subject: Re: RE:[CASE {CASE_A}] {SUBJ_FORM}', f'From: {ME_EN} <{ME_P}>', f'To: {TC_NAME} <{TC}>',
         f'Cc: cloud-cert <{LIST}>']
    part = ALT(text, html, 'utf-8', 'qp', boundary='000000000000' + hx(seed, 16))
    del part['MIME-Version']
    add('user_reply', False, CASE_A, [CID_OLD], 'Owner confirms the merge from Gmail (sent copy), cc the team list',
        'own reply; quoted request with the full Account #1/#2 table and "please reply ... confirming" below',
        build(L, part))


A_DONE_TEXT = ('Hi Haruka,\n\n'
               f'All done: Account #2 has been merged into Account #1. Your exam history, the three active certifications '
               f'and your 50% exam voucher now appear under {ME_P} ({CID_NEW}). Account #2 is closed and can no longer '
               'be used to sign in.\n\n'
               'Some pages can take up to 24 hours to refresh, and Credly may send you a fresh invitation for your badges.\n\n'
               'If anything still looks wrong after that, reply here and we will take a look.\n\n'
               'Best regards,\nDevansh R.\nAWS Training and Certification Customer Service\n')


def a_done_part(seed):
    qh = (f'\n-------- Original message --------\nFrom: {ME_EN} <{ME_P}>\nDate: 3/26/25 9:44 AM (GMT+00:00)\n'
          f'Subject: Re: RE:[CASE {CASE_A}] {SUBJ_FORM}\n\n')
    return A_DONE_TEXT + qh + A_CONFIRMED_TEXT + '\n' + quote(A_CONF_TEXT)


def m037():
    seed = 'm037'
    dt = utc(2025, 3, 26, 14, 2, 26)
    mid = ses_msgid(seed)
    L = route_direct(seed, sec(dt, 2), mid, SES_W2, g_ar_aws(seed, mid, SES_W2[1]))
    L += aws_core(dt, f'{TC_NAME} <{TC}>', ME_P, f'RE:[CASE {CASE_A}] {SUBJ_FORM}', mid, seed,
                  cc=f'cloud-cert <{LIST}>', inrep=gmail_msgid('m036'),
                  refs=[ses_msgid('m015'), ses_msgid('m032'), gmail_msgid('m036')])
    add('resolved', False, CASE_A, [CID_NEW], 'Case A merged; quotes the confirmation request and the owner\'s yes',
        'completion on top of a quoted request ("please reply ... confirming"); closing line is a conditional invitation',
        build(L, T(a_done_part(seed), 'plain', 'utf-8', 'qp')))


def m038():
    dt = utc(2025, 3, 26, 14, 2, 26)
    data, _ = aws_via_list(38, 'm037', dt, sec(dt, 95), ME_P, f'cloud-cert <{LIST}>', f'RE:[CASE {CASE_A}] {SUBJ_FORM}',
                           T(bt(a_done_part('m037')), 'plain', 'utf-8', 'qp'), inrep=gmail_msgid('m036'),
                           refs=[ses_msgid('m015'), ses_msgid('m032'), gmail_msgid('m036')])
    add('resolved', False, CASE_A, [CID_NEW], 'List copy of the merge completion (From rewritten), via redirect',
        'second copy through list + company tenant; ARC i=3', data)


def credly_mail(seed, dt, subject, text, html, frm='Credly <admin@credly.com>', dom='credly.com', ip='168.245.71.9',
                host='o3.email.credly.com', dmarc='pass (p=REJECT sp=REJECT dis=NONE)'):
    mf = f'bounces+1984221-{hx(seed, 4)}-{ME_P.replace("@", "=")}@em.{dom}'
    g_ar = [f'dkim=pass header.i=@{dom} header.s=s1 header.b={h64(seed, 8)}',
            f'spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom="{mf}"',
            f'dmarc={dmarc} header.from={dom}']
    L = route_direct(seed, dt, mf, (host, ip), g_ar)
    L += [dkim(dom, 's1', dt, seed, 'from:subject:mime-version:content-type:to:cc:list-unsubscribe'),
          f'From: {frm}', f'To: {ME_P}', f'Subject: {subject}', f'Date: {fdate(dt)}',
          f'Message-ID: <{alnum(seed, 22, False)}@geopod-ismtpd-{int(hx(seed, 2), 16) % 40}>',
          f'X-SG-EID: {h64(seed + "eid", 60)}']
    return build(L, ALT(text, html, boundary=f'{hx(seed, 40)}'))


def m039():
    seed = 'm039'
    dt = utc(2025, 3, 26, 14, 20, 51)
    url = 'https://www.credly.com/badges/3f6d2a91-77c4-4b1e-9a0f-58e2c1d7b6a4/accept'
    text = ('Hi Haruka,\n\nAmazon Web Services Training and Certification has issued you a badge:\n\n'
            '  AWS Certified Solutions Architect - Associate\n\n'
            f'Accept your badge to add it to your Credly profile and share it:\n{url}\n\n'
            'Badges you accept can be shared on LinkedIn, in your email signature and elsewhere.\n\n'
            'The Credly Team\n\nYou received this email because an organization issued you a badge on Credly. '
            'Manage email preferences: https://www.credly.com/notifications\n')
    html = html_wrap('<div style="max-width:580px;margin:auto;text-align:center"><img src="https://images.credly.com/size/'
                     '180x180/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="badge"><h2>You\'ve earned a badge</h2>'
                     '<p>Amazon Web Services Training and Certification has issued you <b>AWS Certified Solutions Architect - '
                     f'Associate</b>.</p><p><a href="{url}" style="background:#ff6b00;color:#fff;padding:12px 28px;'
                     'text-decoration:none;border-radius:4px">Accept badge</a></p><p style="font-size:11px;color:#888">'
                     'You received this email because an organization issued you a badge on Credly.</p></div>')
    add('badge', False, None, [], 'Credly: badge issued to the personal address right after the merge',
        'arrives minutes after the merge mail and is about the same accounts; not case mail',
        credly_mail(seed, dt, 'Amazon Web Services Training and Certification issued you a new badge', text, html))


def m040():
    seed = 'm040'
    dt = utc(2025, 3, 27, 15, 0, 3)
    mid = ses_msgid(seed)
    L = route_direct(seed, sec(dt, 2), mid, SES_W, g_ar_aws(seed, mid, SES_W[1]))
    L += aws_core(dt, f'{TC_NAME} <{TC}>', ME_P, f'[CASE {CASE_A}] Tell us how we did', mid, seed)
    url = f'https://survey.aws.training/s/csat?case={CASE_A}&t={alnum(seed, 16, False)}'
    text = (f'Hello {ME_EN},\n\nYour recent case with AWS Training and Certification Customer Service ({CASE_A}) has been '
            'marked as solved. Would you rate the help you received? It takes less than a minute.\n\n'
            f'Rate your experience: {url}\n\n'
            'Please use the link rather than replying to this email; replies to this message are not read.\n\n'
            'Thank you,\nAWS Training and Certification\n')
    html = aws_html(text).replace(url, f'<a href="{url}">Rate your experience</a>')
    add('survey', False, CASE_A, [], 'Case A satisfaction survey from the case sender itself',
        'same sender and [CASE] token as case mail; "Would you rate..." is a question but only a survey',
        build(L, ALT(text, html, boundary=f'----=_Part_{hx(seed, 7)}')))


def m041():
    seed = 'm041'
    dt = utc(2025, 3, 28, 1, 0, 40)
    gg = 'cloud-cert@googlegroups.com'
    bnc = f'cloud-cert+bncBCZ{alnum(seed, 40, False)}@googlegroups.com'
    g_ar = [f'dkim=pass header.i=@googlegroups.com header.s=20230601 header.b={h64(seed, 8)}',
            f'spf=pass (google.com: domain of {bnc} designates 209.85.220.65 as permitted sender) smtp.mailfrom={bnc}',
            'dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=googlegroups.com']
    L = route_direct(seed, dt, bnc, ('mail-sor-f65.google.com', '209.85.220.65'), g_ar)
    L += [dkim('googlegroups.com', '20230601', dt, seed, 'list-unsubscribe:list-archive:list-help:list-post:list-id:'
               'mailing-list:precedence:reply-to:x-original-authentication-results:x-original-sender:mime-version:'
               'message-id:date:subject:to:from', c='relaxed/relaxed'),
          f'Sender: {gg}', f'X-BeenThere: {gg}',
          f'From: "\'{TC_NAME}\' via cloud-cert" <{gg}>', f'To: {ME_P}',
          f'Subject: RE:[CASE {CASE_A}] Please confirm your account merge',
          f'Date: {fdate(sec(dt, -20))}', f'Message-ID: <{hx(seed, 26)}@vps-4471.hostsrv-eu.net>',
          f'X-Original-Sender: {TC}',
          'X-Original-Authentication-Results: gmr-mx.google.com;\n       spf=fail (google.com: domain of '
          f'{TC} does not designate 45.146.165.37 as permitted sender) smtp.mailfrom={TC};\n'
          '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com',
          f'Reply-To: {TC_NAME} <{TC}>', 'Precedence: list',
          f'Mailing-list: list {gg}; contact cloud-cert+owners@googlegroups.com', 'List-ID: <cloud-cert.googlegroups.com>',
          f'X-Spam-Checked-In-Group: {TC}',
          'List-Post: <https://groups.google.com/group/cloud-cert/post>, <mailto:cloud-cert@googlegroups.com>',
          'List-Help: <https://groups.google.com/support/>, <mailto:cloud-cert+help@googlegroups.com>',
          'List-Unsubscribe: <mailto:googlegroups-manage+558201937746+unsubscribe@googlegroups.com>,\n'
          ' <https://groups.google.com/group/cloud-cert/subscribe>']
    link = 'https://aws-certification-merge.com/confirm?ref=' + alnum(seed, 12, False)
    text = ('Dear customer,\n\n'
            'Your request to merge AWS Certification accounts is waiting for your confirmation. Until it is confirmed, '
            'your certifications and exam vouchers are frozen.\n\n'
            f'Confirm the merge here: {link}\n\n'
            'AWS Training and Certification\n\n--\n'
            'You received this message because you are subscribed to the Google Groups "cloud-cert" group.\n'
            'To unsubscribe from this group and stop receiving emails from it, send an email to '
            'cloud-cert+unsubscribe@googlegroups.com.\n')
    html = html_wrap(p2h(text).replace(link, f'<a href="{link}">CONFIRM MERGE</a>'))
    add('suspicious', False, None, [], 'Spoof through a look-alike Google Group named like the team list',
        'Google Groups rewrote From ("\'AWS ...\' via cloud-cert"); only X-Original-Authentication-Results show '
        'spf/dmarc fail for amazon.com; real case number; asks to "confirm the merge" on a lookalike site after the merge was done',
        build(L, ALT(text, html, boundary='000000000000' + hx(seed, 16))))


def m042():
    seed = 'm042'
    dt = utc(2025, 3, 28, 9, 30, 0)
    mf = 'bounce-8830219@certmetrics.com'
    g_ar = [f'dkim=pass header.i=@certmetrics.com header.s=k1 header.b={h64(seed, 8)}',
            f'spf=pass (google.com: domain of {mf} designates 198.21.6.117 as permitted sender) smtp.mailfrom={mf}',
            'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com']
    L = route_direct(seed, dt, mf, ('mta-07.certmetrics.com', '198.21.6.117'), g_ar)
    L += [dkim('certmetrics.com', 'k1', dt, seed, 'From:To:Subject:Date:Message-ID'),
          'From: AWS Certification <do-not-reply@certmetrics.com>', f'To: {ME_P}',
          'Subject: AWS Certification wants to hear from you', f'Date: {fdate(dt)}',
          f'Message-ID: <{hx(seed, 24)}.{int(dt.timestamp())}@certmetrics.com>']
    text = ('Hello Haruka,\n\nAs an AWS Certified individual, your experience helps shape future exams. We are looking for '
            'certified people to take part in a short study about how you prepared for your most recent exam and how '
            'you use your certification at work.\n\n'
            'Take part (about 10 minutes): https://aws.certmetrics.com/amazon/public/study.aspx?id=2025Q2\n\n'
            'Participation is voluntary and does not affect your certification status.\n\n'
            'AWS Certification\n\nPlease do not reply to this email.\n')
    add('certification', False, None, [], 'CertMetrics program study invitation ("wants to hear from you")',
        'feedback request, but about the certification program, not a support case -> certification, not survey',
        build(L, T(text, 'plain', 'us-ascii', '7bit')))


def m043():
    seed = 'm043'
    dt = utc(2025, 3, 28, 12, 0, 17)
    link = 'https://credly-badges.net/aws/reclaim?u=' + alnum(seed, 10, False)
    text = ('Hi Haruka,\n\nWe detected that the AWS Certification account connected to your badges was merged. Badges '
            'from the closed account will be revoked in 48 hours unless you re-claim them.\n\n'
            f'Re-claim your AWS badges: {link}\n\nSign in with your Credly or AWS Builder ID password to continue.\n\n'
            'The Credly Team\n')
    html = html_wrap('<div style="max-width:580px;margin:auto"><h2>Action needed: your AWS badges</h2>' + p2h(text).replace(
        link, f'<a href="{link}">Re-claim badges</a>') + '</div>')
    add('suspicious', False, None, [], 'Credly lookalike (credly-badges.net) threatening badge revocation after the merge',
        'timed right after the real merge and badge mail; authentication passes for the lookalike domain; asks for passwords',
        credly_mail(seed, dt, 'Action needed: your AWS badges will be revoked', text, html,
                    frm='Credly <notifications@credly-badges.net>', dom='credly-badges.net', ip='172.105.71.20',
                    host='mail.credly-badges.net', dmarc='pass (p=NONE sp=NONE dis=NONE)'))


def m044():
    seed = 'm044'
    dt = utc(2025, 3, 31, 8, 15, 2)
    note = ('佐伯さん\n\n森本です。AWS 認定アカウントの統合が完了しました。\n'
            'Partner Central での紐付け解除、ありがとうございました。本日で最終日です。お世話になりました!\n\n森本\n')
    fwd = ('\n---------- Forwarded message ---------\n'
           f'From: {TC_NAME} <{TC}>\nDate: 2025年3月26日(水) 23:02\n'
           f'Subject: RE:[CASE {CASE_A}] {SUBJ_FORM}\nTo: {ME_EN} <{ME_P}>\nCc: cloud-cert <{LIST}>\n\n\n')
    text = note + fwd + A_DONE_TEXT
    html = gmail_html(note, '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                      + p2h(fwd.strip()) + '</div><br>' + p2h(A_DONE_TEXT) + '</div>')
    L = ['MIME-Version: 1.0', f'Date: {fdate(dt, 9)}', f'References: <{ses_msgid("m037")}>',
         f'In-Reply-To: <{ses_msgid("m037")}>', f'Message-ID: <{gmail_msgid(seed)}>',
         f'Subject: Fwd: RE:[CASE {CASE_A}] {SUBJ_FORM}', f'From: {eaddr(ME_JA, ME_P)}', f'To: {eaddr(SAEKI_JA, SAEKI)}']
    part = ALT(text, html, 'utf-8', 'b64', boundary='000000000000' + hx(seed, 16))
    del part['MIME-Version']
    add('user_reply', False, CASE_A, [], 'Owner forwards the completion mail to her colleague (Gmail sent copy, Japanese note)',
        'Gmail forward block; candidate ID only inside the forwarded part, not in her own text', build(L, part))


def m045():
    seed = 'm045'
    dt = utc(2025, 4, 2, 7, 0, 11)
    mid = ses_msgid(seed, 'us-east-1')
    mf = mid
    g_ar = [f'dkim=pass header.i=@costalerts.amazonaws.com header.s=cjxhunpfqdhmhbyh3nn3abcm4oucgajm header.b={h64(seed, 8)}',
            f'dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b={h64(seed + "s", 8)}',
            f'spf=pass (google.com: domain of {mf} designates 54.240.8.33 as permitted sender) smtp.mailfrom={mf}',
            'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=costalerts.amazonaws.com']
    L = route_direct(seed, dt, mf, SES_E, g_ar)
    L += [dkim('costalerts.amazonaws.com', 'cjxhunpfqdhmhbyh3nn3abcm4oucgajm', dt, seed, 'From:To:Subject:Date:Message-ID'),
          'From: AWS Budgets <no-reply@costalerts.amazonaws.com>', f'To: {ME_P}',
          'Subject: AWS Budgets: personal-monthly has exceeded your alert threshold', f'Date: {fdate(dt)}',
          f'Message-ID: <{mid}>']
    text = (f'AWS Budget Notification April 02, 2025\nAWS Account {AWS_ACCT}\n\nDear AWS Customer,\n\n'
            'You requested that we alert you when the ACTUAL Cost associated with your personal-monthly budget is greater '
            'than $8.00 for the current month. The ACTUAL Cost associated with this budget is $9.12. You can find '
            'additional details below and by accessing the AWS Budgets dashboard.\n\n'
            'Budget Name: personal-monthly\nBudget Type: Cost\nBudgeted Amount: $10.00\nAlert Type: ACTUAL\n'
            'Alert Threshold: > $8.00\nACTUAL Amount: $9.12\n\n'
            'Go to the AWS Budgets dashboard: https://console.aws.amazon.com/billing/home#/budgets/\n')
    add('unrelated', False, None, [], 'AWS Budgets alert', '12-digit AWS account number; AWS mail, no case',
        build(L, T(text, 'plain', 'utf-8', '7bit')))


A_REOPEN_TEXT = ('Hello Devansh,\n\n'
                 f'Thanks again for the merge. I went through the exam history on Account #1 ({CID_NEW}) today and one '
                 'exam is missing: AWS Certified Database - Specialty, which I passed in November 2021. It has expired '
                 'since then, but it was listed in the history of the old account before the merge. Everything else is there.\n\n'
                 'Could you check what happened to it?\n\nBest regards,\nHaruka Morimoto\n')


def m046():
    seed = 'm046'
    dt = utc(2025, 4, 3, 12, 31, 9)
    qh = f'On Wed, Mar 26, 2025 at 11:02\u202fPM {TC_NAME} <{TC}> wrote:'
    text = A_REOPEN_TEXT + '\n' + qh + '\n\n' + quote(A_DONE_TEXT)
    html = gmail_html(A_REOPEN_TEXT, '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                      + qh.replace('<', '&lt;').replace('>', '&gt;') + '<br></div><blockquote class="gmail_quote" '
                      'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                      + p2h(A_DONE_TEXT) + '</blockquote></div>')
    L = ['MIME-Version: 1.0', f'Date: {fdate(dt, 9)}',
         f'References: <{ses_msgid("m015")}> <{ses_msgid("m032")}>\n <{gmail_msgid("m036")}> <{ses_msgid("m037")}>',
         f'In-Reply-To: <{ses_msgid("m037")}>', f'Message-ID: <{gmail_msgid(seed)}>',
         f'Subject: Re: RE:[CASE {CASE_A}] {SUBJ_FORM}', f'From: {ME_EN} <{ME_P}>', f'To: {TC_NAME} <{TC}>']
    part = ALT(text, html, 'utf-8', 'qp', boundary='000000000000' + hx(seed, 16))
    del part['MIME-Version']
    add('user_reply', False, CASE_A, [CID_NEW], 'Owner writes again on the resolved case A: one old exam missing',
        'own mail asking a question ("Could you check"); reply on a resolved thread', build(L, part))


def m047():
    seed = 'm047'
    dt = utc(2025, 4, 4, 17, 15, 38)
    mid = ses_msgid(seed)
    L = route_direct(seed, sec(dt, 2), mid, SES_W, g_ar_aws(seed, mid, SES_W[1]))
    L += aws_core(dt, f'{TC_NAME} <{TC}>', ME_P, f'RE:[CASE {CASE_A}] {SUBJ_FORM}', mid, seed,
                  inrep=gmail_msgid('m046'), refs=[ses_msgid('m015'), ses_msgid('m037'), gmail_msgid('m046')])
    text = ('Hi Haruka,\n\nThank you for letting us know. I have reopened case ' + CASE_A + ' and passed your question to '
            'our certification records team, who can see exam data from before the merge. They usually need three to five '
            'business days.\n\nI will write again as soon as I hear from them. Nothing is needed from you at the moment.\n\n'
            'Kind regards,\nAiko S.\nAWS Training and Certification Customer Service\n')
    add('case_update', False, CASE_A, [], 'Case A reopened and passed to the records team',
        'reopen notice; "nothing is needed from you" explicitly', build(L, T(text, 'plain', 'utf-8', 'qp'), crlf=True))


A_EXAMQ_TEXT = ('Hello Haruka,\n\n'
                'Our records team has looked for your Database - Specialty exam. Results from before 2022 were moved over '
                'from the previous testing system, and your 2021 result is stored with a different spelling of your name, '
                'which is why the merge did not pick it up.\n\n'
                'To attach it to Account #1 they will need two things from you: the date you sat the exam (approximate is '
                'fine) and the Pearson VUE registration number from your booking confirmation, if you still have it. A '
                'photo or PDF of the score report would work as well.\n\n'
                'Best regards,\nAiko S.\nAWS Training and Certification Customer Service\n')


def m048():
    n, seed = 48, 'm048'
    dt = utc(2025, 4, 7, 20, 40, 2)
    L, mid = aws_via_fwd(n, seed, dt, sec(dt, 12), ME_C, f'RE:[CASE {CASE_A}] {SUBJ_FORM}', None,
                         inrep=ses_msgid('m047'), refs=[ses_msgid('m015'), gmail_msgid('m046'), ses_msgid('m047')],
                         subj_cs='iso-2022-jp')
    add('info_request', True, CASE_A, [], 'Case A (reopened): records team needs exam date and Pearson VUE number; sent to the old company address',
        'indirect request ("they will need two things from you"); reaches Gmail only through the company redirect',
        build(L, ALT(bt(A_EXAMQ_TEXT), bh(aws_html(A_EXAMQ_TEXT)), boundary=f'----=_Part_{hx(seed, 7)}')))


def m049():
    seed = 'm049'
    dt = utc(2025, 4, 8, 3, 5, 0)
    text = ('Dear AWS customer,\n\n'
            f'A new support case, {CASE_E}, was created for you in the AWS Support Center.\n\n'
            'Case summary\n'
            f'Case ID: {CASE_E}\nSubject: Exam voucher missing after certification account merge\n'
            'Severity: General guidance\nCategory: Training and Certification / Exam benefits\n'
            f'Account: {AWS_ACCT}\n'
            'Correspondence: My certification accounts were merged on March 26 (form case '
            f'{CASE_A}). Since then the 50% exam voucher on my account ({CID_NEW}) shows as "redeemed", but I have not '
            'used it. Could you restore it?\n\n'
            'An AWS Support agent will review the case and write back to you. You can add details at any time in the '
            'Support Center.\n\nSincerely,\nAmazon Web Services\n\n'
            f'https://console.aws.amazon.com/support/home#/case/?displayId={CASE_E}&language=en\n\n'
            '*Note: this e-mail comes from an address that cannot accept incoming e-mails.*\n')
    L, mid = console_mail(seed, dt, f'Amazon Web Services: New Support case: {CASE_E}', text)
    add('acknowledgement', False, CASE_E, [CID_NEW], 'Console case E opened about the voucher (Support Center)',
        'console template; the echoed text names another case number (A) and contains a question written by the owner',
        build(L, T(text, 'plain', 'utf-8', '7bit')))


def m050():
    seed = 'm050'
    dt = utc(2025, 4, 8, 5, 10, 27)
    mf = f'bounce+{hx(seed, 10)}@tasklane.zendesk.com'
    g_ar = [f'dkim=pass header.i=@tasklane.io header.s=zendesk1 header.b={h64(seed, 8)}',
            f'spf=pass (google.com: domain of {mf} designates 192.161.151.12 as permitted sender) smtp.mailfrom={mf}',
            'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=tasklane.io']
    L = route_direct(seed, dt, mf, ('out12.pod22.use1.zdsys.com', '192.161.151.12'), g_ar)
    L += [dkim('tasklane.io', 'zendesk1', dt, seed, 'Date:From:Reply-To:To:Message-ID:In-Reply-To:References:Subject'),
          f'Date: {fdate(dt)}', 'From: Tasklane Support <support@tasklane.io>',
          'Reply-To: Tasklane Support <support+id48213@tasklane.zendesk.com>', f'To: {ME_EN} <{ME_P}>',
          f'Message-ID: <{alnum(seed, 13, False)}_{hx(seed, 8)}_sprut@zendesk.com>',
          f'In-Reply-To: <{alnum(seed + "p", 13, False)}@zendesk.com>',
          'Subject: [Tasklane] Re: CSV export stops at 10,000 rows', 'X-Mailer: Zendesk Mailer',
          'X-Zendesk-From-Account-Id: 8f2c1a7', 'X-Zendesk-Email-Id: 01JR7W3Q1KX9M2B4T5C6D7E8F9']
    text = ('##- Please type your reply above this line -##\n\n'
            'Your request (48213) has been solved. To reopen this request, reply to this email.\n\n'
            'Marta (Tasklane Support)\nApr 8, 2025, 05:10 UTC\n\n'
            'Hi Haruka,\n\nThe 10,000-row limit on CSV exports was lifted in release 5.14, which went out last night. '
            'Exports of any size now finish in the background and you get a download link by email.\n\n'
            'I am marking this request as solved. If the export still stops early, just reply and we will pick it up again.\n\n'
            'Marta\n\n'
            f'{ME_EN}\nApr 3, 2025, 11:48 UTC\n\nWhen I export the task board to CSV the file always ends at row 10,000. '
            'Is there a limit?\n\n'
            'This email is a service from Tasklane. [8Q2K1R-ZV4N]\n')
    add('unrelated', False, None, [], 'Other vendor (Zendesk) request marked solved',
        '"solved", "reply to reopen" and a ticket number: looks like a resolution and an invitation, but not AWS',
        build(L, T(text, 'plain', 'utf-8', 'qp')))


E_ASK_TEXT = ('Hello,\n\nThank you for contacting AWS Support about your exam voucher.\n\n'
              'I can see the voucher on your merged certification account, and our system shows it as redeemed on '
              'March 5, 2025. Before I ask the benefits team to look into it, I have to establish which account the voucher '
              'was issued to originally.\n\n'
              'Please reply with the candidate ID of the account that held the voucher before the merge, and let me know '
              'whether you booked or sat an exam with it - for example an appointment in early March.')


def m051():
    seed = 'm051'
    dt = utc(2025, 4, 9, 0, 22, 45)
    text = (E_ASK_TEXT + CONSOLE_FOOT.format(agent='Ricardo M.', case=CASE_E) +
            f'\nRate this reply:\nExcellent: https://console.aws.amazon.com/support/rating?caseId={CASE_E}&rating=5\n'
            f'Poor: https://console.aws.amazon.com/support/rating?caseId={CASE_E}&rating=1\n')
    html = aws_html(text)
    L, mid = console_mail(seed, dt, f'RE:[CASE {CASE_E}] Exam voucher missing after certification account merge '
                                    f'[AWS ID {AWS_ACCT}]', text, inrep=ses_msgid('m049', 'email'),
                          refs=[ses_msgid('m049', 'email')])
    add('info_request', True, CASE_E, [], 'Console case E: agent asks for the old candidate ID and exam use; answer only in Support Center',
        'the mail cannot be answered by email; rating links and "your feedback helps us" footer after the request',
        build(L, ALT(text, html, boundary=f'----=_Part_{hx(seed, 7)}')))


def m052():
    n, seed = 52, 'm052'
    dt = utc(2025, 4, 10, 21, 0, 14)
    text = ('Hello Haruka,\n\n'
            'We wrote to you on April 7 about the missing Database - Specialty exam and have not heard back yet. If we '
            'receive no reply within 3 business days, this case will be closed. To keep it open, simply reply to this '
            'email with the exam date and, if you have it, the Pearson VUE registration number.\n\n'
            '森本 様\n\n'
            '4月7日にお送りしたメールへのご返信を、まだ確認できておりません。3 営業日以内にご返信がない場合、'
            '本ケースはクローズさせていただきます。このメールにご返信いただければ、引き続き対応いたします。\n\n'
            'AWS Training and Certification Customer Service\n')
    L, mid = aws_via_fwd(n, seed, dt, sec(dt, 9), ME_C, f'RE:[CASE {CASE_A}] {SUBJ_FORM}', None,
                         inrep=ses_msgid('m048'), refs=[ses_msgid('m015'), ses_msgid('m047'), ses_msgid('m048')],
                         subj_cs='iso-2022-jp')
    add('closing_notice', True, CASE_A, [], 'Case A closing notice, English + Japanese, to the old company address (redirected)',
        'bilingual template; reaches the owner only through the redirect that ends April 30',
        build(L, ALT(bt(text), bh(aws_html(text)), enc='b64', boundary=f'----=_Part_{hx(seed, 7)}')))


A_EXAMANS_TEXT = ('Hello Aiko,\n\n'
                  'Sorry for the slow answer - your April 7 message went to my old company address, which I only check '
                  'now and then.\n\n'
                  'The exam was AWS Certified Database - Specialty on November 20, 2021, at a test centre in Sapporo. '
                  'Pearson VUE registration number: 318440672.\n\n'
                  f'Please write to {ME_P} from now on; the company mailbox closes on April 30.\n\n'
                  'Best regards,\nHaruka Morimoto\n')


def m053():
    seed = 'm053'
    dt = utc(2025, 4, 10, 23, 48, 19)
    qh = f'On Fri, Apr 11, 2025 at 6:00\u202fAM {TC_NAME} <{TC}> wrote:'
    text = A_EXAMANS_TEXT + '\n' + qh + '\n\n' + quote(BANNER_T + 'Hello Haruka,\n\nWe wrote to you on April 7 about the '
                                                            'missing Database - Specialty exam ...\n')
    L = ['MIME-Version: 1.0', f'Date: {fdate(dt, 9)}',
         f'References: <{ses_msgid("m015")}> <{ses_msgid("m047")}>\n <{ses_msgid("m048")}> <{ses_msgid("m052")}>',
         f'In-Reply-To: <{ses_msgid("m052")}>', f'Message-ID: <{gmail_msgid(seed)}>',
         f'Subject: {ehdr(f"Re: [社外] RE:[CASE {CASE_A}] {SUBJ_FORM}")}', f'From: {ME_EN} <{ME_P}>',
         f'To: {TC_NAME} <{TC}>', 'Content-Type: text/plain; charset="UTF-8"', 'Content-Transfer-Encoding: quoted-printable']
    part = T(text, 'plain', 'utf-8', 'qp')
    body = ser(part).split(b'\n\n', 1)[1]
    data = ('\n'.join(L) + '\n\n').encode() + body
    add('user_reply', False, CASE_A, [], 'Owner answers from Gmail with exam date and the 9-digit Pearson VUE number',
        'own reply, plain text only; 9-digit registration number is not a case ID; subject keeps the company tag',
        data)


def m054():
    seed = 'm054'
    dt = utc(2025, 4, 11, 0, 5, 2)
    own = ('Hello Ricardo,\n\n'
           f'The voucher was on my old account, candidate ID {CID_OLD}. I booked the Security - Specialty exam for '
           'March 8 with it, but cancelled that appointment on March 5, so it should have been returned to me.\n\n'
           'Haruka Morimoto\n')
    qh = f'On Wed, Apr 9, 2025 at 9:22\u202fAM Amazon Web Services <{CONSOLE}> wrote:'
    text = own + '\n' + qh + '\n\n' + quote(E_ASK_TEXT + '\n...')
    html = gmail_html(own, '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                      + qh.replace('<', '&lt;').replace('>', '&gt;') + '<br></div><blockquote class="gmail_quote" '
                      'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                      + p2h(E_ASK_TEXT) + '</blockquote></div>')
    L = ['MIME-Version: 1.0', f'Date: {fdate(dt, 9)}', f'References: <{ses_msgid("m049", "email")}>\n <{ses_msgid("m051", "email")}>',
         f'In-Reply-To: <{ses_msgid("m051", "email")}>', f'Message-ID: <{gmail_msgid(seed)}>',
         f'Subject: Re: RE:[CASE {CASE_E}] Exam voucher missing after certification account merge [AWS ID {AWS_ACCT}]',
         f'From: {ME_EN} <{ME_P}>', f'To: Amazon Web Services <{CONSOLE}>']
    part = ALT(text, html, 'utf-8', 'qp', boundary='000000000000' + hx(seed, 16))
    del part['MIME-Version']
    add('user_reply', False, CASE_E, [CID_OLD], 'Owner answers the console case by email to the no-reply address (sent copy)',
        'own reply to an address that cannot take mail (it will bounce); support has not received it', build(L, part))


def m055():
    seed = 'm055'
    dt = utc(2025, 4, 11, 0, 5, 41)
    L = ['Delivered-To: ' + ME_P,
         f'Received: by 2002:a05:7010:{hx(seed, 4)}:b0:{hx(seed + "a", 3)}:{hx(seed + "b", 4)}:{hx(seed + "c", 4)} with SMTP id {alnum(seed, 12, False).lower()};\n'
         f'        {pdate(dt)}',
         f'Return-Path: <>',
         f'Received: from mail-sor-f73.google.com (mail-sor-f73.google.com. [209.85.220.73])\n        by mx.google.com with SMTPS id '
         f'{alnum(seed + "s", 20, False)}\n        for <{ME_P}>\n        (Google Transport Security);\n        {pdate(dt)}',
         'Received-SPF: pass (google.com: domain of postmaster@mail-sor-f73.google.com designates 209.85.220.73 as permitted sender) client-ip=209.85.220.73;',
         'Authentication-Results: mx.google.com;\n       dkim=pass header.i=@googlemail.com header.s=20230601 header.b=' + h64(seed, 8) + ';\n'
         '       spf=pass (google.com: domain of postmaster@mail-sor-f73.google.com designates 209.85.220.73 as permitted sender) '
         'smtp.helo=mail-sor-f73.google.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=googlemail.com',
         dkim('googlemail.com', '20230601', dt, seed, 'to:from:references:in-reply-to:subject:date:message-id:auto-submitted:mime-version', c='relaxed/relaxed'),
         f'To: {ME_P}', 'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
         f'References: <{gmail_msgid("m054")}>', f'In-Reply-To: <{gmail_msgid("m054")}>',
         'Subject: Delivery Status Notification (Failure)', f'Date: {pdate(dt)[:-6]}',
         f'Message-ID: <{alnum(seed + "m", 20, False)}.{int(dt.timestamp())}@mx.google.com>',
         'Auto-Submitted: auto-replied']
    txt = ('\n** Address not found **\n\nYour message wasn\'t delivered to no-reply-aws@amazon.com because the address '
           'couldn\'t be found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n'
           'The response was:\n\n550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not '
           'accept incoming mail. Please use the AWS Support Center.\n')
    b = '000000000000' + hx(seed, 16)
    qp = ser(T(txt, 'plain', 'utf-8', 'qp')).decode()
    qp = qp[qp.index('Content-Type'):]
    qp = '\n'.join(l for l in qp.split('\n') if not l.startswith('MIME-Version'))
    raw = (f'MIME-Version: 1.0\nContent-Type: multipart/report; boundary="{b}"; report-type=delivery-status\n\n'
           f'--{b}\n{qp}\n--{b}\nContent-Type: message/delivery-status\n\n'
           f'Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; {ME_P}\n'
           f'Arrival-Date: {pdate(dt)[:-6]}\nX-Original-Message-ID: <{gmail_msgid("m054")}>\n\n'
           'Final-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\n'
           'Remote-MTA: dns; amazon-smtp.amazon.com. (52.119.213.150, the server for the domain amazon.com.)\n'
           'Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected\n'
           f'Last-Attempt-Date: {pdate(sec(dt, 1))[:-6]}\n\n'
           f'--{b}\nContent-Type: text/rfc822-headers\n\n'
           f'Date: {fdate(sec(dt, -39), 9)}\nMessage-ID: <{gmail_msgid("m054")}>\n'
           f'Subject: Re: RE:[CASE {CASE_E}] Exam voucher missing after certification account merge [AWS ID {AWS_ACCT}]\n'
           f'From: {ME_EN} <{ME_P}>\nTo: Amazon Web Services <{CONSOLE}>\n\n--{b}--\n')
    data = ('\n'.join(L) + '\n').encode() + raw.encode()
    add('unrelated', False, None, [], 'Gmail bounce for the owner\'s email to the console no-reply address',
        'contains the case subject and the no-reply address; a delivery failure, not support mail (the owner still must answer in the console)',
        data)


def m056():
    seed = 'm056'
    dt = utc(2025, 4, 12, 6, 0, 31)
    mf = ME_C
    g_ar = [f'spf=fail (google.com: domain of {ME_C} does not designate 103.151.124.18 as permitted sender) smtp.mailfrom={ME_C}',
            'dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=kitanami-sys.co.jp']
    L = route_direct(seed, dt, mf, ('srv18.fastcloud-host.net', '103.151.124.18'), g_ar, spf_res='fail')
    link = 'https://aws-training.voucher-transfer.net/claim?c=' + alnum(seed, 10, False)
    L += [f'From: {eaddr(ME_JA, ME_C)}', f'To: {ME_P}',
          f'Subject: {ehdr(f"Fwd: [社外] RE:[CASE {CASE_A}] Your exam voucher expires today")}',
          f'Date: {fdate(sec(dt, -5), 9)}', f'Message-ID: <{hx(seed, 18)}@srv18.fastcloud-host.net>',
          'X-Mailer: Microsoft Outlook 16.0']
    text = ('(自分の個人アドレスへ転送)\n\n'
            '---------- Forwarded message ---------\n'
            f'From: {TC_NAME} <{TC}>\nDate: 2025年4月12日(土) 14:51\n'
            f'Subject: [社外] RE:[CASE {CASE_A}] Your exam voucher expires today\nTo: {ME_C}\n\n'
            + BANNER_T +
            'Hello Haruka,\n\nThe 50% exam voucher carried over from your merged account expires today at 23:59 UTC. '
            'To move it to your personal account before it lapses, confirm your AWS Builder ID here:\n\n'
            f'{link}\n\nAWS Training and Certification Customer Service\n')
    add('suspicious', False, None, [], 'Spoof posing as the owner forwarding a redirected AWS mail to herself',
        'From is the owner\'s own company address (spf/dmarc fail, no ARC, no Exchange headers); fake banner and fake '
        'AWS text inside a forward block; real case number; lookalike link',
        build(L, T(text, 'plain', 'utf-8', 'b64')))


def m057():
    seed = 'm057'
    dt = utc(2025, 4, 14, 15, 20, 45)
    mid = ses_msgid(seed)
    L = route_direct(seed, sec(dt, 2), mid, SES_W2, g_ar_aws(seed, mid, SES_W2[1]))
    L += aws_core(dt, f'{TC_NAME} <{TC}>', ME_P, f'RE:[CASE {CASE_A}] {SUBJ_FORM}', mid, seed,
                  inrep=gmail_msgid('m053'), refs=[ses_msgid('m015'), ses_msgid('m048'), ses_msgid('m052'), gmail_msgid('m053')])
    text = ('Hi Haruka,\n\nThank you - the date and the registration number were exactly what the team needed, and I '
            'have noted your personal address for this case.\n\n'
            'Because the 2021 result predates our current system, the records team has asked Pearson VUE for the original '
            'score record. We cannot attach the exam to your account until Pearson VUE sends it, which usually takes one '
            'to two weeks. Your case stays open while we wait, and you do not need to do anything in the meantime.\n\n'
            'Kind regards,\nAiko S.\nAWS Training and Certification Customer Service\n\n'
            f'On Fri, Apr 11, 2025, {ME_EN} <{ME_P}> wrote:\n' + quote(A_EXAMANS_TEXT))
    add('on_hold', False, CASE_A, [], 'Case A waits for Pearson VUE to send an old record; nothing needed from the owner',
        'hold caused by a third party with an explicit "you do not need to do anything"; quoted answer below',
        build(L, ALT(text, aws_html(text, False), boundary=f'----=_Part_{hx(seed, 7)}')))


def m058():
    seed = 'm058'
    dt = utc(2025, 4, 14, 19, 0, 8)
    text = ('Hello,\n\n'
            f'We have not received a response on case {CASE_E} since our message of April 9, in which we asked for the '
            'candidate ID of the account that held the voucher. If we do not hear from you, the case will be resolved '
            'automatically in 3 days. To keep it open, add your answer to the case in the Support Center.'
            + CONSOLE_FOOT.format(agent='Ricardo M.', case=CASE_E))
    L, mid = console_mail(seed, dt, f'RE:[CASE {CASE_E}] Exam voucher missing after certification account merge '
                                    f'[AWS ID {AWS_ACCT}]', text, inrep=ses_msgid('m051', 'email'),
                          refs=[ses_msgid('m049', 'email'), ses_msgid('m051', 'email')])
    add('closing_notice', True, CASE_E, [], 'Console case E will auto-resolve in 3 days; answer in the Support Center',
        'the owner did reply, but by email (bounced), so support still waits; cannot be answered by email',
        build(L, T(text, 'plain', 'utf-8', 'qp')))


def m059():
    n, seed = 59, 'm059'
    dt = utc(2025, 4, 15, 10, 0, 51)
    cl = ('mail.m365-securemail-notify.com', '45.87.154.21')
    mf = 'quarantine@m365-securemail-notify.com'
    ms_ar = (f'spf=pass (sender IP is {cl[1]})\n smtp.mailfrom=m365-securemail-notify.com; dkim=pass (signature was verified)\n'
             ' header.d=m365-securemail-notify.com;dmarc=pass action=none\n header.from=m365-securemail-notify.com;compauth=pass reason=100')
    ms_aar = (f'spf=pass (sender ip is\n {cl[1]}) smtp.rcpttodomain=gmail.com smtp.mailfrom=m365-securemail-notify.com;\n'
              ' dmarc=pass (p=none sp=none pct=100) action=none\n header.from=m365-securemail-notify.com; dkim=pass (signature was verified)\n'
              ' header.d=m365-securemail-notify.com; arc=none')

    def gar(mfx, ip):
        return ['arc=pass (i=1 spf=pass spfdomain=m365-securemail-notify.com dkim=pass dkdomain=m365-securemail-notify.com '
                'dmarc=pass fromdomain=m365-securemail-notify.com)',
                f'dkim=neutral (body hash did not verify) header.i=@m365-securemail-notify.com header.s=mail header.b={h64(seed, 8)}',
                g_spf(mfx, ip), 'dmarc=pass (p=NONE sp=NONE dis=NONE arc=pass) header.from=m365-securemail-notify.com']
    L = route_fwd(n, seed, sec(dt, 2), sec(dt, 7), cl, mf, ms_ar, ms_aar, gar)
    link = 'https://m365-securemail-notify.com/quarantine/release?u=h-morimoto'
    L += [dkim('m365-securemail-notify.com', 'mail', dt, seed, 'From:To:Subject:Date:Message-ID'),
          'From: Microsoft 365 Message Center <quarantine@m365-securemail-notify.com>', f'To: {ME_C}',
          f'Subject: {ehdr_b(tag_subject("You have 3 new messages in quarantine"))}', f'Date: {fdate(dt)}',
          f'Message-ID: <{hx(seed, 22)}@m365-securemail-notify.com>']
    rows = [(f'{TC_NAME} &lt;{TC}&gt;', f'RE:[CASE {CASE_A}] Exam record update', 'Apr 15, 2025'),
            ('Pearson VUE', 'Score report available', 'Apr 15, 2025'),
            ('HR Payroll', 'Final salary statement', 'Apr 14, 2025')]
    html = html_wrap('<div style="font-family:Segoe UI,Arial;max-width:640px"><h3>Microsoft 365</h3>'
                     '<p>3 messages addressed to h-morimoto@kitanami-sys.co.jp are being held. Release them within 72 hours, '
                     'or they will be deleted.</p><table cellpadding="6" style="border-collapse:collapse">'
                     + ''.join(f'<tr><td style="border-bottom:1px solid #ddd">{a}</td><td style="border-bottom:1px solid #ddd">{b}</td>'
                               f'<td style="border-bottom:1px solid #ddd">{c}</td><td><a href="{link}">Release</a></td></tr>' for a, b, c in rows)
                     + '</table><p style="font-size:11px;color:#888">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></div>')
    add('unrelated', False, None, [], 'Phish imitating a Microsoft 365 quarantine digest that lists a fake held AWS case mail',
        'credential phishing, but it impersonates Microsoft, not AWS/Credly/an exam vendor, so by the brief it is unrelated; '
        'shows the real case number and the AWS sender in a table', build(L, T(bh(html), 'html', 'utf-8', 'qp')))


def m060():
    seed = 'm060'
    dt = utc(2025, 4, 16, 2, 30, 19)
    text = ('Hello,\n\nThanks for adding the details in the Support Center.\n\n'
            'The benefits team confirmed that the voucher was given back when you cancelled the March 8 appointment, but '
            'the merge copied its earlier "redeemed" status to your new account. They have issued a replacement 50% voucher, '
            'which you can now see on the Benefits page of your AWS Certification Account.\n\n'
            'I am marking this case as resolved. If you need anything else on this topic, you can reopen it from the '
            'Support Center within the next 14 days.'
            + CONSOLE_FOOT.format(agent='Ricardo M.', case=CASE_E) +
            f'\nRate this reply:\nExcellent: https://console.aws.amazon.com/support/rating?caseId={CASE_E}&rating=5\n'
            f'Poor: https://console.aws.amazon.com/support/rating?caseId={CASE_E}&rating=1\n')
    L, mid = console_mail(seed, dt, f'RE:[CASE {CASE_E}] Exam voucher missing after certification account merge '
                                    f'[AWS ID {AWS_ACCT}]', text, inrep=ses_msgid('m058', 'email'),
                          refs=[ses_msgid('m049', 'email'), ses_msgid('m051', 'email'), ses_msgid('m058', 'email')])
    add('resolved', False, CASE_E, [], 'Console case E resolved: replacement voucher issued',
        'resolution with rating links, a reopen option (conditional) and the "cannot accept incoming e-mails" footer',
        build(L, ALT(text, aws_html(text), boundary=f'----=_Part_{hx(seed, 7)}')))


def m061():
    seed = 'm061'
    dt = utc(2025, 4, 17, 21, 10, 33)
    mid = ses_msgid(seed)
    L = route_direct(seed, sec(dt, 2), mid, SES_W, g_ar_aws(seed, mid, SES_W[1]))
    L += aws_core(dt, f'{TC_NAME} <{TC}>', ME_P, f'RE:[CASE {CASE_A}] {SUBJ_FORM}', mid, seed,
                  inrep=ses_msgid('m057'), refs=[ses_msgid('m015'), gmail_msgid('m053'), ses_msgid('m057')])
    own = ('Hi Haruka,\n\n'
           f'Pearson VUE has sent the record, and your AWS Certified Database - Specialty exam of November 20, 2021 now '
           f'appears in the exam history of {CID_NEW} (status: expired, as expected). With that, everything from your old '
           'account is in place, and I am closing this case.\n\n'
           'Thank you for your patience throughout.\n\nAiko S.\nAWS Training and Certification Customer Service\n')
    hist = ('\n________________________________________\n'
            f'From: {TC_NAME}\nSent: Monday, April 14, 2025 3:20 PM\nTo: {ME_P}\nSubject: RE:[CASE {CASE_A}] {SUBJ_FORM}\n\n'
            'Hi Haruka,\n\nThank you - the date and the registration number were exactly what the team needed ...\n\n'
            '________________________________________\n'
            f'From: {ME_EN} <{ME_P}>\nSent: Friday, April 11, 2025 8:48 AM\nTo: {TC_NAME}\n'
            f'Subject: Re: [社外] RE:[CASE {CASE_A}] {SUBJ_FORM}\n\n' + A_EXAMANS_TEXT +
            '\n________________________________________\n'
            f'From: {TC_NAME}\nSent: Monday, April 7, 2025 8:40 PM\nTo: {ME_C}\nSubject: RE:[CASE {CASE_A}] {SUBJ_FORM}\n\n'
            + A_EXAMQ_TEXT)
    text = own + hist
    add('resolved', False, CASE_A, [CID_NEW], 'Case A (reopened) finished: old exam attached, case closed',
        'top-posted over long Outlook-style history that still contains the records team\'s request; '
        '"closing this case" here means done, not a closing notice; CRLF line ends',
        build(L, ALT(text, aws_html(text, False), boundary=f'----=_Part_{hx(seed, 7)}'), crlf=True))


def m062():
    seed = 'm062'
    dt = utc(2025, 4, 18, 4, 0, 2)
    url = f'https://console.aws.amazon.com/support/feedback?caseId={CASE_E}&src=email'
    text = ('Hello,\n\n'
            f'Your support case {CASE_E} ("Exam voucher missing after certification account merge") was resolved recently. '
            'Tell us about your experience - three quick questions:\n\n'
            f'{url}\n\n'
            'Thank you for helping us improve AWS Support.\n\nAmazon Web Services\n\n'
            '*Note: this e-mail comes from an address that cannot accept incoming e-mails.*\n')
    L, mid = console_mail(seed, dt, f'How was your AWS Support experience? (Case {CASE_E})', text)
    add('survey', False, CASE_E, [], 'Console case E survey', 'survey from the console no-reply sender with the case ID',
        build(L, ALT(text, aws_html(text).replace(url, f'<a href="{url}">Start the survey</a>'),
                     boundary=f'----=_Part_{hx(seed, 7)}')))


def m063():
    seed = 'm063'
    dt = utc(2025, 4, 21, 13, 13, 56)
    fake_case = '174524590300965'
    mf = 'mailer@send-notify.biz'
    g_ar = [f'dkim=pass header.i=@send-notify.biz header.s=k1 header.b={h64(seed, 8)}',
            f'spf=pass (google.com: domain of {mf} designates 194.87.31.66 as permitted sender) smtp.mailfrom={mf}',
            'dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com']
    L = route_direct(seed, dt, mf, ('mx1.send-notify.biz', '194.87.31.66'), g_ar)
    L += [dkim('send-notify.biz', 'k1', dt, seed, 'From:To:Subject:Date:Message-ID:Reply-To'),
          f'From: {TC_NAME} <{TC}>', 'Reply-To: AWS Certification Verification <aws.cert.verification@protonmail.com>',
          f'To: {ME_P}', f'Subject: RE:[CASE {fake_case}] Final notice: certification account deactivation',
          f'Date: {fdate(sec(dt, -30))}', f'Message-ID: <{hx(seed, 30)}@send-notify.biz>']
    text = ('Dear Candidate,\n\n'
            f'We have opened case {fake_case} because our records show more than one AWS Certification account under your '
            'name. Duplicate accounts are deactivated after 48 hours, including all certifications and vouchers on them.\n\n'
            'To keep your certifications, reply to this email with:\n'
            ' - the email address of your AWS Builder ID\n - your Builder ID password\n - your date of birth\n\n'
            'Our team will then verify the accounts and cancel the deactivation.\n\n'
            'AWS Training and Certification Customer Service\n')
    add('suspicious', False, None, [], 'Direct spoof of the AWS case sender with dmarc=fail and a made-up case ID',
        'From is the genuine address and the case ID has the right 15-digit shape; only Authentication-Results '
        '(dmarc=fail) and the Reply-To give it away; demands a reply with a password',
        build(L, T(text, 'plain', 'us-ascii', '7bit')))


def m064():
    seed = 'm064'
    dt = utc(2025, 4, 23, 9, 0, 12)
    mf = 'pearsonvuecustomerservice@pearson.com'
    g_ar = [f'dkim=pass header.i=@pearson.com header.s=pps1 header.b={h64(seed, 8)}',
            f'spf=pass (google.com: domain of {mf} designates 148.163.159.41 as permitted sender) smtp.mailfrom={mf}',
            'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com']
    L = route_direct(seed, dt, mf, ('mx0b-00123f01.pphosted.com', '148.163.159.41'), g_ar)
    L += [dkim('pearson.com', 'pps1', dt, seed, 'From:To:Subject:Date:Message-ID'),
          'From: Pearson VUE <pearsonvuecustomerservice@pearson.com>', f'To: {ME_P}',
          'Subject: Reminder: your AWS Certification exam is in 3 days', f'Date: {fdate(dt)}',
          f'Message-ID: <{hx(seed, 20)}@pvue-notify.pearson.com>']
    text = ('Dear Haruka Morimoto,\n\nThis is a reminder of your upcoming exam.\n\n'
            'Exam:             AWS Certified Security - Specialty (SCS-C02)\n'
            'Appointment:      Saturday, April 26, 2025, 1:00 PM JST\n'
            'Delivery:         Sapporo Kita 8-jo Test Center\n'
            'Registration ID:  509217734\n'
            f'Candidate ID:     {CID_NEW}\n\n'
            'Please arrive 15 minutes early with a valid ID. If you need to reschedule, do so at least 24 hours '
            'before the appointment.\n\nPearson VUE\n')
    add('unrelated', False, None, [CID_NEW], 'Pearson VUE exam reminder to the personal address',
        'exam vendor; 9-digit registration ID; candidate ID of the merged account', build(L, T(text, 'plain', 'utf-8', '7bit')))


def m065():
    seed = 'm065'
    dt = utc(2025, 4, 25, 14, 40, 27)
    dom = 'pearsonvue-candidate.com'
    mf = f'no-reply@{dom}'
    g_ar = [f'dkim=pass header.i=@{dom} header.s=default header.b={h64(seed, 8)}',
            f'spf=pass (google.com: domain of {mf} designates 5.188.62.140 as permitted sender) smtp.mailfrom={mf}',
            f'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={dom}']
    L = route_direct(seed, dt, mf, (f'mail.{dom}', '5.188.62.140'), g_ar)
    link = f'https://{dom}/reschedule?reg=509217734'
    L += [dkim(dom, 'default', dt, seed, 'From:To:Subject:Date:Message-ID'),
          f'From: Pearson VUE <{mf}>', f'To: {ME_P}',
          'Subject: Your exam appointment was cancelled - action required', f'Date: {fdate(dt)}',
          f'Message-ID: <{hx(seed, 20)}@{dom}>']
    text = ('Dear candidate,\n\nDue to a scheduling problem at your test centre, your appointment for AWS Certified '
            'Security - Specialty on April 26 has been cancelled.\n\n'
            'To keep your exam fee, reschedule within 24 hours and pay the USD 25 rebooking charge:\n'
            f'{link}\n\nIf you do nothing, the exam fee is forfeited.\n\nPearson VUE Candidate Services\n')
    html = html_wrap(p2h(text).replace(link, f'<a href="{link}">Reschedule now</a>'))
    add('suspicious', False, None, [], 'Exam-vendor lookalike (pearsonvue-candidate.com) cancelling the real appointment',
        'knows the real appointment date; passes SPF/DKIM/DMARC for its own lookalike domain; payment link',
        build(L, ALT(text, html, boundary=f'=_{hx(seed, 20)}')))


def m066():
    seed = 'm066'
    dt = utc(2025, 5, 2, 8, 0, 44)
    url = 'https://www.credly.com/badges/b81e4c07-2d9a-4f3b-8e61-0c7a5d2f9e13/accept'
    text = ('Hi Haruka,\n\nCongratulations! Amazon Web Services Training and Certification has issued you a new badge:\n\n'
            '  AWS Certified Security - Specialty\n\n'
            f'Accept it here: {url}\n\nThe Credly Team\n')
    html = html_wrap('<div style="max-width:580px;margin:auto;text-align:center"><h2>Congratulations, Haruka!</h2>'
                     '<p>Amazon Web Services Training and Certification has issued you <b>AWS Certified Security - Specialty</b>.</p>'
                     f'<p><a href="{url}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept badge</a></p></div>')
    add('badge', False, None, [], 'Credly: new badge after passing an exam', 'plain badge mail',
        credly_mail(seed, dt, 'Congratulations! You earned a new badge from Amazon Web Services Training and Certification',
                    text, html))


def m067():
    seed = 'm067'
    dt = utc(2025, 5, 7, 0, 30, 5)
    mf = 'bounce-9920117@certmetrics.com'
    g_ar = [f'dkim=pass header.i=@certmetrics.com header.s=k1 header.b={h64(seed, 8)}',
            f'spf=pass (google.com: domain of {mf} designates 198.21.6.117 as permitted sender) smtp.mailfrom={mf}',
            'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com']
    L = route_direct(seed, dt, mf, ('mta-07.certmetrics.com', '198.21.6.117'), g_ar)
    L += [dkim('certmetrics.com', 'k1', dt, seed, 'From:To:Subject:Date:Message-ID'),
          'From: AWS Certification <do-not-reply@certmetrics.com>', f'To: {ME_P}',
          'Subject: Congratulations, you are now AWS Certified Security - Specialty', f'Date: {fdate(dt)}',
          f'Message-ID: <{hx(seed, 24)}.{int(dt.timestamp())}@certmetrics.com>']
    text = ('Hello Haruka,\n\nCongratulations on earning AWS Certified Security - Specialty.\n\n'
            f'Candidate ID: {CID_NEW}\nValidation number: 2QZ7M4KX8LB1E5RT\nExpiration: April 26, 2028\n\n'
            'Your digital certificate and the benefits that come with your certification are available in your AWS '
            'Certification Account: https://aws.training/certification\n\nAWS Certification\n')
    html = html_wrap(p2h(text))
    add('certification', False, None, [CID_NEW], 'CertMetrics: new certification earned',
        'candidate ID and validation number; not case mail', build(L, ALT(text, html, boundary=f'b1_{hx(seed, 32)}')))


def m068():
    seed = 'm068'
    dt = utc(2025, 5, 9, 6, 0, 0)
    mid = ses_msgid(seed, 'us-east-1')
    g_ar = [f'dkim=pass header.i=@amazon.com header.s=amazoncorp2 header.b={dkb(seed, "amazon.com")}',
            f'spf=pass (google.com: domain of {mid} designates 54.240.8.33 as permitted sender) smtp.mailfrom={mid}',
            'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com']
    L = route_direct(seed, dt, mid, SES_E, g_ar)
    L += [dkim('amazon.com', 'amazoncorp2', dt, seed, 'From:To:Subject:Date:Message-ID:List-Unsubscribe'),
          f'From: {eaddr("AWS トレーニングと認定", "aws-marketing-email-replies@amazon.com")}', f'To: {ME_P}',
          f'Subject: {ehdr("AWS 認定保有者限定ウェビナー:認定を次のキャリアに活かすには")}', f'Date: {fdate(dt)}',
          f'Message-ID: <{mid}>', 'List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html?mkt_tok=NzEyLVRaTS0xOTgA>',
          'List-Unsubscribe-Post: List-Unsubscribe=One-Click']
    html = html_wrap('<table width="600" align="center"><tr><td style="padding:20px">'
                     '<p>森本 遥 様</p><p>AWS 認定をお持ちの方を対象に、転職や異動のあとも認定を活かしていくためのウェビナーを開催します。'
                     '認定アカウントの管理方法、特典の使い方、再認定の計画の立て方をご紹介します。</p>'
                     '<p>日時: 2025年5月28日(水) 12:00〜12:45</p>'
                     '<p><a href="https://pages.awscloud.com/jp-cert-webinar-2025.html">お申し込みはこちら</a></p>'
                     '<p style="font-size:11px;color:#777">このメールは送信専用です。配信停止は<a href="https://pages.awscloud.com/'
                     'unsubscribe.html">こちら</a>。</p></td></tr></table>')
    add('unrelated', False, None, [], 'AWS T&C marketing (webinar), HTML-only Japanese',
        'display name "AWS トレーニングと認定" and talk of managing certification accounts after a job change; marketing',
        build(L, T(html, 'html', 'utf-8', 'b64')))


# ================================================================ README and output
README_HEAD = f"""me: {ME_P} {ME_C}

# Blind corpus 318: one merge case through a forwarding company mailbox and a team list

The mailbox is the owner's personal Gmail ({ME_P}). Her company mailbox ({ME_C}, Microsoft 365) has a
server-side inbox rule that redirects everything to Gmail; an Exchange transport rule first adds an external-sender
banner to the body and a `[社外]` tag to the subject of any mail from outside (which breaks the sender's DKIM, so Gmail
reports `dkim=neutral (body hash did not verify)` / `dmarc=fail` while the ARC set sealed by `microsoft.com` records the
original pass). The company's team list `{LIST}` runs Mailman 3: it rewrites the From of amazon.com mail to
`"AWS Training and Certification via cloud-cert" <{LIST}>` (original in Reply-To), prefixes `[cloud-cert]`, adds a
footer part and an ARC set of its own, and delivers to the company address, so list copies reach Gmail with ARC i=1
(list), i=2 (Microsoft), i=3 (Google). The owner writes both from Outlook (company; those copies come back through the
list) and from Gmail (stored sent copies, which have no trace headers). She is Haruka Morimoto / 森本 遥, leaving
Kitanami Systems (an AWS Partner Network partner) on March 31, 2025; the company mailbox stops on April 30.

Candidate IDs: {CID_OLD} (company certification account), {CID_NEW} (personal account).

## Cases

| case | form | topic and outcome | messages |
|---|---|---|---|
| {CASE_D} (11 digits) | T&C form, Japanese | name on the personal certification account written in kanji: ack (ISO-2022-JP) → info request (Shift_JIS, keigo) → owner's answer → resolved → Qualtrics survey | 004–006, 008, 009 |
| {CASE_A} (15 digits) | T&C form, opened from the company address | account merge company → personal. Ack via redirect → owner adds APN detail via list → **on hold** (APN partner must release; buried question about the last day), two copies (list, redirect) → owner answers via list → hold lifted → **write from the destination address** → owner writes from Gmail → **confirmation request** (Account #1/#2 table, direct + list copy) → "Confirmed" → **resolved** (direct + list copy) → survey. Reopened in April: one old exam missing → reopened → info request sent to the old company address → **closing notice** (bilingual, via redirect) → owner answers → on hold for Pearson VUE (nothing needed) → resolved | 015, 020, 022, 023, 025, 028, 030–033, 036–038, 040, 044, 046–048, 052, 053, 057, 061 |
| {CASE_C} (15 digits) | T&C form, duplicate from Gmail | same request submitted twice: ack → confirmation request on the duplicate → owner asks to close it → closed as duplicate of {CASE_A} | 016–018, 021 |
| {CASE_E} (15 digits) | Support Center (console) | voucher shown as redeemed after the merge: ack → info request (answer in the console) → owner mistakenly emails no-reply-aws (bounces) → closing notice → resolved (new voucher) → survey | 049, 051, 054, 055, 058, 060, 062 |
| {CASE_B} (15 digits) | Support Center (console) | AWS **billing** question (NAT gateway charge); not Training and Certification | 010, 011 |

Spoofs imitate each route: the list route with a look-alike list domain and the real case number scraped from the
public list archive (027), a look-alike Google Group named like the team list (041), an amazon.com spoof that the
tenant's allow-list let through and the inbox rule redirected like genuine case mail (035), a fake "forward to myself"
from the owner's own company address (056), a direct amazon.com spoof with `dmarc=fail` and an invented case number
(063), plus Credly and Pearson VUE look-alikes (043, 065).

## Labelling decisions

- **Copies by route.** A support mail that arrives twice (list copy and redirected copy, same Message-ID) is labelled
  the same each time, including `needs_reply`: at arrival support is waiting, whichever copy is read. Automatic
  copies (inbox-rule redirect, list distribution) are never `user_reply`; they carry the kind of the original.
- **Genuine mail with dmarc=fail.** Redirected AWS mail fails DKIM/DMARC at Gmail only because the own tenant's banner
  changed the body; the ARC chain sealed by microsoft.com (and the list's) shows the original passed. Those are
  labelled by content, not `suspicious`. `suspicious` is used when the original sender's own authentication failed
  (the ARC-Authentication-Results / X-Original-Authentication-Results / compauth inside the chain say `dmarc=fail`
  for amazon.com) or the domain is a look-alike.
- **Strict `suspicious`.** Only mail pretending to be AWS, Credly or an exam vendor. A phish pretending to be Microsoft
  365 (059) is `unrelated` even though it lists a fake AWS case mail. A mail claiming to be the owner forwarding AWS
  mail to herself (056) is `suspicious`: its content impersonates AWS and she did not write it.
- **Holds with a question.** 022/023 are `on_hold` (the partner must act) with `needs_reply` true because of the
  question about the last working day. 057 is `on_hold` with nothing asked: false.
- **Console cases.** Requests that must be answered in the Support Center are `info_request` / `closing_notice` with
  `needs_reply` true (051, 058). The billing console case (010, 011) is not a Training and Certification case:
  `unrelated`, `needs_reply` false, but `case` is still its number because the message belongs to that AWS case.
- **Duplicate case.** The confirmation request on the duplicate case C (017) needs a reply at arrival (support waits
  on that case); the duplicate closure (021) is `case_update`.
- **`case` field.** The AWS case the message belongs to: support mail, the owner's own mail on or about it (including
  her manual forward 044), and automatic copies. `null` for colleagues' mail, list-robot and bounce mail (055), spoofs
  (even when they show the real case number) and mail not tied to a case.
- **`candidate_ids`.** IDs in the message's own text in order of first appearance, without repeats. System echoes of
  the submitted form in acknowledgements (004, 015, 049) count as the message's own text; forwarded or `>`-quoted
  history does not (044 has none of its own). Table cells count (032, 033).
- **"Would you rate…" and study invitations.** The case survey from the case sender (040) is `survey`; the CertMetrics
  study invitation (042) is about the certification program, not a case: `certification`.
- **"Closing" wording.** 021 closes a duplicate (`case_update`), 061 closes because the work is done (`resolved`), 052
  and 058 threaten closure for lack of an answer (`closing_notice`).

## Messages

| # | kind | reply? | what it is | what makes it hard |
|---|---|---|---|---|
"""


def main():
    for fn in os.listdir(HERE):
        if re.fullmatch(r'\d{3}-msg\.(eml|json)', fn):
            os.remove(os.path.join(HERE, fn))
    names = sorted(k for k in globals() if re.fullmatch(r'm\d{3}', k))
    for k in names:
        before = len(MSGS)
        globals()[k]()
        assert len(MSGS) == before + 1 and int(k[1:]) == len(MSGS), k
    rows = []
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, f'{i:03d}-msg')
        with open(base + '.eml', 'wb') as f:
            f.write(m['data'])
        label = {'kind': m['kind'], 'needs_reply': m['needs_reply'], 'case': m['case'],
                 'candidate_ids': m['candidate_ids']}
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump(label, f, ensure_ascii=False)
            f.write('\n')
        rows.append(f"| {i:03d} | {m['kind']} | {'yes' if m['needs_reply'] else 'no'} | {m['what']} | {m['hard']} |")
    cnt = Counter(m['kind'] for m in MSGS)
    nr = sum(m['needs_reply'] for m in MSGS)
    summary = ('\n## Counts\n\n' + '\n'.join(f'- {k}: {cnt[k]}' for k in KINDS if cnt[k]) +
               f'\n- total: {len(MSGS)}; needs_reply true: {nr}\n')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(README_HEAD + '\n'.join(rows) + '\n' + summary)
    for k in KINDS:
        print(f'{k:22s} {cnt[k]}')
    print(f'{"total":22s} {len(MSGS)}   needs_reply: {nr}')


if __name__ == '__main__':
    main()
