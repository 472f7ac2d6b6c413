#!/usr/bin/env python3
"""Generate the blind held-out corpus (one mailbox owner, several cases).

Writes NNN-mail.eml / NNN-mail.json beside this script, plus README.md.
Standard library only.
"""
import base64
import hashlib
import json
import os
import quopri

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "natsuki.ohara.mail@gmail.com"
ME_C = "n.ohara@hoshizora-tech.co.jp"
FORM = "aws-cs-trainingcertification-form@amazon.com"
TC = "AWS Training and Certification <%s>" % FORM
NOREPLY = "Amazon Web Services <no-reply-aws@amazon.com>"
BOSS = "k.onodera@hoshizora-tech.co.jp"

# cases
D = "8390417265"        # 2021, form, duplicate profiles under the company address
E = "12847730591"       # 2023, console case (Support Center only)
J = "30418827756"       # 2023, form, abandoned merge of a Partner Central SSO profile
A = "174100412300387"   # 2025, main merge company -> personal (APN hold, reopened later)
B = "174100598100542"   # 2025, duplicate form submission of A
H = "174277912600915"   # 2025, Japanese agent: name on certificate, partner hold
K = "174486204100661"   # 2025, the SSO profile from J, merged into the personal account
M = "174702933800218"   # 2025, Credly badges still on the old address

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def subj(case, space=False):
    return ("RE: [CASE %s] " if space else "RE:[CASE %s] ") % case + FORM_SUBJ


# ---------------------------------------------------------------- helpers
def _h(key):
    return hashlib.sha1(key.encode()).hexdigest()


def sid(key):
    h = _h(key)
    return "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        h[:9], h[9:17], h[17:21], h[21:25], h[25:37])


def gid(key):
    h = _h(key)
    return "<CAK%s+%s@mail.gmail.com>" % (h[:30].upper(), h[30:38])


def oid(key):
    h = _h(key).upper()
    return "<TYCP%sMB%s%s@TYCP%sMB%s.JPNP286.PROD.OUTLOOK.COM>" % (
        h[:3], h[3:7], h[7:19], h[:3], h[3:7])


def xid(key, domain):
    return "<%s.%s@%s>" % (_h(key)[:16], _h(key + "x")[:8], domain)


CODECS = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}


def mw(s, cs="utf-8", chunk=12):
    """Encode a header value as RFC 2047 words (ASCII passes through)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    codec = CODECS.get(cs, cs)
    words = []
    for i in range(0, len(s), chunk):
        part = s[i:i + chunk].encode(codec)
        words.append("=?%s?B?%s?=" % (cs.upper() if cs != "utf-8" else "UTF-8",
                                      base64.b64encode(part).decode()))
    return "\n ".join(words)


def addr(name, email, cs="utf-8"):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()&'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (mw(name, cs), email)


def leaf(text, sub="plain", cs="utf-8", cte="8bit"):
    data = text.encode(CODECS.get(cs, cs))
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    hdr = [("Content-Type", 'text/%s; charset="%s"' % (sub, cs)),
           ("Content-Transfer-Encoding", cte)]
    return hdr, body


def raw_part(ctype, body_text, cte="7bit"):
    return [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], body_text.encode()


def multi(sub, parts, boundary, extra=""):
    hdr = [("Content-Type", 'multipart/%s; boundary="%s"%s' % (sub, boundary, extra))]
    out = b"This is a multi-part message in MIME format.\n\n"
    for ph, pb in parts:
        out += b"--" + boundary.encode() + b"\n"
        out += "".join("%s: %s\n" % kv for kv in ph).encode()
        out += b"\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return hdr, out


def alt(text, html, cs="utf-8", cte="quoted-printable", boundary=None, key="x"):
    b = boundary or ("----=_Part_%s" % _h(key)[:20])
    return multi("alternative", [leaf(text, "plain", cs, cte), leaf(html, "html", cs, cte)], b)


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def html_paras(text):
    """Very small text -> HTML helper (blank-line separated paragraphs)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def ar_gmail(from_domain, mailfrom, ip="54.240.8.33", ok=True, selector="224i4yxa5dv7c2xz3womw6peuasteono"):
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=Qk3vR9aT;\n"
                "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (from_domain, selector, mailfrom, ip, mailfrom, from_domain))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=Zx81LmQe;\n"
            "       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (from_domain, selector, mailfrom, ip, mailfrom, from_domain))


def ar_o365(from_domain, mfdomain, ip="54.240.8.33"):
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100"
            % (ip, mfdomain, from_domain, from_domain))


SES_MF = "0100019561a4c2f1-3b8e2d7c-5a1f-4e0b-9c6d-7e8f9a0b1c2d-000000@amazonses.com"

MSGS = []


def add(kind, needs, case, cands, note, frm, to, subject, date, mid, payload,
        cc=None, irt=None, refs=None, auth=None, extra=(), crlf=False, lang="en"):
    hdrs = []
    if auth:
        hdrs.append(("Authentication-Results", auth))
    hdrs += [("Date", date), ("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", subject))
    hdrs.append(("Message-ID", mid))
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", refs))
    hdrs += list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    ph, pb = payload
    raw = "".join("%s: %s\n" % kv for kv in hdrs + ph).encode() + b"\n" + pb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(raw=raw, kind=kind, needs=needs, case=case, cands=cands, note=note, lang=lang))


MID = {}


def m(key, fn):
    MID[key] = fn(key)
    return MID[key]


def refs(*keys):
    return " ".join(MID[k] for k in keys)


SIG_TC = "AWS Training and Certification"
CONSOLE_FOOT = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services

======================================================
To see all the correspondence for this case, or to add a correspondence, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""


# ======================================================================
# 2021
# ======================================================================

t = """Dear Natsuki Ohara,

Thank you for scheduling your exam with Pearson VUE. Keep this email for your records.

Exam:            SAA-C02: AWS Certified Solutions Architect - Associate
Registration ID: 412938570
Candidate ID:    AWS01938475
Appointment:     Thursday, May 20, 2021, 10:00 AM Japan Standard Time
Delivery:        Online proctored (OnVUE)

Before exam day, run the system test on the computer and network you will use, and plan to begin check-in 30 minutes before your appointment. Rescheduling or cancelling is possible up to 24 hours before the appointment from your Pearson VUE dashboard; after that the exam fee is forfeited.

Questions? Contact Pearson VUE customer service. Do not reply to this message; this mailbox is not monitored.

Pearson VUE
"""
add("unrelated", False, None, ["AWS01938475"],
    "Exam-vendor appointment mail; 9-digit registration ID and a candidate ID, imperative instructions that are not support asks.",
    "Pearson VUE <pearsonvuecustomerservice@pearson.com>", addr("Natsuki Ohara", ME_C),
    "Confirmation of your AWS Certified Solutions Architect - Associate exam appointment",
    "Mon, 10 May 2021 05:22:05 +0000", m("001", lambda k: xid(k, "pearson.com")),
    alt(t, "<html><body>" + html_paras(t) + "</body></html>", key="001"),
    auth=ar_o365("pearson.com", "pearson.com", "159.182.39.20"))

t = """Hello Natsuki,

Congratulations! You have successfully completed the AWS Certified Solutions Architect - Associate exam and are now AWS Certified.

Certification: AWS Certified Solutions Architect - Associate
Date achieved: May 20, 2021
Expiration date: May 20, 2024
Validation number: Q7W2E1L3KB4E1ZS9
Candidate ID: AWS01938475

Your digital badge will arrive in a separate email from Credly within a few business days. You can download your certificate from your AWS Certification Account at any time.

Thank you,
AWS Certification
"""
add("certification", False, None, ["AWS01938475"],
    "certmetrics congratulation; mentions next steps (download, badge) but asks nothing of support.",
    "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
    "Congratulations, you are now AWS Certified!",
    "Fri, 21 May 2021 02:10:44 +0000", m("002", lambda k: xid(k, "certmetrics.com")),
    leaf(t, cte="7bit"), auth=ar_o365("certmetrics.com", "certmetrics.com", "52.37.98.114"))

h = """<html><body style="font-family:Arial">
<table width="600" align="center"><tr><td>
<h2>Natsuki, you earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p><a href="https://www.youracclaim.com/badges/6f1c2b7e-3a0d-4c1e-9b52-0d8e7a44f913/accept">Accept your badge</a></p>
<p>Once accepted, you can share it on LinkedIn, add it to your email signature, and let employers verify it.</p>
<p style="font-size:11px;color:#888">Acclaim, 1 Pierce Place, Itasca, IL. You are receiving this email because a badge was issued to n.ohara@hoshizora-tech.co.jp.
<a href="https://www.youracclaim.com/earner/settings">Manage notifications</a></p>
</td></tr></table></body></html>
"""
add("badge", False, None, [],
    "Older Acclaim (youracclaim.com) badge mail, HTML-only; 'Accept your badge' call to action; badge UUID is not a case number.",
    "Acclaim <admin@youracclaim.com>", ME_C,
    "Natsuki, you earned a badge from Amazon Web Services Training and Certification",
    "Sat, 22 May 2021 11:03:12 +0000", m("003", lambda k: xid(k, "youracclaim.com")),
    leaf(h, "html", cte="quoted-printable"), auth=ar_o365("youracclaim.com", "youracclaim.com", "198.21.6.77"))

t = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry. The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General Guidance
Correspondence: Type of inquiry: Certification
Additional details: Account Merge
Description: It looks like I have two certification accounts registered with n.ohara@hoshizora-tech.co.jp. One of them shows my exam, the other is empty. I would like them combined into one.

We usually respond within 24 hours. If you have anything to add in the meantime, you may reply to this email. If a case has already been opened for this issue, please refrain from opening another case for the same request.

Sincerely,
Amazon Web Services
""" % (D, D, FORM_SUBJ)
add("acknowledgement", False, D, [],
    "10-digit case ack; conditional 'you may reply' and 'please refrain from opening another case' are not asks.",
    TC, ME_C, subj(D), "Mon, 06 Sep 2021 02:14:09 +0000", m("004", sid), leaf(t, cte="7bit"),
    auth=ar_o365("amazon.com", "amazonses.com"), crlf=True)

T005 = """Hello Natsuki,

Thanks for getting in touch about the duplicate profiles. I searched our certification records for n.ohara@hoshizora-tech.co.jp and there is more than one hit, but the two profiles don't carry the same name spelling (one reads "Natsuki Ohara", the other "Ohara Natsuki"), so I can't say with certainty which records belong together, and I'd rather not combine anything that may not be yours.

To move forward we need the candidate ID from each of the two profiles. It's shown in the top-right corner after you sign in to the AWS Certification Account - the value that begins with AWS followed by eight digits.

Best regards,
Priya S.
AWS Training and Certification Customer Support
"""
add("info_request", True, D, [],
    "Ask for candidate IDs phrased as 'we need', no please, no question mark, after a long explanation.",
    TC, ME_C, subj(D), "Tue, 07 Sep 2021 08:11:37 +0000", m("005", sid), leaf(T005, cte="7bit"),
    irt=MID["004"], refs=refs("004"), auth=ar_o365("amazon.com", "amazonses.com"), crlf=True)

T006 = """Hi Priya,

Thank you for checking. The two IDs are:

AWS01938475 - the one I used for the Solutions Architect exam in May
AWS02277410 - created by mistake when I signed in with a different option

Please keep AWS01938475.

Best regards,
Natsuki Ohara
Hoshizora Technologies Co., Ltd. / Cloud Integration Dept.

