#!/usr/bin/env python3
"""Blind held-out corpus blind-28: writes NNN-m.eml / NNN-m.json (and README.md) next to itself.

Standard library only. One mailbox owner (personal + old company address); several cases.
"""
import base64
import datetime
import hashlib
import html
import json
import os
import quopri
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "chihiro.sugiura.k@gmail.com"
ME_C = "c.sugiura@tsurugi-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

CASE_A = "8391047725"        # 2021, form, company address, duplicate profile / Credly
CASE_B = "14201938576"       # 2023, console case, voucher
CASE_C = "14339028761"       # 2023, form, Japanese agent, legal name
CASE_D = "174830215583042"   # 2025, form, leaving company (main thread)
CASE_E = "174830263107719"   # 2025, duplicate form submission (Japanese UI)
CASE_F = "175040116728815"   # 2025, console case, billing
CASE_G = "175728888340261"   # 2025, form, third (partner SSO) profile

CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
          "us-ascii": "ascii"}

# ---------------------------------------------------------------- helpers

def date(s, tz="+0000"):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = d.replace(tzinfo=datetime.timezone(off))
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def hval(v, cs="utf-8"):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, CODECS.get(cs, cs) if cs != "iso-2022-jp" else "iso-2022-jp").encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "iso-2022-jp" if cs == "iso-2022-jp" else "utf-8").encode(), email)


def leaf(ctype, text, cs="utf-8", cte="7bit"):
    raw = text.encode(CODECS[cs])
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    label = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "us-ascii": "us-ascii"}[cs]
    return (["Content-Type: %s; charset=\"%s\"" % (ctype, label),
             "Content-Transfer-Encoding: %s" % cte], body)


def multi(subtype, parts, boundary, extra=""):
    hdrs = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, extra)]
    chunks = [b"This is a multi-part message in MIME format.\n"]
    for ph, pb in parts:
        chunks.append(b"--" + boundary.encode() + b"\n")
        chunks.append("\n".join(ph).encode() + b"\n\n")
        chunks.append(pb if pb.endswith(b"\n") else pb + b"\n")
    chunks.append(b"--" + boundary.encode() + b"--\n")
    return (hdrs, b"".join(chunks))


def html_of(text, font="Arial"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:%s,sans-serif;font-size:14px\">\n"
            % font + "\n".join(out) + "\n</body></html>\n")


def alt(text, cs="utf-8", cte="quoted-printable", boundary=None, html_text=None):
    b = boundary or ("alt_" + hashlib.md5(text.encode("utf-8")).hexdigest()[:20])
    return multi("alternative", [leaf("text/plain", text, cs, cte),
                                 leaf("text/html", html_text or html_of(text), cs, cte)], b)


def gmail_auth(from_dom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", pol="p=QUARANTINE sp=QUARANTINE dis=NONE", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"):
    spf_txt = {"pass": "(google.com: domain of %s designates %s as permitted sender)" % (mailfrom, ip),
               "softfail": "(google.com: domain of transitioning %s does not designate %s as permitted sender)" % (mailfrom, ip),
               "fail": "(google.com: domain of %s does not designate %s as permitted sender)" % (mailfrom, ip)}[spf]
    dk = "dkim=%s%s header.i=@%s header.s=%s header.b=%s" % (
        dkim, " (bad signature)" if dkim == "fail" else "", from_dom, sel,
        base64.b64encode(hashlib.md5((from_dom + ip).encode()).digest()).decode()[:8])
    return ("mx.google.com;\n       %s;\n       spf=%s %s smtp.mailfrom=%s;\n       dmarc=%s (%s) header.from=%s"
            % (dk, spf, spf_txt, mailfrom, dmarc, pol, from_dom))


def m365_auth(from_dom, mailfrom_dom, ip, dkim="pass", dmarc="pass"):
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100"
            % (ip, mailfrom_dom, dkim, from_dom, dmarc, from_dom))


def mid_ses(key, when):
    h = hashlib.sha1(key.encode()).hexdigest()
    return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        h[:12], h[12:20], h[20:24], h[24:28], h[28:40])


def mid(key, dom):
    h = hashlib.sha1(key.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:28], dom)


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def quote_gmail(text, when, who):
    return "On %s %s wrote:\n%s" % (when, who, quote_gt(text))


def quote_outlook(text, frm, sent, to, subj):
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subj, text.strip("\n")))


def quote_outlook_jp(text, frm, sent, to, subj):
    return ("差出人: %s\n送信日時: %s\n宛先: %s\n件名: %s\n\n%s" % (frm, sent, to, subj, text.strip("\n")))


def quote_orig(text, frm, sent, to, subj):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subj, text.strip("\n")))


CONSOLE_FOOTER = """
======================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.

===================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

FEEDBACK = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center."""

# ---------------------------------------------------------------- state

MSGS = []
IDS = {}


def add(key, kind, needs, case, cands, note, headers, part, crlf=False, hcs="utf-8"):
    """headers: list of (name, value). part: (content headers, body bytes)."""
    lines = []
    for n, v in headers:
        if v is None:
            continue
        if n in ("Subject",):
            v = hval(v, hcs)
        lines.append("%s: %s" % (n, v))
    lines.append("MIME-Version: 1.0")
    lines.extend(part[0])
    raw = "\n".join(lines).encode("ascii") + b"\n\n" + part[1]
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append({"key": key, "raw": raw,
                 "label": {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands},
                 "note": note})


def std(key, frm, to, subj, when, auth=None, msgid=None, irt=None, refs=None, cc=None, extra=None,
        received=None):
    m = msgid or mid(key, "mail.example.invalid")
    IDS[key] = m
    h = []
    if received:
        for r in received:
            h.append(("Received", r))
    if auth:
        h.append(("Authentication-Results", auth))
    h += [("From", frm), ("To", to), ("Cc", cc), ("Subject", subj), ("Date", when), ("Message-ID", m)]
    if irt:
        h.append(("In-Reply-To", IDS[irt]))
        h.append(("References", " ".join(IDS[r] for r in (refs or [irt]))))
    if extra:
        h += extra
    return h


def ses_recv(when, dst="mx.google.com", ip="54.240.27.19"):
    return ["from a27-19.smtp-out.us-west-2.amazonses.com (a27-19.smtp-out.us-west-2.amazonses.com. [%s])\n        by %s with ESMTPS id 5b1f17b1804b1-44c8e3a1f0csi2231187f8f.412.2025.%s\n        for <%s>; %s" % (ip, dst, "x", ME_P, when)]


def tc_gmail_auth():
    return gmail_auth("amazon.com", "0101019710a5b3e2-3f1e@us-west-2.amazonses.com", "54.240.27.19")


def tc_m365_auth():
    return m365_auth("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")


def console_auth():
    return gmail_auth("amazon.com", "0100018c2f1ab7d0-bounces@amazonses.com", "54.240.8.87")


# ================================================================ 2021 — case A (company address)

t = "Thank you for testing with Pearson VUE"
body = """Dear Chihiro Sugiura,

Thank you for taking your AWS Certification exam with Pearson VUE.

Exam: DVA-C01 AWS Certified Developer - Associate
Registration ID: 402718559
Test date: Tuesday, February 16, 2021
Test center: Pearson Professional Centers - Tokyo Shinjuku

Your score report will be available in your AWS Certification Account within five business days. Pearson VUE does not release AWS results.

This mailbox is not monitored. For help with your appointment, contact Pearson VUE customer service through pearsonvue.com/aws/contact.

Pearson VUE
"""
add("p21", "unrelated", False, None, [],
    "Exam-vendor receipt; 9-digit registration ID that is not a case number.",
    std("p21", addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), ME_C, t,
        date("2021-02-16 09:03:11"), auth=m365_auth("pearson.com", "pearson.com", "159.182.10.43"),
        msgid=mid("p21", "pearson.com")),
    leaf("text/plain", body, "us-ascii", "7bit"), crlf=True)

body = """Dear Chihiro Sugiura,

Congratulations! You have successfully passed the AWS Certified Developer - Associate exam and are now AWS Certified.

  Candidate ID:        AWS05530761
  Validation number:   7KQ2MXR1F2E41VS3
  Achievement date:    February 16, 2021
  Expiration date:     February 16, 2024

You can download your certificate and review your benefits at any time from your AWS Certification Account.

In the next few days you will also receive an email from Credly, our digital badge partner, with instructions for accepting your badge.

Sincerely,
AWS Training and Certification

This is an automated message. Please do not reply.
"""
add("cert21", "certification", False, None, ["AWS05530761"],
    "Certification notice carrying a candidate ID (the duplicate profile); 'Please do not reply'.",
    std("cert21", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "Congratulations! You are now AWS Certified", date("2021-02-18 21:44:02"),
        auth=m365_auth("certmetrics.com", "certmetrics.com", "52.5.13.191"), msgid=mid("cert21", "certmetrics.com")),
    alt(body, "utf-8", "quoted-printable"), crlf=True)

ack_a = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 8391047725 to address your request. We'll usually get back to you within 24 hours, though some requests take longer while we look for the best answer.

The details of your case are as follows:

Case ID: 8391047725
Subject: account-assistance
Severity: General guidance
Correspondence: Inquiry type: Certification / Account Merge

I passed the Developer Associate exam last week but the badge never appeared in Credly. I think there are two certification profiles with the same email c.sugiura@tsurugi-sys.co.jp. Can you check and merge them?

If a case for this request is already open, please do not open another one; duplicate cases delay our response.

To add information to this case, reply to this email.

Sincerely,
Amazon Web Services
"""
SUBJ_A = "[CASE %s] %s" % (CASE_A, TC_SUBJ)
RE_A = "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)
add("a_ack", "acknowledgement", False, CASE_A, [],
    "Form acknowledgement (10-digit case). Quotes the user's own question 'Can you check and merge them?' and ends with an imperative 'To add information ... reply' that is only an invitation.",
    std("a_ack", TC, ME_C, SUBJ_A, date("2021-02-24 03:12:44"), auth=tc_m365_auth(),
        msgid=mid_ses("a_ack", 0)),
    leaf("text/plain", ack_a, "utf-8", "7bit"), crlf=True)

body = """@rin-hayakawa merged commit 9c41d2e into main.

Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsurugi-sys/infra-modules/pull/412#event-4321987765
You are receiving this because you authored the thread.
"""
add("gh21", "unrelated", False, None, [],
    "GitHub 'merged' notification with a 'Reply to this email' footer.",
    std("gh21", addr("Rin Hayakawa", "notifications@github.com"), "tsurugi-sys/infra-modules <infra-modules@noreply.github.com>",
        "Re: [tsurugi-sys/infra-modules] Add cert-manager chart values (PR #412)", date("2021-02-25 06:20:19"),
        auth=m365_auth("github.com", "github.com", "192.30.252.201"), msgid="<tsurugi-sys/infra-modules/pull/412/issue_event/4321987765@github.com>",
        extra=[("Cc", "Chihiro Sugiura <%s>, Author <author@noreply.github.com>" % ME_C)]),
    alt(body, "utf-8", "7bit"))

upd_a = """Hello Chihiro,

A quick note to let you know that your case is still with us. We're dealing with a much larger volume of requests than usual at the moment, so it is taking us longer than our normal 24 hours to reach each one.

Your case keeps its place in the queue; there's no need to reply or to submit the form again.

Thank you for your patience.

Aoife
AWS Training & Certification Customer Service
"""
add("a_upd", "case_update", False, CASE_A, [],
    "Progress note (backlog); mentions replying only to say it is not needed.",
    std("a_upd", TC, ME_C, RE_A, date("2021-02-26 14:51:09"), auth=tc_m365_auth(),
        msgid=mid_ses("a_upd", 0), irt="a_ack"),
    leaf("text/plain", upd_a, "utf-8", "7bit"), crlf=True)

info_a = """Hi Chihiro,

Thanks for waiting. I had a look, and there are indeed two AWS Certification profiles registered to c.sugiura@tsurugi-sys.co.jp. One was created in 2019 and holds your Cloud Practitioner and Solutions Architect - Associate history; the other was created this January, and last week's Developer - Associate result was recorded on that one. Your Credly account is linked to the older profile, which is why the new badge never showed up there.

Because both profiles share the same login email, I can't tell from our side which one you actually sign in to. Send me the candidate ID shown at the top right of the certification account page for each profile you can reach (AWS followed by eight digits) and I'll take it from there.

