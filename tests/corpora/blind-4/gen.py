#!/usr/bin/env python3
"""Blind held-out corpus #4 generator (standard library only).

Writes NNN-slug.eml + NNN-slug.json (and README.md) into the directory of this script.
Mailbox owner: Sayaka Tominaga (富永 沙也加)
  personal: sayaka.tominaga.dev@gmail.com   (Gmail; receiving server mx.google.com)
  company : s.tominaga@kumonos-sys.co.jp    (Microsoft 365; mailbox shut down 2025-03-31)
"""
import base64
import hashlib
import json
import os
import quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "sayaka.tominaga.dev@gmail.com"
ME_C = "s.tominaga@kumonos-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
NOREPLY = "no-reply-aws@amazon.com"

CASE_H = "8620417395"          # 2021, 10 digits, ESL accommodation (company mailbox)
CASE_E = "12963580471"         # 2023, 11 digits, duplicate profiles / Credly (personal), reopened 2025
CASE_A = "174124583200417"     # 2025, main merge case (personal)
CASE_B = "174124636100903"     # 2025, duplicate form submission (company)
CASE_F = "174262514000388"     # 2025, voucher missing after merge, Japanese agent (personal)
CASE_C = "174364590100271"     # 2025, AWS Support Center (console) case
# CASE_G = "174554363700652"   # 2025, old exam missing from history (defined near its messages)

SUBJ_A = f"RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_B = f"RE:[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_E = f"RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_H = f"RE: [CASE {CASE_H}] [AWS Training and Certification Form Submission] - exam-accommodations"
SUBJ_F = f"RE:[CASE {CASE_F}] [AWS Training and Certification Form Submission] - certification"
SUBJ_C = f"RE:[CASE {CASE_C}] Skill Builder subscription missing after certification account merge"

CS_NAMES = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "us-ascii": "us-ascii"}


# --------------------------------------------------------------------------- helpers
def dt(s, off="+0000"):
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def ses_mid(seed, region="us-west-2"):
    x = hashlib.sha1(seed.encode()).hexdigest()
    return f"<0101019{x[:9]}-{x[9:17]}-{x[17:21]}-{x[21:25]}-{x[25:29]}-{x[29:40]}-000000@{region}.amazonses.com>"


def gmail_mid(seed):
    x = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    x = x.replace("/", "_").replace("+", "-").rstrip("=")
    return f"<CAH{x[:40]}@mail.gmail.com>"


def outlook_mid(seed):
    x = hashlib.md5(seed.encode()).hexdigest().upper()
    return f"<TYCPR01MB{x[:4]}{x[4:24]}@TYCPR01MB{x[:4]}.jpnprd01.prod.outlook.com>"


