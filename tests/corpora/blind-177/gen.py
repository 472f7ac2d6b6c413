#!/usr/bin/env python3
"""Generate the blind-177 corpus (standard library only). Run: python3 gen.py"""
import base64, json, os, quopri, random, hashlib, collections
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

ME_P = "haruka.ishikawa.dev@gmail.com"
ME_C = "h.ishikawa@kumobashi-sys.co.jp"
ME_NAME = "Haruka Ishikawa"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_F = "174004446730158"   # exam-cancellation question, abandoned (15 digits, 2025)
CASE_A = "174096436120774"   # company -> personal merge, APN hold (15 digits)
CASE_B = "174160823551906"   # duplicate CertMetrics accounts / Credly (15 digits)
CASE_B2 = "174160830251917"  # accidental duplicate of B
CASE_C = "4729105836"        # Support Center console case, missing voucher (10 digits)
CASE_D = "13274058119"       # 2023 name-correction case reopened (11 digits)
TCSUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

random.seed(177)
MSGS = []


def h(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ",.()"):
            name = '"%s"' % name
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable"):
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "windows-1252": "cp1252"}.get(charset, charset)
    raw = text.encode(codec)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    hdrs = [("Content-Type", '%s; charset="%s"' % (ctype, charset)), ("Content-Transfer-Encoding", cte)]
    return hdrs, body


