#!/usr/bin/env python3
"""Blind held-out corpus (stress set) for the account-merge mail classifier.
Writes NNN-slug.eml / NNN-slug.json into the directory this script lives in.
Standard library only."""
import os, json, base64, quopri, hashlib, datetime, re
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "yui.takamine.k@gmail.com"
ME_C = "y.takamine@kirinoha-tech.co.jp"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

K1 = "8392047165"          # 10 digits, 2021
K2 = "12473918506"         # 11 digits, 2023 console case
K3 = "174173850900412"     # 15 digits, 2025 main case (company address)
K4 = "174182331108853"     # 15 digits, duplicate form submission
K5 = "174765256400731"     # 15 digits, third account (Partner Central SSO)
K6 = "175004101002168"     # 15 digits, 2025 console case

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []


def date(s, tz="+0000"):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def mid(tag, domain):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:28], domain)


def h(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def enc(text, charset, cte):
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw) + b"\n"
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def P(ctype, text, charset="utf-8", cte="quoted-printable"):
    return {"ctype": ctype, "text": text, "charset": charset, "cte": cte}


def ATT(name, ctype, data):
    return {"att": True, "name": name, "ctype": ctype, "data": data}


def part_bytes(p):
    if p.get("att"):
        head = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
                'Content-Transfer-Encoding: base64\n\n') % (p["ctype"], p["name"], p["name"])
        return head.encode() + base64.encodebytes(p["data"])
    if p["ctype"].startswith("multipart/"):
        return multipart_bytes(p["ctype"], p["parts"], p["boundary"])
    head = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (
        p["ctype"], p["charset"], p["cte"])
    return head.encode() + enc(p["text"], p["charset"], p["cte"])


def multipart_bytes(ctype, parts, boundary, with_header=True):
    out = b""
    if with_header:
        out += ('Content-Type: %s; boundary="%s"\n\n' % (ctype, boundary)).encode()
    for p in parts:
        out += ("--%s\n" % boundary).encode() + part_bytes(p) + b"\n"
    out += ("--%s--\n" % boundary).encode()
    return out


def ALT(text, html, charset="utf-8", cte="quoted-printable", boundary=None):
    return {"ctype": "multipart/alternative", "boundary": boundary or "alt_" + hashlib.md5((text + html).encode()).hexdigest()[:20],
            "parts": [P("text/plain", text, charset, cte), P("text/html", html, charset, cte)]}


def MIXED(parts, boundary=None):
    return {"ctype": "multipart/mixed", "boundary": boundary or "mix_" + hashlib.md5(repr(len(MSGS)).encode()).hexdigest()[:20],
            "parts": parts}


def auth_gmail(domain, ok=True, mailfrom=None, ip="54.240.27.17"):
    mailfrom = mailfrom or ("bounce@" + domain)
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=s1 header.b=Qm3xT0aB;\n"
                "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s") % (domain, mailfrom, ip, mailfrom, domain)
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=s1 header.b=ZZ9kLw0q;\n"
            "       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s") % (domain, mailfrom, ip, mailfrom, domain)


def auth_m365(domain, ip="54.240.8.44"):
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100") % (ip, domain, domain, domain)


def add(slug, label, headers, body, crlf=False):
    """headers: list of (name, value); body: part dict."""
    n = len(MSGS) + 1
    MSGS.append((n, slug, label, headers, body, crlf))


def build(headers, body, crlf):
    out = b""
    for k, v in headers:
        if v is None:
            continue
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"MIME-Version: 1.0\n"
    if body["ctype"].startswith("multipart/"):
        out += multipart_bytes(body["ctype"], body["parts"], body["boundary"])
    else:
        out += part_bytes(body)
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def L(kind, needs, case, ids=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(ids)}


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def slug_for(n, hint):
    return hashlib.sha1(("blind56-%d-%s" % (n, hint)).encode()).hexdigest()[:8]


# ---------------------------------------------------------------- 2021 ---
add("a", L("unrelated", False, None), [
    ("From", addr("Pearson VUE", "pearsonvueconfirmation@pearson.com")),
    ("To", ME_P),
    ("Subject", "Confirmation of your AWS Certified Developer - Associate appointment"),
    ("Date", date("2021-05-20 08:14:02")),
    ("Message-ID", mid("pv1", "pearson.com")),
    ("Authentication-Results", auth_gmail("pearson.com", ip="159.182.1.14")),
], ALT(
    "Dear Yui Takamine,\n\nThank you for scheduling your exam with Pearson VUE.\n\n"
    "Exam: DVA-C01 AWS Certified Developer - Associate\nDate: Saturday, June 12, 2021 10:00 JST\n"
    "Location: Online proctored (OnVUE)\nRegistration ID: 418275903\n\n"
    "Please review the OnVUE system requirements and run the system test before exam day.\n"
    "If you need to reschedule or cancel, do so at least 24 hours before your appointment.\n\n"
    "Pearson VUE\n",
    "<html><body><p>Dear Yui Takamine,</p><p>Thank you for scheduling your exam with Pearson VUE.</p>"
    "<table><tr><td>Exam</td><td>DVA-C01 AWS Certified Developer - Associate</td></tr>"
    "<tr><td>Date</td><td>Saturday, June 12, 2021 10:00 JST</td></tr>"
    "<tr><td>Registration ID</td><td>418275903</td></tr></table>"
    "<p>Please review the OnVUE system requirements and run the system test before exam day.</p></body></html>"))

K1_ACK_ID = mid("k1ack", "amazon.com")
add("b", L("acknowledgement", False, K1), [
    ("From", FORM), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K1, FORM_SUBJ)),
    ("Date", date("2021-06-02 13:40:51")),
    ("Message-ID", K1_ACK_ID),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="0100017a@amazonses.com")),
], P("text/plain",
    "Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your concerns.\n\n"
    "The details of your case are as follows:\n\nCase ID: %s\nSubject: %s\nSeverity: Low\n"
    "Correspondence: My exam passed last week does not show up in Credly. I think I have two certification\n"
    "accounts under the same e-mail address and would like them combined.\n\n"
    "We usually respond within 24 hours. If you have already opened a case, please do not open another\n"
    "case for the same request. If you have anything to add, you can reply to this e-mail.\n\n"
    "Sincerely,\nAmazon Web Services\n" % (K1, K1, FORM_SUBJ), "us-ascii", "7bit"), crlf=True)

K1_Q_ID = mid("k1q", "amazon.com")
K1_Q_TEXT = ("Hi Yui,\n\nWhat are the candidate IDs on the two accounts? They're at the top right of the "
             "certification page once you're signed in (AWS + 8 digits).\n\nMarisol\nAWS Training and Certification")
add("c", L("info_request", True, K1), [
    ("From", addr("AWS Training and Certification", FORM)), ("To", ME_P),
    ("Subject", "RE: [CASE %s] %s" % (K1, FORM_SUBJ)),
    ("Date", date("2021-06-03 02:11:37")),
    ("Message-ID", K1_Q_ID), ("In-Reply-To", K1_ACK_ID), ("References", K1_ACK_ID),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="0100017a@amazonses.com")),
], P("text/plain", K1_Q_TEXT + "\n", "us-ascii", "7bit"), crlf=True)

K1_R1_ID = mid("k1r1", "mail.gmail.com")
K1_R1_TEXT = ("Hi Marisol,\n\nThe one I have always used: AWS03318842\nThe one I apparently created by mistake: AWS05520917\n\n"
              "Both log in with this gmail address.\n\nThanks,\nYui")
add("d", L("user_reply", False, K1, ["AWS03318842", "AWS05520917"]), [
    ("From", addr("Yui Takamine", ME_P)), ("To", FORM),
    ("Subject", "Re: [CASE %s] %s" % (K1, FORM_SUBJ)),
    ("Date", date("2021-06-03 19:05:44", "+0900")),
    ("Message-ID", K1_R1_ID), ("In-Reply-To", K1_Q_ID), ("References", "%s %s" % (K1_ACK_ID, K1_Q_ID)),
], ALT(K1_R1_TEXT + "\n\nOn Thu, Jun 3, 2021 at 11:11 AM AWS Training and Certification <%s> wrote:\n\n%s\n" % (FORM, quote(K1_Q_TEXT)),
       "<div dir=\"ltr\">" + K1_R1_TEXT.replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Thu, Jun 3, 2021 at 11:11 AM AWS Training and Certification &lt;%s&gt; wrote:<br></div><blockquote class=\"gmail_quote\">%s</blockquote></div>" % (FORM, K1_Q_TEXT.replace("\n", "<br>"))))

K1_CONF_ID = mid("k1conf", "amazon.com")
K1_CONF_TEXT = ("Hello Yui,\n\nThanks for the IDs. Here is what I found:\n\nAccount #1\n  Candidate ID: AWS03318842\n"
                "  Login email: yui.takamine.k@gmail.com\n  Training notification email: yui.takamine.k@gmail.com\n"
                "  Certification notification email: yui.takamine.k@gmail.com\n  Credly: connected\n\n"
                "Account #2\n  Candidate ID: AWS05520917\n  Login email: yui.takamine.k@gmail.com\n"
                "  Training notification email: yui.takamine.k@gmail.com\n  Certification notification email: (none)\n"
                "  Credly: not connected\n\n"
                "Account #1 would be the surviving record, with the exam from May and everything else on Account #2 folded into it. "
                "Is that what you want?\n\nMarisol\nAWS Training and Certification")
add("e", L("confirmation_request", True, K1, ["AWS03318842", "AWS05520917"]), [
    ("From", addr("AWS Training and Certification", FORM)), ("To", ME_P),
    ("Subject", "RE: [CASE %s] %s" % (K1, FORM_SUBJ)),
    ("Date", date("2021-06-08 06:52:10")),
    ("Message-ID", K1_CONF_ID), ("In-Reply-To", K1_R1_ID), ("References", "%s %s %s" % (K1_ACK_ID, K1_Q_ID, K1_R1_ID)),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="0100017a@amazonses.com")),
], P("text/plain", K1_CONF_TEXT + "\n\n-----Original Message-----\nFrom: " + ME_P + "\nSent: 6/3/2021 10:05 AM\n\n" + K1_R1_TEXT + "\n", "utf-8", "quoted-printable"))

K1_R2_ID = mid("k1r2", "mail.gmail.com")
add("f", L("user_reply", False, K1), [
    ("From", addr("Yui Takamine", ME_P)), ("To", FORM),
    ("Subject", "Re: [CASE %s] %s" % (K1, FORM_SUBJ)),
    ("Date", date("2021-06-08 21:30:02", "+0900")),
    ("Message-ID", K1_R2_ID), ("In-Reply-To", K1_CONF_ID), ("References", "%s %s %s %s" % (K1_ACK_ID, K1_Q_ID, K1_R1_ID, K1_CONF_ID)),
], P("text/plain", "Yes, that's right. Please merge into Account #1.\n\nYui\n\nOn Tue, Jun 8, 2021 at 3:52 PM AWS Training and Certification <%s> wrote:\n%s\n" % (FORM, quote(K1_CONF_TEXT)), "utf-8", "quoted-printable"))

