#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml, NNN-msg.json, README.md."""
import base64, datetime, hashlib, json, os, quopri, re
from collections import Counter
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
P = "haruka.sgmt@gmail.com"
C = "h.sugimoto@kirinoha-tech.co.jp"
ME = "Haruka Sugimoto"
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
C1, C2, C3, C4, C5, C6 = ("8402715539", "20651873094", "174097652300417",
                          "174098530288031", "174236112807765", "174330215104482")
SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
IDS = {}

def dt(s):
    return datetime.datetime.fromisoformat(s)

def addr(name, a, cs="utf-8"):
    if name is None:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)

def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def auth(dom, ok=True, google=True, sel="szqgv4gn"):
    if google:
        if ok:
            return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=Qx3v9kLm;\n"
                    "       spf=pass (google.com: domain of bounce@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=bounce@%s;\n"
                    "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dom, sel, dom, 20 + len(dom), dom, dom))
        return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=Z0f1rTQa;\n"
                "       spf=softfail (google.com: domain of transitioning %s does not designate 185.220.101.47 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (dom, sel, dom, dom, dom))
    return ("spf=pass (sender IP is 54.240.27.%d) smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (10 + len(dom), dom, dom, dom))

def m(kind, reply, case, cands, *, key, frm, to, subject, date, text=None, html=None,
      cs="utf-8", enc="qp", reply_to=None, au=None, cc=None, crlf=False, note="", extra=None,
      html_enc=None):
    MSGS.append(dict(kind=kind, reply=reply, case=case, cands=cands, key=key, frm=frm, to=to,
                     subject=subject, date=date, text=text, html=html, cs=cs, enc=enc,
                     reply_to=reply_to, au=au, cc=cc, crlf=crlf, note=note, extra=extra or [],
                     html_enc=html_enc or enc))

def enc_body(s, cs, enc):
    b = s.encode(cs)
    if enc == "qp":
        return quopri.encodestring(b).decode("ascii"), "quoted-printable"
    if enc == "b64":
        return base64.encodebytes(b).decode("ascii"), "base64"
    if enc == "7bit":
        return b.decode("ascii"), "7bit"
    return b.decode(cs), "8bit"

def part(ctype, s, cs, enc):
    body, cte = enc_body(s, cs, enc)
    return ["Content-Type: %s; charset=\"%s\"" % (ctype, cs.upper() if cs != "utf-8" else "UTF-8"),
            "Content-Transfer-Encoding: " + cte, ""], body

def msgid(i, x):
    f = x["frm"]
    tok = hashlib.sha1(("blind174/" + x["key"]).encode()).hexdigest()[:12]
    if f.endswith(P) or f.endswith(P + ">"):
        return "<CAH%05dq+%s=Tz8@mail.gmail.com>" % (i * 37, tok.upper())
    if C in f:
        return "<TY%04dPR01MB%05d.jpnprd01.prod.outlook.com>" % (i, i * 71)
    dom = f.split("@")[-1].rstrip(">")
    return "<01000%04x%s-%08x@%s>" % (i * 4099, tok, i * 2654435761 % 2**32,
                                       "email.amazonses.com" if dom in ("amazon.com", "certmetrics.com", "aws.training", "signin.aws") else dom)

def build(i, x):
    d = dt(x["date"])
    mid = msgid(i, x)
    IDS[x["key"]] = (mid, IDS.get(x["reply_to"], (None, []))[1] if x["reply_to"] else [])
    h = []
    if x["au"]:
        h.append("Authentication-Results: " + x["au"])
    for k, v in x["extra"]:
        h.append("%s: %s" % (k, v))
    h += ["Message-ID: " + mid, "Date: " + format_datetime(d), "From: " + x["frm"], "To: " + x["to"]]
    if x["cc"]:
        h.append("Cc: " + x["cc"])
    h.append("Subject: " + hdr(x["subject"], x["cs"] if x["cs"] in ("iso-2022-jp", "shift_jis") else "utf-8"))
    if x["reply_to"]:
        pmid, prefs = IDS[x["reply_to"]]
        refs = prefs + [pmid]
        h.append("In-Reply-To: " + pmid)
        h.append("References: " + "\n ".join(refs))
        IDS[x["key"]] = (mid, refs)
    h.append("MIME-Version: 1.0")
    if x["text"] is not None and x["html"] is not None:
        bnd = "----=_Part_%d_%d.%d" % (i * 1311, i * 7, 1700000000 + i)
        h.append('Content-Type: multipart/alternative; boundary="%s"' % bnd)
        lines = h + ["", "This is a multi-part message in MIME format.", "", "--" + bnd]
        ph, pb = part("text/plain", x["text"], x["cs"], x["enc"])
        lines += ph + [pb.rstrip("\n"), "--" + bnd]
        ph, pb = part("text/html", x["html"], x["cs"], x["html_enc"])
        lines += ph + [pb.rstrip("\n"), "--" + bnd + "--", ""]
    else:
        body = x["text"] if x["text"] is not None else x["html"]
        ph, pb = part("text/plain" if x["text"] is not None else "text/html", body, x["cs"], x["enc"])
        lines = h + ph[:2] + [""] + [pb.rstrip("\n"), ""]
    s = "\n".join(lines)
    if x["crlf"]:
        s = s.replace("\n", "\r\n")
    return s

def q(text, style, who=None, when=None):
    if style == "gt":
        head = "On %s, %s wrote:\n" % (when, who)
        return head + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    if style == "outlook":
        return ("-----Original Message-----\n" + who + "\n\n" + text.strip("\n"))
    if style == "jp":
        return "%s %s:\n" % (when, who) + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    raise ValueError(style)

AWS_TC = addr("AWS Training and Certification", FORM)
AWS_CONSOLE = addr("Amazon Web Services", NOREPLY)
ME_P = addr(ME, P)
ME_C = addr(ME, C)
ME_C_JP = addr("杉本 遥", C)
CERTM = addr("AWS Certification", "do-not-reply@certmetrics.com")
CREDLY = addr("Credly", "admin@credly.com")
GA = lambda dom: auth(dom)
OA = lambda dom: auth(dom, google=False)

CONSOLE_FOOT = """
To see the full case history and respond, please use the following link:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Replies sent to this address will not reach the support team; use the link above instead.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

# ======================================================================= 2021: case C1 (10-digit), record correction
m("certification", False, None, ["AWS01926374"], key="c21pass", frm=CERTM, to=C,
  subject="You are now AWS Certified!", date="2021-06-11T02:14:07+00:00", au=OA("certmetrics.com"),
  text="""Hello Haruka,

Congratulations! You have passed the AWS Certified Cloud Practitioner exam and are now AWS Certified.

Candidate ID: AWS01926374
Validation number: 7QX2K1PCL1E4QB3Z
Achievement date: June 10, 2021

Your digital certificate and score report are waiting in your AWS Certification Account. A digital
badge invitation from Credly will follow in a separate e-mail within a few days.

Certification benefits, including a 50% discount on your next exam, appear under Benefits.

Regards,
AWS Training and Certification
""", note="Exam-result mail carrying a candidate ID; program mail, no case.")

m("acknowledgement", False, C1, [], key="c1ack", frm=addr("AWS トレーニングと認定", FORM, "iso-2022-jp"), to=C,
  subject="[CASE %s] [AWS Training and Certification Form Submission] - certification-record" % C1,
  date="2021-06-14T08:41:55+00:00", au=OA("amazon.com"), cs="iso-2022-jp", enc="7bit",
  text="""杉本 遥 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
お問い合わせを受け付け、ケース %s として登録いたしました。

担当チームより、通常は1営業日以内にご連絡いたします。内容によっては
さらにお時間をいただく場合がございます。

同じ内容について新たにお問い合わせをいただくと、対応が遅れる原因となります。
追加の情報がある場合は、新しいケースを作らずにこのメールへ返信してください。

ご登録内容:
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
内容: 認定証に印字された氏名のローマ字表記が誤っています(SUGIMOTO HARUKA ではなく SUGIMOTO HARIKA)。

AWS トレーニングと認定 カスタマーサポート
""" % C1, note="Japanese ISO-2022-JP acknowledgement; 'reply to this mail with more info' is conditional, not a request.")

c1req = """Hello Haruka,

Thanks for reaching out about the spelling on your certificate. Our records team can correct the
printed name, but the record has to match the identification you show at the test centre, because
the two are compared at every exam check-in. Changing it to something that does not match your ID
would cause problems the next time you sit an exam.

What we will need before we can submit the change is your full name exactly as it appears on that
identification (given name and family name, in Latin characters), along with the candidate ID
shown at the top right of your certification account page.

Best regards,
Priya N.
AWS Training and Certification Customer Support
"""
m("info_request", True, C1, [], key="c1req", frm=AWS_TC, to=C, reply_to="c1ack",
  subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-record" % C1,
  date="2021-06-15T13:02:19+00:00", au=OA("amazon.com"), text=c1req, crlf=True,
  note="Request buried after an explanation, no 'please', phrased as 'what we will need'.")

c1rep = """Hi Priya,

The name on my passport is HARUKA SUGIMOTO (given name Haruka, family name Sugimoto).
My candidate ID is AWS01926374.

Thank you,
Haruka Sugimoto
Kirinoha Technologies Co., Ltd.
"""
m("user_reply", False, C1, ["AWS01926374"], key="c1rep", frm=ME_C, to=AWS_TC, reply_to="c1req",
  subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-record" % C1,
  date="2021-06-16T00:37:44+00:00", enc="qp",
  text=c1rep + "\n" + q(c1req, "outlook", "From: AWS Training and Certification <%s>\nSent: Tuesday, June 15, 2021 10:02 PM\nTo: Sugimoto Haruka <%s>\nSubject: RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-record" % (FORM, C, C1)),
  note="Owner's Outlook reply from the company address; candidate ID in own text, quoted request below.")

m("resolved", False, C1, [], key="c1done", frm=AWS_TC, to=C, reply_to="c1rep",
  subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-record" % C1,
  date="2021-06-17T05:20:03+00:00", au=OA("amazon.com"),
  text="""Hello Haruka,

The name on your certification record now reads HARUKA SUGIMOTO. A regenerated certificate is
available for download under Certifications; the old PDF will no longer validate.

Should you notice anything else that looks wrong, you are welcome to reply to this message.

Best regards,
Priya N.
AWS Training and Certification Customer Support

""" + q(c1rep, "outlook", "From: Sugimoto Haruka <%s>\nSent: Wednesday, June 16, 2021 9:37 AM\nTo: AWS Training and Certification <%s>" % (C, FORM)),
  note="Record fixed; closes with a conditional invitation to reply.")

m("survey", False, C1, [], key="c1svy", frm=AWS_TC, to=C,
  subject="How did we do on case %s?" % C1, date="2021-06-18T05:00:00+00:00", au=OA("amazon.com"),
  html="""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Your recent case <b>%s</b> with AWS Training and Certification was marked as resolved.
Would you take one minute to rate the help you received?</p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws.training/r?c=%s&amp;s=1">1</a></td><td><a href="https://survey.aws.training/r?c=%s&amp;s=2">2</a></td>
<td><a href="https://survey.aws.training/r?c=%s&amp;s=3">3</a></td><td><a href="https://survey.aws.training/r?c=%s&amp;s=4">4</a></td>
<td><a href="https://survey.aws.training/r?c=%s&amp;s=5">5</a></td></tr></table>
<p style="font-size:11px;color:#777">Responses are anonymous and are not read by the agent on your case.</p>
</body></html>""" % ((C1,) * 6), note="HTML-only survey; asks for a rating but no reply on the case.")

m("unrelated", False, None, [], key="c21news", frm=addr("Publickey", "news@publickey.jp"), to=C,
  subject="Publickey週刊ニュース 2021/07/02", date="2021-07-02T00:00:12+00:00", au=OA("publickey.jp"),
  cs="utf-8", enc="b64",
  text="""今週のトピック

・マネージドKubernetesの料金改定が相次ぐ
・あるクラウドの東京リージョンで大規模障害、原因はネットワーク設定の誤り
・OSSのライセンス変更をめぐる議論、コミュニティがフォークを発表

配信停止はこちら: https://www.publickey.jp/unsubscribe
""", note="Japanese newsletter, base64.")

# ======================================================================= 2023: case C2 (11-digit), duplicate account / Credly
m("certification", False, None, [], key="c23pass", frm=CERTM, to=C,
  subject="Congratulations! You are now an AWS Certified Solutions Architect - Associate",
  date="2023-05-08T10:31:40+00:00", au=OA("certmetrics.com"),
  html="""<html><body><h2>You did it, Haruka.</h2>
<p>You have earned the <b>AWS Certified Solutions Architect - Associate</b> certification.</p>
<p>Your badge will be issued through Credly. If you hold more than one AWS Certification account, your
badge may not appear until the accounts are combined; contact us if you need help.</p>
<p><a href="https://www.aws.training/certification">Go to your AWS Certification Account</a></p>
</body></html>""", note="Certification program mail mentioning 'contact us' and combining accounts; not a case.")

m("unrelated", False, None, [], key="c23bill", frm=addr("Amazon Web Services", "aws-billing@amazon.com"), to=P,
  subject="Amazon Web Services Billing Statement Available [AWS ID 481930266517]",
  date="2023-05-10T03:11:05+00:00", au=GA("amazon.com"),
  text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 6517, is available
on the AWS web site. Your account will be charged the following:

Total: USD 3.41

You can see a complete break down of all charges on the Billing & Cost Management Dashboard.

Thank you for using Amazon Web Services.
""", note="AWS billing mail with a 12-digit account ID that is not a case number.")