________________________________
From: AWS Training and Certification <%s>
Sent: Tuesday, September 7, 2021 5:11 PM
To: Natsuki Ohara <%s>
Subject: %s

%s
""" % (FORM, ME_C, subj(D), T005.strip())
add("user_reply", False, D, ["AWS01938475", "AWS02277410"],
    "Owner's reply from the company address, Outlook quoting without '>' (quoted ask below).",
    addr("Natsuki Ohara", ME_C), FORM, "RE: " + subj(D), "Tue, 7 Sep 2021 18:02:51 +0900", m("006", oid),
    leaf(T006, cte="quoted-printable"), irt=MID["005"], refs=refs("004", "005"),
    extra=[("X-MS-Has-Attach", ""), ("Thread-Index", "AdejwDk3hX9f0W1tQmKlzLw2Yc8vQw==")], crlf=True)

t = """Hi Natsuki,

All set. The exam history and certification that were on AWS02277410 have been moved onto AWS01938475, and AWS02277410 has been deactivated, so from now on only the first profile will show up when you sign in.

Kind regards,
Priya S.
AWS Training and Certification Customer Support

-----Original Message-----
From: Natsuki Ohara <%s>
Sent: 9/7/2021 9:02 AM
To: %s
Subject: RE: %s

%s
""" % (ME_C, FORM, subj(D), quote(T006))
add("resolved", False, D, ["AWS02277410", "AWS01938475"],
    "Completion quoting the whole thread incl. the 'we need the candidate ID' ask; IDs order differs from the user's.",
    TC, ME_C, subj(D), "Wed, 08 Sep 2021 01:40:02 +0000", m("007", sid), leaf(t, cte="7bit"),
    irt=MID["006"], refs=refs("004", "005", "006"), auth=ar_o365("amazon.com", "amazonses.com"), crlf=True)

t = """Hello,

Recently you worked with AWS Training and Certification Customer Support on case %s. We'd like to know how we did - it takes less than a minute.

How satisfied were you with the support you received?

  Very dissatisfied  1  2  3  4  5  Very satisfied
  https://aws-support-survey.amazon.com/s/%s?score=1 ... ?score=5

Your response is anonymous and goes straight to the team that handled your case. This survey link expires 14 days after it was sent.

Amazon Web Services
""" % (D, D)
add("survey", False, D, [],
    "Satisfaction survey for the 2021 case; 'how did we do' question is not a support ask.",
    "Amazon Web Services <aws-survey-noreply@amazon.com>", ME_C, "How did we do? Your feedback on case %s" % D,
    "Thu, 09 Sep 2021 03:00:15 +0000", m("008", sid),
    alt(t, "<html><body>" + html_paras(t) + "</body></html>", key="008"),
    auth=ar_o365("amazon.com", "amazonses.com"))

# ======================================================================
# 2023
# ======================================================================

t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 5562, is available on the AWS web site. Your account will be charged the following:

Total: $1,284.17

Account ID: 483920175562
Billing period: January 1 - January 31, 2023

Please see the Bills section of the Billing and Cost Management console to view the details. An original monthly invoice is available for accounts that are charged.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
add("unrelated", False, None, [],
    "Billing statement from the same sender as console cases (no-reply-aws@amazon.com); 12-digit account ID, 'Please see'.",
    NOREPLY, ME_C, "Amazon Web Services Billing Statement Available [Account: 483920175562]",
    "Fri, 03 Feb 2023 00:31:55 +0000", m("009", sid), leaf(t, cte="7bit"),
    auth=ar_o365("amazon.com", "amazonses.com", "54.240.9.11"))

t = """Dear Customer,

We have received your case %s. A member of our team will review it and respond shortly.

Case ID: %s
Subject: Partner certification benefit voucher rejected at exam checkout
Severity: General guidance
Account: 483920175562
Description: The 50%% discount voucher from our partner benefits is rejected with "This voucher cannot be applied" when I try to schedule the DVA-C02 exam.

To view or update your case, visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % (E, E, E)
add("acknowledgement", False, E, [],
    "Console 'New Support case' ack (11 digits); 'please follow the link above to respond' boilerplate is not an ask.",
    NOREPLY, ME_C, "Amazon Web Services: New Support case: %s" % E,
    "Mon, 12 Jun 2023 04:47:20 +0000", m("010", sid), leaf(t, cte="7bit"),
    auth=ar_o365("amazon.com", "amazonses.com", "54.240.9.11"))

T011 = """Hello,

Thank you for contacting AWS Support.

I understand the 50% exam voucher issued through your organization's partner benefit is refused when you try to apply it at checkout. I looked at the benefit record linked to account 483920175562: it was issued on 2 May 2023 with a 12-month validity, so it has not expired. Rejections like this usually happen when the voucher is applied to an exam delivered by a different test provider, or when the certification account that redeems it is not the one the benefit was issued to.

To narrow it down I'll need three things: the last four characters of the voucher code, the exact exam you were booking, and the wording of the error (a screenshot is ideal). Add them as a correspondence on the case in the Support Center - email replies to this address don't reach us.

Marcus D.
Amazon Web Services
"""
t = T011 + "\n" + CONSOLE_FOOT % E
add("info_request", True, E, [],
    "Console request: 'I'll need three things', to be answered in the Support Center; feedback footer with 'Please share your experience'.",
    NOREPLY, ME_C, "RE:[CASE %s] Partner certification benefit voucher rejected at exam checkout" % E,
    "Tue, 13 Jun 2023 01:26:03 +0000", m("011", sid),
    alt(t, "<html><body>" + html_paras(t) + "</body></html>", key="011"),
    auth=ar_o365("amazon.com", "amazonses.com", "54.240.9.11"))

t = """Hello,

We haven't heard back from you regarding the information requested on June 13. This case will be automatically resolved if there is no reply in the next 3 days.

You can keep the case open by adding a correspondence in the Support Center; sending an email will not work for this case.

""" + CONSOLE_FOOT % E
add("closing_notice", True, E, [],
    "Console auto-resolve warning; the reply must go through the Support Center.",
    NOREPLY, ME_C, "RE:[CASE %s] Partner certification benefit voucher rejected at exam checkout" % E,
    "Fri, 16 Jun 2023 01:30:41 +0000", m("012", sid), leaf(t, cte="7bit"),
    auth=ar_o365("amazon.com", "amazonses.com", "54.240.9.11"))

t = """Hello,

Thanks for the screenshot and the exam details. The certification operations team confirmed the voucher had been bound to a second certification profile by mistake. They have released it and issued a fresh code to the benefit recipient address; it can take up to one business day to arrive.

I'll leave the case open for a few more days in case the new code gives you any trouble. If you have additional questions, you are welcome to add them in the Support Center.

Marcus D.

""" + CONSOLE_FOOT % E
add("case_update", False, E, [],
    "Console progress news; conditional invitation plus feedback footer, nothing asked.",
    NOREPLY, ME_C, "RE:[CASE %s] Partner certification benefit voucher rejected at exam checkout" % E,
    "Tue, 20 Jun 2023 06:02:18 +0000", m("013", sid),
    alt(t, "<html><body>" + html_paras(t) + "</body></html>", key="013"),
    auth=ar_o365("amazon.com", "amazonses.com", "54.240.9.11"))

t = """Hello,

You confirmed on the case that the new code was accepted for your DVA-C02 booking, so I am marking this case as resolved. If the problem comes back, you can reopen the case from the Support Center within 14 days of today.

Marcus D.

""" + CONSOLE_FOOT % E
add("resolved", False, E, [],
    "Console resolution mentioning reopen-within-14-days and rating footer; not a closing notice (user did answer).",
    NOREPLY, ME_C, "RE:[CASE %s] Partner certification benefit voucher rejected at exam checkout" % E,
    "Mon, 26 Jun 2023 02:44:09 +0000", m("014", sid), leaf(t, cte="quoted-printable"),
    auth=ar_o365("amazon.com", "amazonses.com", "54.240.9.11"))

t = """Hello Natsuki Ohara,

We received your request and case %s has been created for it. One of our specialists will review it and respond, typically within one business day, though some requests need additional research.

Case ID: %s
Subject: %s

Please avoid submitting the form again for this same request; duplicate cases take longer to resolve.

Thank you,
AWS Training and Certification
""" % (J, J, FORM_SUBJ)
h = """<html><body>
<p>Hello Natsuki Ohara,</p>
<p>We received your request and case <b>%s</b> has been created for it. One of our specialists will review it and respond, typically within one business day, though some requests need additional research.</p>
<table border="0" cellpadding="3"><tr><td>Case ID</td><td>%s</td></tr><tr><td>Subject</td><td>%s</td></tr></table>
<p>Please avoid submitting the form again for this same request; duplicate cases take longer to resolve.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</body></html>
""" % (J, J, FORM_SUBJ)
add("acknowledgement", False, J, [],
    "11-digit form ack, 'RE: [CASE' with a space, multipart/alternative; 'Please avoid submitting' is not an ask.",
    TC, ME_C, subj(J, space=True), "Mon, 28 Aug 2023 07:19:50 +0000", m("015", sid),
    multi("alternative", [leaf(t, cte="quoted-printable"), leaf(h, "html", cte="quoted-printable")], "b1_" + _h("015")[:24]),
    auth=ar_o365("amazon.com", "amazonses.com"))

T016 = """Hello Natsuki,

Thank you for your patience while I reviewed the profiles associated with your email address, and having gone through the records I can see that the second profile was created when you signed in through AWS Partner Central rather than with your Builder ID, which is why its exam history is empty, so before I go ahead and combine it with your main profile I would like you to look over the two accounts below and tell me whether Account #1 is the one that should remain.

Account #1
Candidate ID: AWS01938475
Login email: n.ohara@hoshizora-tech.co.jp
Training notification email: n.ohara@hoshizora-tech.co.jp
Certification notification email: n.ohara@hoshizora-tech.co.jp

Account #2
Candidate ID: AWS03390521
Login email: n.ohara@hoshizora-tech.co.jp (AWS Partner Central sign-in)
Training notification email: n.ohara@hoshizora-tech.co.jp
Certification notification email: (none)

Kind regards,
Helena V.
AWS Training and Certification Support
"""
add("confirmation_request", True, J, ["AWS01938475", "AWS03390521"],
    "Confirmation ask buried at the end of one very long sentence, before the Account #1/#2 listing.",
    TC, ME_C, subj(J, space=True), "Tue, 29 Aug 2023 09:05:33 +0000", m("016", sid), leaf(T016, cte="7bit"),
    irt=MID["015"], refs=refs("015"), auth=ar_o365("amazon.com", "amazonses.com"), crlf=True)

t = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-oss/terraform-modules/pull/482#event-10234418871
You are receiving this because you were mentioned.

Message ID: <hoshizora-oss/terraform-modules/pull/482/issue_event/10234418871@github.com>
"""
add("unrelated", False, None, [],
    "GitHub 'Merged' notification with 'Reply to this email directly'.",
    "Daichi Kuwahara <notifications@github.com>", ME_P,
    "Re: [hoshizora-oss/terraform-modules] Merge account-vpc refactor into main (PR #482)",
    "Thu, 31 Aug 2023 04:12:27 -0700", "<hoshizora-oss/terraform-modules/pull/482/issue_event/10234418871@github.com>",
    leaf(t, cte="7bit"), irt="<hoshizora-oss/terraform-modules/pull/482@github.com>",
    refs="<hoshizora-oss/terraform-modules/pull/482@github.com>",
    auth=ar_gmail("github.com", "noreply@github.com", "192.30.252.201", selector="pf2023"),
    extra=[("List-ID", "hoshizora-oss/terraform-modules <terraform-modules.hoshizora-oss.github.com>"),
           ("X-GitHub-Reason", "mention")])

t = """Hello Natsuki,

