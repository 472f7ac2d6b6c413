#!/usr/bin/env python3
"""Blind corpus blind-201: mailbox of Saki Odagiri (personal + Kumogata Technologies address).
Writes NNN-msg.eml and NNN-msg.json next to this script. Standard library only."""
import base64, json, os, quopri, sys, hashlib
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "saki.odagiri.cloud@gmail.com"
ME_C = "s.odagiri@kumogata-tech.co.jp"
ME_P_H = "Saki Odagiri <%s>" % ME_P
ME_C_H = "Odagiri Saki <%s>" % ME_C
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_H = "AWS Training and Certification <%s>" % TC
CONSOLE = "Amazon Web Services <no-reply-aws@amazon.com>"

A = "174099872300419"   # main merge case (form, 15 digits)
B = "174100240500876"   # duplicate form case
C = "13592048817"       # console case: exam result missing
D = "174227411800655"   # form case in Japanese: name on certificate
E = "13601177340"       # console billing case (not T&C)
CID_OLD = "AWS02738415"  # company certification account
CID_NEW = "AWS05519260"  # personal certification account

SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))


def d(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def mid(tag, dom):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:28], dom)


def enc_hdr(v, cs="utf-8"):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, cs).encode()


def enc_addr(v, cs="utf-8"):
    # "Display Name <addr>" with non-ascii display name
    if "<" in v:
        name, addr = v.rsplit("<", 1)
        name = name.strip().strip('"')
        try:
            name.encode("ascii")
            return v
        except UnicodeEncodeError:
            return "%s <%s" % (Header(name, cs).encode(), addr)
    return v


