#!/usr/bin/env python3
"""Generate the blind-314 held-out mail corpus (standard library only).

Writes NNN-msg.eml and NNN-msg.json next to this script, in mailbox arrival order,
and prints the number of messages per kind.
"""
import base64
import html as H
import json
import os
import quopri
import random
import re
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(314)

ME_P = "saki.hm.0412@gmail.com"
ME_C = "s.hasegawa@kumotech.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PST = timezone(timedelta(hours=-8))
PDT = timezone(timedelta(hours=-7))

# case numbers
CASE_E = "14471093826"        # 2024, 11 digits: duplicate same-address profiles
CASE_A = "174156568804821"    # 2025, main merge (APN partner, two old company accounts)
CASE_A2 = "174156605511307"   # 2025, same form sent twice
CASE_C = "174295262108437"    # 2025, Support Center console case (voucher)
CASE_B = "174406962451890"    # 2025, name change (Japanese agent)
CASE_EDU = "174374715039208"  # AWS Educate form case (other program)
CASE_BILL = "173754394017762" # console billing case (other topic)
CASE_FAKE = "174189960093314" # number invented by a spoofed mail
OLD10 = "6627104938"          # 2020 case mentioned in passing

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "us-ascii": "ascii"}
LABEL = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "us-ascii": "us-ascii"}


# ---------------------------------------------------------------- helpers
def d(s, tz):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def rhex(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RND.choice(alphabet) for _ in range(n))


def mid_ses(region="us-east-1"):
    return "<0100%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        rhex(12), rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), region)


def mid_gmail():
    return "<CA%s%s@mail.gmail.com>" % (RND.choice(["F", "H", "J", "K"]), ralnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="))


def mid_outlook():
    box = "TYCPR01MB%d" % RND.randint(10000, 99999)
    return "<%s%s@%s.jpnprd01.prod.outlook.com>" % (box, ralnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), box)


def mid_generic(domain):
    return "<%s.%s@%s>" % (rhex(16), rhex(8), domain)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def leaf(subtype, text, charset="utf-8", cte="quoted-printable", extra=""):
    raw = text.encode(CODEC[charset])
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    head = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n' % (
        subtype, LABEL[charset], extra, cte)
    return head.encode("ascii") + body


def multi(subtype, parts, extra="", boundary=None):
    b = "----=_Part_%d_%d.%d" % (RND.randint(100000, 999999), RND.randint(10 ** 8, 10 ** 9), RND.randint(10 ** 12, 10 ** 13))
    if subtype == "alternative" and RND.random() < 0.5:
        b = "000000000000%s" % rhex(16)
    if boundary:
        b = boundary
    out = ('Content-Type: multipart/%s; boundary="%s"%s\n\n' % (subtype, b, extra)).encode("ascii")
    for p in parts:
        out += ("--%s\n" % b).encode("ascii") + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += ("--%s--\n" % b).encode("ascii")
    return out


def alt(text, html, charset="utf-8", cte="quoted-printable", cte_html=None, boundary=None):
    return multi("alternative", [leaf("plain", text, charset, cte), leaf("html", html, charset, cte_html or cte)], boundary=boundary)


def ob(mid):
    """Outlook-style MIME boundary derived from the Message-ID."""
    return "_000_%s_" % mid.strip("<>").split("@")[0]


def to_html(text, quote_from=None):
    """Simple Gmail-like HTML rendering of a plain text body."""
    lines = text.split("\n")
    out = []
    for ln in lines:
        out.append("<div>%s</div>" % (H.escape(ln) if ln.strip() else "<br>"))
    return '<div dir="ltr">%s</div>\n' % "\n".join(out)


def quote_gt(text):
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.rstrip("\n").split("\n")) + "\n"


def gmail_html(new, attribution, quoted_text):
    q = "<br>".join(H.escape(l) for l in quoted_text.rstrip("\n").split("\n"))
    return ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">%s</blockquote></div>\n') % (
        "".join("<div>%s</div>" % (H.escape(l) if l.strip() else "<br>") for l in new.rstrip("\n").split("\n")),
        H.escape(attribution), q)


def gmail_in(when, mailfrom, host, ip, dkim_d, from_d, to=ME_P, dkim="pass", spf="pass", dmarc="pass", policy="REJECT"):
    when_s = format_datetime(when.astimezone(PST if when.month in (11, 12, 1, 2) or (when.month == 3 and when.day < 9) else PDT))
    rid = ralnum(40, "abcdefghijklmnopqrstuvwxyz0123456789")[:22]
    spf_txt = {
        "pass": "pass (google.com: domain of %s designates %s as permitted sender)" % (mailfrom, ip),
        "fail": "fail (google.com: domain of %s does not designate %s as permitted sender)" % (mailfrom, ip),
        "softfail": "softfail (google.com: domain of transitioning %s does not designate %s as permitted sender)" % (mailfrom, ip),
    }[spf]
    dkim_txt = ("dkim=pass header.i=@%s header.s=%s header.b=%s" % (dkim_d, ralnum(8, "abcdefghijklmnopqrstuvwxyz234567"), ralnum(8)) if dkim == "pass"
                else "dkim=fail header.i=@%s header.s=%s header.b=%s" % (dkim_d, ralnum(8, "abcdefghijklmnopqrstuvwxyz234567"), ralnum(8)) if dkim == "fail"
                else "dkim=none")
    dmarc_disp = "NONE" if dmarc == "pass" else ("QUARANTINE" if policy == "QUARANTINE" else "REJECT")
    return [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:6a10:%s:b0:5c3:%s:%s with SMTP id %s;\n        %s" % (rhex(4), rhex(4), rhex(4), ralnum(6, "abcdefghijklmnopqrstuvwxyz0123456789"), when_s)),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (host, host, ip, rid, to, when_s)),
        ("Authentication-Results", "mx.google.com;\n       %s;\n       spf=%s smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
            dkim_txt, spf_txt, mailfrom, dmarc, policy, policy, dmarc_disp, from_d)),
        ("Return-Path", "<%s>" % mailfrom),
    ]


def m365_in(when, mailfrom_d, ip, dkim_d, from_d, dkim="pass", spf="pass", dmarc="pass"):
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    return [
        ("Received", "from OS3PR01MB%d.jpnprd01.prod.outlook.com (2603:1096:604:%s::%s) by\n TYCPR01MB%d.jpnprd01.prod.outlook.com with HTTPS; %s" % (
            RND.randint(1000, 9999), rhex(2), rhex(2), RND.randint(10000, 99999), format_datetime(when.astimezone(UTC)))),
        ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s" % (
            spf, ip, mailfrom_d, dkim, dkim_d, dmarc, from_d, comp)),
        ("X-MS-Exchange-Organization-AuthSource", "OS3PEPF0000%d.jpnprd01.prod.outlook.com" % RND.randint(1000, 9999)),
        ("X-MS-Has-Attach", ""),
    ]


def ses_mailfrom(region="us-east-1"):
    return "0100%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com" % (rhex(12), rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), region)


def ses_host(region="us-east-1"):
    n = RND.randint(1, 60)
    return "a%d-%d.smtp-out.%s.amazonses.com" % (RND.randint(8, 48), n, region), "54.240.%d.%d" % (RND.randint(0, 60), n)


def aws_in(when, to=ME_P, from_d="amazon.com", dkim="pass", spf="pass", dmarc="pass"):
    region = "us-west-2" if RND.random() < 0.5 else "us-east-1"
    host, ip = ses_host(region)
    mf = ses_mailfrom(region)
    if to == ME_C:
        return m365_in(when, region + ".amazonses.com", ip, from_d, from_d, dkim, spf, dmarc)
    return gmail_in(when, mf, host, ip, from_d, from_d, to, dkim, spf, dmarc, "QUARANTINE")


def build(headers, body, crlf=False):
    out = b""
    for k, v in headers:
        if v is None:
            continue
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"MIME-Version: 1.0\n" + body
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


MSGS = []
THREADS = {}


def refs_for(thread):
    ids = THREADS.get(thread, [])
    if not ids:
        return None, None
    return ids[-1], " ".join(ids[-6:])


def add(when, kind, reply, case, own, eml, mid, thread=None):
    cands = list(OrderedDict.fromkeys(re.findall(r"(?<![A-Za-z0-9])AWS\d{8}(?!\d)", own)))
    MSGS.append(dict(when=when, eml=eml, label={"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": cands}))
    if thread:
        THREADS.setdefault(thread, []).append(mid)


def std(when, frm, to, subject, mid, cc=None, reply_to=None, thread=None, extra=None, use_refs=True):
    irt, refs = refs_for(thread) if (thread and use_refs) else (None, None)
    hs = [("From", frm), ("To", to), ("Cc", cc), ("Reply-To", reply_to), ("Subject", subject),
          ("Date", format_datetime(when)), ("Message-ID", mid), ("In-Reply-To", irt), ("References", refs)]
    return hs + (extra or [])


def tc_sub(case, prefix="RE:", tail=TC_SUBJ):
    return "%s[CASE %s] %s" % (prefix or "", case, tail)


TC_FROM = addr(TC_NAME, TC)
ME_FROM_OLD = addr("Saki Hasegawa", ME_P)
ME_FROM_NEW = addr("Saki Morimoto", ME_P)
ME_FROM_WORK = addr("Hasegawa Saki (長谷川 咲)", ME_C)
CONSOLE_FROM = addr("Amazon Web Services", "no-reply-aws@amazon.com")


