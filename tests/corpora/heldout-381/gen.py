#!/usr/bin/env python3
"""Blind corpus generator: one mailbox (Ayane Morikawa) over May-July 2025.

Writes NNN-msg.eml + NNN-msg.json next to this script, and README.md.
Standard library only.
"""
import base64
import datetime
import hashlib
import html
import json
import os
import quopri
from collections import Counter
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME_NAME = "Ayane Morikawa"
ME_P = "morikawa.aya.k@gmail.com"          # personal (Gmail)
ME_C = "a.morikawa@hoshizora-tech.co.jp"   # company (Microsoft 365), closed after May 30
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
NOREPLY = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"

CASE_A = "174620391200452"    # merge company -> personal (form case)
CASE_DUP = "174626011400318"  # duplicate form submission of A
CASE_B = "14738265019"        # console case, exam benefit missing
CASE_C = "9604718235"         # name correction (Japanese), reopened once
CASE_E = "175041773200086"    # partner association + second merge

CID_OLD = "AWS03158274"       # company certification account
CID_NEW = "AWS11842093"       # personal certification account
CID_SSO = "AWS20573318"       # accidental account made by Partner Central SSO

UTC = datetime.timezone.utc
JST = datetime.timezone(datetime.timedelta(hours=9))
PDT = datetime.timezone(datetime.timedelta(hours=-7))

MSGS = []


def H(seed, n=40):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def D(s, tz=UTC):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def hdr(s, cs="utf-8"):
    if s.isascii():
        return s
    return Header(s, cs).encode(maxlinelen=76)


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    if name.isascii():
        return formataddr((name, a))
    return "%s <%s>" % (Header(name, cs).encode(), a)


# ---------- Message-ID styles ----------
def mid_ses(seed, region="email.amazonses.com"):
    h = H(seed)
    return "<01000196%s-%s-%s-%s-%s-000000@%s>" % (h[:8], h[8:16], h[16:20], h[20:24], h[24:36], region)


def mid_gmail(seed):
    h = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    h = h.replace("/", "_").replace("=", "")
    return "<CAK%s@mail.gmail.com>" % h[:44]


def mid_outlook(seed, dom="apcprd06.prod.outlook.com"):
    h = H(seed).upper()
    return "<TYCPR01MB%s%s@%s>" % (h[:8], h[8:20], dom)


def mid_plain(seed, dom):
    return "<%s.%s@%s>" % (H(seed, 16), H(seed + "x", 8), dom)


# ---------- Authentication-Results ----------
def auth_google(fromdom, mailfrom, dkim="pass", spf="pass", dmarc="pass", pol="QUARANTINE", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug", ip="54.240.27.18"):
    spftxt = {"pass": "designates %s as permitted sender" % ip,
              "softfail": "domain of transitioning %s does not designate %s as permitted sender" % (mailfrom, ip),
              "fail": "domain of %s does not designate %s as permitted sender" % (mailfrom, ip)}[spf]
    if spf == "pass":
        spftxt = "domain of %s %s" % (mailfrom, spftxt)
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=%s (google.com: %s) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
            % (dkim, fromdom, sel, H(mailfrom + fromdom, 8), spf, spftxt, mailfrom,
               dmarc, pol, pol, "NONE" if dmarc == "pass" else "QUARANTINE", fromdom))


def auth_m365(fromdom, mailfrom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.48.92"):
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100"
            % (spf, ip, mailfrom, dkim, fromdom, dmarc, fromdom, "pass" if dmarc == "pass" else "fail"))


def auth_for(to, fromdom, mailfrom, **kw):
    if ME_C in to:
        return auth_m365(fromdom, mailfrom, **{k: v for k, v in kw.items() if k in ("dkim", "spf", "dmarc", "ip")})
    return auth_google(fromdom, mailfrom, **kw)


# ---------- MIME parts ----------
CODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "utf-8": "utf-8", "us-ascii": "ascii"}


def leaf(text, sub="plain", cs="utf-8", cte=None):
    raw = text.encode(CODEC[cs.lower()])
    if cte is None:
        if cs.lower() == "iso-2022-jp" or raw.isascii():
            cte = "7bit"
        else:
            cte = "quoted-printable"
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    heads = ['Content-Type: text/%s; charset="%s"' % (sub, cs), "Content-Transfer-Encoding: %s" % cte]
    return heads, body


def multi(sub, parts, seed="b", extra_ct=""):
    b = "----=_Part_%s_%s" % (H(seed, 6), H(seed + "z", 10)) if sub != "alternative" else "000000000000%s" % H(seed, 12)
    heads = ['Content-Type: multipart/%s; boundary="%s"%s' % (sub, b, extra_ct)]
    body = b""
    for h, bd in parts:
        body += b"--" + b.encode() + b"\n" + "\n".join(h).encode() + b"\n\n" + bd
        if not bd.endswith(b"\n"):
            body += b"\n"
    body += b"--" + b.encode() + b"--\n"
    return heads, body


def alt(text, htm, cs="utf-8", cte=None, seed="alt"):
    return multi("alternative", [leaf(text, "plain", cs, cte), leaf(htm, "html", cs, cte)], seed=seed)


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def to_html(text, gmail_quote=None, style="font-family:Arial,sans-serif;font-size:14px"):
    """Plain text -> simple HTML, paragraphs by blank line."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = ['<div dir="ltr" style="%s">' % style]
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    out.append("</div>")
    if gmail_quote:
        attr, qtext = gmail_quote
        out.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                   '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                   % html.escape(attr))
        out.append("<br>\n".join(html.escape(l) for l in qtext.strip("\n").split("\n")))
        out.append("</blockquote></div>")
    return "<html><head></head><body>" + "\n".join(out) + "</body></html>\n"


def add(kind, reply, case, cands, date, frm, to, subject, body, cc=None, mid=None, irt=None, refs=None,
        auth=None, extra=None, crlf=False, scs="utf-8", desc="", hard="", rp=None, received=None):
    """Register one message. `body` is (content headers, bytes)."""
    lines = []
    if rp:
        lines.append("Return-Path: <%s>" % rp)
    if received:
        for r in received:
            lines.append("Received: " + r)
    if auth:
        lines.append("Authentication-Results: " + auth)
    lines.append("From: " + frm)
    lines.append("To: " + to)
    if cc:
        lines.append("Cc: " + cc)
    lines.append("Subject: " + hdr(subject, scs))
    lines.append("Date: " + format_datetime(date))
    lines.append("Message-ID: " + mid)
    if irt:
        lines.append("In-Reply-To: " + irt)
    if refs:
        lines.append("References: " + "\n ".join(refs))
    for e in (extra or []):
        lines.append(e)
    lines.append("MIME-Version: 1.0")
    cheads, cbody = body
    lines.extend(cheads)
    data = "\n".join(lines).encode("ascii") + b"\n\n" + cbody
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if MSGS:
        assert date >= MSGS[-1]["date"], (subject, date, MSGS[-1]["date"])
    MSGS.append(dict(kind=kind, reply=reply, case=case, cands=list(cands), date=date, data=data,
                     desc=desc, hard=hard, subject=subject))
    return mid


AMZ_RECV = "from a27-18.smtp-out.us-west-2.amazonses.com (a27-18.smtp-out.us-west-2.amazonses.com. [54.240.27.18])\n        by mx.google.com with ESMTPS id %s\n        for <%s>"


def recv_amz(date, to):
    return (AMZ_RECV % (H(str(date) + to, 12), to)) + ";\n        " + format_datetime(date)


def sig_tc(name, team="AWS Training and Certification"):
    return "%s\n%s" % (name, team)


def amz(to, date, dom="amazon.com", mf=None, **kw):
    """Auth + Received for genuine Amazon SES mail."""
    mf = mf or ("0101019%s@us-west-2.amazonses.com" % H(str(date), 9))
    return dict(auth=auth_for(to, dom, mf, **kw), rp=mf, received=[recv_amz(date, to)])


SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_DUP = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_DUP

# ===================================================================== 001
d = D("2025-04-29 02:11:07")
t = """AWS Certification

Hello Ayane,

You recently took an AWS Certification exam, and we would like to know how it went - from scheduling and check-in to the exam content itself.

The questionnaire has 12 questions and takes about five minutes. Your answers are anonymous and help the exam development team improve future versions of the exam.

Start the questionnaire:
https://www.certmetrics.com/amazon/survey/start.aspx?t=8KXq2LrZ0pVh

This invitation expires on May 20, 2025.

Thank you for being part of the AWS Certification community.

AWS Training and Certification
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
You are receiving this message because you hold an AWS Certification. To stop receiving surveys, update your preferences in your AWS Certification Account.
"""
h = ("<html><body style=\"font-family:'Amazon Ember',Arial,sans-serif;color:#16191f\">"
     "<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#232f3e;padding:18px;color:#fff\"><b>AWS Certification</b></td></tr>"
     "<tr><td style=\"padding:24px\"><p>Hello Ayane,</p><p>You recently took an AWS Certification exam, and we would like to know how it went &ndash; from scheduling and check-in to the exam content itself.</p>"
     "<p>The questionnaire has 12 questions and takes about five minutes. Your answers are anonymous and help the exam development team improve future versions of the exam.</p>"
     "<p style=\"text-align:center\"><a href=\"https://www.certmetrics.com/amazon/survey/start.aspx?t=8KXq2LrZ0pVh\" style=\"background:#ff9900;color:#000;padding:10px 22px;text-decoration:none\">Start the questionnaire</a></p>"
     "<p>This invitation expires on May 20, 2025.</p><p>Thank you for being part of the AWS Certification community.</p></td></tr>"
     "<tr><td style=\"font-size:11px;color:#687078;padding:12px\">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109<br>You are receiving this message because you hold an AWS Certification. To stop receiving surveys, update your preferences in your AWS Certification Account.</td></tr></table></body></html>\n")
add("certification", False, None, [], d, addr("AWS Certification", CERTM), ME_P,
    "Tell us about your AWS Certification exam experience", alt(t, h, seed="m1"),
    mid=mid_plain("m1", "certmetrics.com"), auth=auth_google("certmetrics.com", "bounce@certmetrics.com"),
    desc="CertMetrics exam-experience questionnaire", hard="feedback request, but about the exam program, not a support case (not `survey`)")

# ===================================================================== 002
d = D("2025-04-30 09:47:12", JST)
t = """森川さん

お疲れさまです、久保です。
ちょっと私用の質問ですみません。

森川さんは退職前に、AWS 認定のアカウント(会社のメアドで作ったやつ)を個人のほうに移しましたか?
自分も7月から関連会社に出向になるので、同じことをやっておきたいと思っています。
フォームから申請するらしいのですが、どの項目を選べばいいのかよく分からず……

もし手順が分かったら、お手すきのときに教えてもらえると助かります。

久保 翔太
株式会社ほしぞらテクノロジーズ クラウド基盤グループ
"""
add("unrelated", False, None, [], d, addr("久保 翔太", "s.kubo@hoshizora-tech.co.jp", "iso-2022-jp"), ME_C,
    "AWS認定アカウントの移行について(質問)", leaf(t, cs="iso-2022-jp"), scs="iso-2022-jp",
    mid=mid_outlook("m2"), extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: " + hdr("AWS認定アカウントの移行について(質問)", "iso-2022-jp"), "Content-Language: ja-JP"],
    desc="Colleague asks (Japanese) how to move the certification account", hard="talks about the same merge and asks a question, but it is a colleague, not support")

# ===================================================================== 003
d = D("2025-05-02 16:21:40")
code = "418027"
t = """Verify your AWS Builder ID email address

Hello,

Thanks for creating an AWS Builder ID. To finish, enter this verification code on the sign-up page:

Verification code: %s

The code expires 30 minutes after this email was sent.

If you did not try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
""" % code
h = to_html(t)
add("unrelated", False, None, [], d, addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", alt(t, h, seed="m3"),
    mid=mid_ses("m3", "us-east-1.amazonses.com"), **amz(ME_P, d, dom="signin.aws"),
    desc="Builder ID one-time code", hard="6-digit number is a code, not a case")

# ===================================================================== 004  ack A
d = D("2025-05-02 16:38:41")
ACK_A = """Hello,

