#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).
Writes NNN-msg.eml / NNN-msg.json (and README.md) next to this file."""
import base64, datetime, json, os, quopri
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ME = "tanabe.kenta.92@gmail.com"
CO = "k-tanabe@nordlumen.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "AWS Training and Certification <%s>" % TC
A = "174523118406127"   # main merge case (15 digits)
B = "174523387702218"   # duplicate form submission (15 digits)
C = "7398201465"        # console case (10 digits)
D = "20418836527"       # Japanese Credly follow-up case, reopened (11 digits)
E = "174952081309944"   # stray Partner Central profile (15 digits)
SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"

JST = datetime.timezone(datetime.timedelta(hours=9))
PDT = datetime.timezone(datetime.timedelta(hours=-7))
UTC = datetime.timezone.utc

def dt(s, tz=UTC):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    return format_datetime(d.astimezone(tz))

def H(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(name, email, cs="utf-8"):
    return formataddr((name, email), charset=cs)

# ---------- MIME building blocks ----------
def leaf(body, subtype="plain", charset="utf-8", cte=None):
    data = body.encode(charset)
    if cte is None:
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
    if cte == "base64":
        payload = base64.encodebytes(data)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data)
    else:
        payload = data
    cs = {"shift_jis": "Shift_JIS", "iso-2022-jp": "ISO-2022-JP", "utf-8": "UTF-8"}.get(charset, charset)
    hdr = ["Content-Type: text/%s; charset=\"%s\"" % (subtype, cs), "Content-Transfer-Encoding: " + cte]
    return (hdr, payload)

def multi(subtype, parts, boundary, extra=""):
    hdr = ["Content-Type: multipart/%s;%s boundary=\"%s\"" % (subtype, extra, boundary)]
    out = b"This is a multi-part message in MIME format.\n\n"
    for ph, pp in parts:
        if not pp.endswith(b"\n"):
            pp += b"\n"
        out += b"--" + boundary.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pp
    out += b"--" + boundary.encode() + b"--\n"
    return (hdr, out)

def raw_part(headers, text):
    return (headers, text.encode("ascii"))

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def to_html(text):
    """Crude text->HTML: quoted lines ('>') go into a blockquote."""
    out, quote = [], []
    def flush():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + "<br>\n".join(esc(q[1:].lstrip()) for q in quote) + "</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line); continue
        flush()
        out.append(esc(line) + "<br>")
    flush()
    return "<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + "\n".join(out) + "\n</div></body></html>\n"

def alt_of(text, charset="utf-8", cte="quoted-printable", boundary="b1"):
    return multi("alternative", [leaf(text, "plain", charset, cte), leaf(to_html(text), "html", charset, cte)], boundary)

# ---------- authentication results ----------
def gauth(dom="amazon.com", dkim="pass", spf="pass", dmarc="pass", mailfrom=None, ip="54.240.48.118"):
    mailfrom = mailfrom or ("0100019%s@amazonses.com" % dom[:3] if dom == "amazon.com" else "bounce@" + dom)
    pol = "(p=QUARANTINE sp=QUARANTINE dis=%s)" % ("QUARANTINE" if dmarc == "fail" else "NONE")
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=x3kq7lmb header.b=Qm0vT2aZ;\n"
            "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s %s header.from=%s") % (dkim, dom, spf, mailfrom, ip, mailfrom, dmarc, pol, dom)

def oauth(dom="amazon.com", dkim="pass", dmarc="pass", ip="54.240.8.61"):
    return ("spf=pass (sender IP is %s) smtp.mailfrom=amazonses.com; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100") % (ip, dkim, dom, dmarc, dom)

MESSAGES = []
def M(headers, part, label, note, eol="\n"):
    MESSAGES.append((headers, part, label, note, eol))

def lab(kind, needs=False, case=None, ids=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(ids)}

def ses(n):
    return "<010001965%07d-4c1e%04d-9b2a-4f7e-a1d3-6c0e8f5b%04d-000000@email.amazonses.com>" % (n * 7919, n, n)

def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.split("\n"))

# =====================================================================
# 001 AWS billing (no-reply-aws, like console mail)
M([("Authentication-Results", gauth()), ("From", "Amazon Web Services <no-reply-aws@amazon.com>"), ("To", ME),
   ("Subject", "Amazon Web Services Billing Statement Available [Account: 482913570112]"),
   ("Date", dt("2025-04-18 03:14:07", PDT)), ("Message-ID", ses(1))],
  leaf("""Greetings from Amazon Web Services,

Your AWS statement for the billing period March 1 - March 31, 2025 is now available in the Billing and Cost Management console.

Account ID: 482913570112
Total amount: USD 3.41

The charge will be applied to the payment method on file. No action is needed unless you want to review the details:
https://console.aws.amazon.com/billing/home#/bills

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109. Replies to this address are not received.
"""), lab("unrelated"), "AWS billing from no-reply-aws (same sender as console cases); 12-digit account ID that is not a case")

# 002 GitHub merged
M([("Authentication-Results", gauth("github.com", mailfrom="noreply@github.com", ip="192.30.252.201")),
   ("From", "Nanami Oda <notifications@github.com>"), ("To", "kenta-t/cert-notes <cert-notes@noreply.github.com>"),
   ("Cc", "Kenta Tanabe <%s>, Mention <mention@noreply.github.com>" % ME),
   ("Subject", "Re: [kenta-t/cert-notes] Merge old company account checklist into main (PR #18)"),
   ("Date", dt("2025-04-19 08:22:51")), ("Message-ID", "<kenta-t/cert-notes/pull/18/c2931102@github.com>"),
   ("In-Reply-To", "<kenta-t/cert-notes/pull/18@github.com>"), ("References", "<kenta-t/cert-notes/pull/18@github.com>")],
  alt_of("""Merged #18 into main.

Looks good - I added the step about downloading certificates before the merge request.

--
Reply to this email directly, view it on GitHub:
https://github.com/kenta-t/cert-notes/pull/18#event-2931102
You are receiving this because you were mentioned.
""", boundary="--==_mimepart_68036b"), lab("unrelated"), "GitHub 'Merged' about an account-merge checklist, with 'reply to this email' footer")

# 003 Builder ID code
M([("Authentication-Results", gauth("signin.aws", mailfrom="no-reply@signin.aws")), ("From", "AWS <no-reply@signin.aws>"), ("To", ME),
   ("Subject", "Verify your AWS Builder ID email address"), ("Date", dt("2025-04-20 12:03:40")), ("Message-ID", ses(3))],
  multi("alternative", [leaf("""Verify your email to finish creating your AWS Builder ID.

Verification code: 604117

The code expires 30 minutes after it was sent. If you didn't try to create an AWS Builder ID, ignore this message.
"""), leaf("""<html><body><table width="600" cellpadding="0" cellspacing="0"><tr><td><h2>Verify your AWS Builder ID email</h2>
<p>Enter this code in the browser window where you started:</p><p style="font-size:28px;letter-spacing:6px"><b>604117</b></p>
<p>The code expires 30 minutes after it was sent. If you didn't try to create an AWS Builder ID, ignore this message.</p></td></tr></table></body></html>""", "html", cte="quoted-printable")], "bnd_003"),
  lab("unrelated"), "Builder ID one-time code (6 digits, not a case)")

# 004 aws.training welcome
M([("Authentication-Results", gauth("aws.training", mailfrom="no-reply@aws.training")), ("From", "AWS Training and Certification <no-reply@aws.training>"), ("To", ME),
   ("Subject", "Your AWS Certification account has been created"), ("Date", dt("2025-04-20 12:41:09")), ("Message-ID", ses(4))],
  leaf("""Hi Kenta,

Your AWS Certification account is set up and linked to your AWS Builder ID.

Already hold an AWS Certification under another email address? You can ask us to combine the accounts from the Contact Us page, so that your exam history and benefits show up in one place.

Happy learning,
AWS Training and Certification
"""), lab("unrelated"), "Training platform mail that mentions combining accounts and 'contact us' but is no case")

# 005 ack A
ack_a = ses(5)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", SUBJ % A),
   ("Date", dt("2025-04-21 10:26:31", PDT)), ("Message-ID", ack_a)],
  leaf("""Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been logged under case ID %s.

Summary of what you submitted:

Case ID: %s
Inquiry type: Certification
Detail: Account Merge
Contact email: %s
Description: I am leaving my employer (Nordlumen Inc.) at the end of April. Please merge the certification account registered to k-tanabe@nordlumen.co.jp into the one registered to tanabe.kenta.92@gmail.com. Both addresses are mine; I want to keep the gmail one.

One of our agents will get back to you, normally within a day. Submitting the same request again as a new case will not speed things up and may delay it.

If you think of something to add, just reply to this message and it will be added to the case.

Kind regards,
AWS Training and Certification Customer Service
""" % (A, A, ME)), lab("acknowledgement", case=A),
  "Ack with conditional 'reply to add' invitation and the form text echoed (no request)")

# 006 ack B (duplicate, Japanese, ISO-2022-JP, to company address)
ack_b = ses(6)
M([("Authentication-Results", oauth()), ("From", TC_FROM), ("To", CO), ("Subject", SUBJ % B),
   ("Date", dt("2025-04-21 11:11:24", PDT)), ("Message-ID", ack_b)],
  leaf("""田辺 健太 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
以下の内容でケースを作成いたしました。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

担当者より原則1営業日以内にご連絡いたします。
同じご用件で別のケースを作成されますと、ご回答が遅れる原因となりますのでご注意ください。

補足いただける情報がございましたら、本メールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサービス
""" % B, charset="iso-2022-jp"), lab("acknowledgement", case=B),
  "Second (duplicate) form submission ack, Japanese ISO-2022-JP, company mailbox; がございましたら…ご返信ください")

