#!/usr/bin/env python3
"""Generate a blind corpus of mailbox messages around AWS Training and Certification
support cases. Standard library only. Writes NNN-msg.eml / NNN-msg.json / README.md
next to this script."""
import os, re, json, base64, quopri, hashlib
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

# ---- the mailbox owner -------------------------------------------------------
ME_P = "sayaka.nomura.cloud@gmail.com"      # personal
ME_C = "s-nomura@kirameki-tech.co.jp"       # company (Kirameki Technologies, an APN partner)
ME_NAME = "Sayaka Nomura"
ME_JA = "野村 紗也香"

TC = "aws-cs-trainingcertification-form@amazon.com"
TCN = "AWS Training and Certification"
AWSNR = "no-reply-aws@amazon.com"

# ---- cases -------------------------------------------------------------------
CASE_G = "9028715364"          # Dec 2024: two accounts on the same Gmail address (10 digits)
CASE_E = "13957024618"         # Feb 2025: name spelling on the certification record (11 digits, Japanese)
CASE_A = "174103076900418"     # Mar 2025: merge company account into personal one (15 digits, APN hold)
CASE_B = "174112969200733"     # Mar 2025: duplicate form submission of case A
CASE_C = "14820563917"         # Apr 2025: Support Center console case, missing exam benefit
CASE_D = "14833120457"         # Apr 2025: console billing case (not T&C)
CASE_EDU = "173733061500562"   # Jan 2025: AWS Educate form case (not T&C)

CAND_PERS = "AWS11592047"      # personal certification account (kept)
CAND_DUP = "AWS07730418"       # accidental duplicate on the same Gmail address
CAND_CORP = "AWS03817264"      # company certification account

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
MIDS = {}
_seq = [0]


def D(s, tz="+0000"):
    sign = 1 if tz[0] == "+" else -1
    off = sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(off))


def h(value, charset="utf-8", nl="\r\n"):
    """Encode a header value with RFC 2047 when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=74).encode(linesep=nl)


def A(name, addr, charset="utf-8"):
    if not name:
        return addr
    return formataddr((name, addr), charset)


def _enc_text(text, charset):
    if charset.lower() == "iso-2022-jp":
        # encode line by line so every line returns to ASCII before the break
        return b"\n".join(line.encode("iso-2022-jp") for line in text.split("\n"))
    return text.encode(charset)


def body_bytes(text, charset, cte, nl):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = _enc_text(text, charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii").replace("\n", nl).encode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).replace(b"\n", nl.encode())
    return raw.replace(b"\n", nl.encode())


def mkmid(style, key):
    d = hashlib.sha1((style + key).encode()).hexdigest()
    if style == "ses":
        return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            d[:12], d[12:20], d[20:24], d[24:28], d[28:40])
    if style == "sf":
        return "<%s.%s@sfdc.net>" % (d[:16].upper(), d[16:22])
    if style == "gmail":
        tok = base64.b64encode(bytes.fromhex(d + d[:8])).decode().replace("/", "_").replace("+", "-").rstrip("=")
        return "<CAKz%s@mail.gmail.com>" % tok
    if style == "outlook":
        return "<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>" % (
            d[:4].upper(), d[4:20].upper(), d[20:24].upper())
    if style.startswith("@"):
        return "<%s.%s%s>" % (d[:20], d[20:28], style)
    return "<%s@%s>" % (d[:24], style)


def auth_gmail(dom, mailfrom, dkim="pass", spf="pass", dmarc="pass", p="QUARANTINE", ip="54.240.27.18"):
    spf_txt = {"pass": "pass (google.com: domain of %s designates %s as permitted sender)" % (mailfrom, ip),
               "softfail": "softfail (google.com: domain of transitioning %s does not designate %s as permitted sender)" % (mailfrom, ip),
               "fail": "fail (google.com: domain of %s does not designate %s as permitted sender)" % (mailfrom, ip)}[spf]
    dk = "dkim=%s header.i=@%s header.s=%s header.b=%s" % (
        dkim, dom, "sel" + hashlib.md5(dom.encode()).hexdigest()[:6], hashlib.md5(mailfrom.encode()).hexdigest()[:8])
    return ("Authentication-Results: mx.google.com;\n       %s;\n       spf=%s smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s") % (
        dk, spf_txt, mailfrom, dmarc, p, p, "NONE" if dmarc == "pass" else p, dom)


def auth_o365(dom, mailfrom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.48.91"):
    return ("Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%s") % (
        spf, ip, mailfrom, dkim, dom, dmarc, dom,
        "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")


def recv_gmail(host, ip, dt):
    return ("Received: from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s\n"
            "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s") % (
        host, host, ip, hashlib.md5((host + str(dt)).encode()).hexdigest()[:20], ME_P,
        format_datetime(dt.astimezone(timezone(timedelta(hours=-8)))))


def add(key, kind, reply, case, cands, frm, to, subj, date, text=None, html=None, *,
        tcs="utf-8", tcte="quoted-printable", hcs="utf-8", hcte="quoted-printable",
        nl="\r\n", cc=None, irt=None, refs=None, mstyle="ses", extra=(), scs="utf-8",
        attach=None, what="", hard="", ctq=True, sender_hdrs=()):
    _seq[0] += 1
    mid = mkmid(mstyle, key + str(_seq[0]))
    MIDS[key] = mid
    L = []
    for e in extra:
        L.append(e)
    L.append("Date: " + format_datetime(date))
    L.append("From: " + frm)
    L.append("To: " + to)
    if cc:
        L.append("Cc: " + cc)
    L.append("Subject: " + h(subj, scs, nl))
    L.append("Message-ID: " + mid)
    if irt:
        L.append("In-Reply-To: " + MIDS[irt])
        chain = [MIDS[k] for k in (refs or [irt])]
        L.append("References: " + ("\n ".join(chain)))
    for s in sender_hdrs:
        L.append(s)
    L.append("MIME-Version: 1.0")

    def cs(c):
        return '"%s"' % c if ctq else c

    parts = []
    if text is not None:
        parts.append(("text/plain; charset=%s" % cs(tcs), tcte, body_bytes(text, tcs, tcte, nl)))
    if html is not None:
        parts.append(("text/html; charset=%s" % cs(hcs), hcte, body_bytes(html, hcs, hcte, nl)))
    bnd = "=_%s" % hashlib.md5(key.encode()).hexdigest()[:24]
    if len(parts) == 1:
        body_head = [("Content-Type: " + parts[0][0]), "Content-Transfer-Encoding: " + parts[0][1]]
        body = parts[0][2]
    else:
        body_head = ['Content-Type: multipart/alternative; boundary="%s"' % bnd]
        chunks = [b"This is a multi-part message in MIME format." + nl.encode()]
        for ct, cte, b in parts:
            chunks.append(("--%s%sContent-Type: %s%sContent-Transfer-Encoding: %s%s%s" % (
                bnd, nl, ct, nl, cte, nl, nl)).encode() + b)
        chunks.append(("--%s--%s" % (bnd, nl)).encode())
        body = b"".join(c if c.endswith(nl.encode()) else c + nl.encode() for c in chunks)
    if attach:
        mb = "=_mix_%s" % hashlib.md5(key.encode()).hexdigest()[:20]
        inner = ("%s%s%s" % (nl.join(body_head), nl, nl)).encode() + body
        chunks = [("--%s%s" % (mb, nl)).encode() + inner]
        for ct, fname, data in attach:
            b64 = base64.encodebytes(data).decode().replace("\n", nl).encode()
            chunks.append(("--%s%sContent-Type: %s; name=\"%s\"%sContent-Disposition: attachment; filename=\"%s\"%s"
                           "Content-Transfer-Encoding: base64%s%s" % (mb, nl, ct, fname, nl, fname, nl, nl, nl)).encode() + b64)
        chunks.append(("--%s--%s" % (mb, nl)).encode())
        body_head = ['Content-Type: multipart/mixed; boundary="%s"' % mb]
        body = b"".join(c if c.endswith(nl.encode()) else c + nl.encode() for c in chunks)
    L.extend(body_head)
    head = nl.join(x.replace("\r\n", "\n").replace("\n", nl) for x in L)
    raw = head.encode("ascii") + (nl + nl).encode() + body
    MSGS.append(dict(key=key, kind=kind, reply=reply, case=case, cands=list(cands), raw=raw,
                     date=date, subj=subj, what=what, hard=hard))


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p2html(text):
    """Very small text-to-HTML for the HTML half of alternatives."""
    paras = [pp.strip("\n") for pp in text.strip().split("\n\n")]
    out = []
    for pp in paras:
        out.append("<p>" + "<br>\n".join(esc(x) for x in pp.split("\n")) + "</p>")
    return "\n".join(out)


TCF = A(TCN, TC)
TCF_SUPPORT = A("AWS Training and Certification Support", TC)
ME_PF = A(ME_NAME, ME_P)
ME_CF = A(ME_NAME, ME_C)
ME_CJ = A(ME_JA, ME_C)


def aws_g(dt, dkim="pass", spf="pass", dmarc="pass", dom="amazon.com"):
    mf = "0100%s@email.amazonses.com" % hashlib.md5(str(dt).encode()).hexdigest()[:16]
    return ["Return-Path: <%s>" % mf, recv_gmail("a27-18.smtp-out.us-west-2.amazonses.com", "54.240.27.18", dt),
            auth_gmail(dom, mf, dkim, spf, dmarc)]


def aws_o(dt):
    mf = "0100%s@email.amazonses.com" % hashlib.md5(str(dt).encode()).hexdigest()[:16]
    return ["Return-Path: <%s>" % mf, auth_o365("amazon.com", mf),
            "X-MS-Exchange-Organization-AuthAs: Anonymous",
            "X-MS-Exchange-Organization-SCL: 1"]


def gen_g(dom, dt, mailfrom=None, dkim="pass", spf="pass", dmarc="pass", p="REJECT", ip="198.51.100.23"):
    mf = mailfrom or ("bounce@" + dom)
    return ["Return-Path: <%s>" % mf, recv_gmail("mail." + dom, ip, dt),
            auth_gmail(dom, mf, dkim, spf, dmarc, p, ip)]


# =============================================================================
# December 2024 - case G (two certification accounts on the same Gmail address)
# =============================================================================
d = D("2024-12-02 07:00:12", "+0900")
add("news1", "unrelated", False, None, [],
    A("Cloud Native Weekly JP", "news@cloudnative-weekly.jp"), ME_P,
    "Cloud Native Weekly JP #214 - re:Invent 2024 速報まとめ", d,
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>CNW #214</title></head>
<body style="font-family:sans-serif;background:#f4f4f4">
<table width="600" align="center" bgcolor="#ffffff" cellpadding="16"><tr><td>
<h1 style="font-size:20px">Cloud Native Weekly JP #214</h1>
<p>今週は re:Invent 2024 の発表を中心にお届けします。</p>
<h2 style="font-size:16px">1. 新サービスまとめ</h2>
<p>基調講演で発表された主なアップデートを 10 分で読めるように整理しました。データベース、生成 AI、ストレージの順に紹介します。</p>
<h2 style="font-size:16px">2. 認定資格コーナー</h2>
<p>読者アンケートでは「転職時に AWS 認定アカウントをどう扱えばいいか分からない」という声が多くありました。次号で特集予定です。</p>
<h2 style="font-size:16px">3. イベント</h2>
<p>12 月 18 日(水) 19:00〜 オンライン勉強会「Kubernetes とコスト最適化」参加登録受付中。</p>
<hr><p style="font-size:11px;color:#888">配信停止は <a href="https://cloudnative-weekly.jp/unsubscribe?u=8f31c2">こちら</a>。本メールは送信専用です。</p>
</td></tr></table></body></html>""", hcte="base64",
    extra=gen_g("cloudnative-weekly.jp", d, "bounces+4471@em.cloudnative-weekly.jp", p="NONE") +
    ["List-Unsubscribe: <https://cloudnative-weekly.jp/unsubscribe?u=8f31c2>", "Precedence: bulk"],
    mstyle="@em.cloudnative-weekly.jp",
    what="Japanese tech newsletter, HTML only", hard="mentions certification accounts and job changes in passing")

