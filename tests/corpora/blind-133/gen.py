#!/usr/bin/env python3
"""Generate the blind-133 held-out mailbox (standard library only).

Writes NNN-msg.eml / NNN-msg.json next to this script and README.md, prints count per kind.
"""
import os, json, hashlib, base64
from collections import Counter, OrderedDict
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.image import MIMEImage
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ME_NAME = "Ryo Takeuchi"
ME_P = "r.takeuchi.dev@gmail.com"
ME_C = "takeuchi.ryo@nexlume.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
UTC = timezone.utc

# cases
D = "8421736509"          # 2021, T&C form, duplicate profiles same address, Credly
E = "12873409561"         # 2023, console case, exam voucher benefit missing
F = "13390457288"         # 2023, T&C form, name on certificate, must write from registered address
A = "174589320500417"     # 2025, T&C form, merge company -> personal, APN hold
C = "174598077100288"     # 2025, duplicate form of A, closed as duplicate
B = "174712045600951"     # 2025, T&C form, 50% voucher missing after merge, closed & reopened

ID_P = "AWS01938475"   # personal certification account (kept)
ID_C = "AWS06602314"   # company (APN-linked) certification account
ID_D = "AWS05521760"   # accidental duplicate profile of 2021

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
MID = {}


def _cs(name, enc):
    c = Charset(name)
    if enc == "qp":
        c.body_encoding = QP
    elif enc == "b64":
        c.body_encoding = BASE64
    return c


def part(sub, text, charset="utf-8", enc="qp"):
    if charset.lower() in ("shift_jis", "cp932"):
        # email.charset would silently convert Shift_JIS to ISO-2022-JP; encode by hand
        from email.mime.nonmultipart import MIMENonMultipart
        p = MIMENonMultipart("text", sub, charset="Shift_JIS")
        p.set_payload(base64.encodebytes(text.encode("cp932")).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
        return p
    return MIMEText(text, sub, _cs(charset, enc))


def build(body):
    t = body[0]
    if t == "plain":
        return part("plain", *body[1:])
    if t == "sub":
        p = build(body[1])
        del p["MIME-Version"]
        return p
    if t == "html":
        return part("html", *body[1:])
    if t == "alt":
        _, p, h = body[:3]
        rest = body[3:]
        m = MIMEMultipart("alternative")
        for sub in (part("plain", p, *rest), part("html", h, *rest)):
            del sub["MIME-Version"]
            m.attach(sub)
        return m
    if t == "mixed":
        _, inner, atts = body
        m = MIMEMultipart("mixed")
        first = build(inner)
        del first["MIME-Version"]
        m.attach(first)
        for fn, data, sub in atts:
            img = MIMEImage(data, sub)
            del img["MIME-Version"]
            img.add_header("Content-Disposition", "attachment", filename=fn)
            m.attach(img)
        return m
    raise ValueError(t)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject")


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def make_mid(n, style):
    h = hashlib.sha1(("blind133-%d-%s" % (n, style)).encode()).hexdigest()
    if style == "ses":
        return "<0100%s-%s-%s-000000@email.amazonses.com>" % (h[:12], h[12:20], h[20:28])
    if style == "gmail":
        return "<CA+%s%s@mail.gmail.com>" % (h[:20], h[20:32].upper())
    if style == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:6].upper(), h[6:20].upper(), h[20:24].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], style)


AUTH = {
    "gmail": lambda d: "mx.google.com;\r\n       dkim=pass header.i=@%s header.s=s1 header.b=Qx7aLm2c;\r\n       spf=pass (google.com: domain of bounces@%s designates 54.240.8.21 as permitted sender) smtp.mailfrom=bounces@%s;\r\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (d, d, d, d),
    "o365": lambda d: "spf=pass (sender IP is 54.240.27.56) smtp.mailfrom=%s; dkim=pass (signature was verified) header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (d, d, d),
    "fail": lambda d: "mx.google.com;\r\n       dkim=fail header.i=@%s header.s=s1 header.b=Zk3p9q0R;\r\n       spf=softfail (google.com: domain of transitioning bounce@mailer-svc.net does not designate 185.225.73.19 as permitted sender) smtp.mailfrom=bounce@mailer-svc.net;\r\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (d, d),
    "gmail_nodmarc": lambda d: "mx.google.com;\r\n       dkim=pass header.i=@%s header.s=k1 header.b=Vv9dUe1x;\r\n       spf=pass (google.com: domain of info@%s designates 198.2.180.10 as permitted sender) smtp.mailfrom=info@%s;\r\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % (d, d, d, d),
}


def add(kind, reply, case, cands, *, frm, to, subj, date, body, note, mid="ses", key=None,
        parent=None, cc=None, auth=None, crlf=False, extra=None, subj_cs="utf-8", name_cs="utf-8"):
    n = len(MSGS) + 1
    m = build(body)
    fname, faddr = frm
    fdomain = faddr.split("@")[1]
    headers = []
    if auth:
        mode, dom = auth if isinstance(auth, tuple) else (auth, fdomain)
        rcv_host = "mx.google.com" if mode != "o365" else "TY3P286MB0001.JPNP286.PROD.OUTLOOK.COM"
        headers.append(("Received", "from a8-21.smtp-out.amazonses.com (a8-21.smtp-out.amazonses.com. [54.240.8.21])\r\n        by %s with ESMTPS id x12si20931pfa.101.%d;\r\n        %s" % (rcv_host, n, format_datetime(date.astimezone(UTC)))))
        key_name = "ARC-Authentication-Results" if False else "Authentication-Results"
        headers.append((key_name, AUTH[mode](dom)))
    headers.append(("From", addr(fname, faddr, name_cs)))
    headers.append(("To", ", ".join(addr(a, b, name_cs) for a, b in to)))
    if cc:
        headers.append(("Cc", ", ".join(addr(a, b, name_cs) for a, b in cc)))
    headers.append(("Subject", hdr(subj, subj_cs)))
    headers.append(("Date", format_datetime(date)))
    msgid = make_mid(n, mid)
    headers.append(("Message-ID", msgid))
    if parent:
        pk = parent if isinstance(parent, list) else [parent]
        refs = [MID[k] for k in pk]
        headers.append(("In-Reply-To", refs[-1]))
        headers.append(("References", " ".join(refs)))
    for k, v in (extra or []):
        headers.append((k, v))
    headers.append(("MIME-Version", "1.0"))
    # move content headers after ours
    content = [(k, v) for k, v in m.items()]
    for k in list(m.keys()):
        del m[k]
    for k, v in headers:
        m[k] = v
    for k, v in content:
        if k.lower() == "mime-version":
            continue
        m[k] = v
    if key:
        MID[key] = msgid
    raw = m.as_bytes()
    raw = raw.replace(b"\r\n", b"\n")
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    MSGS.append(dict(n=n, raw=raw, label=OrderedDict(kind=kind, needs_reply=reply, case=case,
                                                      candidate_ids=list(cands)), note=note, subj=subj))
    return n


def d(y, mo, da, h, mi, tz=UTC):
    return datetime(y, mo, da, h, mi, tzinfo=tz)


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def gq(when, who, text):
    return "On %s, %s wrote:\n%s" % (when, who, q(text))


def oq(frm, sent, to, subj, text):
    return ("\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (frm, sent, to, subj, text))


def jq(when, who, text):
    return "%s %s:\n\n%s" % (when, who, q(text))


def html_wrap(inner, lang="en"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (lang, inner))


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p2h(t):
    return "\n".join("<p>%s</p>" % esc(b).replace("\n", "<br>") for b in t.split("\n\n"))


def console_footer(case):
    return ("\n\nTo see all the details of this case, or to reply, please use the Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "To respond to this case, use the link above instead of replying to this message.\n\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates." % case)


def tc_sig(agent, extra=""):
    return ("\n\nBest regards,\n\n%s\nAWS Training and Certification Customer Service%s\n\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc." % (agent, extra))


TCF = ("AWS Training and Certification", TC)
ME_P_T = [(ME_NAME, ME_P)]
ME_C_T = [("Takeuchi Ryo", ME_C)]
CONS = ("Amazon Web Services", CONSOLE)

# ------------------------------------------------------------------ 2021: case D
ack_d = ("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your request.\n\n"
         "The details of your case are as follows:\n\n"
         "Case ID: %s\nSubject: account-assistance\nInquiry type: Certification\nAdditional details: Account Merge\n\n"
         "Description:\nHi, it looks like I ended up with two certification accounts under the same email "
         "(r.takeuchi.dev@gmail.com). My new badge never showed up in Acclaim. Could you merge them into the older one?\n\n"
         "We aim to respond within 24 hours, although some requests take longer to research. Please do not open "
         "another case for the same question; doing so only delays the response.\n\n"
         "Sincerely,\nAmazon Web Services" % (D, D))
add("acknowledgement", False, D, [], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] %s" % (D, TC_SUBJ),
    date=d(2021, 9, 6, 3, 41), body=("plain", ack_d, "us-ascii", None), auth="gmail", key="d1",
    note="Plain ASCII 10-digit ack that echoes the user's own 'Could you merge' question inside the case details.")

add("unrelated", False, None, [], frm=("Kenji Aoyama", "notifications@github.com"),
    to=[("acme-infra/tf-modules", "tf-modules@noreply.github.com")], cc=[("", "author@noreply.github.com")],
    subj="Re: [acme-infra/tf-modules] Merge account-level IAM defaults (PR #118)",
    date=d(2021, 9, 7, 2, 15),
    body=("alt", "Merged #118 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/acme-infra/tf-modules/pull/118#event-5261180077\nYou are receiving this because you authored the thread.",
          html_wrap("<p>Merged <a href=\"https://github.com/acme-infra/tf-modules/pull/118\">#118</a> into main.</p><p style=\"font-size:12px;color:#666\">Reply to this email directly, <a href=\"https://github.com/acme-infra/tf-modules/pull/118#event-5261180077\">view it on GitHub</a>.</p>"), "utf-8", "qp"),
    auth=("gmail", "github.com"), mid="github.com",
    extra=[("X-GitHub-Reason", "author"), ("List-ID", "acme-infra/tf-modules <tf-modules.acme-infra.github.com>")],
    note="GitHub 'merged' + 'account' in subject; nothing to do with AWS account merges.")

req_d = ("Hello Ryo,\n\nThanks for writing in. I can see more than one certification profile tied to r.takeuchi.dev@gmail.com, "
         "but the two records differ in name spelling, so I want to be sure I combine the right ones before touching anything.\n\n"
         "In each of your certification accounts, the candidate ID is printed in the top-right corner after you sign in "
         "(it starts with AWS followed by eight digits). We need both of those IDs, and please tell us which one holds "
         "your older exam history.\n\nOnce I have them, the merge itself is quick." + tc_sig("Marisol V."))
add("info_request", True, D, [], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] %s" % (D, TC_SUBJ),
    date=d(2021, 9, 8, 17, 2), body=("plain", req_d, "utf-8", "qp"), auth="gmail", key="d2", parent="d1",
    note="Request for candidate IDs phrased as 'We need both of those IDs'; mentions the AWS+8 format without a real ID.")

