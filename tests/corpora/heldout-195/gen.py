#!/usr/bin/env python3
"""Blind corpus generator (blind-195). Standard library only.
Writes NNN-msg.eml / NNN-msg.json next to this script, in mailbox arrival order."""
import base64, json, os, quopri, random, sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(195)
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

ME_P = "kenta.morimoto.dev@gmail.com"
ME_C = "k-morimoto@sorabito-tech.co.jp"
ME_NAME = "Kenta Morimoto"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

# ---------------------------------------------------------------- helpers
def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))

def mid_ses():
    return "<01000%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (hx(11), hx(8), hx(4), hx(4), hx(12))

def mid_gmail():
    return "<CA%s%s@mail.gmail.com>" % (hx(8).upper(), base64.b32encode(os.urandom(0) + bytes(R.getrandbits(8) for _ in range(20))).decode().rstrip("=").lower()[:32])

def mid_outlook():
    return "<TY%sPR01MB%d%s@TY%sPR01MB%d.jpnprd01.prod.outlook.com>" % (
        R.choice(["CP", "WP", "AP"]), R.randint(1000, 9999), hx(6).upper(), R.choice(["CP", "WP"]), R.randint(1000, 9999))

def mid_other(dom):
    return "<%s.%s@%s>" % (hx(16), hx(8), dom)

def enc_hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)

def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)

def leaf(ctype, text, charset="utf-8", cte="qp"):
    """Return (header lines, body str) for a single part."""
    raw = text.encode(charset)
    if cte == "qp":
        body = quopri.encodestring(raw).decode("ascii")
        name = "quoted-printable"
    elif cte == "b64":
        body = base64.encodebytes(raw).decode("ascii")
        name = "base64"
    elif cte == "7bit":
        body = raw.decode("ascii") if charset.lower() != "iso-2022-jp" else raw.decode("ascii")
        name = "7bit"
    else:  # 8bit
        body = raw.decode(charset, errors="strict")
        name = "8bit"
    hdr = ["Content-Type: %s; charset=%s" % (ctype, '"%s"' % charset if R.random() < 0.5 else charset),
           "Content-Transfer-Encoding: %s" % name]
    return hdr, body, (charset if cte == "8bit" else None)

def text(t, charset="utf-8", cte="qp"):
    return leaf("text/plain", t, charset, cte)

def html(h, charset="utf-8", cte="qp"):
    return leaf("text/html", h, charset, cte)

def multi(subtype, parts, boundary=None):
    b = boundary or "----=_Part_%d_%d.%d" % (R.randint(10000, 99999), R.randint(100000, 999999), R.randint(10**12, 10**13))
    out = ["This is a multi-part message in MIME format.", ""] if R.random() < 0.4 else [""]
    raw8 = None
    for ph, pb, p8 in parts:
        out.append("--" + b)
        out.extend(ph)
        out.append("")
        out.append(pb.rstrip("\n"))
        raw8 = raw8 or p8
    out.append("--" + b + "--")
    out.append("")
    return ['Content-Type: multipart/%s; boundary="%s"' % (subtype, b)], "\n".join(out), raw8

def raw_part(hdrs, body):
    return hdrs, body, None

MSGS = []

