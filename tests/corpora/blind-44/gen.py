#!/usr/bin/env python3
"""Writes the blind-44 held-out corpus (NNN-slug.eml + NNN-slug.json + README.md)
into the directory this script lives in. Standard library only."""
import base64
import hashlib
import json
import os
import quopri
import re
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = timezone(timedelta(hours=9))

ME = "ren.okabe.home@gmail.com"
CO = "r.okabe@hoshizora-tech.co.jp"
ME_NAME = "Ren Okabe"
TC = ("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")

A = "174217538800271"   # main merge case (15 digits, 2025)
B = "174218100200318"   # duplicate form submission
E = "174704784500904"   # second merge (same-address duplicate), Japanese agent
F = "174893880000155"   # console case 2025
C = "12938577401"       # console case 2023 (11 digits)
G = "11839204471"       # name-change form case 2023 (11 digits)
T1 = "8154402937"       # badge case 2021 (10 digits)

SUBJ_TC = "RE:[CASE {}] [AWS Training and Certification Form Submission] - {}"

_bcount = [0]


def t(s, tz=UTC):
    """'2025-03-17 01:36' (UTC) -> aware datetime shown in tz."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    return dt.replace(tzinfo=UTC).astimezone(tz)


def enc_text(text, charset, cte):
    if charset.lower() == "iso-2022-jp":
        # encode line by line so every line returns to ASCII
        return b"\n".join(l.encode("iso-2022-jp") for l in text.split("\n"))
    b = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b


def render(part):
    kind = part[0]
    if kind.startswith("multipart/"):
        _bcount[0] += 1
        bnd = "----=_Part_%d_%s" % (_bcount[0], hashlib.md5(str(_bcount[0]).encode()).hexdigest()[:12])
        head = 'Content-Type: %s; boundary="%s"\n' % (kind, bnd)
        body = b"This is a multi-part message in MIME format.\n\n"
        for p in part[1]:
            h, bd = render(p)
            if not bd.endswith(b"\n"):
                bd += b"\n"
            body += b"--" + bnd.encode() + b"\n" + h.encode() + b"\n" + bd
        body += b"--" + bnd.encode() + b"--\n"
        return head, body
    if kind == "attachment":
        _, ctype, data, fname = part
        head = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
                'Content-Transfer-Encoding: base64\n' % (ctype, fname, fname))
        return head, base64.encodebytes(data)
    ctype, text, charset, cte = part
    head = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, charset, cte)
    return head, enc_text(text, charset, cte)


def hv(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(a):
    if isinstance(a, str):
        return a
    name, email = a
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), email)


def auth(rcpt, from_dom, ok=True, mailfrom=None, dkim_dom=None):
    mailfrom = mailfrom or from_dom
    dkim_dom = dkim_dom or from_dom
    r = "pass" if ok else "fail"
    if rcpt == CO:
        return ("spf=%s (sender IP is 54.240.27.%d) smtp.mailfrom=%s; dkim=%s (signature was verified) "
                "header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s reason=%s"
                % (r if ok else "softfail", len(from_dom), mailfrom, r if ok else "fail (body hash did not verify)",
                   dkim_dom, r, "none" if ok else "quarantine", from_dom, r, "100" if ok else "000"))
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=s1 header.b=Qx%sZ;\n"
            "       spf=%s (google.com: domain of bounce@%s %s) smtp.mailfrom=bounce@%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
            % (r, dkim_dom, hashlib.md5(from_dom.encode()).hexdigest()[:6], r, mailfrom,
               "designates 54.240.8.44 as permitted sender" if ok else "does not designate 185.220.101.7 as permitted sender",
               mailfrom, r, "NONE" if ok else "QUARANTINE", from_dom))


MSGS = []
IDS = {}
REFS = {}


def msg(slug, date, frm, to, subj, body, kind, nr, case, own, note, cc=None, key=None, reply=None,
        crlf=False, extra=None, au="default", subj_cs="utf-8", idom=None):
    MSGS.append(dict(slug=slug, date=date, frm=frm, to=to, subj=subj, body=body, kind=kind, nr=nr,
                     case=case, own=own, note=note, cc=cc, key=key, reply=reply, crlf=crlf,
                     extra=extra or [], au=au, subj_cs=subj_cs, idom=idom))


def plain(text, charset="utf-8", cte="7bit"):
    return ("text/plain", text, charset, cte)


def html(text, charset="utf-8", cte="quoted-printable"):
    return ("text/html", text, charset, cte)


def alt(*parts):
    return ("multipart/alternative", list(parts))


def mixed(*parts):
    return ("multipart/mixed", list(parts))


def gq(lines):
    """Gmail/'>' style quote"""
    return "\n".join(("> " + l) if l else ">" for l in lines.split("\n"))


# ---------------------------------------------------------------------------
# 2021: badge case T1 (company address, 10-digit case)
# ---------------------------------------------------------------------------

msg("exam-appointment-confirmation", t("2021-06-02 04:12", JST),
    ("ピアソンVUE", "pearsonvuecustomerservice@pearson.com"), CO,
    "試験予約の確認 - AWS Certified Solutions Architect - Associate",
    plain("""岡部 蓮 様

ピアソンVUEをご利用いただきありがとうございます。
以下の内容で試験の予約を承りました。

登録ID: 487302915
試験: AWS Certified Solutions Architect - Associate (SAA-C02)
日時: 2021年6月18日(金) 14:00
会場: オンライン(OnVUE)

予約の変更・キャンセルは試験の24時間前までにウェブサイトから行ってください。
本メールへのご返信はお受けできません。

ピアソンVUE カスタマーサービス
""", "iso-2022-jp", "7bit"),
    "unrelated", False, None, "", "Exam-vendor mail in Japanese (ISO-2022-JP); 9-digit registration ID is not a case number.",
    subj_cs="iso-2022-jp")

msg("new-certification-congrats", t("2021-06-19 09:30"),
    ("AWS Certification", "do-not-reply@certmetrics.com"), CO,
    "Congratulations! You are now AWS Certified",
    alt(plain("""Dear Ren Okabe,

Congratulations on earning AWS Certified Solutions Architect - Associate!

Candidate ID: AWS01938475
Validation number: 9QX4LMB2PJ1E1R5K
Certification date: June 18, 2021
Expiration date: June 18, 2024

Your digital badge will be issued by Credly within the next few business days. You can download
your certificate at any time from your AWS Certification Account.

Questions? Visit the AWS Certification FAQ.

AWS Training and Certification
"""), html("""<html><body><p>Dear Ren Okabe,</p>
<p><b>Congratulations on earning AWS Certified Solutions Architect - Associate!</b></p>
<table><tr><td>Candidate ID</td><td>AWS01938475</td></tr>
<tr><td>Validation number</td><td>9QX4LMB2PJ1E1R5K</td></tr>
<tr><td>Certification date</td><td>June 18, 2021</td></tr>
<tr><td>Expiration date</td><td>June 18, 2024</td></tr></table>
<p>Your digital badge will be issued by Credly within the next few business days.</p>
<p>AWS Training and Certification</p></body></html>""")),
    "certification", False, None, "Candidate ID: AWS01938475",
    "CertMetrics notice with a candidate ID; not support mail.", au=("certmetrics.com",))

s1 = SUBJ_TC.format(T1, "digital-badges")
t1_ack = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 8154402937 to address your concern.

The details of your case are as follows:

Case ID: 8154402937
Subject: [AWS Training and Certification Form Submission] - digital-badges
Severity: Low
Correspondence: I passed SAA-C02 on 18 June but no Credly badge has arrived yet. Can you check?

We will get back to you as soon as possible, usually within 24 hours. If you have already opened a
case, please do not open another case for the same request.

Best regards,
Amazon Web Services
"""
msg("badge-case-opened", t("2021-07-05 02:41"), TC, CO, s1, plain(t1_ack),
    "acknowledgement", False, T1, t1_ack, "Standard acknowledgement, 10-digit case, CRLF; quotes the user's own question.",
    key="t1ack", crlf=True)

t1_req = """Hello Ren,

Thanks for reaching out about the missing Credly badge for your Solutions Architect - Associate
certification, and congratulations on passing.

Badges are normally issued automatically within a few business days of the result. When the
certification record and the profile the request comes from are tied to different email addresses,
that step can stall, and that seems to be what happened here: I searched under the address you
wrote from and there's no certification record that matches the exam date you mentioned.

The candidate ID shown at the top right of your CertMetrics profile (AWS followed by eight digits)
is what lets me pull up the right record and push the badge out again. Once I have it I can take
care of the rest.

Best regards,
Priya S.
AWS Training and Certification Customer Support
"""
msg("badge-case-need-id", t("2021-07-06 07:15"), TC, CO, s1, plain(t1_req),
    "info_request", True, T1, t1_req,
    "Request buried at the end, no 'please', no question mark: needs the candidate ID.",
    key="t1req", reply="t1ack", crlf=True)

