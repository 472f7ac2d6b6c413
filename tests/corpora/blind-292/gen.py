#!/usr/bin/env python3
"""Generate the blind-292 corpus: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only.  Run:  python3 gen.py            (writes the files, prints counts)
                              python3 gen.py --table    (also prints the README table)
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import re
import sys
from collections import Counter
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "kenta.morimoto.jp@gmail.com"      # personal
ME_C = "k-morimoto@sorano-sys.co.jp"      # company (Sorano Systems, APN partner, leaves 31 Mar 2025)
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_F = "13882045917"        # 2023 benefit/voucher case (11 digits)
CASE_A = "174156915700318"    # 2025 merge, APN partner hold
CASE_B = "174157086500042"    # duplicate of A, filed from the company address
CASE_C = "174304823100517"    # exam result missing, test-vendor hold (Japanese)
CASE_D = "174420121400883"    # console case, benefit sync hold
CASE_E = "174528284900126"    # Kumo Logic (former employer) account merge

ID_P = "AWS05590213"   # personal certification account
ID_S = "AWS03318472"   # Sorano Systems account
ID_K = "AWS01847720"   # Kumo Logic account

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))

MESSAGES = []


# ----------------------------------------------------------------------------- helpers

def h(key, n=40):
    return hashlib.sha1(key.encode()).hexdigest()[:n]


def mid_ses(key):
    x = h(key, 60)
    return "<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        x[:12], x[12:20], x[20:24], x[24:28], x[28:32], x[32:44])


def mid_gmail(key):
    x = base64.b64encode(hashlib.sha256(key.encode()).digest()).decode()
    x = re.sub(r"[^A-Za-z0-9]", "", x)[:38]
    return "<CAJ%s@mail.gmail.com>" % x


def mid_outlook(key):
    x = h(key, 20).upper()
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (x[:4], x[4:], x[:4])


def mid_other(key, domain):
    return "<%s.%s@%s>" % (h(key, 16), h(key + "x", 8), domain)


def enc_hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        if charset.lower() == "shift_jis":   # keep Shift_JIS in the header (Python would convert it to ISO-2022-JP)
            words, cur = [], ""
            for ch in s:
                if len((cur + ch).encode("cp932")) > 30:
                    words.append(cur)
                    cur = ""
                cur += ch
            words.append(cur)
            return "\n ".join("=?Shift_JIS?B?%s?=" % base64.b64encode(w.encode("cp932")).decode() for w in words)
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
        return "%s <%s>" % (enc_hdr(name, charset), email)


def date(y, mo, d, hh, mm, ss=0, tz=UTC):
    return dt.datetime(y, mo, d, hh, mm, ss, tzinfo=tz)


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None):
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932"}.get(charset.lower(), charset)
    b = text.encode(codec)
    if cte == "base64":
        body = base64.encodebytes(b)
    elif cte == "quoted-printable":
        body = quopri.encodestring(b)
    else:
        body = b
    hdrs = [("Content-Type", 'text/%s; charset="%s"' % (subtype, charset)),
            ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return hdrs, body


def multi(subtype, parts, key, params=""):
    boundary = "%s_%s" % ({"alternative": "000000000000", "mixed": "----=_Part",
                           "report": "----=_Report"}.get(subtype, "b"), h(key, 24))
    out = b""
    for hdrs, body in parts:
        out += b"--" + boundary.encode() + b"\n"
        for k, v in hdrs:
            out += ("%s: %s\n" % (k, v)).encode()
        out += b"\n" + body
        if not body.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return [("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params))], out


def add(when, headers, part, label, note, new_text, crlf=False):
    """headers: list of (name, value); part: (mime headers, body bytes)."""
    lines = []
    for k, v in headers:
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    for k, v in part[0]:
        lines.append("%s: %s" % (k, v))
    raw = ("\n".join(lines) + "\n\n").encode("ascii") + part[1]
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    # candidate ids in the message's own new text must match the label
    found = []
    for m in re.findall(r"(?<![A-Za-z0-9])AWS\d{8}(?!\d)", new_text):
        if m not in found:
            found.append(m)
    assert found == label["candidate_ids"], (note, found, label["candidate_ids"])
    MESSAGES.append({"when": when, "raw": raw, "label": label, "note": note})


def L(kind, reply=False, case=None, ids=()):
    return {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(ids)}


def std(frm, to, subject, when, msgid, extra=(), reply_to=None, subj_charset="utf-8"):
    hs = []
    hs += list(extra)
    hs.append(("From", frm))
    hs.append(("To", to))
    hs.append(("Subject", enc_hdr(subject, subj_charset)))
    hs.append(("Date", format_datetime(when)))
    hs.append(("Message-ID", msgid))
    if reply_to:
        hs.append(("In-Reply-To", reply_to[-1]))
        hs.append(("References", " ".join(reply_to)))
    return hs


def gmail_in(frm_domain, mailfrom, ip, when, dkim="pass", spf="pass", dmarc="pass",
             policy="QUARANTINE", dkim_d=None, to=ME_P):
    dkim_d = dkim_d or frm_domain
    host = "a%s.smtp-out.amazonses.com" % ip.replace(".", "-")[-9:] if "amazonses" in mailfrom else "mail.%s" % mailfrom.split("@")[-1]
    rcv = ("from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n"
           "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
           "        %s" % (host, host, ip, h(mailfrom + str(when), 22), to, format_datetime(when)))
    spf_txt = {"pass": "domain of %s designates %s as permitted sender" % (mailfrom, ip),
               "fail": "domain of %s does not designate %s as permitted sender" % (mailfrom, ip),
               "softfail": "domain of transitioning %s does not designate %s as permitted sender" % (mailfrom, ip)}[spf]
    ar = ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
          "       spf=%s (google.com: %s) smtp.mailfrom=%s;\n"
          "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
          % (dkim, dkim_d, "x" + h(dkim_d, 6), h(str(when), 8), spf, spf_txt, mailfrom,
             dmarc, policy, policy, "NONE" if dmarc == "pass" else policy, frm_domain))
    return [("Delivered-To", to), ("Received", rcv), ("Return-Path", "<%s>" % mailfrom),
            ("Authentication-Results", ar)]


def m365_in(frm_domain, mailfrom_dom, ip, dkim="pass", dmarc="pass"):
    ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
          " header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=pass reason=100"
          % (ip, mailfrom_dom, dkim, frm_domain, dmarc, frm_domain))
    return [("Authentication-Results", ar),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
            ("X-MS-Exchange-Organization-SCL", "1")]


def ses_in(when, to=ME_P, ip="54.240.8.87"):
    mf = "0100%s@email.amazonses.com" % h(str(when), 20)
    if to == ME_P:
        return gmail_in("amazon.com", mf, ip, when)
    return m365_in("amazon.com", "email.amazonses.com", ip)


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def gmail_attr(when, who):
    w = when.astimezone(JST)
    return "On %s, %d %s %d at %s, %s wrote:" % (
        w.strftime("%a"), w.day, w.strftime("%b"), w.year, w.strftime("%H:%M"), who)


def gmail_attr_ja(when, who):
    w = when.astimezone(JST)
    wd = "月火水木金土日"[w.weekday()]
    return "%d年%d月%d日(%s) %s %s:" % (w.year, w.month, w.day, wd, w.strftime("%H:%M"), who)


def outlook_hdr(frm, when, to, subject, cc=None):
    w = when.astimezone(JST)
    s = "________________________________\nFrom: %s\nSent: %s\nTo: %s\n" % (
        frm, w.strftime("%A, %B ") + str(w.day) + w.strftime(", %Y %I:%M %p").replace(" 0", " "), to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n" % subject


def to_html(text):
    out = []
    for para in text.split("\n\n"):
        out.append("<div>%s</div>" % html.escape(para).replace("\n", "<br>"))
    return "<div dir=\"ltr\">" + "<div><br></div>".join(out) + "</div>"


def gmail_alt(new, attr, quoted, key, charset="utf-8", cte="quoted-printable"):
    """Gmail-style multipart/alternative reply: new text + '>' quote / blockquote."""
    plain = new + "\n\n" + attr + "\n\n" + q(quoted) + "\n"
    htm = (to_html(new) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
           + html.escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
           'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + to_html(quoted)
           + "</blockquote></div>\n")
    return multi("alternative", [leaf(plain, "plain", charset, cte), leaf(htm, "html", charset, cte)], key)


def outlook_alt(new, qhdr, quoted, key):
    plain = new + "\n\n" + qhdr + "\n" + quoted + "\n"
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:11pt">'
           + to_html(new) + '</div><hr style="display:inline-block;width:98%" tabindex="-1">'
           '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
           + html.escape(qhdr.replace("________________________________\n", "")).replace("\n", "<br>")
           + '</font><div>&nbsp;</div></div><div>' + to_html(quoted) + "</div></body></html>\n")
    return multi("alternative", [leaf(plain, "plain"), leaf(htm, "html")], key)


def tc_sig(name, team="Amazon Web Services Training and Certification"):
    return "%s\n%s" % (name, team)


CONSOLE_FOOT = ("To see the case history, add a reply or attach files, open the case in the Support Center:\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
                "Note: this e-mail was sent from an address that cannot accept incoming e-mails. "
                "Replies to it will not reach us.\n")
CONSOLE_FEEDBACK = ("We value your feedback. Please share your experience by rating this correspondence "
                    "using the AWS Support Center link at the end of this correspondence.\n")

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# remembered message ids / bodies for threading and quoting
MID = {}
BODY = {}
WHEN = {}

# ============================================================================= 2023: case F
k = "F1"; WHEN[k] = date(2023, 11, 6, 9, 31, 12); MID[k] = mid_ses(k)
BODY[k] = """Hello,

Thank you for contacting AWS Training and Certification. Your request has been logged as case %s.

A member of our team will look into it and reply, usually within 24 hours. Requests that need research with another team can take longer; we will let you know if that happens.

So that everything stays in one place, please reply to this case rather than submitting the form again.

The details of your case are as follows:

Case ID: %s
Subject: benefits
Inquiry type: Certification
Additional details: Exam benefits / vouchers
Correspondence: I passed AWS Certified Solutions Architect - Associate (SAA-C03) on 28 Oct 2023, but the 50%% discount benefit is not shown under Benefits in my certification account.