Kind regards,
Sunil K.
AWS Training and Certification
"""
add("a_info", "info_request", True, CASE_A, [],
    "Mixed mail: long diagnosis first, then the ask as a bare imperative ('Send me the candidate ID...') with no 'please' and no question mark.",
    std("a_info", TC, ME_C, RE_A, date("2021-03-01 02:42:30"), auth=tc_m365_auth(),
        msgid=mid_ses("a_info", 0), irt="a_upd", refs=["a_ack", "a_upd"]),
    leaf("text/plain", info_a, "utf-8", "quoted-printable"), crlf=True)

rep_a1 = """Hi Sunil,

Thanks for checking. The one I normally sign in to shows AWS02719384. I could get into the other one after a password reset, and it shows AWS05530761.

Regards,
Chihiro Sugiura
Tsurugi Systems Co., Ltd. | Cloud Infrastructure Dept.

""" + quote_outlook(info_a, "aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>",
                    "Monday, March 1, 2021 11:42 AM", "Chihiro Sugiura <c.sugiura@tsurugi-sys.co.jp>", RE_A)
add("a_rep1", "user_reply", False, CASE_A, ["AWS02719384", "AWS05530761"],
    "Owner's Outlook reply from the company address, top-posted over the request; two candidate IDs in new text.",
    std("a_rep1", "Chihiro Sugiura <%s>" % ME_C, TC, "RE: " + RE_A, date("2021-03-01 13:05:51", "+0900"),
        msgid=mid("a_rep1", "TYCPR01MB8843.jpnprd01.prod.outlook.com"), irt="a_info", refs=["a_ack", "a_upd", "a_info"],
        extra=[("Thread-Topic", RE_A), ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")]),
    leaf("text/plain", rep_a1, "utf-8", "quoted-printable"), crlf=True)

conf_a = """Hello Chihiro,

Thank you, that helps. This is what I see on our side:

Account #1
Candidate ID: AWS02719384
Login email: c.sugiura@tsurugi-sys.co.jp
Certification notification email: c.sugiura@tsurugi-sys.co.jp
Certifications: AWS Certified Cloud Practitioner, AWS Certified Solutions Architect - Associate

Account #2
Candidate ID: AWS05530761
Login email: c.sugiura@tsurugi-sys.co.jp
Certification notification email: c.sugiura@tsurugi-sys.co.jp
Certifications: AWS Certified Developer - Associate

My suggestion is to keep Account #1, since that is the one connected to Credly, and move the Developer result across. After the merge, Account #2 can no longer be used to sign in. I'd like your go-ahead before doing this, so just let me know whether Account #1 is the one to keep.

Sunil K.
AWS Training and Certification
"""
add("a_conf", "confirmation_request", True, CASE_A, ["AWS02719384", "AWS05530761"],
    "Account #1/#2 listing with candidate IDs; the ask is phrased as 'I'd like your go-ahead ... just let me know whether' (no question mark).",
    std("a_conf", TC, ME_C, RE_A, date("2021-03-02 08:17:03"), auth=tc_m365_auth(),
        msgid=mid_ses("a_conf", 0), irt="a_rep1", refs=["a_ack", "a_info", "a_rep1"]),
    leaf("text/plain", conf_a, "utf-8", "7bit"), crlf=True)

rep_a2 = """Yes, keep Account #1 (AWS02719384). Go ahead.

Chihiro

""" + quote_outlook(conf_a, "aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>",
                    "Tuesday, March 2, 2021 5:17 PM", "Chihiro Sugiura <c.sugiura@tsurugi-sys.co.jp>", RE_A)
add("a_rep2", "user_reply", False, CASE_A, ["AWS02719384"],
    "Two-line user confirmation over a quoted confirmation request.",
    std("a_rep2", "Chihiro Sugiura <%s>" % ME_C, TC, "RE: " + RE_A, date("2021-03-02 17:40:27", "+0900"),
        msgid=mid("a_rep2", "TYCPR01MB8843.jpnprd01.prod.outlook.com"), irt="a_conf", refs=["a_ack", "a_info", "a_rep1", "a_conf"]),
    leaf("text/plain", rep_a2, "utf-8", "quoted-printable"), crlf=True)

res_a = """Hello Chihiro,

Done. I've merged AWS05530761 into AWS02719384. All three certifications, your full exam history and the 50% discount voucher from the Developer exam are now on the profile you normally sign in with. Credly usually needs 24 to 48 hours to issue the missing badge.

Nothing more is needed from you. If something still looks off after a couple of days, reply here and I'll pick it back up.

Best,
Sunil K.
AWS Training and Certification

""" + quote_orig(rep_a2.split("\n\n________")[0], "Chihiro Sugiura", "Tuesday, March 2, 2021 8:40 AM", TC, "RE: " + RE_A) + "\n\n" + quote_gt(conf_a)
add("a_res", "resolved", False, CASE_A, ["AWS05530761", "AWS02719384"],
    "Completion with a conditional reply invitation; quotes the whole confirmation request (question included) below.",
    std("a_res", TC, ME_C, RE_A, date("2021-03-04 01:09:58"), auth=tc_m365_auth(),
        msgid=mid_ses("a_res", 0), irt="a_rep2", refs=["a_ack", "a_conf", "a_rep2"]),
    leaf("text/plain", res_a, "utf-8", "quoted-printable"), crlf=True)

badge_a = """Chihiro, you've earned a badge!

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer - Associate.

Accept your badge to share it with your network and keep a verified record of your achievement.

Accept badge: https://www.youracclaim.com/earner/earned/badge/1f3a9c0e-5b2d-4e88-9a71-0c6d2e4b7f13

Questions? Visit support.youracclaim.com.
Acclaim, a Credly platform
"""
add("a_badge", "badge", False, None, [],
    "Credly (old youracclaim.com sender) badge; 'Accept your badge' call to action; badge UUID.",
    std("a_badge", addr("Acclaim", "admin@youracclaim.com"), ME_C,
        "Chihiro, you've earned a badge from Amazon Web Services Training and Certification",
        date("2021-03-04 19:30:12"), auth=m365_auth("youracclaim.com", "youracclaim.com", "167.89.101.14"),
        msgid=mid("a_badge", "youracclaim.com")),
    alt(badge_a, "utf-8", "quoted-printable"), crlf=True)

surv_a = """Hello,

Your recent case 8391047725 with AWS Training and Certification has been marked as resolved.

We'd like to know how we did. It takes about two minutes:

How satisfied were you with the support you received?
  Very satisfied      https://survey.aws-tc.example/s/8391047725?r=5
  Satisfied           https://survey.aws-tc.example/s/8391047725?r=4
  Neutral             https://survey.aws-tc.example/s/8391047725?r=3
  Dissatisfied        https://survey.aws-tc.example/s/8391047725?r=2
  Very dissatisfied   https://survey.aws-tc.example/s/8391047725?r=1

Replies to this message are not monitored and will not reach support.

AWS Training and Certification
"""
add("a_surv", "survey", False, CASE_A, [],
    "Satisfaction survey naming the case; 'replies not monitored'.",
    std("a_surv", addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_C,
        "How did we do? Case 8391047725", date("2021-03-08 05:00:41"), auth=tc_m365_auth(),
        msgid=mid_ses("a_surv", 0)),
    alt(surv_a, "utf-8", "quoted-printable"), crlf=True)

# ================================================================ 2023 — console case B, form case C (Japanese)

bill = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.27

Account ID: 480926173355

Please see the Bills section of the Billing and Cost Management console to view the details of this statement: https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add("bill23", "unrelated", False, None, [],
    "Billing mail from the same sender as console cases; 12-digit account ID.",
    std("bill23", addr("Amazon Web Services", CONSOLE), ME_P,
        "Amazon Web Services Billing Statement Available [Account: 480926173355]", date("2023-02-03 12:14:55"),
        auth=console_auth(), msgid=mid_ses("bill23", 0)),
    leaf("text/plain", bill, "utf-8", "7bit"))

ack_b = """Hello,

We have received your case. A support engineer will respond within the time frame of your support plan.

Case ID: 14201938576
Subject: Certification benefit voucher missing from account
Severity: General guidance
Account: [AWS ID 480926173355]
Correspondence: I passed SAA-C03 on January 30 but no 50% exam discount shows up under Benefits in my certification account. Other certifications show the voucher. How do I get it?

To view the case or add correspondence, visit https://console.aws.amazon.com/support/home#/case/?displayId=14201938576&language=en

Sincerely,
Amazon Web Services
""" + CONSOLE_FOOTER.format(case=CASE_B)
add("b_ack", "acknowledgement", False, CASE_B, [],
    "Console 'New Support case' mail (11-digit); user's question quoted in Correspondence; 12-digit account ID next to the case ID.",
    std("b_ack", addr("Amazon Web Services", CONSOLE), ME_P,
        "Amazon Web Services: New Support case: %s" % CASE_B, date("2023-02-14 10:22:07"),
        auth=console_auth(), msgid=mid_ses("b_ack", 0)),
    leaf("text/plain", ack_b, "utf-8", "7bit"), crlf=True)

SUBJ_B = "RE:[CASE %s] Certification benefit voucher missing from account" % CASE_B
info_b = """Hello,

Thank you for reaching out about your AWS Certification benefits, and congratulations on the Solutions Architect - Associate.

Some background first. The 50% discount for your next exam is issued only once the exam result has been fully processed, which can take up to five business days, and it is placed on the AWS Certification Account that holds the exam record. It is not connected to the AWS account (480926173355) from which this case was opened, which is why we can't see it from the billing side. I've checked with the certification team, and they found two certification profiles that could hold the SAA-C03 record.

To get the voucher attached to the right one, the team needs the email address you used when scheduling the exam with Pearson VUE, and the candidate ID of the profile where you'd like the voucher to appear. You can add both to the case in the Support Center; replies to this email are not received.

""" + FEEDBACK + """

Best regards,
Marisol G.
Amazon Web Services
""" + CONSOLE_FOOTER.format(case=CASE_B)
add("b_info", "info_request", True, CASE_B, [],
    "Console case: ask ('the team needs ...') buried after background, answer must go through the Support Center; feedback footer and 'cannot accept incoming e-mails' footer.",
    std("b_info", addr("Amazon Web Services", CONSOLE), ME_P, SUBJ_B, date("2023-02-15 03:51:40"),
        auth=console_auth(), msgid=mid_ses("b_info", 0)),
    alt(info_b, "utf-8", "quoted-printable"), crlf=True)

close_b = """Hello,

We haven't heard back from you about case 14201938576 (certification discount voucher). We'll keep the case open for a little while longer; if there's still no response in the Support Center, it will be resolved automatically in three days.

If you still need help, add your reply to the case with the link below and the engineer will continue from where things were left.

Amazon Web Services
""" + CONSOLE_FOOTER.format(case=CASE_B)
add("b_close", "closing_notice", True, CASE_B, [],
    "Console auto-resolve warning; reply must be made in the Support Center.",
    std("b_close", addr("Amazon Web Services", CONSOLE), ME_P, SUBJ_B, date("2023-02-18 04:00:02"),
        auth=console_auth(), msgid=mid_ses("b_close", 0)),
    leaf("text/plain", close_b, "utf-8", "7bit"), crlf=True)

res_b = """Hello,

Thank you for the details you added in the Support Center. The certification team has attached the 50% discount voucher to the profile you named; you'll see it under Benefits the next time you sign in.

Since the request is complete, I'm setting this case to resolved. Should anything else come up, you can reopen it from the Support Center within 14 days; after that, a new case would be needed.

""" + FEEDBACK + """

Best regards,
Marisol G.
Amazon Web Services
""" + CONSOLE_FOOTER.format(case=CASE_B)
add("b_res", "resolved", False, CASE_B, [],
    "Console resolution with reopen-within-14-days note and rating footer.",
    std("b_res", addr("Amazon Web Services", CONSOLE), ME_P, SUBJ_B, date("2023-02-20 07:35:19"),
        auth=console_auth(), msgid=mid_ses("b_res", 0)),
    alt(res_b, "utf-8", "quoted-printable"), crlf=True)

surv_b = """Your AWS Support case 14201938576 was recently resolved.

How likely are you to recommend AWS Support to a friend or colleague?

0  1  2  3  4  5  6  7  8  9  10
https://console.aws.amazon.com/support/feedback?caseId=14201938576

Your answers help us improve. This survey will take less than a minute.

Amazon Web Services
"""
add("b_surv", "survey", False, CASE_B, [],
    "NPS-style survey for the console case, from the console sender.",
    std("b_surv", addr("AWS Support", CONSOLE), ME_P,
        "Tell us about your AWS Support experience (Case %s)" % CASE_B, date("2023-02-21 16:02:48"),
        auth=console_auth(), msgid=mid_ses("b_surv", 0)),
    alt(surv_b, "utf-8", "7bit"))

cp = """杉浦 千尋 さん

