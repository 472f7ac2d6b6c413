#!/usr/bin/env python3
"""Write the blind held-out mailbox: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only.  Run:  python3 gen.py
Messages are added in mailbox arrival order; numbering follows that order.
"""
import base64
import json
import os
import quopri
import random
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(360)

# ---------------------------------------------------------------- people
P = "mirei.kobaya@gmail.com"                 # personal address (kept)
C = "m-kobayakawa@tessera-sys.co.jp"          # company address (leaving 2025-05-30)
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"

# ---------------------------------------------------------------- cases
CASE_F = "174461233500918"   # duplicate personal profiles / Credly (form, 15 digits)
CASE_D = "21750934168"       # name on certificate, Japanese agent (form, 11 digits)
CASE_A = "174659301800236"   # company -> personal merge, APN hold (form, 15 digits)
CASE_B = "174662245900871"   # duplicate form submission of CASE_A
CASE_E = "8120475593"        # 2021 voucher case, only seen in a forward (10 digits)
CASE_C = "6083917452"        # Support Center console case: missing voucher
CASE_EDU = "20417735960"     # AWS Educate form case (other program)
CASE_BILL = "174900431100655"  # console billing case (not T&C)

ID_CO = "AWS07731942"        # company certification account
ID_ME = "AWS10586233"        # personal account (the one kept)
ID_DUP = "AWS12044817"       # accidental duplicate personal profile

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
MIDS = {}
TXT = {}


# ---------------------------------------------------------------- helpers
def when(y, mo, d, h, mi, s=0, off=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(hours=off)))


def date_hdr(t):
    return format_datetime(t)