Sincerely,
Amazon Web Services Training and Certification
""" % (CASE_F, CASE_F)
add(WHEN[k], ses_in(WHEN[k], ME_C) + std(TC, ME_C, "[CASE %s] [AWS Training and Certification Form Submission] - benefits" % CASE_F,
                                        WHEN[k], MID[k]),
    leaf(BODY[k], cte="7bit"), L("acknowledgement", False, CASE_F),
    "2023 case (11-digit id) acknowledged; 'please reply to this case rather than submitting the form again' is an instruction, not a request", BODY[k])

k = "SB23"; w = date(2023, 11, 6, 12, 4, 40)
t = """AWS Skill Builder

Thank you for your purchase.

Order number: SB-2311-77081342
Plan: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: 6 Nov 2023 - 5 Dec 2023

You can manage your subscription at any time from the Subscriptions page of AWS Skill Builder.

This message was sent to kenta.morimoto.jp@gmail.com. Please do not reply to this email.
Amazon Web Services, Inc., 410 Terry Ave. N, Seattle, WA 98109
"""
add(w, gmail_in("aws.training", "bounces+0012@mail.aws.training", "198.2.180.44", w) +
    std(addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder subscription receipt", w,
        mid_other(k, "mail.aws.training")),
    multi("alternative", [leaf(t), leaf(to_html(t), "html")], k), L("unrelated"),
    "Skill Builder receipt from aws.training: AWS training mail but not a case", t)

k = "F2"; WHEN[k] = date(2023, 11, 7, 2, 2, 51); MID[k] = mid_ses(k)
BODY[k] = """Hello Kenta,

Thanks for your patience while I looked into this.

When I search for your name I can see two certification profiles, and the SAA-C03 result from 28 October is on neither of them under the e-mail address you gave in the form. Before I add anything I want to be certain it goes on the right record.

Could you send me the candidate ID shown at the top right of the certification site after you sign in (it is the word AWS followed by eight digits), and the city where you sat the exam?

As soon as I have that I will sort out the benefit.

Best regards,

Daniel R.
AWS Training and Certification Customer Support
"""
add(WHEN[k], ses_in(WHEN[k], ME_C) + std(TC, ME_C, "RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % CASE_F,
                                        WHEN[k], MID[k], reply_to=[MID["F1"]]),
    leaf(BODY[k], cte="7bit"), L("info_request", True, CASE_F),
    "agent asks for candidate ID and exam city; the ask comes after an explanation and describes the ID format without giving one", BODY[k], crlf=True)

k = "F3"; WHEN[k] = date(2023, 11, 7, 13, 18, 2, JST); MID[k] = mid_outlook(k)
BODY[k] = """Hi Daniel,

My candidate ID is AWS03318472. I took the exam at the Pearson VUE test center in Osaka (Umeda).

Regards,
Kenta Morimoto
Sorano Systems Co., Ltd. | Cloud Integration Dept."""
add(WHEN[k], std(addr("Kenta Morimoto", ME_C), TC, "RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % CASE_F,
                 WHEN[k], MID[k], reply_to=[MID["F1"], MID["F2"]]),
    outlook_alt(BODY[k], outlook_hdr(TC, WHEN["F2"], ME_C, "RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % CASE_F),
                BODY["F2"], k),
    L("user_reply", False, CASE_F, [ID_S]),
    "owner's answer from the company address (Outlook, quote below a rule line without '>')", BODY[k], crlf=True)

k = "F4"; WHEN[k] = date(2023, 11, 9, 0, 47, 30); MID[k] = mid_ses(k)
new = """Hello Kenta,

Thank you for the candidate ID. I found the SAA-C03 result on the second profile and moved it to AWS03318472, and the 50% exam discount is now listed under Benefits on that account. It can be used once, on any AWS Certification exam booked before 28 October 2024.

If there is anything else, just reply to this message and we will be happy to help.

Kind regards,
Sofia M.
AWS Training and Certification
"""
BODY[k] = new
quoted = ("-----Original Message-----\nFrom: Kenta Morimoto <%s>\nSent: 2023-11-07 04:18 UTC\nTo: %s\n"
          "Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits\n\n" % (ME_C, TC, CASE_F)
          + BODY["F3"] + "\n\n-----Original Message-----\nFrom: %s\nSent: 2023-11-07 02:02 UTC\n\n" % TC + BODY["F2"])
add(WHEN[k], ses_in(WHEN[k], ME_C) + std(TC, ME_C, "RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % CASE_F,
                                        WHEN[k], MID[k], reply_to=[MID["F1"], MID["F2"], MID["F3"]]),
    leaf(new + "\n" + quoted), L("resolved", False, CASE_F, [ID_S]),
    "benefit fixed; old request ('Could you send me the candidate ID') sits in quoted history; closing line is a conditional invitation",
    new)

k = "F5"; w = date(2023, 11, 10, 3, 15, 0)
t = ("<html><body style=\"font-family:Arial,sans-serif\"><p>Hello,</p>"
     "<p>Your recent case with AWS Training and Certification (case %s) has been resolved. "
     "We would like to know how we did.</p>"
     "<p><b>How satisfied are you with the support you received?</b></p>"
     "<table><tr>%s</tr></table>"
     "<p>The survey takes about two minutes. Your answers help us improve our service.</p>"
     "<p style=\"color:#777;font-size:11px\">You received this message because you contacted AWS Training and Certification. "
     "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p></body></html>\n"
     % (CASE_F, "".join('<td><a href="https://survey.aws-cs.example.amazon.com/r?c=%s&amp;s=%d">%d</a></td>' % (CASE_F, i, i) for i in range(1, 6))))
add(w, m365_in("amazon.com", "amazon.com", "52.94.124.8") +
    std(addr("AWS Customer Service", "cs-survey@amazon.com"), ME_C, "How did we do? Your feedback on case %s" % CASE_F, w,
        mid_other(k, "amazon.com")),
    leaf(t, "html"), L("survey", False, CASE_F),
    "HTML-only satisfaction survey for case F", re.sub("<[^>]+>", " ", t))

# ============================================================================= 2025
k = "EXP"; w = date(2025, 2, 27, 16, 2, 11)
t = """Hello Kenta Morimoto,

Your AWS Certified Cloud Practitioner certification expires on 18 May 2025.

To keep it active, you can pass the current version of the exam or pass a higher-level certification before that date. Your recertification options are listed under Certifications in your AWS Certification account.

If the certification expires, your digital badge and the related benefits will no longer be available.

Thank you,
AWS Certification
"""
add(w, m365_in("certmetrics.com", "certmetrics.com", "209.85.220.41") +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C, "Your AWS Certification is expiring soon", w,
        mid_other(k, "certmetrics.com")),
    multi("alternative", [leaf(t, cte="base64"), leaf(to_html(t), "html", cte="base64")], k), L("certification"),
    "CertMetrics expiry reminder: program mail, not a case", t)

k = "FAREWELL"; w = date(2025, 3, 3, 18, 40, 2, JST)
t = """森本さん

お疲れさまです。中村です。

送別会の件、3/27(木)19時から梅田の「炉端 かがり」で予約しました。
参加者は部内の10名ほどです。

あと引き継ぎの件ですが、A社の移行案件は先方の承認待ちのままなので、
承認が出たら私の方で引き取ります。森本さんは特に何もしなくて大丈夫です。
手順書だけ共有フォルダに置いておいてもらえると助かります。

中村
"""
add(w, [("X-MS-Exchange-Organization-AuthAs", "Internal")] +
    std(addr("中村 亮", "r-nakamura@sorano-sys.co.jp", "iso-2022-jp"), ME_C, "送別会と引き継ぎについて", w,
        mid_outlook(k), subj_charset="iso-2022-jp"),
    leaf(t, charset="iso-2022-jp", cte="7bit"), L("unrelated"),
    "colleague mail (ISO-2022-JP) with 'waiting for approval / nothing for you to do' wording about an unrelated project", t)

k = "OTP"; w = date(2025, 3, 10, 1, 2, 44)
t = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter this verification code:

627194

The code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
"""
add(w, gmail_in("signin.aws", "0100%s@signin.aws" % h(k, 12), "54.240.27.12", w) +
    std(addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address", w, mid_ses(k)),
    multi("alternative", [leaf(t, cte="7bit"), leaf(to_html(t), "html", cte="7bit")], k), L("unrelated"),
    "Builder ID one-time code (6 digits, not a case id)", t)

k = "A1"; WHEN[k] = date(2025, 3, 10, 1, 13, 20); MID[k] = mid_ses(k)
BODY[k] = """Hello,

Thank you for contacting Amazon Web Services Training and Certification. We have opened case %s for your request.

Our team will review it and reply to this email address, normally within 24 hours. Some requests need extra research; in that case we will keep you informed.

Opening a second case for the same request slows things down, so please keep all correspondence on this case.

The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Inquiry type: Certification
Additional details: Account Merge
Correspondence:
Use case: I am leaving Sorano Systems Co., Ltd. (an AWS Partner) on 31 March 2025 and would like to merge my company certification account into my personal one.
All email addresses used: k-morimoto@sorano-sys.co.jp (candidate ID AWS03318472), kenta.morimoto.jp@gmail.com (candidate ID AWS05590213)
Email address to keep: kenta.morimoto.jp@gmail.com

Sincerely,
Amazon Web Services Training and Certification
""" % (CASE_A, CASE_A)
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), WHEN[k], MID[k]),
    leaf(BODY[k]), L("acknowledgement", False, CASE_A, [ID_S, ID_P]),
    "merge case acknowledged; echoes the form text with two candidate IDs (counted: they are the ack's own body, not a quoted mail)",
    BODY[k])

k = "B1"; WHEN[k] = date(2025, 3, 10, 1, 41, 52); MID[k] = mid_ses(k)
BODY[k] = """Hello,

Thank you for contacting Amazon Web Services Training and Certification. We have opened case %s for your request.

Our team will review it and reply to this email address, normally within 24 hours. Some requests need extra research; in that case we will keep you informed.

Opening a second case for the same request slows things down, so please keep all correspondence on this case.

The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Inquiry type: Certification
Additional details: Account Merge
Correspondence:
Please merge my certification account k-morimoto@sorano-sys.co.jp into the account of kenta.morimoto.jp@gmail.com. I am leaving the company at the end of this month. (Sorry if this is a duplicate, I was not sure the first form was sent.)

Sincerely,
Amazon Web Services Training and Certification
""" % (CASE_B, CASE_B)
add(WHEN[k], ses_in(WHEN[k], ME_C) + std(TC, ME_C, "RE: [CASE %s] %s" % (CASE_B, TC_SUBJ), WHEN[k], MID[k]),
    leaf(BODY[k], cte="7bit"), L("acknowledgement", False, CASE_B),
    "second (duplicate) form from the company address, 28 minutes after the first; same template, 'RE: [CASE' with a space", BODY[k],
    crlf=True)