# 007 marketing JP
M([("Authentication-Results", gauth()), ("From", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")), ("To", ME),
   ("Subject", H("【ご招待】AWS Summit Japan 2025 事前登録のご案内")), ("Date", dt("2025-04-21 23:00:02")), ("Message-ID", ses(7))],
  alt_of("""田辺 健太 様

今年も AWS Summit Japan を開催いたします。認定資格保有者向けラウンジもご用意しております。
以下のリンクより事前登録をお願いいたします。

https://aws.amazon.com/jp/events/summits/japan/

ご不明な点がございましたら、本メールにご返信ください。
配信停止をご希望の場合はこちら: https://pages.awscloud.com/unsubscribe
""", boundary="mk_007"), lab("unrelated"), "AWS marketing in Japanese with 'reply if unclear' and a registration request (not support)")

# 008 on_hold A, APN, buried bare question
hold_a = ses(8)
hold_a_text = """Hi Kenta,

Thanks for your patience while I looked into this.

When I opened the certification profile registered to k-tanabe@nordlumen.co.jp, I found it is associated with an AWS Partner Network (APN) organization, Nordlumen Inc. Certifications on a partner-linked profile count toward that partner's program requirements, so we don't move them out while the person still works for the partner. For that reason the merge is on hold for now, and I have not changed either account.

This is not a refusal. Usually it only takes one more step: once someone has left the partner company (or is about to), the partner association can be removed and the merge goes ahead as requested.

Are you still employed by Nordlumen, and if you are leaving, what is your last working day?

Kind regards,
Marco R.
AWS Training and Certification Customer Service
"""
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Cc", CO), ("Subject", SUBJ % A),
   ("Date", dt("2025-04-22 02:41:10", PDT)), ("Message-ID", hold_a), ("In-Reply-To", ack_a), ("References", ack_a)],
  alt_of(hold_a_text, boundary="----=_Part_1180_2039"), lab("on_hold", True, A),
  "APN partner hold; the only ask is a bare question after a long explanation that says 'not a refusal'")

# 009 resolved B (duplicate closed)
M([("Authentication-Results", oauth()), ("From", TC_FROM), ("To", CO), ("Subject", SUBJ % B),
   ("Date", dt("2025-04-22 03:05:44", PDT)), ("Message-ID", ses(9)), ("In-Reply-To", ack_b), ("References", ack_b)],
  leaf("""Hello,

While reviewing this request I noticed it matches case %s, which was submitted about 45 minutes earlier from tanabe.kenta.92@gmail.com and is already being worked on.

To keep everything in one place we will continue there, and I have closed this case. No further action is required on this one, and there is no need to submit the form again.

Regards,
Hina
AWS Training and Certification
""" % A), lab("resolved", case=B), "Duplicate closed; body names the OTHER case number", eol="\r\n")