def add(when, kind, nr, case, cids, headers, part, crlf=False, mime=True):
    ph, pb, p8 = part
    lines = list(headers)
    if mime:
        lines.append("MIME-Version: 1.0")
    lines.extend(ph)
    msg = "\n".join(lines) + "\n\n" + pb.rstrip("\n") + "\n"
    if crlf:
        msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    data = msg.encode(p8 or "utf-8") if p8 else msg.encode("utf-8")
    MSGS.append(dict(when=when, data=data, label={
        "kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cids}))

def auth_gmail(dom, dkim="pass", spf="pass", dmarc="pass", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug", mailfrom=None):
    mf = mailfrom or ("amazonses.com" if dom == "amazon.com" else dom)
    return [
        "ARC-Authentication-Results: i=1; mx.google.com;",
        "       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (dkim, dom, sel, hx(8)),
        "       spf=%s (google.com: domain of bounce@%s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=bounce@%s;" % (spf, mf, R.randint(1, 60), R.randint(1, 250), mf),
        "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s" % (dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", dom),
        "Authentication-Results: mx.google.com;",
        "       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (dkim, dom, sel, hx(8)),
        "       spf=%s (google.com: domain of bounce@%s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=bounce@%s;" % (spf, mf, R.randint(1, 60), R.randint(1, 250), mf),
        "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s" % (dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", dom),
    ]

def auth_o365(dom, dkim="pass", dmarc="pass", mailfrom=None):
    mf = mailfrom or ("amazonses.com" if dom == "amazon.com" else dom)
    return [
        "Authentication-Results: spf=pass (sender IP is 54.240.%d.%d) smtp.mailfrom=%s; dkim=%s (signature was verified) header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100" % (
            R.randint(1, 60), R.randint(1, 250), mf, dkim, dom, dmarc, dom),
    ]

def base(when, frm, to, subject, mid, charset="utf-8", cc=None, irt=None, refs=None, extra=None, reply_to=None):
    h = []
    h.append("Date: " + format_datetime(when))
    h.append("From: " + frm)
    h.append("To: " + to)
    if cc:
        h.append("Cc: " + cc)
    if reply_to:
        h.append("Reply-To: " + reply_to)
    h.append("Subject: " + enc_hdr(subject, charset))
    h.append("Message-ID: " + mid)
    if irt:
        h.append("In-Reply-To: " + irt)
    if refs:
        h.append("References: " + " ".join(refs))
    if extra:
        h.extend(extra)
    return h

def received(by, frm_host, when):
    return "Received: from %s (%s [54.240.%d.%d])\n        by %s with ESMTPS id %s\n        for <x>; %s" % (
        frm_host, frm_host, R.randint(1, 60), R.randint(1, 250), by, hx(12), format_datetime(when))

def inbound(when, to, dom, auth="gmail", **kw):
    rcv_by = "mx.google.com" if auth == "gmail" else "TYCPR01MB8123.jpnprd01.prod.outlook.com"
    h = ["Delivered-To: " + (to if auth == "gmail" else ME_C),
         received(rcv_by, "a8-%d.smtp-out.amazonses.com" % R.randint(10, 99) if dom == "amazon.com" else "mail.%s" % dom, when + timedelta(seconds=3)).replace("for <x>", "for <%s>" % to)]
    h += auth_gmail(dom, **kw) if auth == "gmail" else auth_o365(dom, **kw)
    return h

def tcsubj(case, re="RE:[CASE"):
    return "%s %s] [AWS Training and Certification Form Submission] - account-assistance" % (re, case)

# owner signature blocks
SIG_P = "\n--\nKenta Morimoto\n"
SIG_C = "\n-- \n森本 健太 / Kenta Morimoto\nSorabito Technologies株式会社 クラウド推進部\nk-morimoto@sorabito-tech.co.jp\n"

def quote_gt(t):
    return "\n".join(("> " + l) if l else ">" for l in t.strip("\n").split("\n"))

def t(y, mo, d, h, mi, tz=UTC, s=None):
    return datetime(y, mo, d, h, mi, s if s is not None else R.randint(0, 59), tzinfo=tz)

# ====================================================================== CASE 0
# 2021, 10-digit, T&C form, two certification accounts on the same company address.
C0 = "8274016639"
A_OLD = "AWS02917465"   # company account (main, later merge source in 2025)
A_DUP = "AWS02988130"   # accidental duplicate
A_NEW = "AWS10583226"   # personal account created 2025

w = t(2021, 9, 6, 11, 20, JST)
add(w, "unrelated", False, None, [],
    inbound(w, ME_C, "github.com", auth="o365") +
    base(w, "Haruto Sakai <notifications@github.com>", "sorabito/infra-terraform <infra-terraform@noreply.github.com>",
         "Re: [sorabito/infra-terraform] Merge duplicate IAM account modules (PR #412)", "<sorabito/infra-terraform/pull/412/c91822350@github.com>",
         cc="Kenta Morimoto <k-morimoto@sorabito-tech.co.jp>, Mention <mention@noreply.github.com>",
         irt="<sorabito/infra-terraform/pull/412@github.com>", refs=["<sorabito/infra-terraform/pull/412@github.com>"],
         extra=["List-ID: sorabito/infra-terraform <infra-terraform.sorabito.github.com>", "X-GitHub-Reason: mention"]),
    multi("alternative", [
        text("Merged #412 into main.\n\n@k-morimoto the two account modules are now combined; please confirm the plan output on staging when you get a chance.\n\n-- \nReply to this email directly, view it on GitHub:\nhttps://github.com/sorabito/infra-terraform/pull/412#event-5276119034\nYou are receiving this because you were mentioned.\n", cte="7bit"),
        html("<p>Merged <a href=\"https://github.com/sorabito/infra-terraform/pull/412\">#412</a> into <code>main</code>.</p>\n<p>@k-morimoto the two account modules are now combined; please confirm the plan output on staging when you get a chance.</p>\n<p style=\"font-size:small;color:#666\">Reply to this email directly, view it on GitHub.</p>\n", cte="7bit")]))

w = t(2021, 9, 7, 0, 12, UTC)
ack0_id = mid_ses()
add(w, "acknowledgement", False, C0, [],
    inbound(w, ME_C, "amazon.com", auth="o365") +
    base(w, addr("Amazon Web Services", TC), ME_C,
         "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C0, ack0_id),
    text("""Hello,

Thank you for reaching out to AWS Training and Certification. We have opened case %s for your request and a member of our team will respond to you, usually within 24 hours.

Please keep the case number in the subject line when you write to us. There is no need to submit the form again for the same matter; a second case only delays the answer.

Summary of your submission:
Name: Kenta Morimoto
Email: k-morimoto@sorabito-tech.co.jp
Inquiry type: Certification
Additional details: Account Merge
How can we help you?: It seems I have two certification accounts under the same e-mail address. My badges are no longer showing up on Credly after my last exam. Could you combine them into one?

Regards,
AWS Training and Certification
""" % C0, cte="7bit"), crlf=True)

w = t(2021, 9, 8, 9, 2, JST)
add(w, "unrelated", False, None, [],
    inbound(w, ME_C, "pearson.com", auth="o365") +
    base(w, "Pearson VUE <pearsonvue-confirmation@pearson.com>", ME_C,
         "Reminder: AWS Certified Developer - Associate appointment on 21 September 2021", mid_other("pearson.com")),
    multi("alternative", [
        text("""Dear Kenta Morimoto,

This is a reminder of your upcoming exam appointment.

Exam: DVA-C01 AWS Certified Developer - Associate
Registration ID: 412907365
Date/Time: Tuesday, 21 September 2021, 14:00 JST
Location: Online (OnVUE)

Please run the system test before exam day. If you need to reschedule, do so at least 24 hours before the appointment.

Pearson VUE
"""),
        html("<html><body><p>Dear Kenta Morimoto,</p><p>This is a reminder of your upcoming exam appointment.</p><table border=1 cellpadding=4><tr><td>Exam</td><td>DVA-C01 AWS Certified Developer - Associate</td></tr><tr><td>Registration ID</td><td>412907365</td></tr><tr><td>Date/Time</td><td>Tuesday, 21 September 2021, 14:00 JST</td></tr><tr><td>Location</td><td>Online (OnVUE)</td></tr></table><p>Please run the system test before exam day.</p><p>Pearson VUE</p></body></html>")]))

w = t(2021, 9, 9, 2, 41, UTC)
req0_id = mid_ses()
REQ0 = """Hi Kenta,

My name is Marisol and I'm looking after your request today.

I searched our records by your e-mail address and I can see more than one certification profile, which explains why Credly is not picking up your recent exam. Before I can combine anything I have to be sure which profiles we are talking about, because merges cannot be undone.

You'll find the candidate ID in the top right corner once you sign in to each account (it starts with AWS followed by eight digits). Would you send me the candidate ID of every account you have signed in to, and tell me which one you normally use?

Best regards,
Marisol R.
AWS Training and Certification Customer Support"""
add(w, "info_request", True, C0, [],
    inbound(w, ME_C, "amazon.com", auth="o365") +
    base(w, addr("Amazon Web Services", TC), ME_C, tcsubj(C0), req0_id, irt=ack0_id, refs=[ack0_id]),
    multi("alternative", [text(REQ0 + "\n"),
        html("<html><body><div style=\"font-family:Arial\">" + REQ0.replace("\n\n", "</p><p>").replace("\n", "<br>").join(["<p>", "</p>"]) + "</div></body></html>")]),
    crlf=True)

w = t(2021, 9, 9, 13, 5, JST)
rep0_id = mid_outlook()
add(w, "user_reply", False, C0, [A_OLD, A_DUP],
    base(w, addr("森本 健太", ME_C), addr("Amazon Web Services", TC), tcsubj(C0), rep0_id,
         irt=req0_id, refs=[ack0_id, req0_id], extra=["X-MS-Has-Attach: ", "Content-Language: ja-JP"]),
    text("""Hi Marisol,

Thank you for checking. These are the two IDs I found:

- %s  (the one I normally use; all my exams up to 2020 are here)
- %s  (created by mistake when I signed in with a different method this year)

Both use k-morimoto@sorabito-tech.co.jp.

Best regards,
Kenta
%s
________________________________
From: Amazon Web Services <%s>
Sent: Thursday, September 9, 2021 11:41 AM
To: 森本 健太 <k-morimoto@sorabito-tech.co.jp>
Subject: %s

%s
""" % (A_OLD, A_DUP, SIG_C, TC, tcsubj(C0), REQ0), cte="qp"), crlf=True)

w = t(2021, 9, 10, 6, 30, UTC)
upd0_id = mid_ses()
add(w, "case_update", False, C0, [],
    inbound(w, ME_C, "amazon.com", auth="o365") +
    base(w, addr("Amazon Web Services", TC), ME_C, tcsubj(C0), upd0_id, irt=rep0_id, refs=[ack0_id, req0_id, rep0_id]),
    text("""Hello Kenta,

Thanks, I have the IDs. Merges are carried out by a separate team and they are working through a large backlog at the moment, so this may take several business days. Your case stays open in the meantime and I will write again as soon as there is something to confirm.

Kind regards,
Marisol R.
AWS Training and Certification
""", cte="7bit"))

w = t(2021, 9, 14, 1, 55, UTC)
conf0_id = mid_ses()
CONF0 = """Hello Kenta,

Our merge team has located both profiles. Here is what we have on file:

Account #1 (%s)
   Login email: k-morimoto@sorabito-tech.co.jp
   Training notification email: k-morimoto@sorabito-tech.co.jp
   Certification notification email: k-morimoto@sorabito-tech.co.jp

Account #2 (%s)
   Login email: k-morimoto@sorabito-tech.co.jp
   Training notification email: k-morimoto@sorabito-tech.co.jp
   Certification notification email: (none)

The plan is to fold Account #2 into Account #1 so that all history stays under %s. Reply to this e-mail to let us know that this is correct and we will go ahead.

Thank you,
Devraj
AWS Training and Certification""" % (A_OLD, A_DUP, A_OLD)
add(w, "confirmation_request", True, C0, [A_OLD, A_DUP],
    inbound(w, ME_C, "amazon.com", auth="o365") +
    base(w, addr("Amazon Web Services", TC), ME_C, tcsubj(C0), conf0_id, irt=upd0_id, refs=[ack0_id, req0_id, rep0_id, upd0_id]),
    text(CONF0 + "\n", cte="qp"))

w = t(2021, 9, 14, 11, 48, JST)
rep0b_id = mid_outlook()
add(w, "user_reply", False, C0, [A_OLD],
    base(w, addr("森本 健太", ME_C), addr("Amazon Web Services", TC), tcsubj(C0), rep0b_id,
         irt=conf0_id, refs=[ack0_id, req0_id, rep0_id, upd0_id, conf0_id]),
    text("""Hello Devraj,

Yes, that is correct. Please go ahead and merge Account #2 into Account #1 (%s).

Thanks,
Kenta
%s
-----Original Message-----
From: Amazon Web Services <%s>
Sent: Tuesday, September 14, 2021 10:55 AM
To: 森本 健太 <%s>
Subject: %s

%s
""" % (A_OLD, SIG_C, TC, ME_C, tcsubj(C0), CONF0), cte="b64"), crlf=True)

w = t(2021, 9, 15, 8, 0, JST)
add(w, "unrelated", False, None, [],
    inbound(w, ME_C, "amazon.com", auth="o365") +
    base(w, addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_C,
         "AWS Innovate Online Conference - register now", mid_ses(),
         extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html?x=%s>" % hx(20)]),
    html("""<html><body><table width="600"><tr><td><h1>AWS Innovate &ndash; Online Conference</h1>
<p>Join 60+ sessions covering machine learning, modern applications and data. Sessions are available in English and Japanese.</p>
<p><a href="https://aws.amazon.com/events/aws-innovate/">Register now</a></p>
<p style="font-size:10px">You are receiving this e-mail because you subscribed to AWS event communications. Amazon Web Services, Inc. 410 Terry Ave N, Seattle, WA 98109. <a href="https://pages.awscloud.com/unsubscribe.html">Unsubscribe</a></p></td></tr></table></body></html>"""))

w = t(2021, 9, 16, 3, 12, UTC)
res0_id = mid_ses()
add(w, "resolved", False, C0, [A_DUP, A_OLD],
    inbound(w, ME_C, "amazon.com", auth="o365") +
    base(w, addr("Amazon Web Services", TC), ME_C, tcsubj(C0), res0_id, irt=rep0b_id, refs=[ack0_id, req0_id, rep0_id, upd0_id, conf0_id, rep0b_id]),
    multi("alternative", [
        text("""Hello Kenta,

Good news: the merge is complete. Everything that was recorded under %s now appears under %s, and that account is the only one left. Credly should pick up your badges within 24 hours; no further action is required on your side.

I will now close this case.

Best regards,
Devraj
AWS Training and Certification

-----Original Message-----
From: k-morimoto@sorabito-tech.co.jp
Sent: 2021-09-14 02:48 UTC
Subject: %s

Yes, that is correct. Please go ahead and merge Account #2 into Account #1 (%s).

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: 2021-09-14 01:55 UTC

%s
""" % (A_DUP, A_OLD, tcsubj(C0), A_OLD, CONF0)),
        html("""<html><body><p>Hello Kenta,</p><p>Good news: the merge is complete. Everything that was recorded under %s now appears under %s, and that account is the only one left. Credly should pick up your badges within 24 hours; no further action is required on your side.</p><p>I will now close this case.</p><p>Best regards,<br>Devraj<br>AWS Training and Certification</p>
<hr><div style="color:#555"><b>From:</b> k-morimoto@sorabito-tech.co.jp<br><b>Sent:</b> 2021-09-14 02:48 UTC<br><p>Yes, that is correct. Please go ahead and merge Account #2 into Account #1 (%s).</p><hr><b>From:</b> aws-cs-trainingcertification-form@amazon.com<br><p>%s</p></div></body></html>""" % (A_DUP, A_OLD, A_OLD, CONF0.replace("\n", "<br>")))]))

w = t(2021, 9, 16, 9, 40, UTC)
add(w, "badge", False, None, [],
    inbound(w, ME_C, "youracclaim.com", auth="o365") +
    base(w, "Credly <admin@youracclaim.com>", ME_C,
         "Kenta, claim your AWS Certified Solutions Architect - Associate badge", mid_other("youracclaim.com")),
    html("""<html><body><div style="max-width:560px;font-family:Helvetica">
<p>Hi Kenta,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a digital badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p><a href="https://www.youracclaim.com/badges/4b1c9e7a-2d31-4f0a-9b55-7e1d0c2a8f61/claim">Accept your badge</a></p>
<p>Share it on LinkedIn, add it to your e-mail signature, or download it as an image.</p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; 1 Liberty Plaza, New York, NY</p></div></body></html>""", cte="qp"))

w = t(2021, 9, 17, 4, 0, UTC)
add(w, "survey", False, C0, [],
    inbound(w, ME_C, "amazon.com", auth="o365") +
    base(w, addr("AWS Training and Certification", "aws-cs-survey@amazon.com"), ME_C,
         "How did we do on case %s?" % C0, mid_ses()),
    multi("alternative", [
        text("""Hello,

Your recent AWS Training and Certification case %s was closed. We'd like to know how it went.

How satisfied are you with the support you received?
Very satisfied: https://survey.aws.training/r/%s?s=5
Satisfied: https://survey.aws.training/r/%s?s=4
Neutral: https://survey.aws.training/r/%s?s=3
Dissatisfied: https://survey.aws.training/r/%s?s=2

The survey takes about two minutes. Please do not reply to this e-mail.
""" % ((C0,) + (hx(10),) * 4), cte="7bit"),
        html("<html><body><p>Your recent AWS Training and Certification case <b>%s</b> was closed. We'd like to know how it went.</p><p>How satisfied are you with the support you received?</p><p><a href=\"https://survey.aws.training/\">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p><p>Please do not reply to this e-mail.</p></body></html>" % C0, cte="7bit")]))

# ----------------------------------------------------------------- 2022 fillers
w = t(2022, 3, 10, 16, 2, UTC)
add(w, "certification", False, None, [],
    inbound(w, ME_C, "certmetrics.com", auth="o365") +
    base(w, "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
         "AWS Certification wants to hear from you", mid_other("certmetrics.com")),
    html("""<html><body><p>Hello Kenta,</p><p>As an AWS Certified individual, your experience helps shape future exams. Take our 10-minute questionnaire about how you prepare for certification and how you use it in your work.</p><p><a href="https://www.certmetrics.com/amazon/candidate/survey.aspx">Start the questionnaire</a></p><p>Thank you,<br>AWS Certification</p></body></html>"""))

w = t(2022, 11, 24, 21, 15, JST)
add(w, "unrelated", False, None, [],
    inbound(w, ME_P, "amazon.co.jp") +
    base(w, "Amazon.co.jp <shipment-tracking@amazon.co.jp>", ME_P,
         "Amazon.co.jpでのご注文が発送されました", mid_other("amazon.co.jp")),
    text("""森本 健太 様

ご注文いただいた商品を発送しました。

注文番号: 250-4418203-7712931
商品: AWS認定 ソリューションアーキテクト アソシエイト 教科書 第3版
お届け予定: 11月26日(土)

配送状況はアカウントサービスの「注文履歴」からご確認いただけます。
このメールは送信専用アドレスから配信されています。
Amazon.co.jp
""", charset="iso-2022-jp", cte="7bit"))

# ====================================================================== CASE 1 (2023, 11 digits, Japanese)
C1 = "12874409316"
w = t(2023, 4, 18, 15, 30, UTC)
add(w, "certification", False, None, [A_OLD],
    inbound(w, ME_C, "certmetrics.com", auth="o365") +
    base(w, "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
         "Your AWS Certified Solutions Architect - Associate certification expires in 90 days", mid_other("certmetrics.com")),
    multi("alternative", [
        text("""Hello Kenta Morimoto,

Candidate ID: %s

Your AWS Certified Solutions Architect - Associate certification will expire on 17 July 2023. To keep your certified status, pass the current version of the exam or a higher-level exam in the same path before that date.

Your 50%% discount benefit from a previous exam can be used for recertification. Find it under Benefits in your certification account.

AWS Certification
""" % A_OLD, cte="7bit"),
        html("<html><body><p>Hello Kenta Morimoto,</p><p>Candidate ID: %s</p><p>Your AWS Certified Solutions Architect - Associate certification will expire on <b>17 July 2023</b>.</p><p>Your 50%% discount benefit from a previous exam can be used for recertification.</p></body></html>" % A_OLD, cte="7bit")]))

w = t(2023, 5, 8, 10, 2, UTC)
add(w, "unrelated", False, None, [],
    inbound(w, ME_C, "aws.training", auth="o365") +
    base(w, "AWS Training <no-reply@aws.training>", ME_C,
         "Your AWS Skill Builder receipt", mid_other("aws.training")),
    text("""Thank you for your purchase.

Item: AWS Skill Builder Individual subscription (monthly)
Order number: SB-2023-0508-771203
Amount: USD 29.00
Payment method: Visa ending 4471

Your subscription renews on 8 June 2023. Manage it at https://skillbuilder.aws/subscriptions

AWS Training and Certification
""", cte="7bit"))

w = t(2023, 5, 18, 17, 45, UTC)
add(w, "certification", False, None, [A_OLD],
    inbound(w, ME_C, "certmetrics.com", auth="o365") +
    base(w, "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
         "Congratulations on recertifying your AWS Certification!", mid_other("certmetrics.com")),
    html("""<html><body><p>Congratulations, Kenta!</p><p>You have recertified as <b>AWS Certified Solutions Architect &ndash; Associate</b>. Your new expiration date is 18 May 2026.</p>
<table border="0"><tr><td>Candidate ID</td><td>%s</td></tr><tr><td>Validation number</td><td>Q7LP2HX1KJ4E1ZS9</td></tr></table>
<p>A 50%% discount voucher for your next exam will appear in your Benefits tab within 5 business days.</p></body></html>""" % A_OLD))

w = t(2023, 5, 19, 2, 10, UTC)
add(w, "badge", False, None, [],
    inbound(w, ME_C, "credly.com", auth="o365") +
    base(w, "Credly <admin@credly.com>", ME_C,
         "Amazon Web Services Training and Certification sent you a badge", mid_other("credly.com")),
    multi("alternative", [
        text("Hi Kenta,\n\nYou've earned the AWS Certified Solutions Architect - Associate badge from Amazon Web Services Training and Certification.\n\nAccept your badge: https://www.credly.com/badges/9e04f1c2-77ab-4c3e-8d10-2a5f6b3e11c8\n\nCredly\n", cte="7bit"),
        html("<html><body><p>Hi Kenta,</p><p>You've earned the <b>AWS Certified Solutions Architect - Associate</b> badge from Amazon Web Services Training and Certification.</p><p><a href='https://www.credly.com/badges/9e04f1c2-77ab-4c3e-8d10-2a5f6b3e11c8'>Accept badge</a></p></body></html>", cte="7bit")]))

w = t(2023, 5, 24, 5, 1, UTC)
ack1_id = mid_ses()
add(w, "acknowledgement", False, C1, [A_OLD],
    inbound(w, ME_C, "amazon.com", auth="o365") +
    base(w, addr("アマゾン ウェブ サービス", TC, "iso-2022-jp"), ME_C,
         "[CASE %s] [AWS Training and Certification Form Submission] - 認定" % C1, ack1_id, charset="iso-2022-jp"),
    text("""森本 健太 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ケース番号 %s にてお問い合わせを承りました。

担当者より通常24時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。
同じ内容で新たにお問い合わせを作成されますと対応が遅れる原因となりますので、ご注意ください。

お問い合わせ内容:
AWS 候補 ID: %s
お問い合わせタイプ: 認定
その他の詳細: 特典
内容: 5月18日に再認定しましたが、特典タブに50%%割引バウチャーが表示されません。

AWS トレーニングと認定 カスタマーサポート
""" % (C1, A_OLD), charset="iso-2022-jp", cte="7bit"))

w = t(2023, 5, 25, 1, 33, UTC)
req1_id = mid_ses()
REQ1 = """森本 健太 様

AWS トレーニングと認定サポートの佐藤でございます。

再認定後の割引特典につきまして、候補者アカウントを確認いたしました。
試験結果は正常に記録されておりますが、特典の付与処理が途中で止まっている状態でございます。

再付与の手続きのため、恐れ入りますが以下2点をお知らせいただけますでしょうか。

1. 再認定試験を予約された際の Pearson VUE 登録番号(9桁)
2. 受験日時および受験方法(テストセンター/オンライン)

ご返信をお待ちしております。何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート"""
add(w, "info_request", True, C1, [],
    inbound(w, ME_C, "amazon.com", auth="o365") +
    base(w, addr("Amazon Web Services", TC), ME_C,
         "RE: [CASE %s] [AWS Training and Certification Form Submission] - 認定" % C1, req1_id, charset="shift_jis",
         irt=ack1_id, refs=[ack1_id]),
    text(REQ1 + "\n", charset="shift_jis", cte="b64"))

w = t(2023, 5, 25, 12, 20, JST)
rep1_id = mid_gmail()
add(w, "user_reply", False, C1, [A_OLD],
    base(w, addr("森本 健太", ME_C, "iso-2022-jp"), addr("Amazon Web Services", TC),
         "Re: [CASE %s] [AWS Training and Certification Form Submission] - 認定" % C1, rep1_id, charset="iso-2022-jp",
         irt=req1_id, refs=[ack1_id, req1_id]),
    text("""佐藤様

ご確認ありがとうございます。

1. Pearson VUE 登録番号: 418820517
2. 2023年5月18日 10:30 JST、テストセンター(新宿)にて受験しました。

候補 ID は %s です。
よろしくお願いいたします。

森本
%s
2023年5月25日(木) 10:33 Amazon Web Services <%s>:

%s
""" % (A_OLD, SIG_C, TC, quote_gt(REQ1)), charset="iso-2022-jp", cte="7bit"))

w = t(2023, 5, 26, 18, 2, JST)
add(w, "unrelated", False, None, [],
    inbound(w, ME_C, "sorabito-tech.co.jp", auth="o365") +
    base(w, addr("中村 彩", "a-nakamura@sorabito-tech.co.jp"), ME_C,
         "Re: 来週のAWS勉強会の資料", mid_outlook(), irt=mid_outlook()),
    text("""森本さん

お疲れさまです。中村です。
来週の勉強会、SAAの再認定の話をしていただけますか?
スライドは水曜までに共有フォルダに置いてください。

よろしくお願いします。
中村
""", cte="b64"))

w = t(2023, 5, 29, 6, 40, UTC)
res1_id = mid_ses()
add(w, "resolved", False, C1, [],
    inbound(w, ME_C, "amazon.com", auth="o365") +
    base(w, addr("Amazon Web Services", TC), ME_C,
         "RE: [CASE %s] [AWS Training and Certification Form Submission] - 認定" % C1, res1_id, charset="utf-8",
         irt=rep1_id, refs=[ack1_id, req1_id, rep1_id]),
    multi("alternative", [
        text("""森本 健太 様

お待たせいたしました。佐藤でございます。

いただいた情報をもとに特典の付与処理を再実行し、50%%割引バウチャーを発行いたしました。認定アカウントの「特典」タブからご確認いただけます(有効期限: 2026年5月18日)。

本件はこれにて完了とさせていただきます。
その他ご不明な点がございましたら、本メールにご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: 森本 健太
Sent: 2023/05/25 3:20 UTC

> 1. Pearson VUE 登録番号: 418820517
> 2. 2023年5月18日 10:30 JST、テストセンター(新宿)にて受験しました。
>
> > 恐れ入りますが以下2点をお知らせいただけますでしょうか。
""", cte="qp"),
        html("""<html><body><p>森本 健太 様</p><p>お待たせいたしました。佐藤でございます。</p><p>いただいた情報をもとに特典の付与処理を再実行し、50%割引バウチャーを発行いたしました。認定アカウントの「特典」タブからご確認いただけます(有効期限: 2026年5月18日)。</p><p>本件はこれにて完了とさせていただきます。<br>その他ご不明な点がございましたら、本メールにご返信ください。</p><p>佐藤<br>AWS トレーニングと認定 カスタマーサポート</p><blockquote style="border-left:2px solid #ccc;padding-left:8px">1. Pearson VUE 登録番号: 418820517<br>2. 2023年5月18日 10:30 JST、テストセンター(新宿)にて受験しました。<blockquote>恐れ入りますが以下2点をお知らせいただけますでしょうか。</blockquote></blockquote></body></html>""", cte="b64")]))

w = t(2023, 5, 31, 3, 5, UTC)
add(w, "survey", False, C1, [],
    inbound(w, ME_C, "amazon.com", auth="o365") +
    base(w, addr("AWS Training and Certification", "aws-cs-survey@amazon.com"), ME_C,
         "Quick question about your support experience (case %s)" % C1, mid_ses()),
    html("""<html><body><p>Hi Kenta,</p><p>You recently contacted AWS Training and Certification about case <b>%s</b>. Would you answer one question for us?</p>
<p><b>Did we resolve your issue?</b> <a href="https://survey.aws.training/q?c=%s&a=yes">Yes</a> | <a href="https://survey.aws.training/q?c=%s&a=no">No</a></p>
<p>Your answer goes straight to our quality team. This mailbox is not monitored.</p></body></html>""" % (C1, C1, C1)))

# ====================================================================== CASE 2 (2023 console)
C2 = "13019577482"
CONSOLE_FOOT = """
To see all the correspondence for this case and to respond, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Note: This e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % C2
SURVEY_FOOT = "\nWe value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.\n"

w = t(2023, 10, 2, 4, 14, UTC)
ack2_id = mid_ses()
add(w, "acknowledgement", False, C2, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", NOREPLY), ME_P,
         "Amazon Web Services: New Support case: %s" % C2, ack2_id),
    text("""Dear Amazon Web Services Customer,

We have opened case %s to address your issue. The details of the case are below.

Subject: Cannot open my AWS Certification account after signing in with Builder ID
Severity: General guidance
Correspondence: After signing in with my AWS Builder ID I get "We could not find a certification account" although I hold two active certifications.

Best regards,
Amazon Web Services
%s""" % (C2, CONSOLE_FOOT), cte="qp"))

w = t(2023, 10, 3, 9, 51, UTC)
req2_id = mid_ses()
add(w, "info_request", True, C2, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", NOREPLY), ME_P,
         "RE:[CASE %s] Cannot open my AWS Certification account after signing in with Builder ID" % C2, req2_id),
    multi("alternative", [
        text("""Hello,

Thank you for your patience. I looked at the sign-in records for your Builder ID and they look healthy, so the problem is most likely in the link between the Builder ID and the certification profile.

To trace it I need a screenshot of the full error page (including the URL bar) and the e-mail address that the Builder ID itself is registered with. The Builder ID address is often different from the one on the certification profile.

Please add both to this case through the Support Center using the link below; e-mail replies to this message do not reach us.
%s
Best regards,

Yuki T.
Amazon Web Services
%s""" % (SURVEY_FOOT, CONSOLE_FOOT), cte="qp"),
        html("""<html><body><p>Hello,</p><p>Thank you for your patience. I looked at the sign-in records for your Builder ID and they look healthy, so the problem is most likely in the link between the Builder ID and the certification profile.</p><p>To trace it I need a screenshot of the full error page (including the URL bar) and the e-mail address that the Builder ID itself is registered with. The Builder ID address is often different from the one on the certification profile.</p><p>Please add both to this case through the Support Center using the link below; e-mail replies to this message do not reach us.</p><p><i>%s</i></p><p>Best regards,<br><br>Yuki T.<br>Amazon Web Services</p><p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s</a></p><p style="font-size:10px">Note: This e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>""" % (SURVEY_FOOT.strip(), C2, C2))]))

w = t(2023, 10, 4, 1, 2, UTC)
add(w, "unrelated", False, None, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, "Amazon Web Services <aws-billing@amazon.com>", ME_P,
         "Your AWS Billing statement is available for [AWS ID 304918276615]", mid_ses()),
    text("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.87

Account ID: 304918276615
Billing period: September 1 - September 30, 2023

You can see a complete break down of all charges on the Billing & Cost Management page.

Thank you for using Amazon Web Services.
""", cte="7bit"))

w = t(2023, 10, 6, 10, 0, UTC)
cls2_id = mid_ses()
add(w, "closing_notice", True, C2, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", NOREPLY), ME_P,
         "RE:[CASE %s] Cannot open my AWS Certification account after signing in with Builder ID" % C2, cls2_id),
    text("""Hello,

We haven't heard back from you regarding this case. We would still like to help, but without the screenshot and the Builder ID e-mail address we cannot move forward.

If there is no response in the Support Center within the next 3 days, the case will be resolved automatically. Adding a reply there will keep it open.

Best regards,
Amazon Web Services
%s%s""" % (SURVEY_FOOT, CONSOLE_FOOT), cte="7bit"))

w = t(2023, 10, 6, 20, 33, JST)
add(w, "user_reply", False, C2, [],
    base(w, addr(ME_NAME, ME_P), addr("Ryo Tanabe", "ryo.tanabe.aws@gmail.com"),
         "Fwd: RE:[CASE %s] Cannot open my AWS Certification account after signing in with Builder ID" % C2, mid_gmail(),
         refs=[cls2_id]),
    multi("alternative", [
        text("""Ryo, did you get the same "could not find a certification account" page after switching to Builder ID? Support wants a screenshot and I can't reproduce it any more on my laptop. No hurry.

Kenta

---------- Forwarded message ---------
From: Amazon Web Services <no-reply-aws@amazon.com>
Date: Fri, Oct 6, 2023 at 7:00 PM
Subject: RE:[CASE %s] Cannot open my AWS Certification account after signing in with Builder ID
To: <%s>


Hello,

We haven't heard back from you regarding this case. We would still like to help, but without the screenshot and the Builder ID e-mail address we cannot move forward.

If there is no response in the Support Center within the next 3 days, the case will be resolved automatically. Adding a reply there will keep it open.
""" % (C2, ME_P)),
        html("""<div dir="ltr">Ryo, did you get the same &quot;could not find a certification account&quot; page after switching to Builder ID? Support wants a screenshot and I can't reproduce it any more on my laptop. No hurry.<div><br></div><div>Kenta</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername">Amazon Web Services</strong> <span>&lt;no-reply-aws@amazon.com&gt;</span><br>Date: Fri, Oct 6, 2023 at 7:00 PM<br>Subject: RE:[CASE %s] Cannot open my AWS Certification account after signing in with Builder ID<br></div><br><p>We haven't heard back from you regarding this case. We would still like to help, but without the screenshot and the Builder ID e-mail address we cannot move forward.</p><p>If there is no response in the Support Center within the next 3 days, the case will be resolved automatically. Adding a reply there will keep it open.</p></div></div>""" % C2)]))

w = t(2023, 10, 9, 7, 22, UTC)
add(w, "case_update", False, C2, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", NOREPLY), ME_P,
         "RE:[CASE %s] Cannot open my AWS Certification account after signing in with Builder ID" % C2, mid_ses()),
    text("""Hello Kenta,

Thank you for the screenshot and the address. They show that your Builder ID was attached to an empty certification profile created on 28 September. I have passed the details to our certification operations team, who can re-point the link; this usually takes one to three business days. I'll update this case when they are done.

Best regards,
Yuki T.
Amazon Web Services
%s%s""" % (SURVEY_FOOT, CONSOLE_FOOT), cte="qp"), crlf=True)

w = t(2023, 10, 11, 22, 5, UTC)
add(w, "resolved", False, C2, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", NOREPLY), ME_P,
         "RE:[CASE %s] Cannot open my AWS Certification account after signing in with Builder ID" % C2, mid_ses()),
    html("""<html><body><p>Hello Kenta,</p>
<p>The operations team has moved the Builder ID link to your existing certification profile and removed the empty one. Signing in now takes you straight to your two active certifications.</p>
<p>I'm marking this case as resolved. If anything still looks wrong you can reopen it from the Support Center within 14 days.</p>
<p>Best regards,<br>Yuki T.<br>Amazon Web Services</p>
<p><i>%s</i></p>
<p>To see all the correspondence for this case and to respond, please visit the Support Center:<br><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s</a></p>
<p style="font-size:10px">Note: This e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above.</p></body></html>""" % (SURVEY_FOOT.strip(), C2, C2), cte="b64"))

w = t(2023, 10, 13, 2, 0, UTC)
add(w, "survey", False, C2, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", "aws-support-survey@amazon.com"), ME_P,
         "Tell us about your experience with AWS Support", mid_ses()),
    text("""Hello,

Your support case %s was recently resolved. Please take a moment to tell us about your experience.

How likely are you to recommend AWS Support to a colleague? (0-10)
https://pulse.aws/survey/%s

Thank you,
AWS Support
""" % (C2, hx(16).upper()), cte="7bit"))

# ----------------------------------------------------------------- 2024
w = t(2024, 2, 14, 8, 41, UTC)
add(w, "suspicious", False, None, [],
    inbound(w, ME_C, "aws-certification-verify.com", auth="o365") +
    base(w, "AWS Certification Team <support@aws-certification-verify.com>", ME_C,
         "Action required: confirm your AWS Certification account within 48 hours", mid_other("aws-certification-verify.com")),
    html("""<html><body style="font-family:Arial"><img src="https://aws-certification-verify.com/logo.png" alt="aws"><p>Dear Certified Professional,</p>
<p>Our records show that your AWS Certification account has not been verified after the recent migration to AWS Builder ID. Unverified accounts will be <b>suspended</b> and certifications revoked.</p>
<p>Please reply to this e-mail with your login e-mail and password, or verify now:</p>
<p><a href="http://aws-certification-verify.com/login?u=k-morimoto">Verify my certification</a></p>
<p>AWS Training &amp; Certification Security</p></body></html>"""))

w = t(2024, 3, 5, 10, 11, UTC)
EDU = "14501227763"
add(w, "unrelated", False, EDU, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME_P,
         "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % EDU, mid_ses()),
    text("""Hello Kenta,

Thanks for contacting AWS Educate. I see that your AWS Educate account was registered with a university e-mail address that is no longer active.

Could you tell us the name of the institution and the approximate year you registered? With that we can move the account to your current address.

Regards,
Priya
AWS Educate Support
""", cte="7bit"))

w = t(2024, 3, 6, 9, 3, JST)
add(w, "unrelated", False, None, [],
    inbound(w, ME_C, "microsoft.com", auth="o365") +
    base(w, "Microsoft Certification Support <mcpsupport@microsoft.com>", ME_C,
         "Case 2403050040002817 - Merge of Microsoft Certification profiles", mid_other("microsoft.com")),
    text("""Hello Kenta,

Thank you for contacting Microsoft Worldwide Learning Support. We found two certification profiles (MCID 991702245 and MCID 993115870). Please confirm which profile should be kept as the primary profile, and that both belong to you, so we can merge them.

Kind regards,
Andrea
Worldwide Learning Support
""", cte="qp"))

w = t(2024, 6, 20, 4, 45, UTC)
add(w, "unrelated", False, None, [],
    inbound(w, ME_P, "github.com") +
    base(w, "github-actions[bot] <notifications@github.com>", ME_P,
         "[kmorimoto/dotfiles] Run failed: lint - main (a81f3e2)", "<kmorimoto/dotfiles/check-suites/CS_kwDOLx%s@github.com>" % hx(8),
         extra=["List-ID: kmorimoto/dotfiles <dotfiles.kmorimoto.github.com>"]),
    text("Run failed for main (a81f3e2)\n\nRepository: kmorimoto/dotfiles\nWorkflow: lint\nDuration: 41s\n\nView results: https://github.com/kmorimoto/dotfiles/actions/runs/9589120044\n", cte="7bit"))

# ====================================================================== CASE 3 (2025 main merge) + CASE 4 dup
C3 = "174892153004812"
C4 = "174892220907731"
w = t(2025, 5, 28, 17, 30, JST)
add(w, "unrelated", False, None, [],
    inbound(w, ME_C, "sorabito-tech.co.jp", auth="o365") +
    base(w, addr("人事部", "jinji@sorabito-tech.co.jp", "iso-2022-jp"), ME_C,
         "【重要】退職手続きおよびアカウント停止日のご案内", mid_outlook(), charset="iso-2022-jp"),
    text("""森本 健太 さん

退職に伴う手続きについてご案内します。

・最終出社日: 2025年6月27日(金)
・退職日: 2025年6月30日(月)
・社用メールアカウントは退職日の23:59に停止されます。

業務上の連絡先として登録しているサービスがある場合は、停止日までに変更をお願いします。
ご不明点は人事部までご連絡ください。

人事部
""", charset="iso-2022-jp", cte="7bit"))

w = t(2025, 6, 1, 12, 3, UTC)
add(w, "unrelated", False, None, [],
    inbound(w, ME_P, "signin.aws") +
    base(w, "AWS <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address", mid_ses()),
    html("""<html><body><p>Hello,</p><p>Use this code to finish creating your AWS Builder ID:</p><p style="font-size:24px;font-weight:bold">583019</p><p>The code expires in 10 minutes. If you didn't try to create a Builder ID, you can ignore this e-mail.</p></body></html>""", cte="7bit"))

w = t(2025, 6, 1, 12, 19, UTC)
add(w, "unrelated", False, None, [],
    inbound(w, ME_P, "aws.training") +
    base(w, "AWS Training and Certification <no-reply@aws.training>", ME_P,
         "Welcome to AWS Training and Certification", mid_other("aws.training")),
    text("""Hi Kenta,

Your profile on AWS Training and Certification is ready. Browse 600+ free digital courses on AWS Skill Builder, schedule a certification exam, or join a live class.

Get started: https://www.aws.training/

AWS Training and Certification
""", cte="7bit"))

FORM3 = """Use case: I am leaving Sorabito Technologies at the end of June and want my certifications to move to my personal certification account.
E-mail addresses used: k-morimoto@sorabito-tech.co.jp (old), kenta.morimoto.dev@gmail.com (new)
Keep on file: kenta.morimoto.dev@gmail.com
Candidate ID (old account): %s""" % A_OLD

w = datetime.fromtimestamp(1748921530 + 41, tz=UTC)
ack3_id = mid_ses()
add(w, "acknowledgement", False, C3, [A_OLD],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", TC), ME_P,
         "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C3, ack3_id),
    multi("alternative", [
        text("""Hello Kenta Morimoto,

We received your request and opened case %s. A specialist will reply, normally within one business day.

The details of your case are as follows:
Inquiry type: Certification
Additional details: Account Merge
%s

If you already have an open case for this issue, please do not submit another one; reply to this e-mail instead.

Thank you,
AWS Training and Certification
""" % (C3, FORM3), cte="qp"),
        html("""<html><body><p>Hello Kenta Morimoto,</p><p>We received your request and opened case <b>%s</b>. A specialist will reply, normally within one business day.</p><table border="1" cellspacing="0" cellpadding="4"><tr><th align="left">Inquiry type</th><td>Certification</td></tr><tr><th align="left">Additional details</th><td>Account Merge</td></tr><tr><th align="left">Description</th><td>%s</td></tr></table><p>If you already have an open case for this issue, please do not submit another one; reply to this e-mail instead.</p><p>Thank you,<br>AWS Training and Certification</p></body></html>""" % (C3, FORM3.replace("\n", "<br>")), cte="qp")]))

w = datetime.fromtimestamp(1748922209 + 37, tz=UTC)
ack4_id = mid_ses()
add(w, "acknowledgement", False, C4, [A_OLD, A_NEW],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", TC), ME_P,
         "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C4, ack4_id),
    text("""Hello Kenta Morimoto,

We received your request and opened case %s. A specialist will reply, normally within one business day.

The details of your case are as follows:
Inquiry type: Certification
Additional details: Account Merge
Use case: Leaving my employer, please merge my company certification account into my personal one.
Old candidate ID: %s
New candidate ID: %s

If you already have an open case for this issue, please do not submit another one; reply to this e-mail instead.

Thank you,
AWS Training and Certification
""" % (C4, A_OLD, A_NEW), cte="qp"))

w = t(2025, 6, 3, 12, 58, JST)
rep4_id = mid_gmail()
add(w, "user_reply", False, C4, [],
    base(w, addr(ME_NAME, ME_P), addr("Amazon Web Services", TC),
         "Re: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C4, rep4_id,
         irt=ack4_id, refs=[ack4_id]),
    text("""Hello,

I'm sorry, I sent the form twice by mistake (the first confirmation went to my spam folder). The original request is case %s, so this one can be closed.

Kenta

On Tue, Jun 3, 2025 at 12:44 PM Amazon Web Services <%s> wrote:
> Hello Kenta Morimoto,
>
> We received your request and opened case %s. A specialist will reply, normally within one business day.
>
> Old candidate ID: %s
> New candidate ID: %s
>
> If you already have an open case for this issue, please do not submit another one; reply to this e-mail instead.
""" % (C3, TC, C4, A_OLD, A_NEW), cte="7bit"))

w = t(2025, 6, 3, 9, 14, UTC)
add(w, "case_update", False, C4, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", TC), ME_P,
         "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C4, mid_ses(),
         irt=rep4_id, refs=[ack4_id, rep4_id]),
    text("""Hi Kenta,

No problem at all. I've linked this case to %s and closed it as a duplicate; your request will be handled there, so please keep using that case number.

Regards,
Tomasz
AWS Training and Certification
""" % C3, cte="7bit"))

w = t(2025, 6, 4, 2, 26, UTC)
hold3_id = mid_ses()
HOLD3_TXT = """Hello Kenta,

Thank you for your request to merge your certification accounts.

While reviewing it I found that the account registered to k-morimoto@sorabito-tech.co.jp (candidate ID %s) is associated with an AWS Partner Network organization, Sorabito Technologies K.K. Certifications held under a partner-linked account count toward that partner's tier, and the partner's administrator has to release the account before we can move its records. I have placed your case on hold for that reason and notified the partner team.

One thing would help us speed this up: are you still employed by Sorabito Technologies, and if you are leaving, what is your last day with the company?

Kind regards,
Aylin K.
AWS Training and Certification""" % A_OLD
add(w, "on_hold", True, C3, [A_OLD],
    inbound(w, ME_C, "amazon.com", auth="o365") +
    base(w, addr("Amazon Web Services", TC), ME_C,
         tcsubj(C3), hold3_id, cc=ME_P, irt=ack3_id, refs=[ack3_id]),
    html("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Kenta,</p>
<p>Thank you for your request to merge your certification accounts.</p>
<p>While reviewing it I found that the account registered to <a href="mailto:k-morimoto@sorabito-tech.co.jp">k-morimoto@sorabito-tech.co.jp</a> (candidate ID %s) is associated with an AWS Partner Network organization, <b>Sorabito Technologies K.K.</b> Certifications held under a partner-linked account count toward that partner&#39;s tier, and the partner&#39;s administrator has to release the account before we can move its records. I have placed your case <b>on hold</b> for that reason and notified the partner team.</p>
<p>One thing would help us speed this up: are you still employed by Sorabito Technologies, and if you are leaving, what is your last day with the company?</p>
<p>Kind regards,<br>Aylin K.<br>AWS Training and Certification</p>
</div></body></html>""" % A_OLD, cte="qp"), crlf=True)

w = t(2025, 6, 4, 11, 40, JST)
fwd3_id = mid_outlook()
add(w, "user_reply", False, C3, [],
    base(w, addr("森本 健太", ME_C), ME_P,
         "FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C3, fwd3_id,
         extra=["Thread-Topic: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C3]),
    text("""自分用メモ: 個人アドレスから返信する。最終日は6/30。

________________________________
From: Amazon Web Services <%s>
Sent: Wednesday, June 4, 2025 11:26 AM
To: 森本 健太 <%s>
Cc: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

%s
""" % (TC, ME_C, ME_P, C3, HOLD3_TXT), cte="b64"))

w = t(2025, 6, 4, 12, 2, JST)
add(w, "unrelated", False, None, [],
    inbound(w, ME_C, "sorabito-tech.co.jp", auth="o365") +
    base(w, addr("情報システム部", "it-helpdesk@sorabito-tech.co.jp", "utf-8"), ME_C,
         "メールアカウント停止予定のお知らせ(6/30)", mid_outlook()),
    text("""森本さん

情報システム部です。退職に伴い、下記アカウントを停止します。

対象: k-morimoto@sorabito-tech.co.jp
停止日時: 2025年6月30日 23:59
停止後はメールの送受信ができなくなります。自動転送の設定はできませんのでご了承ください。

外部サービスに登録している場合は、期日までに連絡先の変更を行ってください。
""", cte="qp"))

w = t(2025, 6, 4, 13, 15, JST)
rep3_id = mid_gmail()
add(w, "user_reply", False, C3, [],
    base(w, addr(ME_NAME, ME_P), addr("Amazon Web Services", TC),
         "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C3, rep3_id,
         cc=ME_C, irt=hold3_id, refs=[ack3_id, hold3_id]),
    multi("alternative", [
        text("""Hi Aylin,

Thanks for looking into it. I'm leaving Sorabito Technologies; my last day is 30 June 2025, and the company mailbox will be shut down that evening. I have also told our internal partner admin, so they should be expecting the release request.

Please keep using this personal address (kenta.morimoto.dev@gmail.com).

Best regards,
Kenta Morimoto

On Wed, Jun 4, 2025 at 11:26 AM Amazon Web Services <%s> wrote:

%s
""" % (TC, quote_gt(HOLD3_TXT))),
        html("""<div dir="ltr"><p>Hi Aylin,</p><p>Thanks for looking into it. I'm leaving Sorabito Technologies; my last day is 30 June 2025, and the company mailbox will be shut down that evening. I have also told our internal partner admin, so they should be expecting the release request.</p><p>Please keep using this personal address (kenta.morimoto.dev@gmail.com).</p><p>Best regards,<br>Kenta Morimoto</p></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Jun 4, 2025 at 11:26 AM Amazon Web Services &lt;%s&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>""" % (TC, HOLD3_TXT.replace("\n", "<br>")))]))

w = t(2025, 6, 4, 13, 16, JST)
add(w, "unrelated", False, None, [],
    inbound(w, ME_P, "sorabito-tech.co.jp") +
    base(w, addr("中村 彩", "a-nakamura@sorabito-tech.co.jp"), ME_P,
         "自動応答: Re: 引き継ぎ資料について", mid_outlook(),
         extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]),
    text("""中村は6月4日から6月6日まで出張のため不在です。
急ぎのご用件は cloud-team@sorabito-tech.co.jp までご連絡ください。
戻り次第、折り返しご連絡いたします。
""", cte="b64"))

w = t(2025, 6, 5, 6, 11, UTC)
hold3b_id = mid_ses()
add(w, "on_hold", False, C3, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", TC), ME_P, tcsubj(C3), hold3b_id, irt=rep3_id, refs=[ack3_id, hold3_id, rep3_id]),
    text("""Hello Kenta,

Thank you, that is exactly what I needed. I have passed your leaving date on to the AWS Partner team. The case remains on hold until the partner administrator releases the account; partners usually respond within a few business days.

There is nothing you need to do right now. I will contact you again once the release has come through.

Kind regards,
Aylin K.
AWS Training and Certification

> are you still employed by Sorabito Technologies, and if you are leaving, what is your last day with the company?
""", cte="7bit"))

w = t(2025, 6, 7, 9, 0, UTC)
add(w, "unrelated", False, None, [],
    inbound(w, ME_P, "connpass.com") +
    base(w, "connpass <no-reply@connpass.com>", ME_P, "JAWS-UG 東京 #58 への参加が確定しました", mid_other("connpass.com")),
    text("""森本 健太 さん

JAWS-UG 東京 #58「AWS認定 全冠への道」への参加が確定しました。

日時: 2025/06/21(土) 13:00〜18:00
会場: 目黒セントラルスクエア

受付票はイベントページからご確認ください。
""", charset="utf-8", cte="8bit"))

w = t(2025, 6, 10, 1, 44, UTC)
lift3_id = mid_ses()
add(w, "case_update", False, C3, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", TC), ME_P, tcsubj(C3), lift3_id, irt=hold3b_id, refs=[ack3_id, hold3_id, rep3_id, hold3b_id]),
    text("""Hi Kenta,

Quick update: the partner administrator at Sorabito Technologies released your account this morning, so the hold on your case has been lifted. I'm now preparing the merge and you will receive a separate message shortly listing both accounts.

Regards,
Aylin K.
AWS Training and Certification
""", cte="qp"))

w = t(2025, 6, 10, 3, 2, UTC)
conf3_id = mid_ses()
CONF3_TXT = """Hi Kenta,

Below are the two certification accounts we found for you. Once merged, all exam history, certifications and benefits will live in a single account.

Account #1 - %s
  Login email: kenta.morimoto.dev@gmail.com
  Training notification email: kenta.morimoto.dev@gmail.com
  Certification notification email: kenta.morimoto.dev@gmail.com

Account #2 - %s
  Login email: k-morimoto@sorabito-tech.co.jp
  Training notification email: k-morimoto@sorabito-tech.co.jp
  Certification notification email: k-morimoto@sorabito-tech.co.jp

Kindly confirm that both accounts are yours and that Account #1 is the one to keep. The merge starts as soon as we have your go-ahead.

Aylin K.
AWS Training and Certification""" % (A_NEW, A_OLD)
CONF3_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Kenta,</p>
<p>Below are the two certification accounts we found for you. Once merged, all exam history, certifications and benefits will live in a single account.</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login email</td><td>kenta.morimoto.dev@gmail.com</td><td>k-morimoto@sorabito-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenta.morimoto.dev@gmail.com</td><td>k-morimoto@sorabito-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenta.morimoto.dev@gmail.com</td><td>k-morimoto@sorabito-tech.co.jp</td></tr>
</table>
<p>Kindly confirm that both accounts are yours and that <b>Account #1</b> is the one to keep. The merge starts as soon as we have your go-ahead.</p>
<p>Aylin K.<br>AWS Training and Certification</p></body></html>""" % (A_NEW, A_OLD)
add(w, "confirmation_request", True, C3, [A_NEW, A_OLD],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", TC), ME_P, tcsubj(C3), conf3_id, irt=lift3_id, refs=[ack3_id, hold3_id, rep3_id, hold3b_id, lift3_id]),
    html(CONF3_HTML, cte="b64"))

w = t(2025, 6, 11, 0, 30, UTC)
add(w, "unrelated", False, None, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
         "AWS Summit Japan 2025 開催まであと2週間 – 認定者ラウンジのご案内", mid_ses(),
         extra=["List-Unsubscribe: <mailto:unsubscribe@awscloud.com?subject=%s>" % hx(12)]),
    multi("alternative", [
        text("""AWS Summit Japan 2025 は 6月25日・26日に幕張メッセで開催されます。
AWS 認定をお持ちの方は、会場内の「認定者ラウンジ」をご利用いただけます。ご来場の際は Credly のデジタルバッジをご提示ください。

登録はこちら: https://aws.amazon.com/jp/summits/japan/

配信停止をご希望の場合は、こちらから手続きしてください。
""", cte="b64"),
        html("""<html><body><h2>AWS Summit Japan 2025</h2><p>6月25日・26日 幕張メッセ</p><p>AWS 認定をお持ちの方は、会場内の「認定者ラウンジ」をご利用いただけます。ご来場の際は Credly のデジタルバッジをご提示ください。</p><p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p></body></html>""", cte="b64")]))

w = t(2025, 6, 13, 4, 10, UTC)
cls3_id = mid_ses()
add(w, "closing_notice", True, C3, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", TC), ME_P, tcsubj(C3), cls3_id, irt=conf3_id, refs=[ack3_id, hold3_id, rep3_id, hold3b_id, lift3_id, conf3_id]),
    multi("alternative", [
        text("""Hello Kenta,

Following up on my message of 10 June below. We still need your go-ahead before the merge can run. If we have no answer within 72 hours this case will be closed automatically; a reply from you at any time keeps it open (or reopens it).

Aylin K.
AWS Training and Certification

---- Original message ----
%s
""" % CONF3_TXT, cte="qp"),
        html("""<html><body><p>Hello Kenta,</p><p>Following up on my message of 10 June below. We still need your go-ahead before the merge can run. If we have no answer within 72 hours this case will be closed automatically; a reply from you at any time keeps it open (or reopens it).</p><p>Aylin K.<br>AWS Training and Certification</p><hr><div>%s</div></body></html>""" % CONF3_HTML.replace("<html>", "").replace("</html>", ""), cte="qp")]))

w = t(2025, 6, 13, 20, 47, JST)
add(w, "suspicious", False, None, [A_OLD],
    inbound(w, ME_P, "amazon.com", dkim="fail", spf="softfail", dmarc="fail", mailfrom="mx-relay-bulk.ru") +
    base(w, addr("Amazon Web Services", TC), ME_P,
         "RE:[CASE 174893001200551] [AWS Training and Certification Form Submission] - account-assistance", mid_other("mx-relay-bulk.ru")),
    html("""<html><body><p>Hello,</p><p>Your certification account %s is scheduled to be merged. To protect your certifications we must verify your identity before the merge runs.</p><p>Please sign in through the secure link below within 24 hours, otherwise your certifications and exam history will be permanently deleted.</p><p><a href="http://aws-training-merge-verify.com/signin?id=%s">Sign in to AWS Training and Certification</a></p><p>AWS Training and Certification</p></body></html>""" % (A_OLD, A_OLD)))

w = t(2025, 6, 13, 21, 5, JST)
rep3b_id = mid_gmail()
add(w, "user_reply", False, C3, [A_NEW],
    base(w, addr(ME_NAME, ME_P), addr("Amazon Web Services", TC),
         "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C3, rep3b_id,
         irt=cls3_id, refs=[ack3_id, hold3_id, rep3_id, hold3b_id, lift3_id, conf3_id, cls3_id]),
    text("""Hi Aylin,

Sorry for the slow answer, your earlier mail ended up under Promotions. Both accounts are mine. Confirmed - please merge everything into Account #1 (%s).

Thanks,
Kenta

On Fri, Jun 13, 2025 at 1:10 PM Amazon Web Services <%s> wrote:
> Hello Kenta,
>
> Following up on my message of 10 June below. We still need your go-ahead before the merge can run. If we have no answer within 72 hours this case will be closed automatically; a reply from you at any time keeps it open (or reopens it).
>
%s
""" % (A_NEW, TC, quote_gt(CONF3_TXT)), cte="qp"))

w = t(2025, 6, 13, 12, 5, UTC) + timedelta(seconds=20)
add(w, "acknowledgement", False, C3, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", TC), ME_P, tcsubj(C3), mid_ses(), irt=rep3b_id, refs=[ack3_id, rep3b_id]),
    text("""This is an automated message.

Your reply has been added to case %s. The agent handling your case has been notified and will follow up.

AWS Training and Certification
""" % C3, cte="7bit"))

w = t(2025, 6, 14, 0, 55, UTC)
res3_id = mid_ses()
add(w, "resolved", False, C3, [A_NEW],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", TC), ME_P, tcsubj(C3), res3_id, irt=rep3b_id, refs=[ack3_id, hold3_id, rep3_id, hold3b_id, lift3_id, conf3_id, cls3_id, rep3b_id]),
    text("""Hello Kenta,

The merge has gone through. Your exam history, both active certifications and the unused 50%% discount voucher are now on Account #1 (%s), which signs in with kenta.morimoto.dev@gmail.com. Account #2 has been retired. Credly badges may be reissued to your personal address over the next day or so.

Nothing more is needed from you; I'm resolving this case. Congratulations on the new job!

Aylin K.
AWS Training and Certification

-----Original Message-----
From: Kenta Morimoto <%s>
Sent: Friday, June 13, 2025 12:05 PM
To: Amazon Web Services <%s>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Both accounts are mine. Confirmed - please merge everything into Account #1 (%s).

-----Original Message-----
From: Amazon Web Services
Sent: Tuesday, June 10, 2025 3:02 AM

%s
""" % (A_NEW, ME_P, TC, C3, A_NEW, CONF3_TXT), cte="qp"), crlf=True)

for i, (badge, uid) in enumerate([("AWS Certified Solutions Architect - Associate", "0b7d6c21-5f0e-4e2c-a1d2-9c6f1e7b3a40"),
                                  ("AWS Certified Developer - Associate", "e3a9f5d2-18c4-4b7b-9f62-5d0a2c4e8b17")]):
    w = t(2025, 6, 14, 1, 20 + i * 2, UTC)
    add(w, "badge", False, None, [],
        inbound(w, ME_P, "credly.com") +
        base(w, "Credly <admin@credly.com>", ME_P,
             ("You've earned a badge: %s" % badge) if i == 0 else "Amazon Web Services Training and Certification has issued you a new badge",
             mid_other("credly.com")),
        multi("alternative", [
            text("Hi Kenta,\n\nAmazon Web Services Training and Certification has issued you the %s badge.\n\nAccept it here: https://www.credly.com/badges/%s/accept\n\nIf you already have a Credly account under another e-mail address, add this address to it in Settings.\n\nCredly\n" % (badge, uid), cte="7bit"),
            html("<html><body><p>Hi Kenta,</p><p>Amazon Web Services Training and Certification has issued you the <b>%s</b> badge.</p><p><a href='https://www.credly.com/badges/%s/accept'>Accept badge</a></p></body></html>" % (badge, uid), cte="7bit")]))

w = t(2025, 6, 15, 3, 0, UTC)
add(w, "survey", False, C3, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("AWS Training and Certification", "aws-cs-survey@amazon.com"), ME_P,
         "We'd love your feedback on case %s" % C3, mid_ses()),
    multi("alternative", [
        text("""Hi Kenta,

Thank you for contacting AWS Training and Certification. Could you spare a minute to tell us about your recent case (%s)?

Rate your experience: https://survey.aws.training/r/%s

Replies to this message are not monitored.
""" % (C3, hx(14)), cte="7bit"),
        html("<html><body><p>Hi Kenta,</p><p>Thank you for contacting AWS Training and Certification. Could you spare a minute to tell us about your recent case (%s)?</p><p><a href='https://survey.aws.training/'>Rate your experience</a></p><p style='font-size:10px'>Replies to this message are not monitored.</p></body></html>" % C3, cte="7bit")]))

w = t(2025, 6, 16, 9, 12, JST)
add(w, "user_reply", False, C3, [A_NEW],
    base(w, addr("森本 健太", ME_C), addr("中村 彩", "a-nakamura@sorabito-tech.co.jp"),
         "FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C3, mid_outlook(),
         refs=[res3_id]),
    text("""中村さん

お疲れさまです。認定アカウントの移行が完了しました(新しい候補IDは %s です)。
APNのパートナー側では私の認定が数日後に外れると思いますので、カウントの更新をお願いします。

森本
%s
-----Original Message-----
From: Amazon Web Services <%s>
Sent: Saturday, June 14, 2025 9:55 AM
To: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Kenta,

The merge has gone through. Your exam history, both active certifications and the unused 50%% discount voucher are now on Account #1 (%s), which signs in with kenta.morimoto.dev@gmail.com. Account #2 has been retired.
""" % (A_NEW, SIG_C, TC, ME_P, C3, A_NEW), charset="iso-2022-jp", cte="7bit"))

w = t(2025, 6, 18, 15, 2, UTC)
add(w, "certification", False, None, [A_NEW],
    inbound(w, ME_P, "certmetrics.com") +
    base(w, "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
         "Your AWS Certification benefits are ready", mid_other("certmetrics.com")),
    html("""<html><body><p>Hello Kenta Morimoto (%s),</p><p>Your AWS Certification benefits are available in your certification account:</p><ul><li>50%% discount on your next certification exam</li><li>Access to AWS Certified Global Community</li><li>Practice exam voucher</li></ul><p>Sign in to view and use them.</p><p>AWS Certification</p></body></html>""" % A_NEW))

w = t(2025, 6, 20, 23, 10, UTC)
add(w, "suspicious", False, None, [],
    inbound(w, ME_P, "credly-badges.net") +
    base(w, "Credly <notify@credly-badges.net>", ME_P,
         "Your AWS badge has been revoked - action required", mid_other("credly-badges.net")),
    text("""Hi Kenta,

Due to a recent account merge, your AWS Certified Solutions Architect - Associate badge has been revoked. To restore it, confirm your identity and pay the USD 15 reissue fee:

https://credly-badges.net/restore?b=0b7d6c21

Badges not restored within 3 days cannot be recovered.

Credly Support
""", cte="7bit"))

w = t(2025, 6, 24, 6, 30, UTC)
add(w, "unrelated", False, None, [],
    inbound(w, ME_P, "zendesk.com") +
    base(w, "Notion Support <support@makenotion.zendesk.com>", ME_P,
         "[Notion] Re: Workspace transfer (Request #4812207)", mid_other("makenotion.zendesk.com")),
    html("""<html><body><div style="color:#b5b5b5">##- Please type your reply above this line -##</div><p>Hi Kenta,</p><p>Your workspace has been transferred to kenta.morimoto.dev@gmail.com. Since we haven't heard back, we'll mark this request as solved. If you have anything else to add, simply reply to this email and the request will reopen.</p><p>Best,<br>Sam, Notion Support</p><p style="font-size:11px">This email is a service from Notion. [4812207]</p></body></html>"""))

# ====================================================================== CASE 5 (2025-07, notification e-mail)
C5 = "175203118806254"
w = t(2025, 7, 1, 0, 5, UTC)
add(w, "certification", False, None, [],
    inbound(w, ME_P, "certmetrics.com") +
    base(w, "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
         "Reminder: your AWS Certified Developer - Associate expires in 60 days", mid_other("certmetrics.com")),
    text("""Hello Kenta,

Your AWS Certified Developer - Associate certification expires on 30 August 2025. Recertify by passing the current DVA-C02 exam, or earn AWS Certified DevOps Engineer - Professional.

Use your 50% discount benefit when you schedule.

AWS Certification
""", cte="7bit"))

w = datetime.fromtimestamp(1752031188 + 52, tz=UTC)
ack5_id = mid_ses()
add(w, "acknowledgement", False, C5, [A_NEW],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", TC), ME_P,
         "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C5, ack5_id),
    text("""Hello,

Thanks for contacting AWS Training and Certification. Case %s has been created and our team will be in touch, usually within 24 hours.

Case details:
Candidate ID: %s
Description: After my accounts were merged in June, the expiry reminder for AWS Certified Developer - Associate still went to my former company address, which no longer exists. Please change the certification notification e-mail to kenta.morimoto.dev@gmail.com.

Please do not open additional cases for this request.

AWS Training and Certification
""" % (C5, A_NEW), cte="7bit"))

w = t(2025, 7, 10, 5, 18, UTC)
req5_id = mid_ses()
REQ5 = """Hello Kenta,

Thank you for writing in. For security reasons, contact details on a certification profile can only be changed when the request comes from the e-mail address we currently have on file for notifications, which is k-morimoto@sorabito-tech.co.jp.

Please reply to this case from that address. If you can no longer use it, reply instead with the date and location of your most recent exam so we can verify you another way.

ご本人確認のため、登録済みのアドレスから本ケースにご返信ください。ご利用いただけない場合は、直近の受験日と受験場所をお知らせください。

Best regards,
Jonas
AWS Training and Certification"""
add(w, "info_request", True, C5, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", TC), ME_P, tcsubj(C5), req5_id, irt=ack5_id, refs=[ack5_id]),
    text(REQ5 + "\n", cte="b64"))

w = t(2025, 7, 10, 14, 31, JST)
fw5_id = mid_gmail()
w2 = t(2025, 7, 10, 5, 32, UTC)
add(w2, "unrelated", False, None, [],
    ["Delivered-To: " + ME_P,
     received("mx.google.com", "mail-sor-f69.google.com", w2)] +
    base(w2, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P,
         "Delivery Status Notification (Failure)", mid_gmail(),
         irt=fw5_id, refs=[fw5_id], extra=["Auto-Submitted: auto-replied"]),
    multi("report", [
        text("""** Address not found **

Your message wasn't delivered to k-morimoto@sorabito-tech.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k-morimoto@sorabito-tech.co.jp not found by SMTP address lookup
""", cte="7bit"),
        raw_part(["Content-Type: message/delivery-status"],
                 "Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; k-morimoto@sorabito-tech.co.jp\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound\n" % format_datetime(w)),
        raw_part(["Content-Type: message/rfc822"],
                 "Date: %s\nFrom: Kenta Morimoto <%s>\nTo: k-morimoto@sorabito-tech.co.jp\nSubject: Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\nMessage-ID: %s\nContent-Type: text/plain; charset=UTF-8\n\nCan I still log in to this? Probably not...\n\n---------- Forwarded message ---------\nFrom: Amazon Web Services <%s>\n\nPlease reply to this case from that address. If you can no longer use it, reply instead with the date and location of your most recent exam so we can verify you another way.\n" % (format_datetime(w), ME_P, C5, fw5_id, TC)),
    ]))

w = t(2025, 7, 11, 8, 0, UTC)
add(w, "unrelated", False, None, [],
    inbound(w, ME_P, "substack.com") +
    base(w, "Last Week in AWS <lastweekinaws@substack.com>", ME_P,
         "Last Week in AWS: The merge that wasn't", mid_other("substack.com"),
         extra=["List-Unsubscribe: <https://lastweekinaws.substack.com/action/disable_email>"]),
    html("""<html><body><h1>Last Week in AWS</h1><p>This week: a new instance family nobody asked for, a pricing page that finally makes sense, and why your support case was closed before you read the e-mail asking you to confirm something.</p><p>Reply to this e-mail if you have tips &ndash; I read everything.</p></body></html>"""))

w = t(2025, 7, 15, 6, 2, UTC)
cls5_id = mid_ses()
add(w, "closing_notice", True, C5, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", TC), ME_P, tcsubj(C5), cls5_id, irt=req5_id, refs=[ack5_id, req5_id]),
    text("""Hello Kenta,

As we did not receive a response to our previous message, this case has now been closed.

Closed cases can be reopened for 14 days: just reply to this e-mail with the requested details and it will be picked up again.

Best regards,
AWS Training and Certification

-----Original Message-----
%s
""" % REQ5, cte="qp"))

w = t(2025, 7, 15, 22, 40, JST)
rep5_id = mid_gmail()
add(w, "user_reply", False, C5, [A_NEW],
    base(w, addr(ME_NAME, ME_P), addr("Amazon Web Services", TC),
         "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C5, rep5_id,
         irt=cls5_id, refs=[ack5_id, req5_id, cls5_id]),
    multi("alternative", [
        text("""Hello Jonas,

Please reopen the case. The company address was shut down on 30 June, so I cannot write from it (my forward bounced).

Most recent exam: AWS Certified Solutions Architect - Associate (recertification), 18 May 2023, Pearson VUE test centre in Shinjuku, Tokyo. My candidate ID is %s.

Regards,
Kenta Morimoto

2025年7月15日(火) 15:02 Amazon Web Services <%s>:
> Hello Kenta,
>
> As we did not receive a response to our previous message, this case has now been closed.
""" % (A_NEW, TC)),
        html("""<div dir="ltr">Hello Jonas,<br><br>Please reopen the case. The company address was shut down on 30 June, so I cannot write from it (my forward bounced).<br><br>Most recent exam: AWS Certified Solutions Architect - Associate (recertification), 18 May 2023, Pearson VUE test centre in Shinjuku, Tokyo. My candidate ID is %s.<br><br>Regards,<br>Kenta Morimoto</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">2025年7月15日(火) 15:02 Amazon Web Services &lt;%s&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hello Kenta,<br><br>As we did not receive a response to our previous message, this case has now been closed.</blockquote></div>""" % (A_NEW, TC))]))

w = t(2025, 7, 16, 2, 15, UTC)
upd5_id = mid_ses()
add(w, "case_update", False, C5, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", TC), ME_P, tcsubj(C5), upd5_id, irt=rep5_id, refs=[ack5_id, req5_id, cls5_id, rep5_id]),
    text("""Hi Kenta,

I have reopened your case. The exam details match our records. Changing a notification address without access to the old mailbox needs approval from our certification records team, so I've sent it to them; expect an update within two business days.

Jonas
AWS Training and Certification
""", cte="7bit"), crlf=True)

w = t(2025, 7, 17, 14, 0, JST)
add(w, "unrelated", False, None, [],
    inbound(w, ME_P, "pearson.com") +
    base(w, "Pearson VUE <pearsonvue-confirmation@pearson.com>", ME_P,
         "Confirmation of your AWS Certified DevOps Engineer - Professional exam", mid_other("pearson.com")),
    text("""Dear Kenta Morimoto,

Thank you for scheduling your exam with Pearson VUE.

Exam: DOP-C02 AWS Certified DevOps Engineer - Professional
Registration ID: 502118843
Appointment: 8 August 2025, 10:00 JST
Location: Pearson VUE Test Center, Shinjuku, Tokyo
Discount applied: AWS Certification 50% benefit

Please bring two forms of ID. To reschedule or cancel, sign in to your AWS Certification account.

Pearson VUE
""", cte="qp"))

w = t(2025, 7, 18, 7, 45, UTC)
add(w, "resolved", False, C5, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("Amazon Web Services", TC), ME_P, tcsubj(C5), mid_ses(), irt=upd5_id, refs=[ack5_id, req5_id, cls5_id, rep5_id, upd5_id]),
    multi("alternative", [
        text("""Hello Kenta,

The records team has approved the change. Training and certification notifications for your profile now go to kenta.morimoto.dev@gmail.com, and the old company address has been removed.

If you need anything else regarding this request, feel free to reply within the next 14 days. Otherwise there is nothing further to do.

Jonas
AWS Training and Certification
""", cte="qp"),
        html("<html><body><p>Hello Kenta,</p><p>The records team has approved the change. Training and certification notifications for your profile now go to <b>kenta.morimoto.dev@gmail.com</b>, and the old company address has been removed.</p><p>If you need anything else regarding this request, feel free to reply within the next 14 days. Otherwise there is nothing further to do.</p><p>Jonas<br>AWS Training and Certification</p></body></html>", cte="qp")]))

# ====================================================================== CASE 6 (2025-07/08, Japanese console case, exam result)
C6 = "175354402519630"
CONSOLE6 = """
このケースのすべてのやり取りを確認し、返信するには、サポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja

注: このメールは送信専用アドレスから送信されています。このメールにご返信いただいても受信できませんので、上記リンクからご返信ください。
""" % C6
w = datetime.fromtimestamp(1753544025 + 66, tz=UTC)
add(w, "acknowledgement", False, C6, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("アマゾン ウェブ サービス", NOREPLY), ME_P,
         "Amazon Web Services: New Support case: %s" % C6, mid_ses()),
    text("""お客様

ケース %s を作成しました。内容は以下のとおりです。

件名: 試験結果が認定アカウントに反映されない
重要度: 一般的なガイダンス

担当者より順次ご連絡いたします。
%s""" % (C6, CONSOLE6), charset="utf-8", cte="b64"))

