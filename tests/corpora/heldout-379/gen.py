#!/usr/bin/env python3
"""Write a blind corpus of mailbox messages around AWS Training and Certification
support cases (and the unrelated mail around them).

Run:  python3 gen.py      (writes NNN-msg.eml / NNN-msg.json next to this script)
Standard library only.
"""
import base64
import json
import os
import quopri
import random
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(379)

# ---- the mailbox owner ------------------------------------------------------
ME_NAME = "Ren Kashiwagi"
ME_JA = "柏木 蓮"
ME_P = "ren.kashiwagi.k@gmail.com"          # personal
ME_C = "r-kashiwagi@tsurugaoka-sys.co.jp"   # company (closed 30 June 2025)

TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"

# ---- cases ------------------------------------------------------------------
CASE_F = "13958204716"        # 2023, name on certificate (11 digits)
CASE_A = "175003274004417"    # 2025, the account merge (personal address)
CASE_B = "175003459510862"    # 2025, duplicate form sent from the company address
CASE_C = "175150561130978"    # 2025, 50% voucher missing after merge (Japanese)
CASE_E = "175215270955120"    # 2025, Support Center (console) case, Credly badge
CASE_G = "175281664408853"    # 2025, voucher rejected at checkout, left open
CASE_EDU = "175143601762301"  # AWS Educate form case (other programme)
CASE_OLD = "8421937561"       # colleague's 2021 case, forwarded (10 digits)

CID_COMPANY = "AWS02716654"
CID_PERSONAL = "AWS05539120"
CID_SSO = "AWS07781342"
CID_UNI = "AWS08815027"
CID_DUP = "AWS09240176"

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
MID = {}


# ---- helpers -----------------------------------------------------------------
def D(s, tz="+0000"):
    """'YYYY-mm-dd HH:MM:SS' local time in tz -> RFC 5322 date."""
    sign = 1 if tz[0] == "+" else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(off))
    return format_datetime(d)


def hx(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def an(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RND.choice(alphabet) for _ in range(n))


def ses_mid(prefix="01000197"):
    return "<%s%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        prefix, hx(8), hx(8), hx(4), hx(4), hx(4), hx(12))


def gmail_mid():
    return "<CAF%s@mail.gmail.com>" % an(52, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=")


def outlook_mid():
    box = "TYCPR01MB%d" % RND.randint(1000, 9999)
    return "<%s%s@%s.jpnprd01.prod.outlook.com>" % (box, an(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), box)


def mid(key, value):
    MID[key] = value
    return value


def eh(s, cs="utf-8"):
    """Encode a header value if it is not ASCII."""
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
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def enc_body(text, cs, cte):
    b = text.encode(cs)
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    if cte == "7bit":
        return b.decode("ascii")
    if cte == "8bit":
        return text
    raise ValueError(cte)


def part(text, ctype="text/plain", cs="utf-8", cte="quoted-printable", extra=()):
    h = ['Content-Type: %s; charset="%s"' % (ctype, cs),
         "Content-Transfer-Encoding: %s" % cte] + list(extra)
    return "\n".join(h) + "\n\n" + enc_body(text, cs, cte)


def attach(data, ctype, fname):
    return ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
            "Content-Transfer-Encoding: base64\n\n%s" % (ctype, fname, fname,
                                                        base64.encodebytes(data).decode("ascii")))


def multi(sub, parts, boundary=None, preamble=""):
    boundary = boundary or "----=_Part_%d_%d.%d" % (RND.randint(10000, 99999),
                                                    RND.randint(100000, 999999),
                                                    RND.randint(10**12, 10**13))
    s = 'Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % (sub, boundary)
    if preamble:
        s += preamble + "\n"
    for p in parts:
        s += "--%s\n%s\n" % (boundary, p.rstrip("\n"))
    s += "--%s--\n" % boundary
    return s


def alt(text, html, cs="utf-8", cte="quoted-printable", cte_html=None):
    return multi("alternative", [part(text, "text/plain", cs, cte),
                                 part(html, "text/html", cs, cte_html or cte)])


def add(kind, reply, case, cids, headers, content, crlf=False, note=""):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    raw = "\n".join(lines) + "\nMIME-Version: 1.0\n" + content
    if not raw.endswith("\n"):
        raw += "\n"
    if crlf:
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    MSGS.append({"kind": kind, "needs_reply": reply, "case": case,
                 "candidate_ids": list(cids), "raw": raw, "note": note})


def auth_gmail(domain="amazon.com", mailfrom=None, ip=None, ok=True, sel="224i4yxa5dv7c2xz3womw6peuasteono"):
    mailfrom = mailfrom or "%s@email.amazonses.com" % ("01000197" + hx(8) + "-" + hx(8))
    ip = ip or "54.240.%d.%d" % (RND.randint(1, 120), RND.randint(1, 250))
    if ok:
        ar = ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
              "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
              "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
              % (domain, sel, an(8), mailfrom, ip, mailfrom, domain))
    else:
        ar = ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=%s;\n"
              "       spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
              "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
              % (domain, sel, an(8), mailfrom, ip, mailfrom, domain))
    return [("Delivered-To", ME_P),
            ("Received", "from %s (%s)\n        by mx.google.com with ESMTPS id %s\n        for <%s>;"
             " (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128)" % (
                 "a%d-%d.smtp-out.amazonses.com" % (RND.randint(1, 60), RND.randint(1, 250)) if ok else "mail-relay7.click",
                 ip, an(20).lower(), ME_P)),
            ("Authentication-Results", ar),
            ("Return-Path", "<%s>" % mailfrom)]


def auth_m365(domain="amazon.com", ok=True, mailfrom=None):
    mailfrom = mailfrom or "amazonses.com"
    if ok:
        ar = ("spf=pass (sender IP is 54.240.%d.%d)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
              " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
              % (RND.randint(1, 120), RND.randint(1, 250), mailfrom, domain, domain))
    else:
        ar = ("spf=pass (sender IP is 103.%d.%d.%d)\n smtp.mailfrom=%s; dkim=none (message not signed)\n"
              " header.d=none;dmarc=none action=none header.from=%s;compauth=softpass reason=201"
              % (RND.randint(1, 250), RND.randint(1, 250), RND.randint(1, 250), mailfrom, domain))
    return [("Received", "from TYCPR01MB%d.jpnprd01.prod.outlook.com (2603:1096:400:1a3::%d) by\n"
             " TYWPR01MB%d.jpnprd01.prod.outlook.com with HTTPS" % (RND.randint(1000, 9999), RND.randint(10, 99),
                                                                   RND.randint(1000, 9999))),
            ("Authentication-Results", ar),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]