rep_d = ("Hi Marisol,\n\nThanks. Here they are:\n\n- %s  <- the older one, has my SAA and DVA history\n- %s  <- created by mistake last month\n\n"
         "Please keep the first one.\n\nRyo\n\n" % (ID_P, ID_D)) + gq("Thu, 9 Sep 2021 at 2:02", "AWS Training and Certification <%s>" % TC, req_d)
add("user_reply", False, D, [ID_P, ID_D], frm=(ME_NAME, ME_P), to=[("AWS Training and Certification", TC)],
    subj="Re: RE:[CASE %s] %s" % (D, TC_SUBJ), date=d(2021, 9, 9, 8, 30, JST),
    body=("plain", rep_d, "utf-8", "qp"), mid="gmail", key="d3", parent=["d1", "d2"],
    note="Owner's answer with two candidate IDs; the quoted request below still says 'We need'.")

add("unrelated", False, None, [], frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P_T,
    subj="Pearson VUE Confirmation of Booking",
    date=d(2021, 9, 10, 11, 5),
    body=("html", html_wrap("<table width=\"600\" style=\"border:1px solid #ccc\"><tr><td><h2>Thank you for booking</h2>"
                            "<p>Dear Ryo Takeuchi,</p><p>This is your confirmation for the following exam.</p>"
                            "<table><tr><td>Exam:</td><td>AWS Certified SysOps Administrator - Associate (SOA-C02)</td></tr>"
                            "<tr><td>Registration ID:</td><td>412938806</td></tr><tr><td>Date:</td><td>Monday, October 4, 2021 10:00 JST</td></tr>"
                            "<tr><td>Location:</td><td>OnVUE online proctored</td></tr></table>"
                            "<p>If you need to reschedule, please do so at least 24 hours before your appointment.</p></td></tr></table>"), "utf-8", "b64"),
    auth=("gmail", "pearson.com"), mid="pearson.com",
    note="Exam vendor booking with a 9-digit registration ID (not a case number); 'please reschedule' wording.")

conf_d = ("Hello Ryo,\n\nThank you. Before I go ahead, just to be certain we agree on the direction:\n\n"
          "Keep:  %s (r.takeuchi.dev@gmail.com) - exam history from 2019 onward\n"
          "Merge into it and deactivate:  %s (r.takeuchi.dev@gmail.com) - created August 2021\n\n"
          "Is that correct? Once you say yes I will proceed." % (ID_P, ID_D)) + tc_sig("Marisol V.")
add("confirmation_request", True, D, [ID_P, ID_D], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] %s" % (D, TC_SUBJ),
    date=d(2021, 9, 13, 18, 20), body=("plain", conf_d, "utf-8", "qp"), auth="gmail", key="d3b", parent="d3",
    note="Confirmation asked only as 'Is that correct?' after a keep/merge list; no Account #1/#2 wording.")

rep_d2 = "Yes, that's right. Go ahead.\n\nRyo\n\n" + gq("Tue, 14 Sep 2021 at 3:20", "AWS Training and Certification <%s>" % TC, conf_d)
add("user_reply", False, D, [], frm=(ME_NAME, ME_P), to=[("AWS Training and Certification", TC)],
    subj="Re: RE:[CASE %s] %s" % (D, TC_SUBJ), date=d(2021, 9, 14, 7, 55, JST),
    body=("plain", rep_d2, "utf-8", "qp"), mid="gmail", key="d3c", parent=["d3b"],
    note="Two-line go-ahead over a quoted confirmation request containing both IDs.")

res_d_plain = ("Hello Ryo,\n\nGood news: I combined the two profiles. Everything from %s now lives under %s, and the duplicate "
               "has been deactivated. The badge for your latest exam should be issued to you by Acclaim within a day or two.\n\n"
               "If anything still looks off, feel free to reply here and I'll take another look." % (ID_D, ID_P)) + tc_sig("Marisol V.")
res_d_html = html_wrap(p2h(res_d_plain) + "<hr><div style=\"color:#555\"><b>From:</b> Ryo Takeuchi &lt;r.takeuchi.dev@gmail.com&gt;<br><b>Sent:</b> 9/8/2021 11:30 PM<br>"
                       "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">" + p2h(rep_d.split("On Wed")[0]) +
                       "<p>&gt; " + esc(req_d.split("\n\n")[2]) + "</p></blockquote></div>")
add("resolved", False, D, [ID_D, ID_P], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] %s" % (D, TC_SUBJ),
    date=d(2021, 9, 16, 22, 48), body=("html", res_d_html, "utf-8", "qp"), auth="gmail", key="d4", parent=["d1", "d2", "d3", "d3b", "d3c"],
    note="HTML-only resolution 8 days later; quotes the old request ('We need both IDs') and a conditional 'feel free to reply'.")

add("badge", False, None, [], frm=("Acclaim", "admin@youracclaim.com"), to=ME_P_T,
    subj="Ryo, you've been awarded a badge from Amazon Web Services Training and Certification",
    date=d(2021, 9, 17, 1, 12),
    body=("alt", "Hi Ryo,\n\nAmazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer - Associate.\n\nAccept your badge: https://www.youracclaim.com/earner/earned/badge/3f1b8a2e-77c4-4b1c-9d0e-5a2c1f0b6e11\n\nThe Acclaim Team",
          html_wrap("<h2>Congratulations, Ryo!</h2><p>Amazon Web Services Training and Certification has issued you a new badge:</p><p><b>AWS Certified Developer - Associate</b></p><p><a href=\"https://www.youracclaim.com/earner/earned/badge/3f1b8a2e-77c4-4b1c-9d0e-5a2c1f0b6e11\">Accept your badge</a></p>"), "utf-8", "qp"),
    auth=("gmail", "youracclaim.com"), mid="youracclaim.com",
    note="Old Acclaim sender with a badge UUID; arrives right after the merge.")

add("survey", False, D, [], frm=("Amazon Web Services", "aws-cs-survey@amazon.com"), to=ME_P_T,
    subj="How did we do? Your recent AWS Training and Certification case %s" % D,
    date=d(2021, 9, 18, 4, 0),
    body=("html", html_wrap("<p>Hello,</p><p>Your recent contact with AWS Training and Certification (case %s) has been marked as resolved. "
                            "Would you take two minutes to tell us about it?</p><p>How satisfied were you with the help you received?</p>"
                            "<table><tr>%s</tr></table><p style=\"font-size:11px\">This survey is optional. Please do not reply to this message.</p>" %
                            (D, "".join("<td><a href=\"https://survey.aws.example-feedback.amazon.com/s?c=%s&r=%d\">%d</a></td>" % (D, i, i) for i in range(1, 6)))), "utf-8", "qp"),
    auth="gmail", mid="ses", note="Satisfaction survey with a question ('How satisfied…') that is not a support request.")

# ------------------------------------------------------------------ 2023: console case E, T&C case F
add("certification", False, None, [ID_P], frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P_T,
    subj="Your AWS Certification expires in 90 days",
    date=d(2023, 5, 20, 9, 30),
    body=("alt", "Hello Ryo Takeuchi (%s),\n\nYour AWS Certified Solutions Architect - Associate credential expires on August 18, 2023.\n"
                 "To keep it active, pass the current version of the exam or a higher-level exam before that date.\n\n"
                 "Review your options in your AWS Certification Account.\n\nAWS Training and Certification" % ID_P,
          html_wrap("<p>Hello Ryo Takeuchi (%s),</p><p>Your <b>AWS Certified Solutions Architect - Associate</b> credential expires on <b>August 18, 2023</b>.</p>"
                    "<p>To keep it active, pass the current version of the exam or a higher-level exam before that date.</p>"
                    "<p><a href=\"https://www.aws.training/Certification\">Review your options</a></p>" % ID_P), "utf-8", "qp"),
    auth=("gmail", "certmetrics.com"), mid="certmetrics.com",
    note="Certification expiry notice with a candidate ID in the greeting; no case.")

ack_e = ("Hello,\n\nWe have opened case %s on your behalf. The details of the case are as follows:\n\n"
         "Case ID: %s\nSubject: Exam discount voucher not showing after passing SAP-C02\nSeverity: General guidance\n"
         "Correspondence: I passed the Professional exam on 2 June but the 50%% discount benefit is not listed on my Benefits page.\n\n"
         "We will respond within the time frame for the severity you selected." % (E, E)) + console_footer(E)
add("acknowledgement", False, E, [], frm=CONS, to=ME_P_T, subj="Amazon Web Services: New Support case: %s" % E,
    date=d(2023, 6, 12, 6, 17), body=("plain", ack_e, "utf-8", "qp"), auth="gmail", key="e1",
    note="Console case ack from no-reply-aws@amazon.com, 11-digit ID, footer says the address cannot accept mail.")