I didn't receive a reply to my message of 29 August asking which profile should be kept, so I have closed case %s for now. Nothing has been changed on either account.

Should you still want the two profiles combined, a reply to this email will reopen the case and I'll pick it up from there.

Kind regards,
Helena V.
AWS Training and Certification Support
""" % J
add("closing_notice", True, J, [],
    "Case already closed for no answer; reopening by reply offered with 'Should you still want'. Never answered.",
    TC, ME_C, subj(J, space=True), "Tue, 05 Sep 2023 10:58:12 +0000", m("018", sid), leaf(t, cte="7bit"),
    irt=MID["016"], refs=refs("015", "016"), auth=ar_o365("amazon.com", "amazonses.com"))

t = """Your AWS verification code

Verification code: 381204

This code expires 10 minutes after it was sent. If you didn't try to sign in, you can safely ignore this email.

Amazon Web Services
"""
add("unrelated", False, None, [],
    "One-time code mail (6 digits), login.awsapps.com.",
    "AWS <no-reply@login.awsapps.com>", ME_C, "AWS verification code",
    "Wed, 15 Nov 2023 00:09:40 +0000", m("019", sid), leaf(t, cte="7bit"),
    auth=ar_o365("login.awsapps.com", "login.awsapps.com", "54.240.48.12"))


# ======================================================================
# 2025: leaving the company, case A (+ duplicate B)
# ======================================================================

t = """大原 夏希 様

お疲れさまです。人事部の森です。
退職日（2025年3月14日）に向けたお手続きについてご案内いたします。

1. 貸与PC・入館証は最終出社日に情報システム部へご返却ください。
2. 会社メールアドレス（n.ohara@hoshizora-tech.co.jp）は、退職日の18時をもって利用停止となります。
   外部サービスに会社アドレスで登録している場合は、事前に登録先の変更をお願いいたします。
3. 添付の「退職届」「秘密保持誓約書」にご署名のうえ、3月7日（金）までにご返信ください。

ご不明な点がございましたら、人事部までお問い合わせください。
よろしくお願いいたします。

人事部　森 沙織
"""
add("unrelated", False, None, [],
    "Japanese internal HR mail (ISO-2022-JP) full of requests and ご返信ください, none from support.",
    addr("人事部 森 沙織", "jinji@hoshizora-tech.co.jp", "iso-2022-jp"), addr("大原 夏希", ME_C, "iso-2022-jp"),
    mw("【ご案内】退職に伴うお手続きについて", "iso-2022-jp"),
    "Tue, 25 Feb 2025 10:12:00 +0900", m("020", oid), leaf(t, cs="iso-2022-jp", cte="7bit"),
    auth=ar_o365("hoshizora-tech.co.jp", "hoshizora-tech.co.jp", "40.107.74.55"), lang="ja")

t = """Hello,

Thank you for creating an AWS Builder ID. Enter the following verification code to confirm your email address:

604918

This code expires 30 minutes after it was sent.

If you did not request this code, no action is needed.

Amazon Web Services
"""
add("unrelated", False, None, [],
    "Builder ID verification code (6 digits) on the day the form is filed.",
    "AWS <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address",
    "Mon, 03 Mar 2025 11:52:08 +0000", m("021", sid), leaf(t, cte="7bit"),
    auth=ar_gmail("signin.aws", "bounce@signin.aws", "54.240.48.90", selector="aws2023"))

t = """Hi Natsuki,

Welcome to AWS Skill Builder! Your account is ready.

Start with free digital courses, build skills with hands-on labs, and prepare for AWS Certification with official practice question sets.

Browse courses: https://skillbuilder.aws/
Manage your email preferences: https://skillbuilder.aws/preferences

AWS Training and Certification
"""
add("unrelated", False, None, [],
    "Training platform welcome from no-reply@aws.training; 'AWS Training and Certification' signature but no case.",
    "AWS Training and Certification <no-reply@aws.training>", ME_P, "Welcome to AWS Skill Builder",
    "Mon, 03 Mar 2025 12:01:31 +0000", m("022", sid),
    alt(t, "<html><body>" + html_paras(t) + "</body></html>", key="022"),
    auth=ar_gmail("aws.training", "bounce@aws.training", "54.240.27.31", selector="awst1"))

t = """お客様

Amazon Web Services にお問い合わせいただきありがとうございます。お問い合わせの内容について、ケース %s を作成いたしました。ケースの詳細は以下のとおりです。

ケース ID: %s
件名: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容:
Use Case: I will no longer be an employee of Hoshizora Technologies after March 14 and would like to merge my certification accounts.
All email addresses you may have used in our system: n.ohara@hoshizora-tech.co.jp, natsuki.ohara.mail@gmail.com
The email address you would like to keep on file: natsuki.ohara.mail@gmail.com

担当者より通常24時間以内にご連絡いたしますが、最適な解決策をご案内するため、さらにお時間を頂戴する場合がございます。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

追加の情報がございましたら、本メールにご返信ください。

Amazon Web Services
""" % (A, A, FORM_SUBJ)
add("acknowledgement", False, A, [],
    "Japanese ack of the main 15-digit case (UTF-8 base64); 〜がございましたら…ご返信ください is conditional.",
    TC, ME_P, subj(A), "Mon, 03 Mar 2025 12:15:31 +0000", m("023", sid), leaf(t, cte="base64"),
    auth=ar_gmail("amazon.com", SES_MF), lang="ja")

t = """Hello,

Thanks for reaching out to AWS Training and Certification. This message confirms we've logged your request under case %s.

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge

A member of the team will get back to you, normally within 24 hours. There is no need to resubmit the form - opening several cases for one request only delays the answer. Should you think of anything else we ought to know, just reply to this message.

AWS Training and Certification
""" % (B, B)
add("acknowledgement", False, B, [],
    "Second ack half an hour later for the same request (duplicate form submission), different wording.",
    TC, ME_P, subj(B, space=True), "Mon, 03 Mar 2025 12:46:40 +0000", m("024", sid), leaf(t, cte="7bit"),
    auth=ar_gmail("amazon.com", SES_MF))

t = """Hello,

Apologies - I pressed Submit twice. This is the same request as case %s, which I opened a few minutes earlier, so this one can be closed.

Natsuki Ohara

On Mon, Mar 3, 2025 at 9:46 PM AWS Training and Certification <%s> wrote:
%s
""" % (A, FORM, quote("""Hello,

Thanks for reaching out to AWS Training and Certification. This message confirms we've logged your request under case %s.

A member of the team will get back to you, normally within 24 hours. There is no need to resubmit the form - opening several cases for one request only delays the answer. Should you think of anything else we ought to know, just reply to this message.""" % B))
add("user_reply", False, B, [],
    "Owner's reply on the duplicate case; body names the other case number.",
    addr("Natsuki Ohara", ME_P), FORM, "Re: " + subj(B, space=True), "Mon, 3 Mar 2025 21:58:14 +0900",
    m("025", gid), leaf(t, cte="quoted-printable"), irt=MID["024"], refs=refs("024"))

t = """Hi Natsuki,

No problem at all. I've attached this request to case %s so that everything is handled in one place; whoever picks up that case will see the details from both submissions. There's no need to write back on this thread.

Best,
Jana
AWS Training and Certification
""" % A
add("case_update", False, B, [],
    "Duplicate folded into the main case; 'no need to write back'; mentions another case number.",
    TC, ME_P, subj(B, space=True), "Tue, 04 Mar 2025 01:20:57 +0000", m("026", sid), leaf(t, cte="7bit"),
    irt=MID["025"], refs=refs("024", "025"), auth=ar_gmail("amazon.com", SES_MF))

h = """<html><head><meta charset="utf-8"></head><body style="margin:0">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="font-family:sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:20px"><h1>AWS Summit Japan 2025</h1><p>6月25日(水)・26日(木) 幕張メッセ</p></td></tr>
<tr><td style="padding:20px">
<p>大原 夏希 様</p>
<p>日本最大の AWS を学ぶイベント「AWS Summit Japan」の事前登録を開始しました。150 以上のセッション、EXPO、AWS 認定者ラウンジをご用意しています。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>日程</th><th>内容</th></tr>
<tr><td>6月25日</td><td>基調講演 / ブレイクアウトセッション</td></tr>
<tr><td>6月26日</td><td>基調講演 / AWS 認定者向けミートアップ</td></tr>
</table>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;padding:10px 24px;color:#000">今すぐ登録</a></p>
<p style="font-size:11px;color:#666">このメールは送信専用アドレスから配信されています。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>からお手続きください。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1</p>
</td></tr></table></body></html>
"""
add("unrelated", False, None, [],
    "Japanese AWS marketing, HTML-only with tables, quoted-printable; call to action '今すぐ登録'.",
    addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
    mw("AWS Summit Japan 2025 事前登録受付中"), "Tue, 04 Mar 2025 03:00:00 +0000", m("027", sid),
    leaf(h, "html", cte="quoted-printable"),
    auth=ar_gmail("amazon.com", "bounce@pages.awscloud.com", "54.240.11.4"), lang="ja")

T028 = """Hello Natsuki,

Thank you for contacting AWS Training and Certification.

While reviewing the two certification accounts named in your request I noticed that the one registered to n.ohara@hoshizora-tech.co.jp is associated with the AWS Partner Network organization Hoshizora Technologies Co., Ltd., and since certifications held by a partner's employees count toward that organization's partner status, we are not able to move them to a personal account while the holder is still employed by the partner, which means I have put the merge on hold for the time being and will need you to confirm in a reply whether you are leaving or have already left Hoshizora Technologies, together with the date your employment ends.

Once we have that, I'll let the partner organization know and carry on with the merge.

Regards,
Tomasz W.
AWS Training and Certification Customer Service
"""
add("on_hold", True, A, [],
    "APN partner hold; the ask (confirm leaving + end date) sits at the end of one long sentence; multipart/alternative.",
    TC, ME_P, subj(A), "Tue, 04 Mar 2025 06:41:19 +0000", m("028", sid),
    alt(T028, "<html><body style=\"font-family:Arial\">" + html_paras(T028) + "</body></html>", key="028"),
    cc=ME_C, irt=MID["023"], refs=refs("023"), auth=ar_gmail("amazon.com", SES_MF), crlf=True)

t = """小野寺さん

お疲れさまです。大原です。
AWS認定アカウントを個人アカウントへ統合する件で、AWSから下記の連絡が来ました。
当社がAPNパートナーのため、統合すると当社の認定保有者数から私の分が外れるそうです。
退職日（3/14）をAWSに回答する予定ですので、念のため共有いたします。

大原

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, March 4, 2025 3:41 PM
To: %s
Cc: %s
Subject: %s

%s
""" % (FORM, ME_P, ME_C, subj(A), T028.strip())
add("user_reply", False, A, [],
    "Owner forwards the hold to her manager from the company address (ISO-2022-JP); the quoted ask is not hers to answer here.",
    addr("大原 夏希", ME_C, "iso-2022-jp"), addr("小野寺 健", BOSS, "iso-2022-jp"), "FW: " + subj(A),
    "Tue, 4 Mar 2025 17:20:03 +0900", m("029", oid), leaf(t, cs="iso-2022-jp", cte="7bit"),
    lang="ja", crlf=True)

t = """誠に恐れ入りますが、3月4日～3月6日は出張のため不在にしております。
期間中はメールの確認が遅れます。お急ぎの場合は、営業推進部 代表アドレス（sales-promo@hoshizora-tech.co.jp）までご連絡ください。