Thank you for reaching out to AWS Training and Certification. This message confirms that we received your request and created case %(c)s for it.

Case ID: %(c)s
Subject: [AWS Training and Certification Form Submission] - account-assistance

Here is a copy of what you submitted:

Inquiry type: Certification
Additional details: Account Merge
Candidate ID: %(old)s
How can we help you?:
Use case: I am leaving Hoshizora Technologies at the end of May and would like my certifications to live on my personal account from now on.
Email addresses I have used: %(mc)s, %(mp)s
Email address to keep: %(mp)s

A member of our team normally responds within 24 hours. Some requests need more research and can take longer; we appreciate your patience.

To avoid delays, please do not submit a new request for the same issue. If you want to add information, reply to this email and keep the case number in the subject line.

Sincerely,
AWS Training and Certification
""" % dict(c=CASE_A, old=CID_OLD, mc=ME_C, mp=ME_P)
MID_A1 = add("acknowledgement", False, CASE_A, [CID_OLD], d, addr(TC_NAME, TC), ME_P,
             "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
             leaf(ACK_A), mid=mid_ses("m4"), crlf=True, **amz(ME_P, d),
             desc="Case A opened: acknowledgement echoing the form (merge company -> personal)",
             hard="echo of the form contains 'please do not submit' and 'reply to add information'; candidate ID sits in the echoed form text")

# ===================================================================== 005  billing
d = D("2025-05-03 03:40:19")
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 3.87

Please see the Bills page in the AWS Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills?year=2025&month=4

[AWS ID 482019374615]
Invoice ID: 2083716455
Billing period: April 1 - April 30, 2025

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109. This e-mail was sent from an address that cannot accept incoming e-mail.
"""
add("unrelated", False, None, [], d, addr("Amazon Web Services", NOREPLY), ME_P,
    "Amazon Web Services Billing Statement Available [Account: 482019374615]", leaf(t),
    mid=mid_ses("m5"), **amz(ME_P, d),
    desc="AWS monthly bill", hard="same no-reply-aws sender as console cases; 12-digit account ID and 10-digit invoice ID are not case numbers")

# ===================================================================== 006  ack DUP (Japanese, company)
d = D("2025-05-03 08:15:22")
t = """森川 彩音 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
お問い合わせを受け付け、ケース %(c)s を作成いたしました。

ケース ID: %(c)s
件名: [AWS Training and Certification Form Submission] - account-assistance

担当者より、通常 24 時間以内にご連絡いたします。調査が必要な内容の場合は、さらにお時間をいただくことがございます。

同じご用件で重ねてケースを作成されますと、かえって対応が遅れる原因となります。既存のケースに情報を追加される場合は、そのケースのメールにご返信ください。

--- お問い合わせ内容 ---
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: %(old)s
内容:
退職に伴い、会社のメールアドレス (%(mc)s) で作成した認定アカウントを、個人のアカウント (%(mp)s) に統合したいです。
昨日も同じ内容で送信しましたが、受付メールが見当たらなかったため念のため再送します。

Amazon Web Services
""" % dict(c=CASE_DUP, old=CID_OLD, mc=ME_C, mp=ME_P)
MID_DUP1 = add("acknowledgement", False, CASE_DUP, [CID_OLD], d, addr(TC_NAME, TC), ME_C,
               "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_DUP,
               leaf(t, cs="iso-2022-jp"), mid=mid_ses("m6"), **amz(ME_C, d),
               desc="Duplicate form submission (sent from the company address) gets its own case, Japanese ack",
               hard="second case for the same request; ISO-2022-JP; ack text discourages duplicates")

# ===================================================================== 007  GitHub
d = D("2025-05-03 10:02:55")
t = """Merged #218 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-modules/pull/218#event-17542009311
You are receiving this because you were mentioned.
"""
h = ('<p>Merged <a href="https://github.com/hoshizora-tech/infra-modules/pull/218" class="issue-link">#218</a> into main.</p>\n'
     '<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/hoshizora-tech/infra-modules/pull/218#event-17542009311">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>\n')
add("unrelated", False, None, [], d, addr("Kenta Iwai", "notifications@github.com"), ME_C,
    "Re: [hoshizora-tech/infra-modules] Merge account-baseline into org-bootstrap module (PR #218)", alt(t, h, seed="m7"),
    mid="<hoshizora-tech/infra-modules/pull/218/issue_event/17542009311@github.com>",
    irt="<hoshizora-tech/infra-modules/pull/218@github.com>", refs=["<hoshizora-tech/infra-modules/pull/218@github.com>"],
    auth=auth_m365("github.com", "noreply@github.com", ip="192.30.252.201"),
    extra=["X-GitHub-Reason: mention", "List-ID: hoshizora-tech/infra-modules <infra-modules.hoshizora-tech.github.com>", "Precedence: list"],
    desc="GitHub pull request merged", hard="'Merged ... account' wording, a 'Re:' subject, nothing to do with certification")

# ===================================================================== 008  dup closed
d = D("2025-05-05 01:12:30")
t = """Hello Ayane,

I'm Kenji from AWS Training and Certification.

While reviewing this request I noticed that the same account merge was already submitted on May 2 under case %(a)s, which a colleague has picked up. So that nothing gets lost between two threads, I have linked the cases and closed this one (%(d)s) as a duplicate.

Your merge request itself is not cancelled - every further update will come through case %(a)s, which is addressed to %(mp)s.

Nothing is needed from you on this case.

Thanks,
Kenji
AWS Training and Certification
""" % dict(a=CASE_A, d=CASE_DUP, mp=ME_P)
add("case_update", False, CASE_DUP, [], d, addr(TC_NAME, TC), ME_C, SUBJ_DUP, leaf(t, cte="quoted-printable"),
    mid=mid_ses("m8"), irt=MID_DUP1, refs=[MID_DUP1], **amz(ME_C, d),
    desc="Duplicate case closed and linked to case A", hard="says 'closed' but is not a closing notice and not resolved; mentions two case numbers (label = the duplicate's own)")

# ===================================================================== 009  A on hold + buried question
d = D("2025-05-05 14:02:18")
HOLD_A = """Hi Ayane,

Thank you for your patience. My name is Marisol and I'll be looking after your account merge.

When I opened the certification account registered to %(mc)s (%(old)s), I found that it is associated with an AWS Partner Network organization, Hoshizora Technologies K.K. Certifications held in a partner-associated account count toward that organization's partner standing, so we cannot move them to another account on our own. I have put your case on hold and sent a notice to the Alliance Lead that Partner Central lists for the organization.

A bit of background on how this normally goes. If the partner releases the association, we continue straight away. If the person is leaving the organization, there is a second route: our employee-departure process, which does not wait for the partner. To know which route applies here I have one question for you - is your employment with Hoshizora Technologies coming to an end, and on what date? That answer decides how we proceed.

The case stays on hold until then. Before anything is merged, I will send you a summary of both accounts to review.

Kind regards,
Marisol
AWS Training and Certification | Customer Support
""" % dict(mc=ME_C, old=CID_OLD)
MID_A2 = add("on_hold", True, CASE_A, [CID_OLD], d, addr(TC_NAME, TC), ME_P, SUBJ_A,
             alt(HOLD_A, to_html(HOLD_A, style="font-family:Calibri,sans-serif"), cte="quoted-printable", seed="m9"),
             mid=mid_ses("m9"), irt=MID_A1, refs=[MID_A1], **amz(ME_P, d),
             desc="Case A put on hold (APN partner account) with a question about the leaving date",
             hard="hold notice whose only question is buried mid-paragraph, no 'please', phrased as 'I have one question'")

# ===================================================================== 010  user reply A
d = D("2025-05-06 08:15:44", JST)
t = """Hi Marisol,

Thank you for looking into this.

Yes - I am leaving. My last working day at Hoshizora Technologies is May 30, 2025, and the company mailbox (%(mc)s) will be shut down shortly after that. It would be great if the merge could be finished before then.

Old account: %(old)s (company address)
Account to keep: %(mp)s

Best regards,
Ayane Morikawa
""" % dict(mc=ME_C, old=CID_OLD, mp=ME_P)
attr = "On Mon, May 5, 2025 at 11:02 PM AWS Training and Certification <%s> wrote:" % TC
body = t + "\n" + attr + "\n" + quote(HOLD_A) + "\n"
MID_A3 = add("user_reply", False, CASE_A, [CID_OLD], d, addr(ME_NAME, ME_P), addr(TC_NAME, TC), SUBJ_A,
             alt(body, to_html(t, gmail_quote=(attr, HOLD_A)), seed="m10"),
             mid=mid_gmail("m10"), irt=MID_A2, refs=[MID_A1, MID_A2],
             desc="Owner answers: last day May 30", hard="owner's own mail quoting the hold (which contains a question)")

# ===================================================================== 011  connpass newsletter (HTML only, base64)
d = D("2025-05-06 12:00:03", JST)
h = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>connpass</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:16px;border-bottom:3px solid #e8462d"><b>connpass</b> 新着イベントのお知らせ</td></tr>
<tr><td style="padding:16px">
<p>森川 彩音 さん、こんにちは。フォロー中のグループに新しいイベントが公開されました。</p>
<h3 style="margin:18px 0 6px">JAWS-UG 東京 #58「認定資格と学び直し」</h3>
<p>日時: 2025/05/29(木) 19:00 - 21:30<br>会場: オンライン(YouTube Live)<br>参加枠: 一般 312/500</p>
<p>AWS 認定の上位資格に挑戦した話、転職時の認定アカウントの扱い、Skill Builder の活用法などを LT 形式でお届けします。</p>
<p><a href="https://jawsug.connpass.com/event/351208/" style="color:#e8462d">イベントページを見る</a></p>
<h3 style="margin:18px 0 6px">Security-JAWS 第 41 回</h3>
<p>日時: 2025/06/05(木) 19:00 - 21:00<br>会場: 目黒セントラルスクエア</p>
<p><a href="https://s-jaws.connpass.com/event/351377/" style="color:#e8462d">イベントページを見る</a></p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#999">このメールは connpass のお知らせ設定に基づいて送信しています。配信停止は<a href="https://connpass.com/settings/">設定ページ</a>から行えます。</td></tr>
</table></td></tr></table></body></html>
"""
add("unrelated", False, None, [], d, addr("connpass", "no-reply@connpass.com"), ME_P,
    "[connpass] フォロー中のグループに新着イベントがあります", leaf(h, "html", cte="base64"),
    mid=mid_plain("m11", "connpass.com"), auth=auth_google("connpass.com", "bounce@mail.connpass.com", ip="168.245.84.17"),
    extra=["List-Unsubscribe: <https://connpass.com/settings/>"],
    desc="Community newsletter (Japanese, HTML only)", hard="mentions certification accounts on job change; base64 HTML")

# ===================================================================== 012  A case update
d = D("2025-05-07 18:30:51")
UPD_A = """Hello Ayane,

Thanks for letting me know your departure date. I've recorded May 30 as your last day and moved the case out of the partner queue into our employee-departure process, so we no longer need the partner's approval. The hold has been removed.

Your request is now with the team that performs account merges. They will review both accounts and contact you before making any change. No action is needed from you at the moment.