w = t(2025, 7, 28, 3, 20, UTC)
add(w, "info_request", True, C6, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("アマゾン ウェブ サービス", NOREPLY), ME_P,
         "RE:[CASE %s] 試験結果が認定アカウントに反映されない" % C6, mid_ses()),
    html("""<html><body><p>お客様</p><p>AWS サポートの山下です。お問い合わせいただいた試験結果の件について確認を進めております。</p>
<p>受験記録は Pearson VUE 側で確認できましたが、候補 ID の紐付けに差異があるようです。受験時にサインインしていたメールアドレスと、試験確認メールに記載の登録番号をサポートセンターのケースに追記してください。</p>
<p>なお、メールでの返信は受け付けておりませんので、必ず下記リンクからご返信ください。</p>
<p>引き続きよろしくお願いいたします。<br>山下</p>
<p>このケースのすべてのやり取りを確認し、返信するには、サポートセンターにアクセスしてください:<br><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja">https://console.aws.amazon.com/support/home#/case/?displayId=%s</a></p>
<p style="font-size:10px">注: このメールは送信専用アドレスから送信されています。</p></body></html>""" % (C6, C6), cte="qp"))

w = t(2025, 7, 29, 9, 30, UTC)
add(w, "unrelated", False, None, [],
    inbound(w, ME_P, "google.com") +
    base(w, "Google <no-reply@accounts.google.com>", ME_P, "セキュリティ通知", mid_other("accounts.google.com")),
    text("""新しいデバイスからのログイン

kenta.morimoto.dev@gmail.com
Mac で新たにログインされました。ご自身でログインした場合は、何もする必要はありません。心当たりがない場合は、アカウントの保護をお手伝いします。

アクティビティを確認
https://accounts.google.com/AccountChooser?Email=kenta.morimoto.dev@gmail.com
""", charset="utf-8", cte="b64"))