以下のイベントへの参加登録が完了しました。

イベント: クラウド勉強会 渋谷 #12 〜認定資格の取り方と活かし方〜
日時: 2023/05/24(水) 19:00〜21:00
会場: 渋谷区道玄坂 (詳細はイベントページをご覧ください)
受付番号: 733021

参加できなくなった場合は、イベントページからキャンセルしてください。
このメールは送信専用のアドレスから送信されています。

connpass
"""
add("cp23", "unrelated", False, None, [],
    "Japanese event registration; 6-digit reception number; cancel instruction.",
    std("cp23", addr("connpass", "no-reply@connpass.com"), ME_P,
        "【connpass】イベント参加登録が完了しました: クラウド勉強会 渋谷 #12", date("2023-05-10 11:20:33"),
        auth=gmail_auth("connpass.com", "bounce@connpass.com", "198.2.180.12"), msgid=mid("cp23", "connpass.com")),
    leaf("text/plain", cp, "utf-8", "base64"))

SUBJ_C = "[CASE %s] %s" % (CASE_C, TC_SUBJ)
RE_C = "RE:[CASE %s] %s" % (CASE_C, TC_SUBJ)
ack_c = """AWS にお問い合わせいただき、ありがとうございます。

お客様のお問い合わせについて、ケース 14339028761 を作成いたしました。担当者より通常24時間以内にご連絡いたしますが、内容によってはお時間を頂戴する場合がございます。

ケースの詳細は以下のとおりです。

ケース ID: 14339028761
件名: account-assistance
お問い合わせ内容:
認定証に記載されている氏名のローマ字表記が「Chihiro Sugiyura」になっています。正しくは「Chihiro Sugiura」です。修正していただけますか。

すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。
補足情報がございましたら、本メールにご返信ください。

Amazon Web Services
"""
add("c_ack", "acknowledgement", False, CASE_C, [],
    "Japanese acknowledgement in ISO-2022-JP; quoted user question; conditional 〜がございましたら…ご返信ください.",
    std("c_ack", TC, ME_C, SUBJ_C, date("2023-07-10 05:40:12"), auth=tc_m365_auth(), msgid=mid_ses("c_ack", 0)),
    leaf("text/plain", ack_c, "iso-2022-jp", "7bit"), crlf=True)

info_c = """杉浦 千尋 様

AWS トレーニングと認定 カスタマーサポートの田辺でございます。
この度はお問い合わせいただき、誠にありがとうございます。

認定証に表示される氏名は、AWS 認定アカウントのプロフィールに登録された法的氏名(Legal name)をもとに作成されております。法的氏名は試験当日に提示いただく身分証明書との照合にも使用されるため、お客様ご自身では変更できず、当チームにて変更を承っております。また、変更後の氏名で認定証を再発行するまでには、通常 2、3 営業日ほどお時間を頂戴しております。

恐れ入りますが、変更手続きを進めるにあたり、お手元の公的身分証明書(運転免許証またはパスポート)に記載のとおりのローマ字氏名と、対象となる認定アカウントの候補 ID(AWS から始まる番号)を、本メールへのご返信にてお知らせいただけますでしょうか。なお、身分証明書の画像を添付していただく必要はございません。

何卒よろしくお願いいたします。

田辺
AWS トレーニングと認定 カスタマーサポート
"""
add("c_info", "info_request", True, CASE_C, [],
    "Japanese keigo request (〜いただけますでしょうか) buried after a long policy paragraph; HTML+text, UTF-8 base64.",
    std("c_info", TC, ME_C, RE_C, date("2023-07-11 01:02:47"), auth=tc_m365_auth(),
        msgid=mid_ses("c_info", 0), irt="c_ack"),
    alt(info_c, "utf-8", "base64", html_text=html_of(info_c, "Meiryo")), crlf=True)

close_c = """杉浦様

先日お送りしたメールについて、まだご返信をいただいておりませんでしたので、再度ご連絡いたしました。

このまま 3 営業日以内にご返信がない場合、本ケースはクローズとなります。引き続き氏名の修正をご希望の場合は、このメールにそのまま返信してください。返信があればケースは継続されます。

田辺
AWS トレーニングと認定 カスタマーサポート

----- 以前のメッセージ -----
""" + info_c
add("c_close", "closing_notice", True, CASE_C, [],
    "Japanese closing notice in Shift_JIS (8bit), plain 〜してください, with the earlier request quoted below.",
    std("c_close", TC, ME_C, RE_C, date("2023-07-14 00:15:30"), auth=tc_m365_auth(),
        msgid=mid_ses("c_close", 0), irt="c_info", refs=["c_ack", "c_info"]),
    leaf("text/plain", close_c, "shift_jis", "8bit"), hcs="iso-2022-jp")

rep_c = """田辺様

ご連絡が遅くなり申し訳ございません。
パスポートに記載されている氏名と候補IDは以下のとおりです。

氏名: SUGIURA CHIHIRO
候補ID: AWS02719384

よろしくお願いいたします。

杉浦 千尋
株式会社ツルギシステムズ クラウド基盤部

""" + quote_outlook_jp(close_c, "aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>",
                       "2023年7月14日 9:15", "杉浦 千尋 <c.sugiura@tsurugi-sys.co.jp>", RE_C)
add("c_rep", "user_reply", False, CASE_C, ["AWS02719384"],
    "Owner's Japanese reply (Outlook Japanese header block 差出人/送信日時), UTF-8 8bit, quoted request and closing notice below.",
    std("c_rep", addr("杉浦 千尋", ME_C), TC, "RE: " + RE_C, date("2023-07-14 11:48:09", "+0900"),
        msgid=mid("c_rep", "TYCPR01MB8843.jpnprd01.prod.outlook.com"), irt="c_close", refs=["c_ack", "c_info", "c_close"]),
    leaf("text/plain", rep_c, "utf-8", "8bit"))

hold_c = """杉浦 千尋 様

ご返信いただき、ありがとうございます。

いただいた情報をもとに、氏名変更の申請を認定プログラムの運営チームへ回付いたしました。現在は同チームの審査待ちとなっており、結果が出るまで本ケースは保留とさせていただきます。お客様にてご対応いただくことは特にございませんので、そのままお待ちくださいますようお願いいたします。

進展がございましたら、改めてご連絡いたします。

田辺
AWS トレーニングと認定 カスタマーサポート
"""
add("c_hold", "on_hold", False, CASE_C, [],
    "Japanese hold waiting on another team; polite imperative そのままお待ちください is not a request to reply.",
    std("c_hold", TC, ME_C, RE_C, date("2023-07-18 06:30:00"), auth=tc_m365_auth(),
        msgid=mid_ses("c_hold", 0), irt="c_rep", refs=["c_ack", "c_info", "c_close", "c_rep"]),
    leaf("text/plain", hold_c, "iso-2022-jp", "7bit"), hcs="iso-2022-jp")

res_c = """杉浦 千尋 様

大変お待たせいたしました。認定アカウント AWS02719384 の法的氏名を「Chihiro Sugiura」に更新し、認定証を再発行いたしました。認定アカウントにサインインのうえ、「認定」ページから新しい認定証をダウンロードいただけます。

本件はこれにて解決とさせていただきます。ご不明な点がございましたら、本メールにご返信いただければ引き続き対応いたします。

田辺
AWS トレーニングと認定 カスタマーサポート

> 恐れ入りますが、変更手続きを進めるにあたり、お手元の公的身分証明書(運転免許証またはパスポート)に記載のとおりのローマ字氏名と、対象となる認定アカウントの候補 ID(AWS から始まる番号)を、本メールへのご返信にてお知らせいただけますでしょうか。
"""
add("c_res", "resolved", False, CASE_C, ["AWS02719384"],
    "Japanese resolution with conditional invitation; the old keigo request is quoted with '>' at the bottom.",
    std("c_res", TC, ME_C, RE_C, date("2023-07-21 02:11:45"), auth=tc_m365_auth(),
        msgid=mid_ses("c_res", 0), irt="c_hold", refs=["c_ack", "c_rep", "c_hold"]),
    leaf("text/plain", res_c, "iso-2022-jp", "7bit"), crlf=True, hcs="iso-2022-jp")

surv_c = """AWS トレーニングと認定をご利用いただき、ありがとうございます。

先日解決したケース 14339028761 の対応について、簡単なアンケートへのご協力をお願いしております。所要時間は 1 分ほどです。

アンケートに回答する: https://survey.aws-tc.example/ja/s/14339028761

いただいたご意見は、今後のサポート品質の向上に活用させていただきます。
※本メールは送信専用アドレスから配信しております。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services
"""
add("c_surv", "survey", False, CASE_C, [],
    "Japanese survey invitation naming the case; notes replies are not answered.",
    std("c_surv", addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_C,
        "AWS サポートに関するアンケートご協力のお願い", date("2023-07-22 03:00:10"), auth=tc_m365_auth(),
        msgid=mid_ses("c_surv", 0)),
    leaf("text/plain", surv_c, "utf-8", "quoted-printable"), crlf=True)

fb = """Hello Chihiro,

AWS Certification wants to hear from you!

As someone who holds an AWS Certification, your experience matters. We're inviting a small group of certified individuals to share feedback on exam content, scheduling and the benefits that come with being certified.

The questionnaire takes about ten minutes and is open until September 30.

Start the questionnaire: https://www.certmetrics.com/amazon/survey/2023-q3

Thank you for helping us shape the AWS Certification program.

AWS Certification
This email was sent to c.sugiura@tsurugi-sys.co.jp. Manage your communication preferences in your AWS Certification Account.
"""
add("fb23", "certification", False, None, [],
    "certmetrics feedback invitation (a request, but not a reply to support).",
    std("fb23", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "AWS Certification wants to hear from you", date("2023-09-05 15:30:00"),
        auth=m365_auth("certmetrics.com", "certmetrics.com", "52.5.13.191"), msgid=mid("fb23", "certmetrics.com")),
    alt(fb, "utf-8", "quoted-printable"), crlf=True)

vend = """Hi Chihiro,

Your case 00482913 ("Agent stops reporting after kernel upgrade") has been closed.

Summary: the issue was fixed in agent version 7.48.1. We've marked the case as solved.

If the problem comes back, simply reply to this email within 7 days and the case will reopen automatically. After that, please open a new case from the portal.

Thanks for choosing Kestrel,
Kestrel Monitoring Support
"""
add("vend23", "unrelated", False, None, [],
    "Another vendor's 'case closed' with case number and reply-to-reopen wording.",
    std("vend23", addr("Kestrel Monitoring Support", "support@kestrelmon.io"), ME_P,
        "[Case 00482913] Your case has been closed", date("2023-11-02 22:14:09"),
        auth=gmail_auth("kestrelmon.io", "bounces@kestrelmon.io", "23.251.226.8"), msgid=mid("vend23", "kestrelmon.io")),
    leaf("text/plain", vend, "utf-8", "7bit"))

# ================================================================ 2025 — leaving the company; cases D, E

hr = """杉浦 千尋 さん

人事部の小野です。退職に伴うお手続きについてご案内いたします。

1. 最終出社日: 2025年5月30日(金)
2. 貸与品(PC・入館証・携帯電話)は最終出社日に情報システム部へ返却してください。
3. 社用メールアドレスは最終出社日の業務終了をもって利用停止となります。外部サービスに社用アドレスを登録している場合は、事前に変更をお済ませください。
4. 源泉徴収票は退職後1か月以内に、ご登録の住所へ郵送いたします。

添付の「退職時確認書」の内容をご確認のうえ、5月20日までに本メールへご返信ください。

人事部 小野
株式会社ツルギシステムズ
"""
add("hr25", "unrelated", False, None, [],
    "Japanese HR mail with a real deadline and ご返信ください, but not from support (ISO-2022-JP).",
    std("hr25", addr("人事部 小野", "jinji@tsurugi-sys.co.jp", "iso-2022-jp"), ME_C,
        "【ご案内】退職に伴うお手続きについて", date("2025-05-12 10:03:00", "+0900"),
        auth=m365_auth("tsurugi-sys.co.jp", "tsurugi-sys.co.jp", "10.20.4.17"), msgid=mid("hr25", "TYWPR01MB1122.jpnprd01.prod.outlook.com")),
    leaf("text/plain", hr, "iso-2022-jp", "7bit"), crlf=True, hcs="iso-2022-jp")

bid = """Verify your AWS Builder ID email address