t1_rep_own = """Hi Priya,

My candidate ID is AWS01938475.

Thanks,
Ren Okabe
"""
t1_rep = t1_rep_own + """
-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, July 6, 2021 4:15 PM
To: r.okabe@hoshizora-tech.co.jp
Subject: """ + s1 + "\n\n" + t1_req
msg("badge-case-id-sent", t("2021-07-06 08:02", JST), ("Ren Okabe", CO),
    ("AWS Training and Certification", TC[1]), s1, plain(t1_rep),
    "user_reply", False, T1, t1_rep_own,
    "Owner's reply from the company address, Outlook 'Original Message' quoting of a request.",
    key="t1rep", reply="t1req", crlf=True, au=None)

t1_done_own = """Hi Ren,

Thank you. I found the record under AWS01938475 and sent the badge to Credly again this morning.
The Credly invitation should reach this address within the hour; accepting it there is all that's
left, and that happens on Credly's side, not with us.

Best regards,
Priya S.
AWS Training and Certification Customer Support
"""
t1_done = t1_done_own + "\n" + "\n".join("> " + l for l in t1_rep.split("\n"))
msg("badge-case-pushed", t("2021-07-08 01:20"), TC, CO, s1, plain(t1_done),
    "resolved", False, T1, t1_done_own,
    "Done without 'resolved'/'merged'; the old candidate-ID request is quoted below.",
    key="t1done", reply="t1rep", crlf=True)

msg("badge-issued-acclaim", t("2021-07-08 02:05"),
    ("Credly", "admin@youracclaim.com"), CO,
    "Ren, you've been issued a badge by Amazon Web Services Training and Certification",
    html("""<html><body><table width="600"><tr><td>
<h2>You've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the badge
<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/6f1c2a9e-3b7d-4c55-9e0a-1d2f7c8b9a10">Accept your badge</a></p>
<p>Share it on LinkedIn and let your network know.</p>
<p style="font-size:11px">You are receiving this email because a badge was issued to you. Credly, Inc.</p>
</td></tr></table></body></html>"""),
    "badge", False, None, "", "Old Credly (youracclaim.com) badge mail, HTML-only; 'Accept' is not a support reply.",
    au=("youracclaim.com",))

msg("badge-case-survey", t("2021-07-10 03:00"), TC, CO,
    "How did we do? [CASE 8154402937]",
    plain("""Hello,

Your recent case with AWS Training and Certification (Case ID: 8154402937) has been marked as solved.
We'd appreciate a minute of your time: how satisfied were you with the support you received?

  Very satisfied  https://survey.aws.training/s/8154402937?r=5
  Satisfied       https://survey.aws.training/s/8154402937?r=4
  Neutral         https://survey.aws.training/s/8154402937?r=3
  Dissatisfied    https://survey.aws.training/s/8154402937?r=2

Thank you,
AWS Training and Certification
"""),
    "survey", False, T1, "", "Survey; wording 'marked as solved' could look like a resolution.")

# ---------------------------------------------------------------------------
# 2023: billing, name-change case G (11 digits), console case C (11 digits)
# ---------------------------------------------------------------------------