Regards,
Marisol
AWS Training and Certification
"""
MID_A4 = add("case_update", False, CASE_A, [], d, addr(TC_NAME, TC), ME_P, SUBJ_A, leaf(UPD_A),
             mid=mid_ses("m12"), irt=MID_A3, refs=[MID_A1, MID_A2, MID_A3], **amz(ME_P, d),
             desc="Case A: hold lifted, sent to merge team", hard="'contact you before making any change' is a promise, not a request")

# ===================================================================== 013  phishing lookalike
d = D("2025-05-08 06:44:09")
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<img src="https://aws-certsupport-team.com/static/aws-logo.png" alt="aws" width="80"><br>
<p>Dear Certification Holder,</p>
<p>We are unable to complete the account merge requested in case <b>174655320081047</b> because your identity could not be verified.</p>
<p><b>Action required within 24 hours:</b> confirm the merge by signing in with your AWS Builder ID below. If we do not receive your confirmation, both certification accounts will be suspended and all active certifications will be revoked.</p>
<p style="text-align:center"><a href="https://aws-certsupport-team.com/merge/confirm?id=174655320081047" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;font-weight:bold">Confirm account merge</a></p>
<p>Alternatively, reply to this message with your Builder ID password and the 6-digit code we send you so our specialist can complete the merge for you.</p>
<p>Regards,<br>AWS Certification Support Team</p>
<p style="font-size:10px;color:#777">&copy; 2025 Amazon Web Services, Inc. or its affiliates.</p>
</body></html>
"""
add("suspicious", False, None, [], d, addr("AWS Certification Support", "support@aws-certsupport-team.com"), ME_P,
    "[CASE 174655320081047] Action required: confirm your certification account merge", leaf(h, "html"),
    mid=mid_plain("m13", "aws-certsupport-team.com"),
    auth=auth_google("aws-certsupport-team.com", "support@aws-certsupport-team.com", pol="NONE", ip="185.234.72.11"),
    rp="support@aws-certsupport-team.com",
    desc="Phishing: lookalike domain asks to 'confirm merge' and for the password",
    hard="looks exactly like a confirmation request with a case token; auth passes for the lookalike domain; demands a reply")

# ===================================================================== 014  Skill Builder receipt
d = D("2025-05-09 21:05:37")
t = """AWS Skill Builder

Thank you for your purchase.

Order number: SB-7730-1942-0081
Subscription: AWS Skill Builder Individual (monthly)
Billing period: May 10, 2025 - June 9, 2025
Amount charged: USD 29.00 (Visa ending 4417)

Your subscription renews automatically each month. To change or cancel it, go to My Account > Subscription in AWS Skill Builder.

Questions about this charge? Visit the AWS Skill Builder help center.

AWS Training and Certification
This message was sent from an unmonitored address.
"""
add("unrelated", False, None, [], d, addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder subscription receipt", alt(t, to_html(t), seed="m14"),
    mid=mid_ses("m14", "us-east-1.amazonses.com"), **amz(ME_P, d, dom="aws.training"),
    desc="Skill Builder subscription receipt", hard="AWS Training and Certification signature, but a receipt")

# ===================================================================== 015  A info request
d = D("2025-05-13 00:41:26")
INFO_A = """Hello Ayane,

I'm Dmitri from the certification accounts team, and I've picked up your merge request.

Before I can prepare the merge I need to find the account you want to keep. I searched for %(mp)s, but no certification account is registered to that address. It's possible the account was created with a different login, or that the last step of the profile was never completed.

Could you let us know the candidate ID of your personal certification account? You'll see it in the upper-right corner after signing in at https://www.aws.training/certification - it starts with "AWS" followed by eight digits. If the account doesn't exist yet, sign in with your AWS Builder ID, complete the profile and address steps, and then send me the ID.

Thank you,
Dmitri K.
AWS Training and Certification Customer Service
""" % dict(mp=ME_P)
MID_A5 = add("info_request", True, CASE_A, [], d, addr(TC_NAME, TC), ME_P, SUBJ_A,
             alt(INFO_A, to_html(INFO_A), cte="base64", seed="m15"),
             mid=mid_ses("m15"), irt=MID_A4, refs=[MID_A1, MID_A3, MID_A4], **amz(ME_P, d),
             desc="Case A: support asks for the candidate ID of the destination account",
             hard="'AWS' + 'eight digits' described but no real candidate ID; base64 body")

# ===================================================================== 016  OOO
d = D("2025-05-13 10:30:02", JST)
t = """森川さん

メールありがとうございます。石田です。
5/12(月)～5/16(金)は出張のため不在にしております。
メールは確認が遅れる場合がございます。お急ぎの場合は、チームの共有アドレス cloud-infra@hoshizora-tech.co.jp までご連絡ください。

石田 優希
"""
t = t.replace("～", "-")
add("unrelated", False, None, [], d, addr("石田 優希", "y.ishida@hoshizora-tech.co.jp", "iso-2022-jp"), ME_C,
    "自動応答: 引き継ぎ資料のレビューのお願い", leaf(t, cs="iso-2022-jp"), scs="iso-2022-jp",
    mid=mid_outlook("m16"), extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: y.ishida@hoshizora-tech.co.jp", "X-Auto-Response-Suppress: All"],
    desc="Colleague's out-of-office auto-reply", hard="auto-reply with 'please contact' wording")

# ===================================================================== 017  user reply A (candidate ID)
d = D("2025-05-13 20:50:13", JST)
t = """Hello Dmitri,

Sorry about that - I had created the Builder ID but stopped before the profile questions. It's finished now.

Candidate ID of the new account: %(new)s
Login email: %(mp)s

Let me know if anything else is needed.

Ayane
""" % dict(new=CID_NEW, mp=ME_P)
attr = "On Tue, May 13, 2025 at 9:41 AM AWS Training and Certification <%s> wrote:" % TC
body = t + "\n" + attr + "\n" + quote(INFO_A) + "\n"
MID_A6 = add("user_reply", False, CASE_A, [CID_NEW], d, addr(ME_NAME, ME_P), addr(TC_NAME, TC), SUBJ_A,
             alt(body, to_html(t, gmail_quote=(attr, INFO_A)), seed="m17"),
             mid=mid_gmail("m17"), irt=MID_A5, refs=[MID_A1, MID_A4, MID_A5],
             desc="Owner sends the new candidate ID", hard="quoted request under the owner's answer")

# ===================================================================== 018  certification expiry (company)
d = D("2025-05-13 15:00:44")
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:18px">AWS Certification</td></tr>
<tr><td style="padding:20px">
<p>Hi Ayane,</p>
<p>Your <b>AWS Certified Cloud Practitioner</b> certification expires on <b>August 11, 2025</b>.</p>
<p>To keep it active, pass the current version of the exam or earn a higher-level certification before that date. Your certification status and recertification options are listed in your AWS Certification Account.</p>
<table cellpadding="4" style="border:1px solid #d5dbdb;font-size:13px">
<tr><td>Candidate ID</td><td>%s</td></tr>
<tr><td>Certification</td><td>AWS Certified Cloud Practitioner</td></tr>
<tr><td>Expiration date</td><td>2025-08-11</td></tr>
</table>
<p><a href="https://www.aws.training/certification">Go to your AWS Certification Account</a></p>
<p>AWS Training and Certification</p>
</td></tr>
<tr><td style="font-size:11px;color:#879596;padding:10px">This is an automated message. Replies to this address are not monitored.</td></tr>
</table></body></html>
""" % CID_OLD
add("certification", False, None, [CID_OLD], d, addr("AWS Certification", CERTM), ME_C,
    "Your AWS Certification expires in 90 days", leaf(h, "html", cte="quoted-printable"),
    mid=mid_plain("m18", "certmetrics.com"), auth=auth_m365("certmetrics.com", "bounce@certmetrics.com", ip="40.92.17.33"),
    desc="Expiry reminder to the old company account", hard="certification mail with a candidate ID in a table, during an open case")

# ===================================================================== 019  A confirmation request (HTML only, table)
d = D("2025-05-13 21:27:05")
ROWS = [("Account #1", CID_NEW, ME_P, ME_P, ME_P, "Keep (destination)"),
        ("Account #2", CID_OLD, ME_C, ME_C, ME_C, "Merge into Account #1, then deactivate")]
CONF_A_TXT = """Hello Ayane,

Thank you for the candidate ID. I found both accounts; their details are below. Please check them carefully - a merge cannot be reversed.

Account #1
Candidate ID: %s
Login email: %s
Training notification email: %s
Certification notification email: %s

Account #2
Candidate ID: %s
Login email: %s
Training notification email: %s
Certification notification email: %s

Everything on Account #2 - exam history, active certifications and benefits - will move to Account #1, and Account #2 will be deactivated.

Please reply to this email to confirm that both accounts are yours and that you would like them merged into Account #1. We won't change anything until your confirmation arrives.

Best regards,
Priya S.
AWS Training and Certification
""" % (CID_NEW, ME_P, ME_P, ME_P, CID_OLD, ME_C, ME_C, ME_C)
rows = "".join('<tr><td style="border:1px solid #aab7b8;padding:6px"><b>%s</b></td>%s</tr>\n'
               % (r[0], "".join('<td style="border:1px solid #aab7b8;padding:6px">%s</td>' % html.escape(x) for x in r[1:])) for r in ROWS)
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#000">
<p>Hello Ayane,</p>
<p>Thank you for the candidate ID. I found both accounts; their details are below. Please check them carefully &mdash; a merge cannot be reversed.</p>
<table cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr style="background:#eaeded"><th style="border:1px solid #aab7b8;padding:6px"></th><th style="border:1px solid #aab7b8;padding:6px">Candidate ID</th><th style="border:1px solid #aab7b8;padding:6px">Login email</th><th style="border:1px solid #aab7b8;padding:6px">Training notification email</th><th style="border:1px solid #aab7b8;padding:6px">Certification notification email</th><th style="border:1px solid #aab7b8;padding:6px">Proposed action</th></tr>
%s</table>
<p>Everything on Account #2 &mdash; exam history, active certifications and benefits &mdash; will move to Account #1, and Account #2 will be deactivated.</p>
<p>Please reply to this email to confirm that both accounts are yours and that you would like them merged into <b>Account #1</b>. We won&rsquo;t change anything until your confirmation arrives.</p>
<p>Best regards,<br>Priya S.<br>AWS Training and Certification</p>
</div></body></html>
""" % rows
MID_A7 = add("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD], d, addr(TC_NAME, TC), ME_P, SUBJ_A,
             leaf(h, "html", cte="quoted-printable"), crlf=True,
             mid=mid_ses("m19"), irt=MID_A6, refs=[MID_A1, MID_A5, MID_A6], **amz(ME_P, d),
             desc="Case A: Account #1 / #2 table, asks to confirm the merge into Account #1",
             hard="HTML only, details in a table, CRLF, quoted-printable")