Hello,

Use the following verification code to confirm your email address:

583106

This code expires in 30 minutes. If you didn't request it, you can ignore this email.

Amazon Web Services
"""
add("bid25", "unrelated", False, None, [],
    "Builder ID verification code (6 digits).",
    std("bid25", addr("AWS", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
        date("2025-05-24 04:11:58"), auth=gmail_auth("signin.aws", "bounce@signin.aws", "54.240.48.11"),
        msgid=mid_ses("bid25", 0)),
    alt(bid, "utf-8", "7bit"))

sb = """Welcome to AWS Skill Builder, Chihiro

Your profile is ready. Explore more than 600 free digital courses, build hands-on skills in AWS Builder Labs, and prepare for AWS Certification with official practice question sets.

Start learning: https://skillbuilder.aws/

Prefer fewer emails? Update your preferences any time.

AWS Training and Certification
"""
add("sb25", "unrelated", False, None, [],
    "Training-platform welcome mail (aws.training), not a case.",
    std("sb25", addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
        "Welcome to AWS Skill Builder", date("2025-05-24 04:20:31"),
        auth=gmail_auth("aws.training", "bounce@aws.training", "54.240.48.93"), msgid=mid_ses("sb25", 0)),
    alt(sb, "utf-8", "quoted-printable"))

SUBJ_D = "[CASE %s] %s" % (CASE_D, TC_SUBJ)
RE_D = "RE:[CASE %s] %s" % (CASE_D, TC_SUBJ)
RE_D2 = "RE: [CASE %s] %s" % (CASE_D, TC_SUBJ)
ack_d = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 174830215583042 for your inquiry.

The details of your case are as follows:

Case ID: 174830215583042
Subject: account-assistance
Inquiry type: Certification
Additional details: Account Merge
Correspondence:
Use case: I am leaving Tsurugi Systems at the end of May and would like my certification history moved to my personal profile.
All email addresses I have used: c.sugiura@tsurugi-sys.co.jp, chihiro.sugiura.k@gmail.com
Email address to keep: chihiro.sugiura.k@gmail.com

We normally respond within 24 hours. Opening another case about the same request will not speed things up and may slow it down.

Anything to add? Reply to this message and it will be attached to your case.

Regards,
AWS Training and Certification Customer Support
"""
add("d_ack", "acknowledgement", False, CASE_D, [],
    "15-digit case ack; 'Anything to add? Reply to this message' is a question plus imperative yet only an invitation.",
    std("d_ack", TC, ME_P, SUBJ_D, date("2025-05-26 23:29:40"), auth=tc_gmail_auth(),
        received=ses_recv(date("2025-05-26 23:29:41")), msgid=mid_ses("d_ack", 0)),
    alt(ack_d, "utf-8", "quoted-printable"))

SUBJ_E = "[CASE %s] %s" % (CASE_E, TC_SUBJ)
ack_e = """お問い合わせいただきありがとうございます。ケース 174830263107719 を受け付けました。

ケース ID: 174830263107719
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
お問い合わせ内容:
退職のため、会社のメールアドレスで作成した認定アカウントを個人用のアカウントへ統合したいです。

担当者より通常24時間以内にご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

Amazon Web Services
"""
add("e_ack", "acknowledgement", False, CASE_E, [],
    "Second (duplicate) submission eight minutes later via the Japanese form; UTF-8 quoted-printable.",
    std("e_ack", TC, ME_P, SUBJ_E, date("2025-05-26 23:37:30"), auth=tc_gmail_auth(),
        msgid=mid_ses("e_ack", 0)),
    leaf("text/plain", ack_e, "utf-8", "quoted-printable"))

dup_e = """Hi Chihiro,

This request reached us twice, a few minutes apart: once in English (case 174830215583042) and once in Japanese (this case). To keep everything in one place I'm closing this case. A colleague is already handling 174830215583042, and the merge will be completed there.

You don't need to do anything on this case.

Thanks,
Kwame
AWS T&C Support
"""
add("e_dup", "resolved", False, CASE_E, [],
    "Duplicate closed in favour of the other case; two 15-digit numbers, the mail's own case is the one in the subject.",
    std("e_dup", TC, ME_P, "RE:[CASE %s] %s" % (CASE_E, TC_SUBJ), date("2025-05-27 06:48:12"),
        auth=tc_gmail_auth(), msgid=mid_ses("e_dup", 0), irt="e_ack"),
    leaf("text/plain", dup_e, "utf-8", "7bit"))

hold_d = """Hello Chihiro,

My name is Renata and I'll be helping you with the account merge.

While reviewing the two certification profiles, I noticed that the one registered to c.sugiura@tsurugi-sys.co.jp is associated with an AWS Partner Network organization (Tsurugi Systems Co., Ltd.). Certifications held on a partner-linked profile count toward that organization's partner standing, so we can't move them out while the person is still working for the partner; doing so would change the partner's numbers without their knowledge. Requests like this stay on hold until the employment has ended or the partner releases the profile.

Your form says you are leaving at the end of May. If that's right, a short written statement from you that you are leaving Tsurugi Systems, with your last working day, is what I need in order to ask our partner team to release the profile. Until then the merge stays on hold.

Kind regards,
Renata Pavlova
AWS Training and Certification Customer Support
"""
add("d_hold1", "on_hold", True, CASE_D, [],
    "APN hold that also asks for a statement; the ask is a declarative 'X is what I need' after a long explanation.",
    std("d_hold1", TC, ME_P, RE_D, date("2025-05-27 09:10:05"), auth=tc_gmail_auth(),
        msgid=mid_ses("d_hold1", 0), irt="d_ack"),
    leaf("text/plain", hold_d, "utf-8", "7bit"))

fwd_d = """Reply to this from work tomorrow - they want a statement that I'm leaving.

---------- Forwarded message ---------
From: <aws-cs-trainingcertification-form@amazon.com>
Date: Tue, May 27, 2025 at 6:10 PM
Subject: RE:[CASE 174830215583042] [AWS Training and Certification Form Submission] - account-assistance
To: <chihiro.sugiura.k@gmail.com>


""" + hold_d
add("d_fwd", "user_reply", False, CASE_D, [],
    "Owner forwards the hold to their own company address with a note-to-self imperative; forwarded ask inside.",
    std("d_fwd", "Chihiro Sugiura <%s>" % ME_P, ME_C, "Fwd: " + RE_D, date("2025-05-27 19:02:44", "+0900"),
        auth=gmail_auth("gmail.com", ME_P, "209.85.220.41", pol="p=NONE sp=QUARANTINE dis=NONE", sel="20230601"),
        msgid="<CAJh7x2Q0b8m1V-3Rk6u%sA@mail.gmail.com>" % "p0Zt", irt="d_hold1"),
    alt(fwd_d, "utf-8", "quoted-printable"))

jira = """Kenta Mori updated INFRA-2291

Hand over AWS Organizations admin role before 5/30

Status: In Progress -> Waiting for reporter
Assignee: Chihiro Sugiura

Comment by Kenta Mori:
@Chihiro Sugiura can you confirm which break-glass IAM user we keep after you leave? The management account is 731552049816. Need an answer before Friday.

Reply to this email to add a comment.
View issue: https://tsurugi-sys.atlassian.net/browse/INFRA-2291
"""
add("jira25", "unrelated", False, None, [],
    "Work ticket with a direct question and 'Reply to this email' footer; 12-digit AWS account ID.",
    std("jira25", addr("Kenta Mori (Jira)", "jira@tsurugi-sys.atlassian.net"), ME_C,
        "[JIRA] (INFRA-2291) Hand over AWS Organizations admin role before 5/30", date("2025-05-27 23:45:31"),
        auth=m365_auth("tsurugi-sys.atlassian.net", "e.atlassian.net", "18.234.32.150"), msgid=mid("jira25", "Atlassian.JIRA")),
    alt(jira, "utf-8", "7bit"), crlf=True)

wrong_d = """Hello Renata,

Yes, that is correct. I am leaving Tsurugi Systems; my last working day is May 30, 2025. After that this mailbox will be closed, so please continue with chihiro.sugiura.k@gmail.com.

Best regards,
Chihiro Sugiura

""" + quote_outlook(fwd_d, "Chihiro Sugiura <chihiro.sugiura.k@gmail.com>", "Tuesday, May 27, 2025 7:02 PM",
                    "Chihiro Sugiura <c.sugiura@tsurugi-sys.co.jp>", "Fwd: " + RE_D)
add("d_wrong", "user_reply", False, CASE_D, [],
    "Owner answers the hold from the company address (not the address to keep); Outlook quoting of a forward.",
    std("d_wrong", "Chihiro Sugiura <%s>" % ME_C, TC, "RE: Fwd: " + RE_D, date("2025-05-28 09:30:17", "+0900"),
        msgid=mid("d_wrong", "TYCPR01MB8843.jpnprd01.prod.outlook.com"), irt="d_fwd", refs=["d_hold1", "d_fwd"]),
    leaf("text/plain", wrong_d, "utf-8", "quoted-printable"), crlf=True)

info_d = """Hi Chihiro,

Thanks for the quick answer. One snag: your reply came from c.sugiura@tsurugi-sys.co.jp, which is the address on the partner-linked profile. Our partner team will want to see that the owner of the destination profile agreed to this, so the statement has to come from the address you want to keep.

Reply to this email from chihiro.sugiura.k@gmail.com with the same two lines (that you're leaving, and your last day), and I'll pass it on straight away.

Renata
"""
add("d_info1", "info_request", True, CASE_D, [],
    "Wrong-address follow-up: write again from the destination address; bare imperative, no please, no question.",
    std("d_info1", TC, ME_P, RE_D, date("2025-05-28 01:02:26"), auth=tc_gmail_auth(),
        msgid=mid_ses("d_info1", 0), irt="d_wrong", refs=["d_hold1", "d_wrong"]),
    leaf("text/plain", info_d, "utf-8", "7bit"))

