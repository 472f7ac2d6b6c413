#!/usr/bin/env python3
"""Generate a blind held-out corpus: one mailbox (personal + old company address)."""
import base64, hashlib, json, os, quopri
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "k.tachibana.home@gmail.com"
ME_C = "kenta.tachibana@hoshizora-sys.co.jp"
ME_NAME = "Kenta Tachibana"
TC = "aws-cs-trainingcertification-form@amazon.com"
TCF = "AWS Training and Certification <%s>" % TC
CON = "Amazon Web Services <no-reply-aws@amazon.com>"
D, C, A, B, E = "8839201745", "12984470312", "174206331800417", "174206402900733", "174437290100592"
ACCT = "483920117765"          # 12-digit AWS account id (not a case)
REG = "472918305"              # 9-digit Pearson VUE registration id
ID_P, ID_DUP, ID_C, ID_SSO = "AWS01573390", "AWS01940027", "AWS02288451", "AWS03391208"
TCSUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
MIDS = {}

def mid(n, dom):
    h = hashlib.sha1(("blind74-%d" % n).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:20].upper(), h[20:32], dom)

def auth(to, dom, ok=True, dkim_ok=None, mailfrom=None):
    mailfrom = mailfrom or ("bounces." + dom)
    d = "pass" if (ok if dkim_ok is None else dkim_ok) else "fail"
    m = "pass" if ok else "fail"
    if to == ME_P or to.endswith("gmail.com"):
        return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=sel1 header.b=Qx7Lm2aB;\n"
                "       spf=%s (google.com: domain of %s designates 54.240.8.21 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s") % (
            d, dom, "pass" if ok else "softfail", mailfrom, mailfrom, m,
            "QUARANTINE", "QUARANTINE", "NONE" if ok else "QUARANTINE", dom)
    return ("spf=%s (sender IP is 54.240.8.21)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s reason=%s") % (
        "pass" if ok else "fail", mailfrom, "pass" if d == "pass" else "fail", dom, m,
        "none" if ok else "quarantine", dom, "pass" if ok else "fail", "100" if ok else "000")

def add(slug, kind, needs, case, ids, frm, to, subj, date, text=None, html=None, charset="utf-8",
        cte="8bit", crlf=False, irt=None, refs=None, extra=None, au=None, dom="amazonses.com",
        cc=None, note=""):
    n = len(MSGS) + 1
    MSGS.append(dict(n=n, slug=slug, kind=kind, needs=needs, case=case, ids=ids, frm=frm, to=to,
                     subj=subj, date=date, text=text, html=html, charset=charset, cte=cte,
                     crlf=crlf, irt=irt, refs=refs, extra=extra or [], au=au, dom=dom, cc=cc,
                     note=note))
    MIDS[n] = mid(n, dom)
    return n

def hdr(s, charset):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, charset if charset != "shift_jis" else "utf-8").encode()

def addr(a, charset):
    if "<" in a:
        name, rest = a.rsplit("<", 1)
        name = name.strip().strip('"')
        try:
            name.encode("ascii"); return a
        except UnicodeEncodeError:
            return "%s <%s" % (Header(name, "utf-8").encode(), rest)
    return a

def body_part(ctype, text, charset, cte):
    raw = text.encode(charset)
    h = "Content-Type: %s; charset=\"%s\"\n" % (ctype, charset)
    if cte == "base64":
        payload = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
        if not payload.endswith(b"\n"): payload += b"\n"
    else:
        payload = raw if raw.endswith(b"\n") else raw + b"\n"
    h += "Content-Transfer-Encoding: %s\n" % cte
    return h.encode("ascii"), payload

def render(m):
    cs = m["charset"]
    lines = []
    if m["au"]:
        lines.append("Authentication-Results: " + m["au"])
    lines += ["Message-ID: " + MIDS[m["n"]], "Date: " + m["date"],
              "From: " + addr(m["frm"], cs), "To: " + addr(m["to"], cs)]
    if m["cc"]: lines.append("Cc: " + m["cc"])
    lines.append("Subject: " + hdr(m["subj"], cs))
    if m["irt"]:
        lines.append("In-Reply-To: " + MIDS[m["irt"]])
        refs = m["refs"] or [m["irt"]]
        lines.append("References: " + "\n ".join(MIDS[r] for r in refs))
    lines += m["extra"]
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode("ascii")
    if m["text"] is not None and m["html"] is not None:
        bnd = "=_alt_%s" % hashlib.md5(str(m["n"]).encode()).hexdigest()[:16]
        out = head + ("Content-Type: multipart/alternative; boundary=\"%s\"\n\n" % bnd).encode()
        out += b"This is a multi-part message in MIME format.\n"
        for ct, t in (("text/plain", m["text"]), ("text/html", m["html"])):
            h, p = body_part(ct, t, cs, m["cte"])
            out += ("\n--%s\n" % bnd).encode() + h + b"\n" + p
        out += ("\n--%s--\n" % bnd).encode()
    else:
        ct, t = ("text/html", m["html"]) if m["html"] is not None else ("text/plain", m["text"])
        h, p = body_part(ct, t, cs, m["cte"])
        out = head + h + b"\n" + p
    if m["crlf"]:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out

def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))

CON_FOOTER = """
To see all of the correspondence for this case or to reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, use the link above.

We value your feedback. Please share your experience by rating this and other correspondences
in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right
corner of the correspondence.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services
Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

# ====================================================================== 2021
add("exam-booking-2021", "unrelated", False, None, [],
    "Pearson VUE <pearsonvuecustomerservice@pearson.com>", ME_P,
    "Pearson VUE Confirmation of Booking", "Tue, 06 Apr 2021 11:02:14 +0000",
    text="""Dear Kenta Tachibana,

Thank you for scheduling your AWS Certified Developer - Associate exam with Pearson VUE.

Registration ID: %s
Exam: DVA-C01 AWS Certified Developer - Associate
Appointment: Saturday, April 24, 2021 at 10:00 AM Japan Standard Time
Location: OnVUE online proctored

Please review the appointment details above. If anything is incorrect, or you need to
reschedule, please sign in to your Pearson VUE web account at least 24 hours before your
appointment. Do not reply to this message.

Sincerely,
Pearson VUE
""" % REG, au=auth(ME_P, "pearson.com"), dom="pearson.com",
    note="Exam vendor booking; 9-digit registration ID and 'please review' wording; not a case.")

add("certmetrics-achieved-2021", "certification", False, None, [ID_DUP],
    "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
    "Congratulations, you are now AWS Certified!", "Thu, 29 Apr 2021 03:17:40 +0000",
    text="""Hello Kenta,

Congratulations! You have successfully completed the AWS Certified Developer - Associate exam.

Candidate ID: %s
Validation Number: 7KQ2MN1DL2E41W3X
Achieved: 2021-04-24  Expires: 2024-04-24

Your digital badge will be issued through Credly within a few days. Log in to your AWS
Certification Account to download your certificate and view your benefits.

Regards,
AWS Training and Certification
""" % ID_DUP, au=auth(ME_P, "certmetrics.com"), dom="certmetrics.com",
    note="Certification notice with a candidate ID (which belongs to a duplicate account).")

add("acclaim-earned-2021", "badge", False, None, [],
    "Credly <admin@youracclaim.com>", ME_P,
    "Kenta, you've earned a badge from Amazon Web Services Training and Certification",
    "Mon, 03 May 2021 18:44:09 +0000",
    html="""<html><body style="font-family:Arial">
<p>Hi Kenta,</p>
<p>Congratulations! <b>Amazon Web Services Training and Certification</b> has issued you the
<b>AWS Certified Developer &ndash; Associate</b> badge.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/1b7c0d8e-22f4-4a9e-8f0c-9e7b6a2d41aa">Accept your badge</a></p>
<p>Accepting lets you share it on LinkedIn and elsewhere. Questions? Visit our help center.</p>
<p style="color:#888">Credly, Inc. &middot; 1 Liberty Plaza, New York, NY</p>
</body></html>""", au=auth(ME_P, "youracclaim.com"), dom="youracclaim.com",
    note="Old Acclaim sender; HTML-only; 'Accept your badge' is a call to action but not support.")

ackD = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your
inquiry. The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: Normal
Correspondence: I seem to have two certification accounts under the same e-mail address and my
new Developer badge does not show up in Credly. Could you merge them?

We will respond to your inquiry usually within 24 hours. If you have already opened a case,
please do not open another case for the same request, as it may delay our response.

If you have additional information to add to this case, please reply to this e-mail.

Best regards,
Amazon Web Services
""" % (D, D)
n_ackD = add("form-receipt-a", "acknowledgement", False, D, [], TCF, ME_P, TCSUBJ % D,
    "Wed, 12 May 2021 09:21:55 +0000", text=ackD, au=auth(ME_P, "amazon.com"),
    note="Classic ack; 10-digit case; ends with a conditional 'reply to this e-mail' (not a request).")