K1_DONE_ID = mid("k1done", "amazon.com")
add("g", L("resolved", False, K1, ["AWS03318842"]), [
    ("From", addr("AWS Training and Certification", FORM)), ("To", ME_P),
    ("Subject", "RE: [CASE %s] %s" % (K1, FORM_SUBJ)),
    ("Date", date("2021-06-09 01:17:45")),
    ("Message-ID", K1_DONE_ID), ("In-Reply-To", K1_R2_ID), ("References", "%s %s %s" % (K1_ACK_ID, K1_CONF_ID, K1_R2_ID)),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="0100017a@amazonses.com")),
], P("text/plain",
     "Hi Yui,\n\nAll set. Account #2 has been combined into Account #1 (AWS03318842), so your May exam is now on the "
     "record that's connected to Credly. The badge should appear after the next sync, usually within 48 hours.\n\n"
     "This case is now resolved.\n\nMarisol\nAWS Training and Certification\n\n"
     "----------------------------------------\nHow did we do? Please take a moment to rate this response:\n"
     "https://aws-tc.survey.example-amazon.com/r?c=%s\n----------------------------------------\n\n"
     "-----Original Message-----\n%s\n" % (K1, K1_CONF_TEXT), "utf-8", "base64"), crlf=True)

add("h", L("badge", False, None), [
    ("From", addr("Acclaim", "admin@youracclaim.com")), ("To", ME_P),
    ("Subject", "Amazon Web Services Training and Certification sent you a new badge"),
    ("Date", date("2021-06-10 04:03:19")),
    ("Message-ID", mid("credly1", "youracclaim.com")),
    ("Authentication-Results", auth_gmail("youracclaim.com", ip="167.89.1.1")),
], ALT("Hi Yui,\n\nAmazon Web Services Training and Certification has issued you a badge: AWS Certified Developer - Associate.\n\n"
       "Accept your badge: https://www.youracclaim.com/badges/6f1c2e9a-4b7d-4e0f-9d1a-2c3b4a5d6e7f/accept\n\n"
       "Accepting lets you share it on LinkedIn and with employers.\n\nThe Acclaim Team\n",
       "<html><body><h2>You've earned a badge!</h2><p>Amazon Web Services Training and Certification has issued you "
       "<b>AWS Certified Developer - Associate</b>.</p><p><a href=\"https://www.youracclaim.com/badges/6f1c2e9a-4b7d-4e0f-9d1a-2c3b4a5d6e7f/accept\">Accept your badge</a></p></body></html>"))

add("i", L("survey", False, K1), [
    ("From", addr("AWS Customer Experience", "aws-cx-survey@amazon.com")), ("To", ME_P),
    ("Subject", "Your recent AWS Training and Certification case %s" % K1),
    ("Date", date("2021-06-11 15:00:00")),
    ("Message-ID", mid("k1survey", "amazon.com")),
    ("Authentication-Results", auth_gmail("amazon.com")),
], ALT("Hello,\n\nYou recently contacted AWS Training and Certification (case %s). Would you take two minutes to tell us "
       "how it went? Your answers go straight to the team that handled your request.\n\n"
       "Start the survey: https://survey.amazon.com/aws-tc?case=%s\n\nThank you,\nAWS Training and Certification\n" % (K1, K1),
       "<p>Hello,</p><p>You recently contacted AWS Training and Certification (case %s). Would you take two minutes to tell us how it went?</p>"
       "<p><a href=\"https://survey.amazon.com/aws-tc?case=%s\">Start the survey</a></p>" % (K1, K1)))

# ---------------------------------------------------------------- 2023 ---
add("j", L("unrelated", False, None), [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", "Amazon Web Services Billing Statement Available [Account: 482913650217]"),
    ("Date", date("2023-02-03 06:12:40")),
    ("Message-ID", mid("bill1", "amazon.com")),
    ("Authentication-Results", auth_gmail("amazon.com")),
], P("text/plain",
     "Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site. "
     "Your account will be charged the following:\n\nTotal: $3.12\n\nYou can see a complete break down of all charges on the Billing & Cost "
     "Management page located here:\nhttps://console.aws.amazon.com/billing/home#/bill\n\n[AWS ID 482913650217]\n\n"
     "Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n\n"
     "Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n", "us-ascii", "7bit"))

K2_ACK_ID = mid("k2ack", "amazon.com")
CONSOLE_FOOT = ("To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
                "(If you are connecting by federation, log in before following the link.)\n\n"
                "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
                "To respond to this case, please follow the link above to respond from your AWS Support Center.\n")
FEEDBACK = ("\nWe value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. "
            "You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n")
add("k", L("acknowledgement", False, K2), [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", "Amazon Web Services: New Support case: %s" % K2),
    ("Date", date("2023-04-17 09:20:13")),
    ("Message-ID", K2_ACK_ID),
    ("Authentication-Results", auth_gmail("amazon.com")),
], P("text/plain",
     "Hello,\n\nWe have received your request for support. The details of your case are as follows:\n\n"
     "Case ID: %s\nSubject: AWS Certification account linked to the wrong sign-in\nSeverity: General guidance\n"
     "Correspondence: Since the sign-in change, I land in an empty certification account with no exam history. "
     "AWS account 482913650217 is mine.\n\n" % K2 + CONSOLE_FOOT % K2 + "\nThank you for using Amazon Web Services.\n", "us-ascii", "7bit"))

K2_Q_ID = mid("k2q", "amazon.com")
K2_Q_TEXT = ("Hello,\n\nThank you for contacting AWS Support.\n\nI understand you are signing in and arriving at a certification account "
             "that has no exam history. AWS Training and Certification accounts are separate from the AWS account 482913650217 "
             "mentioned in your case; they are tied to the sign-in method (Amazon account, AWS Builder ID or APN) used when the "
             "certification profile was first created. When the sign-in method changes, a new, empty certification profile is "
             "sometimes created alongside the original one, which matches what you describe.\n\n"
             "We're unable to go further until we know the candidate ID you expect to see after signing in, together with the "
             "email address that profile was originally created with.\n\nBest regards,\n\nAidan M.\nAmazon Web Services\n\n")
add("l", L("info_request", True, K2), [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] AWS Certification account linked to the wrong sign-in" % K2),
    ("Date", date("2023-04-18 02:47:55")),
    ("Message-ID", K2_Q_ID), ("In-Reply-To", K2_ACK_ID), ("References", K2_ACK_ID),
    ("Authentication-Results", auth_gmail("amazon.com")),
], ALT(K2_Q_TEXT + CONSOLE_FOOT % K2 + FEEDBACK,
       "<html><body>" + "".join("<p>%s</p>" % x.replace("\n", "<br>") for x in K2_Q_TEXT.strip().split("\n\n")) +
       "<p>To contact us again about this case, please return to the AWS Support Center using the following URL:<br>"
       "<a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en\">https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</a></p>"
       "<p>*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>"
       "<p style=\"color:#777\">We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.</p></body></html>" % (K2, K2)))

add("m", L("unrelated", False, None), [
    ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", ME_P),
    ("Subject", "Delivery Status Notification (Failure)"),
    ("Date", date("2023-04-18 12:03:31")),
    ("Message-ID", mid("bounce1", "mx.google.com")),
], MIXED([
    P("text/plain",
      "** Address not found **\n\nYour message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, "
      "or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 <no-reply-aws@amazon.com>: "
      "Recipient address rejected: this mailbox does not accept incoming mail\n", "us-ascii", "7bit"),
    {"ctype": "text/rfc822-headers", "charset": "us-ascii", "cte": "7bit", "text":
     "From: Yui Takamine <%s>\nTo: %s\nSubject: Re: RE:[CASE %s] AWS Certification account linked to the wrong sign-in\n"
     "Date: Tue, 18 Apr 2023 21:03:20 +0900\n" % (ME_P, CONSOLE, K2)},
], boundary="dsn_00000000000042b1f905f99a"))

add("n", L("closing_notice", True, K2), [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] AWS Certification account linked to the wrong sign-in" % K2),
    ("Date", date("2023-04-21 18:00:07")),
    ("Message-ID", mid("k2close", "amazon.com")), ("In-Reply-To", K2_Q_ID), ("References", "%s %s" % (K2_ACK_ID, K2_Q_ID)),
    ("Authentication-Results", auth_gmail("amazon.com")),
], P("text/plain",
     "Hello,\n\nYour support case %s is pending your response. If we don't hear back within the next 3 days, the case will be "
     "resolved automatically. Adding a correspondence to the case in the Support Center keeps it open.\n\n" % K2
     + CONSOLE_FOOT % K2 + FEEDBACK, "us-ascii", "7bit"))

add("o", L("resolved", False, K2, ["AWS03318842"]), [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] AWS Certification account linked to the wrong sign-in" % K2),
    ("Date", date("2023-04-24 05:31:48")),
    ("Message-ID", mid("k2done", "amazon.com")), ("References", "%s %s" % (K2_ACK_ID, K2_Q_ID)),
    ("Authentication-Results", auth_gmail("amazon.com")),
], P("text/plain",
     "Hello,\n\nThank you for the details. Our Training and Certification colleagues have linked your sign-in to the original "
     "profile, AWS03318842, and removed the empty one that was created in March. Your exam history is visible again.\n\n"
     "We're marking this case as resolved. If anything still looks wrong, you can reopen it from the Support Center within 14 days.\n\n"
     "Best regards,\n\nAidan M.\nAmazon Web Services\n\n" + CONSOLE_FOOT % K2 + FEEDBACK, "utf-8", "quoted-printable"))

add("p", L("survey", False, K2), [
    ("From", addr("AWS Support", "aws-support-survey@amazon.com")), ("To", ME_P),
    ("Subject", "How did we do? Share feedback on your AWS Support case %s" % K2),
    ("Date", date("2023-04-25 10:00:00")),
    ("Message-ID", mid("k2survey", "amazon.com")),
    ("Authentication-Results", auth_gmail("amazon.com")),
], ALT("Hello,\n\nYour AWS Support case %s was recently resolved. We'd appreciate a few minutes of your time to rate your "
       "experience. It's a five-question survey.\n\nRate your experience: https://amazonwebservices.qualtrics.com/jfe/form/SV_x?case=%s\n\n"
       "AWS Support\n" % (K2, K2),
       "<table width=\"600\"><tr><td><p>Your AWS Support case <b>%s</b> was recently resolved.</p><p>We'd appreciate a few minutes of your time to rate your experience.</p>"
       "<p><a href=\"https://amazonwebservices.qualtrics.com/jfe/form/SV_x?case=%s\">Rate your experience</a></p></td></tr></table>" % (K2, K2), cte="base64"))

add("q", L("certification", False, None, ["AWS03318842"]), [
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
    ("Subject", "Congratulations on recertifying your AWS Certification!"),
    ("Date", date("2023-07-03 14:22:09")),
    ("Message-ID", mid("cm1", "certmetrics.com")),
    ("Authentication-Results", auth_gmail("certmetrics.com", ip="52.1.2.3")),
], ALT("Dear Yui Takamine,\n\nCongratulations! You have successfully recertified AWS Certified Developer - Associate.\n\n"
       "Candidate ID: AWS03318842\nValidation number: 9QW2L1KC3E4Q1G5K\nExpiration date: July 1, 2026\n\n"
       "Your digital badge will be updated in Credly within a few days.\n\nAWS Training and Certification\n",
       "<p>Dear Yui Takamine,</p><p>Congratulations! You have successfully recertified <b>AWS Certified Developer - Associate</b>.</p>"
       "<table><tr><td>Candidate ID</td><td>AWS03318842</td></tr><tr><td>Expiration date</td><td>July 1, 2026</td></tr></table>"))

