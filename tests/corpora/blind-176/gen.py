#!/usr/bin/env python3
"""Generate the blind-176 held-out mail corpus (standard library only)."""
import json, os, collections
from datetime import datetime, timezone, timedelta
from email import charset as _cs, policy
from email.header import Header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
UTC = timezone.utc

ME_P = "kenji.morimoto.dev@gmail.com"
ME_C = "k-morimoto@hoshizora-sys.co.jp"
ME_NAME = "Kenji Morimoto"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = formataddr(("AWS Training and Certification", TC))
CONSOLE = formataddr(("Amazon Web Services", "no-reply-aws@amazon.com"))

C1 = "175812640300218"   # merge company -> personal, APN hold, staged benefits
C1D = "175812702900431"  # duplicate form submission of C1
C2 = "13690257714"       # two cert accounts on one address, Credly badges missing
C3 = "5518034962"        # interrupted online exam -> retake voucher (Pearson VUE)
C4 = "175898331600094"   # console case: legal name correction, Pearson VUE sync
C5 = "176093118500562"   # Credly badge from company account missing after merge

TCSUBJ = "[AWS Training and Certification Form Submission] - "

msgs = []
ids = {}

def ascii_ok(s):
    try:
        s.encode("ascii"); return True
    except UnicodeEncodeError:
        return False

def text_part(body, sub="plain", cs="utf-8", enc=None):
    if cs == "utf-8" and enc == "qp":
        c = _cs.Charset("utf-8"); c.body_encoding = _cs.QP
        p = MIMENonMultipart("text", sub); p.set_payload(body, c); return p
    if cs == "utf-8" and enc == "8bit":
        c = _cs.Charset("utf-8"); c.body_encoding = None
        p = MIMENonMultipart("text", sub); p.set_payload(body, c)
        p.replace_header("Content-Transfer-Encoding", "8bit") if "Content-Transfer-Encoding" in p else p.add_header("Content-Transfer-Encoding", "8bit")
        return p
    if cs == "shift_jis":
        import base64
        p = MIMENonMultipart("text", sub, charset="Shift_JIS")
        p["Content-Transfer-Encoding"] = "base64"
        p.set_payload(base64.encodebytes(body.encode("shift_jis")).decode("ascii"))
        return p
    if cs == "us-ascii":
        return MIMEText(body, sub, "us-ascii")
    return MIMEText(body, sub, cs)

