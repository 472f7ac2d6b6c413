"""Shared helpers for the blind corpus generator (standard library only)."""
import base64, hashlib, html, json, os, quopri, re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "saegusa.wataru.k@gmail.com"
ME_C = "w-saegusa@kobalt-sys.co.jp"
ME_NAME = "Wataru Saegusa"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "AWS Training and Certification <%s>" % TC
CONSOLE = "Amazon Web Services <no-reply-aws@amazon.com>"
KINDS = {"acknowledgement", "confirmation_request", "info_request", "on_hold",
         "closing_notice", "resolved", "survey", "badge", "certification",
         "user_reply", "case_update", "suspicious", "unrelated"}
MSGS = []


def h(s, cs="utf-8"):
    """RFC 2047-encode a header value when it is not ASCII."""
    return s if s.isascii() else Header(s, cs).encode()


def a(name, email, cs="utf-8"):
    if not name:
        return email
    if name.isascii():
        return formataddr((name, email))
    return "%s <%s>" % (Header(name, cs).encode(), email)


def dt(s, off=0):
    """'2025-04-14 09:22' local time at UTC+off hours -> RFC 5322 date."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(
        tzinfo=timezone(timedelta(hours=off)))
    return format_datetime(d)


def _hx(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def mid(style, seed):
    x = _hx(seed, 40)
    if style == "ses":
        return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            x[:12], x[12:20], x[20:24], x[24:28], x[28:40])
    if style == "sf":
        y = base64.b64encode(bytes.fromhex(x + x[:8])).decode().replace("+", "").replace("/", "")
        return "<%s.%s@sfdc.net>" % (y[:30], x[:10])
    if style == "gmail":
        y = base64.b64encode(bytes.fromhex(x)).decode().replace("+", "").replace("/", "")
        return "<CAK%s%s+q@mail.gmail.com>" % (y[:22], x[:9].upper())
    if style == "outlook":
        return "<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>" % (
            x[:4].upper(), x[4:8].upper(), x[8:12].upper())
    return "<%s.%s@%s>" % (x[:16], x[16:26], style)


def auth(dom, ok=True, box="gmail", dkim=None):
    dk = "pass" if ok else "fail"
    dm = "pass" if ok else "fail"
    if dkim is not None:
        dk = dkim
    if box == "gmail":
        return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
                "       spf=%s smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
                % (dk, dom, _hx(dom, 6), _hx(dom + "b", 8), "pass" if ok else "softfail",
                   "bounce." + dom if ok else "mta7.mailer-relay.net", dm,
                   "QUARANTINE", "QUARANTINE", "NONE" if ok else "QUARANTINE", dom))
    return ("spf=pass (sender IP is 54.240.%d.%d) smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100"
            % (len(dom), len(dom) * 3, "amazonses.com", dk, dom, dm, dom))


def enc(text, cs):
    pc = {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932"}.get(cs, cs)
    return text.encode(pc)


def leaf(ctype, text, cs="utf-8", cte="quoted-printable", extra=""):
    b = enc(text, cs)
    if cte == "base64":
        body = base64.encodebytes(b)
    elif cte == "quoted-printable":
        body = quopri.encodestring(b)
    else:
        body = b
    if not body.endswith(b"\n"):
        body += b"\n"
    head = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n%s' % (
        ctype, cs, cte, extra)
    return head.encode() + b"\n" + body


def multi(sub, parts, seed="b"):
    bd = "----=_Part_%s_%s" % (_hx(seed, 6), _hx(seed + "x", 10)) if sub != "mixed" \
        else "000000000000%s" % _hx(seed, 16)
    out = ('Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % (sub, bd)).encode()
    for p in parts:
        out += ("--%s\n" % bd).encode() + p + b"\n"
    out += ("--%s--\n" % bd).encode()
    return out


def H(html_text, cs="utf-8", cte="quoted-printable"):
    return leaf("text/html", html_text, cs, cte)


def T(text, cs="utf-8", cte="quoted-printable"):
    return leaf("text/plain", text, cs, cte)


def alt(text, html_text, cs="utf-8", cte="quoted-printable", seed="alt"):
    return multi("alternative", [T(text, cs, cte), H(html_text, cs, cte)], seed)


def strip(html_text):
    s = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", html_text)
    s = re.sub(r'(?is)<span[^>]*display:\s*none[^>]*>.*?</span>', "", s)
    s = re.sub(r"(?is)<!--.*?-->", "", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</h\d>|</li>|</blockquote>", "\n", s)
    s = re.sub(r"(?i)</td>", "  ", s)
    s = re.sub(r"(?i)<table[^>]*>|</table>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    s = re.sub(r"[ \t]+\n", "\n", s)
    s = re.sub(r"\n{3,}", "\n\n", s)
    return s.strip() + "\n"


def emit(frm, to, subj, date, entity, label, mid_=None, cc=None, irt=None,
         refs=None, au=None, extra=(), crlf=False, scs="utf-8", rp=None):
    n = len(MSGS) + 1
    kind, reply, case, cids = label
    assert kind in KINDS, kind
    m = mid_ or mid("ses", "m%d" % n)
    hs = []
    if rp:
        hs.append(("Return-Path", "<%s>" % rp))
    if au:
        hs.append(("Authentication-Results", au))
    hs += [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", h(subj, scs)), ("Date", date), ("Message-ID", m)]
    if irt:
        hs.append(("In-Reply-To", irt))
        hs.append(("References", refs or irt))
    hs += list(extra)
    hs.append(("MIME-Version", "1.0"))
    head = "".join("%s: %s\n" % kv for kv in hs).encode()
    raw = head + entity
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    base = os.path.join(OUT, "%03d-msg" % n)
    with open(base + ".eml", "wb") as f:
        f.write(raw)
    with open(base + ".json", "w") as f:
        json.dump({"kind": kind, "needs_reply": reply, "case": case,
                   "candidate_ids": list(cids)}, f, ensure_ascii=False)
        f.write("\n")
    MSGS.append((n, kind, m))
    return m


# ---------------------------------------------------------------- templates
AWS_LEGAL = ('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
             'style="margin-top:24px;border-top:1px solid #d5dbdb"><tr><td style="font-size:11px;'
             'color:#687078;padding-top:10px">Amazon Web Services, Inc. is an affiliate of '
             'Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This '
             'message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue '
             'North, Seattle, WA 98109-5210.</td></tr></table>')


def pre(text):
    """Hidden preheader, as e-mail templates put it."""
    return ('<span style="display:none!important;visibility:hidden;mso-hide:all;font-size:1px;'
            'color:#ffffff;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden">'
            '%s</span>' % text)


def page(inner, preheader=None, lang="en", title="", head_extra=""):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width">'
            '<title>%s</title>%s</head>\n<body style="margin:0;padding:0;background:#f2f3f3">\n%s\n'
            '%s\n</body></html>\n' % (lang, title, head_extra, pre(preheader) if preheader else "", inner))


def card(inner, logo_alt="AWS Training and Certification"):
    return ('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;'
            'font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">'
            '<tr><td style="background:#232f3e;padding:14px 24px"><img src="https://d1.awsstatic.com/'
            'logos/aws-tc-header.png" width="180" height="32" alt="%s" style="color:#ffffff"></td></tr>'
            '<tr><td style="padding:24px">\n%s\n</td></tr></table></td></tr></table>' % (logo_alt, inner))


def button(label, href, color="#ec7211"):
    return ('<table role="presentation" cellpadding="0" cellspacing="0" style="margin:18px 0"><tr>'
            '<td style="background:%s;border-radius:3px"><a href="%s" style="display:inline-block;'
            'padding:10px 22px;color:#ffffff;text-decoration:none;font-weight:bold">%s</a></td></tr>'
            '</table>' % (color, html.escape(href, quote=True), label))


def kv(rows, style="border-collapse:collapse;margin:12px 0", td="border:1px solid #d5dbdb;padding:6px 10px"):
    r = "".join('<tr><td style="%s;background:#fafafa"><b>%s</b></td><td style="%s">%s</td></tr>'
                % (td, k, td, v) for k, v in rows)
    return '<table cellpadding="0" cellspacing="0" style="%s">%s</table>' % (style, r)


def gmail(new_html, attr, quoted):
    return ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            '%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
            % (new_html, html.escape(attr), quoted))


def outlook(new_html, frm, sent, to, subj, quoted, jp=False):
    lab = ("差出人", "送信日時", "宛先", "件名") if jp else ("From", "Sent", "To", "Subject")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;">P {margin-top:0;margin-bottom:0;}</style>'
            '</head><body dir="ltr"><div class="elementToProof" style="font-family:Aptos,Calibri,'
            'Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">%s</div>'
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"'
            ' color="#000000"><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s</font>'
            '<div>&nbsp;</div></div><div>%s</div></body></html>\n'
            % (new_html, lab[0], html.escape(frm), lab[1], sent, lab[2], html.escape(to), lab[3],
               html.escape(subj), quoted))


def tc_subj(case, tail="[AWS Training and Certification Form Submission] - account-assistance", sp=""):
    return "RE:%s[CASE %s] %s" % (sp, case, tail)


def console_link(case):
    return "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % case