d = D("2024-12-09 02:41:37")
add("g_ack", "acknowledgement", False, CASE_G, [CAND_PERS], TCF, ME_P,
    "[CASE %s] %s" % (CASE_G, SUBJ_TC), d, text="""Hello Sayaka Nomura,

Your message to AWS Training and Certification has reached us, and case %s has been created to track it.

This is a copy of what you submitted:

  Inquiry type: Certification
  Additional details: Account Merge
  Email addresses used: %s
  Email address to keep: %s
  Description: My AWS Certified Solutions Architect - Associate badge disappeared from Credly.
  I think there are two certification accounts under the same Gmail address (%s and another
  one I created by mistake in 2023). Please combine them.

Most requests get a first answer within one business day; a few need longer while we look
into the records.

Reply on this case if you want to add something. Submitting the form again opens a separate
case, and two cases for one request are slower to handle than one.

AWS Training and Certification Customer Service
""" % (CASE_G, ME_P, ME_P, CAND_PERS), tcte="7bit", nl="\n", extra=aws_g(d),
    what="case G opened: acknowledgement with echo of the form", hard="the form echo contains 'Please combine them' written by the owner; LF line ends")

d = D("2024-12-10 05:12:44")
add("gh1", "unrelated", False, None, [], A("Kenji Watanabe", "notifications@github.com"),
    A("kirameki-tech/platform-infra", "platform-infra@noreply.github.com"),
    "Re: [kirameki-tech/platform-infra] Merge legacy account baseline into org module (PR #412)", d,
    text="""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kirameki-tech/platform-infra/pull/412#event-15602231187
You are receiving this because your review was requested.

Message ID: <kirameki-tech/platform-infra/pull/412/issue_event/15602231187@github.com>
""", html="""<p>Merged <a href="https://github.com/kirameki-tech/platform-infra/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kirameki-tech/platform-infra/pull/412#event-15602231187">view it on GitHub</a>.<br>You are receiving this because your review was requested.</p>""",
    tcte="7bit", hcte="7bit", cc=A("Sayaka Nomura", ME_C) + ", " + A("Review requested", "review_requested@noreply.github.com"),
    extra=["Return-Path: <noreply@github.com>", auth_o365("github.com", "noreply@github.com", ip="192.30.252.201"),
           "List-ID: kirameki-tech/platform-infra <platform-infra.kirameki-tech.github.com>",
           "X-GitHub-Reason: review_requested", "X-GitHub-Recipient: sayaka-nomura-kt"],
    mstyle="github.com",
    what="GitHub PR merged notification (company)", hard="'Merged' and 'account' in subject/body, not a certification merge")

g1_text = """Hello Sayaka,

Thank you for writing in about your digital badge. I searched our records with the details
in your request and found two certification accounts that both sign in with
%s:

Account #1
  Candidate ID: %s
  Login email: %s
  Training notification email: %s
  Certification notification email: %s
  Created: April 2019 (holds AWS Certified Solutions Architect - Associate)

Account #2
  Candidate ID: %s
  Login email: %s
  Training notification email: %s
  Certification notification email: %s
  Created: May 2023 (no certifications or exam history)

Credly reads from only one of them, which is why the badge no longer shows.

Which of the two should remain as your active account? The other one will be folded into it
and closed.

Thanks,
Mateo G.
AWS Training and Certification Customer Service""" % (
    ME_P, CAND_PERS, ME_P, ME_P, ME_P, CAND_DUP, ME_P, ME_P, ME_P)
d = D("2024-12-11 09:14:05")
add("g_conf1", "confirmation_request", True, CASE_G, [CAND_PERS, CAND_DUP], TCF, ME_P,
    "RE:[CASE %s] %s" % (CASE_G, SUBJ_TC), d, text=g1_text, extra=aws_g(d), irt="g_ack",
    what="case G: support lists Account #1/#2 (same login e-mail) and asks which to keep",
    hard="the ask is one question at the end, no 'please'; quoted-printable")

g_r1 = """Hi Mateo,

Thanks for finding them so quickly! Please keep the one with my Gmail address.

Sayaka

On Wed, Dec 11, 2024 at 6:14 PM AWS Training and Certification <%s> wrote:

%s
""" % (TC, q(g1_text))
d = D("2024-12-11 18:40:51", "+0900")
add("g_r1", "user_reply", False, CASE_G, [], ME_PF, TCF, "Re: RE:[CASE %s] %s" % (CASE_G, SUBJ_TC), d,
    text=g_r1, html=p2html(g_r1.split("On Wed,")[0]) + '<div class="gmail_quote"><blockquote>' +
    p2html(g1_text) + "</blockquote></div>", tcte="quoted-printable", hcte="quoted-printable",
    irt="g_conf1", refs=["g_ack", "g_conf1"], mstyle="gmail", ctq=False,
    what="owner answers case G ambiguously ('the one with my Gmail address')",
    hard="both accounts use that address; candidate IDs only in the quote")

g2_new = """Hi Sayaka,

Thanks for the quick answer. Both accounts actually sign in with the same Gmail address,
so I can't tell from your reply which one you mean. Could you reply with the candidate ID of
the account to keep: %s (created 2019, holds your Solutions Architect certification) or
%s (created 2023, empty)? Once I have that I can go ahead.

Mateo G.
AWS Training and Certification Customer Service""" % (CAND_PERS, CAND_DUP)
d = D("2024-12-12 01:03:29")
add("g_conf2", "confirmation_request", True, CASE_G, [CAND_PERS, CAND_DUP], TCF, ME_P,
    "RE:[CASE %s] %s" % (CASE_G, SUBJ_TC), d,
    text=g2_new + "\n\n---------------- Original Message ----------------\nFrom: " + ME_P +
    "\nSent: 12/11/2024 9:40 AM\nTo: " + TC + "\nSubject: Re: RE:[CASE " + CASE_G + "] " + SUBJ_TC +
    "\n\n" + g_r1, extra=aws_g(d), irt="g_r1", refs=["g_ack", "g_conf1", "g_r1"],
    what="case G: second confirmation request after the ambiguous reply",
    hard="follow-up question over a quoted history that itself contains a request")

g_r2 = """Sorry, my mistake! Please keep %s, the older one with the certification.

Thank you,
Sayaka Nomura

On Thu, Dec 12, 2024 at 10:03 AM AWS Training and Certification <%s> wrote:
%s
""" % (CAND_PERS, TC, q(g2_new))
d = D("2024-12-12 10:27:13", "+0900")
add("g_r2", "user_reply", False, CASE_G, [CAND_PERS], ME_PF, TCF, "Re: RE:[CASE %s] %s" % (CASE_G, SUBJ_TC), d,
    text=g_r2, tcte="8bit", irt="g_conf2", refs=["g_ack", "g_conf1", "g_r1", "g_conf2"], mstyle="gmail", ctq=False,
    what="owner names the candidate ID to keep (case G)", hard="short; quoted question below")

g_res_new = """Hi Sayaka,

Thanks for confirming. The duplicate record %s has now been merged into %s, which
remains your active certification account. Your Solutions Architect certification, exam
history and the Credly connection all sit on that account.

Credly can take up to a day to pick up the change. No further action is required on your side.

Best regards,
Mateo G.
AWS Training and Certification Customer Service""" % (CAND_DUP, CAND_PERS)
d = D("2024-12-12 22:16:40")
add("g_res", "resolved", False, CASE_G, [CAND_DUP, CAND_PERS], TCF, ME_P,
    "RE:[CASE %s] %s" % (CASE_G, SUBJ_TC), d,
    text=g_res_new + "\n\n-----Original Message-----\nFrom: " + ME_P + "\nSent: Thursday, December 12, 2024 1:27 AM\nTo: " +
    TC + "\nSubject: Re: RE:[CASE " + CASE_G + "] " + SUBJ_TC + "\n\n" + g_r2, extra=aws_g(d),
    irt="g_r2", refs=["g_ack", "g_conf1", "g_r1", "g_conf2", "g_r2"],
    what="case G done: duplicate merged", hard="Outlook-style quoted history holds the earlier 'Could you reply with the candidate ID' request")

cred1_txt = """Hi Sayaka,

Amazon Web Services Training and Certification has issued you a new badge:

    AWS Certified Solutions Architect - Associate

Accept it to show it on your Credly profile and share it with your network:
https://www.credly.com/earner/earned/badge/6b0f3c2e-91d4-4a7e-b1c5-2f8e0a9d47e1

Badge ID: 6b0f3c2e-91d4-4a7e-b1c5-2f8e0a9d47e1

Credly, Inc. | Pearson
You received this email because an organization issued you a badge on Credly.
Manage notification settings: https://www.credly.com/earner/settings/notifications
"""
d = D("2024-12-13 03:05:19")
add("cred1", "badge", False, None, [], A("Credly", "admin@credly.com"), ME_P,
    "Sayaka, you've been issued a badge by Amazon Web Services Training and Certification", d,
    text=cred1_txt, html="""<html><body style="font-family:Arial,sans-serif">
<table width="560" align="center"><tr><td>
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="badge">
<h2>You've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/6b0f3c2e-91d4-4a7e-b1c5-2f8e0a9d47e1" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | Pearson &middot; <a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></p>
</td></tr></table></body></html>""", extra=gen_g("credly.com", d, "bounces@mail.credly.com", p="REJECT", ip="167.89.12.40"),
    mstyle="@credly.com", what="Credly badge issued after the case G merge", hard="badge UUID looks like an ID; 'Accept' call to action")

d = D("2024-12-17 16:30:02")
add("g_surv", "survey", False, CASE_G, [], A("AWS Training and Certification Customer Service", "tc-feedback@amazon.com"), ME_P,
    "How did we do on case %s?" % CASE_G, d, text="""Hello,

Your case %s with AWS Training and Certification was recently closed.

We would like to know how it went. The survey has three questions and takes about a minute:
https://survey.aws.training/s/csat?case=%s&lang=en

Your answers go to the team that handled your request and help us improve.

This message was sent from an unattended mailbox; replies are not read.
""" % (CASE_G, CASE_G), tcte="7bit", extra=aws_g(d),
    what="satisfaction survey for case G", hard="case number only in subject/body text; asks for action but not a reply")

d = D("2024-12-19 11:48:33")
add("phish_credly", "suspicious", False, None, [], A("Credly Badges", "admin@credly-verify-badges.com"), ME_P,
    "Action needed: your AWS badge will be revoked in 48 hours", d,
    text="""Dear Earner,

Our system detected DUPLICATE ACCOUNTS linked to your Amazon Web Services badges.
To keep "AWS Certified Solutions Architect - Associate" you must re-confirm your identity.

Sign in with your AWS Builder ID here:
http://credly-verify-badges.com/signin?ref=aws&id=SN2291

If you do not verify within 48 hours the badge will be revoked permanently and cannot be restored.
You can also reply to this mail with your Builder ID email and password and our team will do it for you.

Credly Verification Team
""", html="""<html><body><p>Dear Earner,</p><p>Our system detected <b>DUPLICATE ACCOUNTS</b> linked to your Amazon Web Services badges.</p>
<p><a href="http://credly-verify-badges.com/signin?ref=aws&amp;id=SN2291">VERIFY MY BADGES NOW</a></p>
<p>If you do not verify within 48 hours the badge will be revoked permanently.</p><p>Credly Verification Team</p></body></html>""",
    extra=gen_g("credly-verify-badges.com", d, "info@credly-verify-badges.com", p="NONE", ip="185.220.101.34"),
    mstyle="credly-verify-badges.com",
    what="fake Credly mail from a lookalike domain", hard="timed right after a real duplicate-account merge; DKIM/DMARC pass for its own domain; asks for a reply with password")

