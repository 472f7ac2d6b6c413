#!/usr/bin/env python3
"""Writes the blind-204 corpus (NNN-msg.eml + NNN-msg.json) next to this script."""
import base64, json, os, quopri, collections
from datetime import datetime, timezone, timedelta
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email import policy, utils

HERE = os.path.dirname(os.path.abspath(__file__))
ME_P = "ryosuke.morishita84@gmail.com"
ME_C = "r.morishita@hoshizora-tech.co.jp"
ME_NAME = "Ryosuke Morishita"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
A = "176094211503382"   # main merge case (company -> personal), later reopened
C = "176095003811247"   # duplicate merge case filed by mistake from the company address
B = "176248339006519"   # 50% voucher missing after merge
D = "176284021907735"   # console case opened by support itself (name mismatch)
E = "176180552300914"   # AWS Educate form case (other program)
OLD = "6183027741"      # 2019 case mentioned in text only
CID_CO, CID_P, CID_UNI = "AWS02731958", "AWS07716402", "AWS00938117"
JST = timezone(timedelta(hours=9))
UTC = timezone.utc

msgs = []
ids = {}


def leaf(text, sub="plain", chs="utf-8", cte="quoted-printable"):
    raw = text.encode(chs)
    m = MIMENonMultipart("text", sub, charset=chs)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    else:  # 8bit
        payload = text
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def alt(*parts):
    m = MIMEMultipart("alternative")
    for p in parts:
        m.attach(p)
    return m


def hdr(s, chs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, chs).encode()


def addr(name, a, chs="utf-8"):
    if name is None:
        return a
    try:
        name.encode("ascii")
        return utils.formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, chs).encode(), a)