add("r", L("unrelated", False, None), [
    ("From", addr("ピアソンVUE", "pearsonvueconfirmation@pearson.com", "shift_jis")), ("To", ME_P),
    ("Subject", h("【ピアソンVUE】試験予約確認のお知らせ", "shift_jis")),
    ("Date", date("2023-09-05 11:05:33", "+0900")),
    ("Message-ID", mid("pv2", "pearson.com")),
    ("Authentication-Results", auth_gmail("pearson.com", ip="159.182.1.14")),
], P("text/plain",
     "高峰 結衣 様\n\nこの度はピアソンVUEにて試験のご予約をいただき、誠にありがとうございます。\n\n"
     "試験名：AWS Certified Solutions Architect - Associate (SAA-C03)\n日時：2023年9月30日 13:00\n"
     "会場：東京 新宿テストセンター\n登録ID：537120846\n\n"
     "試験当日は、有効な身分証明書を2点ご持参ください。\n予約の変更・キャンセルは試験日の24時間前までに行ってください。\n\n"
     "ピアソンVUE\n", "shift_jis", "base64"))

# ---------------------------------------------------------------- 2025 ---
add("s", L("unrelated", False, None), [
    ("From", addr("情報システム部", "it-helpdesk@kirinoha-tech.co.jp", "iso-2022-jp")), ("To", ME_C),
    ("Subject", h("【情報システム部】退職に伴うアカウント停止のご案内", "iso-2022-jp")),
    ("Date", date("2025-02-20 10:00:00", "+0900")),
    ("Message-ID", mid("it1", "kirinoha-tech.co.jp")),
    ("Authentication-Results", auth_m365("kirinoha-tech.co.jp", ip="10.20.1.5")),
], P("text/plain",
     "高峰 結衣 さん\n\n情報システム部です。\n退職手続きに伴い、以下のとおり社内アカウントを停止します。\n\n"
     "  最終出社日：2025年3月31日\n  メールボックス停止：2025年3月31日 23時59分\n  転送設定：不可\n\n"
     "外部サービスに会社のメールアドレスを登録している場合は、停止日までに変更を済ませてください。\n"
     "ご不明な点がございましたら、情報システム部までご連絡ください。\n", "iso-2022-jp", "7bit"), crlf=True)

add("t", L("unrelated", False, None), [
    ("From", addr("AWS Builder ID", "no-reply@signin.aws")), ("To", ME_P),
    ("Subject", "Verify your AWS Builder ID email address"),
    ("Date", date("2025-03-11 12:31:06")),
    ("Message-ID", mid("bid1", "signin.aws")),
    ("Authentication-Results", auth_gmail("signin.aws")),
], ALT("Hello,\n\nThank you for creating an AWS Builder ID. Use this verification code to finish:\n\n604182\n\n"
       "This code expires in 30 minutes. If you didn't request it, you can ignore this email.\n\nAmazon Web Services\n",
       "<p>Thank you for creating an AWS Builder ID. Use this verification code to finish:</p><p style=\"font-size:24px\"><b>604182</b></p>"
       "<p>This code expires in 30 minutes.</p>"))

K3_ACK_ID = mid("k3ack", "amazon.com")
add("u", L("acknowledgement", False, K3), [
    ("From", FORM), ("To", ME_C),
    ("Subject", "RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-03-12 00:15:41")),
    ("Message-ID", K3_ACK_ID),
    ("Authentication-Results", auth_m365("amazon.com")),
], P("text/plain",
     "こんにちは\n\nAmazon Web Services にお問い合わせいただきありがとうございます。お問い合わせに対応するため、ケース %s を作成しました。\n\n"
     "ケースの詳細は次のとおりです。\n\nケース ID: %s\n件名: %s\n重要度: 低\n"
     "内容: Use Case: I am leaving Kirinoha Tech at the end of March and would like to merge my company certification "
     "account into my personal one.\nAll email addresses you may have used in our system: y.takamine@kirinoha-tech.co.jp, yui.takamine.k@gmail.com\n"
     "The email address you would like to keep on file: yui.takamine.k@gmail.com\n\n"
     "通常24時間以内にご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。"
     "追加の情報がございましたら、このメールにご返信ください。\n\nよろしくお願いいたします。\nAmazon Web Services\n" % (K3, K3, FORM_SUBJ),
     "utf-8", "base64"))

K4_ACK_ID = mid("k4ack", "amazon.com")
add("v", L("acknowledgement", False, K4), [
    ("From", FORM), ("To", ME_P),
    ("Subject", "RE: [CASE %s] %s" % (K4, FORM_SUBJ)),
    ("Date", date("2025-03-12 23:48:58")),
    ("Message-ID", K4_ACK_ID),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], P("text/html",
     "<html><body style=\"font-family:Arial\"><p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case "
     "%s to address your concerns.</p><table border=\"1\" cellpadding=\"4\"><tr><th colspan=\"2\">The details of your case are as follows</th></tr>"
     "<tr><td>Case ID</td><td>%s</td></tr><tr><td>Subject</td><td>%s</td></tr><tr><td>Severity</td><td>Low</td></tr>"
     "<tr><td>Correspondence</td><td>Resending from my personal address as I'm not sure the first request went through. "
     "I'm leaving my employer and want my certifications on yui.takamine.k@gmail.com.</td></tr></table>"
     "<p>We usually respond within 24 hours. If you have already opened a case, please do not open another case for the same request.</p>"
     "<p>If you have anything to add, reply to this email.</p><p>Sincerely,<br>Amazon Web Services</p></body></html>" % (K4, K4, FORM_SUBJ),
     "utf-8", "quoted-printable"))

add("w", L("case_update", False, K4), [
    ("From", addr("AWS Training and Certification", FORM)), ("To", ME_P),
    ("Subject", "RE: [CASE %s] %s" % (K4, FORM_SUBJ)),
    ("Date", date("2025-03-13 01:20:12")),
    ("Message-ID", mid("k4upd", "amazon.com")), ("In-Reply-To", K4_ACK_ID), ("References", K4_ACK_ID),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], P("text/plain",
     "Hi Yui,\n\nThis is the same request that came in yesterday from your Kirinoha Tech address as case %s, and a colleague "
     "is already working on it there. To keep everything in one place we'll continue under that case and I've linked the two. "
     "Nothing is needed from you on this one.\n\nJonas\nAWS Training and Certification\n" % K3, "us-ascii", "7bit"))

K3_HOLD_ID = mid("k3hold", "amazon.com")
K3_HOLD_TEXT = ("Hello Yui,\n\nThank you for reaching out to AWS Training and Certification.\n\n"
                "I looked into both certification accounts listed in your request. The one registered to y.takamine@kirinoha-tech.co.jp "
                "is associated with an AWS Partner Network (APN) organization, Kirinoha Tech K.K. Certifications on a partner-associated "
                "account count toward that partner's program requirements, so we can't move them off the partner record while the holder "
                "is still employed there, and I've put the merge on hold for now.\n\n"
                "Your form mentions a change of employer but not when it happens. Is your employment with Kirinoha Tech actually ending, "
                "and on what date? With that I can raise the release with our partner team.\n\n"
                "Kind regards,\nDevika R.\nAWS Training and Certification Support\nCase ID: %s" % K3)