k = "GH"; w = date(2025, 3, 11, 0, 55, 9)
t = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/sorano-sys/terraform-modules/pull/212#event-16620934011
You are receiving this because you were mentioned.
"""
add(w, m365_in("github.com", "github.com", "192.30.252.201") +
    std(addr("Yuki Tanabe", "notifications@github.com"), "sorano-sys/terraform-modules <terraform-modules@noreply.github.com>",
        "Re: [sorano-sys/terraform-modules] Merge account baseline changes (PR #212)", w,
        "<sorano-sys/terraform-modules/pull/212/issue_event/16620934011@github.com>",
        extra=[("Cc", "Kenta Morimoto <%s>, Mention <mention@noreply.github.com>" % ME_C)],
        reply_to=["<sorano-sys/terraform-modules/pull/212@github.com>"]),
    multi("alternative", [leaf(t, cte="7bit"), leaf(to_html(t), "html", cte="7bit")], k), L("unrelated"),
    "GitHub 'Merged' notification ('merge', 'account' in subject)", t)

k = "B2"; WHEN[k] = date(2025, 3, 11, 2, 5, 33); MID[k] = mid_ses(k)
t = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Kenta,</p>
<p>While reviewing this request I noticed that an earlier case, <b>%s</b>, was opened for the same account merge from kenta.morimoto.jp@gmail.com a few minutes before this one.</p>
<p>To keep the work in one place, I have linked the two and closed this case. Everything will continue on case %s, and the updates will be sent to kenta.morimoto.jp@gmail.com. There is nothing you need to do on this one.</p>
<p>Best regards,<br>Hana K.<br>Amazon Web Services Training and Certification</p>
</body></html>
""" % (CASE_A, CASE_A)
add(WHEN[k], ses_in(WHEN[k], ME_C) + std(TC, ME_C, "RE: [CASE %s] %s" % (CASE_B, TC_SUBJ), WHEN[k], MID[k], reply_to=[MID["B1"]]),
    leaf(t, "html", cte="base64"), L("case_update", False, CASE_B),
    "duplicate closed and linked (HTML-only, base64); the body names the other case A twice, the subject is case B",
    re.sub("<[^>]+>", " ", t))

k = "A2"; WHEN[k] = date(2025, 3, 11, 6, 40, 5); MID[k] = mid_ses(k)
BODY[k] = """Hello Kenta,

Thank you for the details in your request.

While reviewing the two accounts I found that the certification account registered to k-morimoto@sorano-sys.co.jp is connected to an AWS Partner Network organization, Sorano Systems Co., Ltd. Certifications on a partner-connected account count toward that partner's standing, so we cannot move them until the organization's administrator releases the connection on their side.

I have written to the administrator we have on file for the organization and asked them to review your request. Your case is on hold until they respond, and I will update you here as soon as I hear back.

If you have anything to add in the meantime, you can reply to this email.

Kind regards,

Priya S.
Amazon Web Services Training and Certification
"""
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), WHEN[k], MID[k], reply_to=[MID["A1"]]),
    leaf(BODY[k]), L("on_hold", False, CASE_A),
    "partner-admin hold, no question; ends with a conditional invitation to reply", BODY[k])

k = "A3"; WHEN[k] = date(2025, 3, 11, 21, 58, 40, JST); MID[k] = mid_gmail(k)
BODY[k] = """Hi Priya,

Thanks for the quick update.

Is there anything you need from me while you wait for the partner administrator? For your information, my last working day at Sorano Systems is 31 March, and I expect the company mailbox to be closed shortly after that.

Best regards,
Kenta Morimoto"""
add(WHEN[k], std(addr("Kenta Morimoto", ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), WHEN[k], MID[k],
                 reply_to=[MID["A1"], MID["A2"]]),
    gmail_alt(BODY[k], gmail_attr(WHEN["A2"], "<%s>" % TC), BODY["A2"], k),
    L("user_reply", False, CASE_A),
    "owner asks support whether anything is needed from him (a question TO support; Gmail quote of the hold below)", BODY[k])

k = "A4"; WHEN[k] = date(2025, 3, 12, 5, 20, 17); MID[k] = mid_ses(k)
BODY[k] = """Hi Kenta,

No, there is nothing you need to do at the moment. The request is still with the partner organization's administrator; once they have released the account I'll be in touch with the next steps.

Thank you for letting me know about your last day. I have added it to the case notes.

Kind regards,

Priya S.
Amazon Web Services Training and Certification
"""
quoted = gmail_attr(WHEN["A3"], "Kenta Morimoto <%s>" % ME_P) + "\n" + q(BODY["A3"] + "\n\n" + gmail_attr(WHEN["A2"], "<%s>" % TC) + "\n" + q(BODY["A2"]))
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), WHEN[k], MID[k],
                                  reply_to=[MID["A1"], MID["A2"], MID["A3"]]),
    leaf(BODY[k] + "\n" + quoted), L("on_hold", False, CASE_A),
    "answer to the owner's question: still waiting on the partner, nothing needed; his question ('Is there anything you need from me?') is quoted below",
    BODY[k])

k = "MKT"; w = date(2025, 3, 12, 7, 0, 0)
t = """AWS Summit Japan 2025 登録受付を開始しました

森本 健太 様

今年の AWS Summit Japan は 6 月 25 日(水)・26 日(木)に幕張メッセで開催します。
150 以上のセッションに加え、AWS 認定をお持ちの方専用の「AWS Certified ラウンジ」もご用意しています。

今すぐ登録する: https://aws.amazon.com/jp/summits/japan/

配信停止をご希望の場合は、こちらから設定を変更してください。
アマゾン ウェブ サービス ジャパン合同会社
"""
htm = ("<html><body><table width=\"600\" align=\"center\"><tr><td style=\"font-family:Arial;font-size:14px\">"
       + to_html(t) + "</td></tr></table></body></html>\n")
add(w, gmail_in("amazon.com", "aws-marketing-email-replies@amazon.com", "199.127.232.10", w) +
    std(addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P, "AWS Summit Japan 2025 登録受付開始のお知らせ", w,
        mid_other(k, "marketo.org"), extra=[("List-Unsubscribe", "<https://pages.awscloud.com/UnsubscribePage.html>")]),
    multi("alternative", [leaf(t, cte="base64"), leaf(htm, "html", cte="base64")], k), L("unrelated"),
    "AWS marketing in Japanese mentioning AWS 認定 (certification lounge)", t)

k = "A_SATO"; WHEN[k] = date(2025, 3, 13, 10, 12, 5, JST); MID[k] = mid_outlook(k)
BODY[k] = """佐藤さん

お疲れさまです。クラウド統合部の森本です。

3月末の退職に伴い、会社のメールアドレスで作った AWS 認定アカウントを
個人アカウントへ統合する申請を AWS に出しています。
ところが、当社の APN(Partner Central)に紐付いているため、
パートナー側の管理者による解除待ちとなっています。
(AWS のケース番号: %s)

AWS から管理者宛てに連絡が行っているかと思いますが、
お手すきの際に Partner Central で私のユーザーの紐付けを解除していただけますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。

森本 健太
クラウド統合部
""" % CASE_A
add(WHEN[k], std(addr("森本 健太", ME_C, "iso-2022-jp"), addr("佐藤 美咲", "m-sato@sorano-sys.co.jp", "iso-2022-jp"),
                 "AWS認定アカウントのパートナー紐付け解除のお願い", WHEN[k], MID[k], subj_charset="iso-2022-jp"),
    leaf(BODY[k], charset="iso-2022-jp", cte="7bit"), L("user_reply", False, CASE_A),
    "owner (company address, ISO-2022-JP) asks the company's partner admin to release him; it cites case A; it is a request to a colleague, not to support",
    BODY[k])