add("unrelated", False, None, [], frm=CONS, to=ME_P_T,
    subj="Amazon Web Services Billing Statement Available [Account: 284915530172]",
    date=d(2023, 6, 3, 5, 44) + timedelta(days=9, hours=3),
    body=("plain", "Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site. "
                   "Your account will be charged the following:\n\nTotal: $4.18\n\nYou can see a complete break down of all charges on the Billing & Cost Management Dashboard:\n"
                   "https://console.aws.amazon.com/billing/home#/bill\n\nThank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n"
                   "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.", "us-ascii", None),
    auth="gmail", mid="ses",
    note="Same no-reply-aws sender as the console case; 12-digit account ID in the subject is not a case number.")

req_e = ("Hello,\n\nThank you for reaching out about your exam benefit. I checked your certification account and the Professional result "
         "has posted, but the voucher may have been generated against a different profile.\n\n"
         "So I can trace it: which email address did you use when you scheduled the SAP-C02 appointment, and what is the "
         "Pearson VUE registration number shown in your confirmation?\n\n"
         "Please add your answer to the case through the Support Center link below.\n\n"
         "Best regards,\nHyun-woo P.\nAmazon Web Services") + console_footer(E)
add("info_request", True, E, [], frm=CONS, to=ME_P_T, subj="RE:[CASE %s] Exam discount voucher not showing after passing SAP-C02" % E,
    date=d(2023, 6, 13, 19, 55),
    body=("alt", req_e, html_wrap(p2h(req_e)), "utf-8", "qp"), auth="gmail", key="e2",
    note="Console case asks two questions; the answer has to go through the Support Center, not e-mail.")

close_e = ("Hello,\n\nWe haven't heard back from you about the questions in our previous correspondence. "
           "If we don't receive your response, this case will be resolved automatically in 3 days.\n\n"
           "Adding a reply in the Support Center will keep the case open.\n\nBest regards,\nAmazon Web Services") + console_footer(E)
add("closing_notice", True, E, [], frm=CONS, to=ME_P_T, subj="RE:[CASE %s] Exam discount voucher not showing after passing SAP-C02" % E,
    date=d(2023, 6, 17, 20, 1), body=("plain", close_e, "utf-8", "b64"), auth="gmail", key="e3", parent="e2",
    note="Auto-resolve warning on a console case (base64 body); a reply keeps it open.")

rep_e = ("Hello,\n\nI used my work address takeuchi.ryo@nexlume.co.jp for the booking, and the Pearson VUE registration number is 503871264.\n\n"
         "Thanks,\nRyo\n\n") + gq("Sun, 18 Jun 2023 at 5:01", "Amazon Web Services <no-reply-aws@amazon.com>", close_e)
add("user_reply", False, E, [], frm=(ME_NAME, ME_P), to=[("Amazon Web Services", CONSOLE)],
    subj="Re: RE:[CASE %s] Exam discount voucher not showing after passing SAP-C02" % E,
    date=d(2023, 6, 18, 21, 40, JST), body=("plain", rep_e, "utf-8", "qp"), mid="gmail", key="e4", parent=["e2", "e3"],
    note="Owner answers the console case by e-mail (wrong channel).")

bounce = ("This is an automatically generated Delivery Status Notification\n\n"
          "Delivery to the following recipient failed permanently:\n\n     no-reply-aws@amazon.com\n\n"
          "Technical details of permanent failure:\nThe recipient server did not accept our requests to connect. 550 5.1.1 Mailbox does not accept incoming mail\n\n"
          "----- Original message -----\n\nSubject: Re: RE:[CASE %s] Exam discount voucher not showing after passing SAP-C02\n\n%s" % (E, rep_e.split("\n\nOn Sat")[0]))
add("unrelated", False, E, [], frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P_T,
    subj="Delivery Status Notification (Failure)", date=d(2023, 6, 18, 12, 41),
    body=("plain", bounce, "utf-8", "qp"), mid="mail.gmail.com", parent="e4",
    extra=[("X-Failed-Recipients", "no-reply-aws@amazon.com"), ("Auto-Submitted", "auto-replied")],
    note="Bounce of the owner's e-mail reply to the console case; belongs to case E but is neither support nor the owner's writing.")

upd_e = ("Hello,\n\nThanks for the booking details you added in the console. The voucher was indeed created on a second profile that "
         "was opened with your work address. I have sent this to our certification benefits team so they can move it; "
         "that usually takes 3-5 business days. I'll write again once they have finished.\n\n"
         "Best regards,\nHyun-woo P.\nAmazon Web Services") + console_footer(E)
add("case_update", False, E, [], frm=CONS, to=ME_P_T, subj="RE:[CASE %s] Exam discount voucher not showing after passing SAP-C02" % E,
    date=d(2023, 6, 19, 16, 22), body=("plain", upd_e, "utf-8", "qp"), auth="gmail", key="e5", parent="e3",
    note="Escalated to another team, asks nothing.")

nl = ("━━━━━━━━━━━━━━━━━━━━━━━━\n クラウド技術通信 第214号 (2023年6月21日)\n━━━━━━━━━━━━━━━━━━━━━━━━\n\n"
      "■ 今週のトピック\n・マルチアカウント運用の勘所\n・IAM Identity Center の移行事例\n・資格試験の勉強会レポート\n\n"
      "■ 読者アンケートのお願い\n本メールマガジンの改善のため、アンケートにご協力いただけますと幸いです。\n\n"
      "配信停止はこちら: https://news.cloudtsushin.jp/unsubscribe\n")
add("unrelated", False, None, [], frm=("クラウド技術通信", "mag@cloudtsushin.jp"), to=ME_P_T,
    subj="【クラウド技術通信】第214号 マルチアカウント運用の勘所", date=d(2023, 6, 21, 8, 0, JST),
    body=("plain", nl, "iso-2022-jp", None), auth=("gmail_nodmarc", "cloudtsushin.jp"), mid="cloudtsushin.jp", subj_cs="iso-2022-jp", name_cs="iso-2022-jp",
    note="Japanese newsletter in ISO-2022-JP with an 'アンケートのお願い' request.")

res_e = ("Hello,\n\nThe benefits team has moved your 50% exam discount voucher to the certification account you sign in with. "
         "It now appears on your Benefits page, valid until June 2, 2025. With that done, I'm marking this case as resolved.\n\n"
         "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. "
         "Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n"
         "Best regards,\nHyun-woo P.\nAmazon Web Services") + console_footer(E)
add("resolved", False, E, [], frm=CONS, to=ME_P_T, subj="RE:[CASE %s] Exam discount voucher not showing after passing SAP-C02" % E,
    date=d(2023, 6, 23, 14, 9), body=("alt", res_e, html_wrap(p2h(res_e)), "utf-8", "qp"), auth="gmail", key="e6", parent="e5",
    note="Console resolution with the 'Please share your experience by rating' footer that reads like a request.")

add("survey", False, E, [], frm=CONS, to=ME_P_T, subj="Tell us about your AWS Support experience - case %s" % E,
    date=d(2023, 6, 26, 15, 0),
    body=("html", html_wrap("<p>Hello,</p><p>Your AWS Support case <b>%s</b> was recently resolved. Could you answer three short questions about it?</p>"
                            "<p><a href=\"https://console.aws.amazon.com/support/feedback?displayId=%s\" style=\"background:#ff9900;color:#000;padding:8px 16px\">Start the survey</a></p>"
                            "<p style=\"font-size:11px\">This mailbox is not monitored.</p>" % (E, E)), "utf-8", "b64"),
    auth="gmail", mid="ses", note="Survey with a question form and a displayId link.")

ack_f = ("Amazon Web Services をご利用いただきありがとうございます。\n\n"
         "お客様のお問い合わせについて、ケース %s を作成いたしました。\n\nケースの詳細は以下のとおりです。\n\n"
         "ケース ID: %s\nお問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: 認定記録の修正\nAWS 候補 ID: %s\n"
         "お問い合わせ内容: 認定証の氏名が「RYO TAKEUTI」になっています。「RYO TAKEUCHI」への修正をお願いできますか。\n\n"
         "通常、24 時間以内にご回答いたしますが、内容によってはさらにお時間をいただく場合がございます。"
         "同じ内容で別のケースを作成されますと対応が遅れる原因となりますので、ご遠慮ください。\n\n"
         "Amazon Web Services" % (F, F, ID_C))
add("acknowledgement", False, F, [ID_C], frm=TCF, to=ME_P_T,
    subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % F,
    date=d(2023, 11, 14, 2, 3), body=("plain", ack_f, "utf-8", "b64"), auth="gmail", key="f1",
    note="Japanese ack (UTF-8 base64), 'RE: [CASE' with a space; the echoed form text contains a request and a candidate ID.")

colleague = ("竹内さん\n\nお疲れさまです、営業部の森です。\n今年の忘年会は12月15日(金)19時から、いつものお店で開催予定です。\n"
             "出欠を今週中にこのメールへ返信いただけますか。\n\nよろしくお願いします。\n森 沙織")
add("unrelated", False, None, [], frm=("森 沙織", "mori.saori@nexlume.co.jp"), to=ME_C_T,
    subj="忘年会の出欠確認", date=d(2023, 11, 14, 11, 20, JST),
    body=("plain", colleague, "iso-2022-jp", None), mid="outlook", subj_cs="iso-2022-jp", name_cs="iso-2022-jp",
    note="Colleague asks for a reply (ISO-2022-JP); a real request, but not from support.")

req_f = ("Hello,\n\nThank you for the details. I located the certification profile %s and can correct the name for you. "
         "However, that profile is registered to an address at nexlume.co.jp, and your request reached us from a different mailbox.\n\n"
         "To protect your record, updates to personal details can only be made when the request comes from the email address "
         "on file. Kindly send a reply to this message from the nexlume.co.jp address, keeping the case number in the subject line, "
         "and we will make the change right away." % ID_C) + tc_sig("Priyanka R.")
