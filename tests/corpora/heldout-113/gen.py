#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).
Writes NNN-slug.eml / NNN-slug.json and README.md next to this file."""
import os, json, base64, quopri, hashlib
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "haruka.nishida.0214@gmail.com"
ME_C = "h.nishida@tsubasa-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TCN = "AWS Training and Certification <%s>" % TC
CON = "Amazon Web Services <no-reply-aws@amazon.com>"
C1 = "174159262400517"   # main merge case (15 digits)
C2 = "174159511800942"   # duplicate form submission (15 digits)
C3 = "6318904275"        # console case (10 digits)
C4 = "17053928461"       # exam-booking case, Japanese (11 digits)
C5 = "174451822600384"   # APN link case (15 digits)
ACCT = "381927460153"    # 12-digit AWS account id (NOT a case)
SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
MIDS = {}
ROWS = []

def mkmid(n, dom):
    h = hashlib.sha1(("blind113-%d" % n).encode()).hexdigest()
    if dom == "ses":
        return "<0100019%s-%s-%s-000000@email.amazonses.com>" % (h[:9], h[9:13], h[13:25])
    return "<%s.%s@%s>" % (h[:16], h[16:24], dom)

def enc_hdr(s, cs):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def enc_addr(name, addr, cs="utf-8"):
    if not name:
        return addr
    return "%s <%s>" % (enc_hdr(name, cs), addr)

def enc_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw  # 7bit / 8bit: bytes kept

def gauth(dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, ip="54.240.8.12"):
    mf = mailfrom or ("bounce@" + dom)
    p = "QUARANTINE" if dom.endswith("amazon.com") else "NONE"
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=szqgv33erturdv5cvz4vtb5qcy724zs2 header.b=Kq9wXr4T;\n"
            "       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s") % (
        dkim, dom, spf, mf, "designates" if spf == "pass" else "does not designate", ip, mf,
        dmarc, p, p, "NONE" if dmarc == "pass" else p, dom)

def mauth(dom, dkim="pass", spf="pass", dmarc="pass", mf="amazonses.com"):
    return ("spf=%s (sender IP is 54.240.27.11)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s\n reason=100") % (
        spf, mf, dkim, dom, dmarc, dom, "pass" if dmarc == "pass" else "fail")

def msg(n, slug, label, note, frm, to, subj, date, body=None, html=None, cs="utf-8", cte="8bit",
        cc=None, irt=None, refs=None, auth=None, crlf=False, extra=(), mid_dom="ses", subj_cs=None,
        mode=None, hcte=None):
    kind, needs, case, cands = label
    mid = mkmid(n, mid_dom)
    MIDS[n] = mid
    H = []
    if auth:
        H.append(("Authentication-Results", auth))
    H.append(("From", frm))
    H.append(("To", to))
    if cc:
        H.append(("Cc", cc))
    H.append(("Subject", enc_hdr(subj, subj_cs or cs)))
    H.append(("Date", date))
    H.append(("Message-ID", mid))
    if irt:
        H.append(("In-Reply-To", MIDS[irt]))
        chain = [MIDS[r] for r in (refs or [irt])]
        H.append(("References", " ".join(chain)))
    for k, v in extra:
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))
    if mode is None:
        mode = "alt" if (body and html) else ("html" if html else "plain")
    chunks = []
    def part_bytes(ctype, text, pcs, pcte):
        b = enc_body(text, pcs, pcte)
        if isinstance(b, str):
            b = b.encode("ascii")
        return ("Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n" % (ctype, pcs, pcte)).encode("ascii") + b
    if mode == "plain":
        H.append(("Content-Type", 'text/plain; charset="%s"' % cs))
        H.append(("Content-Transfer-Encoding", cte))
        payload = enc_body(body, cs, cte)
        payload = payload.encode("ascii") if isinstance(payload, str) else payload
    elif mode == "html":
        H.append(("Content-Type", 'text/html; charset="%s"' % cs))
        H.append(("Content-Transfer-Encoding", cte))
        payload = enc_body(html, cs, cte)
        payload = payload.encode("ascii") if isinstance(payload, str) else payload
    else:
        bnd = "----=_Part_%d_%s" % (n, hashlib.md5(mid.encode()).hexdigest()[:12])
        H.append(("Content-Type", 'multipart/alternative; boundary="%s"' % bnd))
        payload = b"This is a multi-part message in MIME format.\n\n"
        payload += ("--%s\n" % bnd).encode() + part_bytes("text/plain", body, cs, cte) + b"\n"
        payload += ("--%s\n" % bnd).encode() + part_bytes("text/html", html, cs, hcte or cte) + b"\n"
        payload += ("--%s--\n" % bnd).encode()
    head = "".join("%s: %s\n" % (k, v) for k, v in H).encode("ascii")
    data = head + b"\n" + payload
    if not data.endswith(b"\n"):
        data += b"\n"
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    name = "%03d-%s" % (n, slug)
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump({"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)}, f, ensure_ascii=False)
        f.write("\n")
    ROWS.append((name, kind, needs, case, note))

def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))

def tcs(case, re="RE:"):
    return "%s[CASE %s] %s" % (re, case, SUBJ)

GP = lambda: gauth("amazon.com", mailfrom="0100019abc@email.amazonses.com")
MP = lambda: mauth("amazon.com")

# ---------------------------------------------------------------- 001
msg(1, "001", ("unrelated", False, None, []),
    "Builder ID one-time code (6 digits) - not a case number, 'verify' wording",
    "AWS Builder ID <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address",
    "Sun, 09 Mar 2025 13:02:17 +0000",
    body="""Hello,

To finish creating your AWS Builder ID, enter this verification code on the sign-up page:

    482913

The code is valid for 30 minutes. If you didn't try to create a Builder ID, you can ignore this message; no account will be created without the code.

Amazon Web Services
""", auth=gauth("signin.aws", mailfrom="bounce@signin.aws"))

# ---------------------------------------------------------------- 002
msg(2, "002", ("unrelated", False, None, []),
    "training platform welcome mail from aws.training, mentions certification account and 'complete your profile'",
    "AWS Training and Certification <no-reply@aws.training>", ME_P,
    "Welcome to AWS Skill Builder", "Sun, 09 Mar 2025 13:20:44 +0000",
    body="""Hi Haruka,

Your AWS Skill Builder profile is ready. Start with one of the free learning plans, or link a certification account from the Certification tab to see your exam history in one place.

Complete your profile to get course suggestions that fit your role.

- The AWS Training and Certification team

You are receiving this because you created a profile on skillbuilder.aws.
""", auth=gauth("aws.training", mailfrom="bounce@aws.training"))

# ---------------------------------------------------------------- 003 ack C1
ACK1 = """Hello,

Thanks for reaching out to Amazon Web Services. Your request has been logged as case %s and is now in the queue of the Training and Certification team.

Here is what we received:

Case ID: %s
Subject: AWS Training and Certification Form Submission - account-assistance
Inquiry type: Certification
Additional details: Account Merge
Description:
  Use case: I am leaving Tsubasa Systems at the end of this month and want my
  certifications moved from my company account to my personal one.
  Addresses I have used: h.nishida@tsubasa-sys.co.jp, haruka.nishida.0214@gmail.com
  Address to keep: haruka.nishida.0214@gmail.com

Most requests get a first answer within one business day, although some take longer while we research them. Opening another case for the same request will not speed things up and may slow it down, so please keep everything on this one.

Should you want to add details, you can answer this email and your message will be attached to the case.

Best regards,
Amazon Web Services
Training and Certification Customer Service
""" % (C1, C1)
msg(3, "003", ("acknowledgement", False, C1, []),
    "ack with conditional 'you can answer this email' and 'keep everything on this one' (imperative but no ask)",
    TCN, ME_P, tcs(C1, "RE:"), "Mon, 10 Mar 2025 07:43:51 +0000", body=ACK1, auth=GP())

# ---------------------------------------------------------------- 004 ack C2 (duplicate, JP, ISO-2022-JP, company box)
ACK2 = """お客様

アマゾン ウェブ サービスへお問い合わせいただき、ありがとうございます。
お問い合わせはケース番号 %s として受け付けました。

ケースの内容:
ケース ID: %s
件名: AWS Training and Certification Form Submission - account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

担当者より通常 24 時間以内にご連絡いたしますが、調査内容によってはお時間をいただく場合がございます。
同じ内容のケースをすでにお持ちの場合、重複してケースを作成されますと対応が遅れる原因となりますので、ご注意ください。

補足事項がございましたら、このメールにご返信いただければケースに追加されます。

Amazon Web Services
""" % (C2, C2)
msg(4, "004", ("acknowledgement", False, C2, []),
    "Japanese ack (ISO-2022-JP) of a duplicate submission made from the company address; conditional ご返信いただければ",
    TCN, ME_C, "RE: [CASE %s] %s" % (C2, SUBJ), "Mon, 10 Mar 2025 08:25:02 +0000",
    body=ACK2, cs="iso-2022-jp", cte="7bit", auth=MP(), crlf=True)

# ---------------------------------------------------------------- 005 github merged
msg(5, "005", ("unrelated", False, None, []),
    "GitHub 'Merged' notification - merge wording but not AWS",
    "Kenji Sato <notifications@github.com>", ME_C,
    "Re: [tsubasa-sys/infra-modules] Consolidate account baseline module (PR #412)",
    "Mon, 10 Mar 2025 09:11:40 +0000",
    body="""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubasa-sys/infra-modules/pull/412#event-16650231
