#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-msg.eml / NNN-msg.json beside this script.
One mailbox owner: rin.takamatsu@gmail.com (personal) and r-takamatsu@kaiun-data.co.jp (old company).
"""
import base64
import hashlib
import json
import os
import quopri
import re
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "rin.takamatsu@gmail.com"
ME_C = "r-takamatsu@kaiun-data.co.jp"
ME_NAME = "Rin Takamatsu"
ME_JP = "高松 凛"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

A = "174160823500871"   # main merge case (15 digits)
B = "174160902211654"   # duplicate form submission (15 digits)
C = "14392077815"       # console case (11 digits)
D = "8820417365"        # Japanese-language case from the company address (10 digits)
E = "174370120034415"   # later case: name on certificate (15 digits)

OLD = "AWS03318852"   # company certification account
NEW = "AWS11902734"   # personal certification account
SSO = "AWS20077461"   # account accidentally created via Partner Central SSO
ACCT = "385920174466"  # 12-digit AWS account id (not a case)
REG = "482913057"      # Pearson VUE registration id (not a case)

SUBJ_A = f"[CASE {A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_B = f"[CASE {B}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_D = f"[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_E = f"[CASE {E}] [AWS Training and Certification Form Submission] - certification"
SUBJ_C = "Skill Builder Team subscription still charged after certification account merge"

PYCS = {"utf-8": "utf-8", "iso-2022-jp": "iso-2022-jp", "shift_jis": "cp932"}


# ----------------------------------------------------------------- helpers
def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def leaf(text, sub="plain", cs="utf-8", cte="8bit"):
    raw = text.encode(PYCS[cs])
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    cs_label = {"shift_jis": "Shift_JIS", "iso-2022-jp": "ISO-2022-JP", "utf-8": "UTF-8"}[cs]
    heads = [("Content-Type", f'text/{sub}; charset="{cs_label}"'),
             ("Content-Transfer-Encoding", cte)]
    return heads, body


def multi(subtype, parts, boundary, extra=""):
    heads = [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{extra}')]
    body = b"This is a multi-part message in MIME format.\n\n"
    for h, b in parts:
        body += b"--" + boundary.encode() + b"\n"
        body += b"".join(f"{k}: {v}\n".encode() for k, v in h)
        body += b"\n" + b
        if not b.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return heads, body


def html2text(h):
    t = re.sub(r"(?is)<(style|head).*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|tr|h\d|li|table)>", "\n", t)
    t = re.sub(r"(?i)</td>", "  ", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = t.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    t = re.sub(r"[ \t]+\n", "\n", t)
    t = re.sub(r"\n{3,}", "\n\n", t)
    return t.strip() + "\n"


def alt(html, cs="utf-8", cte="quoted-printable", boundary=None, text=None):
    boundary = boundary or "----=_Part_" + hashlib.md5(html.encode()).hexdigest()[:16]
    return multi("alternative", [leaf(text or html2text(html), "plain", cs, cte),
                                 leaf(html, "html", cs, cte)], boundary)


def gq(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


def mid(n, dom="email.amazonses.com"):
    h = hashlib.sha1(f"blind95-{n}-{dom}".encode()).hexdigest()
    if dom == "email.amazonses.com":
        return f"<0100019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:37]}-000000@email.amazonses.com>"
    return f"<{h[:20]}.{h[20:30]}@{dom}>"


def auth_gmail(dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None):
    mailfrom = mailfrom or f"bounces@{dom}"
    return (f"mx.google.com;\n       dkim={dkim} header.i=@{dom} header.s=sel1 header.b=Zq4XkP2v;\n"
            f"       spf={spf} (google.com: domain of {mailfrom} designates 54.240.27.18 as permitted sender) smtp.mailfrom={mailfrom};\n"
            f"       dmarc={dmarc} (p=QUARANTINE sp=QUARANTINE dis={'NONE' if dmarc == 'pass' else 'QUARANTINE'}) header.from={dom}")


def auth_m365(dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None):
    mailfrom = mailfrom or f"amazonses.com"
    return (f"spf={spf} (sender IP is 54.240.8.93)\n smtp.mailfrom={mailfrom}; dkim={dkim} (signature was verified)\n"
            f" header.d={dom};dmarc={dmarc} action=none header.from={dom};compauth={'pass' if dmarc == 'pass' else 'fail'} reason=100")


MSGS = []


def M(kind, needs, case, cands, frm, to, subj, date, body, note, *, key=None, irt=None, refs=None,
      auth=None, cc=None, extra=(), crlf=False, subj_cs="utf-8", msgid=None, frm_cs="utf-8"):
    n = len(MSGS) + 1
    msgid = msgid or mid(n, "email.amazonses.com" if frm[1].endswith("amazon.com") else frm[1].split("@")[1])
    heads = []
    if auth:
        heads.append(("Authentication-Results", auth))
    heads += [("From", addr(frm[0], frm[1], frm_cs)),
              ("To", ", ".join(addr(x[0], x[1]) if isinstance(x, tuple) else x for x in (to if isinstance(to, list) else [to])))]
    if cc:
        heads.append(("Cc", cc))
    heads += [("Subject", hdr(subj, subj_cs)), ("Date", date), ("Message-ID", msgid)]
    if irt:
        heads.append(("In-Reply-To", irt))
    if refs:
        heads.append(("References", " ".join(refs) if isinstance(refs, list) else refs))
    heads += list(extra)
    heads.append(("MIME-Version", "1.0"))
    bh, bb = body
    raw = b"".join(f"{k}: {v}\n".encode("ascii") for k, v in heads + bh) + b"\n" + bb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(n=n, kind=kind, needs=needs, case=case, cands=cands, raw=raw, note=note,
                     subj=subj, msgid=msgid))
    if key:
        IDS[key] = msgid
    return msgid


IDS = {}

# =================================================================== messages
# 001 company IT notice (JP, ISO-2022-JP) -- unrelated, conditional reply invitation
M("unrelated", False, None, [],
  ("情報システム部", "it-helpdesk@kaiun-data.co.jp"), ME_C,
  "【情報システム部】退職に伴うアカウント停止のお知らせ",
  "Fri, 07 Mar 2025 17:32:10 +0900",
  leaf("""高松 凛 様

情報システム部です。
3月31日付のご退職に伴い、以下のとおり社内アカウントを停止いたします。

・メールボックス（r-takamatsu@kaiun-data.co.jp）：3月31日 18:00 に受信停止
・VPN / SSO：3月31日 23:59 に無効化
・貸与PC：最終出社日に総務へ返却してください

外部サービスに会社アドレスで登録しているものがあれば、停止日までに
ご自身で個人アドレスへの切り替えをお願いします（資格・学習サイト等）。

ご不明点がございましたら、本メールへの返信でお問い合わせください。

----
海運データシステムズ株式会社 情報システム部
内線 2210
""", cs="iso-2022-jp", cte="7bit"),
  "Company IT notice in Japanese (ISO-2022-JP) telling owner to move external services; conditional 'reply if unclear' – not support.",
  auth=None, subj_cs="iso-2022-jp", frm_cs="iso-2022-jp", crlf=True)

# 002 Builder ID code
M("unrelated", False, None, [],
  ("AWS Builder ID", "no-reply@signin.aws"), ME_P,
  "Verify your AWS Builder ID email address",
  "Mon, 10 Mar 2025 11:49:37 +0000",
  alt("""<html><body><p>Hello,</p>
<p>To finish creating your AWS Builder ID, enter the following verification code:</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:4px">418207</p>
<p>This code expires in 30 minutes. If you didn't try to create an AWS Builder ID, you can ignore this message.</p>
<p>Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p></body></html>"""),
  "Builder ID one-time code (6 digits) – a number that is not a case id.",
  auth=auth_gmail("signin.aws"))

# 003 aws.training welcome
M("unrelated", False, None, [],
  ("AWS Training and Certification", "no-reply@aws.training"), ME_P,
  "Welcome to AWS Training and Certification",
  "Mon, 10 Mar 2025 11:56:02 +0000",
  alt("""<html><body><h2>Welcome, Rin!</h2>
<p>Your AWS Training and Certification profile is ready. Finish your profile to get course recommendations.</p>
<p><a href="https://www.aws.training/Account/Profile">Complete my profile</a></p>
<p>Need help? Visit our FAQ or contact us.</p></body></html>"""),
  "Training platform welcome mail with an action button; no case.",
  auth=auth_gmail("aws.training"))

# 004 ACK A (EN, multipart/alternative QP)
ack_a_html = f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Thank you for reaching out to AWS Training and Certification. Your request has been logged as case <b>{A}</b>.</p>
<p>A member of our team normally replies within one business day. Opening another case for the same question will not speed things up, so please keep all correspondence on this one.</p>
<p>Here is a copy of what you submitted:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Additional details</td><td>Account Merge</td></tr>
<tr><td>Contact email</td><td>{ME_P}</td></tr>
<tr><td>Description</td><td>I'm leaving Kaiun Data Systems at the end of March and want my certification history moved to my personal account.<br>
Old account: {ME_C} (candidate ID {OLD})<br>
New account to keep: {ME_P} (candidate ID {NEW})</td></tr>
</table>
<p>If you have anything to add, simply reply to this email and keep the case number in the subject line.</p>
<p>Best regards,<br>AWS Training and Certification</p>
</body></html>"""
M("acknowledgement", False, A, [OLD, NEW],
  (TC_NAME, TC), ME_P, SUBJ_A, "Mon, 10 Mar 2025 12:04:02 +0000",
  alt(ack_a_html),
  "Acknowledgement; echoes the form with two candidate IDs; conditional 'reply to add' must not count as a request.",
  key="ackA", auth=auth_gmail("amazon.com"))