def hx(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def an(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(RND.choice(alphabet) for _ in range(n))


def ses_mid(key, t):
    ms = int(t.timestamp() * 1000)
    v = "<01010%011x-%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com>" % (
        ms, hx(8), hx(4), hx(4), hx(4), hx(12))
    MIDS[key] = v
    return v


def mk_mid(key, domain, style="plain"):
    if style == "gmail":
        v = "<CA%s%s@mail.gmail.com>" % (an(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_"),
                                        an(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))
    elif style == "outlook":
        v = "<TYCP%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (an(4), an(20), an(5, "0123456789"))
    else:
        v = "<%s.%s@%s>" % (hx(16), hx(8), domain)
    MIDS[key] = v
    return v


def enc_h(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=()):
    data = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    h = ['Content-Type: %s; charset="%s"' % (ctype, charset),
         "Content-Transfer-Encoding: %s" % cte] + list(extra)
    return h, body


def raw_leaf(header_lines, body_bytes):
    if not body_bytes.endswith(b"\n"):
        body_bytes += b"\n"
    return list(header_lines), body_bytes


def multi(subtype, parts, extra_param=""):
    boundary = "----=_Part_%s_%s.%s" % (RND.randint(100000, 999999), RND.randint(10 ** 8, 10 ** 9), RND.randint(10 ** 12, 10 ** 13))
    if subtype == "alternative" and RND.random() < 0.5:
        boundary = "000000000000%s" % hx(16)
    out = b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for h, b in parts:
        out += b"--" + boundary.encode() + b"\n" + "\n".join(h).encode("ascii") + b"\n\n" + b
    out += b"--" + boundary.encode() + b"--\n"
    return ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, extra_param)], out


def alt(text, html, charset="utf-8", cte="quoted-printable", cte_html=None):
    return multi("alternative", [leaf("text/plain", text, charset, cte),
                                 leaf("text/html", html, charset, cte_html or cte)])


def html_of(text):
    """Very small text->HTML conversion used for the HTML half of some alternatives."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        esc = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + "\n".join(out) + "\n</body></html>\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + line) if line.strip() else prefix.rstrip() for line in text.strip("\n").split("\n"))


def auth(from_domain, mailfrom, ip, dkim_domains=None, dkim="pass", spf="pass", dmarc="pass",
         policy="QUARANTINE", server="mx.google.com"):
    parts = []
    for d in (dkim_domains if dkim_domains is not None else [from_domain]):
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim, d, an(8, "abcdefghijklmnopqrstuvwxyz234567"), an(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")))
    if not parts:
        parts.append("dkim=none")
    if spf in ("pass",):
        parts.append("spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (
            "google.com" if server == "mx.google.com" else server, mailfrom, ip, mailfrom))
    else:
        parts.append("spf=%s (%s: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (
            spf, "google.com" if server == "mx.google.com" else server, mailfrom, ip, mailfrom))
    if dmarc == "none":
        parts.append("dmarc=none header.from=%s" % from_domain)
    else:
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
            dmarc, policy, policy, "QUARANTINE" if dmarc == "fail" else "NONE", from_domain))
    return server + ";\n       " + ";\n       ".join(parts)


def inbound(to, t, mailfrom, ip, host, from_domain, **kw):
    server = kw.get("server", "mx.google.com")
    rcv_t = t + timedelta(seconds=RND.randint(1, 9))
    return [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            hx(4), hx(3), hx(3), hx(4), hx(4), an(12, "abcdefghijklmnopqrstuvwxyz0123456789"), date_hdr(rcv_t))),
        ("Received", "from %s (%s. [%s])\n        by %s with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            host, host, ip, server, an(16, "abcdefghijklmnopqrstuvwxyz0123456789"), to, date_hdr(rcv_t))),
        ("Authentication-Results", auth(from_domain, mailfrom, ip, **kw)),
        ("Return-Path", "<%s>" % mailfrom),
    ]


def ses_in(to, t):
    mf = "01010%011x-%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com" % (
        int(t.timestamp() * 1000) - 1500, hx(8), hx(4), hx(4), hx(4), hx(12))
    ip = "54.240.27.%d" % RND.randint(10, 60)
    host = "a27-%s.smtp-out.us-west-2.amazonses.com" % ip.split(".")[-1]
    return inbound(to, t, mf, ip, host, "amazon.com", dkim_domains=["amazon.com", "amazonses.com"])


def add(kind, reply, case, cands, headers, body, note, crlf=False):
    ch, b = body
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    lines += ch
    head = "\n".join(lines)
    head.encode("ascii")  # headers must be ASCII (RFC 2047 applied where needed)
    raw = head.encode("ascii") + b"\n\n" + b
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append({"raw": raw, "note": note,
                 "label": {"kind": kind, "needs_reply": reply, "case": case,
                           "candidate_ids": list(dict.fromkeys(cands))}})


def tc_headers(to, t, key, subject, reply_to_key=None, refs=(), frm=None, cc=None):
    h = ses_in(to, t)
    h += [("From", frm or TC),
          ("To", to),
          ("Cc", cc),
          ("Subject", enc_h(subject)),
          ("Date", date_hdr(t)),
          ("Message-ID", ses_mid(key, t)),
          ("In-Reply-To", MIDS[reply_to_key] if reply_to_key else None),
          ("References", " ".join(MIDS[r] for r in refs) if refs else None),
          ("X-SES-Outgoing", t.strftime("%Y.%m.%d") + "-54.240.27.%d" % RND.randint(10, 60)),
          ("Feedback-ID", "1.us-west-2.%s=:AmazonSES" % an(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))]
    return h


def sent_headers(frm, to, t, key, subject, reply_to_key=None, refs=(), cc=None, style="gmail",
                 charset="utf-8", extra=()):
    dom = frm.rsplit("@", 1)[-1].rstrip(">")
    h = [("From", frm), ("To", to), ("Cc", cc), ("Subject", enc_h(subject, charset)), ("Date", date_hdr(t)),
         ("Message-ID", mk_mid(key, dom, style)),
         ("In-Reply-To", MIDS[reply_to_key] if reply_to_key else None),
         ("References", " ".join(MIDS[r] for r in refs) if refs else None)]
    return h + list(extra)


def tc_subj(case, tail=SUBJ_TC, sep=""):
    return "RE:%s[CASE %s] %s" % (sep, case, tail)


# =================================================================== messages
def m001():
    t = when(2025, 4, 11, 7, 0, 0, 9)
    text = """Cloud Weekly JP #212  2025年4月11日号

今週のトピック
----------------------------------------
1. AWS Organizations でのアカウント統合(マージ)を安全に進める手順
   買収や組織再編で複数の管理アカウントをひとつにまとめるときの落とし穴を整理しました。
2. 認定資格の有効期限、いつ確認していますか?
   更新の時期が近い方向けに、上位試験による再認定の仕組みをおさらいします。
3. GitHub Actions から OIDC で AWS にデプロイする最小構成

読者アンケートにご協力ください
本誌の改善のため、3問だけのアンケートを実施しています。ご意見をお聞かせいただけますと幸いです。
https://cloudweekly.jp/survey/2025q2

配信停止はこちら: https://cloudweekly.jp/unsubscribe?u=7f31c9
"""
    html = html_of(text)
    h = inbound(P, t - timedelta(hours=9), "bounce+7f31c9@mail.cloudweekly.jp", "198.2.180.44",
                "mail180-44.suw91.mandrillapp.com", "cloudweekly.jp")
    h += [("From", addr("Cloud Weekly JP", "newsletter@cloudweekly.jp")), ("To", P),
          ("Subject", enc_h("Cloud Weekly JP #212: アカウント統合のベストプラクティス、ほか")),
          ("Date", date_hdr(t)), ("Message-ID", mk_mid("n212", "mail.cloudweekly.jp")),
          ("List-Unsubscribe", "<https://cloudweekly.jp/unsubscribe?u=7f31c9>"),
          ("List-Id", "Cloud Weekly JP <weekly.cloudweekly.jp>"), ("Precedence", "bulk")]
    add("unrelated", False, None, [], h, alt(text, html, cte="base64"),
        "Japanese newsletter (base64 multipart) about AWS Organizations account 'merge' and certification renewal; "
        "has its own survey invitation. Words overlap with the case but it is a newsletter.")


def m002():
    t = when(2025, 4, 12, 3, 14, 22)
    text = """Hello Mirei,

This is a reminder that your AWS Certified Solutions Architect - Associate certification
will expire on July 11, 2025.

  Candidate ID:       %s
  Validation number:  6YQ2P8ZL1E4Q1KSB
  Expiration date:    2025-07-11

You can keep this certification active by passing the current version of the exam, or by
earning a higher-level certification in the same path before the expiration date. Details
of the recertification options are in your AWS Certification Account under "Certifications".

Keep building,
AWS Training and Certification

This message was sent from a notification-only address that does not accept replies.
""" % ID_CO
    h = inbound(C, t, "bounces@certmetrics.com", "167.89.113.20", "o1.ptr2417.certmetrics.com",
                "certmetrics.com", server="mx.tessera-sys.co.jp")
    h += [("From", addr("AWS Certification", CERTM)), ("To", C),
          ("Subject", "Your AWS Certified Solutions Architect - Associate certification expires in 90 days"),
          ("Date", date_hdr(t)), ("Message-ID", mk_mid("exp90", "certmetrics.com"))]
    add("certification", False, None, [ID_CO], h, leaf("text/plain", text, "us-ascii", "7bit"),
        "CertMetrics expiry reminder to the company address; quotes the candidate ID and a 16-char validation "
        "number. Program mail, not a case.")


ACK_F = """Hello,

Thank you for reaching out to AWS Training and Certification. This message confirms that we
have opened case %s for your request.

The details of your case are as follows:

Case ID: %s
Subject: %s
Inquiry type: Certification
Additional details: Account Merge
Description:
Hi, my Credly profile stopped showing my AWS badges. I think I accidentally created a second
certification profile with the same e-mail address when I switched to Builder ID sign-in.
IDs I can see: %s (new, empty) and %s (the one with my Cloud Practitioner).
Please keep %s.

Our team normally answers within 24 hours, although some requests need more time to find the
right resolution. Please avoid opening another case for the same request: duplicate cases are
handled separately and can delay our answer.

Sincerely,
AWS Training and Certification Customer Service

Keep the [CASE %s] tag in the subject line when you write back so that your message reaches
this case.
""" % (CASE_F, CASE_F, SUBJ_TC, ID_DUP, ID_ME, ID_ME, CASE_F)


def m003():
    t = when(2025, 4, 14, 6, 32, 51)
    h = tc_headers(P, t, "F_ack", tc_subj(CASE_F))
    add("acknowledgement", False, CASE_F, [ID_DUP, ID_ME], h, leaf("text/plain", ACK_F, "utf-8", "7bit"),
        "Form acknowledgement for case F. Echoes the owner's own form text (with both candidate IDs, which count: "
        "it is the ack's own body, not reply quoting). Footer tells how to write back: boilerplate, no reply needed.",
        crlf=True)


def m004():
    t = when(2025, 4, 14, 9, 12, 7)
    text = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tessera-sys/infra-modules/pull/482#event-17344012877
You are receiving this because you authored the thread.

Message ID: <tessera-sys/infra-modules/pull/482/issue_event/17344012877@github.com>
"""
    html = ('<p>Merged <a href="https://github.com/tessera-sys/infra-modules/pull/482">#482</a> into main.</p>\n'
            '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
            '<a href="https://github.com/tessera-sys/infra-modules/pull/482#event-17344012877">view it on GitHub</a>.'
            '<br>You are receiving this because you authored the thread.</p>\n')
    h = inbound(C, t, "bounces+1287451-3e1a-m-kobayakawa=tessera-sys.co.jp@sgmail.github.com", "192.254.112.60",
                "o7.sgmail.github.com", "github.com", server="mx.tessera-sys.co.jp")
    h += [("From", addr("Kaito Ishiguro", "notifications@github.com")),
          ("Reply-To", "tessera-sys/infra-modules <reply+AB3KQ7XUZ4NP2R@reply.github.com>"),
          ("To", "tessera-sys/infra-modules <infra-modules@noreply.github.com>"),
          ("Cc", addr("Mirei Kobayakawa", C) + ", Author <author@noreply.github.com>"),
          ("Subject", "Re: [tessera-sys/infra-modules] Merge account-baseline into landing-zone module (PR #482)"),
          ("Date", date_hdr(t)), ("Message-ID", "<tessera-sys/infra-modules/pull/482/issue_event/17344012877@github.com>"),
          ("In-Reply-To", "<tessera-sys/infra-modules/pull/482@github.com>"),
          ("References", "<tessera-sys/infra-modules/pull/482@github.com>"),
          ("List-ID", "tessera-sys/infra-modules <infra-modules.tessera-sys.github.com>"),
          ("X-GitHub-Reason", "author")]
    add("unrelated", False, None, [], h, alt(text, html, cte="7bit"),
        "GitHub 'Merged #482' notification: 'merge', 'account' and a 'Reply to this email' footer, nothing to do "
        "with AWS.")


def m005():
    t = when(2025, 4, 15, 1, 7, 40)
    text = """Hi Mirei,

Thanks for your patience while I looked into this.

There are indeed two certification profiles registered to mirei.kobaya@gmail.com: %s,
created in November 2020, and %s, created in September 2024. The second one has no exam
history, which matches what you described.

The Credly connection is the part I still need to untangle. Badges are issued to the e-mail
address on your Credly profile, and if that address differs from the one on the profile we
keep, the badges will not reappear even after the merge.

So two quick questions: which e-mail address do you sign in to Credly with? And did you ever
book or sit an exam while signed in to %s?

Once I have your answers I'll line up the merge.

Regards,
Aoife M.
AWS Training and Certification Customer Support
""" % (ID_ME, ID_DUP, ID_DUP)
    TXT["F_info"] = text
    h = tc_headers(P, t, "F_info", tc_subj(CASE_F), frm=addr("AWS Training and Certification", TC))
    add("info_request", True, CASE_F, [ID_ME, ID_DUP, ID_DUP], h, alt(text, html_of(text)),
        "Agent asks two questions (Credly sign-in address; any exam on the duplicate) after a long explanation. "
        "No 'please'. Candidate IDs repeat: listed once each, in order of first appearance.")


def m006():
    t = when(2025, 4, 15, 21, 40, 13, 9)
    prev = TXT["F_info"].strip("\n")
    text = """Hi Aoife,

I sign in to Credly with this same Gmail address. I never took an exam on the second profile,
it was only created when I tried the new Builder ID login. Everything real is on %s.

Thanks,
Mirei

On Tue, Apr 15, 2025 at 10:07 AM <aws-cs-trainingcertification-form@amazon.com> wrote:

%s
""" % (ID_ME, quote(prev))
    html = ('<div dir="ltr">Hi Aoife,<div><br></div><div>I sign in to Credly with this same Gmail address. I never took '
            'an exam on the second profile, it was only created when I tried the new Builder ID login. Everything real '
            'is on %s.</div><div><br></div><div>Thanks,</div><div>Mirei</div></div><br><div class="gmail_quote">'
            '<div dir="ltr" class="gmail_attr">On Tue, Apr 15, 2025 at 10:07 AM &lt;<a href="mailto:%s">%s</a>&gt; wrote:<br>'
            '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">%s</blockquote></div>\n') % (ID_ME, TC, TC, prev.replace("\n", "<br>\n"))
    h = sent_headers(addr("Mirei Kobayakawa", P), TC, t, "F_r1", "Re: " + tc_subj(CASE_F), "F_info", ["F_info"])
    add("user_reply", False, CASE_F, [ID_ME], h, alt(text, html),
        "Owner's Gmail reply; the quoted request below holds two more candidate IDs and two questions that must be "
        "ignored.")


def m007():
    t = when(2025, 4, 16, 12, 3, 55)
    html = """<!DOCTYPE html><html><body style="font-family:Amazon Ember,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h2>Verify your AWS Builder ID email address</h2>
<p>Use the following code to finish verifying your email address:</p>
<p style="font-size:28px;letter-spacing:4px"><b>482913</b></p>
<p>This code expires 10 minutes after it was sent.</p>
<p>If you did not try to create or sign in to an AWS Builder ID, you can ignore this message.</p>
<p style="color:#777;font-size:12px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
410 Terry Avenue North, Seattle, WA 98109-5210</p>
</td></tr></table></body></html>
"""
    h = inbound(P, t, "0101019638f1a2b3-a1b2c3d4-0000@us-east-1.amazonses.com", "54.240.8.77",
                "a8-77.smtp-out.amazonses.com", "signin.aws", dkim_domains=["signin.aws", "amazonses.com"])
    h += [("From", addr("AWS Builder ID", "no-reply@signin.aws")), ("To", P),
          ("Subject", "Verify your AWS Builder ID email address"), ("Date", date_hdr(t)),
          ("Message-ID", mk_mid("bid", "email.amazonses.com"))]
    add("unrelated", False, None, [], h, leaf("text/html", html, "UTF-8", "quoted-printable"),
        "HTML-only Builder ID one-time code (6 digits). AWS sender, not a case.", crlf=True)


def m008():
    t = when(2025, 4, 17, 8, 55, 2)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Mirei,</p>
<p>Thank you for the details. These are the two profiles I found:</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;border:1px solid #aab7b8">
<tr style="background:#f2f3f3"><th></th><th>Profile A</th><th>Profile B</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Sign-in e-mail</td><td>mirei.kobaya@gmail.com</td><td>mirei.kobaya@gmail.com</td></tr>
<tr><td>Certification notifications</td><td>mirei.kobaya@gmail.com</td><td>mirei.kobaya@gmail.com</td></tr>
<tr><td>Created</td><td>2020-11-03</td><td>2024-09-18</td></tr>
<tr><td>Exam history</td><td>1 record</td><td>none</td></tr>
</table>
<p>What I intend to do is move anything attached to Profile B into Profile A and then deactivate Profile B.
A merge cannot be undone afterwards, so I won&#39;t start until I hear from you.</p>
<p>A short reply stating that both profiles belong to you and that Profile A is the one to keep is all I need.</p>
<p>Kind regards,<br>
Marco R.<br>
AWS Training &amp; Certification | Customer Service</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109</p>
</body></html>
""" % (ID_ME, ID_DUP)
    h = tc_headers(P, t, "F_conf", tc_subj(CASE_F, sep=" "), refs=["F_info"])
    add("confirmation_request", True, CASE_F, [ID_ME, ID_DUP], h, leaf("text/html", html, "UTF-8", "quoted-printable"),
        "HTML-only confirmation with a Profile A/B table (not the Account #1/#2 wording). The ask is a statement "
        "('A short reply stating ... is all I need'), not a question.")


def m009():
    t = when(2025, 4, 18, 16, 20, 31)
    text = """Hi Mirei Kobayakawa,

Our system found duplicate issuer records on your account. To protect the integrity of
verified credentials, 3 badges issued by Amazon Web Services Training and Certification
have been temporarily suspended.

Restore your badges within 48 hours:
https://credly-notify.com/restore?u=mirei.kobaya%40gmail.com&t=8f2e1c

If no action is taken, the badges will be permanently revoked and the issuer will be notified.

The Credly Team
"""
    html = html_of(text).replace("https://credly-notify.com/restore?u=mirei.kobaya%40gmail.com&amp;t=8f2e1c",
                                 '<a href="https://credly-notify.com/restore?u=mirei.kobaya%40gmail.com&amp;t=8f2e1c">'
                                 'Restore my badges</a>')
    h = inbound(P, t, "notify@credly-notify.com", "185.213.26.199", "mx1.credly-notify.com", "credly-notify.com")
    h += [("From", addr("Credly", "admin@credly-notify.com")), ("To", P),
          ("Subject", "Action required: your Amazon Web Services badges have been suspended"),
          ("Date", date_hdr(t)), ("Message-ID", mk_mid("ph1", "credly-notify.com"))]
    add("suspicious", False, None, [], h, alt(text, html),
        "Lookalike domain credly-notify.com, DKIM/DMARC pass for the lookalike itself; urgency and a restore link.")


def m010():
    t = when(2025, 4, 19, 5, 31, 9)
    text = """Dear Mirei Kobayakawa,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for your
records.

Exam:                 SCS-C02: AWS Certified Security - Specialty
Registration ID:      462918735
Candidate ID:         %s
Appointment:          Friday, May 16, 2025 at 10:00 AM Japan Standard Time
Delivery:             OnVUE online proctored
Language:             English

Before your exam, run the system test on the computer you will use and have a valid,
government-issued ID ready. You may check in up to 30 minutes before your appointment.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before
the appointment. Appointments that are missed cannot be refunded.

Sincerely,
Pearson VUE
""" % ID_ME
    h = inbound(P, t, "bounce-mc.us12_4172.18@mail.pearson.com", "148.105.8.28",
                "mail28.atl81.mcdlv.net", "pearson.com")
    h += [("From", addr("Pearson VUE", "pearsonvueconfirmation@pearson.com")), ("To", P),
          ("Subject", "Confirmation of your AWS Certified Security - Specialty exam appointment"),
          ("Date", date_hdr(t)), ("Message-ID", mk_mid("pv1", "pearson.com"))]
    add("unrelated", False, None, [ID_ME], h, leaf("text/plain", text, "utf-8", "quoted-printable"),
        "Exam-vendor appointment confirmation: 9-digit registration ID (not a case), candidate ID present "
        "(listed because the field is about the text, not the kind).")


def m011():
    t = when(2025, 4, 21, 9, 2, 44)
    text = """Hello,

We're following up on case %s. On April 17 we asked you to confirm that both
certification profiles belong to you and that %s should be kept, and we have not yet
received your answer.

If we still haven't heard from you by April 24, the case will be closed automatically. A reply
before then keeps it open.

AWS Training and Certification Customer Service
""" % (CASE_F, ID_ME)
    h = tc_headers(P, t, "F_rem", tc_subj(CASE_F), refs=["F_info", "F_conf"])
    add("closing_notice", True, CASE_F, [ID_ME], h, leaf("text/plain", text, "us-ascii", "7bit"),
        "Reminder that the case closes on a date unless the owner answers; restates the pending confirmation.")


def m012():
    t = when(2025, 4, 22, 18, 5, 37, 9)
    text = """小早川さん

お疲れさまです。長谷川です。

引き継ぎ資料、ざっと拝見しました。ありがとうございます。
ランディングゾーンのモジュールはこちらで main にマージしておきます。

あと送別会の日程ですが、5/28(水)か5/29(木)で調整しています。
都合の悪い日があれば教えてください。

長谷川
"""
    h = inbound(C, t - timedelta(hours=9), "t-hasegawa@tessera-sys.co.jp", "10.20.4.15", "mail01.tessera-sys.co.jp",
                "tessera-sys.co.jp", server="mx.tessera-sys.co.jp")
    h += [("From", addr("長谷川 拓真", "t-hasegawa@tessera-sys.co.jp", "iso-2022-jp")), ("To", C),
          ("Subject", enc_h("引き継ぎ資料の件", "iso-2022-jp")), ("Date", date_hdr(t)),
          ("Message-ID", mk_mid("col1", "tessera-sys.co.jp", "outlook")),
          ("X-Mailer", "Microsoft Outlook 16.0")]
    add("unrelated", False, None, [], h, leaf("text/plain", text, "iso-2022-jp", "7bit"),
        "Colleague (ISO-2022-JP) asks a question and says he will 'merge' a module; a request, but not support.")


def m013():
    t = when(2025, 4, 24, 9, 15, 3)
    text = """Dear Customer,

Because we did not receive a response to our previous messages, case %s has now been
closed.

Should you still need the two certification profiles combined, simply reply to this e-mail;
the case will reopen and return to the agent who was handling it.

Thank you,
AWS Training and Certification
""" % CASE_F
    h = tc_headers(P, t, "F_closed", tc_subj(CASE_F), refs=["F_info", "F_conf", "F_rem"])
    add("closing_notice", True, CASE_F, [], h, alt(text, html_of(text), cte="7bit"),
        "Case already closed for lack of response; a reply reopens it. Phrased as 'should you still need...' "
        "(conditional) but the request is unfinished, so the owner must answer.", crlf=True)


def m014():
    t = when(2025, 4, 24, 20, 47, 30, 9)
    closed = """Dear Customer,

Because we did not receive a response to our previous messages, case %s has now been
closed.

Should you still need the two certification profiles combined, simply reply to this e-mail;
the case will reopen and return to the agent who was handling it.

Thank you,
AWS Training and Certification""" % CASE_F
    text = """Apologies, I missed your earlier mail. Yes, both profiles are mine. Please merge %s into %s and keep %s.

Mirei

Sent from my iPhone

> On Apr 24, 2025, at 18:15, aws-cs-trainingcertification-form@amazon.com wrote:
>
%s
""" % (ID_DUP, ID_ME, ID_ME, quote(closed))
    h = sent_headers(addr("Mirei Kobayakawa", P), TC, t, "F_r2", "Re: " + tc_subj(CASE_F), "F_closed",
                     ["F_info", "F_conf", "F_rem", "F_closed"], style="plain",
                     extra=[("X-Mailer", "iPhone Mail (22E252)")])
    add("user_reply", False, CASE_F, [ID_DUP, ID_ME, ID_ME], h, leaf("text/plain", text, "utf-8", "8bit"),
        "iPhone reply (8bit UTF-8) giving the go-ahead; quoted closing notice below.")


def m015():
    t = when(2025, 4, 24, 13, 22, 18)
    text = """お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせをケース %s として受け付けました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: 認定証の氏名表記の修正
お問い合わせタイプ: 認定
その他の詳細: 認定証・デジタルバッジ
内容: 認定証に印字されている名前のスペルが間違っています(Kobayakwa → Kobayakawa)。

通常は24時間以内に担当者よりご連絡いたしますが、内容によってはお時間をいただく場合がございます。
同じ内容のケースを既にお持ちの場合は、新しいケースを作成されませんようお願いいたします。

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_D, CASE_D)
    h = tc_headers(P, t, "D_ack", tc_subj(CASE_D, "[AWS Training and Certification Form Submission] - certificate-name"))
    add("acknowledgement", False, CASE_D, [], h, leaf("text/plain", text, "iso-2022-jp", "7bit"),
        "Japanese acknowledgement in ISO-2022-JP; its only 'お願いいたします' asks not to open duplicates.")


