#!/usr/bin/env python3
"""Blind held-out corpus generator (blind-109). Standard library only.
Writes NNN-slug.eml + NNN-slug.json into the directory this script lives in."""
import base64, hashlib, json, os, quopri
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "sora.kitamura.works@gmail.com"
ME_C = "s.kitamura@hoshizora-tech.co.jp"
ME_NAME = "Sora Kitamura"
TC = "aws-cs-trainingcertification-form@amazon.com"
CON = "no-reply-aws@amazon.com"

K1 = "8423617095"           # 2021 console case (10 digits)
K2 = "12844530917"          # 2023 form case (11 digits)
K3 = "174231870504219"      # 2025 main merge case (15 digits)
K4 = "174232411907733"      # 2025 duplicate form submission (15 digits)
K5 = "174467612100274"      # 2025 console case, Japanese (15 digits)

C_OLD = "AWS01177345"   # company certification account
C_DUP = "AWS04417263"   # duplicate profile (2023)
C_NEW = "AWS05520917"   # personal certification account

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []


def msgid(n):
    return "<%s>" % IDS[n]


IDS = {}


def auth_for(to, dom, dkim="pass", spf="pass", dmarc="pass", sel="shh3fegwg5fppqsuzphvschd53n6ihuv"):
    if ME_C in to:
        return ("spf=%s (sender IP is 54.240.8.34) smtp.mailfrom=%s; dkim=%s (signature was verified)"
                " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%s"
                % (spf, dom, dkim, dom, dmarc, dom,
                   "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000"))
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=Xk3pQ9aL;\n"
            "       spf=%s (google.com: domain of bounces@%s designates 54.240.8.34 as permitted sender) smtp.mailfrom=bounces@%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
            % (dkim, dom, sel, spf, dom, dom, dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", dom))


def enc_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw  # 7bit / 8bit: keep bytes


def leaf(ctype, text, charset="utf-8", cte="quoted-printable"):
    hdr = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (ctype, charset, cte)
    return hdr, enc_body(text, charset, cte)


def b(x):
    return x if isinstance(x, bytes) else x.encode("ascii")


def hdr_text(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        cs = "utf-8" if charset in ("us-ascii",) else charset
        return Header(s, cs).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset if charset != "us-ascii" else "utf-8")


def M(slug, kind, needs, case, cands, date, frm, to, subject, text=None, html=None,
      charset="utf-8", cte="quoted-printable", crlf=False, reply_to_n=None, refs=(),
      auth=None, extra=(), note="", cc=None, domain=None, mid=None):
    n = len(MSGS) + 1
    dom = domain or (frm[1].split("@")[1] if frm else "example.com")
    IDS[n] = mid or "%s.%03d.%s@%s" % ("0100019" + format(n * 7919, "x"), n, "a3f9c2", dom if dom not in ("gmail.com",) else "mail.gmail.com")
    lines = []
    if auth is not False:
        if auth is None:
            auth = {}
        lines.append(b"Authentication-Results: " + b(auth_for(to, dom, **auth)))
    lines.append(b("Date: " + date))
    lines.append(b("From: " + addr(frm[0], frm[1], charset)))
    lines.append(b("To: " + to))
    if cc:
        lines.append(b("Cc: " + cc))
    lines.append(b("Subject: " + hdr_text(subject, charset)))
    lines.append(b("Message-ID: " + msgid(n)))
    if reply_to_n:
        lines.append(b("In-Reply-To: " + msgid(reply_to_n)))
        r = list(refs) + ([reply_to_n] if reply_to_n not in refs else [])
        lines.append(b("References: " + " ".join(msgid(x) for x in r)))
    for e in extra:
        lines.append(b(e) if isinstance(e, str) else e)
    lines.append(b"MIME-Version: 1.0")
    if text is not None and html is not None:
        bd = "----=_Part_%d_%d" % (n * 1000 + 17, 998877 + n)
        lines.append(b('Content-Type: multipart/alternative; boundary="%s"' % bd))
        body = [b"", b"--" + b(bd)]
        for ct, t in (("text/plain", text), ("text/html", html)):
            h, bb = leaf(ct, t, charset, cte)
            body.append(b(h) + b"\n" + b(bb) if not isinstance(bb, bytes) else b(h) + b"\n" + bb)
            body.append(b"--" + b(bd))
        body[-1] = b"--" + b(bd) + b"--"
        head = b"\n".join(lines)
        raw = head + b"\n" + b"\n".join(body) + b"\n"
    else:
        ct = "text/html" if html is not None else "text/plain"
        t = html if html is not None else text
        h, bb = leaf(ct, t, charset, cte)
        head = b"\n".join(lines) + b"\n" + b(h).rstrip(b"\n")
        raw = head + b"\n\n" + (bb if isinstance(bb, bytes) else b(bb))
        if not raw.endswith(b"\n"):
            raw += b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    name = "%03d-%s" % (n, hashlib.sha1(("blind109-%d" % n).encode()).hexdigest()[:6])
    MSGS.append((name, raw, {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)}, note))
    return n


def tc_subj(case, re="RE:[CASE %s] "):
    return (re % case) + TC_SUBJ


SUP = ("Amazon Web Services", TC)
AWS_CON = ("Amazon Web Services", CON)
MEP = (ME_NAME, ME_P)
MEC = (ME_NAME, ME_C)

CONSOLE_FOOTER = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================

AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

# ---------------------------------------------------------------- 2021: console case K1 (10 digits)
n001 = M("001", "acknowledgement", False, K1, [], "Wed, 02 Jun 2021 01:14:09 +0000", AWS_CON, ME_C,
  "Amazon Web Services: New Support case: %s" % K1,
  text="""Hello,

We have received your case %s. A Customer Service Representative will respond to you shortly.

Case Details:
Subject: Exam discount voucher not applied at checkout
Account: [AWS ID 480271936655]
Case type: Account and billing support
Severity: General guidance
Correspondence: Hi, I passed SAA-C02 in April and my benefits page shows a 50%% discount voucher, but it is not accepted when I schedule the next exam. Could you check?

You can view and update the case at any time here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

Thank you for using Amazon Web Services.
""" % (K1, K1), crlf=True,
  note="Console 'New Support case' ack; 12-digit account ID next to the 10-digit case ID; quotes the user's own question")

n002 = M("002", "unrelated", False, None, [], "Wed, 02 Jun 2021 03:40:51 +0000", ("Pearson VUE", "donotreply@pearson.com"), ME_C,
  "Pearson VUE Confirmation of Booking - AWS Certified Developer - Associate",
  text="""Dear Sora Kitamura,

Thank you for scheduling your exam. Please keep this email for your records.

Registration ID: 384105527
Exam: DVA-C01: AWS Certified Developer - Associate
Date: Saturday, June 19, 2021
Time: 10:00 AM JST
Location: OnVUE online proctored

If you need to reschedule or cancel, please do so at least 24 hours before your appointment through your web account.
Please reply to this email only if you did not make this booking.

Pearson VUE
""", cte="7bit", charset="us-ascii", domain="pearson.com",
  note="Exam-vendor booking; 9-digit registration ID that is not a case ID; conditional 'reply only if'")

n003 = M("003", "info_request", True, K1, [], "Thu, 03 Jun 2021 09:02:33 +0000", AWS_CON, ME_C,
  "RE:[CASE %s] Exam discount voucher not applied at checkout" % K1,
  text="""Hello Sora,

Thank you for reaching out, my name is Bhavesh and I'll be looking into the voucher issue with you.

Vouchers earned through certification are tied to the certification profile rather than to your AWS account, which is why I can't see it from here. To locate the right profile I'll need the candidate ID shown at the top right of the certification account page (it begins with "AWS" followed by eight digits), along with the exact error text you get at checkout.

Once you've added those to the case I can raise it with the certification team straight away.
""" + CONSOLE_FOOTER % K1,
  html="""<html><body><p>Hello Sora,</p><p>Thank you for reaching out, my name is Bhavesh and I'll be looking into the voucher issue with you.</p>
<p>Vouchers earned through certification are tied to the certification profile rather than to your AWS account, which is why I can't see it from here. To locate the right profile I'll need the candidate ID shown at the top right of the certification account page (it begins with "AWS" followed by eight digits), along with the exact error text you get at checkout.</p>
<p>Once you've added those to the case I can raise it with the certification team straight away.</p>
<p>We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.</p>
<p>To contact us again about this case, please return to the AWS Support Center: <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">case %s</a></p>
<p><i>Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</i></p></body></html>""" % (K1, K1),
  reply_to_n=n001, note="Console case info request phrased 'I'll need', must be answered in Support Center; feedback footer; no case number in body except the link")

n004 = M("004", "closing_notice", True, K1, [], "Mon, 07 Jun 2021 09:10:02 +0000", AWS_CON, ME_C,
  "RE:[CASE %s] Exam discount voucher not applied at checkout" % K1,
  text="""Hello,

We haven't heard back from you regarding your case. It will be resolved automatically if there is no further correspondence within the next 3 days.

If the issue is still ongoing, simply add a reply to the case from the Support Center and it will stay open with the same agent.
""" + CONSOLE_FOOTER % K1, crlf=True,
  reply_to_n=n003, refs=[n001], note="Console auto-resolve warning: reply must go through Support Center; footer says address accepts no mail")