k = "OOO"; w = date(2025, 3, 13, 10, 12, 30, JST)
t = """森本さん

自動応答です。
3月21日(金)まで出張のため不在にしております。
期間中はメールの確認が遅れますので、ご了承ください。
お急ぎの場合は総務部(soumu@sorano-sys.co.jp)までご連絡ください。

佐藤 美咲
"""
add(w, [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All")] +
    std(addr("佐藤 美咲", "m-sato@sorano-sys.co.jp", "iso-2022-jp"), addr("森本 健太", ME_C, "iso-2022-jp"),
        "自動応答: AWS認定アカウントのパートナー紐付け解除のお願い", w, mid_outlook(k), subj_charset="iso-2022-jp",
        reply_to=[MID["A_SATO"]]),
    leaf(t, charset="iso-2022-jp", cte="7bit"), L("unrelated"),
    "partner admin's out-of-office auto-reply: the person the case waits on is away; no case number", t)

k = "PHISH1"; w = date(2025, 3, 14, 4, 31, 7)
t = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-weight:bold;font-size:18px">aws</span>
<span style="color:#fff"> Training and Certification</span></div>
<p>Dear Certified Professional,</p>
<p>Your certification account merge request is currently <b>on hold pending identity verification</b>.
Requests that are not verified within 24 hours are cancelled automatically and the certification history on the source account may be lost.</p>
<p>To release the hold, please sign in and confirm your details:</p>
<p><a href="http://aws-certification-desk.com/verify/session?u=kenta.morimoto.jp%40gmail.com" style="background:#ff9900;color:#000;padding:8px 16px;text-decoration:none">Verify my account</a></p>
<p>Reference: TC-MRG-88213<br>AWS Training &amp; Certification Support Team</p>
</body></html>
"""
add(w, gmail_in("aws-certification-desk.com", "bounce@aws-certification-desk.com", "185.244.150.23", w, dmarc="pass",
                policy="NONE") +
    std(addr("AWS Training & Certification", "case-update@aws-certification-desk.com"), ME_P,
        "Action required: your account merge is on hold", w, mid_other(k, "aws-certification-desk.com")),
    leaf(t, "html"), L("suspicious"),
    "lookalike domain (passes its own DKIM/DMARC) using hold wording and a 24-hour threat; credential link", re.sub("<[^>]+>", " ", t))

k = "MSFT"; w = date(2025, 3, 17, 1, 12, 45)
t = """Hello Kenta,

Your support request 2503140040004183 has been updated.

Status: On hold - waiting on your organization

We need the Global Administrator of your partner organization (Sorano Systems Co., Ltd.) to approve the association change in Partner Center before we can continue. We have sent the approval request to the administrator listed in your partner profile. No action is needed from you; the request will resume automatically once the administrator approves.

Microsoft Partner Center Support

Please do not reply to this message. To add information, use the support request page in Partner Center.
"""
add(w, m365_in("microsoft.com", "mail.support.microsoft.com", "40.107.222.71") +
    std(addr("Microsoft Partner Center", "pcsupport@mail.support.microsoft.com"), ME_C,
        "Support request 2503140040004183: status changed to On hold", w, mid_other(k, "mail.support.microsoft.com")),
    multi("alternative", [leaf(t), leaf(to_html(t), "html")], k), L("unrelated"),
    "other vendor's partner-admin hold, worded almost like case A's; 16-digit Microsoft request number", t)

k = "A5"; WHEN[k] = date(2025, 3, 18, 8, 2, 31); MID[k] = mid_ses(k)
BODY[k] = """Hello Kenta,

I'm following up on your merge request, which my colleague Priya placed on hold last week.

We still have not heard back from the administrator of the Sorano Systems partner organization, and we sent them a reminder today. An account connected to a partner can also be released once the person is no longer employed by that partner, so it would help to know where things stand on your side: are you still an employee of Sorano Systems, and what will be your final working day there?

Until either the administrator acts or your employment ends, the case remains on hold.

Regards,

Marco
AWS Training & Certification Support
"""
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), WHEN[k], MID[k],
                                  reply_to=[MID["A1"], MID["A2"], MID["A3"], MID["A4"]]),
    leaf(BODY[k]), L("on_hold", True, CASE_A),
    "hold restated by a new agent with two questions buried mid-paragraph ('are you still an employee ... and what will be your final working day'); he had already told Priya, but must answer again",
    BODY[k])

k = "A6"; WHEN[k] = date(2025, 3, 18, 18, 44, 9, JST); MID[k] = mid_outlook(k)
BODY[k] = """Hello Marco,

Yes, I am still employed at Sorano Systems. My last working day is 31 March 2025, after which I will no longer be an employee. I mentioned this to Priya on 11 March as well.

Regards,
Kenta Morimoto
Sorano Systems Co., Ltd. | Cloud Integration Dept."""
add(WHEN[k], std(addr("Kenta Morimoto", ME_C), TC, "RE: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), WHEN[k], MID[k],
                 reply_to=[MID["A1"], MID["A5"]]),
    outlook_alt(BODY[k], outlook_hdr(TC, WHEN["A5"], ME_P, "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)), BODY["A5"], k),
    L("user_reply", False, CASE_A),
    "owner answers from the COMPANY address (Outlook, CRLF) although the case is on the personal one", BODY[k], crlf=True)

k = "A7"; WHEN[k] = date(2025, 3, 19, 0, 31, 48); MID[k] = mid_ses(k)
BODY[k] = """Hi Kenta,

Thanks for the quick answer.

Your reply came from k-morimoto@sorano-sys.co.jp, which is the address on the account we would be merging away, while this case was opened from kenta.morimoto.jp@gmail.com. To protect both accounts I have put the case on hold until we receive the same statement from the personal address.

Please reply to this thread from kenta.morimoto.jp@gmail.com and confirm your final working day at Sorano Systems. Nothing else is needed from you.

Regards,

Marco
AWS Training & Certification Support

-----Original Message-----
From: Kenta Morimoto <k-morimoto@sorano-sys.co.jp>
Sent: Tuesday, March 18, 2025 9:44 AM UTC
Subject: RE: RE:[CASE %s] %s

""" % (CASE_A, TC_SUBJ)
add(WHEN[k], ses_in(WHEN[k], ME_C) + std(TC, ME_C, "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), WHEN[k], MID[k],
                                        reply_to=[MID["A1"], MID["A5"], MID["A6"]]),
    leaf(BODY[k] + BODY["A6"] + "\n", cte="7bit"), L("info_request", True, CASE_A),
    "says 'I have put the case on hold' but the hold waits on HIM: write from the personal address (to the company mailbox); 'Nothing else is needed from you' follows the ask",
    BODY[k].split("-----Original")[0])

k = "A8"; WHEN[k] = date(2025, 3, 19, 10, 5, 33, JST); MID[k] = mid_gmail(k)
BODY[k] = """Hello Marco,

Writing from my personal address as you asked: I confirm that my employment at Sorano Systems ends on 31 March 2025, and I would like the company certification account merged into the account for this address.

Best regards,
Kenta Morimoto"""
add(WHEN[k], std(addr("Kenta Morimoto", ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), WHEN[k], MID[k],
                 reply_to=[MID["A1"], MID["A5"], MID["A6"], MID["A7"]]),
    gmail_alt(BODY[k], gmail_attr(WHEN["A7"], "<%s>" % TC), BODY["A7"].split("-----Original")[0].rstrip(), k),
    L("user_reply", False, CASE_A),
    "owner repeats the statement from the personal address", BODY[k])

k = "SATO2"; w = date(2025, 3, 24, 9, 40, 12, JST)
t = """森本さん

お疲れさまです。佐藤です。出張から戻りました。

Partner Central で森本さんのユーザーの紐付けを解除しておきました。
AWS からも確認の連絡が来ていたので、承認する旨を返信済みです。
AWS 側に反映されるまで少し時間がかかるかもしれません。

残り一週間、よろしくお願いします。

佐藤
"""
add(w, [("X-MS-Exchange-Organization-AuthAs", "Internal")] +
    std(addr("佐藤 美咲", "m-sato@sorano-sys.co.jp"), addr("森本 健太", ME_C), "RE: AWS認定アカウントのパートナー紐付け解除のお願い", w,
        mid_outlook(k), reply_to=[MID["A_SATO"]]),
    leaf(t), L("unrelated"),
    "the partner admin (a colleague) says she released him; news about the hold but not from support and no case number", t)

k = "A9"; WHEN[k] = date(2025, 3, 24, 11, 2, 50, JST); MID[k] = mid_gmail(k)
BODY[k] = """Hi Marco, hi Priya,

Our partner administrator tells me she has removed my user from the Sorano Systems organization in Partner Central this morning and has also answered your team's e-mail. Her note (in Japanese) is below.

Is there anything else you need from me before the merge can go ahead?

Thanks,
Kenta"""
fwd = ("---------- Forwarded message ---------\nFrom: 佐藤 美咲 <m-sato@sorano-sys.co.jp>\n"
       "Date: 2025年3月24日(月) 9:40\nSubject: RE: AWS認定アカウントのパートナー紐付け解除のお願い\nTo: 森本 健太 <%s>\n\n" % ME_C + t)
add(WHEN[k], std(addr("Kenta Morimoto", ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), WHEN[k], MID[k],
                 reply_to=[MID["A1"], MID["A7"], MID["A8"]]),
    multi("alternative", [leaf(BODY[k] + "\n\n" + fwd, cte="base64"),
                          leaf(to_html(BODY[k]) + "<br>" + to_html(fwd), "html", cte="base64")], k),
    L("user_reply", False, CASE_A),
    "owner forwards the admin's Japanese note into the case and asks whether anything else is needed (base64)", BODY[k])

k = "BILL"; w = date(2025, 3, 25, 0, 30, 2)
t = """Hello,

We've opened case 174280680000655 on your behalf. The details of your case are below.

Case ID: 174280680000655
Subject: Unexpected NAT Gateway charges [AWS ID 384910273645]
Severity: General guidance
Service: Billing
Category: Charges
Correspondence: I see NAT Gateway hours on my March bill for ap-northeast-1 although I deleted the VPC on 2 March.

""" + CONSOLE_FOOT % "174280680000655" + """
Amazon Web Services
"""
add(w, gmail_in("amazon.com", "0100%s@email.amazonses.com" % h(k, 20), "54.240.8.87", w) +
    std(addr("Amazon Web Services", CONSOLE), ME_P, "Amazon Web Services: New Support case: 174280680000655", w, mid_ses(k)),
    leaf(t, cte="7bit"), L("unrelated"),
    "a console case acknowledgement from the same sender as case D, but about billing; 12-digit AWS account ID", t)

k = "A10"; WHEN[k] = date(2025, 3, 25, 2, 14, 16); MID[k] = mid_ses(k)
rows = [("Candidate ID", ID_P, ID_S), ("Login email", ME_P, ME_C), ("Training notification email", ME_P, ME_C),
        ("Certification notification email", ME_P, ME_C)]
tbl = "".join("<tr><td style=\"padding:4px 8px;font-weight:bold\">%s</td><td style=\"padding:4px 8px\">%s</td>"
              "<td style=\"padding:4px 8px\">%s</td></tr>\n" % r for r in rows)
t = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Kenta,</p>
<p>Good news: the partner organization has released your certification account, so I have taken your case off hold.</p>
<p>Before I merge anything, please look over the two accounts below.</p>
<table border="1" style="border-collapse:collapse;border-color:#aab7b8">
<tr><th></th><th style="padding:4px 8px">Account #1</th><th style="padding:4px 8px">Account #2</th></tr>
%s</table>
<p>Account #1 is the one that will be kept. The exam history, certifications and benefits of Account #2 will be moved into it, and Account #2 will then be deactivated.</p>
<p>Could you reply to confirm that both accounts belong to you and that I should merge Account #2 into Account #1?</p>
<p>Kind regards,<br>Priya S.<br>Amazon Web Services Training and Certification</p>
</body></html>
""" % tbl
BODY[k] = ("Hello Kenta,\n\nGood news: the partner organization has released your certification account, so I have taken your case off hold.\n\n"
           "Before I merge anything, please look over the two accounts below.\n\n"
           "Account #1\nCandidate ID: %s\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n\n"
           "Account #2\nCandidate ID: %s\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n\n"
           "Account #1 is the one that will be kept. The exam history, certifications and benefits of Account #2 will be moved into it, "
           "and Account #2 will then be deactivated.\n\nCould you reply to confirm that both accounts belong to you and that I should merge "
           "Account #2 into Account #1?\n\nKind regards,\nPriya S.\nAmazon Web Services Training and Certification"
           % (ID_P, ME_P, ME_P, ME_P, ID_S, ME_C, ME_C, ME_C))
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), WHEN[k], MID[k],
                                  reply_to=[MID["A1"], MID["A7"], MID["A8"], MID["A9"]]),
    leaf(t, "html"), L("confirmation_request", True, CASE_A, [ID_P, ID_S]),
    "hold lifted WITH a next ask: HTML-only table of Account #1/#2, asks to confirm ownership and the merge direction",
    re.sub("<[^>]+>", " ", t))