def m016():
    t = when(2025, 4, 25, 0, 0, 12)
    html = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS Summit Japan</title></head>
<body style="margin:0;background:#f2f3f3">
<table width="640" align="center" style="background:#ffffff;font-family:'Hiragino Sans',Meiryo,Arial,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:24px"><h1>AWS Summit Japan 2025</h1>
<p>6月25日・26日 幕張メッセ / Registration is open</p></td></tr>
<tr><td style="padding:24px">
<p>今年も AWS Summit Japan の参加登録を開始しました。150 以上のセッション、ハンズオン、そして
AWS 認定資格をお持ちの方だけが入れる「認定者ラウンジ」をご用意しています。</p>
<p>Certified? Show your digital badge at the AWS Certification Lounge for exclusive swag.</p>
<p><a href="https://aws.amazon.com/jp/events/summits/japan/?trk=em_2504">今すぐ登録する / Register now</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">このメールは配信専用です。ご返信いただいてもお答えできません。<br>
配信停止: <a href="https://pages.awscloud.com/unsubscribe.html">unsubscribe</a><br>
Amazon Web Services Japan G.K., 1-1-1 Kamiosaki, Shinagawa-ku, Tokyo</td></tr>
</table></body></html>
"""
    h = inbound(P, t, "bounce-ecs-11-774-2211@mktomail.amazon.com", "199.15.213.171", "mail213-171.mktomail.com",
                "amazon.com", dkim_domains=["amazon.com", "mktdns.com"])
    h += [("From", addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com")), ("To", P),
          ("Subject", enc_h("AWS Summit Japan 2025 参加登録受付中 / Registration is open")),
          ("Date", date_hdr(t)), ("Message-ID", mk_mid("mkt1", "mktomail.com")),
          ("List-Unsubscribe", "<mailto:unsubscribe-11-774-2211@mktomail.amazon.com>")]
    add("unrelated", False, None, [], h, leaf("text/html", html, "utf-8", "base64"),
        "Genuine AWS marketing (DMARC pass), HTML-only base64, mentions certification and badges.")


def m017():
    t = when(2025, 4, 25, 2, 40, 26)
    text = """Hi Mirei,

Thanks for getting back to us, your case is open again.

I've handed the merge over to our certification records team, who carry out the actual
consolidation of profiles. They work through requests in order, so it can take a few business
days. There is nothing else we need from you for now; I'll write again when it's done.

Best,
Weng
AWS Training and Certification
"""
    h = tc_headers(P, t, "F_reopen", tc_subj(CASE_F), "F_r2", ["F_info", "F_conf", "F_closed", "F_r2"])
    add("case_update", False, CASE_F, [], h, alt(text, html_of(text)),
        "Reopened and passed to another team; explicitly nothing needed from the owner.")


D_INFO = """小早川 様

AWS トレーニングと認定カスタマーサポートの森下でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定証に記載されるお名前について確認いたしましたところ、現在のご登録は「Mirei Kobayakwa」と
なっており、ご指摘のとおり綴りに誤りがあるようでございます。

修正を進めるにあたり、お手数ではございますが、下記の2点を本メールへのご返信にて
お知らせいただけますでしょうか。

1. 公的な身分証明書(パスポート等)に記載されているとおりのローマ字表記のお名前
   (姓と名の順序も含めてご記入ください)
2. 修正対象となる認定アカウントの AWS 候補 ID(AWS から始まる 11 桁の英数字)

ご確認のほど、何卒よろしくお願い申し上げます。

──────────────────
AWS トレーニングと認定 カスタマーサポート
森下
"""


def m018():
    t = when(2025, 4, 25, 6, 18, 40)
    h = tc_headers(P, t, "D_info", tc_subj(CASE_D, "[AWS Training and Certification Form Submission] - certificate-name"),
                   refs=["D_ack"])
    add("info_request", True, CASE_D, [], h, leaf("text/plain", D_INFO, "shift_jis", "base64"),
        "Japanese keigo request (〜いただけますでしょうか) in Shift_JIS/base64 for two items. 'AWS から始まる 11 桁' "
        "describes the ID format and is not itself a candidate ID.", crlf=True)


def m019():
    t = when(2025, 4, 26, 10, 12, 5, 9)
    text = """森下様

ご連絡ありがとうございます。小早川です。

1. パスポート表記: KOBAYAKAWA MIREI
   (認定証には「Mirei Kobayakawa」の順で記載いただけると助かります)
2. AWS 候補 ID: %s

お手数をおかけしますが、よろしくお願いいたします。

小早川 美玲

2025年4月25日(金) 15:18 <aws-cs-trainingcertification-form@amazon.com>:
%s
""" % (ID_CO, quote(D_INFO, ">"))
    h = sent_headers(addr("小早川 美玲", P, "iso-2022-jp"), TC, t, "D_r1",
                     "Re: " + tc_subj(CASE_D, "[AWS Training and Certification Form Submission] - certificate-name"),
                     "D_info", ["D_ack", "D_info"], charset="iso-2022-jp")
    add("user_reply", False, CASE_D, [ID_CO], h, leaf("text/plain", text, "iso-2022-jp", "7bit"),
        "Owner's Japanese reply (ISO-2022-JP, Gmail '…:' attribution with '>' quoting) answering both items.")


def m020():
    t = when(2025, 4, 28, 4, 5, 51)
    text = """Hello Mirei,

Good news: the records team has finished combining your certification profiles. Everything
that was under %s now lives in %s, and %s has been deactivated. Sign in
with your Builder ID as usual and you will land on the remaining profile.

Credly usually catches up within 48 hours, after which your badges should show again.

If anything still looks off after that, just reply here and we'll take another look.

All the best,
Weng
AWS Training and Certification
""" % (ID_DUP, ID_ME, ID_DUP)
    h = tc_headers(P, t, "F_done", tc_subj(CASE_F), refs=["F_info", "F_conf", "F_r2", "F_reopen"])
    add("resolved", False, CASE_F, [ID_DUP, ID_ME], h, alt(text, html_of(text), cte="base64"),
        "Merge done (no 'merged' verb: 'finished combining'); closing line is a conditional invitation.")


def m021():
    t = when(2025, 4, 28, 7, 41, 19)
    text = """Mirei, you have a new badge!

Amazon Web Services Training and Certification has issued you the
"AWS Certified Cloud Practitioner" badge.

Accept your badge:
https://www.credly.com/badges/5d0c2f4e-9b61-4f3a-8a7e-0c1d2b3a4f5e/accept

Once accepted, you can share it on LinkedIn, add it to your e-mail signature and more.