# 010 user reply A from company address (Outlook)
reply_co = "<TYCPR01MB8843A1F0C2D4E5B6C7D8E9F0A1B2C3@TYCPR01MB8843.jpnprd01.prod.outlook.com>"
r010 = """Hello Marco,

Yes, I am leaving Nordlumen. My last working day is 30 April, and this mailbox will be shut down after that, which is why I want everything under my gmail address.

Best regards,
Kenta Tanabe
Nordlumen Inc. | Cloud Platform Team

________________________________
From: AWS Training and Certification <%s>
Sent: Tuesday, April 22, 2025 11:41 AM
To: %s
Cc: %s
Subject: %s

%s""" % (TC, ME, CO, SUBJ % A, hold_a_text)
M([("From", "Kenta Tanabe <%s>" % CO), ("To", TC_FROM), ("Subject", "RE: " + SUBJ % A), ("Date", dt("2025-04-22 05:10:33", JST)),
   ("Message-ID", reply_co), ("In-Reply-To", hold_a), ("References", "%s %s" % (ack_a, hold_a)), ("Thread-Topic", SUBJ % A),
   ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
  multi("alternative", [leaf(r010, "plain", "us-ascii", "quoted-printable"), leaf(to_html(r010), "html", "us-ascii", "quoted-printable")],
        "_000_TYCPR01MB8843A1F0_"), lab("user_reply", case=A),
  "Owner's reply from the OLD company address, Outlook quoting over the hold question", eol="\r\n")

# 011 info_request A: write again from the registered address (to company)
wrong_addr = ses(11)
wrong_text = """Hi Kenta,

Thanks for the quick answer, and good luck with the move.

One snag: your message came from k-tanabe@nordlumen.co.jp. That is the address on the partner-linked profile, not the one that opened this case or the one you want to keep, and as long as it belongs to your employer I can't treat a note from it as authorisation to detach the profile from the partner organization.

What I need is the same statement (that you are leaving Nordlumen, and your last day) sent as a reply from tanabe.kenta.92@gmail.com. As soon as that arrives I'll ask our partner team to lift the hold.

Kind regards,
Marco R.
AWS Training and Certification Customer Service
"""
M([("Authentication-Results", oauth()), ("From", TC_FROM), ("To", CO), ("Subject", SUBJ % A),
   ("Date", dt("2025-04-22 09:30:02", PDT)), ("Message-ID", wrong_addr), ("In-Reply-To", reply_co), ("References", "%s %s %s" % (ack_a, hold_a, reply_co))],
  leaf(wrong_text), lab("info_request", True, A), "Wrong-address reply: support wants it resent from the personal address; no 'please'", eol="\r\n")

# 012 owner forwards 011 from company to personal (ISO-2022-JP)
fw_id = "<TYCPR01MB8843F00D11223344556677889900AB@TYCPR01MB8843.jpnprd01.prod.outlook.com>"
M([("Authentication-Results", gauth("nordlumen.co.jp", mailfrom=CO, ip="40.107.74.51")), ("From", addr("田辺 健太", CO, "iso-2022-jp")), ("To", ME),
   ("Subject", "FW: " + SUBJ % A), ("Date", dt("2025-04-22 10:02:18", JST)), ("Message-ID", fw_id)],
  leaf("""自分用メモ: 個人アドレス(gmail)から返信しないと進まないらしい。今夜やる。

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, April 22, 2025 6:30 PM
To: %s
Subject: %s

%s""" % (TC, CO, SUBJ % A, wrong_text), charset="iso-2022-jp"), lab("user_reply", case=A),
  "Owner forwards support's request to himself (ask text in forwarded body, Japanese note, ISO-2022-JP)")

# 013 Pearson VUE (candidate ID, 9-digit registration)
M([("Authentication-Results", gauth("pearson.com", mailfrom="bounces@pearson.com", ip="159.182.1.20")),
   ("From", "Pearson VUE <pearsonvueconfirmation@pearson.com>"), ("To", ME),
   ("Subject", "Pearson VUE Confirmation of Booking, Reservation 482019376"), ("Date", dt("2025-04-22 11:47:55")), ("Message-ID", "<20250422114755.482019376@pearsonvue.com>")],
  leaf("""Dear Kenta Tanabe,

Thank you for scheduling your exam with Pearson VUE.

Candidate ID: AWS11462098
Registration ID: 482019376
Exam: AWS Certified DevOps Engineer - Professional (DOP-C02)
Appointment: Saturday, June 21, 2025 at 10:00 AM JST
Delivery: OnVUE online proctored

Need to reschedule or cancel? Do it at least 24 hours before your appointment by signing in to your AWS Certification account. Please do not reply to this message.

Pearson VUE
"""), lab("unrelated", ids=["AWS11462098"]), "Exam vendor mail with a candidate ID and a 9-digit registration ID")

# 014 owner's reply from personal, threaded only by In-Reply-To/References
pers_1 = "<CAJk7tqN0x8mW3v+Rf2bDk6Yw1pLr5uS9hQ@mail.gmail.com>"
M([("From", "Kenta Tanabe <%s>" % ME), ("To", TC), ("Subject", "Confirmation from my registered address"),
   ("Date", dt("2025-04-22 12:15:40", JST)), ("Message-ID", pers_1), ("In-Reply-To", wrong_addr),
   ("References", "%s %s %s %s" % (ack_a, hold_a, reply_co, wrong_addr))],
  alt_of("""Hi Marco,

Sending this from my personal address as you asked.

I confirm that I am leaving Nordlumen Inc. My last working day is 30 April 2025. Please go ahead and remove the partner association so the merge can continue.

Thanks,
Kenta

On Tue, Apr 22, 2025 at 6:30 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(wrong_text)), boundary="000000000000a1b2c3d4e5f6"), lab("user_reply", case=A),
  "Owner reply with a new subject (no case number); only In-Reply-To/References tie it to the case")

# 015 case_update A
upd_a1 = ses(15)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", SUBJ % A),
   ("Date", dt("2025-04-23 01:02:11", PDT)), ("Message-ID", upd_a1), ("In-Reply-To", pers_1), ("References", "%s %s" % (wrong_addr, pers_1))],
  leaf("""Hi Kenta,

Got it, thank you. I've sent the release request to our APN team; that normally clears within a business day. A colleague or I will be back in touch with the account details once it's through.

Marco
"""), lab("case_update", case=A), "Short progress note; mentions 'back in touch' but asks nothing")

# 016 Jira (asks the owner, but not support)
M([("Authentication-Results", oauth("nordlumen.atlassian.net")), ("From", "Misaki Sato (Jira) <jira@nordlumen.atlassian.net>"), ("To", CO),
   ("Subject", "[JIRA] (CPT-1187) Hand over AWS account 482913570112 before departure"), ("Date", dt("2025-04-23 02:30:00")),
   ("Message-ID", "<JIRA.118701.1745375400000@Atlassian.JIRA>")],
  leaf("""Misaki Sato commented on CPT-1187:
---------------------------------------
Kenta, could you confirm by Friday that the root email and MFA device for 482913570112 have been moved to the team alias? Reply here once done.

Status: In Progress   Assignee: Kenta Tanabe
"""), lab("unrelated"), "Colleague's Jira ask with a 12-digit account ID; not an AWS support case")

# 017 confirmation_request A (HTML only, base64, table)
conf_a = ses(17)
conf_a_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif">
<p>Hello Kenta,</p>
<p>Our partner team has removed the partner association from your former company profile, so we are clear to continue. Because a merge cannot be undone, I want to be sure we move things in the right direction. These are the two certification accounts I found for you:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11462098</td><td>AWS03817254</td></tr>
<tr><td>Login email</td><td>tanabe.kenta.92@gmail.com</td><td>k-tanabe@nordlumen.co.jp</td></tr>
<tr><td>Training notification email</td><td>tanabe.kenta.92@gmail.com</td><td>k-tanabe@nordlumen.co.jp</td></tr>
<tr><td>Certification notification email</td><td>tanabe.kenta.92@gmail.com</td><td>k-tanabe@nordlumen.co.jp</td></tr>
<tr><td>Active certifications</td><td>0</td><td>3</td></tr>
</table>
<p>The account that is not kept is deactivated; its exam history, certifications and benefits move to the one that stays.</p>
<p>Let me know by reply which of the two should remain, and I'll merge the other one into it.</p>
<p>Best,<br>Aoife D.<br>AWS Training and Certification Customer Service</p>
</body></html>
"""
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", SUBJ % A),
   ("Date", dt("2025-04-24 07:05:36", PDT)), ("Message-ID", conf_a), ("In-Reply-To", upd_a1), ("References", "%s %s" % (pers_1, upd_a1))],
  leaf(conf_a_html, "html", "utf-8", "base64"), lab("confirmation_request", True, A, ["AWS11462098", "AWS03817254"]),
  "HTML-only base64 table of Account #1/#2; ask is 'Let me know by reply which…'")

# 018 suspicious lookalike
M([("Authentication-Results", gauth("aws-certsupport-center.com", mailfrom="bounce@aws-certsupport-center.com", ip="45.137.21.9")),
   ("From", "AWS Certification Support <case-update@aws-certsupport-center.com>"), ("To", ME),
   ("Subject", "[CASE 174523290017744] Action needed: verify your certification account before merge"),
   ("Date", dt("2025-04-24 09:12:00")), ("Message-ID", "<8f1c2e@aws-certsupport-center.com>")],
  leaf("""<html><body><p>Dear Candidate,</p>
<p>We are processing the merge of your AWS Certification accounts. To avoid losing your certifications, please confirm the account to keep by signing in below within 24 hours:</p>
<p><a href="https://aws-certsupport-center.com/merge/confirm?c=174523290017744">Confirm account merge</a></p>
<table border="1"><tr><td>Account #1</td><td>tanabe.kenta.92@gmail.com</td></tr><tr><td>Account #2</td><td>k-tanabe@nordlumen.co.jp</td></tr></table>
<p>AWS Training &amp; Certification</p></body></html>
""", "html", cte="quoted-printable"), lab("suspicious"),
  "Lookalike domain copying the Account #1/#2 request and a fake [CASE] tag; DKIM/DMARC pass for the lookalike")

# 019 newsletter JP (Shift_JIS)
M([("Authentication-Results", gauth("cloud-jissen.jp", mailfrom="news@cloud-jissen.jp", ip="203.0.113.50")),
   ("From", addr("週刊クラウド実践", "news@cloud-jissen.jp", "shift_jis")), ("To", ME),
   ("Subject", H("【週刊クラウド実践】転職時のAWS認定アカウント統合、返信メールの書き方ほか", "shift_jis")),
   ("Date", dt("2025-04-25 00:00:05", JST)), ("Message-ID", "<20250425000005.77120@cloud-jissen.jp>")],
  leaf("""週刊クラウド実践 第212号

■今週の特集
転職時に会社のAWS認定アカウントを個人アカウントへ統合する手順を解説します。
サポートから統合先の確認メールが届いたら、内容を確認して返信しましょう。
APNパートナー企業の場合は退職の確認を求められることがあります。

■ニュース
・新しい認定試験の日本語版が公開
・Skill Builder の料金改定

ご意見・ご感想はこのメールへの返信でお寄せください。
""", charset="shift_jis", cte="8bit"), lab("unrelated"),
  "Japanese newsletter (Shift_JIS 8bit) describing the very process, telling readers to reply")

# 020 certmetrics feedback invitation (company)
M([("Authentication-Results", oauth("certmetrics.com", ip="52.8.10.22")), ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", CO),
   ("Subject", "Share your view: AWS Certification program feedback"), ("Date", dt("2025-04-25 16:20:00")), ("Message-ID", "<cm.20250425162000.3817254@certmetrics.com>")],
  alt_of("""Hello Kenta,

As an AWS Certified individual (Candidate ID AWS03817254), you are invited to a 10-minute survey about the AWS Certification program. Your answers help us decide which exams and benefits to offer next.

Take the survey: https://www.certmetrics.com/amazon/survey/2025Q2

This invitation expires on May 9, 2025. Please do not reply to this email.

AWS Certification
""", boundary="cm_020"), lab("certification", ids=["AWS03817254"]), "Certification program survey invitation (not the support survey), candidate ID")

# 021 Skill Builder receipt
M([("Authentication-Results", gauth("skillbuilder.aws", mailfrom="no-reply@skillbuilder.aws")), ("From", "AWS Skill Builder <no-reply@skillbuilder.aws>"), ("To", ME),
   ("Subject", "Your AWS Skill Builder receipt"), ("Date", dt("2025-04-26 05:33:12")), ("Message-ID", ses(21))],
  leaf("""Thanks for subscribing to AWS Skill Builder Individual.

Order number: 113-4820193-5567012
Plan: Individual (monthly)  USD 29.00
Billing account: 482913570112

Questions about your subscription? Visit the Skill Builder help center.
"""), lab("unrelated"), "Skill Builder receipt with 12-digit account ID")

# 022 closing_notice A, top-posted over the quoted confirmation request
close_a = ses(22)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", SUBJ % A),
   ("Date", dt("2025-04-29 00:12:40", PDT)), ("Message-ID", close_a), ("In-Reply-To", conf_a), ("References", "%s %s" % (upd_a1, conf_a))],
  multi("alternative", [leaf("""Hello Kenta,

I'm following up on the message below, which is still waiting on your choice of account. Since we haven't heard back, this case is set to close automatically in 72 hours. A reply before then keeps it open; if it does close in the meantime, replying to this thread will reopen it.

Thank you,
Kwame
AWS Training and Certification

________________________________
From: AWS Training and Certification
Sent: 24 April 2025 14:05 UTC
Subject: %s

Hello Kenta,
Our partner team has removed the partner association from your former company profile...
Account #1  Candidate ID AWS11462098  Login email tanabe.kenta.92@gmail.com
Account #2  Candidate ID AWS03817254  Login email k-tanabe@nordlumen.co.jp
Let me know by reply which of the two should remain, and I'll merge the other one into it.
""" % (SUBJ % A), cte="quoted-printable"),
  leaf("<html><body><p>Hello Kenta,</p><p>I'm following up on the message below, which is still waiting on your choice of account. Since we haven't heard back, this case is set to close automatically in 72 hours. A reply before then keeps it open; if it does close in the meantime, replying to this thread will reopen it.</p><p>Thank you,<br>Kwame<br>AWS Training and Certification</p><hr><div>" + conf_a_html.split("<body style=\"font-family:Amazon Ember,Arial,sans-serif\">")[1].split("</body>")[0] + "</div></body></html>", "html", cte="quoted-printable")], "----=_Part_22_99"),
  lab("closing_notice", True, A), "Closing notice top-posted over the quoted request (quoted candidate IDs don't count)")

# 023 GitHub Support account merge (other vendor asks to confirm which account)
M([("Authentication-Results", gauth("githubsupport.com", mailfrom="support@githubsupport.com", ip="185.12.80.11")),
   ("From", "GitHub Support <support@githubsupport.com>"), ("To", ME),
   ("Subject", "[GitHub Support] Re: Merge two accounts - Ticket #3184467"), ("Date", dt("2025-04-29 00:40:10")), ("Message-ID", "<zd.3184467.77@githubsupport.com>")],
  leaf("""Hi Kenta,

Thanks for writing in. We can move your contributions from ktanabe-nordlumen to kenta-t.

Could you confirm which account you'd like to keep? The other one will be deleted once the transfer is finished.

Cheers,
Sam
GitHub Support
"""), lab("unrelated"), "Other vendor asking to confirm which account to keep (not AWS)")