def eh(s, cs="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs).encode(maxlinelen=76)


def ad(name, email, cs="utf-8"):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@"[]'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{eh(name, cs)} <{email}>"


def leaf(text, sub="plain", cs="utf-8", cte="8bit", extra=()):
    return {"t": "leaf", "sub": sub, "cs": cs, "cte": cte, "text": text, "extra": list(extra)}


def multi(sub, parts, boundary, extra_ct=""):
    return {"t": "multi", "sub": sub, "parts": parts, "b": boundary, "extra_ct": extra_ct}


def rawpart(headers, text):
    return {"t": "raw", "headers": headers, "text": text}


def render(p):
    if p["t"] == "leaf":
        raw = p["text"].encode(p["cs"])
        cte = p["cte"]
        if cte == "base64":
            body = base64.encodebytes(raw)
        elif cte == "quoted-printable":
            body = quopri.encodestring(raw)
        else:
            body = raw
        hd = [f'Content-Type: text/{p["sub"]}; charset="{CS_NAMES[p["cs"]]}"',
              f"Content-Transfer-Encoding: {cte}"] + p["extra"]
        return hd, body
    if p["t"] == "raw":
        return list(p["headers"]), p["text"].encode("utf-8")
    b = p["b"]
    hd = [f'Content-Type: multipart/{p["sub"]};{p["extra_ct"]}\n\tboundary="{b}"']
    body = b""
    for sp in p["parts"]:
        sh, sb = render(sp)
        body += b"--" + b.encode() + b"\n" + "\n".join(sh).encode() + b"\n\n" + sb
        if not sb.endswith(b"\n"):
            body += b"\n"
    body += b"--" + b.encode() + b"--\n"
    return hd, body


def gt(text):
    """Gmail / generic '>' quoting."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(">" if line == "" else ("> " + line if not line.startswith(">") else ">" + line))
    return "\n".join(out) + "\n"


def auth_gmail(domain_from, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", policy="QUARANTINE", sel="s1"):
    dk = (f"dkim={dkim} header.i=@{domain_from} header.s={sel} header.b={h(mailfrom, 8)}"
          if dkim != "none" else "dkim=none")
    spf_txt = ("designates" if spf == "pass" else "does not designate")
    return ("mx.google.com;\n"
            f"       {dk};\n"
            f"       spf={spf} (google.com: domain of {mailfrom} {spf_txt} {ip} as permitted sender) smtp.mailfrom={mailfrom};\n"
            f"       dmarc={dmarc} (p={policy} sp={policy} dis={'NONE' if dmarc == 'pass' else 'QUARANTINE'}) header.from={domain_from}")


def auth_m365(domain_from, mailfrom_dom, ip, ok=True):
    if ok:
        return (f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; dkim=pass (signature was verified)\n"
                f" header.d={domain_from};dmarc=pass action=none\n header.from={domain_from};compauth=pass reason=100")
    return (f"spf=fail (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; dkim=none (message not signed)\n"
            f" header.d=none;dmarc=fail action=quarantine\n header.from={domain_from};compauth=fail reason=000")


def recv_gmail(host, ip, d):
    return (f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {h(host + str(d), 12)}\n"
            f"        for <{ME_P}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
            f"        {format_datetime(d)}")


def recv_m365(host, ip, d):
    return (f"from {host} ({ip}) by\n OS0P286CA0112.mail.protection.outlook.com (2603:1096:604:1bb::9) with\n"
            f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8489.12 via Frontend\n"
            f" Transport; {format_datetime(d)}")


SES_IP = "54.240.27.41"
SES_HOST = "a27-41.smtp-out.us-west-2.amazonses.com"


def aws_headers(d, to, sender_local=TC, sender_name=TC_NAME, seed="", cc=None):
    """Trace + auth headers of a genuine AWS (SES) mail, for whichever mailbox receives it."""
    mailfrom = f"0101019{h(seed, 9)}-{h(seed + 'x', 8)}-000000@us-west-2.amazonses.com"
    hd = []
    company = (to == ME_C)
    if company:
        hd.append(("Received", recv_m365(SES_HOST, SES_IP, d)))
        hd.append(("Authentication-Results", auth_m365("amazon.com", "us-west-2.amazonses.com", SES_IP)))
        hd.append(("Return-Path", f"<{mailfrom}>"))
    else:
        hd.append(("Return-Path", f"<{mailfrom}>"))
        hd.append(("Received", recv_gmail(SES_HOST, SES_IP, d)))
        hd.append(("Authentication-Results", auth_gmail("amazon.com", mailfrom, SES_IP, sel="szqgv33erturdv5cvz4vtb2hubxwxhaq")))
    hd.append(("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=szqgv33erturdv5cvz4vtb2hubxwxhaq; d=amazon.com; t={int(d.timestamp())};\n\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\n\tbh={h(seed + 'bh', 43)}=;\n\tb={h(seed + 'b', 40)}"))
    hd.append(("From", ad(sender_name, sender_local)))
    hd.append(("To", to))
    if cc:
        hd.append(("Cc", cc))
    return hd


MESSAGES = []
TXT = {}
MID = {}
DATES = {}


def add(slug, kind, needs, case, cands, d, headers, body, note, crlf=False, mid=None, lang="en"):
    n = len(MESSAGES) + 1
    key = slug
    MID[key] = mid
    DATES[key] = d
    MESSAGES.append(dict(n=n, slug=slug, kind=kind, needs=needs, case=case, cands=cands, d=d,
                         headers=headers, body=body, note=note, crlf=crlf, mid=mid, lang=lang))


def std(d, subject, mid, irt=None, refs=None, cs="utf-8"):
    hd = [("Subject", eh(subject, cs)), ("Date", format_datetime(d)), ("Message-ID", mid)]
    if irt:
        hd.append(("In-Reply-To", irt))
    if refs:
        hd.append(("References", "\n ".join(refs)))
    return hd


def sf_quote(frm, sent, to, subject, text, cc=None):
    """Quote block used by the support tool under an agent's answer."""
    s = f"--- Original Message ---\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    s += f"Subject: {subject}\n\n{text.rstrip()}\n"
    return s


FOOT_CONSOLE = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services
======================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.*

======================
AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/

AWS Documentation:
https://docs.aws.amazon.com/

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

# =========================================================================== 2021 — case H (company mailbox)
d = dt("2021-06-14 02:11:40")
t = f"""Hello,

Thank you for contacting AWS Training and Certification. We have opened case {CASE_H} for your request.

The details of your case are as follows:

Case ID: {CASE_H}
Subject: Exam accommodation - ESL +30 minutes
Inquiry type: Certification
Additional details: Exam Accommodations

Our team usually responds within 24 hours. To help us resolve your request quickly, please do not open a new case for the same request.

If you have additional information to add to this case, reply to this email and keep the case ID in the subject line.

Sincerely,
AWS Training and Certification Customer Service
"""
TXT["h-ack"] = t
mid = ses_mid("h-ack")
add("h-ack-esl", "acknowledgement", False, CASE_H, [], d,
    aws_headers(d, ME_C, seed="h-ack") + std(d, SUBJ_H, mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "2021 ack, 10-digit case, `RE: [CASE` with a space; 'please do not open a new case' and conditional 'reply to this email' are not asks.",
    crlf=True, mid=mid)

d = dt("2021-06-15 00:48:00")
t = f"""Hello Sayaka,

My name is Tomasz and I'll be helping you with your accommodation request.

English as a second language (ESL +30) accommodations are stored on your candidate profile (candidate ID AWS03318842), but our system lets us attach them either to one specific registration or to the profile as a whole. I can see two appointments currently booked through Pearson VUE under your profile:

  - Registration 387201554   AWS Certified Solutions Architect - Associate (SAA-C02), 3 July 2021
  - Registration 387245910   AWS Certified Security - Specialty (SCS-C01), 21 August 2021

Should the extra time apply only to the first of these, or to both and to any exam you book later?

Accommodations have to be in place at least 48 hours before the appointment, so the sooner I know, the safer the 3 July exam is.

Best regards,
Tomasz
AWS Training and Certification
"""
TXT["h-ask"] = t
mid = ses_mid("h-ask")
add("h-which-registration", "info_request", True, CASE_H, ["AWS03318842"], d,
    aws_headers(d, ME_C, seed="h-ask") + std(d, SUBJ_H, mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "Ask is a bare question ('Should the extra time apply…?') with no 'please'; two 9-digit Pearson VUE registration IDs that are not case numbers.",
    crlf=True, mid=mid)

d = dt("2021-06-15 10:05:00", "+0900")
t = """Hi Tomasz,

Both, please - and any exams I book later as well.

Thank you for the quick help.

Sayaka Tominaga
Kumonos Systems Inc.
"""
full = t + f"""
-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Tuesday, June 15, 2021 9:48 AM
To: Sayaka Tominaga <{ME_C}>
Subject: {SUBJ_H}

{TXT['h-ask']}"""
TXT["h-reply"] = full
mid = outlook_mid("h-reply")
add("h-reply-both", "user_reply", False, CASE_H, [], d,
    [("From", ad("Sayaka Tominaga", ME_C)), ("To", ad(TC_NAME, TC))] +
    std(d, SUBJ_H, mid, irt=MID["h-which-registration"], refs=[MID["h-which-registration"]]) +
    [("Thread-Topic", f"[CASE {CASE_H}] [AWS Training and Certification Form Submission] - exam-accommodations"),
     ("Thread-Index", "AQHXYX1a2b3c4d5e6f7g8h9i0jk="), ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
    leaf(full, cs="us-ascii", cte="7bit"),
    "Owner's Outlook reply from the company address; the question it answers sits below in an Outlook '-----Original Message-----' block.",
    crlf=True, mid=mid)

d = dt("2021-06-15 21:30:00")
t = """Hello Sayaka,

Done. The ESL +30 minutes accommodation is now on your certification profile and will be applied automatically to both upcoming appointments and to any exam you schedule in the future. The extra time will show on your Pearson VUE confirmation; there is nothing else you need to do.

We will now resolve this case. If you have further questions on this subject, you may reply to this email within 14 days.

Good luck on 3 July!

Tomasz
AWS Training and Certification

"""
full = t + sf_quote(f"Sayaka Tominaga <{ME_C}>", "6/15/2021 1:05 AM", TC, SUBJ_H, TXT["h-reply"])
mid = ses_mid("h-done")
add("h-resolved", "resolved", False, CASE_H, [], d,
    aws_headers(d, ME_C, seed="h-done") + std(d, SUBJ_H, mid),
    leaf(full, cs="us-ascii", cte="quoted-printable"),
    "Resolution that quotes the whole history including the old question (and its candidate ID / registration numbers); 'you may reply within 14 days' is conditional.",
    crlf=True, mid=mid)

# =========================================================================== 2023 — case E
d = dt("2023-04-20 05:00:00")
t = """Dear Sayaka Tominaga,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: AWS Certified Developer - Associate (DVA-C02)
Candidate ID: AWS03318842
Registration ID: 412937706
Date: Thursday, April 27, 2023
Time: 10:00 AM JST
Test center: Pearson Professional Centers-Tokyo (Shinjuku)

If you need to reschedule or cancel, please sign in to your AWS Certification account at least 24 hours before your appointment. Rescheduling is not possible by replying to this email.

Please arrive 15 minutes before your appointment and bring two forms of valid identification.

Sincerely,
Pearson VUE
"""
mid = f"<{h('pv1', 24)}@pearsonvue.com>"
add("pearson-booking-2023", "unrelated", False, None, ["AWS03318842"], d,
    [("Received", recv_m365("mta-out2.pearsonvue.com", "159.182.12.33", d)),
     ("Authentication-Results", auth_m365("pearson.com", "pearsonvue.com", "159.182.12.33")),
     ("From", ad("Pearson VUE", "pearsonvueconfirmation@pearson.com")), ("To", ME_C)] +
    std(d, "Pearson VUE Confirmation of Booking", mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "Exam-vendor booking: candidate ID plus a 9-digit registration ID; 'please sign in' / 'please arrive' are not support asks.",
    crlf=True, mid=mid)

d = dt("2023-04-28 02:00:00")
html = """<html><body style="font-family:Arial,sans-serif">
<p>Dear Sayaka Tominaga,</p>
<p>Congratulations! You have successfully completed the <b>AWS Certified Developer - Associate</b> exam and you are now AWS Certified.</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td>Certification</td><td>AWS Certified Developer - Associate</td></tr>
<tr><td>Candidate ID</td><td>AWS03318842</td></tr>
<tr><td>Validation number</td><td>7QW2KX9LH1E4QJSC</td></tr>
<tr><td>Expiration</td><td>April 27, 2026</td></tr>
</table>
<p>You can view your certificate and benefits in your AWS Certification account. Your digital badge will be issued through Credly within 5 business days.</p>
<p>AWS Training and Certification</p>
<p style="font-size:11px;color:#777">This message was sent from an unmonitored address. Please do not reply.</p>
</body></html>
"""
plain = """Dear Sayaka Tominaga,

Congratulations! You have successfully completed the AWS Certified Developer - Associate exam and you are now AWS Certified.

Certification: AWS Certified Developer - Associate
Candidate ID: AWS03318842
Validation number: 7QW2KX9LH1E4QJSC
Expiration: April 27, 2026

You can view your certificate and benefits in your AWS Certification account. Your digital badge will be issued through Credly within 5 business days.

AWS Training and Certification

This message was sent from an unmonitored address. Please do not reply.
"""
mid = f"<{h('cm1', 20)}@certmetrics.com>"
add("certmetrics-passed-dva", "certification", False, None, ["AWS03318842"], d,
    [("Received", recv_m365("mail.certmetrics.com", "52.38.11.207", d)),
     ("Authentication-Results", auth_m365("certmetrics.com", "certmetrics.com", "52.38.11.207")),
     ("From", ad("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C)] +
    std(d, "Congratulations! You are now AWS Certified", mid),
    multi("alternative", [leaf(plain, cs="us-ascii", cte="7bit"), leaf(html, "html", cte="quoted-printable")], "----=_Part_88213_" + h("cm1", 10)),
    "CertMetrics pass notice; mentions Credly badge (not a badge mail itself).",
    crlf=True, mid=mid)

d = dt("2023-05-02 12:31:07")
t = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_E} to address your inquiry.

The details of your case are as follows:

Case ID: {CASE_E}
Subject: Credly badge not showing - two certification accounts with the same email
Inquiry type: Certification
Additional details: Account Merge

We will respond to your case as soon as possible, typically within 24 hours, although some inquiries take longer. If you have already opened a case about this issue, please do not open another one for the same request: duplicate cases may delay our response.

Thank you for your patience.

Amazon Web Services
AWS Training and Certification
"""
mid = ses_mid("e-ack")
TXT["e-ack"] = t
add("e-ack", "acknowledgement", False, CASE_E, [], d,
    aws_headers(d, ME_P, seed="e-ack") + std(d, SUBJ_E, mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "2023 ack, 11-digit case, contact address typed in the form is the personal one although both accounts are on the company address.",
    mid=mid)

d = dt("2023-05-04 14:02:00")
t = """Hi Sayaka,

Thanks for your patience while I looked into this.

You're right that there are two certification profiles tied to s.tominaga@kumonos-sys.co.jp:

Profile A
  Candidate ID: AWS03318842
  Created: August 2019
  Certifications: Solutions Architect - Associate, Solutions Architect - Professional, Developer - Associate
  Credly: connected

Profile B
  Candidate ID: AWS05120934
  Created: April 2023 (Builder ID sign-in)
  Certifications: none
  Credly: not connected

The badge sync breaks because your Builder ID now signs you in to Profile B, which holds no certifications. The fix is to merge B into A so that A is the only profile left, and to link your Builder ID to A.

Can you confirm that's what you want? A merge can't be undone, so I won't start until I have your OK.

Regards,
Mariana
AWS Training and Certification Customer Support
"""
TXT["e-confirm"] = t
mid = ses_mid("e-confirm")
add("e-confirm-profiles", "confirmation_request", True, CASE_E, ["AWS03318842", "AWS05120934"], d,
    aws_headers(d, ME_P, seed="e-confirm") + std(d, SUBJ_E, mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "Confirmation with 'Profile A/B' instead of 'Account #1/#2', candidate IDs instead of login emails; ask is 'Can you confirm that's what you want?' after an explanation.",
    mid=mid)

d = dt("2023-05-05 07:40:00", "+0900")
t = """Hi Mariana,

Yes, I confirm. Please merge AWS05120934 into AWS03318842 and link my Builder ID to it.

Best regards,
Sayaka
"""
full = t + "\nOn Thu, May 4, 2023 at 11:02 PM AWS Training and Certification <" + TC + "> wrote:\n\n" + gt(TXT["e-confirm"])
TXT["e-reply"] = full
mid = gmail_mid("e-reply")
add("e-reply-confirm", "user_reply", False, CASE_E, ["AWS05120934", "AWS03318842"], d,
    [("MIME-Version", "1.0"), ("From", ad("Sayaka Tominaga", ME_P)), ("To", ad(TC_NAME, TC))] +
    std(d, "Re: " + SUBJ_E, mid, irt=MID["e-confirm-profiles"], refs=[MID["e-confirm-profiles"]]),
    multi("alternative", [leaf(full, cte="7bit", cs="us-ascii"),
                          leaf("<div dir=\"ltr\">" + t.replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\">On Thu, May 4, 2023 at 11:02 PM AWS Training and Certification &lt;" + TC + "&gt; wrote:<br><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + TXT["e-confirm"].replace("\n", "<br>") + "</blockquote></div>\n", "html", cs="us-ascii", cte="quoted-printable")],
          "000000000000" + h("e-reply", 12)),
    "Owner's Gmail reply; candidate IDs in her own text in a different order than in the quoted request.",
    mid=mid)

d = dt("2023-05-05 09:17:00")
t = """Hi Sayaka,

All set: profile AWS05120934 has been merged into AWS03318842, and your Builder ID now signs you in to AWS03318842. Your Credly badges should reappear within 24-48 hours. If they don't, just reply here and I'll take another look.

Thank you for contacting AWS Training and Certification.

Mariana
AWS Training and Certification Customer Support

"""
full = t + sf_quote(f"Sayaka Tominaga <{ME_P}>", "5/4/2023 10:40 PM", TC, "Re: " + SUBJ_E, TXT["e-reply"])
TXT["e-done"] = full
mid = ses_mid("e-done")
add("e-resolved", "resolved", False, CASE_E, ["AWS05120934", "AWS03318842"], d,
    aws_headers(d, ME_P, seed="e-done") + std(d, SUBJ_E, mid),
    leaf(full, cs="us-ascii", cte="quoted-printable"),
    "Resolution quoting the confirmation request ('Can you confirm…?') two levels down; 'If they don't, just reply here' is conditional.",
    mid=mid)

d = dt("2023-05-05 11:00:00")
plain = """Sayaka, you've earned a badge!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Developer - Associate

Accept your badge to share it with your network and let employers verify your skills.

Accept badge: https://www.credly.com/badges/3f6c2a1e-9b7d-4c85-a0e2-58d1f4b7c913/accept

You are receiving this email because Amazon Web Services Training and Certification issued a badge to s.tominaga@kumonos-sys.co.jp.
Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750
"""
html = """<html><body><table width="600" align="center" style="font-family:Helvetica,Arial">
<tr><td style="font-size:22px;padding:20px">Sayaka, you've earned a badge!</td></tr>
<tr><td style="padding:0 20px">Amazon Web Services Training and Certification has issued you a new badge:</td></tr>
<tr><td style="padding:20px;font-weight:bold">AWS Certified Developer - Associate</td></tr>
<tr><td style="padding:0 20px"><a href="https://www.credly.com/badges/3f6c2a1e-9b7d-4c85-a0e2-58d1f4b7c913/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></td></tr>
<tr><td style="font-size:11px;color:#888;padding:20px">You are receiving this email because Amazon Web Services Training and Certification issued a badge to s.tominaga@kumonos-sys.co.jp.<br>Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750</td></tr>
</table></body></html>
"""
mid = f"<{h('cr1', 24)}@credly.com>"
add("credly-dva-2023", "badge", False, None, [], d,
    [("Received", recv_m365("o1.email.credly.com", "167.89.32.18", d)),
     ("Authentication-Results", auth_m365("credly.com", "email.credly.com", "167.89.32.18")),
     ("From", ad("Credly", "admin@credly.com")), ("To", ME_C)] +
    std(d, "Amazon Web Services Training and Certification has issued you a new badge", mid),
    multi("alternative", [leaf(plain, cs="us-ascii", cte="7bit"), leaf(html, "html", cs="us-ascii", cte="7bit")], "_----------=_" + h("cr1", 12)),
    "Credly badge after the 2023 merge, to the company address; badge UUID is not a case number.",
    crlf=True, mid=mid)

d = dt("2023-05-08 01:00:00")
t = f"""Hello,

Your recent AWS Training and Certification support case ({CASE_E}) has been resolved. We'd like to hear how we did.

How satisfied were you with the support you received?

  Very satisfied       https://pulse.aws/survey/QF7XH2KB?c={CASE_E}&r=5
  Satisfied            https://pulse.aws/survey/QF7XH2KB?c={CASE_E}&r=4
  Neutral              https://pulse.aws/survey/QF7XH2KB?c={CASE_E}&r=3
  Dissatisfied         https://pulse.aws/survey/QF7XH2KB?c={CASE_E}&r=2
  Very dissatisfied    https://pulse.aws/survey/QF7XH2KB?c={CASE_E}&r=1

The survey takes less than a minute. Your answers are anonymous and help us improve.

Thank you,
AWS Training and Certification
"""
mid = ses_mid("e-survey")
add("e-survey", "survey", False, CASE_E, [], d,
    aws_headers(d, ME_P, sender_local="aws-tc-survey@amazon.com", sender_name="AWS Training and Certification", seed="e-survey") +
    std(d, f"How did we do? Your feedback on case {CASE_E}", mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "Survey with the case number in subject and body; 'How satisfied were you…?' is a question but not a support ask.",
    mid=mid)

# =========================================================================== 2025
d = dt("2025-02-03 08:12:40")
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.41

Account ID: 408761552093
Billing period: January 1 - January 31, 2025

You can see a complete break down of all of your usage for this billing period, and download your invoice, on the Bills page of the AWS Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
mid = ses_mid("bill")
add("aws-billing-statement", "unrelated", False, None, [], d,
    aws_headers(d, ME_P, sender_local=NOREPLY, sender_name="Amazon Web Services", seed="bill") +
    std(d, "Amazon Web Services Billing Statement Available [Account: 408761552093]", mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "Genuine AWS mail from the same sender as console cases (no-reply-aws@amazon.com); 12-digit account ID is not a case number.",
    mid=mid)

d = dt("2025-02-21 10:15:00", "+0900")
t = """富永 沙也加 さん

お疲れさまです。人事部の小野寺です。
3月31日付の退職に伴うお手続きについてご案内いたします。

1. 健康保険証の返却(最終出社日に総務へお渡しください)
2. 貸与PC、入館証の返却
3. 源泉徴収票の送付先住所のご連絡

3. につきましては、3月14日(金)までに本メールへご返信ください。

なお、社用メールアドレス(s.tominaga@kumonos-sys.co.jp)は3月31日18時をもって利用停止となります。
外部サービスに登録しているメールアドレスの変更は、お早めにお済ませください。

ご不明な点がありましたら、人事部までお問い合わせください。

人事部 小野寺 真理
内線 2204
"""
mid = outlook_mid("hr")
add("hr-taishoku-tetsuzuki", "unrelated", False, None, [], d,
    [("Received", "from TYCPR01MB8821.jpnprd01.prod.outlook.com (2603:1096:400:1c2::7) by\n TYCPR01MB5467.jpnprd01.prod.outlook.com with HTTPS; " + format_datetime(d)),
     ("From", ad("小野寺 真理", "jinji@kumonos-sys.co.jp", "iso-2022-jp")), ("To", ad("富永 沙也加", ME_C, "iso-2022-jp"))] +
    std(d, "【人事部】退職に伴うお手続きのご案内(富永さん)", mid, cs="iso-2022-jp") +
    [("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "")],
    leaf(t, cs="iso-2022-jp", cte="7bit"),
    "Japanese ISO-2022-JP HR mail with a real deadline and 'ご返信ください' — but to HR, not support; announces the company mailbox shutdown.",
    crlf=True, mid=mid, lang="ja")

d = dt("2025-03-05 02:00:00")
html = """<html><body style="font-family:Arial">
<p>Hello Sayaka,</p>
<p><b>AWS Certification wants to hear from you.</b></p>
<p>As an AWS Certified individual, you are invited to share your opinion about the AWS Certification program: the exams, the benefits and the recertification process. The survey takes about 10 minutes and is open until March 21, 2025.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/2025Q1?u=8a61f2">Take the survey</a></p>
<p>Your feedback directly shapes future exams. Thank you for being part of the AWS Certified community.</p>
<p>AWS Certification</p>
<p style="font-size:10px">You received this message because you opted in to "Lend your voice to AWS Certification". To stop receiving these invitations, update your preferences in your AWS Certification account.</p>
</body></html>
"""
mid = f"<{h('cm2', 20)}@certmetrics.com>"
add("certmetrics-wants-to-hear", "certification", False, None, [], d,
    [("Received", recv_m365("mail.certmetrics.com", "52.38.11.207", d)),
     ("Authentication-Results", auth_m365("certmetrics.com", "certmetrics.com", "52.38.11.207")),
     ("From", ad("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C)] +
    std(d, "AWS Certification wants to hear from you", mid),
    leaf(html, "html", cs="us-ascii", cte="quoted-printable"),
    "HTML-only CertMetrics feedback invitation: looks like a survey but is a certification-program notice, not a support survey.",
    crlf=True, mid=mid)

d = dt("2025-03-06 07:05:12")
t = """Hello,

Use the following verification code to finish creating your AWS Builder ID:

482913

This code expires in 30 minutes. If you did not request this code, you can ignore this message.

Thanks,
The AWS Builder ID team
"""
mid = ses_mid("builder", "us-east-1")
add("builder-id-code", "unrelated", False, None, [], d,
    [("Return-Path", "<010001956a2c@us-east-1.amazonses.com>"),
     ("Received", recv_gmail("a8-30.smtp-out.amazonses.com", "54.240.8.30", d)),
     ("Authentication-Results", auth_gmail("signin.aws", "010001956a2c@us-east-1.amazonses.com", "54.240.8.30")),
     ("From", ad("AWS Builder ID", "no-reply@signin.aws")), ("To", ME_P)] +
    std(d, "Verify your AWS Builder ID email address", mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "Builder ID one-time code (6 digits) on the day the case is opened.",
    mid=mid)

d = dt("2025-03-06 07:14:33")
t = """Welcome to AWS Skill Builder, Sayaka!

Your account is ready. Start learning with more than 600 free digital courses, or explore Skill Builder subscriptions for hands-on labs, AWS Jam and exam prep.

Get started: https://skillbuilder.aws/

Need help? Visit our FAQ at https://skillbuilder.aws/faq

AWS Training and Certification
"""
mid = ses_mid("welcome", "us-east-1")
add("skillbuilder-welcome", "unrelated", False, None, [], d,
    [("Return-Path", "<0100019566c8@us-east-1.amazonses.com>"),
     ("Received", recv_gmail("a8-31.smtp-out.amazonses.com", "54.240.8.31", d)),
     ("Authentication-Results", auth_gmail("aws.training", "0100019566c8@us-east-1.amazonses.com", "54.240.8.31")),
     ("From", ad("AWS Training and Certification", "no-reply@aws.training")), ("To", ME_P)] +
    std(d, "Welcome to AWS Skill Builder", mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "Same display name as the case sender but training-platform welcome mail from aws.training.",
    mid=mid)

d = dt("2025-03-06 07:24:09")
t = f"""お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。お問い合わせ内容を確認し、ケース {CASE_A} を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: {CASE_A}
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合

担当者より通常24時間以内にご連絡いたしますが、最善の解決策をご案内するため、さらにお時間をいただく場合がございます。

すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。重複したケースは対応の遅れにつながります。

本件について追加の情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス
"""
TXT["a-ack"] = t
mid = ses_mid("a-ack")
add("a-ack-ja", "acknowledgement", False, CASE_A, [], d,
    aws_headers(d, ME_P, seed="a-ack") + std(d, SUBJ_A, mid),
    leaf(t, cte="base64"),
    "Japanese ack in base64 UTF-8 for the 15-digit main case; '追加の情報がございましたら…ご返信ください' is conditional; 'しないでください' is a prohibition, not an ask.",
    mid=mid, lang="ja")

d = dt("2025-03-06 07:32:55")
t = f"""Hello,

Thank you for contacting AWS Training and Certification. We have opened case {CASE_B} for your request.

The details of your case are as follows:

Case ID: {CASE_B}
Inquiry type: Certification
Additional details: Account Merge
Contact email: {ME_C}

A member of our team will usually respond within 24 hours, although some requests take longer to resolve.

If you have already submitted a case for this issue, please do not open another case for the same request.

If you want to add anything to this case, reply to this email.

Regards,
AWS Training and Certification Customer Service
"""
TXT["b-ack"] = t
mid = ses_mid("b-ack")
add("b-ack-duplicate", "acknowledgement", False, CASE_B, [], d,
    aws_headers(d, ME_C, seed="b-ack") + std(d, SUBJ_B, mid),
    leaf(t, cs="us-ascii", cte="quoted-printable"),
    "Second ack 9 minutes later for the same request (duplicate form submission), to the company address, CRLF + QP.",
    crlf=True, mid=mid)

d = dt("2025-03-06 16:41:30", "+0900")
t = f"""(自分用メモ)
フォームを2回送信してしまい、ケースが2つできてしまった。
本命は個人アドレスで出した {CASE_A} の方で、こちらは重複。
会社アドレスは3/31で止まるので、念のため個人アドレスに転送しておく。

"""
full = t + f"""________________________________
差出人: AWS Training and Certification <{TC}>
送信日時: 2025年3月6日 16:32
宛先: 富永 沙也加 <{ME_C}>
件名: {SUBJ_B}

{TXT['b-ack']}"""
mid = outlook_mid("b-fwd")
add("b-forward-to-self", "user_reply", False, CASE_B, [], d,
    [("From", ad("富永 沙也加", ME_C, "iso-2022-jp")), ("To", ME_P)] +
    std(d, "FW: " + SUBJ_B, mid, irt=MID["b-ack-duplicate"], refs=[MID["b-ack-duplicate"]]) +
    [("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "")],
    leaf(full, cs="iso-2022-jp", cte="7bit"),
    "Owner forwards the duplicate ack to herself (ISO-2022-JP, Outlook Japanese forward header); her note names the other case number.",
    crlf=True, mid=mid, lang="ja")

d = dt("2025-03-06 09:15:00")
t = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/kumonos-oss/cdk-nag-ja/pull/412#event-16603817236
You are receiving this because you authored the thread.
"""
mid = "<kumonos-oss/cdk-nag-ja/pull/412/issue_event/16603817236@github.com>"
add("github-pr-merged", "unrelated", False, None, [], d,
    [("Return-Path", "<noreply@github.com>"),
     ("Received", recv_gmail("out-28.smtp.github.com", "192.30.252.211", d)),
     ("Authentication-Results", auth_gmail("github.com", "noreply@github.com", "192.30.252.211", policy="REJECT")),
     ("From", ad("Kenta Ogura", "notifications@github.com")), ("Reply-To", "kumonos-oss/cdk-nag-ja <reply+AAJK2QX7@reply.github.com>"), ("To", "kumonos-oss/cdk-nag-ja <cdk-nag-ja@noreply.github.com>"), ("Cc", f"Sayaka Tominaga <{ME_P}>, Author <author@noreply.github.com>")] +
    std(d, "Re: [kumonos-oss/cdk-nag-ja] Translate AwsSolutions-IAM5 messages (PR #412)", mid,
        irt="<kumonos-oss/cdk-nag-ja/pull/412@github.com>", refs=["<kumonos-oss/cdk-nag-ja/pull/412@github.com>"]) +
    [("List-ID", "kumonos-oss/cdk-nag-ja <cdk-nag-ja.kumonos-oss.github.com>")],
    leaf(t),
    "GitHub 'Merged … into main' with 'Reply to this email directly' — not an account merge, not a request.",
    mid=mid)

d = dt("2025-03-07 01:02:17")
t = f"""Hello Sayaka,

Thank you for reaching out to AWS Training and Certification, and for the detailed request. My name is Deepak and I'll be handling your case.

I've reviewed the two certification accounts you listed. The one registered to s.tominaga@kumonos-sys.co.jp is linked to the AWS Partner Network (APN) profile of Kumonos Systems Inc. Certifications held on an account that is associated with an APN Partner count toward that Partner's program requirements, so we are not able to move them to another account while the association is active. This protects both you and the Partner organization, and it is why your merge request has been placed on hold.

In most cases this is straightforward to resolve. Our APN team can release the association once we know that the person has left, or is about to leave, the Partner organization. To send the request to them I need two things from you in writing: confirmation that you are leaving Kumonos Systems, and the date of your last working day there.

Meanwhile, there's no need to submit the form again. I can see that a second case ({CASE_B}) was created a few minutes after this one; we will close it as a duplicate and keep everything here.

Kind regards,
Deepak
AWS Training and Certification Customer Service
"""
TXT["a-hold"] = t
mid = ses_mid("a-hold")
add("a-apn-hold-ask", "on_hold", True, CASE_A, [], d,
    aws_headers(d, ME_P, seed="a-hold") + std(d, SUBJ_A, mid),
    leaf(t, cte="quoted-printable"),
    "APN hold whose ask ('I need two things from you in writing') has no 'please' and is buried in the third paragraph; mentions the duplicate case number as well.",
    mid=mid)

d = dt("2025-03-07 01:20:44")
t = f"""Hello,

This case ({CASE_B}) has been closed as a duplicate of case {CASE_A}, which is already being handled by our team. All further correspondence about your account merge will take place on that case.

No further action is required on this case.

Thank you,
AWS Training and Certification Customer Service
"""
mid = ses_mid("b-closed")
add("b-closed-duplicate", "resolved", False, CASE_B, [], d,
    aws_headers(d, ME_C, seed="b-closed") + std(d, SUBJ_B, mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "Duplicate case closed: the case is done with nothing to do; body names the other (surviving) case number, subject carries this one. Not a closing_notice (no unanswered question).",
    crlf=True, mid=mid)

d = dt("2025-03-07 11:20:05", "+0900")
t = """Hi Deepak,

Thank you for the quick explanation.

I confirm that I am leaving Kumonos Systems Inc. My last working day is March 31, 2025, and my company mailbox (s.tominaga@kumonos-sys.co.jp) will be shut down that evening, so I'd be grateful if the merge could be done before then.

Sorry about the duplicate case - I submitted the form twice by mistake.

Best regards,
Sayaka Tominaga
"""
full = t + "\nOn Fri, Mar 7, 2025 at 10:02 AM AWS Training and Certification <" + TC + "> wrote:\n\n" + gt(TXT["a-hold"])
TXT["a-reply1"] = full
mid = gmail_mid("a-reply1")
add("a-reply-leaving", "user_reply", False, CASE_A, [], d,
    [("MIME-Version", "1.0"), ("From", ad("Sayaka Tominaga", ME_P)), ("To", ad(TC_NAME, TC))] +
    std(d, "Re: " + SUBJ_A, mid, irt=MID["a-apn-hold-ask"], refs=[MID["a-apn-hold-ask"]]),
    leaf(full, cte="quoted-printable"),
    "Owner answers the APN hold from Gmail; quoted request below.",
    mid=mid)

d = dt("2025-03-07 14:03:00", "+0900")
t = """富永さん

お疲れさまです。岩崎です。
退職前にひとつお願いがあります。

APN のパートナースコアカードを更新するので、富永さんの認定アカウントの候補ID(AWS03318842 で合っていますか?)と、保有資格の一覧をこのメールに返信してもらえますか。
アカウント統合の手続き中と聞いているので、統合されて会社側から見えなくなる前に控えておきたいです。

来週水曜までだと助かります。
よろしくお願いします。

岩崎
"""
mid = outlook_mid("boss")
add("manager-scorecard-ask", "unrelated", False, None, ["AWS03318842"], d,
    [("Received", "from TYCPR01MB7702.jpnprd01.prod.outlook.com (2603:1096:400:2a1::5) by\n TYCPR01MB5467.jpnprd01.prod.outlook.com with HTTPS; " + format_datetime(d)),
     ("From", ad("岩崎 浩一", "k.iwasaki@kumonos-sys.co.jp")), ("To", ad("富永 沙也加", ME_C))] +
    std(d, "AWS認定の件(パートナースコアカード)", mid) +
    [("Content-Language", "ja-JP")],
    leaf(t, cte="8bit"),
    "Manager (not support) asks her to reply with her candidate ID — a real request with a deadline, but not to AWS; UTF-8 8bit.",
    crlf=True, mid=mid, lang="ja")

d = dt("2025-03-07 23:47:10")
t = """Hi Sayaka,

Thank you for confirming. I've forwarded your confirmation and your last working day (31 March 2025) to our APN team and asked them to release the association between your certification account and Kumonos Systems Inc.

Your case will stay on hold until they get back to us, which usually takes 2-3 business days. You don't need to do anything in the meantime; I'll write again as soon as I hear from them.

Kind regards,
Deepak
AWS Training and Certification Customer Service

"""
full = t + sf_quote(f"Sayaka Tominaga <{ME_P}>", "3/7/2025 2:20 AM", TC, "Re: " + SUBJ_A, TXT["a-reply1"])
mid = ses_mid("a-hold2")
add("a-apn-hold-waiting", "on_hold", False, CASE_A, [], d,
    aws_headers(d, ME_P, seed="a-hold2") + std(d, SUBJ_A, mid),
    leaf(full, cte="quoted-printable"),
    "On hold waiting on the APN team, explicitly asks nothing; the original ask is still visible in the quoted history.",
    mid=mid)

d = dt("2025-03-08 10:30:00", "+0900")
t = """岩崎 浩一 さんがこの課題をあなたに割り当てました。

INFRA-2231: 引き継ぎ: AWSアカウント 730335118402 の運用手順書
種別: タスク  優先度: 高  期限: 2025/03/28

説明:
退職までに、本番アカウント 730335118402 のバックアップ運用と IAM Identity Center のユーザー棚卸し手順を Confluence にまとめてください。
レビューは佐藤さんにお願いします。

課題を表示: https://kumonos.atlassian.net/browse/INFRA-2231

このメッセージは Jira Cloud から送信されました。通知設定を変更するには、プロフィールの設定ページにアクセスしてください。
"""
mid = f"<JIRA.{h('jira', 10)}.1741397400000@Atlassian.JIRA>"
add("jira-handover-task", "unrelated", False, None, [], d,
    [("Received", recv_m365("mail-ie1.atlassian.net", "185.166.143.20", d)),
     ("Authentication-Results", auth_m365("kumonos.atlassian.net", "e.atlassian.net", "185.166.143.20")),
     ("From", ad("岩崎 浩一 (Jira)", "jira@kumonos.atlassian.net")), ("To", ME_C)] +
    std(d, "[JIRA] (INFRA-2231) 引き継ぎ: AWSアカウント 730335118402 の運用手順書", mid) +
    [("Auto-Submitted", "auto-generated")],
    leaf(t, cte="base64"),
    "Japanese Jira assignment (base64) with a 12-digit AWS account ID in the subject; a task, not support.",
    crlf=True, mid=mid, lang="ja")

d = dt("2025-03-09 03:12:00")
t = """Dear Candidate,

Your request to merge AWS Certification accounts (Case 174130001298877) is pending identity verification.

To avoid the loss of your certifications, exam history and benefits, you must confirm your identity within 48 hours:

https://amazon-certsupport.com/verify?case=174130001298877&u=sayaka.tominaga.dev

If the link does not work, reply to this email with your AWS Builder ID email and password and our team will complete the verification for you.

AWS Certification Support Team
Amazon Web Services
"""
mid = f"<{h('phish1', 22)}@amazon-certsupport.com>"
add("phish-lookalike-verify", "suspicious", False, None, [], d,
    [("Return-Path", "<bounce@amazon-certsupport.com>"),
     ("Received", recv_gmail("mail.amazon-certsupport.com", "45.133.1.77", d)),
     ("Authentication-Results", auth_gmail("amazon-certsupport.com", "bounce@amazon-certsupport.com", "45.133.1.77", policy="NONE", sel="default")),
     ("From", ad("AWS Certification Support", "support@amazon-certsupport.com")), ("To", ME_P)] +
    std(d, "Action required: verify your identity to complete your account merge", mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "Lookalike domain whose own DKIM/SPF/DMARC pass; fake 15-digit case number in the body; asks to reply with a password.",
    mid=mid)

d = dt("2025-03-10 00:55:31")
t = """Hello Sayaka,

Quick update on your case: our APN team has released the link between your certification account and the Kumonos Systems Inc. partner profile, so the hold has been lifted and your merge request is back with our team.

We are currently handling a higher than usual number of requests, so it may take up to two business days before one of us reviews both accounts and gets back to you with the next steps.

If anything changes on your side in the meantime, feel free to reply to this email.

Thank you for your patience,
Priya
AWS Training and Certification Customer Service
"""
mid = ses_mid("a-update")
add("a-hold-lifted-update", "case_update", False, CASE_A, [], d,
    aws_headers(d, ME_P, seed="a-update") + std(d, SUBJ_A, mid),
    multi("alternative", [leaf(t, cte="7bit", cs="us-ascii"),
                          leaf("<html><body><div style=\"font-family:Amazon Ember,Arial\">" + "".join(f"<p>{p}</p>" for p in t.strip().split("\n\n")) + "</div></body></html>\n", "html", cs="us-ascii", cte="7bit")],
          "----=_Part_4411_" + h("a-update", 10)),
    "Progress news (hold lifted, backlog) from a third agent; promises 'next steps' and has a conditional 'feel free to reply' but asks nothing.",
    mid=mid)

d = dt("2025-03-10 02:00:00")
plain = """※このメールは HTML 形式で配信しています。

AWS Summit Japan 2025 事前登録受付中

今年も AWS Summit Japan を開催します。基調講演、150 以上のセッション、AWS 認定者ラウンジなど、見どころ満載の 2 日間です。

開催日: 2025年6月25日(水)、26日(木)
会場: 幕張メッセ
参加費: 無料(事前登録制)

事前登録はこちら: https://aws.amazon.com/jp/summits/japan/

AWS 認定をお持ちの方は、登録時に認定者ラウンジをお申し込みいただけます。

本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。
配信停止: https://pages.awscloud.com/communication-preferences
アマゾン ウェブ サービス ジャパン合同会社
"""
html = "<html><body style=\"font-family:sans-serif\">" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.split("\n\n")[1:]) + "</body></html>\n"
mid = ses_mid("mkt", "us-east-1")
add("aws-summit-japan-marketing", "unrelated", False, None, [], d,
    aws_headers(d, ME_P, sender_local="aws-marketing-email-replies@amazon.com", sender_name="アマゾン ウェブ サービス", seed="mkt") +
    std(d, "【ご案内】AWS Summit Japan 2025 事前登録受付中", mid) +
    [("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")],
    multi("alternative", [leaf(plain, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")], "----=_Part_" + h("mkt", 12)),
    "Japanese AWS marketing (QP), genuine amazon.com sender, mentions AWS 認定; 'ご返信いただいてもお答えできません'.",
    mid=mid, lang="ja")

d = dt("2025-03-11 05:41:22")
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hi Sayaka,</p>
<p>I'm Lucía from the AWS Training and Certification team and I've taken over your case from Deepak. With the partner association released, I was able to review both accounts, and everything is ready on our side.</p>
<p>Here is what we have on file:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#ffffff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS07711463</td><td>AWS03318842</td></tr>
<tr><td>Login email</td><td>sayaka.tominaga.dev@gmail.com</td><td>s.tominaga@kumonos-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>sayaka.tominaga.dev@gmail.com</td><td>s.tominaga@kumonos-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>sayaka.tominaga.dev@gmail.com</td><td>s.tominaga@kumonos-sys.co.jp</td></tr>
<tr><td>Certifications</td><td>none</td><td>SAA, SAP, DVA</td></tr>
<tr><td>Benefits</td><td>none</td><td>50% exam discount voucher (expires 2025-06-30)</td></tr>
</table>
<p>When two accounts are merged, the exam history, certifications, benefits and digital badges of one account are moved into the other, and the emptied account is deactivated. The account you keep is the one you will sign in to from now on, with its Builder ID.</p>
<p>Based on your form I'd expect Account #1 to be the one we keep, but I need to hear it from you before anything is moved: which account should remain?</p>
<p>Best,<br>Lucía<br>AWS Training and Certification</p>
</body></html>
"""
TXT["a-confirm"] = """Hi Sayaka,

I'm Lucía from the AWS Training and Certification team and I've taken over your case from Deepak. With the partner association released, I was able to review both accounts, and everything is ready on our side.

Here is what we have on file:

                                   Account #1                      Account #2
Candidate ID                       AWS07711463                     AWS03318842
Login email                        sayaka.tominaga.dev@gmail.com   s.tominaga@kumonos-sys.co.jp
Training notification email        sayaka.tominaga.dev@gmail.com   s.tominaga@kumonos-sys.co.jp
Certification notification email   sayaka.tominaga.dev@gmail.com   s.tominaga@kumonos-sys.co.jp
Certifications                     none                            SAA, SAP, DVA
Benefits                           none                            50% exam discount voucher (expires 2025-06-30)

When two accounts are merged, the exam history, certifications, benefits and digital badges of one account are moved into the other, and the emptied account is deactivated. The account you keep is the one you will sign in to from now on, with its Builder ID.

Based on your form I'd expect Account #1 to be the one we keep, but I need to hear it from you before anything is moved: which account should remain?

Best,
Lucía
AWS Training and Certification
"""
mid = ses_mid("a-confirm")
add("a-confirm-html-table", "confirmation_request", True, CASE_A, ["AWS07711463", "AWS03318842"], d,
    aws_headers(d, ME_P, seed="a-confirm", cc=ME_C) + std(d, SUBJ_A, mid),
    leaf(html, "html", cte="quoted-printable"),
    "HTML-only (QP) with an Account #1/#2 table; the ask is the last sentence, phrased as 'I need to hear it from you… which account should remain?'. Cc to the company address.",
    mid=mid)

d = dt("2025-03-11 15:02:00", "+0900")
t = """いつもお世話になっております。岩崎です。

3月11日(火)から3月14日(金)まで出張のため不在にしております。
期間中はメールを確認できない場合がございます。3月17日(月)以降、順次返信いたします。

お急ぎの場合はインフラ部 佐藤(sato.y@kumonos-sys.co.jp)までご連絡ください。
"""
mid = outlook_mid("ooo")
add("manager-out-of-office", "unrelated", False, None, [], d,
    [("Received", "from TYCPR01MB7702.jpnprd01.prod.outlook.com (2603:1096:400:2a1::5) by\n TYCPR01MB5467.jpnprd01.prod.outlook.com with HTTPS; " + format_datetime(d)),
     ("From", ad("岩崎 浩一", "k.iwasaki@kumonos-sys.co.jp", "iso-2022-jp")), ("To", ad("富永 沙也加", ME_C, "iso-2022-jp"))] +
    std(d, "自動応答: AWS認定の件(パートナースコアカード)", mid, cs="iso-2022-jp", irt=MID["manager-scorecard-ask"], refs=[MID["manager-scorecard-ask"]]) +
    [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Content-Language", "ja-JP")],
    leaf(t, cs="iso-2022-jp", cte="7bit"),
    "Japanese out-of-office auto-reply (ISO-2022-JP) mentioning '返信' and 'ご連絡ください'.",
    crlf=True, mid=mid, lang="ja")

d = dt("2025-03-12 08:15:00", "+0900")
t = """富永 沙也加 様

Amazon.co.jp をご利用いただき、ありがとうございます。
お客様の商品を発送いたしました。

注文番号: 249-7731846-5520647
お届け予定: 3月13日(木)
配送業者: ヤマト運輸  お問い合わせ伝票番号: 4821-0937-5516

AWS認定 ソリューションアーキテクト アソシエイト 教科書 第3版
数量: 1

配送状況は「注文履歴」からご確認いただけます。

このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。

Amazon.co.jp
"""
mid = f"<0100019585{h('amzn', 12)}@email.amazon.co.jp>"
add("amazon-co-jp-shipped", "unrelated", False, None, [], d,
    [("Return-Path", "<20250311231500a3b1c2d4e5f6@bounces.amazon.co.jp>"),
     ("Received", recv_gmail("a27-110.smtp-out.us-west-2.amazonses.com", "54.240.27.110", d)),
     ("Authentication-Results", auth_gmail("amazon.co.jp", "20250311231500a3b1c2d4e5f6@bounces.amazon.co.jp", "54.240.27.110")),
     ("From", ad("Amazon.co.jp", "shipment-tracking@amazon.co.jp")), ("To", ME_P)] +
    std(d, "Amazon.co.jp ご注文の商品を発送しました", mid),
    leaf(t, cs="shift_jis", cte="8bit"),
    "Shift_JIS 8bit Amazon.co.jp shipping notice for an AWS certification book; order/tracking numbers.",
    mid=mid, lang="ja")

d = dt("2025-03-13 06:40:00")
t = f"""Hello,

We are reviewing your request to merge your AWS Certification accounts. Before we can proceed, we need to verify ownership of the account registered to this email address.

Please sign in at the link below with your AWS Builder ID within 24 hours to confirm the merge. Accounts that are not verified in time will be deactivated, and their certification history may be lost.

https://aws-training-verify.com/merge/confirm?case=174180331200562

If you have any questions, reply to this email.

Regards,
AWS Training and Certification Customer Service
"""
mid = f"<{h('spoof', 20)}@mx7.bulk-relay.net>"
add("spoof-dmarc-fail-merge", "suspicious", False, None, [], d,
    [("Received", recv_m365("mx7.bulk-relay.net", "185.234.72.19", d)),
     ("Authentication-Results", auth_m365("amazon.com", "amazon.com", "185.234.72.19", ok=False)),
     ("Return-Path", "<info@mx7.bulk-relay.net>"),
     ("From", ad(TC_NAME, TC)), ("To", ME_C)] +
    std(d, "RE:[CASE 174180331200562] [AWS Training and Certification Form Submission] - account-assistance", mid) +
    [("X-MS-Exchange-Organization-SCL", "5")],
    leaf(t, cs="us-ascii", cte="7bit"),
    "Perfect copy of the real sender and subject format, but Authentication-Results show spf=fail, dkim=none, dmarc=fail for amazon.com.",
    crlf=True, mid=mid)

d = dt("2025-03-17 00:14:09")
t = """Hi Sayaka,

Following up on my message below from last Tuesday: I haven't seen a reply yet. Since we can't proceed with the merge without your confirmation, this case will be closed automatically if we don't hear from you by Thursday, March 20. Replying to this email will keep it open; there's no need to submit a new request.

Best,
Lucía

"""
full = t + sf_quote(f"{TC_NAME} <{TC}>", "3/11/2025 5:41 AM", ME_P, SUBJ_A, TXT["a-confirm"], cc=ME_C)
TXT["a-closing"] = full
mid = ses_mid("a-closing")
add("a-closing-notice", "closing_notice", True, CASE_A, [], d,
    aws_headers(d, ME_P, seed="a-closing", cc=ME_C) + std(d, SUBJ_A, mid),
    leaf(full, cte="quoted-printable"),
    "Closing notice top-posted above the quoted confirmation table; deadline + 'Replying to this email will keep it open'.",
    mid=mid)

d = dt("2025-03-17 13:05:41", "+0900")
t = """Hi Lucía,

Sorry for the late reply. Confirmed - please merge Account #2 into Account #1 and keep Account #1 (sayaka.tominaga.dev@gmail.com).

Sayaka Tominaga

"""
full = t + f"""________________________________
差出人: AWS Training and Certification <{TC}>
送信日時: 2025年3月17日 9:14
宛先: {ME_P} <{ME_P}>
CC: 富永 沙也加 <{ME_C}>
件名: {SUBJ_A}

{TXT['a-closing']}"""
TXT["a-reply-wrong"] = full
mid = outlook_mid("a-wrong")
add("a-reply-from-company", "user_reply", False, CASE_A, [], d,
    [("From", ad("富永 沙也加", ME_C)), ("To", ad(TC_NAME, TC))] +
    std(d, "RE: " + SUBJ_A, mid, irt=MID["a-closing-notice"], refs=[MID["a-confirm-html-table"], MID["a-closing-notice"]]) +
    [("Thread-Topic", f"[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"),
     ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "")],
    leaf(full, cte="base64"),
    "Owner confirms from the COMPANY address (Outlook, Japanese reply header, base64) — the 'wrong-address' reply.",
    crlf=True, mid=mid)

d = dt("2025-03-18 01:26:00")
t = """Hello Sayaka,

Thank you for the reply. I noticed it came from s.tominaga@kumonos-sys.co.jp, which is the login email of Account #2, the account that would be merged away and deactivated. For the security of your certifications we only act on a merge confirmation sent from the email address of the account being kept.

We need you to send the same confirmation from sayaka.tominaga.dev@gmail.com (replying to this email from that address is fine). As soon as it arrives I'll go ahead.

Best,
Lucía
AWS Training and Certification

"""
full = t + sf_quote(f"富永 沙也加 <{ME_C}>", "3/17/2025 4:05 AM", TC, "RE: " + SUBJ_A, TXT["a-reply-wrong"])
mid = ses_mid("a-wrongaddr")
add("a-write-from-personal", "info_request", True, CASE_A, [], d,
    aws_headers(d, ME_C, seed="a-wrongaddr") + std(d, SUBJ_A, mid),
    leaf(full, cte="quoted-printable"),
    "Wrong-address info request sent to the company mailbox: 'We need you to send the same confirmation from <personal>' — no 'please'.",
    crlf=True, mid=mid)

d = dt("2025-03-18 12:48:00", "+0900")
t = """Hi Lucía,

Sending this from my personal address as requested: I confirm the merge. Please keep Account #1 (sayaka.tominaga.dev@gmail.com, AWS07711463) and merge Account #2 into it.

Thank you,
Sayaka
"""
full = t + "\nOn Mon, Mar 17, 2025 at 9:14 AM AWS Training and Certification <" + TC + "> wrote:\n\n" + gt(TXT["a-closing"])
TXT["a-reply-ok"] = full
mid = gmail_mid("a-reply-ok")
add("a-reply-from-personal", "user_reply", False, CASE_A, ["AWS07711463"], d,
    [("MIME-Version", "1.0"), ("From", ad("Sayaka Tominaga", ME_P)), ("To", ad(TC_NAME, TC))] +
    std(d, "Re: " + SUBJ_A, mid, irt=MID["a-closing-notice"], refs=[MID["a-confirm-html-table"], MID["a-closing-notice"]]),
    leaf(full, cte="8bit"),
    "Same confirmation re-sent from Gmail, replying to the closing notice (not to the wrong-address mail it never received).",
    mid=mid)

d = dt("2025-03-18 09:02:00")
t = """Hi Sayaka,

Ken here. Lucía is out today, so I've picked up your case.

One last check before I run the merge, since it can't be reversed: everything on Account #2 (AWS03318842), meaning the exam history, the SAA/SAP/DVA certifications and the 50% voucher, moves to Account #1 (AWS07711463), and Account #2 is then closed. Going forward you'll sign in only with the Builder ID for sayaka.tominaga.dev@gmail.com.

Good to go?

Ken
AWS Training and Certification

"""
full = t + sf_quote(f"Sayaka Tominaga <{ME_P}>", "3/18/2025 3:48 AM", TC, "Re: " + SUBJ_A, TXT["a-reply-ok"])
TXT["a-last-check"] = full
mid = ses_mid("a-lastcheck")
add("a-good-to-go", "confirmation_request", True, CASE_A, ["AWS03318842", "AWS07711463"], d,
    aws_headers(d, ME_P, seed="a-lastcheck") + std(d, SUBJ_A, mid),
    leaf(full, cte="8bit"),
    "Very short re-confirmation by a fourth agent: the ask is just 'Good to go?', after she has already confirmed twice.",
    mid=mid)

d = dt("2025-03-18 19:11:00", "+0900")
t = """Yes, go ahead. Thanks, Ken!

Sayaka
"""
full = t + "\nOn Tue, Mar 18, 2025 at 6:02 PM AWS Training and Certification <" + TC + "> wrote:\n\n" + gt(TXT["a-last-check"])
TXT["a-yes"] = full
mid = gmail_mid("a-yes")
add("a-yes-go-ahead", "user_reply", False, CASE_A, [], d,
    [("MIME-Version", "1.0"), ("From", ad("Sayaka Tominaga", ME_P)), ("To", ad(TC_NAME, TC))] +
    std(d, "Re: " + SUBJ_A, mid, irt=MID["a-good-to-go"], refs=[MID["a-confirm-html-table"], MID["a-closing-notice"], MID["a-good-to-go"]]),
    multi("alternative", [leaf(full, cte="quoted-printable"),
                          leaf("<div dir=\"ltr\">Yes, go ahead. Thanks, Ken!<br><br>Sayaka</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Tue, Mar 18, 2025 at 6:02 PM AWS Training and Certification &lt;" + TC + "&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + TXT["a-last-check"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</blockquote></div>\n", "html", cte="quoted-printable")],
          "000000000000" + h("a-yes", 12)),
    "Two-line top-post over a long, nested quoted history that contains three earlier support asks.",
    mid=mid)

d = dt("2025-03-19 00:33:00")
t = """Hi Sayaka,

I have successfully merged all accounts. Account #1 (AWS07711463) now holds your exam history, your three certifications and the 50% exam discount voucher, and Account #2 has been deactivated.

A few notes:
- Your Credly badges will be re-issued to sayaka.tominaga.dev@gmail.com; expect emails from Credly within the next day.
- Your certifications will no longer appear on the Kumonos Systems partner profile.
- No further action is required from you.

If you have any other questions, you can reply to this email and we'll be glad to help.

Thank you for contacting AWS Training and Certification.
Ken

"""
full = t + sf_quote(f"Sayaka Tominaga <{ME_P}>", "3/18/2025 10:11 AM", TC, "Re: " + SUBJ_A, TXT["a-yes"])
TXT["a-done"] = full
mid = ses_mid("a-done")
add("a-merged", "resolved", False, CASE_A, ["AWS07711463"], d,
    aws_headers(d, ME_P, seed="a-done") + std(d, SUBJ_A, mid),
    leaf(full, cte="quoted-printable"),
    "'I have successfully merged all accounts' above a deep quoted history full of old asks ('Good to go?', 'which account should remain?'); conditional reply invitation.",
    mid=mid)

d = dt("2025-03-19 00:58:00")
plain = """Sayaka, you've been issued a badge!

Amazon Web Services Training and Certification issued you a new badge:

  AWS Certified Solutions Architect - Professional

Accept your badge: https://www.credly.com/badges/91c0d7e2-4af3-4b1e-8c5d-2e7a90f3b661/accept

Share it on LinkedIn, add it to your email signature, or embed it on your website.

Credly | 13809 Research Blvd, Suite 500, Austin, TX 78750
Unsubscribe from badge notifications: https://www.credly.com/notifications
"""
html = """<html><body><table role="presentation" width="600" align="center" style="font-family:Helvetica,Arial">
<tr><td style="font-size:22px;padding:24px">Sayaka, you've been issued a badge!</td></tr>
<tr><td style="padding:0 24px">Amazon Web Services Training and Certification issued you a new badge:</td></tr>
<tr><td style="padding:16px 24px"><b>AWS Certified Solutions Architect - Professional</b></td></tr>
<tr><td style="padding:0 24px 24px"><a href="https://www.credly.com/badges/91c0d7e2-4af3-4b1e-8c5d-2e7a90f3b661/accept">Accept your badge</a></td></tr>
<tr><td style="font-size:11px;color:#888;padding:24px">Credly | 13809 Research Blvd, Suite 500, Austin, TX 78750</td></tr>
</table></body></html>
"""
mid = f"<{h('cr2', 24)}@credly.com>"
add("credly-sap-issued", "badge", False, None, [], d,
    [("Return-Path", "<bounces+2841@em.credly.com>"),
     ("Received", recv_gmail("o2.em.credly.com", "167.89.32.19", d)),
     ("Authentication-Results", auth_gmail("credly.com", "bounces+2841@em.credly.com", "167.89.32.19", policy="NONE")),
     ("From", ad("Credly", "admin@credly.com")), ("To", ME_P)] +
    std(d, "You've been issued a badge by Amazon Web Services Training and Certification", mid),
    multi("alternative", [leaf(plain, cs="us-ascii", cte="7bit"), leaf(html, "html", cs="us-ascii", cte="7bit")], "_----------=_" + h("cr2", 12)),
    "Credly badge re-issued right after the merge.",
    mid=mid)

d = dt("2025-03-19 01:02:00")
html = """<html><body style="font-family:Helvetica,Arial">
<h2>Claim your AWS Certified Solutions Architect - Associate badge</h2>
<p>Hi Sayaka,</p>
<p>Amazon Web Services Training and Certification wants to recognize your achievement. Your badge is waiting for you on Credly.</p>
<p><a href="https://www.credly.com/badges/b57e3c40-12aa-4f0e-9d3c-7e61c2a0f8d4/accept">Accept badge</a></p>
<p>Badges you don't accept within 30 days remain available in your Credly wallet.</p>
<p style="font-size:11px;color:#999">Credly, Inc. | 13809 Research Blvd, Suite 500, Austin, TX 78750</p>
</body></html>
"""
mid = f"<{h('cr3', 24)}@credly.com>"
add("credly-saa-claim", "badge", False, None, [], d,
    [("Return-Path", "<bounces+2841@em.credly.com>"),
     ("Received", recv_gmail("o2.em.credly.com", "167.89.32.19", d)),
     ("Authentication-Results", auth_gmail("credly.com", "bounces+2841@em.credly.com", "167.89.32.19", policy="NONE")),
     ("From", ad("Credly", "admin@credly.com")), ("To", ME_P)] +
    std(d, "Claim your AWS Certified Solutions Architect - Associate badge", mid),
    leaf(html, "html", cs="us-ascii", cte="base64"),
    "HTML-only base64 Credly claim mail with a different subject wording.",
    mid=mid)

d = dt("2025-03-20 01:00:00")
html = f"""<html><body style="font-family:Arial">
<p>Hello Sayaka,</p>
<p>Thank you for contacting AWS Training and Certification. Your case <b>{CASE_A}</b> was recently resolved, and we'd love to know how we did.</p>
<table cellpadding="8"><tr>
<td><a href="https://pulse.aws/survey/TC7Q1M?case={CASE_A}&amp;s=1">1</a></td>
<td><a href="https://pulse.aws/survey/TC7Q1M?case={CASE_A}&amp;s=2">2</a></td>
<td><a href="https://pulse.aws/survey/TC7Q1M?case={CASE_A}&amp;s=3">3</a></td>
<td><a href="https://pulse.aws/survey/TC7Q1M?case={CASE_A}&amp;s=4">4</a></td>
<td><a href="https://pulse.aws/survey/TC7Q1M?case={CASE_A}&amp;s=5">5</a></td>
</tr></table>
<p>How likely are you to recommend AWS Training and Certification support to a colleague? Select a number above (1 = not at all likely, 5 = extremely likely).</p>
<p>It only takes a minute, and every response is read by our team.</p>
<p>AWS Training and Certification</p>
</body></html>
"""
mid = ses_mid("a-survey")
add("a-survey", "survey", False, CASE_A, [], d,
    aws_headers(d, ME_P, sender_local="aws-tc-survey@amazon.com", sender_name="AWS Training and Certification", seed="a-survey") +
    std(d, f"Tell us about your recent experience (Case {CASE_A})", mid),
    leaf(html, "html", cte="quoted-printable"),
    "HTML-only survey with the 15-digit case in subject; 'Select a number above' looks like an instruction.",
    mid=mid)

d = dt("2025-03-21 02:10:00")
t = """Hi Sayaka,

A short follow-up to yesterday's merge, so that nothing comes as a surprise: the Kumonos Systems Inc. profile in AWS Partner Central will show your certifications as removed within 5-7 business days. This is expected, because the certifications now belong to your personal account. The company does not need to do anything, and neither do you.

Your 50% exam discount voucher is still valid until June 30, 2025.

Ken
AWS Training and Certification
"""
mid = ses_mid("a-after")
add("a-partner-profile-note", "case_update", False, CASE_A, [], d,
    aws_headers(d, ME_P, seed="a-after") + std(d, SUBJ_A, mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "Post-resolution news on the same case; explicitly nothing to do.",
    mid=mid)

d = dt("2025-03-21 17:30:00", "+0900")
t = """退職予定の皆さま

情報システム部です。
社用メールボックスの停止についてご案内します。

・停止日時: 2025年3月31日(月) 18:00
・停止後は、受信したメールは送信者に不達として返送されます。
・社外アドレスへの自動転送は、情報セキュリティ規程によりご利用いただけません。

外部サービス(クラウド、資格団体、各種会員サイト等)に社用アドレスを登録している場合は、停止日までに変更を完了してください。

ご不明点がございましたら、本メールにご返信いただくか、ヘルプデスク(内線 1100)までお問い合わせください。

情報システム部 ヘルプデスク
"""
mid = outlook_mid("it")
add("it-mailbox-shutdown", "unrelated", False, None, [], d,
    [("Received", "from TYCPR01MB6610.jpnprd01.prod.outlook.com (2603:1096:400:3b0::9) by\n TYCPR01MB5467.jpnprd01.prod.outlook.com with HTTPS; " + format_datetime(d)),
     ("From", ad("情報システム部 ヘルプデスク", "it-helpdesk@kumonos-sys.co.jp")), ("To", "taishoku-2025q1@kumonos-sys.co.jp")] +
    std(d, "【情報システム部】社用メールボックス停止のお知らせ", mid) +
    [("Content-Language", "ja-JP")],
    leaf(t, cte="quoted-printable"),
    "Japanese internal notice about the mailbox being closed; 'closing' + conditional 'ご返信いただくか'.",
    crlf=True, mid=mid, lang="ja")

d = dt("2025-03-22 06:32:31")
t = f"""富永 沙也加 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の内容でケースを受け付けました。

ケース ID: {CASE_F}
件名: 統合後に 50% 割引特典が表示されない
お問い合わせタイプ: 認定
その他の詳細: 特典

回答までは通常 24 時間以内を目安としておりますが、内容によってはお時間をいただく場合がございます。
同一のお問い合わせについて、新たにケースを作成されませんようお願いいたします。

このメールへの返信は担当者に届きます。補足事項がございましたら、件名を変更せずにご返信ください。

AWS トレーニングと認定 カスタマーサービス
"""
mid = ses_mid("f-ack")
add("f-ack-sjis", "acknowledgement", False, CASE_F, [], d,
    aws_headers(d, ME_P, seed="f-ack") + std(d, SUBJ_F, mid),
    leaf(t, cs="shift_jis", cte="base64"),
    "Second Japanese ack (Shift_JIS, base64) with different wording; '補足事項がございましたら…ご返信ください' is conditional.",
    mid=mid, lang="ja")

d = dt("2025-03-24 04:15:00")
t = """富永 沙也加 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの佐々木でございます。
このたびはご不便をおかけしており、誠に申し訳ございません。

統合先アカウント(AWS 候補 ID: AWS07711463)の特典履歴を確認いたしましたところ、統合処理の記録は残っているものの、50% 割引特典が新しいアカウントに反映されていない状態でございました。
特典を再発行するにあたり、対象の特典を特定する必要がございます。

つきましては、統合前のアカウントで表示されていた特典コードの末尾 4 桁、もしくは特典画面のスクリーンショットを、本メールへのご返信にてお送りいただけますでしょうか。
お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
佐々木
"""
TXT["f-ask"] = t
mid = ses_mid("f-ask")
add("f-keigo-code-request", "info_request", True, CASE_F, ["AWS07711463"], d,
    aws_headers(d, ME_P, seed="f-ask") + std(d, SUBJ_F, mid),
    leaf(t, cs="iso-2022-jp", cte="7bit"),
    "Japanese keigo info request (ISO-2022-JP): 'お送りいただけますでしょうか' after an apology and explanation.",
    mid=mid, lang="ja")

d = dt("2025-03-24 16:00:00")
t = """Hello Sayaka,

This is a reminder that your AWS Certified Solutions Architect - Associate certification will expire on June 12, 2025.

Candidate ID: AWS07711463

To keep your certification active, pass the current version of the exam, or a higher-level exam in the same path, before the expiration date. If you hold a 50% discount benefit, you can apply it when you schedule.

Recertification details: https://aws.amazon.com/certification/recertification/

AWS Certification

Please do not reply to this email. This mailbox is not monitored.
"""
mid = f"<{h('cm3', 20)}@certmetrics.com>"
add("certmetrics-expiry-reminder", "certification", False, None, ["AWS07711463"], d,
    [("Return-Path", "<bounce@certmetrics.com>"),
     ("Received", recv_gmail("mail.certmetrics.com", "52.38.11.207", d)),
     ("Authentication-Results", auth_gmail("certmetrics.com", "bounce@certmetrics.com", "52.38.11.207", policy="NONE")),
     ("From", ad("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P)] +
    std(d, "Your AWS Certification expires in 80 days", mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "Expiry reminder from certmetrics: urges action ('pass the current version…'), but nothing to reply to.",
    mid=mid)

d = dt("2025-03-27 01:05:00")
t = """富永 沙也加 様

AWS トレーニングと認定 カスタマーサービスの佐々木です。

3月24日にお送りした下記のご案内について、現時点でご返信を確認できておりません。
2025年3月31日(月)までにご返信をいただけない場合、本ケースはいったんクローズとさせていただきます。
引き続き対応をご希望の場合は、このメールにそのままご返信ください。

"""
full = t + "-------- 元のメッセージ --------\n" + f"差出人: AWS トレーニングと認定 <{TC}>\n日時: 2025/03/24 13:15\n宛先: {ME_P}\n件名: {SUBJ_F}\n\n" + TXT["f-ask"]
TXT["f-closing"] = full
mid = ses_mid("f-closing")
add("f-closing-ja", "closing_notice", True, CASE_F, [], d,
    aws_headers(d, ME_P, seed="f-closing") + std(d, SUBJ_F, mid),
    leaf(full, cte="quoted-printable"),
    "Japanese closing notice (QP) with a date, top-posted over the quoted keigo request.",
    mid=mid, lang="ja")

d = dt("2025-03-27 12:40:00", "+0900")
t = """佐々木様

ご連絡が遅くなり申し訳ありません。
統合前のアカウント(AWS03318842)で表示されていた特典コードの末尾4桁は「7Q2K」です。
スクリーンショットもお送りしたかったのですが、旧アカウントにはもうログインできないため、コードのみお送りします。

よろしくお願いいたします。
富永
"""
full = t + f"\n2025年3月27日(木) 10:05 AWS Training and Certification <{TC}>:\n\n" + gt(TXT["f-closing"])
TXT["f-reply1"] = full
mid = gmail_mid("f-reply1")
add("f-reply-code", "user_reply", False, CASE_F, ["AWS03318842"], d,
    [("MIME-Version", "1.0"), ("From", ad("富永 沙也加", ME_P)), ("To", ad(TC_NAME, TC))] +
    std(d, "Re: " + SUBJ_F, mid, irt=MID["f-closing-ja"], refs=[MID["f-keigo-code-request"], MID["f-closing-ja"]]),
    leaf(full, cte="base64"),
    "Japanese Gmail reply with Japanese attribution line; her own text has the old candidate ID, the quote has the new one.",
    mid=mid, lang="ja")

d = dt("2025-03-28 02:20:00")
t = """富永様

ご返信ありがとうございます。佐々木です。
いただいた末尾4桁で対象の特典を特定できました。元の有効期限(2025年6月30日)のまま、新しいアカウントへ再発行する準備ができております。

なお、今回は弊社側の統合処理の不備によるものですので、ご希望であれば有効期限を2025年9月30日まで延長して発行することも可能です。
延長を希望されるかどうか、このメールに返信してください。ご返信をいただき次第、再発行いたします。

AWS トレーニングと認定 カスタマーサービス
佐々木

"""
full = t + "-------- 元のメッセージ --------\n" + f"差出人: 富永 沙也加 <{ME_P}>\n日時: 2025/03/27 12:40\n宛先: {TC}\n件名: Re: {SUBJ_F}\n\n" + TXT["f-reply1"]
TXT["f-ask2"] = full
mid = ses_mid("f-ask2")
add("f-extend-question", "info_request", True, CASE_F, [], d,
    aws_headers(d, ME_P, seed="f-ask2") + std(d, SUBJ_F, mid),
    leaf(full, cte="8bit"),
    "Mixed mail: progress news (voucher found, ready to reissue) then a plain '返信してください' ask about something other than the merge (extend the expiry?).",
    mid=mid, lang="ja")

d = dt("2025-03-28 12:02:00", "+0900")
t = """佐々木様

ご提案ありがとうございます。
延長を希望します。9月30日までの期限で再発行をお願いいたします。

富永
"""
full = t + f"\n2025年3月28日(金) 11:20 AWS Training and Certification <{TC}>:\n\n" + gt(TXT["f-ask2"])
TXT["f-reply2"] = full
mid = gmail_mid("f-reply2")
add("f-reply-extend", "user_reply", False, CASE_F, [], d,
    [("MIME-Version", "1.0"), ("From", ad("富永 沙也加", ME_P)), ("To", ad(TC_NAME, TC))] +
    std(d, "Re: " + SUBJ_F, mid, irt=MID["f-extend-question"], refs=[MID["f-keigo-code-request"], MID["f-closing-ja"], MID["f-extend-question"]]),
    multi("alternative", [leaf(full, cte="base64"),
                          leaf("<div dir=\"ltr\">" + t.replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">2025年3月28日(金) 11:20 AWS Training and Certification &lt;" + TC + "&gt;:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + TXT["f-ask2"].replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>") + "</blockquote></div>\n", "html", cte="base64")],
          "000000000000" + h("f-reply2", 12)),
    "Japanese Gmail reply (multipart/alternative, base64) whose own text contains 'お願いいたします' — a request to support, but written by the owner.",
    mid=mid, lang="ja")

d = dt("2025-03-31 16:45:00", "+0900")
t = """富永さん

本日で最終出社とのこと、本当にお疲れさまでした。
AWS 周りの引き継ぎ資料、とても分かりやすかったです。認定の統合も無事終わったと聞いて安心しました。

新天地でのご活躍をお祈りしています。またJAWS-UGで会いましょう!

佐藤 陽介
"""
mid = outlook_mid("farewell")
add("colleague-farewell", "unrelated", False, None, [], d,
    [("Received", "from TYCPR01MB9012.jpnprd01.prod.outlook.com (2603:1096:400:3c4::2) by\n TYCPR01MB5467.jpnprd01.prod.outlook.com with HTTPS; " + format_datetime(d)),
     ("From", ad("佐藤 陽介", "sato.y@kumonos-sys.co.jp", "iso-2022-jp")), ("To", ad("富永 沙也加", ME_C, "iso-2022-jp"))] +
    std(d, "Re: 最終出社のご挨拶", mid, cs="iso-2022-jp", irt=outlook_mid("aisatsu"), refs=[outlook_mid("aisatsu")]) +
    [("Content-Language", "ja-JP")],
    leaf(t, cs="iso-2022-jp", cte="7bit"),
    "Japanese farewell reply from a colleague on her last day, mentions the merge.",
    crlf=True, mid=mid, lang="ja")

d = dt("2025-03-31 08:10:00")
t = """富永 沙也加 様

佐々木です。
有効期限を2025年9月30日に延長したうえで、50% 割引特典を統合先アカウント(AWS07711463)に再発行いたしました。「特典」画面からご確認いただけます。

本件はこれにて解決とさせていただきます。その他ご不明な点がございましたら、お気軽にこのメールへご返信ください。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

――――――――――――――――
本対応についてのアンケートにご協力ください(所要時間 1 分):
https://pulse.aws/survey/JP4TCX?case=174262514000388
――――――――――――――――

"""
full = t + "-------- 元のメッセージ --------\n" + f"差出人: 富永 沙也加 <{ME_P}>\n日時: 2025/03/28 12:02\n宛先: {TC}\n件名: Re: {SUBJ_F}\n\n" + TXT["f-reply2"]
mid = ses_mid("f-done")
add("f-resolved-ja", "resolved", False, CASE_F, ["AWS07711463"], d,
    aws_headers(d, ME_P, seed="f-done") + std(d, SUBJ_F, mid),
    leaf(full, cte="base64"),
    "Japanese resolution (base64) with survey footer 'アンケートにご協力ください', conditional 'ご不明な点がございましたら…ご返信ください', and both old asks quoted below.",
    mid=mid, lang="ja")

d = dt("2025-04-01 01:00:00")
t = f"""富永 沙也加 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。
ケース ID: {CASE_F}

今後のサービス向上のため、今回の対応についてのアンケートにご協力をお願いいたします。所要時間は 1 分程度です。

アンケートに回答する: https://pulse.aws/survey/JP4TCX?case={CASE_F}

※本アンケートは任意です。本メールは送信専用アドレスからお送りしています。

AWS トレーニングと認定
"""
mid = ses_mid("f-survey")
add("f-survey-ja", "survey", False, CASE_F, [], d,
    aws_headers(d, ME_P, sender_local="aws-tc-survey@amazon.com", sender_name="AWS トレーニングと認定", seed="f-survey") +
    std(d, "【アンケートのご協力のお願い】AWS トレーニングと認定 サポートのご利用について", mid),
    leaf(t, cte="quoted-printable"),
    "Japanese survey with keigo request 'ご協力をお願いいたします' — a survey, not a support ask.",
    mid=mid, lang="ja")

d = dt("2025-04-01 21:14:00", "+0900")
orig_mid = gmail_mid("bounced-orig")
t = f"""** Address not found **

Your message wasn't delivered to s.tominaga@nextgird-inc.co.jp because the domain nextgird-inc.co.jp couldn't be found. Check for typos or unnecessary spaces and try again.



The response was:

DNS Error: DNS type 'mx' lookup of nextgird-inc.co.jp responded with code NXDOMAIN
Domain name not found: nextgird-inc.co.jp
"""
dsn = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 1 Apr 2025 05:13:58 -0700 (PDT)
X-Original-Message-ID: {orig_mid}

Final-Recipient: rfc822; s.tominaga@nextgird-inc.co.jp
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS type 'mx' lookup of nextgird-inc.co.jp responded with code NXDOMAIN
Last-Attempt-Date: Tue, 1 Apr 2025 05:14:00 -0700 (PDT)
"""
orig = f"""From: Sayaka Tominaga <{ME_P}>
Date: Tue, 1 Apr 2025 21:13:57 +0900
Message-ID: {orig_mid}
Subject: Fwd: {SUBJ_A}
To: s.tominaga@nextgird-inc.co.jp
"""
mid = f"<{h('dsn', 20)}.{h('dsn2', 8)}@mx.google.com>"
add("bounce-forward-typo", "unrelated", False, None, [], d,
    [("Return-Path", "<>"), ("From", ad("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", ME_P)] +
    std(d, "Delivery Status Notification (Failure)", mid, irt=orig_mid, refs=[orig_mid]) +
    [("Auto-Submitted", "auto-replied")],
    multi("report", [leaf(t, cs="us-ascii", cte="7bit"),
                     rawpart(["Content-Type: message/delivery-status"], dsn),
                     rawpart(["Content-Type: text/rfc822-headers"], orig)],
          "000000000000" + h("dsn", 12), extra_ct=" report-type=delivery-status;"),
    "Bounce of her own forward of the merge thread to a typo'd new-employer address; case subject appears only in the returned headers.",
    mid=mid)

d = dt("2025-04-03 02:05:30")
t = f"""Hello,

Thank you for contacting Amazon Web Services. We have received your case {CASE_C} and a member of our team will respond shortly.

Case ID: {CASE_C}
Subject: Skill Builder subscription missing after certification account merge
Severity: General guidance
Correspondence: Hello, after my AWS Certification accounts were merged on March 19, the AWS Skill Builder Individual subscription I bought last year no longer shows up when I sign in with my Builder ID. Could you check where it went?

[AWS ID 408761552093]

To see the status of your case or add correspondence, please visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

Sincerely,
Amazon Web Services

This email was sent by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.*
"""
mid = ses_mid("c-ack", "us-east-1")
add("c-console-new-case", "acknowledgement", False, CASE_C, [], d,
    aws_headers(d, ME_P, sender_local=NOREPLY, sender_name="Amazon Web Services", seed="c-ack") +
    std(d, f"Amazon Web Services: New Support case: {CASE_C}", mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "Console 'New Support case' ack; echoes her own question ('Could you check…?') and a 12-digit AWS ID.",
    mid=mid)

d = dt("2025-04-04 06:30:00")
t = """Hello,

Thank you for contacting AWS Support. My name is Olumide and I'll be assisting you with this case.

I checked AWS account 408761552093 and don't see an active Skill Builder subscription charged to it. Skill Builder Individual subscriptions are billed to the AWS account that was used at checkout, which may not be the account this case was opened from.

To locate the subscription, I'll need the following:
  1. The order ID from your subscription receipt (it starts with "SB-")
  2. The email address you were signed in with when you purchased it

Please add this information to the case through the Support Center link below; replies sent to this email address are not received.

Olumide W.
Amazon Web Services

"""
full = t + FOOT_CONSOLE.format(case=CASE_C)
html = "<html><body style=\"font-family:Arial;font-size:13px\">" + "".join(
    "<p>" + p.replace("\n", "<br>") + "</p>" for p in full.strip().split("\n\n")) + "</body></html>\n"
mid = ses_mid("c-ask", "us-east-1")
add("c-console-need-order-id", "info_request", True, CASE_C, [], d,
    aws_headers(d, ME_P, sender_local=NOREPLY, sender_name="Amazon Web Services", seed="c-ask") +
    std(d, SUBJ_C, mid),
    multi("alternative", [leaf(full, cs="us-ascii", cte="quoted-printable"), leaf(html, "html", cs="us-ascii", cte="quoted-printable")], "----=_Part_" + h("c-ask", 12)),
    "Console-case info request ('I'll need the following') that must be answered in the Support Center; long feedback footer + 'cannot accept incoming e-mails'.",
    mid=mid)

d = dt("2025-04-05 10:00:00")
t = """Dear Sayaka Tominaga,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Associate (SAA-C03)
Candidate ID: AWS07711463
Registration ID: 501288734
Appointment: Thursday, May 1, 2025, 1:30 PM JST
Delivery: OnVUE online proctored

Before your exam, please run the system test on the computer you will use and review the OnVUE rules. You can reschedule or cancel from your AWS Certification account up to 24 hours before the appointment.

A 50% discount was applied to this registration.

Sincerely,
Pearson VUE
"""
mid = f"<{h('pv2', 24)}@pearsonvue.com>"
add("pearson-booking-2025", "unrelated", False, None, ["AWS07711463"], d,
    [("Return-Path", "<bounce@pearsonvue.com>"),
     ("Received", recv_gmail("mta-out2.pearsonvue.com", "159.182.12.33", d)),
     ("Authentication-Results", auth_gmail("pearson.com", "bounce@pearsonvue.com", "159.182.12.33", policy="NONE")),
     ("From", ad("Pearson VUE", "pearsonvueconfirmation@pearson.com")), ("To", ME_P)] +
    std(d, "Pearson VUE Confirmation of Booking", mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "Exam-vendor booking with the new candidate ID, 9-digit registration ID and 'please run the system test'.",
    mid=mid)

d = dt("2025-04-07 06:31:00")
t = f"""Hello,

We haven't heard back from you regarding your AWS Support case {CASE_C}. This case will be automatically resolved if we don't receive a response within the next 3 days.

If you still need assistance, please reply to this case through the AWS Support Center.

"""
full = t + FOOT_CONSOLE.format(case=CASE_C)
mid = ses_mid("c-closing", "us-east-1")
add("c-console-auto-resolve-warning", "closing_notice", True, CASE_C, [], d,
    aws_headers(d, ME_P, sender_local=NOREPLY, sender_name="Amazon Web Services", seed="c-closing") +
    std(d, SUBJ_C, mid),
    leaf(full, cs="us-ascii", cte="7bit"),
    "Console auto-resolve warning: must be answered in the Support Center, while the footer says the address cannot receive mail.",
    mid=mid)

d = dt("2025-04-08 03:00:00")
html = f"""<html><body style="font-family:Arial;font-size:13px">
<p>Hello Sayaka,</p>
<p>Thank you for adding the order details to the case. Here is where things stand:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><td>Order ID</td><td>SB-4471-20240812-JP</td></tr>
<tr><td>Purchased with</td><td>s.tominaga@kumonos-sys.co.jp (Builder ID, now deactivated)</td></tr>
<tr><td>Moved to</td><td>sayaka.tominaga.dev@gmail.com (Builder ID)</td></tr>
<tr><td>Status</td><td>Transfer completed; propagation pending (up to 24 hours)</td></tr>
</table>
<p>I have moved the subscription to your current Builder ID. Skill Builder can take up to 24 hours to reflect the change. I'll check tomorrow that it shows correctly and then update this case.</p>
<p>Olumide W.<br>Amazon Web Services</p>
<p>We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.</p>
<p>To contact us again about this case, please return to the AWS Support Center using the following URL:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&amp;language=en</a></p>
<p><i>Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</i></p>
</body></html>
"""
mid = ses_mid("c-update", "us-east-1")
add("c-console-progress-html", "case_update", False, CASE_C, [], d,
    aws_headers(d, ME_P, sender_local=NOREPLY, sender_name="Amazon Web Services", seed="c-update") +
    std(d, SUBJ_C, mid),
    leaf(html, "html", cs="us-ascii", cte="quoted-printable"),
    "HTML-only console progress update with a status table; the only 'please' is in the rating footer and the 'return to the Support Center' boilerplate.",
    mid=mid)

d = dt("2025-04-09 02:40:00")
t = f"""Hello Sayaka,

I've confirmed that the Skill Builder Individual subscription (order SB-4471-20240812-JP) now appears when you sign in with the Builder ID for sayaka.tominaga.dev@gmail.com, with the original renewal date of August 12, 2025.

As the issue is resolved, I'm marking this case as resolved. If anything else related to this comes up, you can reopen the case from the Support Center within 14 days.

Olumide W.
Amazon Web Services

"""
full = t + FOOT_CONSOLE.format(case=CASE_C)
mid = ses_mid("c-done", "us-east-1")
add("c-console-resolved", "resolved", False, CASE_C, [], d,
    aws_headers(d, ME_P, sender_local=NOREPLY, sender_name="Amazon Web Services", seed="c-done") +
    std(d, SUBJ_C, mid),
    leaf(full, cs="us-ascii", cte="quoted-printable"),
    "Console resolution with the same feedback footer and 'reopen within 14 days'.",
    mid=mid)

d = dt("2025-04-09 11:00:00")
t = """AWS 認定をご利用のお客様

いつも AWS トレーニングと認定をご利用いただきありがとうございます。

お客様の認定アカウント統合処理(受付番号: 2025040900172)が完了しておりません。
このままの状態が続くと、取得済みの認定資格および試験特典が失効する可能性がございます。

48 時間以内に、下記 URL より本人確認を完了してください。

https://aws-training-jp.com/account/verify?id=2025040900172

※本人確認が完了しない場合、アカウントは自動的に停止されます。

AWS トレーニングと認定 サポートセンター
"""
mid = f"<{h('phish2', 22)}@aws-training-jp.com>"
add("phish-ja-lookalike", "suspicious", False, None, [], d,
    [("Return-Path", "<info@aws-training-jp.com>"),
     ("Received", recv_gmail("vps-42781.aws-training-jp.com", "103.145.13.62", d)),
     ("Authentication-Results", auth_gmail("aws-training-jp.com", "info@aws-training-jp.com", "103.145.13.62", policy="NONE", sel="mail")),
     ("From", ad("AWS トレーニングと認定", "no-reply@aws-training-jp.com")), ("To", ME_P)] +
    std(d, "【重要】AWS認定アカウント統合の最終確認のお願い", mid),
    leaf(t, cte="base64"),
    "Japanese phishing from a lookalike domain (auth passes for its own domain); 13-digit '受付番号'.",
    mid=mid, lang="ja")

d = dt("2025-04-10 15:00:00")
t = """##- Please type your reply above this line -##

Your request (3019274) has been solved. To reopen this request, reply to this email.

Mateo (Cloudflare Support)

Apr 10, 2025, 15:00 UTC

Hi Sayaka,

The DNSSEC DS record for tominaga.dev has now propagated at your registrar and the zone shows as "Active". I'm marking this ticket as solved; it will close automatically in 4 days.

Thanks for your patience,
Mateo

Sayaka Tominaga

Apr 9, 2025, 23:41 UTC

Hi, after moving my domain to Cloudflare, DNSSEC still shows as pending. Could you take a look?

This email is a service from Cloudflare Support.
[9K7W2-1X4QZ]
"""
mid = f"<{h('cf', 12).upper()}_{h('cf2', 8)}_sprut@zendesk.com>"
add("cloudflare-ticket-solved", "unrelated", False, None, [], d,
    [("Return-Path", "<support+id3019274@cloudflare.zendesk.com>"),
     ("Received", recv_gmail("outbyoip41.pod18.use1.zdsys.com", "192.161.148.41", d)),
     ("Authentication-Results", auth_gmail("cloudflare.com", "support+id3019274@cloudflare.zendesk.com", "192.161.148.41", policy="REJECT")),
     ("From", ad("Cloudflare Support", "support@cloudflare.com")), ("Reply-To", "Cloudflare Support <support+id3019274@cloudflare.zendesk.com>"), ("To", ME_P)] +
    std(d, "[Cloudflare Support] Re: DNSSEC stuck in pending for tominaga.dev", mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "Another vendor's 'solved… will close automatically… reply to reopen' — same shape as a closing notice, but not AWS.",
    mid=mid)

d = dt("2025-04-12 10:20:00", "+0900")
t = f"""Hello,

I'm replying to this old case because the problem it fixed seems to be back.

On March 19 my certification accounts were merged under a different case ({CASE_A}), and everything now lives on AWS07711463 (sayaka.tominaga.dev@gmail.com). Since then my Credly profile no longer shows the AWS Certified Developer - Associate badge that was restored through this case in 2023. Only the Professional and Associate SA badges appear.

Could you take a look?

Thanks,
Sayaka Tominaga
"""
full = t + "\nOn Fri, May 5, 2023 at 6:17 PM AWS Training and Certification <" + TC + "> wrote:\n\n" + gt(TXT["e-done"])
TXT["e-reopen"] = full
mid = gmail_mid("e-reopen")
add("e-reply-old-case-reopen", "user_reply", False, CASE_E, ["AWS07711463"], d,
    [("MIME-Version", "1.0"), ("From", ad("Sayaka Tominaga", ME_P)), ("To", ad(TC_NAME, TC))] +
    std(d, "Re: " + SUBJ_E, mid, irt=MID["e-resolved"], refs=[MID["e-confirm-profiles"], MID["e-resolved"]]),
    leaf(full, cte="quoted-printable"),
    "Owner revives the 2023 11-digit case two years later; her text names the 15-digit case too; quoted history has the 2023 candidate IDs.",
    mid=mid)

d = dt("2025-04-14 17:05:00")
t = f"""Hello Sayaka,

Thank you for getting back to us. We have reopened case {CASE_E} so that we can look into the missing badge.

I'm reviewing the badge records for both your current and your previous candidate IDs now, and I'll update you by Wednesday, April 16.

Best regards,
Hannah
AWS Training and Certification
"""
mid = ses_mid("e-reopened")
add("e-reopened-update", "case_update", False, CASE_E, [], d,
    aws_headers(d, ME_P, seed="e-reopened") + std(d, SUBJ_E, mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "'We have reopened case …' — looks like an acknowledgement but it is progress news on an existing case; asks nothing.",
    mid=mid)

d = dt("2025-04-15 00:10:00")
t = """AWS Budget Notification April 15, 2025
AWS Account 408761552093

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your monthly-cap budget is greater than $8.00 for the current month. The ACTUAL Cost associated with this budget is $8.37. You can find additional details below and by accessing the AWS Budgets dashboard.

Budget Name: monthly-cap
Budget Type: Cost
Budgeted Amount: $10.00
Alert Type: ACTUAL
Alert Threshold: > $8.00
ACTUAL Amount: $8.37

Go to the AWS Budgets dashboard: https://console.aws.amazon.com/billing/home#/budgets
"""
mid = ses_mid("budget", "us-east-1")
add("aws-budgets-alert", "unrelated", False, None, [], d,
    [("Return-Path", "<0100019636a1@us-east-1.amazonses.com>"),
     ("Received", recv_gmail("a8-60.smtp-out.amazonses.com", "54.240.8.60", d)),
     ("Authentication-Results", auth_gmail("costalerts.amazonaws.com", "0100019636a1@us-east-1.amazonses.com", "54.240.8.60")),
     ("From", ad("AWS Budgets", "budgets@costalerts.amazonaws.com")), ("To", ME_P)] +
    std(d, "AWS Budgets: monthly-cap has exceeded your alert threshold", mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "AWS Budgets alert with a 12-digit account ID.",
    mid=mid)

d = dt("2025-04-16 18:20:00")
t = """Hello Sayaka,

Thanks for waiting. Here's what I found.

The Developer - Associate badge was issued in 2023 to a Credly profile registered under s.tominaga@kumonos-sys.co.jp. When your accounts were merged last month, the newer badges went to a second Credly profile under sayaka.tominaga.dev@gmail.com, and the older one stayed behind on the first profile. Credly doesn't move badges between profiles on its own.

Two questions before I ask Credly to fix this:

Which email address should all of your AWS badges be on going forward?
Should the old Credly profile under the Kumonos address be closed once the badges are moved, or kept?

Best regards,
Hannah
AWS Training and Certification
"""
TXT["e-ask"] = t
html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello Sayaka,</p>
<p>Thanks for waiting. Here's what I found.</p>
<p>The Developer - Associate badge was issued in 2023 to a Credly profile registered under <a href="mailto:s.tominaga@kumonos-sys.co.jp">s.tominaga@kumonos-sys.co.jp</a>. When your accounts were merged last month, the newer badges went to a second Credly profile under <a href="mailto:sayaka.tominaga.dev@gmail.com">sayaka.tominaga.dev@gmail.com</a>, and the older one stayed behind on the first profile. Credly doesn't move badges between profiles on its own.</p>
<p>Two questions before I ask Credly to fix this:</p>
<ul>
<li>Which email address should all of your AWS badges be on going forward?</li>
<li>Should the old Credly profile under the Kumonos address be closed once the badges are moved, or kept?</li>
</ul>
<p>Best regards,<br>Hannah<br>AWS Training and Certification</p>
</body></html>
"""
mid = ses_mid("e-ask")
add("e-two-questions", "info_request", True, CASE_E, [], d,
    aws_headers(d, ME_P, seed="e-ask") + std(d, SUBJ_E, mid),
    multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(html, "html", cs="us-ascii", cte="quoted-printable")], "----=_Part_" + h("e-ask", 12)),
    "Info request as two bare questions in a bulleted list, no 'please' or 'let us know'; multipart/alternative.",
    mid=mid)

d = dt("2025-04-21 17:00:00")
t = """Hello Sayaka,

As we did not receive a response to our last message, this case has now been closed.

If you still need help with your Credly badges, simply reply to this email: the case will reopen automatically and come back to me.

Best regards,
Hannah
AWS Training and Certification

"""
full = t + sf_quote(f"{TC_NAME} <{TC}>", "4/16/2025 6:20 PM", ME_P, SUBJ_E, TXT["e-ask"])
TXT["e-closed"] = full
mid = ses_mid("e-closed")
add("e-closed-no-response", "closing_notice", True, CASE_E, [], d,
    aws_headers(d, ME_P, seed="e-closed") + std(d, SUBJ_E, mid),
    leaf(full, cs="us-ascii", cte="quoted-printable"),
    "Closing notice in the past tense ('has now been closed') — a reply reopens it; questions quoted below.",
    mid=mid)

d = dt("2025-04-22 07:45:00", "+0900")
t = """Hi Hannah,

Sorry, I missed your earlier message. All badges should go to sayaka.tominaga.dev@gmail.com, and yes, please close the old Credly profile under the Kumonos address. I can't access that mailbox anymore.

Thanks,
Sayaka
"""
full = t + "\nOn Tue, Apr 22, 2025 at 2:00 AM AWS Training and Certification <" + TC + "> wrote:\n\n" + gt(TXT["e-closed"])
mid = gmail_mid("e-reply2")
add("e-reply-no-case-in-subject", "user_reply", False, CASE_E, [], d,
    [("MIME-Version", "1.0"), ("From", ad("Sayaka Tominaga", ME_P)), ("To", ad(TC_NAME, TC))] +
    std(d, "Credly email address", mid, irt=MID["e-closed-no-response"],
        refs=[MID["e-resolved"], MID["e-reply-old-case-reopen"], MID["e-two-questions"], MID["e-closed-no-response"]]),
    leaf(full, cte="8bit"),
    "Owner's reply whose subject she rewrote (no [CASE] token); only In-Reply-To/References (and the quoted text) tie it to the case.",
    mid=mid)

d = dt("2025-04-22 16:30:00")
t = """Hello Sayaka,

Good news: Credly has moved the Developer - Associate badge to your profile under sayaka.tominaga.dev@gmail.com, so all three of your AWS badges are now together, and the old profile under the Kumonos address has been closed. You'll get a notification from Credly for the moved badge.

This case is now resolved. You don't need to do anything else.

Best regards,
Hannah
AWS Training and Certification

> Which email address should all of your AWS badges be on going forward?
> Should the old Credly profile under the Kumonos address be closed once the badges are moved, or kept?
"""
mid = ses_mid("e-done2")
add("e-resolved-2025", "resolved", False, CASE_E, [], d,
    aws_headers(d, ME_P, seed="e-done2") + std(d, SUBJ_E, mid),
    leaf(t, cs="us-ascii", cte="7bit"),
    "Resolution that ends with the two earlier questions quoted with '>' (bare question marks in quoted text).",
    mid=mid)

d = dt("2025-04-22 17:10:00")
plain = """Good news, Sayaka!

A badge has been added to your Credly profile:

  AWS Certified Developer - Associate
  Issued by Amazon Web Services Training and Certification

View your badge: https://www.credly.com/badges/3f6c2a1e-9b7d-4c85-a0e2-58d1f4b7c913

Credly | 13809 Research Blvd, Suite 500, Austin, TX 78750
"""
mid = f"<{h('cr4', 24)}@credly.com>"
add("credly-dva-moved", "badge", False, None, [], d,
    [("Return-Path", "<bounces+2841@em.credly.com>"),
     ("Received", recv_gmail("o2.em.credly.com", "167.89.32.19", d)),
     ("Authentication-Results", auth_gmail("credly.com", "bounces+2841@em.credly.com", "167.89.32.19", policy="NONE")),
     ("From", ad("Credly", "admin@credly.com")), ("To", ME_P)] +
    std(d, "A badge has been added to your Credly profile", mid),
    leaf(plain, cs="us-ascii", cte="7bit"),
    "Plain-text Credly mail after a profile move (no 'issued/earned' wording in the subject).",
    mid=mid)

d = dt("2025-04-24 09:00:00")
html = """<html><body style="font-family:Helvetica,Arial">
<p>Hi Sayaka,</p>
<p>We detected a problem with a badge recently transferred to your account: <b>AWS Certified Developer - Associate</b>.</p>
<p>To prevent the badge from being revoked, confirm your Credly account within 24 hours.</p>
<p><a href="https://credly-badges.net/confirm?u=sayaka.tominaga.dev">Confirm my account</a></p>
<p>Credly Support Team</p>
</body></html>
"""
mid = f"<{h('phish3', 22)}@credly-badges.net>"
add("phish-credly-lookalike", "suspicious", False, None, [], d,
    [("Return-Path", "<mailer@credly-badges.net>"),
     ("Received", recv_gmail("smtp.credly-badges.net", "91.215.85.140", d)),
     ("Authentication-Results", auth_gmail("credly-badges.net", "mailer@credly-badges.net", "91.215.85.140", policy="NONE", sel="k1")),
     ("From", ad("Credly", "admin@credly-badges.net")), ("To", ME_P)] +
    std(d, "Action needed: your AWS badge will be revoked", mid),
    leaf(html, "html", cs="us-ascii", cte="7bit"),
    "Credly lookalike domain right after a genuine Credly mail; asks to 'confirm' within 24 hours.",
    mid=mid)

CASE_G = "174554363700652"
SUBJ_G = f"RE:[CASE {CASE_G}] [AWS Training and Certification Form Submission] - exam-history"

d = dt("2025-04-25 01:14:10")
plain = f"""Hello,

Thank you for contacting AWS Training and Certification. Your request has been received and case {CASE_G} has been created.

Case ID: {CASE_G}
Inquiry type: Certification
Additional details: Exam History
Status: Unassigned

We aim to respond within 24 hours. Please avoid creating another case for the same issue, as this may delay our response.

Kind regards,
AWS Training and Certification Customer Service
"""
html = f"""<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification. Your request has been received and case <b>{CASE_G}</b> has been created.</p>
<table border="0" cellpadding="3">
<tr><td><b>Case ID</b></td><td>{CASE_G}</td></tr>
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Additional details</b></td><td>Exam History</td></tr>
<tr><td><b>Status</b></td><td>Unassigned</td></tr>
</table>
<p>We aim to respond within 24 hours. Please avoid creating another case for the same issue, as this may delay our response.</p>
<p>Kind regards,<br>AWS Training and Certification Customer Service</p>
</body></html>
"""
mid = ses_mid("g-ack")
add("g-ack-html-table", "acknowledgement", False, CASE_G, [], d,
    aws_headers(d, ME_P, seed="g-ack") + std(d, SUBJ_G, mid),
    multi("alternative", [leaf(plain, cs="us-ascii", cte="7bit"), leaf(html, "html", cs="us-ascii", cte="7bit")], "----=_Part_" + h("g-ack", 12)),
    "Fourth ack style: multipart/alternative with an HTML details table and a 'Status: Unassigned' row; no reply invitation at all.",
    mid=mid)

d = dt("2025-04-28 02:40:00")
t = f"""富永 沙也加 様

AWS トレーニングと認定 カスタマーサービスの高橋でございます。
お問い合わせいただいた試験履歴の件につき、ご連絡いたします。

2020年以前に受験された試験の記録は、当時の試験配信事業者(PSI)のシステムで管理されており、現在、弊社から PSI に記録の照会を依頼しております。恐れ入りますが、PSI からの回答があるまで、本ケースは保留とさせていただきます。回答までには通常 5 営業日ほどかかります。

なお、照会を確実に行うため、当時受験された試験名、おおよその受験日、受験会場を、ご記憶の範囲でお知らせいただけますと幸いです。

引き続きどうぞよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
高橋
"""
TXT["g-hold"] = t
mid = ses_mid("g-hold")
add("g-psi-hold-soft-ask", "on_hold", True, CASE_G, [], d,
    aws_headers(d, ME_P, seed="g-hold") + std(d, SUBJ_G, mid),
    leaf(t, cs="iso-2022-jp", cte="base64"),
    "Japanese on_hold (waiting on the former test vendor) with a very soft keigo ask 'お知らせいただけますと幸いです' and no imperative; ISO-2022-JP in base64.",
    mid=mid, lang="ja")

d = dt("2025-04-28 21:05:00", "+0900")
t = """高橋様

ご連絡ありがとうございます。
記憶している範囲ですが、以下のとおりです。

試験名: AWS Certified Cloud Practitioner
受験日: 2019年10月中旬ごろ
会場: 新宿のテストセンター(PSI)

当時の合格通知メールは旧会社のアドレスで受け取っていたため、手元に残っておりません。
お手数をおかけしますが、よろしくお願いいたします。

富永 沙也加
"""
full = t + f"\n2025年4月28日(月) 11:40 AWS Training and Certification <{TC}>:\n\n" + gt(TXT["g-hold"])
mid = gmail_mid("g-reply")
add("g-reply-exam-details", "user_reply", False, CASE_G, [], d,
    [("MIME-Version", "1.0"), ("From", ad("富永 沙也加", ME_P)), ("To", ad(TC_NAME, TC))] +
    std(d, "Re: " + SUBJ_G, mid, irt=MID["g-psi-hold-soft-ask"], refs=[MID["g-psi-hold-soft-ask"]]),
    leaf(full, cte="quoted-printable"),
    "Japanese Gmail reply giving the details asked for; ends with 'よろしくお願いいたします'.",
    mid=mid, lang="ja")

d = dt("2025-05-02 10:00:00")
html = """<html><body style="font-family:Arial">
<p>Hello Sayaka,</p>
<p><b>Congratulations on recertifying your AWS Certification!</b></p>
<p>You have successfully recertified <b>AWS Certified Solutions Architect - Associate</b>. Your new expiration date is May 1, 2028.</p>
<p>Your updated certificate is available in your AWS Certification account, and your Credly badge will be updated automatically.</p>
<p>AWS Certification</p>
</body></html>
"""
plain = """Hello Sayaka,

Congratulations on recertifying your AWS Certification!

You have successfully recertified AWS Certified Solutions Architect - Associate. Your new expiration date is May 1, 2028.

Your updated certificate is available in your AWS Certification account, and your Credly badge will be updated automatically.

AWS Certification
"""
mid = f"<{h('cm4', 20)}@certmetrics.com>"
add("certmetrics-recertified", "certification", False, None, [], d,
    [("Return-Path", "<bounce@certmetrics.com>"),
     ("Received", recv_gmail("mail.certmetrics.com", "52.38.11.207", d)),
     ("Authentication-Results", auth_gmail("certmetrics.com", "bounce@certmetrics.com", "52.38.11.207", policy="NONE")),
     ("From", ad("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P)] +
    std(d, "Congratulations on recertifying your AWS Certification!", mid),
    multi("alternative", [leaf(plain, cs="us-ascii", cte="7bit"), leaf(html, "html", cs="us-ascii", cte="7bit")], "----=_Part_" + h("cm4", 12)),
    "Recertification notice; mentions Credly badge update (still a certification mail).",
    mid=mid)

d = dt("2025-05-06 12:00:00", "+0900")
t = """富永 沙也加 さん

JAWS-UG 東京 第54回勉強会「AWS 認定を取ったあとの話」への参加登録が完了しました。

日時: 2025/05/20(火) 19:00 〜 21:00
会場: 目黒セントラルスクエア(オンライン配信あり)
受付番号: 884213

当日は受付で受付番号をお伝えください。キャンセルされる場合は、イベントページから参加登録を取り消してください。

このメールは connpass から自動送信されています。
"""
mid = f"<{h('connpass', 24)}@connpass.com>"
add("connpass-jawsug", "unrelated", False, None, [], d,
    [("Return-Path", "<bounce@connpass.com>"),
     ("Received", recv_gmail("mail.connpass.com", "13.231.9.200", d)),
     ("Authentication-Results", auth_gmail("connpass.com", "bounce@connpass.com", "13.231.9.200", policy="NONE")),
     ("From", ad("connpass", "no-reply@connpass.com")), ("To", ME_P)] +
    std(d, "【connpass】JAWS-UG 東京 第54回勉強会 への参加登録が完了しました", mid),
    leaf(t, cte="8bit"),
    "Japanese event registration (UTF-8 8bit) about AWS certification, with a 6-digit 受付番号.",
    mid=mid, lang="ja")

d = dt("2025-05-07 05:30:00")
t = f"""富永 沙也加 様

高橋です。お待たせいたしました。

PSI より記録の提供があり、2019年10月16日に受験された AWS Certified Cloud Practitioner の結果を、試験履歴に追加いたしました。なお、同認定は2022年10月に有効期限を迎えているため、認定ステータスには「失効」と表示されます。こちらは想定どおりの表示です。

以上で本件は完了となります。お客様側でのご対応は必要ございません。

AWS トレーニングと認定 カスタマーサービス
高橋
"""
mid = ses_mid("g-done")
add("g-resolved-history-added", "resolved", False, CASE_G, [], d,
    aws_headers(d, ME_P, seed="g-done") + std(d, SUBJ_G, mid),
    leaf(t, cs="iso-2022-jp", cte="7bit"),
    "Japanese resolution (ISO-2022-JP) with 'ご対応は必要ございません'; mentions an expired certification ('失効').",
    mid=mid, lang="ja")

d = dt("2025-05-08 03:00:00")
t = """Hi Sayaka,

Your question on AWS re:Post received a new answer.

Question: How do I merge two AWS Certification accounts after leaving my employer?

Answer by AWS EXPERT (Accepted):
"Submit the Contact AWS Training and Certification form with Inquiry type 'Certification' and detail 'Account Merge'. Support will email you to confirm which account to keep; reply to that email to confirm, and they will complete the merge."

View the answer: https://repost.aws/questions/QU7fK2nXb3R0qg1Zx8uNw4Tw

You're receiving this email because you asked this question on AWS re:Post. Manage notification preferences in your profile.
"""
mid = ses_mid("repost", "us-east-1")
add("repost-answer-merge-howto", "unrelated", False, None, [], d,
    [("Return-Path", "<0100019693aa@us-east-1.amazonses.com>"),
     ("Received", recv_gmail("a8-77.smtp-out.amazonses.com", "54.240.8.77", d)),
     ("Authentication-Results", auth_gmail("repost.aws", "0100019693aa@us-east-1.amazonses.com", "54.240.8.77")),
     ("From", ad("AWS re:Post", "no-reply@repost.aws")), ("To", ME_P)] +
    std(d, "New answer to your question: How do I merge two AWS Certification accounts after leaving my employer?", mid),
    leaf(t),
    "re:Post notification whose quoted answer describes the whole merge procedure ('confirm which account to keep; reply to that email') — no case, nothing to do.",
    mid=mid)


# --------------------------------------------------------------------------- write
def build(m):
    hd, body = render(m["body"])
    lines = []
    has_mime = False
    for k, v in m["headers"]:
        if k == "MIME-Version":
            has_mime = True
        lines.append(f"{k}: {v}")
    if not has_mime:
        lines.append("MIME-Version: 1.0")
    lines += hd
    raw = ("\n".join(lines) + "\n\n").encode("ascii") + body
    if m["crlf"]:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def main():
    prev = None
    for m in MESSAGES:
        if prev is not None:
            assert m["d"] >= prev, (m["slug"], m["d"], prev)
        prev = m["d"]
        if m["kind"] in ("confirmation_request", "info_request", "closing_notice"):
            assert m["needs"], m["slug"]
        if m["kind"] not in ("confirmation_request", "info_request", "closing_notice", "on_hold"):
            assert not m["needs"], m["slug"]
        name = f"{m['n']:03d}-{m['slug']}"
        with open(os.path.join(OUT, name + ".eml"), "wb") as f:
            f.write(build(m))
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump({"kind": m["kind"], "needs_reply": m["needs"], "case": m["case"],
                       "candidate_ids": m["cands"]}, f, ensure_ascii=False)
            f.write("\n")
    write_readme()
    print(f"wrote {len(MESSAGES)} messages to {OUT}")


def write_readme():
    from collections import Counter
    kinds = Counter(m["kind"] for m in MESSAGES)
    nr = sum(1 for m in MESSAGES if m["needs"])
    ja = sum(1 for m in MESSAGES if m["lang"] == "ja")
    r = [f"me: {ME_P} {ME_C}", "",
         "# Blind held-out corpus 4",
         "",
         "Written blind (only DOMAIN.md, the seeds, BLIND-CORPUS.md and PROMPT.md were read). "
         "Regenerate with `python3 gen.py` (standard library only).",
         "",
         "Mailbox owner: Sayaka Tominaga (富永 沙也加), who leaves Kumonos Systems Inc. (an APN Partner) on 2025-03-31. "
         f"Personal Gmail `{ME_P}`; company Microsoft 365 mailbox `{ME_C}` (shut down 2025-03-31).",
         "",
         "## Cases",
         "",
         "| case | digits | channel | story |",
         "|---|---|---|---|",
         f"| {CASE_H} | 10 | T&C form, company mailbox (2021) | ESL +30 accommodation: ack → question → reply → resolved |",
         f"| {CASE_E} | 11 | T&C form, personal mailbox (2023, reopened 2025) | duplicate profiles / Credly: ack → confirm → reply → resolved → survey; 2025: owner replies to the old thread → reopened → two questions → closed for no response → reply with rewritten subject (In-Reply-To only) → resolved |",
         f"| {CASE_A} | 15 | T&C form, personal (+Cc company) | main merge: JA ack → APN hold with ask → reply → hold (no ask) → update → HTML confirmation → closing notice → reply from WRONG (company) address → 'write from personal' → reply from personal → 'Good to go?' → yes → merged → survey → post-merge note |",
         f"| {CASE_B} | 15 | T&C form, company | duplicate submission: ack → forwarded to self → closed as duplicate |",
         f"| {CASE_F} | 15 | T&C form, personal, Japanese agent | voucher missing after merge: SJIS ack → keigo request → JA closing notice → reply → progress+ask → reply → resolved (survey footer) → JA survey |",
         f"| {CASE_C} | 15 | AWS Support Center (console) | Skill Builder subscription: New Support case → request (answer in Support Center) → auto-resolve warning → progress → resolved |",
         f"| {CASE_G} | 15 | T&C form, personal, Japanese agent | 2019 exam missing from history: HTML ack → on_hold waiting on PSI with soft keigo ask → reply → resolved |",
         "",
         "Numbers that are not case IDs: 12-digit AWS account IDs (408761552093, 730335118402), 9-digit Pearson VUE registration IDs, "
         "6-digit codes (Builder ID 482913, connpass 884213), Credly badge UUIDs, order/tracking numbers, fake case numbers in phishing "
         "(174130001298877, 174180331200562, 2025040900172).",
         "",
         "## Counts",
         "",
         f"{len(MESSAGES)} messages; needs_reply=true: {nr}; Japanese: {ja}.",
         "",
         "| kind | count |", "|---|---|"]
    for k in ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice", "resolved",
              "survey", "badge", "certification", "user_reply", "case_update", "suspicious", "unrelated"]:
        r.append(f"| {k} | {kinds[k]} |")
    r += ["", "## Messages", "",
          "| # | file | kind | reply? | case | to | lang | what it is / what makes it hard |",
          "|---|---|---|---|---|---|---|---|"]
    for m in MESSAGES:
        to = ""
        rcpt = " ".join(v for k, v in m["headers"] if k in ("To", "Cc"))
        to = "company" if ME_C in rcpt else ("personal" if ME_P in rcpt else "company (list)")
        frm = dict(m["headers"]).get("From", "")
        if ME_P in frm or ME_C in frm:
            to = "from " + ("company" if ME_C in frm else "personal")
        r.append(f"| {m['n']:03d} | {m['n']:03d}-{m['slug']} | {m['kind']} | {'**yes**' if m['needs'] else 'no'} | "
                 f"{m['case'] or '-'} | {to} | {m['lang']} | {m['note']} |")
    r.append("")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(r))


if __name__ == "__main__":
    main()