Credly, Inc. | 1350 Broadway, Suite 1100, New York, NY 10018
"""
    html = html_of(text)
    h = inbound(P, t, "bounces+2211409-8d3c-mirei.kobaya=gmail.com@em.credly.com", "167.89.92.12",
                "o12.em.credly.com", "credly.com")
    h += [("From", addr("Credly", CREDLY)), ("To", P),
          ("Subject", "Amazon Web Services Training and Certification issued you a new badge"),
          ("Date", date_hdr(t)), ("Message-ID", mk_mid("cr1", "credly.com"))]
    add("badge", False, None, [], h, alt(text, html),
        "Genuine Credly badge mail right after the F merge; contains a badge UUID, no case.")


def m022():
    t = when(2025, 4, 29, 10, 0, 4)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (Case ID: %s) has been resolved. We'd like to know
how we did.</p>
<p><b>How satisfied are you with the support you received?</b></p>
<table><tr>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/v3?case=%s&amp;r=1">1</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/v3?case=%s&amp;r=2">2</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/v3?case=%s&amp;r=3">3</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/v3?case=%s&amp;r=4">4</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/v3?case=%s&amp;r=5">5</a></td>
</tr><tr><td>Very dissatisfied</td><td></td><td></td><td></td><td>Very satisfied</td></tr></table>
<p>The survey takes less than a minute. Your answers help us improve.</p>
<p style="font-size:11px;color:#777">Please do not reply to this message; replies are not monitored.</p>
</body></html>
""" % ((CASE_F,) * 6)
    h = inbound(P, t, "0101019680aa11bb-22cc-4d5e-8f90-a1b2c3d4e5f6-000000@us-west-2.amazonses.com", "54.240.27.55",
                "a27-55.smtp-out.us-west-2.amazonses.com", "amazon.com", dkim_domains=["amazon.com", "amazonses.com"])
    h += [("From", addr("AWS Training and Certification", "aws-tc-feedback@amazon.com")), ("To", P),
          ("Subject", "How did we do? Case %s" % CASE_F), ("Date", date_hdr(t)),
          ("Message-ID", ses_mid("F_survey", t))]
    add("survey", False, CASE_F, [], h, leaf("text/html", html, "utf-8", "quoted-printable"),
        "HTML-only satisfaction survey about case F; 'do not reply'.")


def m023():
    t = when(2025, 5, 1, 2, 30, 47)
    text = """小早川様

ご返信いただき、ありがとうございます。森下です。

いただいた情報をもとに、認定記録を管理している担当チームへ氏名表記の修正を依頼いたしました。
反映までは通常3〜5営業日ほどかかります。

現時点で、お客様に追加でご対応いただくことはございません。
修正が完了しましたら、改めてこちらからご連絡いたします。

AWS トレーニングと認定 カスタマーサポート
森下
"""
    h = tc_headers(P, t, "D_upd", tc_subj(CASE_D, "[AWS Training and Certification Form Submission] - certificate-name"),
                   "D_r1", ["D_ack", "D_info", "D_r1"])
    add("case_update", False, CASE_D, [], h, leaf("text/plain", text, "utf-8", "quoted-printable"),
        "Japanese update: passed to the records team, 'no further action' stated in keigo.")


def m024():
    t = when(2025, 5, 2, 10, 0, 0, 9)
    text = """小早川 美玲 様

人事部です。5月30日付のご退職に伴う手続きについてご案内します。

1. 貸与PC・入館証は最終出社日に情報システム部へ返却してください。
2. 会社メールアカウント(m-kobayakawa@tessera-sys.co.jp)は 5月30日 23:59 に停止します。
   個人宛の連絡は事前に個人アドレスへ切り替えてください。
3. AWS パートナー(APN)に登録されている認定資格の紐付けは、退職日以降に当社側で解除します。
   個人アカウントへの移行が必要な方は各自で手続きをお願いします。
4. 添付の「秘密保持に関する誓約書」に署名のうえ、5月16日(金)までに人事部へ返送してください。

ご不明な点がありましたら人事部までお問い合わせください。

人事部 労務グループ
"""
    h = inbound(C, t - timedelta(hours=9), "jinji@tessera-sys.co.jp", "10.20.4.15", "mail01.tessera-sys.co.jp",
                "tessera-sys.co.jp", server="mx.tessera-sys.co.jp")
    h += [("From", addr("人事部", "jinji@tessera-sys.co.jp")), ("To", C),
          ("Subject", enc_h("【ご案内】退職手続きについて(5/30付)")), ("Date", date_hdr(t)),
          ("Message-ID", mk_mid("hr1", "tessera-sys.co.jp"))]
    add("unrelated", False, None, [], h, leaf("text/plain", text, "utf-8", "base64"),
        "HR leaving procedure: mentions APN certification linkage and a deadline to return a form; a request, "
        "but from the employer, not support.")


def m025():
    t = when(2025, 5, 3, 3, 12, 8)
    text = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $23.41

You can see a complete break down of all charges on the Billing & Cost Management page:
https://console.aws.amazon.com/billing/home#/bills?year=2025&month=4

[AWS ID 305718226491] [Invoice ID 2178440915]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210.
"""
    h = inbound(P, t, "01010196933cf0aa-6b2f-4e1d-9c1a-3e7f8a9b0c1d-000000@us-west-2.amazonses.com", "54.240.27.31",
                "a27-31.smtp-out.us-west-2.amazonses.com", "amazon.com", dkim_domains=["amazon.com", "amazonses.com"])
    h += [("From", addr("Amazon Web Services", "aws-receivables-support@email.amazon.com")), ("To", P),
          ("Subject", "Amazon Web Services Billing Statement Available [Account: 305718226491]"),
          ("Date", date_hdr(t)), ("Message-ID", ses_mid("bill1", t))]
    add("unrelated", False, None, [], h, leaf("text/plain", text, "utf-8", "7bit"),
        "AWS billing statement: 12-digit account ID and a 10-digit invoice ID that looks like an old case number.")


def m026():
    t = when(2025, 5, 6, 22, 31, 40, 9)
    text = """AWS認定 移行前メモ

- 会社アカウント %s : SAA (2022/07取得), 試験履歴 3件, 50%%割引バウチャー 1枚 (期限 2025/09/30)
- 個人アカウント %s : CLF のみ → こっちに統合する
- 証明書PDF ダウンロード済 (Drive/certs/)
- フォーム: お問い合わせタイプ=認定, 詳細=Account Merge, 残すのは個人の gmail
- 会社メールは 5/30 まで生きてる。APN の紐付けがあるので確認が来るかも
""" % (ID_CO, ID_ME)
    h = sent_headers(addr("Mirei Kobayakawa", P), P, t, "memo", "memo: AWS認定 移行前チェック")
    add("user_reply", False, None, [ID_CO, ID_ME], h, leaf("text/plain", text, "utf-8", "8bit"),
        "Note to self (From and To are the owner) with both candidate IDs; no case yet.")


def m027():
    t = when(2025, 5, 7, 4, 43, 52)
    text = """Hello,

Thanks for contacting Amazon Web Services. Case %s has been opened for your inquiry.

The details of your case are as follows:

Case ID: %s
Subject: %s
Description:
Use case: I am leaving my employer (Tessera Systems) at the end of May and would like my
certifications moved to my personal certification account.
All e-mail addresses I have used: m-kobayakawa@tessera-sys.co.jp, mirei.kobaya@gmail.com
E-mail address to keep on file: mirei.kobaya@gmail.com
Candidate IDs: %s (company), %s (personal)

We generally respond within 24 hours, but some requests take longer to resolve. If a case
for this request already exists, please do not open a new one.

Sincerely,
Amazon Web Services
""" % (CASE_A, CASE_A, SUBJ_TC, ID_CO, ID_ME)
    h = tc_headers(P, t, "A_ack", tc_subj(CASE_A))
    add("acknowledgement", False, CASE_A, [ID_CO, ID_ME], h, leaf("text/plain", text, "utf-8", "quoted-printable"),
        "Acknowledgement of the main case (15-digit ID whose first 10 digits are the send time). Echoed form "
        "text lists both candidate IDs and both addresses.")


B_ACK_HTML = """<html><head><meta charset="UTF-8"></head><body style="font-family:'Meiryo UI',Meiryo,sans-serif;font-size:14px">
<p>お客様</p>
<p>Amazon Web Services にお問い合わせいただきありがとうございます。ケース %s を作成いたしました。</p>
<p>ケースの詳細:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>ケース ID</td><td>%s</td></tr>
<tr><td>件名</td><td>%s</td></tr>
<tr><td>内容</td><td>退職に伴い、会社のメールアドレス(m-kobayakawa@tessera-sys.co.jp)の認定アカウントを、個人のメールアドレス(mirei.kobaya@gmail.com)のアカウントへ統合したいです。</td></tr>
</table>
<p>通常、24 時間以内に担当者よりご連絡いたします。最適な解決策をご案内するため、さらにお時間をいただく場合もございます。</p>
<p>すでに同じ内容でケースを作成済みの場合は、重複してケースを作成なさらないようお願いいたします。</p>
<p>Amazon Web Services</p>
</body></html>
""" % (CASE_B, CASE_B, SUBJ_TC)


def m028():
    t = when(2025, 5, 7, 12, 54, 40)
    h = tc_headers(C, t, "B_ack", tc_subj(CASE_B))
    h[:5] = inbound(C, t, "01010196a2b3c4d5-0f1e-4a2b-9c3d-5e6f7a8b9c0d-000000@us-west-2.amazonses.com",
                    "54.240.27.18", "a27-18.smtp-out.us-west-2.amazonses.com", "amazon.com",
                    dkim_domains=["amazon.com", "amazonses.com"], server="mx.tessera-sys.co.jp")
    add("acknowledgement", False, CASE_B, [], h, leaf("text/html", B_ACK_HTML, "UTF-8", "base64"),
        "Second acknowledgement for the same request (duplicate form sent from the company address): Japanese, "
        "HTML-only, base64, table. Different case number from the main case.")


def m029():
    t = when(2025, 5, 7, 22, 5, 12, 9)
    ack_plain = """お客様

Amazon Web Services にお問い合わせいただきありがとうございます。ケース %s を作成いたしました。

ケースの詳細:
ケース ID %s
件名 %s
内容 退職に伴い、会社のメールアドレス(m-kobayakawa@tessera-sys.co.jp)の認定アカウントを、個人のメールアドレス(mirei.kobaya@gmail.com)のアカウントへ統合したいです。

通常、24 時間以内に担当者よりご連絡いたします。最適な解決策をご案内するため、さらにお時間をいただく場合もございます。

すでに同じ内容でケースを作成済みの場合は、重複してケースを作成なさらないようお願いいたします。

Amazon Web Services""" % (CASE_B, CASE_B, SUBJ_TC)
    text = """Hello,

I submitted the form twice by mistake. Case %s, which I opened this morning from my
personal address, covers exactly the same request, so please close this one and continue on
the other case.

Best regards,
Mirei Kobayakawa
Tessera Systems Co., Ltd. | Cloud Infrastructure Group

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, May 7, 2025 9:54 PM
To: 小早川 美玲 <m-kobayakawa@tessera-sys.co.jp>
Subject: %s

%s
""" % (CASE_A, tc_subj(CASE_B), ack_plain)
    h = sent_headers(addr("Kobayakawa Mirei", C), TC, t, "B_r1", "RE: " + tc_subj(CASE_B), "B_ack", ["B_ack"],
                     style="outlook", extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + an(30))])
    add("user_reply", False, CASE_B, [], h, leaf("text/plain", text, "iso-2022-jp", "7bit"),
        "Owner (company address, Outlook '-----Original Message-----' quoting, ISO-2022-JP) asks support to close "
        "the duplicate; mentions the main case number in the new text but belongs to the duplicate thread.",
        crlf=True)


def m030():
    t = when(2025, 5, 8, 1, 15, 33)
    text = """Hello Mirei,