# =============================================================================
# January 2025
# =============================================================================
d = D("2025-01-08 10:02:55")
add("bill1", "unrelated", False, None, [], A("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
    "Amazon Web Services Billing Statement Available [Account: 604718235590]", d,
    text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your
account will be charged the following:

Total: $14.72

Account ID: 604718235590
Statement period: December 1 - December 31, 2024

You can see a complete break down of all charges on the Billing & Cost Management page:
https://console.aws.amazon.com/billing/home#/bills?year=2024&month=12

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210
""", tcte="7bit", nl="\n", extra=aws_g(d), mstyle="ses",
    what="AWS monthly bill for the owner's own AWS account", hard="real amazon.com sender, 12-digit account ID")

d = D("2025-01-14 00:31:07")
add("cm_exp", "certification", False, None, [CAND_PERS], A("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "【AWS 認定】認定の有効期限が近づいています", d, text="""野村 紗也香 様

AWS 認定をご取得いただき、ありがとうございます。

以下の認定の有効期限が 90 日以内に到来します。

  認定: AWS Certified Solutions Architect - Associate
  候補 ID: %s
  有効期限: 2025 年 4 月 12 日

認定を維持するには、有効期限までに再認定試験に合格するか、上位の認定を取得してください。
詳しくは AWS 認定アカウントの「認定」ページをご確認ください。
https://cp.certmetrics.com/amazon/ja/home/dashboard

本メールは送信専用アドレスから配信されています。ご返信いただいてもお答えできません。

AWS 認定チーム
""" % CAND_PERS, tcs="iso-2022-jp", tcte="7bit", scs="iso-2022-jp",
    extra=gen_g("certmetrics.com", d, "bounce@mail.certmetrics.com", p="QUARANTINE", ip="209.85.160.45"),
    mstyle="@certmetrics.com",
    what="certification expiry reminder in Japanese (ISO-2022-JP)", hard="candidate ID in a non-case mail; urges action but no case")

edu_req = """Hello Sayaka,

Thank you for your interest in AWS Educate for your community study group.

To set up the group classroom we need a little more information:

1. The name of the organisation or community that will host the classroom
2. The expected number of learners
3. The start date you have in mind

Reply to this email with these details and we will continue from there.

Regards,
Joanne
AWS Educate Support"""
d = D("2025-01-20 23:52:18")
add("edu1", "unrelated", False, None, [], A("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE %s] [AWS Educate Form Submission] - classroom-request" % CASE_EDU, d, text=edu_req,
    extra=aws_g(d), what="AWS Educate form case asking for details",
    hard="same shape and sender family as T&C cases, with a real request; not a Training and Certification case")

d = D("2025-01-22 04:15:40")
add("sb_rcpt", "unrelated", False, None, [], A("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder subscription receipt", d, html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Thanks for your purchase</h2>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Item</th><td>AWS Skill Builder Individual subscription (monthly)</td></tr>
<tr><th align="left">Order number</th><td>SB-2025-0122-774193</td></tr>
<tr><th align="left">Billing period</th><td>Jan 22, 2025 &ndash; Feb 21, 2025</td></tr>
<tr><th align="left">Amount</th><td>USD 29.00</td></tr>
</table>
<p>Your subscription renews automatically. Manage it at any time from <a href="https://skillbuilder.aws/account/subscription">your account</a>.</p>
<p style="font-size:11px;color:#666">Amazon Web Services, Inc. &middot; This is an automated message.</p>
</body></html>""", hcte="quoted-printable", extra=aws_g(d, dom="aws.training"),
    what="Skill Builder receipt, HTML only", hard="training-platform sender, table layout")

d = D("2025-01-27 08:22:10")
add("nimbus1", "unrelated", False, None, [], A("Nimbus Backup Support", "support@nimbusbackup.io"), ME_C,
    "Case 00482913: Nightly backup job fails with timeout [ ref:_00D5g0bXkT._5004x01AbCdE:ref ]", d,
    text="""Hello Sayaka,

Thank you for contacting Nimbus Backup Support.

I reviewed the job history you shared. The timeouts start right after the agent upgrade to 7.4.2,
so I would like to look at the agent logs from one of the affected servers.

Please generate a log bundle (Settings > Diagnostics > Collect logs) and attach it to your reply.
If we do not hear from you within 5 business days, this case will be closed automatically; you can
reopen it at any time by replying to this email.

Best regards,
Daniel Ferreira
Technical Support Engineer | Nimbus Backup
Case 00482913 | Priority: P3
""", extra=["Return-Path: <bounce@sfdc.nimbusbackup.io>", auth_o365("nimbusbackup.io", "bounce@sfdc.nimbusbackup.io", ip="13.110.74.206")],
    mstyle="sf", what="another vendor's support case asking for logs, with auto-close warning",
    hard="request + closing warning + 'Case' number, Salesforce ref token; not AWS")

# =============================================================================
# February 2025 - exam booking, case E (Japanese, name spelling)
# =============================================================================
ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pearson VUE//Appointment//EN\r\nBEGIN:VEVENT\r\n"
       "UID:482913306@pearsonvue.com\r\nDTSTART:20250220T010000Z\r\nDTEND:20250220T031000Z\r\n"
       "SUMMARY:AWS Certified Developer - Associate (DVA-C02)\r\nLOCATION:Online (OnVUE)\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n").encode()
d = D("2025-02-03 12:09:31")
add("pv_conf", "unrelated", False, None, [CAND_CORP], A("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), ME_C,
    "Pearson VUE Confirmation of Booking", d, text="""Dear Sayaka Nomura,

Thank you for scheduling your exam with Pearson VUE.

Exam: DVA-C02: AWS Certified Developer - Associate
Language: English
Date and time: Thursday, February 20, 2025 10:00 AM Japan Standard Time
Delivery: Online proctored (OnVUE)
Registration ID: 482913306
Candidate ID: %s

Check in up to 30 minutes before your appointment. Run the system test on the computer you will use
before exam day.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before
the appointment.

Pearson VUE
""" % CAND_CORP, attach=[("text/calendar", "appointment.ics", ics)],
    extra=["Return-Path: <PearsonVUEConfirmation@pearson.com>",
           auth_o365("pearson.com", "PearsonVUEConfirmation@pearson.com", ip="159.182.2.15")],
    mstyle="pearson.com", what="exam vendor booking confirmation with .ics attachment",
    hard="9-digit registration ID and a candidate ID; multipart/mixed")

e_ack = """野村 紗也香 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせはケース番号 %s として受け付けいたしました。

【受付内容】
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
内容: 認定証の氏名が「Sayaka Nomora」となっており、綴りが誤っています。修正をお願いします。

担当者より、通常 1 営業日以内にご連絡いたします。内容によってはお時間をいただく場合がございます。
同じ内容で新しいお問い合わせを送信されますと別のケースとして扱われ、かえって回答が遅れることがございますので、追加のご連絡は本メールへの返信でお送りください。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_E
d = D("2025-02-10 05:26:58")
add("e_ack", "acknowledgement", False, CASE_E, [], TCF, ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E, d,
    text=e_ack, tcs="iso-2022-jp", tcte="7bit", extra=aws_g(d), ctq=False,
    what="case E opened, Japanese acknowledgement (ISO-2022-JP)",
    hard="Japanese; echo of the owner's form text contains 'お願いします'")

e_info = """野村 紗也香 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
認定証に記載されるお名前の件でご連絡いたします。

記録を確認いたしましたところ、現在のご登録名は「Sayaka Nomora」となっておりました。
お名前の変更は認定証や Credly のバッジにも反映されるため、変更の前にご本人様確認を行っております。

つきましては、お手数ではございますが、次の 3 点を本メールへのご返信にてお知らせいただけますでしょうか。

・AWS 候補 ID(AWS から始まる 8 桁の番号)
・認定証への記載をご希望のお名前(ローマ字表記、姓と名の順番を含めて)
・公的な身分証明書に記載されているお名前の表記

ご確認のほど、何卒よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
佐藤
"""
d = D("2025-02-11 05:03:44")
add("e_info", "info_request", True, CASE_E, [], TCF, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E, d,
    text=e_info, tcs="shift_jis", tcte="base64", extra=aws_g(d), irt="e_ack",
    what="case E: support asks for candidate ID, desired spelling and ID-document spelling (Japanese keigo)",
    hard="Shift_JIS + base64; request phrased 〜いただけますでしょうか; the 'AWS + 8 digits' description is not an ID")

d = D("2025-02-12 01:00:09")
summit_txt = """AWS Summit Japan 2025 事前登録受付を開始しました

日程: 2025 年 6 月 25 日(水)、26 日(木)
会場: 幕張メッセ + オンライン

150 を超えるセッション、ハンズオン、AWS 認定者ラウンジをご用意しています。
AWS 認定をお持ちの方は、会場の認定者ラウンジで限定ノベルティをお受け取りいただけます。

事前登録はこちら: https://aws.amazon.com/jp/summits/japan/?trk=em_2502

ご不明な点がございましたら、Summit 事務局までお問い合わせください。
※本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。

配信停止: https://pages.awscloud.com/communication-preferences.html
アマゾン ウェブ サービス ジャパン合同会社
"""
add("mkt1", "unrelated", False, None, [], A("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【AWS Summit Japan 2025】事前登録受付開始のお知らせ", d, text=summit_txt,
    html="<html><body style=\"font-family:'Hiragino Sans',Meiryo,sans-serif\">" + p2html(summit_txt) +
    '<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_2502" style="background:#ff9900;color:#000;padding:10px 20px">今すぐ登録</a></p></body></html>',
    extra=aws_g(d) + ["List-Unsubscribe: <https://pages.awscloud.com/communication-preferences.html>"],
    mstyle="@marketing.amazon.com", what="AWS marketing in Japanese", hard="mentions AWS 認定; conditional 'ご不明な点がございましたら'")

e_close_txt = """野村 紗也香 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートでございます。

2 月 11 日にお送りしたご本人様確認のご案内について、これまでにご返信を確認できておりません。
そのため、本ケース(%s)はいったんクローズとさせていただきました。

本メールにご返信いただきますと、ケースは自動的に再開され、担当者が引き続き対応いたします。
お名前の修正をご希望の場合は、前回お伺いした 3 点をあわせてお送りください。

AWS トレーニングと認定 カスタマーサポート""" % CASE_E
d = D("2025-02-17 00:05:12")
add("e_close", "closing_notice", True, CASE_E, [], TCF, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E, d,
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Meiryo',sans-serif;font-size:14px">""" + p2html(e_close_txt) + "</div></body></html>",
    hcte="base64", extra=aws_g(d), irt="e_info", refs=["e_ack", "e_info"],
    what="case E closed for no reply; replying reopens it (Japanese, HTML only)",
    hard="already closed, past tense; the ask is phrased as what happens if you reply")