# 005 ACK B duplicate (JP, base64)
ack_b_txt = f"""お客様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせをケース {B} として受け付けました。

担当者より、通常 1 営業日以内にご連絡いたします。
なお、同じ内容のお問い合わせを重ねてお送りいただくと、確認に余計な時間を要することがございます。
既にお問い合わせ済みの場合は、新たなケースを作成せずにお待ちください。

受付内容：
お問い合わせタイプ：AWS トレーニングと認定
問題タイプ：認定
その他の詳細：アカウントの統合
お問い合わせ内容：
退職に伴い、会社のメールアドレスで作成した認定アカウントを個人アカウントへ統合したいです。
使用したメールアドレス：{ME_C}、{ME_P}
残したいアドレス：{ME_P}

追加の情報がございましたら、このメールにご返信ください。

AWS トレーニングと認定
"""
M("acknowledgement", False, B, [],
  ("AWS トレーニングと認定", TC), ME_P, SUBJ_B, "Mon, 10 Mar 2025 12:17:09 +0000",
  multi("alternative", [leaf(ack_b_txt, cte="base64"),
                        leaf("<html><body><div style='font-family:Meiryo'>" + ack_b_txt.replace("\n", "<br>\n") + "</div></body></html>", "html", cte="base64")],
        "==_b64_ack_b_7731"),
  "Second acknowledgement for the same request (duplicate form submission), Japanese, base64; 〜ございましたらご返信ください is conditional.",
  key="ackB", auth=auth_gmail("amazon.com"))

