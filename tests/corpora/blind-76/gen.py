#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-slug.eml + NNN-slug.json beside this script, plus README.md.
One mailbox owner: personal nakahara.shun.p@gmail.com, company s-nakahara@kitahama-sys.co.jp.
"""
import base64
import hashlib
import html
import json
import os
import quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

ME_P = "nakahara.shun.p@gmail.com"
ME_C = "s-nakahara@kitahama-sys.co.jp"
ME_NAME = "Shun Nakahara"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

# cases
A = "8123457760"          # 2021 form case, duplicate profile (10 digits)
B = "13275480921"         # 2023 console case (11 digits)
C = "12903388417"         # 2023 form case, name spelling (11 digits)
M = "174286153400271"     # 2025 main merge case (15 digits)
D = "174286201100094"     # 2025 duplicate form submission
E = "174528000900618"     # 2025 third (SSO) account
F = "174681203300442"     # 2025 console case, personal AWS account

CID_P = "AWS11873590"     # personal (kept)
CID_DUP = "AWS09925148"   # 2021 duplicate
CID_C = "AWS04417263"     # company account
CID_SSO = "AWS07730412"   # partner-central SSO account

ACCT_C = "481516234200"   # company AWS account id (12 digits)
ACCT_P = "902311457718"   # personal AWS account id

MSGS = []
MIDS = {}
BODIES = {}


def dt(y, mo, d, h, mi, tz=JST):
    return datetime(y, mo, d, h, mi, 7 + (mi * 13) % 50, tzinfo=tz)


def mid(key, domain):
    h = hashlib.sha1(key.encode()).hexdigest()
    if domain == "ses":
        return "<0100%s-%s-%s-000000@email.amazonses.com>" % (h[:12], h[12:20], h[20:28])
    if domain == "gmail":
        return "<CAF%s%s@mail.gmail.com>" % (h[:10].upper(), h[10:30])
    if domain == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:4].upper(), h[4:20].upper(), h[20:24])
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def enc_hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def ad(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)


CSLABEL = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "us-ascii": "us-ascii"}


def leaf(text, ctype="text/plain", cs="utf-8", cte="8bit", extra=None):
    raw = text.encode(cs)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    hs = [("Content-Type", '%s; charset="%s"' % (ctype, CSLABEL[cs])), ("Content-Transfer-Encoding", cte)]
    if extra:
        hs += extra
    return (hs, body)


def multi(sub, parts, boundary, extra_ct=""):
    hs = [("Content-Type", 'multipart/%s; boundary="%s"%s' % (sub, boundary, extra_ct))]
    out = b""
    for ph, pb in parts:
        out += b"--" + boundary.encode() + b"\n"
        for k, v in ph:
            out += ("%s: %s\n" % (k, v)).encode()
        out += b"\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return (hs, out)


def raw_part(ctype, body_bytes):
    return ([("Content-Type", ctype)], body_bytes)


def to_html(text, table=None):
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + "\n".join(out) + "\n</body></html>\n")


def alt(text, boundary, cs="utf-8", cte_t="quoted-printable", cte_h="quoted-printable", html_text=None):
    return multi("alternative", [leaf(text, "text/plain", cs, cte_t),
                                 leaf(html_text or to_html(text), "text/html", cs, cte_h)], boundary)


def q(text, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in text.splitlines())


def auth_gmail(dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, policy="QUARANTINE"):
    mailfrom = mailfrom or ("0100%s@amazonses.com" % hashlib.md5(dom.encode()).hexdigest()[:10] if dom == "amazon.com" else "bounce@" + dom)
    mfdom = mailfrom.split("@")[1]
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=Qx3%s;\n"
            "       spf=%s (google.com: domain of %s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s") % (
        dkim, dom if dkim == "pass" else mfdom, "224i4yxa5dv7c2xz3womw6peuasteono", hashlib.md5(dom.encode()).hexdigest()[:5],
        spf, mailfrom, 20 + len(dom), mailfrom, dmarc, policy, policy,
        "NONE" if dmarc == "pass" else "QUARANTINE", dom)


def auth_o365(dom, ok=True):
    if ok:
        return ("spf=pass (sender IP is 54.240.27.%d) smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100") % (10 + len(dom), dom, dom)
    return ("spf=fail (sender IP is 185.220.101.4) smtp.mailfrom=%s; dkim=none (message not signed)\n"
            " header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000") % (dom, dom)


def add(key, slug, label, note, *, frm, to, subject, date, part, msgid=None, reply_to_key=None, refs_keys=None,
        cc=None, auth=None, delivered=None, extra=None, crlf=False, subj_cs="utf-8", body_for_quote=None,
        received=None):
    n = len(MSGS) + 1
    msgid = msgid or mid(key, "ses")
    MIDS[key] = msgid
    if body_for_quote is not None:
        BODIES[key] = body_for_quote
    hs = []
    if delivered:
        hs.append(("Delivered-To", delivered))
    if received:
        hs.append(("Received", received))
    if auth:
        hs.append(("Authentication-Results", auth))
    hs += [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", enc_hdr(subject, subj_cs)), ("Date", format_datetime(date)), ("Message-ID", msgid)]
    if reply_to_key:
        hs.append(("In-Reply-To", MIDS[reply_to_key]))
        refs = [MIDS[k] for k in (refs_keys or [])] + [MIDS[reply_to_key]]
        seen = []
        for r in refs:
            if r not in seen:
                seen.append(r)
        hs.append(("References", "\n ".join(seen)))
    if extra:
        hs += extra
    hs.append(("MIME-Version", "1.0"))
    ph, pb = part
    hs += ph
    out = b""
    for k, v in hs:
        out += ("%s: %s\n" % (k, v)).encode()
    out += b"\n" + pb
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    day = date.astimezone(JST).strftime("%Y%m%d")
    same = sum(1 for m in MSGS if m[0][4:].startswith("mail-" + day))
    fname = "%03d-mail-%s%s" % (n, day, "" if not same else "-" + "bcdefg"[same - 1])
    MSGS.append((fname, out, label, note))
    return n


def L(kind, nr, case, cids=()):
    return {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": list(cids)}


def tcsubj(case, sp=False):
    return ("RE: [CASE %s]" if sp else "RE:[CASE %s]") % case + " [AWS Training and Certification Form Submission] - account-assistance"


GM = lambda: auth_gmail("amazon.com")
RCV_SES = "from a8-12.smtp-out.amazonses.com (a8-12.smtp-out.amazonses.com. [54.240.8.12])\n        by mx.google.com with ESMTPS id x7si2233015qtn.12"
RCV_O365 = "from a27-30.smtp-out.us-west-2.amazonses.com (54.240.27.30) by\n OS0P286CA0012.mail.protection.outlook.com with Microsoft SMTP Server"

CONSOLE_FOOT = (
    "\n\n===================================================\n\n"
    "To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en\n\n"
    "(If you are connecting by federation, log in before following the link.)\n\n"
    "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
    "To update this case, please return to the AWS Support Center using the link above.\n\n"
    "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n")
SURVEY_FOOT = ("\n\nWe value your feedback. Please share your experience by rating this and other correspondences "
               "in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right "
               "corner of the correspondence.\n")
CONSOLE_FOOT_JA = (
    "\n\n===================================================\n\n"
    "このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください:\n\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja\n\n"
    "(フェデレーションを使用して接続している場合は、リンクをクリックする前にログインしてください。)\n\n"
    "※このメールは受信できないアドレスから送信されています。\n"
    "ケースを更新するには、上記リンクから AWS サポートセンターにアクセスしてください。\n")
SURVEY_FOOT_JA = ("\n\nお客様のご意見をお聞かせください。AWS サポートセンターで、各回答の右上にある星を選択して、"
                  "この回答およびその他の回答を評価していただけます。\n")

# =====================================================================
# 2021: case A (10 digits) - duplicate profile under the same e-mail
# =====================================================================
t = ("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your request.\n"
     "The details of your case are as follows:\n\nCase ID: %s\nSubject: [AWS Training and Certification Form Submission] - account-assistance\n"
     "Severity: General guidance\nCorrespondence: Inquiry type: Certification\nAdditional details: Account Merge\n"
     "Description: Hi, my Credly badges stopped updating after I passed the Developer exam. I think I ended up with a\n"
     "second certification account under the same email (%s) when the Amazon login went away.\n"
     "Can you merge them?\n\n"
     "We will respond within 24 hours. Please do not open a new case for the same request; if you have further\n"
     "details to add, simply reply to this email.\n\nBest regards,\nAmazon Web Services\n") % (A, A, ME_P)
add("a1", "form-receipt-june", L("acknowledgement", False, A),
    "Plain-text ack, 10-digit case; ends with conditional 'if you have further details ... reply' (not a request).",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(A), date=dt(2021, 6, 7, 22, 41),
    part=leaf(t, cs="us-ascii", cte="7bit"), auth=GM(), delivered=ME_P, received=RCV_SES, body_for_quote=t)

t = ("Hi Shun,\n\nI looked up %s and only one certification profile comes back for that address, so the second one is\n"
     "probably sitting under a slightly different login.\n\n"
     "What candidate IDs do the two accounts show? It is the \"AWS\" followed by eight digits in the upper right\n"
     "corner once you're signed in to each of them.\n\nThanks,\nMarisol R.\nAWS Training and Certification\n") % ME_P
add("a2", "profile-lookup-question", L("info_request", True, A),
    "Ask is a bare question ('What candidate IDs do the two accounts show?'), no please/kindly; 'AWS + eight digits' is not an ID.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(A), date=dt(2021, 6, 9, 3, 14),
    part=leaf(t), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="a1", body_for_quote=t)

t = ("Hi Marisol,\n\nThanks for checking. Here they are:\n\n%s - the one I created by mistake this spring\n"
     "%s - my original account, this is the one I want to keep\n\nShun\n\n"
     "On Wed, Jun 9, 2021 at 3:14 AM Amazon Web Services <%s> wrote:\n\n%s\n") % (CID_DUP, CID_P, TC, q(BODIES["a2"]))
add("a3", "reply-with-ids", L("user_reply", False, A, [CID_DUP, CID_P]),
    "Owner's Gmail reply; quoted question below must not make it a request; two candidate IDs in new text.",
    frm=ad(ME_NAME, ME_P), to=TC, subject="Re: " + tcsubj(A), date=dt(2021, 6, 9, 8, 2),
    part=leaf(t), msgid=mid("a3", "gmail"), reply_to_key="a2", refs_keys=["a1"], body_for_quote=t)

t = ("Dear Shun Nakahara,\n\nThank you for scheduling your exam with Pearson VUE.\n\n"
     "Exam: AWS Certified Developer - Associate (DVA-C01)\nRegistration ID: 412803559\n"
     "Appointment: Saturday, June 26, 2021 10:00 AM JST\nDelivery: OnVUE online proctored\n\n"
     "Please review the details above and contact us if anything is incorrect. Run the system test before exam day.\n\n"
     "To reschedule or cancel, sign in to your Pearson VUE account at least 24 hours before the appointment.\n\n"
     "Pearson VUE Customer Service\n")
add("a4", "exam-appointment", L("unrelated", False, None),
    "Exam-vendor mail with a 9-digit registration ID and 'contact us if incorrect'.",
    frm=ad("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
    subject="Confirmation of your AWS Certified Developer - Associate exam appointment", date=dt(2021, 6, 10, 11, 5),
    part=leaf(t), auth=auth_gmail("pearson.com"), delivered=ME_P, msgid=mid("a4", "pearson.com"))

t = ("Hello Shun,\n\nThank you for your patience. I have merged %s into %s. The exam history and both\n"
     "certifications now sit under %s and the other profile has been deactivated. Credly normally picks the\n"
     "change up within a day or two.\n\nBest,\nTomasz K.\nAWS Training and Certification Support\n\n"
     "-----Original Message-----\nFrom: %s\nSent: Tuesday, June 8, 2021 11:02 PM\nTo: %s\nSubject: Re: %s\n\n%s\n") % (
    CID_DUP, CID_P, CID_P, ME_P, TC, tcsubj(A), BODIES["a3"])
add("a5", "merged-june", L("resolved", False, A, [CID_DUP, CID_P]),
    "Completion in own words (no 'successfully merged'); Outlook-quoted history contains the earlier question.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(A), date=dt(2021, 6, 11, 6, 30),
    part=leaf(t, cte="quoted-printable"), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="a3",
    refs_keys=["a1", "a2"])

t = ("Shun, you've earned a badge!\n\nAmazon Web Services Training and Certification has issued you a badge:\n"
     "AWS Certified Developer - Associate\n\nAccept your badge to share it and track your achievements:\n"
     "https://www.credly.com/badges/5d0a8c3e-91f4-4b6e-a1c2-7f3e2d9b0a41\n\n"
     "Please don't reply to this email. Questions? Visit support.credly.com\n\nCredly, Inc.\n")
add("a6", "new-achievement", L("badge", False, None),
    "Credly badge mail with 'Accept your badge' imperative and a UUID.",
    frm=ad("Credly", "admin@credly.com"), to=ME_P, subject="Shun, you've earned a badge from Amazon Web Services Training and Certification",
    date=dt(2021, 6, 12, 1, 18), part=alt(t, "crd-a6-b1"), auth=auth_gmail("credly.com"), delivered=ME_P,
    msgid=mid("a6", "credly.com"))

t = ("Hello Shun,\n\nAWS Certification wants to hear from you. We are looking for certified individuals to share\n"
     "feedback about their certification journey. The survey takes about 10 minutes.\n\n"
     "Please respond by July 30, 2021: https://survey.certmetrics.com/aws/2021q3?src=em\n\n"
     "Thank you,\nAWS Certification\n\nThis message was sent from an unmonitored mailbox.\n")
add("a7", "program-feedback-2021", L("certification", False, None),
    "certmetrics feedback invitation: 'Please respond by' looks like an ask; not a support case.",
    frm=ad("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P, subject="AWS Certification wants to hear from you",
    date=dt(2021, 7, 14, 2, 0), part=leaf(t), auth=auth_gmail("certmetrics.com"), delivered=ME_P,
    msgid=mid("a7", "certmetrics.com"))
# =====================================================================
# 2023: console case B (company address), form case C (name spelling)
# =====================================================================
t = ("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the account ending in\n"
     "4200, is available on the AWS web site. Your account will be charged the following:\n\n"
     "Total: $38.17\n\nYou can see a complete break down of all charges on the Billing & Cost Management page located here:\n"
     "https://console.aws.amazon.com/billing/home#/bill?year=2023&month=1\n\n"
     "Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n"
     "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")
add("b0", "statement-january", L("unrelated", False, None),
    "Billing mail from the same sender as console cases (no-reply-aws@amazon.com), 12-digit account id in subject.",
    frm=ad("Amazon Web Services", NOREPLY), to=ME_C,
    subject="Amazon Web Services Billing Statement Available [Account: %s]" % ACCT_C, date=dt(2023, 2, 3, 17, 22),
    part=leaf(t), auth=auth_o365("amazon.com"), received=RCV_O365, crlf=True)

t = ("Dear Amazon Web Services Customer,\n\nThank you for contacting Amazon Web Services. We have opened case %s for your AWS Account [AWS ID %s].\n"
     "The details of your case are as follows:\n\nCase ID: %s\nSubject: Exam discount voucher not visible after passing SAA-C03\n"
     "Severity: General guidance\nCorrespondence: I passed the Solutions Architect Associate exam on Feb 10 but the 50%%\n"
     "discount voucher is not shown anywhere. Where can I find it?\n\n"
     "We will respond to your case as soon as possible.") % (B, ACCT_C, B) + CONSOLE_FOOT.format(case=B)
add("b1", "console-new-case", L("acknowledgement", False, B),
    "Console 'New Support case' mail; 12-digit AWS account id next to the 11-digit case; 'To contact us again... return to Support Center' is not an ask.",
    frm=ad("Amazon Web Services", NOREPLY), to=ME_C, subject="Amazon Web Services: New Support case: %s" % B,
    date=dt(2023, 2, 14, 13, 5), part=leaf(t), auth=auth_o365("amazon.com"), received=RCV_O365, crlf=True)

t = ("Hello,\n\nThanks for reaching out about the exam voucher.\n\n"
     "Benefits such as the 50% discount voucher are issued to the certification account (your CertMetrics\n"
     "profile) that sat the exam, not to the AWS account this case was opened from - which is why nothing shows up\n"
     "in Billing or anywhere else in the console. Vouchers normally appear under Benefits within five business\n"
     "days of the result being published, and they can only be redeemed for an exam booked through that same\n"
     "certification account.\n\n"
     "To look into it from our side we will need the candidate ID of the profile you passed the exam with, and\n"
     "the exact date of the exam.\n\nBest regards,\n\nKevin L.\nAmazon Web Services") + SURVEY_FOOT + CONSOLE_FOOT.format(case=B)
add("b2", "console-voucher-details", L("info_request", True, B),
    "Console case (answer only in Support Center); the ask 'we will need the candidate ID...' comes after a long explanation; survey footer; multipart/alternative.",
    frm=ad("Amazon Web Services", NOREPLY), to=ME_C, subject="RE:[CASE %s] Exam discount voucher not visible after passing SAA-C03" % B,
    date=dt(2023, 2, 15, 4, 48), part=alt(t, "----=_Part_88213_44192.1676404080"), auth=auth_o365("amazon.com"),
    received=RCV_O365, reply_to_key="b1", body_for_quote=t)

t = ("Hello again,\n\nI'm following up on my previous message, where I asked for the candidate ID and the exam date.\n"
     "As we haven't had an update from you, this case will move to Resolved if nothing is added within the next\n"
     "3 days. Adding a correspondence in the Support Center will keep it open.\n\nKevin L.\nAmazon Web Services") + SURVEY_FOOT + CONSOLE_FOOT.format(case=B)
add("b3", "console-followup", L("closing_notice", True, B),
    "Console closing notice; wording 'will move to Resolved' / 'will keep it open', no 'close' or 'please'.",
    frm=ad("Amazon Web Services", NOREPLY), to=ME_C, subject="RE:[CASE %s] Exam discount voucher not visible after passing SAA-C03" % B,
    date=dt(2023, 2, 20, 5, 12), part=leaf(t), auth=auth_o365("amazon.com"), received=RCV_O365, reply_to_key="b2",
    refs_keys=["b1"], crlf=True)

t = ("Hi,\n\nThank you for the details (%s, exam taken on 2023-02-10). I've passed them on to the Certification\n"
     "team, who can see the benefit records. They usually respond within 2-3 business days and I'll update this\n"
     "case as soon as I hear back.\n\nKevin L.\nAmazon Web Services") % CID_C + SURVEY_FOOT + CONSOLE_FOOT.format(case=B)
add("b4", "console-escalated", L("case_update", False, B, [CID_C]),
    "Console progress note, asks nothing; footers (survey, 'return to the Support Center') look like asks.",
    frm=ad("Amazon Web Services", NOREPLY), to=ME_C, subject="RE:[CASE %s] Exam discount voucher not visible after passing SAA-C03" % B,
    date=dt(2023, 2, 21, 2, 40), part=leaf(t), auth=auth_o365("amazon.com"), received=RCV_O365, reply_to_key="b3",
    refs_keys=["b1", "b2"], crlf=True)

t = ("Hello,\n\nThe Certification team has re-issued the voucher. It now appears under Benefits on %s and is valid\n"
     "until 2024-02-10. Since there's nothing further needed, I'll set this case to resolved.\n\n"
     "Thanks for your patience,\nKevin L.\nAmazon Web Services") % CID_C + SURVEY_FOOT + CONSOLE_FOOT.format(case=B)
add("b5", "console-voucher-reissued", L("resolved", False, B, [CID_C]),
    "Console resolution with survey footer and 'To contact us again...' footer.",
    frm=ad("Amazon Web Services", NOREPLY), to=ME_C, subject="RE:[CASE %s] Exam discount voucher not visible after passing SAA-C03" % B,
    date=dt(2023, 2, 24, 9, 1), part=alt(t, "----=_Part_90421_11873.1677196860"), auth=auth_o365("amazon.com"),
    received=RCV_O365, reply_to_key="b4", refs_keys=["b1", "b2", "b3"])

t = ("How did we do?\n\nYour AWS Support case %s was recently resolved. Tell us about your experience - it takes less\n"
     "than a minute.\n\nHow satisfied were you with the support you received?\n"
     "  Very satisfied:    https://console.aws.amazon.com/support/feedback?case=%s&r=5\n"
     "  Satisfied:         https://console.aws.amazon.com/support/feedback?case=%s&r=4\n"
     "  Neutral:           https://console.aws.amazon.com/support/feedback?case=%s&r=3\n"
     "  Dissatisfied:      https://console.aws.amazon.com/support/feedback?case=%s&r=2\n\n"
     "This survey will be open for 14 days.\n\nAmazon Web Services Support\n") % (B, B, B, B, B)
add("b6", "rate-experience", L("survey", False, B),
    "Standalone console satisfaction survey naming the case.",
    frm=ad("Amazon Web Services", NOREPLY), to=ME_C, subject="Tell us about your recent AWS Support experience (Case %s)" % B,
    date=dt(2023, 2, 25, 10, 30), part=leaf(t), auth=auth_o365("amazon.com"), received=RCV_O365, crlf=True)

t = ("Verify your AWS Builder ID email address\n\nThanks for starting the new AWS Builder ID registration process. We want to make sure\n"
     "it's really you. Please enter the following verification code when prompted.\n\nVerification code\n\n583104\n\n"
     "(This code is valid for 30 minutes)\n\nIf you don't want to create an AWS Builder ID, you can ignore this message.\n")
add("b7", "verify-email-code", L("unrelated", False, None),
    "Builder ID 6-digit code; 'Please enter the following code' is not a support ask.",
    frm=ad("AWS", "no-reply@signin.aws"), to=ME_C, subject="Verify your AWS Builder ID email address",
    date=dt(2023, 3, 2, 20, 11), part=alt(t, "=_bid_0302"), auth=auth_o365("signin.aws"), received=RCV_O365)

t = ("中原 駿 様\n\nアマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様のリクエストに対応するため、\n"
     "ケース %s を作成いたしました。ケースの詳細は以下のとおりです。\n\n"
     "ケース ID: %s\n件名: [AWS Training and Certification Form Submission] - account-assistance\n"
     "お問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: 認定証の氏名変更\n"
     "お問い合わせ内容:\n  認定証に記載される氏名のローマ字表記を「Syun Nakahara」から「Shun Nakahara」に修正したいです。\n"
     "  認定アカウントのメールアドレスは会社のもの(%s)です。\n\n"
     "通常24時間以内にご連絡いたしますが、最善の解決策を見つけるためにさらにお時間を頂戴する場合がございます。\n"
     "すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。\n\n"
     "Amazon Web Services\n") % (C, C, ME_C)
add("c1", "uketsuke-rokugatsu", L("acknowledgement", False, C),
    "Japanese ack in Shift_JIS (8bit), 11-digit case; 'do not open another case' sounds imperative but asks nothing.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(C), date=dt(2023, 6, 5, 12, 44),
    part=leaf(t, cs="shift_jis", cte="8bit"), auth=GM(), delivered=ME_P, received=RCV_SES, crlf=True)

t = ("中原様\n\nお問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの佐々木でございます。\n\n"
     "氏名表記の変更につきましては、セキュリティ上の理由により、認定アカウントにご登録のメールアドレス以外からの\n"
     "ご依頼を承ることができかねます。今回のお問い合わせは個人のメールアドレスから頂戴しておりますため、\n"
     "お手数ではございますが、ご登録のメールアドレス(%s)より本メールへご返信いただけますでしょうか。\n"
     "その際、ご希望の表記(姓・名)を改めてご記載いただけますと幸いです。\n\n"
     "何卒よろしくお願いいたします。\n\n佐々木\nAWS トレーニングと認定 カスタマーサポート\n") % ME_C
add("c2", "hyouki-henkou-kakunin", L("info_request", True, C),
    "Japanese keigo ask (ご返信いただけますでしょうか) to write again from the registered address; UTF-8 base64.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(C), date=dt(2023, 6, 6, 16, 20),
    part=leaf(t, cte="base64"), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="c1", body_for_quote=t)

h = ("<html><body><table width=\"600\" align=\"center\"><tr><td style=\"font-family:sans-serif\">"
     "<h2>AWS Summit Japan 2023 まもなく開催</h2><p>中原 駿 様</p>"
     "<p>6月20日・21日に幕張メッセで開催される AWS Summit Japan の参加登録はお済みですか? "
     "150 以上のセッションと EXPO をご用意しています。</p>"
     "<p><a href=\"https://aws.amazon.com/jp/summits/japan/?trk=em\">今すぐ登録してください</a></p>"
     "<p>本メールへのご返信はお受けできません。配信停止は<a href=\"https://pages.awscloud.com/unsub\">こちら</a>。</p>"
     "<p>アマゾン ウェブ サービス ジャパン合同会社</p></td></tr></table></body></html>\n")
add("c3", "summit-annai", L("unrelated", False, None),
    "Japanese AWS marketing, HTML-only QP, imperative 登録してください.",
    frm=ad("AWS Japan", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="【AWS Summit Japan】参加登録はお済みですか?", date=dt(2023, 6, 8, 10, 0),
    part=leaf(h, "text/html", cte="quoted-printable"), auth=GM(), delivered=ME_P, received=RCV_SES)

t = ("中原さん\n\n先日お送りしたメール(ご登録メールアドレスからのご返信のお願い)について、まだご連絡をいただけていないようです。\n\n"
     "6月16日までにご返信がない場合、本ケースはクローズとなります。手続きを続ける場合は、%s から\n"
     "このメールに返信してください。\n\n山本\nAWS Training and Certification\n") % ME_C
add("c4", "goshoukai-mada", L("closing_notice", True, C),
    "Japanese closing notice in plain 〜してください, different agent; also repeats the ask.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(C), date=dt(2023, 6, 13, 9, 58),
    part=leaf(t, cs="iso-2022-jp", cte="7bit"), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="c2",
    refs_keys=["c1"], subj_cs="iso-2022-jp", body_for_quote=t)

t = ("山本様\n\nご連絡ありがとうございます。返信が遅くなり申し訳ございません。\n"
     "登録メールアドレスから改めてお送りいたします。\n\n希望する表記:\n  姓: Nakahara\n  名: Shun\n\n"
     "よろしくお願いいたします。\n中原 駿\n\n"
     "________________________________\n差出人: Amazon Web Services <%s>\n送信日時: 2023年6月13日 9:58\n"
     "宛先: %s <%s>\n件名: %s\n\n%s\n") % (TC, ME_P, ME_P, tcsubj(C), BODIES["c4"])
add("c5", "kaisha-kara-henshin", L("user_reply", False, C),
    "Owner replies from the company address, ISO-2022-JP, Japanese Outlook header block (差出人/送信日時) over the quoted ask.",
    frm=ad("中原 駿", ME_C, "iso-2022-jp"), to=TC, subject="RE: " + tcsubj(C), date=dt(2023, 6, 13, 18, 31),
    part=leaf(t, cs="iso-2022-jp", cte="7bit"), msgid=mid("c5", "outlook"), reply_to_key="c4",
    refs_keys=["c1", "c2"], crlf=True, extra=[("X-Mailer", "Microsoft Outlook 16.0")])

t = ("中原様\n\nご返信いただきありがとうございます。\n"
     "認定アカウントのご登録氏名を「Shun Nakahara」に変更いたしました。認定証の PDF は、再度ダウンロードいただくと\n"
     "新しい表記で発行されます。Credly のバッジへの反映には最大で 48 時間ほどかかる場合がございます。\n\n"
     "本件につきましては以上で対応完了となります。ご不明な点がございましたら、お気軽に本メールにご返信ください。\n\n"
     "佐々木\nAWS トレーニングと認定 カスタマーサポート\n\n"
     "--- 以前のやり取り ---\n%s\n") % q(BODIES["c2"])
add("c6", "henkou-kanryou", L("resolved", False, C),
    "Japanese completion; quoted old keigo ask below; conditional 〜がございましたら…ご返信ください.",
    frm=ad("Amazon Web Services", TC), to=ME_C, subject=tcsubj(C), date=dt(2023, 6, 14, 11, 3),
    part=leaf(t, cte="8bit"), auth=auth_o365("amazon.com"), received=RCV_O365, reply_to_key="c5",
    refs_keys=["c1", "c2", "c4"])

t = ("Congratulations on recertifying your AWS Certification!\n\nShun Nakahara,\n\n"
     "You have successfully recertified AWS Certified Solutions Architect - Associate. Your new expiration date is\n"
     "September 12, 2026. Your digital badge will be updated on Credly within 5 business days.\n\n"
     "Log in to your AWS Certification Account to download your certificate.\n\nAWS Certification\n")
add("c7", "recert-2023", L("certification", False, None),
    "certmetrics recertification notice to the company address.",
    frm=ad("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Congratulations on recertifying your AWS Certification!", date=dt(2023, 9, 12, 7, 45),
    part=alt(t, "cm-rec-5521"), auth=auth_o365("certmetrics.com"))

t = ("Merged #214 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
     "https://github.com/kitahama-sys/infra-terraform/pull/214#event-10455120\n"
     "You are receiving this because you authored the thread.\n")
add("c8", "pr-214", L("unrelated", False, None),
    "GitHub 'Merged' notification with 'Reply to this email directly'.",
    frm=ad("Kenji Okada", "notifications@github.com"), to="kitahama-sys/infra-terraform <infra-terraform@noreply.github.com>",
    cc=ad(ME_NAME, ME_C) + ", Author <author@noreply.github.com>",
    subject="Re: [kitahama-sys/infra-terraform] Add certification account cleanup job (PR #214)", date=dt(2023, 10, 4, 15, 2),
    part=leaf(t), msgid="<kitahama-sys/infra-terraform/pull/214/issue_event/10455120@github.com>",
    auth=auth_o365("github.com"))

# =====================================================================
# 2025: leaving Kitahama Systems (APN partner). Case M (+ duplicate D)
# =====================================================================
t = ("Hello Shun Nakahara,\n\nYour AWS Certified Developer - Associate certification expires in 90 days, on April 8, 2025.\n\n"
     "To keep it current, recertify before it expires by passing the current version of the exam, or a higher-level\n"
     "exam. Remember to check your Benefits page for any available discount.\n\n"
     "Recertify now: https://www.aws.training/Certification\n\nAWS Certification\n")
add("m0", "expiry-90days", L("certification", False, None),
    "certmetrics expiry reminder: 'Recertify now' is an imperative but no support ask.",
    frm=ad("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Your AWS Certification expires in 90 days", date=dt(2025, 1, 8, 6, 0), part=leaf(t),
    auth=auth_o365("certmetrics.com"))

t = ("中原 駿 さん\n\n人事部の田村です。退職に伴うお手続きについてご案内いたします。\n\n"
     "1. 貸与PC・社員証は最終出社日(3月31日)に総務へご返却ください。\n"
     "2. 社用メールアカウントは3月31日 23:59 をもって停止されます。必要なデータは事前に退避してください。\n"
     "3. 源泉徴収票の送付先住所を、3月20日までに本メールへ返信する形でお知らせください。\n\n"
     "ご不明点がございましたら人事部までご連絡ください。\n\n株式会社キタハマシステムズ 人事部 田村\n")
add("m1", "taishoku-tetsuzuki", L("unrelated", False, None),
    "Company HR mail in ISO-2022-JP with a genuine request to reply - but not to AWS support.",
    frm=ad("人事部 田村", "hr@kitahama-sys.co.jp", "iso-2022-jp"), to=ME_C, subject="【ご案内】退職に伴うお手続きについて",
    date=dt(2025, 3, 10, 10, 15), part=leaf(t, cs="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp",
    msgid=mid("m1", "outlook"), crlf=True)

t = ("[INFRA-882] Rotate CI deploy keys\n\nKenji Okada changed the status to Done.\n\n"
     "Assignee: Shun Nakahara\nResolution: Fixed\n\nView issue: https://kitahama.atlassian.net/browse/INFRA-882\n\n"
     "Add a comment by replying to this email.\n")
add("m2", "jira-status", L("unrelated", False, None),
    "Jira notification: resolved/closed wording and 'reply to this email'.",
    frm=ad("Kenji Okada (Jira)", "jira@kitahama.atlassian.net"), to=ME_C, subject="[JIRA] (INFRA-882) Rotate CI deploy keys",
    date=dt(2025, 3, 19, 18, 40), part=alt(t, "jira-882-aa"), auth=auth_o365("kitahama.atlassian.net"),
    msgid=mid("m2", "Atlassian.JIRA"))

t = ("AWS Builder ID のメールアドレスを確認する\n\nAWS Builder ID の登録手続きを開始していただきありがとうございます。\n"
     "ご本人確認のため、画面の指示に従って次の検証コードを入力してください。\n\n検証コード\n\n730264\n\n"
     "(このコードの有効期限は 30 分です)\n\nAWS Builder ID を作成しない場合は、このメッセージを無視してください。\n")
add("m3", "kenshou-code", L("unrelated", False, None),
    "Japanese Builder ID 6-digit code; 入力してください is not a support ask.",
    frm=ad("AWS", "no-reply@signin.aws"), to=ME_P, subject="AWS Builder ID のメールアドレスを確認する",
    date=dt(2025, 3, 24, 21, 3), part=alt(t, "=_bid_0324", cte_t="base64", cte_h="base64"),
    auth=auth_gmail("signin.aws"), delivered=ME_P)

form_text = ("Use Case: I am leaving Kitahama Systems at the end of March and would like to merge my company\n"
             "  certification account into my personal one.\n"
             "  All email addresses used: %s, %s\n  Email address to keep: %s\n"
             "  Candidate IDs: %s (company), %s (personal)") % (ME_C, ME_P, ME_P, CID_C, CID_P)
t = ("中原 駿 様\n\nAmazon Web Services にお問い合わせいただきありがとうございます。ケース %s を作成いたしました。\n"
     "ケースの詳細は以下のとおりです。\n\nケース ID: %s\n件名: [AWS Training and Certification Form Submission] - account-assistance\n"
     "重要度: 一般的な質問\nお問い合わせ内容:\n  %s\n\n"
     "通常24時間以内にご返信いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを\n"
     "提起しないでください。追加の情報がございましたら、このメールにご返信ください。\n\n"
     "よろしくお願いいたします。\nAmazon Web Services\n") % (M, M, form_text)
add("m4", "case-uketsuke", L("acknowledgement", False, M, [CID_C, CID_P]),
    "Japanese ack, ISO-2022-JP, 15-digit case; echoed form text holds two candidate IDs; conditional 〜がございましたら…ご返信ください.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(M), date=dt(2025, 3, 25, 9, 12),
    part=leaf(t, cs="iso-2022-jp", cte="7bit"), auth=GM(), delivered=ME_P, received=RCV_SES, body_for_quote=t)

t = ("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your request.\n"
     "The details of your case are as follows:\n\nCase ID: %s\nSubject: [AWS Training and Certification Form Submission] - account-assistance\n"
     "Severity: General guidance\nCorrespondence: Inquiry type: Certification / Additional details: Account Merge\n"
     "Description: Resubmitting - I'm not sure the first form went through (the page timed out). Please merge my old\n"
     "company certification account into my personal account %s.\n\n"
     "We will respond within 24 hours. We kindly ask that you do not open a new case for the same request, as this\n"
     "may delay our response.\n\nBest regards,\nAmazon Web Services\n") % (D, D, ME_P)
add("d1", "form-receipt-second", L("acknowledgement", False, D),
    "Second ack minutes later for the same request (duplicate case); QP; 'kindly ask that you do not open' is not an ask to reply.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(D, sp=True), date=dt(2025, 3, 25, 9, 20),
    part=leaf(t, cte="quoted-printable"), auth=GM(), delivered=ME_P, received=RCV_SES)

t = ("Dear Customer,\n\nWe received a request to merge the AWS Certification accounts associated with this email address.\n"
     "Before the merge can be completed, you must verify ownership of both accounts. Unverified requests are\n"
     "cancelled after 24 hours and your certification history may be lost.\n\n"
     "Verify now: https://aws-certification-merge.com/verify?token=8fa21c\n\n"
     "AWS Training & Certification Team\n")
add("x1", "verify-ownership", L("suspicious", False, None),
    "Phishing from a lookalike domain (auth passes for its own domain), urgent merge-verification ask.",
    frm=ad("AWS Training & Certification", "support@aws-certification-merge.com"), to=ME_P,
    subject="Action required: verify ownership before your certification accounts are merged", date=dt(2025, 3, 25, 14, 2),
    part=alt(t, "b1_xk2"), auth=auth_gmail("aws-certification-merge.com", policy="NONE"), delivered=ME_P,
    msgid=mid("x1", "aws-certification-merge.com"))

t = ("Hello Shun,\n\nThank you for your patience while I looked into this.\n\n"
     "The certification account registered to %s (%s) is associated with an AWS Partner Network\n"
     "organization, Kitahama Systems Co., Ltd. Accounts linked to an APN partner are managed together with the\n"
     "partner's profile, and the certifications on them count towards the partner's program requirements. For that\n"
     "reason we cannot merge it into a personal account while the association is active, and I have put the merge\n"
     "on hold for now.\n\n"
     "If you are leaving the company (or have already left), tell us your last working day and confirm that you no\n"
     "longer want these certifications associated with Kitahama Systems. With that confirmation we can ask the\n"
     "Partner team to release the account.\n\nRegards,\nDeepak S.\nAWS Training and Certification Support\n") % (ME_C, CID_C)
add("m5", "partner-association", L("on_hold", True, M, [CID_C]),
    "APN hold that also asks (imperative 'tell us ... and confirm', no please), buried after a long explanation.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(M), date=dt(2025, 3, 26, 2, 30, UTC),
    part=leaf(t), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="m4", body_for_quote=t)

t = ("Hi,\n\nThis case was opened a few minutes after case %s with the same request. To avoid two of us working\n"
     "on the same accounts I'm closing this one as a duplicate - everything will continue on %s, and\n"
     "there's nothing you need to do here.\n\nKind regards,\nAoife\nAWS Training and Certification\n") % (M, M)
add("d2", "duplicate-closed", L("resolved", False, D),
    "Duplicate case closed by support (not for silence); mentions the other case number; belongs to the duplicate case.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(D, sp=True), date=dt(2025, 3, 26, 3, 5, UTC),
    part=leaf(t), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="d1")

t = ("Hello Deepak,\n\nYes, I am leaving Kitahama Systems. My last working day is 31 March 2025 and this mailbox will be\n"
     "closed after that. I confirm that I no longer want the certifications associated with Kitahama Systems -\n"
     "please release the account and merge it into my personal account (%s).\n\n"
     "Best regards,\nShun Nakahara\n\n"
     "From: Amazon Web Services <%s>\nSent: Wednesday, March 26, 2025 11:30 AM\nTo: %s\nSubject: %s\n\n%s\n") % (
    ME_P, TC, ME_P, tcsubj(M), BODIES["m5"])
add("m6", "last-day-answer", L("user_reply", False, M),
    "Owner's answer sent from the company address (wrong address), Outlook top-post with the hold quoted under it; CC to manager.",
    frm=ad(ME_NAME, ME_C), to=TC, cc=ad("Kenichi Okada", "k-okada@kitahama-sys.co.jp"), subject="RE: " + tcsubj(M),
    date=dt(2025, 3, 26, 13, 15), part=alt(t, "_000_TYCPR01MB8812_", cte_t="quoted-printable"),
    msgid=mid("m6", "outlook"), reply_to_key="m5", refs_keys=["m4"], body_for_quote=t)

t = ("3月26日(水)〜3月28日(金)は出張のため不在にしております。メールは確認できない場合がございます。\n"
     "お急ぎの場合は携帯電話(090-xxxx-1123)までご連絡ください。\n\n"
     "I am out of the office until Friday, March 28 with limited access to email.\n\n岡田 健一 / Kenichi Okada\n")
add("m7", "fuzai-jidou-outou", L("unrelated", False, None),
    "Colleague's out-of-office auto-reply whose subject carries the case number.",
    frm=ad("岡田 健一", "k-okada@kitahama-sys.co.jp"), to=ME_C, subject="自動応答: RE: " + tcsubj(M),
    date=dt(2025, 3, 26, 13, 16), part=leaf(t), msgid=mid("m7", "outlook"), reply_to_key="m6",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

t = ("Hi Shun,\n\nThanks for confirming. One thing before I pass this on: your reply came from %s,\n"
     "which is the address on the account being retired. For a merge, the confirmation has to come from the address\n"
     "that will be kept.\n\nCould you send the same confirmation again, this time from %s, by replying to this\n"
     "email? As soon as it arrives I'll contact the Partner team.\n\nDeepak\n") % (ME_C, ME_P)
add("m8", "from-which-address", L("info_request", True, M),
    "'Could you send ... again from <other address>' - wrong-address variant, sent to the company mailbox.",
    frm=ad("Amazon Web Services", TC), to=ME_C, subject=tcsubj(M), date=dt(2025, 3, 26, 23, 40),
    part=leaf(t), auth=auth_o365("amazon.com"), received=RCV_O365, reply_to_key="m6", refs_keys=["m4", "m5"],
    body_for_quote=t, crlf=True)

t = ("自分用メモ: 個人アドレスから返信すること。会社アドレスは3/31で止まるので注意。\n\n"
     "-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: Wednesday, March 26, 2025 11:40 PM\n"
     "To: %s\nSubject: %s\n\n%s\n") % (TC, ME_C, tcsubj(M), BODIES["m8"])
add("m9", "jibun-ate-tensou", L("user_reply", False, M),
    "Owner forwards the ask from company to personal with a Japanese note: the forwarded request does not make this a request.",
    frm=ad("中原 駿", ME_C), to=ME_P, subject="FW: " + tcsubj(M), date=dt(2025, 3, 27, 7, 50),
    part=leaf(t), msgid=mid("m9", "outlook"), auth=auth_gmail("kitahama-sys.co.jp", policy="NONE"), delivered=ME_P)

t = ("Hi Deepak,\n\nSending this from my personal address as requested.\n\n"
     "I confirm that I am leaving Kitahama Systems (last working day 31 March 2025) and that %s should be\n"
     "merged into my personal account %s (%s).\n\nThanks,\nShun\n\n"
     "On Wed, Mar 26, 2025 at 11:40 PM Amazon Web Services <%s> wrote:\n%s\n") % (CID_C, CID_P, ME_P, TC, q(BODIES["m8"] + "\n\n" + BODIES["m6"]))
add("m10", "resend-from-personal", L("user_reply", False, M, [CID_C, CID_P]),
    "Owner's reply from the personal address over long Gmail-quoted history that contains two support asks.",
    frm=ad(ME_NAME, ME_P), to=TC, subject="Re: " + tcsubj(M), date=dt(2025, 3, 27, 8, 5),
    part=leaf(t), msgid=mid("m10", "gmail"), reply_to_key="m8", refs_keys=["m4", "m5", "m6"])

t = ("Got it, thanks Shun. I've raised the release request with the AWS Partner team. They usually come back within\n"
     "3-5 business days, and I'll update this case as soon as they do. Nothing needed from you in the meantime.\n\nDeepak\n")
add("m11", "raised-with-partner-team", L("case_update", False, M),
    "Very short progress note, explicitly asks nothing.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(M), date=dt(2025, 3, 27, 12, 0),
    part=leaf(t), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="m10", refs_keys=["m4", "m5", "m8"])

t = ("Thank you for your order!\n\nAWS Skill Builder Individual subscription (monthly)\nOrder number: SB-2025-0328-77120\n"
     "Amount: USD 29.00\nNext billing date: April 28, 2025\n\nManage your subscription at https://skillbuilder.aws/account\n\n"
     "Questions? Contact us through the Skill Builder help page.\n\nAWS Training and Certification\n")
add("m12", "subscription-receipt", L("unrelated", False, None),
    "Skill Builder receipt from aws.training; training-side sender, 'Contact us' footer.",
    frm=ad("AWS Training and Certification", "no-reply@aws.training"), to=ME_P,
    subject="Your AWS Skill Builder subscription receipt", date=dt(2025, 3, 28, 4, 11),
    part=alt(t, "sb_rcpt_0328"), auth=auth_gmail("aws.training"), delivered=ME_P, msgid=mid("m12", "aws.training"))

t = ("Case 2503250040008812 has been closed\n\nHello Shun,\n\nYour Microsoft support case \"Teams meeting recordings not saved to OneDrive\"\n"
     "has been closed because we did not hear back from you. If you still need help, reply to this email within\n"
     "10 days and the case will be reopened.\n\nMicrosoft Support\n")
add("m13", "vendor-case-closed", L("unrelated", False, None),
    "Other vendor's closing notice ('closed because we did not hear back, reply to reopen') - not an AWS case.",
    frm=ad("Microsoft Support", "support@mail.support.microsoft.com"), to=ME_C,
    subject="Case 2503250040008812 has been closed", date=dt(2025, 3, 28, 15, 33), part=leaf(t),
    auth=auth_o365("mail.support.microsoft.com"), msgid=mid("m13", "microsoft.com"))

t = ("中原様\n\nAWS トレーニングと認定サポートの高橋です。担当の Deepak より本件を引き継ぎました。\n\n"
     "パートナーチームより、%s のアカウントについては、Kitahama Systems 社の APN 管理者による関連付け解除の\n"
     "承認が必要との回答がありました。現在、同社管理者の承認待ちとなっており、承認が得られるまで本ケースは保留と\n"
     "させていただきます。\n\n現時点でお客様にご対応いただく事項はございません。進展がございましたら改めてご連絡いたします。\n\n"
     "高橋\nAWS トレーニングと認定 カスタマーサポート\n") % CID_C
add("m14", "shounin-machi", L("on_hold", False, M, [CID_C]),
    "Japanese APN hold that asks nothing (ご対応いただく事項はございません).",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(M), date=dt(2025, 4, 1, 14, 20),
    part=leaf(t, cte="quoted-printable"), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="m11",
    refs_keys=["m4", "m5", "m8", "m10"])

conf_txt = ("Hello Shun,\n\nGood news: the Kitahama Systems partner administrator approved the release, so your company\n"
            "certification account is no longer tied to the APN organization and the merge can go ahead.\n\n"
            "Account #1\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\nCandidate ID: %s\n\n"
            "Account #2\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\nCandidate ID: %s\n\n"
            "Account #1 would be kept and Account #2 closed; exam history, certifications and benefits from Account #2\n"
            "move across. Let us know if that's right, or if you'd rather keep Account #2 instead.\n\nHana M.\n"
            "AWS Training and Certification Support\n") % (ME_P, ME_P, ME_P, CID_P, ME_C, ME_C, ME_C, CID_C)
BODIES["m15"] = conf_txt


def row(k, v):
    return "<tr><td style=\"border:1px solid #ccc;padding:4px 8px\">%s</td><td style=\"border:1px solid #ccc;padding:4px 8px\">%s</td></tr>" % (k, v)


h = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Amazon Ember,Arial,sans-serif\">"
     "<p>Hello Shun,</p><p>Good news: the Kitahama Systems partner administrator approved the release, so your company "
     "certification account is no longer tied to the APN organization and the merge can go ahead.</p>"
     "<table style=\"border-collapse:collapse\"><tr><th colspan=\"2\" align=\"left\">Account #1</th></tr>"
     + row("Login email", ME_P) + row("Training notification email", ME_P) + row("Certification notification email", ME_P)
     + row("Candidate ID", CID_P) +
     "<tr><th colspan=\"2\" align=\"left\">Account #2</th></tr>"
     + row("Login email", ME_C) + row("Training notification email", ME_C) + row("Certification notification email", ME_C)
     + row("Candidate ID", CID_C) +
     "</table><p>Account #1 would be kept and Account #2 closed; exam history, certifications and benefits from "
     "Account #2 move across. Let us know if that&#39;s right, or if you&#39;d rather keep Account #2 instead.</p>"
     "<p>Hana M.<br>AWS Training and Certification Support</p></body></html>\n")
add("m15", "two-accounts-table", L("confirmation_request", True, M, [CID_P, CID_C]),
    "HTML-only (base64) with Account #1/#2 table; ask is 'Let us know if that's right' after good news.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(M), date=dt(2025, 4, 3, 1, 55, UTC),
    part=leaf(h, "text/html", cte="base64"), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="m14",
    refs_keys=["m4", "m5", "m8", "m10", "m11"])

t = ("Hello,\n\nWe are ready to complete the merge of your AWS Training and Certification accounts. For your protection,\n"
     "confirm the merge by signing in with your AWS Builder ID within 24 hours:\n\n"
     "https://aws-training-verify.net/merge/confirm?case=174368820100457\n\n"
     "If the merge is not confirmed, the request will be cancelled.\n\nBest regards,\nAWS Training and Certification\n")
add("x2", "ready-to-complete", L("suspicious", False, None),
    "Spoofed amazon.com From with the real sender address and a case-style subject, but dkim=fail and dmarc=fail.",
    frm=ad("Amazon Web Services", TC), to=ME_P,
    subject="RE:[CASE 174368820100457] [AWS Training and Certification Form Submission] - account-assistance",
    date=dt(2025, 4, 3, 19, 26), part=leaf(t),
    auth=auth_gmail("amazon.com", dkim="fail", spf="softfail", dmarc="fail", mailfrom="bounce@mx3.relay-notify.biz"),
    delivered=ME_P, msgid=mid("x2", "mx3.relay-notify.biz"),
    received="from mx3.relay-notify.biz (mx3.relay-notify.biz. [185.220.101.4])\n        by mx.google.com with ESMTP id z2si1190023ejb.51")

t = ("JAWS-UG 東京 勉強会のお知らせ\n\n皆さまこんにちは。4月の勉強会は「認定資格の取り方・活かし方」がテーマです。\n\n"
     "日時: 2025年4月17日(木) 19:00〜21:00\n会場: オンライン(Zoom)\n\n"
     "参加をご希望の方は connpass のイベントページからお申し込みください。LT 登壇者も募集中です。\n"
     "ご質問はこのメールへの返信でお気軽にどうぞ。\n\nJAWS-UG 東京 運営\n")
add("m16", "benkyoukai-oshirase", L("unrelated", False, None),
    "Japanese community newsletter about certifications; imperative お申し込みください and 返信で.",
    frm=ad("connpass", "no-reply@connpass.com"), to=ME_P, subject="【JAWS-UG 東京】4月勉強会のお知らせ",
    date=dt(2025, 4, 4, 12, 0), part=leaf(t), auth=auth_gmail("connpass.com"), delivered=ME_P,
    msgid=mid("m16", "connpass.com"))

t = ("Hi Shun,\n\nJust checking in on the message below - we still need your go-ahead on which account to keep before\n"
     "anything is merged. If there's no reply by 10 April the case will be closed automatically; answering this email\n"
     "keeps it open (and if it has already closed, a reply reopens it).\n\nHana\n\n"
     "-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: Thursday, April 3, 2025 1:55 AM\nTo: %s\n"
     "Subject: %s\n\n%s\n") % (TC, ME_P, tcsubj(M), conf_txt)
add("m17", "checking-in", L("closing_notice", True, M),
    "Closing notice top-posted over the quoted Account #1/#2 request; candidate IDs only in quoted part.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(M), date=dt(2025, 4, 7, 3, 10, UTC),
    part=alt(t, "----=_Part_4471_99031.1743995400"), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="m15",
    refs_keys=["m4", "m5", "m8", "m10", "m11", "m14"])

t = "Confirmed. Please merge to Account #1.\nSorry for the slow reply, I was moving house.\n\nShun\n\nSent from my iPhone\n"
add("m18", "go-ahead", L("user_reply", False, M),
    "Mobile reply with a new subject (no case number) and no quote; threaded only by In-Reply-To/References; CC to the closed company mailbox.",
    frm=ad(ME_NAME, ME_P), to=TC, cc=ME_C, subject="Re: account merge", date=dt(2025, 4, 8, 7, 41),
    part=leaf(t), msgid="<A1F0C3D2-77B4-4E51-9A0E-3C5D2B8F1E09@gmail.com>", reply_to_key="m17",
    refs_keys=["m4", "m15"], extra=[("X-Mailer", "iPhone Mail (22D82)")], body_for_quote=t)

t = ("This is an automatically generated Delivery Status Notification\n\nDelivery to the following recipient failed permanently:\n\n"
     "     %s\n\nTechnical details of permanent failure:\nThe recipient server did not accept our requests to connect.\n"
     "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table\n") % (ME_C, ME_C)
orig = ("From: %s <%s>\nTo: %s\nCc: %s\nSubject: Re: account merge\nDate: Tue, 8 Apr 2025 07:41:07 +0900\n"
        "Message-ID: <A1F0C3D2-77B4-4E51-9A0E-3C5D2B8F1E09@gmail.com>\nContent-Type: text/plain; charset=\"UTF-8\"\n\n%s") % (
    ME_NAME, ME_P, TC, ME_C, BODIES["m18"])
add("m19", "delivery-failure", L("unrelated", False, None),
    "Bounce (multipart/report) for the CC to the closed company mailbox; embeds the owner's merge confirmation.",
    frm=ad("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)", date=dt(2025, 4, 8, 7, 42),
    part=multi("report", [leaf(t, cs="us-ascii", cte="7bit"),
                          ([("Content-Type", "message/delivery-status")],
                           (("Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n") % ME_C).encode()),
                          ([("Content-Type", "message/rfc822")], orig.encode())],
               "000000000000bounce0408", '; report-type="delivery-status"'),
    msgid=mid("m19", "mx.google.com"), delivered=ME_P, auth="mx.google.com; dkim=pass header.i=@googlemail.com")

t = ("Hello Shun,\n\nI have successfully merged all accounts. Everything from %s - exam history, three certifications\n"
     "and your benefits - is now under Account #1 (%s, %s). Sign in with your Builder ID and check Exam\n"
     "history and Certifications; Credly will re-issue your badges to the personal address shortly.\n\n"
     "Best regards\nLukas\nAWS Training & Certification\n\n"
     "On Tue, Apr 8, 2025 at 07:41, %s wrote:\n%s\n\n"
     "On Thu, Apr 3, 2025 at 01:55, Amazon Web Services wrote:\n%s\n") % (
    CID_C, ME_P, CID_P, ME_P, q(BODIES["m18"]), q(conf_txt))
add("m20", "merge-complete", L("resolved", False, M, [CID_C, CID_P]),
    "'successfully merged' completion quoting the confirmation request (Account #1/#2 and 'Let us know').",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(M), date=dt(2025, 4, 8, 4, 2, UTC),
    part=leaf(t), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="m18",
    refs_keys=["m4", "m5", "m8", "m10", "m11", "m14", "m15", "m17"], body_for_quote=t)

for i, (key, cert, uuid) in enumerate([("m21", "AWS Certified Solutions Architect - Associate", "b3e6a4f2-0c1d-4a8e-9f27-61d0c5a9e8b4"),
                                       ("m22", "AWS Certified Developer - Associate", "0f9d2c71-5e3a-4b6c-8d14-a2b7e9c3f650")]):
    t = ("Hi Shun,\n\nAmazon Web Services Training and Certification has issued you a new badge:\n%s\n\n"
         "Claim your badge to share it on LinkedIn, add it to your email signature, and keep track of your achievements.\n\n"
         "Accept badge: https://www.credly.com/earner/earned/badge/%s\n\nThis email was sent to %s.\nCredly, Inc.\n") % (cert, uuid, ME_P)
    add(key, "issued-%d" % (i + 1), L("badge", False, None),
        "Credly badge after the merge; 'Claim your badge' imperative; UUID is not a case id." if i == 0 else
        "Second Credly badge arriving in the same minute, HTML+text, base64.",
        frm=ad("Credly", "admin@credly.com"), to=ME_P,
        subject="Claim your %s badge" % cert if i == 0 else "You've been issued a badge: %s" % cert,
        date=dt(2025, 4, 8, 13, 5 + i), part=alt(t, "crd-%s" % key, cte_t="base64" if i else "quoted-printable",
                                                 cte_h="base64" if i else "quoted-printable"),
        auth=auth_gmail("credly.com"), delivered=ME_P, msgid=mid(key, "credly.com"))

t = ("Hello,\n\nYou recently contacted AWS Training and Certification Support (Case ID: %s).\n"
     "We'd love to hear how it went. Please answer 3 short questions - it takes about a minute:\n\n"
     "https://amazonmr.au1.qualtrics.com/jfe/form/SV_tcsupport?case=%s\n\n"
     "Your feedback helps us improve. This survey closes in 7 days.\n\nAWS Training and Certification\n") % (M, M)
add("m23", "how-did-it-go", L("survey", False, M),
    "Form-case satisfaction survey with 'Case ID:' and 'Please answer 3 short questions'.",
    frm=ad("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=ME_P,
    subject="How was your experience with AWS Training and Certification Support?", date=dt(2025, 4, 9, 10, 0),
    part=alt(t, "qx_0409"), auth=GM(), delivered=ME_P, received=RCV_SES)

t = ("Hi Lukas,\n\nThanks a lot. Exam history and all three certifications are there, but the 50%% exam discount I had on\n"
     "the old account is not under Benefits. Could you check?\n\nShun\n\n"
     "On Tue, Apr 8, 2025 at 1:02 PM Amazon Web Services <%s> wrote:\n%s\n") % (TC, q(BODIES["m20"]))
add("m24", "missing-benefit", L("user_reply", False, M),
    "Owner reopens a resolved case by reply; contains 'Could you check?' written by the owner (not support).",
    frm=ad(ME_NAME, ME_P), to=TC, subject="Re: " + tcsubj(M), date=dt(2025, 4, 10, 21, 14),
    part=leaf(t), msgid=mid("m24", "gmail"), reply_to_key="m20", refs_keys=["m4", "m15"])

t = ("中原様\n\n高橋です。ケース %s を再開いたしました。\n\n"
     "旧アカウント(%s)の特典を確認したところ、以下の 2 件が統合の対象から漏れておりました。\n\n"
     "  ・認定試験 50%% 割引バウチャー(有効期限: 2025年9月30日)\n  ・AWS Skill Builder 模擬試験の無料特典\n\n"
     "お問い合わせいただいた 50%% 割引に加えて、模擬試験の特典も移行をご希望でしょうか。ご希望に合わせてまとめて手配いたします。\n\n"
     "高橋\nAWS トレーニングと認定 カスタマーサポート\n") % (M, CID_C)
add("m25", "tokuten-saikai", L("info_request", True, M, [CID_C]),
    "Japanese mixed mail: reopened + findings, then a bare question (ご希望でしょうか) without please.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(M), date=dt(2025, 4, 11, 14, 2),
    part=leaf(t, cs="iso-2022-jp", cte="7bit"), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="m24",
    refs_keys=["m4", "m20"], body_for_quote=t, crlf=True)

t = ("高橋様\n\nご確認ありがとうございます。両方とも移行をお願いいたします。\n\n中原\n\n"
     "2025年4月11日(金) 14:02 Amazon Web Services <%s>:\n\n%s\n") % (TC, q(BODIES["m25"]))
add("m26", "ryouhou-onegai", L("user_reply", False, M),
    "Owner's Japanese reply with Gmail Japanese quote header (2025年4月11日(金) … :); quoted question below.",
    frm=ad("中原 駿", ME_P), to=TC, subject="Re: " + tcsubj(M), date=dt(2025, 4, 11, 18, 40),
    part=leaf(t, cte="base64"), msgid=mid("m26", "gmail"), reply_to_key="m25", refs_keys=["m4", "m20", "m24"])

t = ("中原様\n\n承知いたしました。2 件とも特典チームへ移行を依頼いたしました。反映までは最大 5 営業日ほどお時間を\n"
     "頂戴する見込みです。完了しましたら改めてご連絡いたします。\n\n"
     "その他ご不明な点がございましたら、本メールにご返信ください。\n\n高橋\n")
add("m27", "tokuten-irai-zumi", L("case_update", False, M),
    "Japanese progress note with a conditional 〜がございましたら…ご返信ください footer.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(M), date=dt(2025, 4, 12, 10, 9),
    part=leaf(t), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="m26", refs_keys=["m4", "m20", "m25"])

t = ("中原様 / Hello Shun,\n\n特典 2 件の移行が完了し、%s の「特典」ページに表示されるようになりました。\n"
     "これ以上お客様にご対応いただく必要はございませんので、本ケースは解決済みとさせていただきます。\n\n"
     "Both benefits are now on %s. No further action is required on your part, so I'm marking this case as resolved.\n\n"
     "We value your feedback. Please share your experience by rating this correspondence:\n"
     "https://amazonmr.au1.qualtrics.com/jfe/form/SV_tcsupport?case=%s\n\n高橋 / Takahashi\n\n"
     "> %s\n%s\n") % (CID_P, CID_P, M, "2025/04/11 14:02 Amazon Web Services:", q(BODIES["m25"]))
add("m28", "tokuten-kanryou", L("resolved", False, M, [CID_P]),
    "Bilingual resolution, 'No further action is required', survey footer, quoted Japanese question below.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(M), date=dt(2025, 4, 16, 16, 30),
    part=alt(t, "----=_Part_7731_2210.1744788600"), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="m27",
    refs_keys=["m4", "m20", "m25", "m26"])

h = ("<html><body><div style=\"max-width:560px\"><p>AWS認定 アカウント統合サポート</p>"
     "<p>いつもご利用いただきありがとうございます。</p>"
     "<p>お客様の AWS 認定アカウント統合に伴い、お支払い情報の再登録が必要となっております。"
     "24時間以内に以下のリンクよりご確認ください。期限を過ぎますと認定資格が失効する場合がございます。</p>"
     "<p><a href=\"https://amazon-certsupport.com/jp/verify\">アカウント情報を確認する</a></p>"
     "<p>AWS認定サポート窓口</p></div></body></html>\n")
add("x3", "shiharai-kakunin", L("suspicious", False, None),
    "Japanese phishing from lookalike amazon-certsupport.com; HTML-only; passes auth for its own domain.",
    frm=ad("AWS認定サポート", "info@amazon-certsupport.com"), to=ME_P, subject="【重要】AWS認定アカウント統合に伴うお支払い情報の確認",
    date=dt(2025, 4, 17, 3, 12), part=leaf(h, "text/html", cte="base64"),
    auth=auth_gmail("amazon-certsupport.com", policy="NONE"), delivered=ME_P, msgid=mid("x3", "amazon-certsupport.com"))

t = ("Amazon.co.jp をご利用いただき、ありがとうございます。\n\nお客様の商品を発送いたしました。\n\n"
     "注文番号: 249-5531870-2216403\nお届け予定: 4月19日(土)\n\n配送状況は「注文履歴」からご確認ください。\n"
     "このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。\n\nAmazon.co.jp\n")
add("m29", "hassou-oshirase", L("unrelated", False, None),
    "Amazon.co.jp shipping notice (amazon.co.jp, not AWS); order number digits.",
    frm=ad("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), to=ME_P, subject="Amazon.co.jp ご注文の商品を発送しました",
    date=dt(2025, 4, 18, 9, 21), part=leaf(t, cs="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp",
    auth=auth_gmail("amazon.co.jp"), delivered=ME_P, msgid=mid("m29", "amazon.co.jp"))

t = ("Hello Shun,\n\nAWS Certification wants to hear from you!\n\nYou recently had changes made to your certification account.\n"
     "Help us improve the certification program by telling us about your experience in a short survey.\n\n"
     "Start the survey: https://survey.certmetrics.com/aws/acct?lang=en\n\nThank you for being AWS Certified.\nAWS Certification\n")
add("m30", "program-feedback-2025", L("certification", False, None),
    "certmetrics feedback invitation after the merge; looks like a survey/request.",
    frm=ad("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P, subject="AWS Certification wants to hear from you",
    date=dt(2025, 4, 20, 2, 30), part=alt(t, "cm-fb-0420"), auth=auth_gmail("certmetrics.com"), delivered=ME_P,
    msgid=mid("m30", "certmetrics.com"))

# ---- case E: third (Partner Central SSO) account --------------------------------
t = ("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your request.\n\n"
     "Case ID: %s\nSubject: [AWS Training and Certification Form Submission] - account-assistance\n"
     "Description: After my merge (case %s) I noticed a third certification account that was created through\n"
     "Partner Central sign-in while I was at Kitahama Systems. Its candidate ID is %s. Please merge it into\n"
     "%s as well.\n\nOur team will respond within 24 hours. If you have additional information, you can reply to this\n"
     "email; there is no need to submit the form again.\n\nBest regards,\nAmazon Web Services\n") % (E, E, M, CID_SSO, CID_P)
add("e1", "third-profile-receipt", L("acknowledgement", False, E, [CID_SSO, CID_P]),
    "Ack of a new case that mentions the earlier case number in the description; two candidate IDs; multipart QP.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(E), date=dt(2025, 4, 22, 0, 0, UTC),
    part=alt(t, "----=_Part_1202_5580.1745280009"), auth=GM(), delivered=ME_P, received=RCV_SES, body_for_quote=t)

t = ("Hi Shun - %s has no login email on it, only a Partner Central federation link. Which email address did you use\n"
     "for Partner Central back then, and can you still sign in with it?\n\nPriya\nAWS T&C Support\n") % CID_SSO
add("e2", "federated-login-question", L("info_request", True, E, [CID_SSO]),
    "Two bare questions in a two-line mail, no greeting paragraph, no please.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(E), date=dt(2025, 4, 23, 5, 17, UTC),
    part=leaf(t), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="e1", body_for_quote=t, crlf=True)

t = ("Hi Priya,\n\nIt was %s. No - that mailbox was closed on 31 March, so I can't sign in with it anymore.\n\nShun\n\n"
     "On Wed, Apr 23, 2025 at 2:17 PM Amazon Web Services <%s> wrote:\n%s\n") % (ME_C, TC, q(BODIES["e2"]))
add("e3", "federated-login-answer", L("user_reply", False, E),
    "Owner's answer with the question quoted below.",
    frm=ad(ME_NAME, ME_P), to=TC, subject="Re: " + tcsubj(E), date=dt(2025, 4, 23, 20, 5),
    part=leaf(t), msgid=mid("e3", "gmail"), reply_to_key="e2", refs_keys=["e1"])

t = ("Hello Shun,\n\nThank you. Because this account is federated through Partner Central under Kitahama Systems, the Partner\n"
     "team has to detach the federation before I can merge it. I've sent them the request and put the case on hold\n"
     "until they confirm; I'll get back to you once they have.\n\nPriya\n")
add("e4", "detach-pending", L("on_hold", False, E),
    "English partner hold that asks nothing.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(E), date=dt(2025, 4, 24, 6, 40, UTC),
    part=leaf(t), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="e3", refs_keys=["e1", "e2"])

t = ("中原 駿 様\n\nこの度は AWS 認定試験をご予約いただき、ありがとうございます。\n\n"
     "試験名: AWS Certified Solutions Architect - Professional (SAP-C02)\n登録 ID: 498213076\n"
     "日時: 2025年5月24日(土) 13:00\n会場: ピアソン VUE 公認テストセンター 東京八重洲\n\n"
     "当日は有効な身分証明書を 2 点お持ちください。予約内容に誤りがある場合はお問い合わせください。\n\n"
     "ピアソン VUE\n")
add("e5", "shiken-yoyaku", L("unrelated", False, None),
    "Japanese exam-vendor confirmation with a 9-digit registration ID.",
    frm=ad("ピアソン VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P, subject="試験予約の確認 - AWS Certified Solutions Architect - Professional",
    date=dt(2025, 4, 25, 11, 30), part=leaf(t, cte="quoted-printable"), auth=auth_gmail("pearson.com"),
    delivered=ME_P, msgid=mid("e5", "pearson.com"))

t = ("Hi Shun,\n\nThe Partner team has detached it. Here is what I'm about to do:\n\n"
     "Account #1 (keep)             Login email: %s   Candidate ID: %s\n"
     "Account #2 (merge and close)  Login: Partner Central federation (Kitahama Systems), no email   Candidate ID: %s\n\n"
     "OK to go ahead with merging #2 into #1?\n\nPriya\n") % (ME_P, CID_P, CID_SSO)
add("e6", "about-to-merge", L("confirmation_request", True, E, [CID_P, CID_SSO]),
    "Terse confirmation with one-line accounts and 'OK to go ahead...?' (no please, no 'confirm').",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(E), date=dt(2025, 4, 29, 2, 12, UTC),
    part=leaf(t), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="e4", refs_keys=["e1", "e2", "e3"],
    body_for_quote=t)

t = ("##- Please type your reply above this line -##\n\nYour request #48213 has been solved.\n\n"
     "Hi Shun,\n\nWe're marking this request as solved since the license transfer is complete. If you need anything else,\n"
     "just reply to this email to reopen it.\n\nJetBrains Sales Support\n")
add("e7", "request-solved", L("unrelated", False, None),
    "Zendesk 'request solved' from another vendor with 'reply to reopen' and '#48213'.",
    frm=ad("JetBrains Sales Support", "sales@jetbrains.com"), to=ME_P, subject="[JetBrains] Re: Transfer personal license (#48213)",
    date=dt(2025, 4, 29, 18, 2), part=alt(t, "--==_mimepart_6810c9"), auth=auth_gmail("jetbrains.com"),
    delivered=ME_P, msgid=mid("e7", "jetbrains.zendesk.com"))

t = ("Yes, go ahead. Thanks!\n\nShun\n\nOn Tue, Apr 29, 2025 at 11:12 AM Amazon Web Services <%s> wrote:\n%s\n") % (TC, q(BODIES["e6"]))
add("e8", "ok-go-ahead", L("user_reply", False, E),
    "Two-word consent over the quoted question with candidate IDs (quoted, so none counted).",
    frm=ad(ME_NAME, ME_P), to=TC, subject="Re: " + tcsubj(E), date=dt(2025, 4, 30, 7, 55),
    part=leaf(t), msgid=mid("e8", "gmail"), reply_to_key="e6", refs_keys=["e1", "e2", "e3", "e4"])

t = ("Done - %s has been merged into %s and the federated profile is closed. Your exam history now shows\n"
     "everything in one place. This case is resolved; if anything looks off, just reply here.\n\nPriya\n\n"
     "-----Original Message-----\n%s\n") % (CID_SSO, CID_P, BODIES["e6"])
add("e9", "third-merged", L("resolved", False, E, [CID_SSO, CID_P]),
    "Short resolution starting 'Done -'; conditional 'if anything looks off, just reply'; quoted 'OK to go ahead?'.",
    frm=ad("Amazon Web Services", TC), to=ME_P, subject=tcsubj(E), date=dt(2025, 4, 30, 2, 20, UTC),
    part=leaf(t), auth=GM(), delivered=ME_P, received=RCV_SES, reply_to_key="e8", refs_keys=["e1", "e6"])

t = ("Amazon Web Services をご利用いただきありがとうございます。\n\n"
     "アカウント %s の 2025年4月分の請求書が利用可能になりました。\n\n合計: USD 4.62\n\n"
     "請求書の詳細は請求とコスト管理コンソールでご確認ください。\nhttps://console.aws.amazon.com/billing/home#/bills\n\n"
     "Amazon Web Services\n") % ACCT_P
add("f0", "seikyuusho", L("unrelated", False, None),
    "Japanese billing mail from no-reply-aws@amazon.com with a 12-digit account ID.",
    frm=ad("Amazon Web Services", NOREPLY), to=ME_P, subject="Amazon Web Services 請求書が利用可能になりました [アカウント: %s]" % ACCT_P,
    date=dt(2025, 5, 3, 9, 0), part=leaf(t), auth=GM(), delivered=ME_P, received=RCV_SES)

# ---- case F: console case, personal AWS account, Japanese ----------------------
t = ("AWS をご利用いただきありがとうございます。\n\nAWS アカウント [AWS ID %s] のケース %s を作成しました。\n"
     "ケースの詳細は以下のとおりです。\n\nケース ID: %s\n件名: 統合後の認定アカウントに Builder ID でサインインできない\n"
     "重要度: 一般的なガイダンス\n内容: アカウント統合後、aws.training で Builder ID を使ってサインインすると\n"
     "「アカウントが見つかりません」と表示されます。\n\nできるだけ早く回答いたします。") % (ACCT_P, F, F) + CONSOLE_FOOT_JA.format(case=F)
add("f1", "console-shinki", L("acknowledgement", False, F),
    "Japanese console ack, 15-digit case beside a 12-digit account id; footer points to Support Center.",
    frm=ad("Amazon Web Services", NOREPLY), to=ME_P, subject="Amazon Web Services: New Support case: %s" % F,
    date=dt(2025, 5, 9, 17, 35), part=leaf(t, cte="base64"), auth=GM(), delivered=ME_P, received=RCV_SES)

t = ("こんにちは。AWS サポートの松本です。\n\n"
     "認定アカウントへのサインインに関するお問い合わせは、通常は AWS トレーニングと認定の専用窓口で承っております。\n"
     "ただし本ケースでも調査は可能ですので、サインイン時に表示されるエラーメッセージの全文と、お使いの Builder ID の\n"
     "メールアドレスを、サポートセンターの本ケースに返信してください。このメールに返信いただいても届きません。\n\n"
     "松本\nAmazon Web Services") + SURVEY_FOOT_JA + CONSOLE_FOOT_JA.format(case=F)
add("f2", "console-error-zenbun", L("info_request", True, F),
    "Japanese console ask (plain 〜してください) after an explanation; must be answered in Support Center; feedback footer.",
    frm=ad("Amazon Web Services", NOREPLY), to=ME_P, subject="RE:[CASE %s] 統合後の認定アカウントに Builder ID でサインインできない" % F,
    date=dt(2025, 5, 10, 11, 8), part=alt(t, "----=_Part_52_1746843000", cte_t="base64", cte_h="base64"),
    auth=GM(), delivered=ME_P, received=RCV_SES)

t = ("Merged #12 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
     "https://github.com/nakahara-s/dotfiles/pull/12#event-17322084\nYou are receiving this because you were mentioned.\n")
add("f3", "dotfiles-pr", L("unrelated", False, None),
    "GitHub merged notification on the personal address (word 'Merged').",
    frm=ad("dependabot[bot]", "notifications@github.com"), to="nakahara-s/dotfiles <dotfiles@noreply.github.com>",
    cc=ad(ME_NAME, ME_P), subject="Re: [nakahara-s/dotfiles] Bump zsh-autosuggestions to v0.7.1 (PR #12)",
    date=dt(2025, 5, 12, 22, 16), part=leaf(t), msgid="<nakahara-s/dotfiles/pull/12/issue_event/17322084@github.com>",
    auth=auth_gmail("github.com"), delivered=ME_P)

t = ("こんにちは。\n\n前回ご案内した情報について、ケース %s にご返信が確認できなかったため、本ケースは解決済みとなりました。\n\n"
     "引き続きサポートが必要な場合は、解決から 14 日以内であればサポートセンターから本ケースを再開できます。\n"
     "それ以降は新しいケースを作成してください。\n\nAmazon Web Services") % F + SURVEY_FOOT_JA + CONSOLE_FOOT_JA.format(case=F)
add("f4", "console-jidou-kaiketsu", L("closing_notice", True, F),
    "Japanese console notice that the case HAS BEEN resolved for lack of reply; reopen in Support Center within 14 days.",
    frm=ad("Amazon Web Services", NOREPLY), to=ME_P, subject="RE:[CASE %s] 統合後の認定アカウントに Builder ID でサインインできない" % F,
    date=dt(2025, 5, 16, 11, 10), part=leaf(t, cte="quoted-printable"), auth=GM(), delivered=ME_P, received=RCV_SES,
    crlf=True)

t = ("Congratulations on recertifying your AWS Certification!\n\nShun Nakahara,\n\n"
     "You have successfully recertified AWS Certified Developer - Associate. Your new expiration date is May 20, 2028.\n"
     "No further action is needed. Your updated badge will appear on Credly within 5 business days.\n\nAWS Certification\n")
add("f5", "recert-2025", L("certification", False, None),
    "certmetrics recertification notice, now to the personal address.",
    frm=ad("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Congratulations on recertifying your AWS Certification!", date=dt(2025, 5, 20, 8, 44),
    part=leaf(t), auth=auth_gmail("certmetrics.com"), delivered=ME_P, msgid=mid("f5", "certmetrics.com"))

h = ("<html><body><table width=\"640\"><tr><td><h1>Registration for AWS re:Invent 2025 is open</h1>"
     "<p>Join us in Las Vegas, December 1-5. Reserve your spot and get access to 2,000+ sessions.</p>"
     "<p><a href=\"https://reinvent.awsevents.com/register\">Register now</a></p>"
     "<p>Questions? Reply to this email and our events team will get back to you.</p>"
     "<p style=\"font-size:11px\">Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109. "
     "<a href=\"https://pages.awscloud.com/unsubscribe\">Unsubscribe</a></p></td></tr></table></body></html>\n")
add("f6", "event-registration", L("unrelated", False, None),
    "AWS marketing HTML-only; 'Questions? Reply to this email' and 'Register now'.",
    frm=ad("AWS Events", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="Registration for AWS re:Invent 2025 is now open", date=dt(2025, 5, 27, 1, 0, UTC),
    part=leaf(h, "text/html", cte="quoted-printable"), auth=GM(), delivered=ME_P, received=RCV_SES)

t = ("【リマインド】明日開催: AWS 認定 合格者交流会\n\n中原 駿 さん\n\n明日 19:00 から開催のイベントにお申し込みいただいています。\n"
     "参加できなくなった場合は、イベントページからキャンセル手続きをしてください。\n\n受付番号: 318804\n\nconnpass\n")
add("f7", "event-reminder", L("unrelated", False, None),
    "Japanese event reminder with a 6-digit 受付番号 and an imperative about cancelling.",
    frm=ad("connpass", "no-reply@connpass.com"), to=ME_P, subject="【リマインド】明日開催: AWS 認定 合格者交流会",
    date=dt(2025, 6, 4, 12, 0), part=leaf(t, cs="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp",
    auth=auth_gmail("connpass.com"), delivered=ME_P, msgid=mid("f7", "connpass.com"))


def main():
    for f in os.listdir(HERE):
        if f[:3].isdigit() and (f.endswith(".eml") or f.endswith(".json")):
            os.remove(os.path.join(HERE, f))
    for fname, data, label, note in MSGS:
        with open(os.path.join(HERE, fname + ".eml"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(HERE, fname + ".json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    lines = ["me: %s %s" % (ME_P, ME_C), "",
             "# Blind held-out corpus (%d messages)" % len(MSGS), "",
             "Generated by `python3 gen.py` (standard library only). Owner: Shun Nakahara / 中原 駿, leaving",
             "Kitahama Systems (an APN partner) in March 2025.", "",
             "## Cases", "",
             "| case | digits | channel | story |", "|---|---|---|---|",
             "| %s | 10 | form (2021) | duplicate profile under the same e-mail: ack, question for candidate IDs, reply, merged |" % A,
             "| %s | 11 | console (2023, company AWS account) | missing exam voucher: ack, ask (Support Center only), closing notice, update, resolved, survey |" % B,
             "| %s | 11 | form (2023) | name spelling: JA ack, JA keigo ask to write from registered address, JA closing notice, reply from company address, resolved |" % C,
             "| %s | 15 | form (2025) | main merge: JA ack, APN hold+ask, reply from wrong address, ask to resend from personal, update, JA hold, Account #1/#2 table, closing notice, reply threaded only by In-Reply-To, merged, reopened for benefits (JA ask), resolved |" % M,
             "| %s | 15 | form (2025) | duplicate submission of the same request, closed as duplicate by support |" % D,
             "| %s | 15 | form (2025) | third (Partner Central SSO) account: ack, question, reply, hold, terse confirmation, reply, resolved |" % E,
             "| %s | 15 | console (2025, personal AWS account, JA) | ack, ask (Support Center only), auto-resolved notice |" % F,
             "", "Not case numbers: AWS account IDs %s / %s (12 digits), Pearson VUE registration IDs 412803559 / 498213076 (9),"
             " codes 583104 / 730264 / 318804 (6), Microsoft case 2503250040008812, Zendesk #48213, phishing 'case' 174368820100457 (no case: suspicious)." % (ACCT_C, ACCT_P),
             "", "## Messages", "", "| file | kind | reply? | case | what makes it hard |", "|---|---|---|---|---|"]
    for fname, data, label, note in MSGS:
        lines.append("| %s | %s | %s | %s | %s |" % (fname, label["kind"], "yes" if label["needs_reply"] else "no",
                                                   label["case"] or "-", note.replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %d messages" % len(MSGS))


if __name__ == "__main__":
    main()