add("info_request", True, F, [ID_C], frm=TCF, to=ME_P_T,
    subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % F,
    date=d(2023, 11, 15, 9, 37), body=("plain", req_f, "utf-8", "qp"), auth="gmail", key="f2", parent="f1",
    note="Support asks the owner to write from the other (company) address ('Kindly send a reply…').")

rep_f = ("Hello Priyanka,\n\nWriting from the registered address as requested. Please change the name on %s to RYO TAKEUCHI.\n\n"
         "Thank you,\nRyo Takeuchi\nNexlume Inc. | Cloud Engineering" % ID_C) + oq(
    "AWS Training and Certification <%s>" % TC, "Wednesday, November 15, 2023 6:37 PM", "r.takeuchi.dev@gmail.com",
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % F, req_f)
add("user_reply", False, F, [ID_C], frm=("Takeuchi Ryo", ME_C), to=[("AWS Training and Certification", TC)],
    subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % F,
    date=d(2023, 11, 15, 19, 2, JST), body=("plain", rep_f, "utf-8", "qp"), mid="outlook", key="f3", parent=["f1", "f2"], crlf=True,
    note="Owner's reply from the company address, Outlook '-----Original Message-----' style, CRLF.")

res_f = ("Hello Ryo,\n\nThanks for confirming from the registered address. The name on certification profile %s now reads "
         "RYO TAKEUCHI, and any certificate you download from today will show the corrected spelling. "
         "Your digital badges will be re-issued with the new name automatically; no further action is required on your side." % ID_C) + tc_sig("Priyanka R.")
add("resolved", False, F, [ID_C], frm=TCF, to=ME_C_T,
    subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % F,
    date=d(2023, 11, 16, 3, 15), body=("alt", res_f, html_wrap(p2h(res_f)), "utf-8", "qp"), auth="o365", key="f4", parent="f3",
    note="Record corrected, to the company mailbox (Microsoft 365 Authentication-Results); 'no further action is required'.")

add("badge", False, None, [], frm=("Credly", "admin@credly.com"), to=ME_C_T,
    subj="Your badge has been updated: AWS Certified Solutions Architect - Professional",
    date=d(2023, 11, 17, 0, 40),
    body=("html", html_wrap("<p>Hi RYO TAKEUCHI,</p><p>Amazon Web Services Training and Certification updated a badge you hold. The name on the badge now matches your record.</p>"
                            "<p><a href=\"https://www.credly.com/badges/9c2d41a7-0b3e-4f55-8e1d-7aa05c3e2f90\">View badge</a></p><p>The Credly Team</p>"), "utf-8", "qp"),
    auth=("o365", "credly.com"), mid="credly.com", note="Credly badge update after the name fix.")

# ------------------------------------------------------------------ 2024
add("certification", False, None, [ID_C], frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C_T,
    subj="Congratulations on recertifying your AWS Certification!", date=d(2024, 3, 8, 13, 55),
    body=("alt", "Dear Ryo Takeuchi,\n\nCandidate ID: %s\n\nCongratulations! You have recertified AWS Certified Solutions Architect - Professional. "
                 "Your new expiration date is March 7, 2027.\n\nYour benefits, including a 50%% discount on your next exam, are available in your AWS Certification Account.\n\n"
                 "AWS Training and Certification" % ID_C,
          html_wrap("<p>Dear Ryo Takeuchi,</p><p>Candidate ID: %s</p><p>Congratulations! You have recertified <b>AWS Certified Solutions Architect - Professional</b>. Your new expiration date is March 7, 2027.</p>" % ID_C), "utf-8", "qp"),
    auth=("o365", "certmetrics.com"), mid="certmetrics.com", note="Recertification notice (certmetrics) with candidate ID; no case.")

add("unrelated", False, None, [], frm=("AWS Training and Certification", "no-reply@aws.training"), to=ME_P_T,
    subj="Your AWS Skill Builder subscription receipt", date=d(2024, 4, 2, 7, 12),
    body=("html", html_wrap("<h3>Thank you for your purchase</h3><table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
                            "<tr><th>Item</th><th>Period</th><th>Amount</th></tr><tr><td>AWS Skill Builder Individual subscription</td><td>Apr 2 - May 1, 2024</td><td>USD 29.00</td></tr></table>"
                            "<p>Order number: 7720-1983-4461. Questions about your subscription? Visit the help center.</p>"), "utf-8", "b64"),
    auth=("gmail", "aws.training"), mid="aws.training", note="Skill Builder receipt from the training platform sender.")

mk = ("AWS Summit Japan 2024 のご案内\n\n竹内 様\n\n今年も AWS Summit Japan を幕張メッセにて開催いたします。"
      "150 以上のセッションに加え、AWS 認定者限定ラウンジもご用意しております。\n\n"
      "ご登録はこちら: https://aws.amazon.com/jp/summits/japan/\n\n"
      "ご不明な点がございましたら、お気軽にお問い合わせください。\n\nアマゾン ウェブ サービス ジャパン合同会社")
add("unrelated", False, None, [], frm=("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), to=ME_P_T,
    subj="【ご招待】AWS Summit Japan 2024 登録受付中", date=d(2024, 5, 14, 1, 0),
    body=("alt", mk, html_wrap(p2h(mk), "ja"), "utf-8", "b64"), auth="gmail", mid="ses",
    note="Japanese AWS marketing from an amazon.com address, conditional 'ご不明な点がございましたら'.")

add("badge", False, None, [], frm=("Credly", "admin@credly.com"), to=ME_P_T,
    subj="Ryo, Amazon Web Services Training and Certification sent you a badge",
    date=d(2024, 6, 20, 18, 3),
    body=("alt", "Hi Ryo,\n\nYou earned AWS Certified Security - Specialty. Accept it to share your achievement.\n\nhttps://www.credly.com/earner/earned/badge/1e8a7c55-2d40-4f0a-bb61-3f0de2a9a4d1\n\nCredly",
          html_wrap("<p>Hi Ryo,</p><p>You earned <b>AWS Certified Security - Specialty</b>.</p><p><a href=\"https://www.credly.com/earner/earned/badge/1e8a7c55-2d40-4f0a-bb61-3f0de2a9a4d1\">Accept your badge</a></p>"), "utf-8", "qp"),
    auth=("gmail", "credly.com"), mid="credly.com", note="Credly badge offer with 'Accept it' call to action.")

add("suspicious", False, None, [], frm=("Credly Support", "support@credly-badgecenter.com"), to=ME_P_T,
    subj="Action required: your AWS badges will be revoked in 48 hours", date=d(2024, 7, 2, 23, 17),
    body=("html", html_wrap("<p>Dear badge holder,</p><p>Our records show that your AWS Certification badges could not be verified against your AWS Certification account. "
                            "To avoid revocation, please confirm your identity within 48 hours by signing in with your AWS Builder ID below.</p>"
                            "<p><a href=\"http://credly-badgecenter.com/verify?u=r.takeuchi.dev\">Verify my badges</a></p><p>Credly Trust &amp; Safety</p>"), "utf-8", "qp"),
    auth=("gmail_nodmarc", "credly-badgecenter.com"), mid="credly-badgecenter.com",
    note="Lookalike Credly domain asking for Builder ID sign-in; passes its own DKIM so only the domain gives it away.")

# ------------------------------------------------------------------ 2025: merge (A), duplicate (C), voucher (B)
add("unrelated", False, None, [], frm=("Backlog サポート", "support@backlog-help.jp"), to=ME_C_T,
    subj="[#48291] お問い合わせはクローズされました", date=d(2025, 4, 8, 10, 5, JST),
    body=("plain", "竹内 様\n\nお問い合わせ #48291「課題の一括インポートが失敗する」について、ご返信がなかったためクローズいたしました。\n"
                   "引き続きサポートが必要な場合は、このメールにご返信いただくと再開されます。\n\nBacklog サポートチーム", "utf-8", "b64"),
    auth=("o365", "backlog-help.jp"), mid="backlog-help.jp",
    note="Other vendor's Japanese 'closed for no reply, reply to reopen' notice: same shape as a closing notice.")

add("certification", False, None, [], frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C_T,
    subj="AWS Certification wants to hear from you", date=d(2025, 4, 15, 16, 30),
    body=("html", html_wrap("<p>Hello,</p><p>As an AWS Certified individual, you are invited to help shape future exams. Tell us about your role and the services you use most; "
                            "the questionnaire takes about 10 minutes.</p><p><a href=\"https://www.certmetrics.com/amazon/survey\">Share your input</a></p>"), "utf-8", "qp"),
    auth=("o365", "certmetrics.com"), mid="certmetrics.com",
    note="Certification program feedback invitation; looks like a survey but is not about a support case.")

add("unrelated", False, None, [], frm=("AWS", "no-reply@signin.aws"), to=ME_P_T,
    subj="Verify your AWS Builder ID email address", date=d(2025, 4, 28, 13, 2),
    body=("alt", "Hello,\n\nUse this code to finish creating your AWS Builder ID:\n\n418207\n\nThe code expires in 10 minutes. If you did not request it, you can ignore this message.",
          html_wrap("<p>Use this code to finish creating your AWS Builder ID:</p><p style=\"font-size:28px;letter-spacing:4px\"><b>418207</b></p><p>The code expires in 10 minutes.</p>"), "utf-8", "qp"),
    auth=("gmail", "signin.aws"), mid="signin.aws", note="Builder ID one-time code (6 digits) while preparing the merge.")

ack_a = ("※このメールは送信専用アドレスから自動送信されています。\n\n"
         "Amazon Web Services へのお問い合わせありがとうございます。ケース %s を作成しました。\n\n"
         "お問い合わせの詳細:\n"
         "Case ID: %s\n"
         "お問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\n"
         "Use Case: I am leaving my current employer and would like to merge my company certification account into my personal one.\n"
         "All email addresses: takeuchi.ryo@nexlume.co.jp (%s), r.takeuchi.dev@gmail.com (%s)\n"
         "Email address to keep: r.takeuchi.dev@gmail.com\n\n"
         "回答までは通常24時間以内ですが、最適な解決策を検討するためにさらにお時間をいただく場合があります。"
         "すでにケースが作成されている場合、同じご依頼で新しいケースを作成しないでください。\n\n"
         "Amazon Web Services" % (A, A, ID_C, ID_P))
add("acknowledgement", False, A, [ID_C, ID_P], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] %s" % (A, TC_SUBJ),
    date=d(2025, 4, 29, 2, 20), body=("plain", ack_a, "utf-8", "qp"), auth="gmail", key="a1",
    note="15-digit case ack, Japanese template with the English form text (two candidate IDs) echoed.")