# ================================================================ 2024
# 1 ------------------------------------------------------------- certmetrics expiry reminder
w = d("2024-10-21 16:02:11", UTC)
mid = mid_generic("certmetrics.com")
txt = """Hello Saki,

This is a reminder that your AWS Certified Solutions Architect - Associate
certification expires on December 30, 2024.

  Candidate ID:      AWS27460193
  Validation number: 7QX2L1K3GJE41ZSE
  Expiration date:   2024-12-30

To keep this certification active, pass the current version of the
exam (or a higher-level exam in the same path) before it expires. Your
AWS Certification Account lists the recertification options and any
exam discount you are eligible for under Benefits.

If you have already recertified, you can ignore this message.

AWS Certification
https://www.aws.training/certification

You are receiving this e-mail because you hold an active AWS Certification.
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
"""
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:16px;color:#fff"><b>AWS Certification</b></td></tr>
<tr><td style="padding:20px">
<p>Hello Saki,</p>
<p>This is a reminder that your <b>AWS Certified Solutions Architect - Associate</b> certification expires on <b>December 30, 2024</b>.</p>
<table cellpadding="4" style="border:1px solid #ddd">
<tr><td>Candidate ID</td><td>AWS27460193</td></tr>
<tr><td>Validation number</td><td>7QX2L1K3GJE41ZSE</td></tr>
<tr><td>Expiration date</td><td>2024-12-30</td></tr></table>
<p>To keep this certification active, pass the current version of the exam (or a higher-level exam in the same path) before it expires. Your AWS Certification Account lists the recertification options and any exam discount you are eligible for under <i>Benefits</i>.</p>
<p>If you have already recertified, you can ignore this message.</p>
<p><a href="https://www.aws.training/certification">Go to my AWS Certification Account</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#666;padding:12px">You are receiving this e-mail because you hold an active AWS Certification.<br>Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr></table>
</body></html>
"""
hs = gmail_in(w, "bounce-7781@certmetrics.com", "mta12.certmetrics.com", "52.54.118.%d" % RND.randint(2, 250), "certmetrics.com", "certmetrics.com")
hs += std(w, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
          "Your AWS Certified Solutions Architect - Associate certification expires soon", mid)
add(w, "certification", False, None, txt, build(hs, alt(txt, html)), mid)

# 2 ------------------------------------------------------------- GitHub merged (company)
w = d("2024-10-24 03:41:09", UTC)
mid = "<kumotech/infra-modules/pull/412/issue_event/14839201177@github.com>"
txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kumotech/infra-modules/pull/412#event-14839201177
You are receiving this because you were mentioned.

Message ID: <kumotech/infra-modules/pull/412/issue_event/14839201177@github.com>
"""
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/kumotech/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/kumotech/infra-modules/pull/412#event-14839201177">view it on GitHub</a>.<br />You are receiving this because you were mentioned.<img src="https://github.com/notifications/beacon/AB3XK.gif" height="1" width="1" alt="" /></p>
"""
hs = m365_in(w, "github.com", "192.30.252.%d" % RND.randint(190, 210), "github.com", "github.com")
hs += std(w, addr("Daichi Ota", "notifications@github.com"), "kumotech/infra-modules <infra-modules@noreply.github.com>",
          "Re: [kumotech/infra-modules] Add cross-account role for cert lab sandbox (PR #412)", mid,
          cc="Saki Hasegawa <%s>, Mention <mention@noreply.github.com>" % ME_C, reply_to="kumotech/infra-modules <reply+AB3XKQ7@reply.github.com>",
          extra=[("In-Reply-To", "<kumotech/infra-modules/pull/412@github.com>"), ("References", "<kumotech/infra-modules/pull/412@github.com>"),
                 ("List-ID", "kumotech/infra-modules <infra-modules.kumotech.github.com>"), ("X-GitHub-Reason", "mention")])
add(w, "unrelated", False, None, txt, build(hs, alt(txt, html, cte="7bit")), mid)

# 3 ------------------------------------------------------------- Credly badge expired
w = d("2024-10-30 09:15:52", UTC)
mid = mid_generic("credly.com")
html = """<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
<table align="center" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/brand/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333">
<p>Hi Saki,</p>
<p>Your badge <b>AWS Certified Developer &ndash; Associate</b>, issued by <b>Amazon Web Services Training and Certification</b>, expired on October 29, 2024.</p>
<p>Expired badges stay on your profile, marked as expired. If the issuer sends you an updated badge, it will appear in your wallet automatically.</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">View my badges</a></p>
<p style="font-size:13px;color:#777">Think this is a mistake? Contact the issuing organization directly.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999">Credly, a Pearson company &middot; 13 E 37th St, New York, NY 10016 &middot; <a href="https://www.credly.com/unsubscribe">Unsubscribe</a></td></tr>
</table></body></html>
"""
hs = gmail_in(w, "bounces+1938@em.credly.com", "o7.em.credly.com", "167.89.%d.%d" % (RND.randint(1, 120), RND.randint(1, 250)), "credly.com", "credly.com")
hs += std(w, addr("Credly", "admin@credly.com"), ME_P, "Your badge has expired: AWS Certified Developer – Associate".replace("–", "-"), mid)
add(w, "badge", False, None, html, build(hs, leaf("html", html, cte="quoted-printable")), mid)

# 4 ------------------------------------------------------------- case E acknowledgement
w = d("2024-11-12 01:32:07", UTC)
mid = mid_ses()
txt = """Hello,

Thank you for reaching out to AWS Training and Certification. Your inquiry has
been logged as case %s.

Our team replies to most inquiries within one business day. Some requests take
longer when another team has to be involved; we will keep you posted on this
case either way.

To keep things moving, please add anything new by replying to this thread
rather than submitting the form again for the same matter.

Case details
------------
Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Submitted by: %s

Description:
I seem to have two AWS Certification accounts registered with the same e-mail
(%s). My Credly badges stopped updating after I signed in with
Builder ID last year. Candidate IDs: AWS27460193 (original, holds my SAA and
DVA history) and AWS31880452 (created by mistake). Please merge them so that
only one account remains.

Regards,
AWS Training and Certification Customer Service
""" % (CASE_E, CASE_E, ME_P, ME_P)
hs = aws_in(w)
hs += std(w, TC_FROM, ME_P, tc_sub(CASE_E, None), mid)
add(w, "acknowledgement", False, CASE_E, txt, build(hs, leaf("plain", txt, cte="quoted-printable")), mid, "E")

# 5 ------------------------------------------------------------- AWS marketing
w = d("2024-11-12 17:00:33", UTC)
mid = mid_ses()
html = """<html><body style="font-family:'Amazon Ember',Arial,sans-serif">
<table width="640" align="center"><tr><td style="background:#0f1b2d;color:#fff;padding:30px">
<h1 style="margin:0">AWS re:Invent 2024</h1><p>December 2&ndash;6 &middot; Las Vegas and online</p></td></tr>
<tr><td style="padding:24px">
<p>Hi Saki,</p>
<p>Can&rsquo;t make it to Las Vegas? Register for the free livestream and watch the keynotes and Innovation Talks live, then catch up on breakout sessions on demand.</p>
<p><a href="https://reinvent.awsevents.com/register/?trk=em_1124" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Register for free</a></p>
<p>While you&rsquo;re here: certified attendees get access to the AWS Certification Lounge. Bring your digital badge.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:16px">This message was sent to saki.hm.0412@gmail.com. Replies to this address are not monitored.<br>
<a href="https://pages.awscloud.com/communication-preferences">Manage preferences</a> | <a href="https://aws.amazon.com/privacy/">Privacy</a><br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.</td></tr></table>
</body></html>
"""
txt = "AWS re:Invent 2024 - December 2-6, Las Vegas and online.\n\nCan't make it to Las Vegas? Register for the free livestream: https://reinvent.awsevents.com/register/?trk=em_1124\n\nCertified attendees get access to the AWS Certification Lounge.\n\nThis message was sent to saki.hm.0412@gmail.com. Replies are not monitored.\n"
hs = aws_in(w)
hs += std(w, addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
          "Saki, last chance to join re:Invent 2024 – free livestream".replace("–", "-"), mid,
          extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?id=8842>")])
add(w, "unrelated", False, None, txt + html, build(hs, alt(txt, html, cte_html="base64")), mid)

# 6 ------------------------------------------------------------- case E confirmation request (chatty, HTML only)
w = d("2024-11-14 22:48:19", UTC)
mid = mid_ses()
E6_TEXT_FOR_QUOTE = """Hi Saki,

Thanks so much for your patience, and for putting both candidate IDs in the form - that made my life a lot easier! I dug into both profiles and you're right: they were both created under the same e-mail address, which is exactly why Credly got confused about where your badges belong.

Here's what I'm seeing on our side:

                                  Account #1               Account #2
Candidate ID                      AWS31880452              AWS27460193
Login email                       saki.hm.0412@gmail.com   saki.hm.0412@gmail.com
Training notification email       saki.hm.0412@gmail.com   saki.hm.0412@gmail.com
Certification notification email  saki.hm.0412@gmail.com   saki.hm.0412@gmail.com
Created                           2023-09-14               2020-06-02
Exam history                      none                     SAA-C02 (2021), DVA-C01 (2021)

One small heads-up: Account #2 also shows an older address-change request (Case ID: %s) from 2020. That one is long finished and doesn't affect anything now.

Before I press the button, I need you to tell me which of these two you'd like to keep as your main profile - the other one gets folded into it and then closed. Most people keep the one with the exam history, but it's completely your call!

Warmly,
Marisol
AWS Training and Certification Customer Service
""" % OLD10
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Saki,</p>
<p>Thanks so much for your patience, and for putting both candidate IDs in the form &ndash; that made my life a lot easier! I dug into both profiles and you&rsquo;re right: they were both created under the same e-mail address, which is exactly why Credly got confused about where your badges belong.</p>
<p>Here&rsquo;s what I&rsquo;m seeing on our side:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS31880452</td><td>AWS27460193</td></tr>
<tr><td>Login email</td><td>saki.hm.0412@gmail.com</td><td>saki.hm.0412@gmail.com</td></tr>
<tr><td>Training notification email</td><td>saki.hm.0412@gmail.com</td><td>saki.hm.0412@gmail.com</td></tr>
<tr><td>Certification notification email</td><td>saki.hm.0412@gmail.com</td><td>saki.hm.0412@gmail.com</td></tr>
<tr><td>Created</td><td>2023-09-14</td><td>2020-06-02</td></tr>
<tr><td>Exam history</td><td>none</td><td>SAA-C02 (2021), DVA-C01 (2021)</td></tr>
</table>
<p>One small heads-up: Account #2 also shows an older address-change request (Case ID: %s) from 2020. That one is long finished and doesn&rsquo;t affect anything now.</p>
<p>Before I press the button, I need you to tell me which of these two you&rsquo;d like to keep as your main profile &ndash; the other one gets folded into it and then closed. Most people keep the one with the exam history, but it&rsquo;s completely your call!</p>
<p>Warmly,<br>Marisol<br><span style="color:#555">AWS Training and Certification Customer Service</span></p>
</div></body></html>
""" % OLD10
hs = aws_in(w)
hs += std(w, TC_FROM, ME_P, tc_sub(CASE_E), mid, thread="E")
add(w, "confirmation_request", True, CASE_E, html, build(hs, leaf("html", html, cte="quoted-printable")), mid, "E")

# 7 ------------------------------------------------------------- company year-end party (Japanese, ISO-2022-JP)
w = d("2024-11-15 10:12:40", JST)
mid = mid_outlook()
txt = """Kumo Technologies 社員各位

総務部の山口です。
今年も年末の懇親会を下記のとおり開催します。

　日時：2024年12月20日（金）18:30〜
　場所：渋谷 ダイニング Hoshizora（会社から徒歩5分）
　会費：3,000円（当日集金）

出欠は 11月22日（金）までに、このメールへの返信でお知らせください。
アレルギー等ある方も併せてご連絡ください。

総務部　山口 涼子
"""
hs = m365_in(w, "kumotech.co.jp", "40.107.74.%d" % RND.randint(10, 200), "kumotech.co.jp", "kumotech.co.jp")
hs += std(w, addr("山口 涼子", "yamaguchi.r@kumotech.co.jp", "iso-2022-jp"), "all-staff@kumotech.co.jp",
          subj("【ご案内】2024年度 年末懇親会のお知らせ", "iso-2022-jp"), mid,
          extra=[("Content-Language", "ja-JP"), ("Thread-Topic", subj("【ご案内】2024年度 年末懇親会のお知らせ", "iso-2022-jp"))])
add(w, "unrelated", False, None, txt, build(hs, leaf("plain", txt, "iso-2022-jp", "7bit")), mid)

# 8 ------------------------------------------------------------- bounce from the old employer
w = d("2024-11-17 05:03:26", UTC)
mid = mid_generic("mx.google.com")
orig_mid = mid_gmail()
report_txt = """** Address not found **

Your message wasn't delivered to yui.tanabe@nishikaze-soft.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <yui.tanabe@nishikaze-soft.jp>: Recipient address rejected: User unknown in virtual mailbox table
"""
ds = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; saki.hm.0412@gmail.com
Arrival-Date: Sat, 16 Nov 2024 21:03:22 -0800 (PST)
X-Original-Message-ID: %s

