#!/usr/bin/env python3
"""Writes the blind corpus (NNN-msg.eml + NNN-msg.json) and README.md next to this script."""
import base64, json, os, quopri, re, hashlib
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import formataddr, format_datetime
from email import policy as _pol

OUT = os.path.dirname(os.path.abspath(__file__))
PERSONAL = "mio.tachibana.work@gmail.com"
COMPANY = "m.tachibana@kawasemi-tech.co.jp"
ME_P = ("Mio Tachibana", PERSONAL)
ME_C = ("立花 美緒", COMPANY)
FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")
CERTM = ("AWS Certification", "do-not-reply@certmetrics.com")
CREDLY = ("Credly", "admin@credly.com")
JST = timezone(timedelta(hours=9))

A, A2, B, C, D, E, F, G = ("174129836500417", "174130211900233", "14582630971", "174183904100652",
                           "13957720468", "9154207733", "174240117300981", "174260882900374")
CID_P, CID_C = "AWS03318452", "AWS01977260"
FS = "[AWS Training and Certification Form Submission]"

MSGS = []
IDS = {}
NUM = {}

def mid(key, dom):
    h = hashlib.sha1(key.encode()).hexdigest()
    if dom == "gmail.com":
        return "<CAK%s+%s@mail.gmail.com>" % (h[:18].upper(), h[18:30])
    if dom == "kawasemi-tech.co.jp":
        return "<TYWPR01MB%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:8].upper(), h[8:12].upper())
    if dom.endswith("amazon.com"):
        return "<01000195%s-%s-000000@email.amazonses.com>" % (h[:8], h[8:16])
    return "<%s.%s@%s>" % (h[:16], h[16:24], dom)

def M(key, kind, nr, case, frm, to, subj, t, new, quoted="", *, html=None, html_only=False,
      charset="utf-8", enc="b64", crlf=False, reply=None, auth="pass", cc=None, hcs="utf-8",
      extra=None, note="", tz=None):
    MSGS.append(dict(key=key, kind=kind, nr=nr, case=case, frm=frm, to=to, subj=subj, t=t, new=new,
                     quoted=quoted, html=html, html_only=html_only, charset=charset, enc=enc,
                     crlf=crlf, reply=reply, auth=auth, cc=cc, hcs=hcs, extra=extra or [],
                     note=note, tz=tz))

def part(text, subtype, charset, enc):
    raw = text.encode(charset)
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, charset)
    if enc == "b64":
        p["Content-Transfer-Encoding"] = "base64"
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif enc == "qp":
        p["Content-Transfer-Encoding"] = "quoted-printable"
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:
        p["Content-Transfer-Encoding"] = "7bit"
        p.set_payload(raw.decode("ascii"))
    return p

def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(pair, cs="utf-8"):
    name, a = pair
    try:
        name.encode("ascii"); return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)