Thanks for the heads-up. I've closed case %s as a duplicate and added a note to
case %s so the two are linked. Your merge request will be handled there, and no
further action is required on this one.

Regards,
Lerato
Training and Certification Support
Amazon Web Services
""" % (CASE_B, CASE_A)
    h = tc_headers(C, t, "B_dup", tc_subj(CASE_B), "B_r1", ["B_ack", "B_r1"])
    h[:5] = inbound(C, t, "01010196a6d7e8f9-1a2b-4c3d-8e9f-0a1b2c3d4e5f-000000@us-west-2.amazonses.com",
                    "54.240.27.22", "a27-22.smtp-out.us-west-2.amazonses.com", "amazon.com",
                    dkim_domains=["amazon.com", "amazonses.com"], server="mx.tessera-sys.co.jp")
    add("case_update", False, CASE_B, [], h, leaf("text/plain", text, "us-ascii", "7bit"),
        "Duplicate case closed and linked: says 'closed' but it is neither a closing notice nor a resolution; "
        "names both case numbers, belongs to the duplicate.")


A_HOLD_HTML = """<div style="font-family:Arial,sans-serif;font-size:14px">
<div>Hello Mirei,</div><br>
<div>Thank you for your patience.</div><br>
<div>I reviewed both certification accounts listed in your request. The account registered to
m-kobayakawa@tessera-sys.co.jp (%s) is associated with an AWS Partner Network organization,
Tessera Systems Co., Ltd. Certifications held on a partner-associated account count toward that
organization&#39;s partner tier, so we are not able to merge it into a personal account while the
association is active. I have placed your case on hold for the time being.</div><br>
<div>The association is normally released by the partner&#39;s Alliance Lead once the employee has
left, or earlier if they approve it. To decide how to approach them: are you still employed at
Tessera Systems, and if so, what will be your final working day?</div><br>
<div>Best regards,<br>Lerato<br>Training and Certification Support<br>Amazon Web Services</div>
</div>
""" % ID_CO


def m031():
    t = when(2025, 5, 8, 3, 20, 9)
    h = tc_headers(P, t, "A_hold", tc_subj(CASE_A), refs=["A_ack"])
    add("on_hold", True, CASE_A, [ID_CO], h, leaf("text/html", A_HOLD_HTML, "UTF-8", "quoted-printable"),
        "HTML-only partner (APN) hold. The question about employment and last day is buried in the second "
        "paragraph after 'To decide how to approach them:', so the hold needs an answer.")


def m032():
    t = when(2025, 5, 8, 13, 2, 44, 9)
    import re
    prev = re.sub(r"<br>\s*", "\n", A_HOLD_HTML)
    prev = re.sub(r"<[^>]+>", "", prev).replace("&#39;", "'").strip()
    text = """Hi Lerato,

Yes, I'm still at Tessera until May 30, which is my last working day. My company mailbox
stays active until then. Feel free to contact our Alliance Lead; I've told them about this as
well.

Thank you,
Mirei

On Thu, May 8, 2025 at 12:20 PM <aws-cs-trainingcertification-form@amazon.com> wrote:

%s
""" % quote(prev)
    html = ('<div dir="ltr">Hi Lerato,<br><br>Yes, I&#39;m still at Tessera until May 30, which is my last working day. '
            'My company mailbox stays active until then. Feel free to contact our Alliance Lead; I&#39;ve told them '
            'about this as well.<br><br>Thank you,<br>Mirei</div><br><div class="gmail_quote"><div dir="ltr" '
            'class="gmail_attr">On Thu, May 8, 2025 at 12:20 PM &lt;%s&gt; wrote:<br></div><blockquote '
            'class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">%s</blockquote></div>\n') % (TC, A_HOLD_HTML)
    h = sent_headers(addr("Mirei Kobayakawa", P), TC, t, "A_r1", "Re: " + tc_subj(CASE_A), "A_hold", ["A_ack", "A_hold"])
    add("user_reply", False, CASE_A, [], h, alt(text, html),
        "Owner answers the hold question; the quoted hold (with candidate ID and question) must be skipped.")


def m033():
    t = when(2025, 5, 8, 4, 3, 1)
    text = """This is an automated response.

We have received your message regarding case %s and added it to the case history.
The agent handling your case will review it and respond as soon as possible.

Please do not open a new case for this request.

AWS Training and Certification Customer Service
""" % CASE_A
    h = tc_headers(P, t, "A_auto", tc_subj(CASE_A), "A_r1", ["A_ack", "A_hold", "A_r1"])
    h.append(("Auto-Submitted", "auto-replied"))
    add("acknowledgement", False, CASE_A, [], h, leaf("text/plain", text, "us-ascii", "7bit"),
        "System auto-reply confirming receipt of the owner's message (acknowledgement of correspondence, not of "
        "a new case).")


def m034():
    t = when(2025, 5, 9, 10, 30, 2, 9)
    text = """Automatic reply / 自動応答

5月9日(金)〜5月12日(月)は休暇のため不在にしております。
期間中のメールは確認できませんので、5月13日以降に順次ご返信いたします。
お急ぎの場合は長谷川(t-hasegawa@tessera-sys.co.jp)までご連絡ください。

野口 さくら
"""
    h = inbound(C, t - timedelta(hours=9), "s-noguchi@tessera-sys.co.jp", "10.20.4.15", "mail01.tessera-sys.co.jp",
                "tessera-sys.co.jp", server="mx.tessera-sys.co.jp")
    h += [("From", addr("野口 さくら", "s-noguchi@tessera-sys.co.jp", "iso-2022-jp")), ("To", C),
          ("Subject", enc_h("自動応答: 設計レビューの件", "iso-2022-jp")), ("Date", date_hdr(t)),
          ("Message-ID", mk_mid("ooo", "tessera-sys.co.jp", "outlook")),
          ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    add("unrelated", False, None, [], h, leaf("text/plain", text, "shift_jis", "base64"),
        "Colleague's out-of-office auto-reply in Shift_JIS.")


def m035():
    t = when(2025, 5, 9, 5, 45, 16)
    text = """小早川 様

いつもお世話になっております。AWS トレーニングと認定カスタマーサポートの森下です。

大変お待たせいたしました。AWS 候補 ID %s のご登録氏名を「Mirei Kobayakawa」へ修正いたしました。
認定アカウントの「認定」ページから、修正後の認定証をダウンロードいただけます。
Credly のデジタルバッジにも、数日以内に反映される見込みです。

本件につきましてご不明な点がございましたら、本メールにご返信ください。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
森下
""" % ID_CO
    h = tc_headers(P, t, "D_done", tc_subj(CASE_D, "[AWS Training and Certification Form Submission] - certificate-name"),
                   refs=["D_ack", "D_info", "D_r1", "D_upd"])
    add("resolved", False, CASE_D, [ID_CO], h, leaf("text/plain", text, "iso-2022-jp", "7bit"),
        "Japanese resolution; 'ご不明な点がございましたら…ご返信ください' is a conditional invitation, not a request.")


def m036():
    t = when(2025, 5, 10, 0, 47, 12)
    text = """Hi Mirei,

Thanks for confirming your timeline.

I've contacted the Alliance Lead registered for Tessera Systems Co., Ltd. in AWS Partner
Central and asked them to release the association on %s. Until they respond, or until
your leaving date has passed, your case stays on hold: the partner side has to act first, and
nothing is pending on your end.

I'll update this case as soon as I hear back.

Kind regards,
Lerato
Training and Certification Support
""" % ID_CO
    h = tc_headers(P, t, "A_hold2", tc_subj(CASE_A), "A_r1", ["A_ack", "A_hold", "A_r1"])
    add("on_hold", False, CASE_A, [ID_CO], h, alt(text, html_of(text), cte="base64"),
        "Hold continues while the APN partner acts; explicitly nothing pending on the owner.")


def m037():
    t = when(2025, 5, 10, 9, 0, 30)
    html = """<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>お客様</p>
<p>先日は AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p>ケース ID: %s</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いしております。所要時間は1分ほどです。</p>
<p><a href="https://survey.aws-tc-feedback.amazon.com/s/v3?case=%s&amp;lang=ja">アンケートに回答する</a></p>
<p>※このメールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</body></html>
""" % (CASE_D, CASE_D)
    h = inbound(P, t, "01010196b0c1d2e3-4f5a-4b6c-8d7e-9f0a1b2c3d4e-000000@us-west-2.amazonses.com", "54.240.27.40",
                "a27-40.smtp-out.us-west-2.amazonses.com", "amazon.com", dkim_domains=["amazon.com", "amazonses.com"])
    h += [("From", addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com")), ("To", P),
          ("Subject", enc_h("サポートに関するアンケートのお願い(ケース ID: %s)" % CASE_D)), ("Date", date_hdr(t)),
          ("Message-ID", ses_mid("D_survey", t))]
    add("survey", False, CASE_D, [], h, leaf("text/html", html, "utf-8", "quoted-printable"),
        "Japanese survey request (お願い wording) for case D; a request to fill a survey, not to reply.")


def m038():
    t = when(2025, 5, 12, 8, 11, 5)
    text = """Hello,

Your certification account merge is almost complete.

To protect your certifications, we need to verify that you own both accounts. Please sign in
at the link below with your AWS Builder ID e-mail and password within 24 hours:

https://aws-training-verify.com/merge/confirm?case=174660012300517

Alternatively, you may reply to this e-mail with your sign-in e-mail address and password and
we will complete the verification for you.

If we do not hear from you, your request will be cancelled and the certifications held on the
old account may be lost.

Regards,
AWS Training and Certification Customer Service
"""
    h = inbound(P, t, "www-data@vps-21-77.hostkey-cloud.net", "91.219.21.77", "vps-21-77.hostkey-cloud.net",
                "amazon.com", dkim_domains=["amazon.com"], dkim="fail", spf="softfail", dmarc="fail")
    h += [("From", addr("AWS Training and Certification", TC)), ("To", P),
          ("Subject", tc_subj("174660012300517")), ("Date", date_hdr(t)),
          ("Message-ID", mk_mid("ph2", "vps-21-77.hostkey-cloud.net")),
          ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
    add("suspicious", False, None, [], h, leaf("text/plain", text, "utf-8", "7bit"),
        "Spoofed From of the real T&C form address, real-looking subject with a 15-digit case number, but "
        "dkim=fail / spf=softfail / dmarc=fail and a credential request. Case null: it belongs to no real case.")


def m039():
    t = when(2025, 5, 13, 15, 0, 44)
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Hello Mirei,</p>
<p>As someone who holds an AWS Certification, your perspective matters to us. We're running a short study on how
certified individuals prepare for and use their certifications, and we'd like to include you.</p>
<p>The questionnaire takes about 10 minutes and is open until May 31, 2025.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/?s=cs2025q2">Take the survey</a></p>
<p>Thank you for helping shape the future of AWS Certification.</p>
<p>AWS Certification</p>
<p style="font-size:11px;color:#777">You are receiving this because you opted in to Lend Your Voice to AWS Certification.
To change your preferences, update your AWS Certification Account profile.</p>
</body></html>
"""
    h = inbound(C, t, "bounces@certmetrics.com", "167.89.113.21", "o2.ptr2417.certmetrics.com",
                "certmetrics.com", server="mx.tessera-sys.co.jp")
    h += [("From", addr("AWS Certification", CERTM)), ("To", C),
          ("Subject", "We'd like your input on AWS Certification"), ("Date", date_hdr(t)),
          ("Message-ID", mk_mid("cmsurvey", "certmetrics.com"))]
    add("certification", False, None, [], h, leaf("text/html", html, "utf-8", "quoted-printable"),
        "Certification-program research survey from CertMetrics. Not about a support case, so 'certification', "
        "not 'survey'.")


