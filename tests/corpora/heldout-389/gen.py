#!/usr/bin/env python3
"""Generate a blind test mailbox (AWS Training and Certification support cases
plus the unrelated mail around them).  Standard library only.
Run:  python3 gen.py   (files are written next to this script)."""
import os, sys, json, glob, hashlib
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import charset as _cs
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.message import Message
from email.header import Header
from email.utils import format_datetime, formataddr
from email.generator import BytesGenerator
from email import policy as _pol
import io

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "kenta.morishita.dev@gmail.com"          # personal
ME_C = "k-morishita@hoshizora-sys.co.jp"        # company (closes 2025-03-31)
ME_NAME = "Kenta Morishita"
ME_JA = "森下 健太"

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

# cases
CASE_A = "173992872800391"   # account merge company -> personal (15 digits, 2025)
CASE_B = "173992919100512"   # duplicate form of A
CASE_C = "174253407700128"   # console case: missing 50% discount benefit
CASE_D = "174368173900264"   # certificate name correction, handled in Japanese
CASE_E = "13862049517"       # 2023: duplicate accounts on the same address (11 digits)
CASE_OLD = "8703316452"      # 2021 case, only seen in a forwarded copy (10 digits)

CID_COMPANY = "AWS04417729"
CID_PERSONAL = "AWS11903586"
CID_DUPE = "AWS11904410"

JST = timezone(timedelta(hours=9))
PST = timezone(timedelta(hours=-8))
PDT = timezone(timedelta(hours=-7))
UTC = timezone.utc

MSGS = []


def dt(s, tz=JST):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def _charset(name, cte):
    c = _cs.Charset(name)
    if cte == "qp":
        c.body_encoding = _cs.QP
    elif cte == "b64":
        c.body_encoding = _cs.BASE64
    elif cte == "7bit":
        c.body_encoding = None
    return c


def _mk(t, sub, charset, cte):
    """Build a text part by hand so that the declared charset is the real one."""
    import base64, quopri
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (sub, charset)
    data = t.encode(charset)
    if cte == "b64":
        p["Content-Transfer-Encoding"] = "base64"
        p.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "qp":
        p["Content-Transfer-Encoding"] = "quoted-printable"
        p.set_payload(quopri.encodestring(data).decode("ascii"))
    else:
        p["Content-Transfer-Encoding"] = "7bit"
        p.set_payload(data.decode("ascii"))
    return p


def text(t, charset="utf-8", cte="qp"):
    return _mk(t, "plain", charset, cte)


def html(h, charset="utf-8", cte="qp"):
    return _mk(h, "html", charset, cte)


def alt(*parts):
    m = MIMEMultipart("alternative")
    for p in parts:
        del p["MIME-Version"]
        m.attach(p)
    return m


def mixed(*parts, sub="mixed", **params):
    m = MIMEMultipart(sub, **params)
    for p in parts:
        del p["MIME-Version"]
        m.attach(p)
    return m


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if domain == "ses":
        return "<0106%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            h[:12], h[12:20], h[20:24], h[24:28], h[28:40])
    if domain == "gmail":
        return "<CAF%s%s@mail.gmail.com>" % (h[:20].upper(), h[20:34])
    if domain == "outlook":
        return "<TYCP%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            h[:6].upper(), h[6:30].upper(), h[30:35].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:26], domain)