# 024 owner confirms (Gmail, long quoted history)
conf_reply = "<CAJk7tqP2y+Lm8dU4Vn0cQe9Xw3sTb6Zh1A@mail.gmail.com>"
M([("From", "Kenta Tanabe <%s>" % ME), ("To", TC), ("Subject", SUBJ % A), ("Date", dt("2025-04-29 01:48:02", JST)),
   ("Message-ID", conf_reply), ("In-Reply-To", close_a), ("References", "%s %s %s" % (upd_a1, conf_a, close_a))],
  alt_of("""Hi Aoife, Kwame,

Sorry for the delay, I was travelling.

Confirmed: keep Account #1 (AWS11462098, tanabe.kenta.92@gmail.com) and merge Account #2 (AWS03817254) into it.

Regards,
Kenta Tanabe

On Tue, Apr 29, 2025 at 9:12 AM AWS Training and Certification <%s> wrote:
> Hello Kenta,
>
> I'm following up on the message below, which is still waiting on your choice of account. Since we haven't heard back, this case is set to close automatically in 72 hours.
>
> Thank you,
> Kwame
>
> ________________________________
> From: AWS Training and Certification
> Sent: 24 April 2025 14:05 UTC
>
> Account #1  Candidate ID AWS11462098  Login email tanabe.kenta.92@gmail.com
> Account #2  Candidate ID AWS03817254  Login email k-tanabe@nordlumen.co.jp
> Let me know by reply which of the two should remain, and I'll merge the other one into it.
""" % TC, boundary="000000000000f0e1d2c3b4a5"), lab("user_reply", case=A, ids=["AWS11462098", "AWS03817254"]),
  "Owner's 'Confirmed' with candidate IDs in new text above a quoted closing notice")

# 025 out-of-office from colleague (ISO-2022-JP)
M([("Authentication-Results", oauth("nordlumen.co.jp", ip="40.107.74.60")), ("From", addr("佐藤 美咲", "m-sato@nordlumen.co.jp", "iso-2022-jp")), ("To", CO),
   ("Subject", H("自動応答: AWSアカウント引き継ぎの件", "iso-2022-jp")), ("Date", dt("2025-04-29 01:55:00", JST)),
   ("Message-ID", "<OSZPR01MB7001AA@OSZPR01MB7001.jpnprd01.prod.outlook.com>"), ("Auto-Submitted", "auto-replied")],
  leaf("""誠に恐れ入りますが、4月28日から5月6日まで休暇のため不在にしております。
期間中にいただいたメールには5月7日以降に順次ご返信いたします。
お急ぎの場合は cloud-team@nordlumen.co.jp までご連絡ください。
""", charset="iso-2022-jp"), lab("unrelated"), "Colleague's Japanese out-of-office auto-reply")

# 026 case_update A
upd_a2 = ses(26)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", SUBJ % A),
   ("Date", dt("2025-04-29 03:31:09", PDT)), ("Message-ID", upd_a2), ("In-Reply-To", conf_reply), ("References", "%s %s" % (close_a, conf_reply))],
  leaf("""Thanks for confirming, Kenta.

I've queued the merge with our certification operations team. These usually finish the same day, though badges on Credly can take a little longer to appear. You'll hear from me when it's done.

Aoife
"""), lab("case_update", case=A), "Progress after the reply; 'you'll hear from me' (no ask)")

# 027 resolved A, with quoted old request (Outlook -----Original Message-----)
res_a = ses(27)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", SUBJ % A),
   ("Date", dt("2025-04-30 00:18:55", PDT)), ("Message-ID", res_a), ("In-Reply-To", upd_a2), ("References", "%s %s" % (conf_reply, upd_a2))],
  alt_of("""Hello Kenta,

Done. I merged Account #2 into Account #1: the exam history, three active certifications and the 50%% exam discount from your former company profile now sit under tanabe.kenta.92@gmail.com (candidate ID AWS11462098). The Nordlumen login will no longer work.

Nothing else is needed from you, and I'm marking this case as resolved.

Best,
Aoife D.
AWS Training and Certification Customer Service

How did we do? Rate this reply: https://aws-training.support/feedback?case=%s

-----Original Message-----
From: Kenta Tanabe <%s>
Sent: Monday, April 28, 2025 6:48 PM
Subject: %s

Confirmed: keep Account #1 (AWS11462098, tanabe.kenta.92@gmail.com) and merge Account #2 (AWS03817254) into it.

-----Original Message-----
From: AWS Training and Certification
Sent: Thursday, April 24, 2025 2:05 PM

Let me know by reply which of the two should remain, and I'll merge the other one into it.
""" % (A, ME, SUBJ % A), boundary="----=_Part_27_3141"), lab("resolved", case=A, ids=["AWS11462098"]),
  "Merge done; old request quoted below with Outlook separators; rating footer", eol="\r\n")

# 028 Credly badge
M([("Authentication-Results", gauth("credly.com", mailfrom="bounces@credly.com", ip="167.89.10.3")), ("From", "Credly <admin@credly.com>"), ("To", ME),
   ("Subject", "Kenta, you've been issued a badge by Amazon Web Services Training and Certification"), ("Date", dt("2025-04-30 07:40:12")),
   ("Message-ID", "<credly.issue.9c1f0a7e-2b44-4d0e-8d57-7a0e31b5c2f1@credly.com>")],
  alt_of("""Congratulations, Kenta!

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Associate badge.

Accept your badge: https://www.credly.com/badges/9c1f0a7e-2b44-4d0e-8d57-7a0e31b5c2f1/accept

Share it on LinkedIn to let your network know.
""", boundary="credly_028"), lab("badge"), "Credly badge with 'accept' call to action and a badge UUID")

# 029 survey A
M([("Authentication-Results", gauth()), ("From", "AWS Training and Certification Survey <aws-cs-survey@amazon.com>"), ("To", ME),
   ("Subject", "How was your recent support experience? (Case %s)" % A), ("Date", dt("2025-05-01 05:02:00")), ("Message-ID", ses(29))],
  leaf("""<html><body><p>Hello,</p><p>You recently contacted AWS Training and Certification about case %s. Could you spare a minute to tell us how we did?</p>
<table><tr><td><a href="https://survey.amazon.com/r?c=%s&s=1">1</a></td><td><a href="https://survey.amazon.com/r?c=%s&s=2">2</a></td><td><a href="https://survey.amazon.com/r?c=%s&s=3">3</a></td><td><a href="https://survey.amazon.com/r?c=%s&s=4">4</a></td><td><a href="https://survey.amazon.com/r?c=%s&s=5">5</a></td></tr></table>
<p>Replies to this message are not monitored.</p></body></html>
""" % ((A,) * 6), "html", cte="quoted-printable"), lab("survey", case=A), "Support survey phrased as a question, HTML-only")

# 030 suspicious: genuine-looking, dmarc=fail
M([("Authentication-Results", gauth(dkim="fail", spf="softfail", dmarc="fail", mailfrom="aws-cs-trainingcertification-form@amazon.com", ip="91.215.85.14")),
   ("From", TC_FROM), ("To", ME), ("Subject", SUBJ % A), ("Date", dt("2025-05-01 08:44:31", PDT)),
   ("Message-ID", "<20250501154431.4417@mail-relay.k8s-host.net>")],
  leaf("""Hello Kenta,

We could not finalise the merge on your case because the identity check on the former account failed. To keep your certifications, please sign in and confirm your details within 48 hours:

https://aws-training-verify.net/case/%s

If we do not receive this, the merged certifications will be revoked.

Regards,
AWS Training and Certification Customer Service
""" % A), lab("suspicious"), "Same sender, subject and real case number as case A, but DKIM/DMARC fail")

# 031 Credly second badge (base64 html)
M([("Authentication-Results", gauth("credly.com", mailfrom="bounces@credly.com", ip="167.89.10.3")), ("From", "Credly <admin@credly.com>"), ("To", ME),
   ("Subject", "Your AWS Certified Developer - Associate badge is ready to claim"), ("Date", dt("2025-05-01 09:10:40")),
   ("Message-ID", "<credly.issue.3d77b2c0-51a8-4f3e-9a1b-0c6de2f48a90@credly.com>")],
  leaf("""<html><body><table width="600"><tr><td><img src="https://images.credly.com/aws-dva.png" alt="badge"></td></tr>
<tr><td><p>Hi Kenta,</p><p>Amazon Web Services Training and Certification sent you a new badge. Claim it to display it on your profile.</p>
<p><a href="https://www.credly.com/badges/3d77b2c0-51a8-4f3e-9a1b-0c6de2f48a90">Claim badge</a></p></td></tr></table></body></html>
""", "html", cte="base64"), lab("badge"), "Credly HTML-only base64")