小野寺 健
株式会社ホシゾラテクノロジー 営業推進部
"""
add("unrelated", False, None, [],
    "Japanese out-of-office auto-reply whose subject carries the case token.",
    addr("小野寺 健", BOSS), ME_C, mw("自動応答:") + " FW: " + subj(A),
    "Tue, 4 Mar 2025 17:20:41 +0900", m("030", oid), leaf(t, cte="quoted-printable"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    auth=ar_o365("hoshizora-tech.co.jp", "hoshizora-tech.co.jp", "40.107.74.55"), lang="ja")

T031 = """Hi Tomasz,

Yes, I'm leaving Hoshizora Technologies. My last working day is Friday, 14 March 2025, and the n.ohara@hoshizora-tech.co.jp mailbox will be shut down that evening. Please go ahead with the merge into my personal account.

Thanks,
Natsuki Ohara
"""
t = T031 + "\nOn Tue, Mar 4, 2025 at 3:41 PM AWS Training and Certification <%s> wrote:\n%s\n" % (FORM, quote(T028))
add("user_reply", False, A, [],
    "Gmail-style top-posted answer over the quoted APN ask.",
    addr("Natsuki Ohara", ME_P), FORM, "Re: " + subj(A), "Tue, 4 Mar 2025 22:05:47 +0900", m("031", gid),
    alt(t, "<div dir=\"ltr\">" + html_paras(T031) + "</div><br><div class=\"gmail_quote\"><blockquote>" + html_paras(T028) + "</blockquote></div>", key="031"),
    irt=MID["028"], refs=refs("023", "028"))

t = """Hi Natsuki,

Thanks for confirming your leaving date. As required for partner-linked accounts, I've notified the partner administrator at Hoshizora Technologies that your certifications will move to a personal account. Partners get five business days to respond before we proceed, so the case is paused until then.

There's nothing you need to do in the meantime - I'll write again as soon as that window closes.

Regards,
Tomasz W.
AWS Training and Certification Customer Service
"""
add("on_hold", False, A, [],
    "Partner hold that asks nothing ('nothing you need to do'); waiting on the partner company.",
    TC, ME_P, subj(A), "Wed, 05 Mar 2025 08:10:26 +0000", m("032", sid), leaf(t, cte="7bit"),
    irt=MID["031"], refs=refs("023", "028", "031"), auth=ar_gmail("amazon.com", SES_MF))

t = """小野寺 健 assigned INFRA-2291 to you.

INFRA-2291: 退職者アカウント引継ぎ - AWS account 483920175562 管理者権限
Type: Task   Priority: High   Due: 2025-03-13

Description:
ルートユーザーのMFAデバイスとIAM Identity Centerの管理者権限を後任（桑原）へ移管してください。
完了したらこのチケットにコメントしてください。

View issue: https://hoshizora.atlassian.net/browse/INFRA-2291
Add comment: reply to this email (comments added by email appear in the issue)
"""
add("unrelated", False, None, [],
    "Jira assignment with imperatives and 'reply to this email'; 12-digit AWS account ID.",
    "Jira <jira@hoshizora.atlassian.net>", ME_C,
    mw("[JIRA] (INFRA-2291) 退職者アカウント引継ぎ - AWS account 483920175562 管理者権限"),
    "Wed, 05 Mar 2025 01:00:12 +0000", m("033", lambda k: xid(k, "atlassian.net")), leaf(t, cte="base64"),
    auth=ar_o365("hoshizora.atlassian.net", "bounce.atlassian.net", "185.166.143.31"), lang="ja")

t = """Hello Natsuki,

I'm taking over your case from my colleague Tomasz. The partner notification period has ended without any objection from Hoshizora Technologies, so the hold is lifted and the merge can go ahead.

One thing before I run it: do you want the accounts merged right away, or should I wait until after your last day on 14 March? Merging now means certification notices to your company address stop immediately; waiting means you keep getting them at work until you leave.

Best regards,
Aiyana R.
AWS Training and Certification
"""
T034 = t
add("confirmation_request", True, A, [],
    "Hold lifted (news) + a now-or-later choice about running the merge: a go-ahead confirmation, not a which-account listing.",
    TC, ME_P, subj(A), "Mon, 10 Mar 2025 02:30:48 +0000", m("034", sid), leaf(t, cte="7bit"),
    irt=MID["032"], refs=refs("023", "028", "031", "032"), auth=ar_gmail("amazon.com", SES_MF))

t = """Right away is fine - please merge now. I'd rather not leave it to my last day.

Natsuki

On Mon, Mar 10, 2025 at 11:30 AM AWS Training and Certification <%s> wrote:
%s
""" % (FORM, quote(T034))
add("user_reply", False, A, [],
    "Short answer to the now-or-later question, quoted question below.",
    addr("Natsuki Ohara", ME_P), FORM, "Re: " + subj(A), "Mon, 10 Mar 2025 21:40:05 +0900", m("035", gid),
    leaf(t, cte="7bit"), irt=MID["034"], refs=refs("023", "028", "031", "032", "034"))

h = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hi Natsuki,</p>
<p>Thanks for the quick answer. Before I start, I need to be sure I have the right records in front of me. These are the two certification accounts I found:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS05513982</td><td>AWS01938475</td></tr>
<tr><td>Login email</td><td>natsuki.ohara.mail@gmail.com</td><td>n.ohara@hoshizora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>natsuki.ohara.mail@gmail.com</td><td>n.ohara@hoshizora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>natsuki.ohara.mail@gmail.com</td><td>n.ohara@hoshizora-tech.co.jp</td></tr>
<tr><td>Exam history</td><td>none</td><td>4 exams (2021&ndash;2025)</td></tr>
</table>
<p>Everything on the account you don't pick moves into the one you do, and the other one is closed. Which one stays?</p>
<p>Aiyana R.<br>AWS Training and Certification</p>
</body></html>
"""
T036_TEXT = """Hi Natsuki,

Thanks for the quick answer. Before I start, I need to be sure I have the right records in front of me. These are the two certification accounts I found:

                                   Account #1                      Account #2
Candidate ID                       AWS05513982                     AWS01938475
Login email                        natsuki.ohara.mail@gmail.com    n.ohara@hoshizora-tech.co.jp
Training notification email        natsuki.ohara.mail@gmail.com    n.ohara@hoshizora-tech.co.jp
Certification notification email   natsuki.ohara.mail@gmail.com    n.ohara@hoshizora-tech.co.jp
Exam history                       none                            4 exams (2021-2025)

Everything on the account you don't pick moves into the one you do, and the other one is closed. Which one stays?

Aiyana R.
AWS Training and Certification"""
add("confirmation_request", True, A, ["AWS05513982", "AWS01938475"],
    "HTML-only mail, Account #1/#2 in a table, bare question 'Which one stays?'.",
    TC, ME_P, subj(A), "Tue, 11 Mar 2025 05:12:30 +0000", m("036", sid), leaf(h, "html", cte="quoted-printable"),
    cc=ME_C, irt=MID["035"], refs=refs("023", "028", "031", "032", "034", "035"),
    auth=ar_gmail("amazon.com", SES_MF), crlf=True)

t = """Dear Customer,

To complete the merge of your AWS Certification accounts we must verify your identity. Sign in with your AWS Builder ID at the link below within 24 hours, otherwise the request will be cancelled and both certification accounts will be locked.

https://aws-training-verify.net/merge/confirm?case=%s

AWS Training and Certification
""" % A
add("suspicious", False, None, [],
    "Uses the real form sender and case subject, but DKIM fails and DMARC fails for amazon.com; link to a lookalike.",
    TC, ME_P, "RE:[CASE %s] Action needed: verify your identity to complete the merge" % A,
    "Tue, 11 Mar 2025 09:03:51 +0000", "<20250311090351.7F3A2C0041@mail.aws-training-verify.net>",
    alt(t, "<html><body>" + html_paras(t) + "</body></html>", key="037"),
    auth=ar_gmail("amazon.com", FORM, "185.231.204.17", ok=False))

t = """大原 夏希 様

いつもAWS認定をご利用いただきありがとうございます。
お客様のAWS認定アカウント統合申請（ケース番号：%s）について、最終確認が必要となっております。

下記リンクよりAWS Builder IDでログインし、統合先アカウントをご確認いただけますでしょうか。
https://aws-certification-jp.com/merge/verify?id=%s

48時間以内にご対応いただけない場合、両アカウントが一時停止されますのでご注意ください。

AWS認定サポートセンター
""" % (A, A)
add("suspicious", False, None, [],
    "Japanese phishing from a lookalike domain (Shift_JIS) that passes its own DKIM/DMARC; keigo ask and real case number.",
    addr("AWS認定サポート", "support@aws-certification-jp.com", "shift_jis"), ME_P,
    mw("【重要】AWS認定アカウント統合の最終確認（48時間以内）", "shift_jis"),
    "Wed, 12 Mar 2025 13:27:09 +0900", "<a81f3c22e90b41d7.0312@aws-certification-jp.com>",
    leaf(t, cs="shift_jis", cte="8bit"),
    auth=ar_gmail("aws-certification-jp.com", "bounce@aws-certification-jp.com", "103.151.22.9", selector="default"),
    lang="ja")

T039 = """Hi Natsuki,

Following up on the message my colleague Aiyana sent on 11 March. We haven't had a reply yet, and cases with no response for 72 hours are closed automatically, so this one will be closed on 17 March unless you respond. Answering this email is all it takes to keep it open.

Thanks,
Rafael M.
AWS Training and Certification
"""
add("closing_notice", True, A, [],
    "Closing warning that refers to the earlier request without repeating it; 'Answering this email is all it takes'.",
    TC, ME_P, subj(A), "Thu, 13 Mar 2025 23:30:02 +0000", m("039", sid), leaf(T039, cte="7bit"),
    cc=ME_C, irt=MID["036"], refs=refs("023", "028", "031", "032", "034", "035", "036"),
    auth=ar_gmail("amazon.com", SES_MF))

T040 = """Hello,

Confirmed. Please merge into Account #1 (natsuki.ohara.mail@gmail.com / AWS05513982). Sorry for the slow reply.

Natsuki Ohara
"""
t = T040 + """
-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Friday, March 14, 2025 8:30 AM
To: %s
Cc: %s
Subject: %s

%s
""" % (FORM, ME_P, ME_C, subj(A), T039.strip())
add("user_reply", False, A, ["AWS05513982"],
    "The confirmation, but sent from the company address (wrong address), Outlook '-----Original Message-----'.",
    addr("Natsuki Ohara", ME_C), FORM, "RE: " + subj(A), "Fri, 14 Mar 2025 09:47:22 +0900", m("040", oid),
    multi("alternative", [leaf(t, cte="quoted-printable"),
                          leaf("<html><body>" + html_paras(t) + "</body></html>", "html", cte="quoted-printable")],
          "_000_" + _h("040")[:28] + "_"),
    irt=MID["039"], refs=refs("023", "028", "036", "039"),
    extra=[("Thread-Topic", subj(A)), ("Accept-Language", "ja-JP, en-US")], crlf=True)