def m040():
    t = when(2025, 5, 14, 2, 33, 18)
    text = """Hi Mirei,

We haven't heard back from you about ticket #58214 ("Agent disconnects on EKS nodes").

If we don't receive a reply within 3 days, this ticket will be closed automatically. To keep
it open, just reply to this e-mail. If it's already solved, no action is needed.

How would you rate the support you received? Good / Bad
https://support.nimbusmon.io/hc/requests/58214/satisfaction

Nimbus Monitoring Support
--------------------------------
[FJ7Q2K-R9D3]
"""
    h = inbound(C, t, "support+id58214@nimbusmon.zendesk.com", "192.161.144.22", "out-22.smtp.zendesk.com",
                "nimbusmon.io", dkim_domains=["nimbusmon.io", "zendesk.com"], server="mx.tessera-sys.co.jp")
    h += [("From", addr("Nimbus Monitoring Support", "support@nimbusmon.io")), ("To", C),
          ("Subject", "[Nimbus Support] Ticket #58214 will be closed soon"), ("Date", date_hdr(t)),
          ("Message-ID", "<ZQ7K2R9D3_68241a%s_sprut@zendesk.com>" % hx(6))]
    add("unrelated", False, None, [], h, leaf("text/plain", text, "utf-8", "quoted-printable"),
        "Another vendor's closing notice with a rating link: same shape as an AWS closing notice, but not AWS.",
        crlf=True)


def m041():
    t = when(2025, 5, 15, 2, 10, 2)
    text = """Hello Mirei,

Quick update on case %s: Tessera's Alliance Lead has approved the release, and
the partner association on your company certification account has been removed. Your case is
no longer on hold.

I'm now getting the merge ready.

Thanks,
Lerato
""" % CASE_A
    h = tc_headers(P, t, "A_lift", tc_subj(CASE_A), refs=["A_ack", "A_hold", "A_r1", "A_hold2"])
    add("case_update", False, CASE_A, [], h, leaf("text/plain", text, "utf-8", "quoted-printable"),
        "Hold lifted; news only.")


def m042():
    t = when(2025, 5, 15, 2, 26, 40)
    text = """Hi again Mirei,

One thing before I pass this to the colleague who performs merges: is mirei.kobaya@gmail.com
still the address you'd like to keep on the surviving account? Once the company account is
folded in, that's where all certification notices will go.

Thanks,
Lerato
"""
    h = tc_headers(P, t, "A_keep", tc_subj(CASE_A), refs=["A_ack", "A_hold", "A_r1", "A_hold2", "A_lift"])
    add("confirmation_request", True, CASE_A, [], h, leaf("text/plain", text, "us-ascii", "7bit"),
        "Short question confirming which address/account to keep: a merge confirmation, not general info.",
        crlf=True)


def m043():
    t = when(2025, 5, 15, 12, 40, 3, 9)
    prev = """Hi again Mirei,

One thing before I pass this to the colleague who performs merges: is mirei.kobaya@gmail.com
still the address you'd like to keep on the surviving account? Once the company account is
folded in, that's where all certification notices will go.

Thanks,
Lerato"""
    text = """Yes, please keep mirei.kobaya@gmail.com.

Mirei

On Thu, May 15, 2025 at 11:26 AM <aws-cs-trainingcertification-form@amazon.com> wrote:

%s
""" % quote(prev)
    h = sent_headers(addr("Mirei Kobayakawa", P), TC, t, "A_r2", "Re: " + tc_subj(CASE_A), "A_keep",
                     ["A_ack", "A_hold", "A_r1", "A_keep"])
    add("user_reply", False, CASE_A, [], h, leaf("text/plain", text, "utf-8", "7bit"),
        "One-line confirmation by the owner above Gmail quoting.")


A_LIST = """Hi Mirei,

My name is Daniel and I've taken over your case from my colleague. These are the accounts I
located for you:

Account #1
Candidate ID: %s
Login email: mirei.kobaya@gmail.com
Training notification email: mirei.kobaya@gmail.com
Certification notification email: mirei.kobaya@gmail.com

Account #2
Candidate ID: %s
Login email: m-kobayakawa@tessera-sys.co.jp
Training notification email: m-kobayakawa@tessera-sys.co.jp
Certification notification email: m-kobayakawa@tessera-sys.co.jp

Exam history, certifications and benefits from Account #2 will be moved to Account #1, and you
will no longer be able to sign in to Account #2 afterwards.

Shall I go ahead and merge everything into Account #1?

Best,
Daniel K.
AWS T&C Customer Experience
""" % (ID_ME, ID_CO)


def m044():
    t = when(2025, 5, 16, 0, 31, 27)
    h = tc_headers(P, t, "A_list", tc_subj(CASE_A), "A_r2", ["A_ack", "A_hold", "A_keep", "A_r2"],
                   frm=addr("AWS Training and Certification", TC))
    add("confirmation_request", True, CASE_A, [ID_ME, ID_CO], h, leaf("text/plain", A_LIST, "utf-8", "quoted-printable"),
        "Classic Account #1 / Account #2 listing from a new agent, ending in a yes/no question.")


def m045():
    t = when(2025, 5, 16, 9, 30, 51)
    text = """Hello,

Thank you for contacting AWS Educate.

I'm sorry to hear you are having trouble getting into your AWS Educate account. So that I can
locate it, could you provide the e-mail address you used to register for AWS Educate and the
approximate date you last signed in successfully?

Please reply to this e-mail with that information.

Best regards,
Jonas
AWS Educate Support
"""
    h = tc_headers(P, t, "EDU", tc_subj(CASE_EDU, "[AWS Educate Form Submission] - account-access"),
                   frm="aws-cs-educate-form@amazon.com")
    add("unrelated", False, CASE_EDU, [], h, leaf("text/plain", text, "utf-8", "7bit"),
        "A real AWS customer-service form case with the same subject shape, but for AWS Educate: it asks for a "
        "reply, yet it is not a Training and Certification case, so unrelated / no reply; case kept as its own "
        "number.")


def m046():
    t = when(2025, 5, 17, 11, 20, 36)
    text = """Dear Mirei Kobayakawa,

Congratulations! You have successfully passed the AWS Certified Security - Specialty exam and
you are now AWS Certified.

  Candidate ID:     %s
  Exam:             SCS-C02
  Exam date:        2025-05-16
  Scaled score:     812 (passing score 750)

Your certificate is available in your AWS Certification Account under "Certifications". A
digital badge will be issued to you through Credly within 5 business days.

Passing this exam also recertifies any lower-level AWS Certifications you hold.

AWS Training and Certification
""" % ID_ME
    h = inbound(P, t, "bounces@certmetrics.com", "167.89.113.20", "o1.ptr2417.certmetrics.com", "certmetrics.com")
    h += [("From", addr("AWS Certification", CERTM)), ("To", P),
          ("Subject", "Congratulations, you are now AWS Certified!"), ("Date", date_hdr(t)),
          ("Message-ID", mk_mid("pass", "certmetrics.com"))]
    add("certification", False, None, [ID_ME], h, alt(text, html_of(text), cte="base64"),
        "Exam result from CertMetrics with candidate ID and score.")


def m047():
    t = when(2025, 5, 18, 4, 2, 10)
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px">
<table width="600" align="center"><tr><td>
<p>Congratulations, Mirei!</p>
<p><b>Amazon Web Services Training and Certification</b> has recognized your achievement with the badge
<b>AWS Certified Security &ndash; Specialty</b>.</p>
<p><a href="https://www.credly.com/badges/b27e4c9a-61d0-4c55-9f1e-7a3b8c2d0e14/accept"
style="background:#0c7bb3;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#666">You received this e-mail because an issuer awarded you a badge on Credly.
<a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></p>
</td></tr></table></body></html>
"""
    h = inbound(P, t, "bounces+2211409-8d3c-mirei.kobaya=gmail.com@em.credly.com", "167.89.92.13",
                "o13.em.credly.com", "credly.com")
    h += [("From", addr("Credly", CREDLY)), ("To", P),
          ("Subject", "Mirei, accept your AWS Certified Security - Specialty badge"), ("Date", date_hdr(t)),
          ("Message-ID", mk_mid("cr2", "credly.com"))]
    add("badge", False, None, [], h, leaf("text/html", html, "utf-8", "quoted-printable"),
        "HTML-only Credly badge offer after the exam.")


def m048():
    t = when(2025, 5, 19, 7, 0, 22)
    text = """Hello,

I wanted to check in on case %s. We're holding the merge until we hear from you
about the account details sent on May 16.

Without a reply within the next 3 business days, the case will be closed on our side and
nothing will be merged. Responding to this e-mail, even after the case has closed, will
reopen it.

Best,
Daniel K.
AWS T&C Customer Experience
""" % CASE_A
    TXT["A_rem"] = text
    h = tc_headers(P, t, "A_rem", tc_subj(CASE_A), refs=["A_ack", "A_hold", "A_keep", "A_list"])
    add("closing_notice", True, CASE_A, [], h, alt(text, html_of(text)),
        "Reminder and closure warning on the main case; the actual question is only referred to.")


def m049():
    t = when(2025, 5, 19, 17, 26, 8, 9)
    text = """Hi Daniel,

Sorry for the slow reply. Confirmed: please merge Account #2 into Account #1.

Regards,
Mirei Kobayakawa

On Mon, May 19, 2025 at 4:00 PM <aws-cs-trainingcertification-form@amazon.com> wrote:

%s
""" % quote(TXT["A_rem"])
    h = sent_headers(addr("Kobayakawa Mirei", C), TC, t, "A_r3", "Re: " + tc_subj(CASE_A), "A_rem",
                     ["A_ack", "A_list", "A_rem"])
    add("user_reply", False, CASE_A, [], h, alt(text, html_of(text)),
        "Owner confirms but, by mistake, from the company address (Gmail 'send as').")


A_FROMP = """Hello Mirei,

Thank you for the confirmation. It arrived from m-kobayakawa@tessera-sys.co.jp, which is the
login address of Account #2, the account that is going to be closed. For the protection of
your records, approval for a merge has to come from the address of the account that remains.

Please send the same confirmation from mirei.kobaya@gmail.com (replying to this e-mail from
that mailbox is fine), and I'll complete the merge straight away.

Best,
Daniel K.
AWS T&C Customer Experience
"""


def m050():
    t = when(2025, 5, 20, 1, 30, 14)
    h = tc_headers(C, t, "A_fromp", tc_subj(CASE_A), "A_r3", ["A_ack", "A_list", "A_rem", "A_r3"])
    h[:5] = inbound(C, t, "01010196e9f0a1b2-3c4d-4e5f-8a9b-0c1d2e3f4a5b-000000@us-west-2.amazonses.com",
                    "54.240.27.47", "a27-47.smtp-out.us-west-2.amazonses.com", "amazon.com",
                    dkim_domains=["amazon.com", "amazonses.com"], server="mx.tessera-sys.co.jp")
    add("info_request", True, CASE_A, [], h, leaf("text/plain", A_FROMP, "us-ascii", "7bit"),
        "Wrong-address reply: support asks the owner to write again from the personal address. Arrives at the "
        "company address. Not a new confirmation question (already confirmed), so info_request.")


def m051():
    t = when(2025, 5, 20, 12, 44, 2, 9)
    text = """Hi Daniel,