# ===================================================================== 020  marketing (Japanese HTML)
d = D("2025-05-15 01:00:12")
h = """<html><body style="margin:0;font-family:'Noto Sans JP',Meiryo,sans-serif">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="font-size:14px;color:#16191f">
<tr><td style="background:#0f1b2a;padding:24px;color:#fff;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:24px">
<p>森川 彩音 様</p>
<p>AWS Summit Japan 2025 の参加登録を受け付けています。6 月 25 日(水)・26 日(木)、幕張メッセにて開催します。</p>
<ul><li>150 を超えるセッションと展示</li><li>AWS 認定者限定ラウンジ(認定アカウントのデジタルバッジをご提示ください)</li><li>AWS Jam、GameDay などのハンズオン</li></ul>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_sj25" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none">今すぐ登録(無料)</a></p>
<p>ご質問は本メールへのご返信ではなく、イベント事務局ページよりお問い合わせください。</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア<br>配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a></td></tr>
</table></body></html>
"""
add("unrelated", False, None, [], d, addr("AWS Summit Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【参加登録受付中】AWS Summit Japan 2025 - 6月25日・26日 幕張メッセ", leaf(h, "html", cte="quoted-printable"),
    mid=mid_plain("m20", "mktomail.com"), auth=auth_google("amazon.com", "bounce-44@mktomail.com", ip="199.15.214.38"),
    extra=["List-Unsubscribe: <https://pages.awscloud.com/communication-preferences>"],
    desc="AWS marketing (Japanese)", hard="genuine amazon.com, mentions certification and badges")

# ===================================================================== 021  other vendor case closed
d = D("2025-05-16 04:20:40")
t = """Hi Ayane,

We haven't heard back from you about case #00918273 ("Restore job stuck at 92%%"), so we have closed it.

If the problem comes back, simply reply to this email within 30 days and the case will reopen automatically. After that, please open a new request from the Nimbus Backup console.

How did we do? Rate this case: https://support.nimbusbackup.io/csat/00918273

Nimbus Backup Support
"""
t = t.replace("%%", "%")
add("unrelated", False, None, [], d, addr("Nimbus Backup Support", "support@nimbusbackup.io"), ME_C,
    "[Case #00918273] Your case has been closed", alt(t, to_html(t), seed="m21"),
    mid=mid_plain("m21", "nimbusbackup.io"), auth=auth_m365("nimbusbackup.io", "bounce@em.nimbusbackup.io", ip="167.89.12.40"),
    desc="Another vendor closes a support case for no answer", hard="closing-notice and survey wording from a non-AWS vendor")

# ===================================================================== 022  A closing notice
d = D("2025-05-17 01:14:33")
CLOSE_A = """Hello Ayane,

I'm following up on my message below from May 13. We still need your confirmation before the two accounts can be merged.

If we don't hear from you within 3 business days, this case will be closed. You can still write to us after that - a reply to this thread reopens the case and we'll continue from where we stopped.

Best regards,
Priya S.
AWS Training and Certification
"""
body = CLOSE_A + """
---------- Original Message ----------
From: %s
Sent: 5/13/2025 9:27 PM (UTC)
To: %s
Subject: %s

%s""" % (TC, ME_P, SUBJ_A, CONF_A_TXT)
MID_A8 = add("closing_notice", True, CASE_A, [], d, addr(TC_NAME, TC), ME_P, SUBJ_A, leaf(body, cte="quoted-printable"),
             cc=ME_C, mid=mid_ses("m22"), irt=MID_A7, refs=[MID_A1, MID_A6, MID_A7], **amz(ME_P, d),
             desc="Case A: reminder, case closes in 3 business days without the confirmation",
             hard="top-posted over the full quoted confirmation request; candidate IDs only in the quote")

# ===================================================================== 023  user reply from company (Outlook)
d = D("2025-05-18 08:52:10", JST)
t = """Hello Priya,

Apologies for the delay - I was on a business trip last week.

Confirmed. Both accounts are mine. Please merge everything into Account #1 (%s, %s).

Best regards,
Ayane Morikawa
Hoshizora Technologies K.K. | Cloud Infrastructure Group
""" % (CID_NEW, ME_P)
orig = """-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Saturday, May 17, 2025 10:14 AM
To: %s
Cc: %s
Subject: %s

%s""" % (TC, ME_P, ME_C, SUBJ_A, CLOSE_A)
body = t + "\n" + orig
h = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
     '<body lang="JA" style="word-wrap:break-word"><div class="WordSection1">'
     + "".join('<p class="MsoNormal"><span lang="EN-US">%s</span></p>' % (html.escape(l) or "&nbsp;") for l in t.split("\n"))
     + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm"><p class="MsoNormal"><b>From:</b> AWS Training and Certification &lt;%s&gt;<br><b>Sent:</b> Saturday, May 17, 2025 10:14 AM<br><b>To:</b> %s<br><b>Cc:</b> %s<br><b>Subject:</b> %s</p></div>'
     % (TC, ME_P, ME_C, html.escape(SUBJ_A))
     + "".join('<p class="MsoNormal">%s</p>' % (html.escape(l) or "&nbsp;") for l in CLOSE_A.split("\n"))
     + "</div></body></html>\n")
MID_A9 = add("user_reply", False, CASE_A, [CID_NEW], d, addr(ME_NAME, ME_C), addr(TC_NAME, TC), "RE: " + SUBJ_A,
             alt(body, h, cte="quoted-printable", seed="m23"),
             mid=mid_outlook("m23"), irt=MID_A8, refs=[MID_A1, MID_A7, MID_A8],
             extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AQHbx2Vb" + H("m23", 20), "Content-Language: en-US"],
             desc="Owner confirms, but from the company address (Outlook)", hard="'RE: RE:[CASE' subject; Outlook '-----Original Message-----' quote")

# ===================================================================== 024  A info request: write from the other address
d = D("2025-05-18 05:33:17")
WRONG_A = """Hi Ayane,

Thanks for the quick answer. One more step before we go ahead.

Your confirmation arrived from %(mc)s, which is the login of Account #2 - the account that will be closed by the merge. For security reasons we can only accept the go-ahead from the email address of the account being kept.

We need you to send the same confirmation from %(mp)s. Replying to this message from that mailbox is enough; as soon as it reaches us, we'll complete the merge.

Regards,
Tomas
AWS Training and Certification
""" % dict(mc=ME_C, mp=ME_P)
MID_A10 = add("info_request", True, CASE_A, [], d, addr(TC_NAME, TC), ME_C, "RE: " + SUBJ_A, leaf(WRONG_A),
              cc=ME_P, mid=mid_ses("m24"), irt=MID_A9, refs=[MID_A1, MID_A8, MID_A9], **amz(ME_C, d),
              desc="Case A: confirmation must come from the personal address",
              hard="a merge-related ask that is not a confirmation_request: it asks to write from another address")

# ===================================================================== 025  user reply from Gmail
d = D("2025-05-18 18:10:26", JST)
t = """Hi Tomas,

Writing from my personal address as requested.

Confirmed: please merge Account #2 (%s) into Account #1 (%s). Both accounts belong to me.

Thank you,
Ayane Morikawa
""" % (CID_OLD, CID_NEW)
attr = "On Sun, May 18, 2025 at 2:33 PM AWS Training and Certification <%s> wrote:" % TC
body = t + "\n" + attr + "\n" + quote(WRONG_A) + "\n"
MID_A11 = add("user_reply", False, CASE_A, [CID_OLD, CID_NEW], d, addr(ME_NAME, ME_P), addr(TC_NAME, TC), "RE: " + SUBJ_A,
              alt(body, to_html(t, gmail_quote=(attr, WRONG_A)), seed="m25"),
              mid=mid_gmail("m25"), irt=MID_A10, refs=[MID_A1, MID_A9, MID_A10],
              desc="Owner confirms again from Gmail", hard="two candidate IDs in the owner's text")

# ===================================================================== 026  A resolved (quotes the old request)
d = D("2025-05-18 19:48:02")
RES_A = """Hello Ayane,

Thanks for confirming from your personal address.

I have merged all accounts. Account #1 (%s) now holds the exam history, certifications and benefits that were on your former account, and the account registered to %s has been deactivated. Your digital badges may take up to a day to reappear in Credly; if you had accepted them before, expect new badge emails.

Your case is now resolved. Should anything look wrong when you sign in, reply here and we'll take another look.

Best regards,
Priya S.
AWS Training and Certification
""" % (CID_NEW, ME_C)
body = RES_A + "\n\nOn 5/13/2025 9:27 PM, AWS Training and Certification wrote:\n" + quote(CONF_A_TXT) + "\n"
MID_A12 = add("resolved", False, CASE_A, [CID_NEW], d, addr(TC_NAME, TC), ME_P, "RE: " + SUBJ_A,
              alt(body, to_html(RES_A) .replace("</body>", "<blockquote>" + html.escape(CONF_A_TXT).replace("\n", "<br>\n") + "</blockquote></body>"), cte="quoted-printable", seed="m26"),
              mid=mid_ses("m26"), irt=MID_A11, refs=[MID_A1, MID_A10, MID_A11], **amz(ME_P, d),
              desc="Case A: accounts merged, case resolved",
              hard="quotes the earlier 'Please reply to this email to confirm' request; ends with a conditional invitation")

# ===================================================================== 027/028  Credly badges
def credly(date, cert, seed, uid):
    t = """Amazon Web Services Training and Certification has issued you a new badge!

Hi Ayane,

Congratulations! You have earned the %(c)s badge from Amazon Web Services Training and Certification.

Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your website:
https://www.credly.com/badges/%(u)s/accept

Badges you accept are shown on your public Credly profile. You can change the privacy settings at any time.

The Credly Team
Credly, Inc., a Pearson company | 999 Peachtree St NE, Atlanta, GA
""" % dict(c=cert, u=uid)
    h = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;background:#f5f5f5\"><table width=\"560\" align=\"center\" style=\"background:#fff;padding:24px\">"
         "<tr><td><img src=\"https://images.credly.com/size/110x110/images/%s/image.png\" width=\"110\" alt=\"badge\"></td></tr>"
         "<tr><td><h2 style=\"color:#1a1a1a\">You earned a new badge!</h2><p>Hi Ayane,</p><p>Congratulations! You have earned the <b>%s</b> badge from Amazon Web Services Training and Certification.</p>"
         "<p><a href=\"https://www.credly.com/badges/%s/accept\" style=\"background:#ff6b00;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none\">Accept Badge</a></p>"
         "<p style=\"font-size:12px;color:#666\">Badges you accept are shown on your public Credly profile.</p></td></tr></table></body></html>\n") % (H(uid, 8), html.escape(cert), uid)
    return add("badge", False, None, [], date, addr("Credly", "admin@credly.com"), ME_P,
               "Amazon Web Services Training and Certification has issued you a new badge", alt(t, h, seed=seed),
               mid=mid_plain(seed, "credly.com"), auth=auth_google("credly.com", "bounces+2911@em.credly.com", ip="149.72.143.9"),
               desc="Credly: new badge (%s)" % cert, hard="arrives right after the merge; badge UUID is not a case number")

d = D("2025-05-18 19:52:40")
credly(d, "AWS Certified Solutions Architect \u2013 Associate", "m27", "3f7c2a91-5b0e-4d8e-9a61-0c4d2e7b18aa")
d = D("2025-05-19 08:03:11")
credly(d, "AWS Certified Cloud Practitioner", "m28", "b02e6f4d-81c3-47a9-bd5e-5e19a3c70f24")

# ===================================================================== 029  survey A
d = D("2025-05-20 10:00:05")
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<table width="600" align="center"><tr><td style="padding:20px">
<p>Hello,</p>
<p>Your recent request to AWS Training and Certification (case %s) was marked as resolved. We'd like to hear how it went.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<p>
<a href="https://survey.aws.training/s/cs?c=%s&amp;r=1">1</a> &nbsp;
<a href="https://survey.aws.training/s/cs?c=%s&amp;r=2">2</a> &nbsp;
<a href="https://survey.aws.training/s/cs?c=%s&amp;r=3">3</a> &nbsp;
<a href="https://survey.aws.training/s/cs?c=%s&amp;r=4">4</a> &nbsp;
<a href="https://survey.aws.training/s/cs?c=%s&amp;r=5">5</a>
</p>
<p style="font-size:12px">1 = very dissatisfied, 5 = very satisfied. The survey has three further questions and takes less than two minutes.</p>
<p>Thank you for helping us improve.<br>AWS Training and Certification Customer Service</p>
<p style="font-size:11px;color:#687078">Please do not reply to this message; replies are not read.</p>
</td></tr></table></body></html>
""" % ((CASE_A,) * 6)
add("survey", False, CASE_A, [], d, addr("AWS Training and Certification", "aws-training-feedback@amazon.com"), ME_P,
    "How did we do? Your AWS Training and Certification case %s" % CASE_A, leaf(h, "html"),
    mid=mid_ses("m29"), **amz(ME_P, d),
    desc="Satisfaction survey for case A", hard="question ('How satisfied...') but not a request to support")

# ===================================================================== 030  user forwards to colleague (Japanese, base64)
d = D("2025-05-20 21:30:48", JST)
t = """久保さん

お疲れさまです。先日聞かれた AWS 認定アカウントの移行、無事に完了したので流れを共有します。

・フォーム(Contact AWS Training and Certification)で「認定」→「Account Merge」を選んで申請
・うちは APN パートナーなので、最初に「退職するのか」と聞かれて一度保留になりました
・個人アカウント側の候補 ID を聞かれるので、先に個人アカウントを作っておくのがおすすめです
・最後に Account #1 / #2 の一覧が来るので、確認の返信をすれば数時間でマージされます
・確認の返信は「残す側」のメールアドレスから送る必要がありました(会社のアドレスから送ったら差し戻されました)

下に完了メールを転送しておきます。

森川
"""
fwd = """---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Mon, May 19, 2025 at 4:48 AM
Subject: RE: %s
To: <%s>


%s""" % (TC, SUBJ_A, ME_P, RES_A)
add("user_reply", False, CASE_A, [], d, addr(ME_NAME, ME_P), addr("久保 翔太", "s.kubo@hoshizora-tech.co.jp"),
    "Fwd: RE: " + SUBJ_A, leaf(t + "\n" + fwd, cte="base64"),
    mid=mid_gmail("m30"), irt=MID_A12, refs=[MID_A1, MID_A11, MID_A12],
    desc="Owner forwards the merge result to a colleague with tips (Japanese)",
    hard="forward of a resolution; owner's own text describes the whole process incl. 'asked which' and 'reply'")

# ===================================================================== 031  colleague thanks
d = D("2025-05-21 09:40:15", JST)
t = """森川さん