n005 = M("005", "resolved", False, K1, [C_OLD], "Tue, 08 Jun 2021 14:27:45 +0000", AWS_CON, ME_C,
  "RE:[CASE %s] Exam discount voucher not applied at checkout" % K1,
  text="""Hello Sora,

Thanks for adding the details. The certification team found that the voucher on profile %s had been issued against the retired SAA-C01 exam code; they re-issued it for the current exams and it now shows as available on your Benefits page. I tested it against a DVA-C01 checkout and the discount was applied.

With that, I'm marking this case as resolved. If something else comes up, you can always open a new case.
""" % C_OLD + CONSOLE_FOOTER % K1,
  reply_to_n=n004, refs=[n001, n003], note="Resolution with rating footer ('Please share your experience'); candidate ID in new text")

n006 = M("006", "survey", False, K1, [], "Wed, 09 Jun 2021 02:00:13 +0000", ("AWS Support", "aws-support-survey@amazon.com"), ME_C,
  "How did we do? Case %s" % K1,
  text="""Hello,

Your recent support case (Case ID: %s - Exam discount voucher not applied at checkout) was resolved.

How satisfied were you with the support you received?

  Very satisfied: https://survey.aws.amazon.com/r/K1?score=5
  Satisfied: https://survey.aws.amazon.com/r/K1?score=4
  Neither: https://survey.aws.amazon.com/r/K1?score=3
  Dissatisfied: https://survey.aws.amazon.com/r/K1?score=2
  Very dissatisfied: https://survey.aws.amazon.com/r/K1?score=1

The survey takes about two minutes. Thank you for helping us improve.

This message was sent from a notification-only address. Please do not reply.
""" % K1, charset="us-ascii", cte="7bit", note="Survey carrying case ID; questions and links but no reply needed")

# ---------------------------------------------------------------- 2023: form case K2 (11 digits)
n007 = M("007", "acknowledgement", False, K2, [], "Wed, 10 May 2023 06:31:55 +0000", SUP, ME_C,
  tc_subj(K2, "RE: [CASE %s] "),
  text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your concern.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: Low
Correspondence: Inquiry type: Certification
Additional details: Account Merge
Description: My badges stopped syncing to Credly. I think I ended up with two certification accounts under the same e-mail after the Amazon-login migration. Please merge them.

We will get back to you as quickly as possible, usually within 24 hours. If you have already opened a case, please don't open another one for the same request; it may delay the response.

If you would like to add information to this case, reply to this e-mail.

Sincerely,
Amazon Web Services
""" % (K2, K2), crlf=True, note="Classic ack with 11-digit ID; 'reply to this e-mail' is only an offer; quoted form text contains 'Please merge them'")

n008 = M("008", "info_request", True, K2, [], "Thu, 11 May 2023 11:48:20 +0000", SUP, ME_C,
  tc_subj(K2, "RE: [CASE %s] "),
  text="""Hi Sora,

My name is Priyanka and I'm with the AWS Certification support team.

I had a look at what you described. When the sign-in method changed last year a number of candidates ended up with a second certification profile created automatically with the same e-mail address, and Credly only listens to one of them, so new certifications earned on the other one never appear as badges. Merging the two profiles is the right fix and it does not affect your exam history or active certifications.

Since both profiles share one address, I cannot tell them apart by e-mail. What are the candidate IDs on the two profiles? You'll find each one in the top right corner after signing in.

Regards,
Priyanka S.
AWS Training and Certification Customer Support
""", cte="7bit", charset="us-ascii",
  reply_to_n=n007, note="Long explanation, then a bare question with no 'please'")

n009 = M("009", "unrelated", False, None, [], "Thu, 11 May 2023 13:05:47 +0000", ("Yuto Arai", "notifications@github.com"), ME_C,
  "Re: [hoshizora-tech/platform-infra] Merge account-baseline module into main (PR #412)",
  text="""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/platform-infra/pull/412#event-9218834470
You are receiving this because you were mentioned.
""", charset="us-ascii", cte="7bit", domain="github.com",
  extra=["List-ID: hoshizora-tech/platform-infra <platform-infra.hoshizora-tech.github.com>"],
  note="GitHub 'merged' + 'Merge account' + 'Reply to this email' - not AWS")

n010 = M("010", "closing_notice", True, K2, [], "Mon, 15 May 2023 10:20:00 +0000", SUP, ME_C,
  tc_subj(K2, "RE: [CASE %s] "),
  text="""Hello Sora,

Just checking in on this one. We're still waiting on the two candidate IDs so the profiles can be combined.

Without an update from you in the next 2 business days, this case will be closed. Replying to this message keeps it open.

Thanks,
Priyanka S.
AWS Training and Certification Customer Support
""", charset="us-ascii", cte="7bit", reply_to_n=n008, refs=[n007],
  note="Closing warning that also re-states the pending ask")

n011 = M("011", "closing_notice", True, K2, [], "Thu, 18 May 2023 10:22:31 +0000", SUP, ME_C,
  tc_subj(K2, "RE: [CASE %s] "),
  text="""Hello,

As we haven't received a response, your case %s has now been closed.

This isn't final: any reply to this email within the next 14 days will automatically reopen the case and send it back to the team that was handling it.

Sincerely,
Amazon Web Services
""" % K2, charset="us-ascii", cte="7bit", reply_to_n=n010, refs=[n007, n008],
  note="Case 'has now been closed' - still needs reply because a reply reopens it; no 'please'")

n012 = M("012", "user_reply", False, K2, [C_OLD, C_DUP], "Fri, 19 May 2023 00:41:09 +0900", MEC, TC,
  tc_subj(K2, "RE: RE: [CASE %s] "),
  text="""Hello,

Sorry for the slow reply, I was travelling. The two candidate IDs are:

 - %s (the one I have used since 2019, all my exams are here)
 - %s (the one that seems to have been created automatically)

Please reopen the case and merge them.

Best regards,
Sora Kitamura

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Thursday, May 18, 2023 7:22 PM
To: %s
Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello,

As we haven't received a response, your case %s has now been closed.

This isn't final: any reply to this email within the next 14 days will automatically reopen the case and send it back to the team that was handling it.

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Thursday, May 11, 2023 8:48 PM

Since both profiles share one address, I cannot tell them apart by e-mail. What are the candidate IDs on the two profiles?
""" % (C_OLD, C_DUP, TC, ME_C, K2, K2, TC), crlf=True, domain="hoshizora-tech.co.jp", auth=False,
  reply_to_n=n011, refs=[n007, n008, n010],
  note="User reply in Outlook style with quoted closing notice and quoted question; 'Please reopen' is the user's ask, not support's")

n013 = M("013", "case_update", False, K2, [], "Fri, 19 May 2023 02:15:40 +0000", SUP, ME_C,
  tc_subj(K2, "RE: [CASE %s] "),
  text="""Hello Sora,

Thank you, that's exactly what we needed. Your case has been reopened and I've passed both profiles to the certification records team, who carry out profile merges. They usually complete the review in 2-3 business days and I'll come back to you as soon as I hear from them.

Should you think of anything else in the meantime, feel free to reply here.

Best,
Priyanka S.
AWS Training and Certification Customer Support
""", charset="us-ascii", cte="7bit", reply_to_n=n012, refs=[n007, n011],
  note="Progress update; 'feel free to reply' is optional")

n014 = M("014", "confirmation_request", True, K2, [C_OLD, C_DUP], "Mon, 22 May 2023 08:03:12 +0000", SUP, ME_C,
  tc_subj(K2, "RE: [CASE %s] "),
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello Sora,</p>
<p>The records team has reviewed the two profiles. Here is what they found:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Profile A</th><th>Profile B</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certifications</td><td>SAA, DVA, SOA</td><td>none</td></tr>
<tr><td>Credly connected</td><td>No</td><td>Yes</td></tr>
</table>
<p>Normally we keep the profile holding the exam history, but because Credly is connected to Profile B some candidates prefer to keep that one. Which profile should remain as your primary account after the merge?</p>
<p>Kind regards,<br>Priyanka S.<br>AWS Training and Certification Customer Support</p>
</body></html>""" % (C_OLD, C_DUP, ME_C, ME_C), cte="base64",
  reply_to_n=n013, refs=[n007, n012],
  note="HTML-only base64 table; merge choice as a bare question after explanation; Profile A/B instead of Account #1/#2")

n015 = M("015", "user_reply", False, K2, [C_OLD], "Mon, 22 May 2023 17:34:50 +0900", MEC, TC,
  tc_subj(K2, "RE: RE: [CASE %s] "),
  text="""Keep %s (Profile A) please. Thank you!

Sora

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Monday, May 22, 2023 5:03 PM
To: %s
Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Which profile should remain as your primary account after the merge?
""" % (C_OLD, TC, ME_C, K2), domain="hoshizora-tech.co.jp", auth=False, cte="7bit", charset="us-ascii",
  reply_to_n=n014, refs=[n007, n013], note="Short user answer above quoted question")