def auth_lines(m, dom, to_addr):
    if m["auth"] is None:
        return []
    ok = m["auth"] == "pass"
    if to_addr.endswith("gmail.com"):
        if ok:
            return ["Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@%s header.s=s1 header.b=Qx7f2LmA;\r\n       spf=pass (google.com: domain of bounces@%s designates 54.240.27.%d as permitted sender) smtp.mailfrom=bounces@%s;\r\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dom, dom, len(dom), dom, dom)]
        return ["Authentication-Results: mx.google.com;\r\n       dkim=fail header.i=@%s header.s=s1 header.b=ZZ9a0QpE;\r\n       spf=softfail (google.com: domain of transitioning bounce@%s does not designate 185.220.101.44 as permitted sender) smtp.mailfrom=bounce@%s;\r\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (dom, dom, dom, dom)]
    if ok:
        return ["Authentication-Results: spf=pass (sender IP is 54.240.8.%d)\r\n smtp.mailfrom=%s; dkim=pass (signature was verified)\r\n header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (len(dom) * 3, dom, dom, dom)]
    return ["Authentication-Results: spf=fail (sender IP is 45.95.147.12)\r\n smtp.mailfrom=%s; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % (dom, dom)]

CID_RE = re.compile(r"AWS\d{8}(?!\d)")

def build(i, m):
    frm_dom = m["frm"][1].split("@")[1]
    to_pairs = m["to"] if isinstance(m["to"], list) else [m["to"]]
    to_addr = to_pairs[0][1] if isinstance(to_pairs[0], tuple) else to_pairs[0]
    mo, dd, hh, mi = map(int, re.match(r"(\d+)-(\d+) (\d+):(\d+)", m["t"]).groups())
    dt = datetime(2025, mo, dd, hh, mi, (i * 17) % 60, tzinfo=JST)
    tz = m["tz"]
    if tz is None:
        tz = 9 if frm_dom in ("gmail.com", "kawasemi-tech.co.jp") or frm_dom.endswith(".jp") else 0
    dtl = dt.astimezone(timezone(timedelta(hours=tz)))
    is_me = m["frm"][1] in (PERSONAL, COMPANY)
    body = m["new"] + (("\n\n" if m["quoted"] else "") + m["quoted"])
    sub = "html" if m["html_only"] else "plain"
    if m["html"] is not None and not m["html_only"]:
        msg = MIMEMultipart("alternative")
        msg.attach(part(body, "plain", m["charset"], m["enc"]))
        msg.attach(part(m["html"], "html", m["charset"], m["enc"]))
        del msg["MIME-Version"]
    else:
        msg = part(body, sub, m["charset"], m["enc"])
    msgid = mid(m["key"], frm_dom)
    IDS[m["key"]] = msgid
    lines = []
    if not is_me:
        lines.append("Delivered-To: %s" % to_addr)
        lines.append("Received: from a%d-%d.smtp-out.%s (a%d-%d.smtp-out.%s [54.240.%d.%d])\r\n        by mx.%s with ESMTPS id %s\r\n        for <%s>; %s" % (
            i, i * 3, frm_dom, i, i * 3, frm_dom, i % 250, (i * 7) % 250,
            "google.com" if to_addr.endswith("gmail.com") else "protection.outlook.com",
            hashlib.md5(m["key"].encode()).hexdigest()[:12], to_addr, format_datetime(dt.astimezone(timezone.utc))))
        lines += auth_lines(m, frm_dom, to_addr)
        if m["auth"] == "pass":
            lines.append("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts=s1; d=%s; t=%d;\r\n\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\r\n\tbh=%s=;\r\n\tb=%s" % (frm_dom, int(dt.timestamp()), base64.b64encode(hashlib.sha256(m["key"].encode()).digest()).decode()[:43], base64.b64encode(hashlib.sha256((m["key"] + "b").encode()).digest()).decode()))
    lines.append("Message-ID: %s" % msgid)
    lines.append("Date: %s" % format_datetime(dtl))
    lines.append("From: %s" % addr(m["frm"], m["hcs"]))
    lines.append("To: %s" % ", ".join(addr(p, m["hcs"]) if isinstance(p, tuple) else p for p in to_pairs))
    if m["cc"]:
        lines.append("Cc: %s" % ", ".join(addr(p, m["hcs"]) if isinstance(p, tuple) else p for p in m["cc"]))
    lines.append("Subject: %s" % hdr(m["subj"], m["hcs"]))
    if m["reply"]:
        chain = [IDS[k] for k in (m["reply"] if isinstance(m["reply"], list) else [m["reply"]])]
        lines.append("In-Reply-To: %s" % chain[-1])
        lines.append("References: %s" % "\r\n ".join(chain))
    lines += m["extra"]
    if is_me:
        lines.append("User-Agent: Mozilla Thunderbird" if frm_dom == "gmail.com" and i % 2 else
                     ("X-Mailer: Microsoft Outlook 16.0" if frm_dom != "gmail.com" else "X-Gmail-Original: 1"))
    lines.append("MIME-Version: 1.0")
    head = "\r\n".join(lines)
    inner = msg.as_bytes(policy=_pol.compat32.clone(linesep="\r\n")).decode("ascii")
    raw = head + "\r\n" + inner
    if not raw.endswith("\r\n"):
        raw += "\r\n"
    if not m["crlf"]:
        raw = raw.replace("\r\n", "\n")
    cids = list(OrderedDict.fromkeys(CID_RE.findall(m["new"])))
    label = {"kind": m["kind"], "needs_reply": m["nr"], "case": m["case"], "candidate_ids": cids}
    return raw.encode("ascii"), label

def q(text, style=">"):
    return "\n".join((style + " " + l) if l else style for l in text.strip("\n").split("\n"))

# ---------------------------------------------------------------------------------------
# Messages in arrival order
# ---------------------------------------------------------------------------------------

M("gh1", "unrelated", False, None, ("Ryo Kanzaki", "notifications@github.com"), ME_C,
  "Re: [kawasemi-tech/platform-infra] Bump hashicorp/aws provider to 5.89 (PR #412)", "03-03 09:02",
  """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/kawasemi-tech/platform-infra/pull/412#event-16559031
You are receiving this because you were mentioned.""", enc="qp",
  note="GitHub 'merged' notification; the word merge has nothing to do with the certification merge.")

M("pass1", "certification", False, None, CERTM, ME_P,
  "Congratulations! You are now AWS Certified Solutions Architect - Professional", "03-03 18:40",
  """Dear Mio Tachibana,

Congratulations on earning AWS Certified Solutions Architect - Professional. Your result has been
recorded on your AWS Certification Account.

Candidate ID: AWS03318452
Validation number: 7QZK2M1L4B1EQWS3
Achieved: March 3, 2025      Valid through: March 3, 2028

As a thank-you, a 50% discount voucher for your next exam has been added to the Benefits page of
your AWS Certification Account. Your digital badge will arrive from Credly within a few days.

AWS Training and Certification
This mailbox is not monitored.""",
  html="""<html><body style="font-family:Arial"><h2>You are now AWS Certified!</h2>
<p>Dear Mio Tachibana,</p><p>Congratulations on earning <b>AWS Certified Solutions Architect - Professional</b>.</p>
<table><tr><td>Candidate ID</td><td>AWS03318452</td></tr><tr><td>Validation number</td><td>7QZK2M1L4B1EQWS3</td></tr>
<tr><td>Valid through</td><td>March 3, 2028</td></tr></table>
<p>A 50% discount voucher for your next exam has been added to the Benefits page.</p>
<p style="color:#777">This mailbox is not monitored.</p></body></html>""",
  note="Pass notice with candidate ID and the voucher that later disappears (background of the voucher case).")

M("badge1", "badge", False, None, CREDLY, ME_P,
  "Mio, you've earned a badge from Amazon Web Services Training and Certification", "03-04 07:15",
  """<html><body><table width="600"><tr><td>
<p>Hi Mio,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:
<b>AWS Certified Solutions Architect &ndash; Professional</b>.</p>
<p><a href="https://www.credly.com/badges/5c0e9a2e-7b41-4d5a-9f0b-2a61c0c8e3d1/accept">Accept your badge</a></p>
<p>Share it on LinkedIn and let your network know what you can do.</p>
<p style="font-size:11px;color:#888">Credly, 1111 Haynes St, Raleigh NC. You received this because an issuer awarded you a badge.</p>
</td></tr></table></body></html>""", html_only=True, enc="qp",
  note="HTML-only Credly badge mail; badge UUID is not a case number.")

M("col1", "unrelated", False, None, ("佐伯 智也", "t.saeki@kawasemi-tech.co.jp"), ME_C,
  "【社内勉強会】3/14 Well-Architected レビュー会のお知らせ", "03-04 10:31",
  """立花さん

お疲れさまです。佐伯です。
3/14(金)17時から、Well-Architected レビュー会を開催します。
SAP 合格されたばかりとのことなので、よければ10分ほど試験の話をしていただけないでしょうか。
難しければ遠慮なく言ってください。

佐伯""", charset="iso-2022-jp", enc="7bit", hcs="iso-2022-jp",
  note="Colleague in ISO-2022-JP asking a favour; a request, but not from support.")

M("bill1", "unrelated", False, None, CONSOLE, ME_C,
  "Amazon Web Services Billing Statement Available [Account: 482019375561]", "03-05 02:10",
  """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 5561, is available
on the AWS web site. Your account will be charged the following:

Total: $212.48

You can see a complete break down of all charges on the Billing & Cost Management page.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210""",
  enc="qp", note="Billing mail from the same no-reply-aws sender as console cases; 12-digit account ID, no case.")

M("ackA", "acknowledgement", False, A, FORM, ME_P,
  "[CASE %s] %s - certification-benefits" % (A, FS), "03-06 21:48",
  """Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged as case %s.

Someone from our team will normally get back to you within 24 hours, although more complex questions can take a little longer.

To keep things moving, please keep all correspondence on this case in this thread rather than submitting the form again.

What you sent us:
-----------------------------------------
Inquiry type: Certification
Additional details: Certification Benefits
Candidate ID: %s
Email: %s
Description: After I passed SA Pro on March 3 a 50%% discount voucher appeared under Benefits. Today the Benefits page is empty and the voucher is gone. I have not used it.
-----------------------------------------

Best regards,
AWS Training and Certification Customer Service""" % (A, CID_P, PERSONAL),
  note="Acknowledgement echoing the form; the candidate ID in the echoed form counts as the message's own text.")

M("code1", "unrelated", False, None, ("AWS Builder ID", "no-reply@signin.aws"), ME_P,
  "Verify your AWS Builder ID email address", "03-06 21:55",
  """Hello,

Use the following code to verify your email address for AWS Builder ID:

Verification code: 583920

This code expires in 10 minutes. If you didn't ask for it, you can ignore this message.

Amazon Web Services""", enc="7bit", charset="us-ascii",
  note="Builder ID one-time code (6 digits), not a case.")

M("ackA2", "acknowledgement", False, A2, FORM, ME_P,
  "[CASE %s] %s - certification-benefits" % (A2, FS), "03-07 08:05",
  """Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged as case %s.

Someone from our team will normally get back to you within 24 hours, although more complex questions can take a little longer.

To keep things moving, please keep all correspondence on this case in this thread rather than submitting the form again.

What you sent us:
-----------------------------------------
Inquiry type: Certification
Additional details: Certification Benefits
Candidate ID: %s
Description: Sending again because I did not see a confirmation: my 50%% exam voucher disappeared from the Benefits page.
-----------------------------------------

Best regards,
AWS Training and Certification Customer Service""" % (A2, CID_P),
  note="Second form for the same problem: a duplicate case.")

M("dupA2", "case_update", False, A2, FORM, ME_P,
  "RE:[CASE %s] %s - certification-benefits" % (A2, FS), "03-07 11:20",
  """Hi Mio,

It looks like this request repeats case %s, which you opened last night and which is already with us. To avoid two agents working the same issue, I've closed this one and noted it on the original.

Nothing is needed from you here: updates will come on case %s.

Kind regards,
Hannah
AWS Training and Certification""" % (A, A), reply="ackA2",
  note="Duplicate closed and linked; labelled with the duplicate's own number (the thread it sits on) though it names the original.")

M("phish1", "suspicious", False, None, ("AWS Certification Benefits", "benefits@aws-certification-rewards.com"), ME_P,
  "Action required: your AWS exam voucher will be revoked in 24 hours", "03-07 13:02",
  """<html><body><p>Dear Certified Professional,</p>
<p>Our records show an <b>unverified discount voucher</b> on your AWS Certification Account. Unless you verify your identity within 24 hours, the voucher will be permanently revoked.</p>
<p><a href="http://aws-certification-rewards.com/verify?u=mio.tachibana.work">Verify my voucher now</a></p>
<p>Alternatively, reply to this email with your candidate ID and your Builder ID password so our team can verify it for you.</p>
<p>AWS Training &amp; Certification Benefits Team</p></body></html>""", html_only=True,
  note="Lookalike domain, credential phishing timed with the voucher case; demands a reply but needs_reply is false.")

M("reqA", "info_request", True, A, FORM, ME_P,
  "RE:[CASE %s] %s - certification-benefits" % (A, FS), "03-07 19:14",
  """Hello Mio,

My name is Priya and I'll be looking after your case.

Vouchers earned through certification normally stay on the Benefits page until they are redeemed or reach their expiry date. One thing that can remove a voucher early is when it gets attached to an exam appointment that is then abandoned partway through scheduling: the voucher is held for that session and is not always released straight away.

So that the benefits team can trace what happened, could you let me know roughly when you last saw the voucher on the Benefits page, and whether you began scheduling an exam with it on the Pearson VUE site at any point? If you can include a screenshot of how the Benefits page looks now, that would also help.

Thanks,
Priya
AWS Training and Certification Customer Service""", enc="qp", reply="ackA",
  note="Request buried after an explanation, phrased as 'could you let me know'.")

M("news1", "unrelated", False, None, ("Cloud Native Weekly", "newsletter@cloudnative-weekly.jp"), ME_P,
  "Cloud Native Weekly #218: EKS Auto Mode の実運用、Terraform 1.11 ほか", "03-08 08:00",
  """<html><body><h1>Cloud Native Weekly #218</h1>
<ul><li>EKS Auto Mode を半年運用してわかったこと</li>
<li>Terraform 1.11 の write-only 属性</li>
<li>AWS 認定 SAP を3週間で取った話（読者投稿）</li></ul>
<p>配信停止は<a href="https://cloudnative-weekly.jp/unsub">こちら</a></p></body></html>""",
  html="""<html><body><h1>Cloud Native Weekly #218</h1><ul><li>EKS Auto Mode を半年運用してわかったこと</li><li>Terraform 1.11 の write-only 属性</li><li>AWS 認定 SAP を3週間で取った話（読者投稿）</li></ul></body></html>""",
  note="Japanese newsletter mentioning AWS certification.")

M("repA", "user_reply", False, A, ME_P, [FORM],
  "Re: RE:[CASE %s] %s - certification-benefits" % (A, FS), "03-08 10:42",
  """Hi Priya,

Thanks for picking this up.

- I last saw the voucher on the evening of March 4.
- Yes: on March 5 I opened the Pearson VUE scheduling page for the Security Specialty, applied the voucher at checkout and then closed the tab without paying, because I wasn't sure about the date.
- I can't attach the screenshot from my phone, but the Benefits page now just says "You have no available benefits".

My candidate ID is AWS03318452 in case you need it.

Best,
Mio""", q("""Hello Mio,

My name is Priya and I'll be looking after your case.
[...]
So that the benefits team can trace what happened, could you let me know roughly when you last saw
the voucher on the Benefits page, and whether you began scheduling an exam with it on the Pearson
VUE site at any point?

Thanks,
Priya"""), reply=["ackA", "reqA"], extra=[],
  note="Owner's Gmail-style reply with the candidate ID in new text, old request quoted below.")
# fix quoted header line for Gmail style
MSGS[-1]["quoted"] = "On Fri, Mar 7, 2025 at 7:14 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + MSGS[-1]["quoted"]

M("ackB", "acknowledgement", False, B, FORM, ME_P,
  "[CASE %s] %s - certification" % (B, FS), "03-09 14:03",
  """立花 美緒 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせはケース番号 %s として受け付けました。

担当者より、通常24時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。
同じ内容のお問い合わせを重ねて送信されますと、確認に時間がかかることがございますので、追加のご連絡はこのメールへのご返信にてお願いいたします。

■ お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: 試験結果
AWS 候補 ID: %s
内容: 3月8日に受験した AWS Certified Data Engineer - Associate の結果が、24時間以上経っても試験履歴に表示されません。

AWS トレーニングと認定 カスタマーサービス""" % (B, CID_P), enc="b64",
  note="Japanese acknowledgement, UTF-8 base64, echoes the candidate ID.")

M("pv1", "unrelated", False, None, ("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), ME_P,
  "Confirmation of your exam appointment: AWS Certified Security - Specialty", "03-09 16:40",
  """Dear Mio Tachibana,

Thank you for scheduling with Pearson VUE.

Exam: SCS-C02: AWS Certified Security - Specialty
Date: Thursday, March 20, 2025  Time: 10:00 AM JST
Test center: Pearson VUE Testing Center Shinjuku, Tokyo
Registration ID: 482716359

Please arrive 30 minutes early with two forms of identification. To reschedule or cancel, sign in
to your AWS Certification Account at least 24 hours before the appointment.

Pearson VUE""", enc="qp", tz=-5,
  note="Exam vendor appointment; the 9-digit registration ID is not a case number.")

M("updA", "case_update", False, A, FORM, ME_P,
  "RE:[CASE %s] %s - certification-benefits" % (A, FS), "03-10 06:30",
  """Hello Mio,

Thank you, that detail about the abandoned checkout is exactly what we needed.

I've handed your case to the team that manages certification benefits, since they are the only ones able to release or reissue a voucher. Their work usually takes between three and five business days. There's nothing you need to do in the meantime; I'll write again here as soon as they've finished.

Best regards,
Tomasz
AWS Training and Certification Customer Service

________________________________
From: Mio Tachibana <mio.tachibana.work@gmail.com>
Sent: Saturday, March 8, 2025 1:42 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE %s] %s - certification-benefits

Hi Priya,

Thanks for picking this up.
- I last saw the voucher on the evening of March 4.
- Yes: on March 5 I opened the Pearson VUE scheduling page [...]
My candidate ID is AWS03318452 in case you need it.""".replace("%s - cert", "%s - cert") % (A, FS),
  reply=["ackA", "reqA", "repA"],
  note="Handed to another team, explicitly nothing needed; quoted owner reply contains a candidate ID that must not be counted.")
# the quoted owner text is part of 'new' above; move it into quoted
_t = MSGS[-1]["new"]; _i = _t.index("________________________________")
MSGS[-1]["new"], MSGS[-1]["quoted"] = _t[:_i].rstrip(), _t[_i:]

M("mkt1", "unrelated", False, None, ("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_C,
  "AWS Summit Japan 2025 参加登録受付中 – 認定者ラウンジのご案内", "03-10 12:00",
  """<html><body style="font-family:'Hiragino Sans',sans-serif">
<h2>AWS Summit Japan 2025</h2>
<p>いつも AWS をご利用いただきありがとうございます。今年も幕張メッセにて開催します。</p>
<p>AWS 認定をお持ちの方は、会場内の<b>認定者ラウンジ</b>をご利用いただけます。受付で Credly のデジタルバッジをご提示ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p style="font-size:10px">配信停止をご希望の場合は、こちらからお手続きください。Amazon Web Services Japan G.K.</p>
</body></html>""", html_only=True, enc="qp",
  note="Japanese marketing, HTML-only, mentions certification and Credly.")

M("reqB", "info_request", True, B, FORM, ME_P,
  "RE:[CASE %s] %s - certification" % (B, FS), "03-11 09:25",
  """立花 美緒 様

AWS トレーニングと認定 カスタマーサービスの佐々木でございます。
このたびはご不便をおかけしており、申し訳ございません。

試験結果は通常、受験後5営業日以内に認定アカウントへ反映されますが、試験配信側の記録と照合が必要となる場合がございます。照合のため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. 受験日および開始時刻
2. 受験された試験名(試験コード)
3. Pearson VUE の登録番号(9桁)
4. テストセンターでの受験か、オンライン監督付き受験か

ご返信を確認次第、調査を進めてまいります。
お手数をおかけいたしますが、何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス""", charset="iso-2022-jp", enc="7bit", hcs="iso-2022-jp",
  reply="ackB", note="Japanese keigo request (いただけますでしょうか) in ISO-2022-JP.")

M("ms1", "unrelated", False, None, ("Microsoft Support", "support@mail.support.microsoft.com"), ME_C,
  "Case 2503100050002817 closed - your support request has been resolved", "03-11 15:02",
  """Hello Mio,

We're closing case 2503100050002817 (Azure subscription transfer) because the transfer completed successfully. If the issue comes back, reply to this email within 7 days and the case will reopen automatically.

Thank you for choosing Microsoft.
Azure Support Team""", enc="qp", tz=-7,
  note="Other vendor's 'case closed' with a reopen offer; not AWS.")

M("ackE", "acknowledgement", False, E, FORM, ME_P,
  "[CASE %s] %s - exam-accommodations" % (E, FS), "03-11 22:17",
  """Hello,

We've received your message and opened case %s for it.

An agent will respond within one business day. Requests involving exam accommodations are reviewed by a specialist team, so the overall process can take longer than a standard case.

The details of your case are as follows:
Inquiry type: Certification
Additional details: Exam Accommodations
Candidate ID: %s
Description: I'd like to request extra time and a separate room for the SCS-C02 exam because of a medical condition.

Please don't open another case for this request.

AWS Training and Certification""" % (E, CID_P), enc="7bit", charset="us-ascii",
  note="Acknowledgement for the accommodations case (10-digit ID).")

M("col2", "unrelated", False, None, ("Daniel Ortiz", "d.ortiz@kawasemi-tech.co.jp"), ME_C,
  "Can you review the landing-zone design doc before Thursday?", "03-12 09:44",
  """Hi Mio,

Could you take a look at the landing-zone design doc (link in the team drive) and leave comments by Thursday? Mainly interested in whether the SCP layout makes sense.

Thanks!
Dan""", enc="7bit", charset="us-ascii",
  note="Colleague's direct request; needs an answer in life but not to AWS support.")

M("resA", "resolved", False, A, FORM, ME_P,
  "RE:[CASE %s] %s - certification-benefits" % (A, FS), "03-12 23:58",
  """Hello Mio,

Good news: the benefits team has released the 50% discount voucher that was held by the unfinished Pearson VUE checkout. It is back on your Benefits page with its original expiry date, and you can use it whenever you are ready to book.

No further action is required on your side, and I've marked this case as resolved.

Best regards,
Tomasz
AWS Training and Certification Customer Service""",
  """-----Original Message-----
From: AWS Training and Certification
Sent: 3/7/2025 10:14 AM
Subject: RE:[CASE %s] %s - certification-benefits

So that the benefits team can trace what happened, could you let me know roughly when you last saw the voucher on the Benefits page, and whether you began scheduling an exam with it on the Pearson VUE site at any point?""" % (A, FS),
  reply=["ackA", "reqA", "repA", "updA"], crlf=True,
  note="Resolution over a quoted old question (Outlook '-----Original Message-----'); CRLF.")

M("survA", "survey", False, A, ("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_P,
  "How did we do on case %s?" % A, "03-13 06:01",
  """<html><body><p>Hello,</p><p>Your recent case with AWS Training and Certification (case %s) was recently closed.</p>
<p>Would you take a minute to tell us how we did? Your answers go straight to the team that handled your request.</p>
<table><tr><td><a href="https://survey.aws.example.amazon.com/s?c=%s&r=5">Very satisfied</a></td>
<td><a href="https://survey.aws.example.amazon.com/s?c=%s&r=1">Very dissatisfied</a></td></tr></table>
<p style="font-size:11px">Please do not reply to this message.</p></body></html>""" % (A, A, A), html_only=True,
  note="Satisfaction survey, HTML-only, case number in body.")

M("reqE", "info_request", True, E, FORM, ME_P,
  "RE:[CASE %s] %s - exam-accommodations" % (E, FS), "03-13 20:40",
  """Hello Mio,

I'm Grace from the AWS Certification accommodations desk, and I'm glad to help with this.

A bit of background first: accommodations other than the extra 30 minutes for non-native English speakers are granted case by case. Our reviewers look at what the condition is, how it affects the testing experience, and which adjustments are reasonable for the delivery channel. Extra time is usually straightforward; a separate room depends on what the test center can offer, and online proctored exams have their own limits (for example, breaks are handled differently).

Before I can send this to the reviewers we need two things from you. The first is a letter or form from a licensed professional that describes the condition and the accommodation being requested, dated within the last two years; you can upload it through the secure link below rather than emailing it. The second is the exact exam you plan to take and whether you intend to sit it at a test center or online.

Secure upload: https://aws-cert-accommodations.secure.force.com/upload?case=%s

Regards,
Grace
AWS Certification - Exam Accommodations""" % E, enc="qp", reply="ackE",
  note="Long explanation; the ask ('we need two things from you') comes late and has no 'please'.")

M("repE", "user_reply", False, E, ME_P, [FORM],
  "Re: RE:[CASE %s] %s - exam-accommodations" % (E, FS), "03-14 08:12",
  """Hi Grace,

I uploaded the letter from my doctor through the link this morning. The exam is SCS-C02 (Security Specialty), at the Pearson VUE center in Shinjuku. I had booked March 20 but I'll move it once the accommodation is approved.

Thank you,
Mio Tachibana""", "On Thu, Mar 13, 2025 at 8:40 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + q("""Hello Mio,

I'm Grace from the AWS Certification accommodations desk, and I'm glad to help with this.
[...]
Before I can send this to the reviewers we need two things from you."""),
  reply=["ackE", "reqE"], note="Owner answers the accommodations request.")

M("recert1", "certification", False, None, CERTM, ME_P,
  "Your AWS Certified Developer - Associate certification expires in 90 days", "03-14 18:00",
  """Hello Mio,

Your AWS Certified Developer - Associate certification expires on June 12, 2025.

To keep it active, pass the current version of the exam (or a higher-level exam that covers it) before that date. If you hold a 50% discount voucher, you can apply it when you schedule.

Candidate ID: AWS03318452

Manage your certifications in your AWS Certification Account.

AWS Certification
Please do not reply to this message.""", enc="qp",
  note="Expiry reminder from CertMetrics; tells the reader to act but is not a case.")

M("closeB", "closing_notice", True, B, FORM, ME_P,
  "RE:[CASE %s] %s - certification" % (B, FS), "03-15 10:05",
  """立花 美緒 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの佐々木です。

3月11日にお送りしたご案内について、現時点でご返信を確認できておりません。
3営業日以内にご返信がない場合、本ケースはいったんクローズとさせていただきます。

なお、クローズ後であっても、このメールにご返信いただければケースは再開されます。
調査に必要な情報(受験日、試験名、Pearson VUE 登録番号など)をお送りください。

佐々木
AWS トレーニングと認定 カスタマーサービス""",
  """----- 元のメッセージ -----
送信日時: 2025年3月11日 0:25
件名: RE:[CASE %s] %s - certification

照合のため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。
1. 受験日および開始時刻
2. 受験された試験名(試験コード)
3. Pearson VUE の登録番号(9桁)""" % (B, FS), charset="shift_jis", enc="b64", reply=["ackB", "reqB"],
  note="Japanese closing notice in Shift_JIS (base64); reply keeps the case open.")

M("repB", "user_reply", False, B, ME_C, [FORM],
  "RE: RE:[CASE %s] %s - certification" % (B, FS), "03-15 12:30",
  """佐々木様

ご連絡が遅くなり申し訳ありません。立花です。
会社のアドレスから失礼します。

1. 受験日: 2025年3月8日 13:00 開始
2. 試験名: AWS Certified Data Engineer - Associate (DEA-C01)
3. Pearson VUE 登録番号: 471902286
4. オンライン監督付き受験(自宅)

AWS 候補 ID は AWS03318452 です。
よろしくお願いいたします。

立花 美緒""",
  """2025/03/15 10:05、Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> のメール:
> 立花 美緒 様
> 3月11日にお送りしたご案内について、現時点でご返信を確認できておりません。
> 3営業日以内にご返信がない場合、本ケースはいったんクローズとさせていただきます。""",
  charset="iso-2022-jp", enc="7bit", hcs="iso-2022-jp", reply=["ackB", "reqB", "closeB"],
  note="Owner replies from the company address in ISO-2022-JP; 9-digit registration ID is not a case.")

M("ackB2", "acknowledgement", False, B, FORM, [COMPANY],
  "RE:[CASE %s] %s - certification" % (B, FS), "03-15 12:31",
  """お客様

ケース %s へのご返信を受け付けました。担当者が内容を確認のうえ、改めてご連絡いたします。
このメールへの返信は不要です。

AWS トレーニングと認定""" % B, enc="b64", reply=["ackB", "reqB", "closeB", "repB"],
  note="Automatic receipt of the owner's reply, sent to the company address.")

M("svc1", "unrelated", False, None, CONSOLE, ME_C,
  "Amazon Web Services: Support case 174175502900041 has been resolved", "03-15 17:20",
  """Hello,

We're writing to let you know that your support case 174175502900041 "Service Quotas: increase Elastic IP limit in ap-northeast-1" has been resolved.

The quota increase to 15 Elastic IP addresses has been applied to account 482019375561.

To see the case history or reopen the case, go to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174175502900041

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.""", enc="qp",
  note="Console case on an EC2 quota: same sender/template as a T&C console case but a different AWS service; case null by our call.")

M("ackC", "acknowledgement", False, C, CONSOLE, ME_P,
  "Amazon Web Services: New Support case: %s" % C, "03-16 09:10",
  """Dear Customer,

Thank you for contacting AWS Support. We have opened case %s to address your issue.

Subject: Name on my AWS certificates shows family name first
Severity: General guidance
Service: AWS Training and Certification

A member of the support team will respond to you soon. You can view the case and add correspondence in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.""" % (C, C),
  note="Console acknowledgement (certificate name case); cannot be answered by e-mail.")

M("reqC", "info_request", True, C, CONSOLE, ME_P,
  "RE:[CASE %s] Name on my AWS certificates shows family name first" % C, "03-17 03:44",
  """Hello,

This is Daniel with AWS Training and Certification.

The name on a certificate is taken from the legal name stored on your certification account, and we can only change it to match the identification you present at the exam. What is your legal name exactly as it appears on that ID, in the order you'd like it printed (for example given name, then family name)? Also, which certificates should be reissued - all of them, or only the Solutions Architect - Professional?

Your reply needs to go through the Support Center; e-mail replies are not delivered to us.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Daniel B.
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above.""" % C, enc="qp",
  note="Console request asked as direct questions; must be answered in the Support Center, not by mail.")

M("gha1", "unrelated", False, None, ("GitHub", "notifications@github.com"), ME_C,
  "[kawasemi-tech/platform-infra] Run failed: terraform-plan - main (a41c9e2)", "03-17 10:05",
  """terraform-plan: Some jobs were not successful

  plan (ap-northeast-1)   failed in 1m 12s
  plan (us-east-1)        succeeded

View results: https://github.com/kawasemi-tech/platform-infra/actions/runs/13877120534

You are receiving this because you are subscribed to this thread.""", enc="7bit", charset="us-ascii",
  note="CI failure notification.")

M("updE", "case_update", False, E, FORM, ME_P,
  "RE:[CASE %s] %s - exam-accommodations" % (E, FS), "03-17 22:00",
  """Hi Mio,

Your documentation came through and it's complete. I've passed the request to our accommodations reviewers along with your exam details (SCS-C02, test center in Shinjuku).

Reviews typically take up to 10 business days. I'd suggest not booking a new date until you hear from us, since the accommodation has to be in place before the appointment is made.

Grace
AWS Certification - Exam Accommodations""", reply=["ackE", "reqE", "repE"],
  note="Progress update with advice ('I'd suggest not booking') that is not a request for a reply.")

M("updB", "case_update", False, B, FORM, [COMPANY, PERSONAL],
  "RE:[CASE %s] %s - certification" % (B, FS), "03-18 09:15",
  """立花 美緒 様

ご返信いただき、ありがとうございます。
いただいた情報をもとに、現在、試験配信パートナーに受験記録の確認を依頼しております。

先方からの回答には数営業日かかる見込みです。結果が分かり次第、こちらからご連絡いたします。
現時点でお客様にご対応いただくことはございません。

佐々木
AWS トレーニングと認定 カスタマーサービス""", enc="qp", reply=["ackB", "reqB", "closeB", "repB"],
  note="Japanese 'still investigating with the vendor' update, sent to both addresses, QP.")

M("repC_mail", "user_reply", False, C, ME_P, [CONSOLE],
  "Re: RE:[CASE %s] Name on my AWS certificates shows family name first" % C, "03-18 21:33",
  """Hello Daniel,

My legal name on my passport is Mio TACHIBANA. Please print it as "Mio Tachibana" (given name first). All three certificates, please.

Thanks,
Mio""", "On Mon, Mar 17, 2025 at 12:44 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:\n" + q("""This is Daniel with AWS Training and Certification.
[...] What is your legal name exactly as it appears on that ID [...]"""),
  reply=["ackC", "reqC"], note="Owner mistakenly answers the console case by e-mail to the no-reply address.")

M("bounceC", "unrelated", False, C, ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
  "Delivery Status Notification (Failure)", "03-18 21:34",
  """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail

----- Original message -----
Subject: Re: RE:[CASE %s] Name on my AWS certificates shows family name first
To: no-reply-aws@amazon.com

Hello Daniel,
My legal name on my passport is Mio TACHIBANA. [...]""" % C, auth=None, reply="repC_mail",
  note="Bounce of the owner's e-mail; labelled with the certificate-name case because it belongs to that thread; support is still waiting (see next message).")

M("closeC", "closing_notice", True, C, CONSOLE, ME_P,
  "RE:[CASE %s] Name on my AWS certificates shows family name first" % C, "03-20 04:02",
  """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We haven't received a response on case %s. If we do not hear from you, this case will be resolved automatically in 3 days.</p>
<p>Once a case has been resolved for 14 days it can no longer be reopened, so if you still need the name on your certificates changed, add your reply in the Support Center:</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s</a></p>
<p>Best regards,<br>Amazon Web Services</p>
<hr><p style="font-size:11px;color:#666">Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above.</p>
</body></html>""" % (C, C, C), html_only=True, enc="b64",
  note="Console closing notice, HTML-only base64; the owner's e-mail never arrived so a reply (in the console) is still due.")

M("sbrec", "unrelated", False, None, ("AWS Skill Builder", "no-reply@aws.training"), ME_P,
  "Your AWS Skill Builder receipt (Order 7711-2093-5528)", "03-20 11:20",
  """Thank you for your purchase.

Order number: 7711-2093-5528
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing date: March 20, 2025
Signed in as: mio.tachibana.work@gmail.com (AWS Builder ID)

Your subscription renews automatically every month. Manage it from My Account > Subscriptions.

AWS Training and Certification""", enc="qp",
  note="Skill Builder receipt (other AWS mail), background of the Skill Builder case.")

M("fwdsb", "user_reply", False, None, ME_P, [("経理部", "keiri@kawasemi-tech.co.jp")],
  "Fwd: Your AWS Skill Builder receipt (Order 7711-2093-5528)", "03-20 11:35",
  """経理部 御中

研修費申請用に Skill Builder の領収書を転送します。
立花""",
  """---------- Forwarded message ---------
From: AWS Skill Builder <no-reply@aws.training>
Date: Thu, Mar 20, 2025 at 11:20 AM
Subject: Your AWS Skill Builder receipt (Order 7711-2093-5528)
To: <mio.tachibana.work@gmail.com>

Thank you for your purchase.
Order number: 7711-2093-5528
Item: AWS Skill Builder Individual subscription (monthly)""", enc="b64",
  note="Owner forwards a receipt to accounting: user_reply, no case.")

M("resC", "resolved", False, C, CONSOLE, ME_P,
  "RE:[CASE %s] Name on my AWS certificates shows family name first" % C, "03-21 02:15",
  """Hello,

Thank you for adding your legal name to the case in the Support Center.

I've updated the name on your certification account to "Mio Tachibana". Your three certificates have been regenerated and can be downloaded again from the Certifications page; the validation numbers have not changed. The name on your Credly badges will follow within 48 hours.

I'm marking this case as resolved.

Best regards,
Daniel B.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link below.
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en""" % C,
  html="""<html><body><p>Hello,</p><p>Thank you for adding your legal name to the case in the Support Center.</p>
<p>I've updated the name on your certification account to "Mio Tachibana". Your three certificates have been regenerated; the validation numbers have not changed.</p>
<p>I'm marking this case as resolved.</p><p>Best regards,<br>Daniel B.<br>Amazon Web Services</p>
<p style="font-size:11px">We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.</p></body></html>""",
  note="Console resolution with the rating footer; multipart/alternative.")

M("ackD", "acknowledgement", False, D, FORM, ME_P,
  "[CASE %s] %s - skill-builder" % (D, FS), "03-21 13:47",
  """Hello,

Thanks for contacting AWS Training and Certification. We've opened case %s for your request.

We aim to reply within 24 hours. Please avoid opening a second case for the same question; replying to this email adds to the existing one.

Your request:
Inquiry type: AWS Skill Builder
Additional details: Subscription access
Description: I bought the Individual subscription yesterday (order 7711-2093-5528) but Skill Builder still shows me as a free user and the labs are locked.

AWS Training and Certification""" % D, enc="7bit", charset="us-ascii",
  note="Skill Builder access acknowledgement (11-digit case).")

M("phish2", "suspicious", False, None, FORM, ME_P,
  "RE:[CASE %s] Voucher verification required" % A, "03-21 16:09",
  """Hello Mio,

As a follow-up to your case, the benefits team must verify ownership of the reinstated voucher before it can be used.

Please sign in below within 48 hours using your Builder ID email and password, otherwise the voucher will be cancelled:

https://aws-training-verify.net/benefits/confirm?case=%s

Best regards,
AWS Training and Certification Customer Service""" % A, auth="fail",
  note="Uses the real form address and the real case number, but DKIM/DMARC fail and the link is a lookalike: suspicious, case null.")

M("reqD", "info_request", True, D, FORM, ME_P,
  "RE:[CASE %s] %s - skill-builder" % (D, FS), "03-22 01:30",
  """Hi Mio,

I'm Kwame from the Skill Builder support team.

We need you to send us the email address of the AWS Builder ID you were signed in with at checkout, and a screenshot of the Subscriptions section under My Account. Are you signing in to Skill Builder with the same Builder ID now, or with a different one (for example, one tied to a company address)?

With those I can check whether the subscription landed on another profile.

Kwame
AWS Skill Builder Support""", reply="ackD",
  note="'We need you to' plus a question; no please.")

M("col1r", "unrelated", False, None, ("佐伯 智也", "t.saeki@kawasemi-tech.co.jp"), ME_C,
  "Re: 【社内勉強会】3/14 Well-Architected レビュー会のお知らせ", "03-22 10:00",
  """立花さん

先日は試験の話ありがとうございました！資料を共有フォルダに置いておきます。
次回はセキュリティ専門知識の受験記も楽しみにしています。

佐伯""", charset="iso-2022-jp", enc="7bit", hcs="iso-2022-jp", reply="col1",
  note="Colleague follow-up in Japanese.")

M("repD", "user_reply", False, D, ME_P, [FORM],
  "Re: RE:[CASE %s] %s - skill-builder" % (D, FS), "03-22 13:05",
  """Hi Kwame,

I bought it with the Builder ID on mio.tachibana.work@gmail.com and I sign in with the same one. I also have an older Builder ID on m.tachibana@kawasemi-tech.co.jp, which I used for the company's Skill Builder team plan last year. Screenshot text: "Subscription: none".

Mio""", "-----Original Message-----\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: Saturday, March 22, 2025 1:30 AM\n\n" + """Hi Mio,
I'm Kwame from the Skill Builder support team.
We need you to send us the email address of the AWS Builder ID you were signed in with at checkout [...]""",
  reply=["ackD", "reqD"], note="Top-posted owner reply over Outlook-style history.")

M("resSCS", "certification", False, None, CERTM, ME_P,
  "Your AWS Certification exam results are available", "03-22 19:30",
  """Hello Mio Tachibana,

Thank you for taking the AWS Certified Security - Specialty (SCS-C02) exam on March 20, 2025.

Result: Fail
Scaled score: 728 (passing score: 750)
Candidate ID: AWS03318452

Your score report, including section-level feedback, is available in your AWS Certification Account under Exam History. You may retake the exam after 14 days.

AWS Certification""", enc="qp",
  note="Fail result from CertMetrics (sets up the disputed-result case).")

M("reopA", "user_reply", False, A, ME_P, [FORM],
  "Re: RE:[CASE %s] %s - certification-benefits" % (A, FS), "03-22 21:10",
  """Hi Tomasz,

Sorry to come back to this. The voucher is visible again, but when I tried to book the retake Pearson VUE said "This voucher has already been redeemed". Could you take another look?

Mio""", "On Wed, Mar 12, 2025 at 11:58 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + q("""Good news: the benefits team has released the 50% discount voucher [...]
No further action is required on your side, and I've marked this case as resolved."""),
  reply=["ackA", "reqA", "repA", "updA", "resA"], note="Owner reopens a resolved case by replying to it.")

M("fwdSCS", "user_reply", False, None, ME_P, [("Daniel Ortiz", "d.ortiz@kawasemi-tech.co.jp")],
  "Fwd: Your AWS Certification exam results are available", "03-22 21:25",
  """Dan - 28 points short. The networking section feedback says "needs improvement" which I really doubt; I'm going to ask AWS to re-check it. Will still do the doc review tomorrow.""",
  """---------- Forwarded message ---------
From: AWS Certification <do-not-reply@certmetrics.com>
Date: Sat, Mar 22, 2025 at 7:30 PM
Subject: Your AWS Certification exam results are available

Thank you for taking the AWS Certified Security - Specialty (SCS-C02) exam on March 20, 2025.
Result: Fail
Scaled score: 728 (passing score: 750)
Candidate ID: AWS03318452""", enc="qp",
  note="Owner forward to a colleague; the candidate ID sits only in the forwarded part, so not counted.")

M("ackF", "acknowledgement", False, F, FORM, [COMPANY],
  "[CASE %s] %s - exam-results" % (F, FS), "03-23 10:12",
  """Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s.

Details of your request:
Inquiry type: Certification
Additional details: Exam Results / Exam Review
Candidate ID: %s
Description: I believe my SCS-C02 result (March 20) is wrong. Several questions in the networking domain displayed without their diagrams, and I reported this to the proctor during the exam. I'd like the result reviewed.

Response times are usually within 24 hours. Please do not open a new case for the same issue.

AWS Training and Certification""" % (F, CID_C), enc="b64",
  note="Disputed-result acknowledgement, submitted from the company address with the company candidate ID.")

M("updA2", "case_update", False, A, FORM, ME_P,
  "RE:[CASE %s] %s - certification-benefits" % (A, FS), "03-23 18:40",
  """Hi Mio,

I've reopened your case. The redemption error suggests the voucher was restored on our side but Pearson VUE still has it marked as spent from the March 5 checkout, so I've asked the benefits team to clear it with them.

I'll update you here; you don't need to reply.

Tomasz""", reply=["ackA", "reqA", "repA", "updA", "resA", "reopA"], enc="qp",
  note="Case reopened; news only.")

M("updD", "case_update", False, D, FORM, ME_P,
  "RE:[CASE %s] %s - skill-builder" % (D, FS), "03-24 02:05",
  """Hi Mio,

Thanks, that explains it. Your purchase was recorded against your personal Builder ID, but an old team-plan entitlement on the company profile is taking precedence when the two are matched. I've raised this with the Skill Builder engineering team to correct the entitlement.

I'll be back in touch once they have made the change.

Kwame
AWS Skill Builder Support""", reply=["ackD", "reqD", "repD"],
  note="Escalation to engineering, no ask.")

M("resB", "resolved", False, B, FORM, ME_P,
  "RE:[CASE %s] %s - certification" % (B, FS), "03-24 11:20",
  """立花 美緒 様

大変お待たせいたしました。
試験配信パートナーとの照合が完了し、2025年3月8日に受験された AWS Certified Data Engineer - Associate の結果(合格)を、お客様の認定アカウントの試験履歴に反映いたしました。認定証も「認定」ページからダウンロードいただけます。

デジタルバッジは、Credly より数日以内にメールでお届けします。
本件はこれにて解決とさせていただきます。その他ご不明な点がございましたら、お気軽にこのメールへご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサービス""",
  """> 照合のため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。
> 1. 受験日および開始時刻
> 2. 受験された試験名(試験コード)
> 3. Pearson VUE の登録番号(9桁)
> 4. テストセンターでの受験か、オンライン監督付き受験か""",
  charset="iso-2022-jp", enc="7bit", hcs="iso-2022-jp", reply=["ackB", "reqB", "closeB", "repB", "updB"],
  note="Japanese resolution with a conditional invitation (〜がございましたら) and the old keigo request quoted.")

M("badgeB", "badge", False, None, CREDLY, ME_P,
  "Congratulations, Mio! Claim your AWS Certified Data Engineer - Associate badge", "03-24 20:02",
  """Hi Mio,

Amazon Web Services Training and Certification issued you the badge "AWS Certified Data Engineer - Associate".

Accept your badge: https://www.credly.com/badges/9e1f04c2-3b7a-4c55-8d20-61fa2b9c7e08/accept

Credly""",
  html="""<html><body><p>Hi Mio,</p><p><b>Amazon Web Services Training and Certification</b> issued you the badge <b>AWS Certified Data Engineer - Associate</b>.</p><p><a href="https://www.credly.com/badges/9e1f04c2-3b7a-4c55-8d20-61fa2b9c7e08/accept">Accept your badge</a></p></body></html>""",
  tz=-4, note="Credly badge after the missing result was fixed.")

M("survB", "survey", False, B, ("AWS カスタマーサービス", "aws-cs-survey@amazon.com"), ME_P,
  "ケース %s に関するアンケートのお願い" % B, "03-25 06:00",
  """<html><body><p>お客様</p><p>先日は AWS トレーニングと認定(ケース %s)をご利用いただき、ありがとうございました。</p>
<p>今後のサービス向上のため、1分ほどのアンケートにご協力ください。</p>
<p><a href="https://survey.aws.example.amazon.com/s?c=%s&amp;lang=ja">アンケートに回答する</a></p>
<p style="font-size:11px">本メールは送信専用です。</p></body></html>""" % (B, B), html_only=True, enc="b64",
  note="Japanese survey, HTML-only base64.")

M("mkt2", "unrelated", False, None, ("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME_P,
  "New on AWS Skill Builder: 12 hands-on labs for security specialists", "03-25 16:00",
  """<html><body><h2>Sharpen your security skills</h2>
<p>Twelve new hands-on labs are live on AWS Skill Builder, covering IAM Access Analyzer, GuardDuty Extended Threat Detection and more.</p>
<p>Labs are included with an Individual or Team subscription.</p>
<p><a href="https://skillbuilder.aws/">Start learning</a></p>
<p style="font-size:10px">Amazon Web Services, Inc. 410 Terry Ave N, Seattle. Unsubscribe.</p></body></html>""",
  html_only=True, enc="qp", note="Skill Builder marketing while a Skill Builder case is open.")

M("updF", "case_update", False, F, FORM, [COMPANY],
  "RE:[CASE %s] %s - exam-results" % (F, FS), "03-25 23:30",
  """Hello Mio,

Thank you for the detailed description. I've confirmed that a proctor incident report was filed during your March 20 appointment, and I have forwarded your request to our exam integrity and psychometrics team for a formal review.

These reviews look at the delivery logs and at how the affected items performed, and they typically take four to six weeks. There is nothing you need to send at this stage.

Kind regards,
Aiko
AWS Training and Certification""", reply="ackF", enc="qp",
  note="Disputed result passed to another team.")

M("holdE", "on_hold", False, E, FORM, ME_P,
  "RE:[CASE %s] %s - exam-accommodations" % (E, FS), "03-26 19:00",
  """Hi Mio,

A quick status note. The reviewers have completed their part, but the accommodation now has to be set up by Pearson VUE before it appears in your scheduling options. Until they confirm, your case is on hold and I can't give you a final answer.

This usually takes about a week. We'll contact you as soon as Pearson VUE has finished.

Grace
AWS Certification - Exam Accommodations""", reply=["ackE", "reqE", "repE", "updE"],
  note="Paused on the exam vendor, no question inside: on_hold, no reply needed.")

M("ackG", "acknowledgement", False, G, FORM, ME_P,
  "[CASE %s] %s - account-assistance" % (G, FS), "03-27 08:50",
  """Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s to address your request.

The details of your case are as follows:
Inquiry type: Certification
Additional details: Account Merge
Use case: I am leaving Kawasemi Technologies at the end of March and want to keep my certifications on my personal account.
All email addresses used: %s, %s
Email address to keep: %s
Candidate IDs: %s, %s

We normally respond within 24 hours. Please do not open additional cases for the same request.

AWS Training and Certification""" % (G, COMPANY, PERSONAL, PERSONAL, CID_C, CID_P), crlf=True,
  note="Account-merge acknowledgement with both candidate IDs; CRLF.")

M("apn1", "unrelated", False, None, ("AWS Partner Network", "aws-partner-network@amazon.com"), ME_C,
  "Kawasemi Technologies: your monthly certification summary", "03-27 09:30",
  """Hello Kawasemi Technologies alliance team,

Here is your organization's certification summary for March 2025:

Certified individuals: 41 (+2)
Professional / Specialty certifications: 17
Certifications expiring in the next 90 days: 3

Partners can view individual details in AWS Partner Central > Certifications.

AWS Partner Network""", enc="qp",
  note="APN Partner Central mail (another AWS program) arriving just before the partner hold.")

M("holdG", "on_hold", True, G, FORM, ME_P,
  "RE:[CASE %s] %s - account-assistance" % (G, FS), "03-27 15:20",
  """Hello Mio,

I'm Sophie and I'm working on your merge request.

While reviewing the two profiles I found that the certification account on m.tachibana@kawasemi-tech.co.jp is associated with an AWS Partner Network organization (Kawasemi Technologies). Accounts linked to a partner cannot be merged while the association is active, so I've placed the merge on hold and asked the partner's administrator to release it. I'll resume as soon as they do.

In the meantime, I'd like to know whether you are leaving Kawasemi Technologies, and if so, what your last working day will be. That lets me tell the partner team why the release is needed.

Regards,
Sophie
AWS Training and Certification""", reply="ackG",
  note="Partner hold (on_hold) with a question buried inside: needs_reply true.")

M("repG1", "user_reply", False, G, ME_P, [FORM],
  "Re: RE:[CASE %s] %s - account-assistance" % (G, FS), "03-27 19:02",
  """Hi Sophie,

Yes, I'm leaving Kawasemi Technologies. My last working day is March 31, after which the company mailbox will be closed. Please go ahead with the merge into my personal account as soon as the partner releases it.

Thank you,
Mio""", "On Thu, Mar 27, 2025 at 3:20 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + q("""Hello Mio,
I'm Sophie and I'm working on your merge request.
[...] I'd like to know whether you are leaving Kawasemi Technologies, and if so, what your last working day will be."""),
  reply=["ackG", "holdG"], note="Owner answers the hold's question.")

M("reqD2", "info_request", True, D, FORM, ME_P,
  "RE:[CASE %s] %s - skill-builder" % (D, FS), "03-28 01:10",
  """Hi Mio,

Engineering has corrected the entitlement on your profile. To pick up the change, sign out of Skill Builder and of your Builder ID, clear cookies for skillbuilder.aws, then sign back in with mio.tachibana.work@gmail.com.

Once you've done that, let me know two things: does My Account now list the Individual subscription, and do the labs start?

Kwame
AWS Skill Builder Support""", reply=["ackD", "reqD", "repD", "updD"],
  note="A fix plus a check the owner must report back.")

M("oof1", "unrelated", False, None, ("Daniel Ortiz", "d.ortiz@kawasemi-tech.co.jp"), ME_C,
  "自動応答: Re: landing-zone design doc comments", "03-28 09:00",
  """I'm out of the office until April 7 with limited access to email. For urgent infrastructure issues, contact t.saeki@kawasemi-tech.co.jp.

4月7日まで不在にしております。お急ぎの場合は佐伯までご連絡ください。""", enc="b64",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  note="Out-of-office reply from a colleague.")

M("updG", "case_update", False, G, FORM, ME_P,
  "RE:[CASE %s] %s - account-assistance" % (G, FS), "03-28 17:45",
  """Hello Mio,

Thanks for confirming your departure date. The partner administrator has released the association on the company certification account, so the hold has been lifted. I'm now preparing the merge and will send you the account details to check shortly.

Sophie""", reply=["ackG", "holdG", "repG1"],
  note="Hold lifted; a later check is announced but nothing asked yet.")

M("confG", "confirmation_request", True, G, FORM, ME_P,
  "RE:[CASE %s] %s - account-assistance" % (G, FS), "03-29 02:30",
  """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello Mio,</p>
<p>I found the following certification accounts for you:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS03318452</td><td>AWS01977260</td></tr>
<tr><td>Login email</td><td>mio.tachibana.work@gmail.com</td><td>m.tachibana@kawasemi-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>mio.tachibana.work@gmail.com</td><td>m.tachibana@kawasemi-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>mio.tachibana.work@gmail.com</td><td>m.tachibana@kawasemi-tech.co.jp</td></tr>
</table>
<p>Everything from the account that is not kept (exam history, certifications, benefits) will be moved into the one you keep, and the other will be retired. Reply with the number of the account you want to keep, and I'll go ahead.</p>
<p>Regards,<br>Sophie<br>AWS Training and Certification</p>
</body></html>""", html_only=True, enc="qp", reply=["ackG", "holdG", "repG1", "updG"],
  note="HTML-only Account #1/#2 table with candidate IDs; asks which account to keep.")

M("repG2", "user_reply", False, G, ME_P, [FORM],
  "Re: RE:[CASE %s] %s - account-assistance" % (G, FS), "03-29 08:15",
  """Confirmed. Please keep Account #1 (mio.tachibana.work@gmail.com, AWS03318452) and merge Account #2 into it.

Mio""", "On Sat, Mar 29, 2025 at 2:30 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + q("""Hello Mio,
I found the following certification accounts for you:
Account #1 AWS03318452 mio.tachibana.work@gmail.com
Account #2 AWS01977260 m.tachibana@kawasemi-tech.co.jp
Reply with the number of the account you want to keep, and I'll go ahead."""),
  reply=["ackG", "holdG", "repG1", "updG", "confG"], note="Owner confirms; one candidate ID in new text.")

M("resA2", "resolved", False, A, FORM, ME_P,
  "RE:[CASE %s] %s - certification-benefits" % (A, FS), "03-29 12:00",
  """Hi Mio,

Pearson VUE has cleared the old redemption, and the benefits team issued you a fresh 50% voucher to be safe. The new code is on your Benefits page and expires on March 3, 2026. I tested it against a dummy checkout and it applies correctly.

This case is resolved again. Good luck with the retake!

Tomasz
AWS Training and Certification Customer Service""", reply=["ackA", "reqA", "repA", "updA", "resA", "reopA", "updA2"],
  enc="qp", note="Second resolution after the reopen.")

M("closeD", "closing_notice", True, D, FORM, ME_P,
  "RE:[CASE %s] %s - skill-builder" % (D, FS), "03-30 03:00",
  """Hi Mio,

Just checking in on case %s: I haven't heard whether the subscription and labs work now that the entitlement was corrected.

If there is no reply within 72 hours I'll close the case on the assumption that everything is working. Replying after that will reopen it.

Kwame
AWS Skill Builder Support""" % D, "> Once you've done that, let me know two things: does My Account now list the Individual\n> subscription, and do the labs start?",
  reply=["ackD", "reqD", "repD", "updD", "reqD2"], note="Closing notice for lack of reply.")

M("resG", "resolved", False, G, FORM, ME_P,
  "RE:[CASE %s] %s - account-assistance" % (G, FS), "03-30 09:40",
  """Hello Mio,

I have combined both certification accounts into Account #1. Your exam history, certifications and benefits from the company account are now on mio.tachibana.work@gmail.com, and Account #2 has been retired. Your Credly badges will be re-issued to the personal address within a day or two.

This completes your request.

Regards,
Sophie
AWS Training and Certification""",
  """From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Saturday, March 29, 2025 2:30 AM
Subject: RE:[CASE %s] %s - account-assistance

Hello Mio,
I found the following certification accounts for you:
Account #1  Candidate ID AWS03318452  Login email mio.tachibana.work@gmail.com
Account #2  Candidate ID AWS01977260  Login email m.tachibana@kawasemi-tech.co.jp
Reply with the number of the account you want to keep, and I'll go ahead.""" % (G, FS),
  reply=["ackG", "holdG", "repG1", "updG", "confG", "repG2"], crlf=True,
  note="Merge done; the confirmation request is quoted below, and its candidate IDs are not counted.")

M("badgeG", "badge", False, None, CREDLY, ME_P,
  "Your badges from Amazon Web Services Training and Certification have been updated", "03-30 20:15",
  """<html><body><p>Hi Mio,</p>
<p>Four badges issued by <b>Amazon Web Services Training and Certification</b> are now associated with mio.tachibana.work@gmail.com:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Professional</li><li>AWS Certified Data Engineer &ndash; Associate</li>
<li>AWS Certified Developer &ndash; Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/users/mio-tachibana/badges">View your badges</a></p></body></html>""",
  html_only=True, tz=-4, note="Credly after the merge.")

M("reqF", "info_request", True, F, FORM, [COMPANY],
  "RE:[CASE %s] %s - exam-results" % (F, FS), "03-30 23:50",
  """Hello Mio,

While preparing the review file I noticed that candidate ID AWS01977260, given on your request, was merged into AWS03318452 on March 30, and the address you wrote from (m.tachibana@kawasemi-tech.co.jp) is no longer on the certification account.

For privacy reasons we can only discuss exam results with the email address registered to the account. Please reply to this message from mio.tachibana.work@gmail.com so that we can continue the review.

Kind regards,
Aiko
AWS Training and Certification""", reply=["ackF", "updF"], enc="b64",
  note="Asks the owner to write from the other (personal) address; arrives at the company mailbox; two candidate IDs.")

M("repF", "user_reply", False, F, ME_P, [FORM],
  "Re: RE:[CASE %s] %s - exam-results" % (F, FS), "03-31 07:40",
  """Hello Aiko,

Writing from my personal address as requested. I confirm the SCS-C02 result review request from case %s is mine (candidate ID AWS03318452 after the merge). Today is my last day at Kawasemi, so the work address will stop working tonight.

Best regards,
Mio Tachibana""" % F, "",
  reply=["ackF", "updF", "reqF"], note="Reply from the personal address; the forwarded/quoted request is not included.")

M("fwdG", "user_reply", False, G, ME_C, [("人事部 小野", "ono@kawasemi-tech.co.jp")],
  "FW: RE:[CASE %s] %s - account-assistance" % (G, FS), "03-31 10:20",
  """小野さん

退職手続きの件で、AWS 認定のアカウントを個人用に統合した旨、念のため共有します。
パートナー側の登録も解除済みです。

立花""", """________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年3月30日 0:40
件名: RE:[CASE %s] %s - account-assistance

I have combined both certification accounts into Account #1. [...] This completes your request.""" % (G, FS),
  charset="iso-2022-jp", enc="7bit", hcs="iso-2022-jp",
  note="Owner's Outlook forward to HR on the last working day; labelled with the merge case because it forwards that case's mail.")

M("survG", "survey", False, G, ("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_P,
  "Tell us about your recent AWS Training and Certification case", "03-31 18:00",
  """Hello,

Your case %s was recently resolved. We'd appreciate two minutes of your time to tell us how it went.

Start the survey: https://survey.aws.example.amazon.com/s?c=%s

Please do not reply to this message; replies are not monitored.""" % (G, G), enc="7bit", charset="us-ascii",
  note="Survey; 'do not reply'.")

M("repD2", "user_reply", False, D, ME_P, [FORM],
  "Re: RE:[CASE %s] %s - skill-builder" % (D, FS), "04-01 09:05",
  """Hi Kwame, sorry for the silence - I was moving house. I signed out, cleared cookies and signed back in: My Account shows "Individual subscription (active)" and the labs start fine. Thanks a lot!

Mio""", "On Sun, Mar 30, 2025 at 3:00 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + q("""If there is no reply within 72 hours I'll close the case on the assumption that everything is working."""),
  reply=["ackD", "reqD", "repD", "updD", "reqD2", "closeD"], note="Owner answers the closing notice.")

M("educ1", "unrelated", False, None, ("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME_P,
  "RE:[CASE 174348120700219] [AWS Educate Form Submission] - account-access", "04-01 14:30",
  """Hello,

Thank you for writing to AWS Educate. Could you confirm the name of the institution you are affiliated with, and the email address you used when you first registered for AWS Educate? Once we have this, we can restore access to your account.

AWS Educate Support""", enc="qp",
  note="Another AWS program's form case asking a question: not a T&C case, so unrelated, no reply flag, case null.")

M("resD", "resolved", False, D, FORM, ME_P,
  "RE:[CASE %s] %s - skill-builder" % (D, FS), "04-01 23:10",
  """Hi Mio,

Great to hear everything works. I'm closing case %s as resolved.

If the subscription misbehaves again within the next 14 days, simply reply to this email and the case will reopen; otherwise there's nothing more to do.

Kwame
AWS Skill Builder Support""" % D, reply=["ackD", "reqD", "repD", "updD", "reqD2", "closeD", "repD2"],
  note="Resolution with a conditional reopen offer; not a request.")

M("pv2", "unrelated", False, None, ("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), ME_P,
  "Your accommodation has been applied - AWS Certification", "04-03 05:15",
  """Dear Mio Tachibana,

Pearson VUE has recorded an approved testing accommodation on your AWS Certification profile:
- Additional time: +50%%
- Separate testing room

You may now schedule your exam. Accommodations apply only at test centers.

Pearson VUE Accommodations Team""".replace("%%", "%"), tz=-5, enc="qp",
  note="Exam vendor mail about the accommodation: unrelated (not support), even though it concerns the accommodations case.")

M("resE", "resolved", False, E, FORM, ME_P,
  "RE:[CASE %s] %s - exam-accommodations" % (E, FS), "04-03 16:30",
  """Hi Mio,

Your accommodation is approved and in place: 50% additional time and a separate room, valid for two years at Pearson VUE test centers. When you schedule SCS-C02 from your certification account, choose the test center option and the accommodation will be applied automatically.

That wraps up this request. If you'd like adjustments for a different exam later on, you're welcome to contact us again.

Grace
AWS Certification - Exam Accommodations""", reply=["ackE", "reqE", "repE", "updE", "holdE"],
  note="Approval completes the accommodations case; invitation to contact again is conditional.")

M("cmhear", "certification", False, None, CERTM, ME_P,
  "AWS Certification wants to hear from you", "04-04 18:00",
  """Hello Mio,

As an AWS Certified individual, your perspective helps shape future exams. We're looking for volunteers to review draft exam items for the Security - Specialty and Data Engineer - Associate exams.

Interested? Sign in to your AWS Certification Account and open Benefits > Subject Matter Expert program.

AWS Certification
This is an automated message. Please do not reply.""", enc="qp",
  note="CertMetrics program invitation; looks like a feedback request but is not about a support case.")

M("phish3", "suspicious", False, None, ("Credly Badge Services", "notice@credly-badge-center.com"), ME_P,
  "Your AWS badge has been suspended - identity check needed", "04-05 02:45",
  """<html><body><p>Hello Mio,</p>
<p>Due to a recent account merge, your <b>AWS Certified Solutions Architect &ndash; Professional</b> badge has been temporarily suspended.</p>
<p>To restore it, confirm your identity and payment details within 72 hours:</p>
<p><a href="https://credly-badge-center.com/restore?id=5c0e9a2e">Restore my badge</a></p>
<p>Credly Trust &amp; Safety</p></body></html>""", html_only=True,
  note="Credly lookalike domain referencing the merge.")

M("resF", "resolved", False, F, FORM, ME_P,
  "RE:[CASE %s] %s - exam-results" % (F, FS), "04-18 03:30",
  """Hello Mio,

The exam integrity and psychometrics team has completed its review of your SCS-C02 exam of March 20.

They confirmed the display problem you reported: three items in the networking domain rendered without their exhibits. Those items have been removed from scoring and your exam was re-scored on the remaining items. The re-scored result is still below the passing standard, so the original outcome (Fail) stands. Your score report has been updated to show the re-scored value of 736.

Because of the incident, we have added a free retake voucher to your Benefits page, valid for six months.

This concludes the review and the case is now closed.

Kind regards,
Aiko
AWS Training and Certification""", reply=["ackF", "updF", "reqF", "repF"], enc="qp", crlf=True,
  note="Dispute concluded against the owner but the request is done: resolved.")

M("repF2", "user_reply", False, F, ME_P, [FORM],
  "Re: RE:[CASE %s] %s - exam-results" % (F, FS), "04-18 08:10",
  """Hi Aiko,

Disappointing, but thank you for the thorough review and for the retake voucher. No further questions.

Mio""", "On Fri, Apr 18, 2025 at 3:30 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + q("""The exam integrity and psychometrics team has completed its review [...]
This concludes the review and the case is now closed."""),
  reply=["ackF", "updF", "reqF", "repF", "resF"], note="Owner's closing thanks.")

M("survF", "survey", False, F, ("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_P,
  "We'd like your feedback on case %s" % F, "04-19 06:00",
  """<html><body><p>Hello,</p><p>How satisfied were you with the way your AWS Training and Certification case (%s) was handled?</p>
<p><a href="https://survey.aws.example.amazon.com/s?c=%s&amp;r=5">5</a> &middot; <a href="https://survey.aws.example.amazon.com/s?c=%s&amp;r=4">4</a> &middot; <a href="https://survey.aws.example.amazon.com/s?c=%s&amp;r=3">3</a> &middot; <a href="https://survey.aws.example.amazon.com/s?c=%s&amp;r=2">2</a> &middot; <a href="https://survey.aws.example.amazon.com/s?c=%s&amp;r=1">1</a></p>
<p>If you have anything else to tell us, you can add a comment on the survey page.</p></body></html>""" % ((F,) * 6),
  html=None, html_only=True, enc="b64", note="Survey with a comment invitation.")

M("bill2", "unrelated", False, None, CONSOLE, ME_P,
  "AWS Notification - Trusted Advisor weekly summary [AWS ID 903311847265]", "04-19 09:00",
  """Hello,

Your weekly Trusted Advisor summary for account 903311847265 is ready.

Action recommended: 1   Investigation recommended: 3   Checks with no problems: 42

Sign in to the AWS Management Console to review the recommendations.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.""", enc="qp",
  note="Other AWS notification with the console sender's 'cannot accept incoming e-mails' footer.")


def main():
    for i, m in enumerate(MSGS, 1):
        NUM[m["key"]] = i
    for f in os.listdir(OUT):
        if re.match(r"\d{3}-msg\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    rows = []
    counts = Counter()
    for i, m in enumerate(MSGS, 1):
        raw, label = build(i, m)
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] += 1
        NUM[m["key"]] = i
        rows.append("| %03d | %s | %s | %s | %s |" % (i, m["kind"], "yes" if m["nr"] else "no",
                                                 m["case"] or "-", m["note"].replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        head = re.sub(r"§(\w+)", lambda mm: "%03d" % NUM[mm.group(1)], README_HEAD)
        fh.write(head + "\n".join(rows) + "\n")
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", sum(counts.values())))

README_HEAD = """me: mio.tachibana.work@gmail.com m.tachibana@kawasemi-tech.co.jp

# Blind corpus blind-183

One mailbox owner, Mio Tachibana. The personal Gmail address and the company address (Kawasemi Technologies, an
AWS Partner Network member, last working day 31 March 2025) both deliver into this set. Mail runs from 3 March to
19 April 2025 in arrival order. Regenerate with `python3 gen.py`; it also rewrites this README.

## Cases
| case | channel | topic | path |
|---|---|---|---|
| 174129836500417 (15 digits) | T&C form, English | 50% exam voucher vanished | ack, request, owner reply, handed to benefits team, resolved, survey, reopened by the owner, update, resolved again |
| 174130211900233 (15 digits) | T&C form, English | duplicate of the voucher case | ack, closed as duplicate and linked |
| 14582630971 (11 digits) | T&C form, Japanese | exam result missing from the record | ack, keigo request, closing notice, owner reply from the company address, receipt, update, resolved, survey |
| 174183904100652 (15 digits) | Support Center console | name printed on the certificate | ack, request (answer in console), owner's e-mail reply bounces, closing notice, resolved with rating footer |
| 13957720468 (11 digits) | T&C form, English | Skill Builder subscription not applied | ack, request, reply, escalated, check-and-report request, closing notice, reply, resolved |
| 9154207733 (10 digits) | T&C form, English | exam accommodations | ack, long request, reply, update, on hold on Pearson VUE, resolved |
| 174240117300981 (15 digits) | T&C form, English | disputed exam result | ack (from company address), sent to psychometrics, request to write from the personal address, reply, resolved (result upheld), thanks, survey |
| 174260882900374 (15 digits) | T&C form, English | account merge | ack, APN partner hold with a buried question, reply, hold lifted, Account #1/#2 confirmation (HTML table), confirmation, merged, Credly, forward to HR, survey |

Candidate IDs: AWS03318452 (personal account, kept) and AWS01977260 (company account, merged away).

## Labelling decisions
- `candidate_ids` holds IDs in the message's own text only. Form contents echoed by an acknowledgement and the
  rows of a confirmation table count as own text; IDs in quoted history, under `-----Original Message-----`,
  Outlook headers or forwarded blocks do not (e.g. §updA, §fwdSCS, §resG).
- The partner hold (§holdG) is `on_hold` but `needs_reply: true` because it asks, mid-paragraph, whether and when the
  owner is leaving. The accommodations hold (§holdE) asks nothing and is `needs_reply: false`.
- The console request and closing notice (§reqC, §closeC) need a reply even though e-mail cannot carry it: the answer
  goes into the Support Center. The owner's e-mail attempt (§repC_mail) is a `user_reply`; its bounce (§bounceC) is
  `unrelated` but keeps case 174183904100652 because it belongs to that thread; support is still waiting after it.
- The duplicate-case notice (§dupA2) carries the duplicate's own number, the one on its thread, though the text
  also names the original case.
- The spoofed mail on the real form address with a real case number in its subject (§phish2) is `suspicious` with
  `case: null`: it is not part of the case. All phishing is `needs_reply: false` even when it asks for a reply.
- Mail about other AWS support channels (EC2 quota console case §svc1, AWS Educate form case §educ1) is `unrelated`
  with `case: null` and no reply flag: they are not Training and Certification cases, even though the sender and
  subject shapes are identical and §educ1 asks a question.
- The disputed result (§resF) is `resolved` although the outcome went against the owner: the review was done and
  the case closed. Resolutions ending in "reply to reopen" or "contact us again" remain `resolved`/false.
- The owner's forwards (§fwdsb receipt to accounting, §fwdSCS exam result to a colleague, §fwdG merge result to HR) are
  `user_reply`; only the one that forwards a case mail carries that case number.
- Pearson VUE's note that the accommodation is in place (§pv2) is exam-vendor mail, so `unrelated`, not a resolution.
- "AWS Certification wants to hear from you" (§cmhear) is a CertMetrics program invitation, `certification`, not a
  support survey.
- Automatic receipt of the owner's reply (§ackB2, "このメールへの返信は不要です") is an `acknowledgement`.

## Messages
| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


if __name__ == "__main__":
    main()