def auth(domain, ok=True, rcpt="personal", sel="szqgvfqvntf3ylgqjkzhkd7vzb6ecp7y"):
    if rcpt == "personal":
        if ok:
            return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=Kq3v8Yt1;\n"
                    "       spf=pass (google.com: domain of bounces@%s designates 54.240.8.21 as permitted sender) smtp.mailfrom=bounces@%s;\n"
                    "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (domain, sel, domain, domain, domain))
        return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=Zz0pq1Lx;\n"
                "       spf=softfail (google.com: domain of transitioning bounce@mailer-relay.net does not designate 185.212.44.9 as permitted sender) smtp.mailfrom=bounce@mailer-relay.net;\n"
                "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (domain, sel, domain))
    return ("spf=pass (sender IP is 54.240.8.21) smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (domain, domain, domain))


def add(kind, nr, case, cands, frm, to, subj, when, body, reply=None, refs=None, ar=None,
        crlf=True, extra=None, subj_chs="utf-8", mid_dom=None, cc=None):
    n = len(msgs) + 1
    dom = mid_dom or frm.split("@")[-1].rstrip(">")
    mid = "<%s.%04d.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), n * 37 % 9973, "x%02d" % n, dom)
    ids[n] = mid
    m = body
    saved = [(k, v) for k, v in m.items()]
    for k in set(k for k, _ in saved):
        del m[k]
    if ar:
        m["Authentication-Results"] = ar
    m["Received"] = "from mail.example-relay (unknown) by mx; %s" % utils.format_datetime(when)
    m["Message-ID"] = mid
    m["Date"] = utils.format_datetime(when)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = hdr(subj, subj_chs)
    if reply:
        m["In-Reply-To"] = ids[reply]
        chain = [ids[r] for r in (refs or [reply])]
        m["References"] = " ".join(chain)
    m["MIME-Version"] = "1.0"
    for k, v in (extra or []):
        m[k] = v
    for k, v in saved:
        if k.lower() != "mime-version":
            m[k] = v
    # keep MIME-Version near the top like real mail: re-order so content headers follow
    pol = policy.compat32.clone(linesep="\r\n" if crlf else "\n")
    msgs.append((n, kind, nr, case, cands, m.as_string(policy=pol)))
    return n


def d(mo, da, h, mi, tz=JST):
    return datetime(2025, mo, da, h, mi, (mo * da + h) % 60, tzinfo=tz)


def tc_footer(case):
    return ("\nTo contact us again about this case, reply to this email keeping the case number in the subject line.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n"
            "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")


def console_footer(case):
    return ("\nTo see the full case history and reply, sign in to the AWS Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
            "Note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "To respond to this case, please follow the link above.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n" % case)


SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A
SUBJ_C = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C
SUBJ_B = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % B
SUBJ_D = "RE:[CASE %s] Candidate profile: legal name mismatch after account merge" % D
P = addr(ME_NAME, ME_P)
CO = addr("森下 涼介", ME_C)
TCF = addr("Amazon Web Services", TC)

# ---------------------------------------------------------------- 001
add("unrelated", False, None, [], addr("Cloud Weekly JP", "news@cloudweekly.jp"), P,
    "【Cloud Weekly JP】第212号 re:Invent 2025 直前特集ほか", d(10, 15, 7, 30),
    leaf("""森下 涼介 様

Cloud Weekly JP 第212号をお届けします。

■ 今週のトピック
・re:Invent 2025 直前予想：セッションの歩き方
・Lambda の新しいランタイム設定を試す
・読者アンケート：あなたの現場の IaC は？（回答は下記フォームへ）

■ 認定試験コラム
「転職するときに AWS 認定アカウントをどうするか」―会社アドレスのままにしておくと
退職後にログインできなくなることがあります。早めの確認をおすすめします。

配信停止はこちら: https://cloudweekly.jp/unsubscribe?u=8841203
""", chs="shift_jis", cte="base64"),
    ar=auth("cloudweekly.jp"), crlf=False)

# ---------------------------------------------------------------- 002
add("certification", False, None, [CID_CO], addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Your AWS Certified Solutions Architect - Associate expires in 90 days", d(10, 15, 2, 4, UTC),
    alt(leaf("""Hello Ryosuke Morishita,

Your AWS Certified Solutions Architect - Associate certification (Validation Number 7KQ2HW31LJE4Q9S2) expires on January 13, 2026.

To keep your certification active, pass the current version of the exam or a higher-level exam before the expiration date. You may have a 50%% discount benefit available in your AWS Certification Account under Benefits.

Candidate ID: %s

Sign in: https://www.aws.training/certification

AWS Certification
""" % CID_CO, cte="7bit"),
        leaf("""<html><body style="font-family:Arial"><p>Hello Ryosuke Morishita,</p>
<p>Your <b>AWS Certified Solutions Architect - Associate</b> certification (Validation Number 7KQ2HW31LJE4Q9S2) expires on <b>January 13, 2026</b>.</p>
<p>To keep your certification active, pass the current version of the exam or a higher-level exam before the expiration date. You may have a 50%% discount benefit available in your AWS Certification Account under Benefits.</p>
<p style="color:#666">Candidate ID: %s</p><p><a href="https://www.aws.training/certification">Sign in</a></p><p>AWS Certification</p></body></html>""" % CID_CO, "html", cte="quoted-printable")),
    ar=auth("certmetrics.com", rcpt="company"))

# ---------------------------------------------------------------- 003
add("unrelated", False, None, [], addr("人事部 労務グループ", "jinji@hoshizora-tech.co.jp", "iso-2022-jp"), ME_C,
    "退職手続きのご案内（最終出社日：10月31日）", d(10, 16, 10, 12),
    leaf("""森下 涼介 さん

お疲れさまです。人事部の大野です。
退職に伴う手続きについてご案内します。

１．貸与PC・入館証の返却：10月31日（金）17時まで
２．社用メールアカウント：10月31日 23:59 に停止します
　　停止後は受信もできなくなりますので、外部サービスに社用アドレスで
　　登録しているものは事前に変更をお願いします。
３．健康保険証の返却：最終日に総務窓口へ

ご不明点は内線 2204 までどうぞ。

人事部 労務グループ　大野
""", chs="iso-2022-jp", cte="7bit"),
    ar=auth("hoshizora-tech.co.jp", rcpt="company"), subj_chs="iso-2022-jp")

# ---------------------------------------------------------------- 004
add("unrelated", False, None, [], addr("AWS Builder ID", "no-reply@signin.aws"), P,
    "Verify your AWS Builder ID email address", d(10, 16, 11, 40, UTC),
    leaf("""Hello,

Thank you for creating an AWS Builder ID. Use the verification code below to confirm your email address:

Verification code: 482716

This code expires in 10 minutes. If you did not request this, you can ignore this message.

Amazon Web Services
""", cte="7bit"), ar=auth("signin.aws"))

# ---------------------------------------------------------------- 005
add("user_reply", False, None, [CID_CO, CID_P], CO, P,
    "Fwd: AWS認定 移行前メモ", d(10, 16, 21, 5),
    leaf("""自分用メモ（会社→個人へ転送）

旧アカウント（会社）: %s / r.morishita@hoshizora-tech.co.jp
  - SAA（2026/1/13 失効）、DVA
  - 特典: 次回試験 50%%割引
  - 証明書PDFはダウンロード済み
新アカウント（個人 Builder ID）: %s / ryosuke.morishita84@gmail.com

来週月曜にマージ申請を出す。退職日は10/31、社用メールは当日夜に停止。
""" % (CID_CO, CID_P), cte="base64"), mid_dom="hoshizora-tech.co.jp")

# ---------------------------------------------------------------- 006
add("unrelated", False, None, [], addr("AWS Events", "aws-marketing-email-replies@amazon.com"), P,
    "Last chance: reserve your seat for AWS re:Invent 2025 sessions", d(10, 17, 16, 0, UTC),
    alt(leaf("""Session reservations for re:Invent 2025 close soon.
Reserve your seats in the attendee portal. Watch the keynotes live or on demand.
Unsubscribe: https://pages.awscloud.com/unsubscribe
""", cte="7bit"),
        leaf("""<html><body><table width="600"><tr><td><h1>Reserve your seat</h1><p>Session reservations for re:Invent 2025 close soon.</p><p><a href="https://reinvent.awsevents.com">Reserve now</a></p><p style="font-size:10px">Unsubscribe</p></td></tr></table></body></html>""", "html")),
    ar=auth("amazon.com"))

# ---------------------------------------------------------------- 007 ack A
n_ackA = add("acknowledgement", False, A, [CID_CO, CID_P], TCF, ME_P, SUBJ_A, d(10, 20, 6, 36, UTC),
    leaf("""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General Question
Inquiry type: Certification
Additional details: Account Merge
Correspondence:
Use case: I am leaving Hoshizora Technologies at the end of October and would like to merge my certification accounts into my personal one.
All email addresses I may have used: r.morishita@hoshizora-tech.co.jp, ryosuke.morishita84@gmail.com
Email address to keep: ryosuke.morishita84@gmail.com
Candidate IDs: %s (company), %s (personal)

We usually respond within 24 hours; some requests need more time to research. If you have already opened a case for this request, please do not open another one: a duplicate can delay our answer.

Sincerely,
Amazon Web Services
""" % (A, A, CID_CO, CID_P) + tc_footer(A), cte="quoted-printable"),
    ar=auth("amazon.com"))

# ---------------------------------------------------------------- 008 ack C (dup, Japanese)
n_ackC = add("acknowledgement", False, C, [], TCF, ME_C,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C, d(10, 20, 8, 48, UTC),
    leaf("""お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。
お客様のリクエストに対応するため、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容:
退職予定のため、会社アドレスの認定アカウントを個人アドレスのアカウントに統合したいです。
統合元: r.morishita@hoshizora-tech.co.jp
統合先: ryosuke.morishita84@gmail.com

通常24時間以内にご返信いたします。すでに同じ内容のケースを提起されている場合は、
別のケースを提起しないようお願いいたします。

アマゾン ウェブ サービス
""" % (C, C), cte="base64"),
    ar=auth("amazon.com", rcpt="company"))

# ---------------------------------------------------------------- 009
add("unrelated", False, None, [], addr("Kenta Sugiyama", "notifications@github.com"), P,
    "Re: [hoshizora/infra-modules] Merge the VPC endpoint module refactor (PR #412)", d(10, 20, 9, 15, UTC),
    leaf("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/pull/412#event-14820931
You are receiving this because you authored the thread.
""", cte="7bit"), ar=auth("github.com"))

# ---------------------------------------------------------------- 010 C info_request
n_C1 = add("info_request", True, C, [], addr("AWS Training and Certification", TC), ME_C, SUBJ_C, d(10, 21, 0, 22, UTC),
    leaf("""Hello Ryosuke,

My name is Ines and I'm looking after your request.

I noticed this request came in from r.morishita@hoshizora-tech.co.jp, which is the account you want to retire. For the safety of your records we only act on merge requests sent from the account that will stay. Write to us from ryosuke.morishita84@gmail.com, keeping the case number in the subject, and we'll continue from there.

Best regards,
Ines M.
AWS Training and Certification Customer Support
""" + tc_footer(C), cte="quoted-printable"),
    reply=n_ackC, ar=auth("amazon.com", rcpt="company"))

# ---------------------------------------------------------------- 011 A on_hold with buried question
n_holdA = add("on_hold", True, A, [], addr("AWS Training and Certification", TC), P, SUBJ_A, d(10, 21, 2, 5, UTC),
    alt(leaf("""Hello Ryosuke,

Thank you for your patience.

While reviewing your accounts I found that the certification account registered to r.morishita@hoshizora-tech.co.jp is associated with an AWS Partner Network organization (Hoshizora Technologies K.K.). Accounts linked to a partner organization cannot be merged while the association is active, because the partner's certification counts depend on it. I have therefore placed the merge on hold until the association is released on the partner side; the partner's Partner Central administrator can do this.

You mentioned you are leaving the company. What is your last working day there? With that date I can note the case so the partner team can release the link.

Kind regards,
Darius
AWS Training and Certification
""" + tc_footer(A), cte="7bit"),
        leaf("""<div>Hello Ryosuke,<br><br>Thank you for your patience.<br><br>While reviewing your accounts I found that the certification account registered to r.morishita@hoshizora-tech.co.jp is associated with an AWS Partner Network organization (Hoshizora Technologies K.K.). Accounts linked to a partner organization cannot be merged while the association is active, because the partner's certification counts depend on it. I have therefore placed the merge on hold until the association is released on the partner side; the partner's Partner Central administrator can do this.<br><br>You mentioned you are leaving the company. What is your last working day there? With that date I can note the case so the partner team can release the link.<br><br>Kind regards,<br>Darius<br>AWS Training and Certification</div>""", "html")),
    reply=n_ackA, ar=auth("amazon.com"))

# ---------------------------------------------------------------- 012 user reply on C
n_C2 = add("user_reply", False, C, [], addr("Morishita Ryosuke", ME_C), addr("AWS Training and Certification", TC), SUBJ_C,
    d(10, 21, 11, 32),
    leaf("""Hello Ines,

Sorry for the confusion - I submitted the form twice. The first one, case %s, was sent from my personal address and is already in progress. Please close this one (%s) and keep everything under the first case.

Best regards,
Ryosuke Morishita

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, October 21, 2025 9:22 AM
To: Morishita Ryosuke <%s>
Subject: %s

Hello Ryosuke,

My name is Ines and I'm looking after your request.

I noticed this request came in from r.morishita@hoshizora-tech.co.jp, which is the account you want to retire. For the safety of your records we only act on merge requests sent from the account that will stay. Write to us from ryosuke.morishita84@gmail.com, keeping the case number in the subject, and we'll continue from there.
""" % (A, C, TC, ME_C, SUBJ_C), cte="quoted-printable"),
    reply=n_C1, refs=[n_ackC, n_C1], mid_dom="hoshizora-tech.co.jp", extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# ---------------------------------------------------------------- 013
n_hand = add("unrelated", False, None, [], addr("杉山 健太", "k.sugiyama@hoshizora-tech.co.jp"), ME_C,
    "引き継ぎ資料の件", d(10, 21, 13, 30),
    leaf("""森下さん

お疲れさまです。杉山です。
引き継ぎ資料、ざっと読みました。Terraform の state 移行手順のところだけ
明日15分ほど説明してもらえますか？ 時間はお任せします。

杉山
""", cte="base64"), ar=auth("hoshizora-tech.co.jp", rcpt="company"))

# ---------------------------------------------------------------- 014 C closed as duplicate
add("case_update", False, C, [], addr("AWS Training and Certification", TC), ME_C, SUBJ_C, d(10, 22, 1, 10, UTC),
    leaf("""Hello Ryosuke,

Thanks for letting me know. I have closed case %s as a duplicate and linked it to case %s, where my colleague is handling your merge. Nothing more is needed on this case; any further correspondence will come from case %s.

Best regards,
Ines M.
AWS Training and Certification Customer Support

> Sorry for the confusion - I submitted the form twice. The first one, case %s,
> was sent from my personal address and is already in progress. Please close
> this one (%s) and keep everything under the first case.
""" % (C, A, A, A, C) + tc_footer(C), cte="7bit"),
    reply=n_C2, refs=[n_ackC, n_C1, n_C2], ar=auth("amazon.com", rcpt="company"))

# ---------------------------------------------------------------- 015 user reply A
n_rA1 = add("user_reply", False, A, [], P, addr("AWS Training and Certification", TC), SUBJ_A, d(10, 22, 12, 44),
    alt(leaf("""Hi Darius,

My last working day at Hoshizora Technologies is October 31, 2025. My company mailbox will be shut down that evening, so please use ryosuke.morishita84@gmail.com from now on. I have also asked our Partner Central admin to remove the association.

Thanks,
Ryosuke

On Tue, Oct 21, 2025 at 11:05 AM AWS Training and Certification <%s> wrote:
> Hello Ryosuke,
>
> Thank you for your patience.
>
> While reviewing your accounts I found that the certification account registered
> to r.morishita@hoshizora-tech.co.jp is associated with an AWS Partner Network
> organization (Hoshizora Technologies K.K.). [...]
>
> You mentioned you are leaving the company. What is your last working day there?
""" % TC, cte="quoted-printable"),
        leaf("""<div dir="ltr">Hi Darius,<div><br></div><div>My last working day at Hoshizora Technologies is October 31, 2025. My company mailbox will be shut down that evening, so please use ryosuke.morishita84@gmail.com from now on. I have also asked our Partner Central admin to remove the association.</div><div><br></div><div>Thanks,</div><div>Ryosuke</div></div><br><div class="gmail_quote"><div class="gmail_attr">On Tue, Oct 21, 2025 at 11:05 AM AWS Training and Certification &lt;%s&gt; wrote:<br></div><blockquote class="gmail_quote">Hello Ryosuke,<br><br>Thank you for your patience.<br>[...]<br>You mentioned you are leaving the company. What is your last working day there?</blockquote></div>""" % TC, "html")),
    reply=n_holdA, refs=[n_ackA, n_holdA], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 016 auto ack of correspondence
add("acknowledgement", False, A, [], TCF, ME_P, SUBJ_A, d(10, 22, 3, 45, UTC),
    leaf("""This is an automated message.

We have received your correspondence on case %s and added it to the case. A member of our team will review it; there is no need to send it again.

Amazon Web Services
""" % A, cte="7bit"), reply=n_rA1, refs=[n_ackA, n_holdA, n_rA1], ar=auth("amazon.com"))

# ---------------------------------------------------------------- 017 colleague, partner admin
add("unrelated", False, A, [], addr("岡田 真理", "m.okada@hoshizora-tech.co.jp"), ME_C,
    "Re: Partner Central の紐付け解除", d(10, 22, 17, 20),
    leaf("""森下さん

Partner Central 側で森下さんの認定アカウントの紐付けを解除しました。
反映まで1日くらいかかるかもしれません。
AWS のケース（176094211503382 でしたっけ？）の担当者に、パートナー側は
対応済みと伝えてもらえれば話が早いと思います。

岡田（アライアンス推進）

> 岡田さん
> 退職に伴い、Partner Central から私の認定アカウントの紐付けを外して
> いただけますか。AWS サポートからパートナー側の解除が必要と言われました。
""", chs="iso-2022-jp", cte="7bit"),
    ar=auth("hoshizora-tech.co.jp", rcpt="company"), subj_chs="iso-2022-jp")

# ---------------------------------------------------------------- 018 billing
add("unrelated", False, None, [], addr("Amazon Web Services", "aws-billing-no-reply@amazon.com"), P,
    "Amazon Web Services Billing Statement Available [Account: 482913650217]", d(10, 23, 1, 2, UTC),
    leaf("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 3.41

[AWS ID 482913650217]

You can see a complete break down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bill

Sincerely,
Amazon Web Services
""", cte="7bit"), ar=auth("amazon.com"))

# ---------------------------------------------------------------- 019 A case_update, number in subject only
n_updA = add("case_update", False, A, [], addr("AWS Training and Certification", TC), ME_P, SUBJ_A, d(10, 23, 4, 30, UTC),
    leaf("""Hi Ryosuke,

Good news: the partner organization has released the association on its side, so the hold is lifted. I'm now reviewing both certification profiles and will write again once I have a summary for you to look over.

Regards,
Darius
""", cte="7bit"), reply=n_rA1, refs=[n_ackA, n_holdA, n_rA1], ar=auth("amazon.com"))

# ---------------------------------------------------------------- 020 phishing lookalike
add("suspicious", False, None, [], addr("AWS Certification Support", "support@amazon-certsupport.com"), ME_P,
    "Action needed: verify your AWS Certification account to complete the merge", d(10, 23, 11, 51, UTC),
    alt(leaf("""Dear Candidate,

Your account merge request is pending verification. To avoid losing your certification history, verify your identity within 24 hours.

Verify now: https://aws-training.amazon-certsupport.com/verify?ref=CERT-2025-88123

Reply with your Builder ID password if the link does not work.

AWS Certification Support Team
""", cte="7bit"),
        leaf("""<html><body><p>Dear Candidate,</p><p>Your account merge request is pending verification. To avoid losing your certification history, verify your identity within <b>24 hours</b>.</p><p><a href="https://aws-training.amazon-certsupport.com/verify?ref=CERT-2025-88123">Verify now</a></p><p>AWS Certification Support Team</p></body></html>""", "html")),
    ar=("mx.google.com;\n       dkim=pass header.i=@amazon-certsupport.com header.s=default;\n"
        "       spf=pass smtp.mailfrom=support@amazon-certsupport.com;\n       dmarc=pass (p=NONE) header.from=amazon-certsupport.com"))

# ---------------------------------------------------------------- 021 A confirmation_request (HTML only, table)
n_confA = add("confirmation_request", True, A, [], addr("AWS Training and Certification", TC), ME_P, SUBJ_A, d(10, 24, 5, 12, UTC),
    leaf("""<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Ryosuke,</p>
<p>I found the following two certification accounts connected to the addresses you gave us:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>ryosuke.morishita84@gmail.com</td><td>r.morishita@hoshizora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>ryosuke.morishita84@gmail.com</td><td>r.morishita@hoshizora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>ryosuke.morishita84@gmail.com</td><td>r.morishita@hoshizora-tech.co.jp</td></tr>
<tr><td>Certifications</td><td>none</td><td>SAA-C03, DVA-C02</td></tr>
</table>
<p>Merging is permanent: the account that is merged away can no longer be signed in to. Which of the two should remain as your primary account? As soon as I hear back from you I will complete the merge.</p>
<p>Regards,<br>Farah K.<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#777">To contact us again about this case, reply to this email keeping the case number in the subject line.</p>
</body></html>""", "html", cte="quoted-printable"),
    reply=n_updA, refs=[n_ackA, n_holdA, n_rA1, n_updA], ar=auth("amazon.com"))

# ---------------------------------------------------------------- 022 OOO colleague
add("unrelated", False, None, [], addr("杉山 健太", "k.sugiyama@hoshizora-tech.co.jp"), ME_C,
    "自動応答: 引き継ぎ資料の件", d(10, 24, 15, 0),
    leaf("""【自動応答】10/24（金）は休暇をいただいております。10/27（月）より順次対応いたします。
お急ぎの場合はチーム ML（infra-team@hoshizora-tech.co.jp）までご連絡ください。
""", chs="iso-2022-jp", cte="7bit"), reply=n_hand,
    ar=auth("hoshizora-tech.co.jp", rcpt="company"), subj_chs="iso-2022-jp", extra=[("Auto-Submitted", "auto-replied")])

# ---------------------------------------------------------------- 023 newsletter JP
add("unrelated", False, None, [], addr("Qiita Weekly", "no-reply@qiita-weekly.example.jp"), P,
    "今週の人気記事: AWS 認定を転職先に引き継ぐ方法 ほか", d(10, 24, 19, 0),
    alt(leaf("""今週よく読まれた記事
1. AWS 認定を転職先に引き継ぐ方法（アカウント統合の体験談）
2. ECS のデプロイを速くする5つの設定
3. Rust で CLI を書いてみた
""", cte="base64"), leaf("<html><body><ol><li>AWS 認定を転職先に引き継ぐ方法</li><li>ECS のデプロイを速くする5つの設定</li><li>Rust で CLI を書いてみた</li></ol></body></html>", "html", cte="base64")),
    ar=auth("qiita-weekly.example.jp"))

# ---------------------------------------------------------------- 024 user reply from WRONG address
n_rA2 = add("user_reply", False, A, [], addr("Morishita Ryosuke", ME_C), addr("AWS Training and Certification", TC), SUBJ_A,
    d(10, 25, 9, 41),
    leaf("""Hi Farah,

Confirmed - please keep Account #1 (ryosuke.morishita84@gmail.com) and merge Account #2 into it.

Best regards,
Ryosuke Morishita
Hoshizora Technologies K.K.

________________________________
From: AWS Training and Certification <%s>
Sent: Friday, October 24, 2025 2:12 PM
To: ryosuke.morishita84@gmail.com
Subject: %s

Hello Ryosuke,
I found the following two certification accounts connected to the addresses you gave us: [...]
Which of the two should remain as your primary account? As soon as I hear back from you I will complete the merge.
""" % (TC, SUBJ_A), cte="quoted-printable"),
    reply=n_confA, refs=[n_ackA, n_confA], mid_dom="hoshizora-tech.co.jp", extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# ---------------------------------------------------------------- 025 A info_request: write from destination (to company addr)
n_wrongA = add("info_request", True, A, [], addr("AWS Training and Certification", TC), ME_C,
    SUBJ_A, d(10, 26, 0, 3, UTC),
    leaf("""Hello Ryosuke,

Thank you for the quick answer. Because it arrived from r.morishita@hoshizora-tech.co.jp, the account that is about to be merged away, I can't use it as the go-ahead. Kindly send the same confirmation from ryosuke.morishita84@gmail.com, replying on this thread.

Case ID: %s

Regards,
Farah K.
AWS Training and Certification
""" % A + tc_footer(A), cte="7bit"),
    reply=n_rA2, refs=[n_ackA, n_confA, n_rA2], ar=auth("amazon.com", rcpt="company"))

# ---------------------------------------------------------------- 026 forward to self
add("user_reply", False, A, [], addr("Morishita Ryosuke", ME_C), P, "FW: " + SUBJ_A, d(10, 26, 9, 12),
    leaf("""個人アドレスから返信し直す

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Sunday, October 26, 2025 9:03 AM
To: Morishita Ryosuke <%s>
Subject: %s

Hello Ryosuke,

Thank you for the quick answer. Because it arrived from r.morishita@hoshizora-tech.co.jp, the account that is about to be merged away, I can't use it as the go-ahead. Kindly send the same confirmation from ryosuke.morishita84@gmail.com, replying on this thread.

Case ID: %s
""" % (TC, ME_C, SUBJ_A, A), cte="base64"), mid_dom="hoshizora-tech.co.jp")

# ---------------------------------------------------------------- 027 user confirms from personal
n_rA3 = add("user_reply", False, A, [CID_P], P, addr("AWS Training and Certification", TC), SUBJ_A, d(10, 26, 9, 30),
    leaf("""Hello Farah,

Confirmed from my personal address: please merge Account #2 into Account #1 (%s, ryosuke.morishita84@gmail.com) and keep Account #1.

Thank you,
Ryosuke Morishita

On Fri, Oct 24, 2025 at 2:12 PM AWS Training and Certification <%s> wrote:
> Hello Ryosuke,
> I found the following two certification accounts connected to the addresses you gave us:
> Account #1 ryosuke.morishita84@gmail.com / Account #2 r.morishita@hoshizora-tech.co.jp
> Which of the two should remain as your primary account?
""" % (CID_P, TC), cte="7bit"),
    reply=n_confA, refs=[n_ackA, n_holdA, n_rA1, n_updA, n_confA], mid_dom="mail.gmail.com", crlf=False)

# ---------------------------------------------------------------- 028 other vendor solved
add("unrelated", False, None, [], addr("Nimbus Monitoring Support", "support@nimbusmon.io"), P,
    "[Nimbus Support] Request #58231 has been solved", d(10, 27, 3, 0, UTC),
    leaf("""Hi Ryosuke,

Your request #58231 ("Agent fails to start on Ubuntu 24.04") has been marked as solved. If the problem comes back, simply reply to this email and the request will be reopened.

How would you rate the support you received? Good / Bad

Nimbus Monitoring Support
""", cte="7bit"), ar=auth("nimbusmon.io"))

# ---------------------------------------------------------------- 029 A resolved, quotes request
n_resA = add("resolved", False, A, [CID_CO, CID_P], addr("AWS Training and Certification", TC), ME_P, SUBJ_A, d(10, 28, 1, 47, UTC),
    leaf("""Hello Ryosuke,

I have successfully merged your accounts. Everything from %s (exam history, SAA-C03 and DVA-C02, and the 50%% exam benefit) now sits on %s, signed in with ryosuke.morishita84@gmail.com. The former company profile is closed. Your Credly badges will be reissued to the same address within a day.

If anything looks off after you sign in, reply to this email and I'll take another look.

Regards,
Farah K.
AWS Training and Certification

On Sun, Oct 26, 2025, Ryosuke Morishita wrote:
> Confirmed from my personal address: please merge Account #2 into Account #1
>
> On Fri, Oct 24, 2025, AWS Training and Certification wrote:
> > Which of the two should remain as your primary account? As soon as I hear
> > back from you I will complete the merge.
""" % (CID_CO, CID_P) + tc_footer(A), cte="quoted-printable"),
    reply=n_rA3, refs=[n_ackA, n_confA, n_rA3], ar=auth("amazon.com"))

# ---------------------------------------------------------------- 030/031 Credly
for i, (badge, hh) in enumerate([("AWS Certified Solutions Architect – Associate", 3), ("AWS Certified Developer – Associate", 3)]):
    add("badge", False, None, [], addr("Credly", "admin@credly.com"), ME_P,
        "Ryosuke, you've been issued a badge from Amazon Web Services Training and Certification", d(10, 28, hh, 5 + i * 2, UTC),
        alt(leaf("""Congratulations, Ryosuke!

Amazon Web Services Training and Certification has issued you the %s badge.
Accept your badge: https://www.credly.com/badges/%s/accept

Credly, Inc.
""" % (badge, ["9f1c2e7a-4b3d-4e21-8a0f-6d2b7c1e5a90", "3b7e0d44-1f2a-49c6-b8e3-0a9d6c2f7e11"][i]), cte="quoted-printable"),
            leaf("<html><body><h2>Congratulations, Ryosuke!</h2><p>Amazon Web Services Training and Certification has issued you the <b>%s</b> badge.</p><p><a href='https://www.credly.com/'>Accept your badge</a></p></body></html>" % badge, "html")),
        ar=auth("credly.com"))

# ---------------------------------------------------------------- 032 survey A
add("survey", False, A, [], addr("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_P,
    "How did we do? Your AWS Training and Certification case %s" % A, d(10, 29, 2, 0, UTC),
    alt(leaf("""Hello,

Your recent case %s with AWS Training and Certification has been marked resolved. We'd appreciate two minutes of your time to tell us how it went.

Take the survey: https://survey.aws.example/cs?c=%s

This survey is optional.
""" % (A, A), cte="7bit"),
        leaf("<html><body><p>Your recent case %s with AWS Training and Certification has been marked resolved.</p><p>How satisfied were you? <a href='#'>1</a> <a href='#'>2</a> <a href='#'>3</a> <a href='#'>4</a> <a href='#'>5</a></p></body></html>" % A, "html")),
    ar=auth("amazon.com"))

# ---------------------------------------------------------------- 033 owner forwards resolution to manager
add("user_reply", False, A, [], P, addr("Yuki Tanabe", "y.tanabe@hoshizora-tech.co.jp"),
    "Fwd: " + SUBJ_A, d(10, 29, 18, 15),
    leaf("""田辺さん

認定アカウントの統合が終わりました。パートナー側の資格保有者数から私が抜けるので、
念のため共有です。短い間でしたがお世話になりました。

森下

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Tue, Oct 28, 2025 at 10:47 AM
Subject: %s
To: <%s>

Hello Ryosuke,

I have successfully merged your accounts. Everything from %s (exam history, SAA-C03 and DVA-C02, and the 50%% exam benefit) now sits on %s, signed in with ryosuke.morishita84@gmail.com.
""" % (TC, SUBJ_A, ME_P, CID_CO, CID_P), cte="base64"), mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 034 AWS Educate case (other program) asking a question
add("unrelated", False, E, [], addr("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE %s] [AWS Educate Form Submission] - educator-access" % E, d(10, 30, 4, 40, UTC),
    leaf("""Hello,

Thank you for your interest in supporting AWS Educate learners as a volunteer mentor. Could you tell us the name of the institution you will be working with, and your role there? Once we have it we can review your educator access.

Sincerely,
AWS Educate Support
""" + tc_footer(E), cte="7bit"), ar=auth("amazon.com"))

# ---------------------------------------------------------------- 035 certmetrics wants to hear from you
add("certification", False, None, [], addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS Certification wants to hear from you", d(10, 30, 15, 0, UTC),
    leaf("""<html><body><p>Hello Ryosuke,</p><p>As an AWS Certified individual, your opinion shapes future exams. Join a 20-minute online study about how you prepare for certification. Participation is voluntary and we will not contact you again about this study if you do not respond.</p><p><a href="https://www.certmetrics.com/amazon/">Join the study</a></p><p>AWS Certification</p></body></html>""", "html", cte="quoted-printable"),
    ar=auth("certmetrics.com"))

# ---------------------------------------------------------------- 036 HR last day
add("unrelated", False, None, [], addr("人事部 労務グループ", "jinji@hoshizora-tech.co.jp", "iso-2022-jp"), ME_C,
    "【本日】最終日のご案内", d(10, 31, 9, 0),
    leaf("""森下さん

本日が最終出社日となります。17時までに総務窓口へ貸与物の返却をお願いします。
社用メールは本日 23:59 に停止されます。

人事部 大野
""", chs="iso-2022-jp", cte="7bit"),
    ar=auth("hoshizora-tech.co.jp", rcpt="company"), subj_chs="iso-2022-jp")

# ---------------------------------------------------------------- 037 spoof with dmarc fail
add("suspicious", False, None, [], addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE 176198044120377] [AWS Training and Certification Form Submission] - account-assistance", d(11, 1, 6, 12, UTC),
    leaf("""Hello,

During the merge of your certification accounts a verification step failed. Your exam history will be removed in 48 hours unless you sign in again and re-enter your payment details:

https://aws-training-verify.support-portal.co/signin

We apologise for the inconvenience.
AWS Training and Certification
""", cte="7bit"), ar=auth("amazon.com", ok=False))

# ---------------------------------------------------------------- 038 Skill Builder receipt
add("unrelated", False, None, [], addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder Individual subscription receipt", d(11, 3, 2, 30, UTC),
    alt(leaf("""Thank you for subscribing to AWS Skill Builder Individual.

Order number: SB-2025-1103-77120
Amount: USD 29.00 (monthly)
Next renewal: December 3, 2025

Manage your subscription at https://skillbuilder.aws/subscription
""", cte="7bit"), leaf("<html><body><h3>Receipt</h3><table><tr><td>Order number</td><td>SB-2025-1103-77120</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr></table></body></html>", "html")),
    ar=auth("aws.training"))

# ---------------------------------------------------------------- 039 Amazon order
add("unrelated", False, None, [], addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
    "Amazon.co.jp ご注文の商品を発送しました", d(11, 4, 11, 20),
    leaf("""森下 涼介 様

ご注文の商品を発送しました。
注文番号: 249-5518203-7741230
お届け予定: 11月5日（水）

Amazon.co.jp
""", cte="base64"), ar=auth("amazon.co.jp"))

# ---------------------------------------------------------------- 040 ack B (Japanese, ISO-2022-JP)
n_ackB = add("acknowledgement", False, B, [CID_P], addr("Amazon Web Services", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % B, d(11, 7, 2, 43, UTC),
    leaf("""お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。
ケース %s を作成いたしました。

ケースの詳細:
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: 特典（Benefits）
AWS 候補 ID: %s
内容:
先月ケース %s でアカウント統合が完了しましたが、統合元にあった
次回試験 50%% 割引の特典が、統合後のアカウントの「特典」画面に表示されません。
11月下旬に Security - Specialty を受験予定のため、使えるようにしていただきたいです。

通常24時間以内にご回答いたしますが、調査のためお時間をいただく場合がございます。
同じ内容で別のケースを提起されますと対応が遅れる場合がございますので、ご了承ください。

アマゾン ウェブ サービス
""" % (B, CID_P, A), chs="iso-2022-jp", cte="7bit"), ar=auth("amazon.com"))

# ---------------------------------------------------------------- 041 GitHub issue comment
add("unrelated", False, None, [], addr("octo-dev", "notifications@github.com"), ME_P,
    "Re: [ryomori/tfsec-rules] False positive on aws_s3_bucket_policy (Issue #17)", d(11, 7, 8, 0, UTC),
    leaf("""Could you share the minimal config that triggers it? I can't reproduce on v1.4.2.

--
Reply to this email directly or view it on GitHub:
https://github.com/ryomori/tfsec-rules/issues/17#issuecomment-2468111230
""", cte="7bit"), ar=auth("github.com"))

# ---------------------------------------------------------------- 042 B info_request (mentions A)
n_infB = add("info_request", True, B, [], addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % B, d(11, 8, 5, 15, UTC),
    alt(leaf("""Hello Ryosuke,

I'm Priya and I'll be working on your benefits request. I can see that your accounts were merged on October 28 under case %s, and the exam history came across as expected.

Benefits are tied to the certification that earned them, so to trace the missing voucher we need a little more from you: which certification earned the 50%% discount, roughly when it first appeared on your old Benefits page, and whether you ever copied the code or started a registration with it. A screenshot of your current Benefits page would also help.

Thanks,
Priya S.
AWS Training and Certification
""" % A + tc_footer(B), cte="quoted-printable"),
        leaf("""<html><body><p>Hello Ryosuke,</p><p>I'm Priya and I'll be working on your benefits request. I can see that your accounts were merged on October 28 under case %s, and the exam history came across as expected.</p><p>Benefits are tied to the certification that earned them, so to trace the missing voucher we need a little more from you: which certification earned the 50%% discount, roughly when it first appeared on your old Benefits page, and whether you ever copied the code or started a registration with it. A screenshot of your current Benefits page would also help.</p><p>Thanks,<br>Priya S.<br>AWS Training and Certification</p></body></html>""" % A, "html", cte="quoted-printable")),
    reply=n_ackB, ar=auth("amazon.com"))

# ---------------------------------------------------------------- 043 user reply B (top posted)
n_rB1 = add("user_reply", False, B, [CID_P], P, addr("AWS Training and Certification", TC),
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % B, d(11, 9, 20, 3),
    leaf("""Hi Priya,

- It came from passing DVA-C02 in March 2025.
- It appeared on the old Benefits page in March and was still there in mid-October (I checked before filing the merge).
- I never copied or used the code.
Screenshot of the current Benefits page of %s attached as text below since the upload failed: "You have no benefits available."

Regards,
Ryosuke

2025年11月8日(土) 14:15 AWS Training and Certification <%s>:
> Hello Ryosuke,
> I'm Priya and I'll be working on your benefits request. [...]
> which certification earned the 50%% discount, roughly when it first appeared
> on your old Benefits page, and whether you ever copied the code
""" % (CID_P, TC), cte="quoted-printable"),
    reply=n_infB, refs=[n_ackB, n_infB], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 044 B case_update: passed to team
n_updB = add("case_update", False, B, [], addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % B, d(11, 10, 6, 2, UTC),
    leaf("""Hello Ryosuke,

Thank you, that's everything I needed. I've passed your case to our benefits team, who can restore vouchers that were lost during a merge. They usually need 3-5 business days. You don't need to do anything in the meantime; I'll update you here.

Priya S.
AWS Training and Certification
""" + tc_footer(B), cte="7bit"),
    reply=n_rB1, refs=[n_ackB, n_infB, n_rB1], ar=auth("amazon.com"))

# ---------------------------------------------------------------- 045 D opened by support (console)
n_ackD = add("acknowledgement", False, D, [], addr("Amazon Web Services", NOREPLY), ME_P,
    "Amazon Web Services: New Support case: %s" % D, d(11, 11, 5, 51, UTC),
    leaf("""Dear Customer,

AWS Training and Certification has opened a support case on your behalf.

Case ID: %s
Subject: Candidate profile: legal name mismatch after account merge
Severity: Low
Account: 482913650217

An agent will add details to this case shortly.
""" % D + console_footer(D), cte="7bit"), ar=auth("amazon.com"))

# ---------------------------------------------------------------- 046 D info_request (console)
n_infD = add("info_request", True, D, [], addr("Amazon Web Services", NOREPLY), ME_P, SUBJ_D, d(11, 11, 6, 20, UTC),
    alt(leaf("""Hello,

We have opened this case after noticing a problem on your merged certification profile. The two former profiles carried different legal names: "MORISHITA RYOSUKE" and "Ryosuke Morishita (森下 涼介)". Your upcoming exam appointment (Pearson VUE registration 412307685) checks your ID against this record, and a mismatch can stop you from testing.

Which spelling matches the government ID you will present at the test centre? Please answer in the Support Center using the link below; replies by email are not received.

Best regards,
Mateo R.
Amazon Web Services
""" + console_footer(D), cte="quoted-printable"),
        leaf("""<html><body><p>Hello,</p><p>We have opened this case after noticing a problem on your merged certification profile. The two former profiles carried different legal names: "MORISHITA RYOSUKE" and "Ryosuke Morishita (森下 涼介)". Your upcoming exam appointment (Pearson VUE registration 412307685) checks your ID against this record, and a mismatch can stop you from testing.</p><p>Which spelling matches the government ID you will present at the test centre? Please answer in the Support Center using the link below; replies by email are not received.</p><p>Best regards,<br>Mateo R.<br>Amazon Web Services</p><p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">View case in Support Center</a></p><p style="font-size:11px">Note: this e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>""" % D, "html", cte="base64")),
    reply=n_ackD, ar=auth("amazon.com"))

# ---------------------------------------------------------------- 047 Pearson VUE confirmation
add("unrelated", False, None, [], addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Confirmation of your AWS Certified Security - Specialty exam appointment", d(11, 11, 9, 10, UTC),
    leaf("""Dear Ryosuke Morishita,

Thank you for scheduling. Registration ID: 412307685
Exam: SCS-C02 AWS Certified Security - Specialty
Date: Thursday, November 20, 2025, 13:00 JST
Location: Pearson Professional Centers - Tokyo Shinjuku

Bring one valid government-issued ID whose name exactly matches your profile.

Pearson VUE
""", cte="7bit"), ar=auth("pearson.com"))

# ---------------------------------------------------------------- 048 user emails the console no-reply (wrong channel)
n_rD1 = add("user_reply", False, D, [], P, addr("Amazon Web Services", NOREPLY), "Re: " + SUBJ_D, d(11, 12, 8, 22),
    leaf("""Hello Mateo,

My passport reads MORISHITA RYOSUKE. Please use that spelling.

Ryosuke

On Tue, Nov 11, 2025 at 3:20 PM Amazon Web Services <%s> wrote:
> Which spelling matches the government ID you will present at the test centre?
> Please answer in the Support Center using the link below; replies by email are
> not received.
""" % NOREPLY, cte="7bit"),
    reply=n_infD, refs=[n_ackD, n_infD], mid_dom="mail.gmail.com", crlf=False)

# ---------------------------------------------------------------- 049 bounce
add("unrelated", False, D, [], addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", d(11, 12, 8, 23),
    leaf("""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail

----- Original message -----
Subject: Re: %s
""" % SUBJ_D, cte="7bit"), reply=n_rD1, ar=None)

# ---------------------------------------------------------------- 050 B case_update: no number, references only, Japanese agent
add("case_update", False, B, [], addr("AWS トレーニングと認定", TC), ME_P,
    "Re: 特典（50%割引）の件", d(11, 13, 4, 0, UTC),
    leaf("""森下様

お世話になっております。AWS トレーニングと認定の佐伯です。

特典チームにて、統合前のアカウントで発行された割引の記録を確認できました。
現在、再発行の承認を待っている段階です。恐れ入りますが、もう少々お待ちください。
進展があり次第、こちらからご連絡いたします。

佐伯
""", cte="base64"),
    reply=n_updB, refs=[n_ackB, n_infB, n_rB1, n_updB], ar=auth("amazon.com"))

# ---------------------------------------------------------------- 051 GitHub
add("unrelated", False, None, [], addr("GitHub", "noreply@github.com"), ME_P,
    "[GitHub] A third-party OAuth application has been added to your account", d(11, 13, 10, 30, UTC),
    leaf("""Hey ryomori!

A third-party OAuth application (Terraform Cloud) with read:org and repo scopes was recently authorized to access your account.
Visit https://github.com/settings/connections/applications for more information.

Thanks,
The GitHub Team
""", cte="7bit"), ar=auth("github.com"))

# ---------------------------------------------------------------- 052 D closing notice (console)
n_clD = add("closing_notice", True, D, [], addr("Amazon Web Services", NOREPLY), ME_P, SUBJ_D, d(11, 14, 6, 0, UTC),
    leaf("""Hello,

We haven't heard back from you on this case. If we don't receive a reply through the Support Center within 3 days, the case will be resolved automatically. Your exam is on November 20, so the sooner you answer, the better.

Any reply in the Support Center keeps the case open.

Amazon Web Services
""" + console_footer(D), cte="7bit"),
    reply=n_infD, refs=[n_ackD, n_infD], ar=auth("amazon.com"))

# ---------------------------------------------------------------- 053 ex-colleague
add("unrelated", False, None, [], addr("Kenta Sugiyama", "kenta.sgym@gmail.com"), ME_P,
    "送別会の写真", d(11, 14, 22, 10),
    leaf("""森下さん

先日はお疲れさまでした！送別会の写真、共有フォルダに上げました。
https://photos.example.com/album/hoshizora-farewell
新しい職場でも頑張ってください。

杉山
""", cte="base64"), ar=auth("gmail.com"))

# ---------------------------------------------------------------- 054 D case_update (mentions B)
n_updD = add("case_update", False, D, [], addr("Amazon Web Services", NOREPLY), ME_P, SUBJ_D, d(11, 15, 2, 30, UTC),
    leaf("""Hello Ryosuke,

Thank you for your reply in the Support Center. I've set the legal name on your profile to MORISHITA RYOSUKE and asked the exam delivery team to push the change to Pearson VUE; this takes 24-48 hours. I also noticed your benefits case %s is with our benefits team, so I've left them a note that the name is now final.

I'll confirm here once the sync is done.

Mateo R.
""" % B + console_footer(D), cte="quoted-printable"),
    reply=n_clD, refs=[n_ackD, n_infD, n_clD], ar=auth("amazon.com"))

# ---------------------------------------------------------------- 055 B resolved (quotes old request)
n_resB = add("resolved", False, B, [], addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % B, d(11, 16, 1, 12, UTC),
    alt(leaf("""Hello Ryosuke,

Good news - the benefits team has reissued your 50%% exam discount. It is now listed on the Benefits page of your certification account and is valid until March 31, 2026. You can apply it when you schedule, or to an existing appointment by rescheduling through Pearson VUE. No further action is required on this case.

Kind regards,
Priya S.
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification
Sent: 08 November 2025 05:15
Subject: RE:[CASE %s]
Benefits are tied to the certification that earned them, so to trace the missing voucher we need a little more from you: which certification earned the 50%% discount [...] A screenshot of your current Benefits page would also help.
""" % (B,), cte="quoted-printable"),
        leaf("""<html><body><p>Hello Ryosuke,</p><p>Good news - the benefits team has reissued your 50%% exam discount. It is now listed on the Benefits page of your certification account and is valid until March 31, 2026. You can apply it when you schedule, or to an existing appointment by rescheduling through Pearson VUE. No further action is required on this case.</p><p>Kind regards,<br>Priya S.</p><blockquote>Benefits are tied to the certification that earned them, so to trace the missing voucher we need a little more from you [...] A screenshot of your current Benefits page would also help.</blockquote></body></html>""".replace("%%", "%"), "html")),
    reply=n_rB1, refs=[n_ackB, n_infB, n_rB1, n_updB], ar=auth("amazon.com"))

# ---------------------------------------------------------------- 056 AWS marketing JP
add("unrelated", False, None, [], addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【ご招待】AWS Innovate オンラインカンファレンス 12月開催", d(11, 16, 3, 0, UTC),
    alt(leaf("AWS Innovate を12月にオンライン開催します。認定試験対策セッションもございます。ご登録はこちら: https://aws.amazon.com/jp/events/\n配信停止をご希望の場合はこちら。\n", cte="base64"),
        leaf("<html><body><h2>AWS Innovate</h2><p>12月にオンライン開催。認定試験対策セッションもございます。</p></body></html>", "html", cte="base64")),
    ar=auth("amazon.com"))

# ---------------------------------------------------------------- 057 D resolved (console, feedback footer)
add("resolved", False, D, [], addr("Amazon Web Services", NOREPLY), ME_P, SUBJ_D, d(11, 17, 1, 5, UTC),
    leaf("""Hello Ryosuke,

Pearson VUE now shows MORISHITA RYOSUKE on your profile, matching your passport. You're all set for November 20, and I'm marking this case resolved. Good luck on the exam!

Mateo R.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.
""" + console_footer(D), cte="7bit"),
    reply=n_updD, refs=[n_ackD, n_infD, n_clD, n_updD], ar=auth("amazon.com"))

# ---------------------------------------------------------------- 058 survey B
add("survey", False, B, [], addr("AWS Training and Certification", "aws-cs-survey@amazon.com"), ME_P,
    "Tell us about your recent support experience", d(11, 17, 4, 0, UTC),
    leaf("""<html><body><p>Hello Ryosuke,</p><p>Thank you for contacting AWS Training and Certification about case <b>%s</b>. Would you take a moment to rate your experience?</p><table><tr><td><a href="https://survey.aws.example/r?c=%s&s=5">Very satisfied</a></td><td><a href="https://survey.aws.example/r?c=%s&s=1">Very dissatisfied</a></td></tr></table><p>Your answers help us improve.</p></body></html>""" % (B, B, B), "html"),
    ar=auth("amazon.com"))

# ---------------------------------------------------------------- 059 user reopens A (mentions old case)
n_rA4 = add("user_reply", False, A, [CID_UNI], P, addr("AWS Training and Certification", TC), SUBJ_A, d(11, 18, 7, 55),
    leaf("""Hello Farah,

Sorry to come back to this case. Everything from the company account arrived, but my Cloud Practitioner from 2019 is still missing. I think it is on a third profile I created with my university address (ryosuke.m@kansei-u.ac.jp), candidate ID %s. In 2019 I had case %s about that profile and I assumed it had been combined then, but apparently not.

Could that profile be merged into my current one as well?

Thanks,
Ryosuke

On Tue, Oct 28, 2025 at 10:47 AM AWS Training and Certification <%s> wrote:
> I have successfully merged your accounts. [...]
> If anything looks off after you sign in, reply to this email and I'll take another look.
""" % (CID_UNI, OLD, TC), cte="quoted-printable"),
    reply=n_resA, refs=[n_ackA, n_confA, n_rA3, n_resA], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 060 A reopened ack
n_reoA = add("acknowledgement", False, A, [], TCF, ME_P, SUBJ_A, d(11, 18, 23, 0, UTC),
    leaf("""Hello,

Your case %s has been reopened because we received a new reply from you. It has been placed back in our queue and an agent will respond, usually within 24 hours.

Please do not open a new case for the same request.

Amazon Web Services
""" % A, cte="7bit"), reply=n_rA4, refs=[n_ackA, n_resA, n_rA4], ar=auth("amazon.com"))

# ---------------------------------------------------------------- 061 A second confirmation_request, Japanese keigo
n_conf2 = add("confirmation_request", True, A, [CID_P, CID_UNI], addr("AWS トレーニングと認定", TC), ME_P, SUBJ_A,
    d(11, 19, 3, 20, UTC),
    alt(leaf("""森下 涼介 様

AWS トレーニングと認定の佐伯でございます。ケースの再開を承りました。

ご指摘の2019年のプロフィールを確認いたしました。過去のケース %s では
パスワード再設定のみが行われており、統合は実施されておりませんでした。

現在、以下の2つのアカウントがございます。

  アカウント #1（統合先）
    候補 ID: %s
    ログイン用メール: ryosuke.morishita84@gmail.com
  アカウント #2（統合元）
    候補 ID: %s
    ログイン用メール: ryosuke.m@kansei-u.ac.jp
    保有認定: AWS Certified Cloud Practitioner（2019年取得・失効済み）

いずれもご本人様のアカウントであること、ならびにアカウント #2 を #1 に統合して
よろしいかを、本メールへのご返信にてご確認いただけますでしょうか。
ご確認いただけ次第、統合作業を進めさせていただきます。

何卒よろしくお願いいたします。

佐伯
AWS トレーニングと認定 カスタマーサポート
""" % (OLD, CID_P, CID_UNI), cte="quoted-printable"),
        leaf("""<html><body><p>森下 涼介 様</p><p>AWS トレーニングと認定の佐伯でございます。ケースの再開を承りました。</p><p>ご指摘の2019年のプロフィールを確認いたしました。過去のケース %s ではパスワード再設定のみが行われており、統合は実施されておりませんでした。</p><table border="1"><tr><th>アカウント #1（統合先）</th><th>アカウント #2（統合元）</th></tr><tr><td>%s<br>ryosuke.morishita84@gmail.com</td><td>%s<br>ryosuke.m@kansei-u.ac.jp<br>AWS Certified Cloud Practitioner（2019年取得・失効済み）</td></tr></table><p>いずれもご本人様のアカウントであること、ならびにアカウント #2 を #1 に統合してよろしいかを、本メールへのご返信にてご確認いただけますでしょうか。ご確認いただけ次第、統合作業を進めさせていただきます。</p><p>何卒よろしくお願いいたします。</p><p>佐伯</p></body></html>""" % (OLD, CID_P, CID_UNI), "html", cte="base64")),
    reply=n_rA4, refs=[n_ackA, n_resA, n_rA4], ar=auth("amazon.com"))

# ---------------------------------------------------------------- 062 newsletter
add("unrelated", False, None, [], addr("Last Week in Cloud", "newsletter@lastweekincloud.example.com"), ME_P,
    "Last Week in Cloud #388: the pre:Invent avalanche", d(11, 19, 14, 0, UTC),
    leaf("""This week: 140 launches before re:Invent even starts, a new S3 storage class nobody asked for, and how to survive certification renewals.

Reply to this email to tell us what you think - we read everything.

Unsubscribe: https://lastweekincloud.example.com/u/91c2
""", cte="7bit"), ar=auth("lastweekincloud.example.com"), crlf=False)

# ---------------------------------------------------------------- 063 Pearson thank you
add("unrelated", False, None, [], addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Thank you for testing with Pearson VUE", d(11, 20, 7, 30, UTC),
    leaf("""Dear Ryosuke Morishita,

Thank you for taking your AWS Certified Security - Specialty exam (registration 412307685) with Pearson VUE today. Your results will be sent by AWS Certification, usually within 5 business days.

Tell us about your testing experience: https://pearsonvue.example/survey

Pearson VUE
""", cte="7bit"), ar=auth("pearson.com"))

# ---------------------------------------------------------------- 064 Builder ID sign-in code
add("unrelated", False, None, [], addr("AWS", "no-reply@login.awsapps.com"), ME_P,
    "AWS Builder ID sign-in verification code", d(11, 20, 11, 2, UTC),
    leaf("""Your verification code is: 907163

Someone is trying to sign in to your AWS Builder ID from a new device. If this was not you, change your password.
""", cte="7bit"), ar=auth("login.awsapps.com"))

# ---------------------------------------------------------------- 065 exam result
add("certification", False, None, [CID_P], addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations! You are now AWS Certified", d(11, 21, 1, 0, UTC),
    alt(leaf("""Congratulations, Ryosuke!

You passed the AWS Certified Security - Specialty exam. Your certificate and digital badge are now available in your AWS Certification Account.

Candidate ID: %s
Validation number: 3QX9ZL2B8MV1Q2WC

AWS Certification
""" % CID_P, cte="7bit"),
        leaf("<html><body><h1>Congratulations, Ryosuke!</h1><p>You passed the AWS Certified Security - Specialty exam.</p><p>Candidate ID: %s</p></body></html>" % CID_P, "html")),
    ar=auth("certmetrics.com"))

# ---------------------------------------------------------------- 066 Credly
add("badge", False, None, [], addr("Credly", "admin@credly.com"), ME_P,
    "Claim your AWS Certified Security – Specialty badge", d(11, 21, 1, 30, UTC),
    leaf("""<html><body><p>Ryosuke, Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Security – Specialty</b>.</p><p><a href="https://www.credly.com/badges/c41d5a9e-2f07-4b11-9e3a-81f0c2d6b7e4">Accept and share</a></p><p>Credly, Inc. · 577 Broadway · Albany, NY</p></body></html>""", "html", cte="quoted-printable"),
    ar=auth("credly.com"))

# ---------------------------------------------------------------- 067 A closing notice (number in body only)
n_clA = add("closing_notice", True, A, [], addr("AWS Training and Certification", TC), ME_P,
    "Your AWS Training and Certification case - awaiting your response", d(11, 22, 2, 0, UTC),
    leaf("""Hello Ryosuke,

We have not yet received your confirmation about merging the profile registered to ryosuke.m@kansei-u.ac.jp. If we don't hear from you within 72 hours, this case will be closed. Replying at any time keeps it open, and a reply after closure will reopen it.

Case ID: %s

Thank you,
AWS Training and Certification
""" % A, cte="7bit"),
    reply=n_conf2, refs=[n_ackA, n_rA4, n_conf2], ar=auth("amazon.com"))

# ---------------------------------------------------------------- 068 user reply A (Japanese + English)
n_rA5 = add("user_reply", False, A, [], P, addr("AWS Training and Certification", TC), SUBJ_A, d(11, 22, 18, 40),
    leaf("""佐伯様

ご連絡が遅くなり申し訳ありません。試験のため確認が遅れました。
2つとも私本人のアカウントです。アカウント #2 を #1 に統合してください。
(Confirmed: both accounts are mine; please merge Account #2 into Account #1.)

森下 涼介

2025年11月19日(水) 12:20 AWS トレーニングと認定 <%s>:
> いずれもご本人様のアカウントであること、ならびにアカウント #2 を #1 に統合して
> よろしいかを、本メールへのご返信にてご確認いただけますでしょうか。
""" % TC, cte="base64"),
    reply=n_conf2, refs=[n_ackA, n_rA4, n_conf2], mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 069 colleague (new job)
add("unrelated", False, None, [], addr("Aya Fujimoto", "a.fujimoto@lumen-works.jp"), ME_P,
    "Welcome aboard / 入社前のご案内", d(11, 23, 10, 0),
    leaf("""森下さん

12月1日からよろしくお願いします。初日は10時にオフィス受付へお越しください。
社用アカウントは初日に発行します。AWS 認定の会社紐付けは入社後に案内しますね。

藤本（Lumen Works 人事）
""", cte="base64"), ar=auth("lumen-works.jp"))

# ---------------------------------------------------------------- 070 A resolved second merge
n_resA2 = add("resolved", False, A, [CID_UNI, CID_P], addr("AWS トレーニングと認定", TC), ME_P, SUBJ_A, d(11, 24, 2, 10, UTC),
    leaf("""森下 涼介 様

ご確認いただきありがとうございます。
候補 ID %s のプロフィールを %s に統合いたしました。
2019年の Cloud Practitioner の受験履歴も、現在のアカウントの試験履歴に表示されます。

本件は以上で完了となります。ほかにご不明な点がございましたら、お気軽にお問い合わせください。

佐伯
AWS トレーニングと認定

> 2つとも私本人のアカウントです。アカウント #2 を #1 に統合してください。
>> いずれもご本人様のアカウントであること、ならびにアカウント #2 を #1 に統合して
>> よろしいかを、本メールへのご返信にてご確認いただけますでしょうか。
""" % (CID_UNI, CID_P), cte="quoted-printable"),
    reply=n_rA5, refs=[n_ackA, n_conf2, n_rA5], ar=auth("amazon.com"))

# ---------------------------------------------------------------- 071 Credly CLF (expired badge history)
add("badge", False, None, [], addr("Credly", "admin@credly.com"), ME_P,
    "A badge has been added to your Credly profile", d(11, 24, 3, 0, UTC),
    leaf("""Hi Ryosuke,

AWS Certified Cloud Practitioner (issued 2019, expired 2022) from Amazon Web Services Training and Certification is now on your profile as an expired badge. You can choose whether to show it publicly.

https://www.credly.com/users/ryosuke-morishita/badges

Credly
""", cte="7bit"), ar=auth("credly.com"))

# ---------------------------------------------------------------- 072 survey A again (Japanese)
add("survey", False, A, [], addr("AWS カスタマーサービス", "aws-cs-survey@amazon.com"), ME_P,
    "サポートについてのアンケートのお願い（ケース %s）" % A, d(11, 25, 2, 0, UTC),
    leaf("""森下 涼介 様

先日は AWS トレーニングと認定へお問い合わせいただきありがとうございました。
サービス向上のため、簡単なアンケートにご協力いただけますと幸いです（所要時間1分）。

https://survey.aws.example/cs?c=%s&lang=ja

※ アンケートへのご回答は任意です。
""" % A, cte="base64"), ar=auth("amazon.com"))

# ---------------------------------------------------------------- 073 certification benefits mail
add("certification", False, None, [], addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "New AWS Certified benefits are available to you", d(11, 25, 16, 0, UTC),
    leaf("""Hello Ryosuke,

As an AWS Certified individual you can now access the AWS Certified Global Community and a 50% discount on your next exam. Sign in to your AWS Certification Account and open Benefits to see them.

AWS Certification
""", cte="7bit"), ar=auth("certmetrics.com"))

# ---------------------------------------------------------------- 074 Credly lookalike
add("suspicious", False, None, [], addr("Credly Badges", "notify@credly-badges.net"), ME_P,
    "Your AWS badges will be revoked - confirm ownership", d(11, 26, 4, 44, UTC),
    leaf("""<html><body><p>Dear badge earner,</p><p>Due to the recent merge of your AWS Certification profiles, your badges are flagged as duplicates and will be revoked in 24 hours.</p><p>Confirm ownership by signing in with your AWS Builder ID: <a href="http://credly-badges.net/aws/login">credly.com/confirm</a></p></body></html>""", "html"),
    ar=("mx.google.com;\n       dkim=none;\n       spf=pass smtp.mailfrom=notify@credly-badges.net;\n       dmarc=none header.from=credly-badges.net"))

# ---------------------------------------------------------------- 075 other vendor case closed with [CASE ...] token
add("unrelated", False, None, [], addr("TaskRail Support", "support@taskrail.example.com"), ME_P,
    "RE:[CASE 00482193] Unable to export project to CSV", d(11, 26, 9, 0, UTC),
    leaf("""Hello Ryosuke,

Since we haven't heard back from you, we've closed case 00482193. If you still need help, reply to this email within 14 days to reopen it.

TaskRail Support
""", cte="7bit"), ar=auth("taskrail.example.com"))

# ---------------------------------------------------------------- 076 billing
add("unrelated", False, None, [], addr("Amazon Web Services", "aws-billing-no-reply@amazon.com"), ME_P,
    "AWS Notification - Free Tier usage limit alert [AWS ID 482913650217]", d(11, 27, 0, 10, UTC),
    leaf("""Your AWS account 482913650217 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of November.

Product: AmazonEC2   Usage: 640.0 Hrs   Limit: 750 Hrs

AWS Billing
""", cte="7bit"), ar=auth("amazon.com"))

# ---------------------------------------------------------------- 077 owner note to new HR mentioning case
add("user_reply", False, A, [CID_P], P, addr("Aya Fujimoto", "a.fujimoto@lumen-works.jp"),
    "Re: Welcome aboard / 入社前のご案内", d(11, 27, 21, 0),
    leaf("""藤本さん

ご案内ありがとうございます。12/1 10時に伺います。
AWS 認定は個人アカウント（候補 ID %s）に統合済みです
（AWS のケース %s で対応してもらいました）。入社後に御社パートナー側と共有設定をします。

森下
""" % (CID_P, A), cte="base64"), mid_dom="mail.gmail.com")

# ---------------------------------------------------------------- 078 Educate follow-up closing (other program)
add("unrelated", False, E, [], addr("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE %s] [AWS Educate Form Submission] - educator-access" % E, d(11, 28, 5, 0, UTC),
    leaf("""Hello,

We haven't received the information we requested, so this case will be closed in 3 days. If you'd still like educator access, reply with the name of your institution and your role.

AWS Educate Support
""" + tc_footer(E), cte="7bit"), ar=auth("amazon.com"))


# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    counts = collections.Counter()
    nr = 0
    for n, kind, needs, case, cands, text in msgs:
        with open(os.path.join(HERE, "%03d-msg.eml" % n), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        with open(os.path.join(HERE, "%03d-msg.json" % n), "w", encoding="utf-8") as fh:
            json.dump({"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands}, fh)
            fh.write("\n")
        counts[kind] += 1
        nr += needs
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(msgs)))
    print("%-22s %d" % ("needs_reply", nr))


if __name__ == "__main__":
    main()