# 032 bounce with case subject inside
M([("Authentication-Results", "mx.google.com; spf=pass smtp.mailfrom=googlemail.com"), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", ME),
   ("Subject", "Delivery Status Notification (Failure)"), ("Date", dt("2025-05-02 01:20:33")), ("Message-ID", "<6814a0a1.bounce.1@mx.google.com>")],
  multi("report", [leaf("""** Address not found **

Your message wasn't delivered to k-tanabe@nordlumen.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""), raw_part(["Content-Type: text/rfc822-headers"], """From: Kenta Tanabe <%s>
To: %s
Subject: Fwd: %s
Date: Fri, 2 May 2025 10:20:30 +0900
""" % (ME, CO, SUBJ % A))], "00000000000099aa", " report-type=delivery-status;"),
  lab("unrelated"), "Bounce of owner's own forward; case tag only inside returned headers")

# 033 certmetrics recertification
M([("Authentication-Results", gauth("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="52.8.10.22")), ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME),
   ("Subject", "You're recertified: AWS Certified Solutions Architect - Associate"), ("Date", dt("2025-05-03 14:00:00")), ("Message-ID", "<cm.20250503140000.11462098@certmetrics.com>")],
  leaf("""Congratulations, Kenta!

Your AWS Certified Solutions Architect - Associate certification has been renewed and is now valid until May 3, 2028.

Candidate ID: AWS11462098
Validation number: Q7PLK2D1J2E41X3N

Download your certificate from your AWS Certification account. We'd love your feedback on the recertification process: https://www.certmetrics.com/amazon/feedback
"""), lab("certification", ids=["AWS11462098"]), "Recertification notice with candidate ID and feedback link")

# 034 other vendor 'case closed' (reply to reopen)
M([("Authentication-Results", gauth("tesseracloud.zendesk.com", mailfrom="support@tesseracloud.zendesk.com", ip="192.161.148.2")),
   ("From", "Tessera Cloud Support <support@tesseracloud.zendesk.com>"), ("To", ME),
   ("Subject", "[Tessera Cloud] Request #58213 has been closed"), ("Date", dt("2025-05-04 22:10:00")), ("Message-ID", "<ZD58213_closed@tesseracloud.zendesk.com>")],
  leaf("""Hi Kenta,

We haven't heard from you for a while, so we have closed request #58213 (SSO login loop). If you still need help, simply reply to this email and the request will be reopened.

Tessera Cloud Support
"""), lab("unrelated"), "Another vendor's closing notice with 'reply to reopen'")

# 035 console ack C
ack_c = ses(35)
CASE_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % C
M([("Authentication-Results", gauth()), ("From", "Amazon Web Services <no-reply-aws@amazon.com>"), ("To", ME),
   ("Subject", "Amazon Web Services: New Support case: %s" % C), ("Date", dt("2025-05-06 02:15:48", PDT)), ("Message-ID", ack_c)],
  leaf("""Dear AWS customer,

A support case has been created for AWS account 482913570112.

Case ID: %s
Subject: Certification benefits missing after account merge
Severity: General guidance
Service: Account
Category: Other account issues

You can follow the case and add correspondence or attachments here:
%s

Replies sent to this address are not received by AWS Support.
""" % (C, CASE_LINK)), lab("acknowledgement", case=C), "Console new-case mail (10-digit case, 12-digit account ID)")

# 036 console info_request C with feedback footer
req_c = ses(36)
M([("Authentication-Results", gauth()), ("From", "Amazon Web Services <no-reply-aws@amazon.com>"), ("To", ME),
   ("Subject", "RE:[CASE %s] Certification benefits missing after account merge" % C), ("Date", dt("2025-05-07 06:40:22", PDT)), ("Message-ID", req_c)],
  alt_of("""Hello,

Thank you for contacting AWS Support. My name is Daniel and I'll be helping with this case.

AWS Support looks after AWS account 482913570112, while certification records are kept by a separate team, so I have opened an internal request with them. For it to reach the right record they need:

1. the candidate ID shown at the top right of your AWS Certification account page
2. the email address of the AWS Builder ID you sign in with
3. roughly when the account merge was completed

The request can't move until we have these. Add them as correspondence on this case in the Support Center; this mailbox is not monitored, so an emailed answer won't reach me:
%s

Best regards,
Daniel K.
Amazon Web Services

Was this response helpful? Rate this correspondence in the Support Center: %s
""" % (CASE_LINK, CASE_LINK), boundary="----=_Part_36_12"), lab("info_request", True, C),
  "Console request that must be answered in the Support Center; ask is implicit ('can't move until'), rating footer")

# 037 Builder ID code (JP)
M([("Authentication-Results", gauth("login.awsapps.com", mailfrom="no-reply@login.awsapps.com")), ("From", "AWS <no-reply@login.awsapps.com>"), ("To", ME),
   ("Subject", H("AWS Builder ID の確認コード")), ("Date", dt("2025-05-07 22:31:00")), ("Message-ID", ses(37))],
  leaf("""AWS Builder ID へのサインインを続けるには、次の確認コードを入力してください。

確認コード: 552930

このコードの有効期限は10分です。心当たりがない場合は、このメールを無視してください。
""", cte="base64"), lab("unrelated"), "Japanese Builder ID code, base64")

# 038 console closing_notice C
M([("Authentication-Results", gauth()), ("From", "Amazon Web Services <no-reply-aws@amazon.com>"), ("To", ME),
   ("Subject", "RE:[CASE %s] Certification benefits missing after account merge" % C), ("Date", dt("2025-05-10 07:00:03", PDT)), ("Message-ID", ses(38))],
  leaf("""Hello,

We're writing because the details requested on May 7 are still outstanding on case %s.

Without a response, this case will be marked resolved automatically in 3 days. If you still need help, respond in the Support Center before then:
%s

Replies to this e-mail are not delivered.

Amazon Web Services
""" % (C, CASE_LINK)), lab("closing_notice", True, C), "Console auto-resolve warning; answer goes to the Support Center")

# 039 console resolved C
M([("Authentication-Results", gauth()), ("From", "Amazon Web Services <no-reply-aws@amazon.com>"), ("To", ME),
   ("Subject", "RE:[CASE %s] Certification benefits missing after account merge" % C), ("Date", dt("2025-05-11 18:22:40", PDT)), ("Message-ID", ses(39))],
  alt_of("""Hello,

Thanks for the details you added in the Support Center. The certification team has reattached the 50%% exam discount to candidate ID AWS11462098, and it now shows under Benefits.

Since that fixes the problem, I'm resolving this case. If it comes back, you can reopen the case from the Support Center within 14 days.

Best regards,
Daniel K.
Amazon Web Services

Was this response helpful? Rate this correspondence in the Support Center: %s
""" % CASE_LINK, boundary="----=_Part_39_12"), lab("resolved", case=C, ids=["AWS11462098"]),
  "Console resolution with 'reopen within 14 days' and rating footer")

# 040 suspicious JP phishing
M([("Authentication-Results", gauth("aws-nintei-jp.com", dkim="none", dmarc="none", mailfrom="info@aws-nintei-jp.com", ip="103.89.90.12")),
   ("From", addr("AWS認定サポート", "support@aws-nintei-jp.com")), ("To", ME),
   ("Subject", H("【重要】AWS認定アカウント統合の最終確認のお願い")), ("Date", dt("2025-05-12 03:00:00")), ("Message-ID", "<p9x01.20250512@aws-nintei-jp.com>")],
  leaf("""田辺 健太 様

お客様のAWS認定アカウントの統合手続きが完了しておりません。
下記URLよりサインインのうえ、統合先アカウントをご確認いただけますでしょうか。

https://aws-nintei-jp.com/login

24時間以内にご確認いただけない場合、保有されている認定資格はすべて失効いたします。
何卒よろしくお願いいたします。

AWS トレーニングと認定
""", cte="base64"), lab("suspicious"), "Japanese keigo phishing from a lookalike domain, asks to confirm merge")

# 041 ack D (Shift_JIS)
ack_d = ses(41)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", SUBJ % D),
   ("Date", dt("2025-05-13 04:05:10", PDT)), ("Message-ID", ack_d)],
  leaf("""田辺 健太 様

AWS トレーニングと認定 カスタマーサービスでございます。
お問い合わせを受け付けました。ケース番号は %s です。

お問い合わせ内容:
統合後、旧アカウントで取得した認定のバッジが Credly に表示されません。

担当者より、原則24時間以内にご連絡いたします。
すでに同じ内容でケースをお持ちの場合は、新たなケースの作成はお控えください。

補足事項がございましたら、本メールにご返信いただければケースに追記されます。

今後ともよろしくお願いいたします。
""" % D, charset="shift_jis", cte="8bit"), lab("acknowledgement", case=D),
  "Japanese ack in Shift_JIS 8bit, conditional reply invitation with keigo")

# 042 info_request D (JP keigo, buried)
req_d = ses(42)
req_d_text = """田辺 健太 様

AWS トレーニングと認定 カスタマーサービスの佐々木でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

Credly のデジタルバッジは、AWS 認定アカウントに登録された認定通知用メールアドレスに紐づけて発行されております。先日のアカウント統合の後も、統合元アカウントで発行済みのバッジが旧アドレス宛てのまま残っているため、田辺様の Credly アカウントには表示されていないものと考えられます。

旧アドレスのバッジを新しいアドレスで再発行するには、対象のアカウントを特定する必要がございます。
つきましては、統合前の両アカウントの候補ID(「AWS」で始まる番号)と、Credly にご登録のメールアドレスを、本メールへのご返信にてお知らせいただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", SUBJ % D),
   ("Date", dt("2025-05-13 18:02:27", PDT)), ("Message-ID", req_d), ("In-Reply-To", ack_d), ("References", ack_d)],
  alt_of(req_d_text, cte="base64", boundary="----=_Part_42_5"), lab("info_request", True, D),
  "Japanese keigo ask (いただけますでしょうか) buried after a long explanation; base64 multipart")

# 043 user_reply D (JP, Japanese reply header, UTF-8 8bit)
rep_d1 = "<CAJk7tqR5a9Qw2eK7Yp4Nx1Vb8mC3sDf6Gh@mail.gmail.com>"
M([("From", addr("田辺 健太", ME)), ("To", TC), ("Subject", "Re: " + SUBJ % D), ("Date", dt("2025-05-14 01:15:00", JST)),
   ("Message-ID", rep_d1), ("In-Reply-To", req_d), ("References", "%s %s" % (ack_d, req_d))],
  leaf("""佐々木様

お世話になっております。田辺です。
ご連絡ありがとうございます。

統合前の候補IDは以下のとおりです。
・統合先(個人): AWS11462098
・統合元(旧会社): AWS03817254
Credly の登録メールアドレスは tanabe.kenta.92@gmail.com です。

よろしくお願いいたします。

2025年5月14日(水) 3:02 AWS Training and Certification <%s>:
%s
""" % (TC, quote(req_d_text)), cte="8bit"), lab("user_reply", case=D, ids=["AWS11462098", "AWS03817254"]),
  "Japanese owner reply with Japanese reply header and quoted keigo request")

# 044 on_hold D without ask
hold_d = ses(44)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", SUBJ % D),
   ("Date", dt("2025-05-14 20:40:00", PDT)), ("Message-ID", hold_d), ("In-Reply-To", rep_d1), ("References", "%s %s" % (req_d, rep_d1))],
  leaf("""田辺 様

候補IDのご連絡、ありがとうございます。

バッジの再発行には Credly 側での作業が必要となるため、現在 Credly のサポートチームに依頼し、回答を待っております。回答がありしだい、あらためてご連絡いたします。

現時点で田辺様にご対応いただくことはございません。

佐々木
""", cte="quoted-printable"), lab("on_hold", False, D), "Japanese on-hold waiting on Credly; explicitly nothing to do")