# Authentication-Results in the style of the receiving provider
def auth_gmail(dom, dkim="pass", spf="pass", dmarc="pass", sel="6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", ip="54.240.8.53", mfrom=None):
    mfrom = mfrom or ("0106%s@email.amazonses.com" % hashlib.md5(dom.encode()).hexdigest()[:8]) if dom == "amazon.com" else (mfrom or "bounce@" + dom)
    return ("mx.google.com;\r\n       dkim=%s header.i=@%s header.s=%s header.b=Qm3xYz1a;\r\n"
            "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\r\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
            % (dkim, dom, sel, spf, mfrom, ip, mfrom, dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", dom))


def auth_m365(dom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.48.91", mfrom=None):
    mfrom = mfrom or dom
    return ("spf=%s (sender IP is %s)\r\n smtp.mailfrom=%s; dkim=%s (signature was verified)\r\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%s"
            % (spf, ip, mfrom, dkim, dom, dmarc, dom, "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000"))


def add(n_kind, needs_reply, case, cids, body, *, date, frm, to, subject, cc=None,
        msgid=None, irt=None, refs=None, auth=None, received=None, extra=None,
        subj_charset="utf-8", crlf=False, note=""):
    """Assemble one message and remember its label."""
    m = body
    ct = [(k, v) for k, v in m.items()]
    for k in list(m.keys()):
        del m[k]
    if received:
        for r in received:
            m["Received"] = r
    if auth:
        m["Authentication-Results"] = auth
    m["Date"] = format_datetime(date)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = hdr(subject, subj_charset)
    m["Message-ID"] = msgid or mid(subject + str(date), "local.invalid")
    if irt:
        m["In-Reply-To"] = irt
    if refs:
        m["References"] = refs if isinstance(refs, str) else " ".join(refs)
    for k, v in (extra or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in ct:
        if k.lower() == "mime-version":
            continue
        m[k] = v
    MSGS.append(dict(msg=m, label={"kind": n_kind, "needs_reply": needs_reply,
                                   "case": case, "candidate_ids": list(cids)},
                     crlf=crlf, note=note, subject=subject))
    return m["Message-ID"]


def rcv_amazon(date, to_dom="gmail"):
    d = format_datetime(date.astimezone(UTC))
    if to_dom == "gmail":
        return ["from a8-53.smtp-out.amazonses.com (a8-53.smtp-out.amazonses.com. [54.240.8.53])\r\n        by mx.google.com with ESMTPS id a1640c2b3f9e.88.2025\r\n        for <%s>;\r\n        %s" % (ME_P, d)]
    return ["from a48-91.smtp-out.amazonses.com (54.240.48.91) by\r\n TY1PEPF0000ACDC.mail.protection.outlook.com (10.167.248.71) with Microsoft SMTP\r\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8445.7 via\r\n Frontend Transport; %s" % d]


def quote(t, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in t.split("\n"))


# ---------------------------------------------------------------------------
# 2023: duplicate certification profiles on the same address (case E)
# ---------------------------------------------------------------------------
def part_2023():
    d = dt("2023-11-06 08:41:10", PST)
    h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:18px;color:#fff">
<b>AWS Certification</b></td></tr><tr><td style="padding:20px">
<p>Hello Kenta Morishita,</p>
<p>Congratulations! You have successfully completed the <b>AWS Certified Developer - Associate</b> exam and you are now AWS Certified.</p>
<p>Your candidate ID is <b>{CID_DUPE}</b>. Your digital badge and certificate are available from your AWS Certification Account under <i>Certifications</i>. If you have opted in to digital badges, look for an email from Credly within the next few days.</p>
<p>Validation number: 7QKZ2M1J4B1Q1LWS<br>Certification date: Nov 04, 2023<br>Expiration date: Nov 04, 2026</p>
<p>Sincerely,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#777">This is an automated message sent from an unmonitored mailbox. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.</p>
</td></tr></table></body></html>"""
    t = f"""Hello Kenta Morishita,

Congratulations! You have successfully completed the AWS Certified Developer - Associate exam and you are now AWS Certified.

Your candidate ID is {CID_DUPE}. Your digital badge and certificate are available from your AWS Certification Account under Certifications.

Validation number: 7QKZ2M1J4B1Q1LWS
Certification date: Nov 04, 2023
Expiration date: Nov 04, 2026

Sincerely,
AWS Training and Certification
"""
    add("certification", False, None, [CID_DUPE], alt(text(t), html(h)), date=d,
        frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_P,
        subject="Congratulations, you are now AWS Certified!",
        msgid=mid("cm1", "certmetrics.com"),
        auth=auth_gmail("certmetrics.com", sel="s1", ip="198.21.5.74", mfrom="bounces+31@em.certmetrics.com"),
        note="Exam pass notice from CertMetrics; candidate ID of the profile created by mistake")

    d = dt("2023-11-07 07:00:02", UTC)
    t = """CLOUD NATIVE WEEKLY  -  Issue #233
=================================

This week: Karpenter 0.32 goes beta-to-v1, an honest look at service meshes in
2023, and why your Terraform state file is bigger than you think.

1. Karpenter v0.32: the road to v1 (and what breaks)
   https://cloudnative-weekly.dev/r/8812

2. We merged 40 microservices back into 6. Here is the bill.
   https://cloudnative-weekly.dev/r/8813

3. Case study: closing 1,200 stale Jira tickets with a bot
   https://cloudnative-weekly.dev/r/8814

Sponsored: Ship observability in a day. Try it free.

You are receiving this because you subscribed at cloudnative-weekly.dev.
Unsubscribe: https://cloudnative-weekly.dev/u/3f2a91
"""
    add("unrelated", False, None, [], text(t, cte="7bit", charset="us-ascii"), date=d,
        frm="Cloud Native Weekly <hello@cloudnative-weekly.dev>", to=ME_P,
        subject="CNW #233: Karpenter v1, mesh regrets, merging microservices",
        msgid=mid("cnw233", "cloudnative-weekly.dev"),
        auth=auth_gmail("cloudnative-weekly.dev", sel="k1", ip="198.2.180.12", mfrom="bounce@mail.cloudnative-weekly.dev"),
        extra=[("List-Unsubscribe", "<https://cloudnative-weekly.dev/u/3f2a91>")],
        note="Newsletter that says 'merged' and 'closing tickets'")

    d = dt("2023-11-08 19:03:44", PST)
    t = f"""Hello,

Thank you for reaching out to AWS Training and Certification. This message confirms that we have opened case {CASE_E} for your request.

We reply to most inquiries within 24 hours, although some requests need additional research and may take longer.

To avoid delays, please do not submit another form for this same request. Replying to this email adds your message to the existing case.

The details of your request are as follows:

Inquiry type: Certification
Additional details: Account Merge
Name: Kenta Morishita
Email: {ME_P}
AWS Candidate ID: {CID_PERSONAL}

How can we help you?
I passed the Developer - Associate exam on Nov 4 but it does not show up in Credly. I think I have two certification profiles with the same email address: {CID_PERSONAL} (older, connected to Credly) and {CID_DUPE} (created by mistake when I signed in with Builder ID). Please merge them into {CID_PERSONAL}.

Sincerely,
AWS Training and Certification
"""
    a_e = add("acknowledgement", False, CASE_E, [CID_PERSONAL, CID_DUPE], text(t), date=d,
              frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P,
              subject=f"[CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance",
              msgid=mid("e-ack", "ses"), auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
              note="Acknowledgement echoing the form text (candidate IDs in the echo); 'please do not submit another form' is not a request to answer")

    d = dt("2023-11-09 10:22:31", JST)
    t = """Merged #212 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-oss/tfmodules/pull/212#event-10913377412
You are receiving this because you authored the thread.
"""
    h = """<p>Merged <a href="https://github.com/hoshizora-oss/tfmodules/pull/212">#212</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/hoshizora-oss/tfmodules/pull/212#event-10913377412">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>"""
    add("unrelated", False, None, [], alt(text(t), html(h)), date=d,
        frm="Takuya Ono <notifications@github.com>", to="hoshizora-oss/tfmodules <tfmodules@noreply.github.com>",
        cc=f"Kenta Morishita <{ME_P}>, Author <author@noreply.github.com>",
        subject="Re: [hoshizora-oss/tfmodules] Add lifecycle rule for log bucket (PR #212)",
        msgid="<hoshizora-oss/tfmodules/pull/212/issue_event/10913377412@github.com>",
        irt="<hoshizora-oss/tfmodules/pull/212@github.com>", refs="<hoshizora-oss/tfmodules/pull/212@github.com>",
        auth=auth_gmail("github.com", sel="pf2023", ip="192.30.252.206", mfrom="noreply@github.com"),
        extra=[("List-ID", "hoshizora-oss/tfmodules <tfmodules.hoshizora-oss.github.com>"),
               ("X-GitHub-Reason", "author")],
        note="GitHub 'Merged' notification")

    d = dt("2023-11-10 14:57:09", PST)
    t = f"""Hello Kenta,

Thank you for your patience while we looked into this.

I was able to locate two certification profiles registered with {ME_P}. Before profiles can be combined, we have to make sure that both of them really belong to the same person. The profile created most recently is {CID_DUPE}, and the older one is {CID_PERSONAL}.

For verification, we need the following from you:

1. The name of the exam and the date you sat it, for the most recent exam taken on either profile
2. The city shown in the mailing address of the older profile

Once I have these two details I can move your request forward.

Best regards,

Priya S.
AWS Training and Certification Customer Service
"""
    h = "<div style=\"font-family:Calibri,Arial\">" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>") for p in t.strip().split("\n\n")) + "</div>"
    e_req = add("info_request", True, CASE_E, [CID_DUPE, CID_PERSONAL], alt(text(t), html(h)), date=d,
                frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P,
                subject=f"RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance",
                msgid=mid("e-req", "ses"), irt=a_e, refs=a_e, auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
                note="Verification questions with 'we need the following' and no 'please'")

    d = dt("2023-11-15 09:12:40", PST)
    t = f"""Hello,

We have not received a reply to our last message about case {CASE_E}, so the case has now been closed.

If you still need help with this request, respond to this email within the next 14 days and the case will be reopened automatically with all of its history. After that time a new request will be needed.

Regards,
AWS Training and Certification

---------- Previous message ----------
We were able to locate two certification profiles registered with {ME_P}. [...]
For verification, we need the following from you:
1. The name of the exam and the date you sat it, for the most recent exam taken on either profile
2. The city shown in the mailing address of the older profile
"""
    e_close = add("closing_notice", True, CASE_E, [], text(t, cte="b64"), date=d,
                  frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P,
                  subject=f"RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance",
                  msgid=mid("e-close", "ses"), irt=e_req, refs=[a_e, e_req], auth=auth_gmail("amazon.com"),
                  received=rcv_amazon(d),
                  note="Case already closed for no answer; replying reopens it. Old request quoted below")

    d = dt("2023-11-16 07:48:15", JST)
    t = f"""Hi Priya,

Sorry for the slow reply, I was on a business trip and missed your mail.

1. AWS Certified Developer - Associate, taken online (OnVUE) on November 4, 2023. That one is on {CID_DUPE}.
2. The older profile has Osaka as the city.

Could you please reopen the case and continue with the merge?

Thanks,
Kenta

On Thu, Nov 16, 2023 at 2:12 AM AWS Training and Certification <{TC_FORM}> wrote:
""" + quote(t_prev_close(CASE_E))
    e_u1 = add("user_reply", False, CASE_E, [CID_DUPE], text(t), date=d,
               frm=f"Kenta Morishita <{ME_P}>", to=TC_FORM,
               subject=f"Re: RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance",
               msgid=mid("e-u1", "gmail"), irt=e_close, refs=[a_e, e_req, e_close],
               note="Owner's answer (Gmail quoting)")

    d = dt("2023-11-16 16:30:02", PST)
    t = f"""Hello Kenta,

Thank you for getting back to us. Your case has been reopened.

I have passed your request, together with the details you provided, to the team that performs certification profile merges. They are handling a higher volume than usual at the moment, so it may be several business days before you hear from them.

No further action is required from you at this time.

Kind regards,
Priya S.
AWS Training and Certification Customer Service
"""
    e_upd = add("case_update", False, CASE_E, [], text(t), date=d,
                frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P,
                subject=f"RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance",
                msgid=mid("e-upd", "ses"), irt=e_u1, refs=[a_e, e_req, e_close, e_u1], auth=auth_gmail("amazon.com"),
                received=rcv_amazon(d), note="Reopened and handed to another team; explicit 'no further action'")

    d = dt("2023-11-20 11:05:56", PST)
    t = f"""Hi Kenta,

My name is Marco and I'm working on the profile merge you requested.

Here is what I found:

Account #1
  Candidate ID: {CID_PERSONAL}
  Login email: {ME_P}
  Training notification email: {ME_P}
  Certification notification email: {ME_P}

Account #2
  Candidate ID: {CID_DUPE}
  Login email: {ME_P}
  Training notification email: {ME_P}
  Certification notification email: {ME_P}

Both profiles use the same login email. If Account #1 is the profile you want to keep, everything from Account #2 (exam history, certifications, benefits) will be moved into it and Account #2 will be deactivated.

Can you confirm that Account #1 is the one to keep and that I may go ahead?

Thanks,
Marco
AWS Training & Certification Support
"""
    e_conf = add("confirmation_request", True, CASE_E, [CID_PERSONAL, CID_DUPE], text(t), date=d,
                 frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P,
                 subject=f"RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance",
                 msgid=mid("e-conf", "ses"), irt=e_upd, refs=[a_e, e_req, e_close, e_u1, e_upd],
                 auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
                 note="Account #1 / Account #2 listing, the ask is a question at the very end")

    d = dt("2023-11-21 02:14:33", UTC)
    t = """Greetings from Amazon Web Services,

This e-mail confirms that the latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $18.42

Please see the Bills page on the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

[AWS ID 580214936617]

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. or its affiliates, 410 Terry Ave. North, Seattle, WA 98109.
"""
    add("unrelated", False, None, [], text(t, cte="7bit", charset="us-ascii"), date=d,
        frm=f"Amazon Web Services <{NOREPLY}>", to=ME_P,
        subject="Amazon Web Services Billing Statement Available [Account: 580214936617]",
        msgid=mid("bill-2023-11", "ses"), auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
        note="Real AWS billing mail from the same sender as console cases; 12-digit account ID")

    d = dt("2023-11-21 06:40:12", JST)
    t = f"""Hi Marco,

Confirmed. Please keep Account #1 and merge Account #2 into it.

Thank you!
Kenta

On Tue, Nov 21, 2023 at 4:05 AM AWS Training and Certification <{TC_FORM}> wrote:
> Hi Kenta,
>
> My name is Marco and I'm working on the profile merge you requested.
>
> Account #1
>   Candidate ID: {CID_PERSONAL}
>   Login email: {ME_P}
> Account #2
>   Candidate ID: {CID_DUPE}
>   Login email: {ME_P}
>
> Can you confirm that Account #1 is the one to keep and that I may go ahead?
"""
    e_u2 = add("user_reply", False, CASE_E, [], text(t), date=d,
               frm=f"Kenta Morishita <{ME_P}>", to=TC_FORM,
               subject=f"Re: RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance",
               msgid=mid("e-u2", "gmail"), irt=e_conf, refs=[a_e, e_conf],
               note="Owner confirms; IDs only in quoted part")

    d = dt("2023-11-28 13:47:20", PST)
    t = f"""Hello Kenta,

Apologies for the wait, our queue has been unusually long this month.

I have successfully merged {CID_DUPE} into {CID_PERSONAL}. Your exam history and all of your certifications, including AWS Certified Developer - Associate, now appear under Account #1. Your Credly badges should follow within 24-48 hours; you don't need to do anything for that to happen.

If anything looks wrong after you sign in, simply reply to this message.

Best,
Marco
AWS Training & Certification Support

-----Original Message-----
From: Kenta Morishita <{ME_P}>
Sent: Monday, November 20, 2023 1:40 PM
Subject: Re: RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance

Confirmed. Please keep Account #1 and merge Account #2 into it.

-----Original Message-----
From: AWS Training and Certification
Sent: Monday, November 20, 2023 11:05 AM

Can you confirm that Account #1 is the one to keep and that I may go ahead?
"""
    add("resolved", False, CASE_E, [CID_DUPE, CID_PERSONAL], text(t), date=d,
        frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P,
        subject=f"RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance",
        msgid=mid("e-done", "ses"), irt=e_u2, refs=[a_e, e_conf, e_u2], auth=auth_gmail("amazon.com"),
        received=rcv_amazon(d),
        note="Merge done; conditional 'if anything looks wrong, reply'; old confirmation question quoted below")

    d = dt("2023-11-28 14:02:51", PST)
    h = """<html><body style="margin:0;background:#f3f3f3"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333"><tr><td style="padding:24px">
<img src="https://images.credly.com/logo.png" alt="Credly" width="96"><h2 style="font-weight:400">Kenta, you've earned a badge!</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you the <b>AWS Certified Developer &ndash; Associate</b> badge.</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/9b1f3d2e-6c1a-4f3e-8d7a-2a51c0e4b6f7" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p>Show it off on LinkedIn, add it to your e-mail signature, or embed it in your website.</p>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; 1 Penn Plaza, New York, NY. You received this because an issuer awarded you a badge. <a href="https://www.credly.com/notifications">Notification settings</a></p>
</td></tr></table></td></tr></table></body></html>"""
    add("badge", False, None, [], html(h, cte="b64"), date=d,
        frm="Credly <admin@credly.com>", to=ME_P,
        subject="Kenta, you've earned a new badge from Amazon Web Services Training and Certification",
        msgid=mid("credly-1", "credly.com"),
        auth=auth_gmail("credly.com", sel="s1", ip="167.89.12.40", mfrom="bounces@em.credly.com"),
        note="HTML-only Credly badge; 'Accept your badge' button")

    d = dt("2023-11-29 10:15:00", PST)
    t = f"""Hello,

Your AWS Training and Certification support case {CASE_E} was recently resolved. We would like to know how we did.

Answering takes about two minutes:
https://amazonwebservices.qualtrics.com/jfe/form/SV_tc-cs?case={CASE_E}

How satisfied were you with the support you received?
  Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied

Your feedback helps us improve. This mailbox is not monitored; please do not reply to this email.

AWS Training and Certification
"""
    add("survey", False, CASE_E, [], text(t), date=d,
        frm=f"AWS Training and Certification <aws-tc-feedback@amazon.com>", to=ME_P,
        subject=f"Tell us about your experience with case {CASE_E}",
        msgid=mid("e-survey", "ses"), auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
        note="Survey after resolution")


def t_prev_close(case):
    return f"""Hello,

We have not received a reply to our last message about case {case}, so the case has now been closed.

If you still need help with this request, respond to this email within the next 14 days and the case will be reopened automatically with all of its history.
"""


# ---------------------------------------------------------------------------
# 2025: leaving the company; merge case A (+ duplicate B)
# ---------------------------------------------------------------------------
AWS_SIG_DANA = "Best regards,\n\nDana R.\nAWS Training and Certification"


def part_2025a():
    g = {}
    d = dt("2025-01-28 06:02:11", PST)
    t = f"""Hello Kenta Morishita,

Your AWS Certified Solutions Architect - Associate certification will expire on April 20, 2025.

To maintain your certification, pass the current version of the exam (or a higher-level exam in the same path) before that date. Remember that you can use the 50% exam discount from your AWS Certification Account benefits.

Candidate ID: {CID_COMPANY}

Sign in to your AWS Certification Account to review your certifications and recertification options:
https://www.aws.training/certification

Thank you,
AWS Training and Certification

This is an automated message; replies to this address are not monitored.
"""
    add("certification", False, None, [CID_COMPANY], text(t), date=d,
        frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_C,
        subject="Your AWS Certification expires in 90 days",
        msgid=mid("cm-exp", "certmetrics.com"),
        auth=auth_m365("certmetrics.com", ip="198.21.5.74", mfrom="em.certmetrics.com"),
        note="Expiry reminder to the company address")

    d = dt("2025-02-03 10:00:00")
    t = """森下 健太 様

情報システム部です。

退職手続きに伴い、以下のアカウントを停止いたします。

  対象: k-morishita@hoshizora-sys.co.jp
  停止日時: 2025年3月31日(月) 23:59

停止後はメールの送受信ができなくなります。
社外サービス(クラウド、資格、勉強会サイト等)に会社のメールアドレスを登録されている場合は、
停止日までに登録アドレスの変更をお済ませください。

ご不明な点がございましたら、情報システム部(内線 2210)までお問い合わせください。

--
株式会社ほしぞらシステムズ 情報システム部
"""
    add("unrelated", False, None, [], text(t, charset="iso-2022-jp", cte="7bit"), date=d,
        frm=addr("情報システム部", "it-helpdesk@hoshizora-sys.co.jp", "iso-2022-jp"), to=ME_C,
        subject="【ご案内】退職に伴うアカウント停止について", subj_charset="iso-2022-jp",
        msgid=mid("it-notice", "outlook"), crlf=True,
        note="Company IT tells the owner to change addresses registered on outside services; a request, but not from support")

    d = dt("2025-02-10 18:34:27")
    t = """森下さん

おつかれさまです、鈴木です。
3月末でご退職と伺いました。さみしくなります…

ささやかですが送別会を企画しています。
  日時: 3月26日(水) 19:00〜
  場所: 恵比寿の「炉端 こまち」
ご都合いかがでしょうか。難しければ別日も調整しますので、気軽に言ってください。

鈴木 美咲
"""
    add("unrelated", False, None, [], text(t, cte="b64"), date=d,
        frm=addr("鈴木 美咲", "suzuki.m@hoshizora-sys.co.jp"), to=ME_C,
        subject="送別会のご相談", msgid=mid("party", "outlook"),
        note="Colleague asks a question in Japanese; not support")

    d = dt("2025-02-18 09:12:44")
    old = f"""Hello Kenta,

As requested, I have updated the certification notification email on your certification account {CID_COMPANY} to {ME_C}. Your training notification email was already set to this address, so no change was needed there.

Your case will now be closed. If you require further assistance, reply to this email.

Thank you,
Hyun-woo
AWS Training and Certification"""
    t = f"""自分用の記録。2021年に認定アカウントの通知先を会社アドレスへ変えたときのやり取り。
会社のメールボックスが消える前に個人アドレスへ転送しておく。

________________________________
From: AWS Training and Certification <{TC_FORM}>
Sent: Friday, July 9, 2021 3:44 AM
To: 森下 健太 <{ME_C}>
Subject: RE:[CASE {CASE_OLD}] [AWS Training and Certification Form Submission] - account-assistance

{old}
"""
    add("user_reply", False, CASE_OLD, [], text(t), date=d,
        frm=addr(ME_JA, ME_C), to=ME_P,
        subject=f"FW: RE:[CASE {CASE_OLD}] [AWS Training and Certification Form Submission] - account-assistance",
        msgid=mid("fw-old", "outlook"),
        extra=[("Thread-Topic", f"RE:[CASE {CASE_OLD}] [AWS Training and Certification Form Submission] - account-assistance"),
               ("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")],
        note="Owner forwards an old 2021 resolution to himself (10-digit case); candidate ID only inside the forwarded part")

    d = dt("2025-02-18 09:20:03")
    t = f"""認定アカウント移行前のメモ (会社アカウント側で確認)

- 候補ID(会社): {CID_COMPANY}
- 候補ID(個人): {CID_PERSONAL}
- 取得済み: SAA (2022/04) / DVA (2023/11, 個人側) / SCS (2024/06)
- 特典: 50%割引 x1 (有効期限 2025/06/30)
- 証明書PDFはGoogle Driveの certs/ に保存済み

手順: Builder IDで個人アカウントにサインイン → フォームで「アカウントの統合」を申請
"""
    add("user_reply", False, None, [CID_COMPANY, CID_PERSONAL], text(t, cte="b64"), date=d,
        frm=addr(ME_JA, ME_C), to=ME_P, subject="認定アカウント移行メモ",
        msgid=mid("memo", "outlook"), note="Owner's own note; contains candidate IDs in his own text, no case yet")

    d = dt("2025-02-19 10:20:15")
    t = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

    Verification code: 481 306

This code expires 30 minutes after it was sent.

If you didn't request this code, you can safely ignore this email. Someone else might have typed your email address by mistake.

Thanks,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
    add("unrelated", False, None, [], text(t), date=d,
        frm="AWS Builder ID <no-reply@signin.aws>", to=ME_P,
        subject="Verify your AWS Builder ID email address",
        msgid=mid("bid", "signin.aws"),
        auth=auth_gmail("signin.aws", sel="224i4yxa5dv7c2xz3womw6peuasteono", ip="54.240.11.30",
                        mfrom="0100019519f7@send.signin.aws"),
        note="One-time code (6 digits), not case mail")

    d = dt("2025-02-19 10:32:08")
    form = [("Inquiry type", "Certification"), ("Additional details", "Account Merge"),
            ("Name", "Kenta Morishita"), ("Email", ME_P), ("AWS Candidate ID", CID_PERSONAL)]
    desc = (f"Use case: I am leaving Hoshizora Systems on March 31, 2025 and would like to keep my "
            f"certifications on my personal account. All email addresses I have used: {ME_C}, {ME_P}. "
            f"Email address to keep on file: {ME_P}. Old certification account: {CID_COMPANY}.")
    t = (f"Greetings from AWS Training and Certification,\n\nThank you for contacting us. We have opened case "
         f"{CASE_A} and a member of our team will get back to you, usually within 24 hours.\n\n"
         "If a case is already open for this request, please do not open another one, as duplicate cases slow down our response.\n\n"
         "Case details\n------------\n" + "\n".join("%s: %s" % kv for kv in form) +
         "\nHow can we help you?: " + desc + "\n\nThank you,\nAWS Training and Certification\n")
    rows = "".join(f"<tr><td style='padding:4px 10px;background:#f2f3f3'><b>{k}</b></td><td style='padding:4px 10px'>{v}</td></tr>" for k, v in form)
    h = (f"<html><body style='font-family:Amazon Ember,Arial,sans-serif;font-size:14px'>"
         f"<p>Greetings from AWS Training and Certification,</p><p>Thank you for contacting us. We have opened case <b>{CASE_A}</b> and a member of our team will get back to you, usually within 24 hours.</p>"
         "<p>If a case is already open for this request, please do not open another one, as duplicate cases slow down our response.</p>"
         f"<table style='border-collapse:collapse;border:1px solid #d5dbdb'>{rows}<tr><td style='padding:4px 10px;background:#f2f3f3'><b>How can we help you?</b></td><td style='padding:4px 10px'>{desc}</td></tr></table>"
         "<p>Thank you,<br>AWS Training and Certification</p></body></html>")
    g["ackA"] = add("acknowledgement", False, CASE_A, [CID_PERSONAL, CID_COMPANY], alt(text(t), html(h)), date=d,
                    frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P,
                    subject=f"[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance",
                    msgid=mid("a-ack", "ses"), auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
                    note="Acknowledgement with a table echoing the form; 'please do not open another' is boilerplate")

    d = dt("2025-02-19 10:39:51")
    t = f"""AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

ケース {CASE_B} を作成いたしました。担当者より通常24時間以内にご連絡いたしますが、内容によっては調査にお時間をいただく場合がございます。

すでに同じ内容でケースを作成されている場合は、新しいケースを作成せず、既存のケースのメールにご返信ください。重複したケースはご回答の遅れにつながります。

お問い合わせ内容は以下のとおりです。

お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
メールアドレス: {ME_C}
内容: 退職のため、会社アドレスの認定アカウント({CID_COMPANY})を個人アドレス({ME_P})のアカウントへ統合してください。

AWS トレーニングと認定
"""
    g["ackB"] = add("acknowledgement", False, CASE_B, [CID_COMPANY], text(t, charset="iso-2022-jp", cte="7bit"), date=d,
                    frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_C,
                    subject=f"[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance",
                    msgid=mid("b-ack", "ses"), auth=auth_m365("amazon.com"), received=rcv_amazon(d, "m365"),
                    crlf=True,
                    note="Second (duplicate) form, filed from the company address; Japanese ISO-2022-JP acknowledgement")

    d = dt("2025-02-19 12:00:00")
    t = """週刊クラウドニュース 第412号
────────────────────
■ 今週のトピック
・東京リージョンで新しいインスタンスタイプが利用可能に
・AWS認定の新試験「AI Practitioner」受験レポート
・Terraform 1.11 の変更点まとめ

■ 読者アンケート
本ニュースレターへのご意見をお聞かせください(所要1分)。
https://cloud-news.example.jp/survey/412

配信停止はこちら: https://cloud-news.example.jp/unsubscribe
"""
    add("unrelated", False, None, [], text(t), date=d,
        frm=addr("週刊クラウドニュース", "news@cloud-news.example.jp"), to=ME_P,
        subject="週刊クラウドニュース 第412号: AWS認定の新試験レポートほか", msgid=mid("cn412", "cloud-news.example.jp"),
        auth=auth_gmail("cloud-news.example.jp", sel="mail", ip="203.0.113.25", mfrom="bounce@cloud-news.example.jp"),
        note="Japanese newsletter mentioning AWS certification and a reader survey")
    return g


def part_2025b(g):
    subjA = f"RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"
    d = dt("2025-02-19 10:10:37", PST)
    t = f"""Hello,

It looks like this request is the same as case {CASE_A}, which was opened a few minutes earlier for the same account merge. To keep everything in one place, we have closed this case ({CASE_B}) and will continue working on your request under case {CASE_A}.

There's nothing else you need to do here. Replies about the merge should go to the emails for case {CASE_A}.

Regards,
AWS Training and Certification
"""
    add("case_update", False, CASE_B, [], text(t), date=d,
        frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_C,
        subject=f"RE:[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance",
        msgid=mid("b-dup", "ses"), irt=g["ackB"], refs=g["ackB"], auth=auth_m365("amazon.com"),
        received=rcv_amazon(d, "m365"),
        note="Duplicate closed and linked to case A; mentions both case numbers, belongs to B")

    d = dt("2025-02-19 16:45:22", PST)
    t = f"""Hello Kenta,

Thank you for contacting us about combining your certification accounts.

While reviewing your request I found that the account registered to {ME_C} ({CID_COMPANY}) is associated with an AWS Partner Network (APN) organization, Hoshizora Systems K.K. Certifications held on a partner-associated account also count toward that partner's program standing, so we cannot move them to another account while the association is in place. For that reason I have put your case on hold.

The association is normally released once the person is no longer employed by the partner, or when the partner's administrator removes it. Are you still employed by Hoshizora Systems? If you are leaving, what is your last day of employment?

{AWS_SIG_DANA}
"""
    h = "<html><body><div style='font-family:Arial;font-size:13px'>" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>") for p in t.strip().split("\n\n")) + "</div></body></html>"
    g["holdq"] = add("on_hold", True, CASE_A, [CID_COMPANY], alt(text(t), html(h)), date=d,
                     frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P,
                     subject=subjA, msgid=mid("a-holdq", "ses"), irt=g["ackA"], refs=g["ackA"],
                     auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
                     note="APN hold; the questions come after the explanation, with no 'please'")

    d = dt("2025-02-20 11:00:00")
    h = """<html><body style="margin:0"><table width="640" align="center" style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td><img src="https://d1.awsstatic.com/summit-tokyo-2025-banner.jpg" alt="AWS Summit Japan 2025" width="640"></td></tr>
<tr><td style="padding:20px"><h1 style="font-size:22px">AWS Summit Japan 2025 登録受付を開始しました</h1>
<p>日本最大の AWS を学ぶイベント、AWS Summit Japan を 6 月 25 日(水)・26 日(木)に幕張メッセで開催します。</p>
<p>会場では AWS 認定取得者限定ラウンジもご用意しています。ぜひご登録ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">今すぐ登録</a></p>
<p style="font-size:11px;color:#666">このメールは送信専用です。配信停止をご希望の場合は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社</p>
</td></tr></table></body></html>"""
    add("unrelated", False, None, [], html(h), date=d,
        frm="Amazon Web Services <aws-marketing-email-replies@amazon.com>", to=ME_P,
        subject="AWS Summit Japan 2025 登録受付開始", msgid=mid("summit", "ses"),
        auth=auth_gmail("amazon.com", mfrom="bounce@mail.awscloud.com"), received=rcv_amazon(d),
        note="AWS marketing in Japanese, HTML-only, mentions AWS Certification")

    d = dt("2025-02-20 13:21:09")
    t = f"""Hello Dana,

Thank you for the explanation.

Yes, I am still employed by Hoshizora Systems. My last day is March 31, 2025; this mailbox will be closed after that date. I am writing from the company address so that you can see I still have access to it.

After the merge I would like to keep my personal account {CID_PERSONAL} ({ME_P}).

Best regards,
Kenta Morishita
Hoshizora Systems K.K. / Cloud Engineering Dept.

From: AWS Training and Certification <{TC_FORM}>
Sent: Thursday, February 20, 2025 9:45 AM
To: {ME_P}
Subject: {subjA}

{t_strip_sig(text_of_hold())}
"""
    g["u_comp"] = add("user_reply", False, CASE_A, [CID_PERSONAL], text(t), date=d,
                      frm=addr("Kenta Morishita", ME_C), to=TC_FORM, subject=subjA,
                      msgid=mid("a-ucomp", "outlook"), irt=g["holdq"], refs=[g["ackA"], g["holdq"]],
                      extra=[("Thread-Topic", f"[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"),
                             ("Thread-Index", "AQHbg0Yk7n3mZ4f0QyS2a3kq1Vn8dA=="), ("Content-Language", "en-US")],
                      crlf=True,
                      note="Owner answers from the company address (not the case contact); Outlook quoting without '>'")

    d = dt("2025-02-20 12:30:40", PST)
    t = f"""Hello Kenta,

Thanks for the quick answer, and for letting me know your last day.

For the security of your records I can only act on instructions that come from the contact email on the case, which is your personal address, {ME_P}. Your last message reached us from your company address instead.

Would you reply to this thread from {ME_P} and repeat the information above? As soon as that arrives I will follow up on the partner side.

{AWS_SIG_DANA}
"""
    g["reqA"] = add("info_request", True, CASE_A, [], text(t), date=d,
                    frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_C, cc=ME_P,
                    subject=subjA, msgid=mid("a-req", "ses"), irt=g["u_comp"],
                    refs=[g["ackA"], g["holdq"], g["u_comp"]], auth=auth_m365("amazon.com"),
                    received=rcv_amazon(d, "m365"),
                    note="Asks the owner to write again from the personal address (wrong-address reply)")

    d = dt("2025-02-21 09:03:11")
    t = f"""Dear Kenta Morishita,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date: Wednesday, April 2, 2025
Time: 10:00 JST
Delivery: OnVUE online proctored
Registration ID: 492817365
Candidate ID: {CID_PERSONAL}

Check in 30 minutes before your appointment and run the system test beforehand.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
    add("unrelated", False, None, [CID_PERSONAL], text(t), date=d,
        frm="Pearson VUE <pearsonvuecustomerservice@pearson.com>", to=ME_P,
        subject="Pearson VUE Confirmation of Booking", msgid=mid("pv-book", "pearson.com"),
        auth=auth_gmail("pearson.com", sel="pvue", ip="148.163.150.18", mfrom="pvbounce@pearson.com"),
        note="Exam vendor booking: 9-digit registration ID, candidate ID")

    d = dt("2025-02-24 07:15:50")
    t = """AWS Skill Builder

Thank you for your purchase.

Order number: SB-2025-0224-77190
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Payment method: Visa ending in 4417
Next billing date: March 24, 2025

Manage your subscription: https://skillbuilder.aws/subscription

This receipt was sent to you because you purchased a subscription on AWS Skill Builder.
"""
    add("unrelated", False, None, [], text(t), date=d,
        frm="AWS Skill Builder <no-reply@aws.training>", to=ME_P,
        subject="Your AWS Skill Builder receipt", msgid=mid("sb-rcpt", "aws.training"),
        auth=auth_gmail("aws.training", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug", ip="54.240.27.18",
                        mfrom="010001952c@mail.aws.training"),
        note="Skill Builder receipt from the training platform sender")

    d = dt("2025-02-25 03:12:09", UTC)
    h = f"""<html><body style="font-family:Arial"><div style="max-width:600px">
<img src="https://aws-certification-services.com/img/aws-logo.png" alt="aws" width="80">
<h3>Action required: verify your certification account</h3>
<p>Dear Candidate,</p>
<p>Our system detected <b>duplicate certification profiles</b> linked to your email address. To prevent your certifications from being revoked, you must verify your identity within <b>48 hours</b>.</p>
<p><a href="https://aws-certification-services.com/verify?u=kenta.morishita.dev">Verify my account</a></p>
<p>Alternatively, reply to this email with your candidate ID and the password you use to sign in.</p>
<p>AWS Certification Support Team</p></div></body></html>"""
    add("suspicious", False, None, [], html(h), date=d,
        frm="AWS Certification Support <support@aws-certification-services.com>", to=ME_P,
        subject="Action required: duplicate certification profiles detected",
        msgid=mid("phish1", "aws-certification-services.com"),
        auth=auth_gmail("aws-certification-services.com", sel="default", ip="185.244.25.77",
                        mfrom="support@aws-certification-services.com"),
        note="Lookalike domain with passing DKIM for itself; asks for reply with password")

    d = dt("2025-02-25 15:00:12", PST)
    t = f"""Hello Kenta,

I'm following up on case {CASE_A}. We are still waiting for your reply from {ME_P} so that we can continue with the merge.

If we don't hear from you within 3 business days, this case will be closed automatically. Replying to this email will keep it open.

{AWS_SIG_DANA}
"""
    g["closeA"] = add("closing_notice", True, CASE_A, [], text(t), date=d,
                      frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P,
                      subject=subjA, msgid=mid("a-close", "ses"), irt=g["reqA"],
                      refs=[g["ackA"], g["holdq"], g["u_comp"], g["reqA"]], auth=auth_gmail("amazon.com"),
                      received=rcv_amazon(d), note="Reminder + automatic closure warning")
    return g


def text_of_hold():
    return f"""Hello Kenta,

Thank you for contacting us about combining your certification accounts.

While reviewing your request I found that the account registered to {ME_C} ({CID_COMPANY}) is associated with an AWS Partner Network (APN) organization, Hoshizora Systems K.K. [...] For that reason I have put your case on hold.

The association is normally released once the person is no longer employed by the partner, or when the partner's administrator removes it. Are you still employed by Hoshizora Systems? If you are leaving, what is your last day of employment?

{AWS_SIG_DANA}"""


def t_strip_sig(s):
    return s


def part_2025c(g):
    subjA = f"RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"
    d = dt("2025-02-26 21:40:33")
    t = f"""Hello Dana,

Sorry for the delay. I'm now writing from my personal address as you asked.

To repeat: I am still employed by Hoshizora Systems until March 31, 2025. Please merge everything on {CID_COMPANY} ({ME_C}) into my personal certification account {CID_PERSONAL}, which uses this address.

Thank you,
Kenta
"""
    qt = f"""On Wed, Feb 26, 2025 at 8:00 AM AWS Training and Certification <{TC_FORM}> wrote:
> Hello Kenta,
>
> I'm following up on case {CASE_A}. We are still waiting for your reply from
> {ME_P} so that we can continue with the merge.
>
> If we don't hear from you within 3 business days, this case will be closed
> automatically. Replying to this email will keep it open.
>
> Best regards,
>
> Dana R.
> AWS Training and Certification
"""
    hq = "<br>".join(l.replace("<", "&lt;").replace(">", "&gt;") for l in qt.split("\n")[1:])
    h = ("<div dir=\"ltr\">" + "".join("<div>%s</div>" % (l or "<br>") for l in t.split("\n")) +
         f"</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Wed, Feb 26, 2025 at 8:00 AM AWS Training and Certification &lt;<a href=\"mailto:{TC_FORM}\">{TC_FORM}</a>&gt; wrote:<br></div>"
         f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">{hq}</blockquote></div>")
    g["u_pers"] = add("user_reply", False, CASE_A, [CID_COMPANY, CID_PERSONAL], alt(text(t + "\n" + qt), html(h)), date=d,
                      frm=f"Kenta Morishita <{ME_P}>", to=TC_FORM, subject=subjA,
                      msgid=mid("a-upers", "gmail"), irt=g["closeA"],
                      refs=[g["ackA"], g["holdq"], g["u_comp"], g["reqA"], g["closeA"]],
                      note="Owner's reply from the personal address, Gmail multipart with blockquote")

    d = dt("2025-02-26 17:15:48", PST)
    t = f"""Hello Kenta,

Thank you, your reply from the personal address has been received and added to the case.

I have asked our partner team to contact the partner's administrator about removing the APN association from {CID_COMPANY}. Your case stays on hold until that happens, or until April 1 at the latest, when your employment has ended and we can proceed without the partner.

Nothing is required from you while we wait; I will write as soon as the case moves forward.

{AWS_SIG_DANA}
"""
    g["hold"] = add("on_hold", False, CASE_A, [CID_COMPANY], text(t, cte="b64"), date=d,
                    frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P,
                    subject=subjA, msgid=mid("a-hold", "ses"), irt=g["u_pers"],
                    refs=[g["ackA"], g["holdq"], g["u_pers"]], auth=auth_gmail("amazon.com"),
                    received=rcv_amazon(d), note="On hold pending the partner; explicitly nothing to do")

    d = dt("2025-03-03 16:02:27")
    t = """##- Please type your reply above this line -##

Your request (#48213) has been solved. To reopen this request, reply to this email.

Ivana (JetBrains Sales Support)
Mar 3, 2025, 8:02 GMT+1

Hello Kenta,

The license for IntelliJ IDEA Ultimate has been moved from your company JetBrains Account to your personal account, as requested. The old organization will no longer see it.

If you have any further questions, don't hesitate to let me know.

Best regards,
Ivana
JetBrains Sales Support

This email is a service from JetBrains. Delivered by Zendesk
[8VNX2D-QK1P]
"""
    add("unrelated", False, None, [], text(t), date=d,
        frm="Ivana (JetBrains Sales Support) <sales@jetbrains.com>", to=ME_P,
        subject="[JetBrains] Re: Move license to personal account", msgid=mid("jb", "jetbrains.zendesk.com"),
        auth=auth_gmail("jetbrains.com", sel="zendesk1", ip="192.161.148.62", mfrom="sales@jetbrains.com"),
        note="Other vendor's ticket 'solved', 'moved to personal account', reply to reopen")

    d = dt("2025-03-04 10:18:40")
    fwd = f"""差出人: AWS Training and Certification <{TC_FORM}>
送信日時: 2025年2月27日 10:15
宛先: {ME_P}
件名: {subjA}

Hello Kenta,

Thank you, your reply from the personal address has been received and added to the case.

I have asked our partner team to contact the partner's administrator about removing the APN association from {CID_COMPANY}. Your case stays on hold until that happens, or until April 1 at the latest [...]
"""
    t = f"""中村部長

お疲れ様です。森下です。

AWS認定アカウントの個人アカウントへの統合ですが、会社のアカウントがAPN(パートナー)に紐づいているため、
AWS側では紐づけが外れるまで作業を進められないとのことでした。

お手数ですが、Partner Central の管理者(アライアンス担当の方)に、私の認定アカウントの関連付け解除を
ご依頼いただけますでしょうか。AWS側の連絡内容は下記のとおりです。

よろしくお願いいたします。

森下

-----Original Message-----
{fwd}"""
    add("user_reply", False, CASE_A, [], text(t), date=d,
        frm=addr(ME_JA, ME_C), to=addr("中村 浩二", "nakamura.k@hoshizora-sys.co.jp"),
        subject=f"FW: {subjA}", msgid=mid("a-fwmgr", "outlook"),
        extra=[("Thread-Topic", f"[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"),
               ("Content-Language", "ja-JP")],
        note="Owner forwards the hold to his manager with a keigo request of his own")

    d = dt("2025-03-05 01:22:51", UTC)
    t = f"""Hello,

Your account merge request has been approved and is waiting for your final confirmation.

To confirm ownership of both certification accounts, sign in within 24 hours using the secure link below:

https://aws-training-verify.com/confirm?case=173990118800217&u=kenta.morishita.dev

If you do not confirm in time, the merge will be cancelled and your certifications on the old account may be lost permanently.

Thank you,
AWS Training and Certification
"""
    add("suspicious", False, None, [], text(t), date=d,
        frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P,
        subject="RE:[CASE 173990118800217] [AWS Training and Certification Form Submission] - account-assistance",
        msgid="<20250305012251.4f1c9a@vps-41-77.hostkey.example>",
        received=["from vps-41-77.hostkey.example (vps-41-77.hostkey.example. [45.88.41.77])\r\n        by mx.google.com with ESMTP id p9-20020a05\r\n        for <%s>;\r\n        Wed, 05 Mar 2025 01:22:53 +0000" % ME_P],
        auth=("mx.google.com;\r\n       dkim=fail header.i=@amazon.com header.s=6gbrjpgwjskckoa6a5zn6fwqkn67xbtw header.b=Zz0aaaaa;\r\n"
              "       spf=fail (google.com: domain of " + TC_FORM + " does not designate 45.88.41.77 as permitted sender) smtp.mailfrom=" + TC_FORM + ";\r\n"
              "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
        note="Spoofed real T&C sender with a case-style subject; DKIM/SPF/DMARC fail; credential link")

    d = dt("2025-03-06 09:00:02")
    t = """森下さん

このメールは自動応答です。
3月6日(木)〜3月10日(月)は休暇のため不在にしております。
期間中はメールを確認できません。3月11日(火)以降、順次返信いたします。

お急ぎの場合は、インフラチーム共有アドレス infra-team@hoshizora-sys.co.jp までご連絡ください。

佐藤 拓海
"""
    add("unrelated", False, None, [], text(t, charset="iso-2022-jp", cte="7bit"), date=d,
        frm=addr("佐藤 拓海", "sato.t@hoshizora-sys.co.jp", "iso-2022-jp"), to=ME_C,
        subject="自動応答: 引き継ぎ資料のレビューのお願い", subj_charset="iso-2022-jp",
        msgid=mid("ooo", "outlook"), irt=mid("handover", "outlook"), crlf=True,
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        note="Colleague's out-of-office auto-reply")

    d = dt("2025-03-06 08:30:00", PST)
    h = f"""<html><body style="font-family:Arial;font-size:14px;color:#16191f">
<p>Hello Kenta,</p>
<p><b>AWS Certification wants to hear from you.</b> As an AWS Certified professional, you are invited to join the AWS Certification Subject Matter Expert (SME) program and help us build and review exam content.</p>
<p>Take a short interest survey (about 5 minutes) to tell us about your experience:</p>
<p><a href="https://survey.certmetrics.com/aws/sme?cid={CID_COMPANY}">Share your experience</a></p>
<p>Candidate ID: {CID_COMPANY}</p>
<p>Participation is voluntary. Thank you for being part of the AWS Certification community.</p>
<p>AWS Training and Certification</p></body></html>"""
    add("certification", False, None, [CID_COMPANY], html(h, cte="b64"), date=d,
        frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_C,
        subject="AWS Certification wants to hear from you", msgid=mid("cm-sme", "certmetrics.com"),
        auth=auth_m365("certmetrics.com", ip="198.21.5.74", mfrom="em.certmetrics.com"),
        note="Certification program invitation/survey, not a case survey")

    d = dt("2025-03-12 16:40:05", PDT)
    t = f"""Hello Kenta,

My name is Svetlana and I have taken over case {CASE_A} from my colleague Dana.

Good news: our partner team has confirmed that the partner administrator removed the APN association from {CID_COMPANY}, so the hold on your case has been lifted.

I am now preparing the two accounts for the merge and will send you a summary of both for your review shortly. Nothing is needed from you at this moment.

Kind regards,
Svetlana K.
AWS Training and Certification
"""
    g["lift"] = add("case_update", False, CASE_A, [CID_COMPANY], text(t), date=d,
                    frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P,
                    subject=f"RE: [CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance",
                    msgid=mid("a-lift", "ses"), irt=g["hold"], refs=[g["ackA"], g["hold"]],
                    auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
                    note="Hold lifted, new agent, announces a coming confirmation request; 'RE: [CASE' spacing")

    d = dt("2025-03-14 12:31:00")
    t = """Run failed: CI - main (3f9e21c)

Repository: hoshizora-oss/tfmodules
Workflow: CI
Duration: 2m 14s

  plan (ubuntu-latest)   failed in 1m 58s
  lint (ubuntu-latest)   succeeded in 34s

View workflow run: https://github.com/hoshizora-oss/tfmodules/actions/runs/13852207761

You are receiving this because this workflow ran on your default branch.
Manage your GitHub Actions notifications: https://github.com/settings/notifications
"""
    add("unrelated", False, None, [], text(t), date=d,
        frm="hoshizora-oss/tfmodules <notifications@github.com>", to=ME_P,
        subject="[hoshizora-oss/tfmodules] Run failed: CI - main (3f9e21c)",
        msgid="<hoshizora-oss/tfmodules/check-suites/CS_kwDOJ8m2c88AAAAH7Zq1bA/1741923060@github.com>",
        auth=auth_gmail("github.com", sel="pf2023", ip="192.30.252.201", mfrom="noreply@github.com"),
        note="GitHub Actions failure")
    return g


def part_2025d(g):
    subjA = f"RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"
    d = dt("2025-03-16 15:30:18", PDT)
    accts = [("Account #1", CID_PERSONAL, ME_P, ME_P, ME_P),
             ("Account #2", CID_COMPANY, ME_C, ME_C, ME_C)]
    rows = "".join(
        f"<tr><td colspan='2' style='background:#232f3e;color:#fff;padding:6px 10px'><b>{a}</b></td></tr>"
        f"<tr><td style='padding:4px 10px;border:1px solid #ccc'>Candidate ID</td><td style='padding:4px 10px;border:1px solid #ccc'>{c}</td></tr>"
        f"<tr><td style='padding:4px 10px;border:1px solid #ccc'>Login email</td><td style='padding:4px 10px;border:1px solid #ccc'>{l}</td></tr>"
        f"<tr><td style='padding:4px 10px;border:1px solid #ccc'>Training notification email</td><td style='padding:4px 10px;border:1px solid #ccc'>{tr}</td></tr>"
        f"<tr><td style='padding:4px 10px;border:1px solid #ccc'>Certification notification email</td><td style='padding:4px 10px;border:1px solid #ccc'>{ce}</td></tr>"
        for a, c, l, tr, ce in accts)
    h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#111">
<p>Hello Kenta,</p>
<p>As promised, here is a summary of the certification accounts I found for you.</p>
<table style="border-collapse:collapse;margin:10px 0">{rows}</table>
<p>After the merge, the exam history, certifications and benefits of Account #2 will be moved into Account #1, and Account #2 will be closed. A merge cannot be reversed.</p>
<p>We kindly ask you to reply to this email confirming that both accounts above belong to you and that Account #1 is the account you would like to keep.</p>
<p>Kind regards,<br>Svetlana K.<br>AWS Training and Certification</p>
<p style="color:#888;font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</div></body></html>"""
    g["confA"] = add("confirmation_request", True, CASE_A, [CID_PERSONAL, CID_COMPANY], html(h), date=d,
                     frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P, subject=subjA,
                     msgid=mid("a-conf", "ses"), irt=g["lift"], refs=[g["ackA"], g["lift"]],
                     auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
                     note="HTML-only, accounts in a table, 'We kindly ask you to reply confirming'")

    d = dt("2025-03-17 08:02:44")
    own = f"""Hello Svetlana,

Confirmed. Both accounts are mine. Please merge Account #2 into Account #1 ({CID_PERSONAL}).

Thanks a lot,
Kenta
"""
    qt = f"""On Mon, Mar 17, 2025 at 7:30 AM AWS Training and Certification <{TC_FORM}> wrote:
> Hello Kenta,
>
> As promised, here is a summary of the certification accounts I found for you.
>
> Account #1
> Candidate ID {CID_PERSONAL}
> Login email {ME_P}
> Account #2
> Candidate ID {CID_COMPANY}
> Login email {ME_C}
>
> We kindly ask you to reply to this email confirming that both accounts above
> belong to you and that Account #1 is the account you would like to keep.
"""
    h = ("<div dir=\"ltr\">" + "".join("<div>%s</div>" % (l or "<br>") for l in own.split("\n")) +
         f"</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">On Mon, Mar 17, 2025 at 7:30 AM AWS Training and Certification &lt;{TC_FORM}&gt; wrote:<br></div>"
         f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
         f"<p>Hello Kenta,</p><table><tr><td>Account #1</td><td>{CID_PERSONAL}</td><td>{ME_P}</td></tr>"
         f"<tr><td>Account #2</td><td>{CID_COMPANY}</td><td>{ME_C}</td></tr></table>"
         "<p>We kindly ask you to reply to this email confirming that both accounts above belong to you and that Account #1 is the account you would like to keep.</p></blockquote></div>")
    g["u_conf"] = add("user_reply", False, CASE_A, [CID_PERSONAL], alt(text(own + "\n" + qt), html(h)), date=d,
                      frm=f"Kenta Morishita <{ME_P}>", to=TC_FORM, subject=subjA,
                      msgid=mid("a-uconf", "gmail"), irt=g["confA"], refs=[g["ackA"], g["lift"], g["confA"]],
                      note="Top-posted confirmation over the quoted request")

    d = dt("2025-03-17 10:10:55", PDT)
    t = f"""Hello Kenta,

Thank you for confirming. The merge is complete: everything from {CID_COMPANY} has been moved into {CID_PERSONAL}, and you can now see your exam history, certifications and benefits (including the 50% exam discount) when you sign in with {ME_P}.

Please allow up to five business days for partner-related systems and Credly to reflect the change.

We consider this request resolved. If you have anything to add, reply to this email.

Kind regards,
Svetlana K.
AWS Training and Certification

-----Original Message-----
From: Kenta Morishita <{ME_P}>
Sent: 3/16/2025 4:02 PM
To: {TC_FORM}
Subject: {subjA}

Confirmed. Both accounts are mine. Please merge Account #2 into Account #1.

-----Original Message-----
From: AWS Training and Certification <{TC_FORM}>
Sent: 3/16/2025 3:30 PM

We kindly ask you to reply to this email confirming that both accounts above belong to you and that Account #1 is the account you would like to keep.
"""
    g["resA"] = add("resolved", False, CASE_A, [CID_COMPANY, CID_PERSONAL], text(t), date=d,
                    frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P, subject=subjA,
                    msgid=mid("a-done", "ses"), irt=g["u_conf"], refs=[g["ackA"], g["confA"], g["u_conf"]],
                    auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
                    note="Merge done; conditional invitation; confirmation request quoted below an Outlook separator")

    d = dt("2025-03-17 10:24:31", PDT)
    t = """Hi Kenta,

Amazon Web Services Training and Certification has issued you the following badges:

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Security - Specialty

Accept your badges and share them with your network:
https://www.credly.com/earner/earned

Questions? Visit https://support.credly.com

Credly, Inc.
"""
    add("badge", False, None, [], text(t), date=d,
        frm="Credly <admin@credly.com>", to=ME_P,
        subject="You have 2 new badges from Amazon Web Services Training and Certification",
        msgid=mid("credly-2", "credly.com"),
        auth=auth_gmail("credly.com", sel="s1", ip="167.89.12.40", mfrom="bounces@em.credly.com"),
        note="Badges right after the merge")

    d = dt("2025-03-19 09:30:12")
    t = f"""中村部長

お疲れ様です。森下です。
先日ご依頼したAPNの関連付け解除の件、ご対応ありがとうございました。
おかげさまでAWS認定アカウントの統合が完了しました。念のため共有いたします。

森下

> -----Original Message-----
> From: AWS Training and Certification <{TC_FORM}>
> Sent: Tuesday, March 18, 2025 2:10 AM
> Subject: {subjA}
>
> Thank you for confirming. The merge is complete: everything from {CID_COMPANY}
> has been moved into {CID_PERSONAL} [...]
> We consider this request resolved. If you have anything to add, reply to this email.
"""
    add("user_reply", False, CASE_A, [], text(t, cte="b64"), date=d,
        frm=addr(ME_JA, ME_C), to=addr("中村 浩二", "nakamura.k@hoshizora-sys.co.jp"),
        subject=f"FW: {subjA}", msgid=mid("a-fyi", "outlook"),
        note="Owner's FYI forward (Japanese), resolution quoted with '>'")

    d = dt("2025-03-18 11:00:00", PDT)
    t = """AWS Skill Builder | New this month

Get ready for AWS Certified AI Practitioner
Our new Exam Prep Plan walks you through every domain with practice questions,
labs, and an official practice exam.  Start now: https://skillbuilder.aws/exam-prep/aif

Already certified? Remember to check your AWS Certification Account for your
50% exam discount benefit before it expires.

Reply STOP? Not needed - manage preferences: https://pages.awscloud.com/communication-preferences

Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109
"""
    add("unrelated", False, None, [], text(t, charset="us-ascii", cte="7bit"), date=d,
        frm="AWS Training and Certification <aws-marketing-email-replies@amazon.com>", to=ME_P,
        subject="New exam prep plan: AWS Certified AI Practitioner", msgid=mid("mkt-en", "ses"),
        auth=auth_gmail("amazon.com", mfrom="bounce@mail.awscloud.com"), received=rcv_amazon(d),
        note="Marketing from an 'AWS Training and Certification' display name about certification")

    d = dt("2025-03-19 03:05:40", UTC)
    h = f"""<html><body style="font-family:Arial;font-size:14px">
<table width="600" align="center"><tr><td>
<p>Hello Kenta,</p>
<p>Your case <b>{CASE_A}</b> with AWS Training and Certification has been resolved. We would appreciate a minute of your time to tell us how we did.</p>
<p>How likely are you to recommend AWS Training and Certification support to a colleague?</p>
<table><tr>""" + "".join(f"<td><a href='https://amazonwebservices.qualtrics.com/jfe/form/SV_tcnps?c={CASE_A}&s={i}' style='padding:6px 9px;border:1px solid #aab7b8;text-decoration:none'>{i}</a></td>" for i in range(11)) + """</tr></table>
<p style="font-size:12px;color:#687078">0 = Not at all likely, 10 = Extremely likely</p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#999">Please do not reply to this message; this mailbox is not monitored.</p>
</td></tr></table></body></html>"""
    add("survey", False, CASE_A, [], html(h), date=d,
        frm="AWS Training and Certification <aws-tc-feedback@amazon.com>", to=ME_P,
        subject="How did we do? Tell us about your recent support case", msgid=mid("a-survey", "ses"),
        auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
        note="HTML-only NPS survey for case A")
    return g


# ---------------------------------------------------------------------------
# Console case C (answer in the Support Center, not by e-mail)
# ---------------------------------------------------------------------------
CONSOLE_FOOT = f"""To see all the correspondence for this case, or to reply, please use the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us regarding this case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
RATE = ("We value your feedback. Please share your experience by rating this and other correspondences "
        "in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right "
        "corner of the correspondence.")
SUBJ_C = "50% exam discount missing after certification account merge"


def part_console(g):
    d = dt("2025-03-21 14:14:37")
    t = f"""Dear AWS Customer,

Thank you for contacting AWS Support. We have opened case {CASE_C} to address your issue.

The details of your case are as follows:

Case ID: {CASE_C}
Subject: {SUBJ_C}
Severity: General guidance
Correspondence: After my certification accounts were merged (form case {CASE_A}), the 50% exam discount that I had on {CID_COMPANY} no longer appears under Benefits on {CID_PERSONAL}. Could you restore it?

We will respond to your case as soon as possible. You can view and update your case at any time:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
    g["ackC"] = add("acknowledgement", False, CASE_C, [CID_COMPANY, CID_PERSONAL], text(t), date=d,
                    frm=f"Amazon Web Services <{NOREPLY}>", to=ME_P,
                    subject=f"Amazon Web Services: New Support case: {CASE_C}",
                    msgid=mid("c-ack", "ses"), auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
                    note="Console case opened; echo mentions the other case number and a question the owner asked")

    d = dt("2025-03-21 11:40:09", PDT)
    t = f"""Hello,

Thank you for reaching out. My name is Alejandro and I will be assisting you with this case.

I reviewed {CID_PERSONAL} and I can see the merged exam history, but the discount benefit is indeed not listed there. Benefits are tied to the exam that earned them, so I need a little more information to trace it.

Could you let us know which certification earned the discount, and roughly when it was issued? A screenshot of the Benefits page taken before the merge would also help if you kept one.

Please send these details as a reply in the AWS Support Center, using the link below.

{RATE}

Best regards,

Alejandro G.
Amazon Web Services
====================================
{CONSOLE_FOOT}"""
    g["reqC"] = add("info_request", True, CASE_C, [CID_PERSONAL], text(t), date=d,
                    frm=f"Amazon Web Services <{NOREPLY}>", to=ME_P,
                    subject=f"RE:[CASE {CASE_C}] {SUBJ_C}", msgid=mid("c-req", "ses"),
                    auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
                    note="Console request: answer must go through Support Center; rating footer")

    d = dt("2025-03-22 22:05:02")
    t = f"""Hi Alejandro,

The discount came from passing AWS Certified Security - Specialty in June 2024, on my old account {CID_COMPANY}. I don't have a screenshot, sorry.

Thanks,
Kenta

On Sat, Mar 22, 2025 at 3:40 AM Amazon Web Services <{NOREPLY}> wrote:
> Could you let us know which certification earned the discount, and roughly
> when it was issued? A screenshot of the Benefits page taken before the merge
> would also help if you kept one.
"""
    g["uC"] = add("user_reply", False, CASE_C, [CID_COMPANY], text(t), date=d,
                  frm=f"Kenta Morishita <{ME_P}>", to=NOREPLY,
                  subject=f"Re: RE:[CASE {CASE_C}] {SUBJ_C}", msgid=mid("c-u", "gmail"),
                  irt=g["reqC"], refs=g["reqC"],
                  note="Owner answers by e-mail to the no-reply address (will bounce)")

    d = dt("2025-03-22 22:05:40")
    t1 = f"""** Address not found **

Your message wasn't delivered to {NOREPLY} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <{NOREPLY}>: Recipient address rejected: this mailbox does not accept incoming mail
"""
    raw = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="000000000000b7c1d40630ee1a2f"

--000000000000b7c1d40630ee1a2f
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

{t1}
--000000000000b7c1d40630ee1a2f
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Sat, 22 Mar 2025 06:05:02 -0700 (PDT)

Final-Recipient: rfc822; {NOREPLY}
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (52.119.1.1, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected
Last-Attempt-Date: Sat, 22 Mar 2025 06:05:40 -0700 (PDT)

--000000000000b7c1d40630ee1a2f
Content-Type: text/rfc822-headers; charset="UTF-8"

From: Kenta Morishita <{ME_P}>
Date: Sat, 22 Mar 2025 22:05:02 +0900
Message-ID: {g['uC']}
Subject: Re: RE:[CASE {CASE_C}] {SUBJ_C}
To: {NOREPLY}

--000000000000b7c1d40630ee1a2f--
"""
    import email as _email
    body = _email.message_from_string(raw)
    add("unrelated", False, CASE_C, [], body, date=d,
        frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=ME_P,
        subject="Delivery Status Notification (Failure)", msgid=mid("bounce", "gmail"),
        irt=g["uC"], refs=g["uC"],
        auth="mx.google.com; dkim=pass header.i=@googlemail.com header.s=20230601",
        note="Bounce of the owner's e-mail reply; the answer never reached support")

    d = dt("2025-03-24 12:00:31", PDT)
    t = f"""Hello,

We haven't heard back from you regarding the information we requested on case {CASE_C}.

If we don't receive a reply through the AWS Support Center, this case will be resolved automatically in 3 days. A resolved case can be reopened from the Support Center within 14 days of resolution.

Best regards,
Amazon Web Services
====================================
{CONSOLE_FOOT}"""
    add("closing_notice", True, CASE_C, [], text(t), date=d,
        frm=f"Amazon Web Services <{NOREPLY}>", to=ME_P,
        subject=f"RE:[CASE {CASE_C}] {SUBJ_C}", msgid=mid("c-close", "ses"),
        auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
        note="Console auto-resolve warning after the e-mailed answer bounced")

    d = dt("2025-03-25 14:10:12", PDT)
    t = f"""Hello Kenta,

Thank you for the details you added in the Support Center.

I have passed your request to our certification benefits team so they can reissue the discount that was earned with the Security - Specialty exam. Their work usually takes 2-3 business days, and I will update this case as soon as I hear back.

{RATE}

Best regards,

Alejandro G.
Amazon Web Services
====================================
{CONSOLE_FOOT}"""
    add("case_update", False, CASE_C, [], text(t, cte="b64"), date=d,
        frm=f"Amazon Web Services <{NOREPLY}>", to=ME_P,
        subject=f"RE:[CASE {CASE_C}] {SUBJ_C}", msgid=mid("c-upd", "ses"),
        auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
        note="Passed to another team; rating footer ('Please share...') is not a request")

    d = dt("2025-03-27 16:45:03", PDT)
    t = f"""Hello Kenta,

Our benefits team has reissued the 50% exam discount to {CID_PERSONAL}. It is now listed under Benefits in your AWS Certification Account and is valid until June 30, 2025.

I'm marking this case as resolved. Should you need anything else on this topic, you can reopen it from the Support Center within 14 days.

{RATE}

Best regards,

Alejandro G.
Amazon Web Services
====================================
{CONSOLE_FOOT}"""
    h = "<html><body><div style='font-family:Arial;font-size:14px'>" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>") for p in t.strip().split("\n\n")) + "</div></body></html>"
    add("resolved", False, CASE_C, [CID_PERSONAL], alt(text(t), html(h)), date=d,
        frm=f"Amazon Web Services <{NOREPLY}>", to=ME_P,
        subject=f"RE:[CASE {CASE_C}] {SUBJ_C}", msgid=mid("c-done", "ses"),
        auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
        note="Voucher reissued; 'you can reopen' and rating footer are not requests")
    return g


# ---------------------------------------------------------------------------
# April 2025: new job; case D handled in Japanese; trailing mail
# ---------------------------------------------------------------------------
SUBJ_D = f"[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification"


def part_april(g):
    d = dt("2025-03-31 17:30:00")
    t = """森下さん

本日が最終出社日となります。長い間お疲れさまでした。

・貸与PCと入館証は本日18時までに総務へ返却してください。
・本メールアカウントは本日23:59に停止されます。

今後のご活躍をお祈りしております。

人事部 高橋
"""
    add("unrelated", False, None, [], text(t, charset="iso-2022-jp", cte="7bit"), date=d,
        frm=addr("人事部 高橋", "hr@hoshizora-sys.co.jp", "iso-2022-jp"), to=ME_C,
        subject="最終出社日のご案内", subj_charset="iso-2022-jp", msgid=mid("hr-last", "outlook"), crlf=True,
        note="HR last-day notice to the company address")

    d = dt("2025-04-01 08:00:00")
    t = """森下 健太 様

本日より株式会社ミナトクラウドへようこそ。
入社初日の流れをお送りします。

 9:30 受付(本社3F)
10:00 オリエンテーション
13:00 PCセットアップ

社用アカウントは初日に発行します。
ご質問があればこのメールにご返信ください。

株式会社ミナトクラウド 人事 小林
"""
    add("unrelated", False, None, [], text(t), date=d,
        frm=addr("小林 彩", "kobayashi@minato-cloud.co.jp"), to=ME_P,
        subject="入社初日のご案内", msgid=mid("newjob", "minato-cloud.co.jp"),
        auth=auth_gmail("minato-cloud.co.jp", sel="google", ip="209.85.220.41", mfrom="kobayashi@minato-cloud.co.jp"),
        note="New employer; 'reply if you have questions'")

    d = dt("2025-04-03 21:02:19")
    t = f"""AWS トレーニングと認定へのお問い合わせありがとうございます。

お問い合わせをケース {CASE_D} として受け付けました。
通常、24時間以内に担当者よりご連絡いたします。

同一の内容について既にケースをお持ちの場合、別のケースを作成されますと対応が遅れる原因となりますので、お控えください。

■ お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: 氏名の変更
AWS 候補 ID: {CID_PERSONAL}
内容: 認定アカウントの氏名が「Kenta Morisita」と誤って登録されています。認定証の表記を「Kenta Morishita」に修正していただけますか。

AWS トレーニングと認定
"""
    g["ackD"] = add("acknowledgement", False, CASE_D, [CID_PERSONAL], text(t, charset="iso-2022-jp", cte="7bit"), date=d,
                    frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P, subject=SUBJ_D,
                    msgid=mid("d-ack", "ses"), auth=auth_gmail("amazon.com"), received=rcv_amazon(d), crlf=True,
                    note="Japanese acknowledgement; the echoed form text ends with the owner's own question")

    d = dt("2025-04-04 16:20:45")
    reqd = """森下 健太 様

AWS トレーニングと認定 カスタマーサービスの山本でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定アカウントのお名前の変更は、ご本人様確認のうえで承っております。
恐れ入りますが、以下の2点につきまして、本メールへのご返信にてお知らせいただけますでしょうか。

1. パスポートなど公的身分証明書に記載されているローマ字表記のお名前
2. 現在ご登録の住所の郵便番号

なお、身分証明書の画像を添付していただく必要はございません。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサービス
"""
    g["reqD"] = add("info_request", True, CASE_D, [], text(reqd, charset="shift_jis", cte="b64"), date=d,
                    frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P, subject="RE:" + SUBJ_D,
                    msgid=mid("d-req", "ses"), irt=g["ackD"], refs=g["ackD"],
                    auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
                    note="Japanese keigo request (〜いただけますでしょうか), Shift_JIS base64")

    d = dt("2025-04-04 18:02:10", PDT)
    t = f"""Hello Kenta Morishita,

Congratulations on recertifying your AWS Certification!

You have recertified AWS Certified Solutions Architect - Associate. Your new expiration date is April 2, 2028.

Candidate ID: {CID_PERSONAL}

Your updated certificate and digital badge are available in your AWS Certification Account.

AWS Training and Certification
"""
    add("certification", False, None, [CID_PERSONAL], text(t), date=d,
        frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_P,
        subject="Congratulations on recertifying your AWS Certification!", msgid=mid("cm-recert", "certmetrics.com"),
        auth=auth_gmail("certmetrics.com", sel="s1", ip="198.21.5.74", mfrom="bounces+31@em.certmetrics.com"),
        note="Recertification notice")

    d = dt("2025-04-05 10:11:27")
    t = f"""山本様

ご連絡ありがとうございます。森下です。
ご質問の件、以下のとおりです。

1. KENTA MORISHITA
2. 150-0002

対象の候補IDは {CID_PERSONAL} です。
お手数ですが、よろしくお願いいたします。

森下 健太

2025年4月4日(金) 16:20 AWS Training and Certification <{TC_FORM}>:
""" + quote(reqd)
    g["uD"] = add("user_reply", False, CASE_D, [CID_PERSONAL], text(t, cte="b64"), date=d,
                  frm=addr(ME_JA, ME_P), to=TC_FORM, subject="Re: RE:" + SUBJ_D,
                  msgid=mid("d-u", "gmail"), irt=g["reqD"], refs=[g["ackD"], g["reqD"]],
                  note="Owner answers in Japanese, Gmail-JP quote header, keigo request quoted below")

    d = dt("2025-04-07 05:44:18", UTC)
    h = """<html><body style="font-family:Helvetica,Arial;background:#fafafa"><div style="max-width:560px;margin:auto;background:#fff;padding:24px">
<p><img src="https://credly-badges.net/assets/credly.png" width="90" alt="Credly"></p>
<h2>Your badges will be revoked</h2>
<p>We could not verify the issuer record for your <b>Amazon Web Services Training and Certification</b> badges after a recent account change.</p>
<p>To keep your badges, confirm your identity by signing in with your AWS credentials within 72 hours:</p>
<p><a href="https://credly-badges.net/login?ref=aws" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Keep my badges</a></p>
<p style="font-size:11px;color:#999">Credly Inc.</p></div></body></html>"""
    add("suspicious", False, None, [], html(h, cte="b64"), date=d,
        frm="Credly <notifications@credly-badges.net>", to=ME_P,
        subject="Action needed: your AWS badges will be revoked", msgid=mid("phish-credly", "credly-badges.net"),
        auth=auth_gmail("credly-badges.net", dkim="none", spf="pass", dmarc="none", sel="x", ip="91.215.85.14",
                        mfrom="notifications@credly-badges.net"),
        note="Credly lookalike domain, credential phishing after the merge")

    d = dt("2025-04-07 17:35:50", PDT)
    t = f"""森下 健太 様

AWS トレーニングと認定 カスタマーサービスの山本でございます。
ご回答いただき、誠にありがとうございました。

いただいた情報をもとに、認定アカウント({CID_PERSONAL})のお名前を「Kenta Morishita」に修正いたしました。
修正後の認定証は、AWS 認定アカウントの「認定」ページからダウンロードいただけます。Credly のバッジにも数日以内に反映される見込みです。

本件はこれにて完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

今後とも AWS をよろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサービス

> 恐れ入りますが、以下の2点につきまして、本メールへのご返信にてお知らせいただけますでしょうか。
>
> 1. パスポートなど公的身分証明書に記載されているローマ字表記のお名前
> 2. 現在ご登録の住所の郵便番号
"""
    h = "<html><body><div style='font-family:Meiryo,sans-serif;font-size:14px'>" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>") for p in t.split("\n> ")[0].strip().split("\n\n")) + \
        "<blockquote style='border-left:2px solid #ccc;padding-left:8px;color:#555'>" + \
        "<br>".join(l[2:] for l in t.split("\n") if l.startswith(">")) + "</blockquote></div></body></html>"
    add("resolved", False, CASE_D, [CID_PERSONAL], alt(text(t), html(h)), date=d,
        frm=f"AWS Training and Certification <{TC_FORM}>", to=ME_P, subject="RE:" + SUBJ_D,
        msgid=mid("d-done", "ses"), irt=g["uD"], refs=[g["ackD"], g["reqD"], g["uD"]],
        auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
        note="Japanese resolution; 〜がございましたら conditional; old keigo request quoted")

    d = dt("2025-04-09 02:15:00", UTC)
    t = f"""森下 健太 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。
ケース {CASE_D} の対応について、簡単なアンケートへのご協力をお願いいたします(所要時間 約2分)。

https://amazonwebservices.qualtrics.com/jfe/form/SV_tc-cs-ja?case={CASE_D}

本メールは送信専用アドレスからお送りしております。ご返信いただいてもお答えできませんのでご了承ください。

AWS トレーニングと認定
"""
    add("survey", False, CASE_D, [], text(t, charset="iso-2022-jp", cte="7bit"), date=d,
        frm="AWS Training and Certification <aws-tc-feedback@amazon.com>", to=ME_P,
        subject="アンケートのお願い: AWS トレーニングと認定 サポート", subj_charset="iso-2022-jp",
        msgid=mid("d-survey", "ses"), auth=auth_gmail("amazon.com"), received=rcv_amazon(d),
        note="Japanese survey with a keigo 'please' (ご協力をお願いいたします)")

    d = dt("2025-04-10 07:12:33", PDT)
    t = f"""Hello Kenta Morishita,

A new benefit is available in your AWS Certification Account.

Benefit: 50% discount on your next AWS Certification exam
Earned by: AWS Certified Solutions Architect - Associate (recertification)
Valid until: April 4, 2026
Candidate ID: {CID_PERSONAL}

To use it, sign in to your AWS Certification Account, open Benefits, and generate the discount code before you schedule your exam.

AWS Training and Certification
"""
    add("certification", False, None, [CID_PERSONAL], text(t), date=d,
        frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_P,
        subject="A new AWS Certification benefit is available", msgid=mid("cm-benefit", "certmetrics.com"),
        auth=auth_gmail("certmetrics.com", sel="s1", ip="198.21.5.74", mfrom="bounces+31@em.certmetrics.com"),
        note="Benefit notice (voucher) outside any case")

    d = dt("2025-04-11 20:48:02")
    t = """Merged #98 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/kmorishita/dotfiles/pull/98#event-17220193344
You are receiving this because you were mentioned.
"""
    add("unrelated", False, None, [], text(t), date=d,
        frm="renovate[bot] <notifications@github.com>", to="kmorishita/dotfiles <dotfiles@noreply.github.com>",
        cc=f"Kenta Morishita <{ME_P}>, Mention <mention@noreply.github.com>",
        subject="Re: [kmorishita/dotfiles] chore(deps): update account merge script deps (PR #98)",
        msgid="<kmorishita/dotfiles/pull/98/issue_event/17220193344@github.com>",
        irt="<kmorishita/dotfiles/pull/98@github.com>", refs="<kmorishita/dotfiles/pull/98@github.com>",
        auth=auth_gmail("github.com", sel="pf2023", ip="192.30.252.206", mfrom="noreply@github.com"),
        extra=[("List-ID", "kmorishita/dotfiles <dotfiles.kmorishita.github.com>")],
        note="GitHub 'Merged' with 'account merge' in the subject")

    d = dt("2025-04-12 13:26:40")
    t = """森下 健太 様

AWS認定事務局でございます。

先日お手続きいただきましたAWS認定アカウントの統合につきまして、最終確認が完了しておりません。
お手数ですが、48時間以内に下記URLよりログインし、ご本人確認をお願いいたします。

https://aws-nintei-center.jp/account/confirm

期限内にご確認いただけない場合、保有資格が失効となる場合がございます。
本メールに、ログイン用のメールアドレスとパスワードをご返信いただくことでも確認が可能です。

AWS認定事務局
"""
    add("suspicious", False, None, [], text(t, charset="iso-2022-jp", cte="7bit"), date=d,
        frm=addr("AWS認定事務局", "info@aws-nintei-center.jp", "iso-2022-jp"), to=ME_P,
        subject="【重要】AWS認定アカウント統合の最終確認のお願い", subj_charset="iso-2022-jp",
        msgid=mid("phish-jp", "aws-nintei-center.jp"), crlf=True,
        auth=auth_gmail("aws-nintei-center.jp", dkim="none", spf="pass", dmarc="none", sel="x", ip="103.152.118.9",
                        mfrom="info@aws-nintei-center.jp"),
        note="Japanese phishing about the merge, keigo request, lookalike domain")
    return g


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------
README_HEAD = f"""me: {ME_P} {ME_C}

# Blind corpus: AWS Training and Certification support-case mailbox

Mailbox owner: Kenta Morishita (森下 健太). Personal address `{ME_P}`; company address
`{ME_C}` (Hoshizora Systems K.K., an APN partner; mailbox closed 2025-03-31). The folder holds
one mailbox in arrival order, November 2023 to April 2025: mail received at both addresses
plus the owner's own sent mail. Generated by `python3 gen.py` (standard library only).

## Cases in the set

| case | digits | channel | topic | course |
|---|---|---|---|---|
| {CASE_E} | 11 (2023) | T&C form e-mail | two certification profiles on the same address, Credly badge missing | ack, verification request, closed for no reply, owner replies, reopened/passed on, Account #1/#2 confirmation, confirmed, merged, badge, survey |
| {CASE_OLD} | 10 (2021) | T&C form e-mail | old notification-email change | only seen inside the owner's forward to himself |
| {CASE_A} | 15 (2025) | T&C form e-mail | merge company account {CID_COMPANY} into personal {CID_PERSONAL} on leaving the company | ack, APN hold with buried questions, owner answers from the wrong (company) address, request to write from the personal address, closing warning, owner answers, hold (nothing to do), forwarded to manager, hold lifted, HTML table confirmation, confirmed, merged, badges, survey |
| {CASE_B} | 15 (2025) | T&C form e-mail | duplicate of A filed from the company address | Japanese ack, closed as duplicate and linked to A |
| {CASE_C} | 15 (2025) | AWS Support Center (console) | 50% discount benefit missing after the merge | new-case notice, request to answer in the Support Center, owner's e-mail answer bounces, auto-resolve warning, passed to benefits team, resolved |
| {CASE_D} | 15 (2025) | T&C form, answered in Japanese | misspelt name on the certificate | Japanese ack, keigo request (Shift_JIS), owner's Japanese answer, resolved with conditional invitation, Japanese survey |

Case numbers of 2025 cases start with the Unix time of their opening (acknowledgement `Date`).
Phishing uses an invented case number (173990118800217) that belongs to no case.

Candidate IDs: {CID_COMPANY} (company account), {CID_PERSONAL} (personal account), {CID_DUPE}
(profile created by mistake in 2023).

## Labelling decisions (judgement calls)

- `needs_reply` is judged at the moment each message arrives ("must I write back to support now?").
  An old request that is later answered is still `true` on the request itself.
- APN hold that ends with direct questions (last day of employment) is `on_hold` with
  `needs_reply: true`; the later hold that says nothing is needed is `on_hold`, `false`.
- A closing notice sent after the case was already closed ("reply within 14 days to reopen") is
  `closing_notice`, `true`. The console auto-resolve warning is also `closing_notice`, `true`: the
  answer must be given in the Support Center, not by e-mail, but the owner still has to answer.
- The console case (Support Center, `no-reply-aws@amazon.com`) is about certification benefits and is
  handled by T&C staff, so it counts as a real T&C case: its request and closing warning need a reply
  (in the console). The rating footer ("We value your feedback…") never makes a message a survey or a request.
- The request to write again from the personal address is `info_request` (not a confirmation), `true`.
- The hold-lifted mail announcing that a confirmation will follow is `case_update`, `false`.
- The duplicate-closed mail for case B is `case_update` with `case` = B (its own subject token), although it names case A.
- Resolutions that quote an earlier request or confirmation question are `resolved`, `false`;
  conditional invitations ("If you have anything to add…", "ご不明な点がございましたら…",
  "you can reopen it within 14 days") do not make them requests.
- Acknowledgements say "please do not open another case" / "new case をお控えください": boilerplate,
  `false`. Their echo of the submitted form is part of the message's own text, so candidate IDs in
  the echo are listed.
- Everything the owner writes (replies, forwards to his manager, forwards and notes to himself) is
  `user_reply`, `false`, even when it contains his own request to someone else. `case` is the case
  the thread belongs to (the subject token), null for the note without a case.
- The Gmail bounce of the owner's e-mail answer to the console case is `unrelated`, `false`, but its
  `case` is {CASE_C} because it is about a message in that case (the original headers carry the token).
- Suspicious mail gets `case: null` even when the subject carries a case token: it belongs to no real case.
  The spoof with the genuine T&C sender but failing DKIM/SPF/DMARC is `suspicious`.
- `unrelated` / `badge` / `certification` mail otherwise has `case: null`; surveys carry the case they ask about.
- CertMetrics "AWS Certification wants to hear from you" is `certification` (program mail), not `survey`.
- Exam-vendor (Pearson VUE) mail is `unrelated`; its candidate ID is still listed.
- `candidate_ids`: IDs in the author's own text (including tables and form echoes), in order of
  first appearance, each listed once; IDs only in quoted or forwarded history are left out.

## Messages

| # | kind | reply? | case | what it is and what makes it hard |
|---|---|---|---|---|
"""


def main():
    g = {}
    part_2023()
    g.update(part_2025a())
    g = part_2025b(g)
    g = part_2025c(g)
    g = part_2025d(g)
    g = part_console(g)
    g = part_april(g)
    import email.utils as eu
    MSGS.sort(key=lambda m: eu.parsedate_to_datetime(m["msg"]["Date"]))
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    rows = []
    kinds = Counter()
    pol = _pol.compat32.clone(linesep="\n", max_line_length=0)
    for i, m in enumerate(MSGS, 1):
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(m["msg"])
        data = buf.getvalue().replace(b"\r\n", b"\n")
        if m["crlf"]:
            data = data.replace(b"\n", b"\r\n")
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fp:
            fp.write(data)
        with open(base + ".json", "w", encoding="utf-8") as fp:
            json.dump(m["label"], fp, ensure_ascii=False)
            fp.write("\n")
        lab = m["label"]
        kinds[lab["kind"]] += 1
        rows.append("| %03d | %s | %s | %s | %s — %s |" % (
            i, lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "–",
            m["subject"].replace("|", "/"), m["note"].replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fp:
        fp.write(README_HEAD + "\n".join(rows) + "\n\n")
        fp.write("Totals: %d messages; " % len(MSGS) +
                 ", ".join("%s %d" % kv for kv in sorted(kinds.items())) +
                 "; needs_reply true: %d.\n" % sum(m["label"]["needs_reply"] for m in MSGS))
    for k, v in sorted(kinds.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("TOTAL", len(MSGS)))
    print("%-22s %d" % ("needs_reply true", sum(m["label"]["needs_reply"] for m in MSGS)))


if __name__ == "__main__":
    main()