n016 = M("016", "resolved", False, K2, [C_DUP, C_OLD], "Tue, 23 May 2023 22:51:08 +0000", SUP, ME_C,
  tc_subj(K2, "RE: [CASE %s] "),
  text="""Hello Sora,

Good news - profile %s has been merged into %s, and the Credly connection has been moved over with it. Badges for your three certifications should be issued to your Credly wallet within 48 hours. No further action is required on your part.

Thank you for your patience.

Priyanka S.
AWS Training and Certification Customer Support

-----Original Message-----
From: %s
Sent: 22/05/2023 08:34
To: %s
Subject: RE: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Keep %s (Profile A) please. Thank you!

-----Original Message-----
From: %s
Sent: 22/05/2023 08:03

Which profile should remain as your primary account after the merge?
""" % (C_DUP, C_OLD, ME_C, TC, K2, C_OLD, TC), cte="quoted-printable",
  reply_to_n=n015, refs=[n007, n014], note="Resolution quoting the earlier question ('Which profile should...?') below it; 'No further action is required'")

n017 = M("017", "badge", False, None, [], "Wed, 24 May 2023 03:12:44 +0000", ("Credly", "admin@credly.com"), ME_C,
  "Amazon Web Services Training and Certification has issued you a badge",
  text="""Hi Sora,

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified SysOps Administrator - Associate

Accept your badge to start sharing it on LinkedIn, in your email signature and more:
https://www.credly.com/badges/7b3e51c2-0d8a-4c71-9f2e-34b5a1d0c6e9/accept

Need help? Visit https://support.credly.com

Credly, 1 Alphabet Road, ... Do not reply to this message.
""", charset="us-ascii", cte="7bit", domain="credly.com",
  note="Credly badge right after merge; 'Accept your badge' imperative; UUID is not a case ID")