add("x", L("on_hold", True, K3), [
    ("From", addr("AWS Training and Certification", FORM)), ("To", ME_C), ("Cc", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-03-13 03:02:27")),
    ("Message-ID", K3_HOLD_ID), ("In-Reply-To", K3_ACK_ID), ("References", K3_ACK_ID),
    ("Authentication-Results", auth_m365("amazon.com")),
], ALT(K3_HOLD_TEXT + "\n",
       "<div style=\"font-family:Calibri\">" + "".join("<p>%s</p>" % x.replace("\n", "<br>") for x in K3_HOLD_TEXT.split("\n\n")) + "</div>"))

add("y", L("unrelated", False, None), [
    ("From", addr("小松 達也", "t.komatsu@kirinoha-tech.co.jp")), ("To", ME_C),
    ("Subject", h("自動応答: APN 認定者数の扱いについて")),
    ("Date", date("2025-03-13 12:41:09", "+0900")),
    ("Message-ID", mid("ooo1", "kirinoha-tech.co.jp")),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("Authentication-Results", auth_m365("kirinoha-tech.co.jp", ip="10.20.1.5")),
], P("text/plain",
     "お疲れさまです。小松です。\n\n3月13日(木)〜3月17日(月)は休暇のため不在にしております。\n"
     "期間中はメールを確認できません。お急ぎの場合は、営業部 代表アドレスまでご連絡ください。\n"
     "戻り次第、順次ご返信いたします。\n", "utf-8", "8bit"))

K3_U1_ID = mid("k3u1", "kirinoha-tech.co.jp")
K3_U1_TEXT = ("Hello Devika,\n\nYes, it is ending. My last working day at Kirinoha Tech is March 31, 2025, and this mailbox will be "
              "shut down that evening.\n\nThe account I want to keep is the one under yui.takamine.k@gmail.com (candidate ID AWS07730215). "
              "The company one is AWS04417720.\n\nBest regards,\nYui Takamine")
add("z", L("user_reply", False, K3, ["AWS07730215", "AWS04417720"]), [
    ("From", addr("高峰 結衣", ME_C)), ("To", FORM), ("Cc", ME_P),
    ("Subject", "RE: RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-03-13 13:15:40", "+0900")),
    ("Message-ID", K3_U1_ID), ("In-Reply-To", K3_HOLD_ID), ("References", "%s %s" % (K3_ACK_ID, K3_HOLD_ID)),
    ("Thread-Topic", "RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("X-MS-Has-Attach", ""),
], ALT(K3_U1_TEXT + "\n\n-----Original Message-----\nFrom: AWS Training and Certification <%s>\nSent: Thursday, March 13, 2025 12:02 PM\n"
       "To: 高峰 結衣 <%s>\nCc: %s\nSubject: RE:[CASE %s] %s\n\n%s\n" % (FORM, ME_C, ME_P, K3, FORM_SUBJ, K3_HOLD_TEXT),
       "<html><body><div>" + K3_U1_TEXT.replace("\n", "<br>") + "</div><div style=\"border-top:solid #E1E1E1 1pt\"><b>From:</b> AWS Training and Certification &lt;%s&gt;<br>"
       "<b>Sent:</b> Thursday, March 13, 2025 12:02 PM<br><b>Subject:</b> RE:[CASE %s] %s</div><div>%s</div></body></html>" % (FORM, K3, FORM_SUBJ, K3_HOLD_TEXT.replace("\n", "<br>"))),
    crlf=True)

K3_HOLD2_ID = mid("k3hold2", "amazon.com")
add("aa", L("on_hold", False, K3), [
    ("From", addr("AWS Training and Certification", FORM)), ("To", ME_C), ("Cc", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-03-14 01:44:03")),
    ("Message-ID", K3_HOLD2_ID), ("In-Reply-To", K3_U1_ID), ("References", "%s %s %s" % (K3_ACK_ID, K3_HOLD_ID, K3_U1_ID)),
    ("Authentication-Results", auth_m365("amazon.com")),
], P("text/plain",
     "Hello Yui,\n\nThank you for confirming the date. I've filed a release request with the AWS Partner team for Kirinoha Tech K.K.; "
     "they notify the partner's alliance lead, and once the record is released we continue with the merge. That typically takes two to "
     "five business days, and the case stays paused until then.\n\nYou don't have to do anything while we wait. I'll write as soon as "
     "there's movement.\n\nKind regards,\nDevika R.\nAWS Training and Certification Support\n", "utf-8", "quoted-printable"))

add("ab", L("unrelated", False, None), [
    ("From", addr("Datadog Support", "support@datadoghq.com")), ("To", ME_C),
    ("Subject", "[Datadog Support] Re: Log pipeline drops JSON fields (#1834592)"),
    ("Date", date("2025-03-18 07:10:55")),
    ("Message-ID", mid("dd1", "datadoghq.com")),
    ("Authentication-Results", auth_m365("datadoghq.com", ip="198.2.1.1")),
], ALT("##- Please type your reply above this line -##\n\nYour request (1834592) has been solved. Since we haven't heard back, we assume "
       "the remapper fix worked for you.\n\nThe ticket will be closed automatically in 4 days. If you still need help, reply to this "
       "email to reopen it.\n\nKind regards,\nPriya | Datadog Support\n",
       "<p style=\"color:#b5b5b5\">##- Please type your reply above this line -##</p><p>Your request (1834592) has been solved. Since we haven't heard back, "
       "we assume the remapper fix worked for you.</p><p>The ticket will be closed automatically in 4 days. If you still need help, reply to this email to reopen it.</p>"))

K3_CONF_ID = mid("k3conf", "amazon.com")
K3_CONF_HTML = (
    "<html><head><style>td{border:1px solid #ccc;padding:4px 8px}</style></head><body style=\"font-family:Arial,sans-serif;font-size:13px\">"
    "<p>Hi Yui,</p><p>Good news: the partner team has released the Kirinoha Tech record, so the merge can go ahead. This is what we have on file:</p>"
    "<table cellspacing=\"0\"><tr><td></td><td><b>Account #1</b></td><td><b>Account #2</b></td></tr>"
    "<tr><td>Candidate ID</td><td>AWS07730215</td><td>AWS04417720</td></tr>"
    "<tr><td>Login email</td><td>yui.takamine.k@gmail.com</td><td>y.takamine@kirinoha-tech.co.jp</td></tr>"
    "<tr><td>Training notification email</td><td>yui.takamine.k@gmail.com</td><td>y.takamine@kirinoha-tech.co.jp</td></tr>"
    "<tr><td>Certification notification email</td><td>yui.takamine.k@gmail.com</td><td>y.takamine@kirinoha-tech.co.jp</td></tr>"
    "<tr><td>APN association</td><td>none</td><td>Kirinoha Tech K.K. (released)</td></tr></table>"
    "<p>The plan is to keep Account #1 and fold the exam history, certifications and benefits of Account #2 into it; Account #2 is then retired. "
    "Before I run it I need a yes from you that Account #1 is the one to keep.</p>"
    "<p>Thanks,<br>Tom&aacute;s<br>AWS Training and Certification</p></body></html>")
K3_CONF_TXT = ("Hi Yui,\n\nGood news: the partner team has released the Kirinoha Tech record, so the merge can go ahead. This is what we have on file:\n\n"
               "Account #1\nCandidate ID: AWS07730215\nLogin email: yui.takamine.k@gmail.com\nTraining notification email: yui.takamine.k@gmail.com\n"
               "Certification notification email: yui.takamine.k@gmail.com\n\nAccount #2\nCandidate ID: AWS04417720\nLogin email: y.takamine@kirinoha-tech.co.jp\n"
               "Training notification email: y.takamine@kirinoha-tech.co.jp\nCertification notification email: y.takamine@kirinoha-tech.co.jp\n\n"
               "The plan is to keep Account #1 and fold the exam history, certifications and benefits of Account #2 into it; Account #2 is then retired. "
               "Before I run it I need a yes from you that Account #1 is the one to keep.\n\nThanks,\nTomás\nAWS Training and Certification")
add("ac", L("confirmation_request", True, K3, ["AWS07730215", "AWS04417720"]), [
    ("From", addr("AWS Training and Certification", FORM)), ("To", ME_C), ("Cc", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-03-19 01:41:17")),
    ("Message-ID", K3_CONF_ID), ("In-Reply-To", K3_HOLD2_ID), ("References", "%s %s %s %s" % (K3_ACK_ID, K3_HOLD_ID, K3_U1_ID, K3_HOLD2_ID)),
    ("Authentication-Results", auth_m365("amazon.com")),
], P("text/html", K3_CONF_HTML, "utf-8", "base64"))

K3_FWD_ID = mid("k3fwd", "kirinoha-tech.co.jp")
add("ad", L("user_reply", False, K3), [
    ("From", addr("高峰 結衣", ME_C)), ("To", ME_P),
    ("Subject", h("FW: RE:[CASE %s] %s" % (K3, FORM_SUBJ))),
    ("Date", date("2025-03-19 10:58:30", "+0900")),
    ("Message-ID", K3_FWD_ID),
], P("text/plain",
     "控え。会社のアドレスは3/31で止まるので個人側にも転送しておく。\n\n"
     "________________________________\n差出人: AWS Training and Certification <%s>\n送信日時: 2025年3月19日 10:41\n"
     "宛先: 高峰 結衣 <%s>\nCC: %s\n件名: RE:[CASE %s] %s\n\n%s\n" % (FORM, ME_C, ME_P, K3, FORM_SUBJ, K3_CONF_TXT),
     "utf-8", "quoted-printable"), crlf=True)

add("ae", L("unrelated", False, None), [
    ("From", addr("Kenji Oda", "notifications@github.com")), ("To", addr("kirinoha/infra-modules", "infra-modules@noreply.github.com")),
    ("Cc", "Yui Takamine <%s>, Review requested <review_requested@noreply.github.com>" % ME_P),
    ("Subject", "Re: [kirinoha/infra-modules] Move certification badge list to personal profile (PR #412)"),
    ("Date", date("2025-03-19 04:12:00")),
    ("Message-ID", "<kirinoha/infra-modules/pull/412/issue_event/1629384751@github.com>"),
    ("In-Reply-To", "<kirinoha/infra-modules/pull/412@github.com>"),
    ("List-ID", "kirinoha/infra-modules <infra-modules.kirinoha.github.com>"),
    ("Authentication-Results", auth_gmail("github.com", ip="192.30.252.1")),
], ALT("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/kirinoha/infra-modules/pull/412#event-1629384751\n"
       "You are receiving this because your review was requested.\n",
       "<p>Merged <a href=\"https://github.com/kirinoha/infra-modules/pull/412\">#412</a> into main.</p><p style=\"font-size:small\">Reply to this email directly, "
       "<a href=\"https://github.com/kirinoha/infra-modules/pull/412#event-1629384751\">view it on GitHub</a>.</p>"))

K3_U2_ID = mid("k3u2", "kirinoha-tech.co.jp")
add("af", L("user_reply", False, K3), [
    ("From", addr("高峰 結衣", ME_C)), ("To", FORM),
    ("Subject", "RE: RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-03-20 09:03:12", "+0900")),
    ("Message-ID", K3_U2_ID), ("In-Reply-To", K3_CONF_ID), ("References", "%s %s %s" % (K3_ACK_ID, K3_HOLD2_ID, K3_CONF_ID)),
], P("text/plain",
     "Confirmed. Please merge into Account #1.\n\nYui Takamine\n\n"
     "差出人: AWS Training and Certification <%s>\n送信日時: 2025年3月19日 10:41\n宛先: 高峰 結衣 <%s>\n件名: RE:[CASE %s] %s\n\n%s\n"
     % (FORM, ME_C, K3, FORM_SUBJ, K3_CONF_TXT), "utf-8", "quoted-printable"), crlf=True)

K3_ADDR_ID = mid("k3addr", "amazon.com")
K3_ADDR_TEXT = ("Hi Yui,\n\nThanks for the quick answer. One snag before I can run it: a merge confirmation has to come from the login email "
                "of the account being kept, and yours came from the Kirinoha Tech address. The same confirmation sent from "
                "yui.takamine.k@gmail.com, on this thread, is all that's missing.\n\nTomás\nAWS Training and Certification")
add("ag", L("info_request", True, K3), [
    ("From", addr("AWS Training and Certification", FORM)), ("To", ME_C), ("Cc", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-03-20 02:26:44")),
    ("Message-ID", K3_ADDR_ID), ("In-Reply-To", K3_U2_ID), ("References", "%s %s %s" % (K3_ACK_ID, K3_CONF_ID, K3_U2_ID)),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], P("text/plain", K3_ADDR_TEXT + "\n", "utf-8", "8bit"))

add("ah", L("unrelated", False, None), [
    ("From", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
    ("Subject", h("【AWS Summit Japan 2025】登録受付を開始しました")),
    ("Date", date("2025-03-21 01:00:00")),
    ("Message-ID", mid("mkt1", "amazon.com")),
    ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?e=x>"),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="bounce@mktomail.com", ip="199.15.1.1")),
], ALT("高峰 結衣 様\n\nAWS Summit Japan 2025 の事前登録を開始しました。基調講演、200 以上のセッション、AWS 認定者ラウンジなど、"
       "今年も盛りだくさんの内容でお届けします。\n\n今すぐ登録: https://aws.amazon.com/jp/summits/japan/\n\n"
       "本メールの配信停止をご希望の場合は、こちらから手続きいただけます: https://pages.awscloud.com/unsubscribe\n"
       "本メールは送信専用アドレスから配信しています。\n\nアマゾン ウェブ サービス ジャパン合同会社\n",
       "<table width=\"600\" align=\"center\"><tr><td><h1>AWS Summit Japan 2025</h1><p>高峰 結衣 様</p><p>AWS Summit Japan 2025 の事前登録を開始しました。</p>"
       "<p><a href=\"https://aws.amazon.com/jp/summits/japan/\">今すぐ登録</a></p><p style=\"font-size:10px\">配信停止をご希望の場合は<a href=\"https://pages.awscloud.com/unsubscribe\">こちら</a></p></td></tr></table>",
       cte="base64"))

add("ai", L("suspicious", False, None), [
    ("From", addr("AWS Training & Certification", "support@aws-certmerge-help.com")), ("To", ME_P),
    ("Subject", "RE:[CASE %s] Action required: confirm your certification account merge" % K3),
    ("Date", date("2025-03-22 16:40:12")),
    ("Message-ID", mid("phish1", "aws-certmerge-help.com")),
    ("Authentication-Results", auth_gmail("aws-certmerge-help.com", mailfrom="mailer@aws-certmerge-help.com", ip="45.137.21.9")),
], ALT("Hello,\n\nYour AWS certification account merge is pending. Account #1 and Account #2 will be merged once you confirm your identity.\n\n"
       "Confirm here within 24 hours or the certifications on both accounts will be forfeited:\nhttps://aws-certmerge-help.com/verify?case=%s\n\n"
       "AWS Training & Certification Support\n" % K3,
       "<p>Hello,</p><p>Your AWS certification account merge is pending. <b>Account #1</b> and <b>Account #2</b> will be merged once you confirm your identity.</p>"
       "<p><a href=\"https://aws-certmerge-help.com/verify?case=%s\" style=\"background:#ff9900;padding:8px\">Confirm my accounts</a></p>"
       "<p>If you do not confirm within 24 hours, the certifications on both accounts will be forfeited.</p>" % K3))

K3_NUDGE_ID = mid("k3nudge", "amazon.com")
add("aj", L("closing_notice", True, K3), [
    ("From", addr("AWS Training and Certification", FORM)), ("To", ME_P), ("Cc", ME_C),
    ("Subject", "RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-03-25 00:02:09")),
    ("Message-ID", K3_NUDGE_ID), ("In-Reply-To", K3_ADDR_ID), ("References", "%s %s %s %s" % (K3_ACK_ID, K3_CONF_ID, K3_U2_ID, K3_ADDR_ID)),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], P("text/plain",
     "Hi Yui,\n\nChecking in, since nothing has arrived from your gmail address yet. If I don't hear from you by Friday, March 28, "
     "I'll mark this request inactive and stop work on it. Writing back at any point, even after that, brings it straight back to me.\n\n"
     "Tomás\n\n-----Original Message-----\nFrom: AWS Training and Certification <%s>\nSent: 3/20/2025 2:26 AM\nTo: %s\nCc: %s\n"
     "Subject: RE:[CASE %s] %s\n\n%s\n\n-----Original Message-----\nFrom: %s\nSent: 3/20/2025 12:03 AM\n\nConfirmed. Please merge into Account #1.\n\n"
     "-----Original Message-----\nFrom: AWS Training and Certification <%s>\nSent: 3/19/2025 1:41 AM\n\n%s\n"
     % (FORM, ME_C, ME_P, K3, FORM_SUBJ, K3_ADDR_TEXT, ME_C, FORM, K3_CONF_TXT), "utf-8", "quoted-printable"))

K3_U3_ID = mid("k3u3", "mail.gmail.com")
K3_U3_TEXT = "Hi Tomás,\n\nConfirmed. Please merge into Account #1 (AWS07730215). Sending this from my personal address as you asked.\n\nYui"
add("ak", L("user_reply", False, K3, ["AWS07730215"]), [
    ("From", addr("Yui Takamine", ME_P)), ("To", FORM),
    ("Subject", "Re: RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-03-25 09:40:51", "+0900")),
    ("Message-ID", K3_U3_ID), ("In-Reply-To", K3_NUDGE_ID), ("References", "%s %s %s" % (K3_ACK_ID, K3_ADDR_ID, K3_NUDGE_ID)),
], ALT(K3_U3_TEXT + "\n\n2025年3月25日(火) 9:02 AWS Training and Certification <%s>:\n\n%s\n" % (FORM, quote(
           "Hi Yui,\n\nChecking in, since nothing has arrived from your gmail address yet. If I don't hear from you by Friday, March 28, "
           "I'll mark this request inactive and stop work on it. Writing back at any point, even after that, brings it straight back to me.\n\nTomás")),
       "<div dir=\"ltr\">" + K3_U3_TEXT.replace("\n", "<br>") + "</div><div class=\"gmail_quote\"><div class=\"gmail_attr\">2025年3月25日(火) 9:02 AWS Training and Certification &lt;%s&gt;:<br></div>"
       "<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">Hi Yui,<br><br>Checking in, since nothing has arrived from your gmail address yet. "
       "If I don't hear from you by Friday, March 28, I'll mark this request inactive and stop work on it.</blockquote></div>" % FORM, cte="base64"))

K3_Q_ID = mid("k3queued", "amazon.com")
add("al", L("case_update", False, K3), [
    ("From", addr("AWS Training and Certification", FORM)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-03-25 02:15:37")),
    ("Message-ID", K3_Q_ID), ("In-Reply-To", K3_U3_ID), ("References", "%s %s" % (K3_NUDGE_ID, K3_U3_ID)),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], P("text/plain",
     "Hi Yui,\n\nThat's the one I needed, thank you. The merge is queued and normally completes within one business day; "
     "I'll send a note once it's done. No further action is required on your part.\n\nTomás\nAWS Training and Certification\n",
     "utf-8", "8bit"))

K3_DONE_ID = mid("k3done", "amazon.com")
K3_DONE_TEXT = ("Hi Yui,\n\nI have successfully merged all accounts. The exam history, both active certifications and the benefits of "
                "Account #2 are now under Account #1 (yui.takamine.k@gmail.com, AWS07730215). Credly can take up to 48 hours to show the "
                "badges again, and the Partner Central side catches up a few days later.\n\n"
                "If something looks wrong, just reply to this email and it will come back to me.\n\nTomás\nAWS Training and Certification")
add("am", L("resolved", False, K3, ["AWS07730215"]), [
    ("From", addr("AWS Training and Certification", FORM)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-03-26 02:20:05")),
    ("Message-ID", K3_DONE_ID), ("In-Reply-To", K3_Q_ID), ("References", "%s %s %s" % (K3_CONF_ID, K3_U3_ID, K3_Q_ID)),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], ALT(K3_DONE_TEXT + "\n\n--\nHow would you rate this response?  Excellent | Good | Fair | Poor\nhttps://feedback.aws.amazon.com/tc?case=%s\n\n"
       "-----Original Message-----\nFrom: AWS Training and Certification <%s>\nSent: 3/19/2025 1:41 AM\nTo: %s\nSubject: RE:[CASE %s] %s\n\n%s\n"
       % (K3, FORM, ME_C, K3, FORM_SUBJ, K3_CONF_TXT),
       "<html><body>" + "".join("<p>%s</p>" % x.replace("\n", "<br>") for x in K3_DONE_TEXT.split("\n\n")) +
       "<hr><p style=\"font-size:11px\">How would you rate this response? <a href=\"https://feedback.aws.amazon.com/tc?case=%s&r=5\">Excellent</a> | "
       "<a href=\"https://feedback.aws.amazon.com/tc?case=%s&r=1\">Poor</a></p>"
       "<div style=\"border-top:1px solid #ccc\"><b>From:</b> AWS Training and Certification<br><b>Sent:</b> 3/19/2025 1:41 AM</div>%s</body></html>"
       % (K3, K3, K3_CONF_HTML.replace("<html>", "").replace("</html>", "").split("<body", 1)[1].split(">", 1)[1].replace("</body>", ""))))

add("an", L("badge", False, None), [
    ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
    ("Subject", "You have a new badge from Amazon Web Services Training and Certification"),
    ("Date", date("2025-03-26 02:51:44")),
    ("Message-ID", mid("credly2", "credly.com")),
    ("Authentication-Results", auth_gmail("credly.com", ip="167.89.1.2")),
], ALT("Hi Yui,\n\nAmazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.\n\n"
       "Accept and share: https://www.credly.com/badges/0b7e4a21-93c5-4f1e-8c6d-5a2f9e31d7b0\n\nCredly\n",
       "<table><tr><td><img src=\"https://images.credly.com/x.png\" width=\"120\"></td><td><p>Amazon Web Services Training and Certification has issued you "
       "<b>AWS Certified Solutions Architect - Associate</b>.</p><p><a href=\"https://www.credly.com/badges/0b7e4a21-93c5-4f1e-8c6d-5a2f9e31d7b0\">Accept and share</a></p></td></tr></table>"))

add("ao", L("certification", False, None), [
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
    ("Subject", "AWS Certification wants to hear from you"),
    ("Date", date("2025-03-27 16:05:00")),
    ("Message-ID", mid("cm2", "certmetrics.com")),
    ("Authentication-Results", auth_gmail("certmetrics.com", ip="52.1.2.3")),
], ALT("Hello Yui,\n\nAs an AWS Certified individual, your perspective shapes the program. Would you share it in a 10-minute survey about "
       "your certification journey and what you'd like to see next?\n\nTake the survey: https://www.certmetrics.com/amazon/survey/2025q1\n\n"
       "Thank you,\nAWS Training and Certification\n",
       "<p>Hello Yui,</p><p>As an AWS Certified individual, your perspective shapes the program. Would you share it in a 10-minute survey?</p>"
       "<p><a href=\"https://www.certmetrics.com/amazon/survey/2025q1\">Take the survey</a></p>"))

add("ap", L("suspicious", False, None), [
    ("From", addr("AWS Training and Certification", FORM)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-03-28 03:11:26")),
    ("Message-ID", mid("phish2", "mail-relay.biz")),
    ("Authentication-Results", auth_gmail("amazon.com", ok=False, mailfrom=FORM, ip="185.220.101.44")),
], P("text/plain",
     "Hi Yui,\n\nBefore the merged account can be activated, the candidate profile needs a one-time identity check. "
     "Sign in below with your Builder ID and complete the verification within 48 hours:\n\nhttps://aws-training.verify-profile.link/tc/%s\n\n"
     "Tomás\nAWS Training and Certification\n" % K3, "utf-8", "quoted-printable"))

add("aq", L("unrelated", False, None), [
    ("From", addr("情報システム部", "it-helpdesk@kirinoha-tech.co.jp", "iso-2022-jp")), ("To", ME_C),
    ("Subject", h("【情報システム部】本日23:59にメールボックスを停止します", "iso-2022-jp")),
    ("Date", date("2025-03-31 09:00:00", "+0900")),
    ("Message-ID", mid("it2", "kirinoha-tech.co.jp")),
    ("Authentication-Results", auth_m365("kirinoha-tech.co.jp", ip="10.20.1.5")),
], P("text/plain",
     "高峰 結衣 さん\n\n本日が最終出社日となります。お疲れさまでした。\n本日23時59分をもってメールボックスおよびVPNアカウントを停止します。\n"
     "貸与PCは17時までに情報システム部へ返却してください。\n", "iso-2022-jp", "7bit"), crlf=True)

K3_RE_ID = mid("k3reopen", "mail.gmail.com")
add("ar", L("user_reply", False, K3), [
    ("From", addr("Yui Takamine", ME_P)), ("To", FORM),
    ("Subject", "Re: RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-04-02 08:12:44", "+0900")),
    ("Message-ID", K3_RE_ID), ("In-Reply-To", K3_DONE_ID), ("References", "%s %s" % (K3_Q_ID, K3_DONE_ID)),
], P("text/plain",
     "Hi Tomás,\n\nThanks for the merge. One thing didn't come across: the 50%% exam discount voucher that was on the old account "
     "(I saw it under Benefits in February) isn't on Account #1. Could you check?\n\nYui\n\n"
     "On Wed, Mar 26, 2025 at 11:20 AM AWS Training and Certification <%s> wrote:\n\n%s\n" % (FORM, quote(K3_DONE_TEXT)),
     "utf-8", "quoted-printable"))

add("as", L("case_update", False, K3), [
    ("From", addr("AWS Training and Certification", FORM)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-04-02 05:30:18")),
    ("Message-ID", mid("k3reopened", "amazon.com")), ("In-Reply-To", K3_RE_ID), ("References", "%s %s" % (K3_DONE_ID, K3_RE_ID)),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], P("text/plain",
     "Hello Yui,\n\nYour case %s has been reopened and is back with me. I've handed the voucher question to the team that manages "
     "exam benefits; they usually come back within three business days, and I'll pass on what they say.\n\nTomás\nAWS Training and Certification\n" % K3,
     "utf-8", "quoted-printable"))

K3_JQ_ID = mid("k3jq", "amazon.com")
K3_JQ_TEXT = ("高峰 結衣 様\n\nいつもお世話になっております。AWS トレーニングと認定サポートの佐藤でございます。\n"
              "これまで英語で対応しておりましたトマスに代わりまして、日本語にてご連絡いたします。\n\n"
              "特典担当チームに確認いたしましたところ、旧アカウントに付与されていた 50%% 割引バウチャーは発行日によって有効期限が異なるため、"
              "移行前の状態を確認する必要があるとのことでございます。\n"
              "つきましては、旧アカウントの特典画面のスクリーンショット、またはバウチャーコードの末尾4桁をお送りいただけますでしょうか。\n"
              "お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。\n\n"
              "佐藤 美咲\nAWS トレーニングと認定 サポート\nケース ID: %s" % K3)
add("at", L("info_request", True, K3), [
    ("From", addr("AWS トレーニングと認定", FORM, "shift_jis")), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-04-04 07:05:51")),
    ("Message-ID", K3_JQ_ID), ("References", "%s %s" % (K3_DONE_ID, K3_RE_ID)),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], P("text/plain", K3_JQ_TEXT + "\n", "shift_jis", "base64"), crlf=True)

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
K3_U4_ID = mid("k3u4", "mail.gmail.com")
add("au", L("user_reply", False, K3), [
    ("From", addr("高峰 結衣", ME_P)), ("To", FORM),
    ("Subject", "Re: RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-04-04 18:20:03", "+0900")),
    ("Message-ID", K3_U4_ID), ("In-Reply-To", K3_JQ_ID), ("References", "%s %s" % (K3_DONE_ID, K3_JQ_ID)),
], MIXED([
    P("text/plain", "佐藤様\n\nご連絡ありがとうございます。2月に撮影した特典画面のスクリーンショットを添付いたします。\n"
      "バウチャーコードの末尾4桁は 7Q2K です。\nどうぞよろしくお願いいたします。\n\n高峰 結衣\n\n"
      "2025年4月4日(金) 16:05 AWS トレーニングと認定 <%s>:\n\n%s\n" % (FORM, quote(K3_JQ_TEXT)), "utf-8", "base64"),
    ATT("benefits-2025-02.png", "image/png", PNG),
], boundary="000000000000b1c2d3e4f5a6b7c8"))

add("av", L("resolved", False, K3, ["AWS07730215"]), [
    ("From", addr("AWS トレーニングと認定", FORM)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K3, FORM_SUBJ)),
    ("Date", date("2025-04-08 02:44:10")),
    ("Message-ID", mid("k3jdone", "amazon.com")), ("In-Reply-To", K3_U4_ID), ("References", "%s %s" % (K3_JQ_ID, K3_U4_ID)),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], P("text/plain",
     "高峰 結衣 様\n\nお世話になっております。佐藤でございます。\nスクリーンショットをお送りいただき、誠にありがとうございました。\n\n"
     "50%% 割引バウチャーを新しいアカウント (AWS07730215) に再発行いたしました。有効期限は旧アカウントと同じ 2025年8月31日で、"
     "特典画面にてご確認いただけます。\n本件につきましては、以上で対応完了とさせていただきます。\n"
     "ご不明な点がございましたら、本メールにご返信ください。\n\n佐藤 美咲\nAWS トレーニングと認定 サポート\n\n"
     "――――――――――――――――\n今回のサポートはいかがでしたか。以下のリンクより評価をお寄せいただけますと幸いです。\n"
     "https://feedback.aws.amazon.com/tc?case=%s&lang=ja\n――――――――――――――――\n\n"
     "2025年4月4日(金) 18:20 高峰 結衣 <%s>:\n> 佐藤様\n> スクリーンショットを添付いたします。\n>\n> 2025年4月4日(金) 16:05 AWS トレーニングと認定:\n%s\n"
     % (K3, ME_P, quote(K3_JQ_TEXT, ">> ")), "utf-8", "base64"))

add("aw", L("survey", False, K3), [
    ("From", addr("AWS カスタマーエクスペリエンス", "aws-cx-survey@amazon.com")), ("To", ME_P),
    ("Subject", h("【アンケートのお願い】AWS トレーニングと認定サポート (ケース %s)" % K3)),
    ("Date", date("2025-04-09 01:00:00")),
    ("Message-ID", mid("k3survey", "amazon.com")),
    ("Authentication-Results", auth_gmail("amazon.com")),
], ALT("高峰 結衣 様\n\n先日は AWS トレーニングと認定サポートにお問い合わせいただき、ありがとうございました (ケース %s)。\n"
       "サービス向上のため、対応についてのアンケートにご協力いただけますと幸いです。所要時間は約2分です。\n\n"
       "アンケートに回答する: https://survey.amazon.com/aws-tc?case=%s&lang=ja\n\n※本メールは送信専用です。\n" % (K3, K3),
       "<p>高峰 結衣 様</p><p>先日は AWS トレーニングと認定サポートにお問い合わせいただき、ありがとうございました (ケース %s)。</p>"
       "<p>サービス向上のため、アンケートにご協力いただけますと幸いです。</p><p><a href=\"https://survey.amazon.com/aws-tc?case=%s&amp;lang=ja\">アンケートに回答する</a></p>" % (K3, K3)))

add("ax", L("unrelated", False, None), [
    ("From", addr("DevelopersIO 週刊まとめ", "newsletter@dev.classmethod.jp")), ("To", ME_P),
    ("Subject", h("今週の人気記事: AWS認定アカウントを統合してみた ほか")),
    ("Date", date("2025-05-16 22:00:00")),
    ("Message-ID", mid("news1", "dev.classmethod.jp")),
    ("Authentication-Results", auth_gmail("dev.classmethod.jp", ip="35.1.2.3")),
], P("text/plain",
     "今週の人気記事\n\n1. 取得したAWS認定資格のバッジがCredlyに反映されないのでAWS認定アカウントの統合をやってみた\n"
     "   サポートから「統合してよいか確認してください」と返信が来たら……\n2. AWS Builder ID とトレーニング認定アカウントの関係を整理する\n"
     "3. Amazon Bedrock のナレッジベースを CDK で構築する\n\n配信停止はマイページから行えます。\n", "utf-8", "8bit"))

K5_ACK_ID = mid("k5ack", "amazon.com")
K5_ASK = ("Thank you for contacting Amazon Web Services. We have opened case %s to address your concerns. To move forward we'll need "
          "the candidate ID (AWS followed by eight digits, shown at the top right of the certification portal) for each certification "
          "account named in your request, and replying to this email with them is the quickest route. If you have already opened a case, "
          "please do not open another case for the same request. We usually respond within 24 hours." % K5)
add("ay", L("info_request", True, K5), [
    ("From", FORM), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K5, FORM_SUBJ)),
    ("Date", date("2025-05-19 11:03:20")),
    ("Message-ID", K5_ACK_ID),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], P("text/plain",
     "Hello,\n\n" + K5_ASK + "\n\nThe details of your case are as follows:\n\nCase ID: %s\nSubject: %s\nSeverity: Low\n"
     "Correspondence: Use Case: I found another certification account that seems to have been created when I signed in through "
     "AWS Partner Central SSO last year. I would like it merged into my personal account.\n"
     "All email addresses you may have used in our system: yui.takamine.k@gmail.com, y.takamine@kirinoha-tech.co.jp\n"
     "The email address you would like to keep on file: yui.takamine.k@gmail.com\n\nSincerely,\nAmazon Web Services\n" % (K5, FORM_SUBJ),
     "us-ascii", "7bit"), crlf=True)

add("az", L("unrelated", False, None), [
    ("From", addr("AWS", "no-reply@login.awsapps.com")), ("To", ME_P),
    ("Subject", "Your AWS Builder ID sign-in verification code"),
    ("Date", date("2025-05-20 12:14:09")),
    ("Message-ID", mid("bid2", "login.awsapps.com")),
    ("Authentication-Results", auth_gmail("login.awsapps.com")),
], P("text/plain", "Hello,\n\nWe detected a sign-in attempt to your AWS Builder ID from a new device.\n\nVerification code: 318507\n\n"
     "If this wasn't you, reset your password right away. Don't share this code with anyone, including AWS.\n", "us-ascii", "7bit"))

K5_CL_ID = mid("k5close", "amazon.com")
K5_CL_TEXT = ("高峰様\n\nAWS トレーニングと認定サポートの山口です。\n"
              "先日お願いしておりました各アカウントの候補 ID につきまして、現時点でご返信を確認できておりません。\n"
              "5月27日(火)までにご連絡をいただけない場合、本件はいったん対応を終了いたします。\n"
              "終了後であっても、本メールにご返信いただければ、あらためて対応を再開いたします。\n\n山口")
add("ba", L("closing_notice", True, K5), [
    ("From", addr("AWS トレーニングと認定", FORM, "iso-2022-jp")), ("To", ME_P),
    ("Subject", h("Re: AWS トレーニングと認定へのお問い合わせ", "iso-2022-jp")),
    ("Date", date("2025-05-23 09:40:31")),
    ("Message-ID", K5_CL_ID), ("In-Reply-To", K5_ACK_ID), ("References", K5_ACK_ID),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], P("text/plain", K5_CL_TEXT + "\n\n-----Original Message-----\n"
     "> To move forward we'll need the candidate ID (AWS followed by eight digits, shown at the top right\n"
     "> of the certification portal) for each certification account named in your request.\n", "iso-2022-jp", "7bit"))

K5_U1_ID = mid("k5u1", "mail.gmail.com")
add("bb", L("user_reply", False, K5, ["AWS07730215", "AWS02281964"]), [
    ("From", addr("Yui Takamine", ME_P)), ("To", FORM),
    ("Subject", h("Re: AWS トレーニングと認定へのお問い合わせ")),
    ("Date", date("2025-05-23 21:02:55", "+0900")),
    ("Message-ID", K5_U1_ID), ("In-Reply-To", K5_CL_ID), ("References", "%s %s" % (K5_ACK_ID, K5_CL_ID)),
], ALT("山口様\n\n返信が遅くなり申し訳ありません。\n\nAWS07730215 - 個人アカウント (こちらを残したいです)\nAWS02281964 - パートナーセントラル経由で作られたもの\n\n高峰\n\n"
       "2025年5月23日(金) 18:40 AWS トレーニングと認定 <%s>:\n\n%s\n" % (FORM, quote(K5_CL_TEXT)),
       "<div dir=\"ltr\">山口様<br><br>返信が遅くなり申し訳ありません。<br><br>AWS07730215 - 個人アカウント (こちらを残したいです)<br>"
       "AWS02281964 - パートナーセントラル経由で作られたもの<br><br>高峰</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">2025年5月23日(金) 18:40 AWS トレーニングと認定 &lt;%s&gt;:<br></div>"
       "<blockquote class=\"gmail_quote\">%s</blockquote></div>" % (FORM, K5_CL_TEXT.replace("\n", "<br>"))))

K5_CONF_ID = mid("k5conf", "amazon.com")
K5_CONF_TEXT = ("高峰様\n\n候補 ID をお知らせいただき、ありがとうございます。\n確認いたしましたところ、対象は以下の2アカウントでございます。\n\n"
                "アカウント #1\n  ログインメールアドレス: yui.takamine.k@gmail.com\n  トレーニング通知先: yui.takamine.k@gmail.com\n"
                "  認定通知先: yui.takamine.k@gmail.com\n  候補 ID: AWS07730215\n\n"
                "アカウント #2\n  ログインメールアドレス: y.takamine@kirinoha-tech.co.jp (パートナーセントラル経由)\n"
                "  トレーニング通知先: y.takamine@kirinoha-tech.co.jp\n  認定通知先: y.takamine@kirinoha-tech.co.jp\n  候補 ID: AWS02281964\n\n"
                "アカウント #1 を残し、#2 の試験履歴を #1 へ統合する形で差し支えございませんでしょうか。\n"
                "なお、#2 の通知先アドレスはすでに配信不能となっているようでございます。\n\n"
                "山口 翔太\nAWS トレーニングと認定サポート")
add("bc", L("confirmation_request", True, K5, ["AWS07730215", "AWS02281964"]), [
    ("From", addr("AWS トレーニングと認定", FORM, "iso-2022-jp")), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K5, FORM_SUBJ)),
    ("Date", date("2025-05-26 01:12:48")),
    ("Message-ID", K5_CONF_ID), ("In-Reply-To", K5_U1_ID), ("References", "%s %s %s" % (K5_ACK_ID, K5_CL_ID, K5_U1_ID)),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], P("text/plain", K5_CONF_TEXT + "\n", "iso-2022-jp", "7bit"), crlf=True)