ack_c = ("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your request.\n\n"
         "The details of your case are as follows:\n\nCase ID: %s\nInquiry type: Certification\nAdditional details: Account Merge\n"
         "Description: Please move my certifications from this account (%s) to my personal account r.takeuchi.dev@gmail.com. "
         "I submitted this yesterday but have not heard back.\n\n"
         "We usually reply within 24 hours. If you have already opened a case about this, please don't open another one for the same request.\n\n"
         "Sincerely,\nAmazon Web Services" % (C, C, ID_C))
add("acknowledgement", False, C, [ID_C], frm=TCF, to=ME_C_T, subj="RE:[CASE %s] %s" % (C, TC_SUBJ),
    date=d(2025, 4, 30, 2, 39), body=("plain", ack_c, "us-ascii", None), auth="o365", key="c1", crlf=True,
    note="Second (duplicate) case for the same merge, filed from the company address; ack goes to the company mailbox.")

hold_a = ("Hello Ryo,\n\nThank you for your patience. I have reviewed both certification accounts listed in your request.\n\n"
          "The account registered to takeuchi.ryo@nexlume.co.jp (%s) is associated with an AWS Partner Network organization "
          "(Nexlume Inc.). Certifications held on partner-linked accounts count toward the partner's program tiers, so we do not "
          "move them while the person is still employed there, and the partner's administrator may need to release the account. "
          "I have therefore placed this case on hold while I contact our partner team.\n\n"
          "In the meantime, one detail would let me move faster: are you leaving Nexlume, and if so, what is your last working day? "
          "Once we know that, the partner team can process the release before the merge.\n\n"
          "Kind regards,\nDaniel K.\nAWS Training and Certification Customer Service" % ID_C)
add("on_hold", True, A, [ID_C], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] %s" % (A, TC_SUBJ),
    date=d(2025, 4, 30, 7, 51),
    body=("alt", hold_a, html_wrap(p2h(hold_a)), "utf-8", "qp"), auth="gmail", key="a2", parent="a1",
    note="APN partner hold; a question ('are you leaving…?') is buried in the second-last paragraph without 'please'.")

dup_c = ("Hello,\n\nThis request is the same as case %s, which you opened on April 29 and which is already being worked on. "
         "To keep everything in one place, I have closed this case (%s) and linked it to the original. "
         "All further updates will come on case %s; there is nothing you need to do here.\n\nRegards,\nAWS Training and Certification Customer Service" % (A, C, A))
add("case_update", False, C, [], frm=TCF, to=ME_C_T, subj="RE:[CASE %s] %s" % (C, TC_SUBJ),
    date=d(2025, 4, 30, 9, 3), body=("plain", dup_c, "utf-8", "qp"), auth="o365", key="c2", parent="c1",
    note="Duplicate case closed and linked; mentions case A three times but belongs to case C.")

hr = ("竹内 涼 様\n\n人事部の佐藤です。退職手続きについてご案内いたします。\n\n"
      "・最終出社日: 2025年5月9日(金)\n・社用メールアカウントは最終出社日の18時に停止されます\n"
      "・貸与PCは当日中に情報システム部へ返却してください\n\n"
      "必要書類を添付の案内に沿ってご提出いただけますでしょうか。\n\nよろしくお願いいたします。")
add("unrelated", False, None, [], frm=("佐藤 恵 (人事部)", "sato.megumi@nexlume.co.jp"), to=ME_C_T,
    subj="退職手続きのご案内", date=d(2025, 4, 30, 18, 30, JST),
    body=("plain", hr, "shift_jis", "b64"), mid="outlook", subj_cs="utf-8", name_cs="utf-8",
    note="HR mail in Shift_JIS with keigo request (〜いただけますでしょうか) — a request, but from HR; says the company mailbox closes May 9.")

rep_a1 = ("Hi Daniel,\n\nYes, I'm leaving Nexlume. My last working day is May 9, 2025, and the nexlume.co.jp mailbox will be shut "
          "down that evening, so please use r.takeuchi.dev@gmail.com from now on.\n\nI also opened a second case by mistake yesterday, sorry about that.\n\n"
          "Thanks,\nRyo\n\n") + gq("Wed, 30 Apr 2025 at 16:51", "AWS Training and Certification <%s>" % TC, hold_a)
add("user_reply", False, A, [], frm=(ME_NAME, ME_P), to=[("AWS Training and Certification", TC)],
    subj="Re: RE:[CASE %s] %s" % (A, TC_SUBJ), date=d(2025, 4, 30, 22, 4, JST),
    body=("plain", rep_a1, "utf-8", "qp"), mid="gmail", key="a3", parent=["a1", "a2"],
    note="Owner answers the buried question, Gmail quoting of the hold mail underneath.")

add("unrelated", False, None, [], frm=("Kobayashi Taro", "kobayashi.taro@nexlume.co.jp"), to=ME_C_T,
    subj="自動応答: 引き継ぎ資料のレビュー", date=d(2025, 5, 1, 9, 12, JST),
    body=("plain", "ご連絡ありがとうございます。5月6日まで休暇のため不在にしております。\n急ぎの件は 山田 (yamada.k@nexlume.co.jp) までご連絡ください。\n\n"
                   "I am out of office until May 6 with limited access to email.", "utf-8", "qp"),
    mid="outlook", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    note="Colleague's out-of-office auto reply, bilingual.")

upd_a = ("Hello Ryo,\n\nThank you for confirming your departure date. Our partner team has released the account %s from the "
         "Nexlume Inc. partner organization, so the hold on this case has been lifted. Your request is now with the team that "
         "performs account merges, and they will be in touch with you shortly.\n\n"
         "The second case you mentioned has already been closed as a duplicate.\n\nKind regards,\nDaniel K.\n"
         "AWS Training and Certification Customer Service" % ID_C)
add("case_update", False, A, [ID_C], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] %s" % (A, TC_SUBJ),
    date=d(2025, 5, 2, 1, 10), body=("plain", upd_a + "\n\n" + gq("Wed, Apr 30, 2025 at 1:04 PM", "Ryo Takeuchi <%s>" % ME_P, rep_a1.split("\n\nOn Wed")[0]), "utf-8", "qp"),
    auth="gmail", key="a4", parent="a3", note="Hold lifted and passed to merge team; asks nothing. Quotes the owner's reply.")

phish_a = ("Hello,\n\nTo complete the merge requested in case %s we must verify ownership of both accounts.\n\n"
           "Please sign in at the secure link below with the email and password for each certification account within 24 hours, "
           "otherwise the request will be cancelled and your certifications may be lost.\n\n"
           "https://aws-training-verify.com/merge/confirm?case=%s\n\nAWS Training and Certification Customer Service" % (A, A))
add("suspicious", False, None, [], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] Action required: verify accounts before merge" % A,
    date=d(2025, 5, 2, 3, 33), body=("plain", phish_a, "utf-8", "qp"), auth=("fail", "amazon.com"), mid="mailer-svc.net",
    note="Spoofed real T&C sender and real case number, but dkim=fail/dmarc=fail; asks for passwords via a lookalike link.")

conf_tbl = ("<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse\">"
            "<tr style=\"background:#232f3e;color:#fff\"><th></th><th>Account #1</th><th>Account #2</th></tr>"
            "<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>"
            "<tr><td>Login email</td><td>r.takeuchi.dev@gmail.com</td><td>takeuchi.ryo@nexlume.co.jp</td></tr>"
            "<tr><td>Training notification email</td><td>r.takeuchi.dev@gmail.com</td><td>takeuchi.ryo@nexlume.co.jp</td></tr>"
            "<tr><td>Certification notification email</td><td>r.takeuchi.dev@gmail.com</td><td>takeuchi.ryo@nexlume.co.jp</td></tr></table>" % (ID_P, ID_C))
conf_a_txt = ("Hello Ryo,\n\nMy name is Sakura and I'm taking over the merge part of your request. I found these two certification accounts:\n\n"
              "Account #1\nCandidate ID: %s\nLogin email: r.takeuchi.dev@gmail.com\nTraining notification email: r.takeuchi.dev@gmail.com\nCertification notification email: r.takeuchi.dev@gmail.com\n\n"
              "Account #2\nCandidate ID: %s\nLogin email: takeuchi.ryo@nexlume.co.jp\nTraining notification email: takeuchi.ryo@nexlume.co.jp\nCertification notification email: takeuchi.ryo@nexlume.co.jp\n\n"
              "Before I combine them, I need your confirmation that both accounts belong to you and that Account #1 is the one to keep. "
              "A merge cannot be undone.\n\nSakura M.\nAWS Training and Certification" % (ID_P, ID_C))
conf_a_html = html_wrap("<p>Hello Ryo,</p><p>My name is Sakura and I'm taking over the merge part of your request. I found these two certification accounts:</p>"
                        + conf_tbl + "<p>Before I combine them, I need your confirmation that both accounts belong to you and that <b>Account #1</b> is the one to keep. "
                        "A merge cannot be undone.</p><p>Sakura M.<br>AWS Training and Certification</p>")
add("confirmation_request", True, A, [ID_P, ID_C], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] %s" % (A, TC_SUBJ),
    date=d(2025, 5, 2, 6, 45), body=("html", conf_a_html, "utf-8", "b64"), auth="gmail", key="a5", parent="a4",
    note="HTML-only (base64) Account #1/#2 table; the request is 'I need your confirmation', no question mark.")