Writing from my personal address as requested. I confirm that both accounts are mine. Please
merge Account #2 (%s) into Account #1 (%s).

(Cc: my manager, for our records.)

Thanks,
Mirei

On Tue, May 20, 2025 at 10:30 AM <aws-cs-trainingcertification-form@amazon.com> wrote:

%s
""" % (ID_CO, ID_ME, quote(A_FROMP))
    h = sent_headers(addr("Mirei Kobayakawa", P), TC, t, "A_r4", "Re: " + tc_subj(CASE_A), "A_fromp",
                     ["A_ack", "A_list", "A_rem", "A_r3", "A_fromp"],
                     cc=addr("Takuma Hasegawa", "t-hasgawa@tessera-sys.co.jp"))
    add("user_reply", False, CASE_A, [ID_CO, ID_ME], h, alt(text, html_of(text)),
        "Owner's confirmation from the personal address, with candidate IDs in her own text; Cc has a typo "
        "(bounces next).")


def m052():
    t = when(2025, 5, 20, 3, 44, 31)
    text = """
** Address not found **

Your message wasn't delivered to t-hasgawa@tessera-sys.co.jp because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <t-hasgawa@tessera-sys.co.jp>: Recipient address rejected: User unknown in virtual mailbox table
"""
    status = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 20 May 2025 03:44:02 +0000

Final-Recipient: rfc822; t-hasgawa@tessera-sys.co.jp
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tessera-sys.co.jp. (203.0.113.25, the server for the domain tessera-sys.co.jp.)
Diagnostic-Code: smtp; 550 5.1.1 <t-hasgawa@tessera-sys.co.jp>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Tue, 20 May 2025 03:44:30 +0000
"""
    orig_h = """From: Mirei Kobayakawa <mirei.kobaya@gmail.com>
To: aws-cs-trainingcertification-form@amazon.com
Cc: Takuma Hasegawa <t-hasgawa@tessera-sys.co.jp>
Subject: Re: %s
Date: Tue, 20 May 2025 12:44:02 +0900
Message-ID: %s
In-Reply-To: %s
""" % (tc_subj(CASE_A), MIDS["A_r4"], MIDS["A_fromp"])
    body = multi("report", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                            raw_leaf(["Content-Type: message/delivery-status"], status.encode()),
                            raw_leaf(["Content-Type: text/rfc822-headers; charset=\"us-ascii\""], orig_h.encode())],
                 extra_param="; report-type=delivery-status")
    h = inbound(P, t, "postmaster@mail-sor-f41.google.com", "209.85.220.41", "mail-sor-f41.google.com", "googlemail.com",
                dkim_domains=["googlemail.com"])
    h[-1] = ("Return-Path", "<>")
    h += [("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", P),
          ("Subject", "Delivery Status Notification (Failure)"), ("Date", date_hdr(t)),
          ("Message-ID", mk_mid("dsn", "mx.google.com")), ("In-Reply-To", MIDS["A_r4"]),
          ("References", MIDS["A_r4"]), ("Auto-Submitted", "auto-replied")]
    add("unrelated", False, CASE_A, [], h, body,
        "Bounce (multipart/report) of the owner's Cc to a mistyped colleague address; the support copy went "
        "through. Carries the case subject in the returned headers, so case A, but nothing for support.")


A_DONE = """Hi Mirei,

Thanks for confirming from your personal address. I have merged all of your certification
records into Account #1 (%s). Your exam history, the Solutions Architect - Associate
certification and the 50%% exam benefit from your former company account are all there now.
The old login will stop working within the hour.

Your Credly badges will be re-issued under the remaining account, so expect a few e-mails from
Credly over the next day.

Best,
Daniel K.
AWS T&C Customer Experience
""" % ID_ME


def m053():
    t = when(2025, 5, 21, 1, 15, 48)
    text = A_DONE + """
-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: 16/05/2025 00:31
To: mirei.kobaya@gmail.com
Subject: %s

%s""" % (tc_subj(CASE_A), A_LIST)
    h = tc_headers(P, t, "A_done", tc_subj(CASE_A), "A_r4", ["A_ack", "A_list", "A_rem", "A_r3", "A_fromp", "A_r4"],
                   frm=addr("AWS Training and Certification", TC))
    add("resolved", False, CASE_A, [ID_ME], h, alt(text, html_of(text)),
        "Resolution that quotes the earlier Account #1/#2 confirmation request (question and second candidate ID "
        "only in the quoted part). 'merged' but also 'Shall I go ahead' in the quote.")


def m054():
    t = when(2025, 5, 21, 1, 52, 3)
    text = """Hi Mirei,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

View and accept it here:
https://www.credly.com/badges/e8a1f3c2-7d44-4b90-a5c6-2f9e0b1d3c57/accept

Tip: connect your badges to LinkedIn to let your network know.

- The Credly Team
"""
    h = inbound(P, t, "bounces+2211409-8d3c-mirei.kobaya=gmail.com@em.credly.com", "167.89.92.12",
                "o12.em.credly.com", "credly.com")
    h += [("From", addr("Credly", CREDLY)), ("To", P),
          ("Subject", "You've earned a badge from Amazon Web Services Training and Certification"),
          ("Date", date_hdr(t)), ("Message-ID", mk_mid("cr3", "credly.com"))]
    add("badge", False, None, [], h, alt(text, html_of(text), cte="7bit"),
        "Credly re-issue right after the main merge; no case number.", crlf=True)


def m055():
    t = when(2025, 5, 21, 18, 10, 33, 9)
    old = """---------- Forwarded message ---------
From: <aws-cs-trainingcertification-form@amazon.com>
Date: Tue, Aug 17, 2021 at 6:02 PM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-voucher
To: <m-kobayakawa@tessera-sys.co.jp>


Hello Mirei,

We have reissued your exam voucher for the AWS Certified Solutions Architect - Associate exam.
It is now visible under Benefits in your AWS Certification Account (%s).

As your request has been completed, we are resolving this case. Could you let us know if the
voucher does not appear within 24 hours?

Kind regards,
Rafael
AWS Training and Certification
""" % (CASE_E, ID_CO)
    text = """自分用メモ: 2021年のバウチャーの問い合わせ。会社アカウント(%s)宛て。
会社メールが止まる前に個人アドレスに残しておく。

%s""" % (ID_CO, old)
    h = sent_headers(addr("Kobayakawa Mirei", C), P, t, "E_fwd",
                     "Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-voucher" % CASE_E,
                     style="gmail")
    add("user_reply", False, CASE_E, [ID_CO], h, leaf("text/plain", text, "utf-8", "quoted-printable"),
        "Owner forwards a 2021 case mail (10-digit case) from the company to the personal address. The forwarded "
        "part contains an old question ('Could you let us know...'); it is a forward written by the owner.")


def m056():
    t = when(2025, 5, 22, 9, 30, 2, 9)
    text = """長谷川さん

お疲れさまです。小早川です。
AWS認定アカウントの個人アカウントへの統合が完了しました。
APN側の紐付け解除にご対応いただき、ありがとうございました。
Partner Central 上の認定者数は数日で更新されるとのことです。

小早川

-------- Forwarded Message --------
件名: %s
日付: Wed, 21 May 2025 01:15:48 +0000
差出人: aws-cs-trainingcertification-form@amazon.com
宛先: mirei.kobaya@gmail.com

%s""" % (tc_subj(CASE_A), A_DONE)
    h = sent_headers(addr("Kobayakawa Mirei", C), addr("長谷川 拓真", "t-hasegawa@tessera-sys.co.jp", "iso-2022-jp"),
                     t, "A_fwd", "Fwd: " + tc_subj(CASE_A), style="plain", charset="iso-2022-jp",
                     extra=[("User-Agent", "Mozilla Thunderbird")])
    add("user_reply", False, CASE_A, [], h, leaf("text/plain", text, "iso-2022-jp", "7bit"),
        "Owner forwards the resolution to her manager (Thunderbird, ISO-2022-JP); candidate ID only in the "
        "forwarded part.")


def m057():
    t = when(2025, 5, 22, 6, 0, 9)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Mirei,</p>
<p>Case %s was recently marked as resolved. Would you take a moment to tell us about your experience?</p>
<p><b>Overall, how satisfied were you with the way your request was handled?</b></p>
<p>
<a href="https://survey.aws-tc-feedback.amazon.com/s/v3?case=%s&amp;r=5">&#9733;&#9733;&#9733;&#9733;&#9733; Extremely satisfied</a><br>
<a href="https://survey.aws-tc-feedback.amazon.com/s/v3?case=%s&amp;r=4">&#9733;&#9733;&#9733;&#9733; Satisfied</a><br>
<a href="https://survey.aws-tc-feedback.amazon.com/s/v3?case=%s&amp;r=3">&#9733;&#9733;&#9733; Neutral</a><br>
<a href="https://survey.aws-tc-feedback.amazon.com/s/v3?case=%s&amp;r=2">&#9733;&#9733; Dissatisfied</a><br>
<a href="https://survey.aws-tc-feedback.amazon.com/s/v3?case=%s&amp;r=1">&#9733; Extremely dissatisfied</a>
</p>
<p>If your issue is not fully resolved, you can reply to the original case e-mail to reopen it.</p>
<p>AWS Training and Certification</p>
</body></html>
""" % ((CASE_A,) * 6)
    h = inbound(P, t, "01010196f5a6b7c8-9d0e-4f1a-8b2c-3d4e5f6a7b8c-000000@us-west-2.amazonses.com", "54.240.27.33",
                "a27-33.smtp-out.us-west-2.amazonses.com", "amazon.com", dkim_domains=["amazon.com", "amazonses.com"])
    h += [("From", addr("AWS Training and Certification", "aws-tc-feedback@amazon.com")), ("To", P),
          ("Subject", "Tell us about your experience with case %s" % CASE_A), ("Date", date_hdr(t)),
          ("Message-ID", ses_mid("A_survey", t))]
    add("survey", False, CASE_A, [], h, leaf("text/html", html, "utf-8", "base64"),
        "Survey for the main case; says how to reopen (conditional), nothing to answer.")


def m058():
    t = when(2025, 5, 23, 11, 48, 20, 9)
    text = """AWS認定をご利用のお客様

お客様のAWS認定アカウント統合(ケース番号: 174671188200442)につきまして、本人確認がまだ完了しておりません。

24時間以内に下記のページからAWSアカウントのメールアドレスとパスワードでサインインし、
本人確認を完了してください。期限を過ぎた場合、統合は取り消され、取得済みの認定資格が
失効する場合がございます。

https://aws-certification-jp.com/verify/login?id=7c1e

本メールにお心当たりがない場合も、念のため上記より確認をお願いいたします。

AWS認定サポートセンター
"""
    h = inbound(P, t - timedelta(hours=9), "support@aws-certification-jp.com", "45.133.74.12",
                "mail.aws-certification-jp.com", "aws-certification-jp.com", dmarc="none")
    h += [("From", addr("AWS認定サポート", "support@aws-certification-jp.com")), ("To", P),
          ("Subject", enc_h("【重要】AWS認定アカウント統合の本人確認のお願い")), ("Date", date_hdr(t)),
          ("Message-ID", mk_mid("ph3", "aws-certification-jp.com"))]
    add("suspicious", False, None, [], h, leaf("text/plain", text, "utf-8", "8bit"),
        "Japanese credential phishing from a lookalike domain citing a made-up case number; demands action within "
        "24 hours. Case null.")


def m059():
    t = when(2025, 5, 26, 0, 14, 37)
    text = """Thank you for your purchase.