K5_U2_ID = mid("k5u2", "mail.gmail.com")
add("bd", L("user_reply", False, K5), [
    ("From", addr("高峰 結衣", ME_P)), ("To", FORM),
    ("Subject", "Re: RE:[CASE %s] %s" % (K5, FORM_SUBJ)),
    ("Date", date("2025-05-26 12:30:17", "+0900")),
    ("Message-ID", K5_U2_ID), ("In-Reply-To", K5_CONF_ID), ("References", "%s %s" % (K5_U1_ID, K5_CONF_ID)),
], P("text/plain", "山口様\n\n差し支えございません。アカウント #1 への統合をお願いいたします。\n\n高峰 結衣\n\n"
     "2025年5月26日(月) 10:12 AWS トレーニングと認定 <%s>:\n\n%s\n" % (FORM, quote(K5_CONF_TEXT)), "utf-8", "8bit"))

add("be", L("resolved", False, K5, ["AWS02281964", "AWS07730215"]), [
    ("From", addr("AWS Training and Certification", FORM)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K5, FORM_SUBJ)),
    ("Date", date("2025-05-27 04:48:30")),
    ("Message-ID", mid("k5done", "amazon.com")), ("In-Reply-To", K5_U2_ID), ("References", "%s %s" % (K5_CONF_ID, K5_U2_ID)),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], ALT("Hello Yui,\n\nAccount #2 (AWS02281964) has been combined into your account AWS07730215; the exam it held from 2024 now shows "
       "in your history. You're all set.\n\nShould anything look off, reply to this email and we'll take another look.\n\nBest regards,\nRhea\n"
       "AWS Training and Certification\n\nWe value your feedback. Please share your experience by rating this correspondence:\n"
       "https://feedback.aws.amazon.com/tc?case=%s\n" % K5,
       "<p>Hello Yui,</p><p>Account #2 (AWS02281964) has been combined into your account AWS07730215; the exam it held from 2024 now shows in your history. "
       "You're all set.</p><p>Should anything look off, reply to this email and we'll take another look.</p><p>Best regards,<br>Rhea<br>AWS Training and Certification</p>"
       "<p style=\"font-size:11px;color:#666\">We value your feedback. Please share your experience by <a href=\"https://feedback.aws.amazon.com/tc?case=%s\">rating this correspondence</a>.</p>" % K5))