def H(frm, to, subj, date, msgid, irt=None, refs=None, cc=None, cs="utf-8", extra=()):
    h = list(extra)
    h += [("Date", date), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", eh(subj, cs)), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    return h


def quote(text, mark="> "):
    return "\n".join((mark + l).rstrip() if l else mark.rstrip() for l in text.split("\n"))


# =============================================================================
# 2023: certificate name case (11-digit case F), company address
# =============================================================================
def part_2023():
    # 001 certification: exam passed
    t = ("Dear Ren Kashiwagi,\n\n"
         "Congratulations! You have earned the AWS Certified Solutions Architect - Associate\n"
         "credential. Your hard work has paid off.\n\n"
         "  Candidate ID:        %s\n"
         "  Certification:       AWS Certified Solutions Architect - Associate (SAA-C03)\n"
         "  Achievement date:    Sep 02, 2023\n"
         "  Expiration date:     Sep 02, 2026\n"
         "  Validation number:   7Q2XK1RBHJ4E1S3P\n\n"
         "Your digital certificate and score report are available in your AWS Certification\n"
         "Account. Within the next few days you will also receive an invitation from Credly to\n"
         "accept your digital badge.\n\n"
         "Sincerely,\nAWS Certification\n\n"
         "This is an automated message. Replies to this address are not monitored.\n") % CID_COMPANY
    html = ("<html><body style=\"font-family:Arial,sans-serif\"><p>Dear Ren Kashiwagi,</p>"
            "<p><b>Congratulations!</b> You have earned the <b>AWS Certified Solutions Architect - Associate</b> credential.</p>"
            "<table cellpadding=\"4\"><tr><td>Candidate ID</td><td>%s</td></tr>"
            "<tr><td>Achievement date</td><td>Sep 02, 2023</td></tr><tr><td>Expiration date</td><td>Sep 02, 2026</td></tr>"
            "<tr><td>Validation number</td><td>7Q2XK1RBHJ4E1S3P</td></tr></table>"
            "<p>Your digital certificate and score report are available in your AWS Certification Account. "
            "Watch for an invitation from Credly to accept your digital badge.</p>"
            "<p>Sincerely,<br>AWS Certification</p><p style=\"font-size:10px;color:#777\">This is an automated message. "
            "Replies to this address are not monitored.</p></body></html>") % CID_COMPANY
    add("certification", False, None, [CID_COMPANY],
        H(addr("AWS Certification", CERTM), addr(ME_JA, ME_C), "Congratulations! You are now AWS Certified",
          D("2023-09-04 02:11:09"), mid("c_pass23", "<%s.%s@certmetrics.com>" % (hx(24), RND.randint(10**6, 10**7))),
          extra=auth_m365("certmetrics.com")),
        alt(t, html), crlf=True,
        note="Exam-pass notice from CertMetrics with candidate ID; no case.")

    # 002 badge (Credly, HTML only)
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
            "<table width=\"600\" align=\"center\" style=\"font-family:Helvetica\"><tr><td>"
            "<img src=\"https://images.credly.com/images/logo.png\" alt=\"Credly\" width=\"90\"></td></tr>"
            "<tr><td><h2>Ren, you&#39;ve earned a badge!</h2>"
            "<p>Amazon Web Services Training and Certification has issued you the "
            "<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>"
            "<p><a href=\"https://www.credly.com/badges/3f9c1e2a-77b4-4c1d-9a0e-5b2f8c6d41e7/accept\" "
            "style=\"background:#fe6b00;color:#fff;padding:10px 18px;text-decoration:none\">Accept your badge</a></p>"
            "<p>Share it on LinkedIn, add it to your email signature, and let employers verify your skills in one click.</p>"
            "<p style=\"font-size:11px;color:#888\">You received this email because an organization issued you a badge through Credly. "
            "Credly, 3010 Highland Parkway, Downers Grove, IL 60515</p></td></tr></table></body></html>")
    add("badge", False, None, [],
        H(addr("Credly", CREDLY), ME_C,
          "Ren, you earned a badge from Amazon Web Services Training and Certification",
          D("2023-09-05 14:40:51"), mid("badge23", "<%s@credly.com>" % hx(32)),
          extra=auth_m365("credly.com")),
        part(html, "text/html", "utf-8", "quoted-printable"),
        note="Credly badge invitation, HTML only.")

    # 003 acknowledgement F
    subjF = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_F
    t = ("Hello,\n\n"
         "Thanks for reaching out to AWS Training and Certification. This message confirms that we\n"
         "received your request and logged it as case %s.\n\n"
         "Case ID: %s\n"
         "Inquiry type: Certification\n"
         "Additional details: Name change on certificate\n"
         "Submitted: 2023-09-11 01:52 UTC\n\n"
         "Description:\n"
         "The name printed on my certificate is \"KASHIWAGI REN\" (family name first).\n"
         "I would like it to read Ren Kashiwagi, the same as my passport.\n\n"
         "An agent usually replies within one business day, although some requests need more time.\n"
         "Opening another case about the same issue will not speed things up, so keep all\n"
         "correspondence on this one.\n\n"
         "Sincerely,\nAWS Training and Certification\n") % (CASE_F, CASE_F)
    add("acknowledgement", False, CASE_F, [],
        H(TC, ME_C, subjF, D("2023-09-11 01:53:37"), mid("f_ack", ses_mid("0101018a")),
          extra=auth_m365()),
        part(t, "text/plain", "us-ascii", "7bit"),
        note="Plain 7bit acknowledgement; 'keep all correspondence on this one' is boilerplate, not an ask.")
    f_ack_text = t

    # 004 info_request F (request buried in the 2nd paragraph, 'we need you to')
    t = ("Hi Ren,\n\n"
         "Thank you for your patience while I looked into this. Names on AWS Certification records\n"
         "come from the profile on your certification account, and our records team can only change\n"
         "the legal name when it matches a government-issued ID exactly, including spacing, middle\n"
         "names and the order of given and family names. We see the reversed order fairly often for\n"
         "candidates in Japan, because the profile was copied from a document that lists the family\n"
         "name first.\n\n"
         "To raise the change with the records team we need you to reply with two things: your full\n"
         "legal name exactly as printed on the ID you show at the test centre, and the candidate ID\n"
         "at the top right of your certification account (AWS followed by eight digits).\n\n"
         "As soon as I have both I will submit the update.\n\n"
         "Kind regards,\n\nDeshawn M.\nAWS Training and Certification Support\n")
    add("info_request", True, CASE_F, [],
        H(TC, ME_C, subjF, D("2023-09-12 07:02:18"), mid("f_info", ses_mid("0101018a")),
          irt=MID["f_ack"], refs=MID["f_ack"], extra=auth_m365()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Request sits in paragraph two after a long explanation; 'we need you to reply'.")
    f_info_text = t

    # 005 closing_notice F (already closed, reply reopens)
    t = ("Hello,\n\n"
         "We have not heard back from you on case %s since 12 September, so the case has now been\n"
         "closed.\n\n"
         "Closing it does not mean your request was declined. A reply to this message with the\n"
         "information we asked for reopens the case automatically and returns it to the same agent.\n\n"
         "Regards,\nAWS Training and Certification\n\n"
         "-----Original Message-----\n"
         "From: %s\nSent: 12 Sep 2023 07:02 UTC\nSubject: %s\n\n%s") % (CASE_F, TC, subjF, f_info_text)
    add("closing_notice", True, CASE_F, [],
        H(TC, ME_C, subjF, D("2023-09-19 09:02:44"), mid("f_close", ses_mid("0101018a")),
          irt=MID["f_info"], refs="%s %s" % (MID["f_ack"], MID["f_info"]), extra=auth_m365()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Case already closed for no answer; a reply reopens it. Old request quoted below.")
    f_close_text = t

    # 006 user_reply F (Outlook, company, HTML+text, CRLF)
    new = ("Hello Deshawn,\n\n"
           "Sorry for the slow reply - I was travelling last week.\n\n"
           "Legal name (as on my passport): Ren Kashiwagi\n"
           "Candidate ID: %s\n\n"
           "Thank you,\nRen Kashiwagi\nTsurugaoka Systems Co., Ltd. | Cloud Integration Dept.\n") % CID_COMPANY
    hist = ("\n________________________________\n"
            "From: %s <%s>\nSent: Tuesday, September 19, 2023 6:02 PM\nTo: %s <%s>\nSubject: %s\n\n%s"
            % (TC, TC, ME_JA, ME_C, subjF, f_close_text))
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">"
            + new.replace("\n", "<br>\n") + "</div><hr style=\"display:inline-block;width:98%\">"
            "<div id=\"divRplyFwdMsg\"><b>From:</b> " + TC + "<br><b>Sent:</b> Tuesday, September 19, 2023 6:02 PM<br>"
            "<b>To:</b> " + ME_JA + " &lt;" + ME_C + "&gt;<br><b>Subject:</b> " + subjF + "</div><br>"
            "<div>" + f_close_text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n") + "</div></body></html>")
    add("user_reply", False, CASE_F, [CID_COMPANY],
        H(addr(ME_JA, ME_C), TC, "RE: " + subjF, D("2023-09-20 10:15:03", "+0900"), mid("f_user", outlook_mid()),
          irt=MID["f_close"], refs="%s %s %s" % (MID["f_ack"], MID["f_info"], MID["f_close"]),
          extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-US")]),
        alt(new + hist, html), crlf=True,
        note="Owner's Outlook reply (no > marks) answering the closed case; ID in own text.")
    f_user_new = new

    # 007 case_update F (reopened, forwarded to records team)
    t = ("Hi Ren,\n\n"
         "Thanks for sending these - your case is open again. I have filed the name correction with\n"
         "our Certification Records team under this case. They usually work through these within\n"
         "three to five business days, and I will write again once the change is live. Nothing else\n"
         "is needed from you in the meantime.\n\n"
         "Deshawn\n\n"
         "On Wed, 20 Sep 2023 at 01:15 UTC, Ren Kashiwagi wrote:\n" + quote(f_user_new) + "\n")
    add("case_update", False, CASE_F, [],
        H(TC, ME_C, subjF, D("2023-09-21 05:31:12"), mid("f_upd", ses_mid("0101018a")),
          irt=MID["f_user"], refs="%s %s" % (MID["f_close"], MID["f_user"]), extra=auth_m365()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Reopened and handed to another team; quoted user text holds a candidate ID (not counted).")

    # 008 resolved F
    t = ("Hello Ren,\n\n"
         "Good news: the records team has updated your profile, and your name now reads Ren Kashiwagi\n"
         "on your certification account. A new PDF certificate for AWS Certified Solutions Architect -\n"
         "Associate has been generated; you will find it under Certifications > Certification status.\n"
         "Your Credly badge picks up the new name within a day or so.\n\n"
         "I am marking this case as resolved. Should the name still look wrong anywhere, reply here\n"
         "within 14 days and the case will reopen.\n\n"
         "All the best,\nDeshawn M.\nAWS Training and Certification Support\n")
    add("resolved", False, CASE_F, [],
        H(TC, ME_C, subjF, D("2023-09-27 03:12:40"), mid("f_res", ses_mid("0101018a")),
          irt=MID["f_upd"], refs="%s %s" % (MID["f_user"], MID["f_upd"]), extra=auth_m365()),
        part(t, "text/plain", "us-ascii", "7bit"),
        note="Resolution with a conditional 'reply here within 14 days' invitation.")

    # 009 survey F
    stars = "".join("<a href=\"https://survey.aws.training/s/%s?r=%d\" style=\"font-size:22px;text-decoration:none\">&#9733;</a>"
                    % (hx(12), i) for i in range(1, 6))
    html = ("<html><body style=\"font-family:Arial\"><p>Hello Ren,</p>"
            "<p>You recently worked with AWS Training and Certification Support on case <b>%s</b>. "
            "How satisfied were you with the help you received?</p><p>%s</p>"
            "<p>The survey takes about a minute. Your answers go straight to the team that handled your case.</p>"
            "<p style=\"color:#888;font-size:11px\">Please do not reply to this message; replies are not read.</p>"
            "</body></html>") % (CASE_F, stars)
    t = ("Hello Ren,\n\nYou recently worked with AWS Training and Certification Support on case %s.\n"
         "How satisfied were you with the help you received? Rate us here:\n"
         "https://survey.aws.training/s/%s\n\nThe survey takes about a minute.\n\n"
         "Please do not reply to this message; replies are not read.\n") % (CASE_F, hx(12))
    add("survey", False, CASE_F, [],
        H(addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_C,
          "Tell us about your recent support experience (Case %s)" % CASE_F,
          D("2023-09-28 11:00:05"), mid("f_srv", ses_mid("0101018a")), extra=auth_m365()),
        alt(t, html),
        note="Satisfaction survey, with a 'do not reply' line.")

    # 010 unrelated: re:Invent marketing that mentions certification
    html = ("<html><body><table width=\"640\" align=\"center\" style=\"font-family:Amazon Ember,Arial\">"
            "<tr><td style=\"background:#232f3e;color:#fff;padding:20px\"><h1>AWS re:Invent 2023</h1>"
            "<p>November 27 &ndash; December 1, Las Vegas</p></td></tr><tr><td style=\"padding:20px\">"
            "<p>Hello Ren,</p><p>Your guide to the week is here: keynotes, 2,000+ sessions and the Expo.</p>"
            "<p><b>Get certified on site.</b> Take any AWS Certification exam at the re:Invent test centre and "
            "save 50%%. Already certified? Visit the AWS Certified Lounge.</p>"
            "<p><a href=\"https://reinvent.awsevents.com/?trk=%s\">Build your agenda</a></p>"
            "</td></tr><tr><td style=\"font-size:10px;color:#888\">Amazon Web Services, Inc. is a subsidiary of "
            "Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., "
            "410 Terry Ave. North, Seattle, WA 98109. <a href=\"https://pages.awscloud.com/unsubscribe\">Unsubscribe</a>"
            "</td></tr></table></body></html>") % hx(10)
    t = ("AWS re:Invent 2023 - November 27 to December 1, Las Vegas\n\nHello Ren,\n\n"
         "Your guide to the week is here: keynotes, 2,000+ sessions and the Expo.\n\n"
         "Get certified on site: take any AWS Certification exam at the re:Invent test centre and save 50%.\n"
         "Already certified? Visit the AWS Certified Lounge.\n\nBuild your agenda: https://reinvent.awsevents.com/\n\n"
         "Unsubscribe: https://pages.awscloud.com/unsubscribe\n")
    add("unrelated", False, None, [],
        H(addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_C,
          "Ren, your AWS re:Invent 2023 guide is here", D("2023-11-02 16:05:00"),
          "<%s@mktomail.amazon.com>" % an(24).lower(),
          extra=auth_m365() + [("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")]),
        alt(t, html, cte="quoted-printable"),
        note="AWS marketing mentioning certification exams and vouchers.")


# =============================================================================
# 2025 spring: before the merge
# =============================================================================
def part_2025_before():
    # 011 certification: expiry warning, base64 text only
    t = ("Hello Ren,\n\n"
         "Your AWS Certified Developer - Associate certification expires on July 22, 2025.\n"
         "Once it expires you will no longer be able to use the certification logo or its benefits.\n\n"
         "Ways to keep it current:\n"
         "  - pass the current version of the Developer - Associate exam, or\n"
         "  - earn the AWS Certified DevOps Engineer - Professional certification.\n\n"
         "Candidate ID: %s\n\n"
         "Sign in to your AWS Certification Account to see your options and any exam discount you\n"
         "may have available.\n\n"
         "AWS Certification\n") % CID_COMPANY
    add("certification", False, None, [CID_COMPANY],
        H(addr("AWS Certification", CERTM), ME_C, "Your AWS Certification expires in 99 days",
          D("2025-04-14 05:00:12"), "<%s@certmetrics.com>" % hx(30), extra=auth_m365("certmetrics.com")),
        part(t, "text/plain", "utf-8", "base64"),
        note="Expiry reminder, base64; not a support case.")

    # 012 unrelated: Pearson VUE booking (9-digit registration)
    t = ("Pearson VUE Confirmation of Booking\n\n"
         "Dear Ren Kashiwagi,\n\n"
         "Thank you for scheduling with Pearson VUE. This email confirms your appointment.\n\n"
         "Exam: SAP-C02: AWS Certified Solutions Architect - Professional\n"
         "Registration ID: 482917305\n"
         "AWS candidate ID: %s\n"
         "Date and time: Saturday, June 7, 2025 at 10:00 AM JST\n"
         "Delivery: OnVUE online proctored\n\n"
         "Before exam day, run the system test on the computer you will use. Check in up to\n"
         "30 minutes before your appointment.\n\n"
         "To reschedule or cancel, sign in to your AWS Certification account at least 24 hours\n"
         "before the appointment.\n\nPearson VUE\n") % CID_COMPANY
    add("unrelated", False, None, [CID_COMPANY],
        H(addr("Pearson VUE", "noreply@pearsonvue.com"), ME_C, "Pearson VUE Confirmation of Booking",
          D("2025-05-19 08:22:41"), "<%s@pearsonvue.com>" % hx(28), extra=auth_m365("pearsonvue.com")),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Exam-vendor booking; 9-digit registration number is not a case, candidate ID present.")

    # 013 unrelated: billing from the console sender
    t = ("Greetings from Amazon Web Services,\n\n"
         "This e-mail confirms that your latest billing statement, for the account ending in 5561,\n"
         "is available on the AWS web site. Your account will be charged the following:\n\n"
         "Total: $3.42\n\n"
         "You can see a complete break-down of all charges on the Billing page:\n"
         "https://console.aws.amazon.com/billing/home#/bill\n\n"
         "Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n"
         "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,\n"
         "Seattle, WA 98109-5210. This e-mail was sent from a notification-only address that cannot\n"
         "accept incoming e-mail. Please do not reply to this message.\n")
    add("unrelated", False, None, [],
        H(addr("Amazon Web Services", CONSOLE), ME_P,
          "Amazon Web Services Billing Statement Available [AWS ID 331804725561]",
          D("2025-05-26 02:41:17"), ses_mid(), extra=auth_gmail()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Billing mail from the same sender as console cases; 12-digit account ID in [ ].")

    # 014 unrelated: GitHub merged PR
    t = ("Merged #41 into main.\n\n"
         "-- \nReply to this email directly, view it on GitHub:\n"
         "https://github.com/kashiwagi-r/tf-cert-pipeline/pull/41#event-%d\n"
         "You are receiving this because you authored the thread.\n") % RND.randint(10**9, 10**10)
    html = ("<p>Merged <a href=\"https://github.com/kashiwagi-r/tf-cert-pipeline/pull/41\">#41</a> into main.</p>"
            "<p style=\"font-size:small;color:#666;\">&mdash;<br>Reply to this email directly, "
            "<a href=\"https://github.com/kashiwagi-r/tf-cert-pipeline/pull/41\">view it on GitHub</a>.<br>"
            "You are receiving this because you authored the thread.</p>")
    add("unrelated", False, None, [],
        H(addr("Mika Ota", "notifications@github.com"), "kashiwagi-r/tf-cert-pipeline <tf-cert-pipeline@noreply.github.com>",
          "Re: [kashiwagi-r/tf-cert-pipeline] Move exam-voucher lookup to its own module (PR #41)",
          D("2025-05-30 06:18:55"), "<kashiwagi-r/tf-cert-pipeline/pull/41/issue_event/%d@github.com>" % RND.randint(10**9, 10**10),
          irt="<kashiwagi-r/tf-cert-pipeline/pull/41@github.com>", refs="<kashiwagi-r/tf-cert-pipeline/pull/41@github.com>",
          cc="Ren Kashiwagi <%s>, Author <author@noreply.github.com>" % ME_P,
          extra=auth_gmail("github.com", "noreply@github.com", "192.30.252.%d" % RND.randint(1, 250),
                           sel="pf2023") + [("List-ID", "kashiwagi-r/tf-cert-pipeline <tf-cert-pipeline.kashiwagi-r.github.com>")]),
        alt(t, html, cte="7bit"),
        note="GitHub 'Merged' notification (the word merged, no case).")

    # 015 unrelated: HR colleague, ISO-2022-JP, asks things but is not support
    t = ("柏木さん\n\n"
         "お疲れさまです。総務の三浦です。\n"
         "6月30日の最終出社日に向けて、以下の対応をお願いします。\n\n"
         "・貸与PCと入館証の返却（最終日の17時まで）\n"
         "・社用アドレス宛のメールは最終日の夜に停止されます\n"
         "・AWS認定アカウントが会社アドレスに紐づいている場合は、停止前に個人アドレスへの移行を\n"
         "　済ませておいてください（当社はAPNパートナーのため、移行時に確認が入ることがあるそうです）\n\n"
         "引継ぎ資料の提出日はいつ頃になりそうでしょうか。わかり次第教えてください。\n\n"
         "三浦 葵\n株式会社鶴ヶ丘システムズ 総務部\n")
    add("unrelated", False, None, [],
        H(addr("三浦 葵", "a-miura@tsurugaoka-sys.co.jp", "iso-2022-jp"), addr(ME_JA, ME_C, "iso-2022-jp"),
          "退職前の手続きについて", D("2025-06-02 10:03:27", "+0900"), outlook_mid(), cs="iso-2022-jp",
          extra=[("X-MS-Exchange-Organization-AuthAs", "Internal"), ("Content-Language", "ja-JP")]),
        part(t, "text/plain", "iso-2022-jp", "7bit"),
        note="Colleague (ISO-2022-JP) asking questions and mentioning the merge; not support.")

    # 016 unrelated: colleague forwards his own 2021 case (10-digit), Outlook forward
    fw = ("Hello Shota,\n\n"
          "Thanks for your patience. I found the two certification accounts below. Can you confirm that\n"
          "both belong to you and that we should merge them into Account #1?\n\n"
          "Account #1\nLogin email: shota.noguchi.0412@gmail.com\nTraining notification email: shota.noguchi.0412@gmail.com\n"
          "Certification notification email: shota.noguchi.0412@gmail.com\nCandidate ID: AWS01937745\n\n"
          "Account #2\nLogin email: s-noguchi@tsurugaoka-sys.co.jp\nTraining notification email: s-noguchi@tsurugaoka-sys.co.jp\n"
          "Certification notification email: s-noguchi@tsurugaoka-sys.co.jp\nCandidate ID: AWS01610288\n\n"
          "Just reply to this email with your answer.\n\nThanks,\nGabriela\nAWS Training and Certification\n")
    t = ("柏木さん\n\n"
         "先週話していた件です。2021年に私が個人アドレスへ移したときのAWSとのやりとりを転送します。\n"
         "この後「Account #1 でOK」と返したら、その日のうちに終わりました。参考までに。\n\n"
         "野口\n\n"
         "________________________________\n"
         "From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>\n"
         "Sent: Thursday, March 11, 2021 4:22 PM\n"
         "To: shota.noguchi.0412@gmail.com\n"
         "Subject: RE:[CASE %s] %s\n\n" % (CASE_OLD, FORM_SUBJ)) + fw
    add("unrelated", False, CASE_OLD, [],
        H(addr("野口 翔太", "s-noguchi@tsurugaoka-sys.co.jp"), addr(ME_JA, ME_C),
          "FW: RE:[CASE %s] %s" % (CASE_OLD, FORM_SUBJ), D("2025-06-05 17:44:02", "+0900"), outlook_mid(),
          extra=[("X-MS-Exchange-Organization-AuthAs", "Internal")]),
        part(t, "text/plain", "utf-8", "base64"),
        note="Colleague forwards HIS old confirmation request (10-digit case); forwarded IDs not counted.")

    # 017 suspicious: lookalike domain, score report phishing
    html = ("<html><body style=\"font-family:Arial\"><img src=\"http://aws-certmetrics-portal.com/img/aws.png\" width=\"80\">"
            "<p>Dear Candidate,</p><p>Your <b>SAP-C02</b> score report is waiting for identity verification. "
            "Results that are not verified within <b>24 hours</b> are voided and the exam fee is forfeited.</p>"
            "<p><a href=\"http://aws-certmetrics-portal.com/verify?c=%s\">Verify identity and release my score</a></p>"
            "<p>If you cannot open the link, reply to this email with your sign-in email and password "
            "and our team will verify you manually.</p><p>AWS Certification Team</p></body></html>") % hx(16)
    add("suspicious", False, None, [],
        H(addr("AWS Certification", "results@aws-certmetrics-portal.com"), ME_C,
          "Action required: release your AWS exam score report", D("2025-06-08 11:17:30"),
          "<%s@aws-certmetrics-portal.com>" % hx(20),
          extra=auth_m365("aws-certmetrics-portal.com", ok=False, mailfrom="aws-certmetrics-portal.com")),
        part(html, "text/html", "utf-8", "base64"),
        note="Lookalike domain asking for password; demands a reply but needs none.")

    # 018 certification: SAP passed
    t = ("Hello Ren,\n\n"
         "Congratulations, you passed! You are now AWS Certified Solutions Architect - Professional.\n\n"
         "Candidate ID: %s\nAchievement date: June 7, 2025\nExpiration date: June 7, 2028\n\n"
         "Passing this exam also renews your AWS Certified Solutions Architect - Associate.\n"
         "As a benefit, a 50%% discount voucher for your next exam has been added to the Benefits\n"
         "section of your AWS Certification Account.\n\n"
         "Your badge will arrive from Credly shortly.\n\nAWS Certification\n") % CID_COMPANY
    html = ("<html><body><p>Hello Ren,</p><p><b>Congratulations, you passed!</b> You are now "
            "<b>AWS Certified Solutions Architect - Professional</b>.</p>"
            "<ul><li>Candidate ID: %s</li><li>Achievement date: June 7, 2025</li><li>Expiration date: June 7, 2028</li></ul>"
            "<p>Passing this exam also renews your AWS Certified Solutions Architect - Associate. A 50%% discount "
            "voucher for your next exam has been added to the Benefits section of your AWS Certification Account.</p>"
            "<p>Your badge will arrive from Credly shortly.</p><p>AWS Certification</p></body></html>") % CID_COMPANY
    add("certification", False, None, [CID_COMPANY],
        H(addr("AWS Certification", CERTM), ME_C, "Congratulations! You are now AWS Certified",
          D("2025-06-09 03:02:10"), "<%s@certmetrics.com>" % hx(30), extra=auth_m365("certmetrics.com")),
        alt(t, html),
        note="Pass notice (same subject as 2023 one), mentions voucher benefit.")

    # 019 badge: SAP badge to company, with text part
    t = ("Amazon Web Services Training and Certification has issued you a new badge:\n"
         "AWS Certified Solutions Architect - Professional\n\n"
         "Accept your badge: https://www.credly.com/badges/9b1f0c7e-2d44-4e61-8a57-0c3e6a9f12d8/accept\n\n"
         "Credly - 3010 Highland Parkway, Downers Grove, IL 60515\n")
    html = ("<html><body><h2>Claim your new badge</h2><p>Amazon Web Services Training and Certification has issued you "
            "<b>AWS Certified Solutions Architect &ndash; Professional</b>.</p>"
            "<p><a href=\"https://www.credly.com/badges/9b1f0c7e-2d44-4e61-8a57-0c3e6a9f12d8/accept\">Accept badge</a></p>"
            "</body></html>")
    add("badge", False, None, [],
        H(addr("Credly", CREDLY), ME_C, "Claim your AWS Certified Solutions Architect - Professional badge",
          D("2025-06-10 00:31:44"), "<%s@credly.com>" % hx(32), extra=auth_m365("credly.com")),
        alt(t, html),
        note="Credly badge claim.")

    # 020 certification: 'wants to hear from you' survey about the exam (not a support case)
    t = ("Hi Ren,\n\n"
         "AWS Certification wants to hear from you. You recently sat SAP-C02, and we would like to know\n"
         "how the registration, exam day and score reporting went.\n\n"
         "The questionnaire has 12 questions and takes about five minutes:\n"
         "https://certmetrics.com/amazon/survey/%s\n\n"
         "Your answers are anonymous and help us improve the program.\n\nThank you,\nAWS Certification\n") % hx(14)
    add("certification", False, None, [],
        H(addr("AWS Certification", CERTM), ME_C, "AWS Certification wants to hear from you",
          D("2025-06-11 04:10:00"), "<%s@certmetrics.com>" % hx(30), extra=auth_m365("certmetrics.com")),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Programme feedback questionnaire - looks like a survey but is not about a support case.")

    # 021 unrelated: Skill Builder receipt
    html = ("<html><body style=\"font-family:Arial\"><h3>Thanks for your order</h3>"
            "<p>Hi Ren,</p><p>Here is your receipt for AWS Skill Builder.</p>"
            "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
            "<tr><th>Item</th><th>Period</th><th>Amount</th></tr>"
            "<tr><td>AWS Skill Builder Individual subscription (monthly)</td><td>Jun 12 - Jul 11, 2025</td><td>USD 29.00</td></tr>"
            "<tr><td colspan=\"2\">Tax</td><td>USD 2.90</td></tr><tr><td colspan=\"2\"><b>Total</b></td><td><b>USD 31.90</b></td></tr>"
            "</table><p>Order number: SB-%d</p>"
            "<p>Questions about this charge? Visit the Skill Builder help centre.</p>"
            "<p style=\"font-size:10px\">AWS Training and Certification</p></body></html>") % RND.randint(10**8, 10**9)
    add("unrelated", False, None, [],
        H(addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
          "Your AWS Skill Builder receipt", D("2025-06-12 00:05:19"), ses_mid(),
          extra=auth_gmail("aws.training")),
        part(html, "text/html", "utf-8", "quoted-printable"),
        note="Skill Builder receipt from the training platform; HTML table.")

    # 022 unrelated: Builder ID one-time code
    t = ("Verify your AWS Builder ID email address\n\n"
         "Hello,\n\nUse this verification code to finish creating your AWS Builder ID:\n\n"
         "    582913\n\n"
         "The code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can\n"
         "ignore this message.\n\nAmazon Web Services\n")
    add("unrelated", False, None, [],
        H(addr("AWS", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
          D("2025-06-15 23:51:02"), ses_mid(), extra=auth_gmail("signin.aws")),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Builder ID one-time code (6 digits).")


# =============================================================================
# 2025 June: the merge (case A) and its duplicate (case B)
# =============================================================================
def part_merge():
    subjA = "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ)
    subjB = "RE: [CASE %s] %s" % (CASE_B, FORM_SUBJ)

    # 023 acknowledgement A (details echo the form, incl. candidate IDs)
    t = ("Hello,\n\n"
         "Thank you for getting in touch with AWS Training and Certification. Your request has been\n"
         "logged as case %s.\n\n"
         "Here is a summary of what you submitted:\n\n"
         "Case ID: %s\n"
         "Inquiry type: AWS Training and Certification\n"
         "Issue type: Certification\n"
         "Additional details: Account Merge\n"
         "Description:\n"
         "  Use case: I leave Tsurugaoka Systems at the end of June and want my certification history\n"
         "  moved to my personal account.\n"
         "  Addresses I have used: %s, %s\n"
         "  Address to keep: %s\n"
         "  Candidate IDs: %s (company), %s (personal, created today)\n\n"
         "Someone from our team will get back to you, in most cases within 24 hours. If a case about\n"
         "this request is already open, please do not submit another one; duplicates take longer to\n"
         "work through.\n\n"
         "Best regards,\nAWS Training and Certification Support\n") % (
        CASE_A, CASE_A, ME_C, ME_P, ME_P, CID_COMPANY, CID_PERSONAL)
    add("acknowledgement", False, CASE_A, [CID_COMPANY, CID_PERSONAL],
        H(TC, ME_P, subjA, D("2025-06-16 00:13:41"), mid("a_ack", ses_mid()), extra=auth_gmail()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Ack echoing the form (candidate IDs in the echoed details); 'please do not submit another' is boilerplate.")

    # 024 acknowledgement B, Japanese ISO-2022-JP, to the company address
    t = ("お客様\n\n"
         "AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。\n"
         "お問い合わせを受け付け、ケース %s を作成いたしました。\n\n"
         "ケース ID: %s\n"
         "お問い合わせタイプ: AWS トレーニングと認定\n"
         "その他の詳細: アカウントの統合\n\n"
         "担当者より原則として 24 時間以内にご連絡いたします。内容によっては回答までにお時間を\n"
         "頂戴する場合がございますので、あらかじめご了承ください。\n"
         "同じ内容で複数のケースを作成されますと、対応が遅れる原因となります。\n\n"
         "AWS トレーニングと認定 カスタマーサポート\n") % (CASE_B, CASE_B)
    add("acknowledgement", False, CASE_B, [],
        H(TC, ME_C, subjB, D("2025-06-16 00:44:02"), mid("b_ack", ses_mid()), cs="iso-2022-jp",
          extra=auth_m365()),
        part(t, "text/plain", "iso-2022-jp", "7bit"),
        note="Second (duplicate) case opened from the company address; Japanese ISO-2022-JP ack.")
    b_ack_text = t

    # 025 user_reply: owner forwards the B ack to himself with a note
    new = ("自分用メモ: フォーム送信がエラーに見えたので会社アドレスからもう一度送ってしまった。\n"
           "こちらは重複ケース。本命は個人アドレス側の case %s。\n"
           "重複と言われたらこっちは閉じてもらってOK。\n\n") % CASE_A
    t = new + ("-----Original Message-----\nFrom: %s\nSent: Monday, June 16, 2025 9:44 AM\nTo: %s\nSubject: %s\n\n"
               % (TC, ME_C, subjB)) + b_ack_text
    add("user_reply", False, CASE_B, [],
        H(addr(ME_JA, ME_C), ME_P, "FW: " + subjB, D("2025-06-16 12:05:33", "+0900"), mid("b_fw", outlook_mid()),
          extra=[("X-MS-Has-Attach", "")]),
        part(t, "text/plain", "utf-8", "base64"), crlf=True,
        note="Owner's forward-to-self note about the duplicate; mentions case A in text but sits on B.")

    # 026 confirmation_request A (initial: three accounts, which to keep)
    t = ("Hello Ren,\n\n"
         "I'm looking after your merge request. Searching by the addresses in your form, I found three\n"
         "certification accounts rather than two:\n\n"
         "  Account #1  %s  candidate ID %s  created 16 June 2025, no exam history\n"
         "  Account #2  %s  candidate ID %s  3 active certifications\n"
         "  Account #3  %s (signed in through AWS Partner Central)  candidate ID %s  no exams\n\n"
         "Are all three of these yours, and is Account #1 the one you want to end up with? Once I hear\n"
         "back I'll line up the merge.\n\n"
         "Thanks,\nPriyanka R.\nAWS Training and Certification\n") % (
        ME_P, CID_PERSONAL, ME_C, CID_COMPANY, ME_C, CID_SSO)
    html = ("<div style=\"font-family:Arial;font-size:14px\"><p>Hello Ren,</p>"
            "<p>I'm looking after your merge request. Searching by the addresses in your form, I found three "
            "certification accounts rather than two:</p><ul>"
            "<li><b>Account #1</b> &ndash; %s &ndash; candidate ID %s &ndash; created 16 June 2025, no exam history</li>"
            "<li><b>Account #2</b> &ndash; %s &ndash; candidate ID %s &ndash; 3 active certifications</li>"
            "<li><b>Account #3</b> &ndash; %s (signed in through AWS Partner Central) &ndash; candidate ID %s &ndash; no exams</li>"
            "</ul><p>Are all three of these yours, and is Account #1 the one you want to end up with? Once I hear back "
            "I'll line up the merge.</p><p>Thanks,<br>Priyanka R.<br>AWS Training and Certification</p></div>") % (
        ME_P, CID_PERSONAL, ME_C, CID_COMPANY, ME_C, CID_SSO)
    add("confirmation_request", True, CASE_A, [CID_PERSONAL, CID_COMPANY, CID_SSO],
        H(TC, ME_P, subjA, D("2025-06-17 01:20:09"), mid("a_conf1", ses_mid()),
          irt=MID["a_ack"], refs=MID["a_ack"], extra=auth_gmail()),
        alt(t, html),
        note="Question form, no 'please': are the three accounts yours / keep #1?")
    a_conf1 = t

    # 027 case_update B: duplicate closed
    t = ("Hi,\n\n"
         "Case %s was submitted for the same account merge as case %s, which a colleague\n"
         "is already handling. To keep everything in one place I've closed this duplicate; further\n"
         "updates will come through case %s to %s.\n"
         "There's nothing you need to do on this one.\n\n"
         "Regards,\nTomás\nAWS Training and Certification Customer Service\n") % (CASE_B, CASE_A, CASE_A, ME_P)
    add("case_update", False, CASE_B, [],
        H(TC, ME_C, subjB, D("2025-06-17 01:35:50"), mid("b_dup", ses_mid()),
          irt=MID["b_ack"], refs=MID["b_ack"], extra=auth_m365()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Duplicate closed and linked to A - 'closed' but not a closing notice; names both cases.")
    b_dup_text = t

    # 028 user_reply A (Gmail, > quoting)
    new = ("Hi Priyanka,\n\n"
           "Yes, all three are mine. #3 was probably created when I signed in through Partner Central last\n"
           "year. Please keep Account #1 (%s) and fold #2 and #3 into it.\n\n"
           "Thanks,\nRen\n") % ME_P
    t = new + "\nOn Tue, Jun 17, 2025 at 10:20 AM <%s> wrote:\n" % TC + quote(a_conf1) + "\n"
    html = ("<div dir=\"ltr\">" + new.replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\">"
            "<div dir=\"ltr\" class=\"gmail_attr\">On Tue, Jun 17, 2025 at 10:20 AM &lt;" + TC + "&gt; wrote:<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
            + a_conf1.replace("\n", "<br>") + "</blockquote></div>")
    add("user_reply", False, CASE_A, [],
        H(addr(ME_NAME, ME_P), TC, subjA, D("2025-06-17 21:02:14", "+0900"), mid("a_u1", gmail_mid()),
          irt=MID["a_conf1"], refs="%s %s" % (MID["a_ack"], MID["a_conf1"])),
        alt(t, html),
        note="Owner confirms; quoted request carries candidate IDs (not counted).")

    # 029 on_hold A, question buried ("It would help to know ...")
    t = ("Hello Ren,\n\n"
         "Thank you for confirming. Before I could start, our system flagged that Account #2 and\n"
         "Account #3 are both linked to an AWS Partner Network organization, Tsurugaoka Systems Co., Ltd.\n"
         "Certifications held in partner-linked accounts count toward that organization's partner\n"
         "standing, so we can't move them out while the link is in place. I have put the merge on hold\n"
         "for that reason.\n\n"
         "Normally our partner operations team removes the link once the employee has left the company.\n"
         "It would help to know whether you are leaving Tsurugaoka Systems and, if so, what your last\n"
         "day will be; with that I can ask the partner team to release the link instead of waiting for\n"
         "the organization's administrator to do it.\n\n"
         "Best regards,\nPriyanka R.\nAWS Training and Certification\n")
    add("on_hold", True, CASE_A, [],
        H(TC, ME_P, subjA, D("2025-06-18 00:40:27"), mid("a_hold1", ses_mid()),
          irt=MID["a_u1"], refs="%s %s %s" % (MID["a_ack"], MID["a_conf1"], MID["a_u1"]), extra=auth_gmail()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="APN hold; the question is indirect ('It would help to know whether...') so it needs a reply.")
    a_hold1 = t

    # 030 user_reply A: leaving date
    new = ("Hi Priyanka,\n\n"
           "Yes, I'm leaving Tsurugaoka Systems. My last working day is 30 June 2025 and my company mailbox\n"
           "is switched off that evening, so please ask the partner team to release the link.\n\n"
           "Best,\nRen Kashiwagi\n")
    t = new + "\nOn Wed, Jun 18, 2025 at 9:40 AM <%s> wrote:\n" % TC + quote(a_hold1) + "\n"
    add("user_reply", False, CASE_A, [],
        H(addr(ME_NAME, ME_P), TC, subjA, D("2025-06-18 22:40:51", "+0900"), mid("a_u2", gmail_mid()),
          irt=MID["a_hold1"], refs="%s %s %s" % (MID["a_conf1"], MID["a_u1"], MID["a_hold1"])),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Owner answers the hold question (plain text only Gmail reply).")

    # 031 case_update A: passed to partner team
    t = ("Thanks Ren, that's exactly what I needed.\n\n"
         "I've passed the case to our Partner Operations team along with your leaving date. They will\n"
         "remove the organization link, and then I can carry on with the merge. I'll keep you posted\n"
         "on this thread.\n\n"
         "Priyanka\n")
    add("case_update", False, CASE_A, [],
        H(TC, ME_P, subjA, D("2025-06-19 02:10:45"), mid("a_upd1", ses_mid()),
          irt=MID["a_u2"], refs="%s %s" % (MID["a_hold1"], MID["a_u2"]), extra=auth_gmail()),
        part(t, "text/plain", "us-ascii", "7bit"),
        note="Short: handed to another team, no ask.")

    # 032 unrelated: Japanese AWS marketing, HTML only, Shift_JIS
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body>"
            "<table width=\"600\" align=\"center\"><tr><td><h2>AWS Summit Japan 2025 オンデマンド配信のご案内</h2>"
            "<p>柏木 様</p><p>AWS Summit Japan にご登録いただきありがとうございました。基調講演と 150 以上のセッションを"
            "7 月 31 日までオンデマンドでご視聴いただけます。</p>"
            "<p>AWS 認定をお持ちの方は、認定者限定セッションもぜひご覧ください。</p>"
            "<p><a href=\"https://aws.amazon.com/jp/summits/japan/\">今すぐ視聴する</a></p>"
            "<p style=\"font-size:10px\">配信停止をご希望の場合は<a href=\"https://pages.awscloud.com/unsubscribe\">こちら</a>。"
            "アマゾン ウェブ サービス ジャパン合同会社</p></td></tr></table></body></html>")
    add("unrelated", False, None, [],
        H(addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P,
          "【AWS Summit Japan 2025】オンデマンド配信のご案内", D("2025-06-20 01:00:00"),
          "<%s@mktomail.amazon.com>" % an(24).lower(), extra=auth_gmail()),
        part(html, "text/html", "shift_jis", "quoted-printable"),
        note="Japanese AWS marketing, HTML only in Shift_JIS.")

    # 033 on_hold A (no question)
    t = ("Hello Ren,\n\n"
         "A quick status note on case %s. Partner Operations has contacted the administrator of\n"
         "the Tsurugaoka Systems partner account, and removing the link now has to be approved on the\n"
         "partner's side. Until that approval comes through, the merge stays on hold.\n\n"
         "There is nothing further we need from you at the moment; we will update you as soon as we\n"
         "hear from the partner.\n\n"
         "Kind regards,\nHyun-woo K.\nAWS Training and Certification\n") % CASE_A
    add("on_hold", False, CASE_A, [],
        H(TC, ME_P, subjA, D("2025-06-23 05:15:03"), mid("a_hold2", ses_mid()),
          irt=MID["a_upd1"], refs="%s %s" % (MID["a_u2"], MID["a_upd1"]), extra=auth_gmail()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Hold waiting on the partner; explicitly nothing needed.")

    # 034 suspicious: real AWS sender address, but DKIM/SPF/DMARC fail
    fake = "175003188807731"
    t = ("Hello,\n\n"
         "Your account merge is ready to be completed. Because the source account is linked to a partner\n"
         "organization, we must verify ownership of the destination account before the merge.\n\n"
         "Sign in here within 24 hours to confirm:\n"
         "https://aws-training-merge.support/verify?case=%s&u=%s\n\n"
         "If the verification is not completed in time, the request is cancelled and your certifications\n"
         "stay on the original account.\n\n"
         "Regards,\nAWS Training and Certification\n") % (fake, hx(10))
    add("suspicious", False, None, [],
        H(TC, ME_P, "RE:[CASE %s] %s" % (fake, FORM_SUBJ), D("2025-06-24 09:48:36"),
          "<%s@mail-relay7.click>" % hx(20),
          extra=auth_gmail("amazon.com", "bounce@mail-relay7.click", "185.212.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250)),
                           ok=False)),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Exact support From and subject shape with a case token, but dkim/spf/dmarc=fail; link to foreign domain.")

    # 035 case_update A: hold lifted
    t = ("Hi Ren,\n\n"
         "Good news: the partner administrator approved the change and the organization link has been\n"
         "removed, so your case is no longer on hold. Priyanka will pick it up again shortly and send you\n"
         "the final account details to look over before anything is merged.\n\n"
         "Hyun-woo K.\nAWS Training and Certification\n")
    add("case_update", False, CASE_A, [],
        H(TC, ME_P, subjA, D("2025-06-25 01:05:22"), mid("a_lift", ses_mid()),
          irt=MID["a_hold2"], refs="%s %s" % (MID["a_upd1"], MID["a_hold2"]), extra=auth_gmail()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Hold lifted; announces a future request but asks nothing now.")

    # 036 confirmation_request A: HTML only, table, 'Kindly reply'
    rows = [("#1 (keep)", ME_P, ME_P, ME_P, CID_PERSONAL),
            ("#2", ME_C, ME_C, ME_C, CID_COMPANY),
            ("#3", ME_C, ME_C, ME_C, CID_SSO)]
    trs = "".join("<tr><td>Account %s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows)
    html = ("<html><head><style>td,th{border:1px solid #999;padding:4px 8px;font-size:13px}</style></head>"
            "<body style=\"font-family:Arial\"><p>Hello Ren,</p>"
            "<p>Everything is ready on our side. These are the accounts that will be combined:</p>"
            "<table style=\"border-collapse:collapse\"><tr><th>Account</th><th>Login email</th>"
            "<th>Training notification email</th><th>Certification notification email</th><th>Candidate ID</th></tr>"
            + trs + "</table>"
            "<p>When the merge runs, the exam history, certifications and benefits from #2 and #3 move into #1, "
            "and the other two accounts are closed. This can&#39;t be undone.</p>"
            "<p>Kindly reply to confirm that the details above are correct and that I may merge into Account #1.</p>"
            "<p>Warm regards,<br>Priyanka R.<br>AWS Training and Certification</p>"
            "<p style=\"font-size:11px;color:#666\">When replying, keep the case number in the subject line so your "
            "message is added to the case.</p></body></html>")
    add("confirmation_request", True, CASE_A, [CID_PERSONAL, CID_COMPANY, CID_SSO],
        H(TC, ME_P, subjA, D("2025-06-25 03:30:10"), mid("a_conf2", ses_mid()),
          irt=MID["a_lift"], refs="%s %s" % (MID["a_hold2"], MID["a_lift"]), extra=auth_gmail()),
        part(html, "text/html", "utf-8", "quoted-printable"),
        note="HTML-only table of Account #1/#2/#3 with 'Kindly reply to confirm'.")
    a_conf2_txt = ("Hello Ren,\n\nEverything is ready on our side. These are the accounts that will be combined:\n\n"
                   "Account #1 (keep)  Login email: %s  Candidate ID: %s\n"
                   "Account #2  Login email: %s  Candidate ID: %s\n"
                   "Account #3  Login email: %s  Candidate ID: %s\n\n"
                   "When the merge runs, the exam history, certifications and benefits from #2 and #3 move into #1,\n"
                   "and the other two accounts are closed. This can't be undone.\n\n"
                   "Kindly reply to confirm that the details above are correct and that I may merge into Account #1.\n\n"
                   "Warm regards,\nPriyanka R.\n") % (ME_P, CID_PERSONAL, ME_C, CID_COMPANY, ME_C, CID_SSO)

    # 037 unrelated: other vendor case closed (Japanese)
    t = ("柏木 蓮 様\n\n"
         "いつもツバメクラウドをご利用いただきありがとうございます。\n"
         "お問い合わせいただいておりました下記ケースにつきまして、解決済みとしてクローズいたしました。\n\n"
         "ケース番号: 00731846\n件名: DNS レコードの反映遅延について\n\n"
         "同じ内容で再度ご不明な点がございましたら、本メールにご返信いただくか、新しくお問い合わせください。\n"
         "今後のサービス向上のため、アンケートへのご協力をお願いいたします。\n"
         "https://support.tsubame-cloud.jp/survey?case=00731846\n\n"
         "ツバメクラウド カスタマーサポート\n")
    add("unrelated", False, None, [],
        H(addr("ツバメクラウド サポート", "support@tsubame-cloud.jp"), ME_P,
          "[ケース番号:00731846] お問い合わせのクローズについて", D("2025-06-26 08:30:00"),
          "<%s@tsubame-cloud.jp>" % hx(24), extra=auth_gmail("tsubame-cloud.jp", "support@tsubame-cloud.jp",
                                                            "210.140.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250)))),
        part(t, "text/plain", "utf-8", "base64"),
        note="Another vendor's 'case closed' with survey and reply invitation.")

    # 038 certification: benefits reminder
    t = ("Hi Ren,\n\n"
         "You have unused AWS Certification benefits:\n\n"
         "  * 50% discount on your next AWS Certification exam (expires June 9, 2026)\n"
         "  * Free AWS Certified practice exam on AWS Skill Builder\n\n"
         "Sign in to your AWS Certification Account and open Benefits to use them.\n\n"
         "AWS Certification\n")
    add("certification", False, None, [],
        H(addr("AWS Certification", CERTM), ME_C, "Don't forget your AWS Certification benefits",
          D("2025-06-27 06:00:00"), "<%s@certmetrics.com>" % hx(30), extra=auth_m365("certmetrics.com")),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Benefits reminder to the company address.")

    # 039 closing_notice A (pending closure), quotes the request Outlook-style
    t = ("Dear Ren,\n\n"
         "I'm following up on case %s. On 25 June I sent you the account details for your merge and\n"
         "haven't seen a confirmation from you yet.\n\n"
         "If there is no response within 3 business days, the case will be closed automatically. To keep\n"
         "it open, simply respond to this message; your answer is added to the case.\n\n"
         "Sincerely,\nPriyanka R.\nAWS Training and Certification\n\n"
         "-----Original Message-----\nFrom: %s\nSent: Wed, 25 Jun 2025 03:30 UTC\nTo: %s\nSubject: %s\n\n%s"
         ) % (CASE_A, TC, ME_P, subjA, a_conf2_txt)
    html = "<html><body><pre style=\"font-family:Arial;white-space:pre-wrap\">%s</pre></body></html>" % (
        t.replace("&", "&amp;").replace("<", "&lt;"))
    add("closing_notice", True, CASE_A, [],
        H(TC, ME_P, subjA, D("2025-06-28 02:00:41"), mid("a_close", ses_mid()),
          irt=MID["a_conf2"], refs="%s %s" % (MID["a_lift"], MID["a_conf2"]), extra=auth_gmail()),
        alt(t, html),
        note="Pending-closure reminder; quoted request below; candidate IDs only in the quote.")

    # 040 user_reply on the closed duplicate B, from the company address (wrong case, wrong address)
    new = ("Hello,\n\n"
           "Replying here because this is the address the old accounts were registered with.\n"
           "Confirmed: all three accounts listed in your 25 June mail are mine. Please merge them into\n"
           "Account #1 (%s).\n\n"
           "Today is my last day at the company, so this mailbox stops working tonight.\n\n"
           "Ren Kashiwagi\n") % ME_P
    t = new + ("\n________________________________\n差出人: %s\n送信日時: 2025年6月17日 10:35\n宛先: %s\n件名: %s\n\n"
               % (TC, ME_C, subjB)) + b_dup_text
    add("user_reply", False, CASE_B, [],
        H(addr(ME_JA, ME_C), TC, "RE: " + subjB, D("2025-06-30 09:15:20", "+0900"), mid("b_u", outlook_mid()),
          irt=MID["b_dup"], refs="%s %s" % (MID["b_ack"], MID["b_dup"])),
        part(t, "text/plain", "utf-8", "quoted-printable"), crlf=True,
        note="Owner confirms A's merge but on the closed duplicate B thread from the company address (Outlook JA header).")

    # 041 info_request A: write again from the personal address
    t = ("Hi Ren,\n\n"
         "Your confirmation reached us, but it came from %s and on the duplicate case we\n"
         "closed on 17 June (%s). For account security, a merge can only be approved from the\n"
         "email address of the account you are keeping.\n\n"
         "Could you send the same confirmation again as a reply to this email, from %s?\n"
         "As soon as it arrives the merge will go ahead.\n\n"
         "Thanks,\nAoife\nAWS Training and Certification\n") % (ME_C, CASE_B, ME_P)
    add("info_request", True, CASE_A, [],
        H(TC, ME_P, subjA, D("2025-06-30 02:02:38"), mid("a_info", ses_mid()),
          irt=MID["a_close"], refs="%s %s %s" % (MID["a_conf2"], MID["a_close"], MID["b_u"]), extra=auth_gmail()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Asks to re-send the confirmation from the destination address; names the duplicate case too.")
    a_info = t

    # 042 user_reply: farewell mail from the company address (not case mail)
    t = ("各位\n\n"
         "お疲れさまです。クラウドインテグレーション部の柏木です。\n"
         "私事で恐縮ですが、本日6月30日をもちまして退職することとなりました。\n"
         "在職中は大変お世話になりました。心より御礼申し上げます。\n\n"
         "本アドレスは本日をもって利用できなくなります。今後のご連絡は下記までお願いいたします。\n"
         "%s\n\n"
         "皆様のますますのご活躍をお祈りしております。\n\n柏木 蓮\n") % ME_P
    add("user_reply", False, None, [],
        H(addr(ME_JA, ME_C), "all-staff@tsurugaoka-sys.co.jp", "退職のご挨拶", D("2025-06-30 15:30:00", "+0900"),
          mid("farewell", outlook_mid()), cc=ME_P, cs="iso-2022-jp"),
        part(t, "text/plain", "iso-2022-jp", "7bit"),
        note="Owner's own farewell mail (ISO-2022-JP); written by the owner, not case mail.")

    # 043 unrelated: out-of-office auto reply to the farewell
    t = ("柏木さん\n\n"
         "【自動応答】\n"
         "申し訳ございませんが、6月30日から7月4日まで夏季休暇のため不在にしております。\n"
         "急ぎのご用件は 吉岡(t-yoshioka@tsurugaoka-sys.co.jp)までご連絡ください。\n"
         "戻り次第、確認してご返信いたします。\n\n中島 涼子\n")
    add("unrelated", False, None, [],
        H(addr("中島 涼子", "r-nakajima@tsurugaoka-sys.co.jp"), addr(ME_JA, ME_C), "自動応答: 退職のご挨拶",
          D("2025-06-30 15:30:12", "+0900"), outlook_mid(), irt=MID["farewell"], refs=MID["farewell"],
          extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Out-of-office auto reply from a colleague.")

    # 044 user_reply A: confirmation from the personal address, top-posted
    new = ("Hi Aoife,\n\nSending it again from my personal address as asked: yes, all three accounts are mine,\n"
           "please merge them into Account #1.\n\nThanks,\nRen\n")
    t = new + "\nOn Mon, Jun 30, 2025 at 11:02 AM <%s> wrote:\n" % TC + quote(a_info) + "\n"
    html = ("<div dir=\"ltr\">" + new.replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\">"
            "<div dir=\"ltr\" class=\"gmail_attr\">On Mon, Jun 30, 2025 at 11:02 AM &lt;" + TC + "&gt; wrote:<br></div>"
            "<blockquote class=\"gmail_quote\">" + a_info.replace("\n", "<br>") + "</blockquote></div>")
    add("user_reply", False, CASE_A, [],
        H(addr(ME_NAME, ME_P), TC, subjA, D("2025-06-30 19:40:03", "+0900"), mid("a_u3", gmail_mid()),
          irt=MID["a_info"], refs="%s %s %s" % (MID["a_conf2"], MID["a_close"], MID["a_info"])),
        alt(t, html),
        note="Owner's confirmation from the right address.")
    a_u3 = new

    # 045 resolved A, quotes the old confirmation request
    t = ("Hello Ren,\n\n"
         "All done: Accounts #2 and #3 are now merged into Account #1 (%s). Your certifications,\n"
         "exam history and the 50%% exam voucher are under %s, and the two old accounts\n"
         "have been deactivated. Credly reissues your badges to the new address on its own, usually\n"
         "within a day.\n\n"
         "If something doesn't show up as expected, reply to this email and we'll take a look.\n\n"
         "Best,\nAoife\nAWS Training and Certification\n\n"
         "On Mon, 30 Jun 2025 10:40 UTC, Ren Kashiwagi wrote:\n%s\n>\n"
         "> On Wed, 25 Jun 2025 03:30 UTC, AWS Training and Certification wrote:\n%s\n") % (
        CID_PERSONAL, ME_P, quote(a_u3), quote(quote(a_conf2_txt)))
    add("resolved", False, CASE_A, [CID_PERSONAL],
        H(TC, ME_P, subjA, D("2025-07-01 00:20:15"), mid("a_res", ses_mid()),
          irt=MID["a_u3"], refs="%s %s %s" % (MID["a_conf2"], MID["a_info"], MID["a_u3"]), extra=auth_gmail()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Merge done; the quoted history still holds 'Kindly reply to confirm'; conditional invitation.")

    # 046 badge: three badges to the personal address
    html = ("<html><body style=\"font-family:Helvetica\"><h2>You have 2 new badges</h2>"
            "<p>Hi Ren, Amazon Web Services Training and Certification issued the following badges to "
            + ME_P + ":</p><ul><li>AWS Certified Solutions Architect &ndash; Professional</li>"
            "<li>AWS Certified Solutions Architect &ndash; Associate</li></ul>"
            "<p><a href=\"https://www.credly.com/earner/earned\">Accept your badges</a></p>"
            "<p style=\"font-size:11px;color:#888\">Credly, 3010 Highland Parkway, Downers Grove, IL 60515</p></body></html>")
    t = ("Hi Ren, Amazon Web Services Training and Certification issued you 2 badges:\n"
         "- AWS Certified Solutions Architect - Professional\n- AWS Certified Solutions Architect - Associate\n"
         "\nAccept your badges: https://www.credly.com/earner/earned\n")
    add("badge", False, None, [],
        H(addr("Credly", CREDLY), ME_P, "Amazon Web Services Training and Certification sent you 2 badges",
          D("2025-07-01 05:58:09"), "<%s@credly.com>" % hx(32),
          extra=auth_gmail("credly.com", "bounces@credly.com", "167.89.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250)))),
        alt(t, html, cte="base64"),
        note="Credly reissue after the merge.")

    # 047 survey A
    t = ("Hello Ren,\n\nYour case %s was recently resolved. Would you take a moment to rate the support you\n"
         "received? One click is enough:\n\n"
         "  Very satisfied      https://survey.aws.training/c/%s?s=5\n"
         "  Satisfied           https://survey.aws.training/c/%s?s=4\n"
         "  Neutral             https://survey.aws.training/c/%s?s=3\n"
         "  Dissatisfied        https://survey.aws.training/c/%s?s=2\n"
         "  Very dissatisfied   https://survey.aws.training/c/%s?s=1\n\n"
         "Replies to this email are not read.\n\nAWS Training and Certification\n") % ((CASE_A,) + (CASE_A,) * 5)
    add("survey", False, CASE_A, [],
        H(addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
          "How did we do? Case %s" % CASE_A, D("2025-07-02 00:20:00"), ses_mid(), extra=auth_gmail()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Survey a day after resolution.")


# =============================================================================
# 2025 July: voucher case C (Japanese), console case E, case G
# =============================================================================
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def console_footer(case):
    return ("\nYour opinion helps us improve. You can rate this reply with the stars shown next to it in\n"
            "the Support Center.\n\n"
            "Best regards,\n%%s\nAmazon Web Services\n\n"
            "======================================================================\n"
            "To read the full case history or add a reply, open the Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "*This message comes from a notification-only address; e-mail sent to it is not delivered\n"
            "to our engineers. Please answer through the Support Center link above.\n"
            "======================================================================\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle,\n"
            "WA 98109-5210\n") % case


def part_july():
    subjC = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_C

    # 048 acknowledgement C, Japanese, Shift_JIS base64
    t = ("AWS トレーニングと認定にお問い合わせいただきありがとうございます。\n"
         "ケース番号 %s にてお問い合わせを承りました。\n\n"
         "お問い合わせ内容:\n"
         "アカウント統合（ケース %s）の後、旧アカウントで表示されていた 50%% 割引バウチャーが\n"
         "新しいアカウントの特典ページに見当たりません。\n\n"
         "通常、1 営業日以内に担当者よりご連絡いたします。最善の解決策をご案内するため、\n"
         "調査にお時間をいただく場合がございます。\n\n"
         "AWS トレーニングと認定\n") % (CASE_C, CASE_A)
    add("acknowledgement", False, CASE_C, [],
        H(TC, ME_P, subjC, D("2025-07-03 01:21:07"), mid("c_ack", ses_mid()), extra=auth_gmail()),
        part(t, "text/plain", "shift_jis", "base64"),
        note="Japanese ack in Shift_JIS/base64; its echoed text names the earlier case A too.")

    # 049 unrelated: AWS Educate form case with a real question (other programme)
    t = ("Hello Ren,\n\n"
         "Thank you for applying to become an AWS Educate educator. To approve the application we need to\n"
         "confirm your affiliation with Hokuriku Institute of Technology, where you said you will run the\n"
         "student cloud club.\n\n"
         "Could you reply with a link to a faculty or staff page that lists you, or attach a letter from\n"
         "the department?\n\n"
         "Best,\nJordan\nAWS Educate Support\n")
    add("unrelated", False, CASE_EDU, [],
        H("aws-cs-educate-form@amazon.com", ME_P,
          "RE:[CASE %s] [AWS Educate Form Submission] - educator-application" % CASE_EDU,
          D("2025-07-03 05:10:33"), ses_mid(), extra=auth_gmail()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Same form-case shape and a direct question, but AWS Educate, not Training and Certification.")

    # 050 info_request C, Japanese keigo, ISO-2022-JP, multipart
    t = ("柏木 蓮 様\n\n"
         "お世話になっております。AWS トレーニングと認定 カスタマーサポートの森本でございます。\n"
         "この度はご不便をおかけしており、申し訳ございません。\n\n"
         "統合の記録を確認いたしましたところ、統合元のアカウントに付与されていた特典の一部が\n"
         "移行されていない可能性がございます。詳しく調査するため、以下の情報をご返信いただけ\n"
         "ますでしょうか。\n\n"
         "1. 統合前にお使いだった各アカウントの AWS 候補 ID（AWS から始まる番号）\n"
         "2. バウチャーが表示されていた画面のスクリーンショット（お手元にございましたら）\n"
         "3. バウチャーの有効期限（おわかりになる範囲で）\n\n"
         "お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。\n\n"
         "森本\nAWS トレーニングと認定 カスタマーサポート\n")
    html = ("<html><body><div style=\"font-family:'Meiryo',sans-serif\">" + t.replace("\n", "<br>\n") +
            "</div></body></html>")
    add("info_request", True, CASE_C, [],
        H(TC, ME_P, subjC, D("2025-07-04 02:30:44"), mid("c_info", ses_mid()),
          irt=MID["c_ack"], refs=MID["c_ack"], extra=auth_gmail()),
        alt(t, html, cs="iso-2022-jp", cte="7bit"),
        note="Japanese keigo request (〜いただけますでしょうか) with a numbered list.")
    c_info = t

    # 051 user_reply C, Japanese, with screenshot attachment
    new = ("森本様\n\n"
           "ご連絡ありがとうございます。柏木です。\n\n"
           "1. 統合前の候補IDは以下の通りです。\n"
           "  - 会社アドレスのアカウント: %s\n"
           "  - Partner Central 経由で作成されたアカウント: %s\n"
           "  - 個人アドレスのアカウント（統合先）: %s\n"
           "2. 6月9日に撮ったスクリーンショットを添付します。\n"
           "3. 有効期限は 2026年6月9日 と表示されていました。\n\n"
           "よろしくお願いいたします。\n\n柏木 蓮\n") % (CID_COMPANY, CID_SSO, CID_PERSONAL)
    t = new + "\n2025年7月4日(金) 11:30 <%s>:\n\n" % TC + quote(c_info) + "\n"
    html = ("<div dir=\"ltr\">" + new.replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\">"
            "<div dir=\"ltr\" class=\"gmail_attr\">2025年7月4日(金) 11:30 &lt;" + TC + "&gt;:<br></div>"
            "<blockquote class=\"gmail_quote\">" + c_info.replace("\n", "<br>") + "</blockquote></div>")
    content = multi("mixed", [alt(t, html, cte="base64"), attach(PNG, "image/png", "benefits_0609.png")])
    add("user_reply", False, CASE_C, [CID_COMPANY, CID_SSO, CID_PERSONAL],
        H(addr(ME_JA, ME_P), TC, subjC, D("2025-07-04 20:02:19", "+0900"), mid("c_u1", gmail_mid()),
          irt=MID["c_info"], refs="%s %s" % (MID["c_ack"], MID["c_info"])),
        content,
        note="Owner's Japanese answer with candidate IDs and a PNG attachment (multipart/mixed).")

    # 052 case_update C (お待ちください is not a request to write)
    t = ("柏木様\n\n"
         "資料のご送付ありがとうございます。\n"
         "特典の移行状況について、担当チームに確認を依頼いたしました。進展がございましたら改めて\n"
         "ご連絡いたしますので、今しばらくお待ちくださいませ。\n\n森本\n")
    add("case_update", False, CASE_C, [],
        H(TC, ME_P, subjC, D("2025-07-07 01:00:18"), mid("c_upd", ses_mid()),
          irt=MID["c_u1"], refs="%s %s" % (MID["c_info"], MID["c_u1"]), extra=auth_gmail()),
        part(t, "text/plain", "utf-8", "8bit"),
        note="Short Japanese update in 8bit UTF-8; 'お待ちくださいませ' is not a request to write.")

    # 053 confirmation_request C: a fourth account found, may we merge it?
    t = ("柏木 蓮 様\n\n"
         "いつもお世話になっております。森本でございます。\n\n"
         "担当チームの調査の結果、バウチャーは統合時の不具合で移行されておらず、再発行が可能である\n"
         "ことがわかりました。あわせて、以下のアカウントも見つかりました。\n\n"
         "  AWS 候補 ID: %s\n"
         "  ログインメールアドレス: ren.k@alumni.hokuriku-it.ac.jp\n"
         "  作成日: 2019年11月2日（AWS Certified Cloud Practitioner の受験記録あり）\n\n"
         "学生時代のメールアドレスで作成されたアカウントと思われますが、お客様ご本人のもので\n"
         "お間違いないでしょうか。お間違いなければ、こちらも現在のアカウント（%s）へ統合したうえで、\n"
         "バウチャーを再発行いたします。\n\n"
         "統合を進めてよろしいか、本メールへのご返信にてお知らせいただけますと幸いです。\n\n"
         "森本\nAWS トレーニングと認定 カスタマーサポート\n") % (CID_UNI, CID_PERSONAL)
    html = ("<html><body><p>" + t.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>")
    add("confirmation_request", True, CASE_C, [CID_UNI, CID_PERSONAL],
        H(TC, ME_P, subjC, D("2025-07-08 04:45:51"), mid("c_conf", ses_mid()),
          irt=MID["c_upd"], refs="%s %s %s" % (MID["c_info"], MID["c_u1"], MID["c_upd"]), extra=auth_gmail()),
        alt(t, html, cte="base64"),
        note="Japanese: is this 4th account yours / may we merge it (〜いただけますと幸いです).")
    c_conf = t

    # 054 user_reply C (short, Outlook-like JA header)
    new = "森本様\n\nはい、大学時代に作成した私のアカウントです。統合をお願いいたします。\n\n柏木\n"
    t = new + "\n-----Original Message-----\nFrom: %s\nSent: Tuesday, July 8, 2025 1:45 PM\nSubject: %s\n\n%s" % (
        TC, subjC, c_conf)
    add("user_reply", False, CASE_C, [],
        H(addr(ME_JA, ME_P), TC, subjC, D("2025-07-08 21:00:40", "+0900"), mid("c_u2", gmail_mid()),
          irt=MID["c_conf"], refs="%s %s" % (MID["c_upd"], MID["c_conf"])),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="One-line Japanese yes; candidate IDs only in the quoted request.")

    # 055 suspicious: Credly lookalike
    html = ("<html><body style=\"font-family:Helvetica\"><img src=\"https://credly-badgecenter.com/logo.png\" width=\"90\">"
            "<h3>Your AWS badges will be revoked in 48 hours</h3>"
            "<p>We detected that your AWS Certification account was recently merged. Badges linked to the old account "
            "must be re-claimed, otherwise they will be permanently revoked.</p>"
            "<p><a href=\"https://credly-badgecenter.com/reclaim?id=%s\">Re-claim my badges</a></p>"
            "<p>Credly Support</p></body></html>") % hx(18)
    add("suspicious", False, None, [],
        H(addr("Credly", "no-reply@credly-badgecenter.com"), ME_P, "Action required: re-claim your AWS badges",
          D("2025-07-09 03:04:27"), "<%s@credly-badgecenter.com>" % hx(20),
          extra=auth_gmail("credly-badgecenter.com", "no-reply@credly-badgecenter.com",
                           "45.61.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250)), sel="s1")),
        part(html, "text/html", "utf-8", "quoted-printable"),
        note="Credly lookalike domain (passes its own DKIM) exploiting the recent merge.")

    # 056 resolved C (conditional invitation 〜がございましたら)
    t = ("柏木 蓮 様\n\n"
         "お世話になっております。森本でございます。\n\n"
         "ご確認いただきありがとうございました。%s を %s へ統合し、50%% 割引バウチャーを\n"
         "再発行いたしました。特典ページにて、有効期限 2026年6月9日 のバウチャーをご確認いただけます。\n"
         "また、2019年の Cloud Practitioner の受験記録も試験履歴に表示されるようになっております。\n\n"
         "ご不明な点がございましたら、本メールにご返信ください。\n"
         "このたびはご不便をおかけし、誠に申し訳ございませんでした。\n\n"
         "森本\nAWS トレーニングと認定 カスタマーサポート\n") % (CID_UNI, CID_PERSONAL)
    add("resolved", False, CASE_C, [CID_UNI, CID_PERSONAL],
        H(TC, ME_P, subjC, D("2025-07-10 02:00:09"), mid("c_res", ses_mid()),
          irt=MID["c_u2"], refs="%s %s" % (MID["c_conf"], MID["c_u2"]), extra=auth_gmail()),
        part(t, "text/plain", "iso-2022-jp", "7bit"),
        note="Japanese resolution (merged + voucher reissued) ending in a conditional 〜がございましたら.")

    # 057 survey C (Japanese HTML)
    html = ("<html><body><p>柏木 蓮 様</p><p>先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、"
            "ありがとうございました（ケース番号: %s）。</p>"
            "<p>今後のサポート品質向上のため、簡単なアンケートにご協力をお願いいたします。所要時間は1分程度です。</p>"
            "<p><a href=\"https://survey.aws.training/ja/%s\">アンケートに回答する</a></p>"
            "<p style=\"font-size:11px\">本メールは送信専用アドレスから配信しております。ご返信いただいても対応いたしかねます。</p>"
            "</body></html>") % (CASE_C, hx(12))
    add("survey", False, CASE_C, [],
        H(addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), ME_P,
          "サポートに関するアンケートのお願い", D("2025-07-10 09:00:00"), ses_mid(), extra=auth_gmail()),
        part(html, "text/html", "utf-8", "base64"),
        note="Japanese survey, HTML only, base64; 'ご協力をお願いいたします' is not a reply request.")

    # ---- console case E ------------------------------------------------------
    subjE = "Credly badge for AWS Certified Developer - Associate missing after account merge"
    # 058 acknowledgement E
    t = ("Hello,\n\n"
         "Your AWS Support case %s has been created. Details:\n\n"
         "Subject: %s\n"
         "Severity: General guidance\n"
         "Service: Training and Certification\n"
         "Category: Certification, Digital badges\n"
         "Correspondence: The Developer - Associate badge is not on my Credly profile after my accounts\n"
         "were merged on 1 July (AWS Training and Certification case %s).\n\n"
         "An engineer will review the case and respond in the Support Center.\n"
         "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
         "*This message comes from a notification-only address; e-mail sent to it is not delivered.\n\n"
         "Amazon Web Services\n") % (CASE_E, subjE, CASE_A, CASE_E)
    add("acknowledgement", False, CASE_E, [],
        H(addr("Amazon Web Services", CONSOLE), ME_P, "Amazon Web Services: New Support case: %s" % CASE_E,
          D("2025-07-10 13:06:02"), mid("e_ack", ses_mid()), extra=auth_gmail()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Console case created; body also cites case A's number.")

    # 059 info_request E (must answer in the console)
    t = ("Hello,\n\n"
         "Thank you for your patience. I checked your certification record, and the Developer - Associate\n"
         "credential is active on candidate ID %s. Badges are sent to the email address on your\n"
         "Credly profile, so my guess is that it went to a profile that still uses your former work\n"
         "address.\n\n"
         "Which email address does your Credly account use? If you have more than one Credly profile,\n"
         "list all of them in your reply in the Support Center.\n" % CID_PERSONAL) + console_footer(CASE_E) % "Farid A."
    add("info_request", True, CASE_E, [CID_PERSONAL],
        H(addr("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] %s" % (CASE_E, subjE),
          D("2025-07-11 03:20:37"), mid("e_info", ses_mid()), extra=auth_gmail()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Console question; the answer must go through the Support Center (no-reply sender).")
    e_info = t

    # 060 user_reply E: replies by email to the no-reply address anyway
    new = ("Hello Farid,\n\nMy Credly profile uses %s. I used to have a second one on\n"
           "%s, but that mailbox was closed on 30 June.\n\nRen\n") % (ME_P, ME_C)
    t = new + "\nOn Fri, Jul 11, 2025 at 12:20 PM Amazon Web Services <%s> wrote:\n" % CONSOLE + quote(e_info) + "\n"
    add("user_reply", False, CASE_E, [],
        H(addr(ME_NAME, ME_P), CONSOLE, "Re: RE:[CASE %s] %s" % (CASE_E, subjE), D("2025-07-11 21:30:05", "+0900"),
          mid("e_u", gmail_mid()), irt=MID["e_info"], refs=MID["e_info"]),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Owner answered by e-mail to a console case (will bounce); quoted ID not counted.")

    # 061 unrelated: bounce of that reply (multipart/report)
    expl = ("** Address not found **\n\n"
            "Your message wasn't delivered to %s because the address couldn't be found, or is\n"
            "unable to receive mail.\n\n"
            "The response from the remote server was:\n"
            "550 5.1.1 <%s>: Recipient address rejected: this mailbox does not accept incoming mail\n"
            % (CONSOLE, CONSOLE))
    dsn = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Fri, 11 Jul 2025 05:30:05 -0700\n\n"
           "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
           "Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (52.119.%d.%d)\n"
           "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected\n"
           "Last-Attempt-Date: Fri, 11 Jul 2025 05:30:08 -0700\n" % (CONSOLE, RND.randint(1, 250), RND.randint(1, 250)))
    orig = ("Date: Fri, 11 Jul 2025 21:30:05 +0900\nFrom: Ren Kashiwagi <%s>\nTo: %s\n"
            "Subject: Re: RE:[CASE %s] %s\nMessage-ID: %s\n" % (ME_P, CONSOLE, CASE_E, subjE, MID["e_u"]))
    bnd = "000000000000%s" % hx(16)
    content = ('Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"\n\n'
               "--%s\n%s\n--%s\nContent-Type: message/delivery-status\n\n%s\n--%s\n"
               "Content-Type: text/rfc822-headers; charset=\"us-ascii\"\n\n%s\n--%s--\n"
               % (bnd, bnd, part(expl, "text/plain", "utf-8", "quoted-printable").rstrip("\n"),
                  bnd, dsn, bnd, orig, bnd))
    add("unrelated", False, CASE_E, [],
        H(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
          "Delivery Status Notification (Failure)", D("2025-07-11 05:30:09", "-0700"),
          "<%s@mx.google.com>" % an(32), irt=MID["e_u"], refs="%s %s" % (MID["e_info"], MID["e_u"]),
          extra=[("Auto-Submitted", "auto-replied")]),
        content,
        note="Bounce of the owner's e-mail to the no-reply console address; carries the case token.")

    # 062 closing_notice E (console auto-resolve warning)
    t = ("Hello,\n\n"
         "We haven't received a reply on this case since we wrote to you on July 11. Cases that are\n"
         "waiting on the customer are resolved automatically after 3 more days without a response.\n\n"
         "If you still need help, add your reply to the case in the Support Center before then.\n"
         ) + console_footer(CASE_E) % "Amazon Web Services Support"
    add("closing_notice", True, CASE_E, [],
        H(addr("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] %s" % (CASE_E, subjE),
          D("2025-07-14 03:00:44"), mid("e_close", ses_mid()), extra=auth_gmail()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Console auto-resolve warning; the owner's e-mail reply bounced, so he still has to answer.")

    # 063 confirmation_request E (console)
    t = ("Hello,\n\n"
         "Thanks for the details you added in the Support Center. Your Credly profile is tied to a separate\n"
         "certification account, %s, which was created on 1 July with the same address\n"
         "(%s), most likely when you signed in with a different option after the merge.\n"
         "Badges follow the account that holds the credential, so the new, empty account is in the way.\n\n"
         "I'd like to merge %s into %s. Can you confirm in the Support Center that both\n"
         "accounts are yours and that I may go ahead?\n" % (CID_DUP, ME_P, CID_DUP, CID_PERSONAL)
         ) + console_footer(CASE_E) % "Farid A."
    add("confirmation_request", True, CASE_E, [CID_DUP, CID_PERSONAL],
        H(addr("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] %s" % (CASE_E, subjE),
          D("2025-07-15 02:00:26"), mid("e_conf", ses_mid()), extra=auth_gmail()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Merge confirmation on a console case (answer in the console, not by e-mail).")

    # 064 resolved E (with rating footer)
    t = ("Hello,\n\n"
         "Thank you for confirming. I merged %s into %s and asked the badge team to issue\n"
         "the Developer - Associate badge again; it should reach your Credly profile within a few hours.\n\n"
         "I'm setting this case to resolved. It can be reopened from the Support Center for 14 days if\n"
         "the badge does not appear.\n" % (CID_DUP, CID_PERSONAL)) + console_footer(CASE_E) % "Farid A."
    add("resolved", False, CASE_E, [CID_DUP, CID_PERSONAL],
        H(addr("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] %s" % (CASE_E, subjE),
          D("2025-07-16 05:00:10"), mid("e_res", ses_mid()), extra=auth_gmail()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Console resolution with the rating footer; not a survey.")

    # 065 badge
    t = ("Hi Ren,\n\nAmazon Web Services Training and Certification has issued you a badge:\n"
         "AWS Certified Developer - Associate\n\nAccept it here: "
         "https://www.credly.com/badges/c2a7e1d0-5b3f-4f7e-9d61-1f8b2e4a7c90/accept\n\n"
         "Credly - 3010 Highland Parkway, Downers Grove, IL 60515\n")
    add("badge", False, None, [],
        H(addr("Credly", CREDLY), ME_P, "You've earned a new badge: AWS Certified Developer - Associate",
          D("2025-07-16 08:12:51"), "<%s@credly.com>" % hx(32),
          extra=auth_gmail("credly.com", "bounces@credly.com", "167.89.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250)))),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Plain-text Credly badge mail.")

    # 066 suspicious: Japanese phishing, ISO-2022-JP
    t = ("AWS 認定をご利用のお客様\n\n"
         "AWS トレーニングと認定でございます。\n"
         "お客様のアカウント統合手続きが最終段階に入りましたが、本人確認が完了しておりません。\n"
         "本メールに、Builder ID のメールアドレスとパスワード、および AWS 候補 ID をご記入のうえ、\n"
         "48 時間以内にご返信ください。期限を過ぎますと、保有資格がすべて失効いたします。\n\n"
         "AWS トレーニングと認定 サポートセンター\n")
    add("suspicious", False, None, [],
        H(addr("AWS トレーニングと認定", "support@aws-training-jp.net", "iso-2022-jp"), ME_P,
          "【重要】AWS認定アカウント統合の最終確認のお願い", D("2025-07-17 10:22:03"),
          "<%s@aws-training-jp.net>" % hx(20), cs="iso-2022-jp",
          extra=auth_gmail("aws-training-jp.net", "support@aws-training-jp.net",
                           "91.204.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250)), sel="default")),
        part(t, "text/plain", "iso-2022-jp", "7bit"),
        note="Japanese credential phishing demanding a reply within 48 hours.")

    # ---- case G --------------------------------------------------------------
    subjG = "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-registration" % CASE_G
    # 067 info_request G (questions only)
    t = ("Hi Ren,\n\n"
         "Sorry to hear the voucher was turned down at checkout. The code itself is valid on our side\n"
         "and has not been used, so I want to pin down where it failed.\n\n"
         "Which exam were you booking (exam code and whether it was online or at a test centre)? Did the\n"
         "error show on the AWS Certification site or on the Pearson VUE payment page? And were you\n"
         "signed in as %s at the time?\n\n"
         "A screenshot of the error would also help, if you still have it.\n\n"
         "Cheers,\nKenji T.\nAWS Training and Certification\n") % CID_PERSONAL
    add("info_request", True, CASE_G, [CID_PERSONAL],
        H(TC, ME_P, subjG, D("2025-07-18 06:40:12"), mid("g_info", ses_mid()), extra=auth_gmail()),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="New case whose first mail here is a string of questions (no ack in the mailbox).")

    # 068 closing_notice G
    t = ("Hello Ren,\n\n"
         "Case %s is still waiting for the details Kenji asked about on 18 July. As we haven't\n"
         "heard from you, the case will be closed on 25 July. If you would still like us to look into the\n"
         "voucher, a reply to this email before then keeps it open.\n\n"
         "AWS Training and Certification\n") % CASE_G
    add("closing_notice", True, CASE_G, [],
        H(TC, ME_P, subjG, D("2025-07-22 06:40:55"), mid("g_close", ses_mid()),
          irt=MID["g_info"], refs=MID["g_info"], extra=auth_gmail()),
        part(t, "text/plain", "us-ascii", "7bit"),
        note="Closing notice phrased as a condition ('If you would still like us to...').")

    # 069 certification: expired
    t = ("Hello Ren,\n\n"
         "Your AWS Certified Developer - Associate certification expired on July 22, 2025.\n"
         "Candidate ID: %s\n\n"
         "Your other active certifications are not affected. To earn the credential again, pass the\n"
         "current Developer - Associate exam; the 50%% discount in your Benefits can be used for it.\n\n"
         "AWS Certification\n") % CID_PERSONAL
    add("certification", False, None, [CID_PERSONAL],
        H(addr("AWS Certification", CERTM), ME_P, "Your AWS Certification has expired",
          D("2025-07-23 05:00:31"), "<%s@certmetrics.com>" % hx(30),
          extra=auth_gmail("certmetrics.com", "bounce@certmetrics.com", "13.111.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250)),
                           sel="cm1")),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Expiry notice, now to the personal address.")

    # 070 unrelated: other vendor ticket 'merged' / solved
    t = ("##- Please type your reply above this line -##\n\n"
         "Your request (55120) has been merged into request 55098, \"Webhook delivery delays\".\n"
         "We will continue the conversation there. This request is now solved.\n\n"
         "Satoshi (Kumoya Support)\n\n"
         "How would you rate the support you received? Good: https://kumoya.zendesk.com/r/good  "
         "Bad: https://kumoya.zendesk.com/r/bad\n\n"
         "[JQ8Z4M-2KPL]\n")
    add("unrelated", False, None, [],
        H(addr("Kumoya Support", "support@kumoya.zendesk.com"), ME_P,
          "[Kumoya Support] Re: Webhook retries failing since Friday", D("2025-07-25 01:15:40"),
          "<JQ8Z4M2KPL_%s_sprut@zendesk.com>" % hx(8),
          extra=auth_gmail("kumoya.zendesk.com", "support@kumoya.zendesk.com",
                           "192.161.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250)), sel="zendesk1")),
        part(t, "text/plain", "utf-8", "quoted-printable"),
        note="Other vendor ticket merged/solved with a rating link.")


# =============================================================================
def main():
    part_2023()
    part_2025_before()
    part_merge()
    part_july()
    for name in os.listdir(HERE):
        if name.endswith("-msg.eml") or name.endswith("-msg.json"):
            os.remove(os.path.join(HERE, name))
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(m["raw"].encode("utf-8"))
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["candidate_ids"]}
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write("\n")
    counts = Counter(m["kind"] for m in MSGS)
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(1 for m in MSGS if m["needs_reply"])))


if __name__ == "__main__":
    main()