c2ack = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Severity: Normal
Correspondence: I have two AWS Certification accounts registered with the same e-mail address
(%s). My new SAA badge is not shown on Credly. Account A: AWS01926374, account B: AWS05518820.
Please merge B into A.

A member of our team will respond, typically within 24 hours; some requests take longer while we find
the right answer. Opening another case for the same request will not speed it up and may delay it.

Sincerely,
Amazon Web Services
""" % (C2, C2, C)
m("acknowledgement", False, C2, ["AWS01926374", "AWS05518820"], key="c2ack", frm=AWS_TC, to=C,
  subject="RE: [CASE %s] %s" % (C2, SUBJ_FORM), date="2023-05-11T01:06:22+00:00", au=OA("amazon.com"),
  text=c2ack, note="Acknowledgement echoing the form text, including 'Please merge' and two candidate IDs (support's own message text).")

c2req_txt = """Hi Haruka,

I looked up both IDs from your form. AWS01926374 is the account holding your exam history; the other
one, AWS05518820, returns no record at all on our side, so I suspect a digit got swapped.

Can you sign in to the second account, read the candidate ID from the top-right corner of the page and
send it to me? Once I have it I can put the merge request through.

Thanks,
Mateo R.
AWS Training and Certification
"""
c2req_html = """<div dir="ltr"><p>Hi Haruka,</p>
<p>I looked up both IDs from your form. <b>AWS01926374</b> is the account holding your exam history; the other
one, <b>AWS05518820</b>, returns no record at all on our side, so I suspect a digit got swapped.</p>
<p>Can you sign in to the second account, read the candidate ID from the top-right corner of the page and
send it to me? Once I have it I can put the merge request through.</p>
<p>Thanks,<br>Mateo R.<br>AWS Training and Certification</p></div>"""
m("info_request", True, C2, ["AWS01926374", "AWS05518820"], key="c2req", frm=AWS_TC, to=C, reply_to="c2ack",
  subject="RE: [CASE %s] %s" % (C2, SUBJ_FORM), date="2023-05-12T04:48:10+00:00", au=OA("amazon.com"),
  html=c2req_html, note="HTML-only request phrased as a question ('Can you ... send it to me?').")

c2rep = """Sorry about that, the correct ID is AWS05518802.

Haruka
"""
m("user_reply", False, C2, ["AWS05518802"], key="c2rep", frm=ME_C, to=AWS_TC, reply_to="c2req",
  subject="RE: [CASE %s] %s" % (C2, SUBJ_FORM), date="2023-05-12T06:15:51+00:00",
  text=c2rep + "\n" + q(c2req_txt, "outlook", "From: AWS Training and Certification <%s>\nSent: Friday, May 12, 2023 1:48 PM\nTo: Sugimoto Haruka <%s>\nSubject: RE: [CASE %s] %s" % (FORM, C, C2, SUBJ_FORM)),
  note="Short owner reply with the corrected candidate ID; quoted part holds two other IDs.")

m("case_update", False, C2, [], key="c2upd", frm=AWS_TC, to=C, reply_to="c2rep",
  subject="RE: [CASE %s] %s" % (C2, SUBJ_FORM), date="2023-05-13T02:30:18+00:00", au=OA("amazon.com"),
  text="""Hi Haruka,