T041 = """Hi Natsuki,

Thanks - your message arrived, but it was sent from n.ohara@hoshizora-tech.co.jp, the address on the account that is going to be closed. To protect the account owner, a merge confirmation has to come from the address of the account being kept.

We need the same confirmation sent from natsuki.ohara.mail@gmail.com before I can run the merge. A one-line reply from that mailbox is enough.

Thanks,
Rafael M.
AWS Training and Certification
"""
add("info_request", True, A, [],
    "Wrong-address reply: 'We need the same confirmation sent from' the personal address; no please, no question; sent to both.",
    TC, ME_P, subj(A), "Fri, 14 Mar 2025 02:20:44 +0000", m("041", sid), leaf(T041, cte="7bit"),
    cc=ME_C, irt=MID["040"], refs=refs("023", "028", "036", "039", "040"), auth=ar_gmail("amazon.com", SES_MF))

T042 = """Hi Rafael,

Writing from natsuki.ohara.mail@gmail.com as asked: I confirm the merge. Please keep Account #1 (this address) and merge Account #2 into it.

Natsuki
"""
t = T042 + "\nOn Fri, Mar 14, 2025 at 11:20 AM AWS Training and Certification <%s> wrote:\n%s\n" % (FORM, quote(T041))
add("user_reply", False, A, [],
    "Reply whose subject has no case token; belongs to the case only via In-Reply-To/References.",
    addr("Natsuki Ohara", ME_P), FORM, "Merge confirmation from my personal address",
    "Fri, 14 Mar 2025 12:31:09 +0900", m("042", gid), leaf(t, cte="quoted-printable"),
    irt=MID["041"], refs=refs("023", "028", "036", "039", "040", "041"))

t = """Hi Natsuki,

Got it, thank you - that's the confirmation I asked for this morning, and from the right address this time. I've handed the merge to our records team. They work through these in batches a few times a day, so it should be done later today or early tomorrow.

Nothing else is needed from you; I'll let you know once it's finished.

Rafael M.
AWS Training and Certification
"""
add("case_update", False, A, [],
    "Status update that mentions the earlier request ('the confirmation I asked for'); asks nothing; reply threaded by In-Reply-To, subject restored.",
    TC, ME_P, subj(A), "Fri, 14 Mar 2025 05:05:37 +0000", m("043", sid), leaf(t, cte="7bit"),
    irt=MID["042"], refs=refs("023", "028", "036", "039", "040", "041", "042"), auth=ar_gmail("amazon.com", SES_MF))

T044 = """Hello Natsuki,

I have successfully merged all accounts. Your exam history, certifications and benefits are now under Account #1 (natsuki.ohara.mail@gmail.com, candidate ID AWS05513982), and Account #2 has been deactivated. Credly may take up to 24 hours to reissue your badges to the new address.

If something looks off when you sign in, let us know by replying here.

Best regards,
Rafael M.
AWS Training and Certification
"""
t = T044 + """
---- Original Message ----
From: Natsuki Ohara <%s>
Sent: 3/14/2025 3:31 AM
Subject: Merge confirmation from my personal address

%s

---- Original Message ----
From: AWS Training and Certification <%s>
Sent: 3/14/2025 2:20 AM
Subject: %s

%s

---- Original Message ----
From: AWS Training and Certification <%s>
Sent: 3/11/2025 5:12 AM
Subject: %s

%s

---- Original Message ----
From: AWS Training and Certification <%s>
Sent: 3/4/2025 6:41 AM
Subject: %s

%s
""" % (ME_P, quote(T042), FORM, subj(A), quote(T041), FORM, subj(A), quote(T036_TEXT), FORM, subj(A), quote(T028))
add("resolved", False, A, ["AWS05513982"],
    "'successfully merged' top-posted over the full history incl. the which-account table and two old asks; conditional reply invitation; CRLF + QP.",
    TC, ME_P, subj(A), "Fri, 14 Mar 2025 09:48:15 +0000", m("044", sid), leaf(t, cte="quoted-printable"),
    irt=MID["043"], refs=refs("023", "028", "036", "039", "041", "042", "043"),
    auth=ar_gmail("amazon.com", SES_MF), crlf=True)

t = """Natsuki, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Professional

Accept your badge to start sharing it:
https://www.credly.com/badges/2c9d7e41-88b0-4f6a-a1d3-5e0b7c9f1a26/accept

Credly, Inc. | You received this email because a badge was issued to natsuki.ohara.mail@gmail.com.
"""
add("badge", False, None, [],
    "Credly badge right after the merge; 'Accept your badge' link with a UUID.",
    "Credly <admin@credly.com>", ME_P, "Natsuki, you've earned the AWS Certified Solutions Architect - Professional badge",
    "Fri, 14 Mar 2025 10:02:40 +0000", m("045", lambda k: xid(k, "credly.com")),
    alt(t, "<html><body>" + html_paras(t) + "</body></html>", key="045"),
    auth=ar_gmail("credly.com", "bounces@credly.com", "167.89.55.12", selector="s1"))

h = """<html><body style="font-family:Helvetica,Arial">
<table width="600" align="center"><tr><td>
<p>Hi Natsuki,</p>
<p>You have a badge waiting from <b>Amazon Web Services Training and Certification</b>:</p>
<table border="0" cellpadding="8" style="background:#f4f4f4"><tr>
<td><img src="https://images.credly.com/size/110x110/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" alt=""></td>
<td><b>AWS Certified Developer &ndash; Associate</b><br>Issued March 14, 2025</td></tr></table>
<p><a href="https://www.credly.com/badges/7e15a0c3-4d2b-49f8-b6e1-0a9c3d2f8e57/accept">Claim your badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc., 8 W 126th St, New York, NY. Manage notification settings in your Credly account.</p>
</td></tr></table></body></html>
"""
add("badge", False, None, [],
    "Second Credly mail: HTML-only, base64 encoded; 'Claim your badge'.",
    "Credly <admin@credly.com>", ME_P, "Claim your AWS Certified Developer - Associate badge",
    "Fri, 14 Mar 2025 10:03:02 +0000", m("046", lambda k: xid(k, "credly.com")),
    leaf(h, "html", cte="base64"), auth=ar_gmail("credly.com", "bounces@credly.com", "167.89.55.12", selector="s1"))

t = """Hello,

Your case %s with AWS Training and Certification was recently resolved. Would you take a moment to tell us how it went?

How likely are you to recommend AWS Training and Certification support to a colleague?
0  1  2  3  4  5  6  7  8  9  10
https://aws-support-survey.amazon.com/r/%s

Please click a number to open the survey. It has three questions and your answers go directly to the team that handled your case.

Thank you,
Amazon Web Services
""" % (A, A)
add("survey", False, A, [],
    "Rating request for the main case; 'Please click a number' and a question.",
    "Amazon Web Services <aws-survey-noreply@amazon.com>", ME_P, "Your opinion on case %s" % A,
    "Sat, 15 Mar 2025 03:14:00 +0000", m("047", sid), leaf(t, cte="7bit"), auth=ar_gmail("amazon.com", SES_MF))

t = """** Address not found **

Your message wasn't delivered to n.ohara@hoshizora-tech.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient n.ohara@hoshizora-tech.co.jp not found by SMTP address lookup
"""
hdrs = """Return-Path: <natsuki.ohara.mail@gmail.com>
From: Natsuki Ohara <natsuki.ohara.mail@gmail.com>
Date: Mon, 17 Mar 2025 20:11:40 +0900
Message-ID: %s
Subject: Fwd: %s
To: n.ohara@hoshizora-tech.co.jp
""" % (gid("048-orig"), subj(A))
p1 = leaf(t, cte="7bit")
p2 = raw_part("message/delivery-status", "Reporting-MTA: dns; googlemail.com\nArrival-Date: Mon, 17 Mar 2025 03:11:40 -0800 (PST)\n\nFinal-Recipient: rfc822; n.ohara@hoshizora-tech.co.jp\nAction: failed\nStatus: 5.1.10\nRemote-MTA: dns; hoshizoratech-co-jp.mail.protection.outlook.com\nDiagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound\n")
p3 = raw_part("text/rfc822-headers", hdrs)
add("unrelated", False, None, [],
    "Bounce (multipart/report) of a forward to the closed company address; the returned headers contain the case subject.",
    "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P, "Delivery Status Notification (Failure)",
    "Mon, 17 Mar 2025 03:11:42 -0800", m("048", lambda k: xid(k, "mx.google.com")),
    multi("report", [p1, p2, p3], "000000000000b5f1c2062f9a1e", '; report-type="delivery-status"'),
    extra=[("Auto-Submitted", "auto-replied")])

t = """Hello Natsuki,

As someone who holds an AWS Certification, your perspective matters to us. We are redesigning parts of the certification program and would like to hear about your experience preparing for and taking AWS Certification exams.

Please take our 10-minute survey by March 31, 2025:
https://aws-certification.qualtrics.com/jfe/form/SV_3q8FJ0cLx

Candidate ID: AWS05513982

Thank you for helping us improve AWS Certification.

AWS Certification
"""
add("certification", False, None, ["AWS05513982"],
    "certmetrics program feedback invitation (certification kind, not a support survey); 'Please take our survey'.",
    "AWS Certification <do-not-reply@certmetrics.com>", ME_P, "AWS Certification wants to hear from you",
    "Tue, 18 Mar 2025 16:00:00 +0000", m("049", lambda k: xid(k, "certmetrics.com")),
    alt(t, "<html><body>" + html_paras(t) + "</body></html>", key="049"),
    auth=ar_gmail("certmetrics.com", "bounce@certmetrics.com", "52.37.98.114", selector="cm1"))

t = """Merged #17 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/natsuki-o/dotfiles/pull/17#event-16890211457
You are receiving this because you authored the thread.
"""
add("unrelated", False, None, [],
    "GitHub merged-PR notification on a personal repo ('Merge branch ...').",
    "Natsuki Ohara <notifications@github.com>", ME_P,
    "Re: [natsuki-o/dotfiles] Merge branch 'zsh-prompt' into main (PR #17)",
    "Tue, 18 Mar 2025 06:40:19 -0700", "<natsuki-o/dotfiles/pull/17/issue_event/16890211457@github.com>",
    leaf(t, cte="7bit"), irt="<natsuki-o/dotfiles/pull/17@github.com>", refs="<natsuki-o/dotfiles/pull/17@github.com>",
    auth=ar_gmail("github.com", "noreply@github.com", "192.30.252.201", selector="pf2023"))

t = """##- Please type your reply above this line -##

Your request (58213) has been closed.

We hope we were able to help. This case is now closed; if you feel the issue hasn't been resolved, simply reply to this email within 7 days to reopen it.

Request #58213: "Cannot transfer Zoom Pro licence to a new email address"

Akira (Zoom Support)
Mar 19, 2025, 9:12 GMT+9
Your licence has been moved to natsuki.ohara.mail@gmail.com. Let us know if anything else comes up.

This email is a service from Zoom Support.
"""
add("unrelated", False, None, [],
    "Another vendor's Zendesk 'case closed, reply to reopen' mail about moving a licence to the new email.",
    "Zoom Support <support@zoom.us>", ME_P, "[Zoom Support] Re: Cannot transfer Zoom Pro licence to a new email address",
    "Wed, 19 Mar 2025 00:15:33 +0000", "<ZKE3R9W1X_67da0a05c1b2d_3bd3c8@zendesk.com>", leaf(t, cte="quoted-printable"),
    auth=ar_gmail("zoom.us", "support@zoom.us", "192.161.147.1", selector="zendesk1"))