w = t(2025, 7, 30, 5, 0, UTC)
add(w, "case_update", False, C6, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("アマゾン ウェブ サービス", NOREPLY), ME_P,
         "RE:[CASE %s] 試験結果が認定アカウントに反映されない" % C6, mid_ses()),
    text("""お客様

ご返信いただいた情報を確認しました。試験結果の再同期を担当チームに依頼しております。処理が完了しましたら、こちらのケースでお知らせいたします。
現時点でお客様にご対応いただくことはございません。

山下
AWS サポート
%s""" % CONSOLE6, charset="utf-8", cte="qp"))

w = t(2025, 8, 1, 1, 10, UTC)
add(w, "resolved", False, C6, [A_NEW],
    inbound(w, ME_P, "amazon.com") +
    base(w, addr("アマゾン ウェブ サービス", NOREPLY), ME_P,
         "RE:[CASE %s] 試験結果が認定アカウントに反映されない" % C6, mid_ses()),
    multi("alternative", [
        text("""お客様

お待たせいたしました。試験結果の再同期が完了し、候補 ID %s の試験履歴に反映されました。
本ケースは解決済みとさせていただきます。追加のご質問がございましたら、14日以内であればサポートセンターからケースを再開いただけます。

山下
AWS サポート
%s""" % (A_NEW, CONSOLE6), charset="utf-8", cte="b64"),
        html("""<html><body><p>お客様</p><p>お待たせいたしました。試験結果の再同期が完了し、候補 ID %s の試験履歴に反映されました。</p><p>本ケースは解決済みとさせていただきます。追加のご質問がございましたら、14日以内であればサポートセンターからケースを再開いただけます。</p><p>山下<br>AWS サポート</p></body></html>""" % A_NEW, charset="utf-8", cte="b64")]))