Final-Recipient: rfc822; yui.tanabe@nishikaze-soft.jp
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.nishikaze-soft.jp. (203.0.113.25, the server for the domain nishikaze-soft.jp.)
Diagnostic-Code: smtp; 550 5.1.1 <yui.tanabe@nishikaze-soft.jp>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Sat, 16 Nov 2024 21:03:26 -0800 (PST)
""" % orig_mid
orig = """From: Saki Hasegawa <saki.hm.0412@gmail.com>
Date: Sun, 17 Nov 2024 14:03:19 +0900
Message-ID: %s
Subject: =?UTF-8?B?%s?=
To: yui.tanabe@nishikaze-soft.jp
""" % (orig_mid, base64.b64encode("お久しぶりです（旧アドレスの件）".encode()).decode())
body = multi("report", [
    leaf("plain", report_txt, "utf-8", "7bit"),
    b"Content-Type: message/delivery-status\n\n" + ds.encode(),
    b"Content-Type: text/rfc822-headers\n\n" + orig.encode(),
], extra="; report-type=delivery-status")
hs = [("Delivered-To", ME_P), ("Return-Path", "<>")]
hs += std(w, addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P, "Delivery Status Notification (Failure)", mid,
          extra=[("In-Reply-To", orig_mid), ("References", orig_mid), ("Auto-Submitted", "auto-replied")])
add(w, "unrelated", False, None, report_txt, build(hs, body), mid)

# 9 ------------------------------------------------------------- case E closing notice
w = d("2024-11-20 02:11:45", UTC)
mid = mid_ses()
new = """Hello Saki,

We are following up on case %s. On November 14 we sent you a question
about this case and have not received a reply yet.

If we do not hear from you within 3 days, this case will be closed
automatically. A reply to this message - even after the case has closed -
reopens it and returns it to the same agent.

Best,
Marisol
AWS Training and Certification Customer Service

""" % CASE_E
quoted = "---------- Previous message ----------\n" + quote_gt(E6_TEXT_FOR_QUOTE)
txt9 = new + quoted
hs = aws_in(w)
hs += std(w, TC_FROM, ME_P, tc_sub(CASE_E), mid, thread="E")
add(w, "closing_notice", True, CASE_E, new, build(hs, leaf("plain", txt9, "utf-8", "7bit"), crlf=True), mid, "E")

# 10 ------------------------------------------------------------ user reply, case E
w = d("2024-11-20 21:37:02", JST)
mid = mid_gmail()
new = """Hi Marisol,

So sorry, I was travelling and missed your mail. Please keep Account #2
(AWS27460193), the older one with my exam history, and merge Account #1
into it.

Thanks a lot,
Saki
"""
attr = "On Wed, Nov 20, 2024 at 11:11 AM AWS Training and Certification <%s> wrote:" % TC
body_txt = new + "\n" + attr + "\n" + quote_gt(txt9)
hs = std(w, ME_FROM_OLD, TC, "Re: " + tc_sub(CASE_E), mid, thread="E")
add(w, "user_reply", False, CASE_E, new, build(hs, alt(body_txt, gmail_html(new, attr, txt9))), mid, "E")
E10 = new

# 11 ------------------------------------------------------------ case E resolved (chatty)
w = d("2024-11-21 00:26:58", UTC)
mid = mid_ses()
new = """Hi Saki,

No need to apologise at all - I hope the trip was a good one!

Good news: Account #1 is now merged into Account #2 (AWS27460193). Your exam
history, both certifications and your benefits all sit on that one profile,
and the extra profile is gone, so signing in with your Builder ID will always
take you to the right place.

Credly usually catches up within a day. If your badges still look expired by
the weekend, just hit reply and I'll have another look.

Take care,
Marisol
AWS Training and Certification Customer Service

"""
quoted = ("-----Original Message-----\nFrom: Saki Hasegawa <%s>\nSent: 11/20/2024 12:37 PM\nTo: %s\nSubject: Re: %s\n\n" % (ME_P, TC, tc_sub(CASE_E))
          + E10 + "\n-----Original Message-----\nFrom: %s\nSent: 11/14/2024 10:48 PM\n\n" % TC + E6_TEXT_FOR_QUOTE)
html = to_html(new) + "<hr>" + "<div style='color:#555'>" + "<br>".join(H.escape(l) for l in quoted.split("\n")) + "</div>"
hs = aws_in(w)
hs += std(w, TC_FROM, ME_P, tc_sub(CASE_E), mid, thread="E")
add(w, "resolved", False, CASE_E, new, build(hs, alt(new + quoted, html, cte="base64")), mid, "E")

# 12 ------------------------------------------------------------ Credly new badge
w = d("2024-11-21 07:44:10", UTC)
mid = mid_generic("credly.com")
html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table align="center" width="600" style="background:#fff"><tr><td style="padding:24px">
<p style="font-size:20px"><b>Congratulations, Saki!</b></p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="140" alt=""><br><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p style="text-align:center"><a href="https://www.credly.com/badges/3f9b12c4-7d5e-4a08-9e61-2b7c0d4f8a11/accept" style="background:#ff6b00;color:#fff;padding:12px 22px;text-decoration:none">Accept badge</a></p>
<p>Share it on LinkedIn and let your network know what you can do.</p>
</td></tr><tr><td style="font-size:11px;color:#999;padding:16px">Credly &middot; <a href="https://www.credly.com/unsubscribe">Unsubscribe</a></td></tr></table></body></html>
"""
hs = gmail_in(w, "bounces+1938@em.credly.com", "o7.em.credly.com", "167.89.%d.%d" % (RND.randint(1, 120), RND.randint(1, 250)), "credly.com", "credly.com")
hs += std(w, addr("Credly", "admin@credly.com"), ME_P, "Amazon Web Services Training and Certification sent you a new badge", mid)
add(w, "badge", False, None, html, build(hs, leaf("html", html, cte="base64")), mid)

# 13 ------------------------------------------------------------ survey, case E
w = d("2024-11-23 15:20:04", UTC)
mid = mid_ses()
txt = """Hello,

Your recent case with AWS Training and Certification (Case ID: %s)
has been resolved. We'd like to know how it went.

How satisfied were you with the support you received?
  Very satisfied:     https://survey.aws-feedback.amazon.com/s?c=%s&r=5
  Satisfied:          https://survey.aws-feedback.amazon.com/s?c=%s&r=4
  Neutral:            https://survey.aws-feedback.amazon.com/s?c=%s&r=3
  Dissatisfied:       https://survey.aws-feedback.amazon.com/s?c=%s&r=2
  Very dissatisfied:  https://survey.aws-feedback.amazon.com/s?c=%s&r=1

The survey takes about two minutes. Replies to this e-mail are not read.

Thank you,
AWS Training and Certification
""" % ((CASE_E,) * 6)
hs = aws_in(w)
hs += std(w, addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
          "How did we do? Tell us about case %s" % CASE_E, mid)
add(w, "survey", False, CASE_E, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid)

# 14 ------------------------------------------------------------ Pearson VUE booking
w = d("2024-12-02 04:18:37", UTC)
mid = mid_generic("pearson.com")
txt = """Dear Saki Hasegawa,

Thank you for scheduling your exam with Pearson VUE.

Exam:               SAA-C03: AWS Certified Solutions Architect - Associate
Language:           Japanese
Date and time:      Saturday, December 14, 2024, 10:00 AM JST
Delivery:           OnVUE online proctored
Registration ID:    483920175
Candidate ID:       AWS27460193

Before exam day:
- Run the system test on the computer you will use.
- Have your government-issued ID ready. The name on your ID must match the
  name on your AWS Certification profile exactly.
- Check in can start 30 minutes before your appointment.

To reschedule or cancel, sign in to your AWS Certification Account at least
24 hours before your appointment.

Pearson VUE
This is an automated message. Please do not reply.
"""
hs = gmail_in(w, "noreply@pearson.com", "mail-pearson.pearsonvue.com", "159.182.%d.%d" % (RND.randint(1, 200), RND.randint(1, 250)), "pearson.com", "pearson.com")
hs += std(w, addr("Pearson VUE", "pearsonvue-confirmation@pearson.com"), ME_P, "Pearson VUE Confirmation of Booking", mid)
add(w, "unrelated", False, None, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid)

# 15 ------------------------------------------------------------ phishing, lookalike domain
w = d("2024-12-09 11:52:06", UTC)
mid = mid_generic("aws-certmetrics-verify.com")
html = """<html><body style="font-family:Arial">
<div style="background:#232f3e;padding:10px"><img src="http://aws-certmetrics-verify.com/img/aws_logo.png" alt="aws" height="28"></div>
<p>Dear Certified Professional,</p>
<p>Our systems detected <b>two candidate profiles</b> linked to your e-mail address (profile AWS44190027). Duplicate profiles violate the AWS Certification Program Agreement.</p>
<p>To avoid <b>suspension of all your certifications within 48 hours</b>, verify your identity now:</p>
<p><a href="http://aws-certmetrics-verify.com/login?u=saki.hm.0412%40gmail.com" style="background:#ff9900;padding:10px;color:#000">Verify my profile</a></p>
<p>You will be asked to sign in with your AWS Builder ID e-mail and password. Alternatively, reply to this e-mail with your Builder ID password and date of birth and we will verify it for you.</p>
<p>AWS Certification Compliance Team</p>
</body></html>
"""
hs = gmail_in(w, "support@aws-certmetrics-verify.com", "mail.aws-certmetrics-verify.com", "45.141.%d.%d" % (RND.randint(1, 200), RND.randint(1, 250)), "aws-certmetrics-verify.com", "aws-certmetrics-verify.com", policy="NONE")
hs += std(w, addr("AWS Certification", "no-reply@aws-certmetrics-verify.com"), ME_P,
          "Action required: your AWS Certification profile will be suspended", mid)
add(w, "suspicious", False, None, html, build(hs, leaf("html", html, cte="quoted-printable")), mid)

# 16 ------------------------------------------------------------ certmetrics recertified
w = d("2024-12-15 23:05:40", UTC)
mid = mid_generic("certmetrics.com")
txt = """Congratulations, Saki!

You have successfully recertified your AWS Certified Solutions Architect -
Associate certification.

  Candidate ID:   AWS27460193
  Exam:           SAA-C03
  Valid through:  December 14, 2027

Your digital badge will be issued through Credly shortly, and your updated
certificate is available in your AWS Certification Account.

As a certified individual you can use a 50% discount on your next AWS
Certification exam; find it under Benefits.

AWS Certification
"""
hs = gmail_in(w, "bounce-7781@certmetrics.com", "mta12.certmetrics.com", "52.54.118.%d" % RND.randint(2, 250), "certmetrics.com", "certmetrics.com")
hs += std(w, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
          "Congratulations on recertifying your AWS Certified Solutions Architect - Associate", mid)
add(w, "certification", False, None, txt, build(hs, leaf("plain", txt, "utf-8", "quoted-printable")), mid)

