#!/usr/bin/env python3
"""Generate the blind-155 corpus: support-case mail around an AWS T&C account merge.
Standard library only. Writes NNN-msg.eml / NNN-msg.json / README.md next to this script."""
import os, json, base64, quopri, hashlib
from collections import Counter
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ME_P = "daisuke.okabe.cloud@gmail.com"
ME_C = "d-okabe@minatomirai-tech.co.jp"
ME_NAME = "Daisuke Okabe"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

# case numbers
M = "174104772900417"   # main merge case (form), 15 digits
D = "174105130200086"   # duplicate form submission, 15 digits
V = "17412983051"       # console case: missing 50% voucher, 11 digits
J = "174155610300288"   # name romanisation fix on certificate (Japanese)
K = "174209876500733"   # Credly badge not showing (form)
P = "5829104736"        # exam accommodation (ESL +30) case, 10 digits
S = "174270115900962"   # notification email change, never answered (Japanese)
R = "174250331200155"   # missing benefit voucher after merge
CAND_NEW = "AWS09177420"  # personal account
CAND_OLD = "AWS02231876"  # company account

MSGS = []


def t(day, hh, mm, tz=UTC, month=3, ss=0):
    return datetime(2025, month, day, hh, mm, ss, tzinfo=tz)


def eh(s, cs="utf-8", enc=None):
    """Encode a header value as RFC 2047 if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)


def part(text, ctype="text/plain", cs="utf-8", cte="quoted-printable", extra=""):
    raw = text.encode(cs)
    if cte == "base64":
        data = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        data = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        data = raw.decode("ascii")
    else:  # 8bit, kept as text (file is written in the same charset only when utf-8)
        data = text
    hdr = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s' % (ctype, cs, extra, cte)
    return (hdr, data.rstrip("\n") + "\n")


def multi(sub, parts, boundary):
    hdr = 'Content-Type: multipart/%s;\n\tboundary="%s"' % (sub, boundary)
    out = ["This is a multi-part message in MIME format.\n"] if sub == "mixed" else []
    for h, b in parts:
        out.append("--%s\n%s\n\n%s" % (boundary, h, b))
    out.append("--%s--\n" % boundary)
    return (hdr, "\n".join(out))


def auth(to, dom, res="pass", mailfrom=None, ip="54.240.8.35"):
    mailfrom = mailfrom or dom
    if to.endswith("gmail.com"):
        d = "fail" if res == "fail" else "pass"
        return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=Qx4%s;\n"
                "       spf=%s (google.com: domain of bounces@%s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
                % (d, dom, "224i4yxa5dv7c2xz3womw6peuasteono", "mK2a", "softfail" if res == "fail" else "pass",
                   mailfrom, ip, mailfrom, d, "QUARANTINE" if res == "fail" else "NONE", dom))
    d = "fail" if res == "fail" else "pass"
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (%s)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s"
            % ("fail" if res == "fail" else "pass", ip, mailfrom, d,
               "signature did not verify" if res == "fail" else "signature was verified", dom, d,
               "quarantine" if res == "fail" else "none", dom, d, "000" if res == "fail" else "100"))


def add(kind, needs, case, cands, frm, to, subj, date, content, *, cc=None, irt=None, refs=None,
        crlf=False, authres=None, subj_cs="utf-8", extra=None, mid=None, note="", what=""):
    n = len(MSGS) + 1
    if mid is None:
        dom = frm.split("@")[-1].rstrip(">")
        h = hashlib.sha1(("%d%s%s" % (n, subj, date)).encode()).hexdigest()
        if dom.endswith("amazon.com"):
            mid = "<0100019%s-%s-%s-000000@email.amazonses.com>" % (h[:9], h[9:17], h[17:29])
        elif dom == "gmail.com":
            mid = "<CAF%s%s@mail.gmail.com>" % (h[:20].upper(), h[20:30])
        else:
            mid = "<%s.%s@%s>" % (h[:16], h[16:24], dom)
    H = []
    if extra:
        for k, v in extra:
            if k.lower() in ("received", "return-path", "delivered-to", "arc-seal"):
                H.append((k, v))
    if authres:
        H.append(("Authentication-Results", authres))
    H.append(("Date", format_datetime(date)))
    H.append(("From", frm))
    H.append(("To", to))
    if cc:
        H.append(("Cc", cc))
    H.append(("Subject", eh(subj, subj_cs)))
    H.append(("Message-ID", mid))
    if irt:
        H.append(("In-Reply-To", irt))
    if refs or irt:
        H.append(("References", refs or irt))
    if extra:
        for k, v in extra:
            if k.lower() not in ("received", "return-path", "delivered-to", "arc-seal"):
                H.append((k, v))
    H.append(("MIME-Version", "1.0"))
    chdr, body = content
    text = "".join("%s: %s\n" % (k, v) for k, v in H) + chdr + "\n\n" + body
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    MSGS.append(dict(n=n, date=date, kind=kind, needs=needs, case=case, cands=cands, text=text,
                     note=note, what=what, mid=mid))
    return mid


def rcv_amz(to, ip="54.240.8.35", day=None):
    return [("Return-Path", "<0100019bounces@amazonses.com>"),
            ("Received", "from a8-35.smtp-out.amazonses.com (a8-35.smtp-out.amazonses.com. [%s])\n"
                         "        by mx.google.com with ESMTPS id x12si88120pfa.2025\n        for <%s>" % (ip, to))]


def sig_form(agent):
    return ("\nBest regards,\n\n%s\nAWS Training and Certification Customer Support\n\n"
            "We value your feedback. Please share your experience by rating this and other correspondences in the\n"
            "AWS Training and Certification portal.\n" % agent)


def sig_form_min(agent):
    return "\n%s\nAWS Training & Certification\n" % agent

# ====================================================================== MESSAGES
# ---- 001 GitHub merged (unrelated)
add("unrelated", False, None, [], addr("Kenji Arai", "notifications@github.com"), addr("minatomirai-tech/infra-terraform", "infra-terraform@noreply.github.com"),
    "Re: [minatomirai-tech/infra-terraform] Merge the two VPC modules into one (PR #212)", t(3, 0, 41),
    multi("alternative", [part("Merged #212 into main.\n\n-- \nReply to this email directly, view it on GitHub:\nhttps://github.com/minatomirai-tech/infra-terraform/pull/212#event-16423110875\nYou are receiving this because you were mentioned.\n\nMessage ID: <minatomirai-tech/infra-terraform/pull/212/issue_event/16423110875@github.com>\n", cte="7bit"),
        part('<p>Merged <a href="https://github.com/minatomirai-tech/infra-terraform/pull/212">#212</a> into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/minatomirai-tech/infra-terraform/pull/212#event-16423110875">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>\n', "text/html", cte="7bit")],
        "--==_mimepart_67c4fa3b9e1d2_1a2f3c1048576"),
    cc=addr(ME_NAME, ME_C), irt="<minatomirai-tech/infra-terraform/pull/212@github.com>",
    authres=auth(ME_C, "github.com", ip="192.30.252.201"),
    extra=[("X-GitHub-Reason", "mention"), ("List-ID", "minatomirai-tech/infra-terraform <infra-terraform.minatomirai-tech.github.com>")],
    what="GitHub: PR merged", note="'Merge' and 'merged' with no AWS case; sits right before the real merge thread")

# ---- 002 certification expiry reminder (certification)
add("certification", False, None, [CAND_OLD], addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Reminder: your AWS Certification expires in 90 days", t(3, 2, 5),
    part("""Hello Daisuke,

This is a friendly reminder that the following credential on your AWS Certification account
(Candidate ID: %s) is due to expire soon:

  AWS Certified Solutions Architect - Associate      Expires: June 1, 2025

To keep it active, pass the current version of the exam or a higher-level exam in the same
track before the expiration date. Your 50%% discount benefit can be applied to the exam fee.