n018 = M("018", "survey", False, K2, [], "Thu, 25 May 2023 01:00:00 +0000", ("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_C,
  "サポートに関するアンケートのお願い(ケース %s)" % K2,
  text="""北村 空 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース %s の対応について、簡単なアンケートへのご協力をお願いしております。

  アンケートに回答する: https://survey.aws.amazon.com/tc/ja?case=%s

所要時間は 1 分程度です。いただいたご意見は今後のサービス改善に活用させていただきます。

※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services
""" % (K2, K2), charset="iso-2022-jp", cte="7bit",
  note="Japanese survey (ISO-2022-JP) using request wording (お願い / ご協力) but no reply")

n019 = M("019", "certification", False, None, [], "Tue, 01 Aug 2023 16:30:10 +0000", ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
  "AWS Certification wants to hear from you",
  text="""Hello Sora,

As an AWS Certified individual, your perspective matters. We're inviting a small group of certification holders to join a 20-minute online session about how the AWS Certification program can better support your career.

Could you spare a few minutes? Reserve a slot here: https://www.certmetrics.com/amazon/public/feedback.aspx?s=2023q3

Participation is voluntary and will not affect your certification status.

AWS Training and Certification
""", charset="us-ascii", cte="7bit", domain="certmetrics.com",
  note="certmetrics feedback invitation; 'Could you spare a few minutes?' question but not support")

# ---------------------------------------------------------------- 2025: preparing the move
n020 = M("020", "certification", False, None, [], "Mon, 10 Mar 2025 15:02:37 +0000", ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
  "Your AWS Certified Solutions Architect - Associate expires in 60 days",
  text="""Hello Sora Kitamura,

Your AWS Certified Solutions Architect - Associate certification (validation number 3F8KQ1M2L1E4QXCB) will expire on May 09, 2025.

To keep it active, pass the current version of the exam, or a Professional-level exam in the same path, before the expiration date. Your 50% discount benefit can be used toward recertification.

Sign in to your AWS Certification Account to schedule: https://www.aws.training/Certification

Please do not reply to this email.

AWS Training and Certification
""", charset="us-ascii", cte="7bit", domain="certmetrics.com",
  note="Expiry notice with deadline and imperatives; not support")

n021 = M("021", "unrelated", False, None, [], "Wed, 12 Mar 2025 02:11:09 +0000", ("Amazon Web Services", "aws-billing@amazon.com"), ME_C,
  "Amazon Web Services Billing Statement Available [Account: 480271936655]",
  text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 18.42

Account ID: 480271936655
Billing period: February 1 - February 28, 2025

You can see a complete breakdown of all charges on the Bills page in the Billing and Cost Management console.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the contact form if you have questions.

Amazon Web Services, Inc.
""", charset="us-ascii", cte="7bit", domain="amazon.com", crlf=True,
  note="Genuine AWS billing; 12-digit account ID; same no-reply footer as console cases")

n022 = M("022", "unrelated", False, None, [], "Mon, 17 Mar 2025 12:40:02 +0000", ("AWS Builder ID", "no-reply@signin.aws"), ME_P,
  "AWS Builder ID の確認コード",
  text="""AWS Builder ID の作成を続けるには、次の確認コードを入力してください。

確認コード: 604218

このコードの有効期限は 30 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
""", charset="utf-8", cte="base64", domain="signin.aws",
  note="Japanese Builder ID one-time code (6 digits), base64 UTF-8")

n023 = M("023", "acknowledgement", False, K3, [], "Tue, 18 Mar 2025 17:25:44 +0000", SUP, ME_P,
  "RE:[CASE %s] [AWS トレーニングと認定フォームの送信] - account-assistance" % K3,
  text="""アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お客様のお問い合わせについて、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: [AWS トレーニングと認定フォームの送信] - account-assistance
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
お問い合わせ内容:
Use Case: I am leaving Hoshizora Tech at the end of March and would like to merge my company certification account into my personal one.
All email addresses used: %s, %s
Address to keep: %s

担当者より通常24時間以内にご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。対応が遅れる原因となります。

このケースに追加したい情報がございましたら、本メールにご返信ください。

よろしくお願いいたします。
Amazon Web Services
""" % (K3, K3, ME_C, ME_P, ME_P), charset="iso-2022-jp", cte="7bit",
  note="Japanese ack in ISO-2022-JP, 15-digit ID; conditional 〜がございましたら…ご返信ください is not an ask")

n024 = M("024", "acknowledgement", False, K4, [], "Tue, 18 Mar 2025 18:55:19 +0000", SUP, ME_P,
  tc_subj(K4),
  text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your concern.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: Low
Correspondence: Account Merge - I am no longer going to be an employee of Hoshizora Tech. Please merge certification account %s into my personal account %s and keep the personal address.

We will get back to you as quickly as possible, usually within 24 hours. If you have already opened a case, please don't open another one for the same request, as it may delay the response.

Sincerely,
Amazon Web Services
""" % (K4, K4, ME_C, ME_P), charset="us-ascii", cte="7bit",
  note="Second ack 90 minutes later for the same request (duplicate form submission); only a new case number distinguishes it")

n024b = M("x", "info_request", True, K3, [], "Tue, 18 Mar 2025 22:04:37 +0000", SUP, ME_P,
  "RE:[CASE %s] [AWS トレーニングと認定フォームの送信] - account-assistance" % K3,
  text="""北村様

お問い合わせありがとうございます。AWS トレーニングと認定サポートです。

統合先のアカウントを特定するため、以下の情報を本メールへの返信でお送りください。

・統合先アカウントの候補 ID(AWS から始まる番号)
・統合先アカウントに登録されている氏名(ローマ字)
・統合先アカウントを作成した日付(おおよそで構いません)

Mei Lin
AWS Training and Certification Customer Support
""", charset="utf-8", cte="quoted-printable", reply_to_n=n023,
  note="Japanese request in plain 〜ください form with a bullet list; no case number in body")

n024c = M("x", "user_reply", False, K3, [C_NEW], "Wed, 19 Mar 2025 08:10:55 +0900", MEP, TC,
  "Re: RE:[CASE %s] [AWS トレーニングと認定フォームの送信] - account-assistance" % K3,
  text="""Mei Lin 様

ご連絡ありがとうございます。統合先アカウントの情報は以下のとおりです。

候補 ID: %s
氏名: Sora Kitamura
作成日: 2025年3月17日

よろしくお願いいたします。
北村 空

2025年3月19日(水) 7:04 Amazon Web Services <%s>:
> 統合先のアカウントを特定するため、以下の情報を本メールへの返信でお送りください。
""" % (C_NEW, TC), charset="utf-8", cte="base64", auth=False, domain="gmail.com",
  reply_to_n=n024b, refs=[n023],
  note="Japanese user reply (base64 UTF-8) with the destination candidate ID")

n025 = M("025", "case_update", False, K4, [], "Wed, 19 Mar 2025 04:02:51 +0000", SUP, ME_P,
  tc_subj(K4),
  text="""Hi there,

It looks like this request was submitted twice. We'll keep working on it under case %s, which was opened first, and this case (%s) will be closed as a duplicate.

No further action is required on this case. Please continue any correspondence on %s.

Regards,
Daniel
AWS Training and Certification
""" % (K3, K4, K3), charset="us-ascii", cte="7bit", reply_to_n=n024,
  note="Duplicate closure: mentions two case IDs and 'closed' but no reply expected; 'Please continue correspondence' is not an ask now")

n026 = M("026", "unrelated", False, None, [], "Wed, 19 Mar 2025 06:00:00 +0000", ("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_C,
  "【ご案内】AWS Summit Japan 2025 事前登録受付中",
  html="""<html><body>
<table width="600" align="center"><tr><td>
<h2>AWS Summit Japan 2025</h2>
<p>北村 空 様</p>
<p>日本最大級の AWS を学ぶイベント、AWS Summit Japan を今年も開催いたします。150 を超えるセッションに加え、認定資格保有者向けラウンジもご用意しております。</p>
<p>ご参加をご希望の方は、以下より事前登録をお済ませください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">事前登録はこちら</a></p>
<p style="font-size:9px">本メールの配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。このメールは送信専用です。</p>
</td></tr></table></body></html>""", charset="utf-8", cte="quoted-printable", domain="amazon.com",
  note="Japanese AWS marketing, HTML-only, mentions certification holders")

n027 = M("027", "on_hold", True, K3, [C_OLD], "Wed, 19 Mar 2025 09:47:15 +0000", SUP, ME_P,
  tc_subj(K3),
  html="""<html><body>
<div style="font-family:Calibri,Arial;font-size:11pt">
<p>Hello Sora,</p>
<p>Thank you for your patience while I reviewed your request. Before anything can be merged I need to point out something about the source account:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td><b>Candidate ID</b></td><td>%s</td></tr>
<tr><td><b>Login email</b></td><td>%s</td></tr>
<tr><td><b>Linked organization</b></td><td>Hoshizora Tech Co., Ltd. (AWS Partner Network)</td></tr>
<tr><td><b>Status</b></td><td>Merge on hold</td></tr>
</table>
<p>Certification accounts that are linked to an APN partner organization count toward that partner's certified-individual totals, so we don't move them out while the holder is still an employee of the partner. I've therefore put the merge on hold for now.</p>
<p>We need you to confirm that you are leaving Hoshizora Tech and to tell us your last working day. Once we have that, the hold can be lifted.</p>
<p>Best regards,<br>Mei Lin<br>AWS Training and Certification Customer Support</p>
</div></body></html>""" % (C_OLD, ME_C), charset="utf-8", cte="quoted-printable",
  reply_to_n=n023, note="HTML-only hold (APN) with a table; ask 'We need you to confirm' after the explanation")

n028 = M("028", "suspicious", False, None, [], "Wed, 19 Mar 2025 13:21:40 +0000", ("AWS Certification Support", "case-team@aws-certsupport-center.com"), ME_P,
  "Action Required: Verify ownership to complete account merge [CASE %s]" % K3,
  html="""<html><body>
<p>Dear Certification Holder,</p>
<p>Your account merge request is pending. To prevent your certifications from being revoked, you must verify ownership of both accounts within <b>24 hours</b>.</p>
<p><a href="https://aws-certsupport-center.com/verify?c=%s">Verify my accounts</a></p>
<p>If you do not complete verification, the case will be closed and your credentials permanently deleted.</p>
<p>Amazon Web Services Training &amp; Certification</p>
</body></html>""" % K3, charset="utf-8", cte="quoted-printable",
  auth={"dkim": "pass", "spf": "pass", "dmarc": "pass"}, domain="aws-certsupport-center.com",
  note="Lookalike domain phishing with the real case number, urgency and a closing threat; auth passes for its own domain")

n028b = M("k4i", "info_request", True, K4, [], "Wed, 19 Mar 2025 23:05:47 +0000", SUP, ME_P,
  tc_subj(K4),
  text="""Hello,

Thank you for contacting AWS Training and Certification.

I'd be happy to help combine your certification accounts. To make sure the correct profiles are merged, could you let us know the candidate ID of the account you'd like to keep, as well as the full name exactly as it appears on that profile?

Best regards,
Arjun
AWS Training and Certification Customer Support
""", charset="us-ascii", cte="7bit", reply_to_n=n025, refs=[n024],
  note="Agent asks on the duplicate case that was already closed as duplicate - still a real ask ('could you let us know')")

n028c = M("k4r", "user_reply", False, K4, [], "Thu, 20 Mar 2025 09:31:02 +0900", MEP, TC,
  "Re: " + tc_subj(K4),
  text="""Hi Arjun,

I think this one is a duplicate - Daniel already said it would be closed and handled under case %s. Could you continue there instead? I'd rather not have two people working on the same merge.

Thanks,
Sora Kitamura

On Wed, Mar 19, 2025 at 11:05 PM Amazon Web Services <%s> wrote:
> Hello,
>
> I'd be happy to help combine your certification accounts. To make sure the
> correct profiles are merged, could you let us know the candidate ID of the
> account you'd like to keep, as well as the full name exactly as it appears
> on that profile?
""" % (K3, TC), charset="utf-8", cte="7bit", auth=False, domain="gmail.com",
  reply_to_n=n028b, refs=[n024, n025],
  note="User reply on the duplicate case, mentions the other case number; contains a question to support")

n029 = M("029", "closing_notice", True, K3, [], "Mon, 24 Mar 2025 02:30:08 +0000", SUP, ME_P,
  "RE:[CASE %s] [AWS トレーニングと認定フォームの送信] - account-assistance" % K3,
  text="""北村様

AWS トレーニングと認定 カスタマーサポートのメイです。

先日お送りしたご確認について、まだご返信をいただけていないようでしたので、改めてご連絡いたしました。

このまま 72 時間以内にご連絡がない場合、本ケースはクローズさせていただきます。引き続き統合をご希望の場合は、本メールにご返信いただけますでしょうか。

何卒よろしくお願いいたします。

Mei Lin
AWS Training and Certification Customer Support
""", charset="shift_jis", cte="8bit", crlf=True, reply_to_n=n027, refs=[n023],
  note="Japanese keigo closing notice in Shift_JIS 8bit, CRLF; ask is いただけますでしょうか")

n030 = M("030", "user_reply", False, K3, [], "Mon, 24 Mar 2025 12:12:33 +0900", MEC, TC,
  "RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K3,
  text="""Hello Mei,

Sorry for the delay. Yes, I am leaving Hoshizora Tech; my last working day is March 31, 2025. This company address will be deactivated on that day, so please use %s from now on.

Regards,
Sora Kitamura

________________________________
From: Amazon Web Services <%s>
Sent: Wednesday, March 19, 2025 6:47 PM
To: %s <%s>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Sora,

Thank you for your patience while I reviewed your request. Before anything can be merged I need to point out something about the source account:

Candidate ID %s
Login email %s
Linked organization Hoshizora Tech Co., Ltd. (AWS Partner Network)
Status Merge on hold

We need you to confirm that you are leaving Hoshizora Tech and to tell us your last working day. Once we have that, the hold can be lifted.
""" % (ME_P, TC, ME_NAME, ME_P, K3, C_OLD, ME_C), crlf=True, auth=False, domain="hoshizora-tech.co.jp",
  cc="Kenji Oda <k.oda@hoshizora-tech.co.jp>", reply_to_n=n027, refs=[n023],
  note="User answer from the OLD company address (wrong address), Outlook quote block with the hold ask")

n031 = M("031", "unrelated", False, None, [], "Mon, 24 Mar 2025 12:12:41 +0900", ("小田 健二", "k.oda@hoshizora-tech.co.jp"), ME_C,
  "自動応答: RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K3,
  text="""お疲れさまです。小田です。

3月24日(月)~3月28日(金)は休暇のため不在にしております。
期間中は返信が遅れますので、ご了承ください。
お急ぎの場合は、infra-team@hoshizora-tech.co.jp までご連絡ください。

小田 健二
株式会社ほしぞらテック
""", charset="iso-2022-jp", cte="7bit", domain="hoshizora-tech.co.jp",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  note="Colleague's Japanese out-of-office with the case number in its subject")

n032 = M("032", "info_request", True, K3, [], "Mon, 24 Mar 2025 05:58:02 +0000", SUP, ME_C,
  tc_subj(K3),
  text="""Hello Sora,

Thanks for confirming your departure date, that lifts the partner hold on our side.

One thing though: your message came from %s, which is the login of the account that is going to be merged away. For security reasons the go-ahead has to come from the address of the account you are keeping. Send us a reply from %s on this case and we'll carry on from there.

Best,
Mei
""" % (ME_C, ME_P), charset="us-ascii", cte="7bit", reply_to_n=n030, refs=[n023, n027],
  note="Ask to write again from the other address, phrased as an imperative without 'please', after good news; arrives at the company mailbox")

n033 = M("033", "user_reply", False, K3, [], "Mon, 24 Mar 2025 20:44:19 +0900", MEP, TC,
  "Re: my certification account merge",
  text="""Hi Mei,

Writing from my personal address as requested. I confirm I'm leaving Hoshizora Tech on March 31, 2025 and would like my company certification account merged into the account under this address.

Thanks,
Sora

2025年3月24日(月) 14:58 Amazon Web Services <%s>:
> Hello Sora,
>
> Thanks for confirming your departure date, that lifts the partner hold on our side.
>
> One thing though: your message came from %s, which is the login of the
> account that is going to be merged away. For security reasons the go-ahead
> has to come from the address of the account you are keeping. Send us a reply
> from %s on this case and we'll carry on from there.
""" % (TC, ME_C, ME_P), charset="utf-8", cte="8bit", auth=False, domain="gmail.com",
  reply_to_n=n032, refs=[n023, n027, n030],
  note="Reply threaded only by In-Reply-To/References, no case number in subject; Gmail Japanese reply header")

n034 = M("034", "on_hold", False, K3, [], "Tue, 25 Mar 2025 07:20:55 +0000", SUP, ME_P,
  tc_subj(K3),
  text="""Hello Sora,

Thank you for writing in from your personal address.

Because the company account is still associated with an AWS Partner Network organization, we have notified the partner's certification administrator that the account will be detached. The partner has up to 5 business days to raise an objection, and the merge stays paused until that window has passed or they agree.

You don't need to do anything at this point. I'll write to you again once the partner side is settled.

Mei Lin
AWS Training and Certification Customer Support
""", charset="us-ascii", cte="quoted-printable", reply_to_n=n033, refs=[n023, n032],
  note="APN hold that asks nothing ('You don't need to do anything')")

n035 = M("035", "unrelated", False, None, [], "Tue, 25 Mar 2025 08:03:00 +0000", ("Jira", "jira@hoshizora-tech.atlassian.net"), ME_C,
  "[JIRA] (INFRA-2291) Handover: certification account and on-call rotation",
  text="""Kenji Oda commented on INFRA-2291:

Sora, could you confirm which of your AWS accounts need to be handed over before Friday? Please reply on the ticket, not by email.

View issue: https://hoshizora-tech.atlassian.net/browse/INFRA-2291

This message was sent by Atlassian Jira.
""", charset="us-ascii", cte="7bit", domain="hoshizora-tech.atlassian.net",
  note="Internal Jira with a real-looking ask about AWS accounts - not support")

n036 = M("036", "suspicious", False, None, [], "Tue, 25 Mar 2025 21:33:12 +0000", SUP, ME_P,
  tc_subj(K3),
  text="""Hello,

We are ready to merge your accounts. To confirm the merge, sign in with your Builder ID at the secure link below within 12 hours; otherwise your request will be cancelled.

https://aws-training-merge.support-verify.net/confirm?case=%s

Sincerely,
Amazon Web Services
""" % K3, charset="us-ascii", cte="7bit",
  auth={"dkim": "fail", "spf": "softfail", "dmarc": "fail"}, domain="amazon.com",
  note="Spoof: exact real sender and subject, but DKIM/DMARC fail for amazon.com; asks to confirm merge via link")

n036b = M("x", "unrelated", False, None, [], "Wed, 26 Mar 2025 01:30:12 +0000", ("小田 健二", "k.oda@hoshizora-tech.co.jp"), ME_C,
  "FW: [APN] Certification detachment notice for Hoshizora Tech Co., Ltd.",
  text="""北村さん

休暇明けに確認しました。APN 側に下記の通知が来ていたので共有します。
会社としては異議なしで回答済みです。特に対応は不要です。

小田

-----Original Message-----
From: AWS Partner Network <apn-no-reply@amazon.com>
Sent: Tuesday, March 25, 2025 4:30 PM
To: apn-admin@hoshizora-tech.co.jp
Subject: [APN] Certification detachment notice for Hoshizora Tech Co., Ltd.

An AWS Certification holder (candidate %s) associated with your organization has requested that their certification account be detached. If you object, please respond within 5 business days via Partner Central. If we do not hear from you, the request will proceed.
""" % C_OLD, charset="iso-2022-jp", cte="7bit", domain="hoshizora-tech.co.jp",
  note="Colleague forwards an APN notice (with an APN ask to the partner admin) - no action for the owner")

n037 = M("037", "confirmation_request", True, K3, [C_NEW, C_OLD], "Mon, 31 Mar 2025 01:09:30 +0000", SUP, ME_P,
  tc_subj(K3),
  text="""Hello Sora,

The partner review period has passed without objection, so we can now go ahead with the merge. I found the following accounts:

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

Please confirm that you would like to merge Account #2 into Account #1. Exam history, certifications, benefits and the digital badge connection will all move to Account #1, and Account #2 will be deactivated.

Kind regards,
Tomasz
AWS Training and Certification Customer Support
""" % (C_NEW, ME_P, ME_P, ME_P, C_OLD, ME_C, ME_C, ME_C),
  html="""<html><body><p>Hello Sora,</p><p>The partner review period has passed without objection, so we can now go ahead with the merge. I found the following accounts:</p>
<p><b>Account #1</b><br>Candidate ID: %s<br>Login email: %s<br>Training notification email: %s<br>Certification notification email: %s</p>
<p><b>Account #2</b><br>Candidate ID: %s<br>Login email: %s<br>Training notification email: %s<br>Certification notification email: %s</p>
<p>Please confirm that you would like to merge Account #2 into Account #1. Exam history, certifications, benefits and the digital badge connection will all move to Account #1, and Account #2 will be deactivated.</p>
<p>Kind regards,<br>Tomasz<br>AWS Training and Certification Customer Support</p></body></html>""" % (C_NEW, ME_P, ME_P, ME_P, C_OLD, ME_C, ME_C, ME_C),
  cte="quoted-printable", reply_to_n=n034, refs=[n023, n033],
  note="Standard Account #1/#2 confirmation, multipart/alternative QP; two candidate IDs")

n038 = M("038", "unrelated", False, None, [], "Mon, 31 Mar 2025 03:15:27 +0000", ("Backlog Support", "support@nulab.example.com"), ME_C,
  "[Backlog Support] Request #48213 has been closed",
  text="""Hello Sora Kitamura,

Your request #48213 "Transfer space ownership before leaving" has been marked as solved and is now closed.

If this did not resolve your issue, simply reply to this email within 7 days and the request will be reopened.

How would you rate the support you received? Good / Bad

Nulab Support Team
""", charset="us-ascii", cte="7bit", domain="nulab.example.com",
  note="Other vendor's 'case closed, reply to reopen' with rating prompt")

n039 = M("039", "confirmation_request", True, K3, [], "Mon, 31 Mar 2025 06:40:02 +0000", SUP, ME_P,
  tc_subj(K3),
  text="""Hi Sora,

Following up on Tomasz's note below since today is your last day at the company - we can't proceed until we hear back which account stays. Reply to this thread with the account number to keep and we'll take care of the rest.

Daniel
AWS Training and Certification

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Monday, March 31, 2025 10:09 AM
To: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Sora,

The partner review period has passed without objection, so we can now go ahead with the merge. I found the following accounts:

Account #1
Candidate ID: %s
Login email: %s

Account #2
Candidate ID: %s
Login email: %s

Please confirm that you would like to merge Account #2 into Account #1.
""" % (TC, ME_P, K3, C_NEW, ME_P, C_OLD, ME_C), charset="us-ascii", cte="7bit", crlf=True,
  reply_to_n=n037, refs=[n023, n034],
  note="Different agent's top-posted follow-up, no 'please'; the Account listing and IDs are only in the quoted part")

# ---------------------------------------------------------------- 2025: merge, aftermath, reopen
n040 = M("x", "user_reply", False, K3, [], "Mon, 31 Mar 2025 16:02:11 +0900", MEP, TC,
  tc_subj(K3),
  text="""Confirmed. Please merge to Account #1.

Sora Kitamura

2025年3月31日(月) 15:40 Amazon Web Services <%s>:
> Hi Sora,
>
> Following up on Tomasz's note below since today is your last day at the
> company - we can't proceed until we hear back which account stays. Reply to
> this thread with the account number to keep and we'll take care of the rest.
>
> Account #1
> Candidate ID: %s
> Login email: %s
>
> Account #2
> Candidate ID: %s
> Login email: %s
>
> Please confirm that you would like to merge Account #2 into Account #1.
""" % (TC, C_NEW, ME_P, C_OLD, ME_C), charset="utf-8", cte="quoted-printable", auth=False, domain="gmail.com",
  reply_to_n=n039, refs=[n023, n037],
  note="The expected confirmation, top-posted; IDs and 'Please confirm' only in the quote")

n041 = M("x", "resolved", False, K3, [C_NEW], "Mon, 31 Mar 2025 07:31:48 +0000", SUP, ME_P,
  tc_subj(K3),
  text="""Hello Sora,

I have successfully merged all accounts. Your surviving candidate ID is %s, and it now holds your full exam history, active certifications and remaining benefits.

Digital badges will be re-issued to the Credly account linked to %s; you may receive e-mails from Credly over the next day or so.

Thank you for contacting AWS Training and Certification, and best of luck in your new role.

Tomasz
AWS Training and Certification Customer Support

---- Original Message ----
From: %s
Sent: 3/31/2025 7:02 AM
To: %s
Subject: %s

Confirmed. Please merge to Account #1.

---- Original Message ----
From: %s
Sent: 3/31/2025 1:09 AM

Account #1
Login email: %s
Training notification email: %s
Certification notification email: %s

Account #2
Login email: %s
Training notification email: %s
Certification notification email: %s

Please confirm that you would like to merge Account #2 into Account #1.
""" % (C_NEW, ME_P, ME_P, TC, tc_subj(K3), TC, ME_P, ME_P, ME_P, ME_C, ME_C, ME_C),
  charset="us-ascii", cte="quoted-printable", reply_to_n=n040, refs=[n023, n037, n039],
  note="'successfully merged' with the whole confirmation request (Account #1/#2, 'Please confirm') quoted below")

n042 = M("x", "badge", False, None, [], "Mon, 31 Mar 2025 09:14:03 +0000", ("Credly", "admin@credly.com"), ME_P,
  "You've been issued 4 badges by Amazon Web Services Training and Certification",
  html="""<html><body><table width="560"><tr><td>
<p>Hi Sora,</p>
<p>Amazon Web Services Training and Certification has issued you 4 badges:</p>
<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li><li>AWS Certified SysOps Administrator - Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned">Accept your badges</a> to share them with your network.</p>
<p style="color:#888;font-size:11px">You are receiving this email because an issuer awarded you a badge. Credly, Inc.</p>
</td></tr></table></body></html>""", charset="utf-8", cte="quoted-printable", domain="credly.com",
  note="HTML-only Credly mail right after the merge")

n043 = M("x", "user_reply", False, K3, [], "Mon, 31 Mar 2025 18:20:45 +0900", MEC, ME_P,
  "FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K3,
  text="""記録用に個人アドレスへ転送。会社アドレスは本日で停止。

________________________________
From: Amazon Web Services <%s>
Sent: Monday, March 24, 2025 2:58 PM
To: %s <%s>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Sora,

Thanks for confirming your departure date, that lifts the partner hold on our side.

One thing though: your message came from %s, which is the login of the account that is going to be merged away. For security reasons the go-ahead has to come from the address of the account you are keeping. Send us a reply from %s on this case and we'll carry on from there.

Best,
Mei
""" % (TC, ME_NAME, ME_C, K3, ME_C, ME_P), charset="iso-2022-jp", cte="7bit", crlf=True,
  domain="hoshizora-tech.co.jp", auth={"dkim": "pass", "spf": "pass", "dmarc": "pass"},
  note="Owner forwards an old support ask from company to personal address; ask is only in the forwarded part; ISO-2022-JP CRLF")

n044 = M("x", "survey", False, K3, [], "Tue, 01 Apr 2025 01:00:31 +0000", ("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
  "Tell us about your recent support experience",
  text="""Hello,

You recently contacted AWS Training and Certification Customer Support (case %s). Please take a moment to rate the help you received - it's a single question.

How likely are you to recommend AWS Training and Certification support to a colleague?
0 1 2 3 4 5 6 7 8 9 10
https://survey.aws.amazon.com/tc/en?case=%s

Thank you,
AWS Training and Certification
""" % (K3, K3), charset="us-ascii", cte="7bit",
  note="Survey with 'Please take a moment'; case ID in text but nothing to reply")

n045 = M("x", "unrelated", False, None, [], "Wed, 02 Apr 2025 03:08:16 +0000", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
  "Delivery Status Notification (Failure)",
  text="""** Address not found **

Your message wasn't delivered to s.kitamura@hoshizora-tech.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

----- Original message -----

From: Sora Kitamura <%s>
To: s.kitamura@hoshizora-tech.co.jp
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Test - is the old address really gone?

> Please confirm that you would like to merge Account #2 into Account #1.
""" % (ME_P, K3), charset="us-ascii", cte="7bit", domain="googlemail.com",
  extra=["Auto-Submitted: auto-replied"],
  note="Bounce from the closed company mailbox; embedded case subject and a quoted confirmation ask")

n046 = M("x", "unrelated", False, None, [], "Thu, 03 Apr 2025 05:40:00 +0000", ("AWS Partner Network", "apn-no-reply@amazon.com"), ME_P,
  "Update to your AWS Partner Network certification association",
  text="""Hello Sora Kitamura,

This is to let you know that your AWS Certifications are no longer associated with the following AWS Partner Network member: Hoshizora Tech Co., Ltd.

If you join another AWS Partner, you can share your certifications with that organization from the AWS Certification Account under Profile > Partner sharing.

No action is required.

AWS Partner Network
""", charset="us-ascii", cte="7bit",
  note="APN mail about the same partner link as the hold, but a notification, not the case")

n047 = M("x", "user_reply", False, K3, [C_NEW], "Fri, 04 Apr 2025 11:26:37 +0900", MEP, TC,
  tc_subj(K3, "RE: [CASE %s] "),
  text="""Hello,

Sorry to reopen this. The merge looks fine for exam history and certifications, but the 50%% exam discount that was on my old account is not listed under Benefits on %s. I had planned to use it for my SAA recertification next month. Could you check?

Sora Kitamura

On Mon, Mar 31, 2025 at 4:31 PM Amazon Web Services <%s> wrote:
> Hello Sora,
>
> I have successfully merged all accounts. Your surviving candidate ID is %s,
> and it now holds your full exam history, active certifications and remaining
> benefits.
""" % (C_NEW, TC, C_NEW), charset="utf-8", cte="8bit", auth=False, domain="gmail.com",
  reply_to_n=n041, refs=[n023, n037, n040],
  note="User reopens the resolved case ('RE: [CASE' spacing variant); asks support a question")

n048 = M("x", "case_update", False, K3, [], "Fri, 04 Apr 2025 06:12:09 +0000", SUP, ME_P,
  tc_subj(K3),
  text="""北村様

お問い合わせいただきありがとうございます。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

統合後に特典(50%% 割引バウチャー)が表示されない件について、ケースを再オープンし、認定チームにて確認を開始いたしました。結果が分かり次第、改めてご連絡いたします。通常 2〜3 営業日ほどお時間をいただいております。

その他、お気づきの点がございましたら、本メールにご返信ください。

佐藤
AWS Training and Certification Customer Support
""", charset="utf-8", cte="8bit", reply_to_n=n047, refs=[n023, n041],
  note="Japanese reopen/progress note (UTF-8 8bit); conditional 〜がございましたら…ご返信ください")

n049 = M("x", "unrelated", False, None, [], "Sat, 05 Apr 2025 02:18:44 +0000", ("ピアソンVUE", "donotreply@pearson.com"), ME_P,
  "ピアソンVUE 予約確認: AWS Certified Solutions Architect - Associate",
  text="""北村 空 様

試験のご予約ありがとうございます。本メールは大切に保管してください。

登録ID: 471930582
試験: SAA-C03: AWS Certified Solutions Architect - Associate (日本語)
日時: 2025年4月26日(土) 13:00 JST
会場: オンライン監督試験 (OnVUE)

予約内容の変更・キャンセルは、試験開始の 24 時間前までにウェブアカウントから行ってください。
ご不明な点がございましたら、ピアソンVUE カスタマーサービスまでお問い合わせください。
""", charset="shift_jis", cte="base64", domain="pearson.com",
  note="Japanese exam-vendor mail, Shift_JIS base64; 9-digit registration ID")

n050 = M("x", "info_request", True, K3, [], "Mon, 07 Apr 2025 08:45:21 +0000", SUP, ME_P,
  tc_subj(K3),
  text="""北村様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤です。

認定チームより回答がありましたのでご報告いたします。旧アカウントに付与されていた 50% 割引バウチャーは、統合処理の際に有効期限切れとして扱われ、新しいアカウントへ移行されなかったことが判明いたしました。現在、再発行の手続きを進めております。

つきましては、再発行の対象を特定するため、旧アカウントでバウチャーを確認された際のコード(末尾 4 桁のみで結構です)と、表示されていた有効期限をお知らせいただけますでしょうか。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐藤
AWS Training and Certification Customer Support
""",
  html="""<html><body style="font-family:'Meiryo',sans-serif">
<p>北村様</p>
<p>いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤です。</p>
<p>認定チームより回答がありましたのでご報告いたします。旧アカウントに付与されていた 50% 割引バウチャーは、統合処理の際に有効期限切れとして扱われ、新しいアカウントへ移行されなかったことが判明いたしました。現在、再発行の手続きを進めております。</p>
<p>つきましては、再発行の対象を特定するため、旧アカウントでバウチャーを確認された際のコード(末尾 4 桁のみで結構です)と、表示されていた有効期限をお知らせいただけますでしょうか。</p>
<p>お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。</p>
<p>佐藤<br>AWS Training and Certification Customer Support</p></body></html>""",
  charset="utf-8", cte="base64", reply_to_n=n048, refs=[n023, n047],
  note="Japanese mixed mail: progress report first, keigo ask buried after it; multipart base64")

n051 = M("x", "unrelated", False, None, [], "Tue, 08 Apr 2025 09:00:00 +0000", ("connpass", "no-reply@connpass.com"), ME_P,
  "【connpass】JAWS-UG 東京 #62 の参加登録が完了しました",
  text="""北村 空 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #62 「AWS 認定を取って何が変わったか」
日時: 2025/04/18(金) 19:00〜21:00
会場: オンライン

参加をキャンセルする場合は、イベントページからキャンセル手続きを行ってください。
このメールに返信しないでください。
""", charset="utf-8", cte="base64", domain="connpass.com",
  note="Japanese community event mail about AWS certification")

n052 = M("x", "closing_notice", True, K3, [], "Fri, 11 Apr 2025 07:02:55 +0000", SUP, ME_P,
  tc_subj(K3),
  text="""Hi Sora,

Sato is out this week so I'm covering the case. I can see we're still waiting on the voucher details she asked about on Monday. I'll go ahead and close this out next Wednesday unless I hear otherwise - a quick reply with the last four characters and the expiry date will keep it moving.

Cheers,
Daniel
AWS Training and Certification
""", charset="us-ascii", cte="7bit", reply_to_n=n050, refs=[n023, n048],
  note="Casual closing notice ('close this out... unless I hear otherwise'), no 'please', no 'inactivity'")

n053 = M("x", "user_reply", False, K3, [C_OLD], "Fri, 11 Apr 2025 20:15:30 +0900", MEP, TC,
  tc_subj(K3, "RE: [CASE %s] "),
  text="""佐藤様、Daniel 様

ご連絡が遅くなり申し訳ありません。
旧アカウント(%s)で確認していたバウチャーの情報は以下のとおりです。

コード末尾: 7QX2
有効期限: 2025年9月30日

どうぞよろしくお願いいたします。

北村

2025年4月11日(金) 16:02 Amazon Web Services <%s>:
> Hi Sora,
>
> Sato is out this week so I'm covering the case. I can see we're still
> waiting on the voucher details she asked about on Monday.
""" % (C_OLD, TC), charset="iso-2022-jp", cte="7bit", auth=False, domain="gmail.com",
  reply_to_n=n052, refs=[n023, n050],
  note="Japanese user reply (ISO-2022-JP) with old candidate ID")

n054 = M("x", "resolved", False, K3, [C_NEW], "Mon, 14 Apr 2025 02:40:10 +0000", SUP, ME_P,
  tc_subj(K3),
  text="""北村様

ご返信いただきありがとうございました。佐藤です。

いただいた情報をもとに、50%% 割引バウチャーを新しいアカウント(%s)に再発行いたしました。有効期限は元のバウチャーと同じ 2025 年 9 月 30 日です。認定アカウントの「特典」ページからご確認いただけます。

本件の対応はこれにて完了となります。ご不明な点がございましたら、お気軽に本メールへご返信ください。

佐藤
AWS Training and Certification Customer Support

-----Original Message-----
From: Amazon Web Services <%s>
Sent: 2025/04/07 17:45

つきましては、再発行の対象を特定するため、旧アカウントでバウチャーを確認された際のコード(末尾 4 桁のみで結構です)と、表示されていた有効期限をお知らせいただけますでしょうか。
""" % (C_NEW, TC), charset="shift_jis", cte="quoted-printable",
  reply_to_n=n053, refs=[n023, n050, n052],
  note="Japanese resolution (Shift_JIS QP) quoting the earlier keigo ask; optional ご不明な点がございましたら")

# ---------------------------------------------------------------- 2025: console case K5 (Japanese console)
n055 = M("x", "acknowledgement", False, K5, [], "Tue, 15 Apr 2025 00:15:21 +0000", AWS_CON, ME_P,
  "Amazon Web Services: New Support case: %s" % K5,
  text="""お客様

ケース %s を受け付けました。担当者より追ってご連絡いたします。

ケースの詳細:
件名: Builder ID でサインインすると旧パートナーの SSO 画面に転送される
アカウント: [AWS ID 902246153318]
ケースの種類: アカウントおよび請求のサポート
重要度: 一般的な質問
内容: 認定アカウントの統合後、aws.training にサインインすると以前の会社の Partner Central SSO にリダイレクトされます。

ケースは以下の URL からいつでも確認・更新できます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用アドレスから送信されています。返信はサポートセンターから行ってください。

アマゾン ウェブ サービス
""" % (K5, K5), charset="utf-8", cte="base64",
  note="Japanese console ack (15-digit ID) with a 12-digit account ID; 'reply from the Support Center' is boilerplate")

n056 = M("x", "info_request", True, K5, [], "Tue, 15 Apr 2025 03:50:40 +0000", AWS_CON, ME_P,
  "RE:[CASE %s] Builder ID でサインインすると旧パートナーの SSO 画面に転送される" % K5,
  text="""Hello,

Thank you for your patience. I'm Haruto from AWS Customer Service and I'll be working with you on this.

Redirects like this usually come from a cached partner session or an identity mapping left on the old certification profile. I've checked the profile mapping and it looks clean, so I'd like to narrow it down from the browser side.

Could you let us know which browser and version you're using, whether the redirect still happens in a private window, and the full URL you land on? A HAR capture of the sign-in would be ideal if you can attach one to the case.
""" + CONSOLE_FOOTER % K5, charset="utf-8", cte="quoted-printable",
  reply_to_n=n055, note="Console request ('Could you let us know'), answer only via Support Center, rating footer below")

n057 = M("x", "case_update", False, K5, [], "Thu, 17 Apr 2025 08:31:09 +0000", AWS_CON, ME_P,
  "RE:[CASE %s] Builder ID でサインインすると旧パートナーの SSO 画面に転送される" % K5,
  text="""Hello,

Thanks for the HAR file you uploaded to the case. It shows the redirect coming from the certification sign-in service itself, not from your browser, so I've escalated it to the service team that owns it.

They typically respond within 2-3 business days. I'll update the case as soon as I hear from them; there's nothing more needed on your side for now.
""" + CONSOLE_FOOTER % K5, charset="utf-8", cte="quoted-printable",
  reply_to_n=n056, refs=[n055], note="Console progress update with 'Please share your experience by rating' and 'To contact us again' footer")

n058 = M("x", "suspicious", False, None, [], "Fri, 18 Apr 2025 11:45:30 +0000", ("AWS認定事務局", "support@aws-certification-jp.com"), ME_P,
  "【重要】AWS認定アカウント統合の最終確認のお願い",
  text="""AWS認定 保有者様

お客様の認定アカウント統合手続きにおいて、本人確認が完了しておりません。
48時間以内に下記URLよりログインし、本人確認を完了してください。
期限を過ぎた場合、保有資格はすべて失効となります。

https://aws-certification-jp.com/merge/verify

AWS認定事務局
""", charset="shift_jis", cte="base64", domain="aws-certification-jp.com",
  note="Japanese phishing from a lookalike domain, Shift_JIS base64; plain ください ask with deadline")

n059 = M("x", "info_request", True, K5, [], "Tue, 22 Apr 2025 04:00:12 +0000", AWS_CON, ME_P,
  "RE:[CASE %s] Builder ID でサインインすると旧パートナーの SSO 画面に転送される" % K5,
  text="""お客様

サービスチームより修正が完了したとの連絡がありました。お手数ですが、サインイン時にリダイレクトが解消されているかをご確認のうえ、結果をサポートセンターからお知らせください。

なお、3 日以内にサポートセンターでのご返信がない場合、本ケースは自動的に解決済みとなります。解決済みのケースは 14 日を過ぎると再オープンできませんのでご注意ください。

アマゾン ウェブ サービス

======================================================
このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

*このメールは受信できないアドレスから送信されています。
======================================================
""" % K5, charset="iso-2022-jp", cte="7bit",
  note="Japanese console mail: news, then ask to verify and report back in the Support Center, plus a pre-emptive auto-resolve warning (the ask decides: info_request, not closing_notice)")

n060 = M("x", "resolved", False, K5, [], "Fri, 25 Apr 2025 04:05:00 +0000", AWS_CON, ME_P,
  "RE:[CASE %s] Builder ID でサインインすると旧パートナーの SSO 画面に転送される" % K5,
  text="""お客様

サポートセンターでのご返信により、リダイレクトが解消されたことを確認いたしました。本ケースは解決済みとさせていただきます。

今回のご対応について、ご意見をお聞かせください。サポートセンターの各コミュニケーション右上にある星をクリックして評価いただけます。

アマゾン ウェブ サービス

======================================================
このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

*このメールは受信できないアドレスから送信されています。
======================================================
""" % K5, charset="utf-8", cte="8bit", crlf=True,
  reply_to_n=n059, refs=[n055, n057], note="Japanese console resolution with rating request (ご意見をお聞かせください)")

# ---------------------------------------------------------------- misc after
n061 = M("x", "unrelated", False, None, [], "Sat, 26 Apr 2025 23:10:10 +0000", ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
  "Amazon.co.jp ご注文の発送: 「AWS認定ソリューションアーキテクト-アソシエイト教科書」",
  text="""北村 空 様

ご注文いただいた商品を発送しました。

注文番号: 250-3841962-7720514
お届け予定: 4月28日(月)

配送状況は「注文履歴」からご確認いただけます。
""", charset="iso-2022-jp", cte="7bit", domain="amazon.co.jp",
  note="Amazon retail (not AWS) with an order number full of digits")

n062 = M("x", "certification", False, None, [C_NEW], "Mon, 28 Apr 2025 10:20:00 +0000", ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "AWS 認定の再認定が完了しました",
  text="""北村 空 様

AWS Certified Solutions Architect - Associate の再認定おめでとうございます。

新しい有効期限: 2028年4月26日
認定アカウント: %s

デジタルバッジは Credly から別途メールでお送りします。認定アカウントにサインインすると、新しい認定証をダウンロードできます。

このメールには返信しないでください。
AWS トレーニングと認定
""" % C_NEW, charset="utf-8", cte="quoted-printable", domain="certmetrics.com",
  note="Japanese recertification notice with the candidate ID")

n063 = M("x", "badge", False, None, [], "Mon, 28 Apr 2025 10:32:14 +0000", ("Credly", "admin@credly.com"), ME_P,
  "Reminder: Accept your AWS Certified Solutions Architect - Associate badge",
  text="""Hi Sora,

You haven't accepted your AWS Certified Solutions Architect - Associate badge from Amazon Web Services Training and Certification yet.

Accept it now: https://www.credly.com/badges/0c2d93fa-5e41-4d8b-a7c6-1f0e2b9d8a34/accept

Questions? https://support.credly.com
""", charset="us-ascii", cte="7bit", domain="credly.com",
  note="Credly reminder using imperative wording")

n064 = M("x", "suspicious", False, None, [], "Tue, 29 Apr 2025 06:55:41 +0000", ("Credly on behalf of AWS Training and Certification", "badges@credly-awards.net"), ME_P,
  "Your AWS badge will be revoked - confirm your certification account",
  text="""Hello,

Due to a recent merge of your AWS Certification accounts, your badges must be re-verified. Reply to this email with your candidate ID and Builder ID password, or sign in at https://credly-awards.net/aws/verify within 24 hours.

AWS Training and Certification
""", charset="us-ascii", cte="7bit", domain="credly-awards.net",
  note="Lookalike Credly domain claiming AWS, asks for a reply with credentials")

n065 = M("x", "unrelated", False, None, [], "Wed, 30 Apr 2025 01:12:44 +0000", ("Microsoft Support", "support@mail.support.microsoft.com"), ME_P,
  "Case 2504110010002871 closed - Microsoft 365 personal subscription",
  text="""Hello Sora,

We're closing your case 2504110010002871 as we haven't heard back from you since our last message. If you still need assistance, simply reply to this email and the case will be reopened.

Thank you,
Microsoft Support
""", charset="us-ascii", cte="7bit", domain="mail.support.microsoft.com",
  note="Other vendor's no-reply closing notice with a 16-digit case number; same shape as an AWS closing notice")

n066 = M("x", "unrelated", False, None, [], "Fri, 02 May 2025 04:00:00 +0000", ("AWS Training and Certification", "no-reply@aws.training"), ME_P,
  "Your AWS Skill Builder Individual subscription receipt",
  text="""Hi Sora,

Thanks for subscribing to AWS Skill Builder Individual.

Order ID: 114-2093375-5510286
Plan: Monthly
Amount: USD 29.00
Next billing date: June 2, 2025

You can manage or cancel your subscription at any time from your account settings.

AWS Training and Certification
""", charset="us-ascii", cte="7bit", domain="aws.training",
  note="Skill Builder receipt from the training platform")

n067 = M("x", "unrelated", False, None, [], "Fri, 02 May 2025 10:22:16 +0000", ("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
  "【AWS】お支払いに関するご確認のお願い [アカウント: 902246153318]",
  text="""お客様

AWS アカウント 902246153318 の 4 月分のご請求について、ご登録のクレジットカードでお支払いを処理できませんでした。

お手数ですが、請求とコスト管理コンソールの「お支払い方法」からカード情報をご確認いただき、必要に応じて更新してください。

このメールは送信専用アドレスから送信されています。

Amazon Web Services
""", charset="iso-2022-jp", cte="7bit",
  note="Genuine AWS billing ask in Japanese (action needed but not a support case)")

n068 = M("x", "certification", False, None, [], "Tue, 13 May 2025 15:30:00 +0000", ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "AWS Certification wants to hear from you",
  text="""Hi Sora,

You recently recertified - congratulations! We'd like to know how the process went. Would you tell us in a short survey (5 minutes)?

https://www.certmetrics.com/amazon/public/survey.aspx?id=recert25

Thanks,
AWS Certification
""", charset="us-ascii", cte="7bit", domain="certmetrics.com",
  note="certmetrics feedback invitation with a question; not support")

n069 = M("x", "unrelated", False, None, [], "Tue, 13 May 2025 16:02:00 +0000", ("AWS Builder ID", "no-reply@login.awsapps.com"), ME_P,
  "Verify your AWS Builder ID sign-in",
  text="""Hello,

Someone is trying to sign in to your AWS Builder ID from a new device.

Verification code: 338051

This code expires in 10 minutes. If this wasn't you, change your password immediately.

Amazon Web Services
""", charset="us-ascii", cte="7bit", domain="login.awsapps.com", crlf=True,
  note="Builder ID sign-in code (6 digits)")

n070 = M("x", "unrelated", False, None, [], "Tue, 20 May 2025 07:00:00 +0000", ("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME_P,
  "Changed jobs? Keep your AWS Certifications with you",
  html="""<html><body><table width="600"><tr><td>
<h3>Changed jobs? Keep your AWS Certifications with you</h3>
<p>If you earned certifications with a work e-mail, you can request that your certification accounts be merged into one personal account so you keep your exam history, benefits and badges.</p>
<table border="0" cellpadding="6"><tr><td>1.</td><td>Sign in with your AWS Builder ID</td></tr><tr><td>2.</td><td>Contact us and choose <b>Account Merge</b></td></tr><tr><td>3.</td><td>Confirm the merge when we reply</td></tr></table>
<p><a href="https://aws.amazon.com/certification/">Learn more</a></p>
<p style="font-size:10px">To stop receiving these e-mails, unsubscribe here. Please do not reply to this message.</p>
</td></tr></table></body></html>""", charset="utf-8", cte="quoted-printable",
  note="Marketing that describes the merge process incl. 'Confirm the merge when we reply'")


for name, raw, label, note in MSGS:
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(raw)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False)
        f.write("\n")
from collections import Counter
kc = Counter(l["kind"] for _, _, l, _ in MSGS)
nr = sum(1 for _, _, l, _ in MSGS if l["needs_reply"])
R = ["me: %s %s" % (ME_P, ME_C), "",
     "# Blind held-out corpus blind-109", "",
     "One mailbox owner, Sora Kitamura (北村 空): personal Gmail address `%s`, old company (APN partner "
     "Hoshizora Tech, Microsoft 365) address `%s`, which stops working on 2025-03-31." % (ME_P, ME_C), "",
     "Written blind from DOMAIN.md, the five seed write-ups and BLIND-CORPUS.md only. Regenerate with `python3 gen.py`.", "",
     "## Cases", "",
     "| case | digits | channel | story |", "|---|---|---|---|",
     "| %s | 10 | AWS Support Center (console), 2021 | exam voucher not applied; info request answered in the Support Center, auto-resolve warning, resolved, survey |" % K1,
     "| %s | 11 | T&C form, 2023 | duplicate certification profile (Credly); ask for candidate IDs -> closing warning -> closed -> user reply reopens -> profile choice -> merged |" % K2,
     "| %s | 15 | T&C form, 2025, main | company -> personal merge: Japanese ack, Japanese info request, APN hold, Japanese closing notice, reply from the wrong (company) address, ask to write from personal address, reply threaded only by In-Reply-To, hold without ask, Account #1/#2 confirmation, follow-up, 'Confirmed', merged; reopened for a missing voucher (Japanese), casual closing notice, resolved |" % K3,
     "| %s | 15 | T&C form, 2025 | duplicate form submission of the same request: ack, closed as duplicate, an agent still asks for details, user points to the first case |" % K4,
     "| %s | 15 | Support Center (console), 2025, Japanese console | sign-in redirect after the merge: ack, info request (Support Center only), escalation update, news + ask + auto-resolve warning, resolved |" % K5,
     "", "Not case numbers: 12-digit AWS account IDs (480271936655, 902246153318), 9-digit Pearson VUE registration IDs, "
     "6-digit Builder ID codes, Amazon.co.jp / Skill Builder order numbers, a 16-digit Microsoft case number, Credly badge UUIDs.", "",
     "Candidate IDs: %s (company account), %s (duplicate profile merged in 2023), %s (personal account, kept)." % (C_OLD, C_DUP, C_NEW), "",
     "## Counts", "",
     "%d messages; needs_reply true: %d. Per kind: %s." % (len(MSGS), nr, ", ".join("%s %d" % kv for kv in sorted(kc.items()))), "",
     "## Messages", "",
     "| file | kind | needs_reply | case | what it is / what makes it hard |", "|---|---|---|---|---|"]
for name, raw, l, note in MSGS:
    R.append("| %s | %s | %s | %s | %s |" % (name, l["kind"], str(l["needs_reply"]).lower(), l["case"] or "-", note.replace("|", "/")))
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(R) + "\n")
print("wrote", len(MSGS), "messages")
