#!/usr/bin/env python3
"""Blind held-out corpus blind-102. Standard library only.
Writes NNN-mail.eml / NNN-mail.json (and README.md) next to this script."""
import base64, json, os, quopri
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "takumi.morishita.jp@gmail.com"
ME_C = "t-morishita@hoshizora-sys.co.jp"
ME_NAME = "Takumi Morishita"
TC = "aws-cs-trainingcertification-form@amazon.com"
CON = "no-reply-aws@amazon.com"

A = "174191425200318"   # main merge case (15 digits)
B = "174191561700955"   # duplicate form submission of A
C = "17204883951"       # console case (11 digits)
D = "6630418257"        # old 2021 case, reopened (10 digits)
E = "174286788000782"   # Japanese name correction
G = "30918274650"       # exam result missing (11 digits)
H = "174459222000264"   # Japanese ESL+30 accommodation
I = "174459241000517"   # duplicate of H
J = "174528180000640"   # second duplicate profile merge
K = "174580412300129"   # notification email change

SUBJ_TC = "RE:[CASE {}] [AWS Training and Certification Form Submission] - {}"

def h(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(name, email, cs="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), cs)

def P(ctype, text, cs="us-ascii", cte="7bit"):
    return ("part", ctype, text, cs, cte)

def ALT(*parts):
    return ("alt", parts)

def enc(text, cs, cte):
    raw = text.encode(cs)
    if cte in ("7bit", "8bit"):
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)

_bcount = [0]
def render(body):
    if body[0] == "part":
        _, ctype, text, cs, cte = body
        hdr = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, cs, cte)
        return hdr.encode(), enc(text, cs, cte)
    _bcount[0] += 1
    b = "==_b102_%04d_part" % _bcount[0]
    out = b""
    for p in body[1]:
        ph, pb = render(p)
        out += b"--" + b.encode() + b"\n" + ph + b"\n" + pb
    out += b"--" + b.encode() + b"--\n"
    return ('MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="%s"\n' % b).encode(), out

AR_G = ("mx.google.com;\n       dkim=pass header.i=@{d} header.s={s} header.b=Xk2pQ9aL;\n"
        "       spf=pass (google.com: domain of {mf} designates 54.240.8.{ip} as permitted sender) smtp.mailfrom={mf};\n"
        "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={d}")
AR_M = ("spf=pass (sender IP is 54.240.27.{ip}) smtp.mailfrom={mf}; dkim=pass (signature was verified)\n"
        " header.d={d};dmarc=pass action=none header.from={d};compauth=pass reason=100")

def auth(to, d="amazon.com", ip=11, mf=None, s="224i4yxa5dv7c2xz3womw6peuasteono"):
    mf = mf or ("bounces." + d)
    if to == ME_C:
        return AR_M.format(d=d, ip=ip, mf=mf)
    return AR_G.format(d=d, ip=ip, mf=mf, s=s)

MSGS = []
MID = {}

def msg(n, key, label, note, hdrs, body, crlf=False):
    kind, nr, case, cands = label
    MSGS.append(dict(n=n, key=key, kind=kind, nr=nr, case=case, cands=cands, note=note,
                     hdrs=hdrs, body=body, crlf=crlf))

def mid(key, dom="email.amazonses.com"):
    import hashlib
    v = "<%s@%s>" % (hashlib.sha1(key.encode()).hexdigest()[:32], dom)
    MID[key] = v
    return v

def quote(text, pfx="> "):
    return "\n".join((pfx + l).rstrip() for l in text.strip("\n").split("\n")) + "\n"