w = t(2025, 8, 1, 1, 40, UTC)
add(w, "certification", False, None, [A_NEW],
    inbound(w, ME_P, "certmetrics.com") +
    base(w, "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
         "Your AWS Certification exam results are available", mid_other("certmetrics.com")),
    text("""Hello Kenta,

Results for your recent AWS Certification exam are now available in your certification account (candidate ID %s). Sign in and open Exam History to see your score report.

AWS Certification
""" % A_NEW, cte="7bit"))

# ---------------------------------------------------------------- extra fillers
w = t(2024, 9, 2, 0, 0, UTC)
add(w, "unrelated", False, None, [],
    inbound(w, ME_P, "aws.training") +
    base(w, "AWS Skill Builder <no-reply@aws.training>", ME_P,
         "Your AWS Skill Builder order confirmation", mid_other("aws.training")),
    multi("alternative", [
        text("Order SB-2024-0902-118420\nAWS Skill Builder Team subscription trial converted to Individual (annual)\nTotal: USD 449.00\n\nThank you for learning with AWS.\n", cte="7bit"),
        html("<html><body><p>Order <b>SB-2024-0902-118420</b></p><p>AWS Skill Builder Individual (annual)<br>Total: USD 449.00</p><p>Thank you for learning with AWS.</p></body></html>", cte="7bit")]))