e_r = """佐藤様

ご連絡が遅くなり、申し訳ございません。出張で確認できておりませんでした。
お問い合わせいただいた 3 点は以下のとおりです。

AWS 候補 ID: %s
認定証への記載希望: Sayaka Nomura(名・姓の順)
パスポートの表記: NOMURA SAYAKA

お手数をおかけしますが、どうぞよろしくお願いいたします。

野村 紗也香

2025年2月17日(月) 9:05 AWS Training and Certification <%s>:

%s
""" % (CAND_PERS, TC, q(e_close_txt))
d = D("2025-02-17 12:44:30", "+0900")
add("e_r", "user_reply", False, CASE_E, [CAND_PERS], A(ME_JA, ME_P), TCF,
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E, d,
    text=e_r, html=p2html(e_r.split("2025年2月17日")[0]) + '<div class="gmail_quote"><blockquote class="gmail_quote">' +
    p2html(e_close_txt) + "</blockquote></div>", tcte="base64", hcte="base64",
    irt="e_close", refs=["e_ack", "e_info", "e_close"], mstyle="gmail", ctq=False,
    what="owner answers case E in Japanese with candidate ID", hard="Japanese Gmail quote header; base64")

e_upd = """野村 紗也香 様

ご返信いただき、ありがとうございます。AWS トレーニングと認定 カスタマーサポートの佐藤です。

ケースを再開いたしました。いただいた情報をもとに、認定記録の氏名修正を担当部署へ依頼しております。
反映までには 3〜5 営業日ほどかかる見込みです。

現時点で野村様にご対応いただくことはございません。修正が完了しましたら、改めてご連絡いたします。

佐藤
AWS トレーニングと認定 カスタマーサポート

野村 紗也香 様より (2025/02/17 12:44):
""" + q(e_r.split("2025年2月17日")[0])
d = D("2025-02-18 02:31:20")
add("e_upd", "case_update", False, CASE_E, [], TCF, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E, d,
    text=e_upd, tcte="quoted-printable", extra=aws_g(d), irt="e_r", refs=["e_ack", "e_info", "e_close", "e_r"],
    what="case E reopened and passed to the records team; nothing needed",
    hard="states 'no action needed' in keigo; quoted owner reply (with candidate ID) below uses 'より' header")

e_res = """野村 紗也香 様

AWS トレーニングと認定 カスタマーサポートの佐藤です。

お待たせいたしました。認定記録のお名前を「Sayaka Nomura」に修正いたしました。
修正後の認定証は、AWS 認定アカウントの「認定」ページからダウンロードいただけます。
Credly のデジタルバッジの表記に反映されるまでには、最大 48 時間ほどかかる場合がございます。

本件はこれにて完了とさせていただきます。
その他ご不明な点がございましたら、本メールにご返信ください。

このたびはご不便をおかけいたしました。今後とも AWS トレーニングと認定をよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート"""
d = D("2025-02-21 06:47:02")
add("e_res", "resolved", False, CASE_E, [], TCF, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E, d,
    text=e_res, html="<html><body>" + p2html(e_res) + "</body></html>", tcte="base64", hcte="base64",
    extra=aws_g(d), irt="e_upd", refs=["e_ack", "e_info", "e_close", "e_r", "e_upd"],
    what="case E done: name corrected (Japanese)", hard="conditional 'ご不明な点がございましたら…ご返信ください' is not a request")