Order number:   SB-7720194
Date:           May 26, 2025
Item:           AWS Skill Builder Individual subscription (monthly)
Amount:         USD 29.00
Payment:        Visa ending in 4417

Your subscription renews automatically on June 26, 2025. You can cancel at any time from
Subscription settings in AWS Skill Builder.

Questions about your order? Visit https://support.aws.amazon.com/#/contacts/aws-training

AWS Skill Builder
"""
    h = inbound(P, t, "0101019706a1b2c3-4d5e-4f6a-9b8c-7d6e5f4a3b2c-000000@us-east-1.amazonses.com", "54.240.8.90",
                "a8-90.smtp-out.amazonses.com", "aws.training", dkim_domains=["aws.training", "amazonses.com"])
    h += [("From", addr("AWS Skill Builder", "no-reply@aws.training")), ("To", P),
          ("Subject", "Your AWS Skill Builder receipt for order SB-7720194"), ("Date", date_hdr(t)),
          ("Message-ID", mk_mid("sb", "email.amazonses.com"))]
    add("unrelated", False, None, [], h, alt(text, html_of(text)),
        "Skill Builder receipt from the training platform sender; links the T&C contact form but is a receipt.")


def m060():
    t = when(2025, 5, 28, 14, 2, 55)
    text = """Hello Mirei,

Great news: your AWS Certified Cloud Practitioner certification has been recertified.

Because you passed AWS Certified Security - Specialty on May 16, 2025, your Cloud Practitioner
certification is now valid through May 16, 2028. An updated certificate is available in your
AWS Certification Account (candidate ID %s).

No further action is needed.

AWS Training and Certification
""" % ID_ME
    h = inbound(P, t, "bounces@certmetrics.com", "167.89.113.21", "o2.ptr2417.certmetrics.com", "certmetrics.com")
    h += [("From", addr("AWS Certification", CERTM)), ("To", P),
          ("Subject", "Your AWS Certified Cloud Practitioner has been recertified"), ("Date", date_hdr(t)),
          ("Message-ID", mk_mid("recert", "certmetrics.com"))]
    add("certification", False, None, [ID_ME], h, leaf("text/plain", text, "utf-8", "quoted-printable"),
        "Recertification notice ('No further action is needed').", crlf=True)


def m061():
    t = when(2025, 5, 30, 16, 20, 0, 9)
    text = """Hi Mirei,

We're excited to have you join Kitewing on June 2!

Before your first day, could you:
  1. fill in the onboarding form: https://people.kitewing.io/onboarding/4471
  2. reply with your T-shirt size for the welcome kit?

Your laptop will be ready at the front desk at 9:30. See you Monday!

Aya Tominaga
People Team, Kitewing Inc.
"""
    h = inbound(P, t - timedelta(hours=9), "aya@kitewing.io", "209.85.220.69", "mail-sor-f69.google.com",
                "kitewing.io")
    h += [("From", addr("Aya Tominaga", "aya@kitewing.io")), ("To", P),
          ("Subject", "Welcome to Kitewing - two things before Monday"), ("Date", date_hdr(t)),
          ("Message-ID", mk_mid("kw", "kitewing.io", "gmail"))]
    add("unrelated", False, None, [], h, alt(text, html_of(text)),
        "New employer asks for a reply with a question list; a real request, but not from support.")


CONSOLE_FOOT = """
This email was sent from an address that cannot accept incoming e-mail. To reply, use the
case link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services
Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
CLINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en"


def console_headers(t, key, subject, refs=()):
    h = ses_in(P, t)
    h += [("From", addr("Amazon Web Services", CONSOLE)), ("To", P), ("Subject", subject),
          ("Date", date_hdr(t)), ("Message-ID", ses_mid(key, t)),
          ("References", " ".join(MIDS[r] for r in refs) if refs else None)]
    return h


def m062():
    t = when(2025, 6, 2, 3, 5, 41)
    text = """Hello,

We've received your request and opened case %s.

Case ID: %s
Subject: 50%% exam voucher missing after certification account merge
Severity: General guidance
[AWS ID 305718226491]
Correspondence: After my certification accounts were merged (case %s), the 50%% exam
discount that was on my former account %s no longer shows under Benefits on %s.
Could you check whether it can be restored?

To view this case or add correspondence, open the AWS Support Center:
%s

Thank you for using Amazon Web Services.
%s""" % (CASE_C, CASE_C, CASE_A, ID_CO, ID_ME, CLINK % CASE_C, CONSOLE_FOOT)
    h = console_headers(t, "C_new", "Amazon Web Services: New Support case: %s" % CASE_C)
    add("acknowledgement", False, CASE_C, [ID_CO, ID_ME], h, alt(text, html_of(text)),
        "Support Center (console) new-case mail. Echoes the owner's question and cites the earlier case number; "
        "belongs to the new console case. 12-digit AWS account ID present.")


def m063():
    t = when(2025, 6, 3, 9, 40, 6)
    text = """Hello,

Thank you for your patience. I'm Hiroshi from AWS Training and Certification and I'll be
helping with this case.

I checked %s and can confirm that the 50%% discount is not listed on its Benefits page.
A benefit can end up marked as used if an exam was booked with it and later cancelled, and
I'd like to rule that out before asking our benefits team to reinstate it.

Would you be able to share the voucher code, or failing that, the date the benefit was issued?
A screenshot of the old Benefits page would also help, if you saved one.

E-mail replies to this message are not delivered to us. Please add your answer to the case in
the Support Center:
%s

Best regards,
Hiroshi T.
Amazon Web Services

Was this response helpful? Rate it from the case page in the Support Center.
%s""" % (ID_ME, CLINK % CASE_C, CONSOLE_FOOT)
    h = console_headers(t, "C_info", "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C,
                        ["C_new"])
    add("info_request", True, CASE_C, [ID_ME], h, alt(text, html_of(text)),
        "Console-case question that must be answered in the Support Center, not by e-mail; has a rating footer.")


def m064():
    t = when(2025, 6, 4, 2, 35, 12)
    text = """Hello,

Thank you for contacting AWS Billing and Cost Management.

I reviewed [AWS ID 305718226491] and the charges you asked about come from NAT gateway
nat-0a7c31e9f24b58d61 in ap-northeast-1, which has processed about 410 GB this month.

Could you confirm whether this NAT gateway is still required? If it is not, we can walk you
through removing it and review the charges for a possible one-time adjustment.

Please reply through the Support Center so the case is updated:
%s

Best regards,
Priyanka
Amazon Web Services
%s""" % (CLINK % CASE_BILL, CONSOLE_FOOT)
    h = console_headers(t, "BILL", "RE:[CASE %s] Unexpected NAT Gateway charges in ap-northeast-1" % CASE_BILL)
    add("unrelated", False, CASE_BILL, [], h, leaf("text/plain", text, "utf-8", "quoted-printable"),
        "Same console sender and format, asks a question, but it is an AWS billing case, not Training and "
        "Certification: unrelated, no reply expected by the tracker; case kept as its own number.")


def m065():
    t = when(2025, 6, 7, 10, 2, 30)
    text = """Hello,

We haven't heard back from you on case %s for a few days. If no reply is added in the
Support Center within the next 3 days, the case will be resolved automatically.

You can add a reply here:
%s

A resolved case can be reopened from the Support Center for 14 days.

Amazon Web Services
%s""" % (CASE_C, CLINK % CASE_C, CONSOLE_FOOT)
    h = console_headers(t, "C_rem", "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C,
                        ["C_new", "C_info"])
    add("closing_notice", True, CASE_C, [], h, leaf("text/plain", text, "us-ascii", "7bit"),
        "Console auto-resolve warning: the answer must go through the Support Center; still needs a reply.",
        crlf=True)


def m066():
    t = when(2025, 6, 8, 6, 55, 40)
    text = """Dear Candidate,

A refund of JPY 16,500 for your recent exam rescheduling fee is pending.

To receive the refund, please confirm the card on which it should be credited:
https://pearsonvue-refunds.com/claim?ref=PV-462918735

Refund requests not confirmed within 72 hours are forfeited.

Pearson VUE Billing Department
"""
    html = html_of(text)
    h = inbound(P, t, "billing@pearsonvue-refunds.com", "103.77.241.18", "smtp.pearsonvue-refunds.com",
                "pearsonvue-refunds.com", dkim_domains=[], dmarc="none")
    h += [("From", addr("Pearson VUE", "billing@pearsonvue-refunds.com")), ("To", P),
          ("Subject", "Refund pending for your exam appointment"), ("Date", date_hdr(t)),
          ("Message-ID", mk_mid("ph4", "pearsonvue-refunds.com"))]
    add("suspicious", False, None, [], h, alt(text, html, cte="base64"),
        "Exam-vendor lookalike asking for card details; reuses a 9-digit registration number.")


def m067():
    t = when(2025, 6, 9, 4, 12, 9)
    text = """Hello,

Thank you for adding the voucher code and the screenshot to the case.

I've raised this with our certification benefits team, who are able to reinstate benefits
lost during an account merge. They usually need 2-3 business days. No further action is
required from you at this time; we'll update the case when they're done.

Best regards,
Hiroshi T.
Amazon Web Services

Was this response helpful? Rate it from the case page in the Support Center:
%s
%s""" % (CLINK % CASE_C, CONSOLE_FOOT)
    h = console_headers(t, "C_upd", "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C,
                        ["C_new", "C_info", "C_rem"])
    add("case_update", False, CASE_C, [], h, alt(text, html_of(text)),
        "Console update after the owner answered in the Support Center (which sends no e-mail); passed to "
        "another team.")


def m068():
    t = when(2025, 6, 11, 7, 31, 50)
    text = """Hello Mirei,

Good news: the benefits team has reinstated the 50%% exam discount on %s. It shows
under Benefits now and is valid until September 30, 2025.

Since the voucher is back, I'm resolving this case. If it disappears again, you can reopen the
case from the Support Center within 14 days.

Best regards,
Hiroshi T.
Amazon Web Services

We value your opinion. Please rate this correspondence from the case page:
%s
%s""" % (ID_ME, CLINK % CASE_C, CONSOLE_FOOT)
    h = console_headers(t, "C_done", "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C,
                        ["C_new", "C_info", "C_rem", "C_upd"])
    add("resolved", False, CASE_C, [ID_ME], h, alt(text, html_of(text), cte="base64"),
        "Console resolution (voucher reinstated) with a rating footer: resolved, not survey.")


def m069():
    t = when(2025, 6, 11, 9, 5, 12)
    text = """Hello Mirei,

A benefit has been added to your AWS Certification Account:

  50% discount on your next AWS Certification exam
  Valid until: 2025-09-30

Find it under Benefits when you schedule your next exam.

AWS Training and Certification
This is a notification-only address.
"""
    h = inbound(P, t, "bounces@certmetrics.com", "167.89.113.20", "o1.ptr2417.certmetrics.com", "certmetrics.com")
    h += [("From", addr("AWS Certification", CERTM)), ("To", P),
          ("Subject", "A new benefit is available in your AWS Certification Account"), ("Date", date_hdr(t)),
          ("Message-ID", mk_mid("benefit", "certmetrics.com"))]
    add("certification", False, None, [], h, leaf("text/plain", text, "us-ascii", "7bit"),
        "Benefit notice from CertMetrics following the console case, but program mail with no case number.")


# =================================================================== main
def main():
    for name in sorted(n for n in globals() if n.startswith("m0") and n[1:].isdigit()):
        globals()[name]()
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    counts = Counter()
    replies = 0
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(OUT, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["raw"])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["label"]["kind"]] += 1
        replies += m["label"]["needs_reply"]
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", replies))


if __name__ == "__main__":
    main()