confD_html = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Kenta,</p>
<p>My name is Maria and I'll be helping with your case today.</p>
<p>I located two AWS Certification accounts that use the same login e-mail. This is why your most
recent certification is not reaching Credly: the badge was issued to the second account.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certifications</td><td>AWS Certified Cloud Practitioner</td><td>AWS Certified Developer &ndash; Associate</td></tr>
</table>
<p>Please confirm which account you would like to retain. All history from the other account will be
moved into it and the other account will be deactivated.</p>
<p>Kind regards,<br>Maria G.<br>AWS Training and Certification Customer Support</p>
</body></html>""" % (ID_P, ID_DUP, ME_P, ME_P, ME_P, ME_P, ME_P, ME_P)
n_confD = add("acct-table-a", "confirmation_request", True, D, [ID_P, ID_DUP], TCF, ME_P, TCSUBJ % D,
    "Thu, 13 May 2021 14:05:31 +0000", html=confD_html, cte="quoted-printable",
    irt=n_ackD, au=auth(ME_P, "amazon.com"),
    note="HTML-only, table of Account #1/#2 with candidate IDs; request below the table.")

closeD = """Hello Kenta,

I'm following up on my previous message regarding your AWS Certification accounts.

We have not yet received your reply. If we don't hear from you within 3 business days, this case
will be closed. Simply respond to this e-mail to keep it open - we just need to know which account
(#1 or #2) you would like to keep.

Kind regards,
Maria G.
AWS Training and Certification Customer Support
"""
n_closeD = add("followup-a", "closing_notice", True, D, [], TCF, ME_P, TCSUBJ % D,
    "Mon, 17 May 2021 13:40:02 +0000", text=closeD, crlf=True, irt=n_confD,
    refs=[n_ackD, n_confD], au=auth(ME_P, "amazon.com"),
    note="Closing warning, CRLF; reply keeps the case open.")

replyD = """Hi Maria,

Sorry for the late reply. Please merge Account #2 (%s) into Account #1 (%s) and keep
Account #1.

Thanks,
Kenta Tachibana

On Mon, May 17, 2021 at 10:40 PM AWS Training and Certification <%s> wrote:
%s
""" % (ID_DUP, ID_P, TC, q(closeD))
n_repD = add("reply-a1", "user_reply", False, D, [ID_DUP, ID_P], "Kenta Tachibana <%s>" % ME_P, TCF,
    TCSUBJ % D, "Tue, 18 May 2021 08:12:47 +0900", text=replyD, irt=n_closeD,
    refs=[n_ackD, n_confD, n_closeD], dom="mail.gmail.com",
    note="User confirmation; candidate IDs in own text in order #2 then #1; Gmail quote of a closing notice.")

resD = """Hello Kenta,

Thank you for confirming. I have successfully merged all accounts. Your active account is now
%s and your Developer - Associate certification appears under Certifications.

Please allow 24-48 hours for the Credly badge to be re-issued to the retained account.

If you have any further questions, feel free to reply to this e-mail.

Kind regards,
Maria G.
AWS Training and Certification Customer Support

-----Original Message-----
From: Kenta Tachibana
Sent: 5/17/2021 11:12 PM
To: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

%s
""" % (ID_P, TC, D, replyD.split("On Mon")[0].strip() + "\n\n> " + "\n> ".join(
    ["Please confirm which account you would like to retain. All history from the other account",
     "will be moved into it and the other account will be deactivated.",
     "Account #1  %s  /  Account #2  %s" % (ID_P, ID_DUP)]))
n_resD = add("done-a", "resolved", False, D, [ID_P], TCF, ME_P, TCSUBJ % D,
    "Tue, 18 May 2021 02:31:18 +0000", text=resD, cte="quoted-printable", irt=n_repD,
    refs=[n_ackD, n_confD, n_closeD, n_repD], au=auth(ME_P, "amazon.com"),
    note="Merged; quotes the user reply and the old 'please confirm' request under -----Original Message-----; conditional reply offer.")

add("cx-rating-a", "survey", False, D, [], "AWS Customer Experience <aws-cx-survey@amazon.com>", ME_P,
    "How did we do? Your recent AWS Training and Certification case",
    "Wed, 19 May 2021 02:35:00 +0000",
    html="""<html><body>
<p>Hello,</p>
<p>You recently contacted AWS Training and Certification Customer Support (Case ID: %s).
Would you take a minute to tell us about your experience?</p>
<table><tr>
<td><a href="https://survey.aws/r?c=%s&s=1">1</a></td><td><a href="https://survey.aws/r?c=%s&s=2">2</a></td>
<td><a href="https://survey.aws/r?c=%s&s=3">3</a></td><td><a href="https://survey.aws/r?c=%s&s=4">4</a></td>
<td><a href="https://survey.aws/r?c=%s&s=5">5</a></td></tr></table>
<p>Your answers help us improve. This survey is optional.</p>
</body></html>""" % ((D,) * 6), au=auth(ME_P, "amazon.com"),
    note="Survey HTML-only; question form 'Would you take a minute' but it is a survey.")

add("acclaim-pending-2021", "badge", False, None, [],
    "Credly <admin@youracclaim.com>", ME_P,
    "Reminder: your AWS Certified Developer - Associate badge is waiting",
    "Fri, 21 May 2021 18:02:51 +0000",
    text="""Hi Kenta,

Your badge from Amazon Web Services Training and Certification is still pending.
Please accept it to share your achievement:

https://www.youracclaim.com/badges/1b7c0d8e-22f4-4a9e-8f0c-9e7b6a2d41aa/accept

- The Credly team
""", au=auth(ME_P, "youracclaim.com"), dom="youracclaim.com",
    note="Credly reminder with 'Please accept' (not support).")

# ====================================================================== 2023
add("billing-jp-2023", "unrelated", False, None, [], CON, ME_P,
    "Amazon Web Services 請求書のお知らせ [アカウント: %s]" % ACCT,
    "Thu, 02 Feb 2023 07:11:43 +0000",
    text="""Amazon Web Services をご利用いただきありがとうございます。

アカウント %s の 2023 年 1 月分の請求書が発行されました。
ご請求額: USD 3.42

請求書の詳細は AWS 請求ダッシュボードでご確認ください。
https://console.aws.amazon.com/billing/home#/bills

このメールアドレスは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services, Inc.
""" % ACCT, cte="base64", au=auth(ME_P, "amazon.com"),
    note="Same sender as console cases; 12-digit account ID in subject looks like a case number; Japanese base64.")

conAck = """Dear Customer,

A new support case has been created.

Case ID: %s
Subject: Certifications not showing in AWS Partner Central
Severity: General guidance
Correspondence: Hello, I linked my AWS Certification account to my employer's Partner Central
account, but none of my certifications are visible there. [AWS ID %s]

You can view the case and add correspondence in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services, Inc.
""" % (C, ACCT, C)
n_ackC = add("console-open-b", "acknowledgement", False, C, [], CON, ME_P,
    "Amazon Web Services: New Support case: %s" % C, "Mon, 09 Oct 2023 01:48:22 +0000",
    text=conAck, au=auth(ME_P, "amazon.com"),
    note="Console 'New Support case' mail; 11-digit case; also a 12-digit [AWS ID] that is not a case.")

add("builderid-code-2023", "unrelated", False, None, [], "AWS Builder ID <no-reply@signin.aws>", ME_P,
    "Verify your AWS Builder ID email address", "Mon, 09 Oct 2023 01:52:10 +0000",
    text="""Hello,

To finish signing in to your AWS Builder ID, enter this verification code:

    582914

This code expires in 10 minutes. If you didn't request it, you can ignore this email.

Amazon Web Services
""", au=auth(ME_P, "signin.aws"), dom="signin.aws",
    note="One-time 6-digit code; not a case.")

infoC = """Hello Kenta,

Thank you for reaching out to AWS Support.

I had a look at your request. Certifications are shared with AWS Partner Central through the AWS
Certification account and the Partner Central user profile, and the link is made on the
Certification side, so I coordinated with the Training and Certification team. They were unable to
locate a Certification account associated with the e-mail address on this AWS account, which
usually means the Certification account was created with a different address.

So that we can find the right record, we need two things from you: the Candidate ID shown at the
top right of your AWS Certification account page (it starts with "AWS" followed by 8 digits), and
the e-mail address of your Partner Central user. Please add them to this case through the Support
Center - replies to this e-mail are not received.

Best regards,

Hiroshi K.
Amazon Web Services
""" + CON_FOOTER % C
n_infoC = add("console-corr-b1", "info_request", True, C, [], CON, ME_P,
    "RE:[CASE %s] Certifications not showing in AWS Partner Central" % C,
    "Mon, 09 Oct 2023 06:30:55 +0000", text=infoC, au=auth(ME_P, "amazon.com"),
    irt=n_ackC, note="Console request: answer in Support Center; ask after a long explanation; survey footer below.")

add("bounce-2023", "unrelated", False, None, [],
    "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P,
    "Delivery Status Notification (Failure)", "Mon, 09 Oct 2023 07:02:31 +0000",
    text="""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept
incoming mail

----- Original message -----

From: Kenta Tachibana <%s>
Date: Mon, Oct 9, 2023 at 4:02 PM
Subject: Re: RE:[CASE %s] Certifications not showing in AWS Partner Central
To: Amazon Web Services <no-reply-aws@amazon.com>

Hi Hiroshi, my Candidate ID is %s and the Partner Central user is %s.
""" % (ME_P, C, ID_P, ME_C), au=auth(ME_P, "googlemail.com"), dom="googlemail.com",
    note="Bounce of a reply to the console no-reply address; carries case number and candidate ID only in bounced copy.")

closeC = """立花 様

AWS サポートをご利用いただきありがとうございます。

先日、本ケースにて候補 ID と Partner Central のユーザーのメールアドレスをお伺いいたしましたが、
現時点でサポートセンター上でのご返信を確認できておりません。

このまま数日間ご返信がない場合、本ケースは自動的に「解決済み」となります。引き続きサポートが
必要な場合は、下記リンクからサポートセンターにサインインのうえ、ケースにご返信ください。
メールへの返信ではケースは更新されませんのでご注意ください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

よろしくお願いいたします。

Amazon Web Services

*このメールは受信専用のアドレスから送信されています。
""" % C
n_closeC = add("console-corr-b2", "closing_notice", True, C, [], CON, ME_P,
    "RE:[CASE %s] Certifications not showing in AWS Partner Central" % C,
    "Thu, 12 Oct 2023 02:15:09 +0000", text=closeC, charset="iso-2022-jp", cte="7bit",
    irt=n_infoC, refs=[n_ackC, n_infoC], au=auth(ME_P, "amazon.com"),
    note="Japanese ISO-2022-JP console auto-resolve warning; reply must go to the Support Center.")

updC = """Hello Kenta,

Thanks for adding your Candidate ID (%s) and the Partner Central user e-mail to the case.

I have passed both to the Training and Certification team. They will link the records on their
side; it normally takes 2-3 business days for certifications to show up in Partner Central after
that. I will keep this case open in the meantime and post here once they confirm.

Best regards,

Hiroshi K.
Amazon Web Services
""" % ID_P + CON_FOOTER % C
n_updC = add("console-corr-b3", "case_update", False, C, [ID_P], CON, ME_P,
    "RE:[CASE %s] Certifications not showing in AWS Partner Central" % C,
    "Thu, 12 Oct 2023 09:44:51 +0000", text=updC, au=auth(ME_P, "amazon.com"),
    irt=n_closeC, refs=[n_ackC, n_infoC, n_closeC],
    note="Progress update; asks nothing but carries the console footer with 'Please share your experience' and sign-in link.")

resC = """Hello Kenta,

Good news: the Training and Certification team confirmed that your AWS Certification account
is now linked, and your certifications are visible in AWS Partner Central.

Since nothing else is pending, I'm marking this case as resolved. If you still need help with this
issue, you can reopen the case from the Support Center within 14 days.

Best regards,

Hiroshi K.
Amazon Web Services
""" + CON_FOOTER % C
n_resC = add("console-corr-b4", "resolved", False, C, [], CON, ME_P,
    "RE:[CASE %s] Certifications not showing in AWS Partner Central" % C,
    "Mon, 16 Oct 2023 05:20:37 +0000", text=resC, cte="quoted-printable",
    irt=n_updC, refs=[n_ackC, n_infoC, n_closeC, n_updC], au=auth(ME_P, "amazon.com"),
    note="Console resolution with reopen offer and rating footer.")

add("console-rate-b", "survey", False, C, [], CON, ME_P,
    "Tell us about your AWS Support experience - Case %s" % C, "Tue, 17 Oct 2023 05:21:02 +0000",
    text="""Hello,

Your AWS Support case %s was recently resolved. How satisfied were you with the support you
received? It takes less than a minute:

https://console.aws.amazon.com/support/feedback?caseId=%s

Thank you for helping us improve AWS Support.

Amazon Web Services
""" % (C, C), au=auth(ME_P, "amazon.com"),
    note="Console survey; same sender as cases; 'How satisfied were you?' is a question.")

add("certmetrics-voice-2023", "certification", False, None, [],
    "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
    "AWS Certification wants to hear from you", "Wed, 22 Nov 2023 16:00:12 +0000",
    text="""Hello AWS Certified individual,

Your opinion matters. We are asking a small group of certified individuals to share feedback about
their AWS Certification experience. Could you spare 10 minutes to complete our survey by
December 8?

Start the survey: https://aws.certmetrics.com/amazon/public/survey.aspx?id=8f1c2

You are receiving this because you opted in to "Lend Your Voice to AWS Certification" in your
profile.

AWS Training and Certification
""", au=auth(ME_P, "certmetrics.com"), dom="certmetrics.com",
    note="Certification-program feedback invitation (kind certification, not survey); 'Could you spare' question.")

# ====================================================================== 2025 main cases
add("gh-pr-merged", "unrelated", False, None, [],
    "Yuki Sato <notifications@github.com>", ME_C,
    "Re: [hoshizora/infra-tf] Merge account module into shared stack (PR #412)",
    "Thu, 13 Mar 2025 08:22:09 +0000",
    text="""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-tf/pull/412#event-16734410
You are receiving this because you were mentioned.
""", au=auth(ME_C, "github.com"), dom="github.com",
    note="GitHub 'Merged' notification with 'Reply to this email' footer.")

add("certmetrics-expiry", "certification", False, None, [ID_C],
    "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
    "Your AWS Certification expires in 90 days", "Fri, 14 Mar 2025 15:30:00 +0000",
    text="""Hello Kenta Tachibana (%s),

Your AWS Certified Solutions Architect - Associate certification expires on June 12, 2025.

To keep your certification active, recertify before the expiration date by passing the current
version of the exam or a higher-level exam. Remember you may have a 50%% discount voucher under
Benefits in your AWS Certification Account.

AWS Training and Certification
""" % ID_C, au=auth(ME_C, "certmetrics.com"), dom="certmetrics.com",
    note="Expiry notice to company address; candidate ID of the company account.")

ackA = """Amazon Web Services にお問い合わせいただきありがとうございます。

お問い合わせに対応するため、ケース %s をオープンしました。ケースの詳細は以下のとおりです。

ケース ID: %s
件名: [AWS Training and Certification Form Submission] - account-assistance
重要度: 通常
内容:
Use Case: I am leaving Hoshizora Systems at the end of March and would like to merge my
company certification account into my personal one.
All email addresses you may have used in our system: %s, %s
The email address you would like to keep on file: %s

通常24時間以内にご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて
別のケースを提起しないでください。対応が遅れる原因となります。

追加の情報がございましたら、このメールにご返信ください。

Amazon Web Services
""" % (A, A, ME_C, ME_P, ME_P)
n_ackA = add("form-receipt-c", "acknowledgement", False, A, [], TCF, ME_P, TCSUBJ % A,
    "Sat, 15 Mar 2025 18:28:41 +0000", text=ackA, cte="base64", au=auth(ME_P, "amazon.com"),
    note="Japanese ack in base64; 15-digit case; 〜がございましたら…ご返信ください is conditional.")

ackB = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Correspondence: Please merge my certification account (%s) into my personal account
(%s). I'm leaving the company soon.

We will respond to your inquiry usually within 24 hours. If you have already opened a case,
please do not open another case for the same request.

Best regards,
Amazon Web Services
""" % (B, B, ME_C, ME_P)
n_ackB = add("form-receipt-d", "acknowledgement", False, B, [], TCF, ME_C,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B,
    "Sat, 15 Mar 2025 18:40:33 +0000", text=ackB, crlf=True, au=auth(ME_C, "amazon.com"),
    note="Second ack 12 min later for a duplicate form sent to the company address; 'RE: [CASE' with space.")

repB = """Hello,

I accidentally submitted the form twice. Please close this one - my request is already
under case %s (sent to my personal address).

Sorry for the trouble.

Kenta Tachibana
Hoshizora Systems K.K.

________________________________
From: AWS Training and Certification <%s>
Sent: Sunday, March 16, 2025 3:40 AM
To: Tachibana Kenta <%s>
Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.
""" % (A, TC, ME_C, B, B)
n_repB = add("reply-d1", "user_reply", False, B, [], "Tachibana Kenta <%s>" % ME_C, TCF,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B,
    "Sun, 16 Mar 2025 09:05:12 +0900", text=repB, crlf=True, irt=n_ackB,
    dom="TYCPR01MB8841.jpnprd01.prod.outlook.com",
    note="User (company address, Outlook) asks to close the duplicate; mentions the other case number in body.")

resB = """Hi Kenta,

No problem at all. I've closed this case as a duplicate; your merge request will be handled under
case %s. No further action is required on this case.

Thanks,
Sam
AWS Training and Certification
""" % A
n_resB = add("done-d", "resolved", False, B, [], TCF, ME_C,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B,
    "Sun, 16 Mar 2025 02:11:40 +0000", text=resB, irt=n_repB, refs=[n_ackB, n_repB],
    au=auth(ME_C, "amazon.com"),
    note="Duplicate closed; mentions the other case number in body; 'No further action is required'.")

add("jira-handover", "unrelated", False, None, [],
    "Jira <jira@hoshizora-sys.atlassian.net>", ME_C,
    "[JIRA] (OPS-2231) 退職に伴うアカウント棚卸し - 対応をお願いします",
    "Mon, 17 Mar 2025 00:31:55 +0000",
    text="""鈴木 美穂 さんがあなたに課題を割り当てました

OPS-2231: 退職に伴うアカウント棚卸し
ステータス: 未着手  優先度: 中

立花さん、最終出社日までに AWS アカウント (%s) の IAM ユーザー削除と、
共有ドライブの権限移譲をお願いします。

課題を表示: https://hoshizora-sys.atlassian.net/browse/OPS-2231
""" % ACCT, au=auth(ME_C, "atlassian.net"), dom="atlassian.net",
    note="Japanese Jira assignment with a real request and a 12-digit account ID; not support.")

infoA_txt = """Hello Kenta,

Thanks for writing in, and congratulations on the new chapter.

Before I can set up a merge I have to be certain I'm looking at the right two records. Our system
has several certification profiles that were created with @hoshizora-sys.co.jp addresses over the
years, and a profile can also exist without a login e-mail if it was created through a partner
single sign-on. Matching on name alone is not something we do, for obvious reasons.

The easiest identifier is the Candidate ID. You'll find it in the top-right corner after signing in
to each AWS Certification account - "AWS" followed by eight digits. I'll need it for both the
account you're leaving behind and the one you want to keep.

Once I have those I can usually complete things the same day.

Best,
Dmitri
AWS Training & Certification Customer Support
"""
infoA_html = "<html><body>" + "".join(
    "<p>%s</p>" % p.replace("\n", " ") for p in infoA_txt.strip().split("\n\n")) + "</body></html>"
n_infoA = add("corr-c1", "info_request", True, A, [], TCF, ME_P, TCSUBJ % A,
    "Sun, 16 Mar 2025 04:52:10 +0000", text=infoA_txt, html=infoA_html, cte="quoted-printable",
    irt=n_ackA, au=auth(ME_P, "amazon.com"),
    note="Candidate-ID request buried after explanation, 'I'll need it', no 'please'; multipart QP.")

add("builderid-code-2025", "unrelated", False, None, [], "AWS Builder ID <no-reply@signin.aws>", ME_P,
    "AWS Builder ID の確認コード", "Sun, 16 Mar 2025 05:03:44 +0000",
    text="""こんにちは

AWS Builder ID のサインインを完了するには、次の確認コードを入力してください。

    730166

このコードの有効期限は 10 分です。心当たりがない場合は、このメールを無視してください。

Amazon Web Services
""", au=auth(ME_P, "signin.aws"), dom="signin.aws",
    note="Japanese one-time code mail.")

repA1 = """Hi Dmitri,

Thank you! Here are the IDs:

- account to keep (personal, %s): %s
- old company account (%s): %s

会社のアカウントは APN パートナーの Partner Central にも連携しています。念のため。
(The company account is also linked to our APN Partner Central.)

Best regards,
Kenta Tachibana

On Sun, Mar 16, 2025 at 1:52 PM AWS Training and Certification <%s> wrote:
%s
""" % (ME_P, ID_P, ME_C, ID_C, TC, q(infoA_txt))
n_repA1 = add("reply-c1", "user_reply", False, A, [ID_P, ID_C], "Kenta Tachibana <%s>" % ME_P, TCF,
    TCSUBJ % A, "Sun, 16 Mar 2025 14:20:03 +0900", text=repA1, irt=n_infoA, refs=[n_ackA, n_infoA],
    dom="mail.gmail.com", note="User gives candidate IDs, EN/JP mix, Gmail quote of the request.")

holdA = """Hello Kenta,

Thank you for the Candidate IDs - that helped.

I have found both accounts. The company account (%s) is associated with an AWS Partner Network
(APN) organization, Hoshizora Systems K.K. Certifications held under a partner-associated account
count toward that organization's partner tier, so we cannot merge it into a personal account while
the person is still employed by the partner. I have placed the merge on hold for now.

Are you leaving Hoshizora Systems, and if so, what is your last working day? Once I have that, I
can ask our partner team to release the association.

Regards,
Dmitri
AWS Training & Certification Customer Support
""" % ID_C
n_holdA = add("corr-c2", "on_hold", True, A, [ID_C], TCF, ME_P, TCSUBJ % A,
    "Sun, 16 Mar 2025 10:31:26 +0000", text=holdA, irt=n_repA1, refs=[n_ackA, n_infoA, n_repA1],
    au=auth(ME_P, "amazon.com"),
    note="APN hold that asks a bare question (no 'please').")

add("summit-jp", "unrelated", False, None, [],
    "AWS Events <aws-marketing-email-replies@amazon.com>", ME_P,
    "AWS Summit Japan 2025 登録受付開始のお知らせ", "Mon, 17 Mar 2025 01:00:00 +0000",
    html="""<html><body>
<h2>AWS Summit Japan 2025</h2>
<p>6月25日(水)・26日(木) 幕張メッセにて開催します。ご登録はお早めにお願いいたします。</p>
<table><tr><td><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></td></tr></table>
<p>配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsub">こちら</a>。</p>
</body></html>""", au=auth(ME_P, "amazon.com"),
    note="AWS marketing, Japanese HTML, 'ご登録はお早めにお願いいたします'.")

add("merge-verify-notice", "suspicious", False, None, [],
    "AWS Certification Support <support@aws-certification-merge.com>", ME_P,
    "Action required: confirm your certification account merge [CASE 9918273645]",
    "Mon, 17 Mar 2025 03:14:27 +0000",
    text="""Dear Candidate,

We received a request to merge your AWS Certification accounts. To protect your certifications,
you must confirm the merge within 24 hours or both accounts will be suspended.

Confirm now: https://aws-certification-merge.com/verify?c=9918273645

AWS Training and Certification Support
""", au=auth(ME_P, "aws-certification-merge.com"), dom="aws-certification-merge.com",
    note="Lookalike domain (auth passes for the lookalike itself); urgent merge 'confirm'; fake case tag.")

add("exam-booking-2025-jp", "unrelated", False, None, [],
    "Pearson VUE <pearsonvuecustomerservice@pearson.com>", ME_P,
    "Pearson VUE 試験予約確認", "Mon, 17 Mar 2025 09:40:18 +0000",
    text="""立花 健太 様

Pearson VUE にて以下の試験のご予約を承りました。

登録 ID: 581204736
試験: SAP-C02 AWS Certified Solutions Architect - Professional
日時: 2025年4月28日 14:00 (日本時間)
会場: OnVUE オンライン監督試験

ご予約内容をご確認ください。変更・キャンセルは試験の24時間前までに Pearson VUE の
Web アカウントから行ってください。本メールへの返信はできません。

Pearson VUE
""", au=auth(ME_P, "pearson.com"), dom="pearson.com",
    note="Japanese exam-vendor booking, 9-digit registration ID, 'ご確認ください'.")

closeA = """立花 健太 様

AWS トレーニングと認定カスタマーサポートです。

前回、退職のご予定と最終出社日についてお伺いいたしましたが、3 営業日が経過した現在も
お返事をいただけておりません。

2025年3月24日までにご返信をいただけない場合、本ケースはクローズとさせていただきます。
このメールにご返信いただければ、ケースは引き続きオープンのままとなります。

何卒よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
"""
n_closeA = add("corr-c3", "closing_notice", True, A, [], TCF, ME_P, TCSUBJ % A,
    "Thu, 20 Mar 2025 02:05:51 +0000", text=closeA, charset="shift_jis", cte="8bit",
    irt=n_holdA, refs=[n_ackA, n_infoA, n_repA1, n_holdA], au=auth(ME_P, "amazon.com"),
    note="Japanese Shift_JIS 8bit closing notice in keigo.")

repA2 = """Yes, I am leaving. My last working day at Hoshizora Systems is March 31, 2025.
This company mailbox will be closed after that, so please use my personal address.

Tachibana

Get Outlook for iOS
"""
n_repA2 = add("reply-c2", "user_reply", False, A, [], "Tachibana Kenta <%s>" % ME_C, TCF,
    "Re: AWS Training and Certification", "Thu, 20 Mar 2025 12:44:09 +0900", text=repA2,
    irt=n_holdA, refs=[n_ackA, n_infoA, n_repA1, n_holdA], dom="TYCPR01MB8841.jpnprd01.prod.outlook.com",
    note="Reply from company address with no case number anywhere (threaded only by In-Reply-To/References).")

add("ooo-colleague", "unrelated", False, None, [],
    "鈴木 美穂 <miho.suzuki@hoshizora-sys.co.jp>", ME_C,
    "自動応答: 引き継ぎ資料について", "Thu, 20 Mar 2025 04:01:33 +0000",
    text="""お疲れさまです。鈴木です。

3月20日(木)〜3月24日(月)は休暇のため不在にしております。
期間中はメールを確認できませんので、お急ぎの場合は情報システム部 (it-help@hoshizora-sys.co.jp)
までご連絡ください。

25日以降に順次ご返信いたします。
""", au=auth(ME_C, "hoshizora-sys.co.jp"), dom="hoshizora-sys.co.jp", charset="iso-2022-jp",
    cte="7bit", extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    note="Japanese out-of-office auto-reply (ISO-2022-JP) with 'ご連絡ください'.")

wrongA = """Hi Kenta,

Thank you for letting us know about your last working day. I've passed that on to our partner
team and asked them to release the association with Hoshizora Systems K.K.

One problem, though: your reply came from %s. This case, and the account you want to
keep, are registered to %s, and for account security we can only act on merge
instructions that come from the e-mail address on the destination account. We need you to send
the same confirmation again from %s. Replying on this thread from that mailbox is fine.

Regards,
Dmitri
AWS Training & Certification Customer Support
""" % (ME_C, ME_P, ME_P)
n_wrongA = add("corr-c4", "info_request", True, A, [], TCF, ME_C, TCSUBJ % A,
    "Thu, 20 Mar 2025 05:19:48 +0000", text=wrongA, irt=n_repA2,
    refs=[n_ackA, n_holdA, n_repA2], au=auth(ME_C, "amazon.com"),
    note="Mixed: progress news + 'we need you to' write again from the destination address; sent to company address.")

fwdA = """自分用に転送。個人アドレスから返信すること。

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Thu, Mar 20, 2025 at 2:19 PM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance
To: Tachibana Kenta <%s>

%s
""" % (TC, A, ME_C, wrongA)
n_fwdA = add("fw-c4", "user_reply", False, A, [], "Tachibana Kenta <%s>" % ME_C, ME_P,
    "FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A,
    "Thu, 20 Mar 2025 14:30:55 +0900", text=fwdA, irt=n_wrongA, dom="TYCPR01MB8841.jpnprd01.prod.outlook.com",
    note="User forwards the request to himself; contains a full support request but needs no reply.")

repA3 = """Hello Dmitri,

Sending this from my personal address as requested.

I confirm that I am leaving Hoshizora Systems K.K.; my last working day is March 31, 2025. Please
go ahead with merging the company certification account into this one (%s) once the partner
team has released it.

Best regards,
Kenta Tachibana

2025年3月20日(木) 14:19 AWS Training and Certification <%s>:
%s
>
> 2025年3月20日(木) 12:44 Tachibana Kenta <%s>:
%s
>
> 2025年3月16日(日) 19:31 AWS Training and Certification <%s>:
%s
""" % (ME_P, TC, q(wrongA), ME_C, q(repA2, "> > "), TC, q(holdA, "> > "))
n_repA3 = add("reply-c3", "user_reply", False, A, [], "Kenta Tachibana <%s>" % ME_P, TCF,
    TCSUBJ % A, "Thu, 20 Mar 2025 20:02:17 +0900", text=repA3, irt=n_wrongA,
    refs=[n_ackA, n_holdA, n_repA2, n_wrongA], dom="mail.gmail.com",
    note="Top-posted user reply over long quoted history with Japanese reply headers; quoted candidate IDs do not count.")

holdA2 = """立花様

ご連絡ありがとうございます。個人のメールアドレスからのご確認を受領いたしました。

現在、APN パートナーチームにて Hoshizora Systems K.K. との関連付け解除の手続きを進めております。
解除が完了するまで通常 1〜2 営業日ほどかかりますので、それまで統合作業は保留となります。
この間、お客様側でのご対応は不要です。解除が完了しましたら、改めてこちらからご連絡いたします。

AWS トレーニングと認定 カスタマーサポート
Dmitri
"""
n_holdA2 = add("corr-c5", "on_hold", False, A, [], TCF, ME_P, TCSUBJ % A,
    "Fri, 21 Mar 2025 00:48:03 +0000", text=holdA2, charset="iso-2022-jp", cte="7bit",
    irt=n_repA3, refs=[n_ackA, n_wrongA, n_repA3], au=auth(ME_P, "amazon.com"),
    note="Japanese ISO-2022-JP hold waiting on the partner team; explicitly nothing to do.")

add("skillbuilder-receipt", "unrelated", False, None, [],
    "AWS Skill Builder <no-reply@aws.training>", ME_P,
    "Your AWS Skill Builder subscription receipt", "Fri, 21 Mar 2025 06:12:20 +0000",
    text="""Hello Kenta,

Thank you for subscribing to AWS Skill Builder Individual (monthly).

Order number: 1139-4417-2208
Amount: USD 29.00
Next billing date: April 21, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Training and Certification
""", au=auth(ME_P, "aws.training"), dom="aws.training",
    note="Training platform receipt from aws.training; not a case.")

add("case-recheck-notice", "suspicious", False, None, [], TCF, ME_P, TCSUBJ % A,
    "Sat, 22 Mar 2025 11:27:45 +0000",
    html="""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Regarding your account merge request, our records show a verification mismatch. Before we can
continue, please re-verify your AWS Certification account by signing in through the secure link
below within 48 hours.</p>
<p><a href="http://aws-training-verify.net/login?case=%s">Verify my account</a></p>
<p>AWS Training and Certification Customer Support</p>
</body></html>""" % A, au=auth(ME_P, "amazon.com", ok=False, mailfrom="mx.aws-training-verify.net"),
    dom="aws-training-verify.net",
    note="Spoofed From of the real support address and the real case subject, but dkim=fail and dmarc=fail.")

confA_txt = """Hello Kenta,

Good news - the partner team has released the association with Hoshizora Systems K.K., so we
can move forward.

Here are the two accounts I found:

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

If everything above is correct, I'll merge Account #2 into Account #1, and Account #1 will be the
only account going forward - is that right? Note that a merge cannot be undone.

Priya
AWS Training and Certification Customer Support
""" % (ID_P, ME_P, ME_P, ME_P, ID_C, ME_C, ME_C, ME_C)
confA_html = """<html><body style="font-family:Arial;font-size:13px">
<p>Hello Kenta,</p>
<p>Good news - the partner team has released the association with Hoshizora Systems K.K., so we can move forward.</p>
<p>Here are the two accounts I found:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th colspan="2">Account #1</th></tr>
<tr><td>Candidate ID</td><td>%s</td></tr><tr><td>Login email</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td></tr><tr><td>Certification notification email</td><td>%s</td></tr>
<tr><th colspan="2">Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td></tr><tr><td>Login email</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td></tr><tr><td>Certification notification email</td><td>%s</td></tr>
</table>
<p>If everything above is correct, I'll merge Account #2 into Account #1, and Account #1 will be the only account going forward - is that right? Note that a merge cannot be undone.</p>
<p>Priya<br>AWS Training and Certification Customer Support</p>
</body></html>""" % (ID_P, ME_P, ME_P, ME_P, ID_C, ME_C, ME_C, ME_C)
n_confA = add("corr-c6", "confirmation_request", True, A, [ID_P, ID_C], TCF, ME_P, TCSUBJ % A,
    "Mon, 24 Mar 2025 07:33:12 +0000", text=confA_txt, html=confA_html, cte="quoted-printable",
    irt=n_holdA2, refs=[n_ackA, n_repA3, n_holdA2], au=auth(ME_P, "amazon.com"),
    note="Progress news + Account #1/#2 confirmation phrased 'is that right?'; multipart QP with table.")

repA4 = """Confirmed. Please merge to Account #1.
確認しました。Account #1 への統合をお願いします。

立花 健太

2025年3月24日(月) 16:33 AWS Training and Certification <%s>:
%s
""" % (TC, q(confA_txt))
n_repA4 = add("reply-c4", "user_reply", False, A, [], "立花 健太 <%s>" % ME_P,
    TCF, TCSUBJ % A, "Mon, 24 Mar 2025 17:05:40 +0900", text=repA4, charset="iso-2022-jp", cte="7bit",
    irt=n_confA, refs=[n_ackA, n_holdA2, n_confA], dom="mail.gmail.com",
    note="Short confirmation in ISO-2022-JP; candidate IDs only in the quoted request.")

resA = """Hi Kenta,

I have successfully merged all accounts. Your exam history, certifications and benefits from
Account #2 are now on Account #1 (%s), and you can sign in with your Builder ID for %s.

Your Credly badges will be moved over automatically over the next day or so.

If you need anything else regarding this case, just reply to this email.

Thanks,
Priya
AWS Training and Certification Customer Support

-----Original Message-----
From: %s
Sent: 3/24/2025 8:05 AM
To: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Confirmed. Please merge to Account #1.

-----Original Message-----
From: %s
Sent: 3/24/2025 7:33 AM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

%s
""" % (ID_P, ME_P, ME_P, TC, A, TC, A, confA_txt)
n_resA = add("done-c", "resolved", False, A, [ID_P], TCF, ME_P, TCSUBJ % A,
    "Mon, 24 Mar 2025 09:12:57 +0000", text=resA, irt=n_repA4,
    refs=[n_ackA, n_confA, n_repA4], au=auth(ME_P, "amazon.com"),
    note="'successfully merged' with the full confirmation request quoted below (Outlook style) and a conditional reply offer.")

n_survA = add("cx-rating-c", "survey", False, A, [], "AWS Customer Experience <aws-cx-survey@amazon.com>",
    ME_P, "Your feedback on case %s" % A, "Tue, 25 Mar 2025 09:15:00 +0000",
    text="""Hello,

Your recent case with AWS Training and Certification Customer Support (Case ID: %s) was
marked as resolved. Please tell us how we did - on a scale of 1 to 5, how satisfied are you
with the resolution?

https://survey.aws/r?c=%s

This survey closes in 7 days.
""" % (A, A), au=auth(ME_P, "amazon.com"),
    note="Survey with 'Please tell us how we did' and a question.")

add("credly-issued", "badge", False, None, [], "Credly <admin@credly.com>", ME_P,
    "Amazon Web Services Training and Certification sent you a badge",
    "Tue, 25 Mar 2025 11:48:22 +0000",
    text="""Hi Kenta,

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions
Architect - Associate badge.

Accept your badge: https://www.credly.com/badges/6d3e2a90-5c4b-4a71-b2f8-0e9d1c7a3b55/accept

Badge ID: 6d3e2a90-5c4b-4a71-b2f8-0e9d1c7a3b55

The Credly Team
""", au=auth(ME_P, "credly.com"), dom="credly.com",
    note="Credly badge after merge; UUID badge ID is not a case.")

add("devio-weekly", "unrelated", False, None, [],
    "DevelopersIO Weekly <newsletter@classmethod.jp>", ME_P,
    "【週刊】AWS 認定アカウントの統合手順ほか今週の人気記事", "Wed, 26 Mar 2025 22:00:00 +0000",
    text="""今週の人気記事

1. 取得したAWS認定資格のバッジがCredlyに反映されないのでAWS認定アカウントの統合をやってみた
   「統合が完了しました」というメールが届くまでの流れを紹介します。
2. 転職時にAWS認定を引き継ぐ方法 (ケースの起票から Confirmed の返信まで)
3. Amazon Bedrock の新機能まとめ

配信停止はこちら: https://dev.classmethod.jp/unsubscribe
""", au=auth(ME_P, "classmethod.jp"), dom="classmethod.jp",
    note="Japanese newsletter quoting merge vocabulary ('統合が完了', 'Confirmed').")

repA5 = """Dmitri 様 / Priya 様

統合の件、ありがとうございました。

新しいアカウントで特典 (Benefits) を確認したところ、旧アカウントにあった 50% 割引バウチャーが
表示されていません。旧アカウントでは 2 月末時点で確かに表示されていました。
お手数ですが、ご確認いただけますでしょうか。

(Thank you for the merge. The 50% exam discount voucher from my old account is not shown under
Benefits on the new account. Could you check?)

立花 健太
"""
n_repA5 = add("reply-c5", "user_reply", False, A, [], "Kenta Tachibana <%s>" % ME_P, TCF,
    TCSUBJ % A, "Tue, 01 Apr 2025 10:14:30 +0900", text=repA5, cte="quoted-printable",
    irt=n_resA, refs=[n_ackA, n_confA, n_resA], dom="mail.gmail.com",
    note="User reopens the resolved case (voucher missing); Japanese+English, QP; the user is the one asking.")

updA = """Hello Kenta,

Thanks for letting us know. I've reopened your case and raised the missing voucher with our
benefits team. These usually take 3-5 business days, and I'll update you here as soon as I hear
back. You don't need to do anything in the meantime.

Best,
Dmitri
AWS Training & Certification Customer Support
"""
n_updA = add("corr-c7", "case_update", False, A, [], TCF, ME_P, TCSUBJ % A,
    "Tue, 01 Apr 2025 05:40:08 +0000", text=updA, crlf=True, irt=n_repA5,
    refs=[n_ackA, n_resA, n_repA5], au=auth(ME_P, "amazon.com"),
    note="Reopened-case progress update; 'You don't need to do anything'.")

infoA2 = """Two quick questions so the benefits team can track the voucher down: which certification
was it issued for, and roughly when did it first appear on the old account? A month is enough.

Dmitri

On Tue, Apr 1, 2025 at 5:40 AM, AWS Training and Certification wrote:
%s
""" % q(updA)
n_infoA2 = add("corr-c8", "info_request", True, A, [], TCF, ME_P, TCSUBJ % A,
    "Wed, 02 Apr 2025 23:58:31 +0000", text=infoA2, irt=n_updA,
    refs=[n_ackA, n_repA5, n_updA], au=auth(ME_P, "amazon.com"),
    note="Terse bare questions top-posted above a quoted 'you don't need to do anything'.")

repA6 = """It was issued for AWS Certified Solutions Architect - Associate, in late January 2025
(after I passed the exam on Jan 24).

Kenta

2025年4月3日(木) 8:58 AWS Training and Certification <%s>:
%s
""" % (TC, q(infoA2.split("\n\nOn Tue")[0]))
n_repA6 = add("reply-c6", "user_reply", False, A, [], "Kenta Tachibana <%s>" % ME_P, TCF,
    TCSUBJ % A, "Thu, 03 Apr 2025 09:14:02 +0900", text=repA6, irt=n_infoA2,
    refs=[n_ackA, n_updA, n_infoA2], dom="mail.gmail.com",
    note="User answer with Japanese Gmail reply header.")

add("gh-dependabot", "unrelated", False, None, [],
    "dependabot[bot] <notifications@github.com>", ME_P,
    "Re: [k-tachibana/dotfiles] Bump actions/checkout from 3 to 4 (PR #7)",
    "Fri, 04 Apr 2025 03:10:44 +0000",
    text="""Merged #7 into main.

--
Reply to this email directly, view it on GitHub, or unsubscribe.
""", au=auth(ME_P, "github.com"), dom="github.com",
    note="GitHub merged notification to personal address.")

add("vendor-solved", "unrelated", False, None, [],
    "Backlog サポート <support@backlog-help.zendesk.com>", ME_P,
    "[Backlog サポート] Re: ワークスペースの移行について (#48213)",
    "Fri, 04 Apr 2025 06:31:19 +0000",
    text="""##- 返信の際は、この行より上にご記入ください -##

お問い合わせ #48213 は「解決済み」に設定されました。

4 日以内にご返信がない場合、このリクエストは自動的にクローズされます。
問題が解決していない場合は、このメールにご返信いただくとリクエストが再開されます。

Backlog サポートチーム
""", au=auth(ME_P, "zendesk.com"), dom="zendesk.com",
    note="Other vendor's 'solved / will close unless you reply' (looks like a closing notice).")

resA2 = """Hello Kenta,

Good news: the benefits team restored the 50%% exam discount voucher, and it is now visible under
Benefits on your account (%s). It is valid until January 24, 2026.

With that, I'm resolving this case. Thank you for your patience!

Dmitri
AWS Training & Certification Customer Support

How did we do? Rate this response: https://survey.aws/r?c=%s
""" % (ID_P, A)
n_resA2 = add("done-c2", "resolved", False, A, [ID_P], TCF, ME_P, TCSUBJ % A,
    "Mon, 07 Apr 2025 04:20:11 +0000", text=resA2, cte="base64", irt=n_repA6,
    refs=[n_ackA, n_updA, n_infoA2, n_repA6], au=auth(ME_P, "amazon.com"),
    note="Second resolution of the reopened case, base64, with rating footer question.")

add("cx-rating-c2", "survey", False, A, [], "AWS Customer Experience <aws-cx-survey@amazon.com>",
    ME_P, "Reminder: tell us about your support experience", "Thu, 10 Apr 2025 09:15:00 +0000",
    html="""<html><body><p>We'd still love to hear from you.</p>
<p>How would you rate the support you received on case %s?</p>
<table><tr><td><a href="https://survey.aws/r?c=%s&s=1">&#9733;</a></td><td><a href="https://survey.aws/r?c=%s&s=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></td></tr></table>
</body></html>""" % (A, A, A), au=auth(ME_P, "amazon.com"),
    note="Survey reminder HTML-only.")

# ---- case E: third account found via Credly / partner SSO
ackE = """Thank you for contacting Amazon Web Services. We have opened case %s.

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Correspondence: There seems to be one more certification account (%s) created through
Partner Central SSO. Please merge it into %s too.

We will respond usually within 24 hours. Please don't open a new case for the same request.

Amazon Web Services
""" % (E, E, ID_SSO, ID_P)
n_ackE = add("form-receipt-e", "acknowledgement", False, E, [ID_SSO, ID_P], TCF, ME_P, TCSUBJ % E,
    "Fri, 11 Apr 2025 12:01:45 +0000", text=ackE, crlf=True, au=auth(ME_P, "amazon.com"),
    note="Ack, CRLF; candidate IDs appear in the echoed form text (support's own mail body).")

infoE = """Hello Kenta,

Before we go further: the third account (%s) has an exam appointment on April 28, 2025
(Pearson VUE registration %s). A merge while an appointment is open can cancel the
booking, and the exam fee is not always refunded in that case.

Do you want us to wait until after your exam, or to go ahead now and have you re-book the
appointment afterwards? Let me know which you prefer.

Thank you,
Aiko
AWS Training and Certification Customer Support
""" % (ID_SSO, REG)
n_infoE = add("corr-e1", "info_request", True, E, [ID_SSO], TCF, ME_P, TCSUBJ % E,
    "Sat, 12 Apr 2025 02:40:19 +0000", text=infoE, irt=n_ackE, au=auth(ME_P, "amazon.com"),
    note="Asks to confirm something other than the merge choice (timing vs. exam); 9-digit registration ID.")

repE1 = """Aiko-san,

Please wait until after the exam on April 28. Thank you for noticing!

Kenta

On Sat, Apr 12, 2025 at 11:40 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(infoE))
n_repE1 = add("reply-e1", "user_reply", False, E, [], "Kenta Tachibana <%s>" % ME_P, TCF,
    TCSUBJ % E, "Sat, 12 Apr 2025 13:22:48 +0900", text=repE1, irt=n_infoE, refs=[n_ackE, n_infoE],
    dom="mail.gmail.com", note="User reply; IDs only in quoted part.")

add("credly-lookalike", "suspicious", False, None, [],
    "Credly Badges <admin@credly-badges.net>", ME_P,
    "Your AWS badge will be revoked - claim it again", "Tue, 15 Apr 2025 08:09:51 +0000",
    text="""Hi,

Because your AWS Certification accounts were merged, your badge must be claimed again within
72 hours or it will be revoked.

Claim badge: https://credly-badges.net/claim?u=k.tachibana.home

Credly
""", au=auth(ME_P, "credly-badges.net"), dom="credly-badges.net",
    note="Lookalike Credly domain, refers to the real merge.")

add("exam-reminder-jp", "unrelated", False, None, [],
    "Pearson VUE <pearsonvuecustomerservice@pearson.com>", ME_P,
    "【リマインダー】AWS 認定試験のご予約 (4月28日)", "Sun, 27 Apr 2025 05:00:00 +0000",
    text="""立花 健太 様

明日 4月28日 14:00 から AWS Certified Solutions Architect - Professional の試験が予定されています。

登録 ID: 581204736

試験開始 30 分前までにチェックインを完了してください。身分証明書をご用意ください。

Pearson VUE
""", au=auth(ME_P, "pearson.com"), dom="pearson.com",
    note="Japanese exam reminder with imperatives; vendor mail.")

add("certmetrics-recert", "certification", False, None, [ID_SSO],
    "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
    "Congratulations on recertifying your AWS Certification!", "Wed, 30 Apr 2025 15:12:33 +0000",
    text="""Hello Kenta,

Congratulations on earning AWS Certified Solutions Architect - Professional! Because you passed
this exam, your AWS Certified Solutions Architect - Associate certification has also been renewed.

Candidate ID: %s

You can download your certificate from your AWS Certification Account.

AWS Training and Certification
""" % ID_SSO, au=auth(ME_P, "certmetrics.com"), dom="certmetrics.com",
    note="Recertification notice with the third account's candidate ID.")

confE_html = """<html><body style="font-family:'Meiryo',sans-serif">
<p>立花 健太 様</p>
<p>いつもお世話になっております。AWS トレーニングと認定カスタマーサポートの Aiko です。</p>
<p>試験が終了したことを確認いたしましたので、統合のお手続きを再開いたします。対象のアカウントは以下のとおりです。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>候補 ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login email</td><td>%s</td><td>(なし / Partner Central SSO)</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
</table>
<p>Account #2 を Account #1 に統合し、Account #1 を残す形でよろしいでしょうか。
内容にお間違いがなければ、その旨をご返信いただけますでしょうか。</p>
<p>何卒よろしくお願いいたします。</p>
<p>AWS トレーニングと認定 カスタマーサポート<br>Aiko</p>
</body></html>""" % (ID_P, ID_SSO, ME_P, ME_P, ME_C)
n_confE = add("corr-e2", "confirmation_request", True, E, [ID_P, ID_SSO], TCF, ME_P, TCSUBJ % E,
    "Thu, 01 May 2025 01:30:05 +0000", html=confE_html, cte="base64",
    irt=n_repE1, refs=[n_ackE, n_infoE, n_repE1], au=auth(ME_P, "amazon.com"),
    note="Japanese keigo confirmation in HTML-only base64 table; 〜いただけますでしょうか.")

add("aws-weekly", "unrelated", False, None, [],
    "AWS Newsletter <aws-marketing-email-replies@amazon.com>", ME_P,
    "This week on AWS: new certification exam guides, Builder ID tips",
    "Fri, 02 May 2025 16:00:00 +0000",
    text="""AWS WEEKLY

* New exam guide for AWS Certified Machine Learning Engineer - Associate
* Tip: merging AWS Certification accounts? Contact AWS Training and Certification support.
* Reply to this email to tell us what you'd like to see next week.

Unsubscribe: https://pages.awscloud.com/unsub
""", au=auth(ME_P, "amazon.com"),
    note="AWS marketing mentioning merges and inviting replies.")

closeE = """Hi Kenta, just a heads-up: this case will auto-close on May 8 unless we hear back from you.
A one-line reply to the message below is all we need.

Aiko

--- Previous message ---
Account #2 を Account #1 に統合し、Account #1 を残す形でよろしいでしょうか。
内容にお間違いがなければ、その旨をご返信いただけますでしょうか。
"""
n_closeE = add("corr-e3", "closing_notice", True, E, [], TCF, ME_P, TCSUBJ % E,
    "Mon, 05 May 2025 03:02:44 +0000", text=closeE, cte="quoted-printable", irt=n_confE,
    refs=[n_ackE, n_repE1, n_confE], au=auth(ME_P, "amazon.com"),
    note="Short informal auto-close warning top-posted above the quoted Japanese confirmation request.")

repE2 = """Aiko 様

ご連絡が遅くなり申し訳ありません。
はい、Account #2 (%s) を Account #1 (%s) に統合してください。

立花

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Monday, May 5, 2025 12:02 PM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

%s
""" % (ID_SSO, ID_P, TC, E, closeE)
n_repE2 = add("reply-e2", "user_reply", False, E, [ID_SSO, ID_P], "Kenta Tachibana <%s>" % ME_P, TCF,
    TCSUBJ % E, "Mon, 05 May 2025 21:45:10 +0900", text=repE2, charset="shift_jis", cte="base64",
    irt=n_closeE, refs=[n_ackE, n_confE, n_closeE], dom="mail.gmail.com",
    note="Japanese confirmation (Shift_JIS base64) with Outlook-style quote.")

resE = """立花 様

ご確認ありがとうございました。Account #2 を Account #1 (%s) に統合いたしました。
試験履歴および認定はすべて Account #1 でご確認いただけます。本件の対応は以上となります。

その他ご不明な点がございましたら、お気軽にこのメールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
Aiko

> はい、Account #2 (%s) を Account #1 (%s) に統合してください。
> Account #2 を Account #1 に統合し、Account #1 を残す形でよろしいでしょうか。
> 内容にお間違いがなければ、その旨をご返信いただけますでしょうか。
""" % (ID_P, ID_SSO, ID_P)
n_resE = add("done-e", "resolved", False, E, [ID_P], TCF, ME_P, TCSUBJ % E,
    "Tue, 06 May 2025 00:58:22 +0000", text=resE, cte="quoted-printable", irt=n_repE2,
    refs=[n_ackE, n_confE, n_closeE, n_repE2], au=auth(ME_P, "amazon.com"),
    note="Japanese completion; conditional 〜がございましたら…ご返信ください; quoted old request.")

add("credly-updated", "badge", False, None, [], "Credly <admin@credly.com>", ME_P,
    "Your badge has been updated: AWS Certified Solutions Architect - Professional",
    "Tue, 06 May 2025 03:14:09 +0000",
    html="""<html><body><p>Hi Kenta,</p>
<p>Your <b>AWS Certified Solutions Architect &ndash; Professional</b> badge from Amazon Web Services
Training and Certification has been moved to your Credly account.</p>
<p><a href="https://www.credly.com/users/kenta-tachibana/badges">View your badges</a></p></body></html>""",
    au=auth(ME_P, "credly.com"), dom="credly.com", note="Credly HTML-only badge update.")

add("signin-code", "unrelated", False, None, [], "AWS <no-reply@login.awsapps.com>", ME_P,
    "Your AWS sign-in verification code", "Wed, 07 May 2025 10:20:41 +0000",
    text="""Verification code: 441902

Enter this code to finish signing in. It expires in 10 minutes.
""", au=auth(ME_P, "awsapps.com"), dom="awsapps.com", note="Sign-in OTP.")

add("phish-merge-jp", "suspicious", False, None, [],
    "AWS トレーニングと認定 <noreply@aws-certify-jp.com>", ME_P,
    "【重要】AWS認定アカウントの統合手続きが保留されています",
    "Thu, 08 May 2025 23:51:07 +0000",
    text="""お客様各位

お客様の AWS 認定アカウントの統合手続きが本人確認未完了のため保留されています。
24 時間以内に以下のリンクからログインし、本人確認を完了してください。
完了いただけない場合、保有資格が失効いたします。

https://aws-certify-jp.com/login

AWS トレーニングと認定 サポートセンター
""", au=auth(ME_P, "aws-certify-jp.com"), dom="aws-certify-jp.com",
    note="Japanese phishing from lookalike domain about a 'held' merge.")

add("hr-offboarding", "unrelated", False, None, [],
    "人事部 <jinji@hoshizora-sys.co.jp>", ME_C, "退職手続きに関するご案内",
    "Fri, 28 Mar 2025 01:00:00 +0000",
    text="""立花 健太 さん

退職手続きについてご案内します。以下の書類を 3月31日までに人事部へご提出ください。
・健康保険証
・社員証
・退職届 (押印済み)

なお、会社メールアドレスは 3月31日 23:59 をもって利用停止となります。
""", charset="iso-2022-jp", cte="7bit", au=auth(ME_C, "hoshizora-sys.co.jp"),
    dom="hoshizora-sys.co.jp", note="HR mail with requests (not support); ISO-2022-JP.")

add("training-class", "unrelated", False, None, [],
    "AWS Training <no-reply@aws.training>", ME_P,
    "Reminder: your AWS Skill Builder lab session starts tomorrow",
    "Mon, 12 May 2025 08:00:00 +0000",
    text="""Hello Kenta,

Your AWS Jam session "Security Jam - May" starts tomorrow at 10:00 JST.
Please make sure you can sign in to AWS Skill Builder with your Builder ID before the session.

AWS Training and Certification
""", au=auth(ME_P, "aws.training"), dom="aws.training",
    note="Training reminder with 'Please make sure'; not a case.")

add("dmarc-fail-ack", "suspicious", False, None, [], TCF, ME_C,
    "RE:[CASE 174281100200911] [AWS Training and Certification Form Submission] - account-assistance",
    "Mon, 31 Mar 2025 14:02:19 +0000",
    text="""Hello,

Thank you for contacting Amazon Web Services. Your merge request needs a final identity check
before your company mailbox is closed. Reply to this e-mail with your AWS Builder ID password and
the verification code you receive, and we will complete the merge today.

Amazon Web Services
""", au=auth(ME_C, "amazon.com", ok=False, mailfrom="relay.mail-aws-support.com"),
    dom="mail-aws-support.com",
    note="Looks like a genuine case mail to the company address but dmarc=fail; asks for a reply.")

# keep file order = arrival order: sort by date
import email.utils
MSGS_SORTED = sorted(MSGS, key=lambda m: email.utils.parsedate_to_datetime(m["date"]))

def main():
    # renumber by arrival; replies must come after what they answer
    order = {m["n"]: i + 1 for i, m in enumerate(MSGS_SORTED)}
    for m in MSGS_SORTED:
        if m["irt"]:
            assert order[m["irt"]] < order[m["n"]], (m["slug"], "reply before parent")
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    rows = []
    for m in MSGS_SORTED:
        k = order[m["n"]]
        base = "%03d-%s" % (k, m["slug"])
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(render(m))
        lab = {"kind": m["kind"], "needs_reply": m["needs"], "case": m["case"],
               "candidate_ids": m["ids"]}
        with open(os.path.join(OUT, base + ".json"), "w") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((base, m))
    with open(os.path.join(OUT, "index.tsv"), "w") as fh:
        for base, m in rows:
            fh.write("%s\t%s\t%s\t%s\t%s\n" % (base, m["kind"], m["needs"], m["case"], m["note"]))
    print(len(rows), "messages")

if __name__ == "__main__":
    main()