msg("monthly-invoice-feb", t("2023-02-03 11:02"),
    ("Amazon Web Services", "aws-billing@amazon.com"), ME,
    "Amazon Web Services Billing Statement Available [AWS ID 482910375566]",
    alt(plain("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $4.87

Account ID: 482910375566

You can see a complete break down of all charges on the Billing & Cost Management page.

Sincerely,
Amazon Web Services
"""), html("""<html><body><p>Greetings from Amazon Web Services,</p>
<p>Your latest billing statement is available. Total: <b>$4.87</b></p>
<p>Account ID: 482910375566</p></body></html>""")),
    "unrelated", False, None, "", "Billing mail from amazon.com; 12-digit account ID in brackets is not a case.",
    au=("amazon.com",))

sG = SUBJ_TC.format(G, "certification")
g_ack = """We've received your message.

Your request is now with the AWS Training and Certification team under reference 11839204471.
A specialist usually replies within one business day, though some requests take a little longer.

Sending the same request through the form again won't speed things up; it creates a separate case
that joins the back of the queue.

What you sent us:
  Inquiry type: Certification
  Detail: Name change
  Message: My legal name on the certificate is misspelled ("Ren Okab"). Please correct it to Ren Okabe.

AWS Training and Certification
"""
msg("name-fix-received", t("2023-03-01 05:50"), TC, CO, sG, plain(g_ack),
    "acknowledgement", False, G, g_ack,
    "Acknowledgement in unusual wording ('under reference', no 'opened case'); contains the user's own 'Please correct'.",
    key="gack")

g_req = """Hello Ren,

I've looked into the name on your certificate. Your certification profile has "Ren Okab" as the
legal name, which is where the certificate takes it from; the exam appointment record carries the
same spelling because it was copied over when you registered. I've already flagged the exam record
so it will follow the profile once the profile is fixed, so that part is taken care of.

For the profile itself, policy requires us to see a government-issued photo ID before a legal name
can be changed. If it isn't too much trouble, a scan or photo of the ID (with the ID number masked)
sent back on this thread would let me finish the change the same day.

Kind regards,
Jonas W.
AWS Training and Certification Customer Support
"""
msg("name-fix-id-document", t("2023-03-02 09:31"), TC, CO, sG, plain(g_req, "utf-8", "quoted-printable"),
    "info_request", True, G, g_req,
    "Mixed mail: progress news first, then a polite-hedged ask ('If it isn't too much trouble ... would let me').",
    key="greq", reply="gack")

g_close = """Hi Ren,

A courtesy note on case 11839204471: we asked for a copy of your ID on 2 March and haven't heard
back, so the case has been closed for now.

Nothing is lost. Reply to this email with the document and the case opens again automatically,
picking up where we left off.

Thanks,
Jonas W.
AWS Training and Certification Customer Support
"""
msg("name-fix-case-closed", t("2023-03-09 06:00"), TC, CO, sG, plain(g_close),
    "closing_notice", True, G, g_close,
    "Closing notice in past tense ('has been closed for now'), reopen by reply; no 'please'.",
    key="gclose", reply="greq")

g_rep_own = """Hello Jonas,

Sorry for the slow reply, I was travelling. My driving licence is attached, number masked.

Best regards,
Ren Okabe
"""
g_rep = g_rep_own + """
________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, March 9, 2023 3:00 PM
To: Okabe Ren <r.okabe@hoshizora-tech.co.jp>
Subject: """ + sG + "\n\n" + g_close
pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
msg("name-fix-licence-attached", t("2023-03-09 13:10"), ("Okabe Ren", CO), ("AWS Training and Certification", TC[1]),
    sG, mixed(plain(g_rep), ("attachment", "application/pdf", pdf, "licence_masked.pdf")),
    "user_reply", False, G, g_rep_own,
    "Owner's reply with an attachment, quoting a closing notice (Outlook separator line).",
    key="grep", reply="gclose", au=None)

g_done_own = """Hello Ren,

Thanks for the document. The legal name on your profile now reads "Ren Okabe", and the exam record
has followed. Certificates you download from today on carry the corrected name; the ones you saved
earlier will still show the old spelling, so it's worth replacing them.

If anything still looks off, just reply here.

Kind regards,
Jonas W.
AWS Training and Certification Customer Support
"""
g_done = g_done_own + "\n-----Original Message-----\n" + g_rep
msg("name-fix-profile-updated", t("2023-03-10 02:44"), TC, CO, sG, plain(g_done),
    "resolved", False, G, g_done_own,
    "Completion without 'resolved'; conditional 'If anything still looks off, just reply' is not an ask.",
    key="gdone", reply="grep")

msg("certification-feedback-invite", t("2023-04-12 16:00"),
    ("AWS Certification", "do-not-reply@certmetrics.com"), CO,
    "AWS Certification wants to hear from you",
    alt(plain("""Hello Ren,

As an AWS Certified individual, your opinion matters to us. Please take 10 minutes to tell us about
your experience with the AWS Certification program. Your responses help us shape future exams.

Take the survey: https://survey.certmetrics.com/aws/2023-q2?id=AWS01938475

This survey closes on April 30, 2023.

AWS Certification
"""), html("""<html><body><p>Hello Ren,</p><p>As an AWS Certified individual, your opinion matters to us.
Please take 10 minutes to tell us about your experience with the AWS Certification program.</p>
<p><a href="https://survey.certmetrics.com/aws/2023-q2?id=AWS01938475">Take the survey</a></p></body></html>""")),
    "certification", False, None, "id=AWS01938475",
    "CertMetrics program feedback invitation: says 'Please take', but it is not support and needs no reply.",
    au=("certmetrics.com",))

msg("builder-id-verify-code", t("2023-05-20 10:03"),
    ("AWS Builder ID", "no-reply@signin.aws"), ME,
    "Verify your AWS Builder ID email address",
    plain("""Hello,

To finish creating your AWS Builder ID, enter this verification code:

318604

This code expires in 30 minutes. If you didn't request it, you can ignore this email.

Amazon Web Services
"""),
    "unrelated", False, None, "", "Builder ID one-time code (6 digits).", au=("signin.aws",))

c_ack = """Dear AWS customer,

Thank you for contacting AWS Support. We've opened a case for you.

Case ID: 12938577401
Subject: Exam voucher from certification benefits not applied at checkout
Severity: General guidance
Account: 309127744018

To view or update the case, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=12938577401&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Sincerely,
Amazon Web Services
"""
msg("console-case-created", t("2023-05-22 04:18"), CONSOLE, ME,
    "Amazon Web Services: New Support case: 12938577401", plain(c_ack),
    "acknowledgement", False, C, c_ack,
    "Console 'New Support case' mail (11 digits) with a 12-digit account number next to it.",
    key="cack", au=("amazon.com",))

sC = "RE:[CASE 12938577401] Exam voucher from certification benefits not applied at checkout [AWS ID 309127744018]"
c_req_txt = """Hello,

My name is Daniela and I'll be looking after this case.

Thank you for the detailed description of the checkout problem. Certification benefit vouchers can
only be redeemed from the certification account they were issued to. From what you describe, the
checkout page you used belongs to a different certification account than the one that holds the
benefit, which would produce exactly the "voucher not valid" message you saw.

To see which account the voucher sits on, we need two things: the voucher code as it appears under
Benefits, and a screenshot of the error at checkout. Could you add both to the case in the Support
Center? Replies to this e-mail address are not received.

Best regards,
Daniela R.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the
AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of
the correspondence.

To see the case or reply, open: https://console.aws.amazon.com/support/home#/case/?displayId=12938577401&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
c_req_html = """<html><body><div style="font-family:Arial">
<p>Hello,</p><p>My name is Daniela and I'll be looking after this case.</p>
<p>Thank you for the detailed description of the checkout problem. Certification benefit vouchers can
only be redeemed from the certification account they were issued to. From what you describe, the
checkout page you used belongs to a different certification account than the one that holds the
benefit, which would produce exactly the &quot;voucher not valid&quot; message you saw.</p>
<p>To see which account the voucher sits on, we need two things: the voucher code as it appears under
Benefits, and a screenshot of the error at checkout. Could you add both to the case in the Support
Center? Replies to this e-mail address are not received.</p>
<p>Best regards,<br>Daniela R.<br>Amazon Web Services</p>
<hr><p style="font-size:11px">We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center.</p>
<p style="font-size:11px"><a href="https://console.aws.amazon.com/support/home#/case/?displayId=12938577401&amp;language=en">View case</a>
&nbsp;*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>
</div></body></html>"""
msg("console-voucher-details-needed", t("2023-05-23 01:37"), CONSOLE, ME, sC,
    alt(plain(c_req_txt, "utf-8", "quoted-printable"), html(c_req_html)),
    "info_request", True, C, c_req_txt,
    "Console request to answer in the Support Center, with 'cannot accept incoming e-mails' and a rating footer.",
    key="creq", reply="cack", au=("amazon.com",))

msg("summit-tokyo-invite", t("2023-05-24 00:00"),
    ("AWS Events", "aws-marketing-email-replies@amazon.com"), ME,
    "Save your spot: AWS Summit Tokyo is 3 weeks away",
    alt(plain("""Hi Ren,

AWS Summit Tokyo returns on June 20-21. Register now to secure your seat for 150+ sessions, the
Certification Lounge and hands-on labs.

Register: https://aws.amazon.com/jp/summits/tokyo/

Have a question about the event? Just reply to this email and our team will get back to you.

Amazon Web Services Japan G.K.
To unsubscribe, click here.
"""), html("""<html><body><h1>AWS Summit Tokyo</h1><p>Hi Ren, AWS Summit Tokyo returns on June 20-21.</p>
<p><a href="https://aws.amazon.com/jp/summits/tokyo/">Register now</a></p>
<p>Have a question about the event? Just reply to this email.</p></body></html>""")),
    "unrelated", False, None, "", "AWS marketing with a 'just reply to this email' line.", au=("amazon.com",))

c_close = """Hello,

We wanted to check in, as we haven't heard from you on this case since our last correspondence.

If we don't receive a response through the Support Center within the next 3 days, the case will
move to Resolved automatically. Once a case has been resolved for 14 days it can no longer be
reopened, and a new case would be needed.

Best regards,
Amazon Web Services

To see the case or reply, open: https://console.aws.amazon.com/support/home#/case/?displayId=12938577401&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
msg("console-no-response-reminder", t("2023-05-27 02:00"), CONSOLE, ME, sC, plain(c_close),
    "closing_notice", True, C, c_close,
    "Console auto-resolve warning; contains the word 'Resolved' but the case is not done.",
    key="cclose", reply="creq", au=("amazon.com",))

c_hold = """Hello,

Thank you for the voucher code and the screenshot you added to the case.

They confirm what we suspected: the voucher was issued to a second certification record that was
created with the same email address, not to the record you sign in with. Benefits are managed by our
certification operations team, and only they can reissue a voucher onto another record. I've passed
the details over to them; the case will stay in "Pending Amazon Action" until they come back to me,
which usually takes 3 to 5 business days.

Nothing further is needed from you in the meantime.

Best regards,
Daniela R.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the
AWS Support Center.

To see the case or reply, open: https://console.aws.amazon.com/support/home#/case/?displayId=12938577401&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
msg("console-waiting-on-ops-team", t("2023-05-29 08:25"), CONSOLE, ME, sC, plain(c_hold),
    "on_hold", False, C, c_hold,
    "Hold waiting on another team ('Pending Amazon Action'); asks nothing; rating footer says 'Please share'.",
    key="chold", reply="cclose", au=("amazon.com",))

c_done_txt = """Hello,

Good news: the certification operations team has reissued the 50% exam voucher onto the record you
sign in with. It is listed under Benefits now and can be used at checkout until 31 December 2023.

There's nothing more needed from you, and the case can stay as it is.

Best regards,
Daniela R.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the
AWS Support Center.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
msg("console-voucher-reissued", t("2023-06-05 03:12"), CONSOLE, ME, sC,
    alt(plain(c_done_txt), html("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in c_done_txt.split("\n\n")) + "</body></html>")),
    "resolved", False, C, c_done_txt,
    "Console completion without 'resolved'; feedback footer with 'Please share'.",
    key="cdone", reply="chold", au=("amazon.com",))

msg("console-case-rating", t("2023-06-06 03:12"),
    ("AWS Support", "no-reply-aws@amazon.com"), ME,
    "How was your AWS Support experience? Case 12938577401",
    plain("""Hello,

Your AWS Support case 12938577401 "Exam voucher from certification benefits not applied at
checkout" was recently resolved. Please take a moment to rate the support you received:

https://console.aws.amazon.com/support/feedback?caseId=12938577401

Your feedback helps us improve.

Amazon Web Services
"""),
    "survey", False, C, "", "Console survey; says 'was recently resolved' and 'Please take a moment'.",
    au=("amazon.com",))

msg("github-pr-merged", t("2023-06-20 06:44"),
    ("Sora Kimura", "notifications@github.com"), CO,
    "Re: [hoshizora-tech/infra-modules] Bump aws provider to 5.4 (PR #482)",
    plain("""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-modules/pull/482#event-9581120331
You are receiving this because you were mentioned.
"""),
    "unrelated", False, None, "", "GitHub 'Merged' notification with 'Reply to this email'.",
    au=("github.com",), extra=[("List-ID", "hoshizora-tech/infra-modules <infra-modules.hoshizora-tech.github.com>")])

msg("certification-expiry-180d", t("2023-12-21 15:00"),
    ("AWS Certification", "do-not-reply@certmetrics.com"), CO,
    "Your AWS Certification expires in 180 days",
    plain("""Hello Ren Okabe,

Your AWS Certified Solutions Architect - Associate certification expires on June 18, 2024.

To keep it active, pass the current version of the exam (or a higher-level exam in the same path)
before the expiration date. Recertification exams are eligible for a 50% discount, available under
Benefits in your AWS Certification Account.

AWS Certification
"""),
    "certification", False, None, "", "Expiry reminder (certification notice).", au=("certmetrics.com",))

# ---------------------------------------------------------------------------
# 2024
# ---------------------------------------------------------------------------

msg("recertified-congrats", t("2024-06-11 10:40"),
    ("AWS Certification", "do-not-reply@certmetrics.com"), CO,
    "Congratulations on recertifying your AWS Certification!",
    alt(plain("""Dear Ren Okabe,

Congratulations on recertifying AWS Certified Solutions Architect - Associate.
Your new expiration date is June 10, 2027.

Candidate ID: AWS01938475

AWS Training and Certification
"""), html("""<html><body><p>Dear Ren Okabe,</p><p>Congratulations on recertifying <b>AWS Certified Solutions Architect - Associate</b>.
Your new expiration date is June 10, 2027.</p><p>Candidate ID: AWS01938475</p></body></html>""")),
    "certification", False, None, "AWS01938475", "Recertification notice with candidate ID.",
    au=("certmetrics.com",))

msg("skill-builder-receipt", t("2024-11-05 12:00"),
    ("AWS Skill Builder", "no-reply@aws.training"), ME,
    "Your AWS Skill Builder subscription receipt",
    plain("""Thank you for your purchase.

Order: SB-2024-1105-883104
Individual subscription (monthly): USD 29.00
Next renewal: December 5, 2024

You can manage or cancel your subscription at any time from Account settings.

AWS Skill Builder
"""),
    "unrelated", False, None, "", "Training platform receipt.", au=("aws.training",))

# ---------------------------------------------------------------------------
# 2025: main merge case A and duplicate B
# ---------------------------------------------------------------------------

sA = SUBJ_TC.format(A, "account-assistance")
sB = SUBJ_TC.format(B, "account-assistance")
a_ack = """岡部 蓮 様

Amazon Web Services にお問い合わせいただきありがとうございます。ケース 174217538800271 を開きました。

ケースの詳細は以下のとおりです:

ケース ID: 174217538800271
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容:
  Use Case: I am no longer going to be an employee of Hoshizora Technologies and would like to
  merge my accounts.
  All email addresses you may have used in our system: r.okabe@hoshizora-tech.co.jp, ren.okabe.home@gmail.com
  The email address you would like to keep on file: ren.okabe.home@gmail.com
  Please merge the company account into my personal one.

通常24時間以内に担当者よりご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

Amazon Web Services
"""
msg("merge-case-opened-ja", t("2025-03-17 01:36:41", JST), TC, ME, sA, plain(a_ack, "iso-2022-jp", "7bit"),
    "acknowledgement", False, A, a_ack,
    "Japanese acknowledgement (ISO-2022-JP, 15-digit case) quoting the form text with 'Please merge'.",
    key="aack", au=("amazon.com",))

b_ack = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 174218100200318 to address your concern.

The details of your case are as follows:

Case ID: 174218100200318
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: Low
Correspondence: Use Case: leaving my employer, want my certifications on my personal account.
Emails used: r.okabe@hoshizora-tech.co.jp / ren.okabe.home@gmail.com. Keep: ren.okabe.home@gmail.com

We will get back to you as soon as possible, usually within 24 hours. If you have already opened a
case, please do not open another case for the same request.

Best regards,
Amazon Web Services
"""
msg("second-form-case-opened", t("2025-03-17 03:10:15"), TC, ME, sB, plain(b_ack, "utf-8", "base64"),
    "acknowledgement", False, B, b_ack,
    "Acknowledgement of a duplicate form submission (base64); a second case for the same request.",
    key="back", au=("amazon.com",))

msg("jira-ticket-resolved", t("2025-03-17 05:02"),
    ("Jira (Hoshizora Tech)", "jira@hoshizora-tech.atlassian.net"), CO,
    "[JIRA] (OPS-1289) Migrate CI runners to Graviton",
    plain("""Sora Kimura changed the status of OPS-1289 to Resolved.

Resolution: Done
Assignee: Ren Okabe

Please take over the follow-up items in OPS-1301 before your last day.

View issue: https://hoshizora-tech.atlassian.net/browse/OPS-1289
"""),
    "unrelated", False, None, "", "Jira 'Resolved' notification with a 'Please take over' line.",
    au=("atlassian.net",))

b_upd = """Hello,

This request is the same as case 174217538800271, which was opened about an hour and a half earlier
with the same details. To keep everything in one place I've attached this submission to that case;
the agent working on 174217538800271 has it and will continue from there.

You won't receive further messages on this reference.

Regards,
Tomás G.
AWS Training and Certification Customer Support
"""
msg("second-form-case-linked", t("2025-03-17 08:44"), TC, ME, sB, plain(b_upd),
    "case_update", False, B, b_upd,
    "Duplicate case folded into the first one: news only, names another case number in the body.",
    key="bupd", reply="back", au=("amazon.com",))

a_hold1 = """Hello Ren,

Thank you for your request to move your certifications to your personal account.

While reviewing the two certification accounts I noticed that the one registered with
r.okabe@hoshizora-tech.co.jp is associated with an AWS Partner Network (APN) organization,
Hoshizora Technologies Inc. Certifications held on a partner-associated account count towards the
partner's tier and program requirements, so we can't move them away from the partner while the
holder is still with that company, and the partner has to be told before anything changes.

This doesn't stop the merge, it only adds a step. In the meantime we need a short written statement
from you confirming that you are leaving Hoshizora Technologies, with the date your employment ends.
Once that is on the case I'll contact the partner's administrator and we can carry on.

Best regards,
Marcus L.
AWS Training and Certification Customer Support
"""
msg("merge-partner-account-hold", t("2025-03-18 00:05"), TC, ME, sA, plain(a_hold1, "utf-8", "quoted-printable"),
    "on_hold", True, A, a_hold1,
    "APN hold that also asks (buried 'we need a short written statement'); QP, CRLF.",
    key="ahold1", reply="aack", crlf=True, au=("amazon.com",))

a_rep1_own = """Hello Marcus,

I confirm that I am leaving Hoshizora Technologies. My last working day is 31 March 2025, and the
company mail address will be shut down on that day.
I have copied my manager, Mr. Tanabe, for reference.

Regards,
Ren Okabe
"""
a_rep1 = a_rep1_own + "\n2025年3月18日(火) 9:05 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:\n\n" + gq(a_hold1)
msg("merge-leaving-date-sent", t("2025-03-18 00:40", JST), (ME_NAME, ME), ("AWS Training and Certification", TC[1]),
    sA, plain(a_rep1, "utf-8", "8bit"),
    "user_reply", False, A, a_rep1_own,
    "Owner's reply from Gmail with a Japanese reply header over a quoted request; contains 'I confirm'.",
    cc=["m.tanabe@hoshizora-tech.co.jp"], key="arep1", reply="ahold1", au=("gmail.com",))

msg("manager-away-autoreply", t("2025-03-18 00:41", JST),
    ("田辺 誠", "m.tanabe@hoshizora-tech.co.jp"), ME,
    "自動応答: " + sA,
    plain("""お疲れさまです。田辺です。

3月18日(火)から3月21日(金)まで出張のため不在にしております。
メールは確認が遅れる場合がございます。
お急ぎの場合は、情報システム部 代表 (it-desk@hoshizora-tech.co.jp) までご連絡ください。

よろしくお願いいたします。
""", "iso-2022-jp", "7bit"),
    "unrelated", False, None, "", "Colleague's out-of-office auto-reply carrying the case subject (ISO-2022-JP).",
    subj_cs="iso-2022-jp", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    au=("hoshizora-tech.co.jp",))

a_hold2 = """Hello Ren,

Thank you, that's exactly what we needed.

I have now written to the AWS Partner Network administrator at Hoshizora Technologies to let them
know that your certification record will move off their partner profile. We are required to give a
partner three business days to respond, so the request stays parked until 21 March. If they raise
no objection by then, the merge goes ahead.

You don't need to send us anything else. I'll pick this back up as soon as the window closes.

Best regards,
Marcus L.
AWS Training and Certification Customer Support
"""
msg("merge-waiting-on-partner", t("2025-03-18 06:20"), TC, ME, sA, plain(a_hold2),
    "on_hold", False, A, a_hold2,
    "Hold waiting on the partner; asks nothing, but mentions 'respond', 'send', 'merge'.",
    key="ahold2", reply="arep1", au=("amazon.com",))

msg("phish-merge-verification", t("2025-03-19 13:22"),
    ("AWS Certification Support", "cases@aws-certsupport-center.com"), ME,
    "Action required: your certification account merge is pending verification",
    html("""<html><body><p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts. To protect your exam history, the
merge is <b>on hold</b> until you verify ownership of both accounts.</p>
<p><a href="https://aws-certsupport-center.com/verify?c=AWS0">Verify accounts now</a></p>
<p>If you do not verify within 48 hours your certifications will be permanently removed.</p>
<p>AWS Training and Certification Support Team</p></body></html>"""),
    "suspicious", False, None, "", "Lookalike domain phishing that mimics an on-hold/merge request (DKIM passes for its own domain).",
    au=("aws-certsupport-center.com",))

a_upd = """Hi Ren,

Quick status note: the partner's three-day window passed without any objection, so the hold on
your request is lifted. I've handed the merge to our records team, who will prepare a summary of both
accounts. The next message you get from us will have those details.

Best,
Marcus L.
AWS Training and Certification Customer Support
"""
msg("merge-hold-lifted", t("2025-03-21 07:30"), TC, ME, sA, plain(a_upd),
    "case_update", False, A, a_upd,
    "Short progress update that asks nothing; mentions 'hold' being lifted.",
    key="aupd", reply="ahold2", au=("amazon.com",))

a_conf_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hello Ren,</p>
<p>I'm Aiko from the records team and I'm taking over your request. Before anything is combined,
have a look at the two accounts we found:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#ffffff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>ren.okabe.home@gmail.com</td><td>r.okabe@hoshizora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>ren.okabe.home@gmail.com</td><td>r.okabe@hoshizora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>ren.okabe.home@gmail.com</td><td>r.okabe@hoshizora-tech.co.jp</td></tr>
<tr><td>Active certifications</td><td>0</td><td>3</td></tr>
<tr><td>Benefits</td><td>none</td><td>50% exam voucher</td></tr>
</table>
<p>Whichever account is kept will hold everything; the other is retired and its login stops
working. Which one should remain, Account #1 or Account #2?</p>
<p>Thanks,<br>Aiko N.<br>AWS Training and Certification &ndash; Certification Records</p>
<div style="border-top:1px solid #ccc;margin-top:18px;padding-top:6px;color:#555">
<p><b>From:</b> AWS Training and Certification<br><b>Sent:</b> 21 March 2025 07:30<br><b>Subject:</b> """ + sA + """</p>
<p>Hi Ren,</p><p>Quick status note: the partner's three-day window passed without any objection, so the hold on
your request is lifted. I've handed the merge to our records team, who will prepare a summary of both
accounts. The next message you get from us will have those details.</p><p>Best,<br>Marcus L.</p></div>
</body></html>"""
msg("merge-which-account-table", t("2025-03-21 23:58"), TC, ME, sA, html(a_conf_html),
    "confirmation_request", True, A, a_conf_html.split("border-top")[0],
    "HTML-only table of Account #1/#2; the ask is a bare question after the table; top-posted over history.",
    cc=[CO], key="aconf", reply="aupd", au=("amazon.com",))

msg("exam-reminder-pro", t("2025-03-24 09:00"),
    ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME,
    "Reminder: your AWS Certified Solutions Architect - Professional exam",
    plain("""Dear Ren Okabe,

This is a reminder of your upcoming exam.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Registration ID: 512044873
Date: Saturday, April 12, 2025, 10:00 JST
Delivery: OnVUE online proctored

Please run the system test before exam day and have your ID ready.

Pearson VUE
"""),
    "unrelated", False, None, "", "Exam-vendor reminder; 9-digit registration ID; imperative 'Please run'.",
    au=("pearson.com",))

a_fwd_own = """自分用メモ: 退職前に個人アドレスから返事すること。Account #1 を残す。

"""
a_fwd = a_fwd_own + """---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年3月22日(土) 8:58
Subject: """ + sA + """
To: <ren.okabe.home@gmail.com>
Cc: <r.okabe@hoshizora-tech.co.jp>

Hello Ren,

I'm Aiko from the records team and I'm taking over your request. Before anything is combined,
have a look at the two accounts we found:

                 Account #1                  Account #2
Login email      ren.okabe.home@gmail.com    r.okabe@hoshizora-tech.co.jp
Training email   ren.okabe.home@gmail.com    r.okabe@hoshizora-tech.co.jp
Cert. email      ren.okabe.home@gmail.com    r.okabe@hoshizora-tech.co.jp

Whichever account is kept will hold everything; the other is retired and its login stops
working. Which one should remain, Account #1 or Account #2?

Thanks,
Aiko N.
"""
msg("fwd-merge-table-to-self", t("2025-03-26 12:15", JST), ("Okabe Ren", CO), ME,
    "Fwd: " + sA, plain(a_fwd, "utf-8", "8bit"),
    "user_reply", False, A, a_fwd_own,
    "Owner forwards the confirmation request to himself with a Japanese self-note; the quoted ask is not new.",
    key="afwd", reply="aconf", au=("hoshizora-tech.co.jp",))

a_close = """Hello Ren,

Following up on the account summary I sent on 22 March. We don't yet have your choice on file.

Inactive cases are archived after five business days, and this one is scheduled for archiving on
31 March. Any reply on this thread before then keeps it open, and the accounts can be combined the
same day.

Thanks,
Aiko N.
AWS Training and Certification - Certification Records
"""
msg("merge-archive-scheduled", t("2025-03-27 00:10"), TC, ME, sA, plain(a_close),
    "closing_notice", True, A, a_close,
    "Closing notice worded as 'archived'/'scheduled for archiving'; no 'close', no 'please'.",
    cc=[CO], key="aclose", reply="aconf", au=("amazon.com",))

a_rep2_own = """Account #1 please.

Ren
"""
a_rep2 = a_rep2_own + """
________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年3月27日 9:10
宛先: ren.okabe.home@gmail.com <ren.okabe.home@gmail.com>
CC: Okabe Ren <r.okabe@hoshizora-tech.co.jp>
件名: """ + sA + "\n\n" + a_close
msg("merge-choice-from-work", t("2025-03-27 01:30", JST), ("Okabe Ren", CO), ("AWS Training and Certification", TC[1]),
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A,
    plain(a_rep2, "utf-8", "quoted-printable"),
    "user_reply", False, A, a_rep2_own,
    "Terse reply from the company (wrong) address; Outlook Japanese header block; 'RE: [CASE' variant.",
    cc=[ME], key="arep2", reply="aclose", crlf=True, au=None)

a_wrong = """Hi Ren,

Thanks for the quick answer. One snag: it came from r.okabe@hoshizora-tech.co.jp, which is the
login of Account #2, the account being retired. For account security we can only act on the choice
when it comes from the address of the account that is kept.

A one-line reply from ren.okabe.home@gmail.com saying the same is all it takes, and I'll combine
the accounts straight away.

Thanks,
Aiko N.
AWS Training and Certification - Certification Records
"""
msg("merge-choice-wrong-sender", t("2025-03-27 05:10"), TC, ME, sA, plain(a_wrong),
    "info_request", True, A, a_wrong,
    "Wrong-address request: ask phrased as 'A one-line reply from ... is all it takes'.",
    cc=[CO], key="awrong", reply="arep2", au=("amazon.com",))

a_rep3_own = """Hi Aiko,

Confirmed from my personal address: please keep Account #1 (ren.okabe.home@gmail.com) and merge
Account #2 into it.

Thank you,
Ren Okabe
"""
a_rep3 = a_rep3_own + "\nOn Thu, Mar 27, 2025 at 2:10 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:\n\n" + gq(a_wrong)
msg("merge-choice-from-personal", t("2025-03-27 06:02"), (ME_NAME, ME), ("AWS Training and Certification", TC[1]),
    "Re: which account to keep", plain(a_rep3),
    "user_reply", False, A, a_rep3_own,
    "Reply whose subject carries no case number: threaded only by In-Reply-To/References.",
    key="arep3", reply="awrong", au=("gmail.com",))

a_done_own = """Hi Ren,

Done. Account #2 has been folded into Account #1: your exam history, the three active
certifications and the 50% voucher now show when you sign in with ren.okabe.home@gmail.com, and the
hoshizora-tech.co.jp login has been switched off. Credly will re-send your badges to the personal
address over the next day.

There's nothing else you need to do on this one.

Thanks,
Aiko N.
AWS Training and Certification - Certification Records
"""
a_done = a_done_own + "\n-----Original Message-----\nFrom: AWS Training and Certification\nSent: 22 March 2025 08:58\nSubject: " + sA + """

Hello Ren,

Before anything is combined, have a look at the two accounts we found:

Account #1
Login email: ren.okabe.home@gmail.com
Training notification email: ren.okabe.home@gmail.com
Certification notification email: ren.okabe.home@gmail.com

Account #2
Login email: r.okabe@hoshizora-tech.co.jp
Training notification email: r.okabe@hoshizora-tech.co.jp
Certification notification email: r.okabe@hoshizora-tech.co.jp

Whichever account is kept will hold everything; the other is retired and its login stops
working. Which one should remain, Account #1 or Account #2?
"""
msg("merge-folded-into-personal", t("2025-03-27 09:40"), TC, ME, sA, plain(a_done, "utf-8", "quoted-printable"),
    "resolved", False, A, a_done_own,
    "Completion worded 'folded into' (no 'merged'); the full Account #1/#2 question is quoted below.",
    key="adone", reply="arep3", au=("amazon.com",))

msg("credly-badge-saa", t("2025-03-27 10:05"),
    ("Credly", "admin@credly.com"), ME,
    "Amazon Web Services Training and Certification sent you a badge",
    html("""<html><body><table width="600" style="font-family:Helvetica"><tr><td>
<p>Hi Ren,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<h3>AWS Certified Solutions Architect &ndash; Associate</h3>
<p><a href="https://www.credly.com/badges/0b6e5f1d-88a2-4c3e-b1a4-72d0c9e3f5aa/accept">Accept badge</a></p>
<p>Questions? Reply to this email or visit our support center.</p>
</td></tr></table></body></html>"""),
    "badge", False, None, "", "Credly badge, HTML-only, 'Reply to this email' in footer.", au=("credly.com",))

msg("credly-badge-dva", t("2025-03-27 10:06"),
    ("Credly", "admin@credly.com"), ME,
    "You've earned the AWS Certified Developer - Associate badge",
    alt(plain("""Hi Ren,

Your AWS Certified Developer - Associate badge from Amazon Web Services Training and Certification
is ready. Accept it to share it on LinkedIn and in your email signature:
https://www.credly.com/badges/9d1f33c0-5e77-4b8a-a6f2-0c4e1b2d7e91/accept

The Credly Team
"""), html("""<html><body><p>Hi Ren,</p><p>Your <b>AWS Certified Developer - Associate</b> badge is ready.</p>
<p><a href="https://www.credly.com/badges/9d1f33c0-5e77-4b8a-a6f2-0c4e1b2d7e91/accept">Accept</a></p></body></html>""")),
    "badge", False, None, "", "Second Credly badge; badge UUID is not a case number.", au=("credly.com",))

msg("merge-case-feedback", t("2025-03-28 02:00"), TC, ME,
    "We'd love your feedback on case 174217538800271",
    alt(plain("""Hello,

Thanks for contacting AWS Training and Certification. Please tell us how we did on case
174217538800271 by answering one question:

How likely are you to recommend AWS Training and Certification support to a colleague?
https://feedback.aws.training/nps?case=174217538800271

This survey takes less than a minute.
"""), html("""<html><body><p>Thanks for contacting AWS Training and Certification.</p>
<p>How likely are you to recommend us? <a href="https://feedback.aws.training/nps?case=174217538800271">Answer</a></p></body></html>""")),
    "survey", False, A, "", "Survey from the case sender, case number in subject and body.", au=("amazon.com",))

msg("spoofed-case-reverify", t("2025-03-28 11:47"), TC, ME,
    "RE:[CASE 174217538800271] Final step: re-verify your AWS Builder ID",
    plain("""Hello Ren,

To finish moving your certifications, we must re-verify the Builder ID linked to Account #1.
Sign in at https://aws-builderid-verify.support-case.net/login and reply to this email with the
6-digit code you receive. Unverified accounts are locked after 24 hours.

AWS Training and Certification Customer Support
"""),
    "suspicious", False, None, "",
    "Spoofed From amazon.com with the real case number in the subject; DKIM/SPF/DMARC fail.",
    au=("amazon.com", False))

msg("bounce-company-mailbox-gone", t("2025-04-02 01:15"),
    ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME,
    "Delivery Status Notification (Failure)",
    plain("""** Address not found **

Your message wasn't delivered to r.okabe@hoshizora-tech.co.jp because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

----- Original message -----
Subject: Fwd: """ + sA + """
From: Ren Okabe <ren.okabe.home@gmail.com>
To: r.okabe@hoshizora-tech.co.jp
"""),
    "unrelated", False, None, "", "Bounce after the company mailbox closed; case subject inside the bounce.",
    au=("googlemail.com",))

a_reopen_own = """Hi Aiko,

Thanks again for the quick work last week. One thing seems to be missing: the 50% exam voucher that
was on the company account doesn't show under Benefits on my personal account. Could you check?

Ren
"""
a_reopen = a_reopen_own + "\nOn Thu, Mar 27, 2025 at 6:40 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + gq(a_done_own)
msg("merge-voucher-missing", t("2025-04-03 00:22"), (ME_NAME, ME), ("AWS Training and Certification", TC[1]),
    sA, plain(a_reopen),
    "user_reply", False, A, a_reopen_own,
    "Owner reopens a finished case with a question to support (support is asked, not the owner).",
    key="areopen", reply="adone", au=("gmail.com",))

msg("other-vendor-ticket-closed", t("2025-04-03 06:30", JST),
    ("さくらインターネット サポートセンター", "support@sakura.ad.jp"), ME,
    "[お問い合わせ番号 #449201] お問い合わせのクローズについて",
    plain("""岡部 蓮 様

さくらインターネット サポートセンターです。
先日お送りしたご案内以降、ご返信をいただけておりませんので、本お問い合わせはクローズいたしました。

引き続きサポートが必要な場合は、本メールにそのままご返信ください。お問い合わせを再開いたします。

さくらインターネット株式会社 サポートセンター
""", "iso-2022-jp", "7bit"),
    "unrelated", False, None, "", "Another vendor's closing notice (ISO-2022-JP) with reopen-by-reply wording.",
    subj_cs="iso-2022-jp", au=("sakura.ad.jp",))

a_reopen_upd = """Hi Ren,

I've reopened case 174217538800271 for this. You're right: the voucher stayed attached to the
retired record when the accounts were combined. I've started moving it across; benefit transfers can
take up to two business days to show under Benefits. I'll confirm on this thread when it's visible.

Thanks,
Aiko N.
AWS Training and Certification - Certification Records
"""
msg("merge-case-reopened", t("2025-04-04 02:05"), TC, ME, sA, plain(a_reopen_upd),
    "case_update", False, A, a_reopen_upd,
    "Reopened case with progress only; 'I'll confirm' is the agent's commitment, not an ask.",
    key="areupd", reply="areopen", au=("amazon.com",))

a_done2 = """Hi Ren,

The 50% voucher (valid until 30 November 2025) now appears under Benefits on Account #1. I'm
closing the case again on our side; no action needed from you.

Thanks,
Aiko N.

How did we do? Rate this reply: https://feedback.aws.training/csat?case=174217538800271
"""
msg("merge-voucher-now-visible", t("2025-04-07 01:50"), TC, ME, sA,
    alt(plain(a_done2), html("<html><body><p>Hi Ren,</p><p>The 50% voucher (valid until 30 November 2025) now appears under Benefits on Account #1. I'm closing the case again on our side; no action needed from you.</p><p>Thanks,<br>Aiko N.</p><p style='font-size:10px'>How did we do? <a href='https://feedback.aws.training/csat?case=174217538800271'>Rate this reply</a></p></body></html>")),
    "resolved", False, A, a_done2,
    "Resolution saying 'I'm closing the case' (could be misread as a closing notice) with a rating footer.",
    key="adone2", reply="areupd", au=("amazon.com",))

msg("certmetrics-email-changed", t("2025-04-10 15:00"),
    ("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "Your AWS Certification Account email address was updated",
    plain("""Hello Ren Okabe,

The primary email address on your AWS Certification Account has been updated to
ren.okabe.home@gmail.com. Future certification notices will be sent to this address.

If you did not make this change, contact AWS Training and Certification.

AWS Certification
"""),
    "certification", False, None, "", "CertMetrics account notice following the merge.", au=("certmetrics.com",))

# ---------------------------------------------------------------------------
# 2025: case E (two accounts on the same address), Japanese agent
# ---------------------------------------------------------------------------

sE = SUBJ_TC.format(E, "account-assistance")
e_ack = """Hi there,

This is an automated note to say your request is in our queue as case 174704784500904.

Someone from the certification team typically picks up new requests within one business day.
Sending the same request again creates a second case and slows things down, so hang tight.

If there's something you forgot to include, you can add it by replying to this message.

AWS Training and Certification
"""
msg("same-address-request-queued", t("2025-05-12 11:04:20"), TC, ME, sE, plain(e_ack),
    "acknowledgement", False, E, e_ack,
    "Acknowledgement in unusual wording ('in our queue as case'); conditional reply invitation.",
    key="eack", au=("amazon.com",))

e_req = """岡部 蓮 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
お問い合わせいただき、誠にありがとうございます。

確認いたしましたところ、同一のメールアドレス ren.okabe.home@gmail.com に紐づく認定アカウントが 2 件見つかりました。
いずれのアカウントにも試験履歴が登録されているため、統合先を誤ると履歴が正しく表示されなくなるおそれがございます。

つきましては、どちらのアカウントを残すべきか判断するため、それぞれの AWS 候補 ID (AWS から始まる 8 桁の番号) をお知らせいただけますでしょうか。
候補 ID は、各アカウントで CertMetrics にサインインした後、画面右上に表示されます。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
佐藤
"""
msg("same-address-candidate-ids-ja", t("2025-05-13 06:20"), ("AWS トレーニングと認定", TC[1]), ME, sE,
    plain(e_req, "shift_jis", "8bit"),
    "info_request", True, E, e_req,
    "Japanese keigo request (〜いただけますでしょうか) after explanation; Shift_JIS 8bit; CRLF.",
    key="ereq", reply="eack", crlf=True, au=("amazon.com",))

e_rep_own = """佐藤様

ご連絡ありがとうございます。候補IDは以下のとおりです。

(1) AWS02231874  普段使っているアカウント
(2) AWS09914402  誤って作成してしまったアカウント

(2) を (1) に統合していただけますと幸いです。

岡部
"""
e_rep = e_rep_own + "\n2025年5月13日(火) 15:20 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:\n\n" + gq(e_req)
msg("same-address-ids-sent-ja", t("2025-05-13 12:48", JST), ("岡部 蓮", ME), ("AWS トレーニングと認定", TC[1]),
    sE, plain(e_rep, "utf-8", "8bit"),
    "user_reply", False, E, e_rep_own,
    "Owner's Japanese reply listing two candidate IDs; UTF-8 8bit; Gmail Japanese quote header.",
    key="erep", reply="ereq", au=("gmail.com",))

msg("builder-id-signin-code-ja", t("2025-05-14 02:11"),
    ("AWS", "no-reply@login.awsapps.com"), ME,
    "AWS Builder ID の確認コード",
    plain("""こんにちは

AWS Builder ID へのサインインを完了するには、次の確認コードを入力してください。

確認コード: 552917

このコードの有効期限は 10 分です。このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
""", "utf-8", "base64"),
    "unrelated", False, None, "", "Japanese Builder ID code (base64), 6-digit code.", au=("login.awsapps.com",))

e_conf_html = """<html><head><meta charset="utf-8"></head><body>
<p>岡部 蓮 様</p>
<p>候補 ID のご連絡ありがとうございました。統合の対象となるアカウントは以下のとおりです。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>アカウント 1</th><th>アカウント 2</th></tr>
<tr><td>AWS 候補 ID</td><td>AWS02231874</td><td>AWS09914402</td></tr>
<tr><td>ログインメールアドレス</td><td>ren.okabe.home@gmail.com</td><td>ren.okabe.home@gmail.com</td></tr>
<tr><td>有効な認定</td><td>4</td><td>1</td></tr>
<tr><td>統合後</td><td>残す</td><td>無効化</td></tr>
</table>
<p>アカウント 2 の認定と試験履歴をアカウント 1 に移し、アカウント 2 は無効化する、という理解で相違ないでしょうか。</p>
<p>AWS トレーニングと認定 カスタマーサポート<br>佐藤</p>
</body></html>"""
msg("same-address-plan-table-ja", t("2025-05-15 01:33"), ("AWS トレーニングと認定", TC[1]), ME, sE,
    html(e_conf_html, "utf-8", "base64"),
    "confirmation_request", True, E, e_conf_html,
    "Japanese HTML-only table (base64); the merge confirmation is a bare question (相違ないでしょうか).",
    key="econf", reply="erep", au=("amazon.com",))

e_close = """岡部 蓮 様

5月15日にお送りしたメールについて、まだご返信をいただいておりません。
5月27日までにご返信がない場合、本ケースは自動的にクローズされます。

手続きを続ける場合は、このメールに返信してください。

AWS トレーニングと認定 カスタマーサポート
佐藤
"""
msg("same-address-auto-close-ja", t("2025-05-22 00:30"), ("AWS トレーニングと認定", TC[1]), ME, sE,
    plain(e_close, "iso-2022-jp", "7bit"),
    "closing_notice", True, E, e_close,
    "Japanese closing notice with plain 〜ください (ISO-2022-JP).",
    key="eclose", reply="econf", au=("amazon.com",), subj_cs="iso-2022-jp")

e_rep2_own = """佐藤様

返信が遅くなり申し訳ありません。
はい、その内容で問題ありません。アカウント1を残す形で統合をお願いいたします。

岡部
"""
e_rep2 = e_rep2_own + "\n2025年5月22日(木) 9:30 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:\n\n" + gq(e_close)
msg("same-address-go-ahead-ja", t("2025-05-22 03:05"), ("岡部 蓮", ME), ("AWS トレーニングと認定", TC[1]),
    sE, plain(e_rep2, "utf-8", "8bit"),
    "user_reply", False, E, e_rep2_own,
    "Japanese owner reply over a quoted closing notice.",
    key="erep2", reply="eclose", au=("gmail.com",))

e_hold = """岡部 蓮 様

ご返信いただきありがとうございます。

アカウント 2 に登録されている認定には Credly のデジタルバッジが発行済みのため、統合の前に Credly 側でバッジの付け替えの準備が必要となります。
現在、Credly のサポートチームに依頼を行い、先方からの回答を待っている状況でございます。

先方から回答があり次第作業を進め、改めてご連絡いたします。
現時点で岡部様にご対応いただくことはございません。

AWS トレーニングと認定 カスタマーサポート
佐藤
"""
msg("same-address-waiting-credly-ja", t("2025-05-23 05:40"), ("AWS トレーニングと認定", TC[1]), ME, sE,
    plain(e_hold, "utf-8", "8bit"),
    "on_hold", False, E, e_hold,
    "Japanese hold waiting on a third party (Credly) that asks nothing.",
    key="ehold", reply="erep2", au=("amazon.com",))

msg("certification-survey-ja", t("2025-05-26 15:00"),
    ("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "AWS 認定に関するアンケートへのご協力のお願い",
    alt(plain("""岡部 蓮 様

AWS 認定をご取得いただきありがとうございます。
今後の試験改善のため、5 分ほどのアンケートにご協力いただけますと幸いです。

アンケートに回答する: https://survey.certmetrics.com/aws/2025-ja?id=AWS02231874

回答期限: 2025年6月15日

AWS 認定
""", "utf-8", "quoted-printable"), html("""<html><body><p>岡部 蓮 様</p><p>今後の試験改善のため、5 分ほどのアンケートにご協力いただけますと幸いです。</p>
<p><a href="https://survey.certmetrics.com/aws/2025-ja?id=AWS02231874">アンケートに回答する</a></p></body></html>""")),
    "certification", False, None, "id=AWS02231874",
    "Japanese certification-program survey in keigo (〜いただけますと幸いです) from CertMetrics.",
    au=("certmetrics.com",))

e_done = """岡部 蓮 様

お待たせいたしました。Credly 側の準備が整いましたので、アカウント 2 (AWS09914402) の認定と試験履歴をアカウント 1 (AWS02231874) に移し、アカウント 2 を無効化いたしました。
今後はアカウント 1 でサインインいただければ、すべての認定をご確認いただけます。バッジは Credly から改めて通知が届きます。

ご不明な点がございましたら、このメールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
佐藤
"""
msg("same-address-done-ja", t("2025-05-28 02:10"), ("AWS トレーニングと認定", TC[1]), ME, sE,
    plain(e_done, "utf-8", "8bit"),
    "resolved", False, E, e_done,
    "Japanese completion without 統合完了/merged; conditional 〜がございましたら…ご返信ください.",
    key="edone", reply="ehold", au=("amazon.com",))

msg("credly-badge-reissued", t("2025-05-28 02:40"),
    ("Credly", "admin@credly.com"), ME,
    "Your AWS Certified Security - Specialty badge is waiting for you",
    html("""<html><body><p>Hi Ren,</p><p>Amazon Web Services Training and Certification issued you
<b>AWS Certified Security &ndash; Specialty</b>.</p>
<p><a href="https://www.credly.com/badges/3ac9e0b4-1f62-4d8e-9b70-55e1c2a8d413/accept">Accept your badge</a> to start sharing it.</p>
</body></html>""", "utf-8", "base64"),
    "badge", False, None, "", "Credly badge, HTML-only base64.", au=("credly.com",))

msg("same-address-survey-ja", t("2025-05-30 01:00"), ("AWS トレーニングと認定", TC[1]), ME,
    "サポートの対応はいかがでしたか? (ケース ID: 174704784500904)",
    plain("""岡部 蓮 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただきありがとうございました。
今回の対応について、1 分程度のアンケートにご回答いただけますでしょうか。

https://feedback.aws.training/ja/csat?case=174704784500904

今後のサービス向上に役立てさせていただきます。
""", "shift_jis", "base64"),
    "survey", False, E, "", "Japanese survey that asks in keigo (〜いただけますでしょうか) but is only a rating request; Shift_JIS base64.",
    au=("amazon.com",))

# ---------------------------------------------------------------------------
# 2025: console case F (15 digits)
# ---------------------------------------------------------------------------

f_ack = """Dear AWS customer,

Thank you for contacting AWS Support. We've opened a case for you.

Case ID: 174893880000155
Subject: Builder ID sign-in opens the wrong certification dashboard
Severity: General guidance
Account: 309127744018

To view or update the case, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174893880000155&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Sincerely,
Amazon Web Services
"""
msg("console-signin-case-created", t("2025-06-03 08:20:11"), CONSOLE, ME,
    "Amazon Web Services: New Support case: 174893880000155", plain(f_ack),
    "acknowledgement", False, F, f_ack, "Console acknowledgement with a 15-digit case and 12-digit account.",
    key="fack", crlf=True, au=("amazon.com",))

sF = "RE:[CASE 174893880000155] Builder ID sign-in opens the wrong certification dashboard [AWS ID 309127744018]"
f_req = """Hello,

Thanks for the detail in your description, it helps.

Two things will tell me where the sign-in is being routed. Which email address does your Builder ID
profile show under "Account"? And after signing in, does the certification dashboard show
AWS02231874 at the top right, or a different candidate ID?

You can answer directly on the case page.

Regards,
Kenji H.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the
AWS Support Center.

To see the case or reply, open: https://console.aws.amazon.com/support/home#/case/?displayId=174893880000155&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
msg("console-signin-two-questions", t("2025-06-03 11:00"), CONSOLE, ME, sF,
    alt(plain(f_req), html("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in f_req.split("\n\n")) + "</body></html>")),
    "info_request", True, F, f_req.split("We value your feedback")[0],
    "Console request made of bare questions, no 'please'; answer in the case page; feedback footer.",
    key="freq", reply="fack", au=("amazon.com",))

msg("monthly-invoice-may-ja", t("2025-06-04 11:30"),
    ("Amazon Web Services", "aws-billing@amazon.com"), ME,
    "Amazon Web Services 請求書のお知らせ [AWS ID 309127744018]",
    alt(plain("""Amazon Web Services をご利用いただきありがとうございます。

2025年5月分の請求書が発行されました。

アカウント ID: 309127744018
請求金額: USD 12.40

詳細は請求とコスト管理コンソールでご確認ください。

Amazon Web Services
"""), html("""<html><body><p>2025年5月分の請求書が発行されました。</p><p>アカウント ID: 309127744018<br>請求金額: USD 12.40</p></body></html>""")),
    "unrelated", False, None, "", "Japanese billing mail with the account ID that also appears on the console case.",
    au=("amazon.com",))

f_upd = """Hello,

Thank you for the answers you posted. They showed that your Builder ID was still mapped to the
retired certification record. I've corrected the mapping; the change can take up to 24 hours to
propagate, and I'll check tomorrow that it has taken effect before getting back to you.

Regards,
Kenji H.
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
msg("console-signin-mapping-fixed", t("2025-06-05 02:45"), CONSOLE, ME, sF, plain(f_upd, "utf-8", "quoted-printable"),
    "case_update", False, F, f_upd,
    "Console progress update that asks nothing; the fix is in but not yet verified.",
    key="fupd", reply="freq", au=("amazon.com",))

f_done = """Hello,

I checked this morning: your Builder ID now lands on the AWS02231874 dashboard, with all four
certifications listed. As there's nothing outstanding, I'll set the case to resolved. If the old
dashboard ever shows up again, you can reopen the case from the Support Center within 14 days.

Regards,
Kenji H.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the
AWS Support Center.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
msg("console-signin-verified", t("2025-06-06 01:10"), CONSOLE, ME, sF, plain(f_done),
    "resolved", False, F, f_done.split("We value your feedback")[0],
    "Console resolution; reopen-if-needed and rating footer are not asks.",
    key="fdone", reply="fupd", au=("amazon.com",))

msg("console-signin-rating", t("2025-06-07 01:10"),
    ("AWS Support", "no-reply-aws@amazon.com"), ME,
    "Tell us about your recent support case 174893880000155",
    plain("""Hello,

You recently worked with AWS Support on case 174893880000155. Could you spare 30 seconds to rate
the experience?

https://console.aws.amazon.com/support/feedback?caseId=174893880000155

Amazon Web Services
"""),
    "survey", False, F, "", "Console survey phrased as a question ('Could you spare 30 seconds').",
    au=("amazon.com",))

msg("phish-credly-revoke", t("2025-06-10 18:03"),
    ("Credly Badges", "notify@credly-badge-center.net"), ME,
    "Your AWS Certified badge will be revoked",
    html("""<html><body><p>Dear badge holder,</p>
<p>Due to a recent AWS Certification account merge, your badge <b>AWS Certified Solutions Architect &ndash; Associate</b>
could not be verified and will be revoked in 24 hours.</p>
<p><a href="https://credly-badge-center.net/retain?ref=8841c2">Keep my badge</a></p>
<p>Credly Support</p></body></html>"""),
    "suspicious", False, None, "", "Credly lookalike domain referencing the merge.",
    au=("credly-badge-center.net",))

msg("atlassian-support-resolved", t("2025-06-12 04:20"),
    ("Atlassian Support", "support@atlassian.com"), ME,
    "[JST-88213] Your request has been resolved",
    plain("""Hi Ren,

Your request JST-88213 "Cannot transfer Jira Cloud license to personal account" has been resolved.

If the problem comes back, reply to this email within 7 days to reopen the request.
Otherwise no further action is required.

Atlassian Support
"""),
    "unrelated", False, None, "", "Another vendor's 'resolved' about moving a licence to a personal account.",
    au=("atlassian.com",))

msg("certification-expiry-90d", t("2025-06-15 15:00"),
    ("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "Reminder: your AWS Certified Developer - Associate expires in 90 days",
    plain("""Hello Ren Okabe,

Your AWS Certified Developer - Associate certification expires on September 13, 2025.
Candidate ID: AWS02231874

Recertify before the expiration date to keep your certification active. A 50% discount is
available under Benefits.

AWS Certification
"""),
    "certification", False, None, "Candidate ID: AWS02231874", "Expiry reminder with candidate ID.",
    au=("certmetrics.com",))


# ---------------------------------------------------------------------------
# writer
# ---------------------------------------------------------------------------

CID = re.compile(r"AWS\d{8}(?!\d)")


def cids(text):
    seen = []
    for m in CID.findall(text):
        if m not in seen:
            seen.append(m)
    return seen


def mid(i, m):
    dom = m["idom"]
    frm = m["frm"] if isinstance(m["frm"], str) else m["frm"][1]
    if dom is None:
        d = frm.split("@")[1]
        dom = "email.amazonses.com" if d.endswith("amazon.com") else ("mail.gmail.com" if d == "gmail.com" else d)
    h = hashlib.sha1(("%d%s" % (i, m["slug"])).encode()).hexdigest()
    if dom == "mail.gmail.com":
        return "<CA+%s%s@mail.gmail.com>" % (h[:20], h[20:32].upper())
    if dom == "email.amazonses.com":
        return "<0106%s-%s-000000@email.amazonses.com>" % (h[:16], h[16:24])
    return "<%s.%s@%s>" % (h[:16], h[16:28], dom)


def main():
    for f in os.listdir(OUT):
        if re.match(r"\d{3}-.*\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(MSGS, 1):
        msgid = mid(i, m)
        if m["key"]:
            IDS[m["key"]] = msgid
        hdrs = []
        rcpt = m["to"] if isinstance(m["to"], str) else m["to"][1]
        sender = m["frm"] if isinstance(m["frm"], str) else m["frm"][1]
        cc = m["cc"] or []
        if rcpt in (ME, CO):
            box = rcpt
        elif ME in cc:
            box = ME
        elif CO in cc:
            box = CO
        else:
            box = sender if sender in (ME, CO) else ME
        hdrs.append(("Delivered-To", box))
        au = m["au"]
        if au == "default":
            au = ("amazon.com",)
        if au:
            ok = au[1] if len(au) > 1 else True
            mailfrom = "amazonses.com" if au[0] == "amazon.com" and ok else au[0]
            hdrs.append(("Authentication-Results", auth(box, au[0], ok, mailfrom=mailfrom)))
        hdrs.append(("Received", "from mail-out.%s (mail-out.%s [54.240.8.%d])\n        by mx.%s with ESMTPS id x%d\n        for <%s>; %s"
                     % ((m["frm"] if isinstance(m["frm"], str) else m["frm"][1]).split("@")[1],
                        (m["frm"] if isinstance(m["frm"], str) else m["frm"][1]).split("@")[1], 10 + i,
                        "google.com" if box == ME else "protection.outlook.com", 1000 + i, box,
                        format_datetime(m["date"]))))
        hdrs.append(("From", addr(m["frm"])))
        hdrs.append(("To", addr(m["to"])))
        if m["cc"]:
            hdrs.append(("Cc", ", ".join(m["cc"])))
        hdrs.append(("Subject", hv(m["subj"], m["subj_cs"])))
        hdrs.append(("Date", format_datetime(m["date"])))
        hdrs.append(("Message-ID", msgid))
        if m["reply"]:
            parent = IDS[m["reply"]]
            refs = REFS.get(m["reply"], []) + [parent]
            REFS[m["key"]] = refs
            hdrs.append(("In-Reply-To", parent))
            hdrs.append(("References", "\n ".join(refs)))
        elif m["key"]:
            REFS[m["key"]] = []
        for k, v in m["extra"]:
            hdrs.append((k, v))
        hdrs.append(("MIME-Version", "1.0"))
        phead, pbody = render(m["body"])
        head = "".join("%s: %s\n" % (k, v) for k, v in hdrs) + phead
        raw = head.encode("ascii") + b"\n" + pbody
        if m["crlf"]:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        name = "%03d-%s" % (i, m["slug"])
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(raw)
        label = {"kind": m["kind"], "needs_reply": m["nr"], "case": m["case"], "candidate_ids": cids(m["own"])}
        if m["kind"] in ("unrelated", "suspicious"):
            assert m["case"] is None
        with open(os.path.join(OUT, name + ".json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((name, label, m["note"]))
    write_readme(rows)
    print("wrote %d messages" % len(rows))


def write_readme(rows):
    from collections import Counter
    kinds = Counter(r[1]["kind"] for r in rows)
    nr = sum(1 for r in rows if r[1]["needs_reply"])
    lines = ["me: %s %s" % (ME, CO), "",
             "# blind-44: held-out corpus (one mailbox, 2021-2025)", "",
             "Owner: Ren Okabe (岡部 蓮). Personal address %s, company address %s (Hoshizora Technologies," % (ME, CO),
             "an APN partner; the company mailbox closes on 31 March 2025). Regenerate with `python3 gen.py`.", "",
             "## Cases", "",
             "| case | digits | channel | story |", "|---|---|---|---|",
             "| %s | 10 | T&C form, company address (2021) | missing Credly badge: ack, candidate-ID request, reply, badge re-sent, survey |" % T1,
             "| %s | 11 | T&C form, company address (2023) | name correction: unusual ack, hedged ID-document request, closed-for-no-answer notice, reply reopens, done |" % G,
             "| %s | 11 | Support Center console (2023) | voucher at checkout: ack, request to answer in console, auto-resolve warning, hold on ops team, done, survey |" % C,
             "| %s | 15 | T&C form, personal address (2025) | the merge: Japanese ack, APN hold with ask, hold without ask, progress, Account #1/#2 table, archiving notice, reply from wrong address, wrong-address request, reply without case in subject, done, reopened for voucher, done again |" % A,
             "| %s | 15 | T&C form (2025) | duplicate form submission of the same request; folded into %s |" % (B, A),
             "| %s | 15 | T&C form, Japanese agent (2025) | two accounts on one address: ack, keigo candidate-ID request, confirmation table, closing notice, hold on Credly, done, survey |" % E,
             "| %s | 15 | Support Center console (2025) | Builder ID routed to wrong record: ack, bare questions, progress, done, survey |" % F,
             "",
             "Numbers that are not cases: account IDs 482910375566 / 309127744018, Pearson VUE registration IDs 487302915 / 512044873, one-time codes 318604 / 552917, Credly badge UUIDs.",
             "",
             "Counts: %d messages; needs_reply true: %d; %s" % (len(rows), nr, ", ".join("%s %d" % kv for kv in sorted(kinds.items()))),
             "", "## Messages", "",
             "| file | kind | reply? | case | what makes it hard |", "|---|---|---|---|---|"]
    for name, lab, note in rows:
        lines.append("| %s | %s | %s | %s | %s |" % (name, lab["kind"], "yes" if lab["needs_reply"] else "no",
                                                 lab["case"] or "-", note.replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