# 045 AWS marketing English (reply to RSVP)
M([("Authentication-Results", gauth()), ("From", "AWS Training and Certification <aws-marketing-email-replies@amazon.com>"), ("To", ME),
   ("Subject", "Kenta, join a live Q&A with AWS Certification experts"), ("Date", dt("2025-05-15 16:00:00")), ("Message-ID", ses(45))],
  alt_of("""Hi Kenta,

Preparing for your next AWS Certification? Join our live Q&A on May 28 and ask the exam team anything.

Save your seat: https://aws.amazon.com/training/events/qa-0528

Questions about the event? Just reply to this email and our events team will get back to you.

Unsubscribe: https://pages.awscloud.com/unsubscribe
""", boundary="mk_045"), lab("unrelated"), "AWS T&C marketing with 'reply to this email' and a display name matching support")

# 046 resolved D (JP, quotes old request)
res_d = ses(46)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", SUBJ % D),
   ("Date", dt("2025-05-19 01:11:00", PDT)), ("Message-ID", res_d), ("In-Reply-To", hold_d), ("References", "%s %s %s" % (req_d, rep_d1, hold_d))],
  leaf("""田辺 様

お待たせいたしました。Credly 側でバッジの再発行が完了しました。
近日中に Credly からバッジ受け取りのご案内が tanabe.kenta.92@gmail.com 宛てに届きます。

本件はこれにて解決とさせていただきます。
ほかにご不明な点がございましたら、お気軽にご返信ください。

佐々木

-----Original Message-----
From: AWS Training and Certification
Sent: 2025年5月14日 3:02

つきましては、統合前の両アカウントの候補ID(「AWS」で始まる番号)と、Credly にご登録のメールアドレスを、本メールへのご返信にてお知らせいただけますでしょうか。
""", cte="base64"), lab("resolved", case=D), "Japanese resolution with quoted old keigo request and conditional footer")

# 047 Credly reissued
M([("Authentication-Results", gauth("credly.com", mailfrom="bounces@credly.com", ip="167.89.10.3")), ("From", "Credly <admin@credly.com>"), ("To", ME),
   ("Subject", "3 badges from Amazon Web Services Training and Certification are waiting for you"), ("Date", dt("2025-05-19 09:02:00")),
   ("Message-ID", "<credly.bulk.6a1e@credly.com>")],
  alt_of("""Hi Kenta,

Amazon Web Services Training and Certification has re-issued 3 badges to this email address:
- AWS Certified Cloud Practitioner
- AWS Certified SysOps Administrator - Associate
- AWS Certified Developer - Associate

Accept them to add them to your Credly profile: https://www.credly.com/earner/earned
""", boundary="credly_047"), lab("badge"), "Credly re-issue after the Japanese case")

# 048 survey D (JP)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME),
   ("Subject", H("アンケートご協力のお願い(ケース %s)" % D)), ("Date", dt("2025-05-20 02:00:00")), ("Message-ID", ses(48))],
  leaf("""田辺 健太 様

先日はケース %s にてお問い合わせいただき、ありがとうございました。
今回のサポートについて、5段階でご評価いただけますと幸いです。

https://survey.amazon.com/jp?c=%s

回答は1分ほどで完了します。本メールへのご返信にはお答えできません。
""" % (D, D), charset="iso-2022-jp"), lab("survey", case=D), "Japanese survey from the support sender itself")

# 049 owner reopens D
rep_d2 = "<CAJk7tqT8cW1nE6Rb3Yh0Pz5Lq2Vd9Ks4Mf@mail.gmail.com>"
M([("From", addr("田辺 健太", ME)), ("To", TC), ("Subject", "Re: " + SUBJ % D), ("Date", dt("2025-05-22 00:30:00", JST)),
   ("Message-ID", rep_d2), ("In-Reply-To", res_d), ("References", "%s %s" % (hold_d, res_d))],
  leaf("""佐々木様

お世話になっております。田辺です。
再発行いただいたバッジのうち、Solutions Architect - Associate だけが届いておりません。
お手数ですが、ご確認いただけますでしょうか。

田辺
""", cte="quoted-printable"), lab("user_reply", case=D), "Owner reopens a resolved case; his own keigo request to support")

# 050 case_update D reopened
reop_d = ses(50)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", SUBJ % D),
   ("Date", dt("2025-05-22 03:15:00", PDT)), ("Message-ID", reop_d), ("In-Reply-To", rep_d2), ("References", "%s %s" % (res_d, rep_d2))],
  leaf("""田辺 様

ご連絡ありがとうございます。ケースを再開いたしました。
Solutions Architect - Associate のバッジについて、Credly チームに再度確認しております。
進捗がありましたらご連絡いたします。

山口
AWS トレーニングと認定
""", charset="iso-2022-jp"), lab("case_update", case=D), "Reopened-case notice in Japanese, no ask")

# 051 info_request D mixed (progress + bare question, plain style)
mix_d = ses(51)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", SUBJ % D),
   ("Date", dt("2025-05-23 05:48:00", PDT)), ("Message-ID", mix_d), ("In-Reply-To", reop_d), ("References", "%s %s" % (rep_d2, reop_d))],
  leaf("""<html><body>
<p>田辺様</p>
<p>Credly から回答がありました。Solutions Architect - Associate は昨年の再認定の際に新しいバッジが発行されており、旧バッジは失効扱いとなっているとのことです。新しいバッジは再送できます。</p>
<table border="1" cellpadding="4"><tr><th>バッジ</th><th>状態</th></tr>
<tr><td>Solutions Architect - Associate (2021)</td><td>失効</td></tr>
<tr><td>Solutions Architect - Associate (2024)</td><td>再送可能</td></tr></table>
<p>再送先は tanabe.kenta.92@gmail.com でよろしいですか。別のアドレスがよければ、返信で教えてください。</p>
<p>山口</p></body></html>
""", "html", cte="quoted-printable"), lab("info_request", True, D),
  "HTML-only Japanese, news + table, then a plain bare question about the address")

# 052 certmetrics expiry (JP)
M([("Authentication-Results", gauth("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="52.8.10.22")), ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME),
   ("Subject", H("AWS 認定の有効期限が近づいています")), ("Date", dt("2025-05-26 14:00:00")), ("Message-ID", "<cm.20250526140000.11462098@certmetrics.com>")],
  leaf("""田辺 健太 様

お持ちの AWS Certified Cloud Practitioner は 2025年8月24日に有効期限を迎えます。
候補ID: AWS11462098

認定を維持するには、期限までに再認定試験に合格してください。詳しくは AWS 認定アカウントをご確認ください。
このメールは送信専用です。
""", cte="quoted-printable"), lab("certification", ids=["AWS11462098"]), "Japanese expiry notice with plain ください (not to support)")

# 053 closing_notice D (already closed, reply reopens)
close_d = ses(53)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", SUBJ % D),
   ("Date", dt("2025-05-30 00:20:00", PDT)), ("Message-ID", close_d), ("In-Reply-To", mix_d), ("References", "%s %s" % (reop_d, mix_d))],
  leaf("""田辺 様

5月23日にお送りしたご質問について、ご返信を確認できておりませんため、本ケースは本日クローズいたしました。

引き続きサポートが必要な場合は、このメールにご返信いただければケースが再開されます。

山口
AWS トレーニングと認定
""", cte="8bit"), lab("closing_notice", True, D), "Japanese 'closed today, reply reopens'", eol="\r\n")