def tc_hdrs(key, date, to, subj, cc=None, irt=None, refs=None, name="AWS Training and Certification", ip=11, cs="utf-8"):
    hs = [("Authentication-Results", auth(to, ip=ip)),
          ("From", addr(name, TC, cs)),
          ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", h(subj, cs)), ("Date", date), ("Message-ID", mid(key))]
    if irt:
        hs.append(("In-Reply-To", MID[irt]))
    if refs:
        hs.append(("References", " ".join(MID[r] for r in refs)))
    return hs

def me_hdrs(key, date, frm, to, subj, irt=None, refs=None, cs="utf-8", dom="mail.gmail.com", cc=None):
    hs = [("From", addr(ME_NAME if frm == ME_P else "森下 拓海 / MORISHITA Takumi", frm, cs)),
          ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", h(subj, cs)), ("Date", date), ("Message-ID", mid(key, dom))]
    if irt:
        hs.append(("In-Reply-To", MID[irt]))
    if refs:
        hs.append(("References", " ".join(MID[r] for r in refs)))
    return hs

def con_hdrs(key, date, subj, irt=None):
    hs = [("Authentication-Results", auth(ME_P, ip=36)),
          ("From", "Amazon Web Services <%s>" % CON), ("To", ME_P),
          ("Subject", subj), ("Date", date), ("Message-ID", mid(key))]
    if irt:
        hs.append(("In-Reply-To", MID[irt]))
    return hs

CONSOLE_FOOT = """
We value your feedback. You can rate this reply from the case page in the
AWS Support Center (use the stars at the top right of each correspondence).

* This notification was sent from an address that cannot accept incoming
e-mails. Any update to this case must be made from your AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en
"""

# ---------------------------------------------------------------- 001
msg(1, "001", ("unrelated", False, None, []),
    "Builder ID verification code (6-digit 731904) - not a case number",
    [("Authentication-Results", auth(ME_P, d="signin.aws", ip=90)),
     ("From", "AWS Builder ID <no-reply@signin.aws>"), ("To", ME_P),
     ("Subject", "Verify your AWS Builder ID email address"),
     ("Date", "Fri, 14 Mar 2025 00:41:09 +0000"), ("Message-ID", mid("001"))],
    P("text/plain", """Hello,

Use this code to finish creating your AWS Builder ID:

    731904

The code expires 10 minutes after this message was sent. If you did not
try to create a Builder ID, you can ignore this email.

Amazon Web Services
"""))

# ---------------------------------------------------------------- 002
msg(2, "002", ("unrelated", False, None, []),
    "Japanese Builder ID one-time code from login.awsapps.com, base64 UTF-8",
    [("Authentication-Results", auth(ME_P, d="login.awsapps.com", ip=91)),
     ("From", "AWS <no-reply@login.awsapps.com>"), ("To", ME_P),
     ("Subject", h("AWS Builder ID サインインの確認コード")),
     ("Date", "Fri, 14 Mar 2025 00:52:30 +0000"), ("Message-ID", mid("002")),
     ("MIME-Version", "1.0")],
    P("text/plain", """こんにちは

新しいデバイスから AWS Builder ID へのサインインが試行されました。
サインインを完了するには、次の確認コードを入力してください。

確認コード: 408115

このコードの有効期限は 10 分です。
心当たりがない場合は、このメールを破棄してください。

Amazon Web Services
""", "utf-8", "base64"))

# ---------------------------------------------------------------- 003
ack_a = """Hello,

Thanks for getting in touch with Amazon Web Services. Your request has been
logged as case %s, and someone from the Training and Certification team will
reply once it has been reviewed - in most cases within one business day.

To avoid delays, please don't send a new request for the same issue while
this one is open.

Summary of what you sent us:

Case ID: %s
Subject: account-assistance
Severity: General
Correspondence: I am leaving Hoshizora Systems at the end of March and
would like my company certification account merged into my personal one.
Addresses I have used: %s, %s.
Address to keep: %s.

If there is anything you'd like to add, you can reply to this message.

Sincerely,
Amazon Web Services
""" % (A, A, ME_C, ME_P, ME_P)
msg(3, "003", ("acknowledgement", False, A, []),
    "Standard-ish ack of main case (15-digit), QP multipart/alternative; conditional 'reply if anything to add'",
    tc_hdrs("003", "Fri, 14 Mar 2025 01:04:31 +0000", ME_P, SUBJ_TC.format(A, "account-assistance")),
    ALT(P("text/plain", ack_a, "utf-8", "quoted-printable"),
        P("text/html", "<html><body><pre style=\"font-family:Arial\">" + ack_a + "</pre></body></html>", "utf-8", "quoted-printable")))

# ---------------------------------------------------------------- 004
msg(4, "004", ("acknowledgement", False, B, []),
    "Ack of duplicate submission in an unfamiliar casual HTML-only template (no 'opened case' phrase), sent to company address, 'RE: [CASE' with space",
    tc_hdrs("004", "Fri, 14 Mar 2025 01:27:15 +0000", ME_C, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B),
    P("text/html", """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2 style="color:#232f3e">We've got your message</h2>
<p>Hi Takumi,</p>
<p>Your note reached the AWS Training &amp; Certification team and is now in our queue.</p>
<table cellpadding="6" style="border:1px solid #ccc">
<tr><td><b>Reference</b></td><td>%s</td></tr>
<tr><td><b>Topic</b></td><td>Certification &gt; Account Merge</td></tr>
<tr><td><b>Status</b></td><td>Open</td></tr>
</table>
<p>One of us will be in touch within a business day. There's nothing else you need to send right now.</p>
<p style="color:#888;font-size:11px">Amazon Web Services, Inc. 410 Terry Ave N, Seattle, WA 98109</p>
</body></html>""" % B, "utf-8", "quoted-printable"))

# ---------------------------------------------------------------- 005
msg(5, "005", ("unrelated", False, None, []),
    "GitHub notification 'Merged #214 into main' - 'merged' trap",
    [("Authentication-Results", auth(ME_P, d="github.com", ip=5, mf="noreply.github.com")),
     ("From", "Kenji Ota <notifications@github.com>"), ("To", "hoshizora/infra-modules <infra-modules@noreply.github.com>"),
     ("Cc", "Takumi Morishita <%s>, Author <author@noreply.github.com>" % ME_P),
     ("Subject", "Re: [hoshizora/infra-modules] Bump AWS provider to 5.90 (PR #214)"),
     ("Date", "Fri, 14 Mar 2025 02:02:44 +0000"), ("Message-ID", mid("005", "github.com")),
     ("In-Reply-To", "<hoshizora/infra-modules/pull/214@github.com>")],
    P("text/plain", """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/pull/214#event-16723401
You are receiving this because you authored the thread.
"""))

# ---------------------------------------------------------------- 006
msg(6, "006", ("case_update", False, B, []),
    "Duplicate case B closed in favour of A; mentions both numbers; says merge request unaffected (not resolved, not closing_notice)",
    tc_hdrs("006", "Fri, 14 Mar 2025 05:50:02 +0000", ME_C, SUBJ_TC.format(B, "account-assistance"), irt="004", refs=["004"]),
    P("text/plain", """Hello Takumi,

This request matches the one you sent a few minutes earlier from your
personal address, which we're handling as case %s. So that everything
stays in one place, I have closed this case (%s) as a duplicate.

Your merge request itself is unaffected - we'll carry on under %s
and all further updates will come from that case.

Best regards,
Daniel O.
AWS Training and Certification
""" % (A, B, A)))

# ---------------------------------------------------------------- 007
hold_a = """Hi Takumi,

Thank you for your patience while I looked into this.

While reviewing the two profiles I found that the certification account
registered to %s is linked to an AWS Partner Network
organization (Hoshizora Systems). Profiles tied to an APN partner are
partly managed by that partner, so we can't merge one away while its
holder still works there. I've placed your request on hold for now.

Are you leaving Hoshizora Systems, and if so, what is your last day? Once
I know that, I can release the hold and prepare the merge.

Kind regards,
Priya S.
AWS Training and Certification
""" % ME_C
msg(7, "007", ("on_hold", True, A, []),
    "APN partner hold that ends in a bare question (no 'please'); QP multipart",
    tc_hdrs("007", "Fri, 14 Mar 2025 07:20:40 +0000", ME_P, SUBJ_TC.format(A, "account-assistance"), irt="003", refs=["003"]),
    ALT(P("text/plain", hold_a, "utf-8", "quoted-printable"),
        P("text/html", "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in hold_a.split("\n\n")) + "</body></html>", "utf-8", "quoted-printable")))

# ---------------------------------------------------------------- 008
msg(8, "008", ("user_reply", False, A, []),
    "Owner answers the hold from personal address, Gmail quoting of the hold question",
    me_hdrs("008", "Fri, 14 Mar 2025 18:03:11 +0900", ME_P, TC, "Re: " + SUBJ_TC.format(A, "account-assistance"), irt="007", refs=["003", "007"]),
    P("text/plain", """Hi Priya,

Yes - my last day at Hoshizora Systems is March 31, 2025, and my company
mailbox will be shut down the same day. I'd like everything consolidated
on my personal account.

Thanks,
Takumi

On Fri, Mar 14, 2025 at 4:20 PM AWS Training and Certification <%s> wrote:
""" % TC + quote(hold_a), "utf-8", "8bit"))

# ---------------------------------------------------------------- 009
msg(9, "009", ("unrelated", False, None, []),
    "Japanese AWS marketing (Summit) from aws-marketing-email-replies@amazon.com, genuine AWS but not a case; has 'ご登録ください'",
    [("Authentication-Results", auth(ME_P, ip=77, mf="bounce.marketing.aws")),
     ("From", addr("AWS ジャパン", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
     ("Subject", h("【AWS Summit Japan 2025】事前登録受付中 - 早めのご登録をおすすめします")),
     ("Date", "Fri, 14 Mar 2025 23:00:00 +0000"), ("Message-ID", mid("009", "marketing.aws"))],
    ALT(P("text/plain", """森下 様

今年も AWS Summit Japan を開催いたします。基調講演、200 以上のセッション、
認定者ラウンジなど、見どころ満載の 2 日間です。

AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。
参加は無料です。以下のページよりご登録ください。

https://aws.amazon.com/jp/summits/japan/

配信停止をご希望の場合は、こちらから手続きしてください。
アマゾン ウェブ サービス ジャパン合同会社
""", "utf-8", "quoted-printable"),
        P("text/html", "<html><body><h1>AWS Summit Japan 2025</h1><p>参加は無料です。<a href='https://aws.amazon.com/jp/summits/japan/'>今すぐ登録</a></p></body></html>", "utf-8", "quoted-printable")))

# ---------------------------------------------------------------- 010
msg(10, "010", ("case_update", False, A, []),
    "Progress only: hold lifted, agent 'will send details for a final check' (future ask, nothing asked now)",
    tc_hdrs("010", "Sat, 15 Mar 2025 00:30:19 +0000", ME_P, SUBJ_TC.format(A, "account-assistance"), irt="008", refs=["003", "007", "008"]),
    P("text/plain", """Hi Takumi,

Thanks for confirming your leaving date. I've let our partner team know
that your APN-linked profile is being released on 31 March, and the hold
on your request has been removed.

I'm now gathering the details of both accounts and will send them to you
for a final check before anything is merged.

Dan
AWS Training and Certification
"""))

# ---------------------------------------------------------------- 011
msg(11, "011", ("certification", False, None, ["AWS02718463"]),
    "CertMetrics program-feedback invitation to company address carrying a candidate ID; looks like a survey but is certification",
    [("Authentication-Results", auth(ME_C, d="certmetrics.com", ip=140)),
     ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME_C),
     ("Subject", "Share your thoughts on the AWS Certification program"),
     ("Date", "Sun, 16 Mar 2025 02:14:00 +0000"), ("Message-ID", mid("011", "certmetrics.com"))],
    P("text/plain", """Dear Takumi Morishita,
Candidate ID: AWS02718463

As an AWS Certified individual, your opinion shapes how we build future
exams and benefits. This year's program survey takes about ten minutes.

Start the survey: https://www.certmetrics.com/amazon/survey/2025

Responses are anonymous and participation is optional.

AWS Training and Certification
"""))

# ---------------------------------------------------------------- 012
conf_text = """Hello Takumi,

The hold on your request has been lifted, and I've found two certification
profiles that match the addresses you gave us. Please bear in mind that a
merge can't be undone: the retired profile cannot be restored afterwards,
and exam history, certifications, badges and benefits will all live on the
profile that remains.

Account #1
  Candidate ID: AWS03991572
  Login email: %s
  Training notification email: %s
  Certification notification email: %s

Account #2
  Candidate ID: AWS02718463
  Login email: %s
  Training notification email: %s
  Certification notification email: %s

Going by your form, Account #1 would be kept and Account #2 folded into it.
Is that correct, or should it go the other way round?

Best,
Hana K.
AWS Training and Certification
""" % (ME_P, ME_P, ME_P, ME_C, ME_C, ME_C)
rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [
    ("Candidate ID", "AWS03991572", "AWS02718463"),
    ("Login email", ME_P, ME_C),
    ("Training notification email", ME_P, ME_C),
    ("Certification notification email", ME_P, ME_C)])
msg(12, "012", ("confirmation_request", True, A, ["AWS03991572", "AWS02718463"]),
    "HTML-only confirmation with Account #1/#2 table; the ask is a final either/or question after a long warning; CC company",
    tc_hdrs("012", "Mon, 17 Mar 2025 01:11:05 +0000", ME_P, SUBJ_TC.format(A, "account-assistance"), cc=ME_C, irt="010", refs=["003", "007", "008", "010"]),
    P("text/html", """<html><body style="font-family:Arial">
<p>Hello Takumi,</p>
<p>The hold on your request has been lifted, and I've found two certification profiles that match the
addresses you gave us. Please bear in mind that a merge can't be undone: the retired profile cannot be
restored afterwards, and exam history, certifications, badges and benefits will all live on the profile
that remains.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
%s
</table>
<p>Going by your form, Account #1 would be kept and Account #2 folded into it. Is that correct, or
should it go the other way round?</p>
<p>Best,<br>Hana K.<br>AWS Training and Certification</p>
</body></html>""" % rows, "utf-8", "quoted-printable"))

# ---------------------------------------------------------------- 013
msg(13, "013", ("user_reply", False, A, []),
    "Owner confirms from the COMPANY address (wrong address), Outlook with Japanese reply header block quoting the Account table",
    me_hdrs("013", "Mon, 17 Mar 2025 12:40:22 +0900", ME_C, TC, "RE: " + SUBJ_TC.format(A, "account-assistance"), irt="012", refs=["003", "010", "012"], dom="TYCPR01MB8821.jpnprd01.prod.outlook.com", cc=ME_P),
    P("text/plain", """Confirmed. Please merge into Account #1.

Takumi Morishita
Hoshizora Systems Co., Ltd.

差出人: AWS Training and Certification <%s>
送信日時: 2025年3月17日 10:11
宛先: %s
CC: %s
件名: %s

""" % (TC, ME_P, ME_C, SUBJ_TC.format(A, "account-assistance")) + conf_text, "utf-8", "base64"), crlf=True)

# ---------------------------------------------------------------- 014
wrong_addr = """Hi Takumi,

Thanks for the quick reply. Your confirmation came from
%s, which is the login for Account #2 - the profile that
will be retired. For security reasons a merge instruction has to come
from the address of the account that is being kept.

We need the same confirmation sent from %s before we can
go ahead. A short reply on this thread from that address is enough.

Hana
AWS Training and Certification
""" % (ME_C, ME_P)
msg(14, "014", ("info_request", True, A, []),
    "Wrong-address reply: 'We need the same confirmation sent from <personal>' - no 'please', ask in 2nd paragraph",
    tc_hdrs("014", "Mon, 17 Mar 2025 06:05:48 +0000", ME_C, SUBJ_TC.format(A, "account-assistance"), cc=ME_P, irt="013", refs=["003", "012", "013"]),
    P("text/plain", wrong_addr, "us-ascii", "7bit"))

# ---------------------------------------------------------------- 015
msg(15, "015", ("unrelated", False, None, []),
    "Pearson VUE appointment confirmation (9-digit registration 527164093, exam-vendor mail)",
    [("Authentication-Results", auth(ME_P, d="pearson.com", ip=200)),
     ("From", "Pearson VUE <pearsonvuecustomerservice@pearson.com>"), ("To", ME_P),
     ("Subject", "Confirmation of your AWS Certification exam appointment"),
     ("Date", "Mon, 17 Mar 2025 08:12:00 +0000"), ("Message-ID", mid("015", "pearson.com"))],
    P("text/plain", """Dear Takumi Morishita,

Thank you for scheduling your exam with Pearson VUE.

Exam: MLA-C01 AWS Certified Machine Learning Engineer - Associate
Date: Saturday, April 26, 2025  10:00 JST
Test centre: Pearson Professional Centers-Tokyo Shinjuku
Registration ID: 527164093

Please arrive 15 minutes early and bring two forms of ID. To reschedule,
sign in to your AWS Certification account at least 24 hours before the
appointment.

Pearson VUE
"""))

# ---------------------------------------------------------------- 016
msg(16, "016", ("unrelated", False, None, []),
    "AWS billing invoice with 12-digit account ID",
    [("Authentication-Results", auth(ME_P, ip=50)),
     ("From", "Amazon Web Services <aws-billing@amazon.com>"), ("To", ME_P),
     ("Subject", "Amazon Web Services Billing Statement Available [Account: 482913377105]"),
     ("Date", "Tue, 18 Mar 2025 00:02:10 +0000"), ("Message-ID", mid("016"))],
    P("text/plain", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account
ending in 7105 (482913377105), is available on the AWS web site.

Total: USD 3.41

You can view it in the Billing and Cost Management console.
No action is required if you pay by card.

Amazon Web Services
"""))

# ---------------------------------------------------------------- 017
msg(17, "017", ("suspicious", False, None, []),
    "Phishing from lookalike aws-certsupport.com (DKIM passes for its own domain), urgent 'confirm merge'",
    [("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@aws-certsupport.com header.s=k1;\n       spf=pass smtp.mailfrom=aws-certsupport.com;\n       dmarc=pass (p=NONE) header.from=aws-certsupport.com"),
     ("From", "AWS Certification Support <support@aws-certsupport.com>"), ("To", ME_P),
     ("Subject", "Action required: confirm your certification account merge (Case #8827361)"),
     ("Date", "Wed, 19 Mar 2025 01:00:00 +0000"), ("Message-ID", "<8827361.1742346000@aws-certsupport.com>")],
    ALT(P("text/plain", """Dear Certified Professional,

Your request to merge certification accounts is pending verification.
To avoid losing your certifications and exam vouchers, confirm your
credentials within 24 hours:

http://aws-certsupport.com/verify?case=8827361

AWS Certification Support Team
"""), P("text/html", "<p>Dear Certified Professional,</p><p>Your merge is pending. <a href='http://aws-certsupport.com/verify?case=8827361'>Confirm now</a> within 24 hours.</p>")))

# ---------------------------------------------------------------- 018
msg(18, "018", ("closing_notice", True, A, []),
    "Closing notice top-posted over Outlook-style quoted info request; 'unless we hear from you by ... closed'; reply keeps open/reopens",
    tc_hdrs("018", "Thu, 20 Mar 2025 02:20:33 +0000", ME_P, SUBJ_TC.format(A, "account-assistance"), cc=ME_C, irt="014", refs=["003", "012", "013", "014"]),
    P("text/plain", """Hello,

I'm following up on the message below. We still don't have the merge
confirmation from %s. Unless we hear from you by Monday,
March 24, this case will be closed automatically. Replying to this email
keeps it open - and if it has already been closed by the time you write,
your reply will reopen it.

Regards,
Tomas
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Monday, March 17, 2025 6:05 AM
To: %s
Cc: %s
Subject: %s

""" % (ME_P, TC, ME_C, ME_P, SUBJ_TC.format(A, "account-assistance")) + wrong_addr, "us-ascii", "7bit"), crlf=True)

# ---------------------------------------------------------------- 019
msg(19, "019", ("user_reply", False, A, ["AWS03991572"]),
    "Reply from personal address with a NEW subject (no case number) - threaded only by In-Reply-To/References; quoted history holds other IDs",
    me_hdrs("019", "Thu, 20 Mar 2025 21:48:05 +0900", ME_P, TC, "Merge confirmation (sent from my personal address)", irt="018", refs=["003", "012", "014", "018"]),
    P("text/plain", """Hello Tomas,

Sorry for the delay. Writing from my personal address as asked: I confirm
the merge. Please keep Account #1 (AWS03991572) and merge Account #2 into it.

Takumi

On Thu, Mar 20, 2025 at 11:20 AM AWS Training and Certification <%s> wrote:
> Hello,
>
> I'm following up on the message below. We still don't have the merge
> confirmation from %s. Unless we hear from you by Monday,
> March 24, this case will be closed automatically.
>
> > Account #2
> >   Candidate ID: AWS02718463
> >   Login email: %s
""" % (TC, ME_P, ME_C), "utf-8", "quoted-printable"))

# ---------------------------------------------------------------- 020
msg(20, "020", ("case_update", False, A, []),
    "Progress only: confirmation on file, merge handed to ops, 'within 48 hours', 'nothing else needed' - NOT resolved yet",
    tc_hdrs("020", "Fri, 21 Mar 2025 00:15:51 +0000", ME_P, SUBJ_TC.format(A, "account-assistance"), irt="019", refs=["003", "018", "019"]),
    P("text/plain", """Got it, thank you - your confirmation from the personal address is now on
file. I've handed the merge to our certification operations team. They
normally process these within 48 hours, and I'll write again as soon as it
has gone through.

Nothing else is needed from you in the meantime.

Tomas
AWS Training and Certification
"""))

# ---------------------------------------------------------------- 021
msg(21, "021", ("suspicious", False, None, []),
    "Genuine-looking From aws-cs-trainingcertification-form@amazon.com with real case subject, but dkim=fail/dmarc=fail; 'merged' + credential link",
    [("Authentication-Results", "mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=QzA81x0c;\n       spf=softfail (google.com: domain of transitioning bounce@mailer.cert-notify.net does not designate 185.193.88.14 as permitted sender) smtp.mailfrom=bounce@mailer.cert-notify.net;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
     ("From", "AWS Training and Certification <%s>" % TC), ("To", ME_P),
     ("Subject", SUBJ_TC.format(A, "account-assistance")),
     ("Date", "Fri, 21 Mar 2025 07:40:12 +0000"), ("Message-ID", "<20250321074012.5521@mailer.cert-notify.net>")],
    P("text/plain", """Hello,

Your accounts have been merged. To complete the transfer of your exam
vouchers, sign in with your previous company password within 48 hours:

https://aws-training-merge.support-portal.info/login

Profiles that are not verified are removed automatically.

AWS Training and Certification
"""))

# ---------------------------------------------------------------- 022
res_a = """Hi Takumi,

All done! Account #2 has been merged into Account #1. When you sign in
with %s you should now see your four certifications, the
full exam history and the 50%% exam voucher under Benefits. There's nothing
else you need to do on your side.

Your Credly badges are being re-linked too, so expect a note from Credly
shortly.

Cheers,
Aisha
AWS Training and Certification
""" % ME_P
msg(22, "022", ("resolved", False, A, []),
    "Casual completion ('All done!', 'you should now see') with rating footer and the old confirmation question quoted Outlook-style beneath",
    tc_hdrs("022", "Sat, 22 Mar 2025 01:02:44 +0000", ME_P, SUBJ_TC.format(A, "account-assistance"), irt="020", refs=["003", "012", "019", "020"]),
    ALT(P("text/plain", res_a + """
How did we do? Rate this reply: Great | OK | Poor
https://aws.amazon.com/contact-us/feedback?case=%s

________________________________
From: AWS Training and Certification <%s>
Sent: Monday, March 17, 2025 1:11 AM
To: %s
Subject: %s

""" % (A, TC, ME_P, SUBJ_TC.format(A, "account-assistance")) + conf_text, "utf-8", "quoted-printable"),
        P("text/html", "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in res_a.split("\n\n")) +
          "<p>How did we do? <a href='#'>Great</a> | <a href='#'>OK</a> | <a href='#'>Poor</a></p><hr><div style='color:#555'>From: AWS Training and Certification<br>Sent: Monday, March 17, 2025<br><br>" +
          conf_text.replace("\n", "<br>") + "</div></body></html>", "utf-8", "quoted-printable")))

# ---------------------------------------------------------------- 023
msg(23, "023", ("badge", False, None, []),
    "Credly badge issued (UUID in link, 'accept your badge' is not a reply to support)",
    [("Authentication-Results", auth(ME_P, d="credly.com", ip=60)),
     ("From", "Credly <admin@credly.com>"), ("To", ME_P),
     ("Subject", "Amazon Web Services Training and Certification sent you a badge"),
     ("Date", "Sat, 22 Mar 2025 01:09:30 +0000"), ("Message-ID", mid("023", "credly.com"))],
    ALT(P("text/plain", """Congratulations, Takumi!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge to add it to your profile and share it:
https://www.credly.com/badges/3f2c9a1e-7b4d-4e1a-9c55-0d8e2b61f7a3/accept

Credly, Inc.
"""), P("text/html", "<p>Congratulations, Takumi!</p><p>You've been issued <b>AWS Certified Solutions Architect - Associate</b>.</p><p><a href='https://www.credly.com/badges/3f2c9a1e-7b4d-4e1a-9c55-0d8e2b61f7a3/accept'>Accept badge</a></p>")))

# ---------------------------------------------------------------- 024
msg(24, "024", ("survey", False, A, []),
    "Support satisfaction survey naming case A",
    tc_hdrs("024", "Sat, 22 Mar 2025 09:00:00 +0000", ME_P, "How did we do? [CASE %s]" % A),
    P("text/html", """<html><body><p>Hello,</p>
<p>Your recent case %s with AWS Training and Certification has been resolved.
We'd love to know how it went - it takes about a minute.</p>
<p>How satisfied were you with the support you received?</p>
<table><tr><td><a href="https://survey.aws/tc?c=%s&r=1">1</a></td><td><a href="https://survey.aws/tc?c=%s&r=2">2</a></td><td><a href="https://survey.aws/tc?c=%s&r=3">3</a></td><td><a href="https://survey.aws/tc?c=%s&r=4">4</a></td><td><a href="https://survey.aws/tc?c=%s&r=5">5</a></td></tr></table>
<p>Thank you,<br>AWS Training and Certification</p></body></html>""" % ((A,) * 6), "utf-8", "quoted-printable"))

# ---------------------------------------------------------------- 025
old_d = """Hello,

Your AWS Certified Developer - Associate badge has been issued again to
your account. Please allow up to 24 hours for it to appear in Credly.

Regards,
AWS Training and Certification
"""
MID["d-old"] = "<a1b2c3d4e5f60718293a4b5c6d7e8f90@email.amazonses.com>"
msg(25, "025", ("user_reply", False, D, []),
    "Owner writes on an OLD 2021 case (10-digit) asking for help; mentions case A number in text; quotes 2021 mail",
    me_hdrs("025", "Sun, 23 Mar 2025 20:10:40 +0900", ME_P, TC, SUBJ_TC.format(D, "digital-badges"), irt="d-old", refs=["d-old"]),
    P("text/plain", """Hello,

I'm writing on this older case because it is the same kind of problem.
After my accounts were merged last week (case %s), the AWS
Certified Developer - Associate badge no longer shows in my Credly wallet.
The other badges are there. Could someone check?

Takumi Morishita

On Tue, Sep 14, 2021 at 6:02 AM AWS Training and Certification <%s> wrote:
""" % (A, TC) + quote(old_d), "utf-8", "8bit"))

# ---------------------------------------------------------------- 026
msg(26, "026", ("case_update", False, D, []),
    "System mail: previously resolved case REOPENED after the owner's message - looks like an ack but is not a new case",
    tc_hdrs("026", "Sun, 23 Mar 2025 11:11:02 +0000", ME_P, SUBJ_TC.format(D, "digital-badges"), irt="025", refs=["d-old", "025"], name="Amazon Web Services"),
    P("text/plain", """Hello,

We received your message on case %s, which had previously been
resolved. The case has been reopened and returned to our queue, and a
member of the team will respond as soon as possible.

This is the same case as before - no new case has been opened, and there
is no need to submit the form again.

Amazon Web Services
""" % D))

# ---------------------------------------------------------------- 027
msg(27, "027", ("unrelated", False, None, []),
    "Other vendor's helpdesk 'request solved' with 'reply to reopen'",
    [("Authentication-Results", auth(ME_P, d="kintarocloud.zendesk.com", ip=33)),
     ("From", "Kintaro Cloud Support <support@kintarocloud.zendesk.com>"), ("To", ME_P),
     ("Subject", "[Kintaro Cloud] Request #48213: Change of invoice address has been solved"),
     ("Date", "Mon, 24 Mar 2025 02:30:00 +0000"), ("Message-ID", mid("027", "kintarocloud.zendesk.com"))],
    P("text/plain", """##- Please type your reply above this line -##

Your request (48213) has been solved. We have updated the invoice address
on your workspace.

If you feel the problem isn't fully fixed, simply reply to this email and
the request will be reopened.

Kintaro Cloud Support
"""))

# ---------------------------------------------------------------- 028
msg(28, "028", ("case_update", False, D, []),
    "Progress: cause found, re-issue requested, 'I'll update this case' - not done yet",
    tc_hdrs("028", "Mon, 24 Mar 2025 04:30:15 +0000", ME_P, SUBJ_TC.format(D, "digital-badges"), irt="026", refs=["d-old", "025", "026"]),
    P("text/plain", """Hi Takumi,

I've had a look. The Developer - Associate badge was still tied to the
profile that was retired during your merge, which is why Credly isn't
showing it. I've asked our badging team to revoke it there and issue it
again to your active profile.

This usually takes a day or two; I'll update this case once it's through.

Dan
AWS Training and Certification
"""))

# ---------------------------------------------------------------- 029
msg(29, "029", ("resolved", False, D, []),
    "Short 'badge re-issued' completion, CRLF; mentions accepting in Credly (not a reply to support)",
    tc_hdrs("029", "Tue, 25 Mar 2025 00:45:00 +0000", ME_P, SUBJ_TC.format(D, "digital-badges"), irt="028", refs=["d-old", "025", "028"]),
    P("text/plain", """Quick update: the AWS Certified Developer - Associate badge has been
re-issued to your active profile. Credly will send an acceptance email to
%s shortly; once you accept it, it will sit in your wallet
next to the others. I'm marking this case resolved.

Dan
""" % ME_P), crlf=True)

# ---------------------------------------------------------------- 030
msg(30, "030", ("badge", False, None, []),
    "Credly acceptance mail for the re-issued badge",
    [("Authentication-Results", auth(ME_P, d="credly.com", ip=61)),
     ("From", "Credly <admin@credly.com>"), ("To", ME_P),
     ("Subject", "Accept your AWS Certified Developer - Associate badge"),
     ("Date", "Tue, 25 Mar 2025 00:50:12 +0000"), ("Message-ID", mid("030", "credly.com"))],
    P("text/plain", """Hi Takumi,

Amazon Web Services Training and Certification has issued you the
AWS Certified Developer - Associate badge.

Accept it here: https://www.credly.com/badges/9e04b7c2-51aa-4c3f-8d2e-6b1f0a7c93d5/accept

Badges you have not accepted stay private.

The Credly Team
"""))

# ---------------------------------------------------------------- 031
msg(31, "031", ("acknowledgement", False, E, []),
    "Japanese ack (ISO-2022-JP) in an unfamiliar '受付番号' template; 〜がございましたら conditional reply",
    tc_hdrs("031", "Tue, 25 Mar 2025 01:58:20 +0000", ME_P, SUBJ_TC.format(E, "certificate-name"), name="AWS トレーニングと認定", cs="iso-2022-jp"),
    P("text/plain", """森下 拓海 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
以下の内容でお問い合わせを承りました。

  受付番号（Case ID）：%s
  カテゴリ：認定 ／ 氏名の変更
  受付日時：2025年3月25日 10:58（日本時間）

内容を確認のうえ、担当者よりあらためてご連絡いたします。
通常、1営業日以内にご返信しております。
同じ内容で重ねてお問い合わせをいただきますと、回答までにお時間を
要する場合がございますので、あらかじめご了承ください。

補足事項がございましたら、このメールにそのままご返信ください。

Amazon Web Services
""" % E, "iso-2022-jp", "7bit"))

# ---------------------------------------------------------------- 032
info_e = """森下 拓海 様

お問い合わせいただきありがとうございます。
AWS トレーニングと認定サポートの佐藤でございます。

認定証に記載されるお名前の変更につきましては、ご本人確認のうえで
手続きを進めております。現在の認定アカウントでは、お名前が
「Takumi Morishta」と登録されていることを確認いたしました。

つきましては、パスポート等の公的な身分証明書に記載されているとおりの
ローマ字表記のお名前を、本メールへのご返信にてご教示いただけますでしょうか。
あわせて、対象となる認定アカウントの AWS 候補 ID（AWS から始まる11桁）も
お知らせいただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
msg(32, "032", ("info_request", True, E, []),
    "Japanese keigo info request (Shift_JIS): ご教示いただけますでしょうか after explanation; asks for candidate ID without containing one",
    tc_hdrs("032", "Tue, 25 Mar 2025 07:30:00 +0000", ME_P, SUBJ_TC.format(E, "certificate-name"), irt="031", refs=["031"], name="AWS トレーニングと認定", cs="shift_jis"),
    P("text/plain", info_e, "shift_jis", "8bit"))

# ---------------------------------------------------------------- 033
msg(33, "033", ("user_reply", False, E, ["AWS03991572"]),
    "Japanese owner reply with Gmail JP quote header; gives candidate ID",
    me_hdrs("033", "Tue, 25 Mar 2025 19:05:47 +0900", ME_P, TC, "Re: " + SUBJ_TC.format(E, "certificate-name"), irt="032", refs=["031", "032"]),
    P("text/plain", """佐藤様

ご連絡ありがとうございます。
パスポート記載のローマ字表記は「TAKUMI MORISHITA」です（現在の登録は i が抜けています）。
認定アカウントの AWS 候補 ID は AWS03991572 です。

よろしくお願いいたします。
森下 拓海

2025年3月25日(火) 16:30 AWS トレーニングと認定 <%s>:
""" % TC + quote(info_e), "utf-8", "8bit"))

# ---------------------------------------------------------------- 034
msg(34, "034", ("unrelated", False, None, []),
    "Japanese community event newsletter (connpass)",
    [("Authentication-Results", auth(ME_P, d="connpass.com", ip=12)),
     ("From", addr("connpass", "no-reply@connpass.com")), ("To", ME_P),
     ("Subject", h("【connpass】あなたにおすすめの新着イベント（3件）")),
     ("Date", "Wed, 26 Mar 2025 00:10:00 +0000"), ("Message-ID", mid("034", "connpass.com"))],
    P("text/plain", """森下さん

あなたにおすすめの新着イベントをお知らせします。

■ JAWS-UG 東京 #52 セキュリティ特集（4/12）
■ AWS 認定資格 合格体験LT大会（4/18）
■ Terraform もくもく会（4/19）

参加登録はイベントページから行ってください。
このメールは connpass からの自動送信です。
""", "utf-8", "quoted-printable"))

# ---------------------------------------------------------------- 035
msg(35, "035", ("case_update", False, E, []),
    "Japanese progress only: request passed to department, 'お待ちくださいませ' is not an ask",
    tc_hdrs("035", "Wed, 26 Mar 2025 01:20:00 +0000", ME_P, SUBJ_TC.format(E, "certificate-name"), irt="033", refs=["031", "032", "033"], name="AWS トレーニングと認定"),
    P("text/plain", """森下様

ご返信いただきありがとうございます。

いただいた情報をもとに、お名前の修正を担当部署へ依頼いたしました。
反映までに2〜3営業日ほどかかる見込みです。完了いたしましたら、
改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいませ。

佐藤
AWS トレーニングと認定 カスタマーサポート
""", "utf-8", "base64"))

# ---------------------------------------------------------------- 036
msg(36, "036", ("unrelated", False, None, []),
    "AWS Skill Builder receipt from no-reply@aws.training",
    [("Authentication-Results", auth(ME_P, d="aws.training", ip=70)),
     ("From", "AWS Skill Builder <no-reply@aws.training>"), ("To", ME_P),
     ("Subject", "Your AWS Skill Builder receipt"),
     ("Date", "Thu, 27 Mar 2025 03:00:00 +0000"), ("Message-ID", mid("036", "aws.training"))],
    P("text/plain", """Thanks for your purchase.

Order number: 8841-2210-5573
Plan: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Next renewal: April 27, 2025

You can manage your subscription from your Skill Builder account settings.

AWS Training and Certification
"""))

# ---------------------------------------------------------------- 037
res_e = """森下 拓海 様

お待たせいたしました。AWS トレーニングと認定サポートの林でございます。

ご依頼いただいておりましたお名前の修正が完了いたしました。
認定アカウントのプロフィール、およびデジタル認定証には
「Takumi Morishita」と表示されるようになっております。

以前にダウンロードされた認定証をお使いの場合は、認定アカウントから
改めてダウンロードしていただくと、修正後の表記でご利用いただけます。

本件につきまして、お客様にてご対応いただくことは特にございません。
その他ご不明な点がございましたら、本メールにご返信ください。

林
AWS トレーニングと認定 カスタマーサポート
"""
msg(37, "037", ("resolved", False, E, []),
    "Japanese 'name corrected' completion, base64 multipart; re-download hint + conditional reply invitation",
    tc_hdrs("037", "Fri, 28 Mar 2025 05:00:00 +0000", ME_P, SUBJ_TC.format(E, "certificate-name"), irt="035", refs=["031", "032", "033", "035"], name="AWS トレーニングと認定"),
    ALT(P("text/plain", res_e, "utf-8", "base64"),
        P("text/html", "<html><body>" + res_e.replace("\n", "<br>\n") + "</body></html>", "utf-8", "base64")))

# ---------------------------------------------------------------- 038
msg(38, "038", ("survey", False, E, []),
    "Japanese satisfaction survey naming case E (ご協力ください)",
    tc_hdrs("038", "Fri, 28 Mar 2025 05:05:00 +0000", ME_P, "【アンケートのお願い】サポートのご利用について [CASE %s]" % E, name="AWS トレーニングと認定"),
    P("text/plain", """森下 拓海 様

先日はAWS トレーニングと認定サポートをご利用いただき、ありがとうございました。
ケース番号 %s の対応について、満足度を5段階でお聞かせください。

https://survey.aws/tc/ja?c=%s

回答は任意です。今後のサービス向上のため、ご協力をお願いいたします。
""" % (E, E), "utf-8", "8bit"))

# ---------------------------------------------------------------- 039
msg(39, "039", ("acknowledgement", False, C, []),
    "Console 'New Support case' (11-digit) with 12-digit [AWS ID ...] nearby; 'can't accept incoming e-mails'",
    con_hdrs("039", "Fri, 28 Mar 2025 07:58:40 +0000", "Amazon Web Services: New Support case: %s" % C),
    P("text/plain", """Dear Amazon Web Services Customer,

A support case has been created for your account [AWS ID 482913377105].

Case ID: %s
Subject: 50%% exam voucher not carried over after certification account merge
Severity: General guidance
Opened: 2025-03-28 07:58 UTC

Our team will review the case and respond through the Support Center.
You can view or add to the case at:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This mailbox can't accept incoming e-mails.

Sincerely,
Amazon Web Services
""" % (C, C)))

# ---------------------------------------------------------------- 040
msg(40, "040", ("info_request", True, C, []),
    "Console info request (answer in Support Center) with feedback footer; ask phrased 'I need the voucher code'",
    con_hdrs("040", "Sat, 29 Mar 2025 00:40:00 +0000", "RE:[CASE %s] 50%% exam voucher not carried over after certification account merge" % C, irt="039"),
    P("text/plain", """Hello,

Thank you for reaching out. I understand that the 50%% discount voucher you
earned on your former certification profile isn't visible since the merge.

Vouchers are issued per profile and are not always moved automatically.
To trace it, I need the voucher code (it begins with "CERT-") or, if you no
longer have it, the date of the exam that earned it. You can add either by
replying to the case in the Support Center.

Best regards,
Marco R.
Amazon Web Services
""" % () + CONSOLE_FOOT.format(c=C)))

# ---------------------------------------------------------------- 041
msg(41, "041", ("unrelated", False, None, []),
    "AWS Health '[Action Required]' notice from AWS (12-digit account) - an ask, but not to support/case",
    [("Authentication-Results", auth(ME_P, d="aws.com", ip=80, mf="health.aws.com")),
     ("From", "Amazon Web Services <health@aws.com>"), ("To", ME_P),
     ("Subject", "[Action Required] AWS Lambda end of support for Node.js 18 [AWS Account: 482913377105]"),
     ("Date", "Mon, 31 Mar 2025 16:00:00 +0000"), ("Message-ID", mid("041", "aws.com"))],
    P("text/plain", """Hello,

We are contacting you because one or more Lambda functions in your AWS
account 482913377105 use the Node.js 18 runtime, which reaches end of
support on September 1, 2025. Please update these functions to Node.js 22.

Affected resources are listed on the Other notifications tab of the AWS
Health Dashboard.

Sincerely,
Amazon Web Services
"""))

# ---------------------------------------------------------------- 042
msg(42, "042", ("closing_notice", True, C, []),
    "Console closing notice: 'will be set to resolved automatically', keep open via Support Center, feedback footer",
    con_hdrs("042", "Tue, 01 Apr 2025 01:00:00 +0000", "RE:[CASE %s] 50%% exam voucher not carried over after certification account merge" % C, irt="040"),
    P("text/plain", """Hello,

We haven't heard back on this case since our message of March 29. If the
information requested there isn't added in the next 3 days, the case will
be set to resolved automatically. To keep it open, respond from the
Support Center - replies to this email are not received.

Marco R.
Amazon Web Services
""" + CONSOLE_FOOT.format(c=C)))

# ---------------------------------------------------------------- 043
msg(43, "043", ("case_update", False, C, []),
    "Console progress update (details received, passed to benefits team) with feedback footer",
    con_hdrs("043", "Wed, 02 Apr 2025 02:00:00 +0000", "RE:[CASE %s] 50%% exam voucher not carried over after certification account merge" % C, irt="042"),
    P("text/plain", """Hello,

Thank you for the voucher details you added in the Support Center. I've
passed them to the certification benefits team, who will re-attach the
voucher to your active profile. I'll post here once they confirm.

Marco R.
Amazon Web Services
""" + CONSOLE_FOOT.format(c=C)))

# ---------------------------------------------------------------- 044
msg(44, "044", ("resolved", False, C, []),
    "Console completion: voucher moved, 'you should now see it'; mentions reopening within 14 days (conditional)",
    con_hdrs("044", "Thu, 03 Apr 2025 06:00:00 +0000", "RE:[CASE %s] 50%% exam voucher not carried over after certification account merge" % C, irt="043"),
    P("text/plain", """Hello again,

Good news: the benefits team has moved the 50% voucher to your active
certification profile. You should now see it under Benefits when you sign
in. I'll mark this case as resolved; if anything still looks wrong you can
reopen it from the Support Center within 14 days.

Marco R.
Amazon Web Services
""" + CONSOLE_FOOT.format(c=C), "utf-8", "quoted-printable"))

# ---------------------------------------------------------------- 045
msg(45, "045", ("acknowledgement", False, G, []),
    "Automated-notification ack in a dotted-field template (11-digit) with 9-digit Pearson registration; no 'opened case' phrase",
    tc_hdrs("045", "Thu, 03 Apr 2025 09:02:10 +0000", ME_P, SUBJ_TC.format(G, "exam-results")),
    P("text/plain", """*** This is an automated notification ***

Your enquiry has been logged.

  Case ID ........ %s
  Topic .......... Exam results / score report
  Logged ......... 03 Apr 2025 18:02 JST
  Queue .......... standard

Notes you provided: "Exam taken 12 March 2025 at Pearson VUE (registration
418273906). The result is not showing on my certification account."

What happens next: a specialist picks up logged enquiries in order and will
write to you at this address. Sending the same enquiry again creates a
separate case and slows things down.

AWS Training and Certification
""" % G))

# ---------------------------------------------------------------- 046
msg(46, "046", ("on_hold", False, G, []),
    "On hold waiting for Pearson VUE; explicitly nothing needed from the person",
    tc_hdrs("046", "Fri, 04 Apr 2025 01:00:00 +0000", ME_P, SUBJ_TC.format(G, "exam-results"), irt="045", refs=["045"]),
    P("text/plain", """Hello Takumi,

I've contacted Pearson VUE about the exam under registration 418273906 to
find out where the result was delivered. Your case is on hold until they
get back to us, which typically takes 3-5 business days.

There's nothing you need to do right now; I'll write as soon as I hear
from them.

Keiko T.
AWS Training and Certification
"""))

# ---------------------------------------------------------------- 047
msg(47, "047", ("unrelated", False, None, []),
    "Japanese out-of-office auto-reply from a former colleague (ISO-2022-JP)",
    [("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@hoshizora-sys.co.jp header.s=selector1;\n       spf=pass smtp.mailfrom=hoshizora-sys.co.jp;\n       dmarc=pass (p=NONE) header.from=hoshizora-sys.co.jp"),
     ("From", addr("山本 彩", "a-yamamoto@hoshizora-sys.co.jp", "iso-2022-jp")), ("To", ME_P),
     ("Subject", h("自動応答: 送別会のお礼", "iso-2022-jp")),
     ("Date", "Fri, 04 Apr 2025 17:20:00 +0900"), ("Message-ID", mid("047", "hoshizora-sys.co.jp")),
     ("Auto-Submitted", "auto-replied")],
    P("text/plain", """誠に申し訳ございませんが、4月4日から4月8日まで休暇のため不在にしております。
期間中はメールを確認できませんので、4月9日以降に順次ご返信いたします。
お急ぎの場合は、情報システム部 代表（it-desk@hoshizora-sys.co.jp）までご連絡ください。

山本 彩
""", "iso-2022-jp", "7bit"))

# ---------------------------------------------------------------- 048
msg(48, "048", ("user_reply", False, G, []),
    "Owner nudges an on-hold case (a question to support, no action for the owner)",
    me_hdrs("048", "Tue, 08 Apr 2025 09:00:30 +0900", ME_P, TC, "Re: " + SUBJ_TC.format(G, "exam-results"), irt="046", refs=["045", "046"]),
    P("text/plain", """Hi Keiko,

Just checking in - has Pearson VUE got back to you yet?

Thanks,
Takumi

On Fri, Apr 4, 2025 at 10:00 AM AWS Training and Certification <%s> wrote:
> Hello Takumi,
>
> I've contacted Pearson VUE about the exam under registration 418273906 to
> find out where the result was delivered.
""" % TC))

# ---------------------------------------------------------------- 049
msg(49, "049", ("case_update", False, G, []),
    "System 'follow-up received, added to existing case, no new case created' - looks like an ack",
    tc_hdrs("049", "Tue, 08 Apr 2025 00:01:05 +0000", ME_P, SUBJ_TC.format(G, "exam-results"), irt="048", refs=["045", "046", "048"], name="Amazon Web Services"),
    P("text/plain", """Hello,

We've added your latest message to case %s. Because this case is
already open, no new case was created, and the specialist handling it has
been notified.

If you need to add anything else, just reply to this email.

AWS Training and Certification
""" % G))

# ---------------------------------------------------------------- 050
msg(50, "050", ("info_request", True, G, ["AWS02718463"]),
    "Mixed mail: progress news first, then a yes/no check ('A yes or no is fine') - the ask decides",
    tc_hdrs("050", "Tue, 08 Apr 2025 06:20:00 +0000", ME_P, SUBJ_TC.format(G, "exam-results"), irt="049", refs=["045", "046", "048", "049"]),
    P("text/plain", """Hi Takumi,

Pearson VUE got back to me: the exam was scored normally, but the result
was sent to candidate profile AWS02718463 - the one retired in your merge -
so it never reached your current account.

Before I move it over I want to be sure it's the right exam: was it AWS
Certified Security - Specialty, taken on 12 March at the Shinjuku test
centre? A yes or no is fine.

Keiko T.
AWS Training and Certification
"""))

# ---------------------------------------------------------------- 051
msg(51, "051", ("user_reply", False, G, []),
    "Short owner answer, top-posted over Gmail quote",
    me_hdrs("051", "Tue, 08 Apr 2025 18:12:00 +0900", ME_P, TC, "Re: " + SUBJ_TC.format(G, "exam-results"), irt="050", refs=["045", "049", "050"]),
    P("text/plain", """Yes, that's the one - SCS-C02 on 12 March in Shinjuku.

Takumi

On Tue, Apr 8, 2025 at 3:20 PM AWS Training and Certification <%s> wrote:
> Before I move it over I want to be sure it's the right exam: was it AWS
> Certified Security - Specialty, taken on 12 March at the Shinjuku test
> centre? A yes or no is fine.
""" % TC))

# ---------------------------------------------------------------- 052
msg(52, "052", ("resolved", False, G, ["AWS03991572"]),
    "'Record moved' completion, CRLF, 'That wraps things up on our side' (no 'merged'/'resolved' words)",
    tc_hdrs("052", "Wed, 09 Apr 2025 02:00:00 +0000", ME_P, SUBJ_TC.format(G, "exam-results"), irt="051", refs=["045", "050", "051"]),
    P("text/plain", """Hi Takumi,

The exam record (registration 418273906) now sits on your active profile
AWS03991572. The score report is listed under Exam History and the
certification itself under Certifications.

That wraps things up on our side.

Keiko T.
AWS Training and Certification
"""), crlf=True)

# ---------------------------------------------------------------- 053
msg(53, "053", ("certification", False, None, ["AWS03991572"]),
    "CertMetrics certification-earned notice with candidate ID",
    [("Authentication-Results", auth(ME_P, d="certmetrics.com", ip=141)),
     ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME_P),
     ("Subject", "Congratulations - you are now AWS Certified!"),
     ("Date", "Wed, 09 Apr 2025 04:10:00 +0000"), ("Message-ID", mid("053", "certmetrics.com"))],
    P("text/html", """<html><body><p>Dear Takumi Morishita,</p>
<p>Congratulations on earning <b>AWS Certified Security - Specialty</b>.</p>
<table><tr><td>Candidate ID</td><td>AWS03991572</td></tr><tr><td>Validation number</td><td>K7Q2MZ1PLB4E1SXR</td></tr><tr><td>Expires</td><td>March 12, 2028</td></tr></table>
<p>Your digital badge will be issued through Credly.</p></body></html>""", "utf-8", "quoted-printable"))

# ---------------------------------------------------------------- 054
msg(54, "054", ("badge", False, None, []),
    "Credly badge for the newly recorded certification (HTML-only)",
    [("Authentication-Results", auth(ME_P, d="credly.com", ip=62)),
     ("From", "Credly <admin@credly.com>"), ("To", ME_P),
     ("Subject", "You've earned a new badge: AWS Certified Security - Specialty"),
     ("Date", "Wed, 09 Apr 2025 04:30:00 +0000"), ("Message-ID", mid("054", "credly.com"))],
    P("text/html", """<html><body><p>Takumi, you've earned a badge from Amazon Web Services Training and Certification.</p>
<p><b>AWS Certified Security - Specialty</b></p>
<p><a href="https://www.credly.com/badges/c1d9f3e0-2a6b-4b8e-b7f4-58e9a0d2c641">View and share your badge</a></p></body></html>""", "utf-8", "7bit"))

# ---------------------------------------------------------------- 055
msg(55, "055", ("user_reply", False, A, []),
    "Owner writes again on resolved case A (a missing certification), quoting the 'All done!' mail",
    me_hdrs("055", "Thu, 10 Apr 2025 20:00:00 +0900", ME_P, TC, "Re: " + SUBJ_TC.format(A, "account-assistance"), irt="022", refs=["003", "020", "022"]),
    P("text/plain", """Hi Aisha,

Sorry to come back to this. I just noticed that AWS Certified Cloud
Practitioner doesn't appear on the merged account - only three
certifications are listed, not four. Could you take a look?

Takumi

On Sat, Mar 22, 2025 at 10:02 AM AWS Training and Certification <%s> wrote:
""" % TC + quote(res_a)))

# ---------------------------------------------------------------- 056
msg(56, "056", ("case_update", False, A, []),
    "Status-change notice 'Resolved -> Reopened' on case A (different template from 026)",
    tc_hdrs("056", "Thu, 10 Apr 2025 11:01:00 +0000", ME_P, SUBJ_TC.format(A, "account-assistance"), irt="055", refs=["003", "022", "055"], name="Amazon Web Services"),
    P("text/html", """<html><body style="font-family:Arial">
<p><b>Case %s - status changed</b></p>
<table cellpadding="4"><tr><td>Previous status</td><td>Resolved</td></tr>
<tr><td>Current status</td><td>Reopened (pending agent review)</td></tr></table>
<p>A reply was received on this case after it was resolved, so it has been placed back in the queue.
Your reply has been attached to the case history.</p>
<p>AWS Training and Certification</p></body></html>""" % A, "utf-8", "quoted-printable"))

# ---------------------------------------------------------------- 057
msg(57, "057", ("resolved", False, A, []),
    "Second completion on reopened case: 'moved it into your account, you should now see all four'; conditional 'just reply' + quoted owner question",
    tc_hdrs("057", "Fri, 11 Apr 2025 00:30:00 +0000", ME_P, SUBJ_TC.format(A, "account-assistance"), irt="056", refs=["003", "022", "055", "056"]),
    P("text/plain", """Hi Takumi,

Thanks for flagging it. The Cloud Practitioner record was sitting on a
third profile that had been created through Partner Central sign-in,
separate from the two we merged. I've moved it into your account, and you
should now see all four certifications.

If anything still looks off, just reply and I'll take another look.

Aisha

On Thu, Apr 10, 2025, Takumi Morishita <%s> wrote:
> Sorry to come back to this. I just noticed that AWS Certified Cloud
> Practitioner doesn't appear on the merged account - only three
> certifications are listed, not four. Could you take a look?
""" % ME_P))

# ---------------------------------------------------------------- 058
msg(58, "058", ("unrelated", False, None, []),
    "Gmail bounce: mail to the closed company mailbox (address not found)",
    [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", ME_P),
     ("Subject", "Delivery Status Notification (Failure)"),
     ("Date", "Sat, 12 Apr 2025 03:14:00 +0000"), ("Message-ID", mid("058", "mx.google.com")),
     ("Auto-Submitted", "auto-replied")],
    P("text/plain", """** Address not found **

Your message wasn't delivered to %s because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

----- Original message -----
Subject: Re: %s
""" % (ME_C, SUBJ_TC.format(A, "account-assistance"))))

# ---------------------------------------------------------------- 059
msg(59, "059", ("acknowledgement", False, H, []),
    "Japanese ack with banner template 'ケース番号 N として登録されました' (UTF-8 8bit); conditional 補足がございましたら",
    tc_hdrs("059", "Mon, 14 Apr 2025 00:57:20 +0000", ME_P, SUBJ_TC.format(H, "exam-accommodations"), name="AWS トレーニングと認定"),
    P("text/plain", """━━━━━━━━━━━━━━━━━━━━━━━━
 AWS トレーニングと認定
 お問い合わせ受付のお知らせ
━━━━━━━━━━━━━━━━━━━━━━━━
森下 拓海 様

このたびはお問い合わせいただき、ありがとうございます。
お送りいただいた内容は、ケース番号 %s として登録されました。

担当者が確認のうえ、このメールアドレス宛てにご連絡いたします（通常1営業日以内）。
恐れ入りますが、同じご依頼で新たにフォームを送信することはお控えください。

※補足がございましたら、件名を変えずにこのメールへご返信ください。
""" % H, "utf-8", "8bit"))

# ---------------------------------------------------------------- 060
msg(60, "060", ("acknowledgement", False, I, []),
    "Second, terse Japanese ack for an accidental duplicate submission (ISO-2022-JP, 'RE: [CASE')",
    tc_hdrs("060", "Mon, 14 Apr 2025 01:00:30 +0000", ME_P, "RE: [CASE %s] [AWS Training and Certification Form Submission] - exam-accommodations" % I, name="AWS トレーニングと認定", cs="iso-2022-jp"),
    P("text/plain", """お問い合わせを受け付けました。

ケースID：%s

担当者からの連絡をお待ちください。
AWS トレーニングと認定
""" % I, "iso-2022-jp", "7bit"))

# ---------------------------------------------------------------- 061
msg(61, "061", ("case_update", False, I, []),
    "Japanese duplicate closed in favour of H ('重複としてクローズ'), nothing for the owner to do",
    tc_hdrs("061", "Mon, 14 Apr 2025 04:00:00 +0000", ME_P, SUBJ_TC.format(I, "exam-accommodations"), irt="060", refs=["060"], name="AWS トレーニングと認定"),
    P("text/plain", """森下 様

AWS トレーニングと認定の林です。

同じ内容のお問い合わせを2件受け付けておりましたので、こちらのケース
（%s）は重複としてクローズいたしました。
ご依頼の内容は、ケース %s にて引き続き対応いたします。

お客様にてご対応いただく必要はございません。

林
""" % (I, H), "utf-8", "quoted-printable"))

# ---------------------------------------------------------------- 062
info_h = """森下 拓海 様

AWS トレーニングと認定の林です。

英語を母国語としない受験者向けの配慮（ESL +30）は、アカウントごとに
申請が必要です。統合前のアカウントで承認されていた配慮は、新しい
アカウントには引き継がれていません。

新しいアカウントで配慮を有効にするため、次の2点をこのメールに返信して
お知らせください。

 1. 母国語
 2. 受験予定の試験名と受験日

林
"""
msg(62, "062", ("info_request", True, H, []),
    "Japanese plain-form request (お知らせください) after explanation, numbered list",
    tc_hdrs("062", "Tue, 15 Apr 2025 02:00:00 +0000", ME_P, SUBJ_TC.format(H, "exam-accommodations"), irt="059", refs=["059"], name="AWS トレーニングと認定", cs="shift_jis"),
    P("text/plain", info_h, "shift_jis", "8bit"), crlf=True)

# ---------------------------------------------------------------- 063
msg(63, "063", ("suspicious", False, None, []),
    "Japanese phishing from lookalike aws-training-jp.com ('本人確認を完了してください', threat of expiry)",
    [("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@aws-training-jp.com header.s=default;\n       spf=pass smtp.mailfrom=aws-training-jp.com;\n       dmarc=pass (p=NONE) header.from=aws-training-jp.com"),
     ("From", addr("AWS認定 事務局", "info@aws-training-jp.com")), ("To", ME_P),
     ("Subject", h("【重要】AWS認定アカウント統合の最終確認のお願い")),
     ("Date", "Wed, 16 Apr 2025 01:30:00 +0000"), ("Message-ID", "<20250416013000.77aa@aws-training-jp.com>")],
    P("text/html", """<html><body>
<p>お客様各位</p>
<p>お客様のAWS認定アカウント統合手続きが完了しておりません。48時間以内に下記URLよりログインし、本人確認を完了してください。</p>
<p><a href="https://aws-training-jp.com/merge/verify">本人確認はこちら</a></p>
<p>期限内に確認いただけない場合、保有資格はすべて失効いたします。</p>
<p>AWS認定 事務局</p></body></html>""", "utf-8", "base64"))

# ---------------------------------------------------------------- 064
msg(64, "064", ("closing_notice", True, H, []),
    "Japanese keigo closing notice top-posted over quoted request (-----Original Message-----); reply after closing reopens",
    tc_hdrs("064", "Fri, 18 Apr 2025 01:00:00 +0000", ME_P, SUBJ_TC.format(H, "exam-accommodations"), irt="062", refs=["059", "062"], name="AWS トレーニングと認定"),
    P("text/plain", """森下 拓海 様

AWS トレーニングと認定の林でございます。

4月15日にお送りしたご案内について、その後ご返信を確認できておりません。
恐れ入りますが、4月23日（水）までにご返信をいただけない場合、本ケースは
クローズとさせていただきます。

引き続きサポートをご希望の場合は、このメールにご返信いただけますよう
お願いいたします。クローズ後にご返信いただいた場合も、ケースは再開されます。

林

-----Original Message-----
From: AWS トレーニングと認定 <%s>
Sent: Tuesday, April 15, 2025 11:00 AM
To: %s
Subject: %s

""" % (TC, ME_P, SUBJ_TC.format(H, "exam-accommodations")) + info_h, "utf-8", "base64"))

# ---------------------------------------------------------------- 065
msg(65, "065", ("user_reply", False, H, []),
    "Japanese owner answer with iPhone-style JP quote header",
    me_hdrs("065", "Fri, 18 Apr 2025 21:00:00 +0900", ME_P, TC, "Re: " + SUBJ_TC.format(H, "exam-accommodations"), irt="064", refs=["059", "062", "064"], dom="icloud.com"),
    P("text/plain", """林様

返信が遅くなり失礼いたしました。

1. 母国語：日本語
2. AWS Certified Machine Learning Engineer - Associate（4月26日受験予定）

よろしくお願いいたします。
森下

2025/04/18 10:00、AWS トレーニングと認定 <%s>のメール:

> 4月15日にお送りしたご案内について、その後ご返信を確認できておりません。
""" % TC, "utf-8", "8bit"))

# ---------------------------------------------------------------- 066
msg(66, "066", ("case_update", False, H, []),
    "Japanese automated 'reply added to existing case, no new case' notice",
    tc_hdrs("066", "Fri, 18 Apr 2025 12:00:40 +0000", ME_P, SUBJ_TC.format(H, "exam-accommodations"), irt="065", refs=["059", "064", "065"], name="Amazon Web Services"),
    P("text/plain", """本メールは自動送信です。

お客様からのご返信を、既存のケース %s に追加いたしました。
新しいケースは作成されておりません。
担当者が内容を確認し、改めてご連絡いたします。

AWS トレーニングと認定
""" % H, "utf-8", "quoted-printable"))

# ---------------------------------------------------------------- 067
msg(67, "067", ("resolved", False, H, []),
    "Japanese completion (配慮を登録しました, 取り直す必要はありません) with the old numbered request quoted under '>'",
    tc_hdrs("067", "Mon, 21 Apr 2025 01:00:00 +0000", ME_P, SUBJ_TC.format(H, "exam-accommodations"), irt="066", refs=["059", "062", "065", "066"], name="AWS トレーニングと認定"),
    P("text/plain", """森下様

林です。

ESL +30 の配慮を新しい認定アカウントに登録しました。4月26日の試験を含め、
今後登録される試験には自動的に30分の延長が適用されます。
すでに予約済みの試験にも反映済みですので、予約を取り直す必要はありません。

林

2025年4月15日 11:00 AWS トレーニングと認定 <%s>:
""" % TC + quote(info_h), "utf-8", "8bit"))

# ---------------------------------------------------------------- 068
msg(68, "068", ("unrelated", False, None, []),
    "Jira notification at the new job ('please review')",
    [("Authentication-Results", auth(ME_P, d="atlassian.net", ip=20, mf="bounces.atlassian.net")),
     ("From", "Sora Ito (Jira) <jira@kumo-labs.atlassian.net>"), ("To", ME_P),
     ("Subject", "[JIRA] (PLAT-1182) Set up AWS Organizations SCPs for sandbox accounts"),
     ("Date", "Tue, 22 Apr 2025 00:10:00 +0000"), ("Message-ID", mid("068", "Atlassian.JIRA"))],
    P("text/plain", """Sora Ito assigned PLAT-1182 to Takumi Morishita

Set up AWS Organizations SCPs for sandbox accounts
Priority: Medium   Status: To Do

Sora Ito commented: Could you review the draft policy in the PR before Friday?

View issue: https://kumo-labs.atlassian.net/browse/PLAT-1182
"""))

# ---------------------------------------------------------------- 069
ack_j_txt = """Case received

Case number : %s
Status      : Open
Created     : 22 April 2025, 09:30 JST
Contact     : %s
Topic       : Certification - Account Merge

What you told us: a second certification profile seems to exist under the
same personal email address, and you would like it combined with your main
profile.

We'll be in touch by email. There is no need to resubmit the form.
""" % (J, ME_P)
msg(69, "069", ("acknowledgement", False, J, []),
    "Ack in a 'Case received' field-table template (HTML + text), summary of the request but no candidate IDs",
    tc_hdrs("069", "Tue, 22 Apr 2025 00:30:20 +0000", ME_P, SUBJ_TC.format(J, "account-assistance")),
    ALT(P("text/plain", ack_j_txt, "utf-8", "7bit"),
        P("text/html", """<html><body><h3>Case received</h3><table border="1" cellspacing="0" cellpadding="4">
<tr><td>Case number</td><td>%s</td></tr><tr><td>Status</td><td>Open</td></tr>
<tr><td>Created</td><td>22 April 2025, 09:30 JST</td></tr><tr><td>Contact</td><td>%s</td></tr>
<tr><td>Topic</td><td>Certification - Account Merge</td></tr></table>
<p>We'll be in touch by email. There is no need to resubmit the form.</p></body></html>""" % (J, ME_P), "utf-8", "quoted-printable")))

# ---------------------------------------------------------------- 070
conf_j = """Hi Takumi,

I found the second profile. Here's the plan:

  Keep   : AWS03991572 - %s (4 certifications, 6 exams)
  Retire : AWS05130019 - %s (0 certifications, 1 exam:
           AWS Certified AI Practitioner beta, not scored)

After the merge, the beta attempt will show in the history of AWS03991572
and AWS05130019 will no longer be accessible.

Good to go ahead on that basis?

Marco
AWS Training and Certification
""" % (ME_P, ME_P)
msg(70, "070", ("confirmation_request", True, J, ["AWS03991572", "AWS05130019"]),
    "Confirmation without 'Account #1/#2' or 'confirm': Keep/Retire lines and a bare 'Good to go ahead on that basis?'",
    tc_hdrs("070", "Wed, 23 Apr 2025 02:10:00 +0000", ME_P, SUBJ_TC.format(J, "account-assistance"), irt="069", refs=["069"]),
    P("text/plain", conf_j))

# ---------------------------------------------------------------- 071
msg(71, "071", ("user_reply", False, J, []),
    "One-line owner OK top-posted over a quote containing candidate IDs (IDs only in quote)",
    me_hdrs("071", "Wed, 23 Apr 2025 12:30:00 +0900", ME_P, TC, "Re: " + SUBJ_TC.format(J, "account-assistance"), irt="070", refs=["069", "070"]),
    P("text/plain", """Yes, go ahead. Thanks!

On Wed, Apr 23, 2025 at 11:10 AM AWS Training and Certification <%s> wrote:
""" % TC + quote(conf_j)))

# ---------------------------------------------------------------- 072
msg(72, "072", ("case_update", False, J, ["AWS05130019"]),
    "'Step one is done' progress: duplicate locked, transfer still to come - completion-like wording but not finished",
    tc_hdrs("072", "Wed, 23 Apr 2025 05:00:00 +0000", ME_P, SUBJ_TC.format(J, "account-assistance"), irt="071", refs=["069", "070", "071"]),
    P("text/plain", """Thanks. Step one is done: the duplicate profile AWS05130019 is now locked,
so nothing new can be recorded against it. Next I'll transfer its exam
attempt into your main profile - I'll confirm here once that's finished,
usually within a day.

Marco
"""), crlf=True)

# ---------------------------------------------------------------- 073
msg(73, "073", ("certification", False, None, []),
    "Japanese CertMetrics expiry reminder (recertify by ...) - an ask, but not to support",
    [("Authentication-Results", auth(ME_P, d="certmetrics.com", ip=142)),
     ("From", addr("AWS 認定", "do-not-reply@certmetrics.com")), ("To", ME_P),
     ("Subject", h("AWS 認定の有効期限が近づいています")),
     ("Date", "Thu, 24 Apr 2025 02:00:00 +0000"), ("Message-ID", mid("073", "certmetrics.com"))],
    P("text/plain", """森下 拓海 様

お持ちの AWS Certified Solutions Architect - Associate は、2025年7月20日に
有効期限を迎えます。

認定を維持するには、有効期限までに再認定試験に合格してください。
50%% 割引バウチャーは認定アカウントの「特典」からご利用いただけます。

AWS トレーニングと認定
""".replace("%%", "%"), "utf-8", "base64"))

# ---------------------------------------------------------------- 074
msg(74, "074", ("resolved", False, J, ["AWS03991572"]),
    "'That's finished ... I'll close the case now' - closing because COMPLETE, not a closing notice",
    tc_hdrs("074", "Thu, 24 Apr 2025 03:30:00 +0000", ME_P, SUBJ_TC.format(J, "account-assistance"), irt="072", refs=["069", "070", "071", "072"]),
    P("text/plain", """Hi Takumi - that's finished. The beta exam attempt now appears in the
history of AWS03991572, and the duplicate profile has been retired.

As everything is in place, I'll close the case now.

Marco
AWS Training and Certification
"""))

# ---------------------------------------------------------------- 075
msg(75, "075", ("survey", False, J, []),
    "Different survey template (0-10 recommend question) for case J",
    tc_hdrs("075", "Thu, 24 Apr 2025 10:00:00 +0000", ME_P, "Quick question about case %s" % J),
    P("text/plain", """Hello,

On a scale from 0 to 10, how likely are you to recommend AWS Training and
Certification support to a colleague, based on case %s?

Answer with one click: https://survey.aws/nps?c=%s

This survey closes in 7 days.
""" % (J, J)))

# ---------------------------------------------------------------- 076
msg(76, "076", ("unrelated", False, None, []),
    "Pearson VUE post-exam mail (registration 527164093), 'tell us about your experience' - exam vendor",
    [("Authentication-Results", auth(ME_P, d="pearson.com", ip=201)),
     ("From", "Pearson VUE <pearsonvuecustomerservice@pearson.com>"), ("To", ME_P),
     ("Subject", "Thank you for testing with Pearson VUE"),
     ("Date", "Sat, 26 Apr 2025 06:00:00 +0000"), ("Message-ID", mid("076", "pearson.com"))],
    P("text/plain", """Dear Takumi Morishita,

Thank you for taking your exam today (registration 527164093). Your results
will be posted to your AWS Certification account within 5 business days.

Tell us about your testing experience: https://pearsonvue.com/survey

Pearson VUE
"""))

# ---------------------------------------------------------------- 077
msg(77, "077", ("unrelated", False, None, []),
    "Other vendor (Microsoft) support case closed notice with a case number",
    [("Authentication-Results", auth(ME_P, d="microsoft.com", ip=99, mf="email.microsoft.com")),
     ("From", "Microsoft Support <support@mail.support.microsoft.com>"), ("To", ME_P),
     ("Subject", "Your support request 2504250040007781 has been closed"),
     ("Date", "Mon, 28 Apr 2025 01:00:00 +0000"), ("Message-ID", mid("077", "microsoft.com"))],
    P("text/plain", """Hello Takumi,

Your support request 2504250040007781 (Microsoft Learn profile transfer)
has been closed because the issue was resolved. If you need more help with
this problem, you can reopen the request within 30 days from the Microsoft
Learn support page.

Microsoft Support
"""))

# ---------------------------------------------------------------- 078
msg(78, "078", ("acknowledgement", False, K, []),
    "Minimal one-paragraph ack ('Ticket %s is now open') with no details block and no reply hint" % K,
    tc_hdrs("078", "Mon, 28 Apr 2025 01:35:23 +0000", ME_P, SUBJ_TC.format(K, "profile-update")),
    P("text/plain", """Hi,

Ticket %s is now open with AWS Training and Certification for your
profile update request. Someone from our team will pick it up shortly.

- AWS T&C Support
""" % K))

# ---------------------------------------------------------------- 079
msg(79, "079", ("case_update", False, K, []),
    "Half done: login email updated, notification email 'raised with another team, will confirm' - step only",
    tc_hdrs("079", "Tue, 29 Apr 2025 00:20:00 +0000", ME_P, SUBJ_TC.format(K, "profile-update"), irt="078", refs=["078"]),
    ALT(P("text/plain", """Hello Takumi,

I've updated the login email on your certification profile to
%s. Changing the notification email is handled by a
separate team, so I've raised that part with them and will confirm on
this case once they have made the switch.

Regards,
Priya S.
AWS Training and Certification
""" % ME_P, "utf-8", "quoted-printable"),
        P("text/html", "<p>Hello Takumi,</p><p>I've updated the login email on your certification profile to %s. Changing the notification email is handled by a separate team, so I've raised that part with them and will confirm on this case once they have made the switch.</p><p>Regards,<br>Priya S.</p>" % ME_P, "utf-8", "quoted-printable")))

# ---------------------------------------------------------------- 080
msg(80, "080", ("resolved", False, K, []),
    "Completion phrased as 'both addresses are switched over ... you should now see ... No further action is required'",
    tc_hdrs("080", "Wed, 30 Apr 2025 06:45:00 +0000", ME_P, SUBJ_TC.format(K, "profile-update"), irt="079", refs=["078", "079"]),
    P("text/plain", """Hello Takumi,

Both addresses are switched over. Training and certification emails will
go to %s from now on, and you should now see that
address under Profile > Contact settings. No further action is required.

Regards,
Priya S.
AWS Training and Certification
""" % ME_P, "utf-8", "8bit"), crlf=True)


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    for m in MSGS:
        base = "%03d-mail" % m["n"]
        hdrs = list(m["hdrs"])
        bh, bb = render(m["body"])
        head = "".join("%s: %s\n" % (k, v) for k, v in hdrs)
        if b"MIME-Version" not in bh and not any(k == "MIME-Version" for k, _ in hdrs):
            head += "MIME-Version: 1.0\n"
        raw = head.encode() + bh + b"\n" + bb
        if m["crlf"]:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, base + ".json"), "w") as fh:
            json.dump({"kind": m["kind"], "needs_reply": m["nr"], "case": m["case"],
                       "candidate_ids": m["cands"]}, fh, ensure_ascii=False)
            fh.write("\n")
    write_readme()

def write_readme():
    lines = ["me: %s %s" % (ME_P, ME_C), "",
             "# blind-102 - held-out corpus (stress: completion vs progress vs duplicate-close; new-case ack vs reopen / follow-up received)", "",
             "Owner: Takumi Morishita. Personal address %s (kept); old company address %s (APN partner company, mailbox closed 31 March 2025)." % (ME_P, ME_C), "",
             "Generated by `python3 gen.py` (standard library only). Files: `NNN-mail.eml` + `NNN-mail.json`.", "",
             "## Cases", "",
             "| case | digits | what |", "|---|---|---|",
             "| %s | 15 | main merge (form): ack, APN hold, confirmation, wrong-address reply, closing notice, reply threaded only by headers, progress, merged; later reopened and resolved again |" % A,
             "| %s | 15 | duplicate form submission of the main merge; closed in favour of %s |" % (B, A),
             "| %s | 11 | AWS Support Center (console) case about the exam voucher; answers only in the Support Center |" % C,
             "| %s | 10 | 2021 badge case reopened by the owner's new message; badge re-issued |" % D,
             "| %s | 15 | Japanese: name on certificate corrected |" % E,
             "| %s | 11 | missing exam result; on hold for Pearson VUE; follow-up received; record moved |" % G,
             "| %s | 15 | Japanese: ESL +30 accommodation; info request, closing notice, follow-up received, done |" % H,
             "| %s | 15 | Japanese duplicate of %s; closed as duplicate |" % (I, H),
             "| %s | 15 | second duplicate profile (same personal email) merged |" % J,
             "| %s | 15 | notification/login email switched to the personal address |" % K, "",
             "Numbers that are NOT case IDs: AWS account 482913377105, Pearson VUE registrations 418273906 / 527164093, codes 731904 / 408115, other vendors' request numbers 48213 / 2504250040007781, phishing 'Case #8827361'.", "",
             "## Messages", "",
             "| # | kind | needs_reply | case | candidate_ids | what / what makes it hard |", "|---|---|---|---|---|---|"]
    for m in MSGS:
        lines.append("| %03d | %s | %s | %s | %s | %s |" % (m["n"], m["kind"], str(m["nr"]).lower(), m["case"] or "-", " ".join(m["cands"]) or "-", m["note"]))
    from collections import Counter
    c = Counter(m["kind"] for m in MSGS)
    lines += ["", "## Counts", "", "%d messages; needs_reply true: %d." % (len(MSGS), sum(m["nr"] for m in MSGS)), ""]
    lines += ["- %s: %d" % (k, v) for k, v in sorted(c.items())]
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    main()