fwd_a = ("memo: check that %s really is the old Nexlume one before confirming. do it tonight.\n\n"
         "---------- Forwarded message ---------\nFrom: AWS Training and Certification <%s>\nDate: Fri, May 2, 2025 at 3:45 PM\n"
         "Subject: RE:[CASE %s] %s\nTo: Ryo Takeuchi <%s>\n\n%s" % ("Account #2", TC, A, TC_SUBJ, ME_P, conf_a_txt))
add("user_reply", False, A, [], frm=(ME_NAME, ME_P), to=[("Ryo Takeuchi", ME_P)],
    subj="Fwd: RE:[CASE %s] %s" % (A, TC_SUBJ), date=d(2025, 5, 2, 15, 52, JST),
    body=("plain", fwd_a, "utf-8", "qp"), mid="gmail", parent="a5",
    note="Owner forwards the confirmation request to himself as a reminder; the IDs and the request are only in the forwarded part.")

add("unrelated", False, None, [], frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_C_T,
    subj="Pearson VUE Confirmation of Cancellation", date=d(2025, 5, 3, 4, 20),
    body=("plain", "Dear Ryo Takeuchi,\n\nYour appointment for AWS Certified DevOps Engineer - Professional (DOP-C02) on May 20, 2025 has been cancelled.\n"
                   "Registration ID: 562019374\n\nIf you did not request this cancellation, please contact Pearson VUE customer service.\n\nPearson VUE", "us-ascii", None),
    auth=("o365", "pearson.com"), mid="pearson.com", note="Exam vendor cancellation with 9-digit registration ID and a conditional contact request.")

close_a = ("Hello Ryo,\n\nI'm following up on my message below. I still need your confirmation before I can merge the accounts. "
           "If I don't hear from you within 72 hours, this case will be closed; replying to this email keeps it open and I will "
           "go ahead as soon as you confirm.\n\nSakura M.\nAWS Training and Certification") + oq(
    "AWS Training and Certification", "Friday, May 2, 2025 6:45 AM", "Ryo Takeuchi", "RE:[CASE %s] %s" % (A, TC_SUBJ), conf_a_txt)
add("closing_notice", True, A, [], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] %s" % (A, TC_SUBJ),
    date=d(2025, 5, 5, 6, 50), body=("alt", close_a, html_wrap(p2h(close_a)), "utf-8", "qp"), auth="gmail", key="a6", parent="a5",
    note="72-hour closing warning with the full confirmation request (and IDs) quoted Outlook-style below.")

rep_a2 = ("Confirmed. Both accounts are mine, please merge into Account #1 (r.takeuchi.dev@gmail.com).\n\nRyo\n\n"
          + gq("Mon, 5 May 2025 at 15:50", "AWS Training and Certification <%s>" % TC, close_a))
add("user_reply", False, A, [], frm=(ME_NAME, ME_P), to=[("AWS Training and Certification", TC)],
    subj="Re: RE:[CASE %s] %s" % (A, TC_SUBJ), date=d(2025, 5, 5, 20, 11, JST),
    body=("alt", rep_a2, html_wrap("<div dir=\"ltr\">Confirmed. Both accounts are mine, please merge into Account #1 (r.takeuchi.dev@gmail.com).<br><br>Ryo</div><br><div class=\"gmail_quote\"><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">" + p2h(close_a) + "</blockquote></div>"), "utf-8", "qp"),
    mid="gmail", key="a7", parent=["a5", "a6"], note="Short top-posted confirmation over a long quoted thread.")

res_a = ("Hello Ryo,\n\nThank you for confirming. I have successfully merged all accounts: the exam history, certifications and "
         "benefits from %s are now on %s, which signs in with r.takeuchi.dev@gmail.com. The Nexlume partner profile may take "
         "a few days to stop showing your certifications.\n\nThis case will now be closed. Should anything be missing when you check, "
         "you can reply within 14 days to reopen it.\n\nSakura M.\nAWS Training and Certification" % (ID_C, ID_P))
res_a_full = res_a + "\n\n" + gq("Mon, May 5, 2025 at 11:11 AM", "Ryo Takeuchi <%s>" % ME_P, rep_a2)
add("resolved", False, A, [ID_C, ID_P], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] %s" % (A, TC_SUBJ),
    date=d(2025, 5, 5, 11, 37), body=("plain", res_a_full, "utf-8", "qp"), auth="gmail", key="a8", parent="a7",
    note="'successfully merged' mail that quotes the confirmation request and the closing warning two levels deep; conditional reopen offer.")

add("badge", False, None, [], frm=("Credly", "admin@credly.com"), to=ME_P_T,
    subj="Amazon Web Services Training and Certification has sent you 3 badges", date=d(2025, 5, 5, 11, 58),
    body=("html", html_wrap("<p>Hi Ryo,</p><p>You have new badges waiting to be claimed:</p><ul><li>AWS Certified Solutions Architect - Professional</li>"
                            "<li>AWS Certified Security - Specialty</li><li>AWS Certified Developer - Associate</li></ul>"
                            "<p><a href=\"https://www.credly.com/earner/earned\">Accept your badges</a></p>"), "utf-8", "qp"),
    auth=("gmail", "credly.com"), mid="credly.com", note="Credly badges right after the merge.")

add("survey", False, A, [], frm=("Amazon Web Services", "aws-cs-survey@amazon.com"), to=ME_P_T,
    subj="We'd like your feedback on case %s" % A, date=d(2025, 5, 6, 4, 0),
    body=("alt", "Hello,\n\nYou recently worked with AWS Training and Certification Customer Service on case %s. "
                 "How likely are you to recommend our support to a colleague? Answer on a scale of 0-10:\n"
                 "https://feedback.aws.amazon.com/tc?case=%s\n\nThank you." % (A, A),
          html_wrap("<p>You recently worked with AWS Training and Certification Customer Service on case %s.</p><p>How likely are you to recommend our support to a colleague?</p>"
                    "<p>%s</p>" % (A, " ".join("<a href=\"https://feedback.aws.amazon.com/tc?case=%s&s=%d\">%d</a>" % (A, i, i) for i in range(11)))), "utf-8", "qp"),
    auth="gmail", mid="ses", note="NPS-style survey with a direct question.")

add("unrelated", False, None, [], frm=("Yui Nakamura", "notifications@github.com"), to=[("org/platform", "platform@noreply.github.com")],
    subj="Re: [hikari-labs/platform] Resolve merge conflict in accounts module (PR #204)", date=d(2025, 5, 7, 5, 44),
    body=("plain", "Merged #204 into main.\n\nThanks @rtakeuchi, closing the linked issue #199 as resolved.\n\n--\nReply to this email directly or view it on GitHub:\nhttps://github.com/hikari-labs/platform/pull/204\nYou are receiving this because you were mentioned.", "utf-8", "qp"),
    auth=("gmail", "github.com"), mid="github.com", extra=[("X-GitHub-Reason", "mention")],
    note="GitHub 'merged' and 'resolved' notification.")

wel = ("Hi Ryo,\n\nWelcome aboard! Your laptop will be ready on May 12. Could you send me your preferred GitHub handle before then so I can add you to the org?\n\nCheers,\nYui")
add("unrelated", False, None, [], frm=("Yui Nakamura", "yui@hikari-labs.io"), to=ME_P_T,
    subj="Welcome to Hikari Labs - a couple of onboarding items", date=d(2025, 5, 8, 0, 30),
    body=("plain", wel, "utf-8", "qp"), auth=("gmail", "hikari-labs.io"), mid="gmail",
    note="New employer asks a question; a real request but not support.")

# --- case A reopened: partner profile still lists certs
rep_a3 = ("Hi Sakura,\n\nThe merge looks good on my side, thank you. One thing though: the Nexlume partner profile still lists my "
          "certifications a week later. Is there anything that needs to happen there?\n\nRyo\n\n"
          + gq("Mon, 5 May 2025 at 20:37", "AWS Training and Certification <%s>" % TC, res_a))
add("user_reply", False, A, [], frm=(ME_NAME, ME_P), to=[("AWS Training and Certification", TC)],
    subj="Re: RE:[CASE %s] %s" % (A, TC_SUBJ), date=d(2025, 5, 12, 21, 15, JST),
    body=("plain", rep_a3, "utf-8", "qp"), mid="gmail", key="a9", parent=["a7", "a8"],
    note="Owner reopens case A by replying to the resolution within 14 days; contains a question to support.")

upd_a2 = ("Hello Ryo,\n\nI've reopened your case and asked our partner team to remove your certifications from the Nexlume Inc. "
          "partner profile. Partner data is refreshed in batches, so it may be a few more days. I'll update you when they confirm.\n\n"
          "Sakura M.\nAWS Training and Certification")
add("case_update", False, A, [], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] %s" % (A, TC_SUBJ),
    date=d(2025, 5, 13, 2, 2), body=("plain", upd_a2, "utf-8", "qp"), auth="gmail", key="a10", parent="a9",
    note="Reopened, still working; 'I'll update you' is not a request.")

ack_b = ("Hello,\n\nWe've received your message and created a case for it.\n\nCase ID: %s\n"
         "Inquiry type: Certification / Benefits\n"
         "Your message: After my accounts were merged (case %s) the 50%% exam discount from my Professional recertification "
         "is not on the Benefits page of %s.\n\n"
         "A member of our team will reply, usually within one business day. Opening another case for the same issue will slow things down.\n\n"
         "Amazon Web Services" % (B, A, ID_P))
add("acknowledgement", False, B, [ID_P], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % B,
    date=d(2025, 5, 13, 7, 14), body=("plain", ack_b, "utf-8", "qp"), auth="gmail", key="b1",
    note="New case B ack that cites the earlier case A number in its body; belongs to B.")