k = "A11"; WHEN[k] = date(2025, 3, 25, 12, 9, 3, JST); MID[k] = mid_gmail(k)
BODY[k] = """Hi Priya,

Confirmed: both accounts are mine. Please merge Account #2 into Account #1.

Thank you,
Kenta"""
add(WHEN[k], std(addr("Kenta Morimoto", ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), WHEN[k], MID[k],
                 reply_to=[MID["A1"], MID["A9"], MID["A10"]]),
    gmail_alt(BODY[k], gmail_attr(WHEN["A10"], "<%s>" % TC), BODY["A10"], k),
    L("user_reply", False, CASE_A),
    "owner's confirmation; the candidate IDs appear only in the '>' quote, so none are listed", BODY[k])

k = "A12"; WHEN[k] = date(2025, 3, 25, 6, 40, 55); MID[k] = mid_ses(k)
BODY[k] = """Hello Kenta,

I have merged Account #2 into Account #1. The exam history, certifications and remaining benefits from the Sorano Systems account are now on the account you sign in to with kenta.morimoto.jp@gmail.com.

Your digital badges can take up to a day to appear in Credly, and the partner organization's records may need a few more days to reflect the change.

Is there anything else I can help you with?

Kind regards,

Priya S.
Amazon Web Services Training and Certification
"""
quoted = gmail_attr(WHEN["A11"], "Kenta Morimoto <%s>" % ME_P) + "\n" + q(BODY["A11"] + "\n\n" + gmail_attr(WHEN["A10"], "<%s>" % TC) + "\n" + q(BODY["A10"]))
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), WHEN[k], MID[k],
                                  reply_to=[MID["A1"], MID["A10"], MID["A11"]]),
    leaf(BODY[k] + "\n" + quoted), L("resolved", False, CASE_A),
    "merge done; ends with the stock question 'Is there anything else I can help you with?'; the old confirmation request is quoted below",
    BODY[k])

k = "CREDLY1"; w = date(2025, 3, 25, 7, 2, 18)
t = """Kenta, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature or verify it for an employer:
https://www.credly.com/badges/7c1e4b2a-93d0-4c6f-a0a8-51e2f3d8b901/accept

Credly, a Pearson company
"""
add(w, gmail_in("credly.com", "bounces@mail.credly.com", "167.89.70.21", w) +
    std(addr("Credly", "admin@credly.com"), ME_P, "Kenta, you've earned a badge from Amazon Web Services Training and Certification", w,
        mid_other(k, "credly.com")),
    multi("alternative", [leaf(t), leaf(to_html(t), "html")], k), L("badge"),
    "Credly badge right after the merge (badge UUID in link)", t)

k = "A_SURVEY"; w = date(2025, 3, 26, 2, 0, 0)
t = ("<html><body style=\"font-family:Arial,sans-serif\"><p>Hello Kenta,</p>"
     "<p>Thank you for contacting AWS Training and Certification about case %s. Would you take a minute to tell us how it went?</p>"
     "<p>Overall, how satisfied were you with the help you received?</p>"
     "<p><a href=\"https://feedback.aws-cs.example.amazon.com/s?case=%s&amp;r=5\">Very satisfied</a> | "
     "<a href=\"https://feedback.aws-cs.example.amazon.com/s?case=%s&amp;r=3\">Neutral</a> | "
     "<a href=\"https://feedback.aws-cs.example.amazon.com/s?case=%s&amp;r=1\">Not satisfied</a></p>"
     "<p>Please do not reply to this message; replies are not monitored.</p></body></html>\n" % ((CASE_A,) * 4))
add(w, gmail_in("amazon.com", "cs-survey@amazon.com", "52.94.124.8", w) +
    std(addr("AWS Customer Service", "cs-survey@amazon.com"), ME_P, "Tell us about your support experience (case %s)" % CASE_A, w,
        mid_other(k, "amazon.com")),
    leaf(t, "html"), L("survey", False, CASE_A),
    "survey for case A ('Would you take a minute...?' is not a request to write back)", re.sub("<[^>]+>", " ", t))

# ----------------------------------------------------------------------------- case C (test vendor)
k = "C1"; WHEN[k] = date(2025, 3, 27, 4, 4, 40); MID[k] = mid_ses(k)
BODY[k] = """森本 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせはケース番号 %s として受け付けました。

担当者より、通常 24 時間以内にご連絡いたします。内容によっては調査にお時間を
いただく場合がございますので、あらかじめご了承ください。

同じ内容で新たにフォームを送信されますと、別のケースとして扱われ、対応が
遅れる原因となります。追加の情報がございましたら、本メールにご返信ください。

お問い合わせ内容:
ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: 試験結果
内容: 3月20日にオンライン監督(OnVUE)で AWS Certified Security - Specialty を受験しましたが、AWS 候補 ID AWS05590213 のアカウントの試験履歴に結果が表示されません。3月25日にアカウントの統合を行ったことが関係しているかもしれません。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_C, CASE_C)
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_C,
                                  WHEN[k], MID[k]),
    leaf(BODY[k], charset="iso-2022-jp", cte="7bit"), L("acknowledgement", False, CASE_C, [ID_P]),
    "Japanese acknowledgement (ISO-2022-JP) with 〜がございましたら conditional; candidate ID in the echoed form text", BODY[k])

k = "C2"; WHEN[k] = date(2025, 3, 28, 2, 30, 12); MID[k] = mid_ses(k)
BODY[k] = """Hello Kenta,

Thank you for your patience. I checked your certification account (AWS05590213) and can confirm that the Security - Specialty exam you took on 20 March is not in your exam history yet.

Scores are sent to us by our exam delivery provider, Pearson VUE, and this one does not appear to have arrived. I have opened a request with Pearson VUE asking them to re-send the result for that appointment. They usually answer within three to five business days, and your case will stay pending with us until they do. No action is required from you while we wait.

Best regards,

Aiko T.
AWS Training and Certification
"""
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_C,
                                  WHEN[k], MID[k], reply_to=[MID["C1"]]),
    leaf(BODY[k], cte="base64"), L("on_hold", False, CASE_C, [ID_P]),
    "test-vendor hold in English on a Japanese case (base64); 'stay pending'; explicitly no action required", BODY[k])

k = "PVUE"; w = date(2025, 3, 28, 9, 14, 2)
t = """Dear Kenta Morimoto,

Pearson VUE case number: 03281182

Amazon Web Services has asked us to review the score transmission for the exam you took on 20 March 2025 (registration ID 417520938, AWS candidate ID AWS05590213).

We are checking the session records and will send the result to Amazon Web Services once the review is complete. This usually takes up to five business days. You do not need to take any action, and you do not need to contact Amazon Web Services about this review.

Sincerely,
Pearson VUE Customer Service
"""
add(w, gmail_in("pearson.com", "pearsonvuecustomerservice@pearson.com", "159.182.45.12", w) +
    std(addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
        "Pearson VUE Case 03281182 - Score transmission review", w, mid_other(k, "pearson.com")),
    multi("alternative", [leaf(t), leaf(to_html(t), "html")], k), L("unrelated", False, None, [ID_P]),
    "the test vendor writes directly: its own case number (8 digits), 9-digit registration ID, a candidate ID; exam vendor = unrelated", t)

k = "SORANO_IT"; w = date(2025, 3, 28, 17, 30, 0, JST)
t = """退職予定者各位

情報システム部です。

退職日の翌営業日 9:00 をもって、退職者のメールボックスは停止されます。
停止後は当該アドレス宛のメールは送信元へエラーとして返送されます。

外部サービス(クラウド、各種認定、SaaS 等)に会社のメールアドレスで登録している場合は、
退職日までに連絡先の変更をお済ませください。

情報システム部 helpdesk@sorano-sys.co.jp
"""
add(w, [("X-MS-Exchange-Organization-AuthAs", "Internal")] +
    std(addr("情報システム部", "helpdesk@sorano-sys.co.jp", "shift_jis"), addr("森本 健太", ME_C, "shift_jis"),
        "【重要】退職者メールボックスの停止について", w, mid_outlook(k), subj_charset="shift_jis"),
    leaf(t, charset="shift_jis", cte="8bit"), L("unrelated"),
    "company IT notice (Shift_JIS, 8bit): mailbox closes after the last day; mentions certifications", t)

k = "C3"; WHEN[k] = date(2025, 3, 31, 21, 47, 20, JST); MID[k] = mid_gmail(k)
BODY[k] = """Aiko 様

ご対応ありがとうございます。
Pearson VUE からも、スコア送信を確認中との連絡が届きました。

待っている間に、こちらで何か用意しておくものや対応すべきことはありますか?
受験時の確認メールやスケジュール変更のメールは手元に保存してあります。

森本 健太"""
add(WHEN[k], std(addr("森本 健太", ME_P), TC, "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_C,
                 WHEN[k], MID[k], reply_to=[MID["C1"], MID["C2"]]),
    gmail_alt(BODY[k], gmail_attr_ja(WHEN["C2"], "<%s>" % TC), BODY["C2"], k, cte="base64"),
    L("user_reply", False, CASE_C),
    "owner asks in Japanese whether he should do or prepare anything (base64, Japanese Gmail attribution)", BODY[k])

k = "C4"; WHEN[k] = date(2025, 4, 1, 6, 15, 40); MID[k] = mid_ses(k)
BODY[k] = """森本 健太 様

いつもお世話になっております。AWS トレーニングと認定サポートの山下でございます。

お問い合わせの件につきまして、現在も試験配信事業者(Pearson VUE)からの回答を
お待ちしている状況でございます。先方より回答が届き次第、改めてご連絡いたします。

なお、先方での照合を早めるため、受験時の登録番号(Registration ID、9 桁の数字)と
受験開始時刻(日本時間)をお知らせいただけますでしょうか。いずれも受験予約の
確認メールに記載がございます。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
山下
"""
quoted = ("2025/03/31 21:47、森本 健太 <%s> のメッセージ:\n" % ME_P) + q(BODY["C3"])
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_C,
                                  WHEN[k], MID[k], reply_to=[MID["C1"], MID["C2"], MID["C3"]]),
    leaf(BODY[k] + "\n" + quoted + "\n", charset="iso-2022-jp", cte="7bit"), L("on_hold", True, CASE_C),
    "Japanese keigo hold (still waiting on Pearson VUE) with a buried ask: 〜をお知らせいただけますでしょうか; introduced by なお",
    BODY[k])

k = "C5"; WHEN[k] = date(2025, 4, 8, 6, 20, 3); MID[k] = mid_ses(k)
BODY[k] = """Hello,