You are receiving this because you were assigned.
""", auth=mauth("github.com", mf="github.com"), mid_dom="github.com",
    extra=[("X-GitHub-Reason", "assign")])

# ---------------------------------------------------------------- 006 APN hold with buried question
ONHOLD = """Hi Haruka,

My name is Priya and I'll be looking after your merge request.

I located both certification accounts from your form. The one registered to h.nishida@tsubasa-sys.co.jp is tied to an AWS Partner Network organization (Tsubasa Systems Co., Ltd.). Certifications held in a partner-linked account count toward that organization's standing in the partner program, and the partner is entitled to see them in Partner Central. For that reason our policy does not allow us to move credentials out of a partner organization while the holder still works there, even when the holder asks for it.

I have therefore put the merge on hold. It is not rejected; it simply cannot go ahead in its current state.

Are you still employed by Tsubasa Systems? If you've already left or are leaving, what is (or was) your last working day?

As soon as I have that I can resume the request.

Regards,
Priya S.
AWS Training and Certification
"""
msg(6, "006", ("on_hold", True, C1, []),
    "APN hold; the ask is two bare questions in the middle of long policy text, no 'please'",
    TCN, ME_P, tcs(C1), "Tue, 11 Mar 2025 02:14:09 +0000", body=ONHOLD, auth=GP())

# ---------------------------------------------------------------- 007 user reply from company address (wrong address), Outlook, Shift_JIS
R7 = """Hello Priya,

Yes, I am leaving. My last working day at Tsubasa Systems is March 28, 2025.
Please continue with the merge.

Best regards,
Haruka Nishida
--------------------------------------------
西田 遥 / Haruka Nishida
株式会社ツバサシステムズ クラウド推進部
h.nishida@tsubasa-sys.co.jp
--------------------------------------------

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 11, 2025 11:14 AM
To: haruka.nishida.0214@gmail.com
Subject: RE:[CASE %s] %s

%s""" % (C1, SUBJ, ONHOLD)
msg(7, "007", ("user_reply", False, C1, []),
    "owner answers from the OLD company address (Outlook, Shift_JIS); quotes the hold question under -----Original Message-----",
    "=?shift_jis?B?kLyTYyCXeQ==?= <%s>" % ME_C, TCN, "RE: " + tcs(C1), "Tue, 11 Mar 2025 12:40:31 +0900",
    body=R7, cs="shift_jis", cte="8bit", irt=6, mid_dom="TYCPR01MB8432.jpnprd01.prod.outlook.com",
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# ---------------------------------------------------------------- 008 wrong-address info request
WRONG = """Hello Haruka,

Thank you for the update.

Your reply came from h.nishida@tsubasa-sys.co.jp. That is the company address on the account being merged away, not the contact address on this case, and for the protection of your records we only act on merge instructions sent from the address that will be kept.

We need you to send the same answer (that you are leaving Tsubasa Systems, and your last day) from haruka.nishida.0214@gmail.com. A reply to this message from that mailbox is enough.

Thanks for understanding,
Priya S.
AWS Training and Certification
"""
msg(8, "008", ("info_request", True, C1, []),
    "wrong-address reply: support needs the answer re-sent from the personal address; sent to the company box, 'We need you to'",
    TCN, ME_C, tcs(C1), "Tue, 11 Mar 2025 05:02:55 +0000", body=WRONG, cc=ME_P,
    irt=7, refs=[6, 7], auth=MP())

# ---------------------------------------------------------------- 009 billing
msg(9, "009", ("unrelated", False, None, []),
    "AWS billing with 12-digit account id; 'action' wording",
    "Amazon Web Services <aws-billing@amazon.com>", ME_P,
    "Amazon Web Services Billing Statement Available [Account: %s]" % ACCT,
    "Tue, 11 Mar 2025 09:30:12 +0000",
    body="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $0.84

Account ID: [AWS ID %s]

You can see a complete break down of all charges on the Billing & Cost Management page.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % ACCT, auth=GP())

# ---------------------------------------------------------------- 010 user reply from personal (Gmail quoting)
R10 = """Hi Priya,

Re-sending from my personal address as you asked.

I am leaving Tsubasa Systems; my last working day is 28 March 2025 and the company mailbox will be shut down after that. Please go ahead and merge everything into the account that uses haruka.nishida.0214@gmail.com.

Thanks,
Haruka