w = t(2024, 11, 12, 2, 30, UTC)
add(w, "unrelated", False, None, [],
    inbound(w, ME_C, "datadoghq.com", auth="o365") +
    base(w, "Datadog Support <support@datadoghq.com>", ME_C,
         "[Datadog] Case #1893344 has been closed", mid_other("datadoghq.com")),
    text("""Hello Kenta,

Your support case #1893344 "Missing CloudWatch metrics after account merge" has been closed because we haven't heard from you in 7 days. If the problem persists, reply to this e-mail within 14 days and the case will be reopened automatically.

Datadog Support
""", cte="7bit"))

w = t(2024, 12, 3, 11, 0, UTC)
add(w, "certification", False, None, [A_OLD],
    inbound(w, ME_C, "certmetrics.com", auth="o365") +
    base(w, "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
         "Your AWS Certification digital certificate", mid_other("certmetrics.com")),
    html("""<html><body><p>Hello Kenta Morimoto,</p><p>Your digital certificate for <b>AWS Certified Developer - Associate</b> is ready to download from your certification account.</p><p>Candidate ID: %s<br>Validation number: 9MDW1KB2LFE4QJCT</p><p>Employers can verify it at https://aws.amazon.com/verification</p></body></html>""" % A_OLD, cte="b64"))