req_b = ("竹内 様\n\nAWS トレーニングと認定カスタマーサービスの田中でございます。\n"
         "このたびはお問い合わせいただき、誠にありがとうございます。\n\n"
         "統合後のアカウントにて特典の表示状況を確認いたしましたが、該当のバウチャーを特定するため、"
         "以下の情報をご教示いただけますでしょうか。\n\n"
         "1. 再認定に合格された試験名と合格日\n2. 統合前に特典ページで表示されていたバウチャーコードの末尾4桁(控えがございましたら)\n\n"
         "お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。\n\n"
         "田中 明日香\nAWS トレーニングと認定 カスタマーサービス")
add("info_request", True, B, [], frm=("AWS トレーニングと認定", TC), to=ME_P_T,
    subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % B,
    date=d(2025, 5, 14, 1, 26), body=("plain", req_b, "iso-2022-jp", None), auth="gmail", key="b2", parent="b1",
    subj_cs="iso-2022-jp", name_cs="iso-2022-jp",
    note="Japanese keigo request (ご教示いただけますでしょうか), ISO-2022-JP; a conditional 'ございましたら' inside item 2.")

add("unrelated", False, None, [], frm=CONS, to=ME_P_T,
    subj="AWS Free Tier limit alert", date=d(2025, 5, 14, 8, 9),
    body=("html", html_wrap("<p>Hello,</p><p>Your AWS account 284915530172 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of May.</p>"
                            "<table border=\"1\"><tr><th>Product</th><th>Usage</th><th>Limit</th></tr><tr><td>Amazon S3</td><td>4.3 GB</td><td>5 GB</td></tr></table>"
                            "<p>Please review your usage to avoid charges.</p>"), "utf-8", "qp"),
    auth="gmail", mid="ses", note="AWS billing alert from no-reply-aws@amazon.com with 'Please review'.")

rep_b = ("田中様\n\nご連絡ありがとうございます。\n\n1. AWS Certified Solutions Architect - Professional(再認定)、2024年3月7日合格です。\n"
         "2. 控えは残っていませんでした。申し訳ありません。\n\nよろしくお願いいたします。\n竹内 涼\n\n"
         + jq("2025年5月14日(水) 10:26 AWS トレーニングと認定 <%s>" % TC, "", req_b).replace(" :\n", "より:\n", 1))
add("user_reply", False, B, [], frm=("竹内 涼", ME_P), to=[("AWS トレーニングと認定", TC)],
    subj="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % B,
    date=d(2025, 5, 14, 22, 3, JST), body=("plain", rep_b, "utf-8", "b64"), mid="gmail", key="b3", parent=["b1", "b2"],
    note="Owner's Japanese answer, base64, quoted with the 「…より:」 header.")

upd_b = ("Hello Ryo,\n\nThank you for the details (and no worries about the code). I've passed your case to the certification "
         "benefits team, who can look up vouchers that were attached to retired profiles. They normally need about five business days.\n\n"
         "Regards,\nAsuka T.\nAWS Training and Certification Customer Service")
add("case_update", False, B, [], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % B,
    date=d(2025, 5, 15, 3, 40), body=("plain", upd_b, "utf-8", "qp"), auth="gmail", key="b4", parent="b3",
    note="English follow-up from the same agent who wrote in Japanese; handed to another team.")

req_b2 = ("Hello Ryo,\n\nThe benefits team found the 50%% discount still attached to %s, the profile that was merged into %s. "
          "Before they move it, they want to make sure it won't be duplicated.\n\n"
          "When you sign in to %s and open Benefits, what do you see listed? A screenshot of that page would be ideal; "
          "send it as a reply to this email.\n\nRegards,\nAsuka T.\nAWS Training and Certification Customer Service" % (ID_C, ID_P, ID_P))
add("info_request", True, B, [ID_C, ID_P, ID_P], frm=TCF, to=ME_P_T,
    subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % B,
    date=d(2025, 5, 21, 23, 5), body=("alt", req_b2, html_wrap(p2h(req_b2)), "utf-8", "qp"), auth="gmail", key="b5", parent="b4",
    note="Asks for a check reported back: a question plus 'A screenshot … would be ideal', no please; same ID repeated.")

nl2 = ("Last Week in Cloud - Issue 389\n\n1. A new storage class you probably won't need\n2. Why your multi-account setup is haunted\n"
       "3. Reader mailbag: 'How do I merge two AWS accounts?' (you can't, really)\n\nReply to this email with your questions - I read every one.\n\nUnsubscribe: https://lastweekincloud.example.net/u")
add("unrelated", False, None, [], frm=("Last Week in Cloud", "newsletter@lastweekincloud.net"), to=ME_P_T,
    subj="Last Week in Cloud #389: merging AWS accounts (you can't)", date=d(2025, 5, 26, 14, 0),
    body=("alt", nl2, html_wrap(p2h(nl2)), "utf-8", "qp"), auth=("gmail_nodmarc", "lastweekincloud.net"), mid="lastweekincloud.net",
    note="Newsletter about 'merging AWS accounts' with 'Reply to this email'.")

close_b = ("竹内 様\n\nAWS トレーニングと認定カスタマーサービスです。\n\n"
           "5月22日にお送りしたご質問について、ご返信を確認できなかったため、本ケースはいったんクローズさせていただきました。\n"
           "引き続きサポートが必要な場合は、本メールにご返信いただければケースが再開されます。"
           "(クローズから14日を過ぎると再開できませんので、その場合は新しいお問い合わせをお願いいたします。)\n\n"
           "田中 明日香\nAWS トレーニングと認定 カスタマーサービス")
add("closing_notice", True, B, [], frm=("AWS トレーニングと認定", TC), to=ME_P_T,
    subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % B,
    date=d(2025, 5, 29, 2, 0), body=("plain", close_b, "shift_jis", "b64"), auth="gmail", key="b6", parent="b5",
    name_cs="iso-2022-jp", note="Japanese 'already closed, reply to reopen' notice in Shift_JIS; the open question from May 22 is still unanswered.")

png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
rep_b2 = ("Sorry for the slow reply - the screenshot of the Benefits page on %s is attached. It currently shows only the "
          "Practice Exam benefit, no 50%% discount.\n\nRyo\n\n" % ID_P) + jq("2025年5月29日(木) 11:00 AWS トレーニングと認定 <%s>" % TC, "", close_b).replace(" :\n", ":\n", 1)
add("user_reply", False, B, [ID_P], frm=(ME_NAME, ME_P), to=[("AWS Training and Certification", TC)],
    subj="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % B,
    date=d(2025, 5, 29, 23, 48, JST),
    body=("mixed", ("plain", rep_b2, "utf-8", "qp"), [("benefits-page.png", png, "png")]), mid="gmail", key="b7", parent=["b5", "b6"],
    note="Owner's reply with a PNG attachment (multipart/mixed), reopening case B.")

upd_b2 = ("Hello Ryo,\n\nThanks for the screenshot. Your case is open again and the benefits team has picked it back up. "
          "Nothing else is needed for now.\n\nRegards,\nAsuka T.\nAWS Training and Certification Customer Service")
add("case_update", False, B, [], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % B,
    date=d(2025, 5, 30, 1, 22), body=("plain", upd_b2, "utf-8", "qp"), auth="gmail", key="b8", parent="b7",
    note="Case reopened and back with the team; 'Nothing else is needed'.")

add("suspicious", False, None, [], frm=("AWS Certification Support", "benefits@aws-certsupport.com"), to=ME_P_T,
    subj="Your 50% exam voucher expires today - claim it now", date=d(2025, 6, 1, 19, 40),
    body=("alt", "Dear AWS Certified professional,\n\nYour 50% discount voucher expires at midnight. To transfer it to your account, reply to this email with your AWS Builder ID email and password, "
                 "or claim it here: http://aws-certsupport.com/claim\n\nAWS Certification Support Team",
          html_wrap("<p>Dear AWS Certified professional,</p><p>Your <b>50% discount voucher</b> expires at midnight. To transfer it, reply with your AWS Builder ID email and password, or <a href=\"http://aws-certsupport.com/claim\">claim it here</a>.</p>"), "utf-8", "qp"),
    auth=("gmail_nodmarc", "aws-certsupport.com"), mid="aws-certsupport.com",
    note="Lookalike domain phishing that demands a reply, timed while the voucher case is open.")

res_b = ("Hello Ryo,\n\nThe benefits team has issued a new 50%% exam discount voucher on %s; it is on your Benefits page now and "
         "is valid until March 7, 2027. The old voucher on the retired profile has been cancelled.\n\n"
         "That completes your request. If you have anything to add, just reply to this email.\n\n"
         "Regards,\nAsuka T.\nAWS Training and Certification Customer Service" % ID_P)
add("resolved", False, B, [ID_P], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % B,
    date=d(2025, 6, 3, 4, 51),
    body=("alt", res_b + "\n\n" + gq("Thu, May 29, 2025 at 2:48 PM", "Ryo Takeuchi <%s>" % ME_P, rep_b2.split("\n\n2025")[0]),
          html_wrap(p2h(res_b) + "<blockquote>" + p2h(rep_b2.split("\n\n2025")[0]) + "</blockquote>"), "utf-8", "qp"),
    auth="gmail", key="b9", parent="b8", note="Voucher issued; 'If you have anything to add, just reply' is conditional.")

add("survey", False, B, [], frm=("Amazon Web Services", "aws-cs-survey@amazon.com"), to=ME_P_T,
    subj="ケース %s に関するアンケートのお願い" % B, date=d(2025, 6, 4, 1, 0),
    body=("html", html_wrap("<p>竹内 様</p><p>先日はAWS トレーニングと認定カスタマーサービスをご利用いただきありがとうございました(ケース %s)。</p>"
                            "<p>今後のサービス向上のため、簡単なアンケートにご協力いただけますでしょうか。所要時間は1分ほどです。</p>"
                            "<p><a href=\"https://feedback.aws.amazon.com/tc?case=%s&lang=ja\">アンケートに回答する</a></p><p style=\"font-size:11px\">本メールは送信専用です。</p>" % (B, B), "ja"), "utf-8", "b64"),
    auth="gmail", mid="ses", subj_cs="utf-8", note="Japanese survey with keigo request form (ご協力いただけますでしょうか).")