Got it, thank you. The corrected ID matches a second profile under your address, so I have handed the
merge to our certification operations team. Their queue is longer than usual this month and it may be a
few business days before the records are combined. You do not need to do anything in the meantime; I
will write again when it is finished.

Mateo R.
AWS Training and Certification
""", note="Handed to another team; explicitly nothing to do.")

m("unrelated", False, None, [], key="c23gh", frm=addr("Kenji Oda", "notifications@github.com"), to=P,
  subject="Re: [kirinoha/certdash] Merge accounts with the same e-mail into one profile (PR #412)",
  date="2023-05-15T09:12:44+00:00", au=GA("github.com"),
  extra=[("List-ID", "kirinoha/certdash <certdash.kirinoha.github.com>")],
  text="""Merged #412 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/kirinoha/certdash/pull/412#event-9128833410
You are receiving this because you were mentioned.
""", note="GitHub 'merged' about merging accounts in code.")

m("suspicious", False, None, [], key="c23phish", frm=addr("Credly", "notice@credly-badges.net"), to=C,
  subject="Action needed: your AWS badge will be revoked in 48 hours", date="2023-05-17T11:40:02+00:00",
  au=("mx.google.com;\n       spf=pass (google.com: domain of notice@credly-badges.net designates 45.86.162.9 as permitted sender) smtp.mailfrom=notice@credly-badges.net;\n       dmarc=pass header.from=credly-badges.net"),
  html="""<html><body><p>Dear Earner,</p>
<p>We detected two AWS certification profiles linked to your e-mail. To avoid losing your
<b>AWS Certified Solutions Architect - Associate</b> badge, verify your Credly login now and reply with the
code we send you.</p>
<p><a href="http://credly-badges.net/verify?u=h.sugimoto">Verify my badge</a></p>
<p>Credly Trust &amp; Safety</p></body></html>""", note="Lookalike Credly domain, demands a reply; phishing.")


m("resolved", False, C2, ["AWS01926374"], key="c2done", frm=AWS_TC, to=C, reply_to="c2upd",
  subject="RE: [CASE %s] %s" % (C2, SUBJ_FORM), date="2023-05-19T07:55:31+00:00", au=OA("amazon.com"),
  text="""Hi Haruka,

Apologies for the wait. Both profiles are now one account under AWS01926374; the second ID no longer
exists. Sign in to Credly with the same e-mail and your Solutions Architect badge should show up within
a day.

Mateo R.
AWS Training and Certification

""" + q(c2req_txt, "gt", "AWS Training and Certification <%s>" % FORM, "Fri, May 12, 2023 at 4:48 AM"),
  note="Completion top-posted over a quoted earlier request ('Can you ... send it to me?'); quoted IDs not counted.")

m("badge", False, None, [], key="c23badge", frm=CREDLY, to=C,
  subject="Amazon Web Services Training and Certification sent you a new badge",
  date="2023-05-19T09:03:12+00:00", au=OA("credly.com"),
  text="""Hi Haruka,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge:
https://www.credly.com/badges/3f9c2a71-5d0e-4b8e-9a61-0c2d7e84b1aa/accept

Credly, Inc. | 13 W 37th St, New York, NY
""", note="Credly issue mail with a badge UUID.")

m("survey", False, C2, [], key="c2svy", frm=addr("Amazon Web Services", "aws-cs-survey@amazon.com"), to=C,
  subject="Your feedback on case %s" % C2, date="2023-05-20T06:00:41+00:00", au=OA("amazon.com"),
  text="""Hello,

We recently worked with you on case %s (account-assistance). We would appreciate hearing how it went.
The survey has four questions and takes about two minutes:

https://amazonsurveys.aws/s/aws-tc?case=%s

Thank you,
AWS Training and Certification
""" % (C2, C2), note="Plain-text survey after resolution.")

m("badge", False, None, [], key="c23badge2", frm=CREDLY, to=C,
  subject="Reminder: your AWS Certified Solutions Architect - Associate badge is waiting",
  date="2023-05-26T09:00:00+00:00", au=OA("credly.com"),
  html="""<html><body><p>Don't forget to accept your badge from <b>Amazon Web Services Training and Certification</b>.
Badges you accept can be shared on LinkedIn and in your e-mail signature.</p>
<p><a href="https://www.credly.com/badges/3f9c2a71-5d0e-4b8e-9a61-0c2d7e84b1aa/accept">Accept badge</a></p></body></html>""",
  note="Credly reminder with a call to action; not a case.")

# ======================================================================= 2025: main merge case C3 (+ duplicate C4)
m("unrelated", False, None, [], key="farewell", frm=addr("田村 直子", "n.tamura@kirinoha-tech.co.jp", "iso-2022-jp"), to=C,
  subject="送別会の日程について", date="2025-02-20T03:22:10+00:00", au=OA("kirinoha-tech.co.jp"),
  cs="iso-2022-jp", enc="7bit",
  text="""杉本さん

お疲れさまです。田村です。
最終出社日が3月14日と伺いましたので、送別会を3月12日(水)19時からで
調整しようと思っています。ご都合いかがでしょうか。
お店の希望があれば教えてください。

田村
""", note="Colleague asks a question in Japanese; not support.")

m("certification", False, None, [], key="c25exp", frm=CERTM, to=C,
  subject="Your AWS Certification expires in 90 days", date="2025-02-26T15:02:00+00:00", au=OA("certmetrics.com"),
  text="""Hello Haruka,

Your AWS Certified Cloud Practitioner certification expires on May 27, 2025.
To keep it active, pass the current version of the exam or a higher-level certification before that
date. Your 50% exam discount benefit can be used for a recertification exam.

Please don't reply to this message; this mailbox is not monitored.

AWS Certification
""", note="Expiry notice; program mail.")

m("unrelated", False, None, [], key="otp", frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=P,
  subject="Verify your AWS Builder ID email address", date="2025-03-02T12:48:09+00:00", au=GA("signin.aws"),
  text="""Hello,

To finish creating your AWS Builder ID, enter this verification code:

408215

The code expires in 10 minutes. If you did not request it, ignore this e-mail.
""", note="Builder ID one-time code (6 digits).")

m("unrelated", False, None, [], key="skbwelcome", frm=addr("AWS Training", "no-reply@aws.training"), to=P,
  subject="Welcome to AWS Skill Builder", date="2025-03-02T12:55:31+00:00", au=GA("aws.training"),
  html="""<html><body><p>Hi Haruka,</p><p>Your AWS Skill Builder account is ready. Start with a free learning
plan or explore exam prep for your next certification.</p><p><a href="https://skillbuilder.aws">Go to Skill Builder</a></p></body></html>""",
  note="Training platform welcome.")

c3ack = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Severity: Normal
Correspondence: Use case: I am leaving Kirinoha Technologies on March 14 and want to keep my
certifications on my personal account.
E-mail addresses used: %s, %s
E-mail address to keep: %s
Candidate ID (company account): AWS01926374

We aim to respond within 24 hours; some requests take longer. Please do not open a new case for the same
request, as duplicate cases slow down the response.

Sincerely,
Amazon Web Services
""" % (C3, C3, C, P, P)
m("acknowledgement", False, C3, ["AWS01926374"], key="c3ack", frm=AWS_TC, to=P,
  subject="RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-03-03T04:35:40+00:00", au=GA("amazon.com"),
  text=c3ack, note="15-digit case acknowledgement with the echoed form text.")

m("user_reply", False, C3, [], key="c3fwd", frm=ME_P, to=addr("Shun Kobayashi", "s.kobayashi@kirinoha-tech.co.jp"),
  subject="Fwd: RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-03-03T05:12:03+00:00", reply_to="c3ack",
  text="""小林さん

認定アカウントの移行、AWSにこちらで依頼しました。APNの方で何か聞かれたら対応お願いします。

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Mon, Mar 3, 2025 at 1:35 PM
Subject: RE:[CASE %s] %s
To: <%s>

""" % (FORM, C3, SUBJ_FORM, P) + c3ack, enc="qp",
  note="Owner forwards the acknowledgement to her manager; forwarded copy is hers, not support's.")