On Tue, Mar 11, 2025 at 2:02 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(WRONG))
msg(10, "010", ("user_reply", False, C1, []),
    "owner's re-sent answer from personal box, Gmail 'On ... wrote:' quoting the request",
    "Haruka Nishida <%s>" % ME_P, TCN, "Re: " + tcs(C1), "Tue, 11 Mar 2025 20:48:03 +0900",
    body=R10, irt=8, refs=[6, 7, 8], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 011 duplicate closed
DUP = """Hello,

I'm writing about case %s, which you opened from h.nishida@tsubasa-sys.co.jp on 10 March.

The same merge request was submitted a little earlier and is already being worked in case %s by one of my colleagues. To avoid two people working on the same accounts, I have closed this second case. Nothing is required from you here - updates will continue under the other case number.

Kind regards,
Daniela M.
AWS Training and Certification
""" % (C2, C1)
msg(11, "011", ("resolved", False, C2, []),
    "duplicate case closed with nothing to do; body also names the OTHER case number (label stays on this thread)",
    TCN, ME_C, "RE: [CASE %s] %s" % (C2, SUBJ), "Wed, 12 Mar 2025 01:05:37 +0000",
    body=DUP, irt=4, auth=MP())

# ---------------------------------------------------------------- 012 colleague OOO (JP)
msg(12, "012", ("unrelated", False, None, []),
    "Japanese out-of-office auto reply from a colleague; contains ご返信/ご連絡ください wording",
    "=?iso-2022-jp?B?GyRCOzM4fRsoQiAbJEI9JBsoQg==?= <s.yamaguchi@tsubasa-sys.co.jp>", ME_C,
    "自動応答: 送別会の日程について", "Wed, 12 Mar 2025 10:03:11 +0900",
    body="""西田さん

(自動応答)
3月12日から3月14日まで出張のため不在にしております。
期間中のメールは確認が遅れます。お急ぎの場合は、部署代表(cloud-team@tsubasa-sys.co.jp)までご連絡ください。

山口
""", cs="iso-2022-jp", cte="7bit", mid_dom="TYWPR01MB1122.jpnprd01.prod.outlook.com",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# ---------------------------------------------------------------- 013 phishing lookalike
msg(13, "013", ("suspicious", False, None, []),
    "phishing from lookalike domain (passes its own DKIM/DMARC); urgent merge verification with fake case id",
    "AWS Certification Support <support@aws-certification-help.com>", ME_P,
    "Action required: verify your certification account merge (Case 3390017712)",
    "Wed, 12 Mar 2025 04:40:20 +0000",
    body="""Dear Candidate,

We have received a request to merge your AWS Certification accounts (Case ID: 3390017712).
To protect your credentials, you must verify your identity within 24 hours or the merge will be cancelled and your certifications may be revoked.

Verify now: https://aws-certification-help.com/merge/verify?id=3390017712

Please reply to this email with your Builder ID password if the link does not work.

AWS Training & Certification Security Team
""", auth=gauth("aws-certification-help.com", mailfrom="mailer@aws-certification-help.com", ip="185.212.47.9"),
    mid_dom="aws-certification-help.com")

# ---------------------------------------------------------------- 014 confirmation request HTML table
HTML14 = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>Thank you for confirming your employment status; the partner hold has been lifted and I am preparing the merge.</p>
<p>I found the following two certification accounts:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#ffffff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS09126604</td><td>AWS03815527</td></tr>
<tr><td>Login email</td><td>haruka.nishida.0214@gmail.com</td><td>h.nishida@tsubasa-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>haruka.nishida.0214@gmail.com</td><td>h.nishida@tsubasa-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>haruka.nishida.0214@gmail.com</td><td>h.nishida@tsubasa-sys.co.jp</td></tr>
<tr><td>Active certifications</td><td>0</td><td>3</td></tr>
</table>
<p>When two accounts are merged, exam history, certifications and benefits move into the account that is kept, and the other one is closed. This cannot be undone.</p>
<p>Kindly review both records and let me know which of the two accounts should remain after the merge.</p>
<p>Best regards,<br>Marco R.<br>AWS Training and Certification Customer Service</p>
<p style="color:#888888;font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>
"""
msg(14, "014", ("confirmation_request", True, C1, ["AWS09126604", "AWS03815527"]),
    "HTML-only, quoted-printable, Account #1/#2 in a table with candidate IDs; ask starts with 'Kindly'",
    TCN, ME_P, tcs(C1), "Thu, 13 Mar 2025 03:26:48 +0000", html=HTML14, cte="quoted-printable",
    irt=10, refs=[6, 7, 8, 10], auth=GP())

# ---------------------------------------------------------------- 015 Pearson VUE
msg(15, "015", ("unrelated", False, None, []),
    "exam vendor confirmation with 9-digit registration id and 'you must' instructions",
    "Pearson VUE <pearsonvueconfirmation@pearson.com>", ME_P,
    "Pearson VUE Confirmation of Exam Appointment", "Thu, 13 Mar 2025 06:01:10 +0000",
    body="""Dear Haruka Nishida,

Thank you for scheduling with Pearson VUE. This email confirms your appointment.

Registration ID: 412097335
Exam: AWS Certified Security - Specialty (SCS-C02)
Date: Friday, April 18, 2025  10:00 AM JST
Location: Online (OnVUE)

You must run the system test before exam day and present a valid government-issued ID. To reschedule, sign in at least 24 hours in advance.

Pearson VUE
""", auth=gauth("pearson.com", mailfrom="bounce@pearson.com"), mid_dom="pearson.com")

# ---------------------------------------------------------------- 016 certmetrics feedback invitation
msg(16, "016", ("certification", False, None, []),
    "certmetrics 'we want to hear from you' - a feedback invitation that is NOT the support survey",
    "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
    "AWS Certification wants to hear from you", "Thu, 13 Mar 2025 15:00:02 +0000",
    body="""Hello Haruka,

As an AWS Certified individual, your opinion shapes how we build future exams. Would you take 10 minutes to tell us about your experience with the AWS Certification program?

Take the survey: https://www.certmetrics.com/amazon/survey/?id=8f2e1

Your answers are anonymous.

AWS Certification
Please do not reply to this message; this mailbox is not monitored.
""", auth=mauth("certmetrics.com", mf="certmetrics.com"), mid_dom="certmetrics.com")

# ---------------------------------------------------------------- 017 AWS marketing JP HTML
HTML17 = """<html><body>
<h2>AWS Summit Japan 2025 参加登録受付中</h2>
<p>西田 遥 様</p>
<p>今年も AWS Summit Japan を開催いたします。基調講演、200 以上のセッション、認定者ラウンジをご用意しております。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a>してください。</p>
<p>AWS 認定をお持ちの方は、認定者ラウンジにぜひお立ち寄りください。</p>
<p style="font-size:11px">配信停止をご希望の場合は、こちらからお手続きください。アマゾン ウェブ サービス ジャパン合同会社</p>
</body></html>
"""
msg(17, "017", ("unrelated", False, None, []),
    "Japanese AWS marketing (HTML, quoted-printable) with 登録してください and 認定 wording",
    "=?utf-8?B?QVdTIOOCpOODmeODs+ODiA==?= <aws-marketing-email-replies@amazon.com>", ME_P,
    "【AWS Summit Japan 2025】参加登録のご案内", "Fri, 14 Mar 2025 01:00:00 +0000",
    html=HTML17, cte="quoted-printable", auth=GP())

# ---------------------------------------------------------------- 018 Jira
msg(18, "018", ("unrelated", False, None, []),
    "Jira issue assigned; 'Resolved'/'merge' words, not AWS",
    "Jira <jira@tsubasa-sys.atlassian.net>", ME_C,
    "[JIRA] (CLOUD-2231) Hand over AWS Organizations admin role before leave",
    "Fri, 14 Mar 2025 02:22:19 +0000",
    body="""Kenji Sato assigned CLOUD-2231 to Haruka Nishida

Hand over AWS Organizations admin role before leave
Status: In Progress  ->  Resolution: Unresolved
Account: %s

Please merge the SCP changes and transfer ownership before 28 Mar.

View issue: https://tsubasa-sys.atlassian.net/browse/CLOUD-2231
""" % ACCT, mid_dom="tsubasa-sys.atlassian.net")

# ---------------------------------------------------------------- 019 closing notice
CLOSE19 = """Hello,

We're following up on case %s. We wrote to you on 13 March and haven't had an answer yet.

If there's still no reply by 20 March, the case will be closed automatically. Answering this email - even with a single line - keeps it open and puts it back in front of an agent.

Regards,
AWS Training and Certification Customer Service
""" % C1
msg(19, "019", ("closing_notice", True, C1, []),
    "auto-close warning without 'please'; the reply-keeps-open sentence is the only ask",
    TCN, ME_P, tcs(C1), "Mon, 17 Mar 2025 03:30:00 +0000", body=CLOSE19, irt=14, auth=GP(), crlf=True)

# ---------------------------------------------------------------- 020 dmarc fail from amazon.com
msg(20, "020", ("suspicious", False, None, []),
    "genuine-looking From amazon.com but dkim=fail dmarc=fail in Authentication-Results",
    CON, ME_P, "Amazon Web Services: Your certification account requires attention",
    "Mon, 17 Mar 2025 05:12:44 +0000",
    body="""Dear AWS customer,

A merge request on your AWS Certification account could not be completed because your identity could not be verified.

Sign in within 48 hours to review the request, otherwise your certifications will be suspended:
https://aws-training-verify.support-case.net/signin

Case ID: 8812209934

Amazon Web Services
""", auth=gauth("amazon.com", dkim="fail", spf="fail", dmarc="fail",
                mailfrom="info@support-case.net", ip="45.137.22.81"), mid_dom="support-case.net")

# ---------------------------------------------------------------- 021 user confirms, top-posted over HTML->text history
R21 = """Confirmed - please merge into Account #1 (AWS09126604, haruka.nishida.0214@gmail.com).
Sorry for the slow answer, I was travelling.

Haruka

On Mon, Mar 17, 2025 at 12:30 PM AWS Training and Certification <%s> wrote:
%s

On Thu, Mar 13, 2025 at 12:26 PM AWS Training and Certification <%s> wrote:
> Hello Haruka,
> Thank you for confirming your employment status; the partner hold has been lifted and I am preparing the merge.
> I found the following two certification accounts:
> Account #1  Candidate ID AWS09126604  Login email haruka.nishida.0214@gmail.com
> Account #2  Candidate ID AWS03815527  Login email h.nishida@tsubasa-sys.co.jp
> Kindly review both records and let me know which of the two accounts should remain after the merge.
> Best regards,
> Marco R.
""" % (TC, q(CLOSE19), TC)
msg(21, "021", ("user_reply", False, C1, ["AWS09126604"]),
    "owner's confirmation top-posted over two quoted support asks; only one candidate id in new text",
    "Haruka Nishida <%s>" % ME_P, TCN, "Re: " + tcs(C1), "Mon, 17 Mar 2025 21:05:33 +0900",
    body=R21, irt=19, refs=[14, 19], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 022 bare-question confirmation
msg(22, "022", ("confirmation_request", True, C1, []),
    "second confirmation as one bare question ('Good to go?'), short, no 'confirm'/'please'",
    TCN, ME_P, tcs(C1), "Mon, 17 Mar 2025 13:41:09 +0000",
    body="""Hi Haruka,

Thanks. One last check before I run it: after the merge, Account #2 (h.nishida@tsubasa-sys.co.jp) disappears and everything sits under Account #1, and that can't be reversed.

Good to go?

Tomasz
AWS T&C Customer Service
""", irt=21, refs=[14, 19, 21], auth=GP())

# ---------------------------------------------------------------- 023 reply without case number in subject
msg(23, "023", ("user_reply", False, C1, []),
    "reply whose subject lost the [CASE] token; threaded only by In-Reply-To/References",
    "Haruka Nishida <%s>" % ME_P, TCN, "Go ahead with the merge", "Mon, 17 Mar 2025 23:02:50 +0900",
    body="""Hi Tomasz,

Yes, understood and OK - go ahead.

Haruka
""", irt=22, refs=[14, 19, 21, 22], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 024 case update
msg(24, "024", ("case_update", False, C1, []),
    "progress news (merge queued, up to 24h) with 'no action needed' - asks nothing",
    TCN, ME_P, tcs(C1), "Tue, 18 Mar 2025 00:15:27 +0000",
    body="""Hello Haruka,

Quick status note: I've submitted the merge to our records team. These usually complete within a day, sometimes a little sooner. Until then you may still see two accounts when signing in - that's expected.

No action is needed on your side while this runs; I'll write again once it's finished.

Tomasz
AWS Training and Certification
""", irt=23, auth=GP())

# ---------------------------------------------------------------- 025 JP newsletter
msg(25, "025", ("unrelated", False, None, []),
    "Japanese tech newsletter (base64) mentioning AWS認定 and アカウント統合",
    "Zenn <noreply@zenn.dev>", ME_P, "今週のトレンド記事: AWS認定アカウントを統合する手順 ほか",
    "Tue, 18 Mar 2025 09:00:00 +0900",
    body="""今週 Zenn でよく読まれた記事をお届けします。

1. 転職時に AWS 認定アカウントを個人アドレスへ統合する手順
2. Terraform で Organizations の SCP を管理する
3. Bedrock Agents を試してみた

配信設定の変更はマイページから行ってください。
""", cte="base64", auth=gauth("zenn.dev", mailfrom="bounce@zenn.dev"), mid_dom="zenn.dev")

# ---------------------------------------------------------------- 026 resolved merged, quoting old requests
RES26 = """Hello Haruka,

Good news: the merge is finished. Your exam history, three certifications and the exam benefit from AWS03815527 now appear under AWS09126604 (haruka.nishida.0214@gmail.com), and the company-address account has been retired.

Badges may take a few hours to show up in Credly. There's nothing more you need to do.

If anything looks off, you can write back on this thread.

Best,
Tomasz
AWS Training and Certification

-----Original Message-----
From: Haruka Nishida
Sent: 17 March 2025 14:02
Subject: Go ahead with the merge
> Yes, understood and OK - go ahead.

-----Original Message-----
From: AWS Training and Certification
Sent: 13 March 2025 03:26
Subject: RE:[CASE %s] %s
> Kindly review both records and let me know which of the two accounts should remain after the merge.
""" % (C1, SUBJ)
msg(26, "026", ("resolved", False, C1, ["AWS03815527", "AWS09126604"]),
    "completion mail in new wording ('merge is finished') with the old confirmation ask quoted below and a conditional write-back line",
    TCN, ME_P, tcs(C1), "Tue, 18 Mar 2025 06:48:00 +0000", body=RES26, irt=24, refs=[22, 23, 24],
    auth=GP(), cte="quoted-printable")

# ---------------------------------------------------------------- 027/028 Credly
def credly(n, cert, date):
    html = """<html><body>
<p>Hi Haruka,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>
<table><tr><td><img src="https://images.credly.com/size/340x340/images/aws.png" alt="badge"></td>
<td><b>%s</b><br>Accept your badge to share it on LinkedIn and add it to your email signature.</td></tr></table>
<p><a href="https://www.credly.com/earner/earned/badge/6b1f0a2e-77c4-4b1a-9d0e-%012d">Accept Badge</a></p>
<p style="font-size:11px">Credly, 5 Bryant Park, New York, NY. You are receiving this because an organization issued you a badge.</p>
</body></html>
""" % (cert, n)
    text = "Hi Haruka,\n\nAmazon Web Services Training and Certification has issued you a new badge: %s\n\nAccept your badge: https://www.credly.com/earner/earned/badge/6b1f0a2e-77c4-4b1a-9d0e-%012d\n" % (cert, n)
    return text, html
t, h = credly(27, "AWS Certified Solutions Architect - Associate", "")
msg(27, "027", ("badge", False, None, []),
    "Credly badge (multipart/alternative), 'Accept your badge' call to action, badge UUID",
    "Credly <admin@credly.com>", ME_P,
    "Haruka, you earned a badge from Amazon Web Services Training and Certification",
    "Tue, 18 Mar 2025 07:02:11 +0000", body=t, html=h, cte="quoted-printable",
    auth=gauth("credly.com", mailfrom="bounce@credly.com"), mid_dom="credly.com")
t, h = credly(28, "AWS Certified Developer - Associate", "")
msg(28, "028", ("badge", False, None, []),
    "second Credly badge arriving right after the merge",
    "Credly <admin@credly.com>", ME_P,
    "Claim your AWS Certified Developer - Associate badge",
    "Tue, 18 Mar 2025 07:02:15 +0000", body=t, html=h, cte="base64", hcte="base64",
    auth=gauth("credly.com", mailfrom="bounce@credly.com"), mid_dom="credly.com")

# ---------------------------------------------------------------- 029 survey C1
msg(29, "029", ("survey", False, C1, []),
    "post-case rating request; 'could you take a moment' looks like an ask but it's a survey",
    "AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>", ME_P,
    "How did we do? Case %s" % C1, "Wed, 19 Mar 2025 06:50:00 +0000",
    body="""Hello,

Your recent case %s with AWS Training and Certification has been resolved. Could you take a moment to rate the help you received?

How satisfied were you with our response?
  Very satisfied:    https://survey.aws/tc?c=%s&r=5
  Satisfied:         https://survey.aws/tc?c=%s&r=4
  Neutral:           https://survey.aws/tc?c=%s&r=3
  Dissatisfied:      https://survey.aws/tc?c=%s&r=2

Replies to this message are not read.

Amazon Web Services
""" % (C1, C1, C1, C1, C1), auth=GP())

# ---------------------------------------------------------------- 030 forwarded copy by owner
FWD = """遥です。記録用に個人アドレスへ転送。

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 12, 2025 2:02 PM
To: h.nishida@tsubasa-sys.co.jp
Cc: haruka.nishida.0214@gmail.com
Subject: RE:[CASE %s] %s

%s""" % (C1, SUBJ, WRONG)
msg(30, "030", ("user_reply", False, C1, []),
    "owner forwards an OLD support request from the company box to herself (Outlook, Shift_JIS): the quoted ask is not new",
    "=?shift_jis?B?kLyTYyCXeQ==?= <%s>" % ME_C, ME_P, "FW: " + tcs(C1),
    "Wed, 19 Mar 2025 18:30:22 +0900", body=FWD, cs="shift_jis", cte="8bit", crlf=True,
    auth=gauth("tsubasa-sys.co.jp", mailfrom=ME_C, ip="40.107.74.51"),
    mid_dom="TYCPR01MB8432.jpnprd01.prod.outlook.com")

# ---------------------------------------------------------------- 031 IT notice JP Shift_JIS
msg(31, "031", ("unrelated", False, None, []),
    "company IT notice (Shift_JIS) about mailbox shutdown with imperative ください",
    enc_addr("情報システム部", "it-helpdesk@tsubasa-sys.co.jp", "shift_jis"), ME_C,
    "【重要】退職に伴うアカウント停止のお知らせ", "Wed, 19 Mar 2025 10:00:00 +0900",
    body="""西田 遥 様

情報システム部です。
ご退職に伴い、3月28日(金) 18:00 をもって以下のアカウントを停止いたします。

・メールアカウント: h.nishida@tsubasa-sys.co.jp
・AWS IAM Identity Center ユーザー (管理アカウント %s)

必要なデータは停止日までに移行してください。停止後の復旧はできません。

情報システム部
""" % ACCT, cs="shift_jis", cte="8bit", crlf=True, mid_dom="tsubasa-sys.co.jp")

# ---------------------------------------------------------------- 032 ack C4 JP base64
ACK4 = """西田 遥 様

Amazon Web Services へのお問い合わせありがとうございます。
以下の内容でケースを作成いたしました。

ケース ID: %s
件名: AWS Training and Certification Form Submission - exam-registration
お問い合わせ内容:
  会社アカウントで予約した4月の試験予約を、統合後の個人アカウントでも有効にできるか確認したいです。

通常、24時間以内に担当者よりご連絡いたします。
本件についてすでに別のケースをお持ちの場合は、新たにケースを作成なさらないようお願いいたします。

追加の情報がございましたら、このメールにご返信ください。

アマゾン ウェブ サービス
トレーニングと認定 カスタマーサービス
""" % C4
msg(32, "032", ("acknowledgement", False, C4, []),
    "Japanese ack (UTF-8 base64), 11-digit case; conditional 追加の情報がございましたら…ご返信ください",
    TCN, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-registration" % C4,
    "Wed, 19 Mar 2025 11:47:05 +0000", body=ACK4, cte="base64", auth=GP())

# ---------------------------------------------------------------- 033 JP info request keigo
INFO33 = """西田 遥 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの佐々木でございます。

このたびはお問い合わせいただき、誠にありがとうございます。
アカウント統合が完了していることを確認いたしました。統合前に旧アカウントでご予約いただいた試験につきましては、試験配信事業者側の登録情報と照合のうえ、新しいアカウントに紐付け直す必要がございます。

つきましては、お手数ではございますが、対象となる試験の Pearson VUE 登録番号と受験予定日をお知らせいただけますでしょうか。

ご確認のほど、よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
msg(33, "033", ("info_request", True, C4, []),
    "Japanese keigo request (お知らせいただけますでしょうか) after an explanation; no 'please'",
    TCN, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-registration" % C4,
    "Thu, 20 Mar 2025 02:10:44 +0000", body=INFO33, cs="iso-2022-jp", cte="7bit", irt=32, auth=GP())

# ---------------------------------------------------------------- 034 other vendor case closed
msg(34, "034", ("unrelated", False, None, []),
    "another vendor's support 'case closed' with rating request and case number",
    "Datadog Support <support@datadoghq.com>", ME_C,
    "[Datadog Support] Case #1873402 has been closed", "Thu, 20 Mar 2025 08:14:51 +0000",
    body="""Hello Haruka,

Your case #1873402 "Log pipeline drops AWS CloudTrail events" has been closed.

If the issue is not resolved, reply to this email within 7 days and the case will be reopened.

How would you rate the support you received? https://datadoghq.zendesk.com/satisfaction/1873402

Datadog Support
""", auth=mauth("datadoghq.com", mf="datadoghq.com"), mid_dom="datadoghq.zendesk.com")

# ---------------------------------------------------------------- 035 console ack
CONACK = """Dear AWS customer,

A new support case has been created for your account.

Case ID: %s
Subject: Builder ID sign-in opens an empty certification profile
Severity: General guidance
Service: Training and Certification
Account: [AWS ID %s]
Opened by: haruka.nishida.0214@gmail.com

You can view and update the case at:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This email was sent from an e-mail address that cannot accept incoming e-mails. To correspond on this case, use the link above.
""" % (C3, ACCT, C3)
msg(35, "035", ("acknowledgement", False, C3, []),
    "Support Center 'New Support case' with 10-digit id AND a 12-digit AWS account id",
    CON, ME_P, "Amazon Web Services: New Support case: %s" % C3, "Fri, 21 Mar 2025 00:30:10 +0000",
    body=CONACK, auth=GP())

# ---------------------------------------------------------------- 036 console info request with feedback footer
T36 = """Hello,

Thanks for contacting AWS Support. I'm Arjun from the Training and Certification team.

When you sign in with your Builder ID you land on a profile with no exam history. This usually means the Builder ID is attached to a new, empty certification profile rather than to the merged one.

To relink it I'll need the Builder ID email you are signing in with, and whether you also used "Sign in with Amazon" in the past. Reply from the Support Center using the link below - replies by email are not delivered to us.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Arjun K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link above. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
This email was sent from an e-mail address that cannot accept incoming e-mails.
""" % C3
H36 = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in T36.strip().split("\n\n")) + "</body></html>\n"
msg(36, "036", ("info_request", True, C3, []),
    "console case: info asked, must be answered in Support Center; survey footer under the ask",
    CON, ME_P, "RE:[CASE %s] Builder ID sign-in opens an empty certification profile" % C3,
    "Fri, 21 Mar 2025 04:55:31 +0000", body=T36, html=H36, cte="quoted-printable", auth=GP())

# ---------------------------------------------------------------- 037 skill builder receipt
msg(37, "037", ("unrelated", False, None, []),
    "Skill Builder subscription receipt from aws.training",
    "AWS Skill Builder <no-reply@aws.training>", ME_P, "Your AWS Skill Builder subscription receipt",
    "Fri, 21 Mar 2025 10:10:10 +0000",
    body="""Thank you for subscribing to AWS Skill Builder Individual.

Order number: 7734-2281-0093
Plan: Individual, monthly
Amount: USD 29.00

Manage your subscription from your profile at any time.

AWS Training and Certification
""", auth=gauth("aws.training", mailfrom="bounce@aws.training"))

# ---------------------------------------------------------------- 038 JP closing notice (already closed, reply reopens)
CLOSE38 = """西田 様

いつもお世話になっております。

3月20日にご連絡いたしました件につきまして、その後ご返信をいただけておりませんでしたため、本ケースをいったんクローズとさせていただきました。

引き続きご対応が必要な場合は、このメールにそのままご返信くださればケースが再開されます。

AWS トレーニングと認定 カスタマーサービス
"""
msg(39 - 1, "038", ("closing_notice", True, C4, []),
    "Japanese 'case has been closed' because no answer; reply reopens it (plain ください, conditional form)",
    TCN, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-registration" % C4,
    "Mon, 24 Mar 2025 01:00:12 +0000", body=CLOSE38, cs="iso-2022-jp", cte="7bit", irt=33, auth=GP())

# ---------------------------------------------------------------- 039 JP user reply with 9-digit registration id
R39 = """佐々木様

ご連絡が遅くなり申し訳ありません。
試験の情報は以下のとおりです。

Pearson VUE 登録番号: 412097335
受験予定日: 2025年4月18日 10:00 (オンライン)

お手数をおかけしますが、よろしくお願いいたします。

西田 遥

2025年3月24日(月) 10:00 AWS Training and Certification <%s>:
%s
""" % (TC, q(CLOSE38))
msg(39, "039", ("user_reply", False, C4, []),
    "owner's Japanese reply with a 9-digit registration id (not a case id); Gmail Japanese quote header",
    "=?UTF-8?B?6KW/55SwIOmBpQ==?= <%s>" % ME_P, TCN,
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-registration" % C4,
    "Mon, 24 Mar 2025 12:31:09 +0900", body=R39, cte="base64", irt=38, refs=[32, 33, 38],
    mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 040 JP on hold (no ask)
msg(40, "040", ("on_hold", False, C4, []),
    "Japanese hold waiting on the exam vendor; explicitly no action needed; conditional ございましたら line",
    TCN, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-registration" % C4,
    "Mon, 24 Mar 2025 06:20:40 +0000",
    body="""西田 遥 様

ご返信ありがとうございます。ケースを再開いたしました。

いただいた登録番号をもとに、現在 Pearson VUE 側へ予約の付け替えを依頼しております。先方からの回答が届くまで、本件は保留とさせていただきます。
お客様側で現時点でご対応いただくことはございません。

ご不明な点がございましたら、お気軽にお問い合わせください。

佐々木
AWS トレーニングと認定 カスタマーサービス
""", cte="quoted-printable", irt=39, refs=[32, 33, 38, 39], auth=GP())

# ---------------------------------------------------------------- 041 console closing notice
msg(41, "041", ("closing_notice", True, C3, []),
    "console auto-resolve warning; answer must go through Support Center; survey footer",
    CON, ME_P, "RE:[CASE %s] Builder ID sign-in opens an empty certification profile" % C3,
    "Mon, 24 Mar 2025 05:00:00 +0000",
    body="""Hello,

We haven't received a response from you on this case. If we don't hear back within the next 3 days, the case will be resolved automatically. After a case has been resolved for 14 days it can no longer be reopened.

To keep it active, add a correspondence in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link above.

This email was sent from an e-mail address that cannot accept incoming e-mails.
""" % C3, auth=GP())

# ---------------------------------------------------------------- 042 amazon.co.jp order JP
msg(42, "042", ("unrelated", False, None, []),
    "Amazon.co.jp order mail (Japanese, amazon.co.jp domain, not AWS)",
    "=?UTF-8?B?QW1hem9uLmNvLmpw?= <auto-confirm@amazon.co.jp>", ME_P,
    "Amazon.co.jp ご注文の確認", "Tue, 25 Mar 2025 09:12:00 +0900",
    body="""西田 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文番号: 249-5518820-3377014

商品: AWS認定 セキュリティ専門知識 問題集
お届け予定: 3月27日

ご注文内容の確認・変更は「注文履歴」から行ってください。
""", cte="base64", auth=gauth("amazon.co.jp", mailfrom="bounce@amazon.co.jp"), mid_dom="amazon.co.jp")

# ---------------------------------------------------------------- 043 JP phishing
msg(43, "043", ("suspicious", False, None, []),
    "Japanese phishing from a lookalike domain; urgent keigo request with fake case number",
    "=?UTF-8?B?QVdTIOiqjeWumuOCteODneODvOODiA==?= <support@aws-nintei-jp.com>", ME_P,
    "【AWS認定】アカウント統合の最終確認のお願い(ケース番号:5520198843)",
    "Tue, 25 Mar 2025 03:33:03 +0000",
    body="""お客様

AWS認定アカウントの統合手続きが保留となっております。
本人確認のため、24時間以内に以下のページからログインし、認証情報をご入力いただけますでしょうか。
期限を過ぎますと、保有資格が失効いたします。

https://aws-nintei-jp.com/merge/confirm

AWS 認定サポート
""", cte="base64", auth=gauth("aws-nintei-jp.com", mailfrom="mail@aws-nintei-jp.com", ip="103.77.192.20"),
    mid_dom="aws-nintei-jp.com")

# ---------------------------------------------------------------- 044 console resolved
msg(44, "044", ("resolved", False, C3, []),
    "console case resolved after the owner answered in the Support Center; 'reopen within 14 days' + rating footer",
    CON, ME_P, "RE:[CASE %s] Builder ID sign-in opens an empty certification profile" % C3,
    "Wed, 26 Mar 2025 02:40:18 +0000",
    body="""Hello,

Thank you for the details you added in the Support Center. I've detached the empty profile from your Builder ID and linked it to your merged certification account, so your exam history shows again when you sign in.

I'm marking this case as resolved. If something still isn't right, you can reopen it from the Support Center within 14 days.

Best regards,
Arjun K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This email was sent from an e-mail address that cannot accept incoming e-mails.
""" % C3, auth=GP())

# ---------------------------------------------------------------- 045 console survey
msg(45, "045", ("survey", False, C3, []),
    "separate AWS Support satisfaction survey naming the console case id",
    CON, ME_P, "Tell us about your recent AWS Support experience (Case %s)" % C3,
    "Thu, 27 Mar 2025 02:40:00 +0000",
    body="""Hello,

You recently worked with AWS Support on case %s. We'd appreciate a few minutes of your time to tell us how it went.

Start the survey: https://aws.amazon.com/support/survey/?caseId=%s

This survey takes about 3 minutes.

Amazon Web Services
This email was sent from an e-mail address that cannot accept incoming e-mails.
""" % (C3, C3), auth=GP())

# ---------------------------------------------------------------- 046 English auto-reply
msg(46, "046", ("unrelated", False, None, []),
    "English out-of-office auto-reply from the new employer's HR",
    "Mia Chen <mia.chen@northwind-cloud.co.jp>", ME_P,
    "Automatic reply: Onboarding documents", "Wed, 26 Mar 2025 09:05:00 +0900",
    body="""Thank you for your email. I am out of the office until March 31 with limited access to email.

For urgent onboarding matters, please contact hr@northwind-cloud.co.jp.

Mia
""", extra=[("Auto-Submitted", "auto-replied")], auth=gauth("northwind-cloud.co.jp", mailfrom="mia.chen@northwind-cloud.co.jp", ip="40.107.74.60"),
    mid_dom="OS3PR01MB6551.jpnprd01.prod.outlook.com")

# ---------------------------------------------------------------- 047 JP resolved with quoted request
msg(47, "047", ("resolved", False, C4, []),
    "Japanese completion (ISO-2022-JP, CRLF) with the old keigo request quoted below",
    TCN, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-registration" % C4,
    "Thu, 27 Mar 2025 04:02:33 +0000",
    body="""西田 遥 様

お待たせいたしました。
Pearson VUE より、4月18日の試験予約を統合後のアカウントへ付け替えたとの連絡がございました。予約内容に変更はなく、お客様による追加のお手続きは必要ございません。

本ケースはこれにて解決とさせていただきます。

佐々木
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
%s
""" % q(INFO33), cs="iso-2022-jp", cte="7bit", crlf=True, irt=40, refs=[32, 33, 38, 39, 40], auth=GP())

# ---------------------------------------------------------------- 048 certmetrics expiry
msg(48, "048", ("certification", False, None, []),
    "certmetrics expiry reminder with 'recertify now' call to action",
    "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
    "Your AWS Certification expires in 90 days", "Thu, 27 Mar 2025 15:00:00 +0000",
    body="""Hello Haruka,

Your AWS Certified Solutions Architect - Associate certification (Validation number: 7K1QW2RJX1E4Q3S9) expires on June 25, 2025.

Recertify before that date to keep your certification active. Your 50% exam discount is available under Benefits in your certification account.

AWS Certification
""", auth=gauth("certmetrics.com", mailfrom="bounce@certmetrics.com"), mid_dom="certmetrics.com")

# ---------------------------------------------------------------- 049 farewell JP
msg(49, "049", ("unrelated", False, None, []),
    "colleague's farewell note on the last day (Shift_JIS), explicitly 返信不要",
    "=?shift_jis?B?jbKToSCMkg==?= <k.sato@tsubasa-sys.co.jp>", ME_C, "お疲れさまでした",
    "Fri, 28 Mar 2025 17:10:00 +0900",
    body="""西田さん

3年間本当にお疲れさまでした。引き継ぎもありがとうございました。
新しい職場でもご活躍をお祈りしています。

返信は不要です!

佐藤
""", cs="shift_jis", cte="8bit", mid_dom="tsubasa-sys.co.jp")

# ---------------------------------------------------------------- 050 owner reopens C1
R50 = """Hi Tomasz,

Sorry to come back to this. The merge looked fine at first, but the 50%% exam discount that was on my old account (AWS03815527) isn't listed under Benefits on my personal account. Could you check whether it was carried over?

Thanks,
Haruka

On Tue, Mar 18, 2025 at 3:48 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(RES26.split("-----Original Message-----")[0].rstrip()))
msg(50, "050", ("user_reply", False, C1, ["AWS03815527"]),
    "owner reopens a resolved case by replying to the completion mail; asks support a question",
    "Haruka Nishida <%s>" % ME_P, TCN, "Re: " + tcs(C1), "Tue, 01 Apr 2025 10:15:44 +0900",
    body=R50, irt=26, refs=[24, 26], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 051 case update reopened
msg(51, "051", ("case_update", False, C1, []),
    "reopen notice: news only, ends with a conditional 'feel free to add' line",
    TCN, ME_P, tcs(C1), "Tue, 01 Apr 2025 05:20:00 +0000",
    body="""Hello Haruka,

I've reopened case %s and taken it over from Tomasz, who is out this week. I can see the discount on the old record but not on the merged one, so something went wrong in the transfer of benefits. I'm looking into it now.

Feel free to add anything else you notice on this thread.

Sanjay
AWS Training and Certification
""" % C1, irt=50, auth=GP())

# ---------------------------------------------------------------- 052 marketing EN
msg(52, "052", ("unrelated", False, None, []),
    "AWS marketing about certification discounts; 'Claim your voucher' imperative",
    "AWS Training and Certification <aws-marketing-email-replies@amazon.com>", ME_P,
    "Get AWS Certified: claim your 50% exam voucher", "Tue, 01 Apr 2025 16:00:00 +0000",
    body="""Hi Haruka,

Join the AWS Certified Challenge and claim your 50% exam voucher when you finish the training path by May 31.

Claim your voucher: https://aws.amazon.com/training/challenge

Unsubscribe | Privacy
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109
""", html="""<html><body><p>Hi Haruka,</p><p>Join the <b>AWS Certified Challenge</b> and claim your 50% exam voucher when you finish the training path by May 31.</p><p><a href="https://aws.amazon.com/training/challenge">Claim your voucher</a></p><p style="font-size:10px">Unsubscribe | Privacy</p></body></html>
""", cte="quoted-printable", auth=GP())

# ---------------------------------------------------------------- 053 on hold APN benefit, no ask
msg(53, "053", ("on_hold", False, C1, []),
    "hold waiting on the partner team; says nothing is needed; mentions they'll 'get back to you'",
    TCN, ME_P, tcs(C1), "Wed, 02 Apr 2025 03:45:10 +0000",
    body="""Hello Haruka,

The discount on your old account was granted through the AWS Partner Network program rather than by passing an exam, so only the partner team can re-issue it. I've sent them the details and this case is paused until they respond - that can take a few business days.

There's nothing you need to do at the moment. I'll get back to you as soon as I hear from them.

Sanjay
AWS Training and Certification
""", irt=51, auth=GP())

# ---------------------------------------------------------------- 054 GitHub issue closed
msg(54, "054", ("unrelated", False, None, []),
    "GitHub issue closed notification on a personal repo",
    "hnishida/aws-notes <notifications@github.com>", ME_P,
    "Re: [hnishida/aws-notes] Document certification account merge steps (Issue #7)",
    "Wed, 02 Apr 2025 11:20:00 +0000",
    body="""Closed #7 as completed via 3f2a91c.

--
Reply to this email directly, view it on GitHub:
https://github.com/hnishida/aws-notes/issues/7#event-17002231
You are receiving this because you authored the thread.
""", auth=gauth("github.com", mailfrom="noreply@github.com"), mid_dom="github.com")

# ---------------------------------------------------------------- 055 Builder ID sign-in code
msg(55, "055", ("unrelated", False, None, []),
    "Builder ID sign-in verification code (6 digits)",
    "AWS <no-reply@login.awsapps.com>", ME_P, "AWS Builder ID sign-in verification code",
    "Thu, 03 Apr 2025 00:02:00 +0000",
    body="""Verification code: 730158

Enter this code to finish signing in to your AWS Builder ID. It expires in 10 minutes.
If you did not request it, change your password.
""", auth=gauth("login.awsapps.com", mailfrom="bounce@login.awsapps.com"))

# ---------------------------------------------------------------- 056 JP mixed news + ask with candidate IDs
INFO56 = """西田 遥 様

お世話になっております。AWS トレーニングと認定の山本と申します。本件は日本語対応チームにて引き継がせていただきました。

パートナーチームより回答がございましたのでご報告いたします。
割引特典の再発行にあたり、お名前で照会したところ、以下 3 件の認定アカウントが見つかりました。

・AWS03815527(統合元、旧会社アドレス)
・AWS09126604(統合先、個人アドレス)
・AWS05512830(登録アドレス: haruka.n@example-mail.jp)

3 件目の AWS05512830 につきまして、お客様ご本人のアカウントかどうかご確認のうえ、本メールへのご返信にてお知らせいただけますと幸いです。ご本人のものでない場合は、その旨をお知らせくださいませ。
確認が取れ次第、特典を再発行いたします。

何卒よろしくお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサービス
"""
msg(56, "056", ("info_request", True, C1, ["AWS03815527", "AWS09126604", "AWS05512830"]),
    "Japanese mixed mail: progress report then a soft keigo ask (お知らせいただけますと幸いです) about a third account; three candidate IDs",
    TCN, ME_P, tcs(C1), "Fri, 04 Apr 2025 01:30:00 +0000", body=INFO56, cte="base64",
    irt=53, auth=GP())

# ---------------------------------------------------------------- 057 JP user reply, cc dead company box
R57 = """山本様

ご連絡ありがとうございます。
AWS05512830 は私のアカウントではありません(心当たりのないメールアドレスです)。
統合先の AWS09126604 への特典再発行をお願いいたします。

西田

2025年4月4日(金) 10:30 AWS Training and Certification <%s>:
%s
""" % (TC, q(INFO56))
msg(57, "057", ("user_reply", False, C1, ["AWS05512830", "AWS09126604"]),
    "owner's Japanese answer (ISO-2022-JP) naming candidate IDs; cc to the closed company address",
    enc_addr("西田 遥", ME_P, "iso-2022-jp"), TCN, "Re: " + tcs(C1),
    "Fri, 04 Apr 2025 12:02:37 +0900", body=R57, cc=ME_C, cs="iso-2022-jp", cte="7bit",
    irt=56, refs=[53, 56], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 058 bounce
msg(58, "058", ("unrelated", False, None, []),
    "delivery failure for the closed company mailbox; subject and quoted text carry the case number",
    "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P,
    "Delivery Status Notification (Failure)", "Fri, 04 Apr 2025 03:02:41 +0000",
    body="""** Address not found **

Your message wasn't delivered to h.nishida@tsubasa-sys.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient h.nishida@tsubasa-sys.co.jp not found by SMTP address lookup

----- Original message -----
Subject: Re: RE:[CASE %s] %s
From: haruka.nishida.0214@gmail.com
To: aws-cs-trainingcertification-form@amazon.com
Cc: h.nishida@tsubasa-sys.co.jp

山本様 ... AWS05512830 は私のアカウントではありません
""" % (C1, SUBJ), auth=gauth("googlemail.com", mailfrom="", ip="209.85.220.69"), mid_dom="mx.google.com")

# ---------------------------------------------------------------- 059 resolved voucher, quoted JP request
msg(59, "059", ("resolved", False, C1, ["AWS09126604", "AWS05512830"]),
    "resolution in English under which the Japanese ask is quoted in Outlook style; 'no further action is required'",
    TCN, ME_P, tcs(C1), "Mon, 07 Apr 2025 02:15:00 +0000",
    body="""Hello Haruka,

Thank you for confirming. The partner team has re-issued the 50%% exam discount to AWS09126604; you'll find it under Benefits in your certification account. AWS05512830 belongs to someone else and was left untouched.

Your case is now resolved and no further action is required.

Yamamoto
AWS Training and Certification

________________________________
From: AWS Training and Certification
Sent: Friday, April 4, 2025 10:30 AM
To: haruka.nishida.0214@gmail.com
Subject: RE:[CASE %s] %s

%s""" % (C1, SUBJ, INFO56), cte="base64", irt=57, refs=[53, 56, 57], auth=GP())

# ---------------------------------------------------------------- 060 JP survey
msg(60, "060", ("survey", False, C1, []),
    "Japanese satisfaction survey (keigo ご協力のほどよろしくお願いいたします) for the case",
    TCN, ME_P, "サポートに関するアンケートのお願い(ケース %s)" % C1, "Tue, 08 Apr 2025 02:00:00 +0000",
    body="""西田 遥 様

先日はケース %s にてお問い合わせいただき、ありがとうございました。
今後のサービス向上のため、簡単なアンケートへのご協力のほどよろしくお願いいたします。

アンケートに回答する: https://survey.aws/tc?c=%s&lang=ja

所要時間は 2 分程度です。本メールへの返信は受け付けておりません。

アマゾン ウェブ サービス
""" % (C1, C1), cs="iso-2022-jp", cte="7bit", auth=GP())

# ---------------------------------------------------------------- 061 certmetrics recert
msg(61, "061", ("certification", False, None, []),
    "certmetrics recertification congratulations with candidate-account wording",
    "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
    "Congratulations on recertifying your AWS Certification!", "Tue, 08 Apr 2025 14:00:00 +0000",
    body="""Hello Haruka,

Congratulations - you have recertified as AWS Certified Solutions Architect - Associate. Your new expiration date is April 8, 2028.

Your digital badge will be issued through Credly shortly. Download your certificate from the Certifications tab of your AWS Certification Account.

AWS Certification
""", html="""<html><body><h3>Congratulations on recertifying!</h3><p>Hello Haruka,</p><p>You have recertified as <b>AWS Certified Solutions Architect - Associate</b>. New expiration date: April 8, 2028.</p><p>Your digital badge will be issued through Credly shortly.</p></body></html>
""", cte="quoted-printable", auth=gauth("certmetrics.com", mailfrom="bounce@certmetrics.com"), mid_dom="certmetrics.com")

# ---------------------------------------------------------------- 062 Credly recert badge (older youracclaim sender)
t, h = credly(62, "AWS Certified Solutions Architect - Associate (recertified)", "")
msg(62, "062", ("badge", False, None, []),
    "Credly badge from the older youracclaim.com sender, HTML-only",
    "Credly <admin@youracclaim.com>", ME_P,
    "You've been issued a new badge by Amazon Web Services Training and Certification",
    "Tue, 08 Apr 2025 14:20:00 +0000", html=h, cte="quoted-printable",
    auth=gauth("youracclaim.com", mailfrom="bounce@youracclaim.com"), mid_dom="youracclaim.com")

# ---------------------------------------------------------------- 063 Credly lookalike phishing
msg(63, "063", ("suspicious", False, None, []),
    "badge-themed phishing from a lookalike of credly.com",
    "Credly Badges <badges@credly-badge-center.com>", ME_P,
    "Your AWS badge will expire - claim it today", "Wed, 09 Apr 2025 05:05:05 +0000",
    body="""Hi,

Amazon Web Services Training and Certification issued you a badge that has not been claimed. Unclaimed badges are removed after 48 hours.

Sign in with your AWS Builder ID to claim it: https://credly-badge-center.com/claim

Credly
""", auth=gauth("credly-badge-center.com", mailfrom="bounce@credly-badge-center.com", ip="91.92.240.17"),
    mid_dom="credly-badge-center.com")

# ---------------------------------------------------------------- 064 AWS billing JP
msg(64, "064", ("unrelated", False, None, []),
    "Japanese AWS billing/payment notice with 12-digit account id; お支払い情報をご確認ください",
    "=?UTF-8?B?44Ki44Oe44K+44OzIOOCpuOCp+ODliDjgrXjg7zjg5PjgrkgKEFXUyk=?= <aws-billing@amazon.com>", ME_P,
    "AWS のお支払いについて [アカウント: %s]" % ACCT, "Thu, 10 Apr 2025 00:00:00 +0000",
    body="""お客様

AWS アカウント %s の 3 月分のお支払いが完了しました。

お支払い金額: USD 0.84

詳細は請求ダッシュボードでご確認ください。お支払い方法を変更する場合は、請求コンソールから更新してください。

アマゾン ウェブ サービス
""" % ACCT, cte="quoted-printable", auth=GP())

# ---------------------------------------------------------------- C5: APN link at new employer
ACK5 = """Hi there,

We've got your message and a support case is now open.

Case ID: %s
Topic: AWS Training and Certification Form Submission - account-assistance
Your message: My new employer, Northwind Cloud KK, is an AWS Partner. I would like my
certifications (candidate ID AWS09126604) to show up in their Partner Central.

Expect a reply from a team member, normally within a day. Please don't open a new case for this same request.

AWS Training and Certification Customer Service
""" % C5
msg(65, "065", ("acknowledgement", False, C5, ["AWS09126604"]),
    "differently worded ack ('We've got your message'), echoes the form with a candidate id; 'don't open a new case' imperative",
    TCN, ME_P, "RE: [CASE %s] %s" % (C5, SUBJ), "Mon, 14 Apr 2025 02:17:06 +0000", body=ACK5, auth=GP())

INFO66 = """Hello Haruka,

Linking a certification account to a partner is done from the partner side, but we can prepare it on ours. Which email address do you use to sign in to Northwind Cloud's Partner Central, and what is Northwind's partner ID or registered company name there?

Regards,
Lucas
AWS Training and Certification
"""
msg(66, "066", ("info_request", True, C5, []),
    "short ask made only of a question ('Which email address...'), no please/could",
    TCN, ME_P, "RE: [CASE %s] %s" % (C5, SUBJ), "Tue, 15 Apr 2025 06:40:00 +0000", body=INFO66,
    irt=65, auth=GP())

msg(67, "067", ("unrelated", False, None, []),
    "connpass event reminder in Japanese (ご確認ください, 参加登録)",
    "connpass <no-reply@connpass.com>", ME_P, "【connpass】イベント開催のお知らせ: JAWS-UG 東京 2025#4",
    "Wed, 16 Apr 2025 09:00:00 +0900",
    body="""西田 遥 さん

参加登録済みのイベントが近づいています。

JAWS-UG 東京 2025#4 「AWS認定 全冠への道」
日時: 2025/04/18(金) 19:00〜
会場: オンライン

受付票をご確認ください。参加できなくなった場合はキャンセル手続きをお願いします。
""", cte="base64", auth=gauth("connpass.com", mailfrom="bounce@connpass.com"), mid_dom="connpass.com")

CLOSE68 = """Hi Haruka,

Just a reminder that we're waiting on the Partner Central details I asked about on 15 April. I'll be setting this case to closed on 21 April unless we hear from you before then; writing back at any point before that date keeps it alive.

Lucas
"""
msg(68, "068", ("closing_notice", True, C5, []),
    "closing reminder phrased as a schedule ('I'll be setting this case to closed'), with the earlier ask only referenced",
    TCN, ME_P, "RE: [CASE %s] %s" % (C5, SUBJ), "Fri, 18 Apr 2025 06:40:00 +0000", body=CLOSE68,
    irt=66, auth=GP(), crlf=True)

R69 = """Hi Lucas,

Apologies - exam week. I sign in to Partner Central as haruka.nishida@northwind-cloud.co.jp, and the company is registered as "Northwind Cloud K.K.".

Haruka

On Fri, Apr 18, 2025 at 3:40 PM AWS Training and Certification <%s> wrote:
%s
> On Tue, Apr 15, 2025 Lucas wrote:
%s
""" % (TC, q(CLOSE68), q(INFO66, "> > "))
msg(69, "069", ("user_reply", False, C5, []),
    "owner's answer with nested quoting of the closing notice and the original question",
    "Haruka Nishida <%s>" % ME_P, TCN, "Re: RE: [CASE %s] %s" % (C5, SUBJ),
    "Fri, 18 Apr 2025 22:10:09 +0900", body=R69, irt=68, refs=[65, 66, 68], mid_dom="mail.gmail.com")

HTML70 = """<html><body style="font-family:Calibri,sans-serif">
<p>Thanks Haruka, that's everything I needed on the partner side.</p>
<p>One step remains that only you can do: in your certification account, open <b>Account Settings</b>, switch <b>Share my certification data with my AWS Partner</b> to on, and enter haruka.nishida@northwind-cloud.co.jp. Drop me a line here once that's saved and I'll finish the link.</p>
<p>Lucas<br>AWS Training and Certification</p>
<div style="border-top:1px solid #ccc;margin-top:20px;padding-top:8px;color:#555">
<p><b>From:</b> Haruka Nishida<br><b>Sent:</b> Friday, April 18, 2025 1:10 PM<br><b>Subject:</b> Re: RE: [CASE %s]</p>
<blockquote>I sign in to Partner Central as haruka.nishida@northwind-cloud.co.jp, and the company is registered as "Northwind Cloud K.K.".</blockquote>
<p><b>From:</b> AWS Training and Certification<br><b>Sent:</b> Tuesday, April 15, 2025 6:40 AM</p>
<blockquote>Which email address do you use to sign in to Northwind Cloud's Partner Central, and what is Northwind's partner ID or registered company name there?</blockquote>
</div>
</body></html>
""" % C5
msg(70, "070", ("info_request", True, C5, []),
    "HTML-only, top-posted action request ('Drop me a line once saved') above an older quoted question",
    TCN, ME_P, "RE: [CASE %s] %s" % (C5, SUBJ), "Mon, 21 Apr 2025 01:12:40 +0000", html=HTML70,
    cte="base64", irt=69, refs=[65, 66, 68, 69], auth=GP())

msg(71, "071", ("user_reply", False, C5, []),
    "one-line reply from the owner ('Done')",
    "Haruka Nishida <%s>" % ME_P, TCN, "Re: RE: [CASE %s] %s" % (C5, SUBJ),
    "Mon, 21 Apr 2025 19:30:00 +0900",
    body="Done - sharing is switched on.\n\nHaruka\n", irt=70, refs=[65, 66, 68, 69, 70],
    mid_dom="mail.gmail.com")

msg(72, "072", ("unrelated", False, None, []),
    "AWS newsletter with a 'Reply and tell us' feedback line and certification news",
    "AWS Weekly Roundup <aws-marketing-email-replies@amazon.com>", ME_P,
    "AWS Weekly Roundup: new certification exams, Bedrock updates and more",
    "Mon, 21 Apr 2025 15:00:00 +0000",
    body="""This week at AWS:

- New AWS Certified AI Practitioner exam guide published
- Amazon Bedrock adds new model evaluations
- Save the date: AWS re:Inforce

Have feedback on this newsletter? Reply and tell us what you'd like to see.

Unsubscribe
""", auth=GP())

msg(73, "073", ("resolved", False, C5, ["AWS09126604"]),
    "resolution where the last sentence rates the reply (survey-like footer) and gives a conditional reopen",
    TCN, ME_P, "RE: [CASE %s] %s" % (C5, SUBJ), "Tue, 22 Apr 2025 03:03:03 +0000",
    body="""Hello Haruka,

All set. Your certification account AWS09126604 is now associated with Northwind Cloud K.K. Partner Central may take up to five business days to show your certifications on the company profile.

I've marked this case as resolved. Should anything not appear after a week, a reply here will bring it back to me.

How did I do today? Rate this reply: https://survey.aws/tc?c=%s&agent=lucas

Lucas
AWS Training and Certification
""" % C5, irt=71, refs=[65, 66, 68, 69, 70, 71], auth=GP())

msg(74, "074", ("case_update", False, C3, []),
    "console correspondence: FYI that the team re-checked the profile link; no ask, survey footer",
    CON, ME_P, "RE:[CASE %s] Builder ID sign-in opens an empty certification profile" % C3,
    "Wed, 23 Apr 2025 01:00:00 +0000",
    body="""Hello,

A short note on your earlier case: after a change on your certification account last week, our team re-checked the Builder ID link I set up. It is still attached to the correct profile, so sign-in will keep working as before.

This is for your information only.

Arjun K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This email was sent from an e-mail address that cannot accept incoming e-mails.
""" % C3, auth=GP())

msg(75, "075", ("unrelated", False, None, []),
    "AWS Educate (another AWS program) notice with 'sign in again' wording, no case",
    "AWS Educate <aws-educate-no-reply@amazon.com>", ME_P,
    "AWS Educate: your learner profile has been archived", "Thu, 24 Apr 2025 05:00:00 +0000",
    body="""Hello,

Because your AWS Educate learner profile has been inactive for 12 months, it has been archived. Your earned badges remain available in Credly.

To restore your profile, simply sign in again within 90 days.

AWS Educate
""", auth=GP())

msg(76, "076", ("suspicious", False, None, []),
    "mail using the real T&C sender address and a real-looking CASE subject but dkim/dmarc fail (spoofed)",
    TCN, ME_P, "RE:[CASE 174560113200771] %s" % SUBJ, "Fri, 25 Apr 2025 08:08:08 +0000",
    body="""Hello,

We are unable to complete your account merge. Please confirm which account you would like to keep by signing in here and re-entering your password:

https://aws-training-merge.com/confirm?case=174560113200771

AWS Training and Certification
""", auth=gauth("amazon.com", dkim="fail", spf="softfail", dmarc="fail", mailfrom="noreply@aws-training-merge.com", ip="193.29.13.4"),
    mid_dom="aws-training-merge.com")


# ---------------------------------------------------------------- README
from collections import Counter
cnt = Counter(r[1] for r in ROWS)
nr = sum(1 for r in ROWS if r[2])
lines = ["me: %s %s" % (ME_P, ME_C), "",
         "# Blind held-out corpus blind-113", "",
         "Owner: Haruka Nishida, leaving Tsubasa Systems (an APN partner) on 2025-03-28; personal Gmail "
         "plus the old company address (Microsoft 365, closed after the last day).", "",
         "Regenerate with `python3 gen.py` (standard library only).", "",
         "## Cases", "",
         "| case | digits | story |", "|---|---|---|",
         "| %s | 15 | main merge: ack -> APN hold (asks) -> reply from wrong (company) address -> re-send request -> reply -> Account #1/#2 confirmation (HTML) -> closing notice -> confirm -> second confirmation -> reply w/o case in subject -> update -> merged; later reopened (missing benefit) -> hold -> JP info request -> reply -> resolved |" % C1,
         "| %s | 15 | duplicate form submission from the company address: JP ack -> closed as duplicate |" % C2,
         "| %s | 10 | Support Center (console) case: must be answered in the Support Center |" % C3,
         "| %s | 11 | Japanese exam-booking case: ack -> keigo info request -> closed for no answer -> reply (9-digit registration id) -> hold -> resolved |" % C4,
         "| %s | 15 | linking certifications to the new employer's APN: ack -> question -> closing reminder -> reply -> HTML top-posted action request -> reply -> resolved |" % C5,
         "", "Numbers that are not cases: AWS account id %s, Pearson VUE registration 412097335, codes 482913/730158, "
         "fake case numbers in phishing (3390017712, 8812209934, 5520198843, 174560113200771)." % ACCT, "",
         "## Counts", "", "messages: %d; needs_reply true: %d" % (len(ROWS), nr), "",
         ", ".join("%s %d" % (k, cnt[k]) for k in sorted(cnt)), "",
         "## Messages", "", "| file | kind | needs_reply | case | what it is / what makes it hard |", "|---|---|---|---|---|"]
for name, kind, needs, case, note in ROWS:
    lines.append("| %s | %s | %s | %s | %s |" % (name, kind, "yes" if needs else "no", case or "-", note))
with open(os.path.join(OUT, "README.md"), "w") as f:
    f.write("\n".join(lines) + "\n")
print("wrote %d messages" % len(ROWS))