# ---------------------------------------------------------------- A reopened
T052 = """Hi Rafael,

Thanks for merging everything. I noticed one thing: the 50% exam discount I had on the old account doesn't appear under Benefits on the merged one. Could you take a look?

Natsuki
"""
t = T052 + "\nOn Fri, Mar 14, 2025 at 6:48 PM AWS Training and Certification <%s> wrote:\n%s\n" % (FORM, quote(T044))
add("user_reply", False, A, [],
    "Owner writes again on a resolved case (reopening it); her own question is not a support ask.",
    addr("Natsuki Ohara", ME_P), FORM, "Re: " + subj(A), "Wed, 19 Mar 2025 22:18:50 +0900", m("052", gid),
    leaf(t, cte="quoted-printable"), irt=MID["044"], refs=refs("023", "028", "036", "041", "044"))

T053 = """Hello Natsuki,

I've reopened case %s and I'm looking into the missing discount. Benefits normally follow the merge automatically, but discounts issued after a recertification are sometimes left attached to the old profile.

Two questions so I can find the right record: was the 50%% discount issued after your recertification in January 2025, or after an earlier exam? And do you still have the voucher code, or only the email that announced it?

Kind regards,
Kavya N.
AWS Training and Certification
""" % A
add("info_request", True, A, [],
    "Reopened case; either/or questions that mention the merge but ask about the voucher, not which account to keep.",
    TC, ME_P, subj(A), "Thu, 20 Mar 2025 04:02:11 +0000", m("053", sid), leaf(T053, cte="7bit"),
    irt=MID["052"], refs=refs("023", "044", "052"), auth=ar_gmail("amazon.com", SES_MF))

t = """Hi Kavya,

It came after I recertified the Solutions Architect - Associate in January. I only have the email; the code in it starts with CERT50-7QX.

Natsuki

On Thu, Mar 20, 2025 at 1:02 PM AWS Training and Certification <%s> wrote:
%s
""" % (FORM, quote(T053))
add("user_reply", False, A, [],
    "Owner's answer with a voucher prefix (not a candidate ID).",
    addr("Natsuki Ohara", ME_P), FORM, "Re: " + subj(A), "Thu, 20 Mar 2025 19:45:02 +0900", m("054", gid),
    leaf(t, cte="7bit"), irt=MID["053"], refs=refs("023", "044", "052", "053"))

t = """Hi Natsuki,

A quick update on the questions I sent yesterday: I found the voucher myself using the prefix you gave, so there is nothing more I need from you. It was still sitting on the retired profile AWS01938475; I've moved it to AWS05513982. The Benefits page can take up to a day to refresh.

Kavya N.
AWS Training and Certification
"""
add("case_update", False, A, ["AWS01938475", "AWS05513982"],
    "Status update that mentions the earlier questions and withdraws them ('nothing more I need from you').",
    TC, ME_P, subj(A), "Fri, 21 Mar 2025 02:37:29 +0000", m("055", sid), leaf(t, cte="7bit"),
    irt=MID["054"], refs=refs("023", "044", "052", "053", "054"), auth=ar_gmail("amazon.com", SES_MF))

t = """Hello Natsuki,

The 50%% discount now shows under Benefits on your account, valid until 14 January 2026. With that, everything from your former account has been carried over, and I've set this case to resolved.

Best,
Kavya N.
AWS Training and Certification

--
We'd love to hear how we did. Please rate your experience: https://aws-support-survey.amazon.com/r/%s
""" % A
add("resolved", False, A, [],
    "Resolution with a survey footer ('Please rate your experience').",
    TC, ME_P, subj(A), "Sat, 22 Mar 2025 00:55:40 +0000", m("056", sid),
    alt(t, "<html><body>" + html_paras(t) + "</body></html>", key="056"),
    irt=MID["055"], refs=refs("023", "044", "052", "053", "054", "055"), auth=ar_gmail("amazon.com", SES_MF))

# ======================================================================
# case H (Japanese agent): name on the certificate
# ======================================================================

t = """大原 夏希 様

AWS トレーニングと認定へのお問い合わせを受け付けました。本件はケース番号 %s にて対応させていただきます。

ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: 認定証の氏名変更
お問い合わせ内容: アカウント統合後、認定証の氏名が旧アカウントの表記（OHARA NATSUKI）のままになっています。パスポートと同じ順序の表記に変更したいです。

通常は 24 時間以内に担当者よりご連絡いたします。同じ内容で重複してケースを作成されますと対応が遅れる場合がございますので、ご了承ください。

補足情報がございましたら、本メールへのご返信にてお知らせください。

AWS トレーニングと認定 カスタマーサポート
""" % (H, H)
add("acknowledgement", False, H, [],
    "Japanese ack in Shift_JIS (8bit), different wording; 補足情報がございましたら…お知らせください is conditional.",
    TC, ME_P, subj(H), "Mon, 24 Mar 2025 01:19:02 +0000", m("057", sid), leaf(t, cs="shift_jis", cte="8bit"),
    auth=ar_gmail("amazon.com", SES_MF), lang="ja", crlf=True)

t = """大原 夏希 様

Amazon.co.jp をご利用いただき、ありがとうございます。
以下のご注文を承りました。

注文番号: 250-4417738-2290614
お届け予定: 2025/03/26 - 2025/03/27
商品: AWS認定 ソリューションアーキテクト プロフェッショナル 試験対策問題集 ×1
ご請求額: ￥3,520

ご注文内容の確認・変更は「注文履歴」からお手続きください。
このメールは配信専用です。ご返信いただいてもお答えできませんのでご了承ください。

Amazon.co.jp
"""
add("unrelated", False, None, [],
    "Amazon.co.jp order confirmation (amazon.co.jp, DKIM pass) with a long order number.",
    "Amazon.co.jp <auto-confirm@amazon.co.jp>", ME_P, mw("Amazon.co.jp ご注文の確認 250-4417738-2290614"),
    "Mon, 24 Mar 2025 09:41:17 +0000", m("058", lambda k: xid(k, "amazon.co.jp")), leaf(t, cte="base64"),
    auth=ar_gmail("amazon.co.jp", "bounce@amazon.co.jp", "52.95.48.11", selector="rjs6"), lang="ja")

T059 = """大原 夏希 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定証に記載されるお名前は認定アカウントのプロフィールに登録された氏名から作成されており、3 月にアカウントの統合を行った際に旧アカウント側の氏名が引き継がれたことが原因と考えられますが、氏名の変更は公的な身分証明書との照合が必要となる手続きでございますため、お手数をおかけいたしますが、パスポートに記載されているとおりのローマ字表記の氏名と、変更の対象となる AWS 候補 ID を本メールへのご返信にてお知らせいただけますでしょうか。

何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
add("info_request", True, H, [],
    "Japanese keigo, one long sentence with the ask (〜いただけますでしょうか) at its very end; ISO-2022-JP.",
    TC, ME_P, subj(H), "Tue, 25 Mar 2025 08:02:45 +0000", m("059", sid), leaf(T059, cs="iso-2022-jp", cte="7bit"),
    irt=MID["057"], refs=refs("057"), auth=ar_gmail("amazon.com", SES_MF), lang="ja")

T060 = """佐々木様

ご連絡ありがとうございます。
パスポート記載の氏名：OHARA NATSUKI（姓：OHARA　名：NATSUKI）
認定証には「Natsuki Ohara」の順で表記していただけますと幸いです。
AWS 候補 ID：AWS05513982

よろしくお願いいたします。
大原 夏希
"""
t = T060 + "\n2025年3月25日(火) 17:02 AWS Training and Certification <%s>:\n\n%s\n" % (FORM, quote(T059))
add("user_reply", False, H, ["AWS05513982"],
    "Japanese reply with Japanese Gmail reply header; candidate ID in her own text; ISO-2022-JP.",
    addr("大原 夏希", ME_P, "iso-2022-jp"), FORM, "Re: " + subj(H), "Wed, 26 Mar 2025 07:55:31 +0900", m("060", gid),
    leaf(t, cs="iso-2022-jp", cte="7bit"), irt=MID["059"], refs=refs("057", "059"), lang="ja")

T061 = """大原 様

ご返信いただきありがとうございます。

確認いたしましたところ、統合元の旧アカウントの氏名情報は、株式会社ホシゾラテクノロジーの AWS パートナーネットワーク (APN) のプロフィールと連携しており、同社のパートナー管理者による連携解除が完了するまで、当方で氏名を変更することができない状態でございます。そのため、本件は同社からの回答待ちとして一時保留とさせていただきます。

つきましては、解除のご依頼を差し上げるため、同社で AWS パートナーセントラルを管理されているご担当者様のお名前とメールアドレスをお知らせいただけますでしょうか。

お手数をおかけいたしますが、ご協力のほどよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
add("on_hold", True, H, [],
    "Japanese partner hold that also asks for the partner admin's name and address (UTF-8 8bit).",
    TC, ME_P, subj(H), "Thu, 27 Mar 2025 02:14:08 +0000", m("061", sid), leaf(T061, cte="8bit"),
    irt=MID["060"], refs=refs("057", "059", "060"), auth=ar_gmail("amazon.com", SES_MF), lang="ja")

T062 = """佐々木様

パートナーセントラルの管理者は、営業推進部の小野寺 健（k.onodera@hoshizora-tech.co.jp）です。
お手数ですが、よろしくお願いいたします。

大原
"""
t = T062 + "\n2025年3月27日(木) 11:14 AWS Training and Certification <%s>:\n\n%s\n" % (FORM, quote(T061))
add("user_reply", False, H, [],
    "Japanese reply answering the hold's question; UTF-8 base64.",
    addr("大原 夏希", ME_P), FORM, "Re: " + subj(H), "Thu, 27 Mar 2025 12:30:20 +0900", m("062", gid),
    leaf(t, cte="base64"), irt=MID["061"], refs=refs("057", "059", "060", "061"), lang="ja")

T063 = """大原 様

ご担当者様の情報をお知らせいただき、ありがとうございました。
先ほど、小野寺様宛てに連携解除のご依頼をお送りいたしました。現在は同社からのご回答をお待ちしている状況でございます。

ご回答をいただき次第、氏名の変更を進め、改めてご連絡いたします。お客様にて追加でご対応いただく必要はございませんので、今しばらくお待ちくださいますようお願い申し上げます。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
add("on_hold", False, H, [],
    "Japanese hold with polite imperative お待ちくださいますよう but no ask; 追加でご対応いただく必要はございません.",
    TC, ME_P, subj(H), "Fri, 28 Mar 2025 05:40:55 +0000", m("063", sid), leaf(T063, cte="quoted-printable"),
    irt=MID["062"], refs=refs("057", "059", "060", "061", "062"), auth=ar_gmail("amazon.com", SES_MF), lang="ja")

t = """大原 夏希 様

お客様の AWS Certified Developer – Associate 認定は、2025 年 6 月 30 日に有効期限を迎えます。

認定を維持するには、有効期限までに再認定を完了してください。再認定の方法や利用可能な特典は、AWS 認定アカウントの「特典」ページからご確認いただけます。

候補 ID: AWS05513982

AWS 認定
"""
add("certification", False, None, ["AWS05513982"],
    "Japanese certmetrics expiry notice with an imperative (再認定を完了してください).",
    "AWS Certification <do-not-reply@certmetrics.com>", ME_P, mw("AWS 認定の有効期限が近づいています"),
    "Tue, 01 Apr 2025 00:00:12 +0000", m("064", lambda k: xid(k, "certmetrics.com")), leaf(t, cte="quoted-printable"),
    auth=ar_gmail("certmetrics.com", "bounce@certmetrics.com", "52.37.98.114", selector="cm1"), lang="ja")

t = """AWS をご利用いただき、ありがとうございます。