# 054 owner reply D
rep_d3 = "<CAJk7tqW3hF0aL9Kd2Xt6Bn1Rz8Pc5Jv7Ue@mail.gmail.com>"
M([("From", addr("田辺 健太", ME)), ("To", TC), ("Subject", "Re: " + SUBJ % D), ("Date", dt("2025-05-30 03:05:00", JST)),
   ("Message-ID", rep_d3), ("In-Reply-To", close_d), ("References", "%s %s" % (mix_d, close_d))],
  alt_of("""山口様

ご返信が遅くなり申し訳ございません。
再送先は tanabe.kenta.92@gmail.com で問題ございません。よろしくお願いいたします。

田辺

2025年5月30日(金) 9:20 AWS Training and Certification <%s>:
> 田辺 様
>
> 5月23日にお送りしたご質問について、ご返信を確認できておりませんため、本ケースは本日クローズいたしました。
> 引き続きサポートが必要な場合は、このメールにご返信いただければケースが再開されます。
""" % TC, cte="base64", boundary="000000000000c3d4e5f6a7b8"), lab("user_reply", case=D), "Japanese owner reply reopening the closed case")

# 055 resolved D
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", SUBJ % D),
   ("Date", dt("2025-06-02 01:40:00", PDT)), ("Message-ID", ses(55)), ("In-Reply-To", rep_d3), ("References", "%s %s" % (close_d, rep_d3))],
  leaf("""田辺 様

ご確認ありがとうございます。Solutions Architect - Associate のバッジを tanabe.kenta.92@gmail.com 宛てに再送いたしました。
これ以上のご対応は不要です。本ケースは解決済みとさせていただきます。

Please let us know how we did: https://survey.amazon.com/jp?c=%s

山口
""" % D, cte="quoted-printable"), lab("resolved", case=D), "Japanese resolution with English 'Please let us know how we did' survey line")

# 056 suspicious credly lookalike
M([("Authentication-Results", gauth("credly-notify.com", mailfrom="admin@credly-notify.com", ip="194.26.29.4")),
   ("From", "Credly <admin@credly-notify.com>"), ("To", ME),
   ("Subject", "Action required: your AWS badges will be revoked"), ("Date", dt("2025-06-03 06:06:06")), ("Message-ID", "<a77e1@credly-notify.com>")],
  leaf("""<html><body><p>Hello,</p><p>Because your AWS Certification accounts were merged, your badges must be re-verified. Reply to this message with your Credly password or verify here within 24h:</p>
<p><a href="https://credly-notify.com/verify">Verify badges</a></p></body></html>
""", "html", cte="base64"), lab("suspicious"), "Credly lookalike asking for a reply")

# 057 re:Post
M([("Authentication-Results", gauth("repost.aws", mailfrom="no-reply@repost.aws")), ("From", "AWS re:Post <no-reply@repost.aws>"), ("To", ME),
   ("Subject", "New answer to your question: Two certification accounts with the same email"), ("Date", dt("2025-06-08 11:00:00")), ("Message-ID", ses(57))],
  leaf("""Your question "Two certification accounts with the same email" has a new answer from an AWS expert:

"Open a case with AWS Training and Certification (Account Merge) and include both candidate IDs. Support will ask you to confirm which account to keep."

If this answer solved your problem, accept it so others can find it.
"""), lab("unrelated"), "re:Post answer describing the merge confirmation; asks to 'accept' an answer")

# 058 ack E (multipart QP, CRLF)
ack_e = ses(58)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E),
   ("Date", dt("2025-06-10 02:00:19", PDT)), ("Message-ID", ack_e)],
  alt_of("""Hello Kenta,

We've received your message and created case %s. Someone from our team will follow up, usually within one business day.

Opening more cases for the same question tends to slow things down, so we ask that you keep all correspondence in this one.

Have something to add? Replying to this message attaches it to the case.

What you told us:
"My Credly profile does not show certifications earned after 2024. I think a second certification account was created when I signed in through AWS Partner Central with my gmail address. I can send the candidate IDs if needed."

AWS Training and Certification
""" % E, boundary="----=_Part_58_777"), lab("acknowledgement", case=E),
  "Ack using 'RE: [CASE' spacing; echoes the form text; conditional reply invitation", eol="\r\n")

# 059 on_hold E, no ask
hold_e = ses(59)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E),
   ("Date", dt("2025-06-11 00:45:00", PDT)), ("Message-ID", hold_e), ("In-Reply-To", ack_e), ("References", ack_e)],
  leaf("""Hi Kenta,

Thanks for the details. I traced the second profile: AWS07720431 was created through an AWS Partner Central sign-in and is still attached to the Nordlumen partner organization, even though it uses your gmail address.

I've asked our partner team to detach it. Until they respond I can't change that profile, so the case is paused on their side. You don't need to do anything right now - I'll write again as soon as I hear back.

Priya S.
AWS Training and Certification
"""), lab("on_hold", False, E, ["AWS07720431"]), "Partner hold that asks nothing; mentions candidate ID")

# 060 Pearson VUE JP reminder
M([("Authentication-Results", gauth("pearson.com", mailfrom="bounces@pearson.com", ip="159.182.1.20")),
   ("From", addr("ピアソンVUE", "pearsonvueconfirmation@pearson.com")), ("To", ME),
   ("Subject", H("【リマインダー】試験のご予約について 登録番号 482019376")), ("Date", dt("2025-06-11 09:00:00")), ("Message-ID", "<20250611090000.482019376@pearsonvue.com>")],
  leaf("""田辺 健太 様

ご予約の試験が近づいてまいりました。

登録番号: 482019376
試験: AWS Certified DevOps Engineer - Professional
日時: 2025年6月21日 10:00

受験当日は本人確認書類をご用意ください。変更をご希望の場合は、24時間前までに手続きを行ってください。
""", cte="quoted-printable"), lab("unrelated"), "Japanese exam-vendor reminder, 9-digit registration number, plain ください")

# 061 confirmation_request E (plain text, kindly)
conf_e = ses(61)
conf_e_text = """Hi Kenta,

Good news: the partner team has detached the Partner Central profile, so it can now be combined with your main account. Here is what I found:

Account #1
   Candidate ID: AWS11462098
   Login email: tanabe.kenta.92@gmail.com (AWS Builder ID)
   Training notification email: tanabe.kenta.92@gmail.com
   Certification notification email: tanabe.kenta.92@gmail.com

Account #2
   Candidate ID: AWS07720431
   Login email: tanabe.kenta.92@gmail.com (AWS Partner Central)
   Training notification email: tanabe.kenta.92@gmail.com
   Certification notification email: tanabe.kenta.92@gmail.com

Kindly confirm that Account #2 may be merged into Account #1. After the merge, only Builder ID sign-in will lead to your certifications.

Priya S.
AWS Training and Certification
"""
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E),
   ("Date", dt("2025-06-12 01:10:00", PDT)), ("Message-ID", conf_e), ("In-Reply-To", hold_e), ("References", "%s %s" % (ack_e, hold_e))],
  leaf(conf_e_text, cte="quoted-printable"), lab("confirmation_request", True, E, ["AWS11462098", "AWS07720431"]),
  "Plain-text Account #1/#2 listing, 'Kindly confirm', news first")

# 062 confirmation_request E correction
conf_e2 = ses(62)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E),
   ("Date", dt("2025-06-12 01:42:00", PDT)), ("Message-ID", conf_e2), ("In-Reply-To", conf_e), ("References", "%s %s" % (hold_e, conf_e))],
  leaf("""Hi Kenta,

A correction to my last message: Account #2 (AWS07720431) still has k-tanabe@nordlumen.co.jp as its certification notification email, not your gmail address. Everything else I listed is right.

Does that change anything for you, or shall I go ahead and fold #2 into #1?

Priya

On Thu, Jun 12, 2025 at 01:10 UTC, AWS Training and Certification wrote:
%s
""" % quote(conf_e_text)), lab("confirmation_request", True, E, ["AWS07720431"]),
  "Correction mail: merge confirmation asked as an either/or question over quoted listing")

# 063 closing_notice E (HTML-only, short)
close_e = ses(63)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E),
   ("Date", dt("2025-06-16 00:05:00", PDT)), ("Message-ID", close_e), ("In-Reply-To", conf_e2), ("References", "%s %s" % (conf_e, conf_e2))],
  leaf("""<html><body><table width="100%%" cellpadding="8"><tr><td style="background:#232f3e;color:#fff"><b>Case %s</b></td></tr>
<tr><td><p>Hi Kenta,</p><p>Just a heads-up: we still need your go-ahead on the merge described earlier. This case will be closed on June 19 if it stays quiet until then; a reply from you keeps it active.</p><p>Priya</p></td></tr></table></body></html>
""" % E, "html", cte="quoted-printable"), lab("closing_notice", True, E), "HTML-only closing warning without 'please'")