We have not received a response to our last message on case %s, so we have closed the case.

If you still need help, reply to this email within 14 days and the case will be reopened automatically with its full history. After that, a new request will be needed.

Sincerely,
Amazon Web Services Training and Certification
""" % CASE_C
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_C,
                                  WHEN[k], MID[k], reply_to=[MID["C1"], MID["C4"]]),
    leaf(BODY[k], cte="7bit"), L("closing_notice", True, CASE_C),
    "case closed for no answer to the question buried in the previous hold; a reply reopens it", BODY[k])

k = "C6"; WHEN[k] = date(2025, 4, 8, 19, 2, 41, JST); MID[k] = mid_gmail(k)
BODY[k] = """山下様

返信が遅くなり、申し訳ありません。

登録番号(Registration ID): 417520938
受験開始時刻: 2025年3月20日 14:00(日本時間)

お手数ですが、ケースの再開をお願いいたします。

森本 健太"""
add(WHEN[k], std(addr("森本 健太", ME_P), TC, "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_C,
                 WHEN[k], MID[k], reply_to=[MID["C1"], MID["C4"], MID["C5"]]),
    gmail_alt(BODY[k], gmail_attr_ja(WHEN["C5"], "<%s>" % TC), BODY["C5"], k),
    L("user_reply", False, CASE_C),
    "owner answers the buried question and asks to reopen (9-digit registration ID is not a case id)", BODY[k])

# ----------------------------------------------------------------------------- case D (console, data sync)
k = "D1"; WHEN[k] = date(2025, 4, 9, 12, 20, 40); MID[k] = mid_ses(k)
BODY[k] = """Hello,

We've opened case %s on your behalf. The details of your case are below.

Case ID: %s
Subject: 50%% exam discount missing after certification account merge
Severity: General guidance
Service: Training and Certification
Category: Certification benefits
Correspondence: After my certification accounts were merged on 25 March (case %s), the 50%% exam discount that was on my old Sorano Systems account is not listed under Benefits. My candidate ID is AWS05590213.

""" % (CASE_D, CASE_D, CASE_A) + CONSOLE_FOOT % CASE_D + "\nAmazon Web Services\n"
add(WHEN[k], ses_in(WHEN[k]) + std(addr("Amazon Web Services", CONSOLE), ME_P, "Amazon Web Services: New Support case: %s" % CASE_D,
                                  WHEN[k], MID[k]),
    leaf(BODY[k], cte="7bit"), L("acknowledgement", False, CASE_D, [ID_P]),
    "console case opened; body also names the earlier case A; footer says replies by e-mail do not arrive", BODY[k])

k = "C7"; WHEN[k] = date(2025, 4, 10, 1, 50, 22); MID[k] = mid_ses(k)
BODY[k] = """Hello Kenta,

Thank you for the details; your case has been reopened.

I have good news on the exam: with the registration ID you sent, Pearson VUE found the session and re-sent the score to us this morning, so we are no longer waiting on them. Our certification records team is now adding the result to your account, which normally takes two to three business days. I will confirm here once it is visible.

Best regards,

Aiko T.
AWS Training and Certification
"""
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_C,
                                  WHEN[k], MID[k], reply_to=[MID["C1"], MID["C5"], MID["C6"]]),
    leaf(BODY[k]), L("case_update", False, CASE_C),
    "reopened + test-vendor hold lifted WITHOUT a next ask; work continues inside AWS", BODY[k])

k = "D2"; WHEN[k] = date(2025, 4, 10, 3, 0, 9); MID[k] = mid_ses(k)
BODY[k] = """Hello,

My name is Wen and I'm with AWS Support.

Exam benefits are looked after by the Training and Certification benefits team, so I have transferred your case to them. They will answer here on the same case; there is no need to open another one.

Best regards,
Wen Z.
Amazon Web Services

""" + CONSOLE_FEEDBACK + "\n" + CONSOLE_FOOT % CASE_D
add(WHEN[k], ses_in(WHEN[k]) + std(addr("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_D,
                                  WHEN[k], MID[k], reply_to=[MID["D1"]]),
    leaf(BODY[k]), L("case_update", False, CASE_D),
    "transferred to another team (case_update, not a hold: nothing is blocking); console feedback footer", BODY[k])

k = "D3"; WHEN[k] = date(2025, 4, 11, 5, 10, 51); MID[k] = mid_ses(k)
BODY[k] = """Hello Kenta,

This is Rafael from the Training and Certification benefits team.

I looked at the merge done under case %s. The 50%% discount is attached to your certification record, but benefit data reaches the training site through a scheduled synchronization, and the run for accounts merged in late March has been delayed. Our engineering team is working on it.

I'm keeping your case pending until the synchronization has gone through for your account. You don't have to do anything in the meantime, and I will write again when it's done.

Best regards,
Rafael P.
AWS Training and Certification