cert_txt = """Hello Sayaka Nomura,

Congratulations! You have earned the AWS Certified Developer - Associate certification.

  Candidate ID: %s
  Exam date: February 20, 2025
  Score: 842
  Validation number: 7QW3XK1L2MEQQ5S3
  Valid through: February 20, 2028

Your digital badge will be sent by our partner Credly within a few days. You can download your
certificate and see your benefits, including a 50%% discount on your next exam, in your AWS
Certification account.

AWS Certification
""" % CAND_CORP
d = D("2025-02-22 14:20:51")
add("cm_pass", "certification", False, None, [CAND_CORP], A("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Congratulations, you are now AWS Certified!", d, text=cert_txt,
    html="<html><body style='font-family:Arial'><h1 style='color:#232f3e'>Congratulations!</h1>" + p2html(cert_txt) + "</body></html>",
    extra=["Return-Path: <bounce@mail.certmetrics.com>", auth_o365("certmetrics.com", "bounce@mail.certmetrics.com", ip="209.85.160.45")],
    mstyle="@certmetrics.com", what="exam result on the company certification account",
    hard="mentions a 50% discount benefit; candidate ID of the account that will be merged later")

d = D("2025-02-24 17:10:44")
add("e_surv", "survey", False, CASE_E, [], A("AWS Training and Certification Customer Service", "tc-feedback@amazon.com"), ME_P,
    "Tell us about your recent experience (Case %s)" % CASE_E, d, html="""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>We recently worked with you on case <b>%s</b>. How satisfied were you with the support you received?</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws.training/s/csat?case=%s&amp;r=1">1</a></td>
<td><a href="https://survey.aws.training/s/csat?case=%s&amp;r=2">2</a></td>
<td><a href="https://survey.aws.training/s/csat?case=%s&amp;r=3">3</a></td>
<td><a href="https://survey.aws.training/s/csat?case=%s&amp;r=4">4</a></td>
<td><a href="https://survey.aws.training/s/csat?case=%s&amp;r=5">5</a></td>
</tr><tr><td colspan="5" style="font-size:11px">1 = very dissatisfied, 5 = very satisfied</td></tr></table>
<p>Click a number to answer. The survey closes in 14 days.</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. &middot; This mailbox is not monitored.</p>
</body></html>""" % ((CASE_E,) * 6), hcte="quoted-printable", extra=aws_g(d),
    what="rating survey for case E, HTML only", hard="rating links; 'How satisfied were you' is a question")

d = D("2025-02-25 19:33:08")
add("cred2", "badge", False, None, [], A("Credly", "admin@credly.com"), ME_C,
    "Claim your AWS Certified Developer - Associate badge", d, text="""Hi Sayaka,

Congratulations on your achievement! Amazon Web Services Training and Certification has
issued you the AWS Certified Developer - Associate badge.

Accept your badge: https://www.credly.com/earner/earned/badge/c41d8a7e-2b60-4f2d-9d0e-7a1c55e3b902

Once accepted, you can add it to LinkedIn, your email signature or your resume.

The Credly Team
""", tcte="7bit", nl="\n",
    extra=["Return-Path: <bounces@mail.credly.com>", auth_o365("credly.com", "bounces@mail.credly.com", ip="167.89.12.40")],
    mstyle="@credly.com", what="Credly badge for the new certification (company address)", hard="plain text, LF")

# =============================================================================
# March 2025 - case A (merge company account into personal one), duplicate case B
# =============================================================================
d = D("2025-03-03 19:31:52")
add("bid_code", "unrelated", False, None, [], A("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", d, text="""Hello,

Use the following code to verify your email address for AWS Builder ID:

    581204

This code expires in 10 minutes. If you did not try to sign in or create an AWS Builder ID, you
can ignore this message.

Amazon Web Services
""", tcte="7bit", extra=aws_g(d, dom="signin.aws"), mstyle="@signin.aws",
    what="Builder ID one-time code", hard="6-digit code, arrives minutes before the case opens")

a_ack = """Hello,

Thank you for contacting AWS Training and Certification. We have received your request and
logged it as case %s.

Your submission:
-----------------------------------------------------------------
Contact email: %s
Inquiry type: Certification
Additional details: Account Merge
Candidate ID: %s
Request:
Use case: I am leaving my employer (Kirameki Technologies) at the end of March and my company
email will be deactivated. I would like to merge my company certification account into my
personal one.
All email addresses used: %s, %s
Email address to keep: %s
Candidate IDs: %s (company), %s (personal)
-----------------------------------------------------------------

Our team normally replies within 24 hours. Some requests need extra research and take longer.

Please do not submit another request about the same issue. All updates will be sent to this
case, and you can add information by replying to this email.

Sincerely,
AWS Training and Certification Customer Service
""" % (CASE_A, ME_C, CAND_CORP, ME_C, ME_P, ME_P, CAND_CORP, CAND_PERS)
d = D("2025-03-03 19:39:31")
add("a_ack", "acknowledgement", False, CASE_A, [CAND_CORP, CAND_PERS], TCF, ME_C,
    "[CASE %s] %s" % (CASE_A, SUBJ_TC), d, text=a_ack, tcte="quoted-printable", extra=aws_g(d)[:1] + aws_o(d)[1:],
    what="case A opened (company address); acknowledgement with form echo",
    hard="'Please do not submit another request' and 'you can add information by replying' look like asks")

a_fwd = """Memo to self: the merge case was opened from the company form, so support writes to the work
address. Company mail closes on 3/31, so keeping a copy here.
Old (company): %s -> keep (personal): %s

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年3月4日 4:39
宛先: %s
件名: [CASE %s] %s

%s""" % (CAND_CORP, CAND_PERS, TC, ME_C, CASE_A, SUBJ_TC, a_ack)
d = D("2025-03-04 09:15:27", "+0900")
add("a_fwd", "user_reply", False, CASE_A, [CAND_CORP, CAND_PERS], ME_CJ, ME_PF,
    "FW: [CASE %s] %s" % (CASE_A, SUBJ_TC), d, text=a_fwd, tcte="base64",
    html="<html><body><div>" + p2html(a_fwd.split("________________________________")[0]) +
    "</div><hr><div>" + p2html(a_fwd.split("________________________________")[1]) + "</div></body></html>", hcte="base64",
    irt="a_ack", mstyle="outlook", scs="utf-8",
    sender_hdrs=["Thread-Topic: [CASE %s] %s" % (CASE_A, SUBJ_TC), "Thread-Index: AdtMhQ0Yv2b3pX9uQk2dM7nZc8W1Lw==",
                 "Content-Language: ja-JP", "X-MS-Has-Attach:"],
    what="owner forwards the case A acknowledgement from work to personal address with a memo",
    hard="Outlook forward with Japanese header block; forwarded ack holds 'Please do not submit another request'; IDs counted from the memo only")

d = D("2025-03-04 23:08:14")
add("b_ack", "acknowledgement", False, CASE_B, [], TCF, ME_P,
    "[CASE %s] %s" % (CASE_B, SUBJ_TC), d, text="""Hello,

Thank you for contacting AWS Training and Certification. We have received your request and
logged it as case %s.

Your submission:
-----------------------------------------------------------------
Contact email: %s
Inquiry type: Certification
Additional details: Account Merge
Request:
Resubmitting my account merge request with my personal address as the contact, please send
replies here. Merge the account under %s into the one under %s.
-----------------------------------------------------------------

Our team normally replies within 24 hours. Some requests need extra research and take longer.

Please do not submit another request about the same issue. All updates will be sent to this
case, and you can add information by replying to this email.

Sincerely,
AWS Training and Certification Customer Service
""" % (CASE_B, ME_P, ME_C, ME_P), extra=aws_g(d),
    what="duplicate case B opened from a second form submission",
    hard="same template as case A's acknowledgement, different case number; a duplicate to warn about")

d = D("2025-03-05 09:30:40", "+0900")
add("boss1", "unrelated", False, None, [], A("高橋 誠", "m-takahashi@kirameki-tech.co.jp"), ME_CJ,
    "引き継ぎスケジュールについて", d, text="""野村さん

お疲れさまです。高橋です。

退職までの引き継ぎについて、以下のとおり進めたいと思います。

・3/10 週: 顧客 A 社の運用手順を山田さんへ
・3/17 週: 社内 AWS アカウント管理(Organizations、請求アラート)を鈴木さんへ
・3/24 週: 予備

引き継ぎ資料は共有ドライブの「退職者引き継ぎ」フォルダに置いてください。
都合が悪い日があれば、今週中に教えてください。

あと、AWS 認定の会社アカウントの件は鈴木さんがパートナー側の手続きを知っているので、相談してみてください。

高橋
""", tcs="iso-2022-jp", tcte="7bit", scs="iso-2022-jp", mstyle="outlook",
    extra=["Return-Path: <m-takahashi@kirameki-tech.co.jp>",
           auth_o365("kirameki-tech.co.jp", "m-takahashi@kirameki-tech.co.jp", ip="40.107.74.52")],
    what="manager's handover plan (Japanese, ISO-2022-JP)",
    hard="colleague request with a deadline ('今週中に教えてください') and mention of the AWS certification account")

a_hold1 = """Hello Sayaka,

Thank you for your patience while we reviewed your request. Before going further I need to explain
a limitation that applies to it.

The certification account registered under %s (%s) is linked to an
organization in the AWS Partner Network, Kirameki Technologies K.K. Certifications held by members of a
partner organization count toward that partner's tier and program requirements, so we are not able
to move them to another account while the association is in place. The association can be removed
by the partner's Alliance Lead in AWS Partner Central, or by our partner team once the partner
confirms the employee has left.

For that reason I have placed your case on hold until the partner side is settled. Your request
is not lost and you do not need to open a new case.

One detail would help our partner team plan this: are you still employed at Kirameki Technologies,
and if so, what will your last working day be?

Kind regards,
Tomasz K.
AWS Training and Certification Customer Service""" % (ME_C, CAND_CORP)
d = D("2025-03-05 06:12:09")
add("a_hold1", "on_hold", True, CASE_A, [CAND_CORP], TCF_SUPPORT, ME_C, "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), d,
    text=a_hold1, tcte="quoted-printable", extra=aws_g(d)[:1] + aws_o(d)[1:], irt="a_ack",
    what="case A on hold: company account tied to an APN partner; asks about employment and last day",
    hard="the question sits in the last paragraph after a long explanation and 'you do not need to open a new case'")

d = D("2025-03-05 07:40:33")
add("b_dup", "case_update", False, CASE_B, [], TCF, ME_P, "RE:[CASE %s] %s" % (CASE_B, SUBJ_TC), d, text="""Hello,

This case repeats a request that is already being handled under case %s, opened on
March 3. To avoid two people working on the same accounts, I have closed this case and copied
its details, including your personal contact address, to the original case.

All further updates will come on case %s. There is nothing you need to do here.

Regards,
Aisling
AWS Training and Certification Customer Service
""" % (CASE_A, CASE_A), extra=aws_g(d), irt="b_ack",
    what="duplicate case B closed and linked to case A",
    hard="a 'closed' case mail that is not a closing notice; mentions another case number")

a_r1 = """Hello Tomasz,

Thank you for the explanation.

Yes, I am still employed at Kirameki Technologies. My last working day is March 31, 2025, and this
mailbox will be closed after that, so I would be grateful if the merge could be completed before
then. I have also asked our partner administrator to remove the association in Partner Central.

Best regards,
Sayaka Nomura

________________________________
差出人: AWS Training and Certification Support <%s>
送信日時: 2025年3月5日 15:12
宛先: %s
件名: RE:[CASE %s] %s

%s""" % (TC, ME_C, CASE_A, SUBJ_TC, a_hold1)
d = D("2025-03-06 10:02:17", "+0900")
add("a_r1", "user_reply", False, CASE_A, [], ME_CF, TCF_SUPPORT, "RE: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), d,
    text=a_r1, tcte="quoted-printable", html="<html><body>" + p2html(a_r1.split("________________________________")[0]) +
    "<hr>" + p2html(a_r1.split("________________________________")[1]) + "</body></html>", hcte="quoted-printable",
    irt="a_hold1", refs=["a_ack", "a_hold1"], mstyle="outlook",
    sender_hdrs=["Thread-Topic: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), "Content-Language: en-US"],
    what="owner answers the hold question from the company address (Outlook)",
    hard="Outlook top-post with Japanese header block, no '>' quoting; candidate ID only in the quote")

d = D("2025-03-07 02:18:45")
add("a_info", "info_request", True, CASE_A, [], A("Nadia R. - AWS Training and Certification", TC), ME_C,
    "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), d, text="""Hi Sayaka,

Thanks for confirming your last working day; I have added it to the notes our partner team
will use.

There is one more thing on our side. The account you want to keep is registered to
%s, and so far every message on this case has come from your work
address. Because a merge moves certifications into an account, the request has to come from the
owner of the destination account. A short message sent from the Gmail address to this case,
with the case number kept in the subject line, is enough.

Until that message arrives we cannot schedule the merge, even once the partner hold is lifted.

Kind regards,
Nadia R.
AWS Training and Certification Customer Service
""" % ME_P, tcte="7bit", nl="\n", extra=aws_g(d)[:1] + aws_o(d)[1:], irt="a_r1", refs=["a_ack", "a_hold1", "a_r1"],
    what="case A: support needs the request to come from the personal (destination) address",
    hard="no 'please' and no question mark; the ask is 'A short message ... is enough'; sent to the work address")

a_r2 = """Hello Nadia,

As requested, I am writing from my personal address, %s.

I own both certification accounts and I ask that %s (%s) be merged into %s,
which is the account I want to keep.

Thank you,
Sayaka Nomura
""" % (ME_P, CAND_CORP, ME_C, CAND_PERS)
d = D("2025-03-07 21:30:02", "+0900")
add("a_r2", "user_reply", False, CASE_A, [CAND_CORP, CAND_PERS], ME_PF, TCF,
    "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), d, text=a_r2, html=p2html(a_r2), tcte="7bit", hcte="7bit",
    mstyle="gmail", ctq=False,
    what="owner writes to case A from the personal address (new message, subject copied)",
    hard="no In-Reply-To/References: threads only through the subject token")

FAKE_CASE = "174133802100915"
d = D("2025-03-08 13:55:06")
add("phish_dmarc", "suspicious", False, None, [], TCF, ME_P, "RE:[CASE %s] %s" % (FAKE_CASE, SUBJ_TC), d,
    text="""Hello,

This is a follow-up on your certification account merge request.

Before the merge can be finalised, our security team must verify that you own the source account.
Sign in at the link below within 24 hours using the email address and password of your company
account:

https://aws-training-merge-verify.com/auth?case=%s

If verification is not completed in time the request will be cancelled and the certifications
on the source account may be permanently lost.

AWS Training and Certification Customer Service
""" % FAKE_CASE, html="""<html><body><p>Hello,</p><p>This is a follow-up on your certification account merge request.</p>
<p>Before the merge can be finalised, our security team must verify that you own the source account.
<a href="https://aws-training-merge-verify.com/auth?case=%s">Verify ownership now</a> within 24 hours using the email address and password of your company account.</p>
<p>If verification is not completed in time the request will be cancelled and the certifications on the source account may be permanently lost.</p>
<p>AWS Training and Certification Customer Service</p></body></html>""" % FAKE_CASE,
    extra=["Return-Path: <support@secure-mailer-aws.top>",
           recv_gmail("vps-31c8.secure-mailer-aws.top", "45.155.205.118", d),
           "Authentication-Results: mx.google.com;\n       dkim=none (no signature);\n"
           "       spf=pass (google.com: domain of support@secure-mailer-aws.top designates 45.155.205.118 as permitted sender) smtp.mailfrom=support@secure-mailer-aws.top;\n"
           "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"],
    mstyle="secure-mailer-aws.top",
    what="spoofed T&C case mail: real From address but dmarc=fail, credential link",
    hard="From, subject format and case-number shape all look genuine; only Authentication-Results and the link give it away")

d = D("2025-03-10 04:44:19")
add("a_hold2", "on_hold", False, CASE_A, [], A("Tomasz K. - AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), d, text="""Hello Sayaka,

Thank you for writing from your personal address; that covers everything we need from you for now.

I have handed the partner part of your case to our AWS Partner Network team. They will contact the
Alliance Lead at Kirameki Technologies to release the company certification account. Until that
happens the case stays on hold. Partner requests usually take three to five business days.

There is nothing for you to do in the meantime, and I will write as soon as I hear back. If your
partner administrator has already removed the association, you are welcome to mention it, but it
is not required.

Kind regards,
Tomasz K.
AWS Training and Certification Customer Service
""", tcte="quoted-printable", extra=aws_g(d), irt="a_r2",
    what="case A still on hold, waiting for the partner; nothing asked",
    hard="conditional 'you are welcome to mention it, but it is not required'")

d = D("2025-03-11 11:05:38", "+0900")
add("apn_admin", "unrelated", False, CASE_A, [CAND_CORP], A("鈴木 健太", "k-suzuki@kirameki-tech.co.jp"), ME_CJ,
    "Re: AWS認定アカウントのパートナー紐付け解除", d, text="""野村さん

お疲れさまです。パートナー管理の鈴木です。

AWS Partner Central で、野村さんの認定アカウント(%s)と当社の紐付けを解除しました。
AWS 側のケース %s にも、パートナーチーム経由で連絡が行くはずです。

他に何か必要なことがあれば言ってください。

鈴木

-----Original Message-----
From: 野村 紗也香 <%s>
Sent: Thursday, March 6, 2025 10:15 AM
To: 鈴木 健太 <k-suzuki@kirameki-tech.co.jp>
Subject: AWS認定アカウントのパートナー紐付け解除

鈴木さん

お疲れさまです。退職に伴い、AWS 認定アカウントを個人アカウントに統合する手続きをしています。
パートナー組織との紐付けがあるため統合できないと言われました。Partner Central での解除をお願いできますか。

野村
""" % (CAND_CORP, CASE_A, ME_C), tcs="iso-2022-jp", tcte="7bit", scs="iso-2022-jp", mstyle="outlook",
    sender_hdrs=["In-Reply-To: <TYWPR01MB8F3A21C0D97E4B5A6C1@TYWPR01MB8F3A.jpnprd01.prod.outlook.com>",
                 "References: <TYWPR01MB8F3A21C0D97E4B5A6C1@TYWPR01MB8F3A.jpnprd01.prod.outlook.com>"],
    extra=["Return-Path: <k-suzuki@kirameki-tech.co.jp>",
           auth_o365("kirameki-tech.co.jp", "k-suzuki@kirameki-tech.co.jp", ip="40.107.74.61")],
    what="colleague (partner admin) says he released the APN association; cites case A",
    hard="not from support but about case A and quotes it by number; Japanese ISO-2022-JP")

d = D("2025-03-12 14:20:11", "+0900")
add("ooo", "unrelated", False, None, [], A("山田 翔", "s-yamada@kirameki-tech.co.jp"), ME_CJ,
    "自動応答: 顧客A社 運用手順の引き継ぎ", d, text="""お疲れさまです。山田です。

3 月 12 日(水)から 3 月 16 日(日)まで休暇のため不在にしております。
期間中はメールを確認できませんので、お急ぎの場合は高橋(m-takahashi@kirameki-tech.co.jp)までご連絡ください。

戻り次第、順次ご返信いたします。
""", tcte="base64", mstyle="outlook",
    extra=["Return-Path: <>", "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
           auth_o365("kirameki-tech.co.jp", "s-yamada@kirameki-tech.co.jp", ip="40.107.74.70")],
    what="colleague out-of-office auto-reply", hard="auto-reply wording 'ご返信いたします'")

d = D("2025-03-13 03:27:50")
add("a_lift", "case_update", False, CASE_A, [CAND_CORP], A("Priya S. - AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), d, text="""Hi Sayaka,

Good news: our partner team has confirmed that the association between %s and
Kirameki Technologies has been removed, so the hold on your case has been lifted.

I am now preparing the merge. You will get a separate message from me with the details of both
accounts shortly.

Thanks,
Priya S.
AWS Training and Certification Customer Service
""" % CAND_CORP, tcte="7bit", extra=aws_g(d), irt="a_hold2",
    what="case A hold lifted, merge being prepared", hard="announces a coming request but asks nothing yet")

a_conf_plain = """Before I run the merge I need to be sure I have the right records. I found the two accounts below.
Account #1 will be kept; the certifications, exam history and benefits of Account #2 will be moved
into it, and Account #2 will then be deactivated. A merge cannot be reversed.
Can you confirm that both accounts belong to you and that Account #1 is the one to keep?
A one-line reply to this email is enough."""
a_conf_html = """<html><head><meta charset="utf-8"><style>td,th{border:1px solid #c8c8c8;padding:6px 10px;font-size:13px}th{background:#f2f3f3;text-align:left}</style></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hi Sayaka,</p>
<p>Before I run the merge I need to be sure I have the right records. I found the two accounts below.</p>
<table style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><th>Candidate ID</th><td>%s</td><td>%s</td></tr>
<tr><th>Login email</th><td>%s</td><td>%s</td></tr>
<tr><th>Training notification email</th><td>%s</td><td>%s</td></tr>
<tr><th>Certification notification email</th><td>%s</td><td>%s</td></tr>
<tr><th>Active certifications</th><td>AWS Certified Solutions Architect &ndash; Associate</td><td>AWS Certified Developer &ndash; Associate, AWS Certified Cloud Practitioner</td></tr>
<tr><th>Benefits</th><td>&ndash;</td><td>50%% exam discount (unused)</td></tr>
</table>
<p>Account #1 will be kept; the certifications, exam history and benefits of Account #2 will be moved into it, and Account #2 will then be deactivated. A merge cannot be reversed.</p>
<p><b>Can you confirm that both accounts belong to you and that Account #1 is the one to keep?</b> A one-line reply to this email is enough.</p>
<p>Thanks,<br>Priya S.<br>AWS Training and Certification Customer Service</p>
</body></html>""" % (CAND_PERS, CAND_CORP, ME_P, ME_C, ME_P, ME_C, ME_P, ME_C)
d = D("2025-03-14 05:51:03")
add("a_conf", "confirmation_request", True, CASE_A, [CAND_PERS, CAND_CORP], A("Priya S. - AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), d, html=a_conf_html, hcte="quoted-printable", extra=aws_g(d), irt="a_lift",
    what="case A: HTML-only table of Account #1/#2 asking to confirm ownership and which to keep",
    hard="HTML only; the listing is a table, not 'Account #1 / Login email:' lines")

d = D("2025-03-15 02:12:27")
add("zd1", "unrelated", False, None, [], A("Lumenstack Support", "support@lumenstack.zendesk.com"), ME_P,
    "[Lumenstack] Re: Account merge between my two workspaces", d, text="""##- Please type your reply above this line -##

Your request (58213) has been solved. To reopen it, simply reply to this email.

Hana (Lumenstack)
Mar 15, 2025, 11:12 JST

Hi Sayaka,

Both workspaces are now merged into "sayaka-personal". Your projects, API keys and billing history
were carried over, and the old workspace has been archived.

Thanks for your patience!
Hana

This email is a service from Lumenstack. Delivered by Zendesk
[8W1K0P-4R9D]
""", tcte="quoted-printable",
    extra=gen_g("lumenstack.zendesk.com", d, "support+id58213@lumenstack.zendesk.com", p="NONE", ip="192.161.147.1"),
    mstyle="@lumenstack.zendesk.com",
    what="another vendor's 'request solved': accounts merged", hard="'merged' + 'solved' + reopen by replying, but not AWS")

d = D("2025-03-17 08:02:44")
add("phish_look", "suspicious", False, None, [], A("AWS Certification Support", "no-reply@aws-certification-merge.com"), ME_P,
    "Final step: confirm your AWS certification account merge", d, html="""<html><body style="font-family:Arial">
<img src="https://aws-certification-merge.com/img/aws-logo.png" alt="aws" width="80">
<p>Dear Certified Professional,</p>
<p>Your AWS Certification account merge is <b>pending confirmation</b>. To make sure your certifications are transferred to the right account, confirm the merge by signing in below.</p>
<p style="text-align:center"><a href="https://aws-certification-merge.com/confirm?u=sayaka.nomura.cloud" style="background:#ff9900;color:#000;padding:12px 24px;text-decoration:none">CONFIRM MERGE</a></p>
<p>Unconfirmed requests are cancelled after 24 hours.</p>
<p>Thank you,<br>AWS Training &amp; Certification</p>
</body></html>""", hcte="base64",
    extra=gen_g("aws-certification-merge.com", d, "no-reply@aws-certification-merge.com", p="NONE", ip="91.92.246.17"),
    mstyle="aws-certification-merge.com",
    what="lookalike-domain phishing asking to 'confirm the merge'",
    hard="arrives while a real confirmation is pending and uses the same words; DKIM/DMARC pass for the lookalike domain")

a_close = """Hello Sayaka,

We are following up on case %s. On March 14 we sent you the details of the two
certification accounts and asked you to confirm the merge, and we have not received your reply yet.

If we do not hear from you within 3 business days, this case will be closed. A reply at any time
before then keeps it open, and a reply after it is closed reopens it.

Our previous message is included below for reference.

Regards,
AWS Training and Certification Customer Service""" % CASE_A
a_close_q = """---- Previous message (March 14, 2025) ----
Hi Sayaka,

%s

                                  Account #1                     Account #2
Candidate ID                      %s                    %s
Login email                       %s  %s
Training notification email       %s  %s
Certification notification email  %s  %s

Thanks,
Priya S.""" % (a_conf_plain, CAND_PERS, CAND_CORP, ME_P, ME_C, ME_P, ME_C, ME_P, ME_C)
d = D("2025-03-18 01:10:37")
add("a_close", "closing_notice", True, CASE_A, [], TCF, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), d,
    text=a_close + "\n\n" + a_close_q, html="<html><body>" + p2html(a_close) +
    "<hr><div style='color:#555'>" + p2html(a_close_q) + "</div></body></html>",
    extra=aws_g(d), irt="a_conf", refs=["a_lift", "a_conf"],
    what="case A: reminder that the case closes in 3 business days without the confirmation",
    hard="the real ask (confirm) is only in the quoted previous message; the new text is about closing")

a_ok = """Confirmed. Both accounts are mine; please merge Account #2 into Account #1 (%s).
Sorry for the slow reply, I was travelling last week.

Sayaka Nomura

On Tue, Mar 18, 2025 at 10:10 AM AWS Training and Certification <%s> wrote:
%s
""" % (CAND_PERS, TC, q(a_close + "\n\n" + a_close_q))
d = D("2025-03-18 19:02:55", "+0900")
add("a_ok", "user_reply", False, CASE_A, [CAND_PERS], ME_PF, TCF, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), d,
    text=a_ok, html=p2html(a_ok.split("On Tue,")[0]) + '<div class="gmail_quote"><blockquote>' +
    p2html(a_close) + "</blockquote></div>", irt="a_close", refs=["a_conf", "a_close"], mstyle="gmail", ctq=False,
    what="owner confirms the merge (case A)", hard="contains 'please merge' written by the owner; quoted closing notice below")

a_res_new = """Hi Sayaka,

All done: I have merged Account #2 into Account #1. Your exam history, all three active
certifications and the unused 50%% exam discount now sit on the account that signs in with
%s (%s).

Credly badges and your AWS Partner Central profile can take up to 48 hours to show the change.
If anything still looks wrong after that, just reply to this email.

Thank you for contacting AWS Training and Certification.

Priya S.
AWS Training and Certification Customer Service""" % (ME_P, CAND_PERS)
d = D("2025-03-19 03:40:12")
add("a_res", "resolved", False, CASE_A, [CAND_PERS], A("Priya S. - AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), d,
    text=a_res_new + "\n\n________________________________\nFrom: Sayaka Nomura <%s>\nSent: Tuesday, March 18, 2025 10:02 AM\nTo: %s\nSubject: Re: RE:[CASE %s] %s\n\n" % (ME_P, TC, CASE_A, SUBJ_TC) + a_ok,
    tcte="quoted-printable", extra=aws_g(d), irt="a_ok", refs=["a_conf", "a_close", "a_ok"],
    what="case A done: accounts merged", hard="top-posted over the whole thread, which still contains the confirmation question and the closing warning; conditional 'just reply'")

d = D("2025-03-19 05:02:31")
add("cred3", "badge", False, None, [], A("Credly", "admin@credly.com"), ME_P,
    "You have 2 new badges from Amazon Web Services Training and Certification", d,
    text="""Hi Sayaka,

Amazon Web Services Training and Certification has issued you 2 new badges:

  - AWS Certified Developer - Associate
  - AWS Certified Cloud Practitioner

Accept them here: https://www.credly.com/earner/earned

Tip: accepted badges can be shared on LinkedIn with one click.

Credly, Inc. | Pearson
Notification settings: https://www.credly.com/earner/settings/notifications
""", html="""<html><body style="font-family:Arial"><h2>2 new badges are waiting for you</h2>
<ul><li>AWS Certified Developer &ndash; Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned">View and accept</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | Pearson</p></body></html>""",
    extra=gen_g("credly.com", d, "bounces@mail.credly.com", p="REJECT", ip="167.89.12.40"),
    mstyle="@credly.com", what="Credly badges arrive on the personal address after the merge", hard="plural, follows the resolution")

d = D("2025-03-20 16:45:00")
add("a_surv", "survey", False, CASE_A, [], A("AWS Training and Certification", "tc-feedback@amazon.com"), ME_P,
    "We'd value your feedback on case %s" % CASE_A, d, text="""Hello Sayaka,

Thank you for contacting AWS Training and Certification. Your case %s has been resolved.

Would you take a minute to tell us how we did? Your answers are anonymous and go straight to the
support team.

Take the survey: https://survey.aws.training/s/csat?case=%s&lang=en

If you still have questions about this case, reply to the original case email rather than to this
message.

AWS Training and Certification
""" % (CASE_A, CASE_A), html="""<html><body><p>Hello Sayaka,</p><p>Thank you for contacting AWS Training and Certification. Your case %s has been resolved.</p>
<p>Would you take a minute to tell us how we did?</p><p><a href="https://survey.aws.training/s/csat?case=%s&amp;lang=en">Take the survey</a></p>
<p style="font-size:11px">If you still have questions about this case, reply to the original case email rather than to this message.</p></body></html>""" % (CASE_A, CASE_A),
    extra=aws_g(d), what="satisfaction survey for case A",
    hard="question 'Would you take a minute…?' and a conditional reply instruction")

d = D("2025-03-21 15:00:00")
add("cm_survey", "certification", False, None, [], A("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Help shape AWS Certification: 10-minute survey for certification holders", d, text="""Hello,

As an AWS Certified professional, you are invited to our yearly certification holder survey.
We want to learn how you use your certifications at work and which exams you would like to see next.

The survey takes about 10 minutes and is open until April 30, 2025:
https://www.surveymonkey.com/r/awscert-holders-2025

Thank you for helping us improve AWS Certification.

AWS Certification
This is an automated message; replies are not monitored.
""", tcte="7bit", nl="\n",
    extra=gen_g("certmetrics.com", d, "bounce@mail.certmetrics.com", p="QUARANTINE", ip="209.85.160.45"),
    mstyle="@certmetrics.com", what="certification-program survey (not about a support case)",
    hard="a survey, but about the certification program, so 'certification', not 'survey'")

jv = """野村 紗也香 様

いつも勤怠クラウドをご利用いただき、誠にありがとうございます。サポートデスクの森でございます。

先日お問い合わせいただきました「退職予定者のアカウント停止日の設定」について、設定方法をご案内いたします。
恐れ入りますが、停止日を 3 月 31 日とした場合、同日の打刻が行えなくなりますが問題ございませんでしょうか。
ご確認のうえ、ご返信いただけますと幸いです。

なお、3 月 28 日(金)までにご返信をいただけない場合、本お問い合わせはいったんクローズとさせていただきます。

勤怠クラウド サポートデスク
お問い合わせ番号: #20250318-0118
"""
d = D("2025-03-24 10:30:12", "+0900")
add("kintai", "unrelated", False, None, [], A("勤怠クラウド サポートデスク", "support@kintai-cloud.jp"), ME_CJ,
    "【ご回答のお願い】お問い合わせ番号 #20250318-0118 について", d, text=jv, tcs="shift_jis", tcte="8bit", nl="\r\n",
    extra=["Return-Path: <support@kintai-cloud.jp>", auth_o365("kintai-cloud.jp", "support@kintai-cloud.jp", ip="210.152.11.8")],
    mstyle="@kintai-cloud.jp", what="Japanese SaaS vendor support asks a question with a close-by deadline",
    hard="keigo request + closing warning from a non-AWS vendor; Shift_JIS 8bit")

d = D("2025-03-28 17:41:09", "+0900")
add("farewell", "unrelated", False, None, [], A("山田 翔", "s-yamada@kirameki-tech.co.jp"), ME_CJ,
    "Re: 最終出社日のご挨拶", d, text="""野村さん

丁寧なご挨拶ありがとうございます。休暇明けでお返事が遅くなりました。
A 社の運用手順、きれいにまとまっていて本当に助かりました。

新しい職場でもご活躍をお祈りしています。
また勉強会などで会いましょう!

山田
""", html="<html><body><p>野村さん</p><p>丁寧なご挨拶ありがとうございます。休暇明けでお返事が遅くなりました。<br>A 社の運用手順、きれいにまとまっていて本当に助かりました。</p><p>新しい職場でもご活躍をお祈りしています。<br>また勉強会などで会いましょう!</p><p>山田</p></body></html>",
    tcte="base64", hcte="base64", mstyle="outlook",
    sender_hdrs=["In-Reply-To: <TYWPR01MB8F3A77B1E2C04D9F0A3@TYWPR01MB8F3A.jpnprd01.prod.outlook.com>",
                 "References: <TYWPR01MB8F3A77B1E2C04D9F0A3@TYWPR01MB8F3A.jpnprd01.prod.outlook.com>"],
    extra=["Return-Path: <s-yamada@kirameki-tech.co.jp>", auth_o365("kirameki-tech.co.jp", "s-yamada@kirameki-tech.co.jp", ip="40.107.74.70")],
    what="colleague's farewell reply", hard="a reply in a thread the owner started; not from the owner")

bounce_txt = """** Address not found **

Your message wasn't delivered to s-nomura@kirameki-tech.co.jp because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient s-nomura@kirameki-tech.co.jp not found by SMTP address lookup

----- Original message -----

Date: Tue, 1 Apr 2025 20:14:03 +0900
From: Sayaka Nomura <%s>
To: s-nomura@kirameki-tech.co.jp
Subject: test

test
""" % ME_P
d = D("2025-04-01 20:14:09", "+0900")
add("bounce", "unrelated", False, None, [], A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", d, text=bounce_txt, tcte="7bit",
    extra=["Return-Path: <>", "X-Failed-Recipients: s-nomura@kirameki-tech.co.jp", "Auto-Submitted: auto-replied"],
    mstyle="@mx.google.com", what="bounce: the old company address no longer exists",
    hard="delivery failure mail; tells that the company mailbox is gone")

# =============================================================================
# April 2025 - console case C (missing exam benefit) and console billing case D
# =============================================================================
CONSOLE = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en"


def console_html(text, link_case, feedback=False):
    fb = ""
    if feedback:
        fb = ("<p style='font-size:12px'>Was this response helpful? Rate it: "
              + " ".join("<a href='https://console.aws.amazon.com/support/feedback?caseId=%s&amp;r=%d'>%d</a>" % (link_case, i, i) for i in range(1, 6))
              + "</p>")
    return ("<html><body style='font-family:Arial,sans-serif;font-size:14px'>" + p2html(text) + fb +
            "<p style='font-size:12px;color:#555'>To see or answer this case, open it in the "
            "<a href='" + (CONSOLE % link_case).replace("&", "&amp;") + "'>AWS Support Center</a>. "
            "This e-mail address does not accept incoming messages.</p></body></html>")


c_ack = """Hello,

Case %s has been created for you in the AWS Support Center.

Case summary
  Case ID: %s
  Subject: Exam discount benefit missing after certification account merge
  Service: Training and Certification
  Category: Certification benefits
  Severity: General guidance
  Correspondence: My certification accounts were merged on March 19 (case %s).
  The unused 50%% exam discount from my old account should have moved to %s, but the
  Benefits page of that account is empty. Can you check?

An engineer will answer through the Support Center. You can follow the case here:
%s

Note: this notification was sent from an address that does not accept replies.

Amazon Web Services""" % (CASE_C, CASE_C, CASE_A, CAND_PERS, CONSOLE % CASE_C)
d = D("2025-04-02 06:14:48")
add("c_ack", "acknowledgement", False, CASE_C, [CAND_PERS], A("Amazon Web Services", AWSNR), ME_P,
    "Amazon Web Services: New Support case: %s" % CASE_C, d, text=c_ack,
    html=console_html(c_ack.split("\nNote:")[0], CASE_C), extra=aws_g(d),
    what="console case C opened (Training and Certification benefit)",
    hard="the owner's own text ('Can you check?') is echoed; mentions case A's number too")

c_info = """Hello Sayaka,

Thank you for your patience. I reviewed %s together with the records that were merged into it
from your former account.

The 50%% discount was created on the former account after your Developer - Associate exam.
Discount benefits are tied to the exam that earned them, so this one was not carried over by
the merge. It can be reissued, but the benefits team only does that with the registration of
the original exam.

What is the Pearson VUE registration number of that exam? It is a 9-digit number shown in the
booking confirmation e-mail.

We look forward to your response.

Best regards,
Hiroshi
Amazon Web Services""" % CAND_PERS
d = D("2025-04-03 03:30:26")
add("c_info", "info_request", True, CASE_C, [CAND_PERS], A("Amazon Web Services", AWSNR), ME_P,
    "RE:[CASE %s] Exam discount benefit missing after certification account merge" % CASE_C, d,
    text=c_info + "\n\n==============================\nTo answer this case, sign in to the Support Center:\n" +
    (CONSOLE % CASE_C) + "\n*Replies sent to this e-mail address are not received. Use the link above to add correspondence.*",
    html=console_html(c_info, CASE_C, feedback=True), extra=aws_g(d), irt="c_ack",
    what="console case C asks for the exam registration number; answer must go through the Support Center",
    hard="cannot be answered by e-mail; the question is direct but the footer says replies are not received")

c_mail = """Hello Hiroshi,

The registration number is 482913306 (DVA-C02, February 20, 2025). My former candidate ID was
%s, in case that helps.

Thanks,
Sayaka

On Thu, Apr 3, 2025 at 12:30 PM Amazon Web Services <%s> wrote:
%s
""" % (CAND_CORP, AWSNR, q(c_info))
d = D("2025-04-03 20:10:44", "+0900")
add("c_mail", "user_reply", False, CASE_C, [CAND_CORP], ME_PF, A("Amazon Web Services", AWSNR),
    "Re: RE:[CASE %s] Exam discount benefit missing after certification account merge" % CASE_C, d,
    text=c_mail, tcte="quoted-printable", irt="c_info", refs=["c_ack", "c_info"], mstyle="gmail", ctq=False,
    what="owner answers case C by e-mail to the no-reply address (wrong channel)",
    hard="a reply that will not reach support")

d = D("2025-04-03 11:10:58")
add("c_norep", "info_request", True, CASE_C, [], A("Amazon Web Services", AWSNR), ME_P,
    "Your message was not added to case %s" % CASE_C, d, text="""Hello,

We received an e-mail from you at %s. This address does not accept incoming mail,
so your message has NOT been added to case %s and the support engineer cannot see it.

To answer the engineer, open the case in the Support Center and choose Reply:
%s

Amazon Web Services
""" % (AWSNR, CASE_C, CONSOLE % CASE_C), tcte="7bit",
    extra=aws_g(d) + ["Auto-Submitted: auto-replied"], irt="c_mail",
    what="system notice: the e-mailed answer was not added to case C; answer in the console",
    hard="looks like a bounce/auto-reply, but support is still waiting and the owner must answer in the Support Center")

d_ack = """Hello,

Case %s has been created for you in the AWS Support Center.

Case summary
  Case ID: %s
  Subject: Unexpected EC2 charge on my personal account
  Service: Billing
  Category: Charges / Unexpected charges
  Account: 604718235590
  Severity: General guidance

An engineer will answer through the Support Center. You can follow the case here:
%s

Note: this notification was sent from an address that does not accept replies.

Amazon Web Services""" % (CASE_D, CASE_D, CONSOLE % CASE_D)
d = D("2025-04-04 09:02:15")
add("d_ack", "unrelated", False, None, [], A("Amazon Web Services", AWSNR), ME_P,
    "Amazon Web Services: New Support case: %s" % CASE_D, d, text=d_ack,
    html=console_html(d_ack.split("\nNote:")[0], CASE_D), extra=aws_g(d),
    what="console billing case D opened", hard="identical template to case C's acknowledgement but a billing case, not T&C")

d_info = """Hello,

Thank you for contacting AWS Billing support. I can see the EC2 charge of USD 11.20 in the March
bill for account 604718235590. It comes from a t3.medium instance in ap-northeast-1 that ran
for 268 hours.

Could you tell us whether you launched this instance yourself? If you did not, we will guide you
through securing the account before looking at a possible credit.

Best regards,
Gabriela
Amazon Web Services"""
d = D("2025-04-05 01:47:33")
add("d_info", "unrelated", False, None, [], A("Amazon Web Services", AWSNR), ME_P,
    "RE:[CASE %s] Unexpected EC2 charge on my personal account" % CASE_D, d,
    text=d_info + "\n\n==============================\nTo answer this case, sign in to the Support Center:\n" +
    (CONSOLE % CASE_D) + "\n*Replies sent to this e-mail address are not received. Use the link above to add correspondence.*",
    html=console_html(d_info, CASE_D, feedback=True), extra=aws_g(d), irt="d_ack",
    what="console billing case D asks a question", hard="a genuine AWS support request, but not a Training and Certification case")

c_close = """Hello,

We have not heard from you on case %s since our message of April 3.

If we do not receive a reply, this case will be resolved automatically in 3 days. To keep it open,
add your reply in the Support Center:
%s

Best regards,
Amazon Web Services""" % (CASE_C, CONSOLE % CASE_C)
d = D("2025-04-07 03:00:41")
add("c_close", "closing_notice", True, CASE_C, [], A("Amazon Web Services", AWSNR), ME_P,
    "RE:[CASE %s] Exam discount benefit missing after certification account merge" % CASE_C, d,
    text=c_close, html=console_html(c_close, CASE_C), hcte="base64", extra=aws_g(d), irt="c_info", refs=["c_ack", "c_info"],
    what="console case C will auto-resolve without a reply in the Support Center",
    hard="'resolved automatically' wording; reply must go through the console")

c_upd = """Hello Sayaka,

Thank you for adding the registration number. I have passed your request to the certification
benefits team, who will reissue the discount on %s. They usually need two to three business
days. I will update this case when they are done; no action is needed from you.

Best regards,
Hiroshi
Amazon Web Services""" % CAND_PERS
d = D("2025-04-08 02:40:19")
add("c_upd", "case_update", False, CASE_C, [CAND_PERS], A("Amazon Web Services", AWSNR), ME_P,
    "RE:[CASE %s] Exam discount benefit missing after certification account merge" % CASE_C, d,
    text=c_upd + "\n\nWas this response helpful? Rate it in the Support Center:\n" + (CONSOLE % CASE_C),
    html=console_html(c_upd, CASE_C, feedback=True), extra=aws_g(d), irt="c_close", refs=["c_ack", "c_info", "c_close"],
    what="case C passed to the benefits team after the owner answered in the console",
    hard="rating footer looks like a survey; 'no action is needed'")

d = D("2025-04-09 22:18:05")
add("phish_pv", "suspicious", False, None, [], A("Pearson VUE", "vouchers@pearsonvue-rewards.net"), ME_P,
    "Your free AWS exam retake voucher is waiting", d, text="""Dear Candidate,

Because your AWS certification account was recently merged, you qualify for a FREE exam retake voucher
(value USD 150).

Claim it before April 12 by signing in with your AWS Certification credentials:
http://pearsonvue-rewards.net/aws/claim?c=SN-7731

Pearson VUE Voucher Team
""", tcte="7bit",
    extra=gen_g("pearsonvue-rewards.net", d, "vouchers@pearsonvue-rewards.net", dkim="none", spf="softfail", dmarc="fail", p="NONE", ip="193.29.13.90"),
    mstyle="pearsonvue-rewards.net", what="fake exam-vendor voucher mail", hard="knows about the merge; lookalike Pearson VUE domain")

c_res = """Hello Sayaka,

Good news: the certification benefits team has reissued your 50%% exam discount. It is now listed on
the Benefits page of %s and is valid until April 9, 2026.

With that, I am marking this case as resolved. If something about this request is still not right,
you can reopen the case from the Support Center within 14 days.

Best regards,
Hiroshi
Amazon Web Services""" % CAND_PERS
d = D("2025-04-10 06:05:37")
add("c_res", "resolved", False, CASE_C, [CAND_PERS], A("Amazon Web Services", AWSNR), ME_P,
    "RE:[CASE %s] Exam discount benefit missing after certification account merge" % CASE_C, d,
    text=c_res + "\n\nWe value your opinion. Tell us how we did by rating this response in the Support Center:\n" + (CONSOLE % CASE_C),
    html=console_html(c_res, CASE_C, feedback=True), extra=aws_g(d), irt="c_upd", refs=["c_ack", "c_info", "c_close", "c_upd"],
    what="case C done: discount reissued", hard="feedback footer and 'reopen within 14 days' conditional")

d = D("2025-04-10 09:12:40")
add("cm_benefit", "certification", False, None, [CAND_PERS], A("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "A new benefit is available in your AWS Certification account", d, text="""Hello Sayaka,

A new benefit has been added to your AWS Certification account (%s):

  50%% discount on your next AWS Certification exam
  Expires: April 9, 2026

To use it, sign in to your AWS Certification account, open Benefits and request the discount code,
then enter the code when you schedule your exam.

AWS Certification
""" % CAND_PERS, tcte="quoted-printable",
    extra=gen_g("certmetrics.com", d, "bounce@mail.certmetrics.com", p="QUARANTINE", ip="209.85.160.45"),
    mstyle="@certmetrics.com", what="certification benefit notice (follows case C)",
    hard="same content as the case C resolution but program mail, not case mail")

note = """・ケース %s: 50%% 割引 再発行済み(4/10)。Benefits ページで確認 OK
・統合後の候補 ID: %s(旧 %s は 3/19 に統合済み)
・Credly のバッジ 3 つ確認済み
・SAA の有効期限 4/12 → 再認定の試験を予約する(割引コードを使う)
・請求ケースの件はまだ。EC2 は自分で立てたものだった、と回答する
"""  % (CASE_C, CAND_PERS, CAND_CORP)
d = D("2025-04-11 22:03:18", "+0900")
add("note", "user_reply", False, CASE_C, [CAND_PERS, CAND_CORP], ME_PF, ME_PF, "メモ: AWS 認定まわり", d,
    text=note, tcte="base64", mstyle="gmail", ctq=False,
    what="owner's note to self summing up case C and next steps",
    hard="from and to the owner; a to-do list ('回答する') that is not a message to support")

d = D("2025-04-14 16:20:09")
add("c_surv", "survey", False, CASE_C, [], A("Amazon Web Services", AWSNR), ME_P,
    "Share your feedback on AWS Support case %s" % CASE_C, d, text="""Hello,

Your AWS Support case %s was recently resolved. How satisfied are you with the support you received?

Answer three short questions:
https://console.aws.amazon.com/support/survey?caseId=%s

Thank you for helping us improve AWS Support.

Amazon Web Services
This e-mail address does not accept incoming messages.
""" % (CASE_C, CASE_C), tcte="7bit", extra=aws_g(d),
    what="console survey for case C", hard="question form; same sender as the case mail")

d = D("2025-04-15 13:00:55")
add("cred4", "badge", False, None, [], A("Credly", "admin@credly.com"), ME_P,
    "Your AWS Certified Solutions Architect - Associate badge has expired", d, text="""Hi Sayaka,

Your badge AWS Certified Solutions Architect - Associate, issued by Amazon Web Services Training
and Certification, expired on April 12, 2025. It is still on your profile, marked as expired.

To earn it again, follow the recertification path from the issuer:
https://aws.amazon.com/certification/recertification/

The Credly Team
""", tcte="quoted-printable",
    extra=gen_g("credly.com", d, "bounces@mail.credly.com", p="REJECT", ip="167.89.12.40"),
    mstyle="@credly.com", what="Credly badge expiry notice", hard="mentions recertification (certification-like)")


# =============================================================================
# writing
# =============================================================================
def main():
    for f in os.listdir(HERE):
        if re.fullmatch(r"\d{3}-msg\.(eml|json)", f):
            os.remove(os.path.join(HERE, f))
    prev = None
    counts = {}
    for i, m in enumerate(MSGS, 1):
        if prev is not None and m["date"] < prev:
            raise SystemExit("arrival order broken at %d (%s)" % (i, m["key"]))
        prev = m["date"]
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["raw"])
        label = {"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"], "candidate_ids": m["cands"]}
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
    write_readme()
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply true", sum(1 for m in MSGS if m["reply"])))


README_HEAD = """me: %s %s

# Blind corpus: one mailbox, December 2024 to April 2025

Mailbox of Sayaka Nomura (野村 紗也香), who leaves Kirameki Technologies (an AWS Partner Network
company) on 31 March 2025. The mailbox holds mail for both her personal Gmail address and her
work address (the work mailbox is closed after 31 March; see the bounce). `gen.py` writes every
message and this README; run `python3 gen.py` from any directory.

## Cases in the set

Letters (G, E, A, B, C) are the names used in the message table below.

| name: case | format | channel | topic | outcome |
|---|---|---|---|---|
| G: %s | 10 digits | T&C form, English | two certification accounts on the same Gmail address (Credly badge missing) | two confirmation requests (the first answer was ambiguous), merged |
| E: %s | 11 digits | T&C form, Japanese | misspelt name on the certification record | info request, closed for no reply, reopened by the reply, corrected |
| A: %s | 15 digits | T&C form, English | merge the company account (%s) into the personal one (%s) | APN partner hold with a buried question, "write from the destination address", hold lifted, HTML confirmation request, closing warning, merged |
| B: %s | 15 digits | T&C form | duplicate form submission of the previous case | closed as a duplicate and linked |
| C: %s | 11 digits | AWS Support Center console | 50%% exam discount missing after the merge | info request that must be answered in the console, wrong-channel e-mail reply, auto-resolve warning, reissued |

Not Training and Certification cases (labelled `unrelated`, `case: null`): a console billing case
(%s, called D), an AWS Educate form case (%s), a Salesforce-style vendor case (00482913), a
Zendesk request (58213), a Japanese SaaS inquiry (#20250318-0118). One spoofed mail carries an
invented case number (%s) that belongs to no real case.

## Labelling decisions (judgement calls)

- `case` is filled only for messages that belong to a Training and Certification case (form or
  console). Other AWS cases (billing console case, AWS Educate form case) get `null` even though
  they are AWS support cases: the owner is not tracking them and support there is not waiting on
  a T&C request. For the same reason their requests have `needs_reply: false`.
- Phishing never belongs to a case (`case: null`), even when its subject carries a case token.
- The colleague who removed the APN association mentions case %s by number and is about it,
  so that message is `unrelated` but carries the case number. The owner's note-to-self cites case
  %s and is labelled with it.
- `on_hold` with a question in it (message about the APN partner that also asks for the last working
  day) keeps the kind `on_hold` and has `needs_reply: true`. The second hold message only
  invites an optional remark ("you are welcome to mention it, but it is not required"): false.
- A case closed for no reply whose text says a reply reopens it is `closing_notice` with
  `needs_reply: true` (case E), as is the console "will be resolved automatically" warning.
- Case A's closing warning puts the real ask (confirm the merge) only in the quoted earlier
  message: still `closing_notice`, `needs_reply: true`.
- The system notice "your message was not added to case …; answer in the Support Center" after the
  owner e-mailed the no-reply address is labelled `info_request` with `needs_reply: true`: support is
  still waiting, and the owner must now answer in the console.
- Console correspondence with a rating footer is judged by its body (`case_update`, `resolved`),
  not as `survey`; only the stand-alone feedback mails are `survey`.
- The CertMetrics invitation to a yearly survey for certification holders is `certification`,
  not `survey` (it is not about a support case).
- Duplicate case B's "closed as duplicate, continue on the other case" mail is `case_update` on
  case B (the case it was sent on), not `closing_notice`: nothing is asked.
- `candidate_ids`: unique IDs in order of first appearance in the message's own text. The echo of
  the submitted form inside an acknowledgement counts as the message's own text. Quoted history
  (`>` lines, Outlook "差出人/From … Sent" blocks, "Original Message", "Previous message" blocks,
  forwarded content under the owner's note) does not count. In HTML+text alternatives both parts
  carry the same IDs. Descriptions like "AWS から始まる 8 桁の番号" are not IDs.
- Owner mail (`user_reply`) is any mail from either of the two addresses above, including the
  forward from work to personal address and the note to self.

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
"""


def write_readme():
    head = README_HEAD % (ME_P, ME_C, CASE_G, CASE_E, CASE_A, CAND_CORP, CAND_PERS, CASE_B, CASE_C,
                          CASE_D, CASE_EDU, FAKE_CASE, CASE_A, CASE_C)
    rows = []
    for i, m in enumerate(MSGS, 1):
        rows.append("| %03d | %s | %s | %s | %s | %s |" % (
            i, m["kind"], "yes" if m["reply"] else "no", m["case"] or "-",
            m["what"].replace("|", "/"), m["hard"].replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(head + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