m("acknowledgement", False, C4, [], key="c4ack", frm=AWS_TC, to=C,
  subject="RE: [CASE %s] %s" % (C4, SUBJ_FORM), date="2025-03-03T07:02:11+00:00", au=OA("amazon.com"),
  text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Severity: Normal
Correspondence: Please merge my company certification account into my personal one (%s). I will
lose access to this mailbox after March 14.

A member of our team will get back to you, normally within 24 hours. Please do not open another case
for the same request.

Sincerely,
Amazon Web Services
""" % (C4, C4, P), note="Second acknowledgement: the owner filed the same request again from the company address (duplicate case).")

m("unrelated", False, None, [], key="summit", frm=addr("AWS Events", "aws-marketing-email-replies@amazon.com"), to=P,
  subject="AWS Summit Japan 2025: registration is open", date="2025-03-03T23:00:05+00:00", au=GA("amazon.com"),
  html="""<html><body><table width="600"><tr><td><h1>AWS Summit Japan</h1>
<p>Join us in Chiba on June 25-26. Over 150 sessions, hands-on labs and a certification lounge for AWS Certified attendees.</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">Register now</a></p>
<p style="font-size:10px">You are receiving this because you signed up for AWS communications. <a href="https://pages.awscloud.com/unsub">Unsubscribe</a></p>
</td></tr></table></body></html>""", note="AWS marketing.")

m("case_update", False, C4, [], key="c4dup", frm=AWS_TC, to=C, reply_to="c4ack",
  subject="RE: [CASE %s] %s" % (C4, SUBJ_FORM), date="2025-03-04T01:10:49+00:00", au=OA("amazon.com"),
  text="""Hello Haruka,

This request is already being worked on under case %s, which you opened from your personal address a
few hours earlier. To keep everything in one place I am closing this case as a duplicate; my colleague
on the other case has a note about it. You don't need to reply here.

Kind regards,
Lena K.
AWS Training and Certification
""" % C3, note="Duplicate case closed and linked; mentions the other case number; the mail belongs to the duplicate.")

c3hold = """Hello Haruka,

Thank you for your patience while we reviewed your request.

The certification account registered to %s is associated with an AWS Partner Network organization,
Kirinoha Technologies Co., Ltd. Certifications earned under a partner association count toward that
partner's tier, so we are unable to move them to a personal account until the association is released.
I have contacted the partner's alliance team to ask them to release your profile. The case is on hold
until they do; this usually takes two to five business days.

It would also help us to know when your employment with Kirinoha ends, as the partner team will ask for
this date.

Best regards,
Devika S.
AWS Training and Certification
""" % C
m("on_hold", True, C3, [], key="c3hold", frm=AWS_TC, to=P, reply_to="c3ack",
  subject="RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-03-04T06:44:27+00:00", au=GA("amazon.com"),
  text=c3hold, html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in c3hold.strip().split("\n\n")) + "</body></html>",
  note="Partner hold with a question buried as 'It would also help us to know ...' (no question mark).")

c3holdrep = """Hi Devika,

My last working day at Kirinoha is Friday, March 14. After that date the company address stops working.

Best regards,
Haruka Sugimoto
"""
m("user_reply", False, C3, [], key="c3holdrep", frm=ME_P, to=AWS_TC, reply_to="c3hold",
  subject="Re: RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-03-04T09:20:15+00:00",
  text=c3holdrep + "\n" + q(c3hold, "gt", "AWS Training and Certification <%s>" % FORM, "Tue, Mar 4, 2025 at 3:44 PM"),
  note="Owner answers the buried question; Gmail quoting.")

m("unrelated", False, None, [], key="pvue", frm=addr("Pearson VUE", "pearsonvue@pearson.com"), to=P,
  subject="Appointment confirmation - AWS Certified Security - Specialty", date="2025-03-05T02:03:44+00:00", au=GA("pearson.com"),
  text="""Dear Haruka Sugimoto,

Thank you for scheduling your exam.

Exam: SCS-C02 AWS Certified Security - Specialty
Registration ID: 483920175
Date: Saturday, April 12, 2025 10:00 AM JST
Location: Pearson Professional Centers - Tokyo Shinjuku

Please review the ID requirements before exam day and arrive 30 minutes early.
To reschedule or cancel, sign in to your account at least 24 hours before the appointment.

Pearson VUE
""", note="Exam vendor, 9-digit registration ID, 'please review'.")

m("on_hold", False, C3, [], key="c3hold2", frm=AWS_TC, to=P, reply_to="c3holdrep",
  subject="RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-03-06T03:18:02+00:00", au=GA("amazon.com"),
  text="""Hi Haruka,

Thanks, I have passed your last working day to the partner team. We are still waiting for them to release
the association, so the case stays on hold for now. There is nothing else we need from you at this point,
and I will update you as soon as I hear back.

Devika S.
AWS Training and Certification
""", note="Still on hold; explicitly nothing needed.")

m("unrelated", False, None, [], key="mgrfwd", frm=addr("Shun Kobayashi", "s.kobayashi@kirinoha-tech.co.jp"), to=C,
  subject="FW: AWS Partner Central: request to release a certified individual", date="2025-03-06T08:41:30+00:00",
  au=OA("kirinoha-tech.co.jp"),
  text="""杉本さん

AWSから以下の依頼が来たので、パートナー側で紐付け解除しておきました。念のため共有です。

小林

From: AWS Partner Central <no-reply@partnercentral.awspartner.com>
Sent: Thursday, March 6, 2025 4:02 PM
To: Kobayashi Shun
Subject: AWS Partner Central: request to release a certified individual

A certified individual associated with your organization has asked to move their certification record
to a personal account. Please review the request and confirm the release in Partner Central within
7 days.
""", note="Manager forwards a partner-side request; the 'please review/confirm' is addressed to the partner, not the owner.")

m("suspicious", False, None, [], key="c3phish", frm=addr("AWS Certification Support", "support@amazon-certsupport.com"), to=P,
  subject="RE:[CASE %s] Action required to complete your account merge" % C3, date="2025-03-07T10:05:55+00:00",
  au=("mx.google.com;\n       spf=pass (google.com: domain of support@amazon-certsupport.com designates 193.42.33.17 as permitted sender) smtp.mailfrom=support@amazon-certsupport.com;\n       dmarc=pass header.from=amazon-certsupport.com"),
  text="""Dear Customer,

Your account merge request (case %s) is ready for final approval. To confirm the accounts belong to you,
sign in with your AWS Builder ID and password at the link below and reply to this e-mail with the
verification code you receive.

https://amazon-certsupport.com/merge/confirm?case=%s

Failure to respond within 24 hours will cancel the merge.

AWS Certification Support
""" % (C3, C3), note="Lookalike domain quoting the real case number and demanding a reply; labelled case null.")

m("unrelated", False, None, [], key="zendesk", frm=addr("Backlog Support", "support@nulab.com"), to=C,
  subject="[Nulab] Request #48213 has been solved", date="2025-03-07T11:30:02+00:00", au=OA("nulab.com"),
  text="""##- Please type your reply above this line -##

Your request #48213 "Cannot export Gantt chart to PDF" has been solved.
If you believe it is not resolved, reply to this e-mail within 7 days to reopen it.

Nulab Support
""", note="Other vendor's 'solved / reply to reopen'.")

m("case_update", False, C3, [], key="c3lift", frm=AWS_TC, to=P, reply_to="c3hold2",
  subject="RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-03-10T00:52:17+00:00", au=GA("amazon.com"),
  text="""Hi Haruka,

Good news: the partner has released your profile, so the hold is lifted. I have transferred the case to
the team that performs account merges and they will contact you shortly.

Devika S.
""", note="Hold lifted, passed on; no ask.")

c3conf_html = """<html><head><style>td,th{border:1px solid #bbb;padding:4px 8px;font-family:Arial}</style></head><body>
<p>Hello Haruka,</p>
<p>My name is Tomasz and I will be completing your merge. I found the following two certification accounts:</p>
<table style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS01926374</td><td>AWS07731458</td></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
</table>
<p>Once merged, the account that is not kept can no longer be signed in to, and this cannot be undone.
Which of the two accounts should everything be moved into?</p>
<p>Regards,<br>Tomasz W.<br>AWS Training and Certification</p>
</body></html>""" % (C, P, C, P, C, P)
c3conf_txt = """Hello Haruka,

My name is Tomasz and I will be completing your merge. I found the following two certification accounts:

Account #1
Candidate ID: AWS01926374
Login email: %s
Training notification email: %s
Certification notification email: %s

Account #2
Candidate ID: AWS07731458
Login email: %s
Training notification email: %s
Certification notification email: %s

Once merged, the account that is not kept can no longer be signed in to, and this cannot be undone.
Which of the two accounts should everything be moved into?

Regards,
Tomasz W.
AWS Training and Certification
""" % (C, C, C, P, P, P)
m("confirmation_request", True, C3, ["AWS01926374", "AWS07731458"], key="c3conf", frm=AWS_TC, to=P, reply_to="c3lift",
  subject="RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-03-10T05:27:38+00:00", au=GA("amazon.com"),
  html=c3conf_html, enc="b64", note="HTML-only (base64) table of Account #1/#2; the question is at the end.")

c3wrong = """Please keep Account #2 (the gmail one). Thanks!

Haruka
"""
m("user_reply", False, C3, [], key="c3wrong", frm=ME_C, to=AWS_TC, reply_to="c3conf",
  subject="RE: RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-03-11T00:14:09+00:00",
  text=c3wrong + "\n" + q(c3conf_txt, "outlook", "From: AWS Training and Certification <%s>\nSent: Monday, March 10, 2025 2:27 PM\nTo: %s\nSubject: RE:[CASE %s] %s" % (FORM, P, C3, SUBJ_FORM)),
  note="Owner answers from the company address (wrong address), Outlook quoting.")

c3addr = """Hi Haruka,

Thank you for the quick answer. We received it from %s, however, and for security reasons we can only
act on a merge confirmation that comes from the address on the case, %s. Kindly send the same
confirmation again from that address and I will proceed right away.

Regards,
Tomasz W.
AWS Training and Certification
""" % (C, P)
m("info_request", True, C3, [], key="c3addr", frm=AWS_TC, to=P, cc=C, reply_to="c3wrong",
  subject="RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-03-11T02:40:51+00:00", au=GA("amazon.com"),
  text=c3addr, note="Asks the owner to write again from the other address (a 'kindly' request).")

m("unrelated", False, None, [], key="ooo", frm=addr("田村 直子", "n.tamura@kirinoha-tech.co.jp", "shift_jis"), to=C,
  subject="自動応答: 送別会の日程について", date="2025-03-11T03:00:12+00:00", au=OA("kirinoha-tech.co.jp"),
  cs="shift_jis", enc="b64", extra=[("Auto-Submitted", "auto-replied")],
  text="""3月11日から3月13日まで出張のため不在にしております。
お急ぎの場合は総務部 代表アドレスまでご連絡ください。

田村 直子
""", note="Colleague out-of-office auto-reply, Shift_JIS base64.")

m("unrelated", False, None, [], key="billcase", frm=AWS_CONSOLE, to=P,
  subject="Amazon Web Services: New Support case: 174183127403377", date="2025-03-13T02:02:01+00:00", au=GA("amazon.com"),
  text="""Dear Amazon Web Services customer,

We have received your case 174183127403377 regarding "Unexpected charge for Elastic IP" for account 481930266517.
An AWS Billing and Account specialist will respond to you soon.
""" + CONSOLE_FOOT.format(cid="174183127403377"),
  note="Console case about billing for the personal AWS account: same format as a T&C console case, but not one (case null).")

c3close = """Hello Haruka,

We're following up on case %s. We asked you on March 11 to send your merge confirmation from %s and
have not received it yet.

If we do not hear from you within three business days, this case will be closed. Replying to this
e-mail at any point before then keeps it open, and a reply after it closes will reopen it.

Regards,
AWS Training and Certification
""" % (C3, P)
m("closing_notice", True, C3, [], key="c3close", frm=AWS_TC, to=P, reply_to="c3addr",
  subject="RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-03-14T01:05:33+00:00", au=GA("amazon.com"),
  text=c3close, crlf=True, note="Closing notice for missing confirmation; CRLF.")

c3yes = """Hi Tomasz,

Confirmed, sending this from %s as asked: please merge everything into Account #2
(candidate ID AWS07731458). Account #1 can be retired.

Thanks,
Haruka
""" % P
m("user_reply", False, C3, ["AWS07731458"], key="c3yes", frm=ME_P, to=AWS_TC, reply_to="c3close",
  subject="Re: RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-03-14T02:31:48+00:00",
  text=c3yes + "\n" + q(c3close, "gt", "AWS Training and Certification <%s>" % FORM, "Fri, Mar 14, 2025 at 10:05 AM"),
  note="Owner's confirmation from the personal address.")

m("unrelated", False, None, [], key="bounce", frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=P,
  subject="Delivery Status Notification (Failure)", date="2025-03-15T00:20:05+00:00", au=GA("googlemail.com"),
  text="""** Address not found **

Your message wasn't delivered to h.sugimoto@kirinoha-tech.co.jp because the address couldn't be found, or
is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

----- Original message -----

Subject: Fwd: Re: RE:[CASE %s] %s
From: Haruka Sugimoto <%s>

Confirmed, sending this from %s as asked: please merge everything into Account #2
""" % (C3, SUBJ_FORM, P, P), note="Bounce: the owner's old company mailbox is closed; quotes the case subject (labelled case null).")

c3done_txt = """Hi Haruka,

I have successfully merged the two accounts. Your exam history, certifications and the 50%% exam
discount now sit on Account #2 (AWS07731458, %s). Account #1 has been deactivated.

Credly badges follow automatically; the partner profile at Kirinoha will update in a few days.
No further action is required on your part.

Regards,
Tomasz W.
AWS Training and Certification

""" % P + q(c3conf_txt, "gt", "AWS Training and Certification <%s>" % FORM, "Mon, Mar 10, 2025 at 2:27 PM")
m("resolved", False, C3, ["AWS07731458"], key="c3done", frm=AWS_TC, to=P, reply_to="c3yes",
  subject="RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-03-15T03:47:20+00:00", au=GA("amazon.com"),
  text=c3done_txt, html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in c3done_txt.split("\nOn Mon")[0].strip().split("\n\n")) +
  "<blockquote>" + c3conf_html.split("<body>")[1].split("</body>")[0] + "</blockquote></body></html>",
  note="Completion quoting the full confirmation request (Account #1/#2 table and question) in both parts.")

m("badge", False, None, [], key="c25badge", frm=CREDLY, to=P,
  subject="You've been issued badges by Amazon Web Services Training and Certification",
  date="2025-03-15T04:02:09+00:00", au=GA("credly.com"),
  text="""Hi Haruka,

Amazon Web Services Training and Certification has issued you 2 badges:
- AWS Certified Cloud Practitioner
- AWS Certified Solutions Architect - Associate

View and accept them: https://www.credly.com/earner/earned?issuer=aws

Credly
""", note="Badge mail right after the merge.")

m("survey", False, C3, [], key="c3svy", frm=addr("Amazon Web Services", "aws-cs-survey@amazon.com"), to=P,
  subject="We'd like your feedback on case %s" % C3, date="2025-03-16T05:10:00+00:00", au=GA("amazon.com"),
  html="""<html><body><p>Hi Haruka,</p><p>Your case <b>%s</b> was recently resolved. Please tell us how we did:
how satisfied are you with the support you received?</p>
<p><a href="https://amazonsurveys.aws/s/tc?c=%s&amp;r=5">Very satisfied</a> |
<a href="https://amazonsurveys.aws/s/tc?c=%s&amp;r=3">Neutral</a> |
<a href="https://amazonsurveys.aws/s/tc?c=%s&amp;r=1">Dissatisfied</a></p>
<p>Replies to this message are not monitored.</p></body></html>""" % ((C3,) * 4), note="Survey with a 'Please tell us' question.")

m("unrelated", False, None, [], key="gh2", frm=addr("dependabot[bot]", "notifications@github.com"), to=P,
  subject="[haruka-sgmt/dotfiles] Bump zsh-autosuggestions from 0.7.0 to 0.7.1 (PR #7)", date="2025-03-16T07:21:00+00:00",
  au=GA("github.com"), text="""Bumps zsh-autosuggestions from 0.7.0 to 0.7.1.

You can trigger a rebase of this PR by commenting @dependabot rebase.

-- 
Reply to this email directly or view it on GitHub.
""", note="GitHub notification.")

m("certification", False, None, [], key="hear", frm=CERTM, to=P,
  subject="AWS Certification wants to hear from you", date="2025-03-17T16:00:00+00:00", au=GA("certmetrics.com"),
  text="""Hello,

As an AWS Certified individual, your opinion shapes future exams. Would you answer a short
questionnaire about how you use your certification at work? It takes about ten minutes.

https://survey.certmetrics.com/aws/2025q1

AWS Certification
""", note="Certification program questionnaire, looks like a survey but not about a case.")

m("user_reply", False, C3, ["AWS07731458"], key="note", frm=ME_P, to=ME_P,
  subject="memo: AWS認定 移行後チェック", date="2025-03-18T12:40:00+00:00", enc="8bit",
  text="""自分用メモ
- ケース %s でマージ完了(3/15)
- 新アカウント AWS07731458 で試験履歴・認定・50%%割引を確認 → OK
- Credly バッジ2つ承認済み
- 学生時代(2019)のDeveloper Associateが見当たらない? 要確認
""" % C3, note="Owner's note to herself, 8bit UTF-8.")

# ======================================================================= C5: console case, voucher
c5body = """Dear AWS customer,

We have received your case %s, and an associate will respond soon.

Case ID: %s
Subject: Exam voucher missing after certification account merge
Severity: General guidance
Service: Training and Certification
Description: After my accounts were merged (case %s), the 50%% discount I had on the old account
is not shown under Benefits.
""" % (C5, C5, C3)
m("acknowledgement", False, C5, [], key="c5ack", frm=AWS_CONSOLE, to=P,
  subject="Amazon Web Services: New Support case: %s" % C5, date="2025-03-19T05:33:10+00:00", au=GA("amazon.com"),
  text=c5body + CONSOLE_FOOT.format(cid=C5), note="Console acknowledgement; mentions the earlier case in the description.")

m("unrelated", False, None, [], key="skbrec", frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=P,
  subject="Your AWS Skill Builder receipt", date="2025-03-19T23:15:06+00:00", au=GA("aws.training"),
  text="""Thank you for your purchase.

Order number: SB-2025-0319-77120
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00

Manage your subscription from your account page.
""", note="Skill Builder receipt.")

m("info_request", True, C5, [], key="c5req", frm=AWS_CONSOLE, to=P,
  subject="RE:[CASE %s] Exam voucher missing after certification account merge" % C5, date="2025-03-20T08:02:47+00:00",
  au=GA("amazon.com"), text="""Hello,

We have updated your support case %s. The latest correspondence is below.

--------------------
Hi Haruka,

Benefits are carried over during a merge, but a discount that was already allocated to a partner pool is
sometimes left behind. Could you share a screenshot of the Benefits page from before the merge, or the
discount code if you noted it down? Please attach it to the case in the Support Center.

Best,
Arun P.
Amazon Web Services
--------------------
""" % C5 + CONSOLE_FOOT.format(cid=C5), note="Console request: must be answered in the Support Center, the mail cannot be replied to.")

m("closing_notice", True, C5, [], key="c5close", frm=AWS_CONSOLE, to=P,
  subject="RE:[CASE %s] Exam voucher missing after certification account merge" % C5, date="2025-03-23T08:05:12+00:00",
  au=GA("amazon.com"), text="""Hello,

We're waiting on a response from you on case %s. If we don't hear back, the case will be resolved
automatically in 3 days. You can respond through the Support Center at any time before then to keep it
open.
""" % C5 + CONSOLE_FOOT.format(cid=C5), note="Console auto-resolve warning.")

m("suspicious", False, None, [], key="dmarcfail", frm=AWS_TC, to=P,
  subject="RE:[CASE %s] Urgent: confirm voucher transfer" % C5, date="2025-03-23T13:44:29+00:00",
  au=auth("amazon.com", ok=False),
  html="""<html><body><p>Hello Haruka,</p>
<p>To release your 50%% exam voucher we must verify the merged account. Reply to this message with your AWS Builder ID
e-mail and password, or confirm through the secure form below within 12 hours.</p>
<p><a href="http://aws-tc-verify.click/v?c=%s">Confirm voucher transfer</a></p>
<p>AWS Training and Certification</p></body></html>""" % C5,
  note="Genuine AWS From address and real case number, but dkim=fail / dmarc=fail; asks for a password.")

c5mail = """Hello Arun,

Attached is a screenshot of the old Benefits page from February; the code was 50OFF-RK7Q-2291.

Haruka
"""
m("user_reply", False, C5, [], key="c5mail", frm=ME_P, to=AWS_CONSOLE, reply_to="c5close",
  subject="Re: RE:[CASE %s] Exam voucher missing after certification account merge" % C5, date="2025-03-24T00:30:09+00:00",
  text=c5mail, note="Owner replies by e-mail to the console no-reply address (wrong channel).")

m("unrelated", False, None, [], key="c5bounce", frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=P,
  subject="Delivery Status Notification (Failure)", date="2025-03-24T00:30:41+00:00", au=GA("googlemail.com"),
  text="""Your message to no-reply-aws@amazon.com has been blocked. The recipient does not accept incoming mail.

----- Original message -----
Subject: Re: RE:[CASE %s] Exam voucher missing after certification account merge
""" % C5, note="Bounce from the console no-reply address; quotes the case subject.")

m("case_update", False, C5, [], key="c5upd", frm=AWS_CONSOLE, to=P,
  subject="RE:[CASE %s] Exam voucher missing after certification account merge" % C5, date="2025-03-25T06:11:30+00:00",
  au=GA("amazon.com"), text="""Hello,

We have updated your support case %s. The latest correspondence is below.

--------------------
Hi Haruka,

Thanks for adding the screenshot in the Support Center. I have asked the benefits team to re-issue the
discount on your current account; they usually need one to two business days.

Best,
Arun P.
--------------------
""" % C5 + CONSOLE_FOOT.format(cid=C5), note="Console update after the owner answered in the console; nothing asked.")

m("resolved", False, C5, [], key="c5done", frm=AWS_CONSOLE, to=P,
  subject="RE:[CASE %s] Exam voucher missing after certification account merge" % C5, date="2025-03-27T02:40:00+00:00",
  au=GA("amazon.com"), text="""Hello,

We have updated your support case %s. The latest correspondence is below.

--------------------
Hi Haruka,

A new 50%% discount benefit is now listed under Benefits on your certification account, valid until
March 27, 2026. I'm marking this case resolved.

Best,
Arun P.
--------------------

We value your feedback. Please share your experience by rating this correspondence using the link in the
Support Center.
""" % C5 + CONSOLE_FOOT.format(cid=C5), note="Resolved console case with a rating footer.")

# ======================================================================= C6: Japanese-language case, exam accommodation
m("acknowledgement", False, C6, [], key="c6ack", frm=addr("AWS トレーニングと認定", FORM), to=P,
  subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodation" % C6,
  date="2025-03-30T02:35:51+00:00", au=GA("amazon.com"), enc="b64",
  text="""杉本 遥 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
ケース番号 %s にてお問い合わせを承りました。

担当者より通常24時間以内にご連絡いたしますが、内容により回答までお時間を頂戴する場合がございます。
なお、同一のご用件で重ねてケースを作成されますと、かえってご対応が遅れる場合がございますので、
ご了承くださいますようお願い申し上げます。

お問い合わせ内容:
英語を母国語としない受験者向けの試験時間延長(ESL +30)を、4月12日に予約済みの
AWS Certified Security - Specialty 試験に適用したい。

AWS トレーニングと認定 カスタマーサポート
""" % C6, note="Japanese acknowledgement (UTF-8 base64); polite 'お願い申し上げます' that is not a request for a reply.")

c6req = """杉本 遥 様

お世話になっております。AWS トレーニングと認定サポートの佐々木でございます。

ESL +30 の特別措置につきましては、認定アカウントに申請を登録したうえで、
すでにご予約済みの試験に反映する手続きとなります。反映にあたり、Pearson VUE の
予約を特定する必要がございます。

つきましては、ご予約の登録番号(Registration ID)と試験の実施言語を
お知らせいただけますでしょうか。

ご確認のほど、よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
m("info_request", True, C6, [], key="c6req", frm=addr("AWS トレーニングと認定", FORM, "iso-2022-jp"), to=P, reply_to="c6ack",
  subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodation" % C6,
  date="2025-03-31T01:02:33+00:00", au=GA("amazon.com"), cs="iso-2022-jp", enc="7bit", text=c6req,
  note="Japanese keigo request (お知らせいただけますでしょうか) in ISO-2022-JP.")

m("unrelated", False, None, [], key="pvuejp", frm=addr("ピアソンVUE", "pearsonvue@pearson.com"), to=P,
  subject="【ピアソンVUE】試験前日のご案内", date="2025-04-01T00:00:30+00:00", au=GA("pearson.com"),
  cs="shift_jis", enc="qp",
  text="""杉本 遥 様

ご予約の試験についてご案内いたします。
登録番号: 483920175
試験日時: 2025年4月12日(土) 10:00

本人確認書類を2点ご持参ください。ご不明な点がございましたら、コールセンターまでお問い合わせください。

ピアソンVUE
""", note="Exam vendor in Japanese (Shift_JIS quoted-printable) with a 9-digit registration number.")

c6close = """杉本 遥 様

AWS トレーニングと認定サポートでございます。

3月31日にお送りしたご質問について、まだご返信をいただけていないようです。
試験日が近いため、4月4日までにご連絡がない場合は、本ケースをいったんクローズ
させていただきます。本メールにご返信いただければ、引き続き対応いたします。

佐々木
"""
m("closing_notice", True, C6, [], key="c6close", frm=addr("AWS トレーニングと認定", FORM, "iso-2022-jp"), to=P, reply_to="c6req",
  subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodation" % C6,
  date="2025-04-02T23:40:10+00:00", au=GA("amazon.com"), cs="iso-2022-jp", enc="7bit", text=c6close,
  note="Japanese closing notice; no explicit please, the request is implied by the deadline.")

c6rep = """佐々木様

ご連絡が遅くなり申し訳ありません。
登録番号は 483920175、試験は英語で受験予定です。

よろしくお願いいたします。
杉本
"""
m("user_reply", False, C6, [], key="c6rep", frm=addr("杉本 遥", P), to=FORM, reply_to="c6close",
  subject="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodation" % C6,
  date="2025-04-03T00:12:45+00:00", enc="qp",
  text=c6rep + "\n" + q(c6close, "jp", "AWS トレーニングと認定 <%s>" % FORM, "2025年4月3日(木) 8:40") .replace(" <%s>:" % FORM, " <%s> より:" % FORM),
  note="Owner's Japanese reply with a 「…より:」 quote header.")

m("resolved", False, C6, [], key="c6done", frm=addr("AWS トレーニングと認定", FORM), to=P, reply_to="c6rep",
  subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodation" % C6,
  date="2025-04-03T06:30:02+00:00", au=GA("amazon.com"), enc="qp",
  text="""杉本 遥 様

ESL +30 を認定アカウントに登録し、4月12日のご予約(登録番号 483920175)に30分の延長が
反映されたことを確認いたしました。受験当日に追加のお手続きは不要です。

ほかにご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート

""" + q(c6req, "jp", "AWS トレーニングと認定 <%s>" % FORM, "2025年3月31日(月) 10:02"),
  note="Japanese completion with conditional 'ご不明な点がございましたら', quotes the keigo request.")

# ======================================================================= C3 reopened: third (university) account
m("user_reply", False, C3, [], key="c3reopen", frm=ME_P, to=AWS_TC, reply_to="c3done",
  subject="Re: RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-04-05T04:18:22+00:00",
  text="""Hi Tomasz,

Sorry to come back to this. My AWS Certified Developer - Associate from 2019 (expired) is not listed in
the exam history on the merged account. Could it have been left behind?

Haruka

""" + q(c3done_txt.split("\nOn Mon")[0], "gt", "AWS Training and Certification <%s>" % FORM, "Sat, Mar 15, 2025 at 12:47 PM"),
  note="Owner reopens the resolved case; her own question mark is not support's request.")

m("case_update", False, C3, [], key="c3reop2", frm=AWS_TC, to=P, reply_to="c3reopen",
  subject="RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-04-05T09:51:04+00:00", au=GA("amazon.com"),
  text="""Hello Haruka,

I have reopened case %s and passed your question to our records team, who can search older profiles.
We'll get back to you once they have looked.

Best regards,
Yuki M.
AWS Training and Certification
""" % C3, note="Reopened and passed on; no ask.")

m("unrelated", False, None, [], key="gcp", frm=addr("Google Cloud Support", "cloud-support@google.com"), to=P,
  subject="Case 52917736 has been closed", date="2025-04-06T03:40:00+00:00", au=GA("google.com"),
  text="""Hello Haruka,

We haven't heard back from you on case 52917736 ("Quota increase for Compute Engine in asia-northeast1"),
so we have closed it. If you still need help, reply to this e-mail within 14 days and the case will be
reopened.

Google Cloud Customer Care
""", note="Other vendor's closing-for-no-reply notice: looks exactly like a closing notice.")

c3univ = """Haruka,

The records team found nothing under your Kirinoha or Gmail address for 2019. Was that exam perhaps
booked with a different address, for example from your university? Any candidate ID printed on the old
score report would help us find it as well.

Yuki M.
AWS Training and Certification
"""
m("info_request", True, C3, [], key="c3univ", frm=AWS_TC, to=P, reply_to="c3reop2",
  subject="RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-04-07T02:25:17+00:00", au=GA("amazon.com"),
  text=c3univ, enc="8bit", note="Terse request as questions, no please; arrives on the reopened case.")

m("unrelated", False, None, [], key="itdept", frm=addr("情報システム部", "it-helpdesk@kirinoha-tech.co.jp", "iso-2022-jp"), to=P,
  subject="【要確認】退職者アカウント削除のお知らせ", date="2025-04-07T05:00:00+00:00", au=GA("kirinoha-tech.co.jp"),
  cs="iso-2022-jp", enc="7bit",
  text="""杉本 遥 様(旧 h.sugimoto@kirinoha-tech.co.jp)

退職に伴い、社内システムのアカウントを4月14日に完全削除いたします。
OneDrive に個人のデータが残っている場合は、4月11日までにご連絡ください。

情報システム部
""", note="Former employer's IT asks for a reply by a date; not AWS.")

c3univrep = """Hi Yuki,

Yes, that was booked with my university address, haruka.s@st.aizu-u.ac.jp. The old score report shows
candidate ID AWS09173325.

Haruka
"""
m("user_reply", False, C3, ["AWS09173325"], key="c3univrep", frm=ME_P, to=AWS_TC, reply_to="c3univ",
  subject="Re: RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-04-07T11:02:39+00:00",
  text=c3univrep + "\n" + q(c3univ, "gt", "AWS Training and Certification <%s>" % FORM, "Mon, Apr 7, 2025 at 11:25 AM"),
  note="Owner reply carrying a third candidate ID.")

c3conf2 = """Hi Haruka,

Found it: a profile with candidate ID AWS09173325, login haruka.s@st.aizu-u.ac.jp, holding the 2019
Developer - Associate record.

Before I fold it into your current account (AWS07731458) I need your go-ahead, since the university login
will stop working afterwards. Is that alright?

Yuki M.
AWS Training and Certification
"""
m("confirmation_request", True, C3, ["AWS09173325", "AWS07731458"], key="c3conf2", frm=AWS_TC, to=P, reply_to="c3univrep",
  subject="RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-04-08T01:44:03+00:00", au=GA("amazon.com"),
  text=c3conf2, html="<div>" + c3conf2.replace("\n\n", "</p><p>").replace("\n", " ") + "</div>",
  note="Short go-ahead request ('Is that alright?') for a third account, multipart.")

m("unrelated", False, None, [], key="educate", frm=addr("AWS Educate", "aws-cs-educate-form@amazon.com"), to=P,
  subject="RE:[CASE 174407231101560] [AWS Educate Form Submission] - classroom-access", date="2025-04-08T04:10:55+00:00",
  au=GA("amazon.com"), text="""Hello,

Thanks for writing to AWS Educate about the student workshop you are mentoring. Could you tell us the
name of the institution and the number of students who will need access?

AWS Educate Support
""", note="Another AWS program's form case asking questions: not a Training and Certification case (case null, no reply flag).")

m("user_reply", False, C3, [], key="c3go", frm=ME_P, to=AWS_TC, reply_to="c3conf2",
  subject="Re: RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-04-08T02:30:00+00:00",
  text="""Yes, please go ahead.

Haruka

""" + q(c3conf2, "gt", "AWS Training and Certification <%s>" % FORM, "Tue, Apr 8, 2025 at 10:44 AM"),
  note="One-line owner go-ahead.")

m("suspicious", False, None, ["AWS07731458"], key="cmphish", frm=addr("AWS Certification", "do-not-reply@certmetrics-verify.com"), to=P,
  subject="Your AWS Certification account will be suspended", date="2025-04-09T18:22:41+00:00",
  au=("mx.google.com;\n       spf=neutral (google.com: 91.215.85.44 is neither permitted nor denied by best guess record for domain of do-not-reply@certmetrics-verify.com) smtp.mailfrom=do-not-reply@certmetrics-verify.com;\n       dmarc=none header.from=certmetrics-verify.com"),
  text="""Dear candidate AWS07731458,

A recent account merge left your certification profile unverified. Confirm your identity within 24 hours
or your certifications will be suspended:

http://certmetrics-verify.com/aws/login

AWS Certification
""", note="Lookalike CertMetrics domain using the real candidate ID.")

c3done2 = """Hi Haruka,

The university profile has been merged into AWS07731458; the 2019 Developer - Associate now shows in your
exam history as expired. That completes everything on this case.

If there is anything else, just reply here.

Yuki M.
AWS Training and Certification
"""
m("resolved", False, C3, ["AWS07731458"], key="c3done2", frm=AWS_TC, to=P, reply_to="c3go",
  subject="RE:[CASE %s] %s" % (C3, SUBJ_FORM), date="2025-04-09T23:58:12+00:00", au=GA("amazon.com"),
  text=c3done2 + "\n" + q("""Yes, please go ahead.

Haruka

""" + q(c3conf2, "gt", "AWS Training and Certification <%s>" % FORM, "Tue, Apr 8, 2025 at 10:44 AM"), "gt", "Haruka Sugimoto <%s>" % P, "Tue, Apr 8, 2025 at 11:30 AM"),
  note="Second completion; nested quotes include the go-ahead question.")

m("unrelated", False, None, [], key="apn", frm=addr("AWS Partner Central", "no-reply@partnercentral.awspartner.com"), to=P,
  subject="You have been removed from an AWS Partner Central organization", date="2025-04-10T01:00:00+00:00",
  au=GA("partnercentral.awspartner.com"), text="""Hello,

Your user has been removed from the organization Kirinoha Technologies Co., Ltd. in AWS Partner Central.
Your AWS Certifications remain on your own AWS Certification account.

AWS Partner Network
""", note="APN program mail about the partner association; not a case.")

m("certification", False, None, ["AWS07731458"], key="scs", frm=CERTM, to=P,
  subject="Congratulations! You are now AWS Certified Security - Specialty", date="2025-04-13T07:12:45+00:00",
  au=GA("certmetrics.com"), text="""Hello Haruka,

You passed AWS Certified Security - Specialty on April 12, 2025.
Candidate ID: AWS07731458

Your certificate is available in your AWS Certification Account, and Credly will send your badge shortly.

AWS Certification
""", note="Exam result with candidate ID.")

m("badge", False, None, [], key="scsbadge", frm=CREDLY, to=P,
  subject="Claim your AWS Certified Security - Specialty badge", date="2025-04-13T07:30:02+00:00",
  au=GA("credly.com"), html="""<html><body><p>Hi Haruka,</p><p>Amazon Web Services Training and Certification issued you the
<b>AWS Certified Security - Specialty</b> badge.</p><p><a href="https://www.credly.com/badges/9b21e0d4-7a3c-4f11-bb0e-5e8c41d27a90/accept">Accept badge</a></p></body></html>""",
  note="Credly HTML-only.")

m("survey", False, C6, [], key="c6svy", frm=addr("Amazon Web Services", "aws-cs-survey@amazon.com"), to=P,
  subject="ケース %s に関するアンケートのお願い" % C6, date="2025-04-14T06:00:00+00:00", au=GA("amazon.com"), enc="b64",
  text="""杉本 遥 様

先日はAWS トレーニングと認定サポートをご利用いただきありがとうございました。
サービス向上のため、ケース %s の対応についてアンケートにご協力いただけますと幸いです。

https://amazonsurveys.aws/s/tc-ja?c=%s

※本メールへのご返信にはお答えできません。
""" % (C6, C6), note="Japanese survey, polite request to answer a questionnaire.")

m("certification", False, None, [], key="recert", frm=CERTM, to=P,
  subject="Congratulations on recertifying your AWS Certification!", date="2025-04-15T02:00:00+00:00",
  au=GA("certmetrics.com"), text="""Hello Haruka,

Passing AWS Certified Security - Specialty has renewed your AWS Certified Cloud Practitioner certification.
Its new expiry date is April 12, 2028. No action is needed.

AWS Certification
""", note="Recertification notice.")

# ======================================================================= write
def main():
    for f in os.listdir(OUT):
        if re.fullmatch(r"\d{3}-msg\.(eml|json)", f):
            os.remove(os.path.join(OUT, f))
    msgs = sorted(MSGS, key=lambda x: dt(x["date"]))
    counts = Counter()
    rows = []
    for i, x in enumerate(msgs, 1):
        raw = build(i, x)
        for c in x["cands"]:
            assert c in (x["text"] or x["html"]), (x["key"], c)
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "w", encoding="utf-8", newline="") as fh:
            fh.write(raw)
        lab = {"kind": x["kind"], "needs_reply": x["reply"], "case": x["case"], "candidate_ids": x["cands"]}
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(lab, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        counts[x["kind"]] += 1
        rows.append("| %03d | %s | %s | %s | %s |" % (i, x["kind"], "yes" if x["reply"] else "no",
                                                  x["case"] or "-", x["note"].replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + "\n")
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", sum(counts.values())))
    print("needs_reply true: %d" % sum(1 for x in msgs if x["reply"]))

README_HEAD = """me: %s %s

# Blind held-out corpus blind-174

Mailbox of Haruka Sugimoto: personal Gmail (%s) plus her company address (%s), which is
forwarded into the same mailbox until she leaves Kirinoha Technologies (an AWS Partner) on 2025-03-14.
Written from DOMAIN.md, BLIND-CORPUS.md and the seed posts only. Regenerate with `python3 gen.py`.

## Cases
| case | format | channel | topic | outcome |
|---|---|---|---|---|
| %s | 10 digits (2021) | T&C form, Japanese ack | misspelt name on certificate | record fixed, survey |
| %s | 11 digits (2023) | T&C form | two accounts with one address, Credly badge missing | wrong candidate ID asked back, handed on, merged, badge |
| %s | 15 digits (2025) | T&C form | company -> personal merge, APN partner | hold (with buried question), hold lifted, Account #1/#2 confirmation, wrong-address reply, closing notice, merged, survey; reopened for a third (university) account, merged again |
| %s | 15 digits (2025) | T&C form, from company address | duplicate of the merge request | closed as duplicate, linked |
| %s | 15 digits (2025) | Support Center console | 50%% discount lost in merge | request answerable only in console, auto-resolve warning, e-mail reply bounces, re-issued |
| %s | 15 digits (2025) | T&C form, Japanese support | ESL +30 accommodation | keigo request, Japanese closing notice, done, Japanese survey |

## Labelling decisions
- `case` is set only for mail that is part of a real AWS Training and Certification case (support's
  mail, its surveys, and the owner's own mail on the case). Phishing that quotes a real case number, bounces
  that quote a case subject, an AWS billing console case and an AWS Educate form case get `case: null`.
- A duplicate-case closure belongs to the duplicate (its subject and thread), even though it names the
  surviving case; it is `case_update`, no reply needed.
- The first partner-hold mail is `on_hold` with `needs_reply: true`: the hold is the news, but it also asks
  for the last working day ("It would also help us to know ..."). The later hold mail asks nothing.
- The console request and console auto-resolve warning need a reply (through the Support Center, not by
  e-mail); they are still `needs_reply: true`.
- Support's request to send the confirmation again from the personal address is `info_request`, not
  `confirmation_request`: what is asked is to write from another address.
- The go-ahead for folding a third (university) account into the kept account is `confirmation_request`.
- Acknowledgements echo the form text (including "Please merge ..." and candidate IDs); those IDs are the
  message's own text, so they are listed. IDs only in quoted history are not.
- "AWS Certification wants to hear from you" is `certification`, not `survey` (not about a support case).
- The owner's note to herself and her forward to her manager are `user_reply`. The forwarded
  acknowledgement inside the forward is not her new text, so its candidate ID is not listed.
- Phishing that writes a real candidate ID in its own text lists it (the ID field is about text, not trust).
- The owner's e-mail reply to the console no-reply address is still `user_reply` on that case; the bounce
  it causes is `unrelated`.
- Other vendors' and other AWS programs' "reply to reopen" / questions are `unrelated`, never `needs_reply`.
- Mail from a real AWS address that fails DKIM and DMARC is `suspicious` even though it names a real case.

## Messages
| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
""" % (P, C, P, C, C1, C2, C3, C4, C5, C6)

if __name__ == "__main__":
    main()