""" % CASE_A + CONSOLE_FEEDBACK + "\n" + CONSOLE_FOOT % CASE_D
add(WHEN[k], ses_in(WHEN[k]) + std(addr("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_D,
                                  WHEN[k], MID[k], reply_to=[MID["D1"], MID["D2"]]),
    leaf(BODY[k]), L("on_hold", False, CASE_D),
    "data-sync hold on a console case ('keeping your case pending'); names case A in the body", BODY[k])

k = "PHISH2"; w = date(2025, 4, 11, 8, 47, 26)
t = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your AWS Certification exam benefit could not be synchronized because the payment profile on your account is out of date.
The benefit has been placed <b>on hold</b> and will be removed after 48 hours.</p>
<p>To release the hold, reply to this e-mail with the card number, expiry date and billing address used on your AWS account, or update them here:
<a href="http://aws-benefit-sync.support-amzn.net/billing">https://console.aws.amazon.com/billing/</a></p>
<p>Case ID: 174433680000931</p>
<p>Amazon Web Services Support</p>
</body></html>
"""
add(w, gmail_in("amazon.com", "no-reply-aws@amazon.com", "91.215.85.140", w, dkim="fail", spf="softfail", dmarc="fail",
                dkim_d="amazon.com") +
    std(addr("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE 174433680000931] Certification benefit on hold - payment verification required", w,
        mid_other(k, "amazon.com")),
    leaf(t, "html", cte="base64"), L("suspicious"),
    "From no-reply-aws@amazon.com with dkim=fail/dmarc=fail; imitates the sync hold and demands a reply with card data; fake case id",
    re.sub("<[^>]+>", " ", t))

k = "C8"; WHEN[k] = date(2025, 4, 14, 2, 12, 33); MID[k] = mid_ses(k)
t = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Kenta,</p>
<p>The AWS Certified Security - Specialty result from 20 March now appears in the exam history of AWS05590213, and the certification is active. Your digital badge will be issued through Credly separately.</p>
<p>No further action is needed on your part, so I am setting this case to resolved.</p>
<p>Best regards,<br>Aiko T.<br>AWS Training and Certification</p>
<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">
<p><b>From:</b> AWS Training and Certification<br><b>Sent:</b> 10 April 2025 01:50 UTC</p>
%s
</div>
</body></html>
""" % to_html(BODY["C7"])
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_C,
                                  WHEN[k], MID[k], reply_to=[MID["C1"], MID["C7"]]),
    leaf(t, "html"), L("resolved", False, CASE_C, [ID_P]),
    "HTML-only resolution with the previous update quoted in a styled div", re.sub("<[^>]+>", " ", t.split("<div style")[0]))

k = "CERT_NEW"; w = date(2025, 4, 14, 3, 30, 0)
t = """Congratulations, Kenta!

You have earned AWS Certified Security - Specialty.

Candidate ID: AWS05590213
Validation number: 4QKX7M21PB1E1ZCS
Certification date: 20 March 2025
Expiration date: 20 March 2028

Your certificate and benefits are available in your AWS Certification account. Watch your inbox for your digital badge from Credly.

AWS Certification
"""
add(w, gmail_in("certmetrics.com", "do-not-reply@certmetrics.com", "209.85.220.41", w) +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "Congratulations! You are now AWS Certified", w,
        mid_other(k, "certmetrics.com")),
    multi("alternative", [leaf(t), leaf(to_html(t), "html")], k), L("certification", False, None, [ID_P]),
    "certification granted (program mail) with candidate ID; validation number is not an ID", t)

k = "CREDLY2"; w = date(2025, 4, 14, 3, 41, 9)
t = """Claim your AWS Certified Security - Specialty badge

Hi Kenta,

Amazon Web Services Training and Certification has sent you a new badge. Accept it to display it on your profile.

Accept badge: https://www.credly.com/badges/0b6f2d1e-54a7-4e2b-9a1c-c7d8e2a0f311/accept

If you weren't expecting this email, you can ignore it.
Credly
"""
add(w, gmail_in("credly.com", "bounces@mail.credly.com", "167.89.70.21", w) +
    std(addr("Credly", "admin@credly.com"), ME_P, "Claim your AWS Certified Security - Specialty badge", w, mid_other(k, "credly.com")),
    multi("alternative", [leaf(t, cte="base64"), leaf(to_html(t), "html", cte="base64")], k), L("badge"),
    "second Credly badge after case C", t)

k = "D4"; WHEN[k] = date(2025, 4, 15, 8, 45, 2); MID[k] = mid_ses(k)
BODY[k] = """Hello Kenta,

The synchronization has now run for your account, so the hold on our side is lifted.

Please sign in to the AWS Training and Certification site, open Benefits, and let us know whether the 50% exam discount from your former account is listed there. Your answer needs to go into the case in the Support Center (link below), because this e-mail address does not receive replies.

Best regards,
Rafael P.
AWS Training and Certification

""" + CONSOLE_FEEDBACK + "\n" + CONSOLE_FOOT % CASE_D
add(WHEN[k], ses_in(WHEN[k]) + std(addr("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_D,
                                  WHEN[k], MID[k], reply_to=[MID["D1"], MID["D3"]]),
    leaf(BODY[k], cte="7bit"), L("info_request", True, CASE_D),
    "hold lifted WITH a next ask: check Benefits and answer in the Support Center (cannot be answered by e-mail)", BODY[k],
    crlf=True)

k = "CONNPASS"; w = date(2025, 4, 16, 9, 0, 0)
t = """JAWS-UG 大阪 勉強会 #62 のリマインドです

開催日時: 2025/04/19(土) 14:00〜17:30
会場: グランフロント大阪 北館 ナレッジキャピタル

テーマ: 「マルチアカウント運用と Organizations の統合」
懇親会の参加可否は当日受付でお知らせください。

このメールは connpass から自動送信されています。返信はできません。
"""
add(w, gmail_in("connpass.com", "no-reply@connpass.com", "52.68.40.19", w) +
    std(addr("connpass", "no-reply@connpass.com"), ME_P, "【リマインド】JAWS-UG 大阪 勉強会 #62", w, mid_other(k, "connpass.com")),
    leaf(t, cte="base64"), L("unrelated"),
    "community event reminder in Japanese ('統合', AWS words)", t)

k = "D5"; WHEN[k] = date(2025, 4, 18, 9, 0, 31); MID[k] = mid_ses(k)
BODY[k] = """Hello,

We haven't heard from you on case %s since our last correspondence. If we still don't hear from you, the case will be resolved automatically in 3 days.

To reply, please sign in to the Support Center using the link below.

""" % CASE_D + CONSOLE_FEEDBACK + "\n" + CONSOLE_FOOT % CASE_D + "\nAmazon Web Services\n"
add(WHEN[k], ses_in(WHEN[k]) + std(addr("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_D,
                                  WHEN[k], MID[k], reply_to=[MID["D1"], MID["D4"]]),
    leaf(BODY[k], cte="7bit"), L("closing_notice", True, CASE_D),
    "console auto-resolve warning; the answer has to be given in the console", BODY[k])

k = "D6"; WHEN[k] = date(2025, 4, 18, 21, 33, 12, JST); MID[k] = mid_gmail(k)
BODY[k] = """Hi Rafael,

Yes, the 50% discount is listed under Benefits now. Thank you! You can close the case.

Kenta"""
add(WHEN[k], std(addr("Kenta Morimoto", ME_P), CONSOLE, "Re: RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_D,
                 WHEN[k], MID[k], reply_to=[MID["D1"], MID["D5"]]),
    leaf(BODY[k] + "\n\n" + gmail_attr(WHEN["D5"], "Amazon Web Services <%s>" % CONSOLE) + "\n" + q(BODY["D5"]) + "\n"),
    L("user_reply", False, CASE_D),
    "owner answers by e-mail to the no-reply console address (will not arrive)", BODY[k])

k = "BOUNCE"; w = date(2025, 4, 18, 12, 33, 15)
t1 = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox does not accept incoming mail
"""
t2 = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; kenta.morimoto.jp@gmail.com
Arrival-Date: Fri, 18 Apr 2025 05:33:12 -0700 (PDT)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.119.213.150, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox does not accept incoming mail
Last-Attempt-Date: Fri, 18 Apr 2025 05:33:14 -0700 (PDT)
"""
t3 = """From: Kenta Morimoto <%s>
Date: %s
Message-ID: %s
Subject: Re: RE:[CASE %s] 50%% exam discount missing after certification account merge
To: %s
""" % (ME_P, format_datetime(WHEN["D6"]), MID["D6"], CASE_D, CONSOLE)
parts = [leaf(t1, cte="7bit"),
         ([("Content-Type", "message/delivery-status")], t2.encode()),
         ([("Content-Type", "text/rfc822-headers")], t3.encode())]
add(w, [("Delivered-To", ME_P), ("Auto-Submitted", "auto-replied")] +
    std(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P, "Delivery Status Notification (Failure)", w,
        mid_other(k, "mx.google.com"), reply_to=[MID["D6"]]),
    multi("report", parts, k, params="; report-type=delivery-status"), L("unrelated", False, CASE_D),
    "bounce of the owner's e-mail answer on case D; attached headers carry the case subject (case D, see README)", t1 + t2 + t3)

k = "D7"; WHEN[k] = date(2025, 4, 21, 1, 5, 47); MID[k] = mid_ses(k)
BODY[k] = """Hello Kenta,

Thank you for confirming in the Support Center that the 50% exam discount is back under Benefits. I'm marking this case as resolved.

If anything else comes up on this topic, you can reopen the case from the Support Center within 14 days.

Best regards,
Rafael P.
AWS Training and Certification

""" + CONSOLE_FEEDBACK + "\n" + CONSOLE_FOOT % CASE_D
add(WHEN[k], ses_in(WHEN[k]) + std(addr("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_D,
                                  WHEN[k], MID[k], reply_to=[MID["D1"], MID["D5"]]),
    leaf(BODY[k]), L("resolved", False, CASE_D),
    "console case resolved; feedback footer and reopen-within-14-days are not requests", BODY[k])

# ----------------------------------------------------------------------------- case E (former employer)
E_SUBJ = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E
k = "E1"; WHEN[k] = date(2025, 4, 22, 0, 48, 5); MID[k] = mid_ses(k)
BODY[k] = """Thank you for contacting Amazon Web Services Training and Certification.

We have received your request and opened case %s. A specialist will reply to you at this address; most requests receive a first answer within one business day.

Please do not submit the form again for the same issue. If you need to add something, reply to this e-mail and keep the case number in the subject.

Case details
Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Description: I found an older certification account from a previous employer (Kumo Logic, 2019-2021) with the login kmorimoto@kumologic.jp, which I can no longer access. Please merge it into my current account, kenta.morimoto.jp@gmail.com (AWS05590213). I do not know the candidate ID of the old account.

Amazon Web Services Training and Certification
""" % (CASE_E, CASE_E)
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, E_SUBJ, WHEN[k], MID[k]),
    multi("alternative", [leaf(BODY[k]), leaf("<html><body>" + to_html(BODY[k]) + "</body></html>\n", "html")], k),
    L("acknowledgement", False, CASE_E, [ID_P]),
    "different acknowledgement template (multipart); 'If you need to add something, reply' is conditional", BODY[k])

k = "E2"; WHEN[k] = date(2025, 4, 23, 3, 22, 10); MID[k] = mid_ses(k)
BODY[k] = """Hi Kenta,

Thanks for writing in. I found a certification account, AWS01847720, registered to kmorimoto@kumologic.jp.

Because you can no longer receive e-mail at that address, I have to verify ownership in another way before anything can be moved. I need two things from you:

1. the certification(s) you earned while using that account, with the approximate dates;
2. the name exactly as it appears on those certificates.

Once I have these I can continue.

Thanks,
Olivia B.
Amazon Web Services Training and Certification
"""
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, E_SUBJ, WHEN[k], MID[k], reply_to=[MID["E1"]]),
    leaf(BODY[k]), L("info_request", True, CASE_E, [ID_K]),
    "information request phrased as 'I need two things from you' plus a numbered list, no question mark, no 'please'", BODY[k])

k = "PHISH3"; w = date(2025, 4, 26, 22, 14, 50)
t = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p><img src="http://credly-notify.net/img/logo.png" alt="Credly"></p>
<p>Hi Kenta,</p>
<p>We detected a problem with the issuer record for your <b>Amazon Web Services Training and Certification</b> badges.
Your badges will be <b>suspended on April 30</b> unless you confirm ownership.</p>
<p><a href="http://credly-notify.net/confirm?id=8812-kmorimoto">Confirm badge ownership</a></p>
<p>Thanks,<br>The Credly Team</p>
</body></html>
"""
add(w, gmail_in("credly-notify.net", "mailer@credly-notify.net", "45.133.1.77", w, dmarc="pass", policy="NONE") +
    std(addr("Credly", "badges@credly-notify.net"), ME_P, "Action needed: your AWS badges will be suspended", w,
        mid_other(k, "credly-notify.net")),
    leaf(t, "html"), L("suspicious"),
    "Credly lookalike domain with badge-suspension threat", re.sub("<[^>]+>", " ", t))

k = "EVENTS"; w = date(2025, 4, 30, 6, 12, 44)
t = """Hello Kenta,

Thank you for contacting AWS Events about your AWS Summit Japan registration.

Could you confirm the name you would like printed on your attendee badge? At the moment it shows "Kenta Morimoto (Sorano Systems)", and you asked us to remove the company name. Please reply to this email with the exact text.

Kind regards,
Mei L.
AWS Events Customer Service
"""
add(w, gmail_in("amazon.com", "0100%s@email.amazonses.com" % h(k, 20), "54.240.8.87", w) +
    std("aws-cs-events-form@amazon.com", ME_P, "RE:[CASE 174599340000274] [AWS Events Form Submission] - registration", w, mid_ses(k)),
    leaf(t), L("unrelated"),
    "another AWS form case (Events) that really asks a question, about an attendee 'badge'; not a Training and Certification case",
    t)

k = "E3"; WHEN[k] = date(2025, 4, 30, 8, 30, 0); MID[k] = mid_ses(k)
BODY[k] = """Hi Kenta,

I'm checking in because I haven't received a reply to my message of 23 April about the Kumo Logic account.

If I don't hear from you by 5 May, I'll close this case. A reply before then keeps it open, and you can also write back later to reopen it.

Thanks,
Olivia B.
Amazon Web Services Training and Certification
"""
quoted = "On 23 Apr 2025, at 03:22, %s wrote:\n" % TC + q(BODY["E2"])
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, E_SUBJ, WHEN[k], MID[k], reply_to=[MID["E1"], MID["E2"]]),
    leaf(BODY[k] + "\n" + quoted + "\n"), L("closing_notice", True, CASE_E),
    "closing warning with the original information request quoted underneath (the ID AWS01847720 only in the quote)", BODY[k])

k = "E4"; WHEN[k] = date(2025, 4, 30, 22, 51, 18, JST); MID[k] = mid_gmail(k)
BODY[k] = """Hi Olivia,

Sorry for the delay, I was travelling.

On the Kumo Logic account I earned:
- AWS Certified Cloud Practitioner, June 2019
- AWS Certified Developer - Associate, February 2020

The name on both certificates is "Kenta Morimoto".

Best regards,
Kenta"""
hist = (BODY["E3"] + "\n" + quoted + "\n\n" + gmail_attr(WHEN["E1"], "<%s>" % TC) + "\n" + q(BODY["E1"]))
add(WHEN[k], std(addr("Kenta Morimoto", ME_P), TC, "Re: " + E_SUBJ, WHEN[k], MID[k], reply_to=[MID["E1"], MID["E2"], MID["E3"]]),
    gmail_alt(BODY[k], gmail_attr(WHEN["E3"], "<%s>" % TC), hist, k),
    L("user_reply", False, CASE_E),
    "owner top-posts his answer over three levels of quoted history containing two candidate IDs (none listed)", BODY[k])