Visit your AWS Certification Account to review your options.

Don't wait until the last minute - appointment availability can be limited near expiration dates.

AWS Training and Certification

This message was sent to %s. Please do not reply to this email; this mailbox is not monitored.
""" % (CAND_OLD, ME_C), cte="7bit"),
    authres=auth(ME_C, "certmetrics.com", ip="198.2.180.17"),
    what="CertMetrics expiry reminder to company address", note="a 'reminder' with a deadline and 'don't wait' that is not a case closing notice; candidate ID in body")

# ---- 003 user note to self: plan with both candidate IDs (user_reply)
add("user_reply", False, None, [CAND_OLD, CAND_NEW], addr("Okabe Daisuke", ME_C), addr(ME_NAME, ME_P),
    "FW: 認定アカウント メモ（退職前にやること）", t(4, 9, 12, JST),
    part("""自分用メモ。会社のアドレスは3/14で止まるので、それまでに統合を終わらせる。

旧（会社）: %s  / d-okabe@minatomirai-tech.co.jp
新（個人）: %s  / daisuke.okabe.cloud@gmail.com

・試験履歴、取得済み認定、特典（50%%割引）をスクショ済み
・証明書PDFダウンロード済み
・このあとフォーム送信（Account Merge）
・うちはAPNパートナーなので止められるかも

-- 
岡部 大介 / Daisuke Okabe
みなとみらいテック株式会社 クラウド推進部
""" % (CAND_OLD, CAND_NEW), cs="iso-2022-jp", cte="7bit"),
    subj_cs="iso-2022-jp", extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", eh("認定アカウント メモ", "iso-2022-jp"))],
    what="Owner's own memo forwarded from company to personal address (ISO-2022-JP)", note="owner's note, lists both candidate IDs and mentions the APN risk; no case yet")

# ---- 004 ack for M (acknowledgement)
ACK_M = add("acknowledgement", False, M, [], addr("AWS Training and Certification", FORM), ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % M, t(4, 0, 22, ss=40),
    multi("alternative", [part("""Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged as case %s.

A member of our team normally gets back to you within 24 hours, although some requests need more time
to investigate. There is no need to submit the form again for the same issue; a second submission opens
a separate case and can delay the answer to the first one.

Here is what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Email: %s
Candidate ID: %s

Use case: I am leaving my employer at the end of next week and would like to merge my certification
account registered with d-okabe@minatomirai-tech.co.jp into the one registered with %s.
Addresses used: d-okabe@minatomirai-tech.co.jp, %s
Address to keep: %s

Sincerely,
AWS Training and Certification Customer Support
""" % (M, ME_P, CAND_NEW, ME_P, ME_P, ME_P)),
        part("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for reaching out to AWS Training and Certification. Your request has been logged as case <b>%s</b>.</p>
<p>A member of our team normally gets back to you within 24 hours, although some requests need more time to investigate.
There is no need to submit the form again for the same issue; a second submission opens a separate case and can delay the answer to the first one.</p>
<p>Here is what you sent us:</p>
<table border="0" cellpadding="3"><tr><td>Inquiry type:</td><td>Certification</td></tr>
<tr><td>Additional details:</td><td>Account Merge</td></tr><tr><td>Email:</td><td>%s</td></tr>
<tr><td>Candidate ID:</td><td>%s</td></tr></table>
<p>Use case: I am leaving my employer at the end of next week and would like to merge my certification account registered with d-okabe@minatomirai-tech.co.jp into the one registered with %s.<br>
Addresses used: d-okabe@minatomirai-tech.co.jp, %s<br>Address to keep: %s</p>
<p>Sincerely,<br>AWS Training and Certification Customer Support</p></body></html>
""" % (M, ME_P, CAND_NEW, ME_P, ME_P, ME_P), "text/html")], "----=_Part_1120334_18806311.1741051647221"),
    authres=auth(ME_P, "amazon.com"), extra=rcv_amz(ME_P),
    what="Case M opened (form ack)", note="echoes the owner's form text incl. candidate ID inside the form copy (counted: it is part of this mail's own text)")

# ---- 005 ack for duplicate D (Japanese, acknowledgement)
add("acknowledgement", False, D, [], addr("AWS Training and Certification", FORM), ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % D, t(4, 1, 22),
    part("""お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせはケース番号 %s として受け付けました。

担当者より、通常24時間以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございますので、
あらかじめご了承ください。

同じ内容のお問い合わせを既にお送りいただいている場合、新たにフォームを送信されますと対応が遅れる原因と
なりますので、お控えくださいますようお願いいたします。

AWS トレーニングと認定 カスタマーサポート
""" % D, cte="base64"),
    authres=auth(ME_P, "amazon.com"), extra=rcv_amz(ME_P),
    what="Second form submission opened duplicate case D (Japanese ack, base64)", note="same request as M under a new number; 'お控えください' is boilerplate, not a request")