詳しくありがとうございます!めちゃくちゃ助かります。
個人アカウントを先に作っておく、というのは知らなかったです。
来週あたり自分もフォームから出してみます。

返信は不要です。最終日まであと少し、がんばってください。

久保
"""
add("unrelated", False, None, [], d, addr("久保 翔太", "s.kubo@hoshizora-tech.co.jp", "iso-2022-jp"), ME_P,
    "RE: Fwd: RE: " + SUBJ_A, leaf(t, cs="iso-2022-jp"),
    mid=mid_outlook("m31"), irt=mid_gmail("m30"), refs=[mid_gmail("m30")],
    auth=auth_google("hoshizora-tech.co.jp", "s.kubo@hoshizora-tech.co.jp", ip="40.107.117.55", sel="selector1"),
    extra=["X-Mailer: Microsoft Outlook 16.0"],
    desc="Colleague thanks (Japanese), subject still carries the case token",
    hard="subject has [CASE ...] of case A but the mail is from a colleague")

# ===================================================================== 032  spoof: real sender, dmarc=fail
d = D("2025-05-22 07:07:51")
t = """Hello,

Following the recent merge of your AWS Certification accounts, our records show that your certifications are pending re-verification. Until verification is complete, your digital badges and exam benefits are frozen.

Please sign in within 24 hours to re-verify your identity:
https://aws-training-verify.com/signin?case=174681155900273

If verification is not completed in time, the merged account will be locked and you will need to retake your exams.

Sincerely,
AWS Training and Certification
"""
h = to_html(t).replace("https://aws-training-verify.com/signin?case=174681155900273",
                       '<a href="https://aws-training-verify.com/signin?case=174681155900273">https://www.aws.training/certification/verify</a>')
add("suspicious", False, None, [], d, addr(TC_NAME, TC), ME_P,
    "RE:[CASE 174681155900273] [AWS Training and Certification Form Submission] - account-assistance",
    alt(t, h, seed="m32"), mid=mid_plain("m32", "amazon.com"),
    auth=auth_google("amazon.com", "postmaster@mx-relay-7.biz", dkim="fail", spf="softfail", dmarc="fail", ip="91.215.85.120"),
    rp="postmaster@mx-relay-7.biz",
    received=["from mx-relay-7.biz (unknown [91.215.85.120])\n        by mx.google.com with ESMTP id %s\n        for <%s>;\n        %s" % (H("m32", 12), ME_P, format_datetime(d))],
    desc="Spoofed form-case mail: real T&C From address, DKIM/DMARC fail, credential link",
    hard="sender address and subject format are exactly the real ones; only Authentication-Results and the link give it away")

# ===================================================================== 033  console case B ack
d = D("2025-05-26 06:18:29")
CON_FOOT = """To see the case or add a reply, visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us again about this case, use the link above.
""" % CASE_B
SUBJ_B_TOPIC = "50% exam discount benefit missing after certification account merge"
t = """Dear Amazon Web Services customer,

We've received your case and a support agent will respond soon. The details of the case are below.

Case ID: %(b)s
Subject: %(s)s
Severity: General guidance
Service: Training and Certification
Correspondence:
Hello, my two certification accounts were merged on May 19 under case %(a)s. The 50%% discount benefit that I earned on the old account (%(old)s) does not appear under Benefits in my current account %(new)s. Could you check whether it was transferred?

%(foot)s
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % dict(b=CASE_B, s=SUBJ_B_TOPIC, a=CASE_A, old=CID_OLD, new=CID_NEW, foot=CON_FOOT)
MID_B1 = add("acknowledgement", False, CASE_B, [CID_OLD, CID_NEW], d, addr("Amazon Web Services", NOREPLY), ME_P,
             "Amazon Web Services: New Support case: %s" % CASE_B, leaf(t),
             mid=mid_ses("m33"), **amz(ME_P, d),
             desc="Case B (Support Center console) opened: voucher missing after the merge",
             hard="console template; echoed text names case A too and contains a question from the owner")

# ===================================================================== 034  console B info request
d = D("2025-05-27 02:55:40")
SUBJ_B = "RE:[CASE %s] %s" % (CASE_B, SUBJ_B_TOPIC)
INFO_B = """Hello Ayane,

Thanks for reaching out. I checked both the current record and the former one. The former account did receive a 50%% discount benefit after your exam on 2024-11-08, but our system shows it as redeemed on 2025-02-21. To find out whether that redemption was genuine or a side effect of the merge, I need two details:

1. Did you schedule or take an AWS Certification exam between February and April 2025?
2. If not, which exam were you planning to use the discount for?

Answer through the Support Center with the link below - replies to this email never reach us.

Best regards,
Shreya
Amazon Web Services
""".replace("%%", "%")
t = """Hello,

We have updated your case. The new correspondence is below.

%s
===========================================
%s
Rate this response: your rating in the Support Center (the stars at the top right of each reply) helps us improve.
""" % (INFO_B, CON_FOOT)
MID_B2 = add("info_request", True, CASE_B, [], d, addr("Amazon Web Services", NOREPLY), ME_P, SUBJ_B, leaf(t),
             mid=mid_ses("m34"), irt=MID_B1, refs=[MID_B1], **amz(ME_P, d),
             desc="Case B: numbered questions, answer in the Support Center (email replies not delivered)",
             hard="console case: the reply must go through the console; rating footer")

# ===================================================================== 035  owner replies by email anyway
d = D("2025-05-27 13:10:02", JST)
t = """Hi Shreya,

Thanks for checking.

1. No, I did not schedule or take any exam between February and April.
2. I want to use it for AWS Certified Solutions Architect - Professional (SAP-C02), ideally in the second week of June.

Ayane
"""
attr = "On Tue, May 27, 2025 at 11:55 AM Amazon Web Services <%s> wrote:" % NOREPLY
body = t + "\n" + attr + "\n" + quote(INFO_B) + "\n"
MID_B3 = add("user_reply", False, CASE_B, [], d, addr(ME_NAME, ME_P), addr("Amazon Web Services", NOREPLY), SUBJ_B,
             alt(body, to_html(t, gmail_quote=(attr, INFO_B)), seed="m35"),
             mid=mid_gmail("m35"), irt=MID_B2, refs=[MID_B1, MID_B2],
             desc="Owner answers the console case by email (will bounce)", hard="owner reply to an address that cannot receive mail")