# 17 ------------------------------------------------------------ Credly badge (recert)
w = d("2024-12-16 02:31:17", UTC)
mid = mid_generic("credly.com")
txt = """Hi Saki,

Amazon Web Services Training and Certification issued you a badge:
AWS Certified Solutions Architect - Associate (valid through December 2027).

Accept and share your badge:
https://www.credly.com/badges/9c41d0a2-5b6e-4f73-8a2d-61e0b7c9f354/accept

Your previous badge for this certification has been replaced.

The Credly Team
"""
hs = gmail_in(w, "bounces+1938@em.credly.com", "o7.em.credly.com", "167.89.%d.%d" % (RND.randint(1, 120), RND.randint(1, 250)), "credly.com", "credly.com")
hs += std(w, addr("Credly", "admin@credly.com"), ME_P, "Your new badge from Amazon Web Services Training and Certification is ready", mid)
add(w, "badge", False, None, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid)

# ================================================================ 2025
# 18 ------------------------------------------------------------ Skill Builder receipt
w = d("2025-01-08 00:02:51", UTC)
mid = mid_ses()
txt = """AWS Skill Builder - Order confirmation

Hello Saki,

Thanks for renewing your AWS Skill Builder Individual subscription.

Order number:     SB-2025-0108-77421390
Plan:             Individual (monthly)
Billing period:   Jan 8, 2025 - Feb 7, 2025
Amount charged:   USD 29.00 (Visa ending 4417)

Your subscription renews automatically every month. Manage or cancel it in
Skill Builder under Account > Subscription.

AWS Training and Certification
"""
hs = aws_in(w, from_d="aws.training")
hs += std(w, addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder subscription receipt", mid)
add(w, "unrelated", False, None, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid)

# 19 ------------------------------------------------------------ other vendor support asking for info
w = d("2025-01-15 19:22:10", UTC)
mid = mid_generic("nimbusnotes.zendesk.com")
txt = """##- Please type your reply above this line -##

Your request (#48213) has been updated. To add additional comments, reply to this email.

Rowan (Nimbus Notes Support)

Jan 15, 2025, 11:22 PST

Hi Saki,

Thanks for getting in touch about combining your two workspaces. To merge
them we need:

1. the URLs of both workspaces, and
2. which one should survive the merge.

Please reply to this email with those details. If we don't hear back within
7 days, this request will be closed automatically - just reply to reopen it.

Cheers,
Rowan

This email is a service from Nimbus Notes Support. [8QZ4M1-R7K2]
"""
hs = gmail_in(w, "support@nimbusnotes.zendesk.com", "outbyip7.zendesk.com", "192.161.149.%d" % RND.randint(2, 250), "zendesk.com", "nimbusnotes.zendesk.com")
hs += std(w, addr("Rowan (Nimbus Notes Support)", "support@nimbusnotes.zendesk.com"), ME_P,
          "[Nimbus Notes] Re: Merge two workspaces into one", mid)
add(w, "unrelated", False, None, txt, build(hs, leaf("plain", txt, "utf-8", "quoted-printable")), mid)

# 20 ------------------------------------------------------------ AWS billing statement
w = d("2025-01-20 05:47:33", UTC)
mid = mid_ses()
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS web site. Your account will be charged the following:

Total: USD 14.82

Account ID: 480215336719
Billing period: December 1 - December 31, 2024

You can see a complete break down of all charges on the Billing and Cost
Management page: https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and
affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
hs = aws_in(w)
hs += std(w, addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
          "Amazon Web Services Billing Statement Available [Account: 480215336719]", mid)
add(w, "unrelated", False, None, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid)

# 21 ------------------------------------------------------------ console billing case opened (other topic)
w = d("2025-01-22 11:05:58", UTC)
mid = mid_ses()
txt = """Hello,

We have received your request and opened case %s in the AWS Support
Center for account 480215336719.

Case subject:  Charged for an Elastic IP I released
Severity:      General question
Service:       Billing
Category:      Charges - unexpected

To add information or check progress, open the case in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please do not reply to this e-mail. This address does not receive mail; use
the Support Center link above to correspond on the case.

Sincerely,
Amazon Web Services
""" % (CASE_BILL, CASE_BILL)
hs = aws_in(w)
hs += std(w, CONSOLE_FROM, ME_P, "Amazon Web Services: New Support case: %s" % CASE_BILL, mid)
add(w, "unrelated", False, CASE_BILL, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid)

# 22 ------------------------------------------------------------ HR exit checklist (company, Japanese)
w = d("2025-02-14 09:30:12", JST)
mid = mid_outlook()
txt = """長谷川 咲 さん

人事部の松田です。退職にあたり、最終出社日（3月21日）までに以下をご対応ください。

1. PC・社員証・入館カードの返却（最終日 17:00 までに総務へ）
2. 経費精算の締め（3月18日まで）
3. 会社メールアドレスで登録している外部サービス（AWS認定、各種SaaS等）の
   登録アドレス変更、または個人アドレスへの移行
4. 引継ぎ資料の提出（上長確認済みのもの）

会社のメールボックスは 3月21日 18:00 に停止します。停止後は受信もできなくなりますので、
必要な連絡先の変更はお早めにお願いします。

ご不明点があればこのメールに返信してください。

人事部　松田
"""
hs = m365_in(w, "kumotech.co.jp", "40.107.74.%d" % RND.randint(10, 200), "kumotech.co.jp", "kumotech.co.jp")
hs += std(w, addr("松田 奈央", "hr@kumotech.co.jp"), ME_C, subj("【退職手続き】最終出社日までのチェックリスト"), mid,
          extra=[("Content-Language", "ja-JP")])
add(w, "unrelated", False, None, txt, build(hs, alt(txt, to_html(txt), cte="base64", boundary=ob(mid))), mid)

# 23 ------------------------------------------------------------ alliance manager (company)
w = d("2025-02-25 14:02:44", JST)
mid = mid_outlook()
ALLY1 = """Hi Saki,

Heads-up from the partner side: your SAP and Security Specialty still count
toward our AWS Partner tier until you leave, so please keep the cert account
linked to Partner Central until your last day.

When you move your certifications to your personal account, AWS will probably
ask us to release your profile from our partner organization. That's fine - I
will approve it as soon as the request shows up in Partner Central.

Could you let me know the date you file the request, so I can watch for it?

Thanks,
Ken

Ken Aoki | Alliance Manager
Kumo Technologies K.K. (AWS Advanced Tier Services Partner)
"""
hs = m365_in(w, "kumotech.co.jp", "40.107.74.%d" % RND.randint(10, 200), "kumotech.co.jp", "kumotech.co.jp")
hs += std(w, addr("Ken Aoki", "k.aoki@kumotech.co.jp"), ME_C, "AWS certs and our partner tier", mid)
add(w, "unrelated", False, None, ALLY1, build(hs, alt(ALLY1, to_html(ALLY1), boundary=ob(mid)), crlf=True), mid, "ALLY")

# 24 ------------------------------------------------------------ Builder ID code
w = d("2025-03-09 23:58:31", UTC)
mid = mid_ses()
txt = """AWS Builder ID

Verify your identity

We noticed a sign-in attempt with your AWS Builder ID from a new device.

Verification code: 581 204

This code expires 10 minutes after it was sent.

If you did not try to sign in, you can ignore this e-mail. Your account is
still secure.

Amazon Web Services will never e-mail you and ask you to disclose or verify
your password or credit card.
"""
hs = aws_in(w, from_d="signin.aws")
hs += std(w, addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your identity", mid)
add(w, "unrelated", False, None, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid)

# 25 ------------------------------------------------------------ case A acknowledgement (English)
w = d("2025-03-10 00:15:04", UTC)
mid = mid_ses("us-west-2")
txt = """Hello Saki Hasegawa,

We have received your request and created case %s.

What happens next
  * A member of the AWS Training and Certification team will review your
    request. Most requests get a first response within 24 hours; some need
    more time.
  * Our replies will come from this address, and you can add information by
    replying to this e-mail.
  * Submitting the same request again opens a separate case and can slow
    things down.

Your request
  Inquiry type:   Certification
  Details:        Account Merge
  Contact email:  %s
  Description:    I am leaving Kumo Technologies (last day: March 21, 2025)
                  and would like all of my AWS Certification accounts merged
                  into my personal one.
                  Account to keep: %s (AWS27460193)
                  Accounts to merge: %s (AWS19045576);
                  saki_hasegawa@nishikaze-soft.jp (AWS08831264, previous
                  employer, this mailbox no longer exists).

Sincerely,
AWS Training and Certification
""" % (CASE_A, ME_P, ME_P, ME_C)
html = "<html><body style='font-family:Arial;font-size:13px'><pre style='font-family:Arial'>%s</pre></body></html>\n" % H.escape(txt)
hs = aws_in(w)
hs += std(w, TC_FROM, ME_P, tc_sub(CASE_A, None), mid)
add(w, "acknowledgement", False, CASE_A, txt, build(hs, alt(txt, html)), mid, "A")
A25 = txt

# 26 ------------------------------------------------------------ case A2 acknowledgement (Japanese, base64)
w = d("2025-03-10 00:21:13", UTC)
mid = mid_ses("us-west-2")
txt = """Saki Hasegawa 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ケース番号 %s にてお問い合わせを承りました。

担当者より原則として1営業日以内にご連絡いたします。内容によっては、回答までにお時間を頂戴する場合がございます。
同じ内容のお問い合わせを重ねて送信されますと、それぞれ別のケースとして扱われ、ご回答が遅れる原因となります。追加の情報は、本メールへの返信でお送りください。

■お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
内容:
退職に伴い、会社のアカウント（%s / AWS19045576）と前職のアカウント（saki_hasegawa@nishikaze-soft.jp）を、個人アカウント（%s）に統合したいです。

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_A2, ME_C, ME_P)
hs = aws_in(w)
hs += std(w, addr("AWS トレーニングと認定", TC), ME_P, tc_sub(CASE_A2, None), mid)
add(w, "acknowledgement", False, CASE_A2, txt, build(hs, leaf("plain", txt, "utf-8", "base64")), mid, "A2")

# 27 ------------------------------------------------------------ Credly lookalike phishing
w = d("2025-03-10 08:40:19", UTC)
mid = mid_generic("credly-verify.net")
txt = """Hi Saki,

We noticed that your AWS Certification account is being merged. During an
account merge all issued badges are temporarily revoked.

To keep your badges (AWS Certified Solutions Architect - Associate, AWS
Certified Security - Specialty) visible, confirm your Amazon login within
24 hours:

https://credly-verify.net/badge-retention?uid=saki.hm.0412

If you don't confirm, your badges will be permanently removed from your
wallet.

Credly Badge Services
"""
hs = gmail_in(w, "mailer@credly-verify.net", "smtp.credly-verify.net", "185.225.%d.%d" % (RND.randint(1, 200), RND.randint(1, 250)), "credly-verify.net", "credly-verify.net", policy="NONE")
hs += std(w, addr("Credly", "badges@credly-verify.net"), ME_P, "Important: your badges will be revoked during account merge", mid)
add(w, "suspicious", False, None, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid)

# 28 ------------------------------------------------------------ case A2 closed as duplicate (template)
w = d("2025-03-11 03:02:45", UTC)
mid = mid_ses()
txt = """Hello,

Case %s duplicates an open case for the same request:
case %s.

To avoid conflicting changes to your accounts, case %s has been
closed. No action is needed from you. All further correspondence about your
account merge will take place on case %s.

Please do not send information about your request in reply to this message;
reply to the messages on case %s instead.

Regards,
AWS Training and Certification Customer Service
""" % (CASE_A2, CASE_A, CASE_A2, CASE_A, CASE_A)
hs = aws_in(w)
hs += std(w, TC_FROM, ME_P, tc_sub(CASE_A2), mid, thread="A2")
add(w, "case_update", False, CASE_A2, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid, "A2")

# 29 ------------------------------------------------------------ case A partner hold with buried question (2nd-language English)
w = d("2025-03-11 07:38:20", UTC)
mid = mid_ses()
A29 = """Dear Saki,

Greetings from AWS Training and Certification.

I have checked the three accounts mentioned in your request. The account with
candidate ID AWS19045576 (%s) is connected with an AWS Partner
Network organization, Kumo Technologies K.K.. Accounts connected with a
partner organization cannot be merged by us directly, because their
certifications are counted for the partner. For this reason I have put your
case on hold until the partner connection is removed.

For remove the connection we need to involve our partner team, and they will
reach to the partner administrator. Before I can send this to them, it is
necessary that you confirm us that you are leaving Kumo Technologies, and the
date of your last working day. Without this confirmation the partner team
will not start.

The other account (AWS08831264) is not connected with any partner, so there is
no problem for it.

Thanks and regards,
Lukas
AWS Training and Certification Customer Service
""" % ME_C
hs = aws_in(w)
hs += std(w, TC_FROM, ME_P, tc_sub(CASE_A), mid, thread="A", use_refs=False)
add(w, "on_hold", True, CASE_A, A29, build(hs, leaf("plain", A29, "us-ascii", "7bit"), crlf=True), mid, "A")

# 30 ------------------------------------------------------------ user reply from the WRONG address (Outlook, company)
w = d("2025-03-11 17:05:33", JST)
mid = mid_outlook()
A30 = """Hi Lukas,

Yes, I confirm I am leaving Kumo Technologies. My last working day is March
21, 2025. Our alliance manager (Ken Aoki) knows about this and will approve
the release.

One more thing: I am getting married on April 5 and my family name will change
from Hasegawa to Morimoto. Could the merged account already use the new name,
or should I ask for this later?

Best regards,
Saki Hasegawa
Kumo Technologies K.K. | Cloud Solutions Div.
"""
outlook_q = """
-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, March 11, 2025 4:38 PM
To: %s
Subject: %s

""" % (TC, ME_P, tc_sub(CASE_A)) + A29
txt = A30 + outlook_q
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=\"JA\">"
        "<div class=\"WordSection1\">" + "".join("<p class=\"MsoNormal\">%s</p>" % (H.escape(l) or "&nbsp;") for l in A30.split("\n")) +
        "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm\"><p class=\"MsoNormal\"><b>From:</b> AWS Training and Certification &lt;%s&gt;<br><b>Sent:</b> Tuesday, March 11, 2025 4:38 PM<br><b>To:</b> %s<br><b>Subject:</b> %s</p></div>" % (TC, ME_P, H.escape(tc_sub(CASE_A))) +
        "".join("<p class=\"MsoNormal\">%s</p>" % (H.escape(l) or "&nbsp;") for l in A29.split("\n")) + "</div></body></html>\n")
hs = std(w, ME_FROM_WORK, TC, "RE: " + tc_sub(CASE_A), mid, thread="A",
         extra=[("Thread-Topic", tc_sub(CASE_A)), ("Thread-Index", "AQHbkm" + ralnum(22)), ("Content-Language", "en-US"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
add(w, "user_reply", False, CASE_A, A30, build(hs, alt(txt, html, boundary=ob(mid)), crlf=True), mid, "A")

# 31 ------------------------------------------------------------ case A: please write from the case address (info request)
w = d("2025-03-12 02:02:09", UTC)
mid = mid_ses()
A31 = """Dear Saki,

Thank you for your quick reply.

I see your message came from %s. This address is belonging to the
account which will be merged, and it is not the contact address of this case.
Because of our security policy the confirmation about leaving the company
must come from the contact e-mail of the case, %s. Kindly send
the same confirmation again from that address as a reply to this e-mail;
after that I can forward your case to the partner team.

About your name: the merged account keeps the name which is on the account you
keep, at the moment "Saki Hasegawa". A name change is a separate request and
needs the new name exactly as it is written on your ID, so it is better to ask
for it after your new documents are ready. You can use the same contact form.

Thanks and regards,
Lukas
AWS Training and Certification Customer Service
""" % (ME_C, ME_P)
txt = A31 + "\n\n" + "-" * 70 + "\n" + quote_gt(A30)
hs = aws_in(w, to=ME_C)
hs += std(w, TC_FROM, ME_C, tc_sub(CASE_A, "RE: "), mid, cc=ME_P, thread="A")
add(w, "info_request", True, CASE_A, A31, build(hs, leaf("plain", txt, "us-ascii", "quoted-printable")), mid, "A")

# 32 ------------------------------------------------------------ alliance manager follow-up (company)
w = d("2025-03-12 11:48:27", JST)
mid = mid_outlook()
txt = """Thanks Saki.

Nothing from AWS in Partner Central yet. I'll approve the release as soon as
it appears. Is there anything else you need from me for the AWS side - a
letter, a confirmation on company paper?

Also: congratulations on the wedding!

Ken

-----Original Message-----
From: Hasegawa Saki <%s>
Sent: Monday, March 10, 2025 9:30 AM
To: Ken Aoki <k.aoki@kumotech.co.jp>
Subject: RE: AWS certs and our partner tier

Hi Ken, I filed the merge request this morning (case %s). Thanks for
handling the partner side!
Saki
""" % (ME_C, CASE_A)
own = txt.split("-----Original Message-----")[0]
hs = m365_in(w, "kumotech.co.jp", "40.107.74.%d" % RND.randint(10, 200), "kumotech.co.jp", "kumotech.co.jp")
hs += std(w, addr("Ken Aoki", "k.aoki@kumotech.co.jp"), ME_C, "RE: AWS certs and our partner tier", mid, thread="ALLY")
add(w, "unrelated", False, None, own, build(hs, leaf("plain", txt, "us-ascii", "7bit"), crlf=True), mid, "ALLY")

# 33 ------------------------------------------------------------ user reply from the personal address
w = d("2025-03-12 12:20:51", JST)
mid = mid_gmail()
A33 = """Hello Lukas,

Sending this from my personal address as requested: I confirm that I am
leaving Kumo Technologies K.K.; my last working day is Friday, March 21, 2025.
Please go ahead with the partner team.

Understood about the name - I will send a separate request after the wedding.

Regards,
Saki Hasegawa
"""
attr = "On Wed, 12 Mar 2025 at 11:02, AWS Training and Certification <%s> wrote:" % TC
qsrc = A31
body_txt = A33 + "\n" + attr + "\n" + quote_gt(qsrc)
hs = std(w, ME_FROM_OLD, TC, "Re: " + tc_sub(CASE_A, "RE: "), mid, thread="A")
add(w, "user_reply", False, CASE_A, A33, build(hs, alt(body_txt, gmail_html(A33, attr, qsrc))), mid, "A")

# 34 ------------------------------------------------------------ case A on hold, no question
w = d("2025-03-13 05:14:36", UTC)
mid = mid_ses()
A34 = """Dear Saki,

Thanks for the confirmation from your personal address.

Today I have passed your case to our partner team. They will contact the
partner administrator of Kumo Technologies to remove the connection of
AWS19045576. This normally takes 2 to 5 business days and it depends also on
the answer of the partner.

Your case stays on hold during this time. You don't need to do anything now; I
will write you as soon as the partner team informs me.

Thanks and regards,
Lukas
AWS Training and Certification Customer Service
"""
txt = A34 + "\n" + quote_gt(A33)
hs = aws_in(w)
hs += std(w, TC_FROM, ME_P, tc_sub(CASE_A), mid, thread="A")
add(w, "on_hold", False, CASE_A, A34, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid, "A")

# 35 ------------------------------------------------------------ spoof with dmarc=fail on amazon.com
w = d("2025-03-14 00:31:55", UTC)
mid = "<%s@amazon.com>" % rhex(24)
txt = """Hello,

We are unable to complete the account merge for your case until you verify
ownership of the accounts involved.

Please sign in with your AWS Builder ID and your company e-mail password on
the secure verification page within 24 hours:

https://aws-training-verify.com/case/%s/verify

After signing in you will receive a 6-digit code. Reply to this e-mail with
the code to finish the verification. If we do not receive it, your
certifications may be removed during the merge.

Regards,
AWS Training and Certification Customer Service
""" % CASE_FAKE
hs = gmail_in(w, TC, "vps-21877.fastnet-hosting.ru", "91.215.%d.%d" % (RND.randint(1, 200), RND.randint(1, 250)),
              "amazon.com", "amazon.com", dkim="fail", spf="fail", dmarc="fail", policy="QUARANTINE")
hs += std(w, TC_FROM, ME_P, tc_sub(CASE_FAKE), mid)
add(w, "suspicious", False, None, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid)

# 36 ------------------------------------------------------------ community event (Japanese)
w = d("2025-03-17 03:00:12", UTC)
mid = mid_generic("connpass.com")
txt = """Saki Hasegawa さん

お申し込みいただいた下記イベントの開催が近づいてきました。

JAWS-UG 初心者支部 #58 「認定資格、取ったあとどうする?」
日時: 2025/03/19 (水) 19:00〜21:00
会場: オンライン (YouTube Live)
参加枠: 一般 (先着) 受付番号: 0117

参加をキャンセルする場合は、イベントページから手続きしてください。
https://jawsug-beginner.connpass.com/event/348812/

connpass
※このメールは送信専用アドレスから配信されています。
"""
hs = gmail_in(w, "bounce@connpass.com", "mail.connpass.com", "54.65.%d.%d" % (RND.randint(1, 200), RND.randint(1, 250)), "connpass.com", "connpass.com")
hs += std(w, addr("connpass", "no-reply@connpass.com"), ME_P, subj("「JAWS-UG 初心者支部 #58」の開催が近づいてきました"), mid)
add(w, "unrelated", False, None, txt, build(hs, leaf("plain", txt, "utf-8", "base64")), mid)

# 37 ------------------------------------------------------------ case A hold lifted (terse)
w = d("2025-03-18 01:12:40", UTC)
mid = mid_ses()
txt = """Hi Saki,

Partner team confirms AWS19045576 is no longer linked to Kumo Technologies.
Hold removed.

Next: I'm preparing the merge summary. You'll get it from me shortly.

Dan
AWS T&C Customer Service
"""
hs = aws_in(w)
hs += std(w, TC_FROM, ME_P, tc_sub(CASE_A), mid, thread="A")
add(w, "case_update", False, CASE_A, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid, "A")

# 38 ------------------------------------------------------------ case A confirmation request (terse, 3 accounts)
w = d("2025-03-18 01:40:02", UTC)
mid = mid_ses()
A38 = """Hi Saki,

Accounts found:

Account #1
  Candidate ID: AWS27460193
  Name: Saki Hasegawa
  Login email: %s
  Training notification email: %s
  Certification notification email: %s

Account #2
  Candidate ID: AWS19045576
  Name: Saki Hasegawa
  Login email: %s
  Training notification email: %s
  Certification notification email: %s

Account #3
  Candidate ID: AWS08831264
  Name: Saki Hasegawa
  Login email: saki_hasegawa@nishikaze-soft.jp
  Training notification email: saki_hasegawa@nishikaze-soft.jp
  Certification notification email: it-admin@nishikaze-soft.jp

Plan: merge #2 and #3 into #1. #2 and #3 are closed afterwards.
Reply from %s with your OK.

Dan
AWS T&C Customer Service
""" % (ME_P, ME_P, ME_P, ME_C, ME_C, ME_C, ME_P)
html = "<html><body><div style=\"font-family:Courier New,monospace;font-size:13px;white-space:pre\">%s</div></body></html>\n" % H.escape(A38)
hs = aws_in(w)
hs += std(w, TC_FROM, ME_P, tc_sub(CASE_A), mid, thread="A")
add(w, "confirmation_request", True, CASE_A, A38, build(hs, alt(A38, html, cte="7bit", cte_html="quoted-printable")), mid, "A")

# 39 ------------------------------------------------------------ farewell party (company, Japanese, ISO-2022-JP)
w = d("2025-03-18 18:22:05", JST)
mid = mid_outlook()
txt = """クラウドソリューション部の皆さま

中村です。
長谷川さんが 3/21 で退職されるため、送別会を開きます。

日時：3月20日（木）19:00〜
場所：恵比寿「炭火 ひより」
会費：4,000円

参加できる方は 3/19 の正午までにこのメールに返信してください。
長谷川さん、当日はひと言お願いしますね！

中村 拓海
"""
hs = m365_in(w, "kumotech.co.jp", "40.107.74.%d" % RND.randint(10, 200), "kumotech.co.jp", "kumotech.co.jp")
hs += std(w, addr("中村 拓海", "nakamura.t@kumotech.co.jp", "iso-2022-jp"), "cloud-solutions@kumotech.co.jp",
          subj("長谷川さん送別会のご案内", "iso-2022-jp"), mid, cc=ME_C)
add(w, "unrelated", False, None, txt, build(hs, leaf("plain", txt, "iso-2022-jp", "7bit")), mid)

# 40 ------------------------------------------------------------ user asks a question instead of confirming
w = d("2025-03-19 08:11:46", JST)
mid = mid_gmail()
A40 = """Hi Dan,

Quick question before I confirm: Account #2 has an unused 50% exam voucher
under Benefits. Will it move to Account #1 with the merge?

Also, the certification notification address on #3 (it-admin@...) was never
mine. Is that a problem?

Thanks,
Saki
"""
attr = "On Tue, Mar 18, 2025 at 10:40 AM AWS Training and Certification <%s> wrote:" % TC
body_txt = A40 + "\n" + attr + "\n" + quote_gt(A38)
hs = std(w, ME_FROM_OLD, TC, "Re: " + tc_sub(CASE_A), mid, thread="A")
add(w, "user_reply", False, CASE_A, A40, build(hs, alt(body_txt, gmail_html(A40, attr, A38))), mid, "A")

# 41 ------------------------------------------------------------ terse answer, still waiting for the OK
w = d("2025-03-19 00:52:18", UTC)
mid = mid_ses()
A41 = """Saki,

Yes. Benefits, including the unused 50% voucher, move with the merge.
The it-admin address was set by your former employer's admin. It is dropped
with #3.

Still need your OK to proceed.

Dan
"""
txt = A41 + "\n" + "On 3/18/2025 11:11 PM, Saki Hasegawa wrote:\n" + quote_gt(A40 + "\n" + attr + "\n" + quote_gt(A38))
hs = aws_in(w)
hs += std(w, TC_FROM, ME_P, tc_sub(CASE_A), mid, thread="A")
add(w, "confirmation_request", True, CASE_A, A41, build(hs, leaf("plain", txt, "us-ascii", "quoted-printable")), mid, "A")

# 42 ------------------------------------------------------------ user confirms
w = d("2025-03-19 12:03:37", JST)
mid = mid_gmail()
A42 = """Dan - OK, confirmed. Please merge Account #2 and Account #3 into
Account #1 (AWS27460193).

Thank you!
Saki
"""
attr = "On Wed, Mar 19, 2025 at 9:52 AM AWS Training and Certification <%s> wrote:" % TC
body_txt = A42 + "\n" + attr + "\n" + quote_gt(A41)
hs = std(w, ME_FROM_OLD, TC, "Re: " + tc_sub(CASE_A), mid, thread="A")
add(w, "user_reply", False, CASE_A, A42, build(hs, alt(body_txt, gmail_html(A42, attr, A41))), mid, "A")

# 43 ------------------------------------------------------------ case A resolved (terse, quotes the old ask)
w = d("2025-03-19 05:47:51", UTC)
mid = mid_ses()
A43 = """Saki,

Done. #2 (AWS19045576) and #3 (AWS08831264) are merged into #1 (AWS27460193).
Exam history, certifications and the 50% voucher now show on #1. Credly can
take up to 48 hours.

Closing this case as resolved.

Dan
AWS T&C Customer Service
"""
txt = A43 + "\n" + quote_gt(A42 + ">\n> Still need your OK to proceed.\n>\n> Dan\n")
hs = aws_in(w)
hs += std(w, TC_FROM, ME_P, tc_sub(CASE_A), mid, thread="A")
add(w, "resolved", False, CASE_A, A43, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid, "A")

# 44 ------------------------------------------------------------ Credly badge for the specialty from the company account
w = d("2025-03-20 14:09:33", UTC)
mid = mid_generic("credly.com")
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table align="center" width="600"><tr><td style="padding:24px">
<p>Hi Saki,</p>
<p>You have a new badge waiting from <b>Amazon Web Services Training and Certification</b>:</p>
<ul><li>AWS Certified Security &ndash; Specialty</li><li>AWS Certified Solutions Architect &ndash; Professional</li></ul>
<p><a href="https://www.credly.com/earner/earned/pending">Accept your badges</a></p>
<p style="font-size:12px;color:#888">These badges were previously issued to a different e-mail address and have been moved to your account at the issuer&rsquo;s request.</p>
</td></tr></table></body></html>
"""
hs = gmail_in(w, "bounces+1938@em.credly.com", "o7.em.credly.com", "167.89.%d.%d" % (RND.randint(1, 120), RND.randint(1, 250)), "credly.com", "credly.com")
hs += std(w, addr("Credly", "admin@credly.com"), ME_P, "Saki, you have 2 new badges to accept", mid)
add(w, "badge", False, None, html, build(hs, leaf("html", html, cte="quoted-printable")), mid)

# 45 ------------------------------------------------------------ user forwards the resolution to the new manager
w = d("2025-03-21 20:14:02", JST)
mid = mid_gmail()
new = """Fujimura-san,

As mentioned on the phone, here is AWS's confirmation that all my
certifications are now on my personal account. My candidate ID is
AWS27460193; I'll link it to Sorano Cloud's partner account after I join on
April 1.

Best regards,
Saki
"""
fwd = """
---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Wed, Mar 19, 2025 at 2:47 PM
Subject: %s
To: <%s>


""" % (TC, tc_sub(CASE_A), ME_P) + A43
hs = std(w, ME_FROM_OLD, addr("Yuto Fujimura", "y.fujimura@sorano-cloud.jp"), "Fwd: " + tc_sub(CASE_A), mid,
         extra=[("In-Reply-To", THREADS["A"][-1]), ("References", THREADS["A"][-1])])
html = gmail_html(new, "---------- Forwarded message ---------", fwd)
add(w, "user_reply", False, CASE_A, new, build(hs, alt(new + fwd, html)), mid)

# 46 ------------------------------------------------------------ survey, case A
w = d("2025-03-22 16:30:44", UTC)
mid = mid_ses()
html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello Saki,</p>
<p>You recently worked with us on case <b>%s</b>. Did we solve your problem?</p>
<table cellpadding="8"><tr>
<td><a href="https://feedback.aws.amazon.com/tc?case=%s&amp;a=yes" style="background:#1d8102;color:#fff;padding:8px 16px;text-decoration:none">Yes</a></td>
<td><a href="https://feedback.aws.amazon.com/tc?case=%s&amp;a=no" style="background:#d13212;color:#fff;padding:8px 16px;text-decoration:none">No</a></td>
</tr></table>
<p>One click is enough; you can add a comment on the next page if you like.</p>
<p style="color:#777;font-size:12px">AWS Training and Certification &middot; This mailbox is not monitored.</p>
</body></html>
""" % (CASE_A, CASE_A, CASE_A)
hs = aws_in(w)
hs += std(w, addr("AWS Customer Feedback", "aws-cs-feedback@amazon.com"), ME_P, "Did we solve your problem? (Case %s)" % CASE_A, mid)
add(w, "survey", False, CASE_A, html, build(hs, leaf("html", html, cte="quoted-printable")), mid)

# 47 ------------------------------------------------------------ certification program survey (not a case)
w = d("2025-03-24 18:00:09", UTC)
mid = mid_generic("certmetrics.com")
txt = """Hello Saki,

You hold one or more AWS Certifications, and we'd like your input.

Take our 10-minute survey on how you prepare for AWS Certification exams and
what you'd like to see in future exams. Your answers are anonymous and help
the AWS Certification team plan new content.

Start the survey: https://survey.certmetrics.com/aws/2025-q1?id=9f31c

The survey closes on April 11, 2025.

Thank you,
AWS Certification
"""
hs = gmail_in(w, "bounce-7781@certmetrics.com", "mta12.certmetrics.com", "52.54.118.%d" % RND.randint(2, 250), "certmetrics.com", "certmetrics.com")
hs += std(w, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "Help shape AWS Certification: a 10-minute survey", mid)
add(w, "certification", False, None, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid)

# 48 ------------------------------------------------------------ console case C opened
w = d("2025-03-26 01:30:40", UTC)
mid = mid_ses()
txt = """Amazon Web Services Support

Dear Customer,

Case %s has been created in the AWS Support Center for account [AWS ID 480215336719].

Subject: Exam voucher missing after certification account merge
Severity: General guidance
Service: Training and Certification
Category: Certification benefits

Description:
After my certification accounts were merged (case %s), the 50%% exam
voucher from my former company account does not appear under Benefits on
AWS27460193.

To view this case or add a reply, open:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Mail sent to this address does not reach AWS Support. Please correspond on
the case through the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA
98109-5210
""" % (CASE_C, CASE_A, CASE_C)
hs = aws_in(w)
hs += std(w, CONSOLE_FROM, ME_P, "Amazon Web Services: New Support case: %s" % CASE_C, mid)
add(w, "acknowledgement", False, CASE_C, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid, "C")

# 49 ------------------------------------------------------------ console info request
w = d("2025-03-27 04:55:13", UTC)
mid = mid_ses()
txt = """Hello,

Thank you for contacting AWS Support. My name is Priya and I'll be helping you
with this case.

I looked at candidate ID AWS27460193 and at the merge record. The merge itself
completed correctly, but vouchers that were issued while an account was linked
to a partner organization are sometimes not carried over automatically.

So that the benefits team can reissue the voucher, I need two things from you:

1. The voucher code, or at least its last four characters, if you noted it
   before the merge.
2. The approximate date you earned the certification that produced the
   voucher.

Please add these details as a reply to this case in the Support Center.
Replies sent by e-mail are not received.

Best regards,
Priya S.
Amazon Web Services

===================================================

To see all the details of this case, or to reply, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

How did we do? Rate this reply in the Support Center (1 to 5 stars).

===================================================
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % CASE_C
hs = aws_in(w)
hs += std(w, CONSOLE_FROM, ME_P, "RE:[CASE %s] Exam voucher missing after certification account merge" % CASE_C, mid)
add(w, "info_request", True, CASE_C, txt, build(hs, leaf("plain", txt, "us-ascii", "quoted-printable")), mid, "C")

# 50 ------------------------------------------------------------ GitHub (personal)
w = d("2025-03-28 13:20:45", UTC)
mid = "<saki-hm/dotfiles/pull/37@github.com>"
txt = """Bumps actions/checkout from 4.1.7 to 4.2.2.

Release notes and commits are available on GitHub.

You can trigger a rebase of this PR by commenting @dependabot rebase.

You can view, comment on, or merge this pull request online at:

  https://github.com/saki-hm/dotfiles/pull/37

-- Commit Summary --

  * Bump actions/checkout from 4.1.7 to 4.2.2

-- File Changes --

    M .github/workflows/lint.yml (2)

--
Reply to this email directly, view it on GitHub.
You are receiving this because you are subscribed to this thread.
"""
hs = gmail_in(w, "noreply@github.com", "out-21.smtp.github.com", "192.30.252.%d" % RND.randint(190, 210), "github.com", "github.com")
hs += std(w, addr("dependabot[bot]", "notifications@github.com"), "saki-hm/dotfiles <dotfiles@noreply.github.com>",
          "[saki-hm/dotfiles] Bump actions/checkout from 4.1.7 to 4.2.2 (PR #37)", mid,
          cc="Subscribed <subscribed@noreply.github.com>", extra=[("List-ID", "saki-hm/dotfiles <dotfiles.saki-hm.github.com>")])
add(w, "unrelated", False, None, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid)

# 51 ------------------------------------------------------------ console auto-resolve warning
w = d("2025-03-31 05:01:17", UTC)
mid = mid_ses()
txt = """Hello,

We haven't received a response to our last message on case %s
("Exam voucher missing after certification account merge").

If we don't hear back, the case will be resolved automatically in 3 days.
If you still need help, reply to the case in the Support Center before then.
Once a case has been resolved for 14 days it can no longer be reopened; you
can still create a new case.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This address does not accept replies.
""" % (CASE_C, CASE_C)
hs = aws_in(w)
hs += std(w, CONSOLE_FROM, ME_P, "RE:[CASE %s] Exam voucher missing after certification account merge" % CASE_C, mid)
add(w, "closing_notice", True, CASE_C, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit"), crlf=True), mid, "C")

# 52 ------------------------------------------------------------ console: passed to benefits team
w = d("2025-04-01 07:22:40", UTC)
mid = mid_ses()
txt = """Hello Saki,

Thank you for the voucher details you added to the case.

I have forwarded the request to the Certification benefits team. They usually
reissue vouchers within 3 to 5 business days, and I will update this case as
soon as it is done. Nothing else is needed from you at this point.

Best regards,
Priya S.
Amazon Web Services

===================================================
To see all the details of this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
===================================================
""" % CASE_C
hs = aws_in(w)
hs += std(w, CONSOLE_FROM, ME_P, "RE:[CASE %s] Exam voucher missing after certification account merge" % CASE_C, mid)
add(w, "case_update", False, CASE_C, txt, build(hs, alt(txt, to_html(txt))), mid, "C")

# 53 ------------------------------------------------------------ console resolved with rating footer
w = d("2025-04-03 06:40:02", UTC)
mid = mid_ses()
txt = """Hello Saki,

Good news: the benefits team has reissued the 50%% exam voucher to candidate ID
AWS27460193. You'll find it in your AWS Certification Account under Benefits,
valid until March 31, 2026.

I'm marking this case as resolved. If the voucher doesn't show up, you can
reopen the case from the Support Center within 14 days.

Best regards,
Priya S.
Amazon Web Services

===================================================
How was your experience? Rate this case in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
===================================================
""" % CASE_C
html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello Saki,</p>
<p>Good news: the benefits team has reissued the 50%% exam voucher to candidate ID AWS27460193. You&rsquo;ll find it in your AWS Certification Account under <b>Benefits</b>, valid until March 31, 2026.</p>
<p>I&rsquo;m marking this case as resolved. If the voucher doesn&rsquo;t show up, you can reopen the case from the Support Center within 14 days.</p>
<p>Best regards,<br>Priya S.<br>Amazon Web Services</p>
<hr><p style="font-size:12px">How was your experience? Rate this case:
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en&amp;rating=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en&amp;rating=1">&#9733;</a></p>
</body></html>
""" % (CASE_C, CASE_C)
hs = aws_in(w)
hs += std(w, CONSOLE_FROM, ME_P, "RE:[CASE %s] Exam voucher missing after certification account merge" % CASE_C, mid)
add(w, "resolved", False, CASE_C, txt, build(hs, alt(txt, html, cte="quoted-printable", cte_html="base64")), mid, "C")

# 54 ------------------------------------------------------------ Pearson VUE name reminder
w = d("2025-04-04 03:12:55", UTC)
mid = mid_generic("pearson.com")
txt = """Dear Saki Hasegawa,

This is a reminder about your upcoming exam.

Exam:             SAP-C02: AWS Certified Solutions Architect - Professional
Date and time:    Saturday, May 10, 2025, 1:00 PM JST
Delivery:         Test center - Tokyo Shinjuku
Registration ID:  517604392

The first and last name on your ID must match the name in your exam
registration. If your legal name has changed, update it before your exam
through the organization you registered with. Candidates whose ID does not
match may be turned away without a refund.

Pearson VUE
This mailbox is not monitored.
"""
hs = gmail_in(w, "noreply@pearson.com", "mail-pearson.pearsonvue.com", "159.182.%d.%d" % (RND.randint(1, 200), RND.randint(1, 250)), "pearson.com", "pearson.com")
hs += std(w, addr("Pearson VUE", "pearsonvue-reminders@pearson.com"), ME_P, "Reminder: make sure the name on your ID matches your registration", mid)
add(w, "unrelated", False, None, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid)

# 55 ------------------------------------------------------------ AWS Educate form case (other program) asking for info
w = d("2025-04-07 06:05:21", UTC)
mid = mid_ses()
txt = """Hello Saki,

Thank you for applying to AWS Educate as an educator.

To verify your affiliation we need one of the following:
  - a link to a page on your organization's website that lists you, or
  - a short letter on company letterhead confirming your role.

Could you reply to this e-mail with one of these? We will continue reviewing
your application as soon as we receive it.

Kind regards,
Hannah
AWS Educate Support
""" 
hs = aws_in(w)
hs += std(w, addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
          "RE:[CASE %s] [AWS Educate Form Submission] - educator-application" % CASE_EDU, mid)
add(w, "unrelated", False, CASE_EDU, txt, build(hs, leaf("plain", txt, "us-ascii", "7bit")), mid)

# 56 ------------------------------------------------------------ case B acknowledgement (Japanese, multipart base64)
w = d("2025-04-07 23:47:21", UTC)
mid = mid_ses()
B56 = """Saki Morimoto 様

この度は AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でケース（ケース ID: %s）を作成いたしました。

担当者が内容を確認のうえ、原則として1営業日以内にご連絡いたします。
同一のご依頼で新たにフォームを送信されますと、対応が重複し、ご回答が遅れる場合がございます。
補足事項は本メールへのご返信にてお知らせください。

■お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: 氏名の変更
AWS 候補 ID: AWS27460193
内容:
結婚により姓が長谷川（Hasegawa）から森本（Morimoto）に変わりました。
AWS 認定アカウントの氏名を SAKI MORIMOTO に変更したいです。5月10日に試験の予約があります。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_B
html = "<html><body style=\"font-family:'Meiryo',sans-serif;font-size:14px\">%s</body></html>\n" % "".join(
    "<p>%s</p>" % H.escape(p).replace("\n", "<br>") for p in B56.split("\n\n"))
hs = aws_in(w)
hs += std(w, addr("AWS トレーニングと認定", TC), ME_P, tc_sub(CASE_B, None, "[AWS Training and Certification Form Submission] - certification"), mid)
add(w, "acknowledgement", False, CASE_B, B56, build(hs, alt(B56, html, cte="base64")), mid, "B")

# 57 ------------------------------------------------------------ case B info request (Japanese keigo, ISO-2022-JP)
w = d("2025-04-09 01:31:48", UTC)
mid = mid_ses()
B57 = """森本 咲 様

AWS トレーニングと認定 カスタマーサービスの小野寺でございます。
お問い合わせいただき、誠にありがとうございます。

氏名の変更につきまして、ご本人様確認のため、恐れ入りますが以下の3点をご確認のうえ、
本メールへご返信いただけますでしょうか。

　1. 変更後のお名前（公的身分証明書に記載のローマ字表記どおり、名・姓の順）
　2. 現在ご登録の旧姓でのお名前
　3. 変更対象となる AWS 候補 ID

なお、身分証明書の画像をお送りいただく必要はございません。

ご返信を確認次第、手続きを進めさせていただきます。
お手数をおかけいたしますが、どうぞよろしくお願い申し上げます。

小野寺
AWS トレーニングと認定 カスタマーサービス
"""
hs = aws_in(w)
hs += std(w, addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
          tc_sub(CASE_B, "RE: ", "[AWS Training and Certification Form Submission] - certification"), mid, thread="B")
add(w, "info_request", True, CASE_B, B57, build(hs, leaf("plain", B57, "iso-2022-jp", "7bit")), mid, "B")

# 58 ------------------------------------------------------------ user reply (Japanese, Gmail)
w = d("2025-04-09 14:20:33", JST)
mid = mid_gmail()
B58 = """小野寺様

ご連絡ありがとうございます。以下のとおりです。

1. SAKI MORIMOTO
2. SAKI HASEGAWA
3. AWS27460193

どうぞよろしくお願いいたします。

森本（旧姓 長谷川）咲
"""
attr = "2025年4月9日(水) 10:31 AWS トレーニングと認定 <%s>:" % TC
body_txt = B58 + "\n" + attr + "\n\n" + quote_gt(B57)
hs = std(w, ME_FROM_NEW, TC, "Re: " + tc_sub(CASE_B, "RE: ", "[AWS Training and Certification Form Submission] - certification"), mid, thread="B")
add(w, "user_reply", False, CASE_B, B58, build(hs, alt(body_txt, gmail_html(B58, attr, B57), cte="base64")), mid, "B")

# 59 ------------------------------------------------------------ fake Pearson VUE (Japanese)
w = d("2025-04-09 22:44:10", UTC)
mid = mid_generic("pearsonvue-jp-support.com")
txt = """受験者様

Pearson VUE 受験者サポートです。

お客様の受験者情報（氏名）と本人確認書類の情報に不一致が検出されました。
このままでは次回の試験を受験いただけません。

48時間以内に下記ページより、ログイン情報とクレジットカード情報を入力し、
受験者情報の再認証を行ってください。

http://pearsonvue-jp-support.com/verify/candidate

※期限を過ぎた場合、試験予約は自動的にキャンセルされ、受験料は返金されません。

Pearson VUE 受験者サポートセンター
"""
hs = gmail_in(w, "info@pearsonvue-jp-support.com", "mail.pearsonvue-jp-support.com", "103.151.%d.%d" % (RND.randint(1, 200), RND.randint(1, 250)),
              "pearsonvue-jp-support.com", "pearsonvue-jp-support.com", dkim="none", policy="NONE")
hs += std(w, addr("Pearson VUE", "info@pearsonvue-jp-support.com"), ME_P, subj("【重要】受験者情報の確認のお願い"), mid)
add(w, "suspicious", False, None, txt, build(hs, leaf("plain", txt, "utf-8", "quoted-printable")), mid)

# 60 ------------------------------------------------------------ case B passed to team (Shift_JIS, 8bit)
w = d("2025-04-10 02:05:37", UTC)
mid = mid_ses()
B60 = """森本 様

ご返信いただき、ありがとうございます。小野寺でございます。

いただいた内容をもとに、認定記録を管理する担当チームへ氏名変更の手続きを依頼いたしました。
反映までは通常2〜3営業日ほどお時間を頂戴しております。

現時点でお客様にご対応いただくことはございません。
手続きが完了いたしましたら、改めて本ケースにてご連絡いたします。

小野寺
AWS トレーニングと認定 カスタマーサービス
"""
txt = B60 + "\n" + "-----Original Message-----\n" + quote_gt(B58)
hs = aws_in(w)
hs += std(w, addr("AWS トレーニングと認定", TC, "shift_jis"), ME_P,
          tc_sub(CASE_B, "RE: ", "[AWS Training and Certification Form Submission] - certification"), mid, thread="B")
add(w, "case_update", False, CASE_B, B60, build(hs, leaf("plain", txt, "shift_jis", "8bit")), mid, "B")

# 61 ------------------------------------------------------------ case B resolved (Japanese HTML only, quotes old request)
w = d("2025-04-14 00:58:22", UTC)
mid = mid_ses()
B61 = """森本 様

お待たせいたしました。小野寺でございます。

AWS 候補 ID AWS27460193 のご登録氏名を「Saki Morimoto」に変更いたしました。
認定証（PDF）も新しいお名前で再発行されております。AWS 認定アカウントの「認定」ページからダウンロードいただけます。
なお、Pearson VUE 側への反映には最大で24時間ほどかかる場合がございます。

その他ご不明な点がございましたら、本メールにご返信ください。
このたびはお問い合わせいただき、ありがとうございました。

小野寺
AWS トレーニングと認定 カスタマーサービス
"""
html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Meiryo',sans-serif;font-size:14px\">" +
        "".join("<p>%s</p>" % H.escape(p).replace("\n", "<br>") for p in B61.split("\n\n")) +
        "<div style=\"border-left:2px solid #ccc;padding-left:8px;color:#666\"><p>差出人: AWS トレーニングと認定<br>送信日時: 2025年4月9日 10:31</p>" +
        "".join("<p>%s</p>" % H.escape(p).replace("\n", "<br>") for p in B57.split("\n\n")) + "</div></body></html>\n")
hs = aws_in(w)
hs += std(w, addr("AWS トレーニングと認定", TC), ME_P,
          tc_sub(CASE_B, "RE: ", "[AWS Training and Certification Form Submission] - certification"), mid, thread="B")
add(w, "resolved", False, CASE_B, B61, build(hs, leaf("html", html, "utf-8", "quoted-printable")), mid, "B")

# 62 ------------------------------------------------------------ user reply: Credly still shows the old name
w = d("2025-04-16 09:12:08", JST)
mid = mid_gmail()
B62 = """小野寺様

ご対応ありがとうございました。認定アカウントと認定証は新しい名前になっていました。

ただ、Credly のバッジはまだ「Saki Hasegawa」と表示されています。
こちらもそちらで変更していただくことは可能でしょうか。

森本 咲
"""
attr = "2025年4月14日(月) 9:58 AWS トレーニングと認定 <%s>:" % TC
body_txt = B62 + "\n" + attr + "\n\n" + quote_gt(B61)
hs = std(w, ME_FROM_NEW, TC, "Re: " + tc_sub(CASE_B, "RE: ", "[AWS Training and Certification Form Submission] - certification"), mid, thread="B")
add(w, "user_reply", False, CASE_B, B62, build(hs, alt(body_txt, gmail_html(B62, attr, B61), cte="base64")), mid, "B")

# 63 ------------------------------------------------------------ case B reopened, check and report back (ISO-2022-JP)
w = d("2025-04-17 01:44:50", UTC)
mid = mid_ses()
B63 = """森本 様

ご連絡いただき、ありがとうございます。小野寺でございます。
本ケースを再開いたしました。

Credly のバッジに表示されるお名前は、Credly のアカウント設定（Settings > Profile）から
お客様ご自身で変更いただく仕様となっており、弊社側では変更いたしかねます。
ご不便をおかけし、申し訳ございません。

お手数ではございますが、Credly 側でお名前を変更いただいたうえで、
バッジに新しいお名前が表示されているかご確認いただき、その結果をお知らせいただけますでしょうか。
表示が変わらない場合は、弊社から Credly へ確認いたします。

何卒よろしくお願い申し上げます。

小野寺
AWS トレーニングと認定 カスタマーサービス
"""
hs = aws_in(w)
hs += std(w, addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
          tc_sub(CASE_B, "RE: ", "[AWS Training and Certification Form Submission] - certification"), mid, thread="B")
add(w, "info_request", True, CASE_B, B63, build(hs, leaf("plain", B63, "iso-2022-jp", "7bit"), crlf=True), mid, "B")

# 64 ------------------------------------------------------------ AWS Summit marketing (Japanese)
w = d("2025-04-18 01:00:00", UTC)
mid = mid_ses()
html = """<html><body style="font-family:'Hiragino Sans','Meiryo',sans-serif">
<table width="640" align="center"><tr><td style="background:#161e2d;color:#fff;padding:28px">
<h2 style="margin:0">AWS Summit Japan 2025</h2><p>6月25日（水）・26日（木）幕張メッセ</p></td></tr>
<tr><td style="padding:24px;font-size:14px">
<p>森本 咲 様</p>
<p>AWS Summit Japan 2025 の参加登録を開始しました。AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_0418">今すぐ登録する</a></p>
<p style="font-size:11px;color:#777">本メールは送信専用アドレスから配信しています。配信停止は<a href="https://pages.awscloud.com/communication-preferences-jp">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</td></tr></table></body></html>
"""
hs = aws_in(w)
hs += std(w, addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P,
          subj("【AWS Summit Japan 2025】参加登録受付を開始しました"), mid)
add(w, "unrelated", False, None, html, build(hs, leaf("html", html, "utf-8", "base64")), mid)

# 65 ------------------------------------------------------------ case B closing notice (Japanese, Shift_JIS base64)
w = d("2025-04-23 02:10:14", UTC)
mid = mid_ses()
B65 = """森本 様

AWS トレーニングと認定 カスタマーサービスです。

ケース %s につきまして、4月17日にご案内した内容へのご返信をまだいただいておりません。

本メールの送信から5日以内にご返信がない場合、本ケースはクローズさせていただきます。
クローズ後であっても、本メールにご返信いただければケースは再開されます。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_B
hs = aws_in(w)
hs += std(w, addr("AWS トレーニングと認定", TC, "shift_jis"), ME_P,
          tc_sub(CASE_B, "RE: ", "[AWS Training and Certification Form Submission] - certification"), mid, thread="B")
add(w, "closing_notice", True, CASE_B, B65, build(hs, leaf("plain", B65, "shift_jis", "base64")), mid, "B")

# 66 ------------------------------------------------------------ user reply (done, please close)
w = d("2025-04-23 21:40:56", JST)
mid = mid_gmail()
B66 = """小野寺様

ご連絡が遅くなり申し訳ありません。
Credly でプロフィールの氏名を変更し、バッジにも「Saki Morimoto」と表示されるようになりました。
本件はクローズしていただいて大丈夫です。ありがとうございました。

森本 咲
"""
attr = "2025年4月23日(水) 11:10 AWS トレーニングと認定 <%s>:" % TC
body_txt = B66 + "\n" + attr + "\n\n" + quote_gt(B65)
hs = std(w, ME_FROM_NEW, TC, "Re: " + tc_sub(CASE_B, "RE: ", "[AWS Training and Certification Form Submission] - certification"), mid, thread="B")
add(w, "user_reply", False, CASE_B, B66, build(hs, alt(body_txt, gmail_html(B66, attr, B65), cte="base64")), mid, "B")

# 67 ------------------------------------------------------------ case B resolved (short)
w = d("2025-04-24 00:35:29", UTC)
mid = mid_ses()
B67 = """森本 様

ご確認いただき、ありがとうございます。
Credly 上での反映も確認できましたので、本ケースはこれにて解決とさせていただきます。

またのご利用をお待ちしております。

小野寺
"""
txt = B67 + "\n\n" + quote_gt(B66)
hs = aws_in(w)
hs += std(w, addr("AWS トレーニングと認定", TC), ME_P,
          tc_sub(CASE_B, "RE: ", "[AWS Training and Certification Form Submission] - certification"), mid, thread="B")
add(w, "resolved", False, CASE_B, B67, build(hs, leaf("plain", txt, "utf-8", "quoted-printable")), mid, "B")

# 68 ------------------------------------------------------------ survey (Japanese)
w = d("2025-04-25 03:00:41", UTC)
mid = mid_ses()
txt = """森本 咲 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。
ケース %s の対応について、アンケートへのご協力をお願いいたします。所要時間は2分ほどです。

アンケートに回答する:
https://survey.aws-feedback.amazon.com/s?c=%s&lang=ja

いただいたご意見は、今後のサービス向上に活用させていただきます。
※本メールは送信専用です。ご返信いただいてもお答えできません。

AWS トレーニングと認定
""" % (CASE_B, CASE_B)
hs = aws_in(w)
hs += std(w, addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com"), ME_P,
          subj("アンケートご協力のお願い（ケース %s）" % CASE_B), mid)
add(w, "survey", False, CASE_B, txt, build(hs, leaf("plain", txt, "utf-8", "base64")), mid)


# ================================================================ write
def main():
    for f in os.listdir(OUT):
        if re.match(r"^\d{3}-msg\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    order = sorted(range(len(MSGS)), key=lambda i: MSGS[i]["when"])
    assert order == list(range(len(MSGS))), "messages are not in arrival order"
    counts = Counter()
    for n, m in enumerate(MSGS, 1):
        base = os.path.join(OUT, "%03d-msg" % n)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["eml"])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["label"]["kind"]] += 1
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(m["label"]["needs_reply"] for m in MSGS)))


if __name__ == "__main__":
    main()