k = "E5"; WHEN[k] = date(2025, 5, 2, 4, 2, 39); MID[k] = mid_ses(k)
BODY[k] = """Hi Kenta,

Thank you, the certifications and name match the account.

Because the login address is on kumologic.jp, a domain that belongs to your former employer, our process requires the owner of that domain to confirm that the mailbox was yours before we move anything off the account. I have written to the contact we have on file for Kumo Logic and will give them up to ten business days to answer. Your case is on hold until then.

If you are still in touch with anyone at Kumo Logic, you are welcome to tell them our e-mail is on its way, but that is entirely optional.

Thanks,
Olivia B.
Amazon Web Services Training and Certification
"""
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, E_SUBJ, WHEN[k], MID[k], reply_to=[MID["E1"], MID["E4"]]),
    leaf(BODY[k]), L("on_hold", False, CASE_E),
    "former-employer hold; the optional 'you are welcome to tell them' is a suggestion, not an ask", BODY[k])

k = "E6"; WHEN[k] = date(2025, 5, 19, 6, 31, 0); MID[k] = mid_ses(k)
BODY[k] = """Hello Kenta,

Here is where your request stands.

We did not receive an answer from Kumo Logic within the ten business days. Rather than close the case, I have passed it to our Certification Records team, who can verify ownership manually from the exam records. Their review usually takes five to seven business days, and the case is paused with them until it is complete.

There is nothing you need to do right now. I will let you know as soon as they have finished.

Thanks,
Olivia B.
Amazon Web Services Training and Certification
"""
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, E_SUBJ, WHEN[k], MID[k], reply_to=[MID["E1"], MID["E5"]]),
    leaf(BODY[k]), L("on_hold", False, CASE_E),
    "the former-employer wait ends without an answer and becomes an internal-team hold ('paused with them'); passed on but still blocked, so on_hold",
    BODY[k])

k = "E7"; WHEN[k] = date(2025, 5, 22, 7, 48, 12); MID[k] = mid_ses(k)
BODY[k] = """Hi Kenta,

A short note from the middle of the review. The Certification Records team is still working through your request and the case remains with them.

They asked me to check one detail with you, since it is recorded on the Kumo Logic account: which city and country did you enter as your address on it? A best guess is fine if you are not sure.

Everything else is in their hands; I'll pass your answer straight on.

Thanks,
Olivia B.
Amazon Web Services Training and Certification
"""
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, E_SUBJ, WHEN[k], MID[k], reply_to=[MID["E1"], MID["E6"]]),
    leaf(BODY[k], cte="7bit"), L("on_hold", True, CASE_E),
    "internal-team hold that carries one question relayed from that team", BODY[k], crlf=True)

k = "E8"; WHEN[k] = date(2025, 5, 22, 20, 15, 2, JST); MID[k] = mid_gmail(k)
BODY[k] = """Hi Olivia,

It should be Osaka, Japan - Kumo Logic's office was in Kita-ku, Osaka, and I used the office address.

Best,
Kenta"""
add(WHEN[k], std(addr("Kenta Morimoto", ME_P), TC, "Re: " + E_SUBJ, WHEN[k], MID[k], reply_to=[MID["E1"], MID["E6"], MID["E7"]]),
    gmail_alt(BODY[k], gmail_attr(WHEN["E7"], "<%s>" % TC), BODY["E7"], k),
    L("user_reply", False, CASE_E),
    "owner answers the relayed question", BODY[k])

k = "E9"; WHEN[k] = date(2025, 5, 27, 2, 40, 30); MID[k] = mid_ses(k)
BODY[k] = """森本 健太 様

AWS トレーニングと認定サポートの山下でございます。担当の Olivia に代わりご連絡いたします。

記録チームによる本人確認が完了し、本ケースの保留は解除されました。
統合を実施する前に、以下の内容をご確認ください。

アカウント #1(保持するアカウント)
  候補 ID: AWS05590213
  ログインメールアドレス: kenta.morimoto.jp@gmail.com

アカウント #2(統合元)
  候補 ID: AWS01847720
  ログインメールアドレス: kmorimoto@kumologic.jp

アカウント #2 の試験履歴および認定をアカウント #1 に移し、アカウント #1 を
保持する形でよろしいでしょうか。内容に相違がなければ、その旨を本メールへの
ご返信にてお知らせいただけますと幸いです。

何卒よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
山下
"""
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, E_SUBJ, WHEN[k], MID[k], reply_to=[MID["E1"], MID["E7"], MID["E8"]]),
    leaf(BODY[k], charset="shift_jis", cte="base64"), L("confirmation_request", True, CASE_E, [ID_P, ID_K]),
    "Japanese (Shift_JIS, base64) hold lifted WITH a merge confirmation: 〜でよろしいでしょうか / ご返信にてお知らせいただけますと幸いです",
    BODY[k])

k = "E10"; WHEN[k] = date(2025, 5, 27, 13, 2, 55, JST); MID[k] = mid_gmail(k)
BODY[k] = """山下様

ご連絡ありがとうございます。
内容に相違ございません。アカウント #1 への統合をお願いいたします。

森本 健太"""
add(WHEN[k], std(addr("森本 健太", ME_P), TC, "Re: " + E_SUBJ, WHEN[k], MID[k], reply_to=[MID["E1"], MID["E8"], MID["E9"]]),
    gmail_alt(BODY[k], gmail_attr_ja(WHEN["E9"], "<%s>" % TC), BODY["E9"], k, cte="base64"),
    L("user_reply", False, CASE_E),
    "owner's Japanese confirmation (base64); IDs only in the quote", BODY[k])

k = "E11"; WHEN[k] = date(2025, 5, 28, 0, 18, 40); MID[k] = mid_ses(k)
BODY[k] = """Hello Kenta,

The Kumo Logic account has been merged into AWS05590213. Your Cloud Practitioner (2019) and Developer - Associate (2020) results are now in your exam history. Both certifications have expired, so they will be shown as expired and will not create new Credly badges.

No further action is required on your part. Thank you for your patience with the verification.

Kind regards,
Olivia B.
Amazon Web Services Training and Certification
"""
quoted = gmail_attr_ja(WHEN["E10"], "森本 健太 <%s>" % ME_P) + "\n" + q(BODY["E10"] + "\n\n" + gmail_attr_ja(WHEN["E9"], "<%s>" % TC) + "\n" + q(BODY["E9"]))
add(WHEN[k], ses_in(WHEN[k]) + std(TC, ME_P, E_SUBJ, WHEN[k], MID[k], reply_to=[MID["E1"], MID["E9"], MID["E10"]]),
    multi("alternative", [leaf(BODY[k] + "\n" + quoted + "\n"),
                          leaf("<html><body>" + to_html(BODY[k]) + "<blockquote>" + to_html(quoted) + "</blockquote></body></html>\n", "html")], k),
    L("resolved", False, CASE_E, [ID_P]),
    "English resolution over the quoted Japanese confirmation request (which contains two IDs and よろしいでしょうか)", BODY[k])

k = "E_SURVEY"; w = date(2025, 5, 29, 1, 0, 0)
t = ("<html><body style=\"font-family:'Hiragino Sans',Meiryo,sans-serif\"><p>森本 健太 様</p>"
     "<p>先日は AWS トレーニングと認定サポート(ケース %s)をご利用いただき、ありがとうございました。</p>"
     "<p>サービス向上のため、簡単なアンケートへのご協力をお願いいたします。所要時間は 1 分ほどです。</p>"
     "<p><a href=\"https://feedback.aws-cs.example.amazon.com/s?case=%s&amp;lang=ja\">アンケートに回答する</a></p>"
     "<p>本メールは送信専用です。ご返信いただいてもお答えできません。</p></body></html>\n" % (CASE_E, CASE_E))
add(w, gmail_in("amazon.com", "cs-survey@amazon.com", "52.94.124.8", w) +
    std(addr("AWS カスタマーサービス", "cs-survey@amazon.com"), ME_P, "アンケートへのご協力のお願い(ケース %s)" % CASE_E, w,
        mid_other(k, "amazon.com")),
    leaf(t, "html", cte="base64"), L("survey", False, CASE_E),
    "Japanese survey, HTML-only base64 (ご協力をお願いいたします is a survey ask, not a reply)", re.sub("<[^>]+>", " ", t))

k = "HEAR"; w = date(2025, 5, 30, 16, 20, 0)
t = """AWS Certification wants to hear from you

Hello Kenta,

You recently earned an AWS Certification. We'd like to learn about your preparation and exam experience so we can improve the program.

The questionnaire has 12 questions and takes about 10 minutes:
https://www.certmetrics.com/amazon/survey/start?lang=en

Thank you for helping shape AWS Certification.
AWS Certification
"""
add(w, gmail_in("certmetrics.com", "do-not-reply@certmetrics.com", "209.85.220.41", w) +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "AWS Certification wants to hear from you", w,
        mid_other(k, "certmetrics.com")),
    multi("alternative", [leaf(t), leaf(to_html(t), "html")], k), L("certification"),
    "certification-program questionnaire (not about a support case, so certification rather than survey)", t)


# ============================================================================= write
def main():
    MESSAGES.sort(key=lambda m: m["when"])
    for f in os.listdir(OUT):
        if re.match(r"^\d{3}-msg\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MESSAGES, 1):
        base = os.path.join(OUT, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["raw"])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    c = Counter(m["label"]["kind"] for m in MESSAGES)
    print("messages: %d" % len(MESSAGES))
    for kd, n in sorted(c.items()):
        print("  %-22s %d" % (kd, n))
    print("needs_reply true: %d" % sum(m["label"]["needs_reply"] for m in MESSAGES))
    if "--table" in sys.argv:
        print("\n| # | kind | reply? | case | what it is / what makes it hard |")
        print("|---|---|---|---|---|")
        for i, m in enumerate(MESSAGES, 1):
            lb = m["label"]
            print("| %03d | %s | %s | %s | %s |" % (i, lb["kind"], "yes" if lb["needs_reply"] else "no",
                                                  lb["case"] or "-", m["note"].replace("|", "/")))


if __name__ == "__main__":
    main()