def add(key, kind, reply, case, cids, frm, to, subj, date, body=None, html=None,
        cs="utf-8", enc=None, irt=None, auth=None, crlf=False, cc=None,
        extra=None, hcs=None, note=""):
    if body is not None and html is not None:
        m = MIMEMultipart("alternative")
        m.attach(text_part(body, "plain", cs, enc))
        m.attach(text_part(html, "html", cs if cs != "iso-2022-jp" else "utf-8", enc))
    elif html is not None:
        m = text_part(html, "html", cs, enc)
    else:
        m = text_part(body, "plain", cs, enc)
    n = len(msgs) + 1
    dom = frm.split("@")[-1].rstrip(">")
    mid = "<%s>" % (extra.pop("_mid") if extra and "_mid" in extra else
                    "%d.%s.%s@%s" % (int(date.timestamp()), key, "x%03d" % (n * 37 % 997), dom))
    ids[key] = mid
    hdrs = []
    if auth:
        hdrs.append(("Authentication-Results", auth))
    hdrs += [("Message-ID", mid), ("Date", format_datetime(date)), ("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hcs = hcs or ("iso-2022-jp" if cs == "iso-2022-jp" else "utf-8")
    hdrs.append(("Subject", subj if ascii_ok(subj) else Header(subj, hcs)))
    if irt:
        chain = irt if isinstance(irt, list) else [irt]
        hdrs.append(("In-Reply-To", ids[chain[-1]]))
        hdrs.append(("References", " ".join(ids[k] for k in chain)))
    for k, v in (extra or {}).items():
        hdrs.append((k, v))
    old = [(k, v) for k, v in m.items()]
    for k in list(m.keys()):
        del m[k]
    for k, v in hdrs:
        m[k] = v
    if "MIME-Version" not in [k for k, _ in old]:
        m["MIME-Version"] = "1.0"
    for k, v in old:
        m[k] = v
    data = m.as_bytes(policy=policy.compat32.clone(linesep="\r\n" if crlf else "\n"))
    msgs.append(dict(n=n, key=key, date=date, data=data, label={
        "kind": kind, "needs_reply": reply, "case": case, "candidate_ids": cids}))

def ar_gmail(dom, ok=True, sel="224i4yxa5dv7c2xz7jjgxajretoaqddf"):
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=Qm3xT0aL;\n"
                "       spf=pass (google.com: domain of bounces@%s designates 54.240.8.12 as permitted sender) smtp.mailfrom=bounces@%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dom, sel, dom, dom, dom))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=Zz81kQwe;\n"
            "       spf=softfail (google.com: domain of transitioning noreply@%s does not designate 185.231.70.44 as permitted sender) smtp.mailfrom=noreply@%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (dom, sel, dom, dom, dom))

def ar_corp(dom, ok=True):
    r = "pass" if ok else "fail"
    return ("mx01.hoshizora-sys.co.jp; spf=%s smtp.mailfrom=%s; dkim=%s header.d=%s; dmarc=%s header.from=%s"
            % (r, dom, r, dom, r, dom))

def d(mo, dd, hh, mi, tz=JST):
    return datetime(2025, mo, dd, hh, mi, tz=tz) if False else datetime(2025, mo, dd, hh, mi, tzinfo=tz)

ACK_FOOT = ("\n\nPlease do not open a new case for this same request; additional cases are merged"
            " into the first one and can slow down our reply.\n")

# ---------------------------------------------------------------- messages
# 001 GitHub merged PR (trap: "merged")
add("gh1", "unrelated", False, None, [],
    formataddr(("Aya Fujii", "notifications@github.com")), formataddr((ME_NAME, ME_C)),
    "Re: [hoshizora/infra-modules] Merge account-baseline module into main (PR #412)",
    d(9, 8, 10, 4),
    body="Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
         "https://github.com/hoshizora/infra-modules/pull/412#event-15520391\n"
         "You are receiving this because you were mentioned.\n",
    html="<p>Merged <a href=\"https://github.com/hoshizora/infra-modules/pull/412\">#412</a> into <code>main</code>.</p>"
         "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, "
         "<a href=\"https://github.com/hoshizora/infra-modules/pull/412#event-15520391\">view it on GitHub</a>.</p>",
    auth=ar_corp("github.com"), extra={"List-ID": "hoshizora/infra-modules <infra-modules.hoshizora.github.com>",
                                       "X-GitHub-Reason": "mention"})

# 002 C2 acknowledgement in Japanese, ISO-2022-JP
add("c2ack", "acknowledgement", False, C2, [], TC_FROM, ME_P,
    "[CASE %s] %saccount-assistance" % (C2, TCSUBJ), d(9, 8, 21, 47),
    body="""森本 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース ID %s を作成しました。

担当チームが内容を確認のうえ、通常は 24 時間以内にご連絡いたします。
内容によっては調査にお時間をいただく場合がございます。あらかじめご了承ください。

同じ内容で別のケースを作成されますと、対応が重複し回答が遅れる原因となります。
追加の情報は、このメールへの返信でお送りいただけます。

ケースの詳細:
  ケース ID: %s
  お問い合わせタイプ: 認定
  その他の詳細: Account Merge

AWS トレーニングと認定 カスタマーサービス
""" % (C2, C2), cs="iso-2022-jp", auth=ar_gmail("amazon.com"))

# 003 Builder ID one-time code
add("otp1", "unrelated", False, None, [],
    formataddr(("AWS Builder ID", "no-reply@signin.aws")), ME_P,
    "Verify your AWS Builder ID email address", d(9, 8, 21, 12),
    html="""<html><body style="font-family:Arial,sans-serif">
<h2>Verify your email address</h2>
<p>Enter this verification code to continue creating your AWS Builder ID:</p>
<p style="font-size:28px;letter-spacing:4px"><b>581406</b></p>
<p>The code expires in 10 minutes. If you didn't ask for it, you can ignore this message.</p>
<p style="color:#888;font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109</p>
</body></html>""", auth=ar_gmail("signin.aws"))

# 004 certification expiry notice with candidate id
add("exp1", "certification", False, None, ["AWS04417260"],
    formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), ME_P,
    "Your AWS Certified Developer - Associate expires in 90 days", d(9, 9, 2, 15, UTC),
    body="""Hello Kenji,

Your AWS Certified Developer - Associate credential (validation number 7QK2M41LDJBE1PWX)
reaches the end of its three-year validity on 2025-12-08.

Candidate ID: AWS04417260

To keep it active, pass the current version of the exam or a higher-level exam in the
same path before that date. Your 50% discount benefit from a previous certification can
be applied when you schedule. Details are in your AWS Certification Account under Benefits.

Thank you,
AWS Certification

This mailbox is not monitored.
""", enc="qp", auth=ar_gmail("certmetrics.com"))

# 005 colleague Japanese handover
add("col1", "unrelated", False, None, [],
    formataddr(("佐伯 真理", "m-saeki@hoshizora-sys.co.jp"), charset="utf-8"), formataddr((ME_NAME, ME_C)),
    "引き継ぎ資料の件", d(9, 9, 11, 20),
    body="""森本さん

お疲れさまです、佐伯です。
退職前の引き継ぎについて、監視基盤の Runbook と IAM Identity Center の権限表を
10/17 までに共有フォルダへ置いていただけますか。
レビューはこちらで週明けにやります。

よろしくお願いします。
佐伯
""", auth=ar_corp("hoshizora-sys.co.jp"))

# 006 C2 info request: ask for candidate IDs, request buried after explanation
add("c2req", "info_request", True, C2, [], formataddr(("Priya S. - AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %saccount-assistance" % (C2, TCSUBJ), d(9, 10, 7, 31, PDT),
    body="""Hello Kenji,

Thanks for your patience while I looked into this.

When I search our certification records by your e-mail address I find more than one
certification profile. That explains why Credly does not show the badges you earned
recently: a badge is issued to the profile that owns the exam result, and Credly only
follows one of them.

Before anything can be consolidated, I have to be sure both profiles are yours and which
one should survive. The quickest way is the AWS candidate ID printed at the top right of
each profile after sign-in (it starts with "AWS" followed by eight digits). Please send me
the ID of every profile you can sign in to.

Best regards,
Priya S.
AWS Training and Certification Customer Service
""", auth=ar_gmail("amazon.com"), irt="c2ack")

# 007 AWS billing invoice (12-digit account id)
add("bill1", "unrelated", False, None, [],
    formataddr(("Amazon Web Services", "aws-billing@amazon.com")), ME_P,
    "Amazon Web Services Invoice Available [Account: 482019374651]", d(9, 10, 9, 2, UTC),
    body="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $3.41

Account number: 482019374651
Billing period: August 1 - August 31, 2025

You can see a complete break down of all charges on the Billing & Cost Management page.

Sincerely,
Amazon Web Services
""", auth=ar_gmail("amazon.com"))

# 008 newsletter
add("news1", "unrelated", False, None, [],
    formataddr(("Cloud Weekly JP", "newsletter@cloudweekly.example.jp")), ME_P,
    "Cloud Weekly #318: Bedrock のガードレール更新、認定試験の新バージョンほか", d(9, 11, 8, 0),
    html="""<html><body>
<h1>Cloud Weekly #318</h1>
<ul>
<li>Bedrock Guardrails がコンテキストグラウンディングに対応</li>
<li>AWS 認定試験: 2025 年秋に改訂される試験の一覧</li>
<li>読者投稿: 転職時に認定アカウントを個人アドレスへ移した話</li>
</ul>
<p><a href="https://cloudweekly.example.jp/unsubscribe?u=8841">配信停止</a></p>
</body></html>""", auth=ar_gmail("cloudweekly.example.jp"), extra={"List-Unsubscribe": "<https://cloudweekly.example.jp/unsubscribe?u=8841>"})

# 009 other vendor "request solved" (Zendesk style)
add("zd1", "unrelated", False, None, [],
    formataddr(("Loglane Support", "support@loglane.example.com")), ME_C,
    "[Loglane] Re: Agent stops shipping logs after rotation (#58213) - solved", d(9, 12, 3, 40, UTC),
    body="""##- Please type your reply above this line -##

Your request (58213) has been solved. If you feel it isn't, reply to this e-mail within
7 days and the ticket will reopen.

Marco (Loglane Support)
Sep 11, 2025, 20:38 PDT

Hi Kenji, agent 4.12.3 contains the fix for the inotify leak you reported. Upgrading the
DaemonSet should stop the gaps after rotation. Closing this as solved for now.

This email is a service from Loglane Support.
""", auth=ar_corp("loglane.example.com"))

# 010 C2 closing notice
add("c2close", "closing_notice", True, C2, [], formataddr(("AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %saccount-assistance" % (C2, TCSUBJ), d(9, 13, 6, 5, PDT),
    body="""Hello,

We're following up on the message we sent on September 10. We still need the candidate
IDs before we can go further, and we have not received a reply yet.

If we do not hear from you within 72 hours, this case will be closed. A reply to this
e-mail at any time, including after closing, will reopen it, so nothing is lost.

Regards,
AWS Training and Certification Customer Service

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Wednesday, September 10, 2025 7:31 AM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Kenji,
Thanks for your patience while I looked into this. [...] Please send me the ID of every
profile you can sign in to.
""" % C2, auth=ar_gmail("amazon.com"), irt=["c2ack", "c2req"], crlf=True)

# 011 user reply with candidate IDs (Gmail quote)
add("c2me", "user_reply", False, C2, ["AWS04417260", "AWS11873350"],
    formataddr((ME_NAME, ME_P)), TC,
    "Re: RE:[CASE %s] %saccount-assistance" % (C2, TCSUBJ), d(9, 13, 23, 12),
    body="""Hi Priya,

Sorry for the slow answer, I was travelling.

Both profiles are mine:
- AWS04417260 (the old one, created when I still signed in with my Amazon.com account)
- AWS11873350 (created this year with AWS Builder ID)

Please keep the second one as the primary.

Thanks,
Kenji Morimoto

On Sat, Sep 13, 2025 at 10:05 PM AWS Training and Certification <%s> wrote:
> Hello,
>
> We're following up on the message we sent on September 10. We still need the candidate
> IDs before we can go further, and we have not received a reply yet.
>
> If we do not hear from you within 72 hours, this case will be closed.
""" % TC, irt=["c2ack", "c2req", "c2close"])

# 012 Amazon.co.jp shipping (Shift_JIS)
add("amzjp", "unrelated", False, None, [],
    formataddr(("Amazon.co.jp", "shipment-tracking@amazon.co.jp")), ME_P,
    "Amazon.co.jp ご注文の商品が発送されました", d(9, 14, 9, 33),
    body="""森本 健二 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-4418273-1190652
お届け予定: 9月15日(月)
商品: USB-C ドッキングステーション 1 点

配送状況はアカウントサービスの「注文履歴」からご確認いただけます。
このメールは送信専用のアドレスから送られています。
""", cs="shift_jis", hcs="utf-8", auth=ar_gmail("amazon.co.jp"))

# 012b C2 confirmation request in Japanese (keigo), candidate IDs in a listing
add("c2conf", "confirmation_request", True, C2, ["AWS11873350", "AWS04417260"],
    formataddr(("AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %saccount-assistance" % (C2, TCSUBJ), d(9, 14, 10, 26),
    body="""森本 健二 様

候補 ID をお送りいただき、ありがとうございます。
以下の 2 つの認定プロフィールを確認いたしました。

  Account #1
    候補 ID: AWS11873350
    ログイン メール: kenji.morimoto.dev@gmail.com
    認定通知メール: kenji.morimoto.dev@gmail.com

  Account #2
    候補 ID: AWS04417260
    ログイン メール: kenji.morimoto.dev@gmail.com（Amazon.com アカウント経由）
    認定通知メール: kenji.morimoto.dev@gmail.com

統合後は Account #2 をご利用いただけなくなります。Account #2 の試験履歴・認定・特典を
Account #1 へ統合する形でよろしいでしょうか。お手数ですが、ご確認のほどよろしくお願いいたします。

Priya S.
AWS トレーニングと認定 カスタマーサービス
""", cs="utf-8", enc="qp", auth=ar_gmail("amazon.com"), irt=["c2ack", "c2req", "c2close", "c2me"])

add("c2me2", "user_reply", False, C2, [],
    formataddr((ME_NAME, ME_P)), TC,
    "Re: RE:[CASE %s] %saccount-assistance" % (C2, TCSUBJ), d(9, 14, 19, 48),
    body="""はい、問題ありません。Account #1 へ統合してください。
Confirmed - please merge Account #2 into Account #1.

森本

On Sun, Sep 14, 2025 at 10:26 AM AWS Training and Certification <%s> wrote:
> Account #2 の試験履歴・認定・特典を
> Account #1 へ統合する形でよろしいでしょうか。
""" % TC, irt=["c2ack", "c2req", "c2close", "c2me", "c2conf"], enc="8bit")

# 013 C2 case update that sounds final
add("c2upd1", "case_update", False, C2, [], formataddr(("Priya S. - AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %saccount-assistance" % (C2, TCSUBJ), d(9, 15, 8, 48, PDT),
    body="""Hi Kenji,

Thank you for confirming. We have processed your request and passed it
to our Certification Operations team, who carry out profile consolidations.

Their queue is longer than usual this month. They will write to you on this case as soon
as the consolidation has been carried out; you do not need to do anything in the meantime.

Kind regards,
Priya S.
AWS Training and Certification Customer Service

> Confirmed - please merge Account #2 into Account #1.
""", auth=ar_gmail("amazon.com"), irt=["c2ack", "c2req", "c2close", "c2me", "c2conf", "c2me2"], enc="qp")

# 014 AWS marketing
add("mkt1", "unrelated", False, None, [],
    formataddr(("AWS Events", "aws-marketing-email-replies@amazon.com")), ME_P,
    "Registration is open: AWS re:Invent 2025 — reserve your seat in sessions", d(9, 15, 23, 0),
    html="""<html><body><table width="600" align="center"><tr><td>
<h1 style="color:#232f3e">AWS re:Invent 2025</h1>
<p>Session reservations open today. Build your agenda, add certification lounge access,
and schedule a discounted on-site exam.</p>
<p><a href="https://reinvent.awsevents.com/">Reserve sessions</a></p>
<p style="font-size:10px">To unsubscribe from AWS marketing e-mail, visit the preference center.
Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109</p>
</td></tr></table></body></html>""", auth=ar_gmail("amazon.com"))

# 015 phishing, lookalike domain
add("phish1", "suspicious", False, None, [],
    formataddr(("AWS Certification Support", "support@aws-certification-help.com")), ME_P,
    "Action required: verify ownership before your certification accounts are merged",
    d(9, 16, 4, 11, UTC),
    html="""<html><body>
<p>Dear Candidate,</p>
<p>A request to merge your AWS Certification profiles (Case 8834120097) is waiting for
verification. To avoid loss of your certifications and badges, sign in within 24 hours
and confirm your password and the account you want to keep.</p>
<p><a href="http://aws-certification-help.com/verify?c=8834120097">Verify my account</a></p>
<p>If you do not verify, the merge will be cancelled and your credentials may be revoked.</p>
<p>AWS Training &amp; Certification</p>
</body></html>""", auth=ar_gmail("aws-certification-help.com"))

# 016 C1 acknowledgement (English)
add("c1ack", "acknowledgement", False, C1, [], TC_FROM, ME_P,
    "[CASE %s] %saccount-assistance" % (C1, TCSUBJ), d(9, 17, 17, 26),
    body="""Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s
for your request and a member of our team will respond, usually within 24 hours.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Severity: General question

You can add information by replying to this e-mail. Please keep the case ID in the
subject line.%s
Sincerely,
AWS Training and Certification
""" % (C1, C1, ACK_FOOT), auth=ar_gmail("amazon.com"))

# 017 C1 duplicate acknowledgement to company address
add("c1dack", "acknowledgement", False, C1D, [], TC_FROM, ME_C,
    "[CASE %s] %saccount-assistance" % (C1D, TCSUBJ), d(9, 17, 17, 37),
    body="""Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s
for your request and a member of our team will respond, usually within 24 hours.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Severity: General question

You can add information by replying to this e-mail. Please keep the case ID in the
subject line.%s
Sincerely,
AWS Training and Certification
""" % (C1D, C1D, ACK_FOOT), auth=ar_corp("amazon.com"))

# 018 owner forwards the duplicate ack to personal address as a note
add("c1dfwd", "user_reply", False, C1D, [],
    formataddr(("森本 健二", ME_C), charset="utf-8"), ME_P,
    "Fw: [CASE %s] %saccount-assistance" % (C1D, TCSUBJ), d(9, 17, 17, 52),
    body="""メモ: フォームを二重送信してしまった。本命は %s（個人アドレス宛て）の方。
こちらは放置でよいはず。

________________________________
From: AWS Training and Certification <%s>
Sent: Wednesday, September 17, 2025 17:37
To: 森本 健二 <%s>
Subject: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s
for your request and a member of our team will respond, usually within 24 hours.
""" % (C1, TC, ME_C, C1D, C1D), irt="c1dack")

# 019 GitHub issue comment
add("gh2", "unrelated", False, None, [],
    formataddr(("Daichi Ono", "notifications@github.com")), formataddr((ME_NAME, ME_C)),
    "Re: [hoshizora/infra-modules] Can we close this once the merge lands? (Issue #415)",
    d(9, 17, 19, 3),
    body="""I think we can close this once #412 is merged and the plan is clean in staging.
@kmorimoto could you confirm before you leave?

--
Reply to this email directly or view it on GitHub:
https://github.com/hoshizora/infra-modules/issues/415#issuecomment-2354410987
""", auth=ar_corp("github.com"), extra={"List-ID": "hoshizora/infra-modules <infra-modules.hoshizora.github.com>"})

# 020 duplicate closed and linked
add("c1ddup", "case_update", False, C1D, [], formataddr(("AWS Training and Certification", TC)), ME_C,
    "RE:[CASE %s] %saccount-assistance" % (C1D, TCSUBJ), d(9, 18, 2, 14),
    body="""Hello,

We noticed that this request is the same as case %s, which you opened a few
minutes earlier. To keep everything in one place we have closed this case (%s)
and linked it to %s. Your request is still being worked on there.

There is nothing you need to do about this message.

AWS Training and Certification
""" % (C1, C1D, C1), auth=ar_corp("amazon.com"), irt="c1dack")

# 021 C1 partner hold with a buried question
add("c1hold", "on_hold", True, C1, ["AWS02231847"], formataddr(("Tomás R. - AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %saccount-assistance" % (C1, TCSUBJ), d(9, 18, 14, 9),
    body="""Hello Kenji,

I've reviewed the profiles in your request. The one registered to
k-morimoto@hoshizora-sys.co.jp (AWS02231847) is associated with an AWS Partner Network
organization, Hoshizora Systems K.K. Certifications on that profile count toward the
partner's standing, so we cannot move them to a personal profile while the association
is active. I have placed your merge on hold for that reason.

The usual path is that the association ends when the employee leaves. Are you leaving
Hoshizora Systems, and if so, what is your last working day? Once I have that I can ask
our partner team to take it from there.

Thank you,
Tomás R.
AWS Training and Certification
""", auth=ar_gmail("amazon.com"), irt="c1ack")

# 022 C2 still-working update
add("c2upd2", "case_update", False, C2, [], formataddr(("AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %saccount-assistance" % (C2, TCSUBJ), d(9, 18, 23, 30),
    html="""<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Kenji,</p>
<p>A short note so you know where things stand: Certification Operations have started on the
consolidation of your two profiles. Because badges are involved, they are coordinating the
change with Credly before they finish.</p>
<p>No action is needed on your side. We will write again when it is done.</p>
<p>Best regards,<br>AWS Training and Certification Customer Service</p>
</body></html>""", auth=ar_gmail("amazon.com"), irt=["c2ack", "c2req", "c2close", "c2me", "c2upd1"])

# 023 user reply to hold (Outlook style, top-posted, from company address)
add("c1me1", "user_reply", False, C1, [],
    formataddr((ME_NAME, ME_C)), TC,
    "RE: RE:[CASE %s] %saccount-assistance" % (C1, TCSUBJ), d(9, 18, 22, 41),
    body="""Hello Tomás,

Yes, I am leaving Hoshizora Systems. My last working day is October 31, 2025, and this
company mailbox will be shut down that evening, so please use kenji.morimoto.dev@gmail.com
for anything after that.

Best regards,
Kenji Morimoto

-----Original Message-----
From: Tomás R. - AWS Training and Certification <%s>
Sent: Thursday, September 18, 2025 2:09 PM
To: kenji.morimoto.dev@gmail.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Kenji,

I've reviewed the profiles in your request. The one registered to
k-morimoto@hoshizora-sys.co.jp (AWS02231847) is associated with an AWS Partner Network
organization [...] Are you leaving Hoshizora Systems, and if so, what is your last
working day?
""" % (TC, C1), irt=["c1ack", "c1hold"], crlf=True)

# 024 out-of-office autoreply (Japanese)
add("ooo1", "unrelated", False, None, [],
    formataddr(("佐伯 真理", "m-saeki@hoshizora-sys.co.jp"), charset="utf-8"), ME_C,
    "自動応答: Runbook 共有しました", d(9, 19, 9, 2),
    body="""お疲れさまです。佐伯です。
9/19〜9/23 は休暇のため不在にしております。
急ぎの件は インフラチーム（infra@hoshizora-sys.co.jp）までご連絡ください。
""", cs="iso-2022-jp", auth=ar_corp("hoshizora-sys.co.jp"),
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

# 025 C1 still on hold, waiting on partner, asks nothing
add("c1hold2", "on_hold", False, C1, ["AWS02231847"], formataddr(("Tomás R. - AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %saccount-assistance" % (C1, TCSUBJ), d(9, 19, 10, 55),
    body="""Hi Kenji,

Thanks for confirming your leaving date. I've handed the details to our partner team.
They will contact the administrator of the Hoshizora Systems partner account so that the
association on AWS02231847 can be released; until that happens, the merge stays on hold.
In my experience this takes three to five business days.

I'll write again on this case when the partner side has acted.

Tomás R.
AWS Training and Certification
""", auth=ar_gmail("amazon.com"), irt=["c1ack", "c1hold", "c1me1"])

# 026 Skill Builder receipt
add("sb1", "unrelated", False, None, [],
    formataddr(("AWS Skill Builder", "no-reply@aws.training")), ME_P,
    "Your AWS Skill Builder receipt", d(9, 20, 6, 2, UTC),
    html="""<html><body>
<h2>Thanks for your purchase</h2>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Item</th><th>Period</th><th>Amount</th></tr>
<tr><td>AWS Skill Builder Individual subscription</td><td>Sep 20 - Oct 19, 2025</td><td>USD 29.00</td></tr>
</table>
<p>Order number: SB-20250920-77310<br>Your subscription renews automatically. Manage it under Account &gt; Subscriptions.</p>
</body></html>""", auth=ar_gmail("aws.training"))

# 027 C2 resolved, waiting only on Credly sync, conditional invitation, quotes old request
add("c2done", "resolved", False, C2, ["AWS11873350"], formataddr(("Haruto K. - AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %saccount-assistance" % (C2, TCSUBJ), d(9, 21, 1, 18),
    body="""Hi Kenji,

Good news: Certification Operations have finished. Your exam history, certifications and
benefits now all sit on AWS11873350, and the older profile has been retired.

Credly picks up the change on its own. Your badges are being re-issued to the address on
file, and you should see the Credly e-mails within the next 48 hours. If a badge is still
missing a week from now, just reply here and we will check it.

Thank you for your patience,
Haruto K.
AWS Training and Certification Customer Service

On Wed, Sep 10, 2025 at 7:31 AM, Priya S. wrote:
> When I search our certification records by your e-mail address I find more than one
> certification profile. [...] Please send me the ID of every profile you can sign in
> to.
""", auth=ar_gmail("amazon.com"), irt=["c2ack", "c2req", "c2close", "c2me", "c2upd1", "c2upd2"])

# 028 Credly badge
CREDLY = formataddr(("Credly", "admin@credly.com"))
def credly(key, subj, date, title, extra_line=""):
    add(key, "badge", False, None, [], CREDLY, ME_P, subj, date,
        body="Hi Kenji,\n\n%s\n\nAccept your badge: https://www.credly.com/badges/%s/accept\n\nCredly\n" % (title, "5c1f0a7e-" + key),
        html="""<html><body style="font-family:Helvetica,Arial"><table width="560" align="center"><tr><td>
<img src="https://images.credly.com/logo.png" alt="Credly" width="90">
<p>Hi Kenji,</p><p>%s</p>%s
<p><a href="https://www.credly.com/badges/5c1f0a7e-%s/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#777">Issued by Amazon Web Services Training and Certification via Credly. Credly, 3 Park Ave, New York, NY.</p>
</td></tr></table></body></html>""" % (title, extra_line, key), auth=ar_gmail("credly.com"))

credly("cr1", "Amazon Web Services Training and Certification sent you a new badge", d(9, 21, 3, 40),
       "Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect – Associate</b> badge.".replace("<b>", "").replace("</b>", ""))
# 029
credly("cr2", "Claim your AWS Certified Developer – Associate badge", d(9, 21, 3, 41),
       "Your AWS Certified Developer – Associate badge is ready to be claimed.")

# 030 C2 survey
add("c2srv", "survey", False, C2, [], formataddr(("AWS Training and Certification", "aws-tc-feedback@amazon.com")), ME_P,
    "How did we do on case %s?" % C2, d(9, 22, 9, 15),
    html="""<html><body>
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (Case ID %s) was marked resolved.
Would you take one minute to tell us about the experience?</p>
<p>How satisfied were you with the support you received?</p>
<p><a href="https://survey.aws-training.example/s?c=%s&amp;r=5">5 - Very satisfied</a> |
<a href="https://survey.aws-training.example/s?c=%s&amp;r=1">1 - Very dissatisfied</a></p>
<p>Your answers are anonymous and help us improve.</p>
</body></html>""" % (C2, C2, C2), auth=ar_gmail("amazon.com"))

# 031 owner shares badge with manager (Japanese, no case)
add("me_badge", "user_reply", False, None, [],
    formataddr(("森本 健二", ME_C), charset="utf-8"), formataddr(("高橋 部長", "takahashi@hoshizora-sys.co.jp"), charset="utf-8"),
    "Credly バッジ復旧しました", d(9, 22, 10, 2),
    body="""高橋さん

先日お話ししていた Credly のバッジですが、AWS 側でアカウントが整理されて
無事に表示されるようになりました。公開プロフィールはこちらです。
https://www.credly.com/users/kenji-morimoto

パートナー向けの資格者数の件は、退職手続きと合わせて別途相談させてください。

森本
""", cs="iso-2022-jp")

# 032 Pearson VUE appointment confirmation
add("pv1", "unrelated", False, None, [],
    formataddr(("Pearson VUE", "noreply@pearson.com")), ME_P,
    "Confirmation of your AWS Certified Solutions Architect - Professional exam appointment",
    d(9, 23, 1, 5, UTC),
    body="""Dear Kenji Morimoto,

Thank you for scheduling with Pearson VUE.

Exam: SAP-C02 AWS Certified Solutions Architect - Professional
Delivery: OnVUE online proctored
Date/time: Saturday, September 27, 2025, 10:00 JST
Registration ID: 472918305

Check in 30 minutes early and run the system test on the computer you will use.

Pearson VUE
""", auth=ar_gmail("pearson.com"))

# 033 Credly lookalike phishing
add("phish2", "suspicious", False, None, [],
    formataddr(("Credly Badges", "no-reply@credly-notify.com")), ME_P,
    "Your AWS badge will be revoked — re-verify your Credly login", d(9, 24, 14, 30),
    body="""Hello,

We detected a duplicate account linked to your AWS Certified badges. To keep them, verify
your identity in the next 12 hours:

http://credly-notify.com/secure/login?id=77192

Badges that are not re-verified will be revoked and cannot be restored.

Credly Trust & Safety
""", auth=ar_gmail("credly-notify.com"))

# 034 C1 hold lifted
add("c1lift", "case_update", False, C1, [], formataddr(("Tomás R. - AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %saccount-assistance" % (C1, TCSUBJ), d(9, 25, 11, 20),
    body="""Hi Kenji,

The partner administrator at Hoshizora Systems has released the association, so the hold
on your case is lifted. I'm now collecting the details of both profiles for the merge and
will be in touch shortly.

Tomás R.
AWS Training and Certification
""", auth=ar_gmail("amazon.com"), irt=["c1ack", "c1hold", "c1me1", "c1hold2"])

# 035 colleague partner admin (unrelated, talks about the same thing)
add("col2", "unrelated", False, None, [],
    formataddr(("中川 亮", "r-nakagawa@hoshizora-sys.co.jp"), charset="utf-8"), ME_C,
    "Re: パートナーセントラルの認定の紐付け", d(9, 25, 13, 4),
    body="""森本さん

AWS のパートナーチームから連絡があったので、Partner Central で森本さんの認定の紐付けを
解除しておきました。AWS 側の処理はそちらのケースで進むと思います。
何か必要なら言ってください。

中川

> 中川さん、AWS から連絡が行くと思うので対応をお願いできますか。
> 森本
""", auth=ar_corp("hoshizora-sys.co.jp"))

# 036 C1 confirmation request, HTML-only with table
add("c1conf", "confirmation_request", True, C1, ["AWS11873350", "AWS02231847"],
    formataddr(("Tomás R. - AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %saccount-assistance" % (C1, TCSUBJ), d(9, 26, 9, 47),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Kenji,</p>
<p>These are the two certification profiles I found for you:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11873350</td><td>AWS02231847</td></tr>
<tr><td>Login email</td><td>kenji.morimoto.dev@gmail.com</td><td>k-morimoto@hoshizora-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenji.morimoto.dev@gmail.com</td><td>k-morimoto@hoshizora-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenji.morimoto.dev@gmail.com</td><td>k-morimoto@hoshizora-sys.co.jp</td></tr>
</table>
<p>Once merged, everything ends up on a single profile and the other one can no longer be used to sign in.
Based on your form I'd keep Account #1. Is that right, and are both accounts yours? A short reply saying
which account to keep is enough for me to go ahead.</p>
<p>Regards,<br>Tomás R.<br>AWS Training and Certification</p>
</body></html>""", auth=ar_gmail("amazon.com"), irt=["c1ack", "c1hold", "c1me1", "c1hold2", "c1lift"])

# 037 owner confirms
add("c1me2", "user_reply", False, C1, [],
    formataddr((ME_NAME, ME_P)), TC,
    "Re: RE:[CASE %s] %saccount-assistance" % (C1, TCSUBJ), d(9, 26, 12, 15),
    body="""Confirmed, both are mine. Please merge into Account #1.

Kenji

2025年9月26日(金) 9:47 Tomás R. - AWS Training and Certification <%s>:
> Hello Kenji,
> These are the two certification profiles I found for you:
> Account #1 / Login email: kenji.morimoto.dev@gmail.com
> Account #2 / Login email: k-morimoto@hoshizora-sys.co.jp
> Based on your form I'd keep Account #1. Is that right, and are both accounts yours?
""" % TC, irt=["c1ack", "c1hold", "c1me1", "c1hold2", "c1lift", "c1conf"], enc="8bit")

# 038 Pearson VUE incident (other vendor case)
add("pv2", "unrelated", False, None, [],
    formataddr(("Pearson VUE Customer Service", "pvamericas@pearson.com")), ME_P,
    "Your OnVUE exam session - Case 09271842", d(9, 27, 14, 50),
    body="""Dear Kenji,

We are sorry that your online exam on September 27 ended before you could finish.
We have opened case 09271842 to review the session. Registration ID: 472918305.

Because your exam is sponsored by AWS, any retake or voucher decision is made by
AWS Training and Certification. We recommend that you also contact them and mention
our case number.

Pearson VUE Customer Service
""", auth=ar_gmail("pearson.com"))

# 039 owner writes to Pearson VUE (user_reply, not an AWS case)
add("me_pv", "user_reply", False, None, [],
    formataddr((ME_NAME, ME_P)), "pvamericas@pearson.com",
    "Re: Your OnVUE exam session - Case 09271842", d(9, 27, 16, 22),
    body="""Hello,

Thank you. For the record: the OnVUE application froze at question 41 and the greeter
chat could not reconnect. I have also contacted AWS Training and Certification.

Kenji Morimoto

On Sat, Sep 27, 2025 at 2:50 PM Pearson VUE Customer Service <pvamericas@pearson.com> wrote:
> We have opened case 09271842 to review the session.
""", irt="pv2")

# 040 C1 partial: merged but voucher benefit pending with another team (sounds resolved)
add("c1part", "case_update", False, C1, [], formataddr(("Tomás R. - AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %saccount-assistance" % (C1, TCSUBJ), d(9, 28, 10, 3),
    body="""Hello Kenji,

Your accounts have been merged successfully. Exam history and both certifications from
Account #2 now appear on Account #1, and you can sign in with your personal address.

One piece did not come across: the 50%% exam discount from your previous certification.
Discount benefits are stored separately and our Benefits team has to re-create them on
the surviving profile. I have sent them the request; I'll keep this case open and let you
know when it shows up under Benefits.

Regards,
Tomás R.
AWS Training and Certification

> Confirmed, both are mine. Please merge into Account #1.
""", auth=ar_gmail("amazon.com"), irt=["c1ack", "c1hold", "c1me1", "c1hold2", "c1lift", "c1conf", "c1me2"])

# 041 Credly: badges moved
credly("cr3", "Your badges have a new home", d(9, 28, 11, 30),
       "The badges from Amazon Web Services Training and Certification that were sent to k-morimoto@hoshizora-sys.co.jp have been moved to this e-mail address.")

# 042 C3 acknowledgement, different template
add("c3ack", "acknowledgement", False, C3, [], formataddr(("AWS Training and Certification", TC)), ME_P,
    "RE: [CASE %s] %scertification" % (C3, TCSUBJ), d(9, 29, 8, 12),
    html="""<html><body>
<p>Thank you for reaching out to AWS Training and Certification.</p>
<p>Your message has been received and assigned <b>Case ID: %s</b>. An agent will review it and reply by e-mail,
generally within one business day.</p>
<table cellpadding="4"><tr><td>Topic</td><td>Certification &gt; Exam issue</td></tr>
<tr><td>Submitted</td><td>2025-09-29 08:11 JST</td></tr></table>
<p>To avoid delays, please keep all correspondence on this case rather than submitting the form again.</p>
</body></html>""" % C3, auth=ar_gmail("amazon.com"))

# 043 Microsoft Learn renewal (other program)
add("ms1", "unrelated", False, None, [],
    formataddr(("Microsoft Learn", "learn@email.microsoft.com")), ME_P,
    "Your Azure Administrator Associate certification can be renewed now", d(9, 29, 20, 0),
    html="""<html><body><p>Hi Kenji,</p><p>Your certification expires in 180 days. Take the free online
renewal assessment on Microsoft Learn to extend it for another year.</p>
<p><a href="https://learn.microsoft.com/credentials/renew">Renew now</a></p></body></html>""",
    auth=ar_gmail("email.microsoft.com"))

# 044 CertMetrics "wants to hear from you" (certification, not survey)
add("cmsurv", "certification", False, None, [],
    formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), ME_P,
    "AWS Certification wants to hear from you", d(9, 30, 3, 0, UTC),
    body="""Hello,

As an AWS Certified individual, you are invited to share how certification has affected
your career. The questionnaire takes about ten minutes and closes on October 31.

https://www.certmetrics.com/amazon/survey/2025

Thank you for being part of the AWS Certified community.
AWS Certification
""", auth=ar_gmail("certmetrics.com"))

# 045 C3 update in Japanese (Shift_JIS): raised with Pearson VUE
add("c3upd1", "case_update", False, C3, [], formataddr(("AWS トレーニングと認定", TC), charset="utf-8"), ME_P,
    "RE: [CASE %s] %scertification" % (C3, TCSUBJ), d(9, 30, 15, 20),
    body="""森本様

AWS トレーニングと認定カスタマーサービスの鈴木です。
9 月 27 日の SAP-C02 オンライン試験が中断された件につきまして、ご連絡いたします。

Pearson VUE へセッションログの提出を依頼いたしました（Pearson VUE 側の受付番号 09271842）。
ログを確認し次第、再受験の扱いを判断いたします。先方からの回答には通常 5〜7 営業日ほどかかります。

現時点でお客様にご対応いただくことはございません。進捗がありましたら本ケースにてお知らせいたします。

鈴木
AWS トレーニングと認定
""", cs="shift_jis", auth=ar_gmail("amazon.com"), irt="c3ack")

# 046 Builder ID new sign-in alert
add("otp2", "unrelated", False, None, [],
    formataddr(("AWS Builder ID", "no-reply@login.awsapps.com")), ME_P,
    "New sign-in to your AWS Builder ID", d(10, 1, 7, 45),
    body="""We noticed a sign-in to your AWS Builder ID from a new device.

When: October 1, 2025 07:44 JST
Browser: Firefox on Linux
Location: Tokyo, JP

If this was you, no action is needed. If not, reset your password right away.
""", auth=ar_gmail("login.awsapps.com"))

# 047 C4 console acknowledgement
CONS_FOOT = ("\n\nTo see the case or reply, sign in to the Support Center:\n"
             "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
             "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
             "To respond, use the link above to update your case in the AWS Support Center.\n\n"
             "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.\n" % C4)
add("c4ack", "acknowledgement", False, C4, [], CONSOLE, ME_P,
    "Amazon Web Services: New Support case: %s" % C4, d(10, 2, 10, 31),
    body="""Hello,

We have opened case %s to address your issue. The details of your case are as follows:

Case ID: %s
Subject: Name on certification profile does not match my passport
Severity: General guidance
Correspondence: My certification profile shows "Kenji Morimot" (last letter missing). Pearson VUE
requires an exact match with my ID for the next exam. Please correct it to "Kenji Morimoto".

Thank you for contacting Amazon Web Services.%s""" % (C4, C4, CONS_FOOT), auth=ar_gmail("amazon.com"))

# 048 Dependabot
add("gh3", "unrelated", False, None, [],
    formataddr(("dependabot[bot]", "notifications@github.com")), formataddr((ME_NAME, ME_C)),
    "[hoshizora/infra-modules] Bump hashicorp/aws from 5.98.0 to 6.14.1 (PR #418)", d(10, 2, 15, 2),
    body="""Bumps hashicorp/aws from 5.98.0 to 6.14.1.

You can trigger a rebase of this PR by commenting @dependabot rebase.

--
View it on GitHub: https://github.com/hoshizora/infra-modules/pull/418
""", auth=ar_corp("github.com"))

# 049 C4 info request: must answer in Support Center
add("c4req", "info_request", True, C4, [], CONSOLE, ME_P,
    "RE:[CASE %s] Name on certification profile does not match my passport" % C4, d(10, 3, 9, 10),
    body="""Hello,

We have updated your case. To view it, sign in to the Support Center.

----
Hello Kenji,

Name changes on a certification profile need proof of the legal name. A clear scan of the
photo page of the passport you will present at the test centre is enough; you may cover the
passport number. Attach it to this case in the Support Center so we can make the change.

Best regards,
Ana L.
Amazon Web Services
----%s
We value your feedback. Please share your experience by rating this correspondence using the
AWS Support Center link at the end of this correspondence.
""" % CONS_FOOT, auth=ar_gmail("amazon.com"), irt="c4ack")

# 050 owner replies by e-mail anyway
add("c4me", "user_reply", False, C4, [],
    formataddr((ME_NAME, ME_P)), "no-reply-aws@amazon.com",
    "Re: RE:[CASE %s] Name on certification profile does not match my passport" % C4, d(10, 3, 21, 40),
    body="""Hello Ana,

Please find my passport photo page attached (number masked).

Kenji Morimoto

On Fri, Oct 3, 2025 at 9:10 AM Amazon Web Services <no-reply-aws@amazon.com> wrote:
> Name changes on a certification profile need proof of the legal name. [...] Attach it to
> this case in the Support Center so we can make the change.
""", irt=["c4ack", "c4req"])

# 051 bounce of that reply
add("c4bounce", "unrelated", False, C4, [],
    formataddr(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ME_P,
    "Delivery Status Notification (Failure)", d(10, 3, 21, 41),
    body="""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: this mailbox cannot accept incoming e-mails

----- Original message -----
Subject: Re: RE:[CASE %s] Name on certification profile does not match my passport
Date: Fri, 3 Oct 2025 21:40:00 +0900
""" % C4, extra={"Auto-Submitted": "auto-replied"})

# 052 C1 resolution-ish that asks something needed now
add("c1ask", "info_request", True, C1, [], formataddr(("Tomás R. - AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %saccount-assistance" % (C1, TCSUBJ), d(10, 4, 10, 12),
    body="""Hi Kenji,

The Benefits team has re-created your 50%% exam discount on Account #1; you'll find it
under Benefits now.

While checking, I noticed one leftover: the old profile still holds a scheduled exam,
DVA-C02 on October 30 at a Tokyo test centre, booked under your company address. It was
not part of the merge. Should I move that registration to Account #1, or would you rather
cancel it? I'll wait for your answer before I close the case.

Tomás R.
AWS Training and Certification
""", auth=ar_gmail("amazon.com"), irt=["c1ack", "c1conf", "c1me2", "c1part"])

# 053 owner answers
add("c1me3", "user_reply", False, C1, [],
    formataddr((ME_NAME, ME_P)), TC,
    "Re: RE:[CASE %s] %saccount-assistance" % (C1, TCSUBJ), d(10, 4, 13, 0),
    body="""Hi Tomás,

Please move it to Account #1, I still want to take it. Thank you for spotting that.

Kenji
""", irt=["c1ack", "c1conf", "c1me2", "c1part", "c1ask"])

# 054 connpass event
add("evt1", "unrelated", False, None, [],
    formataddr(("connpass", "no-reply@connpass.com")), ME_P,
    "【connpass】JAWS-UG 東京 #71 に参加登録しました", d(10, 5, 12, 0),
    body="""森本 健二 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #71 〜認定を取った後どうする？〜
日時: 2025/10/24(金) 19:00〜21:00
会場: 目黒区某所

受付票はイベントページからご確認ください。
""", auth=ar_gmail("connpass.com"))

# 055 C4 console auto-resolve warning
add("c4close", "closing_notice", True, C4, [], CONSOLE, ME_P,
    "RE:[CASE %s] Name on certification profile does not match my passport" % C4, d(10, 6, 9, 0),
    body="""Hello,

We have not received a response on this case. If we don't hear from you, it will be
resolved automatically in three days. To keep it open, add a correspondence to the case
in the Support Center.%s""" % CONS_FOOT, auth=ar_gmail("amazon.com"), irt=["c4ack", "c4req"])

# 056 Slack digest
add("slack1", "unrelated", False, None, [],
    formataddr(("Slack", "notification@slack.com")), ME_C,
    "[Slack] 3 new messages in #infra from Aya Fujii and 1 other", d(10, 6, 18, 15),
    html="""<html><body><p><b>#infra</b></p>
<p>Aya Fujii: merged the baseline module, can someone close #415?</p>
<p>Daichi Ono: done 👍</p>
<p><a href="https://hoshizora.slack.com/archives/C02INFRA">Open Slack</a></p></body></html>""",
    auth=ar_corp("slack.com"))

# 057 C4: done on support side, waiting on Pearson VUE sync
add("c4upd", "case_update", False, C4, [], CONSOLE, ME_P,
    "RE:[CASE %s] Name on certification profile does not match my passport" % C4, d(10, 7, 11, 25),
    body="""Hello,

We have updated your case. To view it, sign in to the Support Center.

----
Hello Kenji,

Thank you for uploading the document. The name on your certification profile now reads
"Kenji Morimoto".

Exam appointments are kept by Pearson VUE, and their copy of your name is refreshed from
ours. I've asked them to push the update to your existing DVA-C02 registration and will
confirm here once they have.

Ana L.
Amazon Web Services
----%s""" % CONS_FOOT, auth=ar_gmail("amazon.com"), irt=["c4ack", "c4req", "c4close"])

# 058 C3: resolution that asks a question (Japanese keigo)
add("c3ask", "info_request", True, C3, [], formataddr(("AWS トレーニングと認定", TC), charset="utf-8"), ME_P,
    "RE: [CASE %s] %scertification" % (C3, TCSUBJ), d(10, 7, 16, 40),
    body="""森本様

いつもお世話になっております。AWS トレーニングと認定の鈴木です。

Pearson VUE より、9 月 27 日のセッションはアプリケーション側の不具合により終了したとの
回答がありました。これを受けて、再受験用の無償バウチャーを発行いたしました。

なお、バウチャーは現在 SAP-C02 向けに設定しておりますが、別の試験でのご利用を
ご希望の場合は切り替えが可能です。同じ試験（SAP-C02）のままでよろしいか、
本メールにご返信いただけますでしょうか。ご返信を確認のうえ、最終的な設定を行います。

何卒よろしくお願いいたします。

鈴木
AWS トレーニングと認定
""", cs="utf-8", enc="qp", auth=ar_gmail("amazon.com"), irt=["c3ack", "c3upd1"])

# 059 AWS marketing Japanese
add("mkt2", "unrelated", False, None, [],
    formataddr(("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), charset="utf-8"), ME_P,
    "【ウェビナー】認定取得者向け: 生成 AI 活用の最新アップデート", d(10, 7, 18, 0),
    html="""<html><body><p>森本 健二 様</p>
<p>AWS 認定をお持ちの方を対象に、生成 AI 関連サービスの最新情報をお届けするオンラインセミナーを開催します。</p>
<p>日時: 2025 年 11 月 6 日（木）14:00–15:30<br>参加費: 無料</p>
<p><a href="https://aws.amazon.com/jp/events/">お申し込みはこちら</a></p>
<p style="font-size:10px">配信停止をご希望の場合は、設定ページから変更できます。</p></body></html>""",
    auth=ar_gmail("amazon.com"))

# 060 owner answers C3 in Japanese with candidate ID
add("c3me", "user_reply", False, C3, ["AWS11873350"],
    formataddr(("森本 健二", ME_P), charset="utf-8"), TC,
    "Re: RE: [CASE %s] %scertification" % (C3, TCSUBJ), d(10, 8, 8, 5),
    body="""鈴木様

ご対応ありがとうございます。
バウチャーは同じ SAP-C02 のままでお願いいたします。
念のため、候補 ID は AWS11873350 です（先日アカウントを統合しています）。

森本

2025年10月7日(火) 16:40 AWS トレーニングと認定 <%s>:
> 同じ試験（SAP-C02）のままでよろしいか、
> 本メールにご返信いただけますでしょうか。
""" % TC, irt=["c3ack", "c3upd1", "c3ask"], cs="iso-2022-jp")

# 061 C1 final note that sounds like an update
add("c1done", "resolved", False, C1, [], formataddr(("Tomás R. - AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %saccount-assistance" % (C1, TCSUBJ), d(10, 8, 10, 50),
    body="""Hi Kenji,

Update on your case: the DVA-C02 registration for October 30 now sits on Account #1.
Pearson VUE may send you a fresh confirmation e-mail for it; that is expected.

That was the last open item, so the merge request is complete and I'm marking this case
resolved. Thanks for working through the partner step with us.

Tomás R.
AWS Training and Certification

> Please move it to Account #1, I still want to take it.
""", auth=ar_gmail("amazon.com"), irt=["c1ack", "c1conf", "c1me2", "c1part", "c1ask", "c1me3"])

# 062 Pearson VUE appointment update
add("pv3", "unrelated", False, None, [],
    formataddr(("Pearson VUE", "noreply@pearson.com")), ME_P,
    "Your AWS exam appointment details have changed", d(10, 8, 12, 30),
    body="""Dear Kenji Morimoto,

The details of your appointment have been updated.

Exam: DVA-C02 AWS Certified Developer - Associate
Date/time: Thursday, October 30, 2025, 14:00 JST
Test centre: Tokyo - Shinagawa
Registration ID: 473551920

Pearson VUE
""", auth=ar_gmail("pearson.com"))

# 063 C1 survey in Japanese
add("c1srv", "survey", False, C1, [], formataddr(("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), charset="utf-8"), ME_P,
    "サポートについてのアンケートのお願い（ケース %s）" % C1, d(10, 9, 9, 0),
    html="""<html><body><p>森本 健二 様</p>
<p>先日ご利用いただいたサポート（ケース ID: %s）について、ご意見をお聞かせください。
所要時間は 1 分ほどです。</p>
<p><a href="https://survey.aws-training.example/s?c=%s">アンケートに回答する</a></p>
<p>本メールは送信専用です。ご返信いただいてもお答えできません。</p></body></html>""" % (C1, C1),
    auth=ar_gmail("amazon.com"))

# 064 spoofed amazon.com From with dmarc=fail, pretending to be case C1
add("phish3", "suspicious", False, None, [], TC_FROM, ME_P,
    "RE:[CASE %s] %saccount-assistance" % (C1, TCSUBJ), d(10, 9, 13, 22),
    body="""Hello Kenji,

Your case has been reopened because the merge could not be verified. To complete it, sign
in with your AWS Builder ID password at the secure page below within 24 hours:

https://aws-training-verify.net/builder/signin?case=%s

If you do not complete this step, your certifications may be removed from Account #1.

AWS Training and Certification
""" % C1, auth=ar_gmail("amazon.com", ok=False))

# 065 C3 resolved with conditional invitation
add("c3done", "resolved", False, C3, ["AWS11873350"], formataddr(("AWS トレーニングと認定", TC), charset="utf-8"), ME_P,
    "RE: [CASE %s] %scertification" % (C3, TCSUBJ), d(10, 10, 11, 15),
    body="""森本様

ご返信ありがとうございます。
再受験用バウチャーを SAP-C02 用として確定し、候補 ID AWS11873350 の特典ページに
反映いたしました。試験予約時にご利用いただけます。

本件はこれにて完了とさせていただきます。ご不明な点がございましたら、
このメールにご返信ください。

鈴木
AWS トレーニングと認定

-----Original Message-----
バウチャーは同じ SAP-C02 のままでお願いいたします。
""", cs="iso-2022-jp", auth=ar_gmail("amazon.com"), irt=["c3ack", "c3upd1", "c3ask", "c3me"])

# 066 C4 resolved, with a conditional check
add("c4done", "resolved", False, C4, [], CONSOLE, ME_P,
    "RE:[CASE %s] Name on certification profile does not match my passport" % C4, d(10, 11, 10, 5),
    body="""Hello,

We have updated your case. To view it, sign in to the Support Center.

----
Hello Kenji,

Pearson VUE has confirmed that your DVA-C02 registration now shows "Kenji Morimoto", the
same as your certification profile. With both records matching, I've set this case to
resolved.

Should a newly downloaded certificate still show the old spelling, add a note to this case
and I'll take another look.

Ana L.
Amazon Web Services
----%s""" % CONS_FOOT, auth=ar_gmail("amazon.com"), irt=["c4ack", "c4req", "c4close", "c4upd"])

# 067 C4 console survey
add("c4srv", "survey", False, C4, [], CONSOLE, ME_P,
    "Tell us about your recent AWS Support experience (Case %s)" % C4, d(10, 12, 9, 30),
    html="""<html><body style="font-family:Arial"><p>Hello,</p>
<p>Your support case %s was recently resolved. We value your feedback. Please share your
experience by rating the support you received.</p>
<table><tr>%s</tr></table>
<p style="font-size:11px">This e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>""" % (C4, "".join('<td><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;r=%d">%d</a></td>' % (C4, i, i) for i in range(1, 6))),
    auth=ar_gmail("amazon.com"))

# 068 other vendor Salesforce-style case closed
add("sf1", "unrelated", False, None, [],
    formataddr(("Cloudnest Support", "support@cloudnest.example.io")), ME_C,
    "Case 00481923 closed: SSO login loop for hoshizora tenant [ ref:_00D5f0Hk2._5005g0A1bC:ref ]",
    d(10, 12, 4, 10, UTC),
    body="""Hello Kenji,

Your case 00481923 has been closed. The SAML assertion issue was fixed in release
2025.10.2. If the problem comes back, reply to this message and we will reopen the case.

Thank you,
Cloudnest Support
ref:_00D5f0Hk2._5005g0A1bC:ref
""", auth=ar_corp("cloudnest.example.io"))

# 069 owner forwards C1 resolution to manager
add("c1fwd", "user_reply", False, C1, [],
    formataddr(("森本 健二", ME_C), charset="utf-8"), formataddr(("高橋 部長", "takahashi@hoshizora-sys.co.jp"), charset="utf-8"),
    "FW: RE:[CASE %s] %saccount-assistance" % (C1, TCSUBJ), d(10, 13, 9, 40),
    body="""高橋さん

AWS 認定アカウントの個人アドレスへの統合が完了しました（下記）。
パートナー側の資格者数から私の分が外れますので、中川さんにも共有済みです。

森本

---------- Forwarded message ---------
From: Tomás R. - AWS Training and Certification <%s>
Date: 2025年10月8日(水) 10:50
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance
To: <%s>

Hi Kenji,

Update on your case: the DVA-C02 registration for October 30 now sits on Account #1.
That was the last open item, so the merge request is complete and I'm marking this case
resolved.
""" % (TC, C1, ME_P), irt="c1done")

# 070 Credly reminder
credly("cr4", "Reminder: you have a badge waiting to be accepted", d(10, 13, 22, 0),
       "You haven't accepted your AWS Certified Developer – Associate badge yet. Accept it to share it on your profile.")

# 071 Japanese phishing, lookalike domain
add("phish4", "suspicious", False, None, [],
    formataddr(("AWS認定サポート", "info@aws-training-jp.support-desk.com"), charset="utf-8"), ME_P,
    "【AWS認定】アカウント統合の最終確認のお願い", d(10, 14, 7, 12),
    body="""お客様

AWS 認定アカウントの統合手続きが最終段階にあります。
本人確認のため、下記ページからサインインし、Builder ID のパスワードとクレジットカード情報を
ご入力ください。48 時間以内に確認が取れない場合、保有資格が失効いたします。

https://aws-training-jp.support-desk.com/merge/confirm

AWS トレーニングと認定 サポート窓口
""", cs="shift_jis", hcs="iso-2022-jp", auth=ar_gmail("support-desk.com"))

# 072 owner reopens C3
add("c3me2", "user_reply", False, C3, [],
    formataddr((ME_NAME, ME_P)), TC,
    "Re: RE: [CASE %s] %scertification" % (C3, TCSUBJ), d(10, 15, 8, 55),
    body="""Hello Suzuki-san,

Sorry to come back to this. The retake voucher on my Benefits page shows an expiry date of
October 31, 2025, but the earliest OnVUE slot I can get for SAP-C02 is in mid-November.
Is it possible to extend it?

Kind regards,
Kenji Morimoto

> 本件はこれにて完了とさせていただきます。ご不明な点がございましたら、
> このメールにご返信ください。
""", irt=["c3ack", "c3ask", "c3me", "c3done"])

# 073 C3 reopen acknowledgement
add("c3reack", "acknowledgement", False, C3, [], formataddr(("AWS Training and Certification", TC)), ME_P,
    "RE: [CASE %s] %scertification" % (C3, TCSUBJ), d(10, 15, 8, 56),
    body="""Hello,

We received your reply on case %s and the case has been reopened. An agent will follow up
by e-mail, usually within 24 hours. There is no need to submit a new request.

AWS Training and Certification
""" % C3, auth=ar_gmail("amazon.com"), irt=["c3ack", "c3done", "c3me2"])

# 074 GitHub merged again
add("gh4", "unrelated", False, None, [],
    formataddr(("Aya Fujii", "notifications@github.com")), formataddr((ME_NAME, ME_C)),
    "Re: [hoshizora/infra-modules] Bump hashicorp/aws from 5.98.0 to 6.14.1 (PR #418)", d(10, 16, 11, 2),
    body="""Merged #418 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/pull/418#event-15610007
""", auth=ar_corp("github.com"))

# 075 C3 update that sounds final
add("c3upd2", "case_update", False, C3, [], formataddr(("Ken T. - AWS Training and Certification", TC)), ME_P,
    "RE: [CASE %s] %scertification" % (C3, TCSUBJ), d(10, 16, 14, 3),
    html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hello Kenji,</p>
<p>We have processed your request and passed it to the Voucher Management team.
Expiry dates on retake vouchers are set centrally, so only they can change it.
Your case stays open with us until they confirm the new date.</p>
<p>Regards,<br>Ken T.<br>AWS Training and Certification</p>
<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">
<p>The retake voucher on my Benefits page shows an expiry date of October 31, 2025 [...] Is it possible to extend it?</p>
</div></body></html>""", auth=ar_gmail("amazon.com"), irt=["c3ack", "c3done", "c3me2", "c3reack"])

# 076 farewell party (Japanese)
add("col3", "unrelated", False, None, [],
    formataddr(("中川 亮", "r-nakagawa@hoshizora-sys.co.jp"), charset="utf-8"), "infra@hoshizora-sys.co.jp",
    "【ご案内】森本さん送別会のお知らせ", d(10, 17, 12, 30),
    body="""インフラチームの皆さま

10 月末でご退職される森本さんの送別会を下記のとおり開催します。

日時: 10 月 29 日（水）19:00〜
場所: 品川駅港南口 周辺（詳細は追って連絡します）

出欠を 10/22 までにこのメールへ返信してください。

中川
""", cc=ME_C, auth=ar_corp("hoshizora-sys.co.jp"))

# 077 C3 resolved again
add("c3done2", "resolved", False, C3, [], formataddr(("Ken T. - AWS Training and Certification", TC)), ME_P,
    "RE: [CASE %s] %scertification" % (C3, TCSUBJ), d(10, 18, 9, 20),
    body="""Hello Kenji,

The Voucher Management team has extended your SAP-C02 retake voucher. It is now valid
until January 31, 2026, and the new date is already visible on your Benefits page.

No further action is required, and this case is now closed.

Ken T.
AWS Training and Certification
""", auth=ar_gmail("amazon.com"), irt=["c3ack", "c3me2", "c3reack", "c3upd2"], crlf=True)

# 078 C5 acknowledgement
add("c5ack", "acknowledgement", False, C5, [], TC_FROM, ME_P,
    "[CASE %s] %sdigital-badges" % (C5, TCSUBJ), d(10, 20, 22, 5),
    body="""Hello,

Thanks for contacting AWS Training and Certification. We have opened case %s.

Our team will respond to you as soon as possible, normally within 24 hours. If you have
already opened a case about this, please don't open another; reply to the existing one.

Case ID: %s
Inquiry type: Certification
Additional details: Digital Badges

AWS Training and Certification
""" % (C5, C5), auth=ar_gmail("amazon.com"), enc="qp")

# 079 C5 info request: a check to report back, while support also contacts Credly
add("c5req", "info_request", True, C5, [], formataddr(("Mei W. - AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %sdigital-badges" % (C5, TCSUBJ), d(10, 21, 15, 33),
    body="""Hi Kenji,

On our side everything looks right: the AWS Certified Developer - Associate result is on
your merged profile, and the badge was issued to it. The trouble is on Credly, where the
badge was accepted long ago by a separate Credly account registered to your company address.

I've opened a request with Credly to combine the two Credly accounts. They move faster when
the company address is already listed as a secondary e-mail on your personal Credly account.
Add it under Settings > Email on credly.com, then reply here and let me know it's done.

Thanks,
Mei W.
AWS Training and Certification
""", auth=ar_gmail("amazon.com"), irt="c5ack")

# 080 owner reports back
add("c5me", "user_reply", False, C5, [],
    formataddr((ME_NAME, ME_P)), TC,
    "Re: RE:[CASE %s] %sdigital-badges" % (C5, TCSUBJ), d(10, 21, 21, 14),
    body="""Hi Mei,

Done. k-morimoto@hoshizora-sys.co.jp is now a verified secondary address on my Credly
account (I clicked the verification link before the company mailbox closes).

Kenji
""", irt=["c5ack", "c5req"])

# 081 C5: support side done, waiting on Credly
add("c5upd", "case_update", False, C5, [], formataddr(("Mei W. - AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %sdigital-badges" % (C5, TCSUBJ), d(10, 22, 10, 2),
    body="""Hi Kenji,

Thank you. I've passed that to Credly along with our request. Everything that can be
done at AWS is done; the remaining step, combining the two Credly accounts, is in Credly's
hands. They usually need three to five business days. I'm keeping this case open until
they report back.

Mei W.
AWS Training and Certification

On Tue, Oct 21, 2025 at 9:14 PM Kenji Morimoto wrote:
> Done. k-morimoto@hoshizora-sys.co.jp is now a verified secondary address on my Credly
> account.
""", auth=ar_gmail("amazon.com"), irt=["c5ack", "c5req", "c5me"], enc="qp")

# 082 certification: exam result (retake passed)
add("cres", "certification", False, None, ["AWS11873350"],
    formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), ME_P,
    "Congratulations! You are now AWS Certified", d(10, 25, 20, 12, UTC),
    html="""<html><body style="font-family:Arial">
<h2>Congratulations, Kenji!</h2>
<p>You passed the AWS Certified Solutions Architect - Professional (SAP-C02) exam on October 25, 2025.</p>
<table cellpadding="4"><tr><td>Candidate ID</td><td>AWS11873350</td></tr>
<tr><td>Validation number</td><td>K9WQ2Z1B4FE11X3R</td></tr></table>
<p>Your certificate is in your AWS Certification Account, and a digital badge from Credly will follow.
A 50% discount for your next exam has been added to your benefits.</p>
</body></html>""", auth=ar_gmail("certmetrics.com"))

# 083 Credly new badge
credly("cr5", "Amazon Web Services Training and Certification sent you a new badge", d(10, 26, 7, 0),
       "Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect – Professional badge.")

# 084 C5: Credly done, support asks to confirm (reply needed now)
add("c5ask", "info_request", True, C5, [], formataddr(("Mei W. - AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %sdigital-badges" % (C5, TCSUBJ), d(10, 27, 11, 45),
    body="""Hi Kenji,

Credly tell me they have combined the two accounts, so the Developer - Associate badge
should now be on your personal profile together with the others.

Can you sign in to Credly and tell me whether you see it? I'd like to hear from you before
I close the case; if there is no reply within five days it will close on its own.

Mei W.
AWS Training and Certification
""", auth=ar_gmail("amazon.com"), irt=["c5ack", "c5req", "c5me", "c5upd"])

# 085 owner confirms
add("c5me2", "user_reply", False, C5, [],
    formataddr((ME_NAME, ME_P)), TC,
    "Re: RE:[CASE %s] %sdigital-badges" % (C5, TCSUBJ), d(10, 27, 19, 30),
    body="""Hi Mei,

Yes, it's there now — all four badges on one profile. Thank you!

Kenji

> Can you sign in to Credly and tell me whether you see it?
""", irt=["c5ack", "c5req", "c5me", "c5upd", "c5ask"], enc="8bit")

# 086 C5 closed
add("c5done", "resolved", False, C5, [], formataddr(("Mei W. - AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %sdigital-badges" % (C5, TCSUBJ), d(10, 28, 9, 5),
    body="""Hi Kenji,

Great, thanks for checking. I'm closing this case now. Congratulations on the
Professional certification, too!

Mei W.
AWS Training and Certification
""", auth=ar_gmail("amazon.com"), irt=["c5ack", "c5ask", "c5me2"])

# 087 company IT notice (Japanese)
add("it1", "unrelated", False, None, [],
    formataddr(("情報システム部", "it-helpdesk@hoshizora-sys.co.jp"), charset="utf-8"), ME_C,
    "【情報システム部】退職に伴うメールアカウント停止のお知らせ", d(10, 29, 10, 0),
    body="""森本 健二 様

退職に伴い、以下のアカウントを 10 月 31 日 18:00 に停止いたします。

  メールアドレス: k-morimoto@hoshizora-sys.co.jp
  停止後の転送: 設定いたしません

外部サービスに登録しているアドレスの変更は、停止前にお済ませください。
本メールへの返信は不要です。

情報システム部 ヘルプデスク
""", cs="iso-2022-jp", auth=ar_corp("hoshizora-sys.co.jp"))

# 088 certification: recertification after DVA-C02 on Oct 30
add("recert", "certification", False, None, [],
    formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), ME_P,
    "Congratulations on recertifying your AWS Certification!", d(10, 31, 5, 40, UTC),
    body="""Hello Kenji,

You have successfully recertified AWS Certified Developer - Associate. Your new expiration
date is October 30, 2028. The updated certificate is available in your AWS Certification
Account, and Credly will refresh your badge.

AWS Certification
""", auth=ar_gmail("certmetrics.com"))

# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    cnt = collections.Counter()
    msgs.sort(key=lambda m: m["date"])
    for i, m in enumerate(msgs, 1):
        m["n"] = i
    for m in msgs:
        with open(os.path.join(OUT, "%03d-msg.eml" % m["n"]), "wb") as fh:
            fh.write(m["data"])
        with open(os.path.join(OUT, "%03d-msg.json" % m["n"]), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        cnt[m["label"]["kind"]] += 1
    for k, v in sorted(cnt.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(msgs)))
    print("needs_reply=true      ", sum(m["label"]["needs_reply"] for m in msgs))

if __name__ == "__main__":
    main()
