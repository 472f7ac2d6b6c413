#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).
Writes NNN-slug.eml + NNN-slug.json next to this script."""
import os, json, base64, quopri, hashlib
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
ME_P = "haruka.ishida.0417@gmail.com"
ME_C = "h-ishida@tsukumo-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
CASE_C21 = "8391047265"          # 2021 console case (10 digits)
CASE_23 = "12904387715"          # 2023 form case (11 digits)
CASE_A = "175755883200417"       # 2025 main form case (15 digits)
CASE_B = "175756018000952"       # 2025 duplicate form case
CASE_C25 = "176041929300118"     # 2025 console case
TCSUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
IDS = {}


def h(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)


def leaf(body, sub="plain", cs="utf-8", cte="8bit"):
    raw = body.encode(cs)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw)
    elif cte == "base64":
        enc = base64.encodebytes(raw)
    else:
        enc = raw
    hd = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (sub, cs, cte)
    return hd.encode("ascii") + enc


def multi(parts, sub="alternative", seed="x"):
    b = "----=_Part_" + hashlib.md5(seed.encode()).hexdigest()[:16]
    out = ('Content-Type: multipart/%s; boundary="%s"\n\n' % (sub, b)).encode()
    out += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += ("\n--%s\n" % b).encode() + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += ("\n--%s--\n" % b).encode()
    return out


def gmail_auth(domain, ok=True, sel="224i4yxa5dv7c2xz3womw6peuasteono", ip="54.240.8.21"):
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=Qm3xT0aA;\n"
                "       spf=pass (google.com: domain of 0100019934@%s designates %s as permitted sender) smtp.mailfrom=0100019934@%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (domain, sel, "amazonses.com", ip, "amazonses.com", domain))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=Zr9kLm2P;\n"
            "       spf=softfail (google.com: domain of transitioning bounce@mail-relay-77.net does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=bounce@mail-relay-77.net;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (domain, sel, domain))


def gmail_auth_plain(domain):
    return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=s1 header.b=kP0aW1xY;\n"
            "       spf=pass (google.com: domain of bounces@%s designates 198.51.100.23 as permitted sender) smtp.mailfrom=bounces@%s;\n"
            "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % (domain, domain, domain, domain))


def m365_auth(domain, ok=True):
    if ok:
        return ("spf=pass (sender IP is 54.240.27.11)\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100" % (domain, domain))
    return ("spf=fail (sender IP is 185.234.72.19)\n smtp.mailfrom=mail-relay-77.net; dkim=fail (body hash did not verify)\n"
            " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail\n reason=000" % (domain, domain))


def add(key, date, frm, to, subject, body, label, cc=None, msgid=None, reply_to_key=None, refs_keys=None,
        auth=None, crlf=False, subj_cs="utf-8", extra=None, note=""):
    n = len(MSGS) + 1
    if msgid is None:
        msgid = "<%s@%s>" % (hashlib.sha1((key + date).encode()).hexdigest()[:24], "email.amazonses.com")
    IDS[key] = msgid
    hdrs = []
    if auth:
        hdrs.append(("Authentication-Results", auth))
    hdrs += [("Date", date), ("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", h(subject, subj_cs)))
    hdrs.append(("Message-ID", msgid))
    if reply_to_key:
        hdrs.append(("In-Reply-To", IDS[reply_to_key]))
        rk = refs_keys if refs_keys is not None else [reply_to_key]
        hdrs.append(("References", " ".join(IDS[k] for k in rk)))
    for k, v in (extra or []):
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    raw = "".join("%s: %s\n" % kv for kv in hdrs).encode("ascii") + body
    raw = raw.replace(b"\r\n", b"\n")
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    MSGS.append((n, key, raw, label, note, date, subject))


def L(kind, reply=False, case=None, cands=()):
    return {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(cands)}


def q(text, p="> "):
    return "\n".join((p + l).rstrip() if l else p.rstrip() for l in text.strip("\n").split("\n"))


AWS_FOOT = """

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services

======================================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.

======================================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

AWS_TC = addr("AWS Training and Certification", TC)
AWS_NR = addr("Amazon Web Services", NOREPLY)
ME_C_J = addr("石田 遥", ME_C)
ME_P_N = addr("Haruka Ishida", ME_P)