# 064 owner reply E (top-posted)
rep_e = "<CAJk7tqY6mB4cN1Gp8Wr2Hs5Dt0Ke3Lx9Va@mail.gmail.com>"
M([("From", "Kenta Tanabe <%s>" % ME), ("To", TC), ("Subject", "Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E),
   ("Date", dt("2025-06-16 03:20:00", JST)), ("Message-ID", rep_e), ("In-Reply-To", close_e), ("References", "%s %s %s" % (conf_e, conf_e2, close_e))],
  alt_of("""Hi Priya,

Yes, go ahead and merge #2 into #1. The old notification address on #2 doesn't matter since that mailbox no longer exists.

Thanks,
Kenta

On Mon, Jun 16, 2025 at 9:05 AM AWS Training and Certification <%s> wrote:
> Hi Kenta,
> Just a heads-up: we still need your go-ahead on the merge described earlier. This case will be closed on June 19 if it stays quiet until then; a reply from you keeps it active.
> Priya
""" % TC, boundary="000000000000d4e5f6a7b8c9"), lab("user_reply", case=E), "Owner's short go-ahead")

# 065 resolved E, top-posted above quoted request
res_e = ses(65)
M([("Authentication-Results", gauth()), ("From", TC_FROM), ("To", ME), ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E),
   ("Date", dt("2025-06-16 22:30:00", PDT)), ("Message-ID", res_e), ("In-Reply-To", rep_e), ("References", "%s %s" % (close_e, rep_e))],
  leaf("""Hi Kenta,

All set. The Partner Central profile has been merged into AWS11462098, and Credly should show your 2024 certifications within a day or two. No action needed on your side.

Priya

On Mon, Jun 16, 2025 at 12:20 PM Kenta Tanabe <%s> wrote:
> Yes, go ahead and merge #2 into #1.
>
> On Thu, Jun 12, 2025 AWS Training and Certification wrote:
>> Kindly confirm that Account #2 may be merged into Account #1.
>> Does that change anything for you, or shall I go ahead and fold #2 into #1?
""" % ME), lab("resolved", case=E, ids=["AWS11462098"]), "Resolution above nested quoted asks")

# 066 survey E
M([("Authentication-Results", gauth()), ("From", "AWS Training and Certification Survey <aws-cs-survey@amazon.com>"), ("To", ME),
   ("Subject", "Tell us about case %s" % E), ("Date", dt("2025-06-17 05:00:00")), ("Message-ID", ses(66))],
  leaf("""Hello Kenta,

Your case %s with AWS Training and Certification was recently resolved. Please rate the support you received - it takes less than a minute:
https://survey.amazon.com/r?c=%s

Thank you!
""" % (E, E)), lab("survey", case=E), "Survey with imperative 'Please rate'")

# 067 Credly weekly (badge)
M([("Authentication-Results", gauth("credly.com", mailfrom="bounces@credly.com", ip="167.89.10.3")), ("From", "Credly <admin@credly.com>"), ("To", ME),
   ("Subject", "Your badges were viewed 14 times this week"), ("Date", dt("2025-06-18 13:00:00")), ("Message-ID", "<credly.digest.20250618@credly.com>")],
  leaf("""Hi Kenta,

Your AWS Certified Solutions Architect - Associate badge was viewed 14 times this week. Keep your profile up to date to get noticed.

Manage email preferences: https://www.credly.com/settings
""", cte="quoted-printable"), lab("badge"), "Credly digest")

# 068 AWS billing JP
M([("Authentication-Results", gauth()), ("From", "Amazon Web Services <no-reply-aws@amazon.com>"), ("To", ME),
   ("Subject", H("AWS 請求書のお知らせ [アカウント: 482913570112]")), ("Date", dt("2025-06-18 03:10:00", PDT)), ("Message-ID", ses(68))],
  leaf("""アマゾン ウェブ サービスをご利用いただき、ありがとうございます。

2025年5月分のご請求書を請求とコスト管理コンソールでご確認いただけます。
アカウント ID: 482913570112
ご請求額: USD 2.87

このメールアドレスは送信専用のため、ご返信いただいてもお答えできません。
""", cte="base64"), lab("unrelated"), "Japanese billing from the console sender with 12-digit ID")

# 069 GitHub issue closed
M([("Authentication-Results", gauth("github.com", mailfrom="noreply@github.com", ip="192.30.252.201")),
   ("From", "Kenta Tanabe <notifications@github.com>"), ("To", "kenta-t/cert-notes <cert-notes@noreply.github.com>"),
   ("Subject", "Re: [kenta-t/cert-notes] Account merge: confirm which account to keep (Issue #21)"), ("Date", dt("2025-06-19 10:00:00")),
   ("Message-ID", "<kenta-t/cert-notes/issue/21/closed@github.com>")],
  leaf("""Closed #21 as completed.

Support confirmed the merge; case resolved. Leaving notes in docs/merge.md.

--
Reply to this email directly or view it on GitHub.
"""), lab("unrelated"), "GitHub issue notification containing 'confirm which account to keep' and 'case resolved'")

# 070 certmetrics exam result
M([("Authentication-Results", gauth("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="52.8.10.22")), ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME),
   ("Subject", "Your AWS Certification exam results are available"), ("Date", dt("2025-06-22 02:00:00")), ("Message-ID", "<cm.20250622020000.11462098@certmetrics.com>")],
  alt_of("""Hello Kenta,

Results for AWS Certified DevOps Engineer - Professional (DOP-C02), taken on June 21, 2025, are now available in your AWS Certification account.

Sign in to view your score report. Please do not reply to this message.
""", boundary="cm_070"), lab("certification"), "Certification exam result notice")

# 071 suspicious: fake console case with dmarc fail
M([("Authentication-Results", gauth(dkim="fail", spf="fail", dmarc="fail", mailfrom="no-reply-aws@amazon.com", ip="5.188.206.30")),
   ("From", "Amazon Web Services <no-reply-aws@amazon.com>"), ("To", ME),
   ("Subject", "Amazon Web Services: New Support case: 7411029385"), ("Date", dt("2025-06-23 04:20:00")), ("Message-ID", "<7411029385.x@aws-mailer.top>")],
  leaf("""Dear AWS customer,

Case ID: 7411029385
Subject: Suspended account 482913570112 - payment verification

Your account will be suspended within 24 hours. Respond at https://aws-console-support.top/case/7411029385 to avoid suspension.
"""), lab("suspicious"), "Forged console new-case mail; DMARC fails for amazon.com")

# 072 Amazon.co.jp order (unrelated)
M([("Authentication-Results", gauth("amazon.co.jp", mailfrom="bounce@amazon.co.jp", ip="52.95.48.10")),
   ("From", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp")), ("To", ME),
   ("Subject", H("Amazon.co.jp ご注文の発送: 「AWS認定 DevOpsエンジニア プロフェッショナル 問題集」")), ("Date", dt("2025-06-24 01:00:00")),
   ("Message-ID", "<0101019a.shipment.250624@amazon.co.jp>")],
  leaf("""田辺 健太 様

ご注文の商品を発送しました。
注文番号: 250-4471920-3318204
お届け予定: 6月26日

このメールは配信専用です。
""", charset="iso-2022-jp"), lab("unrelated"), "Amazon retail mail from an Amazon domain")

# 073 AWS Educate form case (other AWS program) - unrelated? keep as unrelated other-program support
M([("Authentication-Results", gauth()), ("From", "AWS Educate <aws-cs-educate-form@amazon.com>"), ("To", ME),
   ("Subject", "[AWS Educate] Your mentor application"), ("Date", dt("2025-06-25 06:00:00", PDT)), ("Message-ID", ses(73))],
  leaf("""Hello Kenta,

Thank you for applying to volunteer as an AWS Educate mentor. We'll review your application and let you know within two weeks.

AWS Educate Team
"""), lab("unrelated"), "Other AWS program from an aws-cs-*-form sender, no case")

# 074 colleague farewell via personal (JP, UTF-8 8bit)
M([("Authentication-Results", gauth("gmail.com", mailfrom="misaki.sato.0611@gmail.com", ip="209.85.220.41")),
   ("From", addr("佐藤 美咲", "misaki.sato.0611@gmail.com")), ("To", ME),
   ("Subject", H("Re: アカウント統合できました?")), ("Date", dt("2025-06-26 11:30:00", JST)), ("Message-ID", "<CAM9s2Qd8x7FaWc1@mail.gmail.com>")],
  leaf("""田辺さん

お疲れさまです。AWS認定のアカウント統合、無事マージできたとのことでよかったです!
サポートから「どちらのアカウントを残すか」確認が来たら返信すればいいんですよね?
私も来月退職なので、手順を教えてもらえますか。

佐藤
""", cte="8bit"), lab("unrelated"), "Ex-colleague asks the owner questions about the merge (not support)")

# 075 certmetrics benefit voucher (certification)
M([("Authentication-Results", gauth("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="52.8.10.22")), ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME),
   ("Subject", "Congratulations on earning AWS Certified DevOps Engineer - Professional"), ("Date", dt("2025-06-27 14:00:00")), ("Message-ID", "<cm.20250627140000.11462098@certmetrics.com>")],
  leaf("""Congratulations, Kenta!

You are now AWS Certified DevOps Engineer - Professional. Candidate ID: AWS11462098.

A 50% discount voucher for your next exam has been added to the Benefits section of your AWS Certification account. Your Credly badge will follow shortly.
""", cte="quoted-printable"), lab("certification", ids=["AWS11462098"]), "New certification notice with benefit")

# =====================================================================
def write():
    for f in os.listdir(HERE):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(HERE, f))
    rows = []
    for i, (headers, (ph, payload), label, note, eol) in enumerate(MESSAGES, 1):
        lines = []
        for k, v in headers:
            lines.append("%s: %s" % (k, v) if v != "" else "%s:" % k)
        lines.append("MIME-Version: 1.0")
        lines += ph
        data = "\n".join(lines).encode("ascii") + b"\n\n" + payload
        data = data.replace(b"\r\n", b"\n")
        if eol == "\r\n":
            data = data.replace(b"\n", b"\r\n")
        slug = "%03d-msg" % i
        with open(os.path.join(HERE, slug + ".eml"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(HERE, slug + ".json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((slug, label, note))
    return rows

if __name__ == "__main__":
    rows = write()
    print("wrote", len(rows), "messages")