# ---- 006 AWS billing (unrelated)
add("unrelated", False, None, [], addr("Amazon Web Services", "aws-billing@email.amazon.com"), ME_C,
    "Amazon Web Services Billing Statement Available [Account: 402918337615]", t(4, 5, 2),
    part("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 7615, is available on
the AWS web site. Your account will be charged the following:

Total: $1,284.17

You can see a complete break down of all charges on the Billing & Cost Management Dashboard.

If you have questions about this statement, you can open a case in the Support Center.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
""", cte="7bit"),
    authres=auth(ME_C, "email.amazon.com"),
    what="AWS billing statement", note="genuine AWS mail with a 12-digit account ID and 'open a case' wording; not T&C")

# ---- 007 D closed as duplicate (case_update)
add("case_update", False, D, [], addr("AWS Training and Certification", FORM), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % D, t(4, 6, 48),
    part("""Hello Daisuke,

I noticed this request matches case %s, which you submitted about an hour earlier and which is already
with our team. To keep everything in one place I'm closing this one and linking it to the first case.

You don't need to do anything here - all updates will come through case %s.

Regards,
Marisol
AWS Training and Certification
""" % (M, M), cte="7bit"),
    irt=None, authres=auth(ME_P, "amazon.com"), extra=rcv_amz(ME_P),
    what="D closed as duplicate of M", note="a close that asks nothing; mentions the other case number in the body, label stays D (subject)")

# ---- 008 M on hold: APN, with a buried question (on_hold, needs reply)
HOLD_M = add("on_hold", True, M, [], addr("AWS Training and Certification", FORM), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % M, t(5, 8, 15),
    part("""Hello Daisuke,

Thanks for your patience. While reviewing the two profiles I found that the one registered under
d-okabe@minatomirai-tech.co.jp is linked to an AWS Partner Network organization (Minatomirai Tech Co., Ltd.).
Certifications on a partner-linked profile count toward that organization's partner tier, so we are not able to
move them while the link is active. I've paused the merge for now.

One thing would let me take this further: are you still employed at Minatomirai Tech, and if you are leaving,
what is your last working day?

Once I have that, I can ask our partner operations team to release the link on the departure date.

Best regards,

Tomasz K.
AWS Training and Certification Customer Support
""" % (), cte="quoted-printable"),
    irt=ACK_M, authres=auth(ME_P, "amazon.com"), extra=rcv_amz(ME_P),
    what="M paused: company profile tied to APN partner; asks employment status", note="hold wording first; the question is phrased 'one thing would let me take this further: are you...' — hold with a question, so needs reply")

# ---- 009 Pearson VUE reminder (unrelated)
add("unrelated", False, None, [], addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Reminder: Your AWS Certified Solutions Architect - Professional exam appointment", t(5, 9, 1),
    multi("alternative", [part("""Dear Daisuke Okabe,

This is a reminder of your upcoming exam appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Saturday, March 22, 2025  Time: 10:00 AM JST
Delivery: OnVUE online proctored
Registration ID: 481207735

Please run the system test before exam day and check in 30 minutes early. If you need to reschedule, do
so at least 24 hours before your appointment.

Pearson VUE
""", cte="7bit"),
        part("<html><body><p>Dear Daisuke Okabe,</p><p>This is a reminder of your upcoming exam appointment.</p><table><tr><td>Exam</td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr><tr><td>Date</td><td>Saturday, March 22, 2025 10:00 AM JST</td></tr><tr><td>Registration ID</td><td>481207735</td></tr></table><p>Please run the system test before exam day and check in 30 minutes early.</p><p>Pearson VUE</p></body></html>\n", "text/html", cte="7bit")],
        "b1_8fa0e1d3c0b74c1f9a11"),
    authres=auth(ME_P, "pearson.com", ip="148.163.153.64"),
    what="Pearson VUE exam reminder", note="reminder wording with deadlines and a 9-digit registration ID; exam vendor, not a case")

# ---- 010 user reply to hold (user_reply)
R010 = add("user_reply", False, M, [], addr(ME_NAME, ME_P), FORM,
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % M, t(5, 21, 40, JST),
    part("""Hello Tomasz,

Yes, I'm leaving. My last working day at Minatomirai Tech is Friday, March 14, and my company mailbox
will be shut down the same evening, so please send everything to this address.

Thank you,
Daisuke Okabe

On Wed, Mar 5, 2025 at 5:15 PM AWS Training and Certification <%s> wrote:
> Hello Daisuke,
>
> Thanks for your patience. While reviewing the two profiles I found that the one registered under
> d-okabe@minatomirai-tech.co.jp is linked to an AWS Partner Network organization (Minatomirai Tech Co., Ltd.).
> ...
> One thing would let me take this further: are you still employed at Minatomirai Tech, and if you are leaving,
> what is your last working day?
""" % FORM),
    irt=HOLD_M, refs=ACK_M + " " + HOLD_M,
    what="Owner answers the hold question", note="owner's reply quoting a question (Gmail style)")

# ---- 011 passed to partner team (case_update)
add("case_update", False, M, [], addr("AWS Training and Certification", FORM), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % M, t(6, 2, 2),
    part("""Hi Daisuke,

Thank you for confirming. I've sent the details to our partner operations team and asked them to remove
the partner link from the old profile. That usually takes one to two business days. I'll come back to
you on this case as soon as they're done, and then we can go ahead with the merge.

Nothing is needed from you in the meantime.
""" + sig_form("Tomasz K."), cte="7bit"),
    irt=R010, authres=auth(ME_P, "amazon.com"), extra=rcv_amz(ME_P),
    what="M handed to partner operations", note="'we can go ahead with the merge' and 'thank you for confirming' but asks nothing; survey-style footer")

# ---- 012 other vendor closing notice (unrelated)
add("unrelated", False, None, [], addr("JetBrains Support", "support@jetbrains.com"), ME_P,
    "[JetBrains] Re: License transfer to personal account  [Request #5518032]", t(6, 10, 19),
    multi("alternative", [part("""##- Please type your reply above this line -##

Hi Daisuke,

We haven't heard back from you about moving your All Products Pack license to the personal JetBrains Account.
If you still need help, just reply to this email. Otherwise, this request will be closed automatically in 4 days.

Kind regards,
Anna
JetBrains Sales Support

[EK7QXR-2M5L]
""", cte="7bit"), part("<div>##- Please type your reply above this line -##</div><p>Hi Daisuke,</p><p>We haven't heard back from you about moving your All Products Pack license to the personal JetBrains Account. If you still need help, just reply to this email. Otherwise, this request will be closed automatically in 4 days.</p><p>Kind regards,<br>Anna<br>JetBrains Sales Support</p><div style='color:#fff'>[EK7QXR-2M5L]</div>\n", "text/html", cte="7bit")], "--==Zendesk_7f3a21"),
    authres=auth(ME_P, "jetbrains.com", ip="192.161.148.1"),
    what="JetBrains Zendesk closing notice", note="textbook closing-notice wording from another vendor, about a personal-account transfer; not AWS")

FS = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"
def form(kind, needs, case, cands, subj_case, date, body, what, note, to=ME_P, cte="quoted-printable", irt=None, html=False, cs="utf-8", subj=None, crlf=False):
    c = part(body, "text/html" if html else "text/plain", cs=cs, cte=cte)
    return add(kind, needs, case, cands, addr("AWS Training and Certification", FORM), to, subj or (FS % subj_case), date, c,
               irt=irt, authres=auth(to, "amazon.com"), extra=rcv_amz(to), what=what, note=note, crlf=crlf)
CON_FOOT = ("\n\nTo see all communications and reply to this case, visit the Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
            "Note: This e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "To respond to this case, please follow the link above.\n\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n")
def console(kind, needs, subj, date, body, what, note, cands=(), case=V):
    return add(kind, needs, case, list(cands), addr("Amazon Web Services", CONSOLE), ME_P, subj, date,
               part(body + CON_FOOT % case, cte="7bit"), authres=auth(ME_P, "amazon.com"), extra=rcv_amz(ME_P),
               what=what, note=note)

add("unrelated", False, None, [], addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P, "Your AWS Skill Builder Individual subscription receipt", t(6, 23, 10),
    part("Hi Daisuke,\n\nThanks for subscribing to AWS Skill Builder Individual.\n\nOrder number: SB-2025-0306-88412\nPlan: Individual (monthly)\nAmount: USD 29.00\nNext renewal: April 7, 2025\n\nYou can manage or cancel your subscription at any time from your account settings.\n\nHappy learning,\nThe AWS Skill Builder team\n", cte="7bit"),
    authres=auth(ME_P, "skillbuilder.aws"), what="Skill Builder receipt", note="AWS training-side mail with an order number; not a case")

form("on_hold", False, M, [], M, t(7, 7, 30), """Hi Daisuke,

Quick status note. Partner operations tell me the release of the partner link has to be approved by the
administrator of the Minatomirai Tech partner account in AWS Partner Central; we can't remove it on our side
alone. They have contacted that administrator, and the merge stays paused until the approval comes through.

This is not something you have to act on, although letting your partner admin know might speed things up.
I'll write again as soon as the link is gone.
""" + sig_form("Tomasz K."), "M still paused: waiting for the partner admin", "hold that mentions an optional step ('might speed things up') but asks nothing of the owner")

console("acknowledgement", False, "Amazon Web Services: New Support case: %s" % V, t(7, 11, 3), """Dear Customer,

We have opened case %s on your behalf. The details of the case are as follows:

Case ID: %s
Subject: 50%% exam discount voucher not visible in Benefits
Severity: General guidance
Correspondence: Hi, the 50%% discount I earned for passing SAA-C03 does not show in the Benefits section of my
certification account. Could you check?

We will respond as soon as possible. Thank you for contacting Amazon Web Services.""" % (V, V),
    "Console case V opened", "console ack; the quoted correspondence is the owner's own question ('Could you check?')")

form("acknowledgement", False, J, [], J, t(9, 21, 35, ss=40), """岡部 大介 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の内容でケースを作成いたしました。

ケース ID: %s
件名: 認定証の氏名表記の修正

担当者からの回答まで、通常 24 時間ほどお時間をいただいております。
本件について追加の情報がある場合は、新しいケースを作成せず、このメールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
""" % J, "Case J opened (Japanese ack)", "'ご返信ください' appears but only as a conditional instruction about how to add info", cs="shift_jis", cte="base64",
    subj="[CASE %s] [AWS Training and Certification Form Submission] - certification-inquiry" % J)

form("case_update", False, M, [], M, t(10, 1, 12), """Hello Daisuke,

Good news: the partner administrator approved the release this morning, and the old profile is no longer linked
to the partner organization. The hold on your case is lifted.

I'm now lining up the two profiles for the merge and will send you a summary to check shortly.

Thanks,
Tomasz
""", "M hold lifted", "hold lifted, 'send you a summary to check' announces a future request; nothing to answer yet", cte="7bit")

console("info_request", True, "RE:[CASE %s] 50%% exam discount voucher not visible in Benefits" % V, t(10, 4, 40), """Hello,

Thank you for your patience while I looked into this.

I can see a passed SAA-C03 result, but it is recorded under a different certification profile than the one you
are signed in with, which is why the benefit does not show. To find the right profile, I need the candidate ID
displayed at the top right of the certification account page on the account where the voucher should appear,
plus the email address used to sign in there.

Please add those details to this case in the Support Center.

Best regards,
Priya R.
Amazon Web Services""", "V: console agent needs candidate ID + sign-in email", "must be answered in the Support Center, not by e-mail ('cannot accept incoming e-mails' footer)")

add("unrelated", False, None, [], addr("高橋 美咲", "m-takahashi@minatomirai-tech.co.jp"), ME_C,
    "【ご案内】岡部さん送別会のお知らせ", t(10, 6, 0),
    part("""岡部さん

お疲れ様です。高橋です。
3/13（木）19時から、関内の「炉端 うみかぜ」で送別会を予定しています。
出欠だけ水曜までに教えてもらえると助かります。

高橋
""", cs="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp", authres=auth(ME_C, "minatomirai-tech.co.jp", ip="10.12.4.8"),
    what="Colleague: farewell party (Japanese)", note="asks for a reply by Wednesday, but it is a colleague, not support")

CONF_M = form("confirmation_request", True, M, [CAND_NEW, CAND_OLD], M, t(10, 9, 55), """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial;font-size:11pt">
<p>Hello Daisuke,</p>
<p>Below are the two certification profiles I found. Before anything is combined I'd like you to look them over.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Profile A</th><th>Profile B</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login email</td><td>daisuke.okabe.cloud@gmail.com</td><td>d-okabe@minatomirai-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>daisuke.okabe.cloud@gmail.com</td><td>d-okabe@minatomirai-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>daisuke.okabe.cloud@gmail.com</td><td>d-okabe@minatomirai-tech.co.jp</td></tr>
<tr><td>Active certifications</td><td>none</td><td>SAA-C03, DVA-C02, CLF-C02</td></tr>
</table>
<p>If both belong to you, reply with the profile that should survive. The history, certifications and benefits of the
other one will be folded into it, and the other login will stop working. Merges cannot be undone.</p>
<p>Kind regards,<br>Tomasz K.<br>AWS Training and Certification Customer Support</p>
</div></body></html>
""" % (CAND_NEW, CAND_OLD), "M: listing of two profiles, which one to keep (HTML-only table)", "HTML-only; 'Profile A/B' instead of Account #1/#2; the ask is 'reply with the profile that should survive'", html=True)

add("unrelated", False, None, [], addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_C,
    "【AWS Summit Japan 2025】事前登録受付中 - 締切間近", t(10, 23, 30),
    multi("alternative", [part("AWS Summit Japan 2025 の事前登録を受け付けています。\n登録締切は 3月31日です。お早めにお申し込みください。\n\n配信停止はこちら: https://pages.awscloud.com/unsubscribe\n", cte="base64"),
        part("<html><body><h2>AWS Summit Japan 2025</h2><p>事前登録を受け付けています。<b>登録締切は 3月31日</b>です。お早めにお申し込みください。</p><p><a href='https://pages.awscloud.com/unsubscribe'>配信停止</a></p></body></html>\n", "text/html", cte="base64")], "----=_Part_77812_20991.1741649400000"),
    authres=auth(ME_C, "amazon.com"), what="AWS marketing (Japanese)", note="genuine AWS sender, deadline wording; marketing")

form("confirmation_request", True, M, [], M, t(11, 23, 30), """Hi Daisuke,

Following up on the profile summary I sent on Monday - I'm still waiting for your go-ahead before combining
the two profiles. A one-line answer naming the profile to keep (A or B) is enough.

Since you mentioned your company mailbox closes on the 14th, it would be best to settle this before then.

Tomasz
""", "M: reminder to confirm, no closing threat", "reminder without any closing warning: still a confirmation request", cte="7bit", irt=CONF_M)

console("closing_notice", True, "RE:[CASE %s] 50%% exam discount voucher not visible in Benefits" % V, t(12, 4, 45), """Hello,

We're still waiting for the candidate ID and sign-in email requested on March 10. Case %s is currently
marked "Pending customer action". If it stays in that status, the system will resolve it automatically
after 5 days.

Amazon Web Services""" % V, "V: console warning, auto-resolve in 5 days", "console closing warning phrased as a status ('Pending customer action'); answer goes in Support Center")

form("info_request", True, J, [], J, t(11, 2, 10), """岡部様

お問い合わせいただいた認定証の氏名表記の件でご連絡いたします。

現在の登録名は「DAISUKE OKABE」となっておりますが、ご希望の表記「Daisuke Okabe」に変更するには、
ご本人確認のため、政府発行の身分証明書に記載されているローマ字表記と完全に一致している必要がございます。

つきましては、パスポート等に記載のお名前のローマ字表記（姓・名の順序を含む）を、本メールへのご返信にてお知らせいただけますでしょうか。
なお、身分証明書の画像の送付は不要です。

何卒よろしくお願いいたします。

Kaori
AWS トレーニングと認定 カスタマーサポート
""", "J: asks for the romanised name as on the passport (Japanese keigo)", "request comes after explanation; also says what is NOT needed", subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-inquiry" % J)

add("suspicious", False, None, [], addr("AWS Certification Support", "case-desk@aws-certification-support.com"), ME_P,
    "Final notice: your certification case will be closed in 24 hours", t(12, 14, 20),
    multi("alternative", [part("Dear Candidate,\n\nYour account merge case is awaiting verification. If you do not verify your identity within 24 hours the case will be closed and your certifications may be permanently removed.\n\nVerify now: https://aws-certification-support.com/verify?id=AWS0991\n\nAWS Training & Certification\n", cte="7bit"),
        part("<html><body><p>Dear Candidate,</p><p>Your account merge case is awaiting verification. If you do not verify your identity within <b>24 hours</b> the case will be closed and your certifications may be permanently removed.</p><p><a href='https://aws-certification-support.com/verify?id=AWS0991' style='background:#ff9900;padding:8px'>Verify now</a></p></body></html>\n", "text/html", cte="7bit")], "=_b7e1c2"),
    authres=auth(ME_P, "aws-certification-support.com", ip="185.212.44.9"),
    what="Phishing closing notice from lookalike domain", note="closing-notice shape and urgency, lookalike domain, credential link; no real case number")

CN_M = form("closing_notice", True, M, [], M, t(13, 0, 30), """Hello Daisuke,

I've now tried you twice about which profile to keep and haven't seen an answer. I don't want to combine
anything without your word, so here is where things stand: unless I hear from you by Monday, March 17, this
case will be set to closed for lack of response. Any reply on this thread before or after that date puts it
back in front of me.

For reference, the choice is simply Profile A (gmail) or Profile B (company address).

Tomasz K.
AWS Training and Certification
""", "M: closing warning in new wording", "no 'we haven't heard from you' stock phrase; 'set to closed for lack of response'", cte="7bit")

R27 = add("user_reply", False, M, [], addr(ME_NAME, ME_P), FORM, "Re: " + FS % M, t(13, 19, 5, JST),
    part("""Hi Tomasz,

Sorry for the slow reply - last week at the office was busy. Both profiles are mine.
Please keep Profile A (%s, daisuke.okabe.cloud@gmail.com) and merge Profile B into it.

Thanks,
Daisuke

On Thu, Mar 13, 2025 at 9:30 AM AWS Training and Certification <%s> wrote:
> Hello Daisuke,
>
> I've now tried you twice about which profile to keep and haven't seen an answer. I don't want to combine
> anything without your word, so here is where things stand: unless I hear from you by Monday, March 17, this
> case will be set to closed for lack of response.
""" % (CAND_NEW, FORM)), irt=CN_M, refs=" ".join([ACK_M, CONF_M, CN_M]),
    what="Owner confirms: keep Profile A", note="owner's confirmation, own text has a candidate ID")

form("resolved", False, M, [], M, t(13, 12, 40), """Hello Daisuke,

Done - Profile B has been merged into Profile A. Your exam history, the three certifications and the 50%% exam
discount now sit on the account you sign in to with daisuke.okabe.cloud@gmail.com. The old login will no
longer work. Badges in Credly may take up to a day to reappear.

With that, this request is complete and I'm closing the case. If something looks off, simply write back and it
will come straight to me.

All the best in your new role,
Tomasz K.
AWS Training and Certification

-----Original Message-----
From: daisuke.okabe.cloud@gmail.com
Sent: 3/13/2025 10:05 AM
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Please keep Profile A (%s, daisuke.okabe.cloud@gmail.com) and merge Profile B into it.

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: 3/13/2025 12:30 AM

Unless I hear from you by Monday, March 17, this case will be set to closed for lack of response. Any reply on
this thread before or after that date puts it back in front of me.
""" % (M, CAND_NEW), "M merged; closing as complete", "courtesy close with 'write back' invitation; quotes the closing warning and the owner's candidate ID below (quoted: not counted)", irt=R27)

add("badge", False, None, [], addr("Credly", "admin@credly.com"), ME_P, "Amazon Web Services Training and Certification sent you a new badge", t(13, 12, 58),
    multi("alternative", [part("Congratulations, Daisuke!\n\nAmazon Web Services Training and Certification has issued you the badge AWS Certified Solutions Architect - Associate.\n\nAccept your badge: https://www.credly.com/badges/9b1d6f2e-5a7c-4c1e-8f33-2d0c6a7b1e44\n\nCredly, Inc.\n", cte="7bit"),
        part("<html><body><h1>Congratulations, Daisuke!</h1><p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Solutions Architect - Associate</b>.</p><p><a href='https://www.credly.com/badges/9b1d6f2e-5a7c-4c1e-8f33-2d0c6a7b1e44'>Accept your badge</a></p></body></html>\n", "text/html", cte="7bit")], "0000000000004a1e7b0630d9f1a2"),
    authres=auth(ME_P, "credly.com", ip="198.21.0.95"), what="Credly badge after merge", note="arrives right after the merge, UUID is not a case number")

add("survey", False, M, [], addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
    "How did we do? Your feedback on case %s" % M, t(14, 1, 0),
    part("<html><body><p>Hi Daisuke,</p><p>Your recent case <b>%s</b> with AWS Training and Certification has been closed. Would you take two minutes to tell us how it went?</p><p><a href='https://survey.aws-tc.example.amazon.com/s/%s'>Rate your experience</a></p><p>Your answers are optional and help us improve.</p></body></html>\n" % (M, M), "text/html", cte="quoted-printable"),
    authres=auth(ME_P, "amazon.com"), extra=rcv_amz(ME_P), what="Survey for case M", note="a request ('would you take two minutes') that is optional feedback")

JS = "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-inquiry"
form("closing_notice", True, J, [], J, t(14, 3, 0), """岡部様

3月11日にお送りしたご本人確認のお願い（パスポート記載のローマ字表記）につきまして、現時点でご返信を確認できておりません。

3月21日（金）までにご連絡をいただけない場合、誠に勝手ながら本ケースはクローズとさせていただきます。
クローズ後であっても、本メールにご返信いただければ引き続き対応いたしますので、ご安心ください。

Kaori
AWS トレーニングと認定 カスタマーサポート
""", "J: Japanese closing warning (ISO-2022-JP)", "keigo; the reopen sentence is reassurance, the deadline makes it a closing notice", cs="iso-2022-jp", cte="7bit", subj=JS % J)

add("unrelated", False, None, [], addr("さくらクラウドストレージ サポート", "support@sakura-storage.example.jp"), ME_P,
    "【ご返信のお願い】お問い合わせ番号 #20250314-0071", t(14, 5, 0),
    part("岡部 大介 様\n\nお問い合わせいただいた容量変更の件につき、ご返信をお待ちしております。\n一週間ご連絡がない場合、お問い合わせは自動的に終了いたします。\n\nさくらクラウドストレージ サポートセンター\n", cte="base64"),
    authres=auth(ME_P, "sakura-storage.example.jp", ip="133.242.0.3"), what="Other vendor's Japanese closing notice", note="same closing-notice shape in Japanese, different vendor")

add("badge", False, None, [], addr("Credly", "admin@credly.com"), ME_P, "Reminder: you have a badge waiting to be accepted", t(14, 19, 0),
    part("Hi Daisuke,\n\nYou still haven't accepted your AWS Certified Solutions Architect - Associate badge from Amazon Web Services Training and Certification. Accept it to share it on LinkedIn.\n\nhttps://www.credly.com/earner/earned\n\nCredly\n", cte="7bit"),
    authres=auth(ME_P, "credly.com", ip="198.21.0.95"), what="Credly accept reminder", note="'reminder' + 'you still haven't' from Credly: badge, not a closing notice")

console("closing_notice", True, "RE:[CASE %s] 50%% exam discount voucher not visible in Benefits" % V, t(15, 4, 50), """Hello,

Because we did not receive the requested information, case %s has been resolved.

If you still need assistance, you can reopen the case from the Support Center within 14 days. After that it can
no longer be reopened and a new case would be needed.

Amazon Web Services""" % V, "V: auto-resolved for no reply, can be reopened in console", "the word 'resolved' but it is a closing for no answer; reopen only via console")

R34 = add("user_reply", False, J, [], addr("岡部 大介", ME_P), FORM, "Re: " + JS % J, t(15, 10, 30, JST),
    part("""Kaori様

ご連絡が遅くなり申し訳ありません。
パスポートの表記は「OKABE DAISUKE」（姓・名の順）です。証明書には「Daisuke Okabe」と表示していただけると助かります。

よろしくお願いいたします。
岡部

2025年3月14日(金) 12:00 AWS Training and Certification <%s>:
> 岡部様
>
> 3月11日にお送りしたご本人確認のお願い（パスポート記載のローマ字表記）につきまして、現時点でご返信を確認できておりません。
""" % FORM, cte="8bit"), what="Owner answers J in Japanese", note="Gmail Japanese quote header")

add("suspicious", False, None, [], addr("AWS Training and Certification", FORM), ME_P, FS % M, t(15, 13, 0),
    part("Hello,\n\nWe could not complete the merge on your case because your sign-in could not be verified. Please re-enter your AWS Builder ID password at the link below within 12 hours, or this case will be closed.\n\nhttps://aws-builderid-verify.net/signin\n\nAWS Training and Certification\n", cte="7bit"),
    authres=auth(ME_P, "amazon.com", res="fail", mailfrom="mail-relay.aws-builderid-verify.net", ip="45.137.21.66"),
    extra=[("Received", "from mail-relay.aws-builderid-verify.net ([45.137.21.66]) by mx.google.com")],
    what="Spoof of the real form sender with dmarc=fail", note="exact real From and subject of case M, closing threat; DKIM/DMARC fail and credential link")

form("case_update", False, J, [], J, t(16, 2, 0), """岡部様

ご返信ありがとうございます。いただいた情報をもとに、証明書の氏名変更を担当部署へ依頼いたしました。
反映までには3〜5営業日ほどかかる見込みです。完了しましたら改めてご連絡いたします。

Kaori
""", "J escalated to records team", "Japanese 'thank you for replying', asks nothing", irt=R34, subj=JS % J)

add("unrelated", False, None, [], addr("AWS", "no-reply@signin.aws"), ME_P, "Your AWS Builder ID verification code", t(16, 4, 2),
    part("Your verification code is: 583019\n\nThis code expires in 10 minutes. If you did not request it, ignore this email.\n", cte="7bit"),
    authres=auth(ME_P, "signin.aws"), what="Builder ID one-time code", note="6-digit code, not a case ID")

ACK_K = form("acknowledgement", False, K, [CAND_NEW], K, t(16, 4, 19, ss=55), """Hello,

We've received your request and opened case %s. Expect to hear from us within 1 business day.

Summary of your request:
Candidate ID: %s
Issue: Merged certifications do not appear as badges in Credly

Please don't open another case for this issue.

AWS Training and Certification Customer Support
""" % (K, CAND_NEW), "Case K opened: badges missing in Credly", "short ack; candidate ID in the summary", cte="7bit",
    subj="[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % K)

console("case_update", False, "RE:[CASE %s] 50%% exam discount voucher not visible in Benefits" % V, t(16, 23, 0), """Hello,

Case %s has been reopened. An agent will review your latest correspondence.

Amazon Web Services""" % V, "V reopened by the owner in console", "automatic 'reopened' notice; nothing to do")

console("info_request", True, "RE:[CASE %s] 50%% exam discount voucher not visible in Benefits" % V, t(17, 3, 30), """Hello Daisuke,

Thanks for reopening and for the candidate ID. One more check before I move the voucher: sign in to the certification
account, open Benefits, and tell me whether an expired 50%% voucher with the code prefix "SAA50" is listed there.""",
    "V: asks for a check to be reported back (console)", "request as an imperative + 'tell me whether'; no 'please'")

form("info_request", True, K, [], K, t(17, 6, 15), """Hi Daisuke,

The three certifications are on your merged profile, but Credly does not know which Credly account they belong
to. Which email address is your Credly account registered with? If it is the old company address, you will
need to add the gmail address to Credly first.
""" + sig_form("Lwazi M."), "K: which email is your Credly account?", "plain question, conditional advice after it", cte="7bit",
    subj=FS.replace("account-assistance", "digital-badges") % K, irt=ACK_K)

form("resolved", False, J, [], J, t(17, 7, 0), """岡部様

お待たせいたしました。認定証の氏名表記を「Daisuke Okabe」に修正いたしました。
認定アカウントから新しい認定証をダウンロードしていただけます。

本件はこれにてクローズとさせていただきます。
ご不明な点がございましたら、お気軽に本メールへご返信ください。

Kaori
AWS トレーニングと認定 カスタマーサポート
""", "J done: name fixed, case closed (Japanese)", "'クローズ' and 'ご返信ください' in a courtesy close after completion", subj=JS % J)

add("survey", False, J, [], addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com"), ME_P,
    "アンケートご協力のお願い（ケース %s）" % J, t(17, 7, 5),
    part("岡部様\n\nケース %s の対応についてアンケートにご協力いただけますでしょうか。所要時間は1分程度です。\n\nhttps://survey.aws-tc.example.amazon.com/ja/%s\n\nAWS トレーニングと認定\n" % (J, J), cte="quoted-printable"),
    authres=auth(ME_P, "amazon.com"), extra=rcv_amz(ME_P), what="Japanese survey for J", note="keigo request form (いただけますでしょうか) in a survey")

add("certification", False, None, [], addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "AWS Certification wants to hear from you", t(17, 15, 0),
    part("Hello,\n\nAs an AWS Certified individual, your opinion matters. Tell us about your exam experience in a short questionnaire.\n\nAWS Certification\n", cte="7bit"),
    authres=auth(ME_P, "certmetrics.com", ip="198.2.180.17"), what="CertMetrics program questionnaire", note="feedback request not tied to a support case")

add("unrelated", False, None, [], addr("Last Week in AWS", "newsletter@lastweekinaws.com"), ME_P, "Last Week in AWS: Support cases that close themselves", t(18, 0, 0),
    part("This week: why your support case got closed while you were on vacation, a new Graviton instance, and more.\n\nUnsubscribe: https://lastweekinaws.com/unsub\n", cte="7bit"),
    authres=auth(ME_P, "lastweekinaws.com", ip="167.89.0.1"), what="Newsletter", note="subject talks about support cases closing")

console("resolved", False, "RE:[CASE %s] 50%% exam discount voucher not visible in Benefits" % V, t(18, 5, 0), """Hello Daisuke,

I've re-issued the 50%% discount voucher on the account you sign in to with daisuke.okabe.cloud@gmail.com. It is
valid until December 31, 2025. No further action is required on your side, and I'll mark this case resolved.

We value your feedback. Please share your experience by rating this correspondence in the Support Center.""",
    "V done: voucher re-issued", "'resolved' + rating footer; 'no further action is required'")

ACK_P = form("acknowledgement", False, P, [], P, t(18, 9, 0), """岡部様

お問い合わせを受け付けました（ケース ID: %s）。
内容を確認のうえ、担当者よりご連絡いたします。

AWS トレーニングと認定
""" % P, "Case P opened: ESL +30 request (Japanese, 10-digit id)", "10-digit case ID", cte="base64",
    subj="[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodations" % P)

form("info_request", True, K, [], K, t(19, 6, 0), """Hi Daisuke,

Just a nudge on my question from Monday: I still need the email address your Credly account uses so I can
point the badges at it.

Lwazi
""", "K: reminder, no closing threat", "short nudge, no question mark", cte="7bit", subj=FS.replace("account-assistance", "digital-badges") % K)

PS = "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodations"
form("info_request", True, P, [], P, t(19, 2, 0), """岡部様

ESL +30（英語を母国語としない方向けの試験時間延長）の申請について承知いたしました。

延長は、試験の予約が紐づいている認定アカウントに対して設定する必要がございます。
3月22日の SAP-C02 のご予約はどちらのメールアドレスのアカウントでお取りになりましたでしょうか。
あわせて、母国語を教えてください。

よろしくお願いいたします。
Yuki
""", "P: which account holds the booking + native language", "two questions in mixed keigo / plain ください", subj=PS % P)

form("closing_notice", True, K, [], K, t(19, 22, 0), """<html><body style="font-family:Arial">
<table width="600" style="border:1px solid #ddd"><tr><td style="background:#232f3e;color:#fff;padding:10px">AWS Training and Certification</td></tr>
<tr><td style="padding:12px">
<p>Hi Daisuke,</p>
<p>This is our second follow-up on case %s. We can't link your badges without the Credly email address.</p>
<p>To keep your place in the queue, send it within the next 48 hours. After that the case moves to closed status; a reply later will still bring it back.</p>
<p>Lwazi M.</p></td></tr></table></body></html>
""" % K, "K: second follow-up, closes after 48h (HTML-only)", "HTML-only table layout; 'moves to closed status'", html=True, subj=FS.replace("account-assistance", "digital-badges") % K)

form("closing_notice", True, P, [], P, t(20, 6, 0), """岡部様

先日のご質問（ご予約に使用したアカウントと母国語）について、まだご回答をいただけておりません。
試験日が近いため、お早めにご確認いただけますと幸いです。

なお、7日間ご連絡がない場合は、システムにより自動的にケースがクローズされますのでご了承ください。

Yuki
""", "P: Japanese reminder with auto-close (Shift_JIS)", "closure is in a なお… sentence after a polite nudge", cs="shift_jis", cte="base64", subj=PS % P)

ACK_R = form("acknowledgement", False, R, [CAND_NEW], R, t(20, 20, 42, ss=10), """Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s.

Candidate ID: %s
Description: After my accounts were merged under case %s, the 50%% exam voucher is gone from Benefits.

We'll be in touch within 24 hours.
""" % (R, CAND_NEW, M), "Case R opened: benefit missing after merge", "mentions the earlier case M in the form text", cte="7bit", subj="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % R)

form("info_request", True, R, [], R, t(21, 3, 0), """Hello Daisuke,

Sorry about the trouble. To trace it I'd like a screenshot of the Benefits page as you see it now, and the exam
code you passed when the voucher was earned.
""" + sig_form("Diego A."), "R: screenshot + exam code", "'I'd like' phrasing", cte="7bit", irt=ACK_R)

add("user_reply", False, P, [], addr("岡部 大介", ME_P), FORM, "Re: " + PS % P, t(21, 8, 0, JST),
    part("Yuki様\n\n予約は daisuke.okabe.cloud@gmail.com のアカウントで取っています。母国語は日本語です。\nよろしくお願いします。\n\n岡部\n", cte="quoted-printable"),
    what="Owner answers P", note="short Japanese reply, no quote")

form("resolved", False, P, [], P, t(21, 5, 30), """岡部様

ESL +30 をお客様のアカウントに設定いたしました。3月22日の試験から適用されます。
お手続きは以上で完了です。本ケースはクローズいたします。

Yuki
""", "P done: ESL +30 applied", "Japanese courtesy close, no reply invited", subj=PS % P)

form("closing_notice", True, K, [], K, t(22, 5, 0), """Hi Daisuke,

I haven't been able to get the Credly address from you after two tries, so I'm closing case %s for now.
Nothing is lost: reply to this message whenever you're ready and the case picks up where it left off.

Lwazi
""" % K, "K: closed for no answer, reply reopens", "past tense 'closing for now' with 'nothing is lost'", cte="7bit", subj=FS.replace("account-assistance", "digital-badges") % K)

KS = FS.replace("account-assistance", "digital-badges") % K
add("survey", False, M, [], addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
    "Reminder: tell us about case %s" % M, t(21, 1, 0),
    part("Hi Daisuke,\n\nWe haven't received your feedback on case %s yet. The survey closes in 3 days.\n\nhttps://survey.aws-tc.example.amazon.com/s/%s\n" % (M, M), cte="7bit"),
    authres=auth(ME_P, "amazon.com"), extra=rcv_amz(ME_P), what="Survey reminder for M", note="'we haven't received' + 'closes in 3 days' — survey closing, not the case")

form("closing_notice", True, R, [], R, t(24, 3, 10), """Hello Daisuke,

Following up on case %s. Vouchers that go missing after a merge are usually still attached to the retired
profile, and our benefits team can move them once they know which exam earned them, so the screenshot and
exam code I asked for on Friday are what's holding things up. I'll leave the case open through Thursday; if
nothing arrives by then it will be closed automatically, and you're welcome to reply afterwards to reopen it.
If you have since found the voucher, no action is needed.
""" % R + sig_form("Diego A."), "R: closure buried mid-paragraph", "long explanation first, closure in the middle, 'no action is needed' condition at the end", cte="quoted-printable")

add("user_reply", False, K, [], addr(ME_NAME, ME_P), "aws-cs-trainingcertification-form@amazon.co", "Re: " + KS, t(22, 21, 0, JST),
    part("Hi Lwazi,\n\nSorry! My Credly account uses the old company address d-okabe@minatomirai-tech.co.jp. I have now added daisuke.okabe.cloud@gmail.com to it as well.\n\nDaisuke\n", cte="7bit"),
    what="Owner replies to K with a typo in the address (.co)", note="owner's reply to a wrong address")

add("unrelated", False, K, [], addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P, "Delivery Status Notification (Failure)", t(22, 12, 1),
    multi("report", [part("Address not found\n\nYour message wasn't delivered to aws-cs-trainingcertification-form@amazon.co because the domain amazon.co couldn't be found.\n", cte="7bit"),
        ("Content-Type: message/delivery-status", "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; aws-cs-trainingcertification-form@amazon.co\nAction: failed\nStatus: 5.1.2\n"),
        ("Content-Type: text/rfc822-headers", "Subject: Re: %s\nFrom: %s\nTo: aws-cs-trainingcertification-form@amazon.co\n" % (KS, ME_P))], "000000000000bounce01"),
    authres=None, what="Bounce of the owner's K reply", note="bounce with the case subject inside; belongs to K but nobody at support is waiting on it beyond the closing notice")

R_K = add("user_reply", False, K, [], addr(ME_NAME, ME_P), FORM, "Re: " + KS, t(22, 21, 20, JST),
    part("Hi Lwazi,\n\n(resending - my first reply bounced)\n\nMy Credly account uses the old company address d-okabe@minatomirai-tech.co.jp. I have now added daisuke.okabe.cloud@gmail.com to it as well.\n\nDaisuke\n\n> I haven't been able to get the Credly address from you after two tries, so I'm closing case %s for now.\n" % K, cte="7bit"),
    what="Owner resends the K reply", note="owner's reply, '>' quote")

form("case_update", False, K, [], K, t(23, 1, 0), """Hi Daisuke,

Thanks - your case is open again and I've passed the Credly details to our badging team. They normally re-sync
within two business days.

Lwazi
""", "K reopened, passed to badging team", "'open again' news, asks nothing", cte="7bit", subj=KS, irt=R_K)

ACK_S = form("acknowledgement", False, S, [], S, t(23, 3, 39, ss=40), """お問い合わせありがとうございます。

ケース %s を作成しました。通常24時間以内にご連絡いたします。
同じ内容で重複してお問い合わせいただくと回答が遅れる場合がございます。

AWS トレーニングと認定
""" % S, "Case S opened: change notification email (Japanese)", "ack, duplicate warning is boilerplate", cte="quoted-printable",
    subj="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % S)

add("unrelated", False, None, [], addr("Kenji Arai", "k-arai@minatomirai-tech.co.jp"), ME_P, "Automatic reply: 引き継ぎ資料の件", t(23, 23, 0),
    part("Thank you for your message. I am out of the office until March 31 with limited access to email.\nFor urgent matters please contact infra-team@minatomirai-tech.co.jp.\n\n新井\n", cte="quoted-printable"),
    authres=auth(ME_P, "minatomirai-tech.co.jp", ip="40.107.74.10"), extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "k-arai@minatomirai-tech.co.jp")],
    what="Former colleague's out-of-office", note="auto-reply to the owner's handover mail")

form("info_request", True, S, [], S, t(24, 0, 30), """岡部様

認定通知の送信先メールアドレスを変更するには、変更後のアドレスで本人確認を行う必要がございます。
お手数ですが、変更後のメールアドレス（daisuke.okabe.cloud@gmail.com）から、このメールに返信していただけますか。

Yuki
""", "S: write back from the new address", "asks to reply from a specific address", subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % S, to=ME_P)

form("resolved", False, K, [], K, t(24, 3, 0), """Hi Daisuke,

Your three AWS badges are now showing in Credly under daisuke.okabe.cloud@gmail.com - you should receive
Credly's own notifications shortly. That wraps up case %s. If anything else comes up, just reply and it will
reopen automatically.

Lwazi

On Sat, Mar 22, 2025, AWS Training and Certification wrote:
> I haven't been able to get the Credly address from you after two tries, so I'm closing case %s for now.
> Nothing is lost: reply to this message whenever you're ready and the case picks up where it left off.
""" % (K, K), "K done: badges visible; quotes the closing notice", "completion above a quoted closing notice; 'just reply and it will reopen' courtesy", cte="7bit", subj=KS)

add("badge", False, None, [], addr("Credly", "admin@credly.com"), ME_P, "Your badges from Amazon Web Services Training and Certification are ready", t(24, 3, 40),
    part("<html><body><p>Hi Daisuke,</p><p>3 badges from Amazon Web Services Training and Certification have been added to your Credly profile.</p><p><a href='https://www.credly.com/users/daisuke-okabe'>View your profile</a></p></body></html>\n", "text/html", cte="quoted-printable"),
    authres=auth(ME_P, "credly.com", ip="198.21.0.95"), what="Credly badges synced", note="HTML-only")

R_R = add("user_reply", False, R, [], addr(ME_NAME, ME_P), FORM, "Re: " + FS % R, t(24, 20, 10, JST),
    part("Hi Diego,\n\nScreenshot attached (Benefits page is empty). The voucher was earned with SAA-C03 in August 2024.\n\nRegards,\nDaisuke\n\n-----Original Message-----\nFrom: AWS Training and Certification <%s>\nSent: Monday, March 24, 2025 12:10 PM\n\nFollowing up on case %s. ... I'll leave the case open through Thursday; if nothing arrives by then it will be closed automatically.\n" % (FORM, R)),
    what="Owner answers R (Outlook-style quote)", note="Original Message quote of a closing notice under the owner's reply")

form("case_update", False, R, [], R, t(25, 2, 0), """Hello Daisuke,

Thanks, that's what I needed. I've opened a request with our benefits team to move the voucher across; I'll let
you know as soon as they confirm.
""" + sig_form("Diego A."), "R passed to benefits team", "'I'll let you know' + 'confirm' but no ask", cte="7bit", irt=R_R)

add("unrelated", False, None, [], addr("Kenji Arai", "notifications@github.com"), ME_P, "Re: [daisuke-okabe/aws-notes] Account merge checklist (Issue #3)", t(25, 9, 0),
    part("Closed #3 as completed.\n\n--\nReply to this email directly or view it on GitHub:\nhttps://github.com/daisuke-okabe/aws-notes/issues/3\n", cte="7bit"),
    authres=auth(ME_P, "github.com", ip="192.30.252.201"), what="GitHub issue closed", note="'Account merge' + 'Closed as completed' on GitHub")

form("resolved", False, R, [], R, t(26, 4, 0), """Hello Daisuke,

The benefits team has moved the 50% voucher to your current profile; it is visible under Benefits now.
This case will close automatically in 24 hours. No action is needed from you.
""" + sig_form("Diego A."), "R done; auto-close in 24h", "'will close automatically' after completion — courtesy, not a closing notice", cte="7bit")

form("closing_notice", True, S, [], S, t(27, 0, 10), """岡部様

3月24日にお願いした、変更後のメールアドレスからのご返信をまだ確認できておりません。
本件は、3月31日までにご返信がない場合に自動でクローズされます。引き続き変更をご希望の場合は、
daisuke.okabe.cloud@gmail.com からこのメールにご返信ください。

Yuki
""", "S: Japanese closing warning", "restates the 'write from the new address' request under a deadline", subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % S, to=ME_P, cs="iso-2022-jp", cte="7bit", crlf=True)

form("closing_notice", True, S, [], S, t(31, 15, 5), """岡部様

ご返信が確認できなかったため、本日付でケース %s をクローズいたしました。
引き続きお手伝いが必要な場合は、14日以内に本メールへご返信いただければケースを再開いたします。

Yuki
AWS トレーニングと認定 カスタマーサポート
""" % S, "S closed for no reply; reopen within 14 days (Japanese)", "past-tense closure; last message of the set still needs a reply", subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % S, cte="base64")

# === END MESSAGES ===


README_BODY = """
Blind held-out set 155: mail around an AWS Training and Certification account merge (company address to
personal address) plus follow-up cases, 3-31 March 2025, in mailbox arrival order. Written from
DOMAIN.md and the seeds only; emphasis on closing notices and reminders in new wording (English and
Japanese) set against completions and courtesy closes that ask nothing. Regenerate with `python3 gen.py`.

## Cases
| case | format | channel | topic | outcome |
|---|---|---|---|---|
| 174104772900417 (M) | 15 digits | form | merge company profile into personal; APN partner hold | hold, lifted, confirm request, reminder, closing warning, confirmed, merged, survey |
| 174105130200086 (D) | 15 digits | form | duplicate submission of M | closed as duplicate |
| 17412983051 (V) | 11 digits | Support Center console | 50% voucher not in Benefits | info request, auto-resolve warning, auto-resolved, reopened, resolved |
| 174155610300288 (J) | 15 digits | form (Japanese agent) | name romanisation on certificate | request, closing warning, answered, escalated, fixed |
| 174209876500733 (K) | 15 digits | form | Credly badges missing | request, nudge, closing warning, closed for no answer, reply (bounced, resent), reopened, resolved |
| 5829104736 (P) | 10 digits | form (Japanese agent) | ESL +30 accommodation | request, Japanese reminder with auto-close, answered, done |
| 174250331200155 (R) | 15 digits | form | voucher missing after merge | request, buried closing notice, answered, benefits team, resolved with auto-close |
| 174270115900962 (S) | 15 digits | form (Japanese agent) | notification email change | request, closing warning, closed for no answer (left unanswered at the end) |

## Labelling decisions
- closing_notice = support says the case will close / has closed *because the owner has not answered*;
  needs_reply is always true for it, also when it is past tense ("closed, reply to reopen"), when it is a
  console case (answer goes through the Support Center), and when it adds "if you have found it, no action
  is needed" (R): the owner's question "must I write back now?" is yes unless the problem went away.
- A reminder that repeats a request without any closing threat keeps the kind of the request it repeats
  (confirmation_request for M, info_request for K).
- "Will close automatically / closing the case" after the work is done is resolved (M, J, P, R, K),
  even with "reply if anything looks off" or "it will reopen" invitations.
- The on_hold for M that ends with a question about employment is on_hold with needs_reply true; the
  second hold (waiting for the partner admin, optional "might speed things up") is false.
- Duplicate case D closed and linked to M: case_update, case = D (the subject's case), not M.
- Console "case reopened" notice: case_update.
- The phishing mails get case null: the lookalike one names no case; the dmarc=fail spoof copies case M's
  subject, but it is not a message of that case, so null as well.
- The bounce of the owner's reply is unrelated but keeps case K (it belongs to that thread); needs_reply false.
- Survey reminders ("we haven't received your feedback... closes in 3 days") are survey.
- CertMetrics "wants to hear from you" questionnaire is certification, not survey (no support case).
- candidate_ids counts IDs in the message's own text, including the form echo inside an acknowledgement;
  IDs only in quoted history (e.g. the owner's ID quoted under the M completion) are not counted.
"""
README_HEAD = """me: %s %s
""" % (ME_P, ME_C)


def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    MSGS.sort(key=lambda m: m["date"])
    for i, m in enumerate(MSGS):
        m["n"] = i + 1
    for m in MSGS:
        base = os.path.join(HERE, "%03d-msg" % m["n"])
        t = m["text"]
        # files are written as bytes; every non-ASCII byte comes from an 8bit UTF-8 part
        with open(base + ".eml", "wb") as fh:
            fh.write(t.encode("utf-8"))
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump({"kind": m["kind"], "needs_reply": m["needs"], "case": m["case"],
                       "candidate_ids": m["cands"]}, fh, ensure_ascii=False)
            fh.write("\n")
    c = Counter(m["kind"] for m in MSGS)
    rows = ["| # | kind | reply? | what it is | what makes it hard |", "|---|---|---|---|---|"]
    for m in MSGS:
        rows.append("| %03d | %s | %s | %s | %s |" % (m["n"], m["kind"], "yes" if m["needs"] else "no",
                                                     m["what"].replace("|", "/"), m["note"].replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + README_BODY + "\n## Messages\n\n" + "\n".join(rows) + "\n\n"
                 + "Count per kind: " + ", ".join("%s %d" % (k, v) for k, v in sorted(c.items())) + "\n")
    print("total %d: " % len(MSGS) + ", ".join("%s=%d" % (k, v) for k, v in sorted(c.items())))


if __name__ == "__main__":
    main()