add("bf", L("badge", False, None), [
    ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
    ("Subject", "Your badge is ready to claim: AWS Certified Cloud Practitioner"),
    ("Date", date("2025-05-27 05:30:02")),
    ("Message-ID", mid("credly3", "credly.com")),
    ("Authentication-Results", auth_gmail("credly.com", ip="167.89.1.2")),
], P("text/html",
     "<html><body><table width=\"600\"><tr><td><p>Hi Yui,</p><p>Amazon Web Services Training and Certification has issued you a badge. "
     "Claim it to add it to your Credly profile and share it.</p><p><b>AWS Certified Cloud Practitioner</b><br>Issued: May 27, 2025</p>"
     "<p><a href=\"https://www.credly.com/badges/5a6b7c8d-1e2f-4a3b-9c0d-e1f2a3b4c5d6/accept\">Claim your badge</a></p>"
     "<p style=\"font-size:10px\">Credly, 2 Wall Street, Manchester NH</p></td></tr></table></body></html>", "utf-8", "quoted-printable"))

add("bg", L("certification", False, None, ["AWS07730215"]), [
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
    ("Subject", "Your AWS Certification expires in 90 days"),
    ("Date", date("2025-06-02 14:00:00")),
    ("Message-ID", mid("cm3", "certmetrics.com")),
    ("Authentication-Results", auth_gmail("certmetrics.com", ip="52.1.2.3")),
], P("text/plain",
     "Dear Yui Takamine,\n\nYour AWS Certified Cloud Practitioner certification expires on August 31, 2025.\n"
     "Candidate ID: AWS07730215\n\nTo keep it active, pass the current version of the exam or a higher-level exam before that date. "
     "A 50% discount voucher is available under Benefits in your certification account.\n\nAWS Training and Certification\n",
     "us-ascii", "7bit"))