add("certification", False, None, [ID_P], frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P_T,
    subj="A new benefit is available in your AWS Certification Account", date=d(2025, 6, 4, 6, 2),
    body=("plain", "Hello Ryo Takeuchi,\n\nA new benefit has been added to your AWS Certification Account (%s): 50%% off your next exam.\n"
                   "Sign in to view and use it before it expires.\n\nAWS Training and Certification" % ID_P, "us-ascii", None),
    auth=("gmail", "certmetrics.com"), mid="certmetrics.com", note="Program notice of the new voucher; no case number.")

educ = ("Hello,\n\nThank you for contacting AWS Educate. Regarding your question about becoming a guest speaker for the student cloud club, "
        "could you tell us which university chapter you would like to support and your preferred dates?\n\nBest,\nAWS Educate Support")
add("unrelated", False, None, [], frm=("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P_T,
    subj="RE:[CASE 174930551200614] [AWS Educate Form Submission] - general-inquiry", date=d(2025, 6, 7, 16, 18),
    body=("plain", educ, "utf-8", "qp"), auth="gmail", mid="ses",
    note="Another AWS program's form case (AWS Educate) with the same subject shape and a real question: not a T&C case.")

res_a2 = ("Hello Ryo,\n\nOur partner team confirms your certifications no longer appear on the Nexlume Inc. partner profile. "
          "Your account merge is complete and I'm closing this case again.\n\n"
          "Sakura M.\nAWS Training and Certification\n\n" + gq("Tue, May 13, 2025 at 2:02 AM", "AWS Training and Certification", upd_a2))
add("resolved", False, A, [], frm=TCF, to=ME_P_T, subj="RE:[CASE %s] %s" % (A, TC_SUBJ),
    date=d(2025, 6, 9, 3, 30), body=("plain", res_a2, "utf-8", "qp"), auth="gmail", key="a11", parent="a10",
    note="Second resolution of the reopened case A, quoting the earlier update.")

add("suspicious", False, None, [], frm=("Pearson VUE", "noreply@pearsonvue-exams.com"), to=ME_P_T,
    subj="Unpaid reschedule fee - AWS exam registration 562019374", date=d(2025, 6, 10, 9, 9),
    body=("html", html_wrap("<p>Dear candidate,</p><p>A reschedule fee of USD 75 for your AWS Certification exam is outstanding. Pay within 24 hours to keep your candidate record active.</p>"
                            "<p><a href=\"http://pearsonvue-exams.com/pay\">Pay now</a></p>"), "utf-8", "qp"),
    auth=("gmail_nodmarc", "pearsonvue-exams.com"), mid="pearsonvue-exams.com",
    note="Exam-vendor lookalike domain asking for payment.")

add("badge", False, None, [], frm=("Credly", "admin@credly.com"), to=ME_P_T,
    subj="Jobs that match your AWS badges", date=d(2025, 6, 12, 15, 0),
    body=("html", html_wrap("<p>Hi Ryo,</p><p>Based on your verified badges from Amazon Web Services Training and Certification, here are roles you may like:</p><ul><li>Senior Cloud Architect - Tokyo</li><li>Platform Engineer - Remote</li></ul>"), "utf-8", "qp"),
    auth=("gmail", "credly.com"), mid="credly.com", note="Credly promotional mail about badges (labelled badge: Credly mail).")

add("unrelated", False, None, [], frm=("Datadog Support", "support@datadoghq.com"), to=ME_P_T,
    subj="[Datadog Support] Request #1849203 has been solved", date=d(2025, 6, 14, 2, 14),
    body=("plain", "Hi Ryo,\n\nYour request #1849203 (\"Agent not reporting from EC2 instance\") has been marked as solved. "
                   "If the issue is not resolved, simply reply to this email to reopen it within 7 days.\n\nDatadog Support", "utf-8", "qp"),
    auth=("gmail", "datadoghq.com"), mid="datadoghq.com", note="Other vendor's 'solved, reply to reopen' case mail.")

note = ("メモ: AWS認定アカウント統合の記録\n- ケース %s: 統合完了 (5/5), パートナープロフィール反映 6/9\n- ケース %s: 50%%バウチャー再発行済み\n"
        "- 候補ID: %s に一本化\n- 次回: DOP-C02 を再予約する" % (A, B, ID_P))
add("user_reply", False, None, [ID_P], frm=("竹内 涼", ME_P), to=[("竹内 涼", ME_P)],
    subj="メモ: AWS認定の統合まとめ", date=d(2025, 6, 14, 23, 0, JST),
    body=("plain", note, "utf-8", "b64"), mid="gmail",
    note="Owner's note to self mentioning two case numbers; not on any single case (case=null).")

# ------------------------------------------------------------------ write
def main():
    for fn in os.listdir(HERE):
        if fn.endswith("-msg.eml") or fn.endswith("-msg.json"):
            os.remove(os.path.join(HERE, fn))
    for m in MSGS:
        base = os.path.join(HERE, "%03d-msg" % m["n"])
        with open(base + ".eml", "wb") as f:
            f.write(m["raw"])
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")
    write_readme()
    cnt = Counter(m["label"]["kind"] for m in MSGS)
    for k in sorted(cnt):
        print("%-22s %d" % (k, cnt[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(m["label"]["needs_reply"] for m in MSGS)))


README_HEAD = """me: %s %s

# blind-133 — held-out mailbox for casewatch

Mailbox owner: Ryo Takeuchi (竹内 涼), personal `%s`, company `%s` (APN partner Nexlume Inc.,
last day 2025-05-09). Messages run from 2021 to 2025 in arrival order; both addresses feed one mailbox.
Regenerate with `python3 gen.py` (standard library only; writes next to the script).

## Cases
| case | format | channel | topic | outcome |
|---|---|---|---|---|
| %s | 10 digits (2021) | T&C form | two profiles on one address, badge missing | ack → candidate-ID request → reply → merged (8 days) → badge, survey |
| %s | 11 digits (2023) | Support Center console | 50%% voucher missing after passing | ack → request (answer in console) → auto-resolve warning → e-mail reply bounces → escalated → resolved, survey |
| %s | 11 digits (2023) | T&C form | name spelling on certificate | Japanese ack → "write from the registered address" → reply from company address → fixed |
| %s | 15 digits (2025) | T&C form | merge company (APN) account into personal | ack → APN hold with buried question → reply → hold lifted → Account #1/#2 confirmation → forward to self → 72h closing warning → "Confirmed" → merged → reopened (partner profile) → resolved again |
| %s | 15 digits (2025) | T&C form | duplicate of the merge request, from company address | ack → closed as duplicate (case_update) |
| %s | 15 digits (2025) | T&C form | voucher lost in the merge | ack → Japanese keigo request → reply → escalated → screenshot request → closed for no reply (Japanese) → reply with attachment → reopened → voucher issued, survey |

Candidate IDs: %s personal (kept), %s company/APN, %s accidental 2021 duplicate.

## Labelling decisions (judgement calls)
- **Acknowledgement echoing the form**: the echoed "details of your case" are part of the ack's own text, so
  candidate IDs in them are listed; the user's own "could you merge…" inside the echo does not make the ack a request.
- **Buried question in a hold** (APN hold, case %s): kind `on_hold`, `needs_reply` true — support is waiting for the departure date.
- **Console case** (%s): asks to answer in the Support Center → `info_request`, needs_reply true; the auto-resolve warning
  is a `closing_notice` with needs_reply true even though e-mail cannot be used. The console resolution's
  "Please share your experience by rating…" footer does not make it a request.
- **Bounce of the owner's e-mail to no-reply-aws** (case %s): `unrelated`, case set to the case it belongs to
  (it is the thread's bounce), needs_reply false. A scorer that wants null there can treat it as a judgement call.
- **"Write from the other address"** (case %s) is an `info_request`.
- **Duplicate case closed and linked** (case %s): `case_update`, case = the duplicate's own number even though
  the body names the original case three times.
- **Forward to self** of the confirmation request: `user_reply`, needs_reply false, no candidate IDs (they are only
  in the forwarded part). The owner still owes a reply on case %s, but that is carried by the request itself.
- **Closing notices that quote the old request**: `closing_notice`; candidate IDs only from new text (none).
- **Resolutions that quote old requests** / offer "reply to reopen" / "if you have anything to add": `resolved`, needs_reply false.
- **Case B closed for no reply (already closed, reply reopens)**: `closing_notice`, needs_reply true — the owner
  must answer the open screenshot question to get the voucher.
- **Owner reopening a resolved case with a question** (case %s): `user_reply`; support's answer "I've reopened and
  asked the partner team" is `case_update` (not done yet); the later confirmation is `resolved`.
- **Other AWS program form case** (AWS Educate, same subject shape, real question): `unrelated`, case null,
  needs_reply false — it is not a Training and Certification case.
- **Other vendors' closed/solved notices** (Backlog, Datadog) and colleague/HR/new-employer requests: `unrelated`, false.
- **Phishing spoofing the real T&C sender with the real case number** (`dmarc=fail`): `suspicious`, case null.
- **certmetrics "wants to hear from you"** is program mail (`certification`), not a case survey.
- **Credly job suggestions** are labelled `badge` (Credly mail).
- **Owner's note to self** naming two cases: `user_reply`, case null.
- `candidate_ids` keeps repeats in order of appearance (one request names %s twice).

## Messages
| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def write_readme():
    head = README_HEAD % (ME_P, ME_C, ME_P, ME_C, D, E, F, A, C, B, ID_P, ID_C, ID_D,
                          A, E, E, F, C, A, A, ID_P)
    rows = []
    for m in MSGS:
        l = m["label"]
        rows.append("| %03d | %s | %s | %s | %s |" % (m["n"], l["kind"], "yes" if l["needs_reply"] else "no",
                                                     l["case"] or "-", m["note"].replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