ooo = """森は5月28日(水)から6月2日(月)まで休暇のため不在にしております。
期間中はメールを確認できませんので、6月3日以降に順次対応いたします。
お急ぎの場合は 情報システム部 (is-help@tsurugi-sys.co.jp) までご連絡ください。

森 健太
"""
add("ooo25", "unrelated", False, None, [],
    "Japanese out-of-office auto-reply from a colleague (ISO-2022-JP).",
    std("ooo25", addr("森 健太", "k.mori@tsurugi-sys.co.jp", "iso-2022-jp"), ME_C, "自動応答: INFRA-2291 引き継ぎ資料の件",
        date("2025-05-28 11:15:02", "+0900"), auth=m365_auth("tsurugi-sys.co.jp", "tsurugi-sys.co.jp", "10.20.4.17"),
        msgid=mid("ooo25", "TYWPR01MB2301.jpnprd01.prod.outlook.com"),
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    leaf("text/plain", ooo, "iso-2022-jp", "7bit"), crlf=True, hcs="iso-2022-jp")

rep_d1 = """Hi Renata,

Confirming from my personal address: I am leaving Tsurugi Systems Co., Ltd., and my last working day is May 30, 2025.

Thank you,
Chihiro

""" + quote_gmail(info_d, "Wed, May 28, 2025 at 10:02 AM", "<aws-cs-trainingcertification-form@amazon.com>")
add("d_rep1", "user_reply", False, CASE_D, [],
    "Owner's Gmail reply from the personal address.",
    std("d_rep1", "Chihiro Sugiura <%s>" % ME_P, TC, "Re: " + RE_D, date("2025-05-28 12:40:55", "+0900"),
        msgid="<CAJh7x2S9uQ4-Lk1e0Zw3mT8dRrVb6nX_fQ@mail.gmail.com>", irt="d_info1", refs=["d_hold1", "d_info1"]),
    alt(rep_d1, "utf-8", "quoted-printable"))

hold_d2 = """Hello Chihiro,

Thank you, that's exactly what was needed. I've passed your statement to our partner operations team and asked them to detach your certification profile from the Tsurugi Systems partner organization. The merge is paused until they finish; in my experience this takes two to four business days.

There's nothing for you to do in the meantime. I'll write again as soon as they've released the profile.

Renata
"""
add("d_hold2", "on_hold", False, CASE_D, [],
    "Hold waiting on the partner team; explicitly asks nothing.",
    std("d_hold2", TC, ME_P, RE_D, date("2025-05-29 02:20:41"), auth=tc_gmail_auth(),
        msgid=mid_ses("d_hold2", 0), irt="d_rep1", refs=["d_hold1", "d_info1", "d_rep1"]),
    leaf("text/plain", hold_d2, "utf-8", "7bit"))

phish_jp = """杉浦 千尋 様

いつも AWS トレーニングと認定をご利用いただきありがとうございます。

現在お手続き中の認定アカウント統合リクエスト(ケース番号: 1748299911)について、ご本人様確認が完了しておりません。
24時間以内に以下のリンクから本人確認を完了されない場合、統合手続きは取り消され、保有するすべての認定資格が失効いたします。

▼ 本人確認はこちら
https://aws-training-jp.com/verify?c=1748299911&u=chihiro.sugiura.k

ご不明点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 サポートセンター
"""
add("phish_jp", "suspicious", False, None, [],
    "Japanese phishing from a lookalike domain (authentication passes for the lookalike itself); fake 10-digit case number; urgent ask.",
    std("phish_jp", addr("AWS トレーニングと認定", "support@aws-training-jp.com"), ME_P,
        "【重要】AWS認定アカウント統合の本人確認のお願い", date("2025-05-29 08:13:27"),
        auth=gmail_auth("aws-training-jp.com", "bounce@aws-training-jp.com", "45.147.229.16", pol="p=NONE sp=NONE dis=NONE", sel="k1"),
        msgid=mid("phish_jp", "aws-training-jp.com")),
    leaf("text/plain", phish_jp, "utf-8", "8bit"))

it = """Hello Chihiro,

This is an automated notice from IS Helpdesk.

Your mailbox c.sugiura@tsurugi-sys.co.jp is scheduled to be deactivated on May 31, 2025 at 00:00 JST, following your last working day. Messages sent to this address after that time will be rejected. No forwarding will be configured.

No action is required from you. If you believe this date is incorrect, contact your manager.

IS Helpdesk
Tsurugi Systems Co., Ltd.
"""
add("it25", "unrelated", False, None, [],
    "Company IT notice: mailbox closing; 'No action is required'.",
    std("it25", addr("IS Helpdesk", "is-help@tsurugi-sys.co.jp"), ME_C,
        "Mailbox deactivation scheduled: c.sugiura@tsurugi-sys.co.jp", date("2025-05-30 01:00:00"),
        auth=m365_auth("tsurugi-sys.co.jp", "tsurugi-sys.co.jp", "10.20.4.17"), msgid=mid("it25", "tsurugi-sys.co.jp")),
    leaf("text/plain", it, "utf-8", "7bit"), crlf=True)

upd_d = """Hi Chihiro,

An update on your case: our partner operations team has released your certification profile from the Tsurugi Systems organization, so it is now an ordinary individual profile.

The next step is ours. I'm preparing both profiles for the merge and will send you a summary of them to review shortly.

Renata
"""
add("d_upd", "case_update", False, CASE_D, [],
    "Progress news that announces a future mail to review, but asks nothing now.",
    std("d_upd", TC, ME_P, RE_D2, date("2025-06-02 05:44:10"), auth=tc_gmail_auth(),
        msgid=mid_ses("d_upd", 0), irt="d_hold2", refs=["d_hold1", "d_rep1", "d_hold2"]),
    leaf("text/plain", upd_d, "utf-8", "7bit"))

conf_d_html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Chihiro,</p>
<p>Below is a summary of the two AWS Certification profiles we found for you.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS09182734</td><td>AWS02719384</td></tr>
<tr><td>Login email</td><td>chihiro.sugiura.k@gmail.com</td><td>c.sugiura@tsurugi-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>chihiro.sugiura.k@gmail.com</td><td>c.sugiura@tsurugi-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>chihiro.sugiura.k@gmail.com</td><td>c.sugiura@tsurugi-sys.co.jp</td></tr>
<tr><td>Active certifications</td><td>none</td><td>Solutions Architect &ndash; Associate; Developer &ndash; Associate; Cloud Practitioner</td></tr>
</table>
<p>Everything on the surviving profile stays; the other profile is closed permanently and signing in with its email will stop working. This cannot be undone.</p>
<p>We'll go ahead once you tell us which of the two should survive. Account #1 matches the address you asked to keep, but the decision is yours.</p>
<p>Thanks,<br>Renata Pavlova<br>AWS Training and Certification Customer Support</p>
</body></html>
"""
add("d_conf", "confirmation_request", True, CASE_D, ["AWS09182734", "AWS02719384"],
    "HTML-only confirmation with an Account #1/#2 table; ask phrased as 'We'll go ahead once you tell us which...'; case number only in the subject.",
    std("d_conf", TC, ME_P, RE_D, date("2025-06-03 11:14:37"), auth=tc_gmail_auth(),
        msgid=mid_ses("d_conf", 0), irt="d_upd", refs=["d_hold1", "d_hold2", "d_upd"]),
    leaf("text/html", conf_d_html, "utf-8", "quoted-printable"))

fake = """Hello,

To finish merging your AWS Certification accounts we must verify that you own both email addresses. Sign in through the secure link below within 48 hours. If we cannot verify your identity, your certifications will be suspended and the merge request cancelled.

Verify now: https://aws-certification-verify.net/merge/confirm?case=1748312097

Case ID: 1748312097

Best regards,
AWS Training and Certification Customer Support
"""
add("dmarc_fail", "suspicious", False, None, [],
    "Looks exactly like the real sender and subject format, but DKIM/SPF/DMARC fail for amazon.com; fake 10-digit case.",
    std("dmarc_fail", TC, ME_P, "RE:[CASE 1748312097] %s" % TC_SUBJ, date("2025-06-03 13:52:09"),
        auth=gmail_auth("amazon.com", TC, "185.243.115.84", dkim="fail", spf="fail", dmarc="fail",
                        pol="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE"),
        msgid=mid("dmarc_fail", "amazon.com")),
    alt(fake, "utf-8", "quoted-printable"))

mk_html = """<html><head><meta charset="utf-8"></head><body>
<table width="600" align="center" style="font-family:Meiryo,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:16px"><b>AWS Summit Japan 2025</b></td></tr>
<tr><td style="padding:16px">
<p>杉浦 千尋 様</p>
<p>AWS Summit Japan 2025 は 6月25日(水)・26日(木) に幕張メッセで開催されます。ご登録はお済みでしょうか?</p>
<p>基調講演、150 以上のセッション、AWS 認定者ラウンジなど、見どころが満載です。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">今すぐ登録する</a></p>
<p style="font-size:11px;color:#666">本メールは配信専用です。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>から手続きしてください。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table></body></html>
"""
add("mk25", "unrelated", False, None, [],
    "AWS marketing (HTML-only, Japanese, base64) with a question and a registration call to action.",
    std("mk25", addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P,
        "【AWS Summit Japan】ご登録はお済みですか? 6月25日・26日開催", date("2025-06-04 01:00:00"),
        auth=gmail_auth("amazon.com", "bounce-mkto@mktomail.amazon.com", "199.15.214.200"), msgid=mid("mk25", "mktomail.com")),
    leaf("text/html", mk_html, "utf-8", "base64"))

close_d = """Hello Chihiro,

I'm following up on my message of June 3 about which certification profile to keep. We haven't had an answer yet. If we still haven't heard from you by June 9, this case will be closed automatically. A reply before then keeps it open, and a reply after it closes will reopen it.

杉浦様

6月3日にお送りした、統合後に残す認定アカウントのご確認について、まだご返信をいただいておりません。6月9日までにご返信がない場合、本ケースは自動的にクローズされます。それまでにご返信いただければケースは継続され、クローズ後にご返信いただいた場合も再開されます。

Renata Pavlova
AWS Training and Certification Customer Support
"""
add("d_close", "closing_notice", True, CASE_D, [],
    "Bilingual closing notice (English + Japanese, UTF-8 8bit); no explicit 'please reply'.",
    std("d_close", TC, ME_P, RE_D, date("2025-06-06 00:31:18"), auth=tc_gmail_auth(),
        msgid=mid_ses("d_close", 0), irt="d_conf", refs=["d_hold1", "d_upd", "d_conf"]),
    leaf("text/plain", close_d, "utf-8", "8bit"))

# bounce of the owner's first confirmation (mistyped support address)
inner = ("From: Chihiro Sugiura <%s>\nTo: aws-cs-trainingcertifcation-form@amazon.com\nSubject: Re: %s\n"
         "Date: %s\nMessage-ID: <CAJh7x2Vv1bq8-yHq4mN0sTz5w3eKpA@mail.gmail.com>\nMIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=\"UTF-8\"\n\nConfirmed. Please merge into Account #1.\n\nChihiro\n"
         % (ME_P, RE_D, date("2025-06-06 10:02:11", "+0900"))).encode()
dsn = """** Address not found **

Your message wasn't delivered to aws-cs-trainingcertifcation-form@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <aws-cs-trainingcertifcation-form@amazon.com>: Recipient address rejected: User unknown
"""
status = b"Reporting-MTA: dns; googlemail.com\nArrival-Date: " + date("2025-06-06 01:02:11").encode() + \
    b"\n\nFinal-Recipient: rfc822; aws-cs-trainingcertifcation-form@amazon.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n"
add("bounce", "unrelated", False, None, [],
    "Bounce (multipart/report) of the owner's confirmation to a mistyped address; contains the case subject and 'Confirmed. Please merge'.",
    std("bounce", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
        "Delivery Status Notification (Failure)", date("2025-06-06 01:02:14"),
        auth="mx.google.com;\n       spf=none (google.com: mailer-daemon@googlemail.com does not designate permitted sender hosts) smtp.helo=mail-sor-f69.google.com",
        msgid=mid("bounce", "mx.google.com")),
    multi("report", [leaf("text/plain", dsn, "utf-8", "7bit"),
                     (["Content-Type: message/delivery-status"], status),
                     (["Content-Type: message/rfc822"], inner)],
          "bnd_dsn_7731", extra="; report-type=delivery-status"))

conf_d_text = """Hello Chihiro,

Below is a summary of the two AWS Certification profiles we found for you.

|                                   | Account #1                  | Account #2                   |
| Candidate ID                      | AWS09182734                 | AWS02719384                  |
| Login email                       | chihiro.sugiura.k@gmail.com | c.sugiura@tsurugi-sys.co.jp  |
| Certification notification email | chihiro.sugiura.k@gmail.com | c.sugiura@tsurugi-sys.co.jp  |

Everything on the surviving profile stays; the other profile is closed permanently and signing in with its email will stop working. This cannot be undone.

We'll go ahead once you tell us which of the two should survive. Account #1 matches the address you asked to keep, but the decision is yours.

Thanks,
Renata Pavlova
"""
rep_d2 = """Hello Renata,

Sorry for the delay; my first answer bounced because I mistyped your address. Keep Account #1 (chihiro.sugiura.k@gmail.com, AWS09182734) and merge Account #2 into it.

Chihiro

""" + quote_gmail(conf_d_text, "Tue, Jun 3, 2025 at 8:14 PM", "<aws-cs-trainingcertification-form@amazon.com>")
add("d_rep2", "user_reply", False, CASE_D, ["AWS09182734"],
    "Owner's confirmation whose subject has NO case number; belongs to the case only through In-Reply-To/References. Quoted table holds both candidate IDs (only one is new text).",
    std("d_rep2", "Chihiro Sugiura <%s>" % ME_P, TC, "Re: which profile to keep", date("2025-06-06 10:20:45", "+0900"),
        msgid="<CAJh7x2R4fM-2qNk0bW9eYzL1tG8uHcP3xw@mail.gmail.com>", irt="d_conf", refs=["d_hold1", "d_upd", "d_conf"]),
    alt(rep_d2, "utf-8", "quoted-printable"))

info_d2 = """Hi Chihiro,

Thanks, Account #1 it is.

Before I run the merge there's one thing I have to flag. Account #2 has an exam booked: AWS Certified DevOps Engineer - Professional on June 21 (Pearson VUE registration 318807452). Appointments don't carry over in a merge. The booking would be cancelled, the fee refunded to the card you paid with, and you'd have to schedule again from Account #1.

If that's fine with you, I'll do the merge today. If you would rather sit the exam as booked, we can wait until after June 21 and merge then. Which do you prefer?

Renata
"""
add("d_info2", "info_request", True, CASE_D, [],
    "Asks to confirm something other than the merge choice (cancel booked exam or wait); 9-digit registration ID that is not a case.",
    std("d_info2", TC, ME_P, RE_D, date("2025-06-07 00:05:52"), auth=tc_gmail_auth(),
        msgid=mid_ses("d_info2", 0), irt="d_rep2", refs=["d_conf", "d_close", "d_rep2"]),
    leaf("text/plain", info_d2, "utf-8", "7bit"))

rep_d3 = """Go ahead with the merge today, I'll rebook from the new profile.

Chihiro

""" + quote_gmail(info_d2, "Sat, Jun 7, 2025 at 9:05 AM", "<aws-cs-trainingcertification-form@amazon.com>")
add("d_rep3", "user_reply", False, CASE_D, [],
    "Short user answer (top line) over the quoted question.",
    std("d_rep3", "Chihiro Sugiura <%s>" % ME_P, TC, "Re: " + RE_D, date("2025-06-07 09:31:06", "+0900"),
        msgid="<CAJh7x2TqL0w-7nYg2Pz8sKe5vJ1mR4dFoQ@mail.gmail.com>", irt="d_info2", refs=["d_conf", "d_rep2", "d_info2"]),
    leaf("text/plain", rep_d3, "utf-8", "7bit"))

res_d = """Hello Chihiro,

I have successfully merged all accounts. Account #2 (AWS02719384) has been merged into Account #1 (AWS09182734), and your exam history, your three active certifications and the benefits from the old profile are now available when you sign in with chihiro.sugiura.k@gmail.com. The DevOps Engineer booking has been cancelled and the refund issued.

Your Credly badges will be re-issued to your personal address within a day or so.

This case is now resolved. If you notice anything missing, you can reply to this email and we'll take another look.

Kind regards,
Renata Pavlova
AWS Training and Certification Customer Support

""" + quote_orig(rep_d3.split("\n\nOn ")[0], "Chihiro Sugiura <chihiro.sugiura.k@gmail.com>", "Saturday, June 7, 2025 12:31 AM", TC, "Re: " + RE_D) + \
    "\n\n" + quote_orig(info_d2, TC, "Saturday, June 7, 2025 12:05 AM", ME_P, RE_D) + "\n\n" + quote_gt(conf_d_text)
add("d_res", "resolved", False, CASE_D, ["AWS02719384", "AWS09182734"],
    "'successfully merged' over two quoted requests (a question and the confirmation table); conditional reply invitation; quoted-printable.",
    std("d_res", TC, ME_P, RE_D, date("2025-06-07 03:48:29"), auth=tc_gmail_auth(),
        msgid=mid_ses("d_res", 0), irt="d_rep3", refs=["d_conf", "d_info2", "d_rep3"]),
    leaf("text/plain", res_d, "utf-8", "quoted-printable"))

badge1 = """Hi Chihiro,

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

Claim it to showcase your skills on LinkedIn, in your email signature or anywhere online.

Accept your badge: https://www.credly.com/earner/earned/badge/6b0e2d1c-93fa-4c57-8a0b-e11f2c7d9a40

Credly
"""
add("d_badge1", "badge", False, None, [],
    "Credly badge right after the merge.",
    std("d_badge1", addr("Credly", "admin@credly.com"), ME_P,
        "Amazon Web Services Training and Certification sent you a new badge", date("2025-06-07 05:12:40"),
        auth=gmail_auth("credly.com", "bounces+1877@em.credly.com", "149.72.134.22"), msgid=mid("d_badge1", "credly.com")),
    alt(badge1, "utf-8", "quoted-printable"))

badge2 = """Congratulations, Chihiro!

You've been awarded the AWS Certified Developer - Associate badge by Amazon Web Services Training and Certification.

Next step: accept the badge so it appears on your Credly profile.
https://www.credly.com/earner/earned/badge/2f9c8e41-0a7d-4b1e-b6c3-55d0a9e1f7b2

Not sure what this is? Visit the Credly help center.
"""
add("d_badge2", "badge", False, None, [],
    "Second Credly badge mail, different wording.",
    std("d_badge2", addr("Credly", "admin@credly.com"), ME_P,
        "Claim your AWS Certified Developer - Associate badge", date("2025-06-07 05:12:58"),
        auth=gmail_auth("credly.com", "bounces+1877@em.credly.com", "149.72.134.22"), msgid=mid("d_badge2", "credly.com")),
    alt(badge2, "utf-8", "7bit"))

pv = """杉浦 千尋 様

以下の試験予約はキャンセルされました。

試験名: AWS Certified DevOps Engineer - Professional (DOP-C02)
登録番号: 318807452
予約日時: 2025年6月21日(土) 13:00
会場: ピアソン VUE 公認テストセンター 東京(新宿)

受験料の払い戻しは、ご予約時のお支払い方法に対して 5 から 10 営業日以内に行われます。

再度ご予約される場合は、AWS 認定アカウントからお手続きください。
本メールは送信専用のアドレスから送信されています。

ピアソン VUE
"""
add("pv25", "unrelated", False, None, [],
    "Japanese exam-vendor cancellation (Shift_JIS base64) with the same 9-digit registration number as the support mail.",
    std("pv25", addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), ME_P,
        "試験予約キャンセルのお知らせ", date("2025-06-08 02:30:11"),
        auth=gmail_auth("pearson.com", "bounce@pearson.com", "159.182.10.43", pol="p=REJECT sp=REJECT dis=NONE"),
        msgid=mid("pv25", "pearson.com")),
    leaf("text/plain", pv, "shift_jis", "base64"), hcs="iso-2022-jp")

surv_d = """Hello,

Your case 174830215583042 was recently resolved. How would you rate the support you received?

  Excellent: https://survey.aws-tc.example/r/174830215583042/5
  Good:      https://survey.aws-tc.example/r/174830215583042/4
  Average:   https://survey.aws-tc.example/r/174830215583042/3
  Poor:      https://survey.aws-tc.example/r/174830215583042/2

Your answer goes straight to the team that handled your case. Replies to this email are not read.

AWS Training and Certification
"""
add("d_surv", "survey", False, CASE_D, [],
    "Survey from the case sender with the case token in the subject.",
    std("d_surv", TC, ME_P, "RE:[CASE %s] How did we do?" % CASE_D, date("2025-06-09 04:00:00"),
        auth=tc_gmail_auth(), msgid=mid_ses("d_surv", 0)),
    alt(surv_d, "utf-8", "quoted-printable"))

lk = """Dear Candidate,

Following your recent account merge, your AWS Certifications must be re-validated. Accounts that are not re-validated within 72 hours will have all certifications suspended and digital badges revoked.

Re-validate now: https://certmetrics-aws.com/amazon/revalidate

This is an automated message from AWS Certification. Please do not reply.
"""
add("phish_cm", "suspicious", False, None, [],
    "certmetrics lookalike (certmetrics-aws.com), dmarc none; plausible timing right after the merge.",
    std("phish_cm", addr("AWS Certification", "do-not-reply@certmetrics-aws.com"), ME_P,
        "Action required: re-validate your merged AWS Certification account", date("2025-06-10 17:41:09"),
        auth="mx.google.com;\n       dkim=none;\n       spf=pass (google.com: domain of do-not-reply@certmetrics-aws.com designates 91.92.242.17 as permitted sender) smtp.mailfrom=do-not-reply@certmetrics-aws.com;\n       dmarc=none header.from=certmetrics-aws.com",
        msgid=mid("phish_cm", "certmetrics-aws.com")),
    leaf("text/plain", lk, "utf-8", "7bit"))

gh = """Merged #7 into main.

bump neovim plugins and drop packer

--
Reply to this email directly, view it on GitHub:
https://github.com/chsugi/dotfiles/pull/7#event-17843112096
You are receiving this because you are subscribed to this thread.
"""
add("gh25", "unrelated", False, None, [],
    "GitHub 'Merged' notification (word 'merged' outside support).",
    std("gh25", addr("github-actions[bot]", "notifications@github.com"), ME_P,
        "Re: [chsugi/dotfiles] bump neovim plugins (PR #7)", date("2025-06-11 12:09:33"),
        auth=gmail_auth("github.com", "noreply@github.com", "192.30.252.201", pol="p=REJECT sp=REJECT dis=NONE", sel="pf2023"),
        msgid="<chsugi/dotfiles/pull/7/issue_event/17843112096@github.com>"),
    alt(gh, "utf-8", "7bit"))

reo = """Hi Renata,

Everything else looks fine after the merge, thank you. One thing is missing though: the 50% exam discount from my SAA-C03 pass (unused, valid until January 2026, it was on the old profile's Benefits page) doesn't show on the merged profile. Could you check whether it was carried over?

Chihiro

""" + quote_gmail(res_d.split("\n\n-----Original")[0], "Sat, Jun 7, 2025 at 12:48 PM", "<aws-cs-trainingcertification-form@amazon.com>")
add("d_reopen", "user_reply", False, CASE_D, [],
    "Owner replies to the resolution to reopen; the owner's own question is not support asking.",
    std("d_reopen", "Chihiro Sugiura <%s>" % ME_P, TC, "Re: " + RE_D, date("2025-06-12 08:55:20", "+0900"),
        msgid="<CAJh7x2W1sNc-0aLb7Dq5vEy2oHf9kTj6pM@mail.gmail.com>", irt="d_res", refs=["d_conf", "d_res"]),
    alt(reo, "utf-8", "quoted-printable"))

upd_d2 = """Hello Chihiro,

I've reopened case 174830215583042 and started looking into the missing discount voucher. Benefit records are kept separately from certifications, so now and then they need a manual step after a merge. I'll come back to you once I know more.

Renata
"""
add("d_upd2", "case_update", False, CASE_D, [],
    "Reopened-case progress note; asks nothing.",
    std("d_upd2", TC, ME_P, RE_D, date("2025-06-12 03:20:44"), auth=tc_gmail_auth(),
        msgid=mid_ses("d_upd2", 0), irt="d_reopen", refs=["d_res", "d_reopen"]),
    leaf("text/plain", upd_d2, "utf-8", "7bit"))

amz = """<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif">
<p>杉浦 千尋 様</p>
<p>Amazon.co.jp をご利用いただき、ありがとうございます。ご注文の確認をお知らせします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>注文番号</th><td>250-4418203-7719066</td></tr>
<tr><th>商品</th><td>AWS認定 DevOpsエンジニア プロフェッショナル 対策問題集</td></tr>
<tr><th>お届け予定</th><td>2025/06/15(日)</td></tr>
<tr><th>合計</th><td>￥3,520</td></tr>
</table>
<p>ご注文の変更・キャンセルは「注文履歴」から行ってください。</p>
<p>このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。</p>
<p>Amazon.co.jp</p>
</body></html>
"""
add("amz25", "unrelated", False, None, [],
    "Japanese Amazon.co.jp order (HTML-only table, QP); amazon.co.jp sender, AWS exam book.",
    std("amz25", addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), ME_P,
        "Amazon.co.jp ご注文の確認 「AWS認定 DevOpsエンジニア...」", date("2025-06-13 07:02:19"),
        auth=gmail_auth("amazon.co.jp", "2025061307@bounces.amazon.co.jp", "52.95.48.22"), msgid=mid("amz25", "amazon.co.jp")),
    leaf("text/html", amz, "utf-8", "quoted-printable"))

info_d3 = """Hi Chihiro,

Some progress: the voucher wasn't lost. It was still attached to the retired profile's benefit record, and I can see it there: 50% off, issued February 2025, expires January 31, 2026, unused.

The catch is that a voucher can't simply be moved between profiles. Our certification team re-issues it as a new code, and the new code has to be tied to the exam you intend to take, because that decides which voucher type they generate. So I need the exam code you plan to use it on (SAP-C02, DOP-C02 and so on) before I can ask them to re-issue it.

Renata

""" + quote_gmail(reo, "Thu, Jun 12, 2025 at 8:55 AM", "Chihiro Sugiura <chihiro.sugiura.k@gmail.com>")
add("d_info3", "info_request", True, CASE_D, [],
    "Mixed: good news first, then 'So I need the exam code...' (no please, no question); top-posted over long history containing an old resolution and the old confirmation request; base64.",
    std("d_info3", TC, ME_P, RE_D, date("2025-06-16 06:37:02"), auth=tc_gmail_auth(),
        msgid=mid_ses("d_info3", 0), irt="d_upd2", refs=["d_res", "d_reopen", "d_upd2"]),
    leaf("text/plain", info_d3, "utf-8", "base64"))

rep_d4 = """DOP-C02, the DevOps Pro exam I had to cancel. Thanks!

""" + quote_gmail(info_d3.split("\n\nOn Thu")[0], "Mon, Jun 16, 2025 at 3:37 PM", "<aws-cs-trainingcertification-form@amazon.com>")
add("d_rep4", "user_reply", False, CASE_D, [],
    "One-line user answer.",
    std("d_rep4", "Chihiro Sugiura <%s>" % ME_P, TC, "Re: " + RE_D, date("2025-06-16 18:04:51", "+0900"),
        msgid="<CAJh7x2X8yRe-3cWq1Nt0aGp7bLz2sFk5dU@mail.gmail.com>", irt="d_info3", refs=["d_res", "d_upd2", "d_info3"]),
    leaf("text/plain", rep_d4, "utf-8", "7bit"))

res_d2 = """Hello Chihiro,

The certification team has re-issued your 50% discount voucher for DOP-C02. It now appears under Benefits on your AWS Certification account (AWS09182734), keeps the original expiry of January 31, 2026, and can be applied when you schedule with Pearson VUE.

No further action is required from you; I'm marking the case resolved again.

If you have a minute, we'd be grateful for a rating of this case. The survey link is at the bottom of this email.

Kind regards,
Renata Pavlova
AWS Training and Certification Customer Support

How did we do? Rate this case: https://survey.aws-tc.example/r/174830215583042/

""" + quote_orig(info_d3.split("\n\nOn Thu")[0], TC, "Monday, June 16, 2025 6:37 AM", ME_P, RE_D)
add("d_res2", "resolved", False, CASE_D, ["AWS09182734"],
    "Second resolution of the reopened case: 'No further action is required', survey invitation, quoted earlier 'I need the exam code' request.",
    std("d_res2", TC, ME_P, RE_D, date("2025-06-17 02:15:33"), auth=tc_gmail_auth(),
        msgid=mid_ses("d_res2", 0), irt="d_rep4", refs=["d_info3", "d_rep4"]),
    alt(res_d2, "utf-8", "quoted-printable"))

rep_d5 = """Got it, the voucher shows up now. Thanks for all the help, Renata!

Chihiro

""" + quote_gmail(res_d2.split("\n\nHow did we do")[0], "Tue, Jun 17, 2025 at 11:15 AM", "<aws-cs-trainingcertification-form@amazon.com>")
add("d_thanks", "user_reply", False, CASE_D, [],
    "Owner's thank-you after resolution.",
    std("d_thanks", "Chihiro Sugiura <%s>" % ME_P, TC, "Re: " + RE_D, date("2025-06-17 12:40:00", "+0900"),
        msgid="<CAJh7x2Y2pKd-9vTe4Mb1cHs8nQw0rGj7eV@mail.gmail.com>", irt="d_res2", refs=["d_info3", "d_res2"]),
    leaf("text/plain", rep_d5, "utf-8", "7bit"))

# ================================================================ console case F (billing)

ack_f = """Hello,

We have received your case. A support engineer will respond within the time frame of your support plan.

Case ID: 175040116728815
Subject: Charges for Elastic IP after instance termination
Severity: General guidance
Account: [AWS ID 480926173355]
Correspondence: I terminated my only EC2 instance on June 2 but I'm still charged for a public IPv4 address every hour. Why?

To view the case or add correspondence, visit https://console.aws.amazon.com/support/home#/case/?displayId=175040116728815&language=en

Sincerely,
Amazon Web Services
""" + CONSOLE_FOOTER.format(case=CASE_F)
add("f_ack", "acknowledgement", False, CASE_F, [],
    "Console acknowledgement, 15-digit case, 12-digit account ID, user's own 'Why?' quoted.",
    std("f_ack", addr("Amazon Web Services", CONSOLE), ME_P,
        "Amazon Web Services: New Support case: %s" % CASE_F, date("2025-06-20 06:33:02"),
        auth=console_auth(), msgid=mid_ses("f_ack", 0)),
    leaf("text/plain", ack_f, "utf-8", "7bit"), crlf=True)

SUBJ_F = "RE:[CASE %s] Charges for Elastic IP after instance termination" % CASE_F
info_f = """Hello,

Thank you for contacting AWS Billing support. I've reviewed the June charges on account 480926173355.

The line item "$0.005 per In-use public IPv4 address per hour" is coming from one Elastic IP in ap-northeast-1 (eipalloc-0c1d9e4f2b7a61a35). It has not been associated with any instance since June 2, when the instance was terminated. Since February 2024 AWS charges for every public IPv4 address, whether attached or idle, and an Elastic IP remains allocated to the account until it is released. So far this comes to USD 2.16.

We may be able to offer a one-time courtesy credit for the idle period. For that, I'll need you to release the address if you no longer need it (EC2 console > Elastic IPs > Actions > Release Elastic IP addresses) and then let me know in this case once that's done, so that I can submit the credit request.

""" + FEEDBACK + """

Best regards,
Ji-woo P.
Amazon Web Services
""" + CONSOLE_FOOTER.format(case=CASE_F)
add("f_info", "info_request", True, CASE_F, [],
    "Console request (action + report back in the case) buried after a billing explanation; answer only via Support Center; rating footer.",
    std("f_info", addr("Amazon Web Services", CONSOLE), ME_P, SUBJ_F, date("2025-06-21 02:49:15"),
        auth=console_auth(), msgid=mid_ses("f_info", 0)),
    alt(info_f, "utf-8", "quoted-printable"), crlf=True)

res_f = """Hello,

Thank you for releasing the address. I've applied a one-time credit of USD 2.16 to account 480926173355; it will appear on your June invoice.

I'll go ahead and resolve this case. If a charge for this resource still shows up next month, you can reopen the case from the Support Center within 14 days of resolution, or open a new case after that.

""" + FEEDBACK + """

Best regards,
Ji-woo P.
Amazon Web Services
""" + CONSOLE_FOOTER.format(case=CASE_F)
add("f_res", "resolved", False, CASE_F, [],
    "Console resolution with reopen instructions and rating footer.",
    std("f_res", addr("Amazon Web Services", CONSOLE), ME_P, SUBJ_F, date("2025-06-24 08:10:27"),
        auth=console_auth(), msgid=mid_ses("f_res", 0)),
    alt(res_f, "utf-8", "quoted-printable"), crlf=True)

nl = """週刊クラウドニュース 第218号 (2025/07/01)

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■ 今週のトピック
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
・転職時に忘れがちな「AWS認定アカウントの統合」手順まとめ
・Amazon Bedrock の新モデルが東京リージョンで利用可能に
・AWS Summit Japan 2025 振り返りレポート

■ 読者アンケートのお願い
今後の特集テーマについてご意見をお聞かせください。本メールへの返信でも受け付けています。

配信停止: https://cloudnews.example.jp/unsubscribe
"""
add("nl25", "unrelated", False, None, [],
    "Japanese newsletter about account merges; invites replies (to the newsletter).",
    std("nl25", addr("週刊クラウドニュース", "news@cloudnews.example.jp"), ME_P,
        "週刊クラウドニュース 第218号: 転職時のAWS認定アカウント統合", date("2025-07-01 00:00:05"),
        auth=gmail_auth("cloudnews.example.jp", "bounce@cloudnews.example.jp", "203.0.113.25", pol="p=NONE sp=NONE dis=NONE"),
        msgid=mid("nl25", "cloudnews.example.jp")),
    leaf("text/plain", nl, "utf-8", "8bit"))

bill2 = bill.replace("$3.27", "$0.00 (credits applied: $2.16)")
add("bill25", "unrelated", False, None, [],
    "Billing statement again; no case.",
    std("bill25", addr("Amazon Web Services", CONSOLE), ME_P,
        "Amazon Web Services Billing Statement Available [Account: 480926173355]", date("2025-07-03 12:30:41"),
        auth=console_auth(), msgid=mid_ses("bill25", 0)),
    leaf("text/plain", bill2, "utf-8", "7bit"))

otp = """Your AWS Builder ID sign-in

A sign-in attempt requires further verification because we did not recognize your device. To complete the sign-in, enter the verification code on the unrecognized device.

Verification code: 904217

If you did not attempt to sign in, change your password right away.
"""
add("otp25", "unrelated", False, None, [],
    "Sign-in one-time code from login.awsapps.com.",
    std("otp25", addr("AWS", "no-reply@login.awsapps.com"), ME_P, "AWS Builder ID sign-in verification",
        date("2025-07-08 22:50:13"), auth=gmail_auth("login.awsapps.com", "bounce@login.awsapps.com", "54.240.48.12"),
        msgid=mid_ses("otp25", 0)),
    leaf("text/plain", otp, "utf-8", "7bit"))

recert = """Hello Chihiro,

Congratulations on recertifying your AWS Certification!

You have recertified AWS Certified Solutions Architect - Associate. Your certification is now valid for another three years.

Candidate ID: AWS09182734
New expiration date: August 1, 2028

Your updated certificate is available in your AWS Certification Account, and Credly will send you an updated badge.

AWS Certification
"""
add("recert", "certification", False, None, ["AWS09182734"],
    "Recertification notice with candidate ID.",
    std("recert", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Congratulations on recertifying your AWS Certification!", date("2025-08-04 14:00:21"),
        auth=gmail_auth("certmetrics.com", "bounce@certmetrics.com", "52.5.13.191"), msgid=mid("recert", "certmetrics.com")),
    alt(recert, "utf-8", "quoted-printable"))

badge3 = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="560" align="center"><tr><td>
<h2>Your badge has been updated</h2>
<p>Amazon Web Services Training and Certification has issued you an updated badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/9d31a7c2-4e0f-4b8a-a1d6-7c2e5f0b3e88">View and share your badge</a></p>
<p style="font-size:11px;color:#888">You are receiving this email because a badge was issued to chihiro.sugiura.k@gmail.com.</p>
</td></tr></table></body></html>
"""
add("badge3", "badge", False, None, [],
    "HTML-only (base64) Credly mail after recertification.",
    std("badge3", addr("Credly", "admin@credly.com"), ME_P,
        "Your AWS Certified Solutions Architect - Associate badge has been updated", date("2025-08-04 18:31:00"),
        auth=gmail_auth("credly.com", "bounces+1877@em.credly.com", "149.72.134.22"), msgid=mid("badge3", "credly.com")),
    leaf("text/html", badge3, "utf-8", "base64"))

exp = """Hello Chihiro,

Your AWS Certified Developer - Associate certification expires on February 14, 2026.

To keep it active, pass the current version of the exam or a qualifying higher-level exam before it expires. You can use the 50% discount in the Benefits section of your AWS Certification Account.

Schedule your exam: https://www.aws.training/certification

AWS Certification
You received this email because you hold an AWS Certification. This mailbox is not monitored.
"""
add("expiry", "certification", False, None, [],
    "Expiry reminder with a call to action (schedule exam), not a support request.",
    std("expiry", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Your AWS Certification expires in 180 days", date("2025-08-20 14:00:09"),
        auth=gmail_auth("certmetrics.com", "bounce@certmetrics.com", "52.5.13.191"), msgid=mid("expiry", "certmetrics.com")),
    alt(exp, "utf-8", "7bit"))

# ================================================================ case G — third profile from partner SSO

SUBJ_G = "[CASE %s] %s" % (CASE_G, TC_SUBJ)
RE_G = "RE:[CASE %s] %s" % (CASE_G, TC_SUBJ)
ack_g = """Hello,

We've received your request and created case 175728888340261. Someone from the AWS Training and Certification team will be in touch, usually within one business day.

Case ID: 175728888340261
Subject: account-assistance
Correspondence:
Credly shows an AWS Partner badge I earned at my previous employer that is not on my certification account. I believe a third profile was created through partner sign-in. Please merge it into my current profile (chihiro.sugiura.k@gmail.com).

Please don't submit another request for the same issue.

If you think of anything else we should know, just reply to this email.

AWS Training and Certification Customer Support
"""
add("g_ack", "acknowledgement", False, CASE_G, [],
    "Ack whose quoted correspondence contains the user's own 'Please merge'; ends with an optional 'just reply' invitation.",
    std("g_ack", TC, ME_P, SUBJ_G, date("2025-09-07 23:48:30"), auth=tc_gmail_auth(), msgid=mid_ses("g_ack", 0)),
    alt(ack_g, "utf-8", "quoted-printable"))

info_g_html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Chihiro,</p>
<p>Thanks for reaching out. I searched for certification profiles under both addresses we have on record for you. This is what came back:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#eaeded"><th>Address searched</th><th>Profile found</th><th>Status</th></tr>
<tr><td>chihiro.sugiura.k@gmail.com</td><td>AWS09182734</td><td>Active (your current profile)</td></tr>
<tr><td>c.sugiura@tsurugi-sys.co.jp</td><td>&mdash;</td><td>Merged into AWS09182734 in June 2025</td></tr>
</table>
<p>A profile created through AWS Partner Central sign-in is often registered under a different login than the work email itself, which is why it doesn't show up in either search.</p>
<p>To find it, we'll need its candidate ID (shown at the top right once signed in through Partner Central) or the exact login email it was created with. Either one is enough.</p>
<p>Regards,<br>Tomasz W.<br>AWS Training and Certification</p>
</body></html>
"""
add("g_info", "info_request", True, CASE_G, ["AWS09182734"],
    "HTML-only report table then 'we'll need its candidate ID...' (asks for details of another account), no please/question.",
    std("g_info", TC, ME_P, RE_G, date("2025-09-09 01:22:19"), auth=tc_gmail_auth(),
        msgid=mid_ses("g_info", 0), irt="g_ack"),
    leaf("text/html", info_g_html, "utf-8", "quoted-printable"))

info_g_text = """Hello Chihiro,

Thanks for reaching out. I searched for certification profiles under both addresses we have on record for you. [table: chihiro.sugiura.k@gmail.com -> AWS09182734, active; c.sugiura@tsurugi-sys.co.jp -> merged into AWS09182734 in June 2025]

To find it, we'll need its candidate ID (shown at the top right once signed in through Partner Central) or the exact login email it was created with. Either one is enough.

Regards,
Tomasz W.
"""
rep_g1 = """Hi Tomasz,

Found it. The third profile is AWS06604418, login c.sugiura+apn@tsurugi-sys.co.jp (that mailbox no longer exists, so I can't receive mail there).

Thanks,
Chihiro

""" + quote_gmail(info_g_text, "Tue, Sep 9, 2025 at 10:22 AM", "<aws-cs-trainingcertification-form@amazon.com>")
add("g_rep1", "user_reply", False, CASE_G, ["AWS06604418"],
    "User supplies the third candidate ID; quoted request carries another ID that is not new text.",
    std("g_rep1", "Chihiro Sugiura <%s>" % ME_P, TC, "Re: " + RE_G, date("2025-09-09 21:10:37", "+0900"),
        msgid="<CAJh7x2Z5tLe-4mHr8Qa2wBn6cUk1pYf0gX@mail.gmail.com>", irt="g_info", refs=["g_ack", "g_info"]),
    alt(rep_g1, "utf-8", "quoted-printable"))

phish3 = """Dear AWS Customer,

Case 1757401122 has been flagged by our Trust & Safety team. The certification profile linked to your email appears in two partner organizations. To avoid permanent deactivation, confirm your identity and payment method within 24 hours:

https://amazon-certsupport.com/case/1757401122/confirm

We appreciate your prompt attention.
AWS Certification Support Team
"""
add("phish3", "suspicious", False, None, [],
    "Lookalike amazon-certsupport.com (auth passes for its own domain) with a case-looking number and urgent confirm.",
    std("phish3", addr("AWS Certification Support", "cases@amazon-certsupport.com"), ME_P,
        "RE: [CASE 1757401122] Action required on your certification profile", date("2025-09-10 03:33:08"),
        auth=gmail_auth("amazon-certsupport.com", "cases@amazon-certsupport.com", "193.42.33.70", pol="p=NONE sp=NONE dis=NONE", sel="s1"),
        msgid=mid("phish3", "amazon-certsupport.com")),
    alt(phish3, "utf-8", "7bit"))

conf_g = """杉浦 千尋 様

AWS トレーニングと認定 カスタマーサポートの大森と申します。前任の担当者より本ケースを引き継ぎました。

お知らせいただいた候補 ID をもとに確認したところ、以下 2 件の認定アカウントが見つかりました。

Account #1
候補 ID: AWS09182734
ログイン E メール: chihiro.sugiura.k@gmail.com
認定通知 E メール: chihiro.sugiura.k@gmail.com

Account #2
候補 ID: AWS06604418
ログイン E メール: c.sugiura+apn@tsurugi-sys.co.jp
認定通知 E メール: c.sugiura+apn@tsurugi-sys.co.jp
保有認定: AWS Certified Solutions Architect - Associate(パートナー経由での取得記録)

Account #2 を Account #1 に統合した場合、Account #2 の試験履歴と認定はすべて Account #1 に移行され、Account #2 は利用できなくなります。

統合先として Account #1 でお間違いないか、ご確認いただけますでしょうか。ご確認いただけ次第、作業を進めさせていただきます。

何卒よろしくお願いいたします。

大森
AWS トレーニングと認定 カスタマーサポート
"""
add("g_conf", "confirmation_request", True, CASE_G, ["AWS09182734", "AWS06604418"],
    "Japanese keigo confirmation with Account #1/#2 listing (ISO-2022-JP).",
    std("g_conf", TC, ME_P, RE_G, date("2025-09-11 04:41:50"), auth=tc_gmail_auth(),
        msgid=mid_ses("g_conf", 0), irt="g_rep1", refs=["g_ack", "g_info", "g_rep1"]),
    leaf("text/plain", conf_g, "iso-2022-jp", "7bit"), hcs="iso-2022-jp")

close_g = """Hello Chihiro,

We closed this case today because we hadn't heard back about the merge of Account #2 (AWS06604418) into Account #1.

Still want it done? A reply to this email reopens the case automatically and it comes straight back to us.

Tomasz W.
AWS Training and Certification
"""
add("g_close", "closing_notice", True, CASE_G, ["AWS06604418"],
    "Closing notice after the fact ('We closed this case'); reopen-by-reply offered as a question plus statement.",
    std("g_close", TC, ME_P, RE_G, date("2025-09-19 00:04:12"), auth=tc_gmail_auth(),
        msgid=mid_ses("g_close", 0), irt="g_conf", refs=["g_ack", "g_rep1", "g_conf"]),
    leaf("text/plain", close_g, "utf-8", "7bit"))

rep_g2 = """大森様

ご連絡が遅くなり、申し訳ありません。
統合先は Account #1(AWS09182734)で問題ありません。Account #2 の統合をお願いいたします。

杉浦

2025年9月19日(金) 9:04 <aws-cs-trainingcertification-form@amazon.com>:
""" + quote_gt(close_g) + """
>
> 2025年9月11日(木) 13:41 <aws-cs-trainingcertification-form@amazon.com>:
""" + "\n".join("> > " + l if l else "> >" for l in conf_g.strip().split("\n"))
add("g_rep2", "user_reply", False, CASE_G, ["AWS09182734"],
    "Japanese user confirmation with Gmail Japanese quote header (…<addr>:), nested quotes of the confirmation request.",
    std("g_rep2", addr("杉浦 千尋", ME_P), TC, "Re: " + RE_G, date("2025-09-19 12:30:03", "+0900"),
        msgid="<CAJh7x2a3qPo-6nWs9Lc4dFt2vYm8hRk1jZ@mail.gmail.com>", irt="g_close", refs=["g_conf", "g_close"]),
    leaf("text/plain", rep_g2, "utf-8", "8bit"))

res_g = """Hello Chihiro,

All set. AWS06604418 has been merged into AWS09182734, and the partner-issued Solutions Architect - Associate record now sits on your current profile. Credly may send you a notification about the badge within the next day.

There's nothing else you need to do. If you have questions about this, reply and the case will reopen.

""" + FEEDBACK.replace("using the AWS Support Center link at the end of this correspondence", "using the link below").replace(
    " Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.", "") + """
https://survey.aws-tc.example/r/175728888340261/

Tomasz W.
AWS Training and Certification

""" + quote_orig(rep_g2.split("\n\n2025年9月19日")[0], "杉浦 千尋 <chihiro.sugiura.k@gmail.com>", "Friday, September 19, 2025 3:30 AM", TC, "Re: " + RE_G)
add("g_res", "resolved", False, CASE_G, ["AWS06604418", "AWS09182734"],
    "Resolution with 'Please share your experience' footer and an optional reply-to-reopen line.",
    std("g_res", TC, ME_P, RE_G, date("2025-09-19 06:55:48"), auth=tc_gmail_auth(),
        msgid=mid_ses("g_res", 0), irt="g_rep2", refs=["g_conf", "g_close", "g_rep2"]),
    alt(res_g, "utf-8", "quoted-printable"))

rec = """杉浦 千尋 様

突然のご連絡失礼いたします。株式会社ブリッジキャリアの石田と申します。

AWS 認定資格を 3 つお持ちのご経歴を拝見し、クラウド基盤エンジニアのポジションをご紹介したくご連絡いたしました。年収レンジは 750〜950 万円、フルリモート可の求人です。

ご興味はございますか? 少しでもご関心をお持ちいただけましたら、本メールにご返信いただけますと幸いです。

石田
株式会社ブリッジキャリア
"""
add("rec25", "unrelated", False, None, [],
    "Japanese recruiter mail with a keigo question and reply request; mentions AWS certifications.",
    std("rec25", addr("石田 (ブリッジキャリア)", "ishida@bridge-career.example.jp"), ME_P,
        "【スカウト】AWS認定資格をお持ちの杉浦様へ", date("2025-09-22 02:14:40"),
        auth=gmail_auth("bridge-career.example.jp", "ishida@bridge-career.example.jp", "198.51.100.77", pol="p=NONE sp=NONE dis=NONE"),
        msgid=mid("rec25", "bridge-career.example.jp")),
    leaf("text/plain", rec, "utf-8", "quoted-printable"))


# ================================================================ write

def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(MSGS, 1):
        base = "%03d-m" % i
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(m["raw"])
        with open(os.path.join(OUT, base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        lab = m["label"]
        rows.append("| %s | %s | %s | %s | %s | %s |" % (
            base, lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "-",
            ", ".join(lab["candidate_ids"]) or "-", m["note"].replace("|", "/")))
    counts = {}
    for m in MSGS:
        counts[m["label"]["kind"]] = counts.get(m["label"]["kind"], 0) + 1
    nr = sum(1 for m in MSGS if m["label"]["needs_reply"])
    readme = ["me: %s %s" % (ME_P, ME_C), "",
              "# blind-28: held-out corpus",
              "",
              "Mailbox owner: Chihiro Sugiura (杉浦 千尋). Personal address %s, old company address %s "
              "(Tsurugi Systems Co., Ltd., an AWS Partner; mailbox closed 2025-05-31). Mail spans 2021-2025." % (ME_P, ME_C),
              "",
              "Generated by `python3 gen.py` (standard library only). %d messages, %d with needs_reply=true." % (len(MSGS), nr),
              "",
              "## Cases",
              "",
              "| case | digits | channel | story |",
              "|---|---|---|---|",
              "| %s | 10 | T&C form, company address | 2021: two profiles under one email, Credly badge missing; backlog note, candidate IDs asked, Account #1/#2 confirmation, merged, survey |" % CASE_A,
              "| %s | 11 | AWS Support Center (console) | 2023: missing exam voucher; request answerable only in the Support Center, auto-resolve warning, resolved, survey |" % CASE_B,
              "| %s | 11 | T&C form, Japanese agent | 2023: legal-name correction; Japanese ack, keigo request, closing notice, reply, hold, resolved, survey |" % CASE_C,
              "| %s | 15 | T&C form, personal address | 2025 main thread: leaving an APN partner; hold with ask, forward to self, reply from wrong address, write-again request, hold, update, HTML confirmation, bilingual closing notice, bounce, reply threaded only by In-Reply-To, booked-exam question, merged, badges, survey, reopen for voucher, update, exam-code request, resolved again |" % CASE_D,
              "| %s | 15 | T&C form (Japanese UI) | duplicate submission 8 minutes after %s; closed as duplicate |" % (CASE_E, CASE_D),
              "| %s | 15 | AWS Support Center (console) | Elastic IP billing; console request, resolved |" % CASE_F,
              "| %s | 15 | T&C form, personal address | third profile created via partner SSO; HTML info request, Japanese confirmation, closed-for-no-answer, Japanese reply, merged |" % CASE_G,
              "",
              "Numbers that are not cases: 12-digit AWS account IDs 480926173355 / 731552049816, Pearson VUE registrations 402718559 / 318807452, codes 583106 / 904217 / 733021, vendor case 00482913, fake case numbers in phishing (1748299911, 1748312097, 1757401122).",
              "",
              "Counts per kind: " + ", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)),
              "",
              "## Messages",
              "",
              "| file | kind | needs_reply | case | candidate_ids | what it is / what makes it hard |",
              "|---|---|---|---|---|---|"] + rows
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(readme) + "\n")
    print(len(MSGS), "messages;", counts, "needs_reply:", nr)


if __name__ == "__main__":
    main()