# ===================================================================== 036  bounce
d = D("2025-05-27 04:10:09")
t = """** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
""" % NOREPLY
ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (44.207.64.10, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: %s
""" % (format_datetime(D("2025-05-27 04:10:02")), NOREPLY, format_datetime(d))
hd = """From: %s
To: %s
Subject: %s
Date: %s
Message-ID: %s
In-Reply-To: %s
""" % (addr(ME_NAME, ME_P), addr("Amazon Web Services", NOREPLY), SUBJ_B, format_datetime(D("2025-05-27 13:10:02", JST)), MID_B3, MID_B2)
rep = multi("report", [leaf(t), (["Content-Type: message/delivery-status"], ds.encode()),
                       (["Content-Type: text/rfc822-headers"], hd.encode())], seed="m36", extra_ct="; report-type=delivery-status")
add("unrelated", False, CASE_B, [], d, addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", rep, mid=mid_plain("m36", "mx.google.com"),
    irt=MID_B3, refs=[MID_B3], extra=["Auto-Submitted: auto-replied"],
    desc="Bounce of the owner's email to the console no-reply address",
    hard="delivery failure about a case mail: not from support, but it means the answer never arrived (case B still waiting)")

# ===================================================================== 037  Amazon.co.jp order
d = D("2025-05-28 03:20:44")
h = """<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>森川 彩音 様</p>
<p>Amazon.co.jp をご利用いただき、ありがとうございます。以下のご注文を承りました。</p>
<table cellpadding="4" style="border:1px solid #ddd;font-size:13px">
<tr><td>注文番号</td><td>249-4418203-7751063</td></tr>
<tr><td>商品</td><td>AWS認定 ソリューションアーキテクト - プロフェッショナル 試験対策問題集 第2版</td></tr>
<tr><td>お届け予定</td><td>2025/05/29(木)</td></tr>
<tr><td>ご請求額</td><td>&yen;3,960</td></tr>
</table>
<p>ご注文の状況は「注文履歴」からご確認いただけます。</p>
<p>Amazon.co.jp カスタマーサービス<br>このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。</p>
</body></html>
"""
add("unrelated", False, None, [], d, addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), ME_P,
    "Amazon.co.jp ご注文の確認「AWS認定 ソリューションアーキテクト - プロフェッショナル…」",
    leaf(h, "html", cte="quoted-printable"), mid=mid_ses("m37", "email.amazonses.com"),
    **amz(ME_P, d, dom="amazon.co.jp"),
    desc="Amazon.co.jp order confirmation (a certification prep book)", hard="Amazon sender, 'AWS認定' in subject, 'order confirmation'")

# ===================================================================== 038  console B closing notice
d = D("2025-05-30 03:00:18")
t = """Hello,

We haven't received a reply to our last correspondence on case %s, so we'd like to check in.

If we don't hear from you, this case will be resolved automatically in 3 days. You can reply through the Support Center to keep it open. Keep in mind that a case which has been resolved for more than 14 days can no longer be reopened; after that, a new case would be needed.

%s
Amazon Web Services
""" % (CASE_B, CON_FOOT)
add("closing_notice", True, CASE_B, [], d, addr("Amazon Web Services", NOREPLY), ME_P, SUBJ_B, leaf(t),
    mid=mid_ses("m38"), irt=MID_B2, refs=[MID_B1, MID_B2], **amz(ME_P, d),
    desc="Case B: auto-resolve warning (the owner's email answer never arrived)",
    hard="console closing notice; reply only via the Support Center")

# ===================================================================== 039  owner's farewell mail (company)
d = D("2025-05-30 17:00:36", JST)
t = """各位

お疲れさまです。クラウド基盤グループの森川です。

私事で恐縮ですが、本日 5 月 30 日をもちまして退職することとなりました。
在職中は大変お世話になり、本当にありがとうございました。

担当していた業務は石田さんに引き継いでおります。
本アドレスは本日 18 時以降は利用できなくなりますので、今後のご連絡は下記までお願いいたします。
%s

皆さまのご健康とご活躍をお祈りしております。

森川 彩音
""" % ME_P
MID_FW = add("user_reply", False, None, [], d, addr("森川 彩音", ME_C, "iso-2022-jp"), "cloud-infra-all@hoshizora-tech.co.jp",
             "退職のご挨拶(森川)", leaf(t, cs="iso-2022-jp"), scs="iso-2022-jp", mid=mid_outlook("m39"),
             extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ja-JP"],
             desc="Owner's farewell mail to the team (Japanese, company address)", hard="owner mail with no case")

# ===================================================================== 040  manager reply
d = D("2025-05-30 17:35:10", JST)
t = """森川さん

長い間お疲れさまでした。
移行プロジェクトでは本当に助けられました。新しい職場でもがんばってください。
落ち着いたらまた飲みに行きましょう。

小野寺

-----Original Message-----
From: 森川 彩音 <%s>
Sent: Friday, May 30, 2025 5:00 PM
To: cloud-infra-all@hoshizora-tech.co.jp
Subject: 退職のご挨拶(森川)

各位

お疲れさまです。クラウド基盤グループの森川です。
(略)
""" % ME_C
add("unrelated", False, None, [], d, addr("小野寺 誠", "m.onodera@hoshizora-tech.co.jp", "iso-2022-jp"), ME_C,
    "RE: 退職のご挨拶(森川)", leaf(t, cs="iso-2022-jp"), scs="iso-2022-jp", cc=ME_P,
    mid=mid_outlook("m40"), irt=MID_FW, refs=[MID_FW], extra=["X-Mailer: Microsoft Outlook 16.0"],
    desc="Manager replies to the farewell", hard="reply in thread with the owner's mail quoted")

# ===================================================================== 041  case C ack (Shift_JIS, base64)
d = D("2025-06-02 02:05:57")
SUBJ_C = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-assistance" % CASE_C
t = """森川 彩音 様

このたびは AWS トレーニングと認定 カスタマーサービスにご連絡いただき、誠にありがとうございます。
以下の内容でケースを作成いたしました。

ケース番号: %s
お問い合わせの種類: 認定
詳細: 認定記録の修正
AWS 候補 ID: %s
お問い合わせ内容:
認定証とデジタルバッジの氏名が「Ayane Morikwa」と表示されています。正しくは「Ayane Morikawa」です。修正をお願いいたします。

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡を差し上げます。
なお、同じご用件で複数のケースを作成されますと、回答が遅れる場合がございます。

追加の情報は、本メールへのご返信でお送りいただけます。

AWS トレーニングと認定
""" % (CASE_C, CID_NEW)
MID_C1 = add("acknowledgement", False, CASE_C, [CID_NEW], d, addr("AWS トレーニングと認定", TC), ME_P,
             "[CASE %s] [AWS Training and Certification Form Submission] - certification-assistance" % CASE_C,
             leaf(t, cs="shift_jis", cte="base64"), mid=mid_ses("m41"), **amz(ME_P, d),
             desc="Case C opened (Japanese, Shift_JIS): name misspelt on the certificate",
             hard="10-digit case ID; Shift_JIS base64; 'お送りいただけます' is an option, not a request")

# ===================================================================== 042  console B resolved
d = D("2025-06-02 06:40:31")
RES_B = """Hello Ayane,

Thank you for the details you added in the Support Center. Our records team confirmed that the redemption dated 2025-02-21 was created in error while the two accounts were being linked. They reversed it, and the 50%% discount benefit is active again on %s, valid until 2025-11-08. You will find it under Benefits after signing in.

I'm marking this case as resolved. If something is still missing, you can reopen the case from the Support Center within 14 days.

Best regards,
Shreya
Amazon Web Services
""" % CID_NEW
t = """Hello,

We have updated your case. The new correspondence is below.

%s
===========================================
%s
We'd love to know how we did: rate this reply with the stars at the top right of the correspondence in the Support Center.
""" % (RES_B, CON_FOOT)
add("resolved", False, CASE_B, [CID_NEW], d, addr("Amazon Web Services", NOREPLY), ME_P, SUBJ_B, leaf(t),
    mid=mid_ses("m42"), irt=MID_B2, refs=[MID_B1, MID_B2], **amz(ME_P, d),
    desc="Case B resolved: voucher restored", hard="console footer with a rating invitation and 'reopen within 14 days'")

# ===================================================================== 043  certification: benefit available
d = D("2025-06-02 07:15:09")
t = """AWS Certification

Hi Ayane,

A new benefit is available in your AWS Certification Account:

  50%% discount on your next AWS Certification exam
  Candidate ID: %s
  Valid until: November 8, 2025

To use it, sign in to your AWS Certification Account, open Benefits, and copy the discount code before you schedule your exam.

AWS Training and Certification
This is an automated message; this mailbox is not monitored.
""" % CID_NEW
add("certification", False, None, [CID_NEW], d, addr("AWS Certification", CERTM), ME_P,
    "Your AWS Certification benefit is available", alt(t, to_html(t), seed="m43"),
    mid=mid_plain("m43", "certmetrics.com"), auth=auth_google("certmetrics.com", "bounce@certmetrics.com"),
    desc="Benefit (50% voucher) available", hard="follows case B's resolution but is program mail, not the case")

# ===================================================================== 044  case C info request (Japanese keigo)
d = D("2025-06-03 02:20:47")
INFO_C = """森川 様

AWS トレーニングと認定 カスタマーサービスの佐藤でございます。
氏名の修正につきまして、ご連絡いたします。

認定記録上の氏名を変更する際は、試験当日にご提示いただいた本人確認書類の表記と一致していることを確認させていただいております。
つきましては、お手数ではございますが、以下の 2 点をご教示いただけますでしょうか。

1. 政府発行の身分証明書(パスポート等)に記載されているローマ字氏名の表記
2. 認定証への表示を希望される氏名(姓と名の順序を含む)

書類の画像を添付していただく必要はございません。表記のみお知らせください。

ご確認のほど、よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
MID_C2 = add("info_request", True, CASE_C, [], d, addr(TC_NAME, TC), ME_P, SUBJ_C,
             alt(INFO_C, to_html(INFO_C, style="font-family:'Meiryo UI',sans-serif"), cte="base64", seed="m44"),
             mid=mid_ses("m44"), irt=MID_C1, refs=[MID_C1], **amz(ME_P, d),
             desc="Case C: asks (Japanese keigo) for the passport spelling and the desired name order",
             hard="request only as 〜いただけますでしょうか; 'no need to attach' is a negation")

# ===================================================================== 045  Pearson VUE booking
d = D("2025-06-03 04:00:26")
h = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Ayane Morikawa,</p>
<p>Thank you for scheduling your exam with Pearson VUE. Please keep this message for your records.</p>
<table cellpadding="3" style="font-size:13px">
<tr><td><b>Registration ID:</b></td><td>471930268</td></tr>
<tr><td><b>Exam:</b></td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><td><b>Date/Time:</b></td><td>Tuesday, June 10, 2025 at 10:00 AM JST</td></tr>
<tr><td><b>Location:</b></td><td>OnVUE online proctored exam</td></tr>
<tr><td><b>Price:</b></td><td>JPY 22,500 (voucher applied: 50%% discount)</td></tr>
</table>
<p>Check in up to 30 minutes before your appointment. Run the system test on the computer you will use on exam day.</p>
<p>To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.</p>
<p>Pearson VUE</p>
</body></html>
""".replace("%%", "%")
add("unrelated", False, None, [], d, addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Pearson VUE Confirmation of Booking", leaf(h, "html"),
    mid=mid_plain("m45", "pearson.com"), auth=auth_google("pearson.com", "bounce@pearson.com", ip="159.182.5.60"),
    desc="Exam vendor booking confirmation", hard="9-digit registration ID; mentions the voucher from case B")

# ===================================================================== 046  Dependabot
d = D("2025-06-04 13:00:40")
t = """Bumps boto3 from 1.38.20 to 1.38.29.

You can trigger a rebase of this PR by commenting `@dependabot rebase`.

--
Reply to this email directly, view it on GitHub:
https://github.com/ayane-mk/cert-tracker/pull/31
You are receiving this because you are subscribed to this thread.
"""
add("unrelated", False, None, [], d, addr("dependabot[bot]", "notifications@github.com"), ME_P,
    "[ayane-mk/cert-tracker] Bump boto3 from 1.38.20 to 1.38.29 (PR #31)", alt(t, to_html(t), seed="m46"),
    mid="<ayane-mk/cert-tracker/pull/31@github.com>",
    auth=auth_google("github.com", "noreply@github.com", ip="192.30.252.201"),
    extra=["List-ID: ayane-mk/cert-tracker <cert-tracker.ayane-mk.github.com>", "X-GitHub-Reason: subscribed"],
    desc="Dependabot pull request", hard="asks to comment on a PR")

# ===================================================================== 047  case C closing notice (ISO-2022-JP)
d = D("2025-06-06 01:30:12")
CLOSE_C = """森川 様

いつもお世話になっております。AWS トレーニングと認定の佐藤でございます。

6 月 3 日にお送りしたご案内につきまして、その後ご返信を確認できておりません。
誠に恐れ入りますが、本日より 3 営業日以内にご連絡をいただけない場合、本ケースはクローズとさせていただきます。

クローズ後であっても、本メールにご返信いただければケースは再開され、引き続き対応させていただきます。

何卒よろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
MID_C3 = add("closing_notice", True, CASE_C, [], d, addr(TC_NAME, TC), ME_P, SUBJ_C, leaf(CLOSE_C, cs="iso-2022-jp"),
             mid=mid_ses("m47"), irt=MID_C2, refs=[MID_C1, MID_C2], **amz(ME_P, d),
             desc="Case C: closes in 3 business days without an answer (Japanese)",
             hard="no explicit question; the ask is implied by the closing warning; ISO-2022-JP")

# ===================================================================== 048  owner answers C (Japanese, base64)
d = D("2025-06-06 21:40:30", JST)
t = """佐藤様

ご連絡ありがとうございます。返信が遅くなり申し訳ございません。

1. パスポートの表記: MORIKAWA AYANE
2. 表示を希望する氏名: Ayane Morikawa(名・姓の順)

以上、よろしくお願いいたします。

森川 彩音
"""
attr = "2025年6月6日(金) 10:30 AWS Training and Certification <%s>:" % TC
body = t + "\n" + attr + "\n\n" + quote(CLOSE_C) + "\n"
MID_C4 = add("user_reply", False, CASE_C, [], d, addr("森川 彩音", ME_P), addr(TC_NAME, TC), SUBJ_C,
             leaf(body, cte="base64"), mid=mid_gmail("m48"), irt=MID_C3, refs=[MID_C1, MID_C2, MID_C3],
             desc="Owner answers case C (Japanese)", hard="Japanese Gmail attribution line ('…<addr>:'); quoted closing notice")

# ===================================================================== 049  case C update
d = D("2025-06-07 00:50:05")
t = """森川 様

AWS トレーニングと認定の佐藤でございます。
ご回答いただき、ありがとうございます。

いただいた内容をもとに、認定記録の修正を担当する部署へ依頼いたしました。
反映までには数営業日かかる見込みです。完了しましたら、改めてご連絡いたします。

現時点で、お客様にご対応いただくことはございません。

佐藤
"""
MID_C5 = add("case_update", False, CASE_C, [], d, addr(TC_NAME, TC), ME_P, SUBJ_C, leaf(t, cte="8bit"),
             mid=mid_ses("m49"), irt=MID_C4, refs=[MID_C1, MID_C3, MID_C4], **amz(ME_P, d),
             desc="Case C: passed to the records team", hard="Japanese 8bit; explicit 'nothing to do'")

# ===================================================================== 050  Pearson lookalike phishing
d = D("2025-06-09 05:30:44")
h = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p><img src="https://pearsonvue-payments.com/img/pv.png" alt="Pearson VUE"></p>
<p>Dear Candidate,</p>
<p>Your payment for <b>SAP-C02: AWS Certified Solutions Architect - Professional</b> (Registration 471930268) could not be processed. Your appointment on June 10 will be <b>cancelled within 12 hours</b> unless you update your card details.</p>
<p><a href="https://pearsonvue-payments.com/update?reg=471930268">Update payment details</a></p>
<p>If you have questions, reply to this email and include your full card number for verification.</p>
<p>Pearson VUE Billing</p>
</body></html>
"""
add("suspicious", False, None, [], d, addr("Pearson VUE", "billing@pearsonvue-payments.com"), ME_P,
    "Action needed: payment failed for your AWS exam appointment", leaf(h, "html"),
    mid=mid_plain("m50", "pearsonvue-payments.com"),
    auth=auth_google("pearsonvue-payments.com", "billing@pearsonvue-payments.com", pol="NONE", ip="45.137.21.9"),
    desc="Phishing from a Pearson VUE lookalike", hard="uses the real registration ID; asks for a reply")

# ===================================================================== 051  certification: passed
d = D("2025-06-10 22:10:33")
t = """Congratulations, you are AWS Certified!

Hi Ayane,

You passed the AWS Certified Solutions Architect - Professional exam. Your new certification is already listed in your AWS Certification Account, and your digital badge will arrive from Credly shortly.

Candidate ID: %s
Certification: AWS Certified Solutions Architect - Professional
Validation number: 7Q2LMK81JB4E1PXW
Valid through: June 10, 2028

Earning a Professional certification also renews your AWS Certified Solutions Architect - Associate certification.

AWS Training and Certification
""" % CID_NEW
add("certification", False, None, [CID_NEW], d, addr("AWS Certification", CERTM), ME_P,
    "Congratulations, you are now AWS Certified!", alt(t, to_html(t), cte="quoted-printable", seed="m51"),
    mid=mid_plain("m51", "certmetrics.com"), auth=auth_google("certmetrics.com", "bounce@certmetrics.com"),
    desc="Exam result: passed SAP-C02", hard="validation number looks like an ID")

# ===================================================================== 052  case C resolved (ISO-2022-JP)
d = D("2025-06-11 02:45:19")
RES_C = """森川 彩音 様

AWS トレーニングと認定の高橋と申します。
佐藤より引き継ぎ、氏名修正の件についてご報告いたします。

認定記録上の氏名を「Ayane Morikawa」に修正いたしました。
新しい認定証の PDF は、認定アカウントの「認定」ページからダウンロードいただけます。Credly のデジタルバッジにも、24 時間ほどで反映される見込みです。

本件についてご不明な点がございましたら、本メールへご返信ください。

高橋
AWS トレーニングと認定 カスタマーサービス
"""
MID_C6 = add("resolved", False, CASE_C, [], d, addr(TC_NAME, TC), ME_P, SUBJ_C, leaf(RES_C, cs="iso-2022-jp"),
             mid=mid_ses("m52"), irt=MID_C5, refs=[MID_C1, MID_C4, MID_C5], **amz(ME_P, d),
             desc="Case C resolved: name corrected (Japanese)",
             hard="'ご不明な点がございましたら…ご返信ください' is conditional")

# ===================================================================== 053  Credly SAP badge
d = D("2025-06-11 03:00:50")
credly(d, "AWS Certified Solutions Architect \u2013 Professional", "m53", "c9d41e07-2a6b-4f1c-8e35-77b0a4d6e912")

# ===================================================================== 054  survey C (Japanese HTML)
d = D("2025-06-12 03:00:07")
h = """<html><body style="font-family:'Meiryo UI',sans-serif;font-size:14px">
<p>森川 彩音 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました(ケース番号: %s)。</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。所要時間は 2 分程度です。</p>
<p><a href="https://survey.aws.training/s/cs?c=%s&amp;lang=ja">アンケートに回答する</a></p>
<p>本メールは送信専用のアドレスからお送りしています。ご返信いただいても対応いたしかねますので、ご了承ください。</p>
<p>AWS トレーニングと認定</p>
</body></html>
""" % (CASE_C, CASE_C)
add("survey", False, CASE_C, [], d, addr("AWS トレーニングと認定", "aws-training-feedback@amazon.com"), ME_P,
    "サポートに関するアンケートのお願い(ケース %s)" % CASE_C, leaf(h, "html", cte="base64"),
    mid=mid_ses("m54"), **amz(ME_P, d),
    desc="Survey for case C (Japanese)", hard="'ご協力をお願いいたします' is a request, but for a survey")

# ===================================================================== 055  owner asks to reopen C (English)
d = D("2025-06-12 20:25:41", JST)
t = """Hello Takahashi-san,

Thank you for the correction. The Credly badge now shows the right name, but the certificate PDF for Solutions Architect - Associate that I download from the account (%s) still says "Ayane Morikwa". The new Professional certificate is fine.

Could you please check this once more?

Best regards,
Ayane Morikawa
""" % CID_NEW
attr = "2025年6月11日(水) 11:45 AWS Training and Certification <%s>:" % TC
body = t + "\n" + attr + "\n\n" + quote(RES_C) + "\n"
MID_C7 = add("user_reply", False, CASE_C, [CID_NEW], d, addr(ME_NAME, ME_P), addr(TC_NAME, TC), SUBJ_C,
             alt(body, to_html(t, gmail_quote=(attr, RES_C)), seed="m55"),
             mid=mid_gmail("m55"), irt=MID_C6, refs=[MID_C1, MID_C5, MID_C6],
             desc="Owner reports the PDF still wrong (reopens C)", hard="owner's question 'Could you please check' is not support asking")

# ===================================================================== 056  case C reopened
d = D("2025-06-13 01:05:58")
t = """Hello Ayane,

This is Liam from AWS Training and Certification. I've reopened case %s.

The Associate certificate PDF was generated from a copy stored before the correction, which is why it still shows the old spelling. I've asked the records team to regenerate it. I'll write again once the new file is available - there's nothing you need to do in the meantime.

Thanks for letting us know,
Liam
AWS Training and Certification
""" % CASE_C
MID_C8 = add("case_update", False, CASE_C, [], d, addr(TC_NAME, TC), ME_P, SUBJ_C, leaf(t),
             mid=mid_ses("m56"), irt=MID_C7, refs=[MID_C1, MID_C6, MID_C7], **amz(ME_P, d),
             desc="Case C reopened and sent back to the records team", hard="reopened case; English after Japanese")

# ===================================================================== 057  case C resolved again (CRLF)
d = D("2025-06-16 02:30:24")
t = """Hi Ayane,

Quick update: the regenerated certificate for AWS Certified Solutions Architect - Associate is now in your account with the corrected name. I've resolved the case again.

All the best,
Liam
AWS Training and Certification
"""
add("resolved", False, CASE_C, [], d, addr(TC_NAME, TC), ME_P, SUBJ_C, leaf(t), crlf=True,
    mid=mid_ses("m57"), irt=MID_C8, refs=[MID_C1, MID_C7, MID_C8], **amz(ME_P, d),
    desc="Case C resolved a second time", hard="very short; starts with 'Quick update' (reads like a case_update)")

# ===================================================================== 058  AWS Educate ack (other program)
d = D("2025-06-16 08:44:02")
CASE_EDU = "175006342500210"
SUBJ_EDU = "RE:[CASE %s] [AWS Educate Form Submission] - educator-support" % CASE_EDU
t = """Hello,

Thank you for contacting AWS Educate. We have opened case %s for your request and will get back to you within 2 business days.

Case ID: %s
Request type: Educator support
Description: I am volunteering as a mentor for a university cloud workshop in July and would like to know how to set up AWS Educate access for about 40 students.

Please do not open another case for the same question. You can add details by replying to this email.

AWS Educate Support
""" % (CASE_EDU, CASE_EDU)
MID_EDU1 = add("unrelated", False, None, [], d, addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
               "[CASE %s] [AWS Educate Form Submission] - educator-support" % CASE_EDU, leaf(t),
               mid=mid_ses("m58"), **amz(ME_P, d),
               desc="AWS Educate form case acknowledgement (another program)",
               hard="same template family, sender aws-cs-*-form@amazon.com and [CASE] subject, but not Training and Certification")

# ===================================================================== 059  AWS Educate info request
d = D("2025-06-17 19:12:44")
t = """Hello Ayane,

Thanks for volunteering! To set up a classroom for the workshop we need a few details:

- the name of the university and the department hosting the workshop
- the name and email of the faculty member who will own the classroom
- the start and end dates of the workshop

Could you reply with this information? Once we have it, we'll send the classroom invitation.

Best,
Nadia
AWS Educate Support
"""
add("unrelated", False, None, [], d, addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P, SUBJ_EDU, leaf(t),
    mid=mid_ses("m59"), irt=MID_EDU1, refs=[MID_EDU1], **amz(ME_P, d),
    desc="AWS Educate support asks for details", hard="a real request from an AWS form case, but not a Training and Certification case -> no reply flag")

# ===================================================================== 060  certification: recertified
d = D("2025-06-18 06:30:10")
t = """Hi Ayane,

Good news: your AWS Certified Solutions Architect - Associate certification has been renewed because you earned AWS Certified Solutions Architect - Professional.

New expiration date: June 10, 2028

Your updated certificate and the renewed digital badge are available in your AWS Certification Account. No further steps are needed on your part.

AWS Training and Certification
"""
add("certification", False, None, [], d, addr("AWS Certification", CERTM), ME_P,
    "Your AWS Certification has been renewed", alt(t, to_html(t), seed="m60"),
    mid=mid_plain("m60", "certmetrics.com"), auth=auth_google("certmetrics.com", "bounce@certmetrics.com"),
    desc="Recertification notice", hard="'renewed', 'no further steps' look like a resolution")

# ===================================================================== 061  case E ack (multipart)
d = D("2025-06-20 11:09:31")
SUBJ_E = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E
ACK_E = """Hello,

We've received your request. Our team will review it and reply, usually within 24 hours.

Case ID: %s

Your request
Inquiry type: Certification
Additional details: Partner association
Candidate ID: %s
Message: I joined Minatomirai Cloud Works Co., Ltd. (an AWS Partner) on June 2. My certifications on this account do not show up under my new company in AWS Partner Central. How can I get them associated?

Submitting the same request again creates a separate case and slows things down, so please keep to this one. Reply to this email if you'd like to add anything.

AWS Training and Certification
""" % (CASE_E, CID_NEW)
MID_E1 = add("acknowledgement", False, CASE_E, [CID_NEW], d, addr(TC_NAME, TC), ME_P,
             "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E,
             alt(ACK_E, to_html(ACK_E), seed="m61"), mid=mid_ses("m61"), **amz(ME_P, d),
             desc="Case E opened: associate certifications with the new employer (APN partner)",
             hard="ack with the owner's question echoed ('How can I...?')")

# ===================================================================== 062  Credly lookalike phishing
d = D("2025-06-21 02:14:27")
h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Your badge is about to be revoked</h2>
<p>Hello,</p>
<p>Amazon Web Services Training and Certification reported a mismatch between your merged certification account and your Credly profile. Your badge <b>AWS Certified Solutions Architect &ndash; Professional</b> will be revoked in 48 hours unless you re-verify your identity.</p>
<p><a href="https://credly-badge-verify.net/login?next=aws" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Verify with Credly</a></p>
<p>The Credly Team</p>
</body></html>
"""
add("suspicious", False, None, [], d, addr("Credly", "notifications@credly-badge-verify.net"), ME_P,
    "Action required: your AWS badge will be revoked", leaf(h, "html"),
    mid=mid_plain("m62", "credly-badge-verify.net"),
    auth=("mx.google.com;\n       dkim=none (message not signed) header.d=credly-badge-verify.net;\n"
          "       spf=pass (google.com: domain of notifications@credly-badge-verify.net designates 103.151.44.82 as permitted sender) smtp.mailfrom=notifications@credly-badge-verify.net;\n"
          "       dmarc=none header.from=credly-badge-verify.net"),
    desc="Phishing from a Credly lookalike", hard="display name 'Credly', mentions the merge and the real new badge")

# ===================================================================== 063  case E info request ("Kindly")
d = D("2025-06-21 16:00:48")
INFO_E = """Hello Ayane,

Farah here from AWS Training and Certification - thanks for your patience.

Associating certifications with a partner organization is done on the partner's side in AWS Partner Central, and I can start that request for you. To find the right organization and user, I need two details.

Kindly confirm the legal name of the partner company as it appears in Partner Central, and the work email address of your Partner Central user. Is that user already active, or is it still waiting for approval?

Best regards,
Farah
AWS Training and Certification
"""
MID_E2 = add("info_request", True, CASE_E, [], d, addr(TC_NAME, TC), ME_P, SUBJ_E, leaf(INFO_E, cte="quoted-printable"),
             mid=mid_ses("m63"), irt=MID_E1, refs=[MID_E1], **amz(ME_P, d),
             desc="Case E: asks for partner company name and Partner Central user",
             hard="'Kindly confirm' (not a merge confirmation) plus a question")

# ===================================================================== 064  owner answers E
d = D("2025-06-22 09:30:05", JST)
t = """Hello Farah,

- Partner company: Minatomirai Cloud Works Co., Ltd.
- Partner Central user: ayane.morikawa@mmcloudworks.jp
- The user is active; I signed in to Partner Central for the first time on June 4.

Thanks,
Ayane
"""
attr = "On Sun, Jun 22, 2025 at 1:00 AM AWS Training and Certification <%s> wrote:" % TC
body = t + "\n" + attr + "\n" + quote(INFO_E) + "\n"
MID_E3 = add("user_reply", False, CASE_E, [], d, addr(ME_NAME, ME_P), addr(TC_NAME, TC), SUBJ_E,
             alt(body, to_html(t, gmail_quote=(attr, INFO_E)), seed="m64"),
             mid=mid_gmail("m64"), irt=MID_E2, refs=[MID_E1, MID_E2],
             desc="Owner gives partner details", hard="mentions a third (new work) address that is not the owner's sending address")

# ===================================================================== 065  case E on hold (pure)
d = D("2025-06-23 15:20:36")
HOLD_E = """Hello Ayane,

Thank you for the details.

I've sent an association request to Minatomirai Cloud Works Co., Ltd. through AWS Partner Central. Partner Central requires the partner's Alliance Lead to approve it, and we have no way to approve it on their behalf. Your case is on hold until they do; nothing further is needed from you for now.

Alliance Leads often approve within a few days. If it's taking long, a word with your company's AWS alliance contact may speed it up, but that is up to you. I'll update the case as soon as the approval comes through.

Best regards,
Farah
AWS Training and Certification
"""
MID_E4 = add("on_hold", False, CASE_E, [], d, addr(TC_NAME, TC), ME_P, SUBJ_E,
             alt(HOLD_E, to_html(HOLD_E), cte="quoted-printable", seed="m65"),
             mid=mid_ses("m65"), irt=MID_E3, refs=[MID_E1, MID_E2, MID_E3], **amz(ME_P, d),
             desc="Case E on hold: partner's Alliance Lead must approve",
             hard="optional suggestion ('may speed it up, but that is up to you') is not a request")

# ===================================================================== 066  case E hold lifted
d = D("2025-06-27 09:02:11")
t = """Hello Ayane,

The Alliance Lead at Minatomirai Cloud Works approved the association yesterday, so I've taken your case off hold.

I've started the sync between your certification account and Partner Central. While checking the records I noticed something I'd like to look at more closely before finishing; I'll write again within two business days.

Best regards,
Farah
AWS Training and Certification
"""
MID_E5 = add("case_update", False, CASE_E, [], d, addr(TC_NAME, TC), ME_P, SUBJ_E, leaf(t),
             mid=mid_ses("m66"), irt=MID_E4, refs=[MID_E1, MID_E3, MID_E4], **amz(ME_P, d),
             desc="Case E: hold lifted, still working", hard="hints at an open issue without asking anything")

# ===================================================================== 067  case E confirmation request (second merge)
d = D("2025-06-30 13:45:50")
CONF_E = """Hello Ayane,

Following up as promised. When you first signed in to Partner Central on June 4, a second certification account was created automatically with your personal address. It has no exams, certifications or benefits on it:

  Candidate ID: %(sso)s
  Login email: %(mp)s
  Created: 2025-06-04 (via AWS Partner Central sign-in)

Your certifications are on %(new)s, also under %(mp)s. Two accounts sharing one email address keep the partner association from pointing to the right record, and can also stop badges from showing in Credly.

Is %(sso)s yours, and may we merge it into %(new)s? After the merge, %(new)s will be the only account and it will be associated with Minatomirai Cloud Works. A short "yes" in reply is all we need.

Best regards,
Farah
AWS Training and Certification
""" % dict(sso=CID_SSO, new=CID_NEW, mp=ME_P)
MID_E6 = add("confirmation_request", True, CASE_E, [CID_SSO, CID_NEW], d, addr(TC_NAME, TC), ME_P, SUBJ_E,
             alt(CONF_E, to_html(CONF_E), seed="m67"),
             mid=mid_ses("m67"), irt=MID_E5, refs=[MID_E1, MID_E4, MID_E5], **amz(ME_P, d),
             desc="Case E: duplicate account found under the same email, asks to confirm merging it",
             hard="confirmation asked as a question ('Is ... yours, and may we merge...?') with no 'please confirm'")

# ===================================================================== 068  owner confirms E
d = D("2025-07-01 07:58:19", JST)
t = """Hi Farah,

Yes, %s is mine - it must have been created when I signed in through Partner Central. Please go ahead and merge it into %s.

Thanks,
Ayane
""" % (CID_SSO, CID_NEW)
attr = "On Mon, Jun 30, 2025 at 10:45 PM AWS Training and Certification <%s> wrote:" % TC
body = t + "\n" + attr + "\n" + quote(CONF_E) + "\n"
MID_E7 = add("user_reply", False, CASE_E, [CID_SSO, CID_NEW], d, addr(ME_NAME, ME_P), addr(TC_NAME, TC), SUBJ_E,
             alt(body, to_html(t, gmail_quote=(attr, CONF_E)), seed="m68"),
             mid=mid_gmail("m68"), irt=MID_E6, refs=[MID_E1, MID_E5, MID_E6],
             desc="Owner confirms the second merge", hard="'Please go ahead' in the owner's own text")

# ===================================================================== 069  case E resolved (Outlook-style quote)
d = D("2025-07-01 19:33:40")
t = """Hello Ayane,

Done: %s has been merged into %s, and %s is now associated with Minatomirai Cloud Works Co., Ltd. in AWS Partner Central. Your certifications should be visible on the partner side within about 24 hours.

No further action is required, and I've closed this case.

Best regards,
Farah
AWS Training and Certification

________________________________
From: Ayane Morikawa <%s>
Sent: Monday, June 30, 2025 10:58 PM
To: AWS Training and Certification
Subject: Re: %s

Hi Farah,

Yes, %s is mine - it must have been created when I signed in through Partner Central. Please go ahead and merge it into %s.

________________________________
From: AWS Training and Certification
Sent: Monday, June 30, 2025 1:45 PM
To: %s
Subject: %s

%s""" % (CID_SSO, CID_NEW, CID_NEW, ME_P, SUBJ_E, CID_SSO, CID_NEW, ME_P, SUBJ_E, CONF_E)
add("resolved", False, CASE_E, [CID_SSO, CID_NEW], d, addr(TC_NAME, TC), ME_P, SUBJ_E, leaf(t, cte="quoted-printable"),
    mid=mid_ses("m69"), irt=MID_E7, refs=[MID_E1, MID_E6, MID_E7], **amz(ME_P, d),
    desc="Case E resolved: duplicate merged, partner association done",
    hard="'closed this case' (not a closing notice); full quoted history holds a confirmation question")


# =====================================================================
# output
# =====================================================================
CASES_MD = """## Cases in the set

| case | channel | topic | outcome |
|---|---|---|---|
| %(A)s (15 digits) | T&C form, personal address | merge company account %(old)s into personal account %(new)s; old account belongs to an APN partner | hold with a question -> departure date -> candidate ID asked -> Account #1/#2 confirmation -> closing notice -> confirmation from the wrong address -> asked to write from the personal address -> merged -> survey, Credly badges |
| %(DUP)s (15 digits) | T&C form, company address | duplicate of %(A)s (owner re-submitted the form) | Japanese ack, then closed as duplicate and linked |
| %(B)s (11 digits) | AWS Support Center console | 50%% discount benefit lost in the merge | console ack -> questions to answer in the console -> owner answers by email (bounces) -> auto-resolve warning -> resolved (voucher restored) |
| %(C)s (10 digits) | T&C form, Japanese | name misspelt on certificate | Japanese ack (Shift_JIS) -> keigo request -> Japanese closing notice -> answer -> passed on -> resolved -> survey -> owner reports PDF still wrong -> reopened -> resolved again |
| %(E)s (15 digits) | T&C form | associate certifications with new employer (APN partner) | ack -> "Kindly confirm" info request -> pure partner hold -> hold lifted -> confirm merging an accidental SSO account %(sso)s -> merged and associated |

Not T&C cases: AWS Educate form case 175006342500210 (labelled `unrelated`, case null), Nimbus Backup case #00918273,
and fake case numbers in phishing (174655320081047, 174681155900273).
""" % dict(A=CASE_A, DUP=CASE_DUP, B=CASE_B, C=CASE_C, E=CASE_E, old=CID_OLD, new=CID_NEW, sso=CID_SSO)

DECISIONS_MD = """## Labelling decisions (judgement calls)

- **Question inside a hold** (009): kind `on_hold` (the case is paused for the partner), `needs_reply` true because the
  agent's only question (is employment ending, and when?) decides how the case proceeds. The pure partner hold in case E (065)
  is `on_hold` with `needs_reply` false; its suggestion to talk to the alliance contact is optional.
- **Write from the other address** (024) is `info_request`, not `confirmation_request`: the owner already confirmed; what is
  asked is to send it from the kept account's mailbox.
- **Second confirmation in case E** (067) is `confirmation_request`: it asks whether a listed account is hers and for the go-ahead to merge.
- **Duplicate case closed** (008) is `case_update` with case = the duplicate's own number %(DUP)s (the subject's token), not `closing_notice`/`resolved`.
- **Echoed form text** in acknowledgements (004, 006, 033, 041, 061) is the message's own content, not quoted history, so its
  candidate IDs are listed. The echo of the owner's own question in 033/061 does not make support ask anything.
- **Candidate IDs in quoted history** (022, 026 quote, 069 quote) are not listed. 069 lists IDs only from the agent's own lines
  above the first separator (%(sso)s, %(new)s). Everywhere, each ID is listed once, in order of first appearance.
- **Forwarded text** (030) counts as quoted history: the forwarded resolution's candidate ID is not listed.
- **Console case** (034, 038): `needs_reply` true even though the reply must go through the Support Center, not email.
- **Bounce** (036) of the owner's e-mail to no-reply-aws@amazon.com: `unrelated`, `needs_reply` false (the bounce itself is not
  support waiting), case = %(B)s because it is entirely about that case's thread. The 038 closing notice is what tells the owner to act.
- **Closing notices** (022, 038, 047) are `needs_reply` true: an answer keeps the case open.
- **Resolved mails with conditional invitations** ("reply here if something looks wrong", ご不明な点がございましたら) are `needs_reply` false.
- **Surveys** (029, 054) carry the case number; the CertMetrics exam questionnaire (001) is `certification` (program mail), case null.
- **Other programs**: AWS Educate form case (058, 059) is `unrelated`, case null, `needs_reply` false although it asks for details
  (the flag is only for Training and Certification cases). Other vendors' case mail (021) likewise.
- **Colleague mail carrying the case token** in the subject (031) is `unrelated`, case null.
- **Owner's mails** (`user_reply`) carry the case of the thread they belong to; the farewell mail (039) has case null. The forward to
  a colleague (030) belongs to case A.
- **Phishing** (013, 032, 050, 062): `suspicious`, case null even when a case-like number is shown, `needs_reply` false.
  032 uses the genuine T&C sender address; only dkim/spf/dmarc failures in Authentication-Results give it away.
- **Certification program mail** that mentions a candidate ID (018, 043, 051) lists it; case null.
""" % dict(DUP=CASE_DUP, B=CASE_B, sso=CID_SSO, new=CID_NEW)


def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    rows = []
    for i, m in enumerate(MSGS, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as fh:
            fh.write(m["data"])
        label = {"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"], "candidate_ids": m["cands"]}
        with open(os.path.join(HERE, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append("| %s | %s | %s | %s | %s |" % (n, m["kind"], "yes" if m["reply"] else "no",
                                                   m["desc"].replace("|", "/"), m["hard"].replace("|", "/")))
    cnt = Counter(m["kind"] for m in MSGS)
    readme = ["me: %s %s" % (ME_P, ME_C), "",
              "# Blind corpus blind-381: one mailbox, May-July 2025", "",
              "Mailbox owner: %s. Personal address %s (Gmail), company address %s (Microsoft 365, "
              "closed after her last day, May 30, 2025). Both addresses deliver into this mailbox; her sent mail is included." % (ME_NAME, ME_P, ME_C),
              "Generate with `python3 gen.py` (standard library only). Messages: %d; needs_reply true: %d." % (len(MSGS), sum(m["reply"] for m in MSGS)),
              "", "Per kind: " + ", ".join("%s %d" % (k, v) for k, v in sorted(cnt.items())), "",
              CASES_MD, DECISIONS_MD, "## Messages", "",
              "| # | kind | reply? | what it is | what makes it hard |", "|---|---|---|---|---|"] + rows
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(readme) + "\n")
    print("messages: %d" % len(MSGS))
    for k, v in sorted(cnt.items()):
        print("  %-22s %d" % (k, v))
    print("needs_reply true: %d" % sum(m["reply"] for m in MSGS))


if __name__ == "__main__":
    main()