add("bh", L("suspicious", False, None), [
    ("From", addr("AWS認定 事務局", "info@aws-nintei-jp.com")), ("To", ME_P),
    ("Subject", h("【重要】AWS認定アカウント統合の最終確認のお願い")),
    ("Date", date("2025-06-05 03:33:10")),
    ("Message-ID", mid("phish3", "aws-nintei-jp.com")),
    ("Authentication-Results", auth_gmail("aws-nintei-jp.com", mailfrom="bounce@aws-nintei-jp.com", ip="103.88.1.7")),
], ALT("高峰 結衣 様\n\nAWS認定アカウントの統合手続きが未完了となっております。\n"
       "以下のリンクよりログインのうえ、本人確認を完了していただけますでしょうか。\n72時間以内にご対応いただけない場合、保有資格が失効いたします。\n\n"
       "https://aws-nintei-jp.com/account/merge/confirm\n\nAWS認定 事務局\n",
       "<p>高峰 結衣 様</p><p>AWS認定アカウントの統合手続きが未完了となっております。</p>"
       "<p>以下のリンクよりログインのうえ、本人確認を完了していただけますでしょうか。</p>"
       "<p><a href=\"https://aws-nintei-jp.com/account/merge/confirm\">本人確認を行う</a></p><p>72時間以内にご対応いただけない場合、保有資格が失効いたします。</p>",
       cte="base64"))

add("bi", L("unrelated", False, None), [
    ("From", addr("さくらインターネット サポート", "support@sakura.ad.jp", "iso-2022-jp")), ("To", ME_P),
    ("Subject", h("[お問い合わせ番号 #2506-01873] 対応完了のお知らせ", "iso-2022-jp")),
    ("Date", date("2025-06-10 15:20:00", "+0900")),
    ("Message-ID", mid("sakura1", "sakura.ad.jp")),
    ("Authentication-Results", auth_gmail("sakura.ad.jp", ip="133.242.1.1")),
], P("text/plain",
     "高峰 結衣 様\n\nさくらインターネット サポートセンターです。\nお問い合わせいただいておりましたドメイン移管の件は、"
     "本日移管が完了いたしました。\n本件はこれにてクローズとさせていただきます。\n"
     "追加のご質問がございましたら、本メールにご返信いただければ再度対応いたします。\n\nさくらインターネット株式会社\n",
     "iso-2022-jp", "7bit"))

K6_ACK_ID = mid("k6ack", "amazon.com")
add("bj", L("acknowledgement", False, K6), [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", "Amazon Web Services: New Support case: %s" % K6),
    ("Date", date("2025-06-16 02:30:44")),
    ("Message-ID", K6_ACK_ID),
    ("Authentication-Results", auth_gmail("amazon.com")),
], ALT("Hello,\n\nWe have received your request for support. The details of your case are as follows:\n\n"
       "Case ID: %s\nSubject: Certification account sign-in email change\nSeverity: General guidance\n"
       "Correspondence: My certification account still expects the old Kirinoha Tech address when I sign in. "
       "AWS account 482913650217.\n\n" % K6 + CONSOLE_FOOT % K6 + "\nThank you for using Amazon Web Services.\n",
       "<p>Hello,</p><p>We have received your request for support. The details of your case are as follows:</p>"
       "<table><tr><td>Case ID</td><td>%s</td></tr><tr><td>Subject</td><td>Certification account sign-in email change</td></tr>"
       "<tr><td>Severity</td><td>General guidance</td></tr></table>"
       "<p><a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en\">View your case</a></p>"
       "<p>*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>" % (K6, K6)))

K6_Q_ID = mid("k6q", "amazon.com")
add("bk", L("info_request", True, K6), [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] Certification account sign-in email change" % K6),
    ("Date", date("2025-06-16 08:02:19")),
    ("Message-ID", K6_Q_ID), ("In-Reply-To", K6_ACK_ID), ("References", K6_ACK_ID),
    ("Authentication-Results", auth_gmail("amazon.com")),
], P("text/plain", "Hello,\n\nWhich email address is on the AWS Builder ID you sign in with now?\n\nOskar\nAmazon Web Services\n\n"
     + CONSOLE_FOOT % K6 + FEEDBACK, "us-ascii", "7bit"))

add("bl", L("closing_notice", True, K6), [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] Certification account sign-in email change" % K6),
    ("Date", date("2025-06-21 08:05:00")),
    ("Message-ID", mid("k6auto", "amazon.com")), ("References", "%s %s" % (K6_ACK_ID, K6_Q_ID)),
    ("Authentication-Results", auth_gmail("amazon.com")),
], P("text/plain",
     "Hello,\n\nWe haven't heard back from you about case %s, so it has been resolved automatically.\n\n"
     "If you still need help, you can reopen the case by adding a correspondence in the Support Center within the next 14 days. "
     "After a case has been resolved for 14 days it can no longer be reopened.\n\n" % K6 + CONSOLE_FOOT % K6 + FEEDBACK,
     "utf-8", "quoted-printable"))

add("bm", L("resolved", False, K6), [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] Certification account sign-in email change" % K6),
    ("Date", date("2025-06-24 03:41:12")),
    ("Message-ID", mid("k6done", "amazon.com")), ("References", "%s %s" % (K6_ACK_ID, K6_Q_ID)),
    ("Authentication-Results", auth_gmail("amazon.com")),
], ALT("Hello,\n\nThanks for reopening the case and for the details. The certification account now signs in with the Builder ID "
       "registered to yui.takamine.k@gmail.com, and the Kirinoha Tech address has been removed from it. We're marking this case resolved.\n\n"
       "Best regards,\n\nOskar\nAmazon Web Services\n\n" + CONSOLE_FOOT % K6 + FEEDBACK,
       "<p>Hello,</p><p>Thanks for reopening the case and for the details. The certification account now signs in with the Builder ID registered "
       "to yui.takamine.k@gmail.com, and the Kirinoha Tech address has been removed from it. We're marking this case resolved.</p>"
       "<p>Best regards,<br>Oskar<br>Amazon Web Services</p><p><a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s\">View case</a></p>"
       "<p style=\"color:#777\">We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.</p>" % K6))