def multi(subtype, parts, extra=""):
    b = "----=_Part_%d_%d.%d" % (random.randint(10000, 99999), random.randint(100000, 999999), random.randint(10**12, 10**13))
    out = b""
    for ph, pb in parts:
        out += b"--" + b.encode() + b"\n"
        for k, v in ph:
            out += ("%s: %s\n" % (k, v)).encode()
        out += b"\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += b"--" + b.encode() + b"--\n"
    return [("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, b, extra))], out


def alt(text, html, charset="utf-8", tcte="quoted-printable", hcte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", text, charset, tcte), leaf("text/html", html, charset, hcte)])


def mid(domain):
    return "<%s@%s>" % (hashlib.sha1(str(random.random()).encode()).hexdigest()[:24], domain)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def auth(to, domain, dkim="pass", spf="pass", dmarc="pass", sel="224i4yxa5dv7c2xz3womw6peuasteono"):
    host = "mx.google.com" if to.endswith("gmail.com") else "mx01.kumobashi-sys.co.jp"
    return ("Authentication-Results", "%s;\n       dkim=%s header.i=@%s header.s=%s;\n       spf=%s (%s: domain of bounce@%s designates 54.240.8.12 as permitted sender) smtp.mailfrom=bounce@%s;\n       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s" % (
        host, dkim, domain, sel, spf, host, domain, domain, dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", domain))


def received(to, src, ip, dt):
    host = "mx.google.com" if to.endswith("gmail.com") else "mx01.kumobashi-sys.co.jp"
    return ("Received", "from %s (%s [%s])\n        by %s with ESMTPS id %s\n        for <%s>; %s" % (
        src, src, ip, host, hashlib.md5(str(dt).encode()).hexdigest()[:16], to, format_datetime(dt)))


def add(kind, nr, case, cids, note, frm, to, subj, dt, body, cc=None, irt=None, refs=None, extra=(),
        crlf=False, auth_dom=None, dkim="pass", dmarc="pass", spf="pass", msgid=None, subj_cs="utf-8",
        rcv=None, mime=True):
    msgid = msgid or mid(frm.split("@")[-1].rstrip(">"))
    hs = []
    to0 = to.split("<")[-1].rstrip(">")
    if auth_dom:
        hs.append(received(to0, rcv or "a8-12.smtp-out.amazonses.com", "54.240.8.12", dt))
        hs.append(auth(to0, auth_dom, dkim, spf, dmarc))
    hs += [("Date", format_datetime(dt)), ("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", h(subj, subj_cs)), ("Message-ID", msgid)]
    if irt:
        hs.append(("In-Reply-To", irt))
        hs.append(("References", " ".join(refs or [irt])))
    hs += list(extra)
    if mime:
        hs.append(("MIME-Version", "1.0"))
    bh, bb = body
    hs += bh
    raw = "".join("%s: %s\n" % kv for kv in hs).encode() + b"\n" + bb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append((raw, {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": list(cids)}, note))
    return msgid


def d(y, mo, da, hh, mi, tz=JST):
    return datetime(y, mo, da, hh, mi, random.randint(0, 59), tzinfo=tz)


TCF = addr("AWS Training and Certification", TC)
CONF = addr("Amazon Web Services", CONSOLE)
ME_PA = addr(ME_NAME, ME_P)
ME_CA = addr("石川 遥 (Haruka Ishikawa)", ME_C, "iso-2022-jp")

PRE = '<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">%s&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>'


def html_wrap(inner, pre=None, title=""):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="margin:0;padding:0;background:#f2f3f3;">\n%s\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">\n'
            '%s\n</table></td></tr></table>\n</body></html>\n') % (title, (PRE % pre) if pre else "", inner)


def text_to_html(t):
    import html as H
    paras = t.strip().split("\n\n")
    return "\n".join("<p>%s</p>" % H.escape(p).replace("\n", "<br>\n") for p in paras)


def bq(inner):
    return '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner


# ---------------------------------------------------------------- messages
# 001 F info_request
F_REQ_TXT = """Hello Haruka,

Thank you for writing to us about the cancellation charge on your rescheduled exam.

To look into this, we'll need the Pearson VUE registration number for the appointment (it is a 9-digit number in your confirmation e-mail) and the date and time the exam was originally booked for. Would you send those over when you get a chance?

Once we have them I can check with the exam delivery team whether the fee can be waived.

Kind regards,
Ayodele
AWS Training and Certification Customer Support
"""
f1 = add("info_request", True, CASE_F, [], "F: asks for Pearson VUE registration no. and original date; request phrased as 'we'll need…/Would you send…'; mentions a 9-digit number that is not a case ID",
         TCF, ME_PA, "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling" % CASE_F,
         d(2025, 2, 24, 9, 14), leaf("text/plain", F_REQ_TXT, "utf-8", "7bit"), auth_dom="amazon.com")

# 002 GitHub merged
add("unrelated", False, None, [], "GitHub PR merged notification; the word 'merged' and a number in subject",
    addr("Shun Oda", "notifications@github.com"), addr("kumobashi/infra-modules", "infra-modules@noreply.github.com"),
    "Re: [kumobashi/infra-modules] Add account merge helper for Organizations (PR #412)", d(2025, 2, 24, 18, 2),
    alt("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/kumobashi/infra-modules/pull/412#event-16334490218\nYou are receiving this because you were mentioned.\n",
        '<p>Merged <a href="https://github.com/kumobashi/infra-modules/pull/412">#412</a> into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kumobashi/infra-modules/pull/412#event-16334490218">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>\n', hcte="7bit", tcte="7bit"),
    cc=ME_PA, auth_dom="github.com", rcv="out-21.smtp.github.com",
    extra=[("List-ID", "kumobashi/infra-modules <infra-modules.kumobashi.github.com>"), ("X-GitHub-Reason", "mention")])

# 003 billing HTML-only
bill = html_wrap("""<tr><td style="padding:24px"><img src="https://d1.awsstatic.com/logos/aws-logo.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:0 24px"><h2 style="font-weight:normal">Your AWS invoice for February 2025 is available</h2>
<table width="100%" cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td>Account</td><td>384920175561</td></tr>
<tr><td>Invoice number</td><td>2031845572</td></tr>
<tr><td>Amount due</td><td>USD 14.82</td></tr>
<tr><td>Payment method</td><td>Visa ending 4471 (charged automatically)</td></tr>
</table>
<p>No action is needed. You can view the invoice in the <a href="https://console.aws.amazon.com/billing/home#/bills">Billing and Cost Management console</a>.</p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.</td></tr>""",
                 pre="Invoice 2031845572 for account 384920175561 &mdash; USD 14.82", title="AWS Billing")
add("unrelated", False, None, [], "AWS billing invoice, HTML-only with hidden preheader and 10-digit invoice number",
    addr("Amazon Web Services", "aws-billing@amazon.com"), ME_PA,
    "Amazon Web Services Invoice Available [Account: 384920175561] [Invoice ID: 2031845572]", d(2025, 2, 25, 3, 30),
    leaf("text/html", bill, "utf-8", "quoted-printable"), auth_dom="amazon.com")

# 004 recert reminder (certification)
rc = html_wrap("""<tr><td style="padding:24px">
<p>Hello Haruka,</p>
<p>Your <b>AWS Certified Solutions Architect &ndash; Associate</b> certification expires on <b>May 9, 2025</b>.</p>
<table cellpadding="6" style="border:1px solid #d5dbdb;border-collapse:collapse">
<tr><th align="left">Certification</th><th align="left">Validation number</th><th align="left">Expires</th></tr>
<tr><td>Solutions Architect &ndash; Associate</td><td>QZ7M2KX1LFE41S3B</td><td>2025-05-09</td></tr>
</table>
<p>Recertify by passing the current exam, or a Professional-level exam in the same path. Your 50% discount benefit can be applied at checkout.</p>
<p>&mdash; AWS Certification</p></td></tr>""", pre="Keep your certification active: 72 days remaining")
add("certification", False, None, [], "recertification reminder from CertMetrics; HTML-only, table, preheader; mentions discount benefit",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_CA,
    "Your AWS Certification expires in 72 days", d(2025, 2, 26, 8, 0, UTC),
    leaf("text/html", rc, "utf-8", "base64"), auth_dom="certmetrics.com", rcv="mail.certmetrics.com")

# 005 colleague iso-2022-jp
col_txt = """石川さん

おつかれさまです。営業部の大野です。
14日の送別会、場所が決まりました。

日時: 3月13日(木) 19:00〜
場所: 新橋「魚がし食堂」2階
会費: 5,000円(石川さんは無料です)

出欠は不要ですが、苦手な食べ物があれば教えてください。

大野 亮介
"""
col_id = add("unrelated", False, None, [], "colleague's farewell-party mail in ISO-2022-JP; asks a casual question (not support)",
             addr("大野 亮介", "r.ono@kumobashi-sys.co.jp", "iso-2022-jp"), ME_CA, "送別会の件", d(2025, 2, 27, 12, 41),
             leaf("text/plain", col_txt, "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp", auth_dom="kumobashi-sys.co.jp", rcv="mail.kumobashi-sys.co.jp",
             extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 006 owner reply to colleague
add("user_reply", False, None, [], "owner's own reply to a colleague (not about a case), Outlook-style quote in ISO-2022-JP",
    ME_CA, addr("大野 亮介", "r.ono@kumobashi-sys.co.jp", "iso-2022-jp"), "RE: 送別会の件", d(2025, 2, 27, 13, 5),
    leaf("text/plain", "大野さん\n\nありがとうございます!特に苦手なものはありません。楽しみにしています。\n\n石川\n\n-----Original Message-----\nFrom: 大野 亮介 <r.ono@kumobashi-sys.co.jp>\nSent: Thursday, February 27, 2025 12:41 PM\nTo: 石川 遥 <h.ishikawa@kumobashi-sys.co.jp>\nSubject: 送別会の件\n\n" + col_txt, "iso-2022-jp", "7bit"),
    subj_cs="iso-2022-jp", irt=col_id, extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 007 owner note to self
note = """Notes before the move (自分用メモ)

Company certification account: h.ishikawa@kumobashi-sys.co.jp
Candidate ID: AWS04417729
 - SAA-C03  passed 2022-05-09 (expires 2025-05-09)
 - DVA-C02  passed 2023-10-21
 - SCS-C02  passed 2024-07-02
Benefits: 50% exam discount (unused), practice exam voucher

Personal account (Builder ID, gmail): AWS09127740 -- empty for now.
PDFs of all three certificates saved to Drive/certs.

TODO: フォームから Account Merge を申請 (Certification > Account Merge)
"""
add("user_reply", False, None, ["AWS04417729", "AWS09127740"], "owner's note-to-self sent from company to personal address, mixed EN/JP, lists candidate IDs; not a case mail",
    ME_CA, ME_PA, "FW: cert account info (before leaving)", d(2025, 3, 1, 21, 17),
    leaf("text/plain", note, "utf-8", "base64"), crlf=True, extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 008 Builder ID code
add("unrelated", False, None, [], "AWS Builder ID verification code (6 digits); AWS sender but not a case",
    addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address", d(2025, 3, 2, 10, 3),
    alt("Hello,\n\nUse this code to finish creating your AWS Builder ID:\n\n    508217\n\nThe code expires in 30 minutes. If you didn't ask for this, you can ignore this message.\n\nAmazon Web Services\n",
        html_wrap('<tr><td style="padding:24px"><p>Use this code to finish creating your AWS Builder ID:</p><p style="font-size:28px;letter-spacing:4px"><b>508217</b></p><p>The code expires in 30 minutes.</p></td></tr>', pre="Your verification code is 508217")),
    auth_dom="signin.aws")

# 009 F closing notice (already closed)
F_CLOSE = """Hello Haruka,

We wrote to you on February 24 asking for the Pearson VUE registration number and the original appointment date, and we haven't seen a reply. Because of that, this case has now been closed.

Nothing is lost: answering this e-mail with the details will reopen the case automatically and it will come back to me.

Kind regards,
Ayodele
AWS Training and Certification Customer Support

---------- Previous message ----------
""" + quote(F_REQ_TXT)
add("closing_notice", True, CASE_F, [], "F: case already closed for no answer; reply reopens it; old request quoted below",
    TCF, ME_PA, "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling" % CASE_F,
    d(2025, 3, 3, 8, 55), leaf("text/plain", F_CLOSE, "utf-8", "quoted-printable"), irt=f1, auth_dom="amazon.com")

# 010 A acknowledgement (EN+JP)
A_FORM = """Inquiry type: Certification
Additional detail: Account Merge
Contact e-mail: haruka.ishikawa.dev@gmail.com
How can we help you?: I am leaving Kumobashi Systems K.K. on March 14 and would like the certification account registered to h.ishikawa@kumobashi-sys.co.jp combined into the account I created with haruka.ishikawa.dev@gmail.com. Please keep haruka.ishikawa.dev@gmail.com."""
A_ACK_T = """Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged under case %s.

お問い合わせいただきありがとうございます。ケース番号 %s にて承りました。担当者より通常 1 営業日以内にご連絡いたします。同じ内容で新しいケースを作成されますと、対応がかえって遅れる場合がございますのでご注意ください。

We usually respond within one business day. Submitting the same request again creates a second case and slows things down, so there is no need to write in again.

What you sent us:
%s

Regards,
AWS Training and Certification Customer Support
""" % (CASE_A, CASE_A, A_FORM)
A_ACK_H = html_wrap('<tr><td style="padding:24px">%s</td></tr>' % text_to_html(A_ACK_T), pre="Case %s received / ケースを受け付けました" % CASE_A)
a_ack = add("acknowledgement", False, CASE_A, [], "A: bilingual acknowledgement (EN+JP) with echoed form; base64 text + QP HTML; 'no need to write in again' is not a request",
            TCF, ME_PA, "[CASE %s] %s" % (CASE_A, TCSUBJ), d(2025, 3, 3, 10, 13),
            alt(A_ACK_T, A_ACK_H, tcte="base64"), auth_dom="amazon.com")

# 011 marketing
mk = html_wrap("""<tr><td><img src="https://pages.awscloud.com/rs/112-TZM-766/images/summit-tokyo-2025-banner.png" width="600" alt="AWS Summit Japan 2025"></td></tr>
<tr><td style="padding:24px"><h1 style="font-size:22px">AWS Summit Japan 2025 registration is open</h1>
<p>Join us on June 25&ndash;26 at Makuhari Messe for 150+ sessions, the AWS Village, and hands-on certification lounges.</p>
<table><tr><td style="background:#ff9900;padding:10px 18px"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_summit" style="color:#000;text-decoration:none"><b>Register now</b></a></td></tr></table>
<p style="font-size:11px;color:#888">You are receiving this because you opted in to AWS marketing communications. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a>.</p></td></tr>""",
               pre="Two days, 150+ sessions, and a certification lounge &mdash; save your seat")
add("unrelated", False, None, [], "AWS marketing, HTML-only with preheader and a call to action",
    addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P, "Registration is open: AWS Summit Japan 2025",
    d(2025, 3, 3, 11, 0), leaf("text/html", mk, "utf-8", "quoted-printable"), auth_dom="amazon.com", rcv="mkto-ab220123.com")

# 012 A on_hold with buried question
A_HOLD1 = """Hi Haruka,

Thanks for your patience while I looked into this.

The certification account registered to h.ishikawa@kumobashi-sys.co.jp is associated with an AWS Partner Network organization (Kumobashi Systems K.K.). While that association is active, the account can't be merged into a personal one: the partner's certification counts depend on it, and the organization has to release it first. I've put the case on hold and raised it with our partner operations team, who will coordinate with the organization's Partner Central administrator.

Partner operations handle a release differently depending on whether the person is still employed, so they've asked me to find out: what is your last working day at Kumobashi Systems?

Best regards,
Marisol
AWS Training and Certification
"""
a_hold1 = add("on_hold", True, CASE_A, [], "A: APN-partner hold whose last paragraph asks the last working day (question buried in a hold)",
              TCF, ME_PA, "RE:[CASE %s] %s" % (CASE_A, TCSUBJ), d(2025, 3, 4, 9, 40),
              alt(A_HOLD1, html_wrap('<tr><td style="padding:24px">%s</td></tr>' % text_to_html(A_HOLD1))), irt=a_ack, auth_dom="amazon.com")

# 013 owner reply from company address (wrong address), ISO-2022-JP, Outlook quoting
A_R1 = """Hi Marisol,

My last working day is Friday, March 14, 2025. This mailbox will be closed after that.
(最終出社日は3月14日です。)

Best regards,
Haruka Ishikawa / 石川 遥
Kumobashi Systems K.K.

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 4, 2025 9:40 AM
To: Haruka Ishikawa <haruka.ishikawa.dev@gmail.com>
Subject: RE:[CASE %s] %s

%s""" % (CASE_A, TCSUBJ, A_HOLD1)
a_r1 = add("user_reply", False, CASE_A, [], "A: owner answers from the COMPANY address, Outlook '-----Original Message-----' quoting the hold question; ISO-2022-JP",
           ME_CA, TCF, "RE: RE:[CASE %s] %s" % (CASE_A, TCSUBJ), d(2025, 3, 4, 10, 22),
           leaf("text/plain", A_R1, "iso-2022-jp", "7bit"), irt=a_hold1, refs=[a_ack, a_hold1], extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 014 newsletter windows-1252
nl = """LAST WEEK IN CLOUD \x97 issue #291

\x93Serverless isn\x92t cheaper, it\x92s differently expensive.\x94

* Lambda gets 10 GB ephemeral storage in two more regions
* A look at S3 Express One Zone pricing after six months
* Reader mail: how do you keep certification accounts tidy when you change jobs?

Read online: https://lastweekincloud.example.net/291
You\x92re receiving this because you subscribed. Unsubscribe: https://lastweekincloud.example.net/u/8a1f
""".encode("latin-1").decode("cp1252")
add("unrelated", False, None, [], "newsletter in windows-1252 quoted-printable with smart quotes; mentions certification accounts in passing",
    addr("Last Week in Cloud", "newsletter@lastweekincloud.example.net"), ME_P, "LWIC #291: differently expensive", d(2025, 3, 5, 7, 0, UTC),
    leaf("text/plain", nl, "windows-1252", "quoted-printable"), auth_dom="lastweekincloud.example.net", rcv="o1.sendgrid.net",
    extra=[("List-Unsubscribe", "<https://lastweekincloud.example.net/u/8a1f>")])

# 015 A info_request: write from personal
A_WRONG = """Hi Haruka,

Thank you for the date.

I'm afraid I can't act on messages that come from the address being merged away; that mailbox belongs to your employer, so for your protection anything that changes the account has to come from the address you're keeping. Please send the same answer from haruka.ishikawa.dev@gmail.com \u2014 a single line is enough \u2014 and I'll pass it straight to partner operations.

Best regards,
Marisol
AWS Training and Certification
"""
a_wrong = add("info_request", True, CASE_A, [], "A: wrong-address reply: support asks the owner to resend from the personal address; sent to company address with personal in Cc; Outlook chain quoted",
              TCF, ME_CA, "RE:[CASE %s] %s" % (CASE_A, TCSUBJ), d(2025, 3, 5, 11, 2),
              leaf("text/plain", A_WRONG + "\n" + quote(A_R1), "utf-8", "quoted-printable"), cc=ME_PA, irt=a_r1, refs=[a_ack, a_hold1, a_r1], auth_dom="amazon.com")

# 016 owner reply from personal (gmail, top-posted)
A_R2 = """Hi Marisol,

Writing from my personal address as you asked: my last working day at Kumobashi Systems is March 14, 2025, and I'd like everything merged into this account (haruka.ishikawa.dev@gmail.com).

Thanks,
Haruka

On Wed, Mar 5, 2025 at 11:02 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote(A_WRONG)
a_r2 = add("user_reply", False, CASE_A, [], "A: owner re-sends from personal address, Gmail top-post with 'On … wrote:'",
           ME_PA, TCF, "Re: RE:[CASE %s] %s" % (CASE_A, TCSUBJ), d(2025, 3, 5, 12, 30),
           alt(A_R2, '<div dir="ltr">%s</div>' % text_to_html(A_R2.split("On Wed")[0]) + '<div class="gmail_quote">On Wed, Mar 5, 2025 at 11:02 AM AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt; wrote:<br>' + bq(text_to_html(A_WRONG)) + '</div>'),
           irt=a_wrong, refs=[a_ack, a_hold1, a_r1, a_wrong])

# 017 A on_hold, nothing asked
A_HOLD2 = """Hi Haruka,

Got it \u2014 that came through from the right address, thank you.

The case stays on hold for now. The Partner Central administrator at Kumobashi Systems has to release your certification account from the organization, and partner operations have written to them with the date you gave. That step sits with the partner, so there's nothing further needed from you at this point; I'll update you here as soon as the release is done.

If someone at Kumobashi asks what this is about, they can quote case %s to their partner manager.

Best regards,
Marisol
AWS Training and Certification
""" % CASE_A
a_hold2 = add("on_hold", False, CASE_A, [], "A: pure partner hold; 'nothing further needed'; mentions asking/quoting but not of the owner",
              TCF, ME_PA, "RE:[CASE %s] %s" % (CASE_A, TCSUBJ), d(2025, 3, 6, 9, 15),
              leaf("text/plain", A_HOLD2 + "\n> " + "\n".join(quote(A_R2).split("\n")), "utf-8", "quoted-printable"),
              irt=a_r2, refs=[a_ack, a_hold1, a_r1, a_wrong, a_r2], auth_dom="amazon.com")

# 018 Pearson VUE appointment confirmation (real vendor) with candidate id
pv = """Dear Haruka Ishikawa,

Thank you for scheduling with Pearson VUE. This confirms your appointment.

Exam: AWS Certified Solutions Architect - Associate (SAA-C03)
Candidate ID: AWS09127740
Registration ID: 482915530
Date: Thursday, April 3, 2025  10:00 JST
Delivery: OnVUE online proctored

To reschedule or cancel, sign in at least 24 hours before the appointment.

Pearson VUE
"""
add("unrelated", False, None, ["AWS09127740"], "exam vendor (real Pearson VUE) appointment confirmation; candidate ID and 9-digit registration ID",
    addr("Pearson VUE", "pearsonvue-confirmation@pearson.com"), ME_P, "Pearson VUE Confirmation of Booking", d(2025, 3, 6, 14, 48),
    alt(pv, html_wrap('<tr><td style="padding:24px">%s</td></tr>' % text_to_html(pv)), tcte="7bit"), auth_dom="pearson.com", rcv="mta1.pearson.com")

# 019 suspicious lookalike
sus1 = html_wrap("""<tr><td style="padding:24px"><img src="https://aws-training-certsupport.com/img/aws.png" width="60">
<h2>Action required: confirm your certification account</h2>
<p>Dear Candidate,</p>
<p>Your account merge request (Case 8841930211) cannot continue until you re-validate your AWS Builder ID. Accounts not validated within <b>24 hours</b> will lose all exam history.</p>
<table><tr><td style="background:#ec7211;padding:10px 20px"><a style="color:#fff" href="https://aws-training-certsupport.com/validate?u=haruka.ishikawa.dev">Validate account</a></td></tr></table>
<p>Reply to this message with your candidate ID and password if the link does not work.</p>
<p>AWS Training &amp; Certification Support</p></td></tr>""", pre="Your merge request is suspended")
add("suspicious", False, None, [], "lookalike domain aws-training-certsupport.com, urgency + password request; cites a fake case number",
    addr("AWS Training & Certification", "support@aws-training-certsupport.com"), ME_P, "Action Required: Merge request suspended", d(2025, 3, 7, 2, 11),
    leaf("text/html", sus1, "utf-8", "base64"), auth_dom="aws-training-certsupport.com", rcv="vps-2291.hostkey.example")

# 020 colleague partner admin mixed
add("unrelated", False, None, [], "colleague (partner admin) mixed JP/EN about the partner release; no case number; from a human at the company",
    addr("Yuki Shimada", "y.shimada@kumobashi-sys.co.jp"), ME_CA, "Partner Central: certification release", d(2025, 3, 7, 16, 20),
    leaf("text/plain", """石川さん

Partner Central の管理者の島田です。AWS の partner operations から連絡があったので、
your certification account has been released from our organization today.
社内のスキルシートからは月末に外します。

Thanks for everything, and good luck!
島田
""", "utf-8", "8bit"), auth_dom="kumobashi-sys.co.jp", rcv="mail.kumobashi-sys.co.jp")

# 021 A case_update hold lifted
A_LIFT = """Hi Haruka,

Quick update: the partner organization has released the account, so I've taken the case off hold. I'm lining up the merge now and will send you the account details to look over shortly.

Marisol
"""
a_lift = add("case_update", False, CASE_A, [], "A: hold lifted, work continues; mentions a future check but asks nothing now; short, text-only, CRLF",
             TCF, ME_PA, "RE:[CASE %s] %s" % (CASE_A, TCSUBJ), d(2025, 3, 10, 10, 5),
             leaf("text/plain", A_LIFT, "us-ascii", "7bit"), irt=a_hold2, refs=[a_ack, a_hold2], crlf=True, auth_dom="amazon.com")

# 022 B ack (quoted-printable, form echo incl candidate IDs)
B_ACK = """Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Inquiry type: Certification
Additional detail: Account Merge
Candidate IDs provided: AWS09127740, AWS02286514
Description: My new exam results are not showing on Credly. I think I have two certification accounts under haruka.ishikawa.dev@gmail.com (one from the old Amazon-account sign-in). Please combine them into AWS09127740.

Our team aims to reply within 24 hours. Responses can take longer when we need to research the best resolution.

If you have already raised a case, please do not raise another one for the same issue.

Sincerely,
Amazon Web Services
""" % (CASE_B, CASE_B)
b_ack = add("acknowledgement", False, CASE_B, ["AWS09127740", "AWS02286514"], "B: standard acknowledgement echoing the form (candidate IDs in the echo count as new text); QP",
            TCF, ME_PA, "[CASE %s] %s" % (CASE_B, TCSUBJ), d(2025, 3, 10, 21, 4),
            leaf("text/plain", B_ACK, "utf-8", "quoted-printable"), auth_dom="amazon.com")

# 023 B2 ack (duplicate submission)
b2_ack = add("acknowledgement", False, CASE_B2, ["AWS09127740", "AWS02286514"], "B2: second acknowledgement 67 s later for the same request = duplicate case",
             TCF, ME_PA, "[CASE %s] %s" % (CASE_B2, TCSUBJ), d(2025, 3, 10, 21, 6),
             leaf("text/plain", B_ACK.replace(CASE_B, CASE_B2), "utf-8", "quoted-printable"), auth_dom="amazon.com")

# 024 A confirmation_request HTML-only
A_CONF_ROWS = [("Login email", ME_P, ME_C), ("Training notification email", ME_P, ME_C),
               ("Certification notification email", ME_P, ME_C), ("Candidate ID", "AWS09127740", "AWS04417729"),
               ("Certifications", "none", "SAA, DVA, SCS")]
rows = "\n".join('<tr><td style="border:1px solid #d5dbdb;padding:6px">%s</td><td style="border:1px solid #d5dbdb;padding:6px">%s</td><td style="border:1px solid #d5dbdb;padding:6px">%s</td></tr>' % r for r in A_CONF_ROWS)
A_CONF_H = html_wrap("""<tr><td style="padding:24px 24px 0"><span style="font-size:18px;color:#232f3e">AWS Training and Certification</span></td></tr>
<tr><td style="padding:16px 24px">
<p>Hello Haruka,</p>
<p>I'm Dev, and I've picked up your case from Marisol. Everything is ready on our side. Here are the two accounts as we have them:</p>
<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#232f3e;color:#fff"><th style="padding:6px"></th><th style="padding:6px">Account #1</th><th style="padding:6px">Account #2</th></tr>
%s
</table>
<p>Account #1 would stay, and the exam history, certifications and benefits of Account #2 would move into it. Account #2 would then be closed.</p>
<p>Can you confirm that both accounts are yours and that Account #1 is the one to keep? Just reply to this e-mail.</p>
<p>Thanks,<br>Dev<br>AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">Please keep the case number in the subject line when you reply. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109</td></tr>""" % rows,
                     pre="Action needed on your account merge &mdash; one quick check")
A_CONF_T = """Hello Haruka,

I'm Dev, and I've picked up your case from Marisol. Everything is ready on our side. Here are the two accounts as we have them:

Account #1
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: AWS09127740

Account #2
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: AWS04417729

Account #1 would stay, and the exam history, certifications and benefits of Account #2 would move into it. Account #2 would then be closed.

Can you confirm that both accounts are yours and that Account #1 is the one to keep? Just reply to this e-mail.

Thanks,
Dev
AWS Training and Certification Customer Support""" % (ME_P, ME_P, ME_P, ME_C, ME_C, ME_C)
a_conf = add("confirmation_request", True, CASE_A, ["AWS09127740", "AWS04417729"], "A: HTML-only (no text part) confirmation with Account #1/#2 table and hidden preheader; request is a question",
             TCF, ME_PA, "RE:[CASE %s] %s" % (CASE_A, TCSUBJ), d(2025, 3, 11, 15, 31),
             leaf("text/html", A_CONF_H, "utf-8", "quoted-printable"), irt=a_lift, refs=[a_ack, a_hold2, a_lift], auth_dom="amazon.com")

# 025 Skill Builder receipt
sb = html_wrap("""<tr><td style="padding:24px"><h2>Thanks for your order</h2>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td>Order</td><td>SB-7781-20250311</td></tr><tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>
<tr><td>Total</td><td>USD 29.00</td></tr></table>
<p>Your subscription renews on April 11, 2025. Manage it under Account &gt; Subscriptions.</p></td></tr>""", pre="Receipt for your Skill Builder subscription")
add("unrelated", False, None, [], "Skill Builder receipt from aws.training, HTML-only",
    addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt", d(2025, 3, 11, 18, 2),
    leaf("text/html", sb, "utf-8", "quoted-printable"), auth_dom="aws.training")

# 026 B2 duplicate closed
B2_DUP = """Hello Haruka,

It looks like this request reached us twice. Case %s, opened a minute earlier, already covers the same two accounts and is with a colleague, so I've closed this one and linked the two together. You don't need to do anything here; all further updates will come on case %s.

Kind regards,
Lucía
AWS Training and Certification Customer Support
""" % (CASE_B, CASE_B)
add("case_update", False, CASE_B2, [], "B2: duplicate case closed and linked to B; 'closed' wording but nothing needed; labelled with its own (duplicate) case number",
    TCF, ME_PA, "RE:[CASE %s] %s" % (CASE_B2, TCSUBJ), d(2025, 3, 11, 19, 47),
    leaf("text/plain", B2_DUP + "\n" + quote(B_ACK.replace(CASE_B, CASE_B2)), "utf-8", "quoted-printable"), irt=b2_ack, auth_dom="amazon.com")

# 027 B info_request in Japanese Shift_JIS
B_REQ = """石川 遥 様

AWS トレーニングと認定カスタマーサポートの佐藤でございます。
このたびは認定アカウント統合のご依頼をいただき、誠にありがとうございます。

ご申告いただいた 2 つの候補 ID のうち、AWS02286514 のアカウントには現在のログイン用メールアドレスが登録されておらず、
廃止された Amazon アカウントによるサインインのみが紐づいている状態でございます。
そのため、統合を進める前にご本人様確認をさせていただきたく存じます。

つきましては、以下の 2 点をご教示いただけますでしょうか。

1. AWS02286514 のアカウントで最後に受験された試験名と、おおよその受験時期
2. Credly のデジタルバッジを受け取られているメールアドレス

ご回答を確認次第、手続きを進めさせていただきます。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
b_req = add("info_request", True, CASE_B, ["AWS02286514"], "B: Japanese keigo request (ご教示いただけますでしょうか) in Shift_JIS base64; candidate ID repeated (listed once)",
            TCF, ME_PA, "RE:[CASE %s] %s" % (CASE_B, TCSUBJ), d(2025, 3, 12, 15, 20),
            leaf("text/plain", B_REQ, "shift_jis", "base64"), irt=b_ack, auth_dom="amazon.com")

# 028 GitHub dependabot
add("unrelated", False, None, [], "GitHub Dependabot PR merged/closed notification",
    addr("dependabot[bot]", "notifications@github.com"), addr("haruka-ishikawa/dotfiles", "dotfiles@noreply.github.com"),
    "Re: [haruka-ishikawa/dotfiles] Bump boto3 from 1.36.2 to 1.37.8 (PR #57)", d(2025, 3, 12, 23, 9),
    leaf("text/plain", "Merged #57 into main.\n\n--\nReply to this email directly or view it on GitHub:\nhttps://github.com/haruka-ishikawa/dotfiles/pull/57#event-16401127734\nYou are receiving this because you authored the thread.\n", "utf-8", "7bit"),
    cc=ME_PA, auth_dom="github.com", rcv="out-18.smtp.github.com")

# 029 B owner reply JP iso-2022-jp bottom-posted
B_R1 = """2025年3月12日(水) 15:20 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
""" + quote(B_REQ) + """

佐藤様

ご連絡ありがとうございます。石川です。

1. 最後の受験は 2021 年 6 月頃の AWS Certified Developer - Associate (DVA-C01) です。
2. Credly のバッジは haruka.ishikawa.dev@gmail.com で受け取っています。

よろしくお願いいたします。
石川 遥
"""
b_r1 = add("user_reply", False, CASE_B, [], "B: owner's Japanese reply, bottom-posted under a Gmail-style 「…:」 quote, ISO-2022-JP",
           ME_PA, TCF, "Re: RE:[CASE %s] %s" % (CASE_B, TCSUBJ), d(2025, 3, 13, 8, 12),
           leaf("text/plain", B_R1, "iso-2022-jp", "7bit"), irt=b_req, refs=[b_ack, b_req])

# 030 colleague OOO
add("unrelated", False, None, [], "out-of-office auto-reply from a colleague",
    addr("大野 亮介", "r.ono@kumobashi-sys.co.jp"), ME_PA, "自動応答: 送別会のお店", d(2025, 3, 13, 9, 0),
    leaf("text/plain", "3月13日から3月17日まで休暇のため不在にしております。\nI am out of the office until March 17 with limited access to e-mail.\n急ぎの場合は sales@kumobashi-sys.co.jp までご連絡ください。\n", "utf-8", "base64"),
    auth_dom="kumobashi-sys.co.jp", rcv="mail.kumobashi-sys.co.jp", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# 031 A closing notice (top-posted over confirmation request)
A_CLOSE = """Hello Haruka,

Following up on my note below: the merge is still waiting for your go-ahead. If I don't hear from you by Monday, March 17, I'll close the case. A reply after that will reopen it, but the partner release may have to be checked again.

Thanks,
Dev
"""
A_CONF_Q = "-----Original Message-----\nFrom: AWS Training and Certification\nSent: Tuesday, March 11, 2025 6:31 AM UTC\nSubject: RE:[CASE %s]\n\n%s" % (CASE_A, A_CONF_T)
a_close = add("closing_notice", True, CASE_A, [], "A: closing notice top-posted over the full confirmation request (Outlook separator); multipart",
              TCF, ME_PA, "RE:[CASE %s] %s" % (CASE_A, TCSUBJ), d(2025, 3, 14, 9, 2),
              alt(A_CLOSE + "\n" + A_CONF_Q, html_wrap('<tr><td style="padding:24px">%s<hr>%s</td></tr>' % (text_to_html(A_CLOSE), text_to_html(A_CONF_Q)))),
              irt=a_conf, refs=[a_ack, a_lift, a_conf], auth_dom="amazon.com")

# 032 A owner confirmation
A_OK = """Confirmed - please merge into Account #1 (haruka.ishikawa.dev@gmail.com). Both accounts are mine.
Sorry for the slow answer, 最終週でバタバタしていました.

Haruka Ishikawa
"""
a_ok = add("user_reply", False, CASE_A, [], "A: owner's 'Confirmed' top-posted over closing notice + confirmation request (nested > quoting); mixed EN/JP",
           ME_PA, TCF, "Re: RE:[CASE %s] %s" % (CASE_A, TCSUBJ), d(2025, 3, 14, 12, 47),
           leaf("text/plain", A_OK + "\nOn Fri, Mar 14, 2025 at 9:02 AM AWS Training and Certification <%s> wrote:\n" % TC + quote(A_CLOSE + "\n" + A_CONF_Q), "utf-8", "quoted-printable"),
           irt=a_close, refs=[a_ack, a_conf, a_close])

# 033 A resolved with quoted confirmation request
A_DONE = """Hi Haruka,

I have merged Account #2 into Account #1. The exam history, all three certifications and the unused 50% exam discount now sit under haruka.ishikawa.dev@gmail.com (AWS09127740), and AWS04417729 has been closed. Credly can take up to a day to pick up the change.

With that, I'm resolving this case. If something looks wrong when you sign in, a reply here within 14 days will reach me.

All the best in the new role,
Dev
AWS Training and Certification Customer Support

""" 
add("resolved", False, CASE_A, ["AWS09127740", "AWS04417729"], "A: merge done; conditional 'if something looks wrong' invitation; whole confirmation request still quoted below",
    TCF, ME_PA, "RE:[CASE %s] %s" % (CASE_A, TCSUBJ), d(2025, 3, 14, 15, 20),
    leaf("text/plain", A_DONE + "> " + A_OK.replace("\n", "\n> ") + "\n> " + quote(A_CLOSE + "\n" + A_CONF_Q, "> > "), "utf-8", "quoted-printable"),
    irt=a_ok, refs=[a_ack, a_conf, a_close, a_ok], auth_dom="amazon.com")

# 034 Credly badge
cb = html_wrap("""<tr><td style="padding:24px;text-align:center"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120">
<h2>Haruka, you've been issued a badge</h2>
<p><b>AWS Certified Security &ndash; Specialty</b><br>Issued by Amazon Web Services Training and Certification</p>
<table align="center"><tr><td style="background:#ff6b00;padding:10px 20px"><a style="color:#fff" href="https://www.credly.com/earner/earned/badge/6f1c2a7e-93d4-4b55-a1f8-2f3e0c1d9b74">Accept your badge</a></td></tr></table>
<p style="font-size:11px;color:#777">Credly, Inc. &middot; 1 Penn Plaza, New York, NY</p></td></tr>""", pre="Claim your AWS Certified Security - Specialty badge")
add("badge", False, None, [], "Credly badge issued right after the merge; HTML-only; badge UUID",
    addr("Credly", "admin@credly.com"), ME_P, "Congratulations! You've earned a badge from Amazon Web Services Training and Certification",
    d(2025, 3, 14, 15, 51), leaf("text/html", cb, "utf-8", "quoted-printable"), auth_dom="credly.com", rcv="o2.email.credly.com")

# 035 A survey
sv = html_wrap("""<tr><td style="padding:24px"><p>Hello,</p><p>Your recent case <b>%s</b> with AWS Training and Certification was resolved. How satisfied were you with the support you received?</p>
<table><tr>%s</tr></table>
<p style="font-size:12px;color:#687078">This survey takes about a minute. Replies to this e-mail are not monitored.</p></td></tr>""" % (
    CASE_A, "".join('<td style="padding:6px"><a href="https://survey.aws.training/r?c=%s&amp;s=%d">%d</a></td>' % (CASE_A, i, i) for i in range(1, 6))),
    pre="Tell us about case %s" % CASE_A)
add("survey", False, CASE_A, [], "A: satisfaction survey, HTML-only rating table; 'replies not monitored'",
    addr("AWS Training and Certification", "aws-training-survey@amazon.com"), ME_P, "How did we do? Case %s" % CASE_A,
    d(2025, 3, 15, 10, 0), leaf("text/html", sv, "utf-8", "base64"), auth_dom="amazon.com")

# 036 owner forwards resolution to old manager
add("user_reply", False, CASE_A, ["AWS09127740"], "A: owner forwards the resolution to former manager (Gmail forward block), mixed JP/EN",
    ME_PA, addr("Kazuo Hirata", "k.hirata@kumobashi-sys.co.jp"), "Fwd: RE:[CASE %s] %s" % (CASE_A, TCSUBJ), d(2025, 3, 15, 11, 30),
    leaf("text/plain", """平田さん

お世話になりました。認定は個人アカウント (AWS09127740) に移りました。
Partner のスキルシート更新の参考にどうぞ。

Haruka

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Fri, Mar 14, 2025 at 3:20 PM
Subject: RE:[CASE %s] %s
To: Haruka Ishikawa <haruka.ishikawa.dev@gmail.com>

%s""" % (CASE_A, TCSUBJ, A_DONE), "utf-8", "base64"))

# 037 B case_update top-posted over chain
B_UPD = """Hello Haruka,

Thanks for the details \u2014 they match our records. Because AWS02286514 was created through the retired Amazon sign-in, the merge has to be done by hand by our CertMetrics engineering team, and I've handed it to them today. This usually takes several business days; I'll write again on this case when they're finished.

Regards,
Liam
AWS Training and Certification Customer Support

"""
b_upd = add("case_update", False, CASE_B, ["AWS02286514"], "B: passed to engineering, English, top-posted over owner's Japanese reply which itself quotes the Japanese request",
            TCF, ME_PA, "RE:[CASE %s] %s" % (CASE_B, TCSUBJ), d(2025, 3, 16, 22, 40),
            leaf("text/plain", B_UPD + quote(B_R1), "utf-8", "base64"), irt=b_r1, refs=[b_ack, b_req, b_r1], auth_dom="amazon.com")

# 038 suspicious dmarc fail on amazon.com
sus2 = """Hello,

To complete the account merge on case %s we must confirm your identity.
Sign in below within 12 hours using your AWS Builder ID and password:

https://signin.aws.amazon.com.verify-session.co/merge?case=%s

If you do not confirm, the request will be cancelled and both accounts locked.

AWS Training and Certification
""" % (CASE_B, CASE_B)
add("suspicious", False, None, [], "spoofed From aws-cs-trainingcertification-form@amazon.com with real case number in subject, but dkim=fail/dmarc=fail and a credential link",
    TCF, ME_PA, "RE:[CASE %s] %s" % (CASE_B, TCSUBJ), d(2025, 3, 17, 4, 18),
    leaf("text/plain", sus2, "utf-8", "7bit"), auth_dom="amazon.com", dkim="fail", spf="softfail", dmarc="fail", rcv="mail.bulk-sender.example")

# 039 certmetrics wants to hear from you
add("certification", False, None, [], "CertMetrics 'wants to hear from you' certification survey (not a case survey)",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "AWS Certification wants to hear from you", d(2025, 3, 17, 6, 0, UTC),
    alt("Hello,\n\nAs an AWS Certified individual, your opinion shapes future exams. Take our 10-minute survey about the certifications you hold:\nhttps://survey.certmetrics.com/aws/2025q1\n\nThank you,\nAWS Certification\n",
        html_wrap('<tr><td style="padding:24px"><p>As an AWS Certified individual, your opinion shapes future exams.</p><p><a href="https://survey.certmetrics.com/aws/2025q1">Take the 10-minute survey</a></p></td></tr>', pre="10 minutes to shape future AWS exams")),
    auth_dom="certmetrics.com", rcv="mail.certmetrics.com")

# 040 C console ack
C_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
C_FOOT = """
To see your case or reply, please visit the Support Center:
%s

Note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % C_LINK
C_SUBJ = "Exam benefit voucher missing after account merge [AWS ID 384920175561]"
add("acknowledgement", False, CASE_C, [], "C: console new-case acknowledgement; 12-digit AWS account ID in subject; 'cannot accept incoming e-mails' footer",
    CONF, ME_P, "Amazon Web Services: New Support case: %s" % CASE_C, d(2025, 3, 18, 13, 2),
    leaf("text/plain", """Dear Customer,

We have received your case %s.

Subject: %s
Severity: General guidance
Service: Training and Certification
Category: Certification benefits

A support engineer will respond through the Support Center.
%s""" % (CASE_C, C_SUBJ, C_FOOT), "utf-8", "7bit"), auth_dom="amazon.com")

# 041 AWS marketing JP ISO-2022-JP
add("unrelated", False, None, [], "AWS Japan marketing mail in ISO-2022-JP, text only",
    addr("アマゾン ウェブ サービス ジャパン", "aws-jp-marketing@amazon.com", "iso-2022-jp"), ME_P, "【AWS】初心者向けオンラインセミナー 3月開催のご案内",
    d(2025, 3, 18, 16, 0), leaf("text/plain", """石川 遥 様

いつも AWS をご利用いただきありがとうございます。
3 月 27 日(木) に「はじめての AWS 認定」オンラインセミナーを開催いたします。
試験の選び方から学習方法まで、1 時間でご紹介します。

お申し込みはこちら: https://aws.amazon.com/jp/about-aws/events/webinar-cert-0327/

配信停止をご希望の場合は、以下よりお手続きください。
https://pages.awscloud.com/unsubscribe
""", "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp", auth_dom="amazon.com")

# 042 C info_request
C_REQ = """Hello Haruka,

I can see the merged account AWS09127740, but the 50% exam discount from your former account isn't listed on it. To trace where it went I need two things attached to this case: the candidate ID of the account that originally held the voucher, and a screenshot of the Benefits page as it looks for you today.

Best regards,
Priya S.
Amazon Web Services
"""
C_REQ_FULL = """Hello,

You have received a reply to case %s, "%s".

Correspondence:
%s
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in the top right corner of each correspondence within the AWS Support Center.
%s""" % (CASE_C, C_SUBJ, C_REQ, C_FOOT)
c_req = add("info_request", True, CASE_C, ["AWS09127740"], "C: console reply asking for candidate ID + screenshot; answer must go through Support Center; rating footer",
            CONF, ME_P, "RE:[CASE %s] %s" % (CASE_C, C_SUBJ), d(2025, 3, 19, 8, 44), leaf("text/plain", C_REQ_FULL, "utf-8", "quoted-printable"),
            auth_dom="amazon.com")

# 043 owner replies by email (wrong channel)
c_r = add("user_reply", False, CASE_C, ["AWS04417729"], "C: owner answers the console case by e-mail (wrong channel), bottom of a Gmail quote",
          ME_PA, CONF, "Re: RE:[CASE %s] %s" % (CASE_C, C_SUBJ), d(2025, 3, 19, 9, 5),
          leaf("text/plain", "Hi Priya,\n\nThe voucher was on my old account, candidate ID AWS04417729. Screenshot attached.\n\nHaruka\n\nOn Wed, Mar 19, 2025 at 8:44 AM Amazon Web Services <no-reply-aws@amazon.com> wrote:\n" + quote(C_REQ_FULL), "utf-8", "quoted-printable"),
          irt=c_req)

# 044 bounce
bounce_txt = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 no-reply-aws@amazon.com: Recipient address rejected: this mailbox does not accept incoming mail
"""
add("unrelated", False, CASE_C, [], "C: delivery failure for the owner's e-mail answer (mailer-daemon, multipart/report); case kept because it belongs to the thread",
    addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P, "Delivery Status Notification (Failure)", d(2025, 3, 19, 9, 6),
    multi("report", [leaf("text/plain", bounce_txt, "utf-8", "7bit"),
                     ([("Content-Type", "message/delivery-status")], b"Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\n"),
                     ([("Content-Type", "text/rfc822-headers")], ("From: %s\nTo: %s\nSubject: Re: RE:[CASE %s] %s\nMessage-ID: %s\n" % (ME_PA, CONF, CASE_C, C_SUBJ, c_r)).encode())],
          extra="; report-type=delivery-status"), irt=c_r, extra=[("Auto-Submitted", "auto-replied")])

# 045 Skill Builder progress
add("unrelated", False, None, [], "Skill Builder learning-progress nudge",
    addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, "You're 60% through 'Exam Prep: SAA-C03'", d(2025, 3, 20, 19, 0),
    leaf("text/html", html_wrap('<tr><td style="padding:24px"><p>Keep going! You have 4 modules left in <b>Exam Prep Standard Course: AWS Certified Solutions Architect - Associate</b>.</p><p><a href="https://skillbuilder.aws/learn">Resume</a></p></td></tr>', pre="4 modules to go"), "utf-8", "quoted-printable"),
    auth_dom="aws.training")

# 046 owner note to self about C
add("user_reply", False, CASE_C, [], "C: owner's reminder to self (no support text), mentions case number",
    ME_PA, ME_PA, "TODO: voucher case", d(2025, 3, 21, 7, 45),
    leaf("text/plain", "Mail bounced - case %s has to be answered in the Support Center, not by mail.\nコンソールからスクショと旧候補IDを添付すること。\n" % CASE_C, "utf-8", "8bit"))

# 047 C closing notice (console)
add("closing_notice", True, CASE_C, [], "C: console auto-resolve warning; answer via Support Center keeps it open",
    CONF, ME_P, "RE:[CASE %s] %s" % (CASE_C, C_SUBJ), d(2025, 3, 22, 8, 50),
    leaf("text/plain", """Hello,

We haven't heard back from you regarding case %s. We'd still like to help: if we don't receive a reply through the Support Center within the next 3 days, the case will be resolved automatically. Resolved cases can be reopened for 14 days.
%s""" % (CASE_C, C_FOOT), "utf-8", "7bit"), auth_dom="amazon.com")

# 048 Credly lookalike
sus3 = html_wrap("""<tr><td style="padding:24px"><h2>Badge revocation notice</h2>
<p>Your <b>AWS Certified Solutions Architect</b> badge has been flagged for revocation due to a duplicate account merge.</p>
<p>To keep your badge, sign in with your Credly and AWS credentials within 48 hours:</p>
<p><a href="https://credly-badge-verify.com/login?ref=aws">https://www.credly.com/users/sign_in</a></p></td></tr>""", pre="Your badge will be revoked in 48 hours")
add("suspicious", False, None, [], "Credly lookalike (credly-badge-verify.com), link text shows real Credly URL; dkim none",
    addr("Credly Badges", "notify@credly-badge-verify.com"), ME_P, "Action required: your AWS badge will be revoked", d(2025, 3, 22, 14, 12),
    leaf("text/html", sus3, "utf-8", "base64"), auth_dom="credly-badge-verify.com", dkim="none", dmarc="none", spf="neutral", rcv="smtp.cheap-vps.example")

# 049 C case_update
add("case_update", False, CASE_C, ["AWS04417729"], "C: thanks for console reply, escalated to benefits team; rating footer looks like a request",
    CONF, ME_P, "RE:[CASE %s] %s" % (CASE_C, C_SUBJ), d(2025, 3, 24, 10, 31),
    leaf("text/plain", """Hello,

You have received a reply to case %s, "%s".

Correspondence:
Hello Haruka,

Thank you for the screenshot and for confirming AWS04417729. The voucher was issued to that account but wasn't carried over by the merge tool. I've asked the certification benefits team to re-issue it on your current account; they usually need two to three business days. I'll update the case once it's done.

Best regards,
Priya S.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
%s""" % (CASE_C, C_SUBJ, C_FOOT), "utf-8", "quoted-printable"), auth_dom="amazon.com")

# 050 B info_request (name), top-posted over chain
B_NAME = """Hi Haruka,

Engineering came back with one question before they run the merge. The two accounts carry the name in different orders: "Haruka Ishikawa" on AWS09127740 and "ISHIKAWA HARUKA" on AWS02286514. Which form should appear on your certificates once they're combined? Without an answer they'd default to the surviving account's version, but I'd rather you choose.

Regards,
Liam

"""
b_name = add("info_request", True, CASE_B, ["AWS09127740", "AWS02286514"], "B: name-order question top-posted over a long chain (EN update over JP reply over JP request); default offered but question asked",
             TCF, ME_PA, "RE:[CASE %s] %s" % (CASE_B, TCSUBJ), d(2025, 3, 25, 11, 3),
             alt(B_NAME + quote(B_UPD + quote(B_R1)), html_wrap('<tr><td style="padding:24px">%s%s</td></tr>' % (text_to_html(B_NAME), bq(text_to_html(B_UPD) + bq(text_to_html(B_R1)))))),
             irt=b_upd, refs=[b_ack, b_req, b_r1, b_upd], auth_dom="amazon.com")

# 051 owner reply mixed
B_R2 = """Hi Liam,

Please use "Haruka Ishikawa" (given name first), as on AWS09127740.
証明書の表記は AWS09127740 と同じでお願いします。

Thanks,
Haruka
"""
b_r2 = add("user_reply", False, CASE_B, ["AWS09127740"], "B: owner answers name question, EN+JP mixed, Outlook-style header block quote",
           ME_PA, TCF, "Re: RE:[CASE %s] %s" % (CASE_B, TCSUBJ), d(2025, 3, 25, 20, 16),
           leaf("text/plain", B_R2 + "\n________________________________\nFrom: AWS Training and Certification <%s>\nSent: Tuesday, March 25, 2025 11:03\nTo: %s\nSubject: RE:[CASE %s] %s\n\n%s" % (TC, ME_P, CASE_B, TCSUBJ, B_NAME), "utf-8", "quoted-printable"),
           irt=b_name, refs=[b_ack, b_upd, b_name])

# 052 other vendor solved
add("unrelated", False, None, [], "other vendor's support request 'solved' with reopen-by-reply wording (Zendesk style)",
    addr("Nulab Support", "support@nulab.com"), ME_P, "[Nulab] Re: Backlog invoice address change (#88213)", d(2025, 3, 26, 10, 12),
    alt("##- Please type your reply above this line -##\n\nYour request (88213) has been solved. If you need anything else, simply reply to this e-mail to reopen it.\n\nMaho (Nulab Support)\n\nMar 26, 2025, 10:11 JST\nThe invoice address has been updated from the April billing cycle.\n",
        html_wrap('<tr><td style="padding:24px"><p style="color:#b5b5b5">##- Please type your reply above this line -##</p><p>Your request (88213) has been solved. If you need anything else, simply reply to this e-mail to reopen it.</p><p>Maho (Nulab Support)</p></td></tr>')),
    auth_dom="nulab.com", rcv="mail-198.zendesk.com")

# 053 B confirmation_request cp1252
B_CONF = """Hello Haruka,

Engineering has staged the merge. Here\u2019s exactly what will happen \u2014 please look it over:

  Account kept:      AWS09127740  (login haruka.ishikawa.dev@gmail.com)
  Account retired:   AWS02286514  (legacy Amazon sign-in, no login e-mail)
  Name on certificates: \u201cHaruka Ishikawa\u201d

Reply \u201cconfirmed\u201d if that\u2019s right and both accounts are yours, and it will go through within a day. If anything is off, tell me what to change.

Regards,
Liam
AWS Training and Certification Customer Support
"""
b_conf = add("confirmation_request", True, CASE_B, ["AWS09127740", "AWS02286514"], "B: merge confirmation in windows-1252 QP (curly quotes/em dash), text+HTML",
             TCF, ME_PA, "RE:[CASE %s] %s" % (CASE_B, TCSUBJ), d(2025, 3, 27, 9, 58),
             alt(B_CONF, html_wrap('<tr><td style="padding:24px">%s</td></tr>' % text_to_html(B_CONF)).replace('charset=utf-8', 'charset=windows-1252'), charset="windows-1252"),
             irt=b_r2, refs=[b_ack, b_name, b_r2], auth_dom="amazon.com")

# 054 Budgets alert
add("unrelated", False, None, [], "AWS Budgets alert (AWS sender, asks nothing of support)",
    addr("AWS Budgets", "budgets@costalerts.amazonaws.com"), ME_P, "AWS Budgets: monthly-cap has exceeded your alert threshold", d(2025, 3, 27, 17, 40),
    leaf("text/plain", "AWS Budget Notification March 27, 2025\nAWS Account 384920175561\n\nDear AWS Customer,\n\nYou requested that we alert you when the ACTUAL Cost associated with your monthly-cap budget is greater than $15.00 for the current month. The ACTUAL Cost associated with this budget is $16.12.\n\nBudget Name: monthly-cap\nBudgeted Amount: $20.00\nAlert Threshold: > $15.00\nACTUAL Amount: $16.12\n", "utf-8", "7bit"),
    auth_dom="costalerts.amazonaws.com")

# 055 C resolved
add("resolved", False, CASE_C, ["AWS09127740"], "C: console resolution (voucher re-issued) with rating footer; previous request quoted as 'Previous correspondence'",
    CONF, ME_P, "RE:[CASE %s] %s" % (CASE_C, C_SUBJ), d(2025, 3, 28, 9, 12),
    leaf("text/plain", """Hello,

You have received a reply to case %s, "%s".

Correspondence:
Hello Haruka,

The benefits team has re-issued the 50%% exam discount on AWS09127740; it is valid until September 14, 2025 and shows under Benefits now. I'm marking this case resolved. If the voucher doesn't work at checkout you can reopen the case from the Support Center within 14 days.

Best regards,
Priya S.

Previous correspondence:
%s
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
%s""" % (CASE_C, C_SUBJ, quote(C_REQ), C_FOOT), "utf-8", "quoted-printable"), auth_dom="amazon.com")

# 056 C survey
add("survey", False, CASE_C, [], "C: console survey mail after resolution",
    CONF, ME_P, "Amazon Web Services: How was your support experience? Case %s" % CASE_C, d(2025, 3, 28, 21, 0),
    alt("Your support case %s was recently resolved. Please take two minutes to tell us about your experience:\nhttps://console.aws.amazon.com/support/feedback?caseId=%s\n\nThis e-mail address cannot accept incoming e-mails.\n" % (CASE_C, CASE_C),
        html_wrap('<tr><td style="padding:24px"><p>Your support case %s was recently resolved.</p><table><tr><td style="background:#ec7211;padding:8px 16px"><a style="color:#fff" href="https://console.aws.amazon.com/support/feedback?caseId=%s">Rate your experience</a></td></tr></table></td></tr>' % (CASE_C, CASE_C), pre="Two minutes, five stars")),
    auth_dom="amazon.com")

# 057 owner confirm B bottom-posted
b_ok = add("user_reply", False, CASE_B, ["AWS02286514", "AWS09127740"], "B: owner confirms, bottom-posted below the quoted request",
           ME_PA, TCF, "Re: RE:[CASE %s] %s" % (CASE_B, TCSUBJ), d(2025, 3, 29, 10, 2),
           leaf("text/plain", "On Thu, Mar 27, 2025 at 9:58 AM AWS Training and Certification <%s> wrote:\n%s\n\nConfirmed. Both are mine - please merge AWS02286514 into AWS09127740.\n\nHaruka\n" % (TC, quote(B_CONF)), "utf-8", "quoted-printable"),
           irt=b_conf, refs=[b_ack, b_conf])

# 058 certification benefit
add("certification", False, None, [], "CertMetrics benefit notice (voucher available) unrelated to the case mail though related topic",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "A new benefit is available in your AWS Certification Account", d(2025, 3, 31, 1, 0, UTC),
    leaf("text/html", html_wrap('<tr><td style="padding:24px"><p>Hello Haruka,</p><p>A <b>50% discount on your next AWS Certification exam</b> is now available in your AWS Certification Account under <i>Benefits</i>.</p><p>Expires: 2025-09-14</p></td></tr>', pre="50% off your next exam"), "utf-8", "quoted-printable"),
    auth_dom="certmetrics.com", rcv="mail.certmetrics.com")

# 059 B case_update in Japanese
B_JP_UPD = """石川 様

ご確認いただきありがとうございます。佐藤でございます。
いただいた内容にて、エンジニアリングチームへ統合作業を依頼いたしました。
完了まで 1〜2 営業日ほどお時間を頂戴しております。現時点でお客様にご対応いただく事項はございません。

ご不明な点がございましたら、本メールへご返信くださいませ。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
b_jupd = add("case_update", False, CASE_B, [], "B: Japanese 'request passed on' update; conditional 〜がございましたら; UTF-8 base64 HTML+text",
             TCF, ME_PA, "RE:[CASE %s] %s" % (CASE_B, TCSUBJ), d(2025, 4, 1, 10, 40),
             alt(B_JP_UPD, html_wrap('<tr><td style="padding:24px">%s</td></tr>' % text_to_html(B_JP_UPD)), tcte="base64", hcte="base64"),
             irt=b_ok, refs=[b_ack, b_conf, b_ok], auth_dom="amazon.com")

# 060 newsletter base64 JP
add("unrelated", False, None, [], "Japanese tech newsletter, UTF-8 base64",
    addr("Cloud Watchers Weekly", "weekly@cloudwatchers.example.jp"), ME_P, "【週刊】AWS 認定の新試験まとめ ほか", d(2025, 4, 2, 7, 30),
    leaf("text/plain", "今週のトピック\n\n・AWS 認定に新しい試験が追加予定\n・Credly バッジを LinkedIn に載せるときのコツ\n・読者投稿:転職時の認定アカウント移行で気を付けたこと\n\n配信停止: https://cloudwatchers.example.jp/unsub\n", "utf-8", "base64"),
    auth_dom="cloudwatchers.example.jp", rcv="mta.blastmail.example")

# 061 suspicious fake resolution
add("suspicious", False, None, [], "fake 'merge complete' from amazon-certsupport.com asking to log in to claim voucher",
    addr("AWS Certification Support", "no-reply@amazon-certsupport.com"), ME_P, "Your account merge is complete - claim your voucher", d(2025, 4, 3, 3, 3),
    alt("Congratulations! Your AWS Certification accounts have been merged successfully.\nClaim your 50% voucher before it expires: http://amazon-certsupport.com/claim\nLog in with your Builder ID email and password.\n",
        html_wrap('<tr><td style="padding:24px"><p>Your AWS Certification accounts have been <b>merged successfully</b>.</p><p><a href="http://amazon-certsupport.com/claim">Claim your 50% voucher</a></p></td></tr>', pre="Merged successfully")),
    auth_dom="amazon-certsupport.com", dkim="none", dmarc="fail", spf="fail", rcv="smtp.amazon-certsupport.com")

# 062 B resolved ISO-2022-JP with quoted English request
B_DONE = """石川 様

お待たせいたしました。佐藤でございます。
AWS02286514 のアカウントを AWS09127740 へ統合する作業が完了いたしました。
試験履歴および認定は AWS09127740 にてご確認いただけます。Credly のバッジにつきましても、
24 時間以内に反映される見込みでございます。

本ケースはこれにてクローズとさせていただきます。
ご不明点がございましたら、お気軽にご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサポート

> On Sat, Mar 29, 2025, Haruka Ishikawa wrote:
> Confirmed. Both are mine - please merge AWS02286514 into AWS09127740.
>
""" + quote(B_CONF.replace("\u2019", "'").replace("\u2014", "-").replace("\u201c", '"').replace("\u201d", '"'), "> > ")
add("resolved", False, CASE_B, ["AWS02286514", "AWS09127740"], "B: Japanese completion (ISO-2022-JP) with the English confirmation request quoted below; conditional invitation",
    TCF, ME_PA, "RE:[CASE %s] %s" % (CASE_B, TCSUBJ), d(2025, 4, 4, 9, 15),
    leaf("text/plain", B_DONE, "iso-2022-jp", "7bit"), irt=b_jupd, refs=[b_ack, b_ok, b_jupd], auth_dom="amazon.com")

# 063 badge accept
add("badge", False, None, [], "Credly: badges now visible / reminder to accept, text+HTML",
    addr("Credly", "admin@credly.com"), ME_P, "Reminder: accept your AWS Certified Developer - Associate badge", d(2025, 4, 4, 20, 0),
    alt("Hi Haruka,\n\nYour AWS Certified Developer - Associate badge from Amazon Web Services Training and Certification is waiting. Accept it to share it:\nhttps://www.credly.com/earner/earned/badge/2b9d9e30-7c61-4b0a-8f41-5ad3f8e0c771\n\nCredly\n",
        html_wrap('<tr><td style="padding:24px"><p>Your <b>AWS Certified Developer - Associate</b> badge is waiting.</p><p><a href="https://www.credly.com/earner/earned/badge/2b9d9e30-7c61-4b0a-8f41-5ad3f8e0c771">Accept badge</a></p></td></tr>', pre="Your badge is waiting")),
    auth_dom="credly.com", rcv="o2.email.credly.com")

# 064 B survey JP
add("survey", False, CASE_B, [], "B: Japanese survey HTML-only with 〜いただけますと幸いです (not a case request)",
    addr("AWS トレーニングと認定", "aws-training-survey@amazon.com"), ME_P, "サポートに関するアンケートのお願い(ケース %s)" % CASE_B, d(2025, 4, 5, 10, 0),
    leaf("text/html", html_wrap('<tr><td style="padding:24px"><p>石川 様</p><p>先日はケース %s にてお問い合わせいただきありがとうございました。今後のサポート品質向上のため、1 分ほどのアンケートにご協力いただけますと幸いです。</p><p><a href="https://survey.aws.training/ja?c=%s">アンケートに回答する</a></p></td></tr>' % (CASE_B, CASE_B), pre="1分で終わるアンケート"), "utf-8", "base64"),
    auth_dom="amazon.com")

# 065 Microsoft credential support closed
add("unrelated", False, None, [], "other vendor (Microsoft) certification-support case closed; long case number; not AWS",
    addr("Microsoft Credentials Support", "credentialsupport@microsoft.com"), ME_P, "Case #2503140040008812 closed - Microsoft Learn profile merge", d(2025, 4, 5, 2, 40),
    leaf("text/plain", "Hello Haruka,\n\nYour case 2503140040008812 has been closed. We merged your two Microsoft Learn profiles as requested.\nIf you need further help, reply within 7 days to reopen the case.\n\nMicrosoft Credentials Support\n", "utf-8", "7bit"),
    auth_dom="microsoft.com", rcv="mail-tyzapc01.outbound.protection.outlook.com")

# 066 exam results
add("certification", False, None, ["AWS09127740"], "exam result notice (recertification pass) with candidate ID",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "Your AWS Certification exam results are available", d(2025, 4, 6, 23, 0, UTC),
    alt("Hello Haruka,\n\nCongratulations! You passed AWS Certified Solutions Architect - Associate (SAA-C03).\nCandidate ID: AWS09127740\nYour score report is available in your AWS Certification Account.\n\nAWS Certification\n",
        html_wrap('<tr><td style="padding:24px"><p>Congratulations! You passed <b>AWS Certified Solutions Architect - Associate (SAA-C03)</b>.</p><table><tr><td>Candidate ID</td><td>AWS09127740</td></tr></table></td></tr>', pre="You passed!")),
    auth_dom="certmetrics.com", rcv="mail.certmetrics.com")

# 067 recertified
add("certification", False, None, [], "'Congratulations on recertifying' from CertMetrics; certificate with a name (sets up case D)",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "Congratulations on recertifying your AWS Certification!", d(2025, 4, 7, 23, 0, UTC),
    leaf("text/html", html_wrap('<tr><td style="padding:24px"><p>Dear Haruka Isikawa,</p><p>Your <b>AWS Certified Solutions Architect - Associate</b> certification has been renewed until April 3, 2028. Download your new certificate from your AWS Certification Account.</p></td></tr>', pre="Renewed until 2028"), "utf-8", "quoted-printable"),
    auth_dom="certmetrics.com", rcv="mail.certmetrics.com")

# 068 D owner reopens 2023 case by replying on top of old resolution
D_OLD = """Hello Haruka,

We have updated the name on your certification record from "Haruka Isikawa" to "Haruka Ishikawa" and regenerated your certificates. You'll see the change the next time you sign in.

There is nothing further you need to do. Thank you for contacting AWS Training and Certification.

Jonas
AWS Training and Certification Customer Support
"""
D_R1 = """Hello,

I'm writing back on this old case because the problem has returned: the certificate issued with my recertification this week again reads "Haruka Isikawa". Could you correct it once more and make sure it stays fixed? After a merge last month my candidate ID is AWS09127740.

Haruka Ishikawa

On Mon, Jun 19, 2023 at 4:41 PM AWS Training and Certification <%s> wrote:
%s""" % (TC, quote(D_OLD))
DSUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-record" % CASE_D
d_r1 = add("user_reply", False, CASE_D, ["AWS09127740"], "D: owner reopens a 2023 case by replying on top of the old resolution (11-digit case)",
           ME_PA, TCF, "Re: " + DSUBJ, d(2025, 4, 8, 21, 3), leaf("text/plain", D_R1, "utf-8", "quoted-printable"),
           irt="<0100018f2a61c0de-8d1e1b5d-2023@email.amazonses.com>")

# 069 D reopened ack
d_ack = add("acknowledgement", False, CASE_D, [], "D: system notice that the case was reopened by the reply",
            TCF, ME_PA, DSUBJ, d(2025, 4, 8, 21, 4),
            leaf("text/plain", "Hello,\n\nYour reply has been added to case %s and the case has been reopened. A member of our team will respond, normally within 24 hours.\n\nPlease do not open a new case for this request.\n\nAWS Training and Certification\n" % CASE_D, "us-ascii", "7bit"),
            irt=d_r1, auth_dom="amazon.com")

# 070 D info_request above quoted resolution
D_REQ = """Hi Haruka,

I've had a look. The name on your profile is correct, but the recertification pulled the spelling from the record of the account that was merged in, which still had the old form. Before I ask the team to regenerate the certificates I want to get it right this time:

- Should the name read exactly "Haruka Ishikawa" on every certificate, or only on the renewed SAA one?
- Is the mailing address on your profile still current? Regenerated certificates are reissued against it.

Thanks,
Tomasz
AWS Training and Certification Customer Support

"""
d_req = add("info_request", True, CASE_D, [], "D: NEW questions written above the quoted 2023 resolution that says 'nothing further you need to do'",
            TCF, ME_PA, DSUBJ, d(2025, 4, 9, 10, 20),
            alt(D_REQ + quote(D_R1), html_wrap('<tr><td style="padding:24px">%s%s</td></tr>' % (text_to_html(D_REQ), bq(text_to_html(D_R1))))),
            irt=d_r1, refs=[d_r1, d_ack], auth_dom="amazon.com", crlf=True)

# 071 re:Inforce invite
add("unrelated", False, None, [], "AWS event invitation HTML-only",
    addr("AWS re:Inforce", "aws-marketing-email-replies@amazon.com"), ME_P, "You're invited: AWS re:Inforce 2025", d(2025, 4, 9, 23, 0),
    leaf("text/html", html_wrap('<tr><td style="padding:24px"><h2>AWS re:Inforce 2025</h2><p>June 16&ndash;18, Philadelphia. AWS Certified attendees get access to the certification lounge.</p><p><a href="https://reinforce.awsevents.com/">Register</a></p></td></tr>', pre="Certified? There&rsquo;s a lounge for you."), "utf-8", "quoted-printable"),
    auth_dom="amazon.com", rcv="mkto-ab220123.com")

# 072 D owner reply bottom-posted, mixed
d_r2 = add("user_reply", False, CASE_D, [], "D: owner answers inline/bottom-posted, EN + JP note",
           ME_PA, TCF, "Re: " + DSUBJ, d(2025, 4, 10, 7, 55),
           leaf("text/plain", "On Wed, Apr 9, 2025 at 10:20 AM AWS Training and Certification <%s> wrote:\n%s\n\nHi Tomasz,\n\nYes, \"Haruka Ishikawa\" on every certificate please.\nThe address is still current (東京都の住所のままで変更ありません).\n\nThanks,\nHaruka\n" % (TC, quote(D_REQ)), "utf-8", "quoted-printable"),
           irt=d_req, refs=[d_r1, d_ack, d_req])

# 073 Google Cloud cert
add("unrelated", False, None, [], "non-AWS certification expiry (Google Cloud)",
    addr("Google Cloud Certification", "cloud-certification-noreply@google.com"), ME_P, "Your Google Cloud certification expires in 60 days", d(2025, 4, 10, 9, 0),
    leaf("text/plain", "Hi Haruka,\n\nYour Associate Cloud Engineer certification expires on June 9, 2025. Renew by registering for the renewal exam.\n\nGoogle Cloud Certification\n", "utf-8", "7bit"),
    auth_dom="google.com", rcv="mail-sor-f69.google.com")

# 074 D case_update
add("case_update", False, CASE_D, [], "D: short update, passed to certificate team; 'no need to reply'",
    TCF, ME_PA, DSUBJ, d(2025, 4, 10, 14, 2),
    leaf("text/plain", "Thanks Haruka - that's all I needed. The certificate team has the request; regeneration takes 2-3 business days. No need to reply to this one.\n\nTomasz\n", "us-ascii", "7bit"),
    irt=d_r2, refs=[d_r1, d_req, d_r2], auth_dom="amazon.com")

# 075 D resolved
add("resolved", False, CASE_D, [], "D: resolved with 'no further action' and the earlier two questions still quoted beneath; Outlook HTML",
    TCF, ME_PA, DSUBJ, d(2025, 4, 14, 11, 30),
    alt("Hello Haruka,\n\nAll five certificates have been regenerated with \"Haruka Ishikawa\", and the record of the merged account now carries the same spelling, so future renewals will use it. No further action is required on your side; I'm closing the case.\n\nTomasz\n\n-----Original Message-----\n" + D_REQ,
        html_wrap('<tr><td style="padding:24px"><p>Hello Haruka,</p><p>All five certificates have been regenerated with &quot;Haruka Ishikawa&quot;, and the record of the merged account now carries the same spelling, so future renewals will use it. No further action is required on your side; I&#39;m closing the case.</p><p>Tomasz</p><div style="border-top:1px solid #E1E1E1;padding-top:3pt"><b>From:</b> AWS Training and Certification<br><b>Sent:</b> Wednesday, April 9, 2025<br></div>%s</td></tr>' % text_to_html(D_REQ))),
    irt=d_r2, refs=[d_r1, d_req, d_r2], auth_dom="amazon.com")

# 076 badge expiring
add("badge", False, None, [], "Credly: badge expiration notice",
    addr("Credly", "admin@credly.com"), ME_P, "Your badge AWS Certified Developer - Associate expires soon", d(2025, 4, 15, 1, 0),
    leaf("text/plain", "Hi Haruka,\n\nYour AWS Certified Developer - Associate badge issued by Amazon Web Services Training and Certification expires on October 21, 2026. Recertify to keep it current.\n\nCredly\n", "utf-8", "7bit"),
    auth_dom="credly.com", rcv="o2.email.credly.com")

# 077 Pearson lookalike
add("suspicious", False, None, ["AWS09127740"], "Pearson VUE lookalike demanding a reschedule fee and a reply with card data; uses real candidate ID",
    addr("Pearson VUE", "billing@pearsonvue-exams.com"), ME_P, "Outstanding no-show fee - reply to avoid exam ban", d(2025, 4, 15, 4, 44),
    leaf("text/plain", "Dear candidate AWS09127740,\n\nOur records show a no-show fee of USD 75 for your April 3 appointment. Reply to this email with your card number and expiry within 48 hours or your AWS exam privileges will be suspended.\n\nPearson VUE Billing\n", "utf-8", "7bit"),
    auth_dom="pearsonvue-exams.com", dkim="none", dmarc="none", spf="fail", rcv="unknown.host.example")

# 078 D survey
add("survey", False, CASE_D, [], "D: survey with 'reply' wording",
    addr("AWS Training and Certification", "aws-training-survey@amazon.com"), ME_P, "Quick question about case %s" % CASE_D, d(2025, 4, 16, 10, 0),
    alt("Hello,\n\nWould you take a moment to rate the help you received on case %s? Pick a score from 1 (poor) to 5 (excellent):\nhttps://survey.aws.training/r?c=%s\n\nReplies to this e-mail are not read.\n" % (CASE_D, CASE_D),
        html_wrap('<tr><td style="padding:24px"><p>Would you take a moment to rate the help you received on case %s?</p><p><a href="https://survey.aws.training/r?c=%s">Rate now</a></p></td></tr>' % (CASE_D, CASE_D), pre="How did we do?")),
    auth_dom="amazon.com")

# 079 colleague (former) asking something - unrelated with question
add("unrelated", False, None, [], "former colleague asks a direct question (needs an answer, but not to support)",
    addr("Kazuo Hirata", "k.hirata@kumobashi-sys.co.jp"), ME_P, "Re: Fwd: RE:[CASE %s] %s" % (CASE_A, TCSUBJ), d(2025, 4, 16, 18, 20),
    leaf("text/plain", "石川さん\n\n転送ありがとう。スキルシートから外しました。\nところで、新しい会社でも Partner に紐づける予定はありますか? 差し支えなければ教えてください。\n\n平田\n\n> 平田さん\n> お世話になりました。認定は個人アカウント (AWS09127740) に移りました。\n", "utf-8", "base64"),
    auth_dom="kumobashi-sys.co.jp", rcv="mail.kumobashi-sys.co.jp")

# 080 certification: exam appointment confirmed by AWS Training
add("certification", False, None, ["AWS09127740"], "AWS Certification exam registration confirmation (aws.training), Shift_JIS text",
    addr("AWS Training and Certification", "no-reply@aws.training"), ME_P, "AWS 認定試験の予約を承りました", d(2025, 4, 17, 12, 0),
    leaf("text/plain", "石川 遥 様\n\nAWS Certified Security - Specialty (SCS-C02) の試験予約が完了しました。\n候補 ID: AWS09127740\n日時: 2025年5月22日 14:00 (JST)\n\n予約の変更は試験の 24 時間前まで可能です。\n\nAWS トレーニングと認定\n", "shift_jis", "8bit"),
    subj_cs="iso-2022-jp", auth_dom="aws.training")


# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    cnt = collections.Counter()
    rows = []
    for i, (raw, label, note) in enumerate(MSGS, 1):
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        cnt[label["kind"]] += 1
        rows.append("| %03d | %s | %s | %s | %s |" % (i, label["kind"], "yes" if label["needs_reply"] else "no", label["case"] or "-", note))
    for k in sorted(cnt):
        print("%-22s %d" % (k, cnt[k]))
    print("total", len(MSGS))
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write(README_HEAD + "\n| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|\n" + "\n".join(rows) + "\n")


README_HEAD = """me: %s %s

# blind-177: structure-heavy held-out corpus

Mailbox owner: Haruka Ishikawa (石川 遥), leaving Kumobashi Systems K.K. (an AWS Partner) on 2025-03-14.
Personal address %s, company address %s. Messages are in arrival order, 2025-02-24 to 2025-04-17;
both mailboxes are merged into one set, and the owner's sent mail appears where it was sent.

## Cases
- **%s** (15 digits, T&C form, exam-scheduling): support asks for a Pearson VUE registration number; no answer; closed-for-no-reply notice. Never answered.
- **%s** (15 digits, T&C form): company -> personal merge. ack -> partner hold with buried question -> owner answers from the company address -> "resend from your personal address" -> pure hold -> hold lifted -> HTML-only Account #1/#2 confirmation -> closing warning -> "Confirmed" -> merged -> survey; owner forwards result.
- **%s** (15 digits, T&C form): two CertMetrics accounts on the same Gmail (Credly badges missing). Japanese Shift_JIS request, owner's ISO-2022-JP answer, hand-off, name-order question, windows-1252 confirmation, confirmation, Japanese update and Japanese completion, Japanese survey. A spoofed (dmarc=fail) mail reuses this case number.
- **%s** (15 digits): accidental duplicate submission of the same form one minute later; closed and linked.
- **%s** (10 digits, Support Center console case): 50%% voucher lost in the merge. Must be answered in the console; the owner's e-mail answer bounces; auto-resolve warning; escalation; resolved; survey.
- **%s** (11 digits, 2023 name-correction case): owner reopens it in 2025 by replying over the old resolution; new questions above the quoted "nothing further you need to do"; answered; resolved; survey.

## Labelling decisions (judgement calls)
- A hold whose last paragraph asks a question (012) is `on_hold` with needs_reply=true; a hold that asks nothing (017) is `on_hold`, false.
- "Please send this from your personal address" (015) is `info_request` (the owner must write again), even though the information itself was already given.
- A closing notice saying the case *was already closed* and a reply reopens it (009, case F) is `closing_notice`, needs_reply=true, although the owner may well not care any more.
- A console (Support Center) request or closing warning is needs_reply=true even though the answer cannot be sent by e-mail; the channel does not change whether support is waiting.
- The bounce of the owner's e-mail answer to the console case (044) is `unrelated`, false, but carries the case number because it belongs to that thread (support is still waiting, which is already flagged by 042).
- The duplicate-closed notice (026) is labelled with the duplicate's own case number (the one in its subject), not the surviving case.
- Spoofed/lookalike mail gets case=null even where it quotes a real case number (038) - it is not part of the case.
- Form echoes in acknowledgements ("The details of your case are as follows") count as the message's own text, so their candidate IDs are listed. Candidate IDs are listed in order of first appearance, each once (027, 051 repeat an ID in the text). IDs inside forwarded or quoted history are left out (036 lists only the owner's own line).
- Surveys from support get the case number; CertMetrics' general "wants to hear from you" survey is `certification`, not `survey`.
- Owner's notes to self and forwards are `user_reply`; a note that names a case carries that case.
- A name-order question that would otherwise default (050) is still a request: support explicitly wants the owner to choose.
- A former colleague's question (079) and Nulab/Microsoft "reply to reopen" wording are `unrelated`, false: not AWS T&C support.
""" % (ME_P, ME_C, ME_P, ME_C, CASE_F, CASE_A, CASE_B, CASE_B2, CASE_C, CASE_D)

if __name__ == "__main__":
    main()