2025 年 3 月分のご請求額が確定しました。

アカウント ID: 209384756610
ご請求額: USD 3.42
お支払い方法: クレジットカード（末尾 4411）

詳細は請求とコスト管理コンソールの「請求書」ページでご確認ください。
このメールアドレスは送信専用のため、ご返信いただいてもお答えできません。

Amazon Web Services
"""
add("unrelated", False, None, [],
    "Japanese AWS billing mail from no-reply-aws@amazon.com (same sender as console cases), 12-digit account ID, base64.",
    NOREPLY, ME_P, mw("Amazon Web Services 請求書のご案内 [アカウント: 209384756610]"),
    "Thu, 03 Apr 2025 01:08:40 +0000", m("065", sid), leaf(t, cte="base64"),
    auth=ar_gmail("amazon.com", "bounce@billing.amazonaws.com", "54.240.9.11"), lang="ja")

t = """大原 夏希 様

お待たせいたしました。佐々木でございます。

株式会社ホシゾラテクノロジー様によるパートナー連携の解除が完了いたしましたので、お知らせいただいた表記に基づき認定アカウントの氏名を「Natsuki Ohara」に変更し、新しい氏名で認定証を再発行いたしましたが、本件につきましてお客様にご対応いただくことは特にございませんので、認定証の表示などでお気づきの点がございましたら、本メールにご返信いただけますと幸いです。

本ケースは解決済みとさせていただきます。

――――――――――――
サポート品質向上のため、アンケートへのご協力のほどよろしくお願いいたします。
https://aws-support-survey.amazon.com/r/%s?lang=ja
――――――――――――

> 大原 様
>
> ご担当者様の情報をお知らせいただき、ありがとうございました。
> 先ほど、小野寺様宛てに連携解除のご依頼をお送りいたしました。
""" % H
add("resolved", False, H, [],
    "Japanese resolution: long sentence ending in a conditional (お気づきの点がございましたら…幸いです) plus keigo survey footer.",
    TC, ME_P, subj(H), "Mon, 07 Apr 2025 06:26:33 +0000", m("066", sid), leaf(t, cte="8bit"),
    irt=MID["063"], refs=refs("057", "059", "060", "061", "062", "063"), auth=ar_gmail("amazon.com", SES_MF),
    lang="ja")

t = """大原 夏希 様

先日は AWS トレーニングと認定 カスタマーサポート（ケース %s）をご利用いただき、ありがとうございました。

今後のサービス向上のため、1 分ほどで終わる簡単なアンケートにご回答いただけますでしょうか。

https://aws-support-survey.amazon.com/r/%s?lang=ja

ご回答は担当チームの改善にのみ使用いたします。

Amazon Web Services
""" % (H, H)
add("survey", False, H, [],
    "Japanese survey phrased as a keigo request (ご回答いただけますでしょうか); still just a rating request.",
    "Amazon Web Services <aws-survey-noreply@amazon.com>", ME_P,
    mw("【アンケートのお願い】AWS トレーニングと認定 サポートについて"),
    "Tue, 08 Apr 2025 03:00:05 +0000", m("067", sid), leaf(t, cs="iso-2022-jp", cte="7bit"),
    auth=ar_gmail("amazon.com", SES_MF), lang="ja")

# ======================================================================
# case K: the Partner Central SSO profile from 2023
# ======================================================================

h = """<html><body style="font-family:Arial;font-size:13px">
<p>Hello Natsuki,</p>
<p>Thank you for contacting AWS Training and Certification. Your request has been received and logged as follows:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Additional details</b></td><td>Account Merge</td></tr>
<tr><td><b>Submitted</b></td><td>April 17, 2025 03:54 UTC</td></tr>
<tr><td><b>Description</b></td><td>There is one more certification account, AWS03390521, created through AWS Partner Central with my former company address. Please merge it into AWS05513982.</td></tr>
</table>
<p>Our team typically replies within 24 hours. If you already have an open case about this, please do not open another one.</p>
<p>If you'd like to add details to your request, you can reply to this email.</p>
<p>AWS Training and Certification</p>
</body></html>
""" % K
add("acknowledgement", False, K, ["AWS03390521", "AWS05513982"],
    "HTML-only ack with a table; the form text inside it contains 'Please merge' and two candidate IDs.",
    TC, ME_P, subj(K), "Thu, 17 Apr 2025 03:54:20 +0000", m("068", sid), leaf(h, "html", cte="quoted-printable"),
    auth=ar_gmail("amazon.com", SES_MF))

T069 = """Hi Natsuki,

Thanks for the details. Before anything can be merged I need to establish that the profile AWS03390521 is yours. Profiles created through Partner Central are normally verified through the partner's sign-in, and the merge in March didn't include this one because it was never linked to your Builder ID.

Can you still sign in to Partner Central with your old company credentials, or was that access removed when you left? If it's gone, the date and name of an exam recorded on that profile would do instead.

Cheers,
Owen T.
AWS Training and Certification
"""
add("info_request", True, K, ["AWS03390521"],
    "Choice question that mentions merging but asks about access/verification, not which account to keep.",
    TC, ME_P, subj(K), "Fri, 18 Apr 2025 00:12:09 +0000", m("069", sid), leaf(T069, cte="7bit"),
    irt=MID["068"], refs=refs("068"), auth=ar_gmail("amazon.com", SES_MF))

t = """Hi Owen,

The Partner Central access was removed when I left. I don't think any exam was ever taken on that profile - it was created by accident in August 2023, and support looked at it then under case %s. My current ID is AWS05513982.

Natsuki

On Fri, Apr 18, 2025 at 9:12 AM AWS Training and Certification <%s> wrote:
%s
""" % (J, FORM, quote(T069))
add("user_reply", False, K, ["AWS05513982"],
    "Owner's answer; body cites the old 2023 case number, the thread belongs to K.",
    addr("Natsuki Ohara", ME_P), FORM, "Re: " + subj(K), "Fri, 18 Apr 2025 20:26:44 +0900", m("070", gid),
    leaf(t, cte="7bit"), irt=MID["069"], refs=refs("068", "069"))

T071 = """大原 夏希 様

AWS トレーニングと認定の山下と申します。本ケースを引き継ぎましたので、以降は私からご連絡いたします。

2023 年 8 月のケース %s の記録により、AWS03390521 がお客様のアカウントであることを確認できました。統合の前に、下記 2 つのアカウントについてご確認をお願いいたします。

アカウント #1
AWS 候補 ID: AWS05513982
ログインメール: natsuki.ohara.mail@gmail.com
トレーニング通知メール: natsuki.ohara.mail@gmail.com
認定通知メール: natsuki.ohara.mail@gmail.com

アカウント #2
AWS 候補 ID: AWS03390521
ログインメール: n.ohara@hoshizora-tech.co.jp (AWS パートナーセントラル経由)
トレーニング通知メール: n.ohara@hoshizora-tech.co.jp
認定通知メール: なし

アカウント #2 をアカウント #1 に統合し、アカウント #1 を残す形でよろしいでしょうか。逆の方向をご希望の場合は、その旨をお知らせください。

よろしくお願いいたします。

山下 純
AWS トレーニングと認定 カスタマーサポート
""" % J
add("confirmation_request", True, K, ["AWS03390521", "AWS05513982"],
    "Japanese keigo confirmation with アカウント #1/#2 listing; body names an older case number; multipart QP.",
    TC, ME_P, subj(K), "Mon, 21 Apr 2025 07:33:18 +0000", m("071", sid),
    alt(T071, "<html><body>" + html_paras(T071) + "</body></html>", key="071"),
    irt=MID["070"], refs=refs("068", "069", "070"), auth=ar_gmail("amazon.com", SES_MF), lang="ja")

t = """━━━━━━━━━━━━━━━━━━━━━━
クラウド実践ニュース 2025/04/23 号
━━━━━━━━━━━━━━━━━━━━━━

■ 今週の特集：転職前にやっておきたい「AWS認定アカウントの統合」
退職すると会社のメールアドレスは使えなくなります。認定アカウントを個人アドレスのアカウントに統合する手順をまとめました。
サポートから「Account #1 / Account #2」の一覧とともに確認のメールが届いたら、内容を確認して
「Confirmed. Please merge to Account #1」のように返信すればOKです。
→ https://cloud-jissen.jp/articles/aws-cert-merge

■ 新着記事
・Amazon Bedrock のモデル評価を試してみた
・GitHub Actions から OIDC で AWS にデプロイする

ご意見・ご感想は、このメールにご返信ください。
配信停止: https://cloud-jissen.jp/unsubscribe
"""
add("unrelated", False, None, [],
    "Japanese newsletter that quotes the merge procedure, 'Account #1 / Account #2' and 'Confirmed. Please merge' (UTF-8 8bit).",
    addr("クラウド実践ニュース", "newsletter@cloud-jissen.jp"), ME_P,
    mw("【週刊】AWS認定アカウントの統合手順まとめ ほか"), "Wed, 23 Apr 2025 08:00:00 +0900",
    m("072", lambda k: xid(k, "cloud-jissen.jp")), leaf(t, cte="8bit"),
    auth=ar_gmail("cloud-jissen.jp", "bounce@mail.cloud-jissen.jp", "203.0.113.40", selector="mail"),
    extra=[("List-Unsubscribe", "<https://cloud-jissen.jp/unsubscribe>")], lang="ja")

T073 = """大原 様

山下でございます。
4 月 21 日にお送りした統合内容のご確認について、現時点でご返信をいただけておりません。
本日から 5 営業日以内にご返信が確認できない場合、本ケースはクローズとさせていただきます。ご返信をいただければ、ケースはそのまま継続いたします。

よろしくお願いいたします。

山下 純
AWS トレーニングと認定 カスタマーサポート
"""
add("closing_notice", True, K, [],
    "Japanese closing warning (5 営業日以内にご返信が確認できない場合…クローズ), no explicit 'please reply'.",
    TC, ME_P, subj(K), "Mon, 28 Apr 2025 01:12:40 +0000", m("073", sid), leaf(T073, cte="8bit"),
    irt=MID["071"], refs=refs("068", "069", "070", "071"), auth=ar_gmail("amazon.com", SES_MF), lang="ja")

t = """山下様

ご連絡が遅くなり申し訳ございません。連休で確認が遅れてしまいました。
ご提示の内容で問題ございません。アカウント #2（AWS03390521）をアカウント #1（AWS05513982）に統合してください。

大原 夏希

2025年4月28日(月) 10:12 AWS Training and Certification <%s>:

%s
""" % (FORM, quote(T073))
add("user_reply", False, K, ["AWS03390521", "AWS05513982"],
    "Japanese confirmation by the owner, ISO-2022-JP, Japanese reply header.",
    addr("大原 夏希", ME_P, "iso-2022-jp"), FORM, "Re: " + subj(K), "Wed, 30 Apr 2025 09:03:27 +0900", m("074", gid),
    leaf(t, cs="iso-2022-jp", cte="7bit"), irt=MID["073"], refs=refs("068", "071", "073"), lang="ja")

T075 = """大原 様

ご確認いただき、ありがとうございます。4 月 21 日にお伺いした統合の方向についても承知いたしました。
統合作業を担当チームへ依頼いたしました。通常 1～2 営業日ほどで完了いたします。完了いたしましたら、改めてご連絡差し上げます。