add("bn", L("suspicious", False, None), [
    ("From", addr("Credly Badges", "badges@credly-verify.net")), ("To", ME_P),
    ("Subject", "Your AWS badges will be revoked - verify your certification account"),
    ("Date", date("2025-06-26 19:12:40")),
    ("Message-ID", mid("phish4", "credly-verify.net")),
    ("Authentication-Results", auth_gmail("credly-verify.net", mailfrom="bounce@credly-verify.net", ip="91.210.1.5")),
], P("text/html",
     "<html><body><p>Hi Yui,</p><p>Following a recent account merge, Amazon Web Services Training and Certification could not "
     "verify ownership of 3 badges. They will be revoked in 48 hours.</p><p><a href=\"https://credly-verify.net/aws/restore\">Verify now</a></p>"
     "<p>Credly Trust &amp; Safety</p></body></html>", "utf-8", "quoted-printable"))

add("bo", L("unrelated", False, None), [
    ("From", addr("Jira", "jira@kirinoha-oss.atlassian.net")), ("To", ME_P),
    ("Subject", "[JIRA] (OSS-118) Resolved: Update contributor guide"),
    ("Date", date("2025-06-27 02:10:33")),
    ("Message-ID", mid("jira1", "atlassian.net")),
    ("Authentication-Results", auth_gmail("atlassian.net", ip="13.52.1.1")),
], P("text/plain",
     "Kenji Oda changed the status to Resolved\n\nOSS-118 Update contributor guide\n\nResolution: Done\n\n"
     "Add a comment by replying to this email.\n\nGet Jira notifications on your phone! Download the Jira Cloud app.\n", "us-ascii", "7bit"))

add("bp", L("unrelated", False, None), [
    ("From", addr("AWS Training and Certification", "no-reply@aws.training")), ("To", ME_P),
    ("Subject", "Your AWS Skill Builder subscription receipt"),
    ("Date", date("2025-07-01 00:05:10")),
    ("Message-ID", mid("sb1", "aws.training")),
    ("Authentication-Results", auth_gmail("aws.training")),
], ALT("Hello Yui,\n\nThank you for your AWS Skill Builder Individual subscription.\n\nOrder number: 114-9082736-1122334\n"
       "Amount: USD 29.00\nNext renewal: August 1, 2025\n\nNo further action is required. Manage your subscription at https://skillbuilder.aws/subscriptions\n",
       "<p>Hello Yui,</p><p>Thank you for your AWS Skill Builder Individual subscription.</p><table><tr><td>Order number</td><td>114-9082736-1122334</td></tr>"
       "<tr><td>Amount</td><td>USD 29.00</td></tr></table><p>No further action is required.</p>"))

add("bq", L("unrelated", False, None), [
    ("From", addr("Pearson VUE", "pearsonvue@pearson.com")), ("To", ME_P),
    ("Subject", "Your exam results for AWS Certified Solutions Architect - Professional are available"),
    ("Date", date("2025-07-12 09:40:00")),
    ("Message-ID", mid("pv3", "pearson.com")),
    ("Authentication-Results", auth_gmail("pearson.com", ip="159.182.1.14")),
], P("text/plain",
     "Dear Yui Takamine,\n\nYour score report for SAP-C02 (Registration ID 662019384) is now available in your Pearson VUE "
     "account and in your AWS Certification account.\n\nPlease do not reply to this message.\n\nPearson VUE\n", "us-ascii", "7bit"))


K7 = "175245540200964"     # 15 digits, university-era account (AWS Academy)
K7_ACK_ID = mid("k7ack", "amazon.com")
add("br", L("acknowledgement", False, K7), [
    ("From", FORM), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K7, FORM_SUBJ)),
    ("Date", date("2025-07-14 01:10:40")),
    ("Message-ID", K7_ACK_ID),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], P("text/plain",
     "こんにちは\n\nAmazon Web Services にお問い合わせいただきありがとうございます。ケース %s を作成しました。\n\n"
     "ケース ID: %s\n件名: %s\n内容: 学生時代に大学のアドレス (yt2019@st.hokuryo-u.ac.jp) で作成した認定アカウントがあり、"
     "個人アカウントに統合したいです。\n\n担当者より通常24時間以内にご連絡いたします。"
     "すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。\n"
     "補足事項がございましたら、本メールにご返信いただくことで担当者に伝わります。\n\nAmazon Web Services\n" % (K7, K7, FORM_SUBJ),
     "shift_jis", "base64"))

K7_HOLD_ID = mid("k7hold", "amazon.com")
K7_HOLD_TEXT = ("高峰 結衣 様\n\nお問い合わせいただき、誠にありがとうございます。AWS トレーニングと認定サポートの中村でございます。\n\n"
                "お知らせいただいた大学アドレスのアカウントを確認いたしましたところ、AWS Academy の教育機関アカウントに紐づいており、"
                "統合には AWS Academy 担当チームによる紐づけ解除が必要でございます。現在、同チームに解除を依頼しており、"
                "回答が届くまで本件はお待ちいただく形となります。\n\n"
                "なお、解除の際に本人確認のご連絡を差し上げる場合がございますため、旧アドレス (yt2019@st.hokuryo-u.ac.jp) で現在もメールを"
                "受信できる状況かどうか、お聞かせいただけますと幸いです。\n\n"
                "何卒よろしくお願い申し上げます。\n\n中村 遥\nAWS トレーニングと認定サポート")
add("bs", L("on_hold", True, K7), [
    ("From", addr("AWS トレーニングと認定", FORM, "iso-2022-jp")), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K7, FORM_SUBJ)),
    ("Date", date("2025-07-14 06:44:12")),
    ("Message-ID", K7_HOLD_ID), ("In-Reply-To", K7_ACK_ID), ("References", K7_ACK_ID),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], ALT(K7_HOLD_TEXT + "\n",
       "<html><body>" + "".join("<p>%s</p>" % x.replace("\n", "<br>") for x in K7_HOLD_TEXT.split("\n\n")) + "</body></html>",
       charset="iso-2022-jp", cte="7bit"))

K7_U1_ID = mid("k7u1", "mail.gmail.com")
add("bt", L("user_reply", False, K7, ["AWS09182736"]), [
    ("From", addr("高峰 結衣", ME_P)), ("To", FORM),
    ("Subject", "Re: RE:[CASE %s] %s" % (K7, FORM_SUBJ)),
    ("Date", date("2025-07-14 19:55:21", "+0900")),
    ("Message-ID", K7_U1_ID), ("In-Reply-To", K7_HOLD_ID), ("References", "%s %s" % (K7_ACK_ID, K7_HOLD_ID)),
], P("text/plain",
     "中村様\n\nご確認ありがとうございます。\n大学のアドレスは卒業後も転送サービスで受信できておりますので、本人確認のご連絡には対応可能です。\n"
     "なお、大学アドレス側のアカウントの候補 ID は AWS09182736 です。\n\n高峰 結衣\n\n"
     "2025年7月14日(月) 15:44 AWS トレーニングと認定 <%s>:\n\n%s\n" % (FORM, quote(K7_HOLD_TEXT)), "utf-8", "quoted-printable"))

K7_CONF_ID = mid("k7conf", "amazon.com")
add("bu", L("confirmation_request", True, K7, ["AWS07730215", "AWS09182736"]), [
    ("From", addr("AWS Training and Certification", FORM)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K7, FORM_SUBJ)),
    ("Date", date("2025-07-18 04:20:55")),
    ("Message-ID", K7_CONF_ID), ("In-Reply-To", K7_U1_ID), ("References", "%s %s %s" % (K7_ACK_ID, K7_HOLD_ID, K7_U1_ID)),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], P("text/plain",
     "Academy released it. Keep AWS07730215, retire AWS09182736 - OK?\n\nHaruka N.\n\n"
     "-----Original Message-----\nFrom: %s\nSent: 7/14/2025 10:55 AM\n\n中村様\n\nご確認ありがとうございます。\n"
     "大学のアドレスは卒業後も転送サービスで受信できておりますので、本人確認のご連絡には対応可能です。\n"
     "なお、大学アドレス側のアカウントの候補 ID は AWS09182736 です。\n" % ME_P, "utf-8", "quoted-printable"), crlf=True)

K7_U2_ID = mid("k7u2", "mail.gmail.com")
add("bv", L("user_reply", False, K7), [
    ("From", addr("Yui Takamine", ME_P)), ("To", FORM),
    ("Subject", "Re: RE:[CASE %s] %s" % (K7, FORM_SUBJ)),
    ("Date", date("2025-07-18 14:02:40", "+0900")),
    ("Message-ID", K7_U2_ID), ("In-Reply-To", K7_CONF_ID), ("References", "%s %s" % (K7_HOLD_ID, K7_CONF_ID)),
], P("text/plain", "OK, go ahead.\n\nOn Fri, Jul 18, 2025 at 1:20 PM AWS Training and Certification <%s> wrote:\n"
     "> Academy released it. Keep AWS07730215, retire AWS09182736 - OK?\n>\n> Haruka N.\n" % FORM, "us-ascii", "7bit"))

add("bw", L("resolved", False, K7, ["AWS07730215"]), [
    ("From", addr("AWS Training and Certification", FORM)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (K7, FORM_SUBJ)),
    ("Date", date("2025-07-18 06:31:09")),
    ("Message-ID", mid("k7done", "amazon.com")), ("In-Reply-To", K7_U2_ID), ("References", "%s %s" % (K7_CONF_ID, K7_U2_ID)),
    ("Authentication-Results", auth_gmail("amazon.com", mailfrom="010001958@amazonses.com")),
], P("text/plain",
     "Done - the 2019 history now lives on AWS07730215.\n\nHaruka N.\nAWS Training and Certification\n\n"
     "Rate this reply: https://feedback.aws.amazon.com/tc?case=%s\n\n"
     "On Fri, Jul 18, 2025 at 2:02 PM Yui Takamine <%s> wrote:\n> OK, go ahead.\n>\n"
     "> On Fri, Jul 18, 2025 at 1:20 PM AWS Training and Certification wrote:\n>> Academy released it. Keep AWS07730215, retire AWS09182736 - OK?\n"
     % (K7, ME_P), "us-ascii", "7bit"))


# ---------------------------------------------------------------- write ---
def main():
    for f in os.listdir(HERE):
        if re.match(r"^\d{3}-.*\.(eml|json)$", f):
            os.remove(os.path.join(HERE, f))
    rows = []
    for n, hint, label, headers, body, crlf in MSGS:
        name = "%03d-m%s" % (n, slug_for(n, hint))
        data = build(headers, body, crlf)
        with open(os.path.join(HERE, name + ".eml"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(HERE, name + ".json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append(name)
    print("wrote %d messages" % len(rows))


if __name__ == "__main__":
    main()