def body_part(ctype, text, cs="utf-8", cte="qp"):
    """Return (headers list, encoded body str)."""
    raw = text.encode(cs)
    if cs.lower() == "iso-2022-jp":
        cte = "7bit"
    if cte == "qp":
        b = quopri.encodestring(raw).decode("ascii")
    elif cte == "b64":
        b = base64.encodebytes(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        b = raw.decode(cs if cs.lower() != "iso-2022-jp" else "ascii") if cte == "8bit" else raw.decode("ascii")
    ctename = {"qp": "quoted-printable", "b64": "base64"}.get(cte, cte)
    hdrs = ['Content-Type: text/%s; charset="%s"' % (ctype, cs), "Content-Transfer-Encoding: " + ctename]
    return hdrs, b


def build(m):
    h = []
    if m.get("received"):
        h.append("Received: " + m["received"])
    if m.get("auth"):
        h.append("Authentication-Results: " + m["auth"])
    h.append("Date: " + format_datetime(m["date"]))
    h.append("From: " + enc_addr(m["from"], m.get("hcs", "utf-8")))
    h.append("To: " + enc_addr(m["to"], m.get("hcs", "utf-8")))
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    if m.get("reply_to"):
        h.append("Reply-To: " + m["reply_to"])
    h.append("Subject: " + enc_hdr(m["subject"], m.get("hcs", "utf-8")))
    h.append("Message-ID: " + m["mid"])
    if m.get("irt"):
        h.append("In-Reply-To: " + m["irt"])
    if m.get("refs"):
        h.append("References: " + " ".join(m["refs"]))
    for x in m.get("extra", []):
        h.append(x)
    h.append("MIME-Version: 1.0")
    parts = m["parts"]
    if len(parts) == 1:
        ph, pb = body_part(*parts[0])
        h += ph
        text = "\n".join(h) + "\n\n" + pb
    else:
        bnd = "----=_Part_%s" % hashlib.md5(m["mid"].encode()).hexdigest()[:20]
        sub = m.get("multi", "alternative")
        h.append('Content-Type: multipart/%s; boundary="%s"' % (sub, bnd))
        out = "\n".join(h) + "\n\nThis is a multi-part message in MIME format.\n"
        for p in parts:
            ph, pb = body_part(*p)
            out += "\n--%s\n%s\n\n%s" % (bnd, "\n".join(ph), pb)
            if not pb.endswith("\n"):
                out += "\n"
        out += "\n--%s--\n" % bnd
        text = out
    if not text.endswith("\n"):
        text += "\n"
    if m.get("crlf"):
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text


def auth_g(dom, ok=True, dkim_dom=None):
    dk = dkim_dom or dom
    if ok:
        return ("mx.google.com; dkim=pass header.i=@%s header.s=sel1 header.b=Qx3k9Lm2; "
                "spf=pass (google.com: domain of bounce@%s designates 54.240.8.21 as permitted sender) "
                "smtp.mailfrom=%s; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dk, dom, dom, dom))
    return ("mx.google.com; dkim=fail header.i=@%s header.s=sel1 header.b=Zz01AbCd; "
            "spf=softfail (google.com: domain of transitioning bounce@%s does not designate 185.212.47.9 as permitted sender) "
            "smtp.mailfrom=%s; dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (dk, dom, dom, dom))


def auth_c(dom, ok=True):
    r = "pass" if ok else "fail"
    return "mx1.kumogata-tech.co.jp; spf=%s smtp.mailfrom=%s; dkim=%s header.d=%s; dmarc=%s header.from=%s" % (
        "pass" if ok else "none", dom, r, dom, r, dom)


MSGS = []


def add(kind, needs, case, ids, **m):
    m["label"] = {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": ids}
    MSGS.append(m)
    return m["mid"]


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


SIG_TC = """
Best regards,

{name}
AWS Training and Certification Customer Support
Amazon Web Services
"""

# ---------------------------------------------------------------------------
# 001 newsletter
add("unrelated", False, None, [],
    date=d("2025-03-01 07:00", UTC), from_="x",
    **{"from": "Cloud Weekly <newsletter@cloudweekly.dev>", "to": ME_P,
       "subject": "Cloud Weekly #212: account hygiene before you change jobs",
       "mid": mid("n1", "mail.cloudweekly.dev"), "auth": auth_g("cloudweekly.dev"),
       "extra": ["List-Unsubscribe: <https://cloudweekly.dev/u/8812>"],
       "parts": [("plain", """Cloud Weekly #212

1. Before you hand in your laptop: move your certifications, badges and
   conference tickets to an address you will still own next month.
2. Terraform 1.11 ships ephemeral values.
3. Reader question: "Support asked me to confirm which account to keep.
   Which one should I pick?" - answer inside.

Read online: https://cloudweekly.dev/issues/212
Unsubscribe: https://cloudweekly.dev/u/8812
"""), ("html", """<html><body><h1>Cloud Weekly #212</h1><ol>
<li>Before you hand in your laptop: move your certifications, badges and conference tickets to an address you will still own next month.</li>
<li>Terraform 1.11 ships ephemeral values.</li>
<li>Reader question: &quot;Support asked me to confirm which account to keep. Which one should I pick?&quot; &ndash; answer inside.</li>
</ol><p><a href="https://cloudweekly.dev/u/8812">Unsubscribe</a></p></body></html>""")]})

# 002 certmetrics "wants to hear from you" (program survey, not a case)
add("certification", False, None, [],
    **{"date": d("2025-03-01 18:12", UTC), "from": "AWS Certification <do-not-reply@certmetrics.com>",
       "to": ME_C, "subject": "AWS Certification wants to hear from you",
       "mid": mid("cm1", "certmetrics.com"), "auth": auth_c("certmetrics.com"),
       "parts": [("html", """<html><body style="font-family:Arial">
<p>Hello Saki,</p>
<p>As an AWS Certified individual, your perspective shapes how we design future exams.
We are inviting a small group of certification holders to a 10-minute questionnaire about
exam preparation resources.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/start?k=7Hq2">Take the questionnaire</a></p>
<p>Participation is optional and does not affect your certification status.</p>
<p>AWS Certification</p>
<p style="font-size:10px">You received this message because you opted in to &quot;Lend Your Voice to AWS Certification&quot;.</p>
</body></html>""", "utf-8", "qp")]})

# 003 colleague handover (asks a question, but not support)
m003 = add("unrelated", False, None, [],
    **{"date": d("2025-03-02 10:21", JST), "from": "=?UTF-8?B?5LiK5p2RIOiBoQ==?= <s.uemura@kumogata-tech.co.jp>",
       "to": ME_C, "subject": "引き継ぎ資料の件",
       "mid": mid("col1", "kumogata-tech.co.jp"), "auth": auth_c("kumogata-tech.co.jp"),
       "parts": [("plain", """小田切さん

お疲れさまです。上村です。
最終出社日が28日と伺いました。引き継ぎ資料ですが、
金曜までに Confluence に置いていただけますか？
あと、AWS アカウントの IAM ユーザーは退職日に削除でよいか確認させてください。

上村
""", "utf-8", "b64")]})

# 004 Builder ID verification code
add("unrelated", False, None, [],
    **{"date": d("2025-03-03 00:48", UTC), "from": "AWS Builder ID <no-reply@signin.aws>", "to": ME_P,
       "subject": "Verify your AWS Builder ID email address",
       "mid": mid("bid1", "signin.aws"), "auth": auth_g("signin.aws"),
       "parts": [("plain", """Hello,

To finish creating your AWS Builder ID, enter this verification code:

    418 266

The code expires in 10 minutes. If you did not request it, you can ignore this message.

Amazon Web Services
""")]})

# 005 aws.training welcome
add("unrelated", False, None, [],
    **{"date": d("2025-03-03 01:05", UTC), "from": "AWS Training and Certification <no-reply@aws.training>", "to": ME_P,
       "subject": "Welcome to AWS Skill Builder",
       "mid": mid("awt1", "aws.training"), "auth": auth_g("aws.training"),
       "parts": [("plain", """Hi Saki,

Your AWS Skill Builder profile is ready. Pick a learning plan, try a free
digital course, or schedule a certification exam from your dashboard.

Get started: https://skillbuilder.aws/

This mailbox is not monitored.
""", "utf-8", "7bit")]})

# 006 ack case A (filed from company address)
ACK_A_MID = mid("ackA", "email.amazonses.com")
add("acknowledgement", False, A, [CID_OLD, CID_NEW],
    **{"date": d("2025-03-03 01:25", UTC), "from": TC_H, "to": ME_C,
       "subject": "[CASE %s] %s" % (A, SUBJ_FORM), "mid": ACK_A_MID, "auth": auth_c("amazon.com"),
       "parts": [("plain", """Hello,

Thank you for reaching out to AWS Training and Certification. Case %s has
been created for your request and a member of our team will respond, in most
situations within one business day.

To avoid delays, please keep all correspondence about this request on this
case rather than submitting the form again.

Submitted details
-----------------
Name: Saki Odagiri
Email: %s
Inquiry type: Certification
Additional details: Account Merge
Candidate ID: %s
Description:
I am leaving Kumogata Technologies at the end of March. I would like to move
my certifications from this company account to my personal account.
Addresses used: %s, %s
Address to keep: %s
Personal certification account candidate ID: %s

Kind regards,
AWS Training and Certification
""" % (A, ME_C, CID_OLD, ME_C, ME_P, ME_P, CID_NEW), "utf-8", "qp")]})

# 007 ack case B (duplicate, Japanese, to personal)
ACK_B_MID = mid("ackB", "email.amazonses.com")
add("acknowledgement", False, B, [],
    **{"date": d("2025-03-03 01:52", UTC), "from": TC_H, "to": ME_P,
       "subject": "[CASE %s] %s" % (B, SUBJ_FORM), "mid": ACK_B_MID, "auth": auth_g("amazon.com"),
       "parts": [("plain", """お客様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ケース番号 %s にてお問い合わせを承りました。

担当者より、原則として 1 営業日以内にご連絡差し上げます。内容によっては
調査にお時間を頂戴する場合がございますので、あらかじめご了承ください。

同じ内容で既にお問い合わせいただいている場合は、新たなフォーム送信はお控えください。
重複したケースは対応の遅れにつながります。

お問い合わせ内容:
アカウントの統合 / 退職に伴い個人アカウントへ統合希望

AWS トレーニングと認定 カスタマーサポート
""" % B, "utf-8", "b64")]})

# 008 AWS marketing
add("unrelated", False, None, [],
    **{"date": d("2025-03-03 05:00", UTC), "from": "AWS Events <aws-marketing-email-replies@amazon.com>", "to": ME_C,
       "subject": "Registration open: AWS Summit Japan 2025",
       "mid": mid("mk1", "marketing.aws"), "auth": auth_c("amazon.com"),
       "parts": [("plain", "AWS Summit Japan 2025 registration is open. Reserve your seat: https://aws.amazon.com/jp/summits/japan/\n"),
                 ("html", """<html><body><table width="600"><tr><td><h2>AWS Summit Japan 2025</h2>
<p>Two days of keynotes, builders' sessions and certification lounges. Certified? Visit the lounge with your digital badge.</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">Register now</a></p>
<p style="font-size:9px">Amazon Web Services Japan G.K., Meguro-ku, Tokyo. Unsubscribe.</p></td></tr></table></body></html>""")]})

# 009 case A info request: write from destination address
REQ_A1_TEXT = """Hello Saki,

My name is Rahul and I'll be assisting you with the account merge.

I can see two certification accounts that appear to belong to you. Because
the request reached us from the company address and the account you want to
keep is registered to %s, we are unable to act on it as it stands. For the
protection of your certification records we need the owner of the account
that will remain to ask for this.

Kindly reply to this email from %s, keeping the case number in the
subject line, and state that you want your records consolidated into that
account. Once we receive it I'll move forward.
%s""" % (ME_P, ME_P, SIG_TC.format(name="Rahul K."))
REQ_A1_MID = mid("reqA1", "email.amazonses.com")
add("info_request", True, A, [],
    **{"date": d("2025-03-03 22:40", UTC), "from": TC_H, "to": ME_C,
       "subject": "RE:[CASE %s] %s" % (A, SUBJ_FORM), "mid": REQ_A1_MID, "irt": ACK_A_MID, "refs": [ACK_A_MID],
       "auth": auth_c("amazon.com"), "parts": [("plain", REQ_A1_TEXT, "utf-8", "qp")]})

# 010 owner replies from personal address (Gmail style)
REP_A1_TEXT = """Hello Rahul,

This is Saki writing from my personal address as requested. Please
consolidate everything into the account registered to %s
(%s). The company account %s can be retired.

Thank you,
Saki Odagiri

On Tue, Mar 4, 2025 at 7:40 AM AWS Training and Certification <%s> wrote:
%s
""" % (ME_P, CID_NEW, CID_OLD, TC, quote_gt(REQ_A1_TEXT))
REP_A1_MID = mid("repA1", "mail.gmail.com")
add("user_reply", False, A, [CID_NEW, CID_OLD],
    **{"date": d("2025-03-04 08:31", JST), "from": ME_P_H, "to": TC,
       "subject": "Re: RE:[CASE %s] %s" % (A, SUBJ_FORM), "mid": REP_A1_MID, "irt": REQ_A1_MID,
       "refs": [ACK_A_MID, REQ_A1_MID], "parts": [("plain", REP_A1_TEXT, "utf-8", "qp")]})

# 011 duplicate case B closed, linked to A
add("case_update", False, B, [],
    **{"date": d("2025-03-04 03:02", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE: [CASE %s] %s" % (B, SUBJ_FORM), "mid": mid("dupB", "email.amazonses.com"),
       "irt": ACK_B_MID, "refs": [ACK_B_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", """Hello,

We noticed this submission repeats the request already open under case
%s. To keep everything in one place I have linked the two and
closed this one; your request continues on %s, where my colleague is
already in touch with you.

Should you have something to add about the merge, the other case is the
right place for it.

Thanks,
Valentina
AWS Training and Certification
""" % (A, A), "utf-8", "7bit")]})

# 012 GitHub merged
add("unrelated", False, None, [],
    **{"date": d("2025-03-04 05:17", UTC), "from": "Kenji Arai <notifications@github.com>", "to": ME_P,
       "subject": "Re: [saki-odagiri/cert-notes] Merge duplicate account notes (PR #14)",
       "mid": "<saki-odagiri/cert-notes/pull/14/c2198847@github.com>", "auth": auth_g("github.com"),
       "extra": ["List-ID: saki-odagiri/cert-notes <cert-notes.saki-odagiri.github.com>", "X-GitHub-Reason: author"],
       "parts": [("plain", """Merged #14 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/saki-odagiri/cert-notes/pull/14#event-16588201
You are receiving this because you authored the thread.
"""), ("html", """<p>Merged <a href="https://github.com/saki-odagiri/cert-notes/pull/14">#14</a> into main.</p>
<p style="font-size:small">&mdash;<br>Reply to this email directly, <a href="https://github.com/saki-odagiri/cert-notes/pull/14#event-16588201">view it on GitHub</a>.</p>""")]})

# 013 owner's own reply to colleague
add("user_reply", False, None, [],
    **{"date": d("2025-03-04 09:05", JST), "from": ME_C_H, "to": "s.uemura@kumogata-tech.co.jp",
       "subject": "Re: 引き継ぎ資料の件", "mid": mid("col1r", "kumogata-tech.co.jp"), "irt": m003, "refs": [m003],
       "parts": [("plain", """上村さん

承知しました。金曜までに置いておきます。
IAM ユーザーは退職日削除で問題ありません。

小田切

2025年3月2日(日) 10:21 上村 聡 <s.uemura@kumogata-tech.co.jp>:
> 小田切さん
>
> お疲れさまです。上村です。
> 最終出社日が28日と伺いました。引き継ぎ資料ですが、
> 金曜までに Confluence に置いていただけますか？
""", "iso-2022-jp", "7bit")], "hcs": "iso-2022-jp"})

# 014 case A on hold (APN) with buried question
HOLD_A_TEXT = """Hi Saki,

Thank you for confirming from your personal address.

While reviewing the two accounts I found that the company certification
account (%s) is linked to an AWS Partner Network organization,
Kumogata Technologies. Certifications held through a partner organization
count toward that partner's standing, so we cannot move them out while the
link is active. I have asked our Partner team to reach out to the partner
administrator, and the merge is on hold until the link is released or
they confirm that you are leaving.

There is one thing I still need from you in the meantime: has your last
working day at Kumogata Technologies been fixed, and if so, what is the
date?

Regards,
Marisol
AWS Training & Certification | Customer Experience
""" % CID_OLD
HOLD_A_MID = mid("holdA", "email.amazonses.com")
add("on_hold", True, A, [CID_OLD],
    **{"date": d("2025-03-05 02:14", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE %s] %s" % (A, SUBJ_FORM), "mid": HOLD_A_MID, "irt": REP_A1_MID,
       "refs": [ACK_A_MID, REQ_A1_MID, REP_A1_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", HOLD_A_TEXT + "\n\n" + "-" * 10 + " Previous message " + "-" * 10 + "\n" + REP_A1_TEXT.split("\nOn Tue")[0], "utf-8", "qp"),
                 ("html", "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in HOLD_A_TEXT.split("\n\n")) +
                  "<hr><div style='color:#666'>" + REP_A1_TEXT.split("\nOn Tue")[0].replace("\n", "<br>") + "</div></body></html>", "utf-8", "qp")]})

# 015 Pearson VUE appointment
add("unrelated", False, None, [],
    **{"date": d("2025-03-05 06:30", UTC), "from": "Pearson VUE <pearsonvuecustomerservice@pearson.com>", "to": ME_C,
       "subject": "Confirmation of your AWS Certified Solutions Architect - Professional exam appointment",
       "mid": mid("pv1", "pearson.com"), "auth": auth_c("pearson.com"),
       "parts": [("html", """<html><body><p>Dear Saki Odagiri,</p>
<p>Thank you for scheduling with Pearson VUE. Please keep this confirmation for your records.</p>
<table border="1" cellpadding="4">
<tr><td>Exam</td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><td>Registration ID</td><td>491837265</td></tr>
<tr><td>Date</td><td>Thursday, March 20, 2025, 10:00 JST</td></tr>
<tr><td>Location</td><td>Online (OnVUE)</td></tr></table>
<p>Please run the system test before exam day. To reschedule, sign in at least 24 hours in advance.</p>
<p>Pearson VUE</p></body></html>""", "utf-8", "b64")]})

# 016 console case C created
CON_SIG = """
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
C_ACK_MID = mid("ackC", "email.amazonses.com")
add("acknowledgement", False, C, [],
    **{"date": d("2025-03-05 23:58", UTC), "from": CONSOLE, "to": ME_P,
       "subject": "Amazon Web Services: New Support case: %s" % C, "mid": C_ACK_MID, "auth": auth_g("amazon.com"),
       "parts": [("plain", """Dear Customer,

We have opened case %s to address your request regarding "Exam result
from February 14 not visible in certification account". You can view the
case and add correspondence at:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Our agents will review the details shortly.
%s""" % (C, C, CON_SIG), "utf-8", "qp")]})

# 017 AWS billing invoice
add("unrelated", False, None, [],
    **{"date": d("2025-03-06 03:11", UTC), "from": "Amazon Web Services <aws-billing@amazon.com>", "to": ME_P,
       "subject": "Amazon Web Services Billing Statement Available [AWS ID 428810375562]",
       "mid": mid("bill1", "amazon.com"), "auth": auth_g("amazon.com"),
       "parts": [("plain", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS web site. Your account will be charged the following:

Total: USD 4.87

Account ID: 428810375562
Billing period: February 1 - February 28, 2025

You can see a complete break down of all charges on the Billing page.

Sincerely,
Amazon Web Services
""", "utf-8", "7bit")]})

# 018 console case C: info request (answer in Support Center)
C_REQ_TEXT = """Hello,

Thank you for your patience while I looked into your exam record.

Our testing partner shows an appointment on February 14, but I could not
match it to a certification account yet. To locate it I'll need:

  1. the Pearson VUE registration number from your score report or
     appointment e-mail, and
  2. the full name exactly as it appeared on the ID you presented.

Please add these to the case through the Support Center link below rather
than by e-mail.

Best regards,
Haruka T.
Amazon Web Services
"""
C_REQ_MID = mid("reqC", "email.amazonses.com")
add("info_request", True, C, [],
    **{"date": d("2025-03-06 19:22", UTC), "from": CONSOLE, "to": ME_P,
       "subject": "RE:[CASE %s] Exam result from February 14 not visible in certification account" % C,
       "mid": C_REQ_MID, "irt": C_ACK_MID, "refs": [C_ACK_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", C_REQ_TEXT + "\nTo see the case or reply, visit:\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n%s" % (C, CON_SIG), "utf-8", "qp"),
                 ("html", "<html><body><p>" + C_REQ_TEXT.replace("\n\n", "</p><p>").replace("\n", "<br>") +
                  "</p><p><a href='https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en'>View case %s</a></p><p style='font-size:10px'>%s</p></body></html>" % (C, C, CON_SIG.replace("\n", " ")), "utf-8", "qp")]})

# 019 owner answers console mail by email (wrong channel)
REP_C_MID = mid("repC", "mail.gmail.com")
add("user_reply", False, C, [],
    **{"date": d("2025-03-07 08:02", JST), "from": ME_P_H, "to": "no-reply-aws@amazon.com",
       "subject": "Re: RE:[CASE %s] Exam result from February 14 not visible in certification account" % C,
       "mid": REP_C_MID, "irt": C_REQ_MID, "refs": [C_ACK_MID, C_REQ_MID],
       "parts": [("plain", """Hi Haruka,

Registration number is 480221937, name on my ID: ODAGIRI SAKI.

Saki

On Fri, Mar 7, 2025 at 4:22 AM Amazon Web Services <no-reply-aws@amazon.com> wrote:
%s
""" % quote_gt(C_REQ_TEXT), "utf-8", "7bit")]})

# 020 bounce from no-reply-aws
add("unrelated", False, C, [],
    **{"date": d("2025-03-06 23:03", UTC), "from": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "to": ME_P,
       "subject": "Delivery Status Notification (Failure)", "mid": mid("bnc1", "mx.google.com"),
       "auth": None,
       "parts": [("plain", """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: this mailbox does not accept incoming mail

----- Original message -----
Subject: Re: RE:[CASE %s] Exam result from February 14 not visible in certification account
""" % C, "utf-8", "7bit")]})

# 021 phishing lookalike
add("suspicious", False, None, [CID_OLD],
    **{"date": d("2025-03-07 11:45", UTC), "from": "AWS Certification Support <support@aws-certification-team.com>", "to": ME_C,
       "subject": "Action required: your AWS Certification account will be deactivated",
       "mid": mid("ph1", "aws-certification-team.com"), "auth": auth_c("aws-certification-team.com", ok=True),
       "parts": [("html", """<html><body>
<p><img src="https://aws-certification-team.com/logo.png" alt="aws"></p>
<p>Dear Certified Professional,</p>
<p>We detected that the certification profile <b>%s</b> is linked to an employer that has
requested its removal. To keep your credentials, verify your identity within <b>48 hours</b>.</p>
<p><a href="https://aws-certification-team.com/verify?u=s.odagiri">Verify my account</a></p>
<p>Alternatively, reply to this message with your sign-in email and password so our team can migrate your records.</p>
<p>AWS Training &amp; Certification Security</p></body></html>""" % CID_OLD, "utf-8", "qp")]})

# 022 colleague OOO auto-reply
add("unrelated", False, None, [],
    **{"date": d("2025-03-07 12:00", JST), "from": "Shinji Hotta <s.hotta@kumogata-tech.co.jp>", "to": ME_C,
       "subject": "自動応答: Re: SAP 試験の教材", "mid": mid("ooo1", "kumogata-tech.co.jp"),
       "extra": ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], "auth": auth_c("kumogata-tech.co.jp"),
       "parts": [("plain", """3/7〜3/11 は休暇のため不在にしております。
3/12 以降に順次ご返信いたします。お急ぎの方は上村までご連絡ください。

I am out of the office until March 11 and will reply when I return.
""", "shift_jis", "b64")], "hcs": "utf-8"})

# 023 owner forwards hold note to herself
FWD_MID = mid("fwdA", "kumogata-tech.co.jp")
add("user_reply", False, A, [],
    **{"date": d("2025-03-08 21:40", JST), "from": ME_P_H, "to": ME_P,
       "subject": "Fwd: RE:[CASE %s] %s" % (A, SUBJ_FORM), "mid": FWD_MID,
       "parts": [("plain", """メモ: 最終日(3/28)を返信すること。人事に確定日を確認してから。

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Wed, Mar 5, 2025 at 11:14 AM
Subject: RE:[CASE %s] %s
To: <%s>

%s""" % (TC, A, SUBJ_FORM, ME_P, HOLD_A_TEXT), "utf-8", "b64")]})

# 024 console case C closing notice (auto-resolve)
C_CLOSE_MID = mid("closeC", "email.amazonses.com")
add("closing_notice", True, C, [],
    **{"date": d("2025-03-09 19:30", UTC), "from": CONSOLE, "to": ME_P,
       "subject": "RE:[CASE %s] Exam result from February 14 not visible in certification account" % C,
       "mid": C_CLOSE_MID, "irt": C_REQ_MID, "refs": [C_ACK_MID, C_REQ_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", """Hello,

We have not yet received the details requested on March 6. This case will
be automatically resolved if there is no update within the next 3 days.
A correspondence added through the Support Center before then keeps it open.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
%s""" % (C, CON_SIG), "utf-8", "7bit")]})

# 025 case A closing notice
CLOSE_A_MID = mid("closeA", "email.amazonses.com")
add("closing_notice", True, A, [],
    **{"date": d("2025-03-10 01:03", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE %s] %s" % (A, SUBJ_FORM), "mid": CLOSE_A_MID, "irt": HOLD_A_MID,
       "refs": [ACK_A_MID, REQ_A1_MID, REP_A1_MID, HOLD_A_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", """Hello Saki,

I'm following up on my message of March 5. I haven't seen a response about
your final day with Kumogata Technologies.

Without an update within three business days this case will be set to
closed. An answer to this email is enough to keep it active.

Regards,
Marisol
AWS Training & Certification | Customer Experience
""", "utf-8", "qp")]})

# 026 owner reply with last day (top-posted over Outlook history, from company address)
REP_A2_MID = mid("repA2", "kumogata-tech.co.jp")
add("user_reply", False, A, [],
    **{"date": d("2025-03-10 12:15", JST), "from": ME_C_H, "to": TC, "cc": ME_P,
       "subject": "RE: RE:[CASE %s] %s" % (A, SUBJ_FORM), "mid": REP_A2_MID, "irt": CLOSE_A_MID,
       "refs": [ACK_A_MID, HOLD_A_MID, CLOSE_A_MID], "crlf": True,
       "parts": [("plain", """Hi Marisol,

Sorry for the delay. My last working day at Kumogata Technologies is March 28, 2025.
I confirm I am leaving the company; this address will stop working after that date,
so please keep writing to %s.

Best regards,
Saki Odagiri

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Monday, March 10, 2025 10:03 AM
To: %s
Subject: RE:[CASE %s] %s

Hello Saki,

I'm following up on my message of March 5. I haven't seen a response about
your final day with Kumogata Technologies.

Without an update within three business days this case will be set to
closed. An answer to this email is enough to keep it active.
""" % (ME_P, TC, ME_P, A, SUBJ_FORM), "utf-8", "qp")]})

# 027 case A update: passed to partner team, nothing asked
UPD_A1_MID = mid("updA1", "email.amazonses.com")
add("case_update", False, A, [],
    **{"date": d("2025-03-11 04:48", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE %s] %s" % (A, SUBJ_FORM), "mid": UPD_A1_MID, "irt": REP_A2_MID,
       "refs": [ACK_A_MID, HOLD_A_MID, CLOSE_A_MID, REP_A2_MID], "auth": auth_g("amazon.com"),
       "parts": [("html", """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Saki,</p>
<p>Thanks for the date. I have added it to the case and handed the partner-release step to our AWS Partner Network operations team, who will coordinate with the Kumogata Technologies administrator. The case stays on our side while they work on it &mdash; you don't need to do anything right now.</p>
<p>We will write again as soon as the link is released.</p>
<p>Warm regards,<br>Marisol<br>AWS Training &amp; Certification | Customer Experience</p>
<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">
<p><b>From:</b> Odagiri Saki<br><b>Sent:</b> Monday, March 10, 2025 03:15 AM UTC</p>
<p>Hi Marisol,<br>Sorry for the delay. My last working day at Kumogata Technologies is March 28, 2025. I confirm I am leaving the company...</p>
<p><b>From:</b> AWS Training and Certification</p>
<p>There is one thing I still need from you in the meantime: has your last working day at Kumogata Technologies been fixed, and if so, what is the date?</p>
</div></body></html>""", "utf-8", "qp")]})

# 028 colleague (partner admin) forwards APN notice
add("unrelated", False, A, [],
    **{"date": d("2025-03-11 15:20", JST), "from": "Ayumi Kuroda <a.kuroda@kumogata-tech.co.jp>", "to": ME_C,
       "subject": "FW: AWS Partner Network: certification transfer request for a Kumogata Technologies user",
       "mid": mid("apnfw", "kumogata-tech.co.jp"), "auth": auth_c("kumogata-tech.co.jp"),
       "parts": [("plain", """小田切さん

AWS から下記が来ました。退職に伴う移行ですよね？こちらでリリースしておきます。
念のため、他の認定者の数が変わらないか確認だけさせてください。

黒田

________________________________
From: AWS Partner Network <apn-no-reply@amazon.com>
Sent: Tuesday, March 11, 2025 14:02
To: a.kuroda@kumogata-tech.co.jp
Subject: AWS Partner Network: certification transfer request for a Kumogata Technologies user

An individual linked to your organization has asked AWS Training and
Certification (case %s) to move their certification records to a personal
account. Please review the request in Partner Central under
People > Certifications and release the user, or let us know if you object.
""" % A, "utf-8", "qp")]})

# 029 other vendor case closed
add("unrelated", False, None, [],
    **{"date": d("2025-03-12 02:10", UTC), "from": "Figtree Support <support@figtree.zendesk.com>", "to": ME_C,
       "subject": "[Figtree] Re: SSO login loop after domain change (#48291)",
       "mid": mid("zd1", "figtree.zendesk.com"), "auth": auth_c("figtree.zendesk.com"),
       "parts": [("plain", """##- Please type your reply above this line -##

Your request (48291) has been solved. Since we have not heard from you for
5 days, we are closing this request. If you reply to this email, it will be
reopened automatically.

Daniel (Figtree Support)

Mar 6, 2025, 09:12 UTC
Could you send us a HAR file of the login attempt?
""")]})

# 030 console case C resolved with feedback footer
C_RES_MID = mid("resC", "email.amazonses.com")
add("resolved", False, C, [CID_OLD],
    **{"date": d("2025-03-12 06:41", UTC), "from": CONSOLE, "to": ME_P,
       "subject": "RE:[CASE %s] Exam result from February 14 not visible in certification account" % C,
       "mid": C_RES_MID, "irt": C_CLOSE_MID, "refs": [C_ACK_MID, C_REQ_MID, C_CLOSE_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", """Hello Saki,

Thank you for adding the registration number to the case. The February 14
result had been filed under a second profile created at the test center; I
have attached it to your certification account %s and it now
appears under Exam History. Your score report is available there as well.

With that, I'm marking this case resolved.

We value your feedback. Please share your experience by rating this
correspondence using the link below.
https://console.aws.amazon.com/support/feedback?displayId=%s

Best regards,
Haruka T.
Amazon Web Services
%s""" % (CID_OLD, C, CON_SIG), "utf-8", "qp")]})

# 031 console survey
add("survey", False, C, [],
    **{"date": d("2025-03-13 09:00", UTC), "from": "Amazon Web Services <aws-support-survey@amazon.com>", "to": ME_P,
       "subject": "How was your support experience? (Case %s)" % C,
       "mid": mid("svC", "amazon.com"), "auth": auth_g("amazon.com"),
       "parts": [("plain", "How likely are you to recommend AWS Support? Rate case %s: https://pulse.aws/survey/CS%s\n" % (C, C)),
                 ("html", """<html><body><p>Hi,</p><p>You recently worked with AWS Support on case %s. Would you take 2 minutes to tell us how it went?</p>
<table><tr>%s</tr></table><p>This survey closes in 14 days.</p></body></html>""" % (C, "".join("<td><a href='https://pulse.aws/survey/CS%s?s=%d'>%d</a></td>" % (C, i, i) for i in range(11))))]})

# 032 Skill Builder receipt
add("unrelated", False, None, [],
    **{"date": d("2025-03-13 14:22", UTC), "from": "AWS Skill Builder <no-reply@skillbuilder.aws>", "to": ME_P,
       "subject": "Your AWS Skill Builder receipt",
       "mid": mid("sb1", "skillbuilder.aws"), "auth": auth_g("skillbuilder.aws"),
       "parts": [("html", """<html><body><h3>Thanks for your purchase</h3>
<table border="0"><tr><td>Plan</td><td>Individual subscription (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr><tr><td>Order</td><td>SB-7718-22906</td></tr></table>
<p>No action is required. Manage your subscription in account settings.</p></body></html>""", "utf-8", "b64")]})

# 033 case A hold lifted (case_update)
UPD_A2_MID = mid("updA2", "email.amazonses.com")
add("case_update", False, A, [],
    **{"date": d("2025-03-17 23:55", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE %s] %s" % (A, SUBJ_FORM), "mid": UPD_A2_MID, "irt": UPD_A1_MID,
       "refs": [ACK_A_MID, HOLD_A_MID, REP_A2_MID, UPD_A1_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", """Hi Saki,

Good news: the partner administrator has released your company
certification account, so the hold on this case is lifted. I'm preparing
the merge details now and will send them to you for a final look shortly.

Jun
AWS Training and Certification Support
""", "utf-8", "7bit")]})

# 034 case D ack in Japanese (Shift_JIS)
ACK_D_MID = mid("ackD", "email.amazonses.com")
add("acknowledgement", False, D, [CID_NEW],
    **{"date": d("2025-03-18 04:05", UTC), "from": TC_H, "to": ME_P,
       "subject": "[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
       "mid": ACK_D_MID, "auth": auth_g("amazon.com"),
       "parts": [("plain", """お問い合わせありがとうございます。

ケース %s として受け付けました。通常、24時間以内に担当者からご連絡いたします。
お問い合わせの内容により、回答までさらにお時間をいただく場合がございます。

既に同じ内容でケースを作成済みの場合は、重複してケースを作成なさらないようお願いいたします。

--- お問い合わせ内容 ---
候補 ID: %s
認定証に記載される氏名のローマ字表記を「Saki Odagiri」に変更したい。
現在は「SAKI ODAGIRI KUMOGATA」と表示されている。

AWS トレーニングと認定
""" % (D, CID_NEW), "shift_jis", "b64")]})

# 035 confirmation request case A (HTML only table)
CONF_A_PLAIN = """Hello Saki,

Everything is ready on our side. Before I run the merge, please look over the
two accounts below:

Account #1
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: %s

Account #2
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: %s

Account #2 will be folded into Account #1, and Account #1 is the one you will
keep using. Are both accounts yours, and is that the direction you want?
A short reply is all I need to proceed.

Thank you,
Priya
AWS Training and Certification
""" % (ME_P, ME_P, ME_P, CID_NEW, ME_C, ME_C, ME_C, CID_OLD)
CONF_A_MID = mid("confA", "email.amazonses.com")
add("confirmation_request", True, A, [CID_NEW, CID_OLD],
    **{"date": d("2025-03-18 06:30", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE %s] %s" % (A, SUBJ_FORM), "mid": CONF_A_MID, "irt": UPD_A2_MID,
       "refs": [ACK_A_MID, HOLD_A_MID, UPD_A1_MID, UPD_A2_MID], "auth": auth_g("amazon.com"),
       "parts": [("html", """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:13px">
<p>Hello Saki,</p>
<p>Everything is ready on our side. Before I run the merge, please look over the two accounts below:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
</table>
<p>Account #2 will be folded into Account #1, and Account #1 is the one you will keep using.
Are both accounts yours, and is that the direction you want? A short reply is all I need to proceed.</p>
<p>Thank you,<br>Priya<br>AWS Training and Certification</p>
</body></html>""" % (ME_P, ME_C, ME_P, ME_C, ME_P, ME_C, CID_NEW, CID_OLD), "utf-8", "qp")]})

# 036 dmarc=fail mail claiming to be AWS T&C, fake case number
add("suspicious", False, None, [],
    **{"date": d("2025-03-18 09:12", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE 174155520900001] %s" % SUBJ_FORM, "mid": mid("ph2", "mailer-out.example-bulk.net"),
       "auth": auth_g("amazon.com", ok=False), "reply_to": "merge-desk@aws-tc-helpdesk.net",
       "received": "from mailer-out.example-bulk.net (unknown [185.212.47.9]) by mx.google.com; Tue, 18 Mar 2025 09:12:40 +0000",
       "parts": [("plain", """Hello,

To finish merging your certification accounts we must verify ownership.
Please sign in at https://aws-tc-helpdesk.net/merge/confirm with your
Builder ID and enter the one-time code you receive. Accounts not verified
within 24 hours will be closed and your certifications revoked.

AWS Training and Certification
""", "utf-8", "7bit")]})

# 037 case D info request in Japanese (ISO-2022-JP, keigo)
REQ_D_TEXT = """小田切 咲 様

AWS トレーニングと認定サポートの森下でございます。
お問い合わせいただき誠にありがとうございます。

認定証の氏名表記につきまして、変更にあたり本人確認が必要となります。
お手数ではございますが、以下の点をご教示いただけますでしょうか。

・ご希望の表記(名・姓の順、大文字/小文字を含めて)
・試験当日にご提示いただいた身分証明書に記載の氏名表記

なお、身分証明書の画像の送付は不要でございます。
ご返信をお待ちしております。何卒よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
森下
"""
REQ_D_MID = mid("reqD", "email.amazonses.com")
add("info_request", True, D, [],
    **{"date": d("2025-03-19 01:40", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
       "mid": REQ_D_MID, "irt": ACK_D_MID, "refs": [ACK_D_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", REQ_D_TEXT, "iso-2022-jp", "7bit")]})

# 038 exam passed (certification)
add("certification", False, None, [CID_OLD],
    **{"date": d("2025-03-20 08:15", UTC), "from": "AWS Certification <do-not-reply@certmetrics.com>", "to": ME_C,
       "subject": "Congratulations! You are now AWS Certified",
       "mid": mid("pass1", "certmetrics.com"), "auth": auth_c("certmetrics.com"),
       "parts": [("plain", """Dear Saki Odagiri,

Congratulations on earning AWS Certified Solutions Architect - Professional.

Candidate ID: %s
Validation number: 7QK2M3B1XJE4Q9S2
Certification date: March 20, 2025
Expiration date: March 20, 2028

Your certificate and score report are in your AWS Certification account.
A digital badge will be issued through Credly within a few days.

AWS Certification
""" % CID_OLD, "utf-8", "qp")]})

# 039 Credly badge
add("badge", False, None, [],
    **{"date": d("2025-03-20 09:02", UTC), "from": "Credly <admin@credly.com>", "to": ME_C,
       "subject": "Saki, you've earned a new badge from Amazon Web Services Training and Certification",
       "mid": mid("cr1", "credly.com"), "auth": auth_c("credly.com"),
       "parts": [("plain", "Accept your AWS Certified Solutions Architect - Professional badge: https://www.credly.com/badges/4f1c2a77-93de-4b8e-a0a4-6a1d5e2c9b10\n"),
                 ("html", """<html><body><p>Congratulations, Saki!</p><p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect &ndash; Professional</b> badge.</p>
<p><a href="https://www.credly.com/badges/4f1c2a77-93de-4b8e-a0a4-6a1d5e2c9b10">Accept your badge</a></p></body></html>""")]})

# 040 owner reply to case D in Japanese (quoted 「より:」)
REP_D_MID = mid("repD", "mail.gmail.com")
add("user_reply", False, D, [],
    **{"date": d("2025-03-20 22:10", JST), "from": ME_P_H, "to": TC,
       "subject": "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
       "mid": REP_D_MID, "irt": REQ_D_MID, "refs": [ACK_D_MID, REQ_D_MID],
       "parts": [("plain", """森下様

ご連絡ありがとうございます。
・希望表記: Saki Odagiri
・身分証明書(パスポート)の表記: ODAGIRI SAKI

よろしくお願いいたします。
小田切 咲

2025年3月19日(水) 10:40 AWS Training and Certification <%s>:
%s
""" % (TC, quote_gt(REQ_D_TEXT)), "iso-2022-jp", "7bit")], "hcs": "iso-2022-jp"})

# 041 marketing certification-ish but marketing
add("unrelated", False, None, [],
    **{"date": d("2025-03-21 00:30", UTC), "from": "AWS Training and Certification <aws-marketing-email-replies@amazon.com>", "to": ME_P,
       "subject": "Please confirm your subscription preferences",
       "mid": mid("mk2", "marketing.aws"), "auth": auth_g("amazon.com"),
       "parts": [("html", """<html><body><p>Hi there,</p><p>We are updating our mailing lists. Please confirm that you still want to receive news about
new courses, exam updates and events from AWS Training and Certification.</p>
<p><a href="https://pages.awscloud.com/preferences">Confirm my preferences</a></p>
<p>If you do nothing, you will stop receiving these emails after April 30.</p></body></html>""", "utf-8", "qp")]})

# 042 case D resolved in Japanese, quoting earlier request, conditional invitation
add("resolved", False, D, [],
    **{"date": d("2025-03-21 05:18", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
       "mid": mid("resD", "email.amazonses.com"), "irt": REP_D_MID, "refs": [ACK_D_MID, REQ_D_MID, REP_D_MID],
       "auth": auth_g("amazon.com"),
       "parts": [("plain", """小田切 咲 様

ご回答いただきありがとうございます。
認定アカウントの氏名表記を「Saki Odagiri」に更新いたしました。
新しい表記の認定証は、認定アカウントの「認定」ページから既にダウンロードいただけます。
Credly のバッジにも数日以内に反映されます。

その他ご不明な点がございましたら、お気軽に本メールへご返信ください。

森下
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
%s
""" % REQ_D_TEXT, "iso-2022-jp", "7bit")]})

# 043 Pearson VUE survey (vendor, not case)
add("unrelated", False, None, [],
    **{"date": d("2025-03-21 11:00", UTC), "from": "Pearson VUE <surveys@pearsonvue.com>", "to": ME_C,
       "subject": "Tell us about your OnVUE testing experience",
       "mid": mid("pvs", "pearsonvue.com"), "auth": auth_c("pearsonvue.com"),
       "parts": [("plain", """Dear Candidate,

You recently tested online with Pearson VUE. Please take a few minutes to
rate the check-in process and your proctor. Registration ID: 491837265.

https://survey.pearsonvue.com/s/onvue?r=491837265
""")]})

# 044 case A closing notice after unanswered confirmation (still asks to confirm)
CLOSE_A2_MID = mid("closeA2", "email.amazonses.com")
add("closing_notice", True, A, [],
    **{"date": d("2025-03-24 00:20", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE %s] %s" % (A, SUBJ_FORM), "mid": CLOSE_A2_MID, "irt": CONF_A_MID,
       "refs": [ACK_A_MID, UPD_A2_MID, CONF_A_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", """Hello Saki,

A gentle reminder that the merge is waiting on your go-ahead (see the
account summary I sent on March 18). If we do not hear from you by
March 27 we will close this case. You can simply respond here to keep it
open, and if it has already been closed, replying will reopen it.

Thank you,
Priya
AWS Training and Certification

________________________________
From: AWS Training and Certification
Sent: 18 March 2025 06:30
Subject: RE:[CASE %s] %s

%s""" % (A, SUBJ_FORM, quote_gt(CONF_A_PLAIN)), "utf-8", "qp")]})

# 045 owner confirms
REP_A3_TEXT = "Hi Priya,\n\nConfirmed - both accounts are mine. Please merge Account #2 into Account #1\n(%s) and keep Account #1.\n\nThanks,\nSaki\n" % ME_P
REP_A3_MID = mid("repA3", "mail.gmail.com")
add("user_reply", False, A, [],
    **{"date": d("2025-03-24 09:44", JST), "from": ME_P_H, "to": TC,
       "subject": "Re: RE:[CASE %s] %s" % (A, SUBJ_FORM), "mid": REP_A3_MID, "irt": CLOSE_A2_MID,
       "refs": [ACK_A_MID, CONF_A_MID, CLOSE_A2_MID],
       "parts": [("plain", REP_A3_TEXT + "\nOn Mon, Mar 24, 2025 at 9:20 AM AWS Training and Certification <%s> wrote:\n%s\n" % (TC, quote_gt("A gentle reminder that the merge is waiting on your go-ahead.")), "utf-8", "7bit"),
                 ("html", "<div dir='ltr'>" + REP_A3_TEXT.replace("\n", "<br>") + "</div><div class='gmail_quote'><blockquote>A gentle reminder that the merge is waiting on your go-ahead.</blockquote></div>", "utf-8", "qp")]})

# 046 case A resolved, quoting the confirmation request in Outlook style
RES_A_MID = mid("resA", "email.amazonses.com")
add("resolved", False, A, [],
    **{"date": d("2025-03-24 04:02", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE %s] %s" % (A, SUBJ_FORM), "mid": RES_A_MID, "irt": REP_A3_MID,
       "refs": [ACK_A_MID, CONF_A_MID, CLOSE_A2_MID, REP_A3_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", """Hello Saki,

Thanks for the confirmation. The merge is complete: your exam history,
certifications and benefits from the company account now sit under the
account you kept, and the company account has been deactivated. Sign in with
your personal Builder ID to check them. Badges may take up to 48 hours to
show up in Credly.

This case will now be closed.

Kind regards,
Tobias
AWS Training and Certification

-----Original Message-----
From: Saki Odagiri <%s>
Sent: Monday, March 24, 2025 12:44 AM
Subject: Re: RE:[CASE %s] %s

%s
-----Original Message-----
From: AWS Training and Certification
Sent: Tuesday, March 18, 2025 06:30 AM

%s""" % (ME_P, A, SUBJ_FORM, REP_A3_TEXT, CONF_A_PLAIN), "utf-8", "qp")]})

# 047 Credly badges transferred
add("badge", False, None, [],
    **{"date": d("2025-03-24 06:40", UTC), "from": "Credly <admin@credly.com>", "to": ME_P,
       "subject": "Your Amazon Web Services Training and Certification badges are ready to claim",
       "mid": mid("cr2", "credly.com"), "auth": auth_g("credly.com"),
       "parts": [("html", """<html><body><p>Hi Saki,</p><p>4 badges issued by <b>Amazon Web Services Training and Certification</b> are waiting in your Credly wallet:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Professional</li><li>AWS Certified Developer &ndash; Associate</li><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned">Claim your badges</a></p>
<p style="font-size:10px">Credly, 1 World Trade Center, New York</p></body></html>""", "utf-8", "b64")]})

# 048 survey for case A
add("survey", False, A, [],
    **{"date": d("2025-03-25 03:00", UTC), "from": TC_H, "to": ME_P,
       "subject": "We'd like your feedback on case %s" % A,
       "mid": mid("svA", "email.amazonses.com"), "auth": auth_g("amazon.com"),
       "parts": [("plain", """Hello,

Your recent case with AWS Training and Certification (%s) was closed.
Please tell us how we did - the survey has three questions and takes
about a minute:

https://aws-tc.qualtrics.com/jfe/form/SV_tc?case=%s

Your answers are anonymous and help us improve.

AWS Training and Certification
""" % (A, A), "utf-8", "7bit")]})

# 049 owner reopens: voucher missing
REP_A4_TEXT = """Hi Tobias,

Thank you - history and certifications look right. One thing is missing:
the 50%% exam discount voucher that was on the company account does not
appear under Benefits on the merged account (%s). Could you check?

Saki
""" % CID_NEW
REP_A4_MID = mid("repA4", "mail.gmail.com")
add("user_reply", False, A, [CID_NEW],
    **{"date": d("2025-03-26 21:03", JST), "from": ME_P_H, "to": TC,
       "subject": "Re: RE:[CASE %s] %s" % (A, SUBJ_FORM), "mid": REP_A4_MID, "irt": RES_A_MID,
       "refs": [ACK_A_MID, CONF_A_MID, REP_A3_MID, RES_A_MID],
       "parts": [("plain", REP_A4_TEXT + "\nOn Mon, Mar 24, 2025 at 1:02 PM AWS Training and Certification <%s> wrote:\n> Hello Saki,\n>\n> Thanks for the confirmation. The merge is complete: your exam history,\n> ...\n" % TC, "utf-8", "qp")]})

# 050 colleague farewell party (unrelated)
add("unrelated", False, None, [],
    **{"date": d("2025-03-26 17:30", JST), "from": "Kumogata 総務 <soumu@kumogata-tech.co.jp>", "to": "all@kumogata-tech.co.jp",
       "subject": "【ご案内】3月退職者送別会のお知らせ", "mid": mid("party", "kumogata-tech.co.jp"), "auth": auth_c("kumogata-tech.co.jp"),
       "parts": [("plain", """各位

3月末でご退職される皆さまの送別会を下記のとおり開催します。
出欠を3/27(木)までにフォームからご回答ください。

日時: 3/28(金) 19:00〜
場所: 品川 会議室B

総務部
""", "shift_jis", "b64")], "hcs": "shift_jis"})

# 051 case A reopened (case_update)
UPD_A3_MID = mid("updA3", "email.amazonses.com")
add("case_update", False, A, [],
    **{"date": d("2025-03-27 01:15", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE %s] %s" % (A, SUBJ_FORM), "mid": UPD_A3_MID, "irt": REP_A4_MID,
       "refs": [ACK_A_MID, RES_A_MID, REP_A4_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", """Hello Saki,

I have reopened your case. Benefits are held in a separate system and do
not always follow a merge automatically; I've raised this with the team that
manages them and will let you know what they find.

Tobias
AWS Training and Certification
""", "utf-8", "qp")]})

# 052 colleague OOO? no: Builder ID sign-in code
add("unrelated", False, None, [],
    **{"date": d("2025-03-27 09:58", UTC), "from": "AWS <no-reply@login.awsapps.com>", "to": ME_P,
       "subject": "AWS Builder ID sign-in verification code",
       "mid": mid("bid2", "login.awsapps.com"), "auth": auth_g("login.awsapps.com"),
       "parts": [("plain", "Your verification code is 907 531. It is valid for 10 minutes.\nIf you did not try to sign in, change your password.\n")]})

# 053 case A info request about voucher (question without 'please')
REQ_A2_TEXT = """Hello Saki,

The benefits team has come back to me. The voucher from the old account
was generated for a passed exam, and they need to know which one to
re-issue it correctly. Which exam earned you that 50% voucher, and roughly
when did it show up on the company account? If you still have the voucher
code itself, that would let them skip the lookup entirely.

Tobias
AWS Training and Certification
"""
REQ_A2_MID = mid("reqA2", "email.amazonses.com")
add("info_request", True, A, [],
    **{"date": d("2025-03-28 02:40", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE %s] %s" % (A, SUBJ_FORM), "mid": REQ_A2_MID, "irt": UPD_A3_MID,
       "refs": [ACK_A_MID, RES_A_MID, REP_A4_MID, UPD_A3_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", REQ_A2_TEXT, "utf-8", "b64"),
                 ("html", "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in REQ_A2_TEXT.split("\n\n")) + "</body></html>", "utf-8", "b64")]})

# 054 company mailbox auto-reply? no - company IT notice of mailbox closure
add("unrelated", False, None, [],
    **{"date": d("2025-03-28 08:00", JST), "from": "Kumogata IT Helpdesk <it-helpdesk@kumogata-tech.co.jp>", "to": ME_C,
       "subject": "Mailbox deactivation scheduled for s.odagiri@kumogata-tech.co.jp",
       "mid": mid("it1", "kumogata-tech.co.jp"), "auth": auth_c("kumogata-tech.co.jp"),
       "parts": [("plain", """Hello,

Your mailbox will be deactivated at 23:59 JST today as part of the
off-boarding process. Please confirm by replying to this message that you
have exported any personal data you wish to keep.

IT Helpdesk
""", "utf-8", "7bit")]})

# 055 owner answers voucher question (Japanese-English mix, top post)
REP_A5_MID = mid("repA5", "mail.gmail.com")
add("user_reply", False, A, [],
    **{"date": d("2025-03-28 20:12", JST), "from": ME_P_H, "to": TC,
       "subject": "Re: RE:[CASE %s] %s" % (A, SUBJ_FORM), "mid": REP_A5_MID, "irt": REQ_A2_MID,
       "refs": [ACK_A_MID, UPD_A3_MID, REQ_A2_MID],
       "parts": [("plain", """Hi Tobias,

It came from passing AWS Certified Developer - Associate in October 2024;
it appeared on the company account around October 20. I don't have the
code itself, sorry.

Saki

On Fri, Mar 28, 2025 at 11:40 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote_gt(REQ_A2_TEXT)), "utf-8", "qp")]})

# 056 billing console case E created (not T&C)
E_ACK_MID = mid("ackE", "email.amazonses.com")
add("unrelated", False, E, [],
    **{"date": d("2025-03-29 01:10", UTC), "from": CONSOLE, "to": ME_P,
       "subject": "Amazon Web Services: New Support case: %s" % E, "mid": E_ACK_MID, "auth": auth_g("amazon.com"),
       "parts": [("plain", """Dear Customer,

We have opened case %s to address your request regarding "Charged twice
for Route 53 domain renewal [AWS ID 428810375562]".

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
%s""" % (E, E, CON_SIG), "utf-8", "qp")]})

# 057 billing console case E asks for info (not T&C)
add("unrelated", False, E, [],
    **{"date": d("2025-03-29 17:45", UTC), "from": CONSOLE, "to": ME_P,
       "subject": "RE:[CASE %s] Charged twice for Route 53 domain renewal [AWS ID 428810375562]" % E,
       "mid": mid("reqE", "email.amazonses.com"), "irt": E_ACK_MID, "refs": [E_ACK_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", """Hello,

I'm reviewing the two charges for the domain renewal. Could you let us
know the last four digits of the card on file and the date each charge
appeared on your statement? Please reply through the Support Center.

Jordan W., AWS Billing and Accounts
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
%s""" % (E, CON_SIG), "utf-8", "qp")]})

# 058 case A resolved: voucher reissued
RES_A2_MID = mid("resA2", "email.amazonses.com")
add("resolved", False, A, [CID_NEW],
    **{"date": d("2025-03-31 06:05", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE: [CASE %s] %s" % (A, SUBJ_FORM), "mid": RES_A2_MID, "irt": REP_A5_MID,
       "refs": [ACK_A_MID, REQ_A2_MID, REP_A5_MID], "auth": auth_g("amazon.com"),
       "parts": [("html", """<html><body style="font-family:Arial">
<p>Hello Saki,</p>
<p>Thank you for the details. A new 50%% discount voucher has been issued to account <b>%s</b> and is visible under <i>Benefits</i>. It is valid until October 19, 2025, the same as the original.</p>
<p>No further action is required on your part, and I'm closing the case again.</p>
<p>Best,<br>Tobias<br>AWS Training and Certification</p>
<hr>
<p style="color:#777"><b>On 28/03/2025 11:40, AWS Training and Certification wrote:</b><br>
Which exam earned you that 50%% voucher, and roughly when did it show up on the company account?</p>
</body></html>""" % CID_NEW, "utf-8", "qp")]})

# 059 certmetrics benefits mail (certification, voucher - not the case)
add("certification", False, None, [CID_NEW],
    **{"date": d("2025-03-31 09:30", UTC), "from": "AWS Certification <do-not-reply@certmetrics.com>", "to": ME_P,
       "subject": "A new benefit is available in your AWS Certification account",
       "mid": mid("ben1", "certmetrics.com"), "auth": auth_g("certmetrics.com"),
       "parts": [("plain", """Hello Saki,

A benefit has been added to your AWS Certification account (%s):
50%% discount on your next AWS Certification exam.

Sign in and open Benefits to view and use it.

AWS Certification
""" % CID_NEW, "utf-8", "7bit")]})

# 060 Japanese recertification reminder (certification, ISO-2022-JP)
add("certification", False, None, [],
    **{"date": d("2025-04-01 00:10", UTC), "from": "AWS Certification <do-not-reply@certmetrics.com>", "to": ME_P,
       "subject": "AWS 認定の有効期限が近づいています", "hcs": "iso-2022-jp",
       "mid": mid("exp1", "certmetrics.com"), "auth": auth_g("certmetrics.com"),
       "parts": [("plain", """小田切 咲 様

お持ちの AWS Certified Cloud Practitioner は 2025年6月30日 に有効期限を迎えます。
再認定をご希望の場合は、有効期限までに再認定試験を受験いただくか、
上位の認定を取得してください。

詳細は AWS 認定アカウントの「認定」ページをご確認ください。

AWS 認定
""", "iso-2022-jp", "7bit")]})

# 061 Credly name updated (badge)
add("badge", False, None, [],
    **{"date": d("2025-04-01 02:00", UTC), "from": "Credly <admin@credly.com>", "to": ME_P,
       "subject": "Your badge details have been updated",
       "mid": mid("cr3", "credly.com"), "auth": auth_g("credly.com"),
       "parts": [("plain", """Hi Saki Odagiri,

Amazon Web Services Training and Certification updated the earner name on 4
of your badges. No action is needed; the changes are already visible on your
public profile.

https://www.credly.com/users/saki-odagiri

Credly
""")]})

# 062 another vendor: "please confirm account merge" (not AWS)
add("unrelated", False, None, [],
    **{"date": d("2025-04-01 05:25", UTC), "from": "Miro <support@miro.com>", "to": ME_P,
       "subject": "Re: [Request #771204] Merge my two Miro accounts",
       "mid": mid("miro1", "miro.com"), "auth": auth_g("miro.com"),
       "parts": [("plain", """Hi Saki,

We found two Miro accounts: one on kumogata-tech.co.jp and one on
gmail.com. Please confirm which account you'd like to keep, and we'll move
your boards over.

Lena, Miro Support
""")]})

# 063 owner replies to Miro (user_reply, not AWS)
add("user_reply", False, None, [],
    **{"date": d("2025-04-01 19:00", JST), "from": ME_P_H, "to": "support@miro.com",
       "subject": "Re: [Request #771204] Merge my two Miro accounts", "mid": mid("miro1r", "mail.gmail.com"),
       "irt": mid("miro1", "miro.com"), "refs": [mid("miro1", "miro.com")],
       "parts": [("plain", "Hi Lena,\n\nPlease keep the gmail.com one.\n\nSaki\n\nOn Tue, Apr 1, 2025 at 2:25 PM Miro <support@miro.com> wrote:\n> Please confirm which account you'd like to keep, and we'll move\n> your boards over.\n")]})

# 064 survey for case A after second resolution (HTML)
add("survey", False, A, [],
    **{"date": d("2025-04-01 22:00", UTC), "from": "AWS Training and Certification <aws-tc-feedback@amazon.com>", "to": ME_P,
       "subject": "Quick question about case %s" % A,
       "mid": mid("svA2", "amazon.com"), "auth": auth_g("amazon.com"),
       "parts": [("html", """<html><body><p>Hello,</p><p>How satisfied were you with the help you received on case %s?</p>
<p><a href="https://aws-tc.qualtrics.com/jfe/form/SV_tc?case=%s&amp;r=5">Very satisfied</a> |
<a href="https://aws-tc.qualtrics.com/jfe/form/SV_tc?case=%s&amp;r=3">Neutral</a> |
<a href="https://aws-tc.qualtrics.com/jfe/form/SV_tc?case=%s&amp;r=1">Not satisfied</a></p>
<p>Thank you for helping us improve.</p></body></html>""" % (A, A, A, A), "utf-8", "qp")]})

# ---------------- case F: duplicate account created via Partner Central SSO at new employer
F = "174372211500348"
CID_SSO = "AWS07741093"
SUBJ_F = "[AWS Training and Certification Form Submission] - account-assistance"

# 065 suspicious Credly lookalike
add("suspicious", False, None, [],
    **{"date": d("2025-04-02 03:33", UTC), "from": "Credly <badges@credly-notify.net>", "to": ME_P,
       "subject": "Your AWS badges will expire - sign in to keep them",
       "mid": mid("ph3", "credly-notify.net"), "auth": auth_g("credly-notify.net"),
       "parts": [("html", """<html><body><p>Hello Earner,</p><p>Because your AWS Certification account was merged, your 4 badges must be re-validated.
Sign in with your Amazon credentials within 24 hours or the badges will be revoked.</p>
<p><a href="http://credly-notify.net/login?aws=1">Re-validate badges</a></p><p>Credly Trust Team</p></body></html>""", "utf-8", "qp")]})

# 066 new employer welcome
add("unrelated", False, None, [],
    **{"date": d("2025-04-02 09:00", JST), "from": "Hoshizora Data 人事部 <hr@hoshizora-data.jp>", "to": ME_P,
       "subject": "入社手続きのご案内 / Onboarding for April 7",
       "mid": mid("hz1", "hoshizora-data.jp"), "auth": auth_g("hoshizora-data.jp"),
       "parts": [("plain", """小田切 咲 様

4月7日のご入社に向けて、以下の書類を4月4日までにご返送ください。
・雇用契約書(署名済み)
・給与振込先届

Please also sign in to AWS Partner Central with your new company account once
IT sends it, so your certifications count toward our partner tier.

人事部
""", "utf-8", "b64")]})

# 067 ack F (HTML only)
ACK_F_MID = mid("ackF", "email.amazonses.com")
add("acknowledgement", False, F, [CID_SSO, CID_NEW],
    **{"date": d("2025-04-08 02:12", UTC), "from": TC_H, "to": ME_P,
       "subject": "[CASE %s] %s" % (F, SUBJ_F), "mid": ACK_F_MID, "auth": auth_g("amazon.com"),
       "parts": [("html", """<html><body style="font-family:Arial;font-size:13px">
<p>Hello,</p>
<p>We've received your message and opened case <b>%s</b>. A specialist will get back to you, typically within 24 hours; complex requests may take longer.</p>
<p>Please don't submit another form for the same issue &mdash; additional cases delay the response.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Additional details</td><td>Account Merge</td></tr>
<tr><td>Message</td><td>Signing in through Partner Central at my new employer created a second certification account (%s) on my personal email. Please merge it into %s.</td></tr>
</table>
<p>AWS Training and Certification</p></body></html>""" % (F, CID_SSO, CID_NEW), "utf-8", "qp")]})

# 068 info request F: details of destination account, reply in console-free way, request buried after explanation
REQ_F_TEXT = """Hi Saki,

I'm Amara and I'll be handling this request.

Both accounts you mention use the same login email, which happens when a
Partner Central single sign-on creates a fresh profile instead of finding the
existing one. That is fixable. However, our records show the older account
was itself the result of a merge last month, and its mailing address and
legal name differ slightly from the new one.

To be sure we keep the right profile, we need you to tell us the legal name
and country exactly as they should remain on the surviving account, plus
the approximate date you created the new one.

Amara
AWS Training and Certification
"""
REQ_F_MID = mid("reqF", "email.amazonses.com")
add("info_request", True, F, [],
    **{"date": d("2025-04-08 20:50", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE %s] %s" % (F, SUBJ_F), "mid": REQ_F_MID, "irt": ACK_F_MID, "refs": [ACK_F_MID],
       "auth": auth_g("amazon.com"), "crlf": True,
       "parts": [("plain", REQ_F_TEXT, "utf-8", "qp")]})

# 069 GitHub issue asking a question (unrelated)
add("unrelated", False, None, [],
    **{"date": d("2025-04-09 01:14", UTC), "from": "mtakeda <notifications@github.com>", "to": ME_P,
       "subject": "Re: [saki-odagiri/cert-notes] Candidate ID format (Issue #17)",
       "mid": "<saki-odagiri/cert-notes/issues/17/2210934@github.com>", "auth": auth_g("github.com"),
       "extra": ["List-ID: saki-odagiri/cert-notes <cert-notes.saki-odagiri.github.com>"],
       "parts": [("plain", """Is the candidate ID always AWS followed by 8 digits? Mine looks like AWS0XXXXXXX in the
screenshot. Could you confirm and update the README?

--
Reply to this email directly or view it on GitHub:
https://github.com/saki-odagiri/cert-notes/issues/17#issuecomment-2210934
""")]})

# 070 owner answers F (Outlook, new? no - personal), top-posted
REP_F1_MID = mid("repF1", "mail.gmail.com")
add("user_reply", False, F, [CID_SSO],
    **{"date": d("2025-04-09 07:30", JST), "from": ME_P_H, "to": TC,
       "subject": "Re: RE:[CASE %s] %s" % (F, SUBJ_F), "mid": REP_F1_MID, "irt": REQ_F_MID,
       "refs": [ACK_F_MID, REQ_F_MID],
       "parts": [("plain", """Hello Amara,

Legal name: Saki Odagiri, country: Japan. The new account (%s) was
created on April 7, my first day at Hoshizora Data.

Best,
Saki

On Wed, Apr 9, 2025 at 5:50 AM AWS Training and Certification <%s> wrote:
%s
""" % (CID_SSO, TC, quote_gt(REQ_F_TEXT)), "utf-8", "qp")]})

# 071 F on hold, nothing asked
HOLD_F_MID = mid("holdF", "email.amazonses.com")
add("on_hold", False, F, [],
    **{"date": d("2025-04-09 23:05", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE %s] %s" % (F, SUBJ_F), "mid": HOLD_F_MID, "irt": REP_F1_MID,
       "refs": [ACK_F_MID, REQ_F_MID, REP_F1_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", """Hello Saki,

Thanks, that matches what we see. The newer profile is tied to the AWS
Partner Network organization of Hoshizora Data through Partner Central, so
the partner's alliance lead has to approve moving it. I've sent them the
request; until they respond the case is paused. There's nothing you need
to do at this point - I'll update you when I hear back.

If you'd like to speed things up, you are welcome to mention it to your
Partner Central administrator.

Amara
AWS Training and Certification
""", "utf-8", "7bit")]})

# 072 Pearson VUE lookalike phishing
add("suspicious", False, None, [],
    **{"date": d("2025-04-10 04:40", UTC), "from": "Pearson VUE <noreply@pearsonvue-candidate.com>", "to": ME_P,
       "subject": "Your score report is on hold - confirm your candidate details",
       "mid": mid("ph4", "pearsonvue-candidate.com"), "auth": auth_g("pearsonvue-candidate.com"),
       "parts": [("plain", """Dear candidate,

Your recent AWS exam score could not be released because your candidate
profile is incomplete. Reply with your date of birth, passport number and
the card used for payment, or confirm online:
http://pearsonvue-candidate.com/confirm

Pearson VUE Candidate Services
""")]})

# 073 certification recertified
add("certification", False, None, [CID_NEW],
    **{"date": d("2025-04-10 12:00", UTC), "from": "AWS Certification <do-not-reply@certmetrics.com>", "to": ME_P,
       "subject": "Congratulations on recertifying your AWS Certification!",
       "mid": mid("recert", "certmetrics.com"), "auth": auth_g("certmetrics.com"),
       "parts": [("html", """<html><body><p>Hello Saki,</p>
<p>Because you earned AWS Certified Solutions Architect &ndash; Professional, your AWS Certified Solutions Architect &ndash; Associate has been recertified and now expires on March 20, 2028.</p>
<p>Candidate ID: %s</p><p>AWS Certification</p></body></html>""" % CID_NEW, "utf-8", "b64")]})

# 074 F still working (case_update, high volume)
UPD_F1_MID = mid("updF1", "email.amazonses.com")
add("case_update", False, F, [],
    **{"date": d("2025-04-14 01:30", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE %s] %s" % (F, SUBJ_F), "mid": UPD_F1_MID, "irt": HOLD_F_MID,
       "refs": [ACK_F_MID, REQ_F_MID, REP_F1_MID, HOLD_F_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", """Hello Saki,

A quick status note: Hoshizora Data's alliance lead approved the change
this morning, so the case is moving again. We are handling an unusually
large number of requests this week; I'll be back with the final details
as soon as I can.

Amara
""", "utf-8", "qp")]})

# 075 company IT of new employer (unrelated, asks to confirm)
add("unrelated", False, None, [],
    **{"date": d("2025-04-14 10:10", JST), "from": "Hoshizora IT <it@hoshizora-data.jp>", "to": ME_P,
       "subject": "Please confirm your Partner Central access",
       "mid": mid("hzit", "hoshizora-data.jp"), "auth": auth_g("hoshizora-data.jp"),
       "parts": [("plain", "Hi Saki,\n\nCan you confirm you can sign in to Partner Central with s.odagiri@hoshizora-data.jp? Reply yes/no.\n\nIT\n")]})

# 076 F confirmation request in Japanese keigo (UTF-8 base64, multipart)
CONF_F_TEXT = """小田切 咲 様

いつもお世話になっております。AWS トレーニングと認定サポートの Amara です。
パートナー様の承認が完了しましたので、統合の準備が整いました。

■ アカウント①(統合先・残すアカウント)
  候補 ID: %s
  ログインメール: %s
■ アカウント②(統合元・無効化されます)
  候補 ID: %s
  ログインメール: %s (Partner Central 経由)

上記の内容で統合を進めてよろしいでしょうか。
いずれもご本人様のアカウントであることとあわせて、ご確認いただけますと幸いです。
ご返信を確認次第、作業に着手いたします。

何卒よろしくお願いいたします。
Amara
AWS トレーニングと認定
""" % (CID_NEW, ME_P, CID_SSO, ME_P)
CONF_F_MID = mid("confF", "email.amazonses.com")
add("confirmation_request", True, F, [CID_NEW, CID_SSO],
    **{"date": d("2025-04-15 00:45", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE %s] %s" % (F, SUBJ_F), "mid": CONF_F_MID, "irt": UPD_F1_MID,
       "refs": [ACK_F_MID, HOLD_F_MID, UPD_F1_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", CONF_F_TEXT, "utf-8", "b64"),
                 ("html", "<html><body><pre style='font-family:sans-serif'>" + CONF_F_TEXT + "</pre></body></html>", "utf-8", "b64")]})

# 077 newsletter
add("unrelated", False, None, [],
    **{"date": d("2025-04-15 07:00", UTC), "from": "Cloud Weekly <newsletter@cloudweekly.dev>", "to": ME_P,
       "subject": "Cloud Weekly #218: closing the loop on support cases",
       "mid": mid("n2", "mail.cloudweekly.dev"), "auth": auth_g("cloudweekly.dev"),
       "parts": [("plain", """Cloud Weekly #218

- Why your support case says "resolved" before you have checked anything.
- "We will close this case if we don't hear from you": what it means.
- Reply-to-reopen: which vendors support it.

https://cloudweekly.dev/issues/218
""")]})

# 078 F closing notice in Japanese (ISO-2022-JP)
CLOSE_F_MID = mid("closeF", "email.amazonses.com")
add("closing_notice", True, F, [],
    **{"date": d("2025-04-18 01:00", UTC), "from": TC_H, "to": ME_P, "hcs": "iso-2022-jp",
       "subject": "RE:[CASE %s] %s" % (F, SUBJ_F), "mid": CLOSE_F_MID, "irt": CONF_F_MID,
       "refs": [ACK_F_MID, UPD_F1_MID, CONF_F_MID],
       "auth": auth_g("amazon.com"),
       "parts": [("plain", """小田切 咲 様

4月15日にお送りした統合内容のご確認について、まだご返信をいただけておりません。
4月22日までにご連絡がない場合、本ケースはクローズとさせていただきます。
クローズ後であっても、本メールにご返信いただければケースは再開されます。

Amara
AWS トレーニングと認定
""", "iso-2022-jp", "7bit")]})

# 079 owner confirms F in Japanese
REP_F2_MID = mid("repF2", "mail.gmail.com")
add("user_reply", False, F, [CID_NEW],
    **{"date": d("2025-04-18 12:20", JST), "from": ME_P_H, "to": TC,
       "subject": "Re: RE:[CASE %s] %s" % (F, SUBJ_F), "mid": REP_F2_MID, "irt": CLOSE_F_MID,
       "refs": [ACK_F_MID, CONF_F_MID, CLOSE_F_MID],
       "parts": [("plain", """Amara 様

ご連絡が遅くなり申し訳ありません。
どちらも私のアカウントです。アカウント①(%s)への統合をお願いいたします。

小田切

2025年4月18日(金) 10:00 AWS Training and Certification <%s>:
> 小田切 咲 様
>
> 4月15日にお送りした統合内容のご確認について、まだご返信をいただけておりません。
""" % (CID_NEW, TC), "utf-8", "qp")]})

# 080 F resolved, with conditional invite and feedback footer, quoting the request
add("resolved", False, F, [],
    **{"date": d("2025-04-18 05:55", UTC), "from": TC_H, "to": ME_P,
       "subject": "RE:[CASE %s] %s" % (F, SUBJ_F), "mid": mid("resF", "email.amazonses.com"), "irt": REP_F2_MID,
       "refs": [ACK_F_MID, CONF_F_MID, CLOSE_F_MID, REP_F2_MID], "auth": auth_g("amazon.com"),
       "parts": [("plain", """Hello Saki,

I have successfully merged the two profiles. Everything now lives under
your original account, which is again shared with Hoshizora Data's partner
organization; Partner Central may take a few days to reflect it.

If anything looks off, just reply to this email and I'll take another look.

We value your feedback. Please share your experience by rating this
correspondence: https://aws-tc.qualtrics.com/jfe/form/SV_tc?case=%s

Amara
AWS Training and Certification

> 上記の内容で統合を進めてよろしいでしょうか。
> いずれもご本人様のアカウントであることとあわせて、ご確認いただけますと幸いです。
""" % F, "utf-8", "qp")]})

# 081 Credly - badge accepted reminder
add("badge", False, None, [],
    **{"date": d("2025-04-19 03:00", UTC), "from": "Credly <admin@credly.com>", "to": ME_P,
       "subject": "Reminder: accept your badge from Amazon Web Services Training and Certification",
       "mid": mid("cr4", "credly.com"), "auth": auth_g("credly.com"),
       "parts": [("plain", """Hi Saki,

You still have 1 badge waiting: AWS Certified Solutions Architect - Professional.
Accept it to share it on LinkedIn: https://www.credly.com/earner/earned/badge/4f1c2a77-93de-4b8e-a0a4-6a1d5e2c9b10

Credly
""")]})


def main():
    os.chdir(OUT)
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(f)
    cnt = Counter()
    MSGS.sort(key=lambda m: m["date"].astimezone(UTC))  # mailbox arrival order
    for i, m in enumerate(MSGS, 1):
        n = "%03d" % i
        with open(os.path.join(OUT, n + "-msg.eml"), "w", encoding="utf-8", newline="") as fh:
            fh.write(build(m))
        with open(os.path.join(OUT, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        cnt[m["label"]["kind"]] += 1
    for k, v in sorted(cnt.items()):
        print("%-22s %d" % (k, v))
    print("total %d, needs_reply %d" % (len(MSGS), sum(m["label"]["needs_reply"] for m in MSGS)))


if __name__ == "__main__":
    main()