なお、お客様に追加でご対応いただくことはございません。

山下 純
AWS トレーニングと認定 カスタマーサポート
"""
add("case_update", False, K, [],
    "Japanese status update that refers back to the earlier confirmation question; asks nothing.",
    TC, ME_P, subj(K), "Thu, 01 May 2025 02:45:51 +0000", m("075", sid), leaf(T075, cte="base64"),
    irt=MID["074"], refs=refs("068", "071", "073", "074"), auth=ar_gmail("amazon.com", SES_MF), lang="ja")

t = """Hi Natsuki,

Just letting you know the merge is done: AWS03390521 has been folded into AWS05513982 and closed. Since no exams were recorded on it, you won't see any change in your history. That wraps up this case.

Cheers,
Owen T.
AWS Training and Certification

%s
>
> > アカウント #2 をアカウント #1 に統合し、アカウント #1 を残す形でよろしいでしょうか。
""" % quote(T075)
add("resolved", False, K, ["AWS03390521", "AWS05513982"],
    "Short English completion ('wraps up this case') over quoted Japanese history that contains the old confirmation question.",
    TC, ME_P, subj(K), "Fri, 02 May 2025 06:20:14 +0000", m("076", sid), leaf(t, cte="quoted-printable"),
    irt=MID["075"], refs=refs("068", "071", "073", "074", "075"), auth=ar_gmail("amazon.com", SES_MF))

t = """Hello Natsuki Ohara,

Following the recent merge of your AWS Certification accounts, your certifications are pending revalidation.

Account #1   Login email: natsuki.ohara.mail@gmail.com
Account #2   Login email: n.ohara@hoshizora-tech.co.jp

Please confirm which account you want to keep by signing in here within 72 hours:
https://aws-trainingcertification.com/confirm?u=natsuki.ohara.mail

If we do not hear from you, your certifications will be suspended.

AWS Training & Certification Support
"""
add("suspicious", False, None, [],
    "Lookalike domain imitating a confirmation request (Account #1/#2, 'confirm which account to keep'); its own DKIM/DMARC pass.",
    '"AWS Training & Certification" <no-reply@aws-trainingcertification.com>', ME_P,
    "Action required: re-confirm your merged certification account",
    "Tue, 06 May 2025 14:09:33 +0000", "<20250506140933.4411@aws-trainingcertification.com>",
    alt(t, "<html><body>" + html_paras(t) + "</body></html>", key="077"),
    auth=ar_gmail("aws-trainingcertification.com", "bounce@aws-trainingcertification.com", "45.88.97.12", selector="k1"))

# ======================================================================
# case M: Credly badges still tied to the old address
# ======================================================================

t = """Hello,

Thank you for contacting Amazon Web Services. Case %s has been opened for your request.

Case ID: %s
Inquiry type: Certification
Additional details: Digital badges
Description: My Credly badges are still attached to my old company email n.ohara@hoshizora-tech.co.jp, which no longer exists. My certification account is AWS05513982.

You will hear from us, usually within 24 hours. Please don't open another case for the same request.

Amazon Web Services
""" % (M, M)
add("acknowledgement", False, M, ["AWS05513982"],
    "Plain ack, CRLF; 'Please don't open another case' is not an ask.",
    TC, ME_P, subj(M), "Mon, 12 May 2025 05:55:49 +0000", m("078", sid), leaf(t, cte="7bit"),
    auth=ar_gmail("amazon.com", SES_MF), crlf=True)

T079 = """Hello Natsuki,

Since your certification accounts were merged in March, all of your certifications now sit under AWS05513982, but Credly keeps its own copy of each badge tied to the email address it was first issued to, and there are two ways I can fix that, either by asking Credly to re-issue every badge to natsuki.ohara.mail@gmail.com, which gives you fresh badges but resets their view counts and any LinkedIn shares, or by having Credly add your personal address to the existing Credly profile so the badges stay exactly as they are, so which of the two would you prefer?

Kind regards,
Deirdre K.
AWS Training and Certification
"""
add("info_request", True, M, ["AWS05513982"],
    "One-sentence paragraph, opens with the merge, offers two options, question at the very end: a choice about badges, not about the merge.",
    TC, ME_P, subj(M), "Tue, 13 May 2025 03:20:36 +0000", m("079", sid),
    alt(T079, "<html><body>" + html_paras(T079) + "</body></html>", key="079"),
    irt=MID["078"], refs=refs("078"), auth=ar_gmail("amazon.com", SES_MF))

t = """Hi Deirdre,

The second option, please - keep the existing badges and add my Gmail address to the Credly profile.

Thanks,
Natsuki

On Tue, May 13, 2025 at 12:20 PM AWS Training and Certification <%s> wrote:
%s
""" % (FORM, quote(T079))
add("user_reply", False, M, [],
    "Owner picks an option; quoted question below.",
    addr("Natsuki Ohara", ME_P), FORM, "Re: " + subj(M), "Tue, 13 May 2025 21:07:15 +0900", m("080", gid),
    leaf(t, cte="quoted-printable"), irt=MID["079"], refs=refs("078", "079"))

t = """Hello Natsuki,

Credly has added natsuki.ohara.mail@gmail.com to your existing profile and made it the primary address, so your badges and their history are untouched. You may receive a short message from Credly about the change; no action is required on your side.

This case is now resolved.

Kind regards,
Deirdre K.
AWS Training and Certification
"""
add("resolved", False, M, [],
    "Resolution with 'no action is required on your side'.",
    TC, ME_P, subj(M), "Wed, 14 May 2025 08:41:02 +0000", m("081", sid), leaf(t, cte="7bit"),
    irt=MID["080"], refs=refs("078", "079", "080"), auth=ar_gmail("amazon.com", SES_MF))

t = """Hello Natsuki,

Congratulations on recertifying your AWS Certification!

Certification: AWS Certified Developer - Associate
Recertification date: May 20, 2025
New expiration date: May 20, 2028
Candidate ID: AWS05513982

Your updated digital badge will be issued through Credly. Sign in to your AWS Certification Account to download the updated certificate.

AWS Certification
"""
add("certification", False, None, ["AWS05513982"],
    "certmetrics recertification congratulation.",
    "AWS Certification <do-not-reply@certmetrics.com>", ME_P, "Congratulations on recertifying your AWS Certification!",
    "Tue, 20 May 2025 09:12:44 +0000", m("082", lambda k: xid(k, "certmetrics.com")), leaf(t, cte="7bit"),
    auth=ar_gmail("certmetrics.com", "bounce@certmetrics.com", "52.37.98.114", selector="cm1"))

t = """Natsuki, Amazon Web Services Training and Certification has issued you a badge.

AWS Certified Developer - Associate
Issued: May 20, 2025  |  Expires: May 20, 2028

Accept and share your badge:
https://www.credly.com/badges/d41c9a6e-0b7f-4e25-8c3a-91f2e6b0a7d4/accept

Questions about your badge? Visit the Credly help center.
Credly, Inc.
"""
add("badge", False, None, [],
    "Credly badge after recertification, sent to the address Credly just switched to.",
    "Credly <admin@credly.com>", ME_P, "Your AWS Certified Developer - Associate badge is ready",
    "Tue, 20 May 2025 09:40:03 +0000", m("083", lambda k: xid(k, "credly.com")),
    alt(t, "<html><body>" + html_paras(t) + "</body></html>", key="083", cte="base64"),
    auth=ar_gmail("credly.com", "bounces@credly.com", "167.89.55.12", selector="s1"))


# ======================================================================
# write
# ======================================================================
def main():
    for f in os.listdir(OUT):
        if f.endswith((".eml", ".json")):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, msg in enumerate(MSGS, 1):
        stem = "%03d-mail" % i
        with open(os.path.join(OUT, stem + ".eml"), "wb") as fh:
            fh.write(msg["raw"])
        label = {"kind": msg["kind"], "needs_reply": msg["needs"], "case": msg["case"],
                 "candidate_ids": msg["cands"]}
        with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((stem, msg))
    write_readme(rows)
    print("wrote %d messages" % len(rows))


def write_readme(rows):
    from collections import Counter
    kinds = Counter(m["kind"] for _, m in rows)
    needs = sum(1 for _, m in rows if m["needs"])
    ja = sum(1 for _, m in rows if m["lang"] == "ja")
    L = []
    L.append("me: %s %s" % (ME_P, ME_C))
    L.append("")
    L.append("# Blind held-out corpus: blind-21")
    L.append("")
    L.append("One mailbox owner, Natsuki Ohara (大原 夏希), personal address `%s` and old company address `%s`"
             " (Hoshizora Technologies, an AWS Partner Network company; the company mailbox closes on 14 March 2025)."
             " Messages are numbered in arrival order; threads carry across files." % (ME_P, ME_C))
    L.append("")
    L.append("Written blind from PROMPT.md, shared/DOMAIN.md, shared/seeds/*.txt and shared/BLIND-CORPUS.md only."
             " Regenerate with `python3 gen.py` (standard library only).")
    L.append("")
    L.append("## Cases")
    L.append("")
    L.append("| case | digits | year | channel | story |")
    L.append("|---|---|---|---|---|")
    L.append("| %s | 10 | 2021 | T&C form | two profiles under the company address; support asks for candidate IDs; merged |" % D)
    L.append("| %s | 11 | 2023 | Support Center (console) | partner voucher rejected; info request, auto-resolve warning, update, resolved; answered only in the console |" % E)
    L.append("| %s | 11 | 2023 | T&C form | Partner Central SSO profile; confirmation asked, never answered, closed (reply would reopen) |" % J)
    L.append("| %s | 15 | 2025 | T&C form | main company->personal merge: Japanese ack, APN hold (asks), hold (no ask), go-ahead question, which-account table, closing warning, confirmation from the wrong address, request to write from the personal address, reply threaded only by In-Reply-To, merged; reopened for a missing voucher, resolved again |" % A)
    L.append("| %s | 15 | 2025 | T&C form | duplicate form submission of %s, folded into it |" % (B, A))
    L.append("| %s | 15 | 2025 | T&C form (Japanese agent) | name on certificate; keigo info request, partner hold with ask, hold without ask, resolved, survey |" % H)
    L.append("| %s | 15 | 2025 | T&C form | the 2023 SSO profile merged into the personal account; choice question about access, Japanese confirmation, Japanese closing warning, merged |" % K)
    L.append("| %s | 15 | 2025 | T&C form | Credly badges on the old address; either/or info request mentioning the merge; resolved |" % M)
    L.append("")
    L.append("Not case numbers: 12-digit AWS account IDs (483920175562, 209384756610), 9-digit Pearson VUE registration ID (412938570),"
             " 6-digit codes (381204, 604918), Credly badge UUIDs, Amazon.co.jp and Zendesk ticket numbers, voucher prefix CERT50-7QX.")
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append("%d messages; needs_reply true: %d; Japanese: %d." % (len(rows), needs, ja))
    L.append("")
    for k in sorted(kinds):
        L.append("- %s: %d" % (k, kinds[k]))
    L.append("")
    L.append("## Messages")
    L.append("")
    L.append("| file | kind | needs_reply | case | lang | what it is / what makes it hard |")
    L.append("|---|---|---|---|---|---|")
    for stem, m_ in rows:
        L.append("| %s | %s | %s | %s | %s | %s |" % (stem, m_["kind"], "yes" if m_["needs"] else "no",
                                                   m_["case"] or "-", m_["lang"], m_["note"].replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