# ---------------------------------------------------------------- 2021
add("bill21", "Tue, 02 Mar 2021 09:12:44 +0000", AWS_NR, ME_C,
    "Amazon Web Services Billing Statement Available [Account: 482910375561]",
    multi([leaf("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 5561, is available on the AWS web site. Your account will be charged the following:

Total: $37.12

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

[AWS ID 482910375561]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", cte="quoted-printable"),
           leaf("<html><body><p>Greetings from Amazon Web Services,</p><p>This e-mail confirms that your latest billing statement, for the account ending in 5561, is available on the AWS web site.</p><p>Total: <b>$37.12</b></p><p>[AWS ID 482910375561]</p><p>Sincerely,<br>Amazon Web Services</p></body></html>", "html", cte="quoted-printable")],
          seed="bill21"),
    L("unrelated"), auth=m365_auth("amazon.com"), crlf=True,
    note="AWS billing from no-reply-aws@amazon.com (same sender as console cases); 12-digit account ID in [AWS ID ...] and in subject")

add("cert21", "Mon, 15 Mar 2021 02:31:05 +0000", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Congratulations, you are now AWS Certified!",
    leaf("""Dear Haruka Ishida,

Congratulations on earning the AWS Certified Solutions Architect - Associate certification!

Candidate ID: AWS03318264
Validation Number: 2Q7LM3KJ1FQ4QXS8
Certification Date: March 14, 2021
Expiration Date: March 14, 2024

Your digital badge will be issued through Credly within a few days. Log in to your AWS Certification Account to download your certificate and to see your benefits, including a 50% discount on your next exam.

Please do not reply to this email. This mailbox is not monitored.

AWS Training and Certification
""", cte="7bit"),
    L("certification", cands=["AWS03318264"]), auth=m365_auth("certmetrics.com"),
    note="certmetrics notice with a candidate ID; 'please do not reply'")

add("badge21", "Tue, 16 Mar 2021 11:02:48 +0000", addr("Acclaim", "admin@youracclaim.com"), ME_C,
    "Haruka, you earned a badge from Amazon Web Services Training and Certification",
    leaf("""<html><body style="font-family:Arial">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<h2>Congratulations, Haruka!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/8c1f3e52-40a7-4b7d-9a52-1e6b0c93a7f4">Accept your badge</a></p>
<p>Accepting lets you share it on LinkedIn, Twitter and your email signature.</p>
<p style="font-size:11px;color:#777">You are receiving this email because Amazon Web Services Training and Certification issued you a badge. Acclaim, 1 Penn Plaza, New York.</p>
</td></tr></table></body></html>""", "html", cte="quoted-printable"),
    L("badge"), auth=m365_auth("youracclaim.com"),
    note="older Acclaim sender, HTML-only, badge UUID in URL, 'Accept your badge' call to action")

C21_ACK = """Dear AWS Customer,

Thank you for contacting AWS Support. A new support case has been created for you.

Case ID: 8391047265
Subject: Exam discount voucher not listed under Benefits
Severity: General guidance
Correspondence: I passed AWS Certified Solutions Architect - Associate on 14 March 2021. The certificate shows on my certification account but the 50% exam discount voucher is not listed under Benefits. Could you check?

You can view and update this case at any time here:
https://console.aws.amazon.com/support/home#/case/?displayId=8391047265&language=en

Account: [AWS ID 482910375561]

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To update this case, please use the link above.

Sincerely,
Amazon Web Services
"""
add("c21ack", "Mon, 05 Apr 2021 04:18:51 +0000", AWS_NR, ME_C,
    "Amazon Web Services: New Support case: 8391047265", leaf(C21_ACK, cte="7bit"),
    L("acknowledgement", case=CASE_C21), auth=m365_auth("amazon.com"), crlf=True,
    note="console 'New Support case' acknowledgement; quotes the user's own question ('Could you check?'); 12-digit account ID next to the 10-digit case ID")

add("c21req", "Tue, 06 Apr 2021 13:40:09 +0000", AWS_NR, ME_C,
    "RE:[CASE 8391047265] Exam discount voucher not listed under Benefits",
    leaf("""Hello,

Thanks for reaching out, I'm the agent looking after your case today.

Exam vouchers are issued to the certification account, not to the AWS account you used to open this case, so the first step is to locate your certification record. Once it is found, the benefits team can see whether the voucher was generated and simply not displayed, or never generated.

What is the candidate ID shown on your certification account, and which e-mail address do you sign in to aws.training with?

Tomasz W.""" + AWS_FOOT.format(cid=CASE_C21), cte="quoted-printable"),
    L("info_request", True, CASE_C21), auth=m365_auth("amazon.com"), crlf=True,
    note="console case: bare questions without 'please', must be answered in the Support Center, rating footer with 'Please share your experience' and 'cannot accept incoming e-mails'")

add("pv21", "Wed, 07 Apr 2021 06:05:30 +0000", addr("ピアソンVUE", "pearsonvueconfirmation@pearson.com", "iso-2022-jp"), ME_C,
    "試験予約確認 - AWS Certified Developer - Associate",
    leaf("""石田 遥 様

ピアソンVUEをご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験名: AWS Certified Developer - Associate (DVA-C01) 日本語
登録ID: 412985730
試験日時: 2021年5月12日(水) 10:00
会場: オンライン監督試験 (OnVUE)

予約の変更・キャンセルは試験開始の24時間前までに受け付けております。
ご不明な点がございましたら、ピアソンVUEカスタマーサービスまでお問い合わせください。

※本メールは送信専用アドレスから送信しております。ご返信いただいてもお答えできませんのでご了承ください。

ピアソンVUE
""", cs="iso-2022-jp", cte="7bit"), L("unrelated"), subj_cs="iso-2022-jp",
    auth=m365_auth("pearson.com"),
    note="exam vendor, ISO-2022-JP; 9-digit registration ID that is not a case number; 〜お問い合わせください")

add("c21close", "Fri, 09 Apr 2021 14:22:17 +0000", AWS_NR, ME_C,
    "RE:[CASE 8391047265] Exam discount voucher not listed under Benefits",
    leaf("""Hello,

We haven't heard back from you since our last message about the missing voucher. We'd still like to help, but can't move forward without the details we asked for.

If we don't receive a response within the next 3 days, the case will be resolved automatically. You can keep it open by adding a reply through the Support Center link below.

Thank you,
Tomasz W.""" + AWS_FOOT.format(cid=CASE_C21), cte="7bit"),
    L("closing_notice", True, CASE_C21), auth=m365_auth("amazon.com"), crlf=True,
    note="console closing notice: 'resolved automatically' wording, reply must go via Support Center, feedback footer")

add("c21done", "Sat, 10 Apr 2021 08:51:36 +0000", AWS_NR, ME_C,
    "RE:[CASE 8391047265] Exam discount voucher not listed under Benefits",
    leaf("""Hello Haruka,

Thank you for the candidate ID (AWS03318264). The benefits team found that the voucher had been generated but was not linked to your profile; they have re-linked it and the 50% discount now appears under Benefits on your certification account.

I'm marking this case as resolved. No further action is required on your side.

Tomasz W.""" + AWS_FOOT.format(cid=CASE_C21), cte="quoted-printable"),
    L("resolved", False, CASE_C21, ["AWS03318264"]), auth=m365_auth("amazon.com"), crlf=True,
    note="console resolution with rating footer ('Please share your experience', 'use the link above if you need to contact us')")

add("c21survey", "Mon, 12 Apr 2021 17:03:12 +0000", addr("AWS Support", "aws-support-survey@amazon.com"), ME_C,
    "How did we do? Your AWS Support case 8391047265",
    multi([leaf("""Hello,

Your recent support case 8391047265 (Exam discount voucher not listed under Benefits) was resolved.

Would you take a minute to rate your experience? Your answers go straight to the team that handled your case.

How satisfied were you with the support you received?
1 - Very dissatisfied   2   3   4   5 - Very satisfied
https://survey.aws.amazon.com/s/cs?case=8391047265

Thank you,
AWS Support
""", cte="7bit"),
           leaf("<html><body><p>Hello,</p><p>Your recent support case <b>8391047265</b> was resolved.</p><p>Would you take a minute to rate your experience?</p><table><tr><td><a href='https://survey.aws.amazon.com/s/cs?case=8391047265&r=1'>1</a></td><td>2</td><td>3</td><td>4</td><td><a href='https://survey.aws.amazon.com/s/cs?case=8391047265&r=5'>5</a></td></tr></table></body></html>", "html", cte="7bit")],
          seed="c21survey"),
    L("survey", case=CASE_C21), auth=m365_auth("amazon.com"),
    note="survey with a question mark and a bare question; not a request to reply")

add("mkt21", "Tue, 01 Jun 2021 01:00:00 +0000", addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_C,
    "【AWS Innovate】オンラインカンファレンス 登録受付中",
    multi([leaf("""石田 様

AWS Innovate オンラインカンファレンスの登録受付を開始しました。
80 以上のセッションを、お好きな時間にオンデマンドでご視聴いただけます。

▼ 今すぐ登録
https://aws.amazon.com/jp/events/aws-innovate/

AWS 認定をお持ちの方向けの特別セッションもご用意しています。ぜひご参加ください。

配信停止をご希望の場合は、こちらからお手続きください。
アマゾン ウェブ サービス ジャパン合同会社
""", cte="base64"),
           leaf("<html><body><p>石田 様</p><p>AWS Innovate オンラインカンファレンスの登録受付を開始しました。</p><p><a href='https://aws.amazon.com/jp/events/aws-innovate/'>今すぐ登録</a></p></body></html>", "html", cte="base64")],
          seed="mkt21"),
    L("unrelated"), auth=m365_auth("amazon.com"), note="AWS marketing in Japanese (amazon.com sender, imperative ぜひご参加ください)")

# ---------------------------------------------------------------- 2023
add("bid23", "Mon, 20 Feb 2023 23:41:07 +0000", addr("AWS", "no-reply@signin.aws"), ME_C,
    "Verify your AWS Builder ID email address",
    leaf("""Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

Verification code: 583019

This code expires 30 minutes after it was sent.

If you did not request this code, you can ignore this email.

Amazon Web Services
""", cte="7bit"), L("unrelated"), auth=m365_auth("signin.aws"),
    note="Builder ID one-time code (6 digits), not a case")

ACK23 = """Amazon Web Services にお問い合わせいただきありがとうございます。

ケース 12904387715 をオープンしました。担当者より通常24時間以内にご連絡いたしますが、最適な解決策をご提案するため、さらにお時間を頂戴する場合がございます。

ケースの詳細は以下のとおりです。

ケース ID: 12904387715
お問い合わせタイプ: 認定
その他の詳細: Account Merge
お問い合わせ内容:
以下のアカウントはいずれもメールアドレス h-ishida@tsukumo-sys.co.jp で登録されています。最近合格した認定が Credly に反映されないため、アカウントの統合をお願いいたします。

すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。追加の情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
Amazon Web Services
"""
add("ack23", "Tue, 21 Feb 2023 00:12:55 +0000", addr("AWS トレーニングと認定", TC), ME_C,
    "RE: [CASE 12904387715] " + TCSUBJ, leaf(ACK23, cte="base64"),
    L("acknowledgement", case=CASE_23), auth=m365_auth("amazon.com"),
    note="Japanese acknowledgement (base64) with 追加の情報がございましたら…ご返信ください conditional and the user's own お願いいたします echoed; 'RE: [CASE' with space")

REQ23 = """Hello Haruka,

Thank you for your patience, and for describing the Credly problem so clearly.

When two certification accounts share one email address, Credly can only attach to one of them, which is why your newest exam isn't appearing in your wallet. Merging the two accounts normally fixes this, and any badge earned on the account that is merged away is re-issued against the surviving account within a couple of days.

Our tools look records up by candidate ID rather than by email, though, and because both of yours carry the same address I can't tell them apart with certainty. I'll need the candidate ID of each account before I can go any further. You'll find it in the top right corner after signing in to the certification portal (the letters AWS followed by eight digits).

Kind regards,
Priya
AWS Training and Certification Customer Support"""
add("req23", "Wed, 22 Feb 2023 00:14:20 +0000", AWS_TC, ME_C, "RE: [CASE 12904387715] " + TCSUBJ,
    multi([leaf(REQ23 + "\n", cte="quoted-printable"),
           leaf("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in REQ23.split("\n\n")) + "</body></html>", "html", cte="quoted-printable")],
          seed="req23"),
    L("info_request", True, CASE_23), reply_to_key="ack23", auth=m365_auth("amazon.com"),
    note="request buried in 3rd paragraph, 'I'll need …' with no 'please' and no question mark; format described but no actual ID")

add("rep23a", "Wed, 22 Feb 2023 02:03:44 +0000", ME_C_J, TC, "RE: [CASE 12904387715] " + TCSUBJ,
    leaf("""Hi Priya,

Thank you for your reply. The candidate IDs are:
- AWS02758130 (created by mistake last year, via Partner Central SSO)
- AWS03318264 (the one I normally use)

Best regards,
Haruka Ishida
Tsukumo Systems Co., Ltd.

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, February 22, 2023 9:14 AM
To: 石田 遥 <h-ishida@tsukumo-sys.co.jp>
Subject: RE: [CASE 12904387715] [AWS Training and Certification Form Submission] - account-assistance

""" + REQ23 + "\n", cte="quoted-printable"),
    L("user_reply", False, CASE_23, ["AWS02758130", "AWS03318264"]), reply_to_key="req23", refs_keys=["ack23", "req23"],
    msgid="<TYCPR01MB8843C1A2F0E5D3B7E9A4C2D1B8A40@TYCPR01MB8843.jpnprd01.prod.outlook.com>", crlf=True,
    note="user's reply from company address, Outlook quoting (no '>' prefixes) over the info request")

add("zenn23", "Fri, 24 Feb 2023 09:00:00 +0000", addr("Zenn", "noreply@zenn.dev"), ME_C,
    "今週のトレンド記事 - AWS 認定アカウントを整理しよう ほか",
    leaf("""今週 Zenn で読まれた記事をお届けします。

■ AWS 認定アカウントを整理しよう ― 重複アカウントの統合手順
  https://zenn.dev/example/articles/aws-cert-merge
■ Terraform 1.4 の新機能まとめ
■ 社内 Slack bot を Lambda で作り直した話

記事へのご意見・ご感想は、各記事のコメント欄からお寄せください。
このメールの配信設定はアカウント設定から変更できます。
""", cte="8bit"), L("unrelated"), auth=m365_auth("zenn.dev"),
    note="Japanese newsletter mentioning certification account merge; UTF-8 8bit")

CONF23 = """Hi Haruka,

Thanks for the IDs. Here is what I found:

Account #1
Candidate ID: AWS03318264
Login email: h-ishida@tsukumo-sys.co.jp
Training notification email: h-ishida@tsukumo-sys.co.jp
Certification notification email: h-ishida@tsukumo-sys.co.jp
Certifications: AWS Certified Solutions Architect - Associate, AWS Certified Developer - Associate

Account #2
Candidate ID: AWS02758130
Login email: h-ishida@tsukumo-sys.co.jp
Training notification email: h-ishida@tsukumo-sys.co.jp
Certification notification email: (none)
Certifications: AWS Certified SysOps Administrator - Associate (11 Feb 2023)

So Account #1 stays and Account #2 gets merged into it, is that right? After the merge Account #2 can no longer be signed in to.

Daniel
AWS T&C Support"""
add("conf23", "Mon, 27 Feb 2023 05:30:02 +0000", AWS_TC, ME_C, "RE: [CASE 12904387715] " + TCSUBJ,
    leaf(CONF23 + "\n", cte="7bit"),
    L("confirmation_request", True, CASE_23, ["AWS03318264", "AWS02758130"]), reply_to_key="rep23a",
    refs_keys=["ack23", "req23", "rep23a"], auth=m365_auth("amazon.com"),
    note="confirmation as a tag question ('is that right?'), no 'please', no 'confirm'")

add("rep23b", "Mon, 27 Feb 2023 06:11:40 +0000", ME_C_J, TC, "RE: [CASE 12904387715] " + TCSUBJ,
    leaf("""Yes, that's right. Please keep Account #1 (AWS03318264) and merge Account #2 into it.

Thank you,
Haruka Ishida

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, February 27, 2023 2:30 PM
To: h-ishida@tsukumo-sys.co.jp
Subject: RE: [CASE 12904387715] [AWS Training and Certification Form Submission] - account-assistance

""" + CONF23 + "\n", cte="quoted-printable"),
    L("user_reply", False, CASE_23, ["AWS03318264"]), reply_to_key="conf23", refs_keys=["ack23", "req23", "rep23a", "conf23"],
    msgid="<TYCPR01MB8843D9F1A0B2C7E6A1F3B9C0D2E11@TYCPR01MB8843.jpnprd01.prod.outlook.com>", crlf=True,
    note="user confirmation, '-----Original Message-----' quoting of the confirmation request (which has a question)")

add("upd23", "Fri, 03 Mar 2023 08:45:19 +0000", AWS_TC, ME_C, "RE: [CASE 12904387715] " + TCSUBJ,
    leaf("""Hi Haruka - a quick note to let you know that your merge request has been handed to our certification operations team. They are working through a large backlog at the moment, so it may take several more business days. Nothing is needed from you in the meantime; I'll write again as soon as it's done.

Daniel
""", cte="7bit"), L("case_update", False, CASE_23), reply_to_key="rep23b", auth=m365_auth("amazon.com"),
    note="progress only; one-paragraph mail with 'Nothing is needed from you'")

RES23 = """Hello Haruka,

Good news: AWS02758130 has been merged into AWS03318264, and your SysOps Administrator certification now shows on the surviving account together with the other two. The Credly badge for it should arrive within 24-48 hours.

Thank you for bearing with us, we've been unusually busy.

Best,
Sofia
AWS Training and Certification

On Mon, Feb 27, 2023 at 2:30 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q(CONF23) + "\n"
add("res23", "Tue, 07 Mar 2023 03:02:33 +0000", AWS_TC, ME_C, "RE: [CASE 12904387715] " + TCSUBJ,
    leaf(RES23, cte="quoted-printable"),
    L("resolved", False, CASE_23, ["AWS02758130", "AWS03318264"]), reply_to_key="upd23", auth=m365_auth("amazon.com"),
    note="resolution that quotes the earlier confirmation request ('is that right?') with '>' lines; no 'merged all accounts' phrase")

add("badge23", "Tue, 07 Mar 2023 04:15:50 +0000", addr("Credly", "admin@credly.com"), ME_C,
    "Haruka, claim your AWS Certified SysOps Administrator - Associate badge",
    multi([leaf("""Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified SysOps Administrator - Associate

Accept your badge: https://www.credly.com/badges/3f9a0c2e-7d41-4c8e-b0a5-6e2d91f0c7ab

Once accepted, you can share it on LinkedIn and add it to your email signature.

Credly, Inc.
""", cte="7bit"),
           leaf("<html><body><h1>Congratulations, Haruka!</h1><p>Amazon Web Services Training and Certification has issued you a badge:</p><p><b>AWS Certified SysOps Administrator - Associate</b></p><p><a href='https://www.credly.com/badges/3f9a0c2e-7d41-4c8e-b0a5-6e2d91f0c7ab'>Accept your badge</a></p></body></html>", "html", cte="7bit")],
          seed="badge23"),
    L("badge"), auth=m365_auth("credly.com"), note="Credly badge right after the merge; badge UUID")

add("survey23", "Wed, 08 Mar 2023 10:20:00 +0000", addr("AWS Training and Certification", "tc-feedback@amazon.com"), ME_C,
    "We'd like your feedback on case 12904387715",
    leaf("""<html><body>
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification Customer Support (case 12904387715) has been closed.</p>
<p>How satisfied were you with the help you received? Choose a number below; it takes less than a minute.</p>
<table cellpadding="6"><tr>
<td><a href="https://feedback.aws.training/cs?c=12904387715&s=1">1</a></td>
<td><a href="https://feedback.aws.training/cs?c=12904387715&s=2">2</a></td>
<td><a href="https://feedback.aws.training/cs?c=12904387715&s=3">3</a></td>
<td><a href="https://feedback.aws.training/cs?c=12904387715&s=4">4</a></td>
<td><a href="https://feedback.aws.training/cs?c=12904387715&s=5">5</a></td>
</tr></table>
<p>Please do not reply to this message.</p>
</body></html>""", "html", cte="quoted-printable"),
    L("survey", case=CASE_23), auth=m365_auth("amazon.com"), note="HTML-only survey with table; says 'has been closed'")

add("gh23", "Wed, 10 May 2023 07:48:31 +0000", addr("Kenta Mori", "notifications@github.com"), ME_C,
    "Re: [tsukumo/infra-modules] Add account merge helper for org accounts (PR #212)",
    leaf("""Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsukumo/infra-modules/pull/212#event-9201734455
You are receiving this because you authored the thread.
""", cte="7bit"), L("unrelated"), auth=m365_auth("github.com"),
    extra=[("In-Reply-To", "<tsukumo/infra-modules/pull/212@github.com>")],
    note="GitHub 'Merged' with 'account merge' in the subject and 'Reply to this email'")

add("certfb23", "Mon, 04 Sep 2023 16:00:00 +0000", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "AWS Certification wants to hear from you",
    leaf("""Hello Haruka,

As an AWS Certified individual, your experience helps shape future exams. We're inviting a small group of certification holders to tell us how they prepared and how they use their skills at work.

Please complete the 10-minute questionnaire by September 30:
https://survey.certmetrics.com/aws/2023-holder-study

Could you also let us know if you'd be interested in joining the AWS Certification Subject Matter Expert program? There's a checkbox at the end of the questionnaire.

This mailbox is not monitored; please do not reply to this email.

AWS Training and Certification
""", cte="7bit"),
    L("certification"), auth=m365_auth("certmetrics.com"),
    note="certification feedback invitation with 'Please complete' and 'Could you also let us know' but not a case request")

# ---------------------------------------------------------------- 2025
add("recert25", "Mon, 16 Jun 2025 03:25:41 +0000", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Congratulations on recertifying your AWS Certification!",
    multi([leaf("""Dear Haruka Ishida,

Congratulations on recertifying AWS Certified Solutions Architect - Associate.

Candidate ID: AWS03318264
New expiration date: June 15, 2028

A 50% discount voucher for your next exam has been added to the Benefits section of your AWS Certification Account.

AWS Training and Certification
""", cte="quoted-printable"),
           leaf("<html><body><p>Dear Haruka Ishida,</p><p>Congratulations on recertifying <b>AWS Certified Solutions Architect - Associate</b>.</p><table border='1'><tr><td>Candidate ID</td><td>AWS03318264</td></tr><tr><td>New expiration date</td><td>June 15, 2028</td></tr></table></body></html>", "html", cte="quoted-printable")],
          seed="recert25"),
    L("certification", cands=["AWS03318264"]), auth=m365_auth("certmetrics.com"),
    note="recertification notice, candidate ID in text and table")

add("sb25", "Fri, 05 Sep 2025 12:14:09 +0000", addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder receipt",
    leaf("""Thank you for subscribing to AWS Skill Builder Individual.

Order number: SB-2025-0905-771204
Plan: Individual, monthly
Amount: USD 29.00
Next billing date: October 5, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

Questions about your subscription? Contact us through https://support.aws.amazon.com/#/contacts/aws-training
""", cte="7bit"), L("unrelated"), auth=gmail_auth("aws.training", sel="aws1"),
    note="aws.training receipt with a support-contact link")

add("mkt25", "Mon, 08 Sep 2025 15:30:00 +0000", addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "AWS re:Invent 2025 - registration is open",
    leaf("""<html><body><table width="600"><tr><td>
<h1>re:Invent 2025</h1><p>December 1-5, Las Vegas. Registration is now open.</p>
<p>AWS Certified? Claim your access to the Certification Lounge when you register - just confirm your certification status on the registration form.</p>
<p><a href="https://reinvent.awsevents.com/register">Register now</a></p>
<p style="font-size:10px">To unsubscribe, reply to this email with UNSUBSCRIBE in the subject or use the preference center.</p>
</td></tr></table></body></html>""", "html", cte="quoted-printable"),
    L("unrelated"), auth=gmail_auth("amazon.com"),
    note="AWS marketing, HTML-only; 'confirm your certification status', 'reply to this email'")

add("phish25a", "Tue, 09 Sep 2025 21:14:02 +0000", addr("Credly Badges", "badges@credly-notify.com"), ME_P,
    "Action required: re-verify your AWS Certified badges before Sept 15",
    multi([leaf("""Hello Haruka,

Because of a change in how AWS Training and Certification issues badges, all AWS badges must be re-verified by September 15, 2025. Badges not re-verified will be revoked.

Please sign in with your AWS Builder ID to re-verify:
https://credly-notify.com/aws/reverify?u=haruka.ishida.0417

Credly Support Team
""", cte="7bit"),
           leaf("<html><body><p>Hello Haruka,</p><p>All AWS badges must be re-verified by <b>September 15, 2025</b>.</p><p><a href='https://credly-notify.com/aws/reverify?u=haruka.ishida.0417'>Re-verify now</a></p></body></html>", "html", cte="7bit")],
          seed="phish25a"),
    L("suspicious"), auth=gmail_auth_plain("credly-notify.com"),
    note="lookalike Credly domain; authentication passes for the lookalike domain itself")

add("hr25", "Wed, 10 Sep 2025 00:30:00 +0000", addr("人事部", "jinji@tsukumo-sys.co.jp", "iso-2022-jp"), ME_C,
    "【人事部】退職手続きのご案内",
    leaf("""石田 遥 さん

人事部です。退職に伴う手続きについてご案内します。

・最終出社日: 2025年9月30日(火)
・社用メールアドレスは 10月1日 0:00 に停止されます。必要なメールは事前に個人アドレスへ転送してください。
・PC・入館証は最終出社日に情報システム部へ返却してください。
・AWS パートナー関連の資格情報については、各自で移行手続きを行ってください。

下記の内容をご確認のうえ、9月19日までにこのメールへご返信ください。
 1. 退職後の連絡先(住所・電話番号)
 2. 源泉徴収票の送付先

よろしくお願いします。
人事部 鈴木
""", cs="iso-2022-jp", cte="7bit"), L("unrelated"), subj_cs="iso-2022-jp",
    extra=[("X-MS-Exchange-Organization-AuthAs", "Internal")],
    note="company HR in ISO-2022-JP asking for a reply by a deadline (not to support); mentions certification migration")

add("bid25", "Thu, 11 Sep 2025 02:20:11 +0000", addr("AWS", "no-reply@signin.aws"), ME_P,
    "AWS Builder ID の E メールアドレスを確認する",
    leaf("""AWS Builder ID の E メールアドレスを確認する

こんにちは

AWS Builder ID の作成を完了するには、次の確認コードを入力してください。

確認コード: 204871

このコードは送信から 30 分後に期限切れになります。
このコードをリクエストしていない場合は、このメールを無視してください。

Amazon Web Services
""", cte="quoted-printable"), L("unrelated"), auth=gmail_auth("signin.aws", sel="signin1"),
    note="Japanese Builder ID one-time code (6 digits) on the day of the form submission")

add("gsec25", "Thu, 11 Sep 2025 02:31:09 +0000", addr("Google", "no-reply@accounts.google.com"), ME_P,
    "セキュリティ通知",
    multi([leaf("""新しいデバイスからのログインがありました

haruka.ishida.0417@gmail.com

お使いの Google アカウントに、新しい Windows デバイスからのログインがありました。このメッセージを受け取ったのは、お客様のアカウントを保護するためです。

心当たりがある場合は、何もする必要はありません。心当たりがない場合は、アカウントを保護してください。
https://myaccount.google.com/notifications
""", cte="base64"),
           leaf("<html><body><p>新しいデバイスからのログインがありました</p><p>心当たりがある場合は、何もする必要はありません。</p><p><a href='https://myaccount.google.com/notifications'>アクティビティを確認</a></p></body></html>", "html", cte="base64")],
          seed="gsec25"),
    L("unrelated"), auth=gmail_auth_plain("accounts.google.com"),
    note="Japanese Google security alert, conditional 'no action needed'")

ACKA = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 175755883200417 to address your inquiry.

The details of your case are as follows:

Case ID: 175755883200417
Subject: [AWS Training and Certification Form Submission] - account-assistance
Inquiry type: Certification
Additional details: Account Merge
Description:
Use Case: I am leaving Tsukumo Systems at the end of September and would like to merge my company certification account into my personal one.
All email addresses you may have used in our system: h-ishida@tsukumo-sys.co.jp, haruka.ishida.0417@gmail.com
The email address you would like to keep on file: haruka.ishida.0417@gmail.com

We usually respond within 24 hours. If you have anything to add in the meantime, reply to this email and it will be attached to your case. Please do not open a new case for the same request; duplicate cases can delay our response.

Sincerely,
Amazon Web Services
"""
add("ackA", "Thu, 11 Sep 2025 02:47:30 +0000", AWS_TC, ME_P, "RE:[CASE %s] %s" % (CASE_A, TCSUBJ),
    leaf(ACKA, cte="7bit"), L("acknowledgement", case=CASE_A), auth=gmail_auth("amazon.com"), crlf=True,
    note="15-digit case ack; conditional 'reply to this email' and 'Please do not open a new case'")

ACKB = """石田 遥 様

AWS トレーニングと認定へのお問い合わせを受け付けました。

ケース番号: 175756018000952
件名: [AWS Training and Certification Form Submission] - account-assistance

通常24時間以内に担当者よりご連絡いたします。内容によってはお時間をいただく場合がございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

本ケースに関して補足事項がございましたら、本メールにご返信ください。

Amazon Web Services
"""
add("ackB", "Thu, 11 Sep 2025 03:10:02 +0000", addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_C,
    "RE:[CASE %s] %s" % (CASE_B, TCSUBJ), leaf(ACKB, cs="iso-2022-jp", cte="7bit"),
    L("acknowledgement", case=CASE_B), auth=m365_auth("amazon.com"), subj_cs="iso-2022-jp",
    note="duplicate form submission 22 minutes later, sent to the company address; Japanese ISO-2022-JP ack with 〜ございましたら…ご返信ください")

add("phish25b", "Fri, 12 Sep 2025 00:05:44 +0000", addr("AWS トレーニングと認定 サポート", "support@aws-certification-center.com"), ME_P,
    "【重要】認定アカウント統合の本人確認のお願い",
    multi([leaf("""石田 遥 様

AWS 認定アカウントの統合リクエスト(ケースID: 175700112358132)を受け付けました。
統合を完了するには、本人確認が必要です。

24時間以内に下記リンクからサインインし、本人確認を完了してください。
期限内にご対応いただけない場合、保有している認定資格はすべて失効します。

https://aws-certification-center.com/verify?case=175700112358132

AWS トレーニングと認定 カスタマーサポート
""", cte="base64"),
           leaf("<html><body><p>石田 遥 様</p><p>統合を完了するには、本人確認が必要です。<a href='https://aws-certification-center.com/verify?case=175700112358132'>こちら</a>から24時間以内にご対応ください。</p></body></html>", "html", cte="base64")],
          seed="phish25b"),
    L("suspicious"), auth=gmail_auth_plain("aws-certification-center.com"),
    note="Japanese phishing from a lookalike domain, timed with the real case, fake 15-digit case ID, urgent request")

DUPB = """Hello,

This case was created from the same form request as case 175755883200417, which a colleague is already working on. To keep everything in one place I've closed this one as a duplicate.

Your merge request is not affected and continues under 175755883200417. There is nothing you need to do on this case.

Regards,
Lena
AWS Training and Certification"""
add("dupB", "Fri, 12 Sep 2025 06:22:18 +0000", AWS_TC, ME_C, "RE:[CASE %s] %s" % (CASE_B, TCSUBJ),
    leaf(DUPB + "\n", cte="7bit"), L("resolved", False, CASE_B), reply_to_key="ackB", auth=m365_auth("amazon.com"),
    note="duplicate case closed; body names the OTHER case number, subject carries this one")

HOLDA = """Hello Haruka,

Thank you for your request to merge your certification accounts.

While reviewing the two records I found that the account registered with h-ishida@tsukumo-sys.co.jp (candidate ID AWS03318264) is associated with an AWS Partner Network organization, Tsukumo Systems Co., Ltd. Certifications held on a partner-associated account count towards the partner's program requirements, so we can't move them to a personal account while you are employed by that partner. I have therefore put your request on hold.

This is a standard check and doesn't mean anything is wrong with your accounts. Your exam history, certifications and benefits stay as they are in the meantime.

For us to continue, we need you to confirm that you are leaving (or have left) Tsukumo Systems, and the date of your last working day.

Best regards,
Marco
AWS Training and Certification Customer Support"""
add("holdA", "Fri, 12 Sep 2025 08:41:27 +0000", AWS_TC, ME_P, "RE:[CASE %s] %s" % (CASE_A, TCSUBJ),
    multi([leaf(HOLDA + "\n", cte="quoted-printable"),
           leaf("<html><body style='font-family:Arial'>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in HOLDA.split("\n\n")) + "</body></html>", "html", cte="quoted-printable")],
          seed="holdA"),
    L("on_hold", True, CASE_A, ["AWS03318264"]), cc=ME_C, reply_to_key="ackA", auth=gmail_auth("amazon.com"),
    note="APN hold; the ask ('we need you to confirm…') is the last paragraph after reassurance")

add("oof25", "Fri, 12 Sep 2025 09:02:10 +0000", addr("山田 剛", "t-yamada@tsukumo-sys.co.jp", "iso-2022-jp"), ME_C,
    "自動応答: 引き継ぎ資料の件",
    leaf("""お疲れさまです。山田です。

9月12日(金)〜9月16日(火)まで休暇のため不在にしております。
メールは9月17日以降に順次確認いたします。
お急ぎの場合は、情報システム部 代表(it-desk@tsukumo-sys.co.jp)までご連絡ください。
""", cs="iso-2022-jp", cte="7bit"), L("unrelated"), subj_cs="iso-2022-jp",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    note="Japanese out-of-office auto-reply from a colleague")

REP_A1 = """Hello Marco,

Thank you for checking. I confirm that I am leaving Tsukumo Systems. My last working day is September 30, 2025, and this address will stop working after that.

Regards,
Haruka Ishida
"""
add("repA1", "Fri, 12 Sep 2025 10:15:52 +0000", ME_C_J, TC, "RE:[CASE %s] %s" % (CASE_A, TCSUBJ),
    leaf(REP_A1 + """
________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年9月12日 17:41
宛先: haruka.ishida.0417@gmail.com
CC: 石田 遥 <h-ishida@tsukumo-sys.co.jp>
件名: RE:[CASE 175755883200417] [AWS Training and Certification Form Submission] - account-assistance

""" + HOLDA + "\n", cte="base64"),
    L("user_reply", False, CASE_A), reply_to_key="holdA", refs_keys=["ackA", "holdA"],
    msgid="<TYWPR01MB10082A7C3E1D4F2B9C0A8E5D6F7A1@TYWPR01MB10082.jpnprd01.prod.outlook.com>", crlf=True,
    note="user answers from the OLD company address (wrong address); Japanese Outlook header block quotes the hold incl. a candidate ID")

WRONGA = """Hi Haruka,

Thanks for the quick answer. One thing, though: your reply came from h-ishida@tsukumo-sys.co.jp, which is the address on the account that would be merged away. For security reasons we can only act on a confirmation sent from the address of the account you're keeping.

Kindly send the same confirmation from haruka.ishida.0417@gmail.com by replying to this email.

Marco"""
add("wrongA", "Sat, 13 Sep 2025 00:02:37 +0000", AWS_TC, ME_P, "RE:[CASE %s] %s" % (CASE_A, TCSUBJ),
    leaf(WRONGA + "\n", cte="7bit"), L("info_request", True, CASE_A), reply_to_key="repA1",
    refs_keys=["ackA", "holdA", "repA1"], auth=gmail_auth("amazon.com"), crlf=True,
    note="asks to write again from the destination address; 'Kindly', no 'please'")

add("repA2", "Sat, 13 Sep 2025 01:30:05 +0000", ME_P_N, TC, "Re: 統合の件",
    leaf("""Hello Marco,

Writing from my personal address as requested. I confirm that I am leaving Tsukumo Systems Co., Ltd.; my last working day is 30 September 2025.

Thank you,
Haruka Ishida

2025年9月13日(土) 9:02 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:

""" + q(WRONGA) + "\n", cte="quoted-printable"),
    L("user_reply", False, CASE_A), reply_to_key="wrongA", refs_keys=["ackA", "holdA", "repA1", "wrongA"],
    msgid="<CAH7pQx3kWm9RtA2v0Lf8yJd_5nZbE4cQ1uT6oX@mail.gmail.com>",
    note="reply whose subject lost the [CASE] token; threads only via In-Reply-To/References; Japanese Gmail attribution line")

add("amzn25", "Sun, 14 Sep 2025 04:40:00 +0000", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
    "Amazon.co.jp ご注文の商品を発送しました",
    leaf("""Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 503-7718204-1190325
お届け予定: 9月16日(火)

配送状況は「注文履歴」からご確認いただけます。
このメールは配信専用です。ご返信いただいてもお答えできませんのでご了承ください。
""", cte="quoted-printable"), L("unrelated"), auth=gmail_auth_plain("amazon.co.jp"),
    note="Amazon retail shipping mail (amazon.co.jp), Japanese")

add("hold2A", "Mon, 15 Sep 2025 02:12:40 +0000", addr("AWS トレーニングと認定", TC, "shift_jis"), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, TCSUBJ),
    leaf("""石田 遥 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
ご退職日のご連絡をいただき、誠にありがとうございます。

旧アカウント (AWS03318264) と AWS パートナーネットワークとの関連付けを解除するため、現在パートナー担当チームへ確認を依頼しております。担当チームから回答があり次第、統合作業を再開いたします。

本件につきまして、現時点でお客様にご対応いただく必要はございません。進捗がございましたら、改めてご連絡いたします。

何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
""", cs="shift_jis", cte="8bit"), L("on_hold", False, CASE_A, ["AWS03318264"]), subj_cs="shift_jis",
    reply_to_key="repA2", auth=gmail_auth("amazon.com"), crlf=True,
    note="Japanese keigo hold (Shift_JIS 8bit) waiting on the APN team; asks nothing but ends with 何卒よろしくお願いいたします")

add("dd25", "Mon, 15 Sep 2025 06:00:31 +0000", addr("Datadog Support", "support@datadoghq.com"), ME_C,
    "[Datadog Support] Request #1849201 has been solved",
    leaf("""##- Please type your reply above this line -##

Your request (1849201) has been solved. If you feel the issue is not resolved, simply reply to this email to reopen it.

Aiko (Datadog)
Sep 15, 2025, 15:00 JST

Hi Haruka, we've confirmed the log forwarder was re-enabled on your org. I'm closing this case for now. Let us know if anything else comes up!
""", cte="7bit"), L("unrelated"), auth=m365_auth("datadoghq.com"),
    note="other vendor's 'case closed' with 'reply to reopen'")

add("phish25c", "Tue, 16 Sep 2025 19:44:12 +0000", AWS_TC, ME_P, "RE:[CASE 175798220400163] " + TCSUBJ,
    multi([leaf("""Hello,

To complete the merge of your certification accounts we need to verify that you own both of them. Please sign in with each account at the link below within 48 hours. Requests that are not verified in time are cancelled and the accounts are locked.

https://aws-training-verify.com/merge/verify?case=175798220400163

Thank you,
AWS Training and Certification Customer Support
""", cte="quoted-printable"),
           leaf("<html><body><p>Hello,</p><p>To complete the merge of your certification accounts we need to verify that you own both of them.</p><p><a href='https://aws-training-verify.com/merge/verify?case=175798220400163'>Verify now</a></p></body></html>", "html", cte="quoted-printable")],
          seed="phish25c"),
    L("suspicious"), auth=gmail_auth("amazon.com", ok=False),
    note="genuine sender address and subject format, but dkim=fail/dmarc=fail; fake case number; asks for action")

add("billjp25", "Wed, 17 Sep 2025 01:05:00 +0000", addr("アマゾン ウェブ サービス", NOREPLY), ME_P,
    "Amazon Web Services 請求書のお知らせ [AWS アカウント 739120485561]",
    leaf("""アマゾン ウェブ サービスをご利用いただきありがとうございます。

2025年8月分の請求書を発行しました。
AWS アカウント ID: 739120485561
ご請求金額: USD 4.83

請求書は Billing and Cost Management コンソールからご確認いただけます。
https://console.aws.amazon.com/billing/home#/bills

このメールアドレスは送信専用です。
""", cte="base64"), L("unrelated"), auth=gmail_auth("amazon.com"),
    note="Japanese billing from no-reply-aws@amazon.com; 12-digit account ID")

CONFA_ROWS = [("Candidate ID", "AWS11940527", "AWS03318264"),
              ("Login email", ME_P, ME_C),
              ("Training notification email", ME_P, ME_C),
              ("Certification notification email", ME_P, ME_C),
              ("Active certifications", "-", "SAA, DVA, SOA")]
CONFA_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>Good news: the APN team has released the partner association on your former company account, so we can go ahead with the merge.</p>
<p>These are the two accounts I found:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
""" + "\n".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in CONFA_ROWS) + """
</table>
<p>Account #1 is the one we would keep. Everything on Account #2 (exam history, certifications, benefits) moves into it and Account #2 is then closed. A merge cannot be undone.</p>
<p>Is that how you'd like it done? A short reply to this email is enough.</p>
<p>Kenji<br>AWS Training and Certification</p>
</body></html>"""
CONFA_TEXT = """Hello Haruka,

Good news: the APN team has released the partner association on your former company account, so we can go ahead with the merge.

These are the two accounts I found:

            Account #1                     Account #2
""" + "\n".join("%-33s %-30s %s" % r for r in CONFA_ROWS) + """

Account #1 is the one we would keep. Everything on Account #2 (exam history, certifications, benefits) moves into it and Account #2 is then closed. A merge cannot be undone.

Is that how you'd like it done? A short reply to this email is enough.

Kenji
AWS Training and Certification"""
add("confA", "Thu, 18 Sep 2025 05:58:14 +0000", AWS_TC, ME_P, "RE:[CASE %s] %s" % (CASE_A, TCSUBJ),
    leaf(CONFA_HTML, "html", cte="base64"), L("confirmation_request", True, CASE_A, ["AWS11940527", "AWS03318264"]),
    cc=ME_C, reply_to_key="hold2A", auth=gmail_auth("amazon.com"),
    note="HTML-only (base64) with the Account #1/#2 table; progress news first, then a bare question")

add("jira25", "Fri, 19 Sep 2025 07:12:00 +0000", addr("Jira", "jira@tsukumo.atlassian.net"), ME_C,
    "[JIRA] (INFRA-311) 引き継ぎ: 本番アカウントの権限移管",
    leaf("""Kenta Mori updated INFRA-311
---------------------------------
Status: In Review -> Resolved
Resolution: Done

引き継ぎ: 本番アカウントの権限移管
本番 AWS アカウント 104938271655 の IAM 管理者を石田さんから森に移管しました。確認お願いします。

Add Comment: https://tsukumo.atlassian.net/browse/INFRA-311
This message was sent by Atlassian Jira.
""", cte="8bit"), L("unrelated"), auth=m365_auth("tsukumo.atlassian.net"),
    note="Jira 'Resolved' with a Japanese 確認お願いします and a 12-digit account ID")

add("news25", "Mon, 22 Sep 2025 00:00:00 +0000", addr("週刊クラウドニュース", "news@cloud-weekly.jp"), ME_P,
    "週刊クラウドニュース #412 転職時の AWS 認定アカウント統合まとめ ほか",
    multi([leaf("""週刊クラウドニュース #412

■ 特集: 転職時の AWS 認定アカウント統合、サポートとのやり取りまとめ
  サポートから「Account #1 に統合してよいか」の確認メールが届いたら、内容を確認して返信しましょう。
  APN パートナー企業の場合は、退職日の確認が入ることもあります。

■ Amazon Bedrock の新モデル対応
■ 今週の障害情報

ご意見・ご感想はこのメールへの返信でお寄せください。
配信停止: https://cloud-weekly.jp/unsubscribe
""", cte="quoted-printable"),
           leaf("<html><body><h2>週刊クラウドニュース #412</h2><p>■ 特集: 転職時の AWS 認定アカウント統合、サポートとのやり取りまとめ</p><p>ご意見・ご感想はこのメールへの返信でお寄せください。</p></body></html>", "html", cte="quoted-printable")],
          seed="news25"),
    L("unrelated"), auth=gmail_auth_plain("cloud-weekly.jp"),
    note="newsletter describing the confirmation step and 'Account #1'; reply invitation")

CLOSEA = """Hi Haruka,

Following up on my message of 18 September - we haven't heard back yet, so your accounts have not been merged.

Unless we get an answer by 26 September, this case will be closed automatically. A reply to this email, even just to say you need more time, keeps it open.

Kenji"""
CLOSEA_FULL = CLOSEA + """

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, September 18, 2025 5:58 AM
To: haruka.ishida.0417@gmail.com
Cc: h-ishida@tsukumo-sys.co.jp
Subject: RE:[CASE 175755883200417] [AWS Training and Certification Form Submission] - account-assistance

""" + CONFA_TEXT + "\n"
add("closeA", "Tue, 23 Sep 2025 07:12:48 +0000", AWS_TC, ME_P, "RE:[CASE %s] %s" % (CASE_A, TCSUBJ),
    leaf(CLOSEA_FULL, cte="quoted-printable"), L("closing_notice", True, CASE_A), cc=ME_C,
    reply_to_key="confA", auth=gmail_auth("amazon.com"), crlf=True,
    note="closing notice top-posted over the quoted confirmation request (IDs only in the quote); 'Unless we get an answer'")

add("fwdA", "Tue, 23 Sep 2025 08:30:19 +0000", ME_C_J, ME_P, "FW: RE:[CASE %s] %s" % (CASE_A, TCSUBJ),
    leaf("""(自分用) 会社アドレスにも CC で届いていたので個人アドレスへ転送。返信は個人アドレスから。

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年9月23日 16:12
宛先: haruka.ishida.0417@gmail.com
CC: 石田 遥 <h-ishida@tsukumo-sys.co.jp>
件名: RE:[CASE 175755883200417] [AWS Training and Certification Form Submission] - account-assistance

""" + CLOSEA_FULL, cte="base64"),
    L("user_reply", False, CASE_A),
    msgid="<TYWPR01MB10082F0E9D8C7B6A5F4E3D2C1B0A9@TYWPR01MB10082.jpnprd01.prod.outlook.com>",
    extra=[("X-MS-Exchange-Organization-AuthAs", "Internal")],
    note="self-forward from the company to the personal address; contains the whole closing notice + confirmation request as forwarded text")

REPA3 = """Hi Kenji,

Sorry for the delay. Confirmed - please merge Account #2 (AWS03318264) into Account #1 (AWS11940527) and keep haruka.ishida.0417@gmail.com as the login.

Thanks,
Haruka"""
add("repA3", "Wed, 24 Sep 2025 00:41:03 +0000", ME_P_N, TC, "Re: RE:[CASE %s] %s" % (CASE_A, TCSUBJ),
    leaf(REPA3 + """

On Tue, Sep 23, 2025 at 4:12 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + q(CLOSEA_FULL) + "\n", cte="8bit"),
    L("user_reply", False, CASE_A, ["AWS03318264", "AWS11940527"]), cc=ME_C, reply_to_key="closeA",
    refs_keys=["ackA", "holdA", "repA1", "wrongA", "repA2", "hold2A", "confA", "closeA"],
    msgid="<CAH7pQx0Lr4nV2e8KdYs7M1Q_pWc3aZ9fT0hB5j@mail.gmail.com>",
    note="top-posted confirmation over a long Gmail quote containing both the closing notice and the confirmation request")

RESA = """Hello Haruka,

I have successfully merged all accounts. Account #1 (haruka.ishida.0417@gmail.com) now holds your exam history, certifications and benefits, and the former company account has been closed.

Credly badges are re-issued automatically and usually appear within a day. If the partner profile at your former employer still lists your certifications, it can take up to a week to refresh.

If you have any other questions, feel free to reply to this email.

Kenji"""
add("resA", "Wed, 24 Sep 2025 03:05:56 +0000", AWS_TC, ME_P, "RE:[CASE %s] %s" % (CASE_A, TCSUBJ),
    multi([leaf(RESA + "\n\n" + q(REPA3 + "\n\nOn Tue, Sep 23, 2025 at 4:12 PM AWS Training and Certification wrote:\n\n" + q(CLOSEA)) + "\n", cte="quoted-printable"),
           leaf("<html><body>" + "".join("<p>%s</p>" % p for p in RESA.split("\n\n")) +
                "<blockquote style='border-left:2px solid #ccc;padding-left:8px'>" + REPA3.replace("\n", "<br>") +
                "<blockquote>" + CLOSEA.replace("\n", "<br>") + "</blockquote></blockquote></body></html>", "html", cte="quoted-printable")],
          seed="resA"),
    L("resolved", False, CASE_A), reply_to_key="repA3", auth=gmail_auth("amazon.com"),
    note="'successfully merged' with conditional 'feel free to reply'; quotes the user's confirmation and the closing notice ('keeps it open')")

add("badgeA", "Wed, 24 Sep 2025 05:40:21 +0000", addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you 3 badges",
    multi([leaf("""Hi Haruka,

Amazon Web Services Training and Certification has issued you the following badges:

- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate
- AWS Certified SysOps Administrator - Associate

Accept them in your Credly wallet: https://www.credly.com/earner/wallet

Why am I getting this? Your certification records were updated by the issuer.
""", cte="7bit"),
           leaf("<html><body><p>Hi Haruka,</p><p>Amazon Web Services Training and Certification has issued you the following badges:</p><table><tr><td>AWS Certified Solutions Architect - Associate</td></tr><tr><td>AWS Certified Developer - Associate</td></tr><tr><td>AWS Certified SysOps Administrator - Associate</td></tr></table><p><a href='https://www.credly.com/earner/wallet'>Accept badges</a></p></body></html>", "html", cte="7bit")],
          seed="badgeA"),
    L("badge"), auth=gmail_auth_plain("credly.com"), note="Credly re-issue after merge; a question in the text")

add("surveyA", "Thu, 25 Sep 2025 01:00:00 +0000", addr("AWS トレーニングと認定", "tc-feedback@amazon.com", "iso-2022-jp"), ME_P,
    "ケース 175755883200417 に関するアンケートのお願い",
    leaf("""石田 遥 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。

今後のサービス向上のため、ケース 175755883200417 の対応について、5段階でご評価いただけますでしょうか。
所要時間は1分程度です。

https://feedback.aws.training/cs?c=175755883200417&lang=ja

ご協力のほど、よろしくお願いいたします。
※本メールへのご返信にはお答えできません。
""", cs="iso-2022-jp", cte="7bit"), L("survey", case=CASE_A), subj_cs="iso-2022-jp",
    auth=gmail_auth("amazon.com"),
    note="Japanese survey using keigo request forms (〜いただけますでしょうか, ご協力のほどよろしくお願いいたします)")

add("pv25", "Fri, 26 Sep 2025 10:22:05 +0000", addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
    "Confirmation of your AWS Certified Solutions Architect - Professional exam",
    leaf("""Dear Haruka Ishida,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Registration ID: 538204716
Candidate ID: AWS11940527
Date: Saturday, October 25, 2025, 1:00 PM JST
Location: OnVUE online proctored

Please check in 30 minutes before your appointment and make sure your system test has passed. Need to reschedule? Do it at least 24 hours in advance.

Pearson VUE
""", cte="quoted-printable"), L("unrelated", cands=["AWS11940527"]), auth=gmail_auth_plain("pearson.com"),
    note="exam vendor with 9-digit registration ID and a candidate ID; 'Please check in', question")

add("dsn25", "Wed, 01 Oct 2025 00:12:40 +0000", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)",
    multi([leaf("""** Address not found **

Your message wasn't delivered to h-ishida@tsukumo-sys.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient h-ishida@tsukumo-sys.co.jp not found by SMTP address lookup
""", cte="7bit"),
           b'Content-Type: text/rfc822-headers\n\nFrom: Haruka Ishida <haruka.ishida.0417@gmail.com>\nTo: h-ishida@tsukumo-sys.co.jp\nSubject: Fwd: RE:[CASE 175755883200417] [AWS Training and Certification Form Submission] - account-assistance\nDate: Wed, 1 Oct 2025 09:12:31 +0900\nMessage-ID: <CAH7pQx9zzT1aQ@mail.gmail.com>\n'],
          sub="report", seed="dsn25").replace(b'multipart/report;', b'multipart/report; report-type=delivery-status;'),
    L("unrelated"), auth=None,
    note="bounce from the closed company mailbox; the bounced subject carries the real case number")

add("newjob25", "Wed, 01 Oct 2025 01:00:00 +0000", addr("ミナトクラウド 人事", "hr@minato-cloud.jp"), ME_P,
    "【ミナトクラウド】入社手続きのご案内",
    leaf("""石田 遥 様

本日はご入社おめでとうございます。ミナトクラウド人事部です。

社内システムのアカウントは本日中に発行されます。
AWS 認定資格をお持ちの場合は、社内の資格管理シートへの登録と、AWS パートナーセントラルへの紐付けをお願いします。

ご不明点があれば、このメールにご返信ください。
""", cte="base64"), L("unrelated"), auth=gmail_auth_plain("minato-cloud.jp"),
    note="new employer HR in Japanese asking to link certifications (not a support case)")

REOPEN = """Hello,

The merge on this case worked, thank you. However, the 50% exam discount voucher that I had on my old account (issued when I recertified in June) is missing from Benefits on the merged account. Could you reopen the case and check?

Haruka Ishida"""
add("repA4", "Thu, 02 Oct 2025 02:20:44 +0000", ME_P_N, TC, "Re: RE:[CASE %s] %s" % (CASE_A, TCSUBJ),
    leaf(REOPEN + """

On Wed, Sep 24, 2025 at 12:05 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + q(RESA) + "\n", cte="7bit"),
    L("user_reply", False, CASE_A), reply_to_key="resA", refs_keys=["ackA", "confA", "closeA", "repA3", "resA"],
    msgid="<CAH7pQx6Dd2uR0oG1kS5wV8nP_yTf7LcE3mZ4aB@mail.gmail.com>",
    note="user asks to reopen (a question from the user, not support)")

add("reopA", "Thu, 02 Oct 2025 02:21:30 +0000", AWS_TC, ME_P, "RE:[CASE %s] %s" % (CASE_A, TCSUBJ),
    leaf("""Your case 175755883200417 has been reopened.

We received your reply and an agent will follow up, usually within 24 hours. There's no need to contact us again or open a new case.

Amazon Web Services
""", cte="7bit"), L("case_update", False, CASE_A), reply_to_key="repA4", auth=gmail_auth("amazon.com"), crlf=True,
    note="automatic reopen notice; looks like an acknowledgement but the case already existed")

VOUCH = """石田 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤です。
ケースを再開し、特典の件を確認しております。

統合前のアカウントでは、2025年6月の再認定に伴う 50% 割引バウチャーが発行されていたことを確認いたしました。ただ、統合時にバウチャーが自動で移行されない場合があり、再発行には元のバウチャーを特定する必要がございます。

お手数ですが、旧アカウントの特典画面に表示されていたバウチャーコードの末尾4文字と、有効期限をお知らせいただけますでしょうか。お控えがない場合は、その旨ご返信ください。

何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート"""
add("vouchA", "Fri, 03 Oct 2025 02:20:08 +0000", addr("AWS トレーニングと認定", TC, "shift_jis"), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, TCSUBJ), leaf(VOUCH + "\n", cs="shift_jis", cte="base64"),
    L("info_request", True, CASE_A), subj_cs="shift_jis", reply_to_key="reopA", auth=gmail_auth("amazon.com"),
    note="Japanese keigo request (〜いただけますでしょうか) after an explanation; Shift_JIS base64")

REPA5 = """佐藤様

ご確認ありがとうございます。
事前にメモしておいた内容です。
・バウチャーコード末尾: 7QX2
・有効期限: 2026年6月15日

よろしくお願いいたします。
石田"""
add("repA5", "Fri, 03 Oct 2025 04:02:51 +0000", addr("石田 遥", ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_A, TCSUBJ),
    leaf(REPA5 + """

2025年10月3日(金) 11:20 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:

""" + q(VOUCH) + "\n", cte="base64"),
    L("user_reply", False, CASE_A), reply_to_key="vouchA", refs_keys=["ackA", "resA", "repA4", "reopA", "vouchA"],
    msgid="<CAH7pQx2Hh8sK4mN0pQ3rT6vW9yB1cE5fG7jL@mail.gmail.com>",
    note="Japanese user reply quoting a keigo request (お知らせいただけますでしょうか)")

UPD_A = """Hi Haruka,

Sato is out this week, so I'm covering your case. The voucher details you sent have been passed to our benefits team, who are re-issuing it on your merged account. This normally takes 3 to 5 business days.

If there's anything else you'd like us to look at in the meantime, just reply here.

Ruth
AWS Training and Certification"""
add("updA", "Mon, 06 Oct 2025 09:15:27 +0000", AWS_TC, ME_P, "RE:[CASE %s] %s" % (CASE_A, TCSUBJ),
    multi([leaf(UPD_A + "\n", cte="7bit"),
           leaf("<div dir='ltr'>" + UPD_A.replace("\n", "<br>") + "</div>", "html", cte="7bit")], seed="updA"),
    L("case_update", False, CASE_A), reply_to_key="repA5", auth=gmail_auth("amazon.com"),
    note="progress news from a covering agent with an imperative-looking conditional ('just reply here')")

add("res2A", "Thu, 09 Oct 2025 05:44:10 +0000", addr("AWS トレーニングと認定", TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, TCSUBJ),
    leaf("""石田 様

お待たせいたしました。
50% 割引バウチャー(末尾 7QX2、有効期限 2026年6月15日)を新しいアカウントに再発行いたしました。特典画面からご確認いただけます。

以上をもちまして、本ケースは解決とさせていただきます。お客様にご対応いただく必要はございません。
その他ご不明な点がございましたら、お気軽にご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
""" + q(VOUCH) + "\n", cte="quoted-printable"),
    L("resolved", False, CASE_A), reply_to_key="updA", auth=gmail_auth("amazon.com"), crlf=True,
    note="Japanese resolution (UTF-8 QP) quoting the earlier keigo request; conditional ご返信ください")

add("thxA", "Thu, 09 Oct 2025 07:10:33 +0000", addr("石田 遥", ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_A, TCSUBJ),
    leaf("""佐藤様

特典画面で確認できました。迅速にご対応いただき、ありがとうございました。

石田

2025年10月9日(木) 14:44 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> 石田 様
>
> お待たせいたしました。
> 50% 割引バウチャー(末尾 7QX2、有効期限 2026年6月15日)を新しいアカウントに再発行いたしました。特典画面からご確認いただけます。
>
> 以上をもちまして、本ケースは解決とさせていただきます。お客様にご対応いただく必要はございません。
> その他ご不明な点がございましたら、お気軽にご返信ください。
""", cs="iso-2022-jp", cte="7bit"),
    L("user_reply", False, CASE_A), reply_to_key="res2A", refs_keys=["ackA", "vouchA", "repA5", "updA", "res2A"],
    msgid="<CAH7pQx8Tt1yU3iO5pA7sD9fG_hJ2kL4zX6cV@mail.gmail.com>",
    note="Japanese thank-you from the user after resolution (ISO-2022-JP), quoting the resolution")

add("roundup25", "Thu, 09 Oct 2025 16:00:00 +0000", addr("AWS News Blog", "aws-news@newsletters.example-digest.com"), ME_P,
    "AWS Weekly Roundup: new certification account features, and more",
    leaf("""AWS Weekly Roundup - October 9, 2025

* AWS Certification: you can now see all linked sign-in methods on the Account page.
* Amazon S3: new storage class.
* AWS Support: case reopening window extended in the Support Center.

Have a story we should cover? Reply to this email and let us know.
You're receiving this because you subscribed at example-digest.com.
""", cte="7bit"), L("unrelated"), auth=gmail_auth_plain("newsletters.example-digest.com"),
    note="third-party newsletter summarising AWS news (not AWS, not phishing: it does not claim to be AWS); 'Reply … let us know'")

add("expiry25", "Fri, 10 Oct 2025 16:00:00 +0000", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certified Developer - Associate certification expires soon",
    leaf("""Hello Haruka,

Your AWS Certified Developer - Associate certification expires on December 12, 2025.

To keep it active, pass the current version of the exam before that date. You can use your 50% discount voucher from the Benefits page of your AWS Certification Account.

Recertify now: https://www.aws.training/certification

Please do not reply to this message.
""", cte="7bit"), L("certification"), auth=gmail_auth_plain("certmetrics.com"),
    note="expiry notice with imperative 'Recertify now'")

C25_ACK = """Dear AWS Customer,

Thank you for contacting AWS Support. A new support case has been created for you.

Case ID: 176041929300118
Subject: Builder ID でサインインすると旧アカウント選択画面に戻される
Severity: General guidance
Language: 日本語

You can view and update this case here:
https://console.aws.amazon.com/support/home#/case/?displayId=176041929300118&language=ja

Account: [AWS ID 739120485561]

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To update this case, please use the link above.

Sincerely,
Amazon Web Services
"""
add("c25ack", "Tue, 14 Oct 2025 05:21:40 +0000", AWS_NR, ME_P,
    "Amazon Web Services: New Support case: 176041929300118", leaf(C25_ACK, cte="quoted-printable"),
    L("acknowledgement", case=CASE_C25), auth=gmail_auth("amazon.com"),
    note="15-digit console case ack with 12-digit account ID; 'please use the link above'")

add("c25req", "Wed, 15 Oct 2025 01:48:09 +0000", AWS_NR, ME_P,
    "RE:[CASE 176041929300118] Builder ID でサインインすると旧アカウント選択画面に戻される",
    leaf("""お問い合わせいただきありがとうございます。AWS サポートの中村です。

Builder ID でサインインした際に、統合済みの旧アカウントの選択画面に戻されてしまう事象について承知いたしました。統合直後はセッション情報が残っていることがあり、多くの場合はブラウザのキャッシュ削除で解消しますが、念のため調査させていただきます。

以下の情報をご提供ください。
1. 事象が発生したおおよその日時 (JST)
2. ご利用のブラウザとバージョン
3. 表示されるエラーメッセージ (あればスクリーンショット)

ご返信は AWS サポートセンターのケースページからお願いいたします。

中村

お問い合わせへの対応についてご意見をお聞かせください。本メール末尾のリンクから、このご返信を評価していただけます。

======================================================================
本ケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=176041929300118&language=ja

*このメールは受信専用のアドレスから送信されています。同じ件について再度お問い合わせいただく場合は、上記リンクをご利用ください。
======================================================================
""", cte="base64"),
    L("info_request", True, CASE_C25), auth=gmail_auth("amazon.com"),
    note="Japanese console request (plain 〜ください), answer in Support Center, rating footer")

add("gh25", "Thu, 16 Oct 2025 11:02:02 +0000", addr("dependabot[bot]", "notifications@github.com"), ME_P,
    "Re: [haruka-i/dotfiles] Bump actions/checkout from 4 to 5 (PR #18)",
    leaf("""Merged #18 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/haruka-i/dotfiles/pull/18#event-20318847712
You are receiving this because you were mentioned.
""", cte="7bit"), L("unrelated"), auth=gmail_auth_plain("github.com"),
    extra=[("In-Reply-To", "<haruka-i/dotfiles/pull/18@github.com>")], note="GitHub 'Merged', personal address")

add("c25close", "Mon, 20 Oct 2025 02:00:15 +0000", AWS_NR, ME_P,
    "RE:[CASE 176041929300118] Builder ID でサインインすると旧アカウント選択画面に戻される",
    leaf("""Hello,

We hadn't heard back from you, so case 176041929300118 has been resolved automatically.

If the sign-in problem is still happening, you can reopen the case from the Support Center within the next 14 days by adding a reply to it. After that, the case can't be reopened and a new one would be needed.

Amazon Web Services

======================================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=176041929300118&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
======================================================================
""", cte="7bit"),
    L("closing_notice", True, CASE_C25), auth=gmail_auth("amazon.com"), crlf=True,
    note="past-tense closing notice (already resolved for no reply) — reopen possible via Support Center; says 'resolved'")

add("sb25b", "Tue, 21 Oct 2025 09:30:00 +0000", addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "You completed: Exam Prep Enhanced Course: AWS Certified Solutions Architect - Professional",
    leaf("""<html><body><p>Congratulations, Haruka!</p><p>You completed <b>Exam Prep Enhanced Course: AWS Certified Solutions Architect - Professional</b>.</p><p>Ready for the next step? Schedule your exam or try the official practice exam.</p><p>How was this course? <a href='https://skillbuilder.aws/feedback'>Rate it</a></p></body></html>""", "html", cte="base64"),
    L("unrelated"), auth=gmail_auth("aws.training", sel="aws1"),
    note="aws.training course completion, HTML-only base64, questions and a rating link")

add("phish25d", "Wed, 22 Oct 2025 13:31:55 +0000", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Action needed: your AWS Certification benefits will be removed",
    leaf("""Hello,

After your recent account merge, we could not verify the payment details linked to your AWS Certification Account. Your exam vouchers and certification benefits will be removed on October 25 unless you update them.

Update your details here: https://certmetrics-aws-benefits.com/update

AWS Training and Certification
""", cte="7bit"), L("suspicious"), auth=gmail_auth("certmetrics.com", ok=False),
    note="From the real certmetrics address but DKIM/DMARC fail; mentions the merge")

add("connpass25", "Thu, 23 Oct 2025 03:00:00 +0000", addr("connpass", "no-reply@connpass.com"), ME_P,
    "【connpass】JAWS-UG 東京 #68 への参加登録が完了しました",
    leaf("""石田 遥 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #68 「認定資格と転職のリアル」
日時: 2025/11/08(土) 13:00〜
会場: 目黒 (オンライン併催)

キャンセルされる場合は、イベントページから参加取り消しをお願いします。
""", cte="8bit"), L("unrelated"), auth=gmail_auth_plain("connpass.com"),
    note="Japanese event registration (UTF-8 8bit), お願いします")

add("mktjp25", "Fri, 24 Oct 2025 01:00:00 +0000", addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P,
    "AWS 認定保有者限定: AWS Summit 認定者ラウンジのご案内",
    multi([leaf("""石田 様

いつも AWS をご利用いただきありがとうございます。
AWS 認定をお持ちの方を対象に、認定者ラウンジのご案内をお送りしております。

ご参加を希望される場合は、以下のフォームから認定情報をご確認のうえ、お申し込みください。
https://aws.amazon.com/jp/certification/lounge/

本メールは送信専用アドレスから配信されています。
""", cte="quoted-printable"),
           leaf("<html><body><p>石田 様</p><p>AWS 認定をお持ちの方を対象に、認定者ラウンジのご案内をお送りしております。</p><p><a href='https://aws.amazon.com/jp/certification/lounge/'>お申し込み</a></p></body></html>", "html", cte="quoted-printable")],
          seed="mktjp25"),
    L("unrelated"), auth=gmail_auth("amazon.com"),
    note="Japanese AWS marketing that asks to 'confirm certification information'")

# a few more inserted later in the year
add("linkedin25", "Mon, 27 Oct 2025 08:00:00 +0000", addr("LinkedIn", "messages-noreply@linkedin.com"), ME_P,
    "Haruka, your credential was added to your profile",
    leaf("""Hi Haruka,

The credential "AWS Certified SysOps Administrator - Associate" issued by Amazon Web Services Training and Certification via Credly was added to your profile.

Want to let your network know? Share an update.

LinkedIn
""", cte="7bit"), L("unrelated"), auth=gmail_auth_plain("linkedin.com"),
    note="LinkedIn mention of a Credly credential (not a Credly mail)")

add("badge25b", "Tue, 28 Oct 2025 02:14:37 +0000", addr("Credly", "admin@credly.com"), ME_P,
    "Reminder: you have 1 badge waiting to be accepted",
    leaf("""Hi Haruka,

You still have a badge from Amazon Web Services Training and Certification waiting for you:
AWS Certified Developer - Associate

Accept it here: https://www.credly.com/badges/a71e22d9-05c3-4f6b-9a0e-88d1c4b7e302/accept

Badges that are not accepted stay private.
""", cte="quoted-printable"), L("badge"), auth=gmail_auth_plain("credly.com"),
    note="Credly reminder with an imperative")


def slugify(n, key, date):
    return "%03d-%s" % (n, hashlib.sha1(("blind77" + key).encode()).hexdigest()[:8])


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(HERE, f))
    rows = []
    for n, key, raw, label, note, date, subject in MSGS:
        s = slugify(n, key, date)
        with open(os.path.join(HERE, s + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(HERE, s + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((s, label, note, subject))
    print(len(rows), "messages written")


if __name__ == "__main__":
    main()