w = t(2025, 6, 26, 10, 0, JST)
add(w, "unrelated", False, None, [],
    inbound(w, ME_P, "linkedin.com") +
    base(w, "LinkedIn <messages-noreply@linkedin.com>", ME_P,
         "Kenta, you appeared in 14 searches this week", mid_other("linkedin.com")),
    html("""<html><body><p>Kenta, you appeared in 14 searches this week.</p><p>Recruiters searched for: AWS Certified, Terraform, SRE</p><p><a href="https://www.linkedin.com/me/search-appearances/">See all searches</a></p></body></html>"""))

w = t(2025, 6, 27, 17, 45, JST)
add(w, "unrelated", False, None, [],
    inbound(w, ME_C, "sorabito-tech.co.jp", auth="o365") +
    base(w, addr("中村 彩", "a-nakamura@sorabito-tech.co.jp"), ME_C,
         "Re: FW: 認定アカウントの移行について", mid_outlook(),
         extra=["Thread-Topic: 認定アカウントの移行について"]),
    text("""森本さん

共有ありがとうございます。パートナーセントラルの認定者数は更新しておきました。
最終日までお疲れさまでした。新天地でもがんばってください!

中村

-----Original Message-----
From: 森本 健太
> 認定アカウントの移行が完了しました(新しい候補IDは AWS10583226 です)。
""", charset="shift_jis", cte="b64"))