# 006 marketing JP
M("unrelated", False, None, [],
  ("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
  "【AWS Summit Japan 2025】事前登録受付中 ─ 認定者ラウンジのご案内",
  "Mon, 10 Mar 2025 23:00:00 +0000",
  alt("""<html><body><h1>AWS Summit Japan 2025</h1>
<p>AWS 認定をお持ちの方は、会場内の認定者ラウンジをご利用いただけます。</p>
<p>ご来場の際は、認定アカウントにご登録のメールアドレスで事前登録を完了してください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p>配信停止をご希望の場合は<a href="#">こちら</a>。このメールは送信専用です。</p></body></html>""", cte="base64"),
  "AWS marketing in Japanese mentioning certification accounts and registration; not case mail.",
  auth=auth_gmail("amazon.com"))

# 007 case_update B (duplicate folded into A)
M("case_update", False, B, [],
  (TC_NAME, TC), ME_P, "RE:" + SUBJ_B, "Tue, 11 Mar 2025 02:10:44 +0000",
  leaf(f"""Hello Rin,

It looks like the form went through twice - this case and case {A} describe the same merge.
My colleague already has {A} in progress, so we'll carry on there and this one will be
closed on our side. You won't lose anything by that, and there's nothing you need to send
on this case.

Thanks,
Jun
AWS Training and Certification
"""),
  "Duplicate case folded into the main one; mentions 'closed' and a second case number, but asks nothing and is not a no-answer closing notice.",
  key="updB", irt=IDS["ackB"], refs=[IDS["ackB"]], auth=auth_gmail("amazon.com"))

# 008 user reply on B
M("user_reply", False, B, [],
  (ME_NAME, ME_P), (TC_NAME, TC), "Re: RE:" + SUBJ_B, "Tue, 11 Mar 2025 11:31:20 +0900",
  leaf(f"""Hi Jun,

Sorry about that - the Japanese form seemed to hang and I pressed submit again.
Happy for this one to be closed.

Rin

On Tue, Mar 11, 2025 at 11:10 AM AWS Training and Certification <{TC}> wrote:
""" + gq(f"""Hello Rin,

It looks like the form went through twice - this case and case {A} describe the same merge.
My colleague already has {A} in progress, so we'll carry on there and this one will be
closed on our side."""), cte="quoted-printable"),
  "Owner's reply on the duplicate case (Gmail quoting).",
  irt=IDS["updB"], refs=[IDS["ackB"], IDS["updB"]], msgid=mid(8, "mail.gmail.com"))

# 009 ON_HOLD A with a buried ask
hold_a = f"""Hello,

Thank you for your patience while we looked into this.

When I pulled up the record that uses {ME_C}, I found it is connected to
an AWS Partner Network (APN) organization - Kaiun Data Systems appears in Partner
Central as a registered partner, and certifications earned under that profile count
toward the partner's tier. Accounts that are linked this way are managed together with
the partner, which means we cannot move the history to another account while the
person is still employed there, without their partner administrator being involved.

This isn't unusual and it doesn't put your certifications at risk. It only affects how
we proceed.

Are you leaving Kaiun Data Systems, and if so, what is your last working day? Once I have
that from you I can ask our partner team to detach the account.

Kind regards,
Marisol T.
AWS Training and Certification
"""
M("on_hold", True, A, [],
  (TC_NAME, TC), ME_P, "RE:" + SUBJ_A, "Tue, 11 Mar 2025 06:40:51 +0000",
  leaf(hold_a),
  "APN hold; the question comes only after a long explanation and has no 'please'.",
  key="holdA", irt=IDS["ackA"], refs=[IDS["ackA"]], auth=auth_gmail("amazon.com"))

# 010 GitHub merged
M("unrelated", False, None, [],
  ("Kenji Arai", "notifications@github.com"), ("kaiun-data/infra-modules", "infra-modules@noreply.github.com"),
  "Re: [kaiun-data/infra-modules] Merge account module into shared VPC stack (PR #482)",
  "Tue, 11 Mar 2025 07:02:13 +0000",
  alt("""<html><body><p>Merged <a href="https://github.com/kaiun-data/infra-modules/pull/482">#482</a> into main.</p>
<p>Thanks Rin, I've resolved the remaining review threads. Closing the linked issue.</p>
<p>&mdash;<br>Reply to this email directly, view it on GitHub, or unsubscribe.<br>You are receiving this because you authored the thread.</p></body></html>"""),
  "GitHub 'merged' notification with 'reply to this email' footer; unrelated.",
  extra=[("List-ID", "kaiun-data/infra-modules <infra-modules.kaiun-data.github.com>")],
  auth=auth_gmail("github.com"))

# 011 user reply A (answers hold) cc manager
rep_a1 = f"""Hi Marisol,

Yes - I'm leaving. My last working day at Kaiun Data Systems is March 31, 2025, and
the company mailbox stops receiving mail that evening. I've copied my manager, Yamane-san,
in case you need anything from the company side.

Please go ahead with detaching the account.

Best regards,
Rin Takamatsu

On Tue, Mar 11, 2025 at 3:40 PM AWS Training and Certification <{TC}> wrote:
""" + gq(hold_a)
M("user_reply", False, A, [],
  (ME_NAME, ME_P), (TC_NAME, TC), "Re: RE:" + SUBJ_A, "Tue, 11 Mar 2025 16:05:44 +0900",
  leaf(rep_a1, cte="quoted-printable"),
  "Owner answers the hold; the quoted history below contains support's question.",
  key="repA1", irt=IDS["holdA"], refs=[IDS["ackA"], IDS["holdA"]], cc="yamane@kaiun-data.co.jp",
  msgid=mid(11, "mail.gmail.com"))

# 012 OOO auto-reply from manager (JP)
M("unrelated", False, None, [],
  ("山根 誠", "yamane@kaiun-data.co.jp"), ME_P,
  "自動応答: Re: RE:" + SUBJ_A, "Tue, 11 Mar 2025 16:05:51 +0900",
  leaf("""お世話になっております。山根です。

3月10日（月）〜3月14日（金）は出張のため不在にしております。
期間中はメールの確認が遅れます。お急ぎの場合は、チーム共有アドレス
infra-team@kaiun-data.co.jp までご連絡ください。

戻り次第、順次ご返信いたします。
""", cs="iso-2022-jp", cte="7bit"),
  "Japanese out-of-office reply whose subject carries the case tag; not support, belongs to no case.",
  irt=IDS["repA1"], refs=[IDS["repA1"]],
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  auth=auth_gmail("kaiun-data.co.jp"), subj_cs="iso-2022-jp", frm_cs="iso-2022-jp")

# 013 ON_HOLD A, no ask
M("on_hold", False, A, [],
  (TC_NAME, TC), ME_P, "RE:" + SUBJ_A, "Wed, 12 Mar 2025 01:18:30 +0000",
  leaf(f"""Hi Rin,

Thanks for confirming your leaving date. I've raised a request with our partner
operations team to release the {ME_C} profile from the Kaiun Data Systems
partner organization. That step is theirs, and it usually takes two to three
business days.

Your case stays paused until they finish; nothing further is needed from you in the
meantime. I'll write again here as soon as they've done it.

Marisol T.
AWS Training and Certification
"""),
  "Hold waiting on the partner team; explicitly asks nothing.",
  key="hold2A", irt=IDS["repA1"], refs=[IDS["ackA"], IDS["holdA"], IDS["repA1"]], auth=auth_gmail("amazon.com"))

# 014 Skill Builder receipt
M("unrelated", False, None, [],
  ("AWS Skill Builder", "no-reply@aws.training"), ME_P,
  "Your AWS Skill Builder receipt - Order 7003-118-20394",
  "Wed, 12 Mar 2025 04:22:10 +0000",
  alt(f"""<html><body><p>Thanks for subscribing to AWS Skill Builder.</p>
<table border="1" cellpadding="3"><tr><th>Item</th><th>Amount</th></tr>
<tr><td>Individual subscription (monthly)</td><td>USD 29.00</td></tr>
<tr><td>Billed to AWS account</td><td>{ACCT}</td></tr></table>
<p>Order number: 7003-118-20394<br>Questions about billing? Contact us through the AWS Support Center.</p></body></html>"""),
  "Skill Builder receipt with a 12-digit AWS account id (not a case).",
  auth=auth_gmail("aws.training"))

# 015 certmetrics feedback invitation (to company)
M("certification", False, None, [OLD],
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
  "AWS Certification wants to hear from you",
  "Wed, 12 Mar 2025 15:00:00 +0000",
  alt(f"""<html><body><p>Dear Rin Takamatsu,</p>
<p>As an AWS Certified individual (candidate ID {OLD}), your opinion helps shape our exams.
Please take about ten minutes to tell us how you prepare for and use your certification.</p>
<p><a href="https://www.certmetrics.com/amazon/survey">Start the questionnaire</a></p>
<p>This invitation expires on April 15, 2025. Do not reply to this message.</p></body></html>""", cs="utf-8", cte="quoted-printable"),
  "Certmetrics feedback invitation to the company address: 'please take...' but a certification notice; candidate ID present, no case.",
  auth=auth_m365("certmetrics.com"))

# 016 CONFIRMATION REQUEST A (HTML only, table, QP)
conf_a_html = f"""<html><head><style>td{{padding:4px 10px;border:1px solid #ccc}}</style></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hi Rin,</p>
<p>Good news: the partner team has released your Kaiun Data Systems profile, so the merge can go ahead.</p>
<p>I found these two certification accounts under your name:</p>
<table cellspacing="0">
<tr><td colspan="2"><b>Account #1</b> &ndash; {NEW}</td></tr>
<tr><td>Login email</td><td>{ME_P}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td></tr>
<tr><td colspan="2"><b>Account #2</b> &ndash; {OLD}</td></tr>
<tr><td>Login email</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_C}</td></tr>
<tr><td>Certification notification email</td><td>{ME_C}</td></tr>
</table>
<p>Everything ends up on whichever account you keep; the other one is retired and can no longer be signed in to.
Let me know which of the two should stay as your primary account.</p>
<p>Regards,<br>Dev<br>AWS Training and Certification</p>
</body></html>"""
M("confirmation_request", True, A, [NEW, OLD],
  (TC_NAME, TC), ME_P, "RE:" + SUBJ_A, "Thu, 13 Mar 2025 08:47:15 +0000",
  leaf(conf_a_html, "html", cte="quoted-printable"),
  "HTML-only, quoted-printable, accounts in a table; ask phrased as 'Let me know which...' after progress news.",
  key="confA", irt=IDS["hold2A"], refs=[IDS["ackA"], IDS["holdA"], IDS["repA1"], IDS["hold2A"]], auth=auth_gmail("amazon.com"))

# 017 ACK D (JP, ISO-2022-JP, to company)
ack_d = f"""お客様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
ケース番号 {D} にて承りました。

内容を確認のうえ、担当者より通常 24 時間以内にご連絡いたします。
同じご用件で別のお問い合わせを作成されますと、回答が遅れる原因となりますのでご注意ください。

お問い合わせ内容:
パートナーセントラルからのサインイン時に、意図せず別の認定アカウント（候補ID {SSO}）が
作成されてしまいました。こちらを個人アカウント（候補ID {NEW}）に統合してください。

補足がございましたら、本メールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサービス
"""
M("acknowledgement", False, D, [SSO, NEW],
  ("AWS トレーニングと認定", TC), ME_C, SUBJ_D, "Thu, 13 Mar 2025 10:02:33 +0000",
  leaf(ack_d, cs="iso-2022-jp", cte="7bit"),
  "Second, separate case (10-digit) filed from the company address; Japanese ISO-2022-JP acknowledgement with candidate IDs.",
  key="ackD", auth=auth_m365("amazon.com"), frm_cs="iso-2022-jp", crlf=True)

# 018 Pearson VUE
M("unrelated", False, None, [],
  ("Pearson VUE", "pearsonvue@pearson.com"), ME_P,
  "Confirmation of your AWS Certified Developer - Associate exam appointment",
  "Thu, 13 Mar 2025 12:30:00 +0000",
  alt(f"""<html><body><p>Dear Rin Takamatsu,</p>
<p>Thank you for scheduling with Pearson VUE.</p>
<table border="1" cellpadding="4"><tr><td>Registration ID</td><td>{REG}</td></tr>
<tr><td>Exam</td><td>DVA-C02: AWS Certified Developer - Associate</td></tr>
<tr><td>Date</td><td>Wednesday, March 26, 2025 10:00 JST</td></tr>
<tr><td>Delivery</td><td>OnVUE online proctored</td></tr></table>
<p>To reschedule or cancel, sign in to your account at least 24 hours before the appointment. Please do not reply to this email.</p></body></html>"""),
  "Exam-vendor appointment with a 9-digit registration id.",
  auth=auth_gmail("pearson.com"))

# 019 suspicious lookalike
M("suspicious", False, None, [],
  ("AWS Training & Certification Support", "support@aws-certification-helpdesk.com"), ME_P,
  "RE:" + SUBJ_A + " - verification required",
  "Thu, 13 Mar 2025 14:11:09 +0000",
  alt(f"""<html><body><p>Dear Customer,</p>
<p>Before we can merge your certification accounts under case {A}, you need to verify ownership of both accounts.
Sign in with your Builder ID credentials at the link below within 24 hours or the merge request will be cancelled.</p>
<p><a href="https://aws-certification-helpdesk.com/verify?case={A}">Verify my accounts</a></p>
<p>AWS Training and Certification</p></body></html>"""),
  "Phishing from a lookalike domain that copies the real case number and subject; never a case mail.",
  auth=auth_gmail("aws-certification-helpdesk.com"))

# 020 INFO REQUEST D (JP keigo, Shift_JIS base64)
info_d = f"""高松様

お世話になっております。AWS トレーニングと認定の佐藤でございます。

ケース {D} につきまして、ご連絡いたします。
ご指摘の候補ID {SSO} のアカウントを確認いたしましたところ、パートナーセントラル経由の
シングルサインオンにより作成されたもので、ログイン用メールアドレスは会社のアドレスと
なっておりました。

一方で、統合先としてご記載いただいた {NEW} は、現在弊社の記録では別のメールアドレスに
紐づいているように見受けられます。誤った統合を避けるため、統合先アカウントに
ログインする際にご使用のメールアドレスを、あらためてご教示いただけますでしょうか。

確認が取れ次第、次の手順をご案内いたします。
何卒よろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
M("info_request", True, D, [SSO, NEW],
  ("AWS トレーニングと認定", TC), ME_C, "RE:" + SUBJ_D, "Fri, 14 Mar 2025 00:41:05 +0000",
  leaf(info_d, cs="shift_jis", cte="base64"),
  "Japanese keigo request (〜ご教示いただけますでしょうか) buried after explanation; Shift_JIS base64; destination-account details.",
  key="infoD", irt=IDS["ackD"], refs=[IDS["ackD"]], auth=auth_m365("amazon.com"))

# 021 forward company -> personal (Outlook JP style)
fwd_d = f"""自分用メモ：会社アドレスは3/31で止まるので個人に転送。返信は個人アドレスから出す。

________________________________
差出人: AWS トレーニングと認定 <{TC}>
送信日時: 2025年3月14日 9:41
宛先: {ME_C}
件名: RE:{SUBJ_D}

""" + info_d
M("user_reply", False, D, [],
  (ME_JP, ME_C), ME_P, "FW: RE:" + SUBJ_D, "Fri, 14 Mar 2025 09:55:02 +0900",
  leaf(fwd_d, cte="quoted-printable"),
  "Owner forwards support's request from the company to the personal address (Outlook JP header block); the forwarded request is not a new one.",
  key="fwdD", auth=auth_gmail("kaiun-data.co.jp"),
  extra=[("Thread-Topic", "RE:" + SUBJ_D), ("X-Mailer", "Microsoft Outlook 16.0")], msgid=mid(21, "kaiun-data.co.jp"))

# 022 user reply D from personal (JP, Gmail JP header)
rep_d1 = f"""佐藤様

ご連絡ありがとうございます。高松です。
退職予定のため、個人アドレスから返信いたします。

統合先アカウントのログインメールアドレスは {ME_P} です。
候補IDは {NEW} で、こちらを残したいと考えております。

よろしくお願いいたします。

2025年3月14日(金) 9:41 AWS トレーニングと認定 <{TC}>:
""" + gq(info_d)
M("user_reply", False, D, [NEW],
  (ME_JP, ME_P), (TC_NAME, TC), "Re: RE:" + SUBJ_D, "Fri, 14 Mar 2025 10:20:47 +0900",
  leaf(rep_d1, cte="8bit"),
  "Owner answers from the personal address (not the one that filed the case); Gmail Japanese reply header; candidate ID in own text, two more only in the quote.",
  key="repD1", irt=IDS["infoD"], refs=[IDS["ackD"], IDS["infoD"]],
  cc="aws-cs-trainingcertfication-form@amazon.com", msgid=mid(22, "mail.gmail.com"))

# 023 bounce for the typo'd Cc
M("unrelated", False, None, [],
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
  "Delivery Status Notification (Failure)", "Fri, 14 Mar 2025 01:20:52 +0000",
  multi("report", [
      leaf(f"""** Address not found **

Your message wasn't delivered to aws-cs-trainingcertfication-form@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 Requested action not taken: mailbox unavailable
""", cte="7bit"),
      ([("Content-Type", "message/delivery-status")],
       b"Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; aws-cs-trainingcertfication-form@amazon.com\nAction: failed\nStatus: 5.1.1\n"),
      ([("Content-Type", "text/rfc822-headers")],
       f"From: {ME_JP} <{ME_P}>\nTo: {TC}\nSubject: Re: RE:{SUBJ_D}\nDate: Fri, 14 Mar 2025 10:20:47 +0900\n".encode()),
  ], "00000000000052e1c7063051a2bb", '; report-type=delivery-status'),
  "Bounce for a mistyped Cc address; carries the case subject in the returned headers but is not case mail.",
  auth=None)

# 024 CLOSING NOTICE A (top-posted over the text of the confirmation request)
close_a = f"""Hello Rin,

We're still waiting to hear which account you'd like to keep. This case will be closed
automatically on March 20 if there's no response by then. Any reply to this email keeps
it open - and if it does close, replying afterwards will reopen it.

Aarav
AWS Training and Certification

-----Original Message-----
From: {TC_NAME} <{TC}>
Sent: Thursday, March 13, 2025 8:47 AM
To: {ME_P}
Subject: RE:{SUBJ_A}

""" + html2text(conf_a_html)
M("closing_notice", True, A, [],
  (TC_NAME, TC), ME_P, "RE:" + SUBJ_A, "Mon, 17 Mar 2025 03:12:40 +0000",
  leaf(close_a, cte="quoted-printable"),
  "Closing notice by a different agent, top-posted over the earlier confirmation request; no 'please'.",
  key="closeA", irt=IDS["confA"], refs=[IDS["ackA"], IDS["holdA"], IDS["confA"]], auth=auth_gmail("amazon.com"))

# 025 user reply A from the company address (Outlook JP quoting)
rep_a2 = f"""Hello Aarav,

Sorry for the delay. Account #1 ({ME_P}) is the one to keep - please fold Account #2 into it.

Regards,
Rin Takamatsu
Kaiun Data Systems / Infrastructure Group

________________________________
差出人: {TC_NAME} <{TC}>
送信日時: 2025年3月17日 12:12
宛先: {ME_P}
件名: RE:{SUBJ_A}

""" + close_a
M("user_reply", False, A, [],
  (ME_NAME, ME_C), (TC_NAME, TC), "RE: RE:" + SUBJ_A, "Mon, 17 Mar 2025 13:40:18 +0900",
  leaf(rep_a2, cte="quoted-printable"),
  "Owner confirms, but from the old company address (wrong address); Outlook Japanese quote header over the whole history.",
  key="repA2", irt=IDS["closeA"], refs=[IDS["ackA"], IDS["confA"], IDS["closeA"]], crlf=True,
  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AduW3kQ2bR0a9cE1Qq2X8fP0aBcD1g==")],
  msgid=mid(25, "kaiun-data.co.jp"))

# 026 INFO REQUEST A: write from the address on file
info_a = f"""Hi Rin,

Thank you - that's clear. One snag: your confirmation came from {ME_C}, which is
the account being retired, while this case was opened for {ME_P}. For the security of
your records we only act on merge confirmations sent from the address that will be kept.

We need you to send the same confirmation from {ME_P}. As soon as it arrives I'll
complete the merge.

Aarav
AWS Training and Certification
"""
M("info_request", True, A, [],
  (TC_NAME, TC), ME_C, "RE:" + SUBJ_A, "Mon, 17 Mar 2025 05:02:09 +0000",
  leaf(info_a),
  "Wrong-address reply: support asks for the confirmation again from the kept address ('We need you to'), sent to the company mailbox.",
  key="infoA", irt=IDS["repA2"], refs=[IDS["ackA"], IDS["closeA"], IDS["repA2"]], auth=auth_m365("amazon.com"))

# 027 user reply A from personal, no case number in subject
M("user_reply", False, A, [],
  (ME_NAME, ME_P), (TC_NAME, TC), "Merge confirmation from my personal address",
  "Mon, 17 Mar 2025 14:15:33 +0900",
  leaf(f"""Hello Aarav,

Writing from {ME_P} as you asked. I confirm: keep Account #1 ({ME_P}) and merge
Account #2 ({ME_C}) into it.

Thanks,
Rin
"""),
  "Owner's reply threaded only by In-Reply-To/References: no case number anywhere in subject or body.",
  key="repA3", irt=IDS["infoA"], refs=[IDS["ackA"], IDS["closeA"], IDS["repA2"], IDS["infoA"]],
  msgid=mid(27, "mail.gmail.com"))

# 028 Jira resolved
M("unrelated", False, None, [],
  ("Kenji Arai (Jira)", "jira@kaiun-data.atlassian.net"), ME_C,
  "[JIRA] (INFRA-2291) Hand over AWS account ownership before Rin leaves",
  "Mon, 17 Mar 2025 06:30:00 +0000",
  alt("""<html><body><p>Kenji Arai <b>resolved</b> INFRA-2291 as <b>Done</b>.</p>
<p>Resolution comment: root account MFA moved to the shared vault, billing contact updated. Rin, please confirm in the ticket when you have handed back the YubiKey.</p>
<p>Status: In Progress &rarr; Resolved</p></body></html>"""),
  "Jira 'resolved' notification that even asks the owner to confirm something - but it is internal company work, unrelated.",
  auth=auth_m365("kaiun-data.atlassian.net"))

# 029 RESOLVED A with old request quoted below
res_a = f"""Hi Rin,

Thanks for confirming from your personal address. The merge is finished: exam history,
active certifications and benefits from {ME_C} now sit on your account {NEW}
({ME_P}). The old login has been deactivated. No further action is required on your part.

It can take up to 48 hours for Credly to reflect the change. If anything looks off after
that, just reply here.

Aarav
AWS Training and Certification

On Mon, Mar 17, 2025 at 5:15 AM, {ME_NAME} <{ME_P}> wrote:
> Writing from {ME_P} as you asked. I confirm: keep Account #1 ({ME_P}) and merge
> Account #2 ({ME_C}) into it.

-----Original Message-----
From: {TC_NAME} <{TC}>
Sent: Thursday, March 13, 2025 8:47 AM
Subject: RE:{SUBJ_A}

""" + html2text(conf_a_html)
M("resolved", False, A, [NEW],
  (TC_NAME, TC), ME_P, "RE:" + SUBJ_A, "Tue, 18 Mar 2025 01:26:12 +0000",
  alt("<html><body><pre style='font-family:Arial'>" + res_a.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</pre></body></html>", text=res_a),
  "Merge done; quotes the old confirmation request (Account #1/#2 + 'Let me know which') below; conditional reply invitation.",
  key="resA", irt=IDS["repA3"], refs=[IDS["ackA"], IDS["confA"], IDS["infoA"], IDS["repA3"]], auth=auth_gmail("amazon.com"))

# 030 SURVEY A
M("survey", False, A, [],
  ("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_P,
  f"How did we do? Your case {A}",
  "Tue, 18 Mar 2025 02:00:00 +0000",
  alt(f"""<html><body><p>Hello,</p>
<p>Your recent case with AWS Training and Certification (Case ID: {A}) was marked as resolved.
Would you take one minute to rate the help you received?</p>
<p><a href="https://survey.aws/1">Very satisfied</a> | <a href="https://survey.aws/5">Very dissatisfied</a></p>
<p>Your answers are anonymous and used only to improve our service.</p></body></html>"""),
  "Satisfaction survey: a question addressed to the owner, but not a support request.",
  auth=auth_gmail("amazon.com"))

# 031 BADGE (Credly EN)
M("badge", False, None, [],
  ("Credly", "admin@credly.com"), ME_P,
  "Amazon Web Services Training and Certification sent you a new badge",
  "Tue, 18 Mar 2025 02:41:18 +0000",
  alt("""<html><body><p>Congratulations, Rin!</p>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p><a href="https://www.credly.com/badges/3f2c9a71-8e44-4b0e-9d1a-5c7b2e6f0a18">Accept your badge</a></p>
<p>Accepting lets you share it on LinkedIn and your email signature.</p></body></html>"""),
  "Credly badge after the merge; 'Accept your badge' is not a support request.",
  auth=auth_gmail("credly.com"))

# 032 ON_HOLD D (JP, no ask)
hold_d = f"""高松様

ご返信ありがとうございます。統合先が {ME_P} のアカウントであることを確認いたしました。

候補ID {SSO} のアカウントは、現在も AWS パートナーネットワーク（APN）の組織に紐づいているため、
統合を進めるには、パートナー担当チームによる紐づけ解除が必要となります。
すでに同チームへ依頼済みで、完了まで数営業日かかる見込みです。

この間、お客様にご対応いただくことはございません。進捗がございましたら、こちらからご連絡いたします。

佐藤
AWS トレーニングと認定
"""
M("on_hold", False, D, [SSO],
  ("AWS トレーニングと認定", TC), ME_P, "RE:" + SUBJ_D, "Tue, 18 Mar 2025 05:30:21 +0000",
  leaf(hold_d, cs="iso-2022-jp", cte="7bit"),
  "Japanese APN hold waiting on the partner team; states the owner need do nothing.",
  key="holdD", irt=IDS["repD1"], refs=[IDS["ackD"], IDS["infoD"], IDS["repD1"]], auth=auth_gmail("amazon.com"), frm_cs="iso-2022-jp")

# 033 SUSPICIOUS: genuine-looking, dmarc=fail
M("suspicious", False, None, [],
  (TC_NAME, TC), ME_P, "RE:" + SUBJ_A, "Tue, 18 Mar 2025 09:14:55 +0000",
  leaf(f"""Hello,

Before the merge for case {A} can be finalised, we need you to confirm which account to keep.

Account #1 - Login email: {ME_P}
Account #2 - Login email: {ME_C}

Reply by signing in here: https://aws-training-merge.support-portal.co/confirm?case={A}

AWS Training and Certification
"""),
  "Looks exactly like a confirmation request from the real sender address, but DKIM and DMARC fail for amazon.com.",
  auth=auth_gmail("amazon.com", dkim="fail", spf="softfail", dmarc="fail", mailfrom="mailer@support-portal.co"),
  extra=[("Received", "from mail.support-portal.co (mail.support-portal.co [185.212.44.17]) by mx.google.com; Tue, 18 Mar 2025 09:14:56 +0000")])

# 034 Builder ID code (awsapps)
M("unrelated", False, None, [],
  ("AWS", "no-reply@login.awsapps.com"), ME_P,
  "Your AWS verification code", "Wed, 19 Mar 2025 00:05:11 +0000",
  leaf("""Your verification code is: 903115

This code will expire 10 minutes after this email was sent. If you did not request it, ignore this message.
"""),
  "Another 6-digit sign-in code.", auth=auth_gmail("login.awsapps.com"))

# 035 BADGE (Credly JP)
M("badge", False, None, [],
  ("Credly", "admin@credly.com"), ME_P,
  "バッジを受け取りましょう：AWS Certified Cloud Practitioner",
  "Wed, 19 Mar 2025 03:12:00 +0000",
  alt("""<html><body><p>高松 凛 さん</p>
<p>Amazon Web Services Training and Certification から発行されたバッジ「AWS Certified Cloud Practitioner」がまだ受け取られていません。</p>
<p><a href="https://www.credly.com/badges/a91b77e2-0c35-4f1e-b0f3-62d9e8a4c5b0/accept">バッジを受け取る</a></p>
<p>このメールに返信しないでください。</p></body></html>"""),
  "Japanese Credly reminder, quoted-printable, badge UUID.", auth=auth_gmail("credly.com"))

# 036 certification expiry EN
M("certification", False, None, [NEW],
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "Reminder: your AWS Certified Developer - Associate expires in 60 days",
  "Wed, 19 Mar 2025 15:00:00 +0000",
  alt(f"""<html><body><p>Hi Rin,</p>
<p>Your <b>AWS Certified Developer &ndash; Associate</b> certification expires on May 18, 2025.
To keep it active, pass the current version of the exam before then. Your 50% discount benefit can be used for the exam.</p>
<p>Candidate ID: {NEW}</p>
<p>This is an automated message. Replies are not monitored.</p></body></html>"""),
  "Certification expiry reminder; mentions a candidate ID and an action to take, but no case.",
  auth=auth_gmail("certmetrics.com"))

# 037 CONFIRMATION REQUEST D (JP, HTML multipart base64)
conf_d_html = f"""<html><body style="font-family:'Meiryo',sans-serif">
<p>高松様</p>
<p>お待たせいたしました。パートナー担当チームでの紐づけ解除が完了しましたので、統合の最終確認をさせていただきます。</p>
<p>現在、以下の 2 つのアカウントを確認しております。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th></th><th>アカウント #1</th><th>アカウント #2</th></tr>
<tr><td>候補ID</td><td>{NEW}</td><td>{SSO}</td></tr>
<tr><td>ログインメール</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>トレーニング通知メール</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>認定通知メール</td><td>{ME_P}</td><td>{ME_C}</td></tr>
</table>
<p>アカウント #1 へ統合する形でよろしいか、ご確認のうえご返信のほどよろしくお願いいたします。</p>
<p>佐藤<br>AWS トレーニングと認定</p>
</body></html>"""
M("confirmation_request", True, D, [NEW, SSO],
  ("AWS トレーニングと認定", TC), ME_P, "RE:" + SUBJ_D, "Thu, 20 Mar 2025 02:03:47 +0000",
  alt(conf_d_html, cte="base64"),
  "Japanese confirmation request with a side-by-side table; ask in keigo (〜のほどよろしくお願いいたします) after progress news.",
  key="confD", irt=IDS["holdD"], refs=[IDS["ackD"], IDS["infoD"], IDS["repD1"], IDS["holdD"]], auth=auth_gmail("amazon.com"))

# 038 other vendor case closed
M("unrelated", False, None, [],
  ("Nimbus Monitoring Support", "support@nimbusmon.io"), ME_P,
  "[Case #00291844] Closed due to inactivity: Agent not reporting after upgrade",
  "Thu, 20 Mar 2025 08:00:00 +0000",
  leaf("""Hi Rin,

We haven't heard back from you in 7 days, so we've closed case #00291844.
If the agent is still not reporting, just reply to this email and the case will be reopened.

-- Nimbus Monitoring Support
"""),
  "Another vendor's inactivity closure with 'reply to reopen' – not AWS, unrelated.", auth=auth_gmail("nimbusmon.io"))

# 039 suspicious JP phishing (Shift_JIS)
M("suspicious", False, None, [],
  ("AWS認定サポート", "info@aws-nintei-support.jp"), ME_P,
  "【重要】AWS認定アカウント統合の最終確認のお願い",
  "Thu, 20 Mar 2025 11:45:30 +0000",
  leaf(f"""高松 凛 様

AWS認定アカウントの統合手続きが保留されています。
48時間以内に下記URLからご本人確認を完了いただけない場合、保有資格が失効いたします。

https://aws-nintei-support.jp/verify

ご確認のほどよろしくお願いいたします。
AWS トレーニングと認定 事務局
""", cs="shift_jis", cte="8bit"),
  "Japanese phishing from a lookalike domain, Shift_JIS 8bit, keigo ask.",
  auth=auth_gmail("aws-nintei-support.jp"), subj_cs="utf-8")

# 040 user reply A: reopen (voucher missing)
reopen_txt = f"""Hi Aarav,

Thanks - the exam history and certifications all came across. One thing is missing
though: the 50% exam discount that was on my old account ({OLD}) doesn't show under
Benefits on the new one. I was planning to use it for the Developer exam on March 26.
Could you take a look?

Rin

On Tue, Mar 18, 2025 at 10:26 AM AWS Training and Certification <{TC}> wrote:
""" + gq(res_a)
M("user_reply", False, A, [OLD],
  (ME_NAME, ME_P), (TC_NAME, TC), "Re: RE:" + SUBJ_A, "Fri, 21 Mar 2025 09:02:10 +0900",
  leaf(reopen_txt, cte="quoted-printable"),
  "Owner replies to a resolved case to reopen it; her own text asks support a question (which does not make it a support request).",
  key="reopA", irt=IDS["resA"], refs=[IDS["ackA"], IDS["repA3"], IDS["resA"]], msgid=mid(40, "mail.gmail.com"))

# 041 CASE UPDATE A: reopened
M("case_update", False, A, [],
  (TC_NAME, TC), ME_P, "RE:" + SUBJ_A, "Fri, 21 Mar 2025 03:15:06 +0000",
  leaf(f"""Hello Rin,

Your case {A} has been reopened. I've passed the missing-benefit question to the team
that manages exam vouchers; they usually come back within two business days, and I'll
update you here when they do.

Fiona
AWS Training and Certification
"""),
  "Reopened-case notice; progress only.", key="updA", irt=IDS["reopA"], refs=[IDS["ackA"], IDS["resA"], IDS["reopA"]],
  auth=auth_gmail("amazon.com"))

# 042 Amazon.co.jp shipping (JP)
M("unrelated", False, None, [],
  ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
  "Amazon.co.jp ご注文の商品を発送しました",
  "Sat, 22 Mar 2025 01:40:00 +0000",
  alt("""<html><body><p>高松 凛 様</p>
<p>ご注文いただいた商品を発送しました。</p>
<table border="1" cellpadding="3"><tr><td>注文番号</td><td>250-4418203-7719265</td></tr>
<tr><td>商品</td><td>AWS認定デベロッパー アソシエイト 問題集</td></tr>
<tr><td>お届け予定</td><td>3月24日（月）</td></tr></table>
<p>配送状況はアカウントサービスからご確認いただけます。</p></body></html>""", cte="base64"),
  "Amazon.co.jp shipping mail in Japanese (amazon domain but not AWS support).", auth=auth_gmail("amazon.co.jp"))

# 043 INFO REQUEST A: mixed news + bare questions
info_a2 = f"""Hi Rin,

Some news on the voucher. The voucher team found the 50% discount on the old record: it was
issued in November 2023 after your Solutions Architect exam and was marked "redeemed" on
February 2, 2025, which is why it didn't carry over. It's possible a booking was made with
it and then cancelled without the voucher being returned.

Did you book an exam with that discount in early February and cancel it afterwards? And do
you have the Pearson VUE confirmation or cancellation email from then? The registration
number from that email would be enough for us to trace it.

Fiona
AWS Training and Certification
"""
M("info_request", True, A, [],
  (TC_NAME, TC), ME_P, "RE:" + SUBJ_A, "Mon, 24 Mar 2025 06:22:40 +0000",
  leaf(info_a2, cte="quoted-printable"),
  "Progress news followed by bare questions (no 'please', no 'let us know').",
  key="infoA2", irt=IDS["updA"], refs=[IDS["ackA"], IDS["reopA"], IDS["updA"]], auth=auth_gmail("amazon.com"))

# 044 CLOSING NOTICE D (JP plain)
close_d = f"""高松様

3月20日にお送りした統合先の確認について、まだご返信をいただけていないようです。
このまま 3 営業日ご連絡がない場合、本ケースはクローズとなります。
統合を進める場合は、このメールに返信してください。クローズ後にご返信いただいた場合も、ケースを再開して対応いたします。

佐藤
AWS トレーニングと認定
"""
M("closing_notice", True, D, [],
  ("AWS トレーニングと認定", TC), ME_P, "RE:" + SUBJ_D, "Tue, 25 Mar 2025 01:10:00 +0000",
  leaf(close_d, cte="8bit"),
  "Japanese closing notice in plain 〜してください form; UTF-8 8bit.",
  key="closeD", irt=IDS["confD"], refs=[IDS["ackD"], IDS["holdD"], IDS["confD"]], auth=auth_gmail("amazon.com"))

# 045 user reply D (JP, ISO-2022-JP, quoted)
rep_d2 = f"""佐藤様

ご連絡が遅くなり申し訳ございません。
内容を確認しました。アカウント #1（{ME_P}）への統合でお願いいたします。

高松

2025年3月25日(火) 10:10 AWS トレーニングと認定 <{TC}>:
""" + gq(close_d) + ">\n" + gq(html2text(conf_d_html), ">> ")
M("user_reply", False, D, [],
  (ME_JP, ME_P), ("AWS トレーニングと認定", TC), "Re: RE:" + SUBJ_D, "Tue, 25 Mar 2025 12:48:03 +0900",
  leaf(rep_d2, cs="iso-2022-jp", cte="7bit"),
  "Japanese confirmation by the owner (ISO-2022-JP), quoting two levels of support mail including the candidate-ID table.",
  key="repD2", irt=IDS["closeD"], refs=[IDS["ackD"], IDS["confD"], IDS["closeD"]], frm_cs="iso-2022-jp",
  msgid=mid(45, "mail.gmail.com"))

# 046 user reply A: answers voucher questions
rep_a4 = f"""Hi Fiona,

Yes, that matches. I booked the Developer exam on Feb 2 with the discount and cancelled it
a week later because of a project deadline. The registration ID on the cancellation email
was 471905226.

Rin

> Did you book an exam with that discount in early February and cancel it afterwards? And do
> you have the Pearson VUE confirmation or cancellation email from then? The registration
> number from that email would be enough for us to trace it.
"""
M("user_reply", False, A, [],
  (ME_NAME, ME_P), (TC_NAME, TC), "Re: RE:" + SUBJ_A, "Tue, 25 Mar 2025 13:05:29 +0900",
  leaf(rep_a4),
  "Owner answers with a 9-digit Pearson registration id (not a case number); inline '>' quote.",
  key="repA4", irt=IDS["infoA2"], refs=[IDS["ackA"], IDS["updA"], IDS["infoA2"]], msgid=mid(46, "mail.gmail.com"))

# 047 ACK C (console)
console_footer = f"""

To see all of your support cases, visit the Support Center: https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

Replies to this message are not delivered - this mailbox does not take incoming mail.
Use the link above to add a response to the case.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
M("acknowledgement", False, C, [],
  ("Amazon Web Services", CONSOLE), ME_P,
  f"Amazon Web Services: New Support case: {C}",
  "Wed, 26 Mar 2025 07:41:12 +0000",
  leaf(f"""Dear AWS customer,

A new support case has been created for AWS account {ACCT}.

Case ID: {C}
Subject: {SUBJ_C}
Severity: General guidance
Service: Account and billing

We will get back to you as soon as possible.""" + console_footer, cte="quoted-printable"),
  "Console 'New Support case' mail (11-digit case) with a 12-digit AWS account id next to it.",
  key="ackC", auth=auth_gmail("amazon.com"))

# 048 RESOLVED D (JP, conditional reply)
res_d = f"""高松様

ご確認ありがとうございました。
候補ID {SSO} のアカウントを、アカウント #1（{NEW}、{ME_P}）へ統合いたしました。
以後は {ME_P} でサインインしていただければ、すべての認定情報をご確認いただけます。

本件に関するお手続きは以上で完了です。
ご不明な点がございましたら、本メールにご返信いただければ対応いたします。

佐藤
AWS トレーニングと認定

-----Original Message-----
""" + html2text(conf_d_html)
M("resolved", False, D, [SSO, NEW],
  ("AWS トレーニングと認定", TC), ME_P, "RE:" + SUBJ_D, "Wed, 26 Mar 2025 09:52:19 +0000",
  leaf(res_d, cs="shift_jis", cte="quoted-printable"),
  "Japanese completion, Shift_JIS QP; 〜がございましたら…ご返信 is conditional; quotes the earlier confirmation request.",
  key="resD", irt=IDS["repD2"], refs=[IDS["ackD"], IDS["confD"], IDS["repD2"]], auth=auth_gmail("amazon.com"))

# 049 INFO REQUEST C (console; feedback footer)
info_c = f"""Hello,

Thank you for contacting AWS Support. My name is Tomasz and I'll be looking into the
Skill Builder charge on account {ACCT}.

I can see an individual subscription billed on March 12. To work out whether it belongs
to the old certification profile or to the new one, I need the email address you were
signed in with when you subscribed, and the order number from the receipt. Kindly add
both to the case through the Support Center; I can't see replies sent by email.

Best regards,
Tomasz K.
Amazon Web Services

Your opinion helps us improve. You can rate any reply on this case with the stars shown at its top right in the AWS Support Center.
"""
M("info_request", True, C, [],
  ("Amazon Web Services", CONSOLE), ME_P,
  f"RE:[CASE {C}] {SUBJ_C}",
  "Thu, 27 Mar 2025 02:17:55 +0000",
  leaf(info_c + console_footer),
  "Console case request ('I need ...', 'Kindly add') to be answered in the Support Center; rating footer and no-reply footer.",
  key="infoC", auth=auth_gmail("amazon.com"))

# 050 Free tier alert
M("unrelated", False, None, [],
  ("AWS Free Tier", "no-reply@costalerts.amazonaws.com"), ME_P,
  f"AWS Free Tier limit alert", "Thu, 27 Mar 2025 05:00:00 +0000",
  alt(f"""<html><body><p>Your AWS account {ACCT} has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of March.</p>
<table border="1"><tr><td>Product</td><td>Usage</td></tr><tr><td>AmazonEC2</td><td>638.5 Hrs (85%)</td></tr></table>
<p>Review your usage in the Billing console. Do not reply.</p></body></html>"""),
  "AWS billing alert with 12-digit account id.", auth=auth_gmail("amazonaws.com"))

# 051 RESOLVED A (voucher restored) + survey footer
M("resolved", False, A, [],
  (TC_NAME, TC), ME_P, "RE:" + SUBJ_A, "Thu, 27 Mar 2025 07:40:02 +0000",
  alt(f"""<html><body><p>Hi Rin,</p>
<p>Thanks for the registration ID &ndash; that let the voucher team match the cancelled booking.
They have restored the 50% discount and it now appears under <b>Benefits</b> on your account ({ME_P}), valid until November 2025.</p>
<p>With that, everything on this case is done and I'm marking it resolved.</p>
<p>Fiona<br>AWS Training and Certification</p>
<hr>
<p style="font-size:11px;color:#666">How was your experience? Please take a moment to rate this case: <a href="https://survey.aws/csat?c={A}">Rate us</a></p>
</body></html>""", cte="base64"),
  "Resolution with a survey footer asking to rate – footer is not a request; base64 multipart.",
  key="resA2", irt=IDS["repA4"], refs=[IDS["ackA"], IDS["infoA2"], IDS["repA4"]], auth=auth_gmail("amazon.com"))

# 052 SURVEY D (JP)
M("survey", False, D, [],
  ("AWS カスタマーサービス", "aws-cs-survey@amazon.com"), ME_P,
  f"アンケートご協力のお願い（ケース {D}）",
  "Thu, 27 Mar 2025 09:00:00 +0000",
  alt(f"""<html><body><p>このたびは AWS トレーニングと認定をご利用いただきありがとうございました。</p>
<p>ケース ID: {D} の対応について、満足度をお聞かせいただけますでしょうか。所要時間は 1 分程度です。</p>
<p><a href="https://survey.aws/jp?c={D}">アンケートに回答する</a></p></body></html>""", cte="base64"),
  "Japanese survey with keigo 〜いただけますでしょうか – a survey, not a support ask.", auth=auth_gmail("amazon.com"))

# 053 Microsoft certification renewal (other vendor)
M("unrelated", False, None, [],
  ("Microsoft Learn", "learn@email.microsoft.com"), ME_C,
  "Action required: renew your Microsoft Certified: Azure Administrator Associate",
  "Fri, 28 Mar 2025 16:00:00 +0000",
  alt("""<html><body><p>Your certification expires in 180 days. Renew for free by passing an online assessment on Microsoft Learn.</p>
<p><a href="https://learn.microsoft.com/credentials">Renew now</a></p></body></html>"""),
  "Non-AWS certification renewal ('Action required').", auth=auth_m365("email.microsoft.com"))

# 054 CLOSING NOTICE C (console)
M("closing_notice", True, C, [],
  ("Amazon Web Services", CONSOLE), ME_P,
  f"RE:[CASE {C}] {SUBJ_C}",
  "Mon, 31 Mar 2025 02:20:11 +0000",
  leaf(f"""Hello,

I haven't yet received the sign-in email and order number I asked about on March 27. Without them
I'm unable to trace the subscription. This case will move to Resolved automatically in 3 days if
there's no reply in the Support Center; you can still respond there until then.

Tomasz K.
Amazon Web Services

Tell us how we're doing: rate this reply with the stars at its top right in the AWS Support Center.""" + console_footer),
  "Console closing notice: auto-resolve warning, answer must go through the Support Center.",
  key="closeC", auth=auth_gmail("amazon.com"))

# 055 certification JP recertified
M("certification", False, None, [NEW],
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "AWS 認定の再認定おめでとうございます",
  "Mon, 31 Mar 2025 10:00:00 +0000",
  leaf(f"""高松 凛 様

AWS Certified Developer - Associate の再認定が完了しました。おめでとうございます。
新しい有効期限は 2028年3月26日 です。

デジタルバッジは Credly から別途お送りします。認定証は認定アカウント（候補ID {NEW}）からダウンロードできます。

このメールは送信専用アドレスから送信されています。
""", cs="iso-2022-jp", cte="7bit"),
  "Japanese recertification notice from certmetrics (ISO-2022-JP) with a candidate id.",
  auth=auth_gmail("certmetrics.com"), subj_cs="iso-2022-jp", crlf=True)

# 056 connpass JP newsletter
M("unrelated", False, None, [],
  ("connpass", "no-reply@connpass.com"), ME_P,
  "JAWS-UG 東京 #58 の参加登録が完了しました",
  "Mon, 31 Mar 2025 11:30:00 +0000",
  leaf("""高松 凛 さん

JAWS-UG 東京 #58「認定資格とキャリア」への参加登録が完了しました。

日時：2025/04/10（木）19:00〜
会場：オンライン

キャンセルする場合はイベントページから手続きしてください。
""", cte="base64"),
  "Japanese community event mail mentioning certification; base64.", auth=auth_gmail("connpass.com"))

# 057 CASE UPDATE C (after owner answered in console)
M("case_update", False, C, [],
  ("Amazon Web Services", CONSOLE), ME_P,
  f"RE:[CASE {C}] {SUBJ_C}",
  "Tue, 01 Apr 2025 04:05:40 +0000",
  leaf(f"""Hello,

Thanks for adding the order number. The subscription was started from the personal profile, so the
charge itself is correct, but the duplicate month you mentioned has been passed to our billing team
for a refund. Refunds usually post within 5-7 business days; I'll keep an eye on it and update this case.

Tomasz K.
Amazon Web Services

Tell us how we're doing: rate this reply with the stars at its top right in the AWS Support Center.""" + console_footer),
  "Console progress update carrying the rating footer and 'use the link' footer but asking nothing.",
  key="updC", auth=auth_gmail("amazon.com"))

# 058 suspicious certmetrics lookalike
M("suspicious", False, None, [NEW],
  ("AWS Certification", "do-not-reply@certmetrics-notify.com"), ME_P,
  "Urgent: your AWS Certification record will be suspended",
  "Tue, 01 Apr 2025 13:02:00 +0000",
  alt(f"""<html><body><p>Dear candidate {NEW},</p>
<p>We detected two certification profiles linked to your identity. To avoid suspension, confirm your details within 24 hours.</p>
<p><a href="https://certmetrics-notify.com/login">Confirm details</a></p></body></html>"""),
  "Certmetrics lookalike domain quoting the owner's real candidate id to look genuine.",
  auth=auth_gmail("certmetrics-notify.com"))

# 059 BADGE (recertified)
M("badge", False, None, [],
  ("Credly", "admin@credly.com"), ME_P,
  "You've earned a badge: AWS Certified Developer - Associate",
  "Tue, 01 Apr 2025 15:20:00 +0000",
  alt("""<html><body><p>Hi Rin,</p>
<p>Amazon Web Services Training and Certification issued you a new badge: <b>AWS Certified Developer &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/77d0e51c-2b9f-4c33-a8e1-0f6b4d2c9e31">View badge</a></p></body></html>"""),
  "Credly badge after recertification.", auth=auth_gmail("credly.com"))

# 060 RESOLVED C (console)
M("resolved", False, C, [],
  ("Amazon Web Services", CONSOLE), ME_P,
  f"RE:[CASE {C}] {SUBJ_C}",
  "Thu, 03 Apr 2025 06:48:09 +0000",
  leaf(f"""Hello,

The refund of USD 29.00 has been issued to the card on account {ACCT} and should appear within a few days.
There's nothing else outstanding, so I've set this case to Resolved. If you need more help with it,
you can reopen it from the Support Center within 14 days.

Tomasz K.
Amazon Web Services

Tell us how we're doing: rate this reply with the stars at its top right in the AWS Support Center.""" + console_footer),
  "Console resolution with reopen-if-needed wording and rating footer.",
  key="resC", auth=auth_gmail("amazon.com"))

# 061 SURVEY C (console)
M("survey", False, C, [],
  ("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
  f"Tell us about your recent AWS Support experience (Case {C})",
  "Thu, 03 Apr 2025 07:30:00 +0000",
  alt(f"""<html><body><p>Dear AWS customer,</p>
<p>Your support case {C} was recently resolved. How satisfied were you with the support you received?</p>
<table><tr><td><a href="#">1</a></td><td><a href="#">2</a></td><td><a href="#">3</a></td><td><a href="#">4</a></td><td><a href="#">5</a></td></tr></table>
<p>This survey takes about two minutes.</p></body></html>"""),
  "Console satisfaction survey (HTML table of rating links).", auth=auth_gmail("amazon.com"))

# 062 GitHub issue comment asking owner to confirm
M("unrelated", False, None, [],
  ("Mei Fujita", "notifications@github.com"), ("rin-t/dotfiles", "dotfiles@noreply.github.com"),
  "Re: [rin-t/dotfiles] zsh prompt breaks after brew upgrade (Issue #17)",
  "Thu, 03 Apr 2025 09:12:00 +0000",
  leaf("""@rin-t could you confirm whether the fix in #18 works on your machine? If so we can close this issue.

--
Reply to this email directly or view it on GitHub.
You are receiving this because you were mentioned.
"""),
  "GitHub comment that directly asks the owner to confirm – a request, but not from support.",
  auth=auth_gmail("github.com"))

# 063 ACK E (short, plain, LF)
M("acknowledgement", False, E, [],
  (TC_NAME, TC), ME_P, SUBJ_E, "Thu, 03 Apr 2025 17:26:49 +0000",
  leaf(f"""We've received your request.

Case ID: {E}
Topic: Certification - Name change

Our team will review it and contact you at this address, usually within 24 hours. There is no need to
submit the form again.

AWS Training and Certification
"""),
  "Very short acknowledgement of a new 15-digit case.", key="ackE", auth=auth_gmail("amazon.com"))

# 064 Pearson VUE score report
M("unrelated", False, None, [],
  ("Pearson VUE", "pearsonvue@pearson.com"), ME_P,
  "Your exam results are ready",
  "Fri, 04 Apr 2025 00:30:00 +0000",
  leaf(f"""Dear Rin Takamatsu,

Your score report for registration {REG} (DVA-C02) is now available in your Pearson VUE account.
Log in to view it.

Pearson VUE
"""),
  "Exam-vendor result mail with the 9-digit registration id.", auth=auth_gmail("pearson.com"))

# 065 INFO REQUEST E (kindly + question)
info_e = f"""Hi Rin,

Happy to help with the name on your certificates. Since the merge, the account uses the profile
that came from your company record, which has the name as "TAKAMATSU RIN (KAIUN)".

Kindly reply with your name exactly as it should be printed, in Latin letters, and tell us whether
it should match the name on the ID you show at test centers. The two have to agree, or check-in at a
test center can fail.

Kind regards,
Priya
AWS Training and Certification
"""
M("info_request", True, E, [],
  (TC_NAME, TC), ME_P, "RE:" + SUBJ_E, "Fri, 04 Apr 2025 05:41:30 +0000",
  leaf(info_e, cte="quoted-printable"),
  "Request with 'Kindly reply' for a non-merge confirmation (name on certificates).",
  key="infoE", irt=IDS["ackE"], refs=[IDS["ackE"]], auth=auth_gmail("amazon.com"))

# 066 user reply E
M("user_reply", False, E, [],
  (ME_NAME, ME_P), (TC_NAME, TC), "Re: RE:" + SUBJ_E, "Fri, 04 Apr 2025 18:22:05 +0900",
  leaf(f"""Hi Priya,

Please print it as "Rin Takamatsu". That's the same as on my passport, which is what I use at test centers.

Thanks!
Rin

On Fri, Apr 4, 2025 at 2:41 PM AWS Training and Certification <{TC}> wrote:
""" + gq(info_e)),
  "Owner's answer, quoting the request.", key="repE", irt=IDS["infoE"], refs=[IDS["ackE"], IDS["infoE"]],
  msgid=mid(66, "mail.gmail.com"))

# 067 CASE UPDATE E
M("case_update", False, E, [],
  (TC_NAME, TC), ME_P, "RE:" + SUBJ_E, "Mon, 07 Apr 2025 02:11:18 +0000",
  leaf("""Hi Rin,

I've submitted the change to "Rin Takamatsu". Certificates are regenerated overnight in batches, so
the new PDFs may take up to five business days. I'll confirm on this case once I see them updated.

Priya
"""),
  "Progress note; asks nothing.", key="updE", irt=IDS["repE"], refs=[IDS["ackE"], IDS["infoE"], IDS["repE"]],
  auth=auth_gmail("amazon.com"))

# 068 suspicious console lookalike
M("suspicious", False, None, [],
  ("Amazon Web Services", "no-reply-aws@aws-supportcenter.com"), ME_P,
  "Amazon Web Services: New Support case: 17439021177",
  "Mon, 07 Apr 2025 08:44:00 +0000",
  leaf(f"""Dear AWS customer,

A support case has been opened regarding suspicious activity on AWS account {ACCT}.
Case ID: 17439021177

To avoid suspension, verify your payment method within 12 hours:
https://aws-supportcenter.com/support/home#/case/?displayId=17439021177
"""),
  "Lookalike of the console 'New Support case' mail with a fake case id.", auth=auth_gmail("aws-supportcenter.com"))

# 069 certification feedback invite (personal)
M("certification", False, None, [],
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "Help shape the next AWS Certified Developer exam",
  "Tue, 08 Apr 2025 15:00:00 +0000",
  alt("""<html><body><p>Hi Rin,</p>
<p>You recently recertified. Would you be willing to join a short beta review of new exam items as a subject matter expert?
Reply is not needed &ndash; just use the sign-up link if you're interested.</p>
<p><a href="https://www.certmetrics.com/amazon/sme">Sign up</a></p></body></html>"""),
  "Certification program invitation phrased as a question.", auth=auth_gmail("certmetrics.com"))

# 070 friend mail JP asking for a reply
M("unrelated", False, None, [],
  ("小野寺 葵", "aoi.onodera@gmail.com"), ME_P,
  "送別会の日程について",
  "Wed, 09 Apr 2025 08:10:00 +0900",
  leaf("""凛さん

おつかれさま！遅くなったけど送別会やりたいです。
4/18（金）か 4/25（金）の夜、どっちが都合いいか返信ください。
お店はこちらで予約しておきます。

葵
""", cte="8bit"),
  "Personal mail that plainly asks for a reply – not support.", auth=auth_gmail("gmail.com"), msgid=mid(70, "mail.gmail.com"))

# 071 RESOLVED E
M("resolved", False, E, [],
  (TC_NAME, TC), ME_P, "RE:" + SUBJ_E, "Wed, 09 Apr 2025 03:33:51 +0000",
  leaf(f"""Hi Rin,

The certificates now show "Rin Takamatsu", and the change has been sent to Credly as well. Your case
{E} is resolved.

If a certificate still shows the old name after you sign out and back in, reply here and I'll pick
it up again.

Priya
AWS Training and Certification

> Please print it as "Rin Takamatsu". That's the same as on my passport, which is what I use at test centers.
"""),
  "Resolution with conditional 'reply here' and quoted owner text.", key="resE", irt=IDS["updE"],
  refs=[IDS["ackE"], IDS["infoE"], IDS["repE"], IDS["updE"]], auth=auth_gmail("amazon.com"))

# 072 SURVEY E
M("survey", False, E, [],
  ("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_P,
  f"Rate your experience - Case ID {E}",
  "Wed, 09 Apr 2025 04:00:00 +0000",
  leaf(f"""Hello,

Could you tell us how we did on case {E}? One click is enough:
https://survey.aws/csat?c={E}

Thank you,
AWS Customer Service
"""),
  "Survey phrased as 'Could you tell us' – a request-like form that is still only a survey.", auth=auth_gmail("amazon.com"))

# 073 marketing EN
M("unrelated", False, None, [],
  ("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME_P,
  "Your next step: AWS Certified Solutions Architect - Professional",
  "Thu, 10 Apr 2025 16:00:00 +0000",
  alt("""<html><body><p>You've earned two Associate-level certifications. Ready for the Professional level?</p>
<p>Use your 50% exam discount before it expires and prepare with free Skill Builder courses.</p>
<p><a href="#">Explore the exam guide</a></p><p>Unsubscribe | Privacy</p></body></html>"""),
  "AWS T&C marketing from an amazon.com address; not case mail.", auth=auth_gmail("amazon.com"))

# 074 dmarc=fail on a 'resolved' look-alike from the real sender
M("suspicious", False, None, [],
  (TC_NAME, TC), ME_P, "RE:" + SUBJ_E, "Thu, 10 Apr 2025 22:03:19 +0000",
  alt(f"""<html><body><p>Hello,</p>
<p>Your case {E} has been resolved. To receive your updated certificates, confirm your billing details for the reprint fee of USD 4.99:</p>
<p><a href="https://cert-reprint.aws-docs.info/pay">Confirm and pay</a></p></body></html>"""),
  "Genuine-looking From and subject of case E, but dmarc=fail; a payment lure.",
  auth=auth_gmail("amazon.com", dkim="none", spf="fail", dmarc="fail", mailfrom="bounce@aws-docs.info"))

# 075 Skill Builder renewal notice
M("unrelated", False, None, [],
  ("AWS Skill Builder", "no-reply@aws.training"), ME_P,
  "Your AWS Skill Builder subscription renews on April 12",
  "Fri, 11 Apr 2025 00:00:00 +0000",
  leaf("""Your individual subscription renews automatically on April 12, 2025 for USD 29.00.
To cancel, go to Subscription settings before that date. No reply is needed.
"""),
  "Subscription renewal notice.", auth=auth_gmail("aws.training"))


# ----------------------------------------------------------------- write
def main():
    for f in os.listdir(HERE):
        if re.match(r"\d{3}-msg\.(eml|json)$", f):
            os.remove(os.path.join(HERE, f))
    rows = []
    for m in MSGS:
        base = f"{m['n']:03d}-msg"
        with open(os.path.join(HERE, base + ".eml"), "wb") as fh:
            fh.write(m["raw"])
        with open(os.path.join(HERE, base + ".json"), "w") as fh:
            json.dump({"kind": m["kind"], "needs_reply": m["needs"], "case": m["case"],
                       "candidate_ids": m["cands"]}, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((base, m))
    return rows


if __name__ == "__main__":
    rows = main()
    print(f"wrote {len(rows)} messages")