w = t(2025, 8, 4, 8, 15, UTC)
add(w, "unrelated", False, None, [],
    inbound(w, ME_P, "github.com") +
    base(w, "Ryo Tanabe <notifications@github.com>", ME_P,
         "Re: [kmorimoto/aws-cert-notes] Add account merge checklist (PR #7)", "<kmorimoto/aws-cert-notes/pull/7/c%d@github.com>" % R.randint(10**9, 10**10),
         irt="<kmorimoto/aws-cert-notes/pull/7@github.com>", refs=["<kmorimoto/aws-cert-notes/pull/7@github.com>"],
         extra=["List-ID: kmorimoto/aws-cert-notes <aws-cert-notes.kmorimoto.github.com>", "X-GitHub-Reason: author"]),
    text("""@ryotanabe approved these changes.

Looks good. One nit: in step 5 write "confirm which account to keep" instead of "reply to support" - could you update that before merging?

--
Reply to this email directly or view it on GitHub:
https://github.com/kmorimoto/aws-cert-notes/pull/7#pullrequestreview-2391027711
You are receiving this because you authored the thread.
""", cte="7bit"))

w = t(2025, 8, 5, 1, 0, UTC)
add(w, "suspicious", False, None, [],
    inbound(w, ME_P, "amazon-certsupport.com") +
    base(w, addr("AWS Training and Certification", "cases@amazon-certsupport.com"), ME_P,
         "[CASE 175437712200418] Please confirm your account merge", mid_other("amazon-certsupport.com")),
    text("""Hello,

We have received a request to merge your AWS Certification accounts. Please confirm by replying with:

- the login e-mail and password of the account to keep
- the one-time code we will send to your phone

If you did not request this, reply immediately so we can cancel it.

Thank you,
AWS Training and Certification
""", cte="7bit"))

w = t(2025, 8, 6, 3, 0, UTC)
add(w, "unrelated", False, None, [],
    inbound(w, ME_P, "amazon.com") +
    base(w, "Amazon Web Services <aws-receivables-support@email.amazon.com>", ME_P,
         "Amazon Web Services Invoice Available [Account: 304918276615] [Invoice ID: 2117390448]", mid_ses()),
    text("""Greetings from Amazon Web Services,

This e-mail confirms that your latest invoice is available. Invoice ID 2117390448, amount USD 4.12, for account 304918276615.

Please do not reply to this e-mail. For billing questions, open a case in the Support Center.
""", cte="7bit"))

# ---------------------------------------------------------------- write
def main():
    MSGS.sort(key=lambda m: m["when"])
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MSGS, 1):
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(m["data"])
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    c = Counter(m["label"]["kind"] for m in MSGS)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("total %d, needs_reply %d" % (len(MSGS), sum(m["label"]["needs_reply"] for m in MSGS)))

if __name__ == "__main__":
    main()
